"""Conflicts: a field changed here and on another node. Both sides are shown side by
side (value, who, when); the operator keeps one, or types the right value, for one
field or for every field in conflict of the same record."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.models import RowsModel
from app.gui.pages.base import make_table_view
from app.gui.sync_words import record_kind, when_text
from app.gui.util import display, field_label, spec_of, tr
from app.services import sync_status, syncing

COLUMNS = (
    ("record_label", QT_TRANSLATE_NOOP("columns", "Record")),
    ("table_label", QT_TRANSLATE_NOOP("columns", "Kind")),
    ("field_label", QT_TRANSLATE_NOOP("columns", "Field")),
    ("local_text", QT_TRANSLATE_NOOP("columns", "On this node")),
    ("incoming_text", QT_TRANSLATE_NOOP("columns", "Incoming")),
    ("source_name", QT_TRANSLATE_NOOP("columns", "From")),
    ("incoming_at", QT_TRANSLATE_NOOP("columns", "Changed there")),
)


def value_text(table: str, name: str, value: Any) -> str:
    """A conflicting value as the forms show it ('(deleted)' for a tombstone)."""
    if name == "deleted":
        return tr("(deleted)") if value else tr("(present)")
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = display(table, name, value)
    return text if text != "" else tr("(empty)")


def _row(c: dict[str, Any]) -> dict[str, Any]:
    spec = spec_of(c["table_name"], c["field"])
    return {**c,
            "table_label": record_kind(c["table_name"]),
            "field_label": field_label(spec) if spec else c["field"],
            "local_text": value_text(c["table_name"], c["field"], c["local_value"]),
            "incoming_text": value_text(c["table_name"], c["field"], c["incoming_value"]),
            "incoming_at": _when(c.get("incoming_at")), "local_at": _when(c.get("local_at"))}


def _when(value: str | None) -> str:
    return when_text(value, "?")


class ConflictsTab(QWidget):
    """The open conflicts, one selected and shown side by side, with the three choices."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel("", COLUMNS)
        self.view = make_table_view()
        self.view.setObjectName("conflicts")
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.local = QLabel()
        self.incoming = QLabel()
        sides = QHBoxLayout()
        for title, label in ((self.tr("On this node"), self.local),
                             (self.tr("Incoming"), self.incoming)):
            box = QGroupBox(title)
            label.setWordWrap(True)
            QVBoxLayout(box).addWidget(label)
            sides.addWidget(box, 1)
        self.keep_local = QPushButton(self.tr("Keep this node's value"))
        self.take_incoming = QPushButton(self.tr("Take the incoming value"))
        self.edit = QPushButton(self.tr("Type the right value..."))
        self.whole_record = QCheckBox(self.tr("Do the same for every field of this record"))
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.take_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.edit.clicked.connect(self.edit_value)
        self.empty = QLabel(self.tr("No conflicts: every change received agreed with this "
                                    "node's data."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(sides)
        buttons = QHBoxLayout()
        for widget in (self.keep_local, self.take_incoming, self.edit, self.whole_record):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._show()

    def set_conflicts(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows`` (from :func:`sync_status.conflicts`) and select the first."""
        self.model.set_rows([_row(c) for c in rows])
        self.view.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._show()

    def current(self) -> dict[str, Any] | None:
        """The selected conflict."""
        row = self.view.currentIndex().row()
        return dict(self.model.rows[row]) if 0 <= row < len(self.model.rows) else None

    def _show(self) -> None:
        c = self.current()
        for button in (self.keep_local, self.take_incoming, self.edit, self.whole_record):
            button.setEnabled(c is not None)
        if c is None:
            self.local.setText("")
            self.incoming.setText("")
            return
        self.edit.setEnabled(c["field"] != "deleted")
        self.local.setText(self.tr("<b>%s</b><br>changed by %s, %s") % (
            c["local_text"], c.get("local_by") or "?", c["local_at"]))
        self.incoming.setText(self.tr("<b>%s</b><br>changed by %s on %s, %s") % (
            c["incoming_text"], c.get("incoming_by") or "?", c.get("source_name") or "?",
            c["incoming_at"]))

    def resolve(self, keep: str) -> None:
        """Keep one side, for the selected field or the whole record (on the worker)."""
        c = self.current()
        if c is None:
            return
        ws = self.ctx.ws
        if self.whole_record.isChecked():
            job: Any = lambda: sync_status.resolve_record(  # noqa: E731
                ws, c["table_name"], c["record_id"], keep)
        else:
            job = lambda: syncing.resolve_conflict(ws, c["id"], keep)  # noqa: E731
        self.ctx.runner.run(job, lambda _r: self.resolved.emit(), parent=self)

    def edit_value(self) -> None:
        """Ask for the right value and save it as this node's, settling the conflict."""
        c = self.current()
        if c is None:
            return
        local = c["local_value"]
        text = dialogs.ask_text(self, self.tr("Settle the conflict"),
                                self.tr("The right value of '%s':") % c["field_label"],
                                "" if local is None else str(local))
        if text is None:
            return
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: sync_status.resolve_with_value(ws, c["id"], text),
                            lambda _r: self.resolved.emit(), parent=self)
