"""What every page gets: the open node, the worker, the window settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.gui.tasks import TaskRunner
from app.gui.util import WindowSettings
from app.services import network, queries
from app.services.workspace import Workspace


@dataclass
class AppContext:
    """The node's workspace and the shared GUI services (no global singletons)."""

    ws: Workspace
    runner: TaskRunner
    settings: WindowSettings
    _home_mission: Any = field(default=None, repr=False)

    def lookups(self, table: str) -> list[tuple[str, str]]:
        """(id, label) choices for a look-up field pointing at ``table``."""
        return queries.choices(self.ws, table)

    @property
    def home_mission_id(self) -> str | None:
        """The id of this node's own mission (None on a headquarters node)."""
        if self._home_mission is None:
            code = self.ws.node.mission_code
            mission = network.mission_by_code(self.ws, code) if code else None
            self._home_mission = mission["id"] if mission else ""
        return self._home_mission or None
