"""Applying the changes of a verified bundle in one transaction (SYNC-SPEC 6.7).

Planning is done in memory over the local state loaded in bulk; writing uses
SQLAlchemy Core ``executemany`` (no per-row ORM round trips), so a bundle of 200,000
changes is applied in seconds. The merge rules are in :mod:`app.sync.merge`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, bindparam, select, update
from sqlalchemy.orm import Session

from app.store.models import MODEL_BY_TABLE, ChangeLog, Conflict, SyncedRecord, new_id
from app.store.serialize import parse_timestamp, to_json
from app.sync.errors import BundleRejectedError
from app.sync.merge import LocalState, merge
from app.sync.payload import change_origin_seq

CHUNK = 500


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- column checks ---------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """How one data column's JSON value is checked and converted."""

    types: tuple[type, ...]
    nullable: bool
    kind: str  # plain | date | json
    max_len: int | None = None


def _columns(model: type[SyncedRecord]) -> dict[str, Column]:
    out = {}
    for name in model.data_fields():
        col = model.__table__.columns[name]
        t = col.type
        if isinstance(t, Boolean):
            spec = Column((bool,), bool(col.nullable), "plain")
        elif isinstance(t, Integer):
            spec = Column((int,), bool(col.nullable), "plain")
        elif isinstance(t, Float):
            spec = Column((int, float), bool(col.nullable), "plain")
        elif isinstance(t, Date | DateTime):
            spec = Column((str,), bool(col.nullable), "date")
        elif isinstance(t, JSON):
            spec = Column((list, dict), bool(col.nullable), "json")
        else:
            spec = Column((str,), bool(col.nullable), "plain", getattr(t, "length", None))
        out[name] = spec
    return out


COLUMNS = {table: _columns(model) for table, model in MODEL_BY_TABLE.items()}


def _bad(change: dict[str, Any], name: str) -> BundleRejectedError:
    return BundleRejectedError(
        "invalid_value",
        f"The bundle holds an invalid value for "
        f"{change['table']}.{name}; ask the sender to "
        "export again with the same application version.",
    )


def check_values(change: dict[str, Any]) -> None:
    """Every field is a column of the table with a value of the column's type."""
    try:
        parse_timestamp(change["changed_at"])
    except ValueError as exc:
        raise _bad(change, "changed_at") from exc
    cols = COLUMNS[change["table"]]
    for part in (change["fields"], change["before"]):
        for name, value in part.items():
            spec = cols.get(name)
            if spec is None:
                raise BundleRejectedError(
                    "unknown_field", f"The bundle names a field FocalPoint does not know "
                    f"({change['table']}.{name}); update the application.")
            if value is None:
                if not spec.nullable and part is change["fields"]:
                    raise _bad(change, name)
            elif type(value) not in spec.types or (  # exact: a bool is not an int here
                    spec.max_len is not None and len(value) > spec.max_len):
                raise _bad(change, name)
            elif spec.kind == "date":
                try:
                    dt.date.fromisoformat(value)
                except ValueError as exc:
                    raise _bad(change, name) from exc


def _to_db(table: str, values: dict[str, Any]) -> dict[str, Any]:
    cols = COLUMNS[table]
    out = dict(values)
    for name, spec in cols.items():
        if spec.kind == "date" and out.get(name) is not None:
            out[name] = dt.date.fromisoformat(out[name])
    return out


# --- plan --------------------------------------------------------------------------------


@dataclass
class Plan:
    """What a bundle does to this node, computed before anything is written."""

    applied: int = 0
    skipped: int = 0
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    superseded: set[str] = field(default_factory=set)
    #: (change, origin, origin_seq, owner_mission) per change to append to the change log.
    log_rows: list[tuple[dict[str, Any], str, int, str | None]] = field(default_factory=list)
    states: dict[tuple[str, str], LocalState] = field(default_factory=dict)
    inserted: set[tuple[str, str]] = field(default_factory=set)
    dirty: set[tuple[str, str]] = field(default_factory=set)
    meta: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    source_id: str = ""
    bundle_id: str = ""

    def counts(self) -> dict[str, int]:
        return {
            "applied": self.applied,
            "skipped": self.skipped,
            "added": self.added,
            "changed": self.changed,
            "deleted": self.deleted,
            "conflicts": len(self.conflicts),
        }


def _known_change_ids(s: Session, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for part in _chunks(ids):
        known.update(s.scalars(select(ChangeLog.change_id).where(ChangeLog.change_id.in_(part))))
    return known


def _load_states(s: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], LocalState]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, rid in keys:
        by_table[table].append(rid)
    states: dict[tuple[str, str], LocalState] = {}
    for table, ids in by_table.items():
        model = MODEL_BY_TABLE[table]
        names = model.data_fields()
        cols = [
            model.__table__.c.id,
            model.__table__.c.version,
            *(model.__table__.c[n] for n in names),
        ]
        for part in _chunks(sorted(set(ids))):
            for row in s.execute(select(*cols).where(model.__table__.c.id.in_(part))):
                values = {n: to_json(v) for n, v in zip(names, row[2:], strict=True)}
                states[(table, row[0])] = LocalState(int(row[1]), values)
    return states


