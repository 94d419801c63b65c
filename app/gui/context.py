"""What every page gets: the open node, the worker, the window settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.config import Paths
from app.gui.tasks import TaskRunner
from app.gui.util import WindowSettings

if TYPE_CHECKING:  # the services load on the worker, after the window shows
    from app.services.workspace import Workspace


class WorkspaceNotOpenError(RuntimeError):
    """A page asked for the database before it was open (a programming error)."""


class AppContext:
    """The node's workspace and the shared GUI services (no global singletons).

    The window shows before the database is open: ``ws`` is None until
    :meth:`attach` gives it; ``ready`` says whether it has. ``paths`` (the node's
    folders) is known from the start."""

    def __init__(self, ws: Workspace | None, runner: TaskRunner,
                 settings: WindowSettings, paths: Paths | None = None) -> None:
        if paths is None and ws is None:
            raise ValueError("AppContext needs the workspace or the node's paths.")
        self.paths: Paths = ws.paths if ws is not None else paths  # type: ignore[assignment]
        self._ws = ws
        self.runner = runner
        self.settings = settings
        self._home_mission: str | None = None
        #: ``lookups(table)``: every (id, label) choice of a small look-up (filters);
        #: forms search it as the user types (``lookups.search``).
        self.lookups = LookupSource(self)

    @property
    def ready(self) -> bool:
        """True once the node's database is open."""
        return self._ws is not None

    @property
    def ws(self) -> Workspace:
        """The open workspace (pages are only made once it is open)."""
        if self._ws is None:
            raise WorkspaceNotOpenError("The database is not open yet.")
        return self._ws

    def attach(self, ws: Workspace) -> None:
        """Give the context the workspace opened on the worker."""
        self._ws = ws
        self.paths = ws.paths
        self._home_mission = None


    @property
    def home_mission_id(self) -> str | None:
        """The id of this node's own mission (None on a headquarters node)."""
        if self._home_mission is None:
            from app.services import network

            code = self.ws.node.mission_code
            mission = network.mission_by_code(self.ws, code) if code else None
            self._home_mission = mission["id"] if mission else ""
        return self._home_mission or None


class LookupSource:
    """The choices of look-up fields, read from the node's database.

    Called with a table it gives the first :data:`ALL_LIMIT` choices (what a filter's
    combo box lists); :meth:`search` gives the few that match what the user typed, so
    a look-up over 100,000 participants loads only what it shows."""

    ALL_LIMIT = 5000

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def __call__(self, table: str) -> list[tuple[str, str]]:
        from app.services import queries

        return queries.choices(self._ctx.ws, table, limit=self.ALL_LIMIT)

    def search(self, table: str, text: str, limit: int) -> list[tuple[str, str]]:
        """At most ``limit`` (id, label) choices whose record holds every word of
        ``text`` (the first ones by label when ``text`` is empty)."""
        from app.services import queries

        return queries.choices(self._ctx.ws, table, limit=limit, search=text)

    def run(self, func: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run a search on the worker; ``on_done(result)`` follows on the GUI thread."""
        self._ctx.runner.run(func, on_done)

    def label(self, table: str, record_id: str) -> str:
        """The label of one record ('' when it does not exist)."""
        from app.services import queries

        return queries.choice_label(self._ctx.ws, table, record_id)
