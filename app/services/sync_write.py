"""Writing a sync plan (SYNC-SPEC 6.7) inside the import's transaction.

Rows are built straight from the bundle's JSON-form values as positional tuples and
handed to :mod:`app.store.bulk` (SQLite ``executemany`` over a generator, PostgreSQL
``COPY``), so that writing 200,000 changes costs little more than the database's own
work and no second copy of the bundle is held in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.store import bulk
from app.store.models import MODEL_BY_TABLE, ChangeLog, Conflict, SyncedRecord

if TYPE_CHECKING:
    from app.services.sync_apply import Plan

#: Bookkeeping columns written before the data fields of an inserted record.
INSERT_HEAD = ("id", "version", "created_at", "created_by", "updated_at", "updated_by")
#: Bookkeeping columns written after the data fields of an updated record (then the id).
UPDATE_TAIL = ("version", "updated_at", "updated_by")


@dataclass(frozen=True)
class _Shape:
    """A table's data fields in write order, their JSON-form defaults and a getter that
    takes them from a values dict in one call."""

    data: tuple[str, ...]
    defaults: dict[str, Any]
    values: Callable[[dict[str, Any]], tuple[Any, ...]]


@functools.cache
def _shape(table: str) -> _Shape:
    model: type[SyncedRecord] = MODEL_BY_TABLE[table]
    names = tuple(model.data_fields())
    defaults: dict[str, Any] = {}
    for name in names:
        default = model.__table__.columns[name].default
        if default is None:
            defaults[name] = None
        elif default.is_callable:  # e.g. list: a fresh value, stored as JSON text at once
            defaults[name] = default.arg(None)
        else:
            defaults[name] = default.arg
    getter = itemgetter(*names)  # a tuple for two names or more (every table has them)
    return _Shape(names, defaults, getter if len(names) > 1 else lambda d: (getter(d),))


def _converters(conn: Connection, table: Any, names: tuple[str, ...]
                ) -> list[tuple[int, bulk.Adapter]]:
    out = []
    for i, name in enumerate(names):
        fn = bulk.adapter(conn, table.c[name].type)
        if fn is not None:
            out.append((i, fn))
    return out


def _convert(vals: tuple[Any, ...], conv: list[tuple[int, bulk.Adapter]]) -> tuple[Any, ...]:
    if not conv:
        return vals
    out = list(vals)
    for i, fn in conv:
        if out[i] is not None:
            out[i] = fn(out[i])
    return tuple(out)


def _getter(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function taking ``names`` from a dict as a tuple, in one C-level call."""
    if len(names) > 1:
        return itemgetter(*names)
    return (lambda d: (d[names[0]],)) if names else (lambda d: ())


@dataclass
class _Inserts:
    """What the records to insert into one table are made of, one list entry each."""

    ids: list[str]
    versions: list[int]
    fields: list[dict[str, Any]]
    changed_at: list[str]
    changed_by: list[str]


def _inserts(new: list[dict[str, Any]], keys: list[tuple[str, str]], plan: Plan) -> _Inserts:
    """The records ``new`` (changes that insert a record as it is, in C-level passes)
    then those the merge made (``keys``, from the plan's states)."""
    states, writes = plan.states, plan.writes
    return _Inserts(
        [*map(itemgetter("record_id"), new), *(k[1] for k in keys)],
        [*map(itemgetter("version"), new), *(states[k].version for k in keys)],
        [*map(itemgetter("fields"), new), *(states[k].values for k in keys)],
        [*map(itemgetter("changed_at"), new), *(writes[k][0] for k in keys)],
        [*map(itemgetter("changed_by"), new), *(writes[k][1] for k in keys)])


def _insert_rows(conn: Connection, table: str, records: _Inserts
                 ) -> tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]:
    """The columns and rows inserting ``records`` into ``table``, built in C-level
    passes: each row is the data fields that are stored as they are, taken in one call,
    then the bookkeeping columns and the converted fields (JSON, dates), converted column
    by column."""
    shape = _shape(table)
    sa_table = MODEL_BY_TABLE[table].__table__
    fields = records.fields
    if set(map(len, fields)) != {len(shape.data)}:  # some fields missing: defaults
        fields = [{**shape.defaults, **f} for f in fields]
    plain, converted = [], []
    for name in shape.data:
        convert = bulk.column_adapter(conn, sa_table.c[name].type)
        if convert is None:
            plain.append(name)
        else:
            converted.append(convert(list(map(itemgetter(name), fields))))
    stamp = bulk.column_adapter(conn, sa_table.c.created_at.type) or iter
    at = list(stamp(records.changed_at))
    by = records.changed_by
    tail = zip(records.ids, records.versions, at, by, at, by, *converted, strict=True)
    columns = (*plain, *INSERT_HEAD, *(n for n in shape.data if n not in plain))
    return columns, map(add, map(_getter(tuple(plain)), fields), tail)