def _open_conflicts(s: Session) -> dict[tuple[str, str, str], list[str]]:
    out: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for cid, table, rid, name in s.execute(
        select(Conflict.id, Conflict.table_name, Conflict.record_id, Conflict.field).where(
            Conflict.status == "open"
        )
    ):
        out[(table, rid, name)].append(cid)
    return out


class _History:
    """Which fields of a record the local change log touched after a version."""

    def __init__(self, s: Session, plan: Plan) -> None:
        self.s = s
        self.plan = plan

    def changed_since(self, table: str, rid: str, base: int, name: str) -> bool:
        stmt = select(ChangeLog.fields, ChangeLog.op).where(
            ChangeLog.table_name == table, ChangeLog.record_id == rid, ChangeLog.version > base
        )
        rows = [(r[0] or {}, r[1]) for r in self.s.execute(stmt)]
        rows += [
            (c["fields"], c["op"])
            for c, _o, _s, _m in self.plan.log_rows
            if c["table"] == table and c["record_id"] == rid and c["version"] > base
        ]
        if name == "*":
            return any(op == "upsert" and set(f) - {"deleted"} for f, op in rows)
        return any(name in f for f, _op in rows)


def plan_changes(
    s: Session, changes: list[dict[str, Any]], *, source_id: str, bundle_id: str, operator: str
) -> Plan:
    """Decide every change of a bundle against the local state (nothing is written)."""
    plan = Plan(source_id=source_id, bundle_id=bundle_id)
    known = _known_change_ids(s, [c["change_id"] for c in changes])
    plan.states = _load_states(
        s, ((c["table"], c["record_id"]) for c in changes if c["change_id"] not in known)
    )
    open_conflicts = _open_conflicts(s)
    history = _History(s, plan)
    for change in changes:
        cid = change["change_id"]
        if cid in known:
            plan.skipped += 1
            continue
        known.add(cid)
        origin, origin_seq = change_origin_seq(cid)
        if origin != change["origin"]:
            raise BundleRejectedError(
                "schema_invalid",
                "A change in the bundle names two different "
                "origins; ask the sender to export again.",
            )
        check_values(change)
        _plan_one(plan, change, history, open_conflicts, source_id, bundle_id)
        state = plan.states.get((change["table"], change["record_id"]))
        owner = state.values.get("owner_mission") if state else change["fields"].get(
            "owner_mission")
        plan.log_rows.append((change, origin, origin_seq, owner))
        plan.applied += 1
    return plan


def _plan_one(
    plan: Plan,
    change: dict[str, Any],
    history: _History,
    open_conflicts: dict[tuple[str, str, str], list[str]],
    source_id: str,
    bundle_id: str,
) -> None:
    key = (change["table"], change["record_id"])
    local = plan.states.get(key)
    if local is None and change["op"] == "upsert":  # the common case: a new record
        plan.states[key] = LocalState(change["version"], change["fields"])
        plan.inserted.add(key)
        plan.dirty.add(key)
        plan.meta[key] = (change["changed_at"], change["changed_by"])
        plan.added += 1
        return
    outcome = merge(local, change, lambda name: history.changed_since(
        key[0], key[1], change["base_version"], name))
    if outcome.state is None:
        return
    if outcome.action == "insert":
        plan.inserted.add(key)
        plan.added += 1
    elif outcome.action == "delete":
        plan.deleted += 1
    elif outcome.taken:
        plan.changed += 1
    if outcome.action != "noop" or outcome.state.version != (local.version if local else 0):
        plan.states[key] = outcome.state
        plan.dirty.add(key)
        plan.meta[key] = (change["changed_at"], change["changed_by"])
    for name in (*outcome.taken, *outcome.agreed):
        plan.superseded.update(open_conflicts.get((key[0], key[1], name), ()))
    for name, mine, incoming in outcome.conflicts:
        plan.conflicts.append(_conflict_row(key, name, mine, incoming, change, source_id,
                                            bundle_id))


def _conflict_row(key: tuple[str, str], name: str, mine: Any, incoming: Any,
                  change: dict[str, Any], source_id: str, bundle_id: str) -> dict[str, Any]:
    """A new open conflict: who changed what, when, in which bundle."""
    return {
        "id": new_id(), "table_name": key[0], "record_id": key[1], "field": name,
        "local_value": mine, "incoming_value": incoming,
        "incoming_change_id": change["change_id"], "incoming_by": change["changed_by"],
        "incoming_at": parse_timestamp(change["changed_at"]), "source_node": source_id,
        "bundle_id": bundle_id, "status": "open", "resolution": "", "resolved_by": "",
        "resolved_at": None, "created_at": dt.datetime.now(dt.UTC)}


# --- write -------------------------------------------------------------------------------


@functools.cache
def _defaults(model: type[SyncedRecord]) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]]:
    """Scalar column defaults, and the callable ones (e.g. ``list``) to call per row."""
    scalars: dict[str, Any] = {}
    calls = []
    for name in model.data_fields():
        default = model.__table__.columns[name].default
        if default is not None and default.is_callable:
            calls.append((name, default.arg))
            scalars[name] = None
        else:
            scalars[name] = default.arg if default is not None else None
    return scalars, tuple(calls)


