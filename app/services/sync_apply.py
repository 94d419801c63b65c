"""Applying the changes of a verified bundle in one transaction (SYNC-SPEC 6.7).

Planning is done in memory over the local state loaded in bulk (one query per table,
whatever the bundle's size), with the values checked column by column rather than
change by change; :mod:`app.services.sync_write` then writes the plan with the
database's bulk paths. The merge rules are in :mod:`app.sync.merge`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import itemgetter, methodcaller
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, select
from sqlalchemy.orm import Session

from app.domain.i18n import message
from app.services.sync_write import write_plan
from app.store.bulk import existing_keys, key_filter
from app.store.models import MODEL_BY_TABLE, ChangeLog, Conflict, SyncedRecord, new_id
from app.store.serialize import parse_timestamp, to_json
from app.sync.errors import BundleRejectedError
from app.sync.merge import LocalState, merge
from app.sync.payload import change_origin_seq, value_limits

__all__ = ["Plan", "check_values", "plan_changes", "write_plan"]

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
#: Each table's columns holding dates (checked by :func:`_checked_values_ok`).
DATE_COLUMNS = {table: tuple(n for n, c in cols.items() if c.kind == "date")
                for table, cols in COLUMNS.items()}


def _value_schema(spec: Column, *, nullable: bool, limits: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a column's values as :func:`check_values` takes them, within
    the payload schema's limits on every value: text up to the column's length, numbers
    (an int counts as a float; JSON Schema's "number" takes both, never a boolean) in
    the schema's range, JSON columns as lists of scalars (the schema allows no object
    as a value)."""
    kinds = set(spec.types)
    out: dict[str, Any] = {}
    if kinds == {bool}:
        types = ["boolean"]
    elif kinds == {int, float}:
        types = ["number"]
        out.update(minimum=limits["minimum"], maximum=limits["maximum"])
    elif kinds == {list, dict}:
        types = ["array"]
        out.update(maxItems=limits["maxItems"], items={"$ref": "#/$defs/scalar"})
    elif kinds == {str}:
        types = ["string"]
        out["maxLength"] = min(spec.max_len or limits["maxLength"], limits["maxLength"])
    else:
        raise ValueError(f"no JSON Schema for a column of {spec.types}")
    return {"type": [*types, "null"] if nullable else types, **out}


def column_schemas() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """For each table, the JSON Schemas of a change's ``fields`` and ``before``: the
    table's columns only, each of its type and length, null only where the column takes
    it (always in ``before``). With them the payload's schema check also makes the
    checks of :func:`check_values` but two (see :func:`_checked_values_ok`)."""
    limits = value_limits()
    out = {}
    for table, cols in COLUMNS.items():
        pattern = re.compile(limits["propertyNames"])
        if len(cols) > limits["maxProperties"] or not all(map(pattern.search, cols)):
            raise ValueError(f"the columns of {table} break the payload schema's limits")
        parts = []
        for before in (False, True):
            parts.append({"type": "object", "additionalProperties": False, "properties": {
                name: _value_schema(spec, nullable=before or spec.nullable, limits=limits)
                for name, spec in cols.items()}})
        out[table] = (parts[0], parts[1])
    return out


def _bad(change: dict[str, Any], name: str) -> BundleRejectedError:
    return BundleRejectedError(
        "invalid_value",
        message("The bundle holds an invalid value for {table}.{name}; ask the sender to "
                "export again with the same application version.",
                table=change["table"], name=name),
    )


def _has_nul(value: Any) -> bool:
    """True for text holding a NUL character (no database column can store one on
    PostgreSQL, so no node accepts one, whatever its database)."""
    if isinstance(value, str):
        return "\x00" in value
    items = value.values() if isinstance(value, dict) else value
    return isinstance(items, Iterable) and any(
        isinstance(x, str) and "\x00" in x for x in items)


