"""Generic record use cases over the field specs: create, update, delete, get, list.

Each area module (network, assessments, activities, attendance, lessons, initiatives)
registers a :class:`Rules` for its tables: cross-field checks and the mission the
record belongs to. Every call is one transaction through :class:`Tx`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.domain.errors import ValidationError
from app.domain.fields import SPECS, check_date_order, clean
from app.domain.i18n import message, table_noun
from app.services.workspace import Tx, Workspace
from app.store.models import MODEL_BY_TABLE, Mission, SyncedRecord
from app.store.serialize import record_dict

Check = Callable[[Tx, dict[str, Any], SyncedRecord | None, dict[str, str]], None]
Owner = Callable[[Tx, dict[str, Any], SyncedRecord | None], str | None]


@dataclass(frozen=True)
class Rules:
    """What a table adds to the generic field checks."""

    what: str
    check: Check | None = None
    owner: Owner | None = None
    after_create: Callable[[Tx, SyncedRecord], None] | None = None
    after_update: Callable[[Tx, SyncedRecord, list[str]], None] | None = None


RULES: dict[str, Rules] = {}


def register(table: str, rules: Rules) -> None:
    RULES[table] = rules


def check_refs(tx: Tx, table: str, values: dict[str, Any], errors: dict[str, str]) -> None:
    """Every reference field must point at an existing, not deleted record."""
    for spec in SPECS[table]:
        if spec.kind != "ref" or not values.get(spec.name) or spec.name in errors:
            continue
        model = MODEL_BY_TABLE[spec.ref or ""]
        target = tx.session.get(model, values[spec.name])
        if target is None or target.deleted:
            errors[spec.name] = message("{label}: no such record", label=spec.label)


def mission_owner(tx: Tx, values: dict[str, Any], record: SyncedRecord | None) -> str | None:
    """Owner = the code of the record's mission (``mission_id``)."""
    mission_id = values.get("mission_id") or getattr(record, "mission_id", None)
    mission = tx.session.get(Mission, mission_id) if mission_id else None
    return mission.code if mission else tx.mission_code


def dates_in_order(start: str = "start_date", end: str = "end_date") -> Check:
    def check(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
              errors: dict[str, str]) -> None:
        merged = {start: getattr(record, start, None), end: getattr(record, end, None)}
        merged.update({k: values[k] for k in (start, end) if k in values})
        check_date_order(merged, start, end, errors)
    return check


def _validate(tx: Tx, table: str, data: dict[str, Any], record: SyncedRecord | None
              ) -> dict[str, Any]:
    rules = RULES.get(table, Rules(table.replace("_", " ")))
    values, errors = clean(table, data, partial=record is not None)
    check_refs(tx, table, values, errors)
    if rules.check:
        rules.check(tx, values, record, errors)
    if errors:
        raise ValidationError(errors, rules.what)
    return values


def create_in(tx: Tx, table: str, data: dict[str, Any], *, record_id: str | None = None,
              owner_mission: str | None = None, placeholder: bool = False) -> SyncedRecord:
    """Validate and insert within an open transaction.

    ``owner_mission`` overrides the table's owner rule (e.g. a walk-in participant
    belongs to the mission of the activity they were registered at); ``placeholder``:
    see :meth:`app.services.workspace.Tx.create`.
    """
    rules = RULES.get(table, Rules(table))
    values = _validate(tx, table, data, None)
    owner = owner_mission or (rules.owner(tx, values, None) if rules.owner else None)
    record = tx.create(MODEL_BY_TABLE[table], values, record_id=record_id, owner_mission=owner,
                       placeholder=placeholder)
    if rules.after_create:
        tx.session.flush()
        rules.after_create(tx, record)
    return record


def update_in(tx: Tx, table: str, record_id: str, data: dict[str, Any]) -> SyncedRecord:
    """Validate and apply a partial update within an open transaction."""
    rules = RULES.get(table, Rules(table))
    record = tx.get(MODEL_BY_TABLE[table], record_id, rules.what)
    values = _validate(tx, table, data, record)
    changed = tx.update(record, values)
    if changed and rules.after_update:
        tx.session.flush()
        rules.after_update(tx, record, changed)
    return record


def create(ws: Workspace, table: str, data: dict[str, Any]) -> dict[str, Any]:
    """Create one record; returns it as plain data."""
    with ws.transaction() as tx:
        return record_dict(create_in(tx, table, data))


def update(ws: Workspace, table: str, record_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """Change some fields of one record; returns it as plain data."""
    with ws.transaction() as tx:
        return record_dict(update_in(tx, table, record_id, data))


def delete(ws: Workspace, table: str, record_id: str) -> None:
    """Soft-delete one record (a tombstone that sync carries)."""
    with ws.transaction() as tx:
        record = tx.get(MODEL_BY_TABLE[table], record_id, RULES.get(table, Rules(table)).what)
        tx.delete(record)


def get(ws: Workspace, table: str, record_id: str) -> dict[str, Any]:
    with ws.session() as s:
        model = MODEL_BY_TABLE[table]
        record = s.get(model, record_id)
        if record is None or record.deleted:
            from app.domain.errors import NotFoundError

            raise NotFoundError(message("No {table} with id {record_id}.",
                                        table=table_noun(table), record_id=record_id))
        return record_dict(record)


def list_all(ws: Workspace, table: str, *, include_deleted: bool = False,
             limit: int | None = None) -> list[dict[str, Any]]:
    """Every record of ``table`` as plain data, oldest first."""
    model = MODEL_BY_TABLE[table]
    with ws.session() as s:
        stmt = select(model).order_by(model.created_at, model.id)
        if not include_deleted:
            stmt = stmt.where(model.deleted.is_(False))
        if limit:
            stmt = stmt.limit(limit)
        return [record_dict(r) for r in s.scalars(stmt)]


def counts(ws: Workspace) -> dict[str, int]:
    """Live (not deleted) records per synchronised table."""
    with ws.session() as s:
        return {
            table: s.scalar(select(func.count()).select_from(model)
                            .where(model.deleted.is_(False))) or 0
            for table, model in MODEL_BY_TABLE.items()
        }