def bulk_execute(s: Session, stmt: Any, rows: list[dict[str, Any]]) -> None:
    """``executemany`` of ``stmt`` with the dialect's own bind processors applied once per
    value, without SQLAlchemy's per-row parameter building (the import's hot path).
    JSON values are serialised with orjson."""
    if not rows:
        return
    conn = s.connection()
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=list(rows[0]))
    procs = {}
    for name, bind in compiled.binds.items():
        if isinstance(bind.type, JSON):
            procs[name] = _json_text
        else:
            procs[name] = bind.type.dialect_impl(dialect).bind_processor(dialect)
    keys = [compiled.binds[name].key for name in (compiled.positiontup or compiled.binds)]
    names = list(compiled.positiontup or compiled.binds)
    plan = [(key, procs[name]) for key, name in zip(keys, names, strict=True)]
    if compiled.positional:  # column by column: far fewer Python calls than row by row
        columns = [[p(r[k]) for r in rows] if p else [r[k] for r in rows] for k, p in plan]
        params: list[Any] = list(zip(*columns, strict=True))
    else:
        params = [{n: (p(r[k]) if p else r[k]) for n, (k, p) in zip(names, plan, strict=True)}
                  for r in rows]
    conn.exec_driver_sql(str(compiled), params)


def _json_text(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode("utf-8")


WRITE_CHUNK = 5000


def _insert_row(table: str, rid: str, state: LocalState, meta: tuple[str, str]
                ) -> dict[str, Any]:
    scalars, calls = _defaults(MODEL_BY_TABLE[table])
    full = dict(scalars)
    for name, fn in calls:
        full[name] = fn(None)
    full.update(_to_db(table, state.values))
    when = parse_timestamp(meta[0])
    full.update(id=rid, version=state.version, created_at=when, created_by=meta[1],
                updated_at=when, updated_by=meta[1])
    if full["deleted"] is None:
        full["deleted"] = False
    return full


def _update_row(table: str, rid: str, state: LocalState, meta: tuple[str, str]
                ) -> dict[str, Any]:
    row = _to_db(table, state.values)
    row.update(_id=rid, _version=state.version, _updated_at=parse_timestamp(meta[0]),
               _updated_by=meta[1])
    return row


def _log_row(c: dict[str, Any], origin: str, seq: int, owner: str | None, plan: Plan
             ) -> dict[str, Any]:
    return {"change_id": c["change_id"], "origin": origin, "origin_seq": seq,
            "table_name": c["table"], "record_id": c["record_id"], "op": c["op"],
            "base_version": c["base_version"], "version": c["version"],
            "changed_at": parse_timestamp(c["changed_at"]), "changed_by": c["changed_by"],
            "fields": c["fields"], "before": c["before"], "owner_mission": owner,
            "received_from": plan.source_id, "bundle_id": plan.bundle_id}


def write_plan(s: Session, plan: Plan) -> None:
    """Write a plan made by :func:`plan_changes` (inside the caller's transaction), in
    chunks so that memory stays bounded for large bundles."""
    inserts: dict[str, list[str]] = defaultdict(list)
    updates: dict[str, list[str]] = defaultdict(list)
    for table, rid in plan.dirty:
        (inserts if (table, rid) in plan.inserted else updates)[table].append(rid)
    for table, model in MODEL_BY_TABLE.items():  # parents first
        for part in _chunks(inserts.get(table, []), WRITE_CHUNK):
            bulk_execute(s, model.__table__.insert(), [
                _insert_row(table, rid, plan.states[(table, rid)], plan.meta[(table, rid)])
                for rid in part])
    for table, rids in updates.items():
        for part in _chunks(rids, WRITE_CHUNK):
            _write_updates(s, MODEL_BY_TABLE[table], [
                _update_row(table, rid, plan.states[(table, rid)], plan.meta[(table, rid)])
                for rid in part])
    for part in _chunks(plan.log_rows, WRITE_CHUNK):
        bulk_execute(s, ChangeLog.__table__.insert(), [
            _log_row(c, origin, seq, owner, plan) for c, origin, seq, owner in part])
    if plan.conflicts:
        s.execute(Conflict.__table__.insert(), plan.conflicts)
    if plan.superseded:
        s.execute(update(Conflict).where(Conflict.id.in_(list(plan.superseded))).values(
            status="superseded", resolution="superseded", resolved_by="sync",
            resolved_at=dt.datetime.now(dt.UTC)))


def _write_updates(s: Session, model: type[SyncedRecord], rows: list[dict[str, Any]]) -> None:
    table = model.__table__
    names = model.data_fields()
    stmt = update(table).where(table.c.id == bindparam("_id")).values(
        version=bindparam("_version"), updated_at=bindparam("_updated_at"),
        updated_by=bindparam("_updated_by"), **{n: bindparam(n) for n in names})
    for row in rows:
        for n in names:
            row.setdefault(n, None)
    s.connection().execute(stmt, rows)