def check_values(change: dict[str, Any]) -> None:
    """Every field is a column of the table with a value of the column's type."""
    try:
        parse_timestamp(change["changed_at"])
    except ValueError as exc:
        raise _bad(change, "changed_at") from exc
    if _has_nul(change["changed_by"]):
        raise _bad(change, "changed_by")
    cols = COLUMNS[change["table"]]
    for part in (change["fields"], change["before"]):
        for name, value in part.items():
            spec = cols.get(name)
            if spec is None:
                raise BundleRejectedError(
                    "unknown_field", message("The bundle names a field FocalPoint does not "
                                             "know ({table}.{name}); update the application.",
                                             table=change["table"], name=name))
            if value is None:
                if not spec.nullable and part is change["fields"]:
                    raise _bad(change, name)
            elif type(value) not in spec.types or (  # exact: a bool is not an int here
                    spec.max_len is not None and len(value) > spec.max_len) or _has_nul(value):
                raise _bad(change, name)
            elif spec.kind == "date":
                try:
                    dt.date.fromisoformat(value)
                except ValueError as exc:
                    raise _bad(change, name) from exc


def _json_may_hold_nul(values: Sequence[Any]) -> bool:
    """False when no text inside ``values`` holds a NUL character, found in one pass over
    their JSON form (where a NUL is the escape ``\\u0000``); True when one may (an escaped
    backslash before "u0000" also matches, and so does anything orjson cannot write):
    the caller then checks change by change."""
    try:
        return b"\\u0000" in orjson.dumps(values)
    except orjson.JSONEncodeError:
        return True


def _column_ok(spec: Column, values: Sequence[Any], *, fields: bool) -> bool:
    """:func:`check_values` for one column of many changes at once (C-level passes)."""
    types = set(map(type, values))
    has_none = type(None) in types
    if has_none:
        if fields and not spec.nullable:
            return False
        types.discard(type(None))
        values = [v for v in values if v is not None]
    if not types.issubset(spec.types):  # exact: a bool is not an int here
        return False
    if spec.max_len is not None and values and max(map(len, values)) > spec.max_len:
        return False
    if str in types and "\x00" in "".join(
            values if len(types) == 1 else (v for v in values if type(v) is str)):
        return False
    if spec.kind == "json" and _json_may_hold_nul(values):
        return False
    if spec.kind == "date":
        try:
            deque(map(dt.date.fromisoformat, values), maxlen=0)
        except ValueError:
            return False
    return True


def _values_ok(changes: list[dict[str, Any]]) -> bool:
    """True when every change passes :func:`check_values`; False when one may not (the
    caller then finds it, and its sentence, change by change)."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for c in changes:
        groups[(c["table"], tuple(c["fields"]), tuple(c["before"]))].append(c)
    for (table, names, before_names), group in groups.items():
        cols = COLUMNS[table]
        for part, keys in (("fields", names), ("before", before_names)):
            if not keys:
                continue
            # Each dict read once, all its values at a time (in ``keys`` order: the
            # group's dicts have the same keys in the same order), then each column as
            # a strided slice: faster than one pass over every dict per column, and a
            # third faster than transposing rows with zip().
            values = list(chain.from_iterable(map(dict.values, map(itemgetter(part), group))))
            width = len(keys)
            for i, name in enumerate(keys):
                column = values[i::width]
                spec = cols.get(name)
                if spec is None or not _column_ok(spec, column, fields=part == "fields"):
                    return False
    if not _timestamps_ok(changes):
        return False
    try:
        return "\x00" not in "".join(map(itemgetter("changed_by"), changes))
    except TypeError:
        return False


def _timestamps_ok(changes: list[dict[str, Any]]) -> bool:
    """Each change's ``changed_at`` is a timestamp (each distinct one parsed once)."""
    try:
        deque(map(parse_timestamp, {c["changed_at"] for c in changes}), maxlen=0)
    except (ValueError, TypeError):
        return False
    return True


def _origin_mismatch() -> BundleRejectedError:
    return BundleRejectedError("schema_invalid", message(
        "A change in the bundle names two different origins; ask the sender to export again."))


def _checked_values_ok(changes: list[dict[str, Any]]) -> bool:
    """:func:`_values_ok` for changes whose values the typed payload schema
    (:func:`column_schemas`) accepted and whose text holds no NUL character (both seen
    by the import before the plan): what is left is that each date is a date and each
    ``changed_at`` a timestamp."""
    tables = list(map(itemgetter("table"), changes))
    for table in set(tables):
        names = DATE_COLUMNS.get(table)
        if not names:
            continue
        group = list(compress(changes, map(table.__eq__, tables)))
        for part in ("fields", "before"):
            dicts = list(map(itemgetter(part), group))
            for name in names:
                dates = set(map(methodcaller("get", name), dicts))
                dates.discard(None)
                try:
                    deque(map(dt.date.fromisoformat, dates), maxlen=0)
                except (ValueError, TypeError):
                    return False
    return _timestamps_ok(changes)


