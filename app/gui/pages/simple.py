"""Pages that are a list and a form: initiatives, lessons and the network directory
(focal points, partner entities, missions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain import vocab as v
from app.gui.context import AppContext
from app.gui.pages.base import Filter, RecordPage
from app.services import network


class InitiativesPage(RecordPage):
    """Pilot and first-phase initiatives."""

    table = "initiative"
    title = "Initiatives"
    columns = (("title", "Title"), ("status", "Status"), ("start_date", "Start"),
               ("end_date", "End"), ("owner_mission", "Mission"))
    filters = (Filter("mission", "Mission", "mission"),
               Filter("status", "Status", "vocab", v.INITIATIVE_STATUS))
    default_sort = ("start_date", True)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "status": "proposed"}


class LessonsPage(RecordPage):
    """Lessons learned and good practice."""

    table = "lesson"
    title = "Lessons"
    columns = (("title", "Title"), ("kind", "Kind"), ("thematic_area", "Thematic area"),
               ("date_shared", "Shared"), ("mission_code", "Mission"))
    filters = (Filter("kind", "Kind", "vocab", v.LESSON_KIND),
               Filter("thematic_area", "Thematic area", "vocab", v.THEMATIC_AREA),
               Filter("mission", "Mission", "mission"))
    default_sort = ("date_shared", True)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "kind": "lesson"}


class FocalPointsPage(RecordPage):
    """Members of the network."""

    table = "focal_point"
    title = "Focal points"
    columns = (("full_name", "Name"), ("role", "Role"), ("unit", "Unit"), ("email", "Email"),
               ("mission_code", "Mission"))
    filters = (Filter("mission", "Mission", "mission"),)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id}


class EntitiesPage(RecordPage):
    """Host-State and regional institutions, civil-society organisations."""

    table = "partner_entity"
    title = "Partner entities"
    columns = (("name", "Name"), ("acronym", "Acronym"), ("country", "Country"),
               ("sector", "Sector"))
    filters = (Filter("sector", "Sector", "vocab", v.SECTOR),
               Filter("country", "Country", "country"))


class MissionsPage(RecordPage):
    """Missions of the network."""

    table = "mission"
    title = "Missions"
    columns = (("code", "Code"), ("name", "Name"), ("mission_type", "Type"),
               ("host_countries", "Host countries"))
    filters = (Filter("mission_type", "Type", "vocab", v.MISSION_TYPE),)

    def defaults(self) -> dict[str, Any]:
        return {"mission_type": "pko"}

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return network.create_mission(self.ctx.ws, values)


class NetworkPage(QWidget):
    """The network directory: focal points, partner entities and missions in tabs."""

    title = "Network"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.pages: list[RecordPage] = [FocalPointsPage(ctx), EntitiesPage(ctx),
                                        MissionsPage(ctx)]
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
