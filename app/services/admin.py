"""Node administration: statistics, listings of bookkeeping tables, database checks,
backup and restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.errors import StorageError
from app.domain.i18n import message
from app.services import records
from app.services.workspace import Workspace
from app.store import db
from app.store.models import AuditLog, BundleLog, ChangeLog, Conflict, Node
from app.store.serialize import to_json

#: CLI names of the listable tables -> synchronised table names.
RECORD_LISTS = {
    "activities": "activity",
    "participants": "participant",
    "attendance": "attendance",
    "assessments": "assessment",
    "findings": "finding",
    "initiatives": "initiative",
    "lessons": "lesson",
    "focal-points": "focal_point",
    "entities": "partner_entity",
    "missions": "mission",
    "activity-days": "activity_day",
}
OTHER_LISTS = ("nodes", "imports", "exports", "conflicts")


def _plain(obj: Any) -> dict[str, Any]:
    return {c.key: to_json(getattr(obj, c.key)) for c in obj.__table__.columns}


def stats(ws: Workspace) -> dict[str, int]:
    """Live records per table, plus bookkeeping tables."""
    out = records.counts(ws)
    with ws.session() as s:
        out.update(db.table_counts(s, [m.__tablename__ for m in
                                       (Node, ChangeLog, AuditLog, BundleLog, Conflict)]))
    return out


def list_table(ws: Workspace, name: str) -> list[dict[str, Any]]:
    """Rows of a listable table as plain data (see RECORD_LISTS and OTHER_LISTS)."""
    if name in RECORD_LISTS:
        return records.list_all(ws, RECORD_LISTS[name])
    with ws.session() as s:
        if name == "nodes":
            rows = s.scalars(select(Node).order_by(Node.is_self.desc(), Node.name))
        elif name in ("imports", "exports"):
            rows = s.scalars(select(BundleLog).where(
                BundleLog.direction == name[:-1]).order_by(BundleLog.at))
        elif name == "conflicts":
            rows = s.scalars(select(Conflict).order_by(Conflict.created_at))
        else:
            known = ", ".join([*RECORD_LISTS, *OTHER_LISTS])
            raise StorageError(message("There is no table called {name}; use one of: "
                                       "{known}.", name=name, known=known))
        return [_plain(r) for r in rows]


def check(ws: Workspace) -> dict[str, Any]:
    """Integrity, references and schema revision of the node's database."""
    problems: list[str] = []
    path = db.sqlite_path(ws.engine)
    if path is not None:
        problems.extend(db.check_sqlite_file(path))
    current = db.current_revision(ws.engine)
    head = db.head_revision()
    if current != head:
        problems.append(message("the schema is at revision {current}, expected {head}",
                                current=current, head=head))
    return {"ok": not problems, "problems": problems, "schema_revision": current,
            "database": str(path) if path else ws.engine.url.render_as_string()}


def backup(ws: Workspace, target: Path) -> dict[str, Any]:
    if target.exists() and target.is_dir():
        raise StorageError(message("{target} is a folder; give a file name for the backup.",
                                   target=target))
    db.backup_sqlite(ws.engine, target)
    return {"backup": str(target), "bytes": target.stat().st_size}


def restore(ws: Workspace, source: Path) -> dict[str, Any]:
    """Put ``source`` in place of the database (after backing the current one up) and
    migrate it to this application's schema."""
    ws.wait_for_checkpoint()  # no thread may still write into the file being replaced
    safety = db.restore_sqlite(ws.engine, source, ws.paths.backups)
    with db.translate_storage_errors():
        db.upgrade(ws.engine, ws.paths.backups)
    ws.forget_node()
    return {"restored": str(source), "previous_database_saved_as": str(safety)}