def _validate(changes: list[dict[str, Any]], values_checked: bool = False
              ) -> list[tuple[str, int]]:
    """(origin, origin seq) of each change, after checking its id, origin and values
    (``values_checked``: see :func:`_checked_values_ok`); the first problem in bundle
    order rejects the bundle with its own sentence."""
    try:
        origins = [change_origin_seq(c["change_id"]) for c in changes]
        ok = all(o == c["origin"] for (o, _), c in zip(origins, changes, strict=True))
    except BundleRejectedError:
        ok = False
    if ok and (_checked_values_ok(changes) if values_checked else _values_ok(changes)):
        return origins
    for c in changes:
        if change_origin_seq(c["change_id"])[0] != c["origin"]:
            raise _origin_mismatch()
        check_values(c)
    return origins


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
    #: The changes to append to the change log (bundle order), with their (origin,
    #: origin_seq) and the owner_mission of their record after them.
    log_changes: list[dict[str, Any]] = field(default_factory=list)
    log_origins: list[tuple[str, int]] = field(default_factory=list)
    log_owners: list[str | None] = field(default_factory=list)
    #: Upserts of records this node does not hold, each the bundle's only change to its
    #: record: inserted as they are, without a state in ``states`` (bundle order).
    new_records: list[dict[str, Any]] = field(default_factory=list)
    #: Each record's state after the bundle (loaded, or made by the plan).
    states: dict[tuple[str, str], LocalState] = field(default_factory=dict)
    #: Records to insert (the others in ``writes`` exist and are updated).
    inserted: set[tuple[str, str]] = field(default_factory=set)
    #: Records to write, in bundle order, with the (changed_at, changed_by) of the last
    #: change that touched them.
    writes: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
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
    return existing_keys(s.connection(), ChangeLog.__table__, "change_id", ids)


def _load_states(s: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], LocalState]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, rid in keys:
        by_table[table].append(rid)
    states: dict[tuple[str, str], LocalState] = {}
    for table, all_ids in by_table.items():
        model = MODEL_BY_TABLE[table]
        names = model.data_fields()
        t = model.__table__
        ids = list(existing_keys(s.connection(), t, "id", all_ids))
        if not ids:
            continue
        stmt = select(t.c.id, t.c.version, *(t.c[n] for n in names)).where(
            key_filter(s.connection(), t.c.id, ids))
        for row in s.execute(stmt):
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
    """Which fields of a record the local change log (stored, or earlier in this bundle)
    touched after a version. Asked only when a merge needs it; each record's stored
    history is read once, and the bundle's own changes are indexed by record the first
    time one is asked for."""

    def __init__(self, s: Session, changes: list[dict[str, Any]]) -> None:
        self.s = s
        self.changes = changes  # the bundle's changes being planned, in order
        self.stored: dict[tuple[str, str, int], list[tuple[dict[str, Any], str]]] = {}
        self.positions: dict[tuple[str, str], list[int]] | None = None

    def _stored(self, table: str, rid: str, base: int) -> list[tuple[dict[str, Any], str]]:
        key = (table, rid, base)
        if key not in self.stored:
            stmt = select(ChangeLog.fields, ChangeLog.op).where(
                ChangeLog.table_name == table, ChangeLog.record_id == rid,
                ChangeLog.version > base)
            self.stored[key] = [(r[0] or {}, r[1]) for r in self.s.execute(stmt)]
        return self.stored[key]

    def changed_since(self, table: str, rid: str, base: int, name: str, before: int) -> bool:
        """Whether ``name`` ("*": any field but ``deleted``) of the record was changed
        after version ``base`` by the stored log or by the bundle's changes before
        position ``before``."""
        if self.positions is None:
            self.positions = defaultdict(list)
            for i, c in enumerate(self.changes):
                self.positions[(c["table"], c["record_id"])].append(i)
        earlier = [self.changes[i] for i in self.positions.get((table, rid), ()) if i < before]
        rows = self._stored(table, rid, base) + [
            (c["fields"], c["op"]) for c in earlier if c["version"] > base]
        if name == "*":
            return any(op == "upsert" and set(f) - {"deleted"} for f, op in rows)
        return any(name in f for f, _op in rows)


