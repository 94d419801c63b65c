"""The attendance grid of an activity, walk-in registration and list import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError
from app.gui import dialogs
from app.gui.attendance_model import ROLE, AttendanceModel
from app.gui.context import AppContext
from app.gui.pages.base import make_table_view
from app.gui.util import error_message, format_date, format_day, list_separator, vocab_label
from app.services import records

Index = QModelIndex | QPersistentModelIndex


class RoleDelegate(QStyledItemDelegate):
    """A combo box of attendance roles."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, _label in v.ATTENDANCE_ROLE:
            combo.addItem(vocab_label(v.ATTENDANCE_ROLE, code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    """Participants by days of one activity; every tick is saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.walk_in: Any = None
        self.import_dialog: Any = None
        self.model = AttendanceModel(ctx.ws, self)
        self.model.failed.connect(self._failed)
        self.model.totals_changed.connect(self._show_totals)
        self.view = make_table_view()
        self.view.setObjectName("attendance")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setItemDelegateForColumn(ROLE, RoleDelegate(self.view))
        self.view.horizontalHeader().sectionDoubleClicked.connect(self.rename_day)
        self.view.horizontalHeader().setToolTip(self.tr("Double-click a day to name its "
                                                        "session"))
        self.walk_in_button = QPushButton(self.tr("Add walk-in..."))
        self.walk_in_button.setToolTip(self.tr("Register a person at the door (Ctrl+W)"))
        self.walk_in_button.setShortcut("Ctrl+W")
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.import_button = QPushButton(self.tr("Import list..."))
        self.import_button.setToolTip(self.tr("Import participants from a CSV or XLSX file"))
        self.import_button.clicked.connect(self.choose_import)
        self.message = QLabel()
        self.message.setObjectName("attendanceMessage")
        self.message.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.walk_in_button)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self._clear_message = QTimer(self)
        self._clear_message.setSingleShot(True)
        self._clear_message.timeout.connect(self.message.clear)
        self.set_activity(None)

    def fit_columns(self) -> None:
        """Columns as wide as their content, but no text column wider than 220 px."""
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))

    def set_activity(self, activity_id: str | None) -> None:
        """Show the grid of ``activity_id`` (None: nothing to show yet)."""
        self.model.load(activity_id)
        self.fit_columns()
        for button in (self.walk_in_button, self.import_button):
            button.setEnabled(activity_id is not None)
        if activity_id is None:
            self.message.setText(self.tr("Save the activity first; then register its "
                                         "participants here."))
        else:
            self.message.clear()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        self._clear_message.start(8000)

    def _show_totals(self) -> None:
        t = self.model.totals()
        sep = list_separator()
        sexes = sep.join(f"{vocab_label(v.SEX, code)} {t['by_sex'].get(code, 0)}"
                          for code, _label in v.SEX)
        categories = sep.join(f"{vocab_label(v.PARTICIPANT_CATEGORY, c)} {n}"
                               for c, n in sorted(t["by_category"].items(),
                                                  key=lambda item: -item[1]))
        days = sep.join(f"{format_day(d['day_date'])}: {t['per_day'].get(d['id'], 0)}"
                         for d in self.model.days)
        self.totals.setText(
            self.tr("Registered: %n", "", t["registered"]) + f"  ({sexes})\n"
            + self.tr("By category: ") + (categories or "-") + "\n"
            + self.tr("Present per day: ") + (days or "-") + "   "
            + self.tr("Certificates: %n", "", t["certificates"]))

    def rename_day(self, column: int) -> None:
        """Name the session of a day column (e.g. 'Day 1 - legal framework')."""
        key = self.model.column_key(column)
        if not key.startswith("day:"):
            return
        day = next(d for d in self.model.days if d["id"] == key[4:])
        text = dialogs.ask_text(self, self.tr("Session"), self.tr("Name of the session on %s:")
                                % format_date(day["day_date"]), day.get("label") or "")
        if text is None:
            return
        try:
            records.update(self.ctx.ws, "activity_day", day["id"], {"label": text.strip()})
        except FocalPointError as exc:
            self._failed(error_message(exc))
            return
        self.set_activity(self.model.activity_id)

    # --- walk-ins -----------------------------------------------------------------------

    def open_walk_in(self) -> None:
        """Open the walk-in dialog (not modal-blocking: the grid stays usable)."""
        if self.model.activity_id is None:
            return
        from app.gui.walk_in import WalkInDialog

        self.walk_in = WalkInDialog(self.ctx, self.model.activity_id, self)
        self.walk_in.registered.connect(self._registered)
        self.walk_in.open()

    def _registered(self, participant_id: str) -> None:
        self.model.load(self.model.activity_id)
        self.fit_columns()
        row = self.model.row_of_participant(participant_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Registered."))
        self._clear_message.start(5000)

    # --- import -------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Ask for a CSV/XLSX file and preview it."""
        path = dialogs.choose_file(self, self.tr("Import a participant list"),
                                   self.tr("Participant lists (*.csv *.xlsx)"))
        if path:
            self.preview_import(path)

    def preview_import(self, path: str) -> None:
        """Show which rows of ``path`` would be imported and which are invalid."""
        from app.gui.import_dialog import ImportDialog

        if self.model.activity_id is None:
            return
        self.import_dialog = ImportDialog(self.ctx, path, self.model.activity_id, self)
        self.import_dialog.imported.connect(lambda: self.set_activity(self.model.activity_id))
        self.import_dialog.open()
