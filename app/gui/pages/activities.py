"""Activities: trainings, conferences, workshops, code-of-conduct workshops, side events
and meetings, with their attendance grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.domain import vocab as v
from app.gui.context import AppContext
from app.gui.pages.attendance import AttendancePanel
from app.gui.pages.base import Filter, RecordPage
from app.services import activities

COC = QT_TRANSLATE_NOOP("sections", "Code-of-conduct workshop")
SIDE_EVENT = QT_TRANSLATE_NOOP("sections", "Side event")


class ActivitiesPage(RecordPage):
    """Activities with details by kind and an attendance grid."""

    table = "activity"
    title = QT_TRANSLATE_NOOP("pages", "Activities")
    columns = (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
        ("venue_city", QT_TRANSLATE_NOOP("columns", "City")),
        ("venue_country", QT_TRANSLATE_NOOP("columns", "Country")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    sections = (
        (
            QT_TRANSLATE_NOOP("sections", "Activity"),
            (
                "title",
                "kind",
                "mission_id",
                "initiative_id",
                "start_date",
                "end_date",
                "venue_city",
                "venue_country",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("sections", "Content"),
            ("co_organisers", "topics", "languages", "target_audience", "description"),
        ),
        (COC, ("coc_modules", "coc_commitments")),
        (SIDE_EVENT, ("parties_represented", "common_ground")),
        (QT_TRANSLATE_NOOP("sections", "Follow-up"), ("follow_up",)),
    )
    filters = (
        Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),
        Filter("kind", QT_TRANSLATE_NOOP("filters", "Kind"), "vocab", v.ACTIVITY_KIND),
        Filter("date_from", QT_TRANSLATE_NOOP("filters", "From"), "date"),
        Filter("date_to", QT_TRANSLATE_NOOP("filters", "To"), "date"),
    )
    default_sort = ("start_date", True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.attendance = AttendancePanel(ctx)
        super().__init__(ctx, parent)
        self.form.widgets["kind"].changed.connect(self._kind_changed)  # type: ignore
        self._kind_changed()
        self._list_sizes: list[int] | None = None
        self.tabs.currentChanged.connect(self._tab_changed)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "kind": "training"}

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        return [(self.tr("Attendance"), self.attendance)]

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return activities.create_activity(self.ctx.ws, values)

    def _kind_changed(self) -> None:
        """Show the code-of-conduct or side-event details only for those kinds."""
        kind = self.form.widgets["kind"].value()  # type: ignore[attr-defined]
        self.form.groups[COC].setVisible(kind == "coc_workshop")
        self.form.groups[SIDE_EVENT].setVisible(kind == "side_event")

    def record_loaded(self, record: dict[str, Any] | None) -> None:
        self._kind_changed()
        self.attendance.set_activity(record["id"] if record else None)

    def _tab_changed(self, _index: int) -> None:
        """The grid needs room: narrow the list while the attendance tab is shown."""
        if self.tabs.currentWidget() is self.attendance:
            self._list_sizes = self.splitter.sizes()
            total = sum(self._list_sizes)
            self.splitter.setSizes([total // 4, total - total // 4])
        elif self._list_sizes is not None:
            self.splitter.setSizes(self._list_sizes)
            self._list_sizes = None

    def show_attendance(self) -> None:
        self.tabs.setCurrentWidget(self.attendance)
