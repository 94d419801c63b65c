"""The programme dashboard: indicators for a period and a mission, with charts, a findings
heat map, and a click-through from every figure to the records behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.dashboard_charts import ChartView, HeatModel, bar_chart, items_from, pie_chart
from app.gui.dashboard_records import RecordsDialog
from app.gui.util import country_label, format_number, format_percent, leading, tr, vocab_label
from app.gui.widgets import ChoiceField, DateField
from app.services import dashboard
from app.services.dashboard import Filters

#: (figure, card caption) in the order the cards are laid out.
CARDS = (
    ("trainings", QT_TRANSLATE_NOOP("dashboard", "Trainings held")),
    ("events", QT_TRANSLATE_NOOP("dashboard", "Other events held")),
    ("beneficiaries", QT_TRANSLATE_NOOP("dashboard", "Unique beneficiaries")),
    ("women", QT_TRANSLATE_NOOP("dashboard", "Share of women")),
    ("knowledge_gain", QT_TRANSLATE_NOOP("dashboard", "Average knowledge gain")),
    ("assessments", QT_TRANSLATE_NOOP("dashboard", "Assessments done")),
    ("findings_answered", QT_TRANSLATE_NOOP("dashboard", "Findings answered by an initiative")),
    ("initiatives", QT_TRANSLATE_NOOP("dashboard", "Initiatives running")),
    ("lessons", QT_TRANSLATE_NOOP("dashboard", "Lessons shared")),
    ("missions_active", QT_TRANSLATE_NOOP("dashboard", "Missions active")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


class Card(QFrame):
    """One figure with its caption; clicking it (or Enter/Space) lists the records."""

    clicked = Signal()

    def __init__(self, figure: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{figure}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tr("Click to list the records behind this figure"))
        box = QVBoxLayout(self)
        self.value = QLabel("-")
        self.value.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1f5f99;")
        self.value.setAlignment(leading())
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: #555;")
        box.addWidget(self.value)
        box.addWidget(QLabel(caption))
        box.addWidget(self.detail)

    def set_text(self, value: str, detail: str = "") -> None:
        """Show the figure and a short detail line under the caption."""
        self.value.setText(value)
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def _share(value: float | None) -> str:
    return "-" if value is None else format_percent(value)


class DashboardPage(QWidget):
    """Programme indicators of this node's data (a mission) or of headquarters (all)."""

    title = QT_TRANSLATE_NOOP("pages", "Dashboard")
    shown_records = Signal(object)  # the RecordsDialog just opened

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        self.charts: dict[str, ChartView] = {}
        self.dialog: RecordsDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.addLayout(self._cards())
        self.chart_grid = QGridLayout()
        for column in range(6):
            self.chart_grid.setColumnStretch(column, 1)
        self.body.addLayout(self.chart_grid)
        self.body.addWidget(self._heat_map())
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.mission.set_items([(code, code) for code, _name in dashboard.mission_choices(ctx.ws)])
        if ctx.ws.node.kind == "field" and ctx.ws.node.mission_code:
            self.mission.set_value(ctx.ws.node.mission_code)
        for field in (self.mission, self.date_from, self.date_to):
            field.changed.connect(self.refresh)

    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(tr("Dashboard"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        row.addWidget(heading)
        row.addStretch(1)
        self.mission = ChoiceField(blank=tr("All missions"))
        self.mission.setObjectName("filter_mission")
        self.date_from = DateField()
        self.date_from.setObjectName("filter_from")
        self.date_to = DateField()
        self.date_to.setObjectName("filter_to")
        whole = QPushButton(tr("Whole period"))
        whole.clicked.connect(self.whole_period)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        for widget in (QLabel(tr("Mission")), self.mission, QLabel(tr("From")), self.date_from,
                       QLabel(tr("To")), self.date_to, whole, refresh):
            row.addWidget(widget)
        return row

    def _cards(self) -> QGridLayout:
        grid = QGridLayout()
        self.cards: dict[str, Card] = {}
        for i, (figure, caption) in enumerate(CARDS):
            card = Card(figure, _t(caption))
            behind = "beneficiaries" if figure == "women" else figure
            key = {"sex": "f"} if figure == "women" else None
            card.clicked.connect(lambda b=behind, k=key, c=caption: self.show_behind(b, k, _t(c)))
            grid.addWidget(card, i // 5, i % 5)
            self.cards[figure] = card
        return grid

    def _heat_map(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        caption = QLabel(tr("Findings by thematic area and severity (click a cell to list them)"))
        caption.setStyleSheet("font-weight: bold;")
        layout.addWidget(caption)
        self.heat = HeatModel(self)
        self.heat_view = QTableView()
        self.heat_view.setObjectName("heat_map")
        self.heat_view.setModel(self.heat)
        self.heat_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heat_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.heat_view.clicked.connect(self._heat_clicked)
        self.heat_view.activated.connect(self._heat_clicked)
        layout.addWidget(self.heat_view)
        return box

    # --- data ---------------------------------------------------------------------------

    def filters(self) -> Filters:
        """The period and mission chosen in the filter bar."""
        def day(field: DateField) -> dt.date | None:
            value = field.value()
            return dt.date.fromisoformat(value) if value else None
        return Filters(mission=self.mission.value() or None, date_from=day(self.date_from),
                       date_to=day(self.date_to))

    def whole_period(self) -> None:
        """Clear both dates: the whole programme."""
        for field in (self.date_from, self.date_to):
            field.blockSignals(True)
            field.set_value(None)
            field.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures on the worker; they show when ready."""
        ws, filters = self.ctx.ws, self.filters()
        self.ctx.runner.run(lambda: dashboard.indicators(ws, filters), self.show_data,
                            lambda exc: dialogs.show_error(self, exc),
                            label=tr("Computing the programme's figures..."), parent=self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def show_data(self, data: dict[str, Any]) -> None:
        """Fill the cards, charts and heat map from :func:`dashboard.indicators`."""
        self.data = data
        self._fill_cards(data)
        self._fill_charts(data)
        self.heat.set_cells(data["findings"]["heat"])
        view = self.heat_view
        view.setFixedHeight(view.horizontalHeader().height() + view.verticalHeader().length()
                            + 2 * view.frameWidth() + 2)

    def _fill_cards(self, data: dict[str, Any]) -> None:
        acts, people, findings = data["activities"], data["beneficiaries"], data["findings"]
        gain = people["knowledge_gain"]
        c = self.cards
        c["trainings"].set_text(format_number(acts['trainings']), tr("%s activities in all")
                                % format_number(acts['total']))
        c["events"].set_text(format_number(acts['events']))
        c["beneficiaries"].set_text(format_number(people['total']))
        c["women"].set_text(_share(data["women_share"]),
                            tr("%s women") % format_number(people['sex'].get('f', 0)))
        c["knowledge_gain"].set_text(
            "-" if gain is None else ("+" if gain > 0 else "") + format_number(gain, 1),
            tr("points, over %s pre/post tests") % format_number(people['score_pairs']))
        c["assessments"].set_text(format_number(data['assessments']),
                                  tr("%s findings") % format_number(findings['total']))
        c["findings_answered"].set_text(
            _share(findings["answered_share"]),
            tr("%(n)s of %(total)s findings") % {"n": format_number(findings["answered"]),
                                                 "total": format_number(findings["total"])})
        c["initiatives"].set_text(format_number(data['initiatives']))
        c["lessons"].set_text(format_number(data['lessons']))
        c["missions_active"].set_text(
            format_number(data["missions_active"]),
            tr("of %s missions") % format_number(data["missions_total"]))

    def _fill_charts(self, data: dict[str, Any]) -> None:
        people = data["beneficiaries"]

        def behind(figure: str, dim: str, title: str) -> Callable[[str], None]:
            return lambda key: self.show_behind(figure, {dim: key}, title)

        def label(vocab: v.Vocabulary) -> Callable[[str], str]:
            return lambda code: vocab_label(vocab, code) if code in vocab else (code or "?")

        def horizontal(title: str, items: Any, on_click: Callable[[str], None]) -> ChartView:
            view = bar_chart(title, items, on_click, horizontal=True)
            view.setMinimumHeight(max(230, 40 + 28 * len(items)))
            return view

        specs = (
            ("kind", horizontal, tr("Activities by kind"), data["activities"]["by_kind"],
             label(v.ACTIVITY_KIND), [c for c, _l in v.ACTIVITY_KIND], "activities"),
            ("sex", pie_chart, tr("Beneficiaries by sex"), people["sex"], label(v.SEX),
             [c for c, _l in v.SEX], "beneficiaries"),
            ("actor_type", pie_chart, tr("State and non-state beneficiaries"),
             people["actor_type"], label(v.ACTOR_TYPE), [c for c, _l in v.ACTOR_TYPE],
             "beneficiaries"),
            ("category", horizontal, tr("Beneficiaries by category"), people["category"],
             label(v.PARTICIPANT_CATEGORY), (), "beneficiaries"),
            ("country", horizontal, tr("Beneficiaries by country"), people["country"],
             lambda code: country_label(code) if code else tr("Unknown"), (), "beneficiaries"),
        )
        for i, (dim, make, title, counts, labeller, order, figure) in enumerate(specs):
            view = make(title, items_from(counts, labeller, order), behind(figure, dim, title))
            view.setObjectName(f"chart_{dim}")
            old = self.charts.pop(dim, None)
            if old is not None:
                self.chart_grid.removeWidget(old)
                old.deleteLater()
            # Three small charts on the first row, the two long bar charts on the second.
            row, span = (0, 2) if i < 3 else (1, 3)
            self.chart_grid.addWidget(view, row, (i % 3) * 2 if i < 3 else (i - 3) * 3, 1, span)
            self.charts[dim] = view

    # --- click-through -----------------------------------------------------------------

    def _heat_clicked(self, index: QModelIndex) -> None:
        area, severity = self.heat.key(index)
        title = f"{vocab_label(v.THEMATIC_AREA, area)} - {vocab_label(v.SEVERITY, severity)}"
        self.show_behind("findings", {"thematic_area": area, "severity": severity}, title)

    def show_behind(self, figure: str, key: dict[str, str] | None, title: str) -> None:
        """List the records behind ``figure`` (narrowed by ``key``) in a dialog."""
        ws, filters = self.ctx.ws, self.filters()
        self.ctx.runner.run(lambda: dashboard.records_behind(ws, figure, filters, key),
                            lambda result: self._open_dialog(title, result),
                            lambda exc: dialogs.show_error(self, exc),
                            label=tr("Listing the records..."), parent=self)

    def _open_dialog(self, title: str, result: dict[str, Any]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RecordsDialog(title, result, self.open_record, self)
        self.dialog.open()
        self.shown_records.emit(self.dialog)

    def open_record(self, page_key: str, record_id: str) -> None:
        """Open a record in its own page of the main window (when there is one)."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is None:
            return
        page = show_page(page_key)
        if hasattr(page, "maybe_leave") and page.maybe_leave():
            page.open_record(record_id)
