"""The overview: record counts, recent and upcoming activities.

It is the first thing the window shows, before the database is open: its skeleton
needs Qt only; the figures (and the Sync line, which needs the services) come once
the workspace is open, read on the worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.gui.context import AppContext
from app.gui.models import ID_ROLE, RowsModel
from app.gui.util import format_number, leading, list_separator, vocab_label
from app.gui.views import make_table_view

if TYPE_CHECKING:
    from app.gui.sync_overview import SyncBox

CARDS = (
    ("activity", QT_TRANSLATE_NOOP("columns", "Activities")),
    ("participant", QT_TRANSLATE_NOOP("columns", "Participants")),
    ("attendance", QT_TRANSLATE_NOOP("columns", "Registrations")),
    ("assessment", QT_TRANSLATE_NOOP("columns", "Assessments")),
    ("finding", QT_TRANSLATE_NOOP("columns", "Findings")),
    ("initiative", QT_TRANSLATE_NOOP("columns", "Initiatives")),
    ("lesson", QT_TRANSLATE_NOOP("columns", "Lessons")),
    ("focal_point", QT_TRANSLATE_NOOP("columns", "Focal points")),
    ("partner_entity", QT_TRANSLATE_NOOP("columns", "Partner entities")),
    ("mission", QT_TRANSLATE_NOOP("columns", "Missions")),
)
ACTIVITY_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("columns", "Title")),
    ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
    ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
    ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
    ("venue_city", QT_TRANSLATE_NOOP("columns", "City")),
    ("participants", QT_TRANSLATE_NOOP("columns", "People")),
    ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
)


def _overview(ws: Any) -> dict[str, Any]:
    """The overview's figures (on the worker, which also loads the services)."""
    from app.services import overview

    return overview.overview(ws)


class OverviewPage(QWidget):
    """Counts and the activities just done and coming up (loaded on the worker)."""

    title = QT_TRANSLATE_NOOP("pages", "Overview")
    open_activity = Signal(str)
    open_sync = Signal(str)  # a Sync page tab: nodes, send, conflicts

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        heading_row = QHBoxLayout()
        self.heading = QLabel(self.tr("Overview"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        heading_row.addWidget(refresh)
        layout.addLayout(heading_row)
        self.node_label = QLabel()
        self.node_label.setAlignment(leading())  # it starts with the node's (Latin) name
        layout.addWidget(self.node_label)
        self.heading_row = heading_row
        self.sync_box: SyncBox | None = None  # made once the database is open
        grid = QGridLayout()
        self.card_values: dict[str, QLabel] = {}
        for i, (table, label) in enumerate(CARDS):
            grid.addWidget(self._card(table, label), i // 5, i % 5)
        layout.addLayout(grid)
        self.sex_label = QLabel()
        layout.addWidget(self.sex_label)
        self.upcoming = RowsModel("activity", ACTIVITY_COLUMNS)
        self.recent = RowsModel("activity", ACTIVITY_COLUMNS)
        for title, model in (
            (self.tr("Upcoming and current activities"), self.upcoming),
            (self.tr("Recent activities"), self.recent),
        ):
            caption = QLabel(title)
            caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
            layout.addWidget(caption)
            view = make_table_view()
            view.setModel(model)
            view.setColumnWidth(0, 340)
            view.doubleClicked.connect(self._open)
            layout.addWidget(view, 1)

    def _card(self, table: str, label: str) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        value = QLabel("-")
        value.setObjectName(f"count_{table}")
        value.setStyleSheet("font-size: 18pt; font-weight: bold;")
        value.setAlignment(leading())  # digits alone would stay left in Arabic
        box.addWidget(value)
        box.addWidget(QLabel(QCoreApplication.translate("columns", label)))
        self.card_values[table] = value
        return card

    def refresh(self) -> None:
        """Ask the worker for the figures; they show when ready (until the database is
        open, the page says it is opening)."""
        if not self.ctx.ready:
            if not self.data:  # figures read without the core stay until it is open
                self.node_label.setText(self.tr("Opening the database..."))
            return
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: _overview(ws), self.show_data)
        self._sync_box().refresh()

    def _sync_box(self) -> SyncBox:
        """The Sync line beside the heading, made on first use (it needs the services)."""
        if self.sync_box is None:
            from app.gui.sync_overview import SyncBox

            self.sync_box = SyncBox(self.ctx)
            self.sync_box.open_sync.connect(self.open_sync)
            self.heading_row.insertWidget(2, self.sync_box, 4)  # one line beside the heading
        return self.sync_box

    def show_sync(self, summary: dict[str, Any]) -> None:
        """Show a Sync summary read before the database opened (``app.store.quick``)."""
        self._sync_box().show_summary(summary)

    def show_data(self, data: dict[str, Any]) -> None:
        self.data = data
        node = data["node"]
        kind = vocab_label(v.NODE_KIND, node["kind"])
        self.node_label.setText(
            f"{node['name']} - {kind}" + (f" - {node['mission']}" if node.get("mission") else "")
        )
        for table, label in self.card_values.items():
            label.setText(format_number(data["counts"].get(table, 0)))
        sexes = data["participants_by_sex"]
        self.sex_label.setText(
            self.tr("Participants: ")
            + list_separator().join(
                f"{vocab_label(v.SEX, code)} {format_number(sexes.get(code, 0))}"
                for code, _l in v.SEX)
        )
        self.upcoming.set_rows(data["upcoming"])
        self.recent.set_rows(data["recent"])

    def _open(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.open_activity.emit(str(record_id))
