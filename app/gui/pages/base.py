"""A record page: a searchable, filterable, sortable list beside the record's form.

Subclasses declare the table, the form's sections, the filters and any extra tabs,
and may override how a record is created, updated or loaded (a service call each).
Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+F search, Esc cancel (main window actions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError, ValidationError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.form import RecordForm
from app.gui.models import PagedTableModel
from app.gui.views import fit_headers, make_table_view
from app.gui.widgets import ChoiceField, DateField, country_field, vocab_field
from app.services import queries, records

SEARCH_DELAY_MS = 200


class SaveCancelledError(Exception):
    """The user stopped a save from a question dialog (nothing to report)."""


@dataclass(frozen=True)
class Filter:
    """One filter above a list: ``kind`` is vocab, mission, country or date."""

    key: str
    label: str
    kind: str
    vocab: v.Vocabulary | None = None


class RecordPage(QWidget):
    """List + form for one table."""

    table = ""
    title = ""
    columns: Sequence[tuple[str, str]] = ()
    sections: Sequence[tuple[str, Sequence[str]]] | None = None
    filters: Sequence[Filter] = ()
    default_sort: tuple[str, bool] | None = None  # (column, descending)
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: str | None = None
        self.current: dict[str, Any] | None = None
        self._count_generation = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.filter_widgets: dict[str, QWidget] = {}
        self.form = RecordForm(self.table, ctx.lookups, sections=self.sections,
                               defaults=self.defaults())
        self.form.changed.connect(self._update_buttons)
        self._build()
        self.new_record()

    # --- hooks for subclasses -----------------------------------------------------------

    def tr_title(self) -> str:
        """The page's translated title."""
        return QCoreApplication.translate("pages", self.title)

    def defaults(self) -> dict[str, Any]:
        """Values a new record starts with."""
        return {}

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        """Tabs shown beside the form (title, widget)."""
        return []

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        """Create a record from the form (a service call)."""
        return records.create(self.ctx.ws, self.table, values)

    def update_record(self, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Save the form into an existing record (a service call)."""
        return records.update(self.ctx.ws, self.table, record_id, values)

    def load_record(self, record_id: str) -> dict[str, Any]:
        """The record to show (a service call)."""
        return records.get(self.ctx.ws, self.table, record_id)

    def record_loaded(self, record: dict[str, Any] | None) -> None:
        """Called after the form shows ``record`` (None: a new record)."""

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr_title())
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        layout.addLayout(self._filter_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self._editor_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setObjectName("splitter")
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search, 2)
        for spec in self.filters:
            widget = self._filter_widget(spec)
            widget.setObjectName(f"filter_{spec.key}")
            widget.setToolTip(QCoreApplication.translate("filters", spec.label))
            widget.changed.connect(self._search_timer.start)  # type: ignore[attr-defined]
            widget.setMaximumWidth(260)
            self.filter_widgets[spec.key] = widget
            if spec.kind == "date":
                bar.addWidget(QLabel(QCoreApplication.translate("filters", spec.label)))
            bar.addWidget(widget, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar.addWidget(self.count_label)
        return bar

    def _filter_widget(self, spec: Filter) -> QWidget:
        label = QCoreApplication.translate("filters", spec.label)
        if spec.kind == "vocab" and spec.vocab is not None:
            return vocab_field(spec.vocab, label)
        if spec.kind == "mission":
            return ChoiceField(self.ctx.lookups("mission"), blank=label)
        if spec.kind == "country":
            return country_field(label)
        return DateField()

    def _list_panel(self) -> QWidget:
        lists = queries.spec(self.table)
        self.model = PagedTableModel(self.table, self.columns, self._fetch,
                                     sortable=[c for c in lists.columns if c not in lists.extra])
        self.view = make_table_view()
        self.view.setObjectName("list")
        self.view.setModel(self.model)
        if not self.ctx.settings.restore_header(f"list/{self.table}",
                                                self.view.horizontalHeader()):
            self._default_widths()
        key, descending = self.default_sort or (lists.default_sort, False)
        keys = [c for c, _label in self.columns]
        self.view.horizontalHeader().setSortIndicator(
            keys.index(key) if key in keys else 0,
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # sorts (and loads) by the indicator
        if not self.model.rows and not self.model.complete:
            self.model.reload()
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._refresh_count()
        return self.view

    def _default_widths(self) -> None:
        for i, (key, _label) in enumerate(self.columns):
            wide = key in ("title", "full_name", "name")
            self.view.setColumnWidth(i, 260 if wide else 110)
        fit_headers(self.view)  # a translated header may need more than 110 pixels

    def _editor_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        tabs = self.extra_tabs()
        if tabs:
            self.tabs = QTabWidget()
            self.tabs.addTab(scroll, self.tr("Details"))
            for title, widget in tabs:
                self.tabs.addTab(widget, title)
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons.addWidget(self.status, 1)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_record)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Undo the changes not saved (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.delete_button, self.cancel_button, self.save_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return panel

    # --- list ---------------------------------------------------------------------------

    def filter_values(self) -> dict[str, Any]:
        """The filters that are set, by key."""
        return {key: w.value() for key, w in self.filter_widgets.items()  # type: ignore
                if w.value()}  # type: ignore[attr-defined]

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool
               ) -> list[dict[str, Any]]:
        return queries.page(self.ctx.ws, self.table, search=self.search.text(),
                            filters=self.filter_values(), sort=sort, descending=descending,
                            offset=offset, limit=limit)

    def refresh(self) -> None:
        """Load the list again (search, filters or data changed); keep the selection."""
        self._search_timer.stop()
        self.model.reload()
        self._select_current()
        self._refresh_count()

    def _refresh_count(self) -> None:
        """Count matching records on the worker (it grows with the table; the page
        does not wait for it)."""
        self._count_generation += 1
        generation = self._count_generation
        ws, table = self.ctx.ws, self.table
        search, filters = self.search.text(), self.filter_values()

        def show(total: int) -> None:
            if generation == self._count_generation:
                # Not self.tr: with a plural, PySide takes the subclass's context as
                # found (it returns the source with %n filled) and never reaches ours.
                self.count_label.setText(
                    QCoreApplication.translate("RecordPage", "%n record(s)", "", total))

        self.ctx.runner.run(lambda: queries.count(ws, table, search=search, filters=filters),
                            show, lambda _exc: self.count_label.clear())

    def _select_current(self) -> None:
        row = self.model.row_of(self.current_id) if self.current_id else -1
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        else:
            selection.clear()
        selection.blockSignals(False)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        if record_id is None or record_id == self.current_id:
            return
        if not self.maybe_leave():
            self._select_current()
            return
        self.open_record(record_id)

    # --- record -------------------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        """Show one record in the form (no unsaved-changes check: see maybe_leave)."""
        try:
            record = self.load_record(record_id)
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return
        self.current_id, self.current = record_id, record
        self.form.refresh_lookups()
        self.form.load(record)
        self.status.setText("")
        self._select_current()
        self.record_loaded(record)
        self._update_buttons()

    def new_record(self) -> None:
        """An empty form for a new record (Ctrl+N)."""
        if not self.maybe_leave():
            return
        self.current_id, self.current = None, None
        self.form.refresh_lookups()
        self.form.load(None)
        self.status.setText(self.tr("New record"))
        self._select_current()
        self.record_loaded(None)
        self._update_buttons()
        first = next(iter(self.form.widgets.values()), None)
        if first is not None:
            first.setFocus()

    def save(self) -> bool:
        """Validate and save the form (Ctrl+S); True when saved."""
        values = self.form.values()
        try:
            if self.current_id is None:
                record = self.create_record(values)
            else:
                record = self.update_record(self.current_id, values)
        except SaveCancelledError:
            self.status.setText(self.tr("Not saved."))
            return False
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.setText(self.tr("Not saved: check the fields marked in red."))
            return False
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return False
        self.current_id, self.current = record["id"], record
        self.form.load(record)
        self.after_save(record)
        self.status.setText(self.tr("Saved."))
        self.refresh()
        self.record_loaded(record)
        self._update_buttons()
        self.saved.emit(record["id"])
        return True

    def after_save(self, record: dict[str, Any]) -> None:
        """Save what lives beside the form (links) - subclasses."""

    def cancel(self) -> None:
        """Undo the changes not saved (Esc)."""
        self.form.load(self.current)
        self.record_loaded(self.current)
        self.status.setText(self.tr("Changes undone."))
        self._update_buttons()

    def delete_record(self) -> None:
        """Soft-delete the shown record after confirmation."""
        if self.current_id is None:
            return
        if not dialogs.confirm(self, self.tr("Delete"), self.tr(
                "Delete this record? It is kept as deleted so the deletion can be sent "
                "to headquarters.")):
            return
        try:
            records.delete(self.ctx.ws, self.table, self.current_id)
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return
        self.current_id, self.current = None, None
        self.refresh()
        self.form.load(None)
        self.record_loaded(None)
        self.status.setText(self.tr("Deleted."))
        self._update_buttons()

    def has_changes(self) -> bool:
        """True when the form (or what a subclass shows beside it) is not saved."""
        return self.form.is_dirty()

    def maybe_leave(self) -> bool:
        """The unsaved-changes guard: True when it is fine to show something else."""
        if not self.has_changes():
            return True
        answer = dialogs.ask_unsaved(self)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.form.load(self.current)
            self.record_loaded(self.current)
            return True
        return False

    def refresh_lookups(self) -> None:
        """Reload the look-up choices (missions, entities...) of the form and filters."""
        self.form.refresh_lookups()
        for spec in self.filters:
            widget = self.filter_widgets[spec.key]
            if spec.kind == "mission" and isinstance(widget, ChoiceField):
                widget.blockSignals(True)
                widget.set_items(self.ctx.lookups("mission"))
                widget.blockSignals(False)

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_id is not None)
        self.cancel_button.setEnabled(self.has_changes())

    def save_state(self) -> None:
        """Remember the list's column widths and the splitter."""
        self.ctx.settings.save_header(f"list/{self.table}", self.view.horizontalHeader())
        self.ctx.settings.set_value(f"splitter/{self.table}", self.splitter.saveState())

    def restore_state(self) -> None:
        """Restore the splitter position."""
        state = self.ctx.settings.value(f"splitter/{self.table}")
        if state is not None:
            self.splitter.restoreState(state)