def _single_new(changes: list[dict[str, Any]], keys: list[tuple[str, str]],
                states: dict[tuple[str, str], LocalState]) -> list[int]:
    """Positions, in bundle order, of the changes that insert a record this node does
    not hold and that no other change of the bundle touches: most of a first sync. They
    need no merge and are written column by column (C-level passes, no per-change
    Python work)."""
    n = len(keys)
    ops = list(map(itemgetter("op"), changes))
    if "delete" not in ops and len(set(keys)) == n and states.keys().isdisjoint(keys):
        return list(range(n))  # every change is a new record's only change
    first = dict(zip(reversed(keys), range(n - 1, -1, -1), strict=True))
    last = dict(zip(keys, range(n), strict=True))
    out = [i for key, i in first.items()
           if i == last[key] and ops[i] == "upsert" and key not in states]
    out.sort()
    return out


def plan_changes(
    s: Session, changes: list[dict[str, Any]], *, source_id: str, bundle_id: str, operator: str,
    values_checked: bool = False,
) -> Plan:
    """Decide every change of a bundle against the local state (nothing is written).
    ``values_checked``: the payload passed the typed schema and holds no NUL character
    (:func:`_checked_values_ok`)."""
    plan = Plan(source_id=source_id, bundle_id=bundle_id)
    ids = list(map(itemgetter("change_id"), changes))
    known = _known_change_ids(s, ids)
    todo = changes
    if known or len(set(ids)) != len(ids):  # skip what is here, and repeats in the bundle
        todo = []
        for change in changes:
            cid = change["change_id"]
            if cid in known:
                plan.skipped += 1
                continue
            known.add(cid)
            todo.append(change)
    origins = _validate(todo, values_checked)
    keys = list(zip(map(itemgetter("table"), todo), map(itemgetter("record_id"), todo),
                    strict=True))
    plan.states = _load_states(s, set(keys))
    new = _single_new(todo, keys, plan.states)
    plan.added += len(new)
    rest: Iterable[int] = range(len(todo))
    if len(new) == len(todo):  # a first sync: nothing to merge
        plan.new_records = todo
        owners = list(map(methodcaller("get", "owner_mission"), map(itemgetter("fields"), todo)))
        rest = ()
    else:
        plan.new_records = [todo[i] for i in new]
        owners = [None] * len(todo)
        for i, c in zip(new, plan.new_records, strict=True):
            owners[i] = c["fields"].get("owner_mission")
    if new and rest:
        flags = bytearray(len(todo))
        for i in new:
            flags[i] = 1
        rest = [i for i in rest if not flags[i]]
    open_conflicts = _open_conflicts(s) if rest else {}
    history = _History(s, todo)
    states, inserted, writes = plan.states, plan.inserted, plan.writes
    for i in rest:
        change = todo[i]
        key = keys[i]
        local = states.get(key)
        if local is None and change["op"] == "upsert":  # a new record changed again later
            fields = change["fields"]
            states[key] = LocalState(change["version"], fields)
            inserted.add(key)
            writes[key] = (change["changed_at"], change["changed_by"])
            plan.added += 1
            owners[i] = fields.get("owner_mission")
        else:
            _plan_merge(plan, key, local, change, history, open_conflicts, i)
            state = states.get(key)
            owners[i] = (state.values.get("owner_mission") if state
                         else change["fields"].get("owner_mission"))
    plan.log_changes = todo
    plan.log_origins = origins
    plan.log_owners = owners
    plan.applied = len(todo)
    return plan


def _plan_merge(
    plan: Plan,
    key: tuple[str, str],
    local: LocalState | None,
    change: dict[str, Any],
    history: _History,
    open_conflicts: dict[tuple[str, str, str], list[str]],
    position: int,
) -> None:
    """A change to a record this node holds (or a delete of one it never had)."""
    outcome = merge(local, change, lambda name: history.changed_since(
        key[0], key[1], change["base_version"], name, position))
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
        plan.writes[key] = (change["changed_at"], change["changed_by"])
    for name in (*outcome.taken, *outcome.agreed):
        plan.superseded.update(open_conflicts.get((key[0], key[1], name), ()))
    for name, mine, incoming in outcome.conflicts:
        plan.conflicts.append(_conflict_row(key, name, mine, incoming, change, plan.source_id,
                                            plan.bundle_id))


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
