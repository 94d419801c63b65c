"""Participants: one person across all their activities, with their history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.domain import vocab as v
from app.domain.errors import DuplicateError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.models import RowsModel
from app.gui.pages.base import Filter, RecordPage, SaveCancelledError, make_table_view
from app.services import attendance

HISTORY_COLUMNS = (
    ("activity.title", QT_TRANSLATE_NOOP("columns", "Activity")),
    ("activity.kind", QT_TRANSLATE_NOOP("columns", "Kind")),
    ("activity.start_date", QT_TRANSLATE_NOOP("columns", "Start")),
    ("activity.owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    ("role", QT_TRANSLATE_NOOP("columns", "Role")),
    ("days", QT_TRANSLATE_NOOP("columns", "Days present")),
    ("pre_score", QT_TRANSLATE_NOOP("columns", "Pre-test")),
    ("post_score", QT_TRANSLATE_NOOP("columns", "Post-test")),
    ("certificate", QT_TRANSLATE_NOOP("columns", "Certificate")),
)


def duplicate_text(candidates: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"- {c.get('full_name', '')} ({c.get('organisation') or '-'})" for c in candidates[:5]
    )


class ParticipantsPage(RecordPage):
    """Everyone who attended an activity; lazily loaded (100,000 rows open at once)."""

    table = "participant"
    title = QT_TRANSLATE_NOOP("pages", "Participants")
    columns = (
        ("full_name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("native_name", QT_TRANSLATE_NOOP("columns", "Native script")),
        ("sex", QT_TRANSLATE_NOOP("columns", "Sex")),
        ("category", QT_TRANSLATE_NOOP("columns", "Category")),
        ("organisation", QT_TRANSLATE_NOOP("columns", "Organisation")),
        ("position", QT_TRANSLATE_NOOP("columns", "Position")),
        ("country", QT_TRANSLATE_NOOP("columns", "Country")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    filters = (
        Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),
        Filter("sex", QT_TRANSLATE_NOOP("filters", "Sex"), "vocab", v.SEX),
        Filter(
            "category", QT_TRANSLATE_NOOP("filters", "Category"), "vocab", v.PARTICIPANT_CATEGORY
        ),
        Filter("country", QT_TRANSLATE_NOOP("filters", "Country"), "country"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.history = RowsModel("attendance", HISTORY_COLUMNS)
        super().__init__(ctx, parent)

    def defaults(self) -> dict[str, Any]:
        return {"actor_type": "state"}

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.history_label = QLabel()
        self.history_view: QTableView = make_table_view()
        self.history_view.setObjectName("history")
        self.history_view.setModel(self.history)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_view)
        return [(self.tr("History"), panel)]

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        try:
            return attendance.create_participant(self.ctx.ws, values)
        except DuplicateError as exc:
            question = (
                self.tr("This person may already be recorded:")
                + "\n"
                + duplicate_text(exc.candidates)
                + "\n\n"
                + self.tr(
                    "Save a new participant anyway? Choose No to keep one record per "
                    "person (open the existing one from the list)."
                )
            )
            if not dialogs.confirm(self, self.tr("Possible duplicate"), question):
                raise SaveCancelledError from exc
            return attendance.create_participant(self.ctx.ws, values, allow_duplicate=True)

    def record_loaded(self, record: dict[str, Any] | None) -> None:
        rows = attendance.history_of(self.ctx.ws, record["id"]) if record else []
        for row in rows:
            row["days"] = len(row.get("days_present") or [])
        self.history.set_rows(rows)
        self.history_label.setText(
            self.tr("%n activity(ies) attended", "", len(rows))
            if record
            else self.tr("Save the person to see a history.")
        )
