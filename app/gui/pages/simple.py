"""Pages that are a list and a form: initiatives, lessons and the network directory
(focal points, partner entities, missions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain import vocab as v
from app.gui.context import AppContext
from app.gui.pages.base import Filter, RecordPage
from app.services import network


class InitiativesPage(RecordPage):
    """Pilot and first-phase initiatives."""

    table = "initiative"
    title = QT_TRANSLATE_NOOP("pages", "Initiatives")
    columns = (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("status", QT_TRANSLATE_NOOP("columns", "Status")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    filters = (
        Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),
        Filter("status", QT_TRANSLATE_NOOP("filters", "Status"), "vocab", v.INITIATIVE_STATUS),
    )
    default_sort = ("start_date", True)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "status": "proposed"}


class LessonsPage(RecordPage):
    """Lessons learned and good practice."""

    table = "lesson"
    title = QT_TRANSLATE_NOOP("pages", "Lessons")
    columns = (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
        ("thematic_area", QT_TRANSLATE_NOOP("columns", "Thematic area")),
        ("date_shared", QT_TRANSLATE_NOOP("columns", "Shared")),
        ("mission_code", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    filters = (
        Filter("kind", QT_TRANSLATE_NOOP("filters", "Kind"), "vocab", v.LESSON_KIND),
        Filter(
            "thematic_area", QT_TRANSLATE_NOOP("filters", "Thematic area"), "vocab", v.THEMATIC_AREA
        ),
        Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),
    )
    default_sort = ("date_shared", True)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "kind": "lesson"}


class FocalPointsPage(RecordPage):
    """Members of the network."""

    table = "focal_point"
    title = QT_TRANSLATE_NOOP("pages", "Focal points")
    columns = (
        ("full_name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("role", QT_TRANSLATE_NOOP("columns", "Role")),
        ("unit", QT_TRANSLATE_NOOP("columns", "Unit")),
        ("email", QT_TRANSLATE_NOOP("columns", "Email")),
        ("mission_code", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    filters = (Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id}


class EntitiesPage(RecordPage):
    """Host-State and regional institutions, civil-society organisations."""

    table = "partner_entity"
    title = QT_TRANSLATE_NOOP("pages", "Partner entities")
    columns = (
        ("name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("acronym", QT_TRANSLATE_NOOP("columns", "Acronym")),
        ("country", QT_TRANSLATE_NOOP("columns", "Country")),
        ("sector", QT_TRANSLATE_NOOP("columns", "Sector")),
    )
    filters = (
        Filter("sector", QT_TRANSLATE_NOOP("filters", "Sector"), "vocab", v.SECTOR),
        Filter("country", QT_TRANSLATE_NOOP("filters", "Country"), "country"),
    )


class MissionsPage(RecordPage):
    """Missions of the network."""

    table = "mission"
    title = QT_TRANSLATE_NOOP("pages", "Missions")
    columns = (
        ("code", QT_TRANSLATE_NOOP("columns", "Code")),
        ("name", QT_TRANSLATE_NOOP("columns", "Name")),
        ("mission_type", QT_TRANSLATE_NOOP("columns", "Type")),
        ("host_countries", QT_TRANSLATE_NOOP("columns", "Host countries")),
    )
    filters = (
        Filter("mission_type", QT_TRANSLATE_NOOP("filters", "Type"), "vocab", v.MISSION_TYPE),
    )

    def defaults(self) -> dict[str, Any]:
        return {"mission_type": "pko"}

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return network.create_mission(self.ctx.ws, values)


class NetworkPage(QWidget):
    """The network directory: focal points, partner entities and missions in tabs."""

    title = QT_TRANSLATE_NOOP("pages", "Network")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.pages: list[RecordPage] = [FocalPointsPage(ctx), EntitiesPage(ctx), MissionsPage(ctx)]
        for page in self.pages:
            self.tabs.addTab(page, QCoreApplication.translate("pages", page.title))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab = 0
        layout.addWidget(self.tabs)

    def current(self) -> RecordPage:
        return self.pages[self.tabs.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        if index == self._tab:
            return
        if not self.pages[self._tab].maybe_leave():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._tab)
            self.tabs.blockSignals(False)
            return
        self._tab = index
        self.pages[index].refresh_lookups()
