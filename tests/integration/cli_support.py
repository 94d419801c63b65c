"""The global options that point the CLI at a test node, on either backend."""

from __future__ import annotations

from app.services.workspace import Workspace


def node_args(ws: Workspace) -> list[str]:
    """``--home`` of the node, plus ``--db`` when it lives on a PostgreSQL server."""
    url = ws.engine.url
    args = ["--home", str(ws.paths.home)]
    if url.get_backend_name() != "sqlite":
        args += ["--db", url.render_as_string(hide_password=False)]
    return args
