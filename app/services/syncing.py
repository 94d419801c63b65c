"""Sync use cases for the CLI and the GUI: export, import, conflicts and their resolution.

Export and import live in :mod:`sync_export` and :mod:`sync_import`; this module
re-exports them and holds the conflict use cases. Resolving a conflict is a new change
(through :class:`Tx`) that flows on to the other nodes like any edit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.errors import NotFoundError, ValidationError
from app.domain.i18n import message
from app.services.sync_export import export_bundle, export_enrolment
from app.services.sync_import import import_bundle, import_files, verify_bundle
from app.services.workspace import Tx, Workspace
from app.store.models import MODEL_BY_TABLE, Conflict, SyncedRecord, utcnow
from app.store.serialize import from_json, record_fields, to_json

__all__ = [
    "export_bundle",
    "export_enrolment",
    "import_bundle",
    "import_files",
    "list_conflicts",
    "resolve_conflict",
    "verify_bundle",
]


def _row(c: Conflict) -> dict[str, Any]:
    return {col.key: to_json(getattr(c, col.key)) for col in Conflict.__table__.columns}


def list_conflicts(ws: Workspace, *, status: str | None = "open") -> list[dict[str, Any]]:
    """Conflicts (open ones by default), oldest first."""
    with ws.session() as s:
        stmt = select(Conflict).order_by(Conflict.created_at, Conflict.id)
        if status:
            stmt = stmt.where(Conflict.status == status)
        return [_row(c) for c in s.scalars(stmt)]


def _already(status: str) -> str:
    if status == "resolved":
        return message("It is already resolved")
    return message("It is already {status}", status=status)


def resolve_conflict(ws: Workspace, conflict_id: str, keep: str) -> dict[str, Any]:
    """Settle a conflict by keeping the ``local`` or the ``incoming`` value.

    Either way a new change is logged, so every other node converges on the choice:
    its ``before`` holds the value that lost, which the other side still has.
    """
    if keep not in ("local", "incoming"):
        raise ValidationError({"keep": message("Choose local or incoming")}, "resolution")
    with ws.transaction() as tx:
        conflict = tx.session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                message("No conflict with id {conflict_id}; see 'focalpoint list conflicts'.",
                        conflict_id=conflict_id)
            )
        if conflict.status != "open":
            raise ValidationError({"conflict": _already(conflict.status)}, "resolution")
        model = MODEL_BY_TABLE[conflict.table_name]
        record = tx.get(model, conflict.record_id, include_deleted=True)
        if keep == "incoming":
            _take(tx, record, conflict.field, conflict.incoming_value)
        else:
            _reassert(tx, record, conflict.field, conflict.incoming_value)
        now = utcnow()
        same = tx.session.scalars(
            select(Conflict).where(
                Conflict.table_name == conflict.table_name,
                Conflict.record_id == conflict.record_id,
                Conflict.field == conflict.field,
                Conflict.status == "open",
            )
        ).all()
        for c in same:
            c.status, c.resolution = "resolved", keep
            c.resolved_by, c.resolved_at = tx.operator, now
        tx.audit(
            "resolve_conflict",
            conflict.table_name,
            conflict.record_id,
            [conflict.field],
            detail=f"kept {keep}",
        )
        return {
            "id": conflict_id,
            "status": "resolved",
            "kept": keep,
            "table": conflict.table_name,
            "record_id": conflict.record_id,
            "field": conflict.field,
            "closed": len(same),
        }


def _take(tx: Tx, record: SyncedRecord, name: str, value: Any) -> None:
    if name == "deleted":
        if value:
            tx.delete(record)
        else:
            tx.update(record, {"deleted": False})
        return
    tx.update(record, {name: from_json(type(record), name, value)})


def _reassert(tx: Tx, record: SyncedRecord, name: str, losing: Any) -> None:
    """Log the current local value as a new change whose ``before`` is the losing value."""
    base = record.version
    record.version = base + 1
    record.updated_at = utcnow()
    record.updated_by = tx.operator
    tx.session.flush()
    tx.log_change(record, "upsert", record_fields(record, [name]), {name: losing}, base)
