"""The dialog listing the records behind a dashboard figure (the click-through)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.gui.models import RowsModel
from app.gui.pages.base import make_table_view

#: Columns shown for each table the dashboard can list.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "activity": (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
        ("venue_city", QT_TRANSLATE_NOOP("columns", "City")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    ),
    "participant": (
        ("full_name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("sex", QT_TRANSLATE_NOOP("columns", "Sex")),
        ("category", QT_TRANSLATE_NOOP("columns", "Category")),
        ("actor_type", QT_TRANSLATE_NOOP("columns", "State / non-state")),
        ("country", QT_TRANSLATE_NOOP("columns", "Country")),
        ("organisation", QT_TRANSLATE_NOOP("columns", "Organisation")),
    ),
    "attendance": (
        ("full_name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("activity", QT_TRANSLATE_NOOP("columns", "Activity")),
        ("pre_score", QT_TRANSLATE_NOOP("columns", "Pre-test")),
        ("post_score", QT_TRANSLATE_NOOP("columns", "Post-test")),
        ("gain", QT_TRANSLATE_NOOP("columns", "Gain")),
    ),
    "assessment": (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("status", QT_TRANSLATE_NOOP("columns", "Status")),
        ("method", QT_TRANSLATE_NOOP("columns", "Method")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    ),
    "finding": (
        ("title", QT_TRANSLATE_NOOP("columns", "Finding")),
        ("thematic_area", QT_TRANSLATE_NOOP("columns", "Thematic area")),
        ("severity", QT_TRANSLATE_NOOP("columns", "Severity")),
        ("assessment", QT_TRANSLATE_NOOP("columns", "Assessment")),
        ("initiative", QT_TRANSLATE_NOOP("columns", "Answered by")),
    ),
    "initiative": (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("status", QT_TRANSLATE_NOOP("columns", "Status")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    ),
    "lesson": (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
        ("thematic_area", QT_TRANSLATE_NOOP("columns", "Thematic area")),
        ("date_shared", QT_TRANSLATE_NOOP("columns", "Shared")),
    ),
    "mission": (
        ("code", QT_TRANSLATE_NOOP("columns", "Code")),
        ("name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("mission_type", QT_TRANSLATE_NOOP("columns", "Type")),
    ),
}
# Where a double-clicked row opens: table -> (page key, the row's field holding the id).
OPENS: dict[str, tuple[str, str]] = {
    "activity": ("activities", "id"),
    "attendance": ("activities", "activity_id"),
    "participant": ("participants", "id"),
    "assessment": ("assessments", "id"),
    "finding": ("assessments", "assessment_id"),
    "initiative": ("initiatives", "id"),
    "lesson": ("lessons", "id"),
}
Opener = Callable[[str, str], None]


class RecordsDialog(QDialog):
    """The records behind one figure; a double-click opens a record in its page."""

    def __init__(self, title: str, result: dict[str, Any], opener: Opener | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_data = result
        self.opener = opener
        table = result["table"]
        self.model = RowsModel(table, COLUMNS[table], result["rows"], self)
        layout = QVBoxLayout(self)
        count = len(result["rows"])
        text = self.tr("%n record(s)", "", count)
        if result.get("more"):
            text = self.tr("The first %n records (narrow the period or the mission to see "
                           "the rest)", "", count)
        self.caption = QLabel(text)
        layout.addWidget(self.caption)
        self.view = make_table_view()
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 300)
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def _open(self, index: QModelIndex) -> None:
        table = self.result_data["table"]
        if self.opener is None or table not in OPENS or not index.isValid():
            return
        page, field = OPENS[table]
        record_id = self.model.rows[index.row()].get(field)
        if record_id:
            self.accept()
            self.opener(page, str(record_id))