def _update_values(conn: Connection, table: str, keys: list[tuple[str, str]], plan: Plan
                   ) -> list[tuple[Any, ...]]:
    shape = _shape(table)
    sa_table = MODEL_BY_TABLE[table].__table__
    conv = _converters(conn, sa_table, shape.data)
    stamp = bulk.adapter(conn, sa_table.c.updated_at.type) or (lambda v: v)
    rows = []
    for key in keys:
        state = plan.states[key]
        when, by = plan.writes[key]
        vals = _convert(shape.values({**shape.defaults, **state.values}), conv)
        rows.append((*vals, state.version, stamp(when), by, key[1]))
    return rows


#: Change-log columns taken from a change as they are, then the others.
_LOG_AS_IS = ("change_id", "table", "record_id", "op", "base_version", "version",
              "changed_by")
LOG_COLUMNS = ("change_id", "table_name", "record_id", "op", "base_version", "version",
               "changed_by", "origin", "origin_seq", "changed_at", "fields", "before",
               "owner_mission", "received_from", "bundle_id")


def _log_values(conn: Connection, plan: Plan) -> Iterator[tuple[Any, ...]]:
    """The change-log rows (in :data:`LOG_COLUMNS` order) of the plan's changes, built
    in C-level passes as :func:`_insert_rows` does."""
    cols = ChangeLog.__table__.c
    changes = plan.log_changes
    stamp = bulk.column_adapter(conn, cols.changed_at.type) or iter
    dump = bulk.column_adapter(conn, cols.fields.type) or iter
    n = len(changes)
    befores: Iterable[Any] = list(map(itemgetter("before"), changes))
    if not any(befores):  # creations only: each stored as {}
        befores = repeat(next(iter(dump([{}]))), n)
    else:  # an empty or missing "before" is stored as {}
        befores = dump([b or {} for b in befores])
    origins, seqs = zip(*plan.log_origins, strict=True) if n else ((), ())
    tail = zip(origins, seqs, stamp(list(map(itemgetter("changed_at"), changes))),
               dump(list(map(itemgetter("fields"), changes))), befores,
               plan.log_owners, repeat(plan.source_id, n), repeat(plan.bundle_id, n),
               strict=True)
    return map(add, map(itemgetter(*_LOG_AS_IS), changes), tail)


def write_plan(s: Session, plan: Plan) -> None:
    """Write a plan made by :func:`app.services.sync_apply.plan_changes` inside the
    caller's transaction: new records (parents first) and the change log, updated
    records, new conflicts and the conflicts the bundle settled.

    On SQLite, a table's indexes rebuilt after a large insert are built on a thread
    while the next table's rows are made (:class:`app.store.bulk.IndexBuilds`); the
    change log goes before the first large table, so that its indexes, the largest,
    build meanwhile too."""
    conn = s.connection()
    builds = bulk.IndexBuilds(conn)
    try:
        _write(s, conn, plan, builds)  # waits for the last build itself
    finally:
        if builds.running:  # an error is on its way: the connection must be free for it
            with contextlib.suppress(Exception):
                builds.wait()


def _write(s: Session, conn: Connection, plan: Plan, builds: bulk.IndexBuilds) -> None:
    inserts: dict[str, list[tuple[str, str]]] = {}
    updates: dict[str, list[tuple[str, str]]] = {}
    inserted = plan.inserted
    for key in plan.writes:
        (inserts if key in inserted else updates).setdefault(key[0], []).append(key)
    new: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in plan.new_records:
        new[change["table"]].append(change)
    order = [t for t in MODEL_BY_TABLE if t in new or t in inserts]  # parents first
    # The change log goes just before the first large table, whose rows are then made
    # while the log's indexes build.
    log_before = next((t for t in order if len(new.get(t, ())) + len(inserts.get(t, ()))
                       >= bulk.SQLITE_REBUILD_MIN_ROWS), None)
    for table in order:
        if table == log_before:
            _write_log(conn, plan, builds)
        model = MODEL_BY_TABLE[table]
        records = _inserts(new.get(table, []), inserts.get(table, []), plan)
        columns, rows = _insert_rows(conn, table, records)
        if builds.running:  # made now, while the last table's indexes build
            rows = list(rows)
        with bulk.indexes_rebuilt(conn, model.__table__, len(records.ids), builds):
            bulk.insert_rows(conn, model.__table__, columns, rows)
    if log_before is None:
        _write_log(conn, plan, builds)
    builds.wait()
    for table, keys in updates.items():
        bulk.update_rows(conn, MODEL_BY_TABLE[table].__table__,
                         (*_shape(table).data, *UPDATE_TAIL),
                         _update_values(conn, table, keys, plan))
    if plan.conflicts:
        s.execute(Conflict.__table__.insert(), plan.conflicts)
    if plan.superseded:
        s.execute(update(Conflict).where(Conflict.id.in_(list(plan.superseded))).values(
            status="superseded", resolution="superseded", resolved_by="sync",
            resolved_at=dt.datetime.now(dt.UTC)))


def _write_log(conn: Connection, plan: Plan, builds: bulk.IndexBuilds) -> None:
    if plan.log_changes:
        rows = _log_values(conn, plan)
        with bulk.indexes_rebuilt(conn, ChangeLog.__table__, len(plan.log_changes), builds):
            bulk.insert_rows(conn, ChangeLog.__table__, LOG_COLUMNS, rows)
