"""Dialect-aware bulk reads and writes for large sync imports.

A bundle of 200,000 changes is written in one transaction. Going through the ORM, or
even SQLAlchemy's ``executemany`` parameter handling, costs more than the database's
own work, so this module talks to the driver directly, inside the caller's
transaction:

- SQLite: one ``executemany`` over a generator of positional rows (no list of rows is
  built, so memory stays flat);
- PostgreSQL: ``COPY ... FROM STDIN`` for inserts, and for large updates a temporary
  table filled by COPY and one ``UPDATE ... FROM``;
- "key IN (many keys)" as a single bound parameter (``json_each`` on SQLite,
  ``= ANY(array)`` on PostgreSQL) instead of hundreds of chunked statements.

Values come in JSON form (as a bundle carries them: ISO dates, RFC 3339 timestamps,
lists); :func:`adapter` turns them into what the driver stores, exactly as
SQLAlchemy's own type processing would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    String,
    Table,
    any_,
    bindparam,
    func,
    literal_column,
)
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from app.store.serialize import parse_timestamp

#: Below this many rows an update is a plain ``executemany`` on PostgreSQL too.
PG_TEMP_TABLE_MIN = 500
#: Keys per statement when SQLite looks many keys up (one prepared statement, reused).
SQLITE_KEYS_PER_QUERY = 500
#: From this many rows, an insert into a SQLite table holding no more rows than it adds
#: builds the table's secondary indexes afresh (see :func:`indexes_rebuilt`).
SQLITE_REBUILD_MIN_ROWS = 5000

Adapter = Callable[[Any], Any]

# A UTC timestamp as exporters write it: the common case converts by slicing.
_UTC_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{6}))?Z")


def key_filter(conn: Connection, column: Any, keys: Sequence[str]) -> ColumnElement[bool]:
    """``column IN keys`` with the keys in one bound parameter, whatever their number."""
    name = conn.dialect.name
    if name == "postgresql":
        return column == any_(bindparam(None, list(keys), type_=ARRAY(String)))
    if name == "sqlite":
        ids = orjson.dumps(list(keys)).decode("utf-8")
        each = sa_select(literal_column("value")).select_from(
            func.json_each(bindparam(None, ids, type_=String)))
        return column.in_(each.scalar_subquery())
    return column.in_(list(keys))


def existing_keys(conn: Connection, table: Table, column: str, keys: Sequence[str]
                  ) -> set[str]:
    """Which of ``keys`` (text) are values of ``table.column``: a quick first look that
    costs almost nothing when, as on a first import, none of them is there. On SQLite a
    table holding no more rows than there are keys is read whole (one statement) rather
    than searched 500 keys at a time."""
    if not keys:
        return set()
    name = conn.dialect.identifier_preparer.format_table(table)
    col = _quoted(conn, [column])[0]
    if conn.dialect.name == "postgresql":
        sql = f"SELECT {col} FROM {name} WHERE {col} = ANY(%s)"
        with _as_sqlalchemy_errors(conn, sql), _driver(conn).cursor() as cur:
            cur.execute(sql, (list(keys),))
            return {r[0] for r in cur}
    if conn.dialect.name != "sqlite":
        return set(conn.execute(sa_select(table.c[column]).where(
            table.c[column].in_(list(keys)))).scalars())
    size = SQLITE_KEYS_PER_QUERY
    found: set[str] = set()
    with _as_sqlalchemy_errors(conn, name), contextlib.closing(_driver(conn).cursor()) as cur:
        held = cur.execute(f"SELECT max(rowid) FROM {name}").fetchone()[0] or 0
        if held <= len(keys):  # no more rows than keys (e.g. a first sync): read them all
            return {r[0] for r in cur.execute(f"SELECT {col} FROM {name}")}.intersection(keys)
        full = f"SELECT {col} FROM {name} WHERE {col} IN ({', '.join('?' * size)})"
        for i in range(0, len(keys), size):
            part = keys[i:i + size]
            sql = full if len(part) == size else (
                f"SELECT {col} FROM {name} WHERE {col} IN ({', '.join('?' * len(part))})")
            found.update(r[0] for r in cur.execute(sql, part))
    return found


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def _date_text(value: str) -> str:
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    return dt.date.fromisoformat(value).isoformat()


def _sqlite_stamp(processor: Adapter) -> Adapter:
    def convert(value: str) -> Any:
        match = _UTC_STAMP.fullmatch(value)
        if match is not None:
            return f"{match[1]} {match[2]}.{match[3] or '000000'}"
        return processor(parse_timestamp(value))
    return convert


def _pg_stamp(value: str) -> Any:
    if _UTC_STAMP.fullmatch(value) is not None:
        return value  # PostgreSQL reads RFC 3339 UTC text as is
    return parse_timestamp(value)


def adapter(conn: Connection, column_type: Any) -> Adapter | None:
    """A function turning a non-null JSON-form value of ``column_type`` into the value the
    driver binds (None: the value is bound as it is)."""
    if isinstance(column_type, Boolean):
        # What SQLite stores either way; bound as an exact int, a value skips pysqlite's
        # adapter look-up (about 0.3 microseconds per bool: 0.15 s per 200,000 records).
        return int if conn.dialect.name == "sqlite" else None
    if isinstance(column_type, JSON):
        return _json_text
    if isinstance(column_type, DateTime):
        if conn.dialect.name == "sqlite":
            impl = column_type.dialect_impl(conn.dialect)
            return _sqlite_stamp(impl.bind_processor(conn.dialect))
        return _pg_stamp if conn.dialect.name == "postgresql" else parse_timestamp
    if isinstance(column_type, Date):
        if conn.dialect.name in ("sqlite", "postgresql"):
            return _date_text
        return dt.date.fromisoformat
    return None


ColumnAdapter = Callable[[list[Any]], Iterable[Any]]


def column_adapter(conn: Connection, column_type: Any) -> ColumnAdapter | None:
    """:func:`adapter` for a whole column of JSON-form values at once (None stays None),
    in C-level passes: JSON is written by orjson without a Python call per value, and a
    date or timestamp is converted once per distinct value (a bundle repeats them)."""
    fn = adapter(conn, column_type)
    if fn is None:
        return None
    if fn is _json_text:
        def json_column(values: list[Any]) -> Iterable[Any]:
            if None in values:
                return [None if v is None else _json_text(v) for v in values]
            return map(bytes.decode, map(orjson.dumps, values))
        return json_column

    def memo_column(values: list[Any]) -> Iterable[Any]:
        memo = {v: fn(v) for v in set(values) if v is not None}
        memo[None] = None
        return map(memo.__getitem__, values)
    return memo_column


def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


@contextlib.contextmanager
def _as_sqlalchemy_errors(conn: Connection, sql: str) -> Iterator[None]:
    """Driver errors raised as SQLAlchemy's (IntegrityError, OperationalError, ...), as if
    the statement had gone through SQLAlchemy: callers catch one kind of error and
    retry deadlocks whatever the path."""
    base = conn.dialect.loaded_dbapi.Error
    try:
        yield
    except base as exc:
        raise DBAPIError.instance(sql, None, exc, base, dialect=conn.dialect) from exc


def _quoted(conn: Connection, names: Iterable[str]) -> list[str]:
    quote = conn.dialect.identifier_preparer.quote
    return [quote(n) for n in names]


def _rebuildable_indexes(cur: Any, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes of ``table`` that may be dropped during a
    bulk insert into it: not unique (they check nothing), and not led by a column of a
    foreign key to the table itself (SQLite may use those to look for child rows when a
    row of the table comes; a key to another table is only looked up in that table's
    primary key while rows are inserted here)."""
    quoted = '"' + table.replace('"', '""') + '"'
    foreign = {row[3] for row in cur.execute(f"PRAGMA foreign_key_list({quoted})")
               if row[2] == table}
    unique = {row[1] for row in cur.execute(f"PRAGMA index_list({quoted})") if row[2]}
    out = []
    for name, sql in cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = ? AND sql IS NOT NULL", (table,)).fetchall():
        if name in unique:
            continue
        info = cur.execute("SELECT name FROM pragma_index_info(?) ORDER BY seqno",
                           (name,)).fetchall()
        if info and info[0][0] is not None and info[0][0] not in foreign:
            out.append((name, sql))
    return out


class IndexBuilds:
    """The indexes :func:`indexes_rebuilt` creates again, built on a thread on the
    caller's connection while the caller prepares its next rows in Python: SQLite builds
    each index in one step, without the GIL (0.2 s for the change log's of 200,000
    changes). :meth:`wait` must be called before the connection is used again; it
    raises what the build raised, as SQLAlchemy would."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._thread: threading.Thread | None = None
        self._failure: tuple[str, BaseException] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, statements: list[str]) -> None:
        """Run ``statements`` on a thread (after any earlier ones have ended)."""
        self.wait()
        driver = _driver(self._conn)

        def build() -> None:
            cur = driver.cursor()
            sql = ""
            try:
                for sql in statements:
                    cur.execute(sql)
            except BaseException as exc:  # given to the caller by wait()
                self._failure = (sql, exc)
            finally:
                cur.close()

        self._thread = threading.Thread(target=build, name="index-build", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the running build, then raise its error if it failed."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._failure is not None:
            sql, exc = self._failure
            self._failure = None
            base = self._conn.dialect.loaded_dbapi.Error
            if isinstance(exc, base):
                raise DBAPIError.instance(sql, None, exc, base, dialect=self._conn.dialect
                                          ) from exc
            raise exc


@contextlib.contextmanager
def indexes_rebuilt(conn: Connection, table: Table, rows: int,
                    builds: IndexBuilds | None = None) -> Iterator[None]:
    """Around an insert of ``rows`` rows: on SQLite, when they are many and the table
    holds no more rows than that (a first sync), drop the table's secondary indexes
    that no check needs and create them again afterwards. Sorting all keys once costs
    less than placing each new key at a random spot of each index (measured: 0.6 s of
    3.5 s for 200,000 records and their change log). DDL is part of the caller's
    transaction, so a rollback restores the indexes whatever happens. With ``builds``,
    the indexes are created on its thread (the caller waits for it before its next
    statement; this waits for an earlier build first)."""
    if builds is not None:
        builds.wait()
    if conn.dialect.name != "sqlite" or rows < SQLITE_REBUILD_MIN_ROWS:
        yield
        return
    driver = _driver(conn)
    cur = driver.cursor()
    name = table.name
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        held = cur.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0] or 0
        dropped = _rebuildable_indexes(cur, name) if held <= rows else []
        if dropped and not driver.in_transaction:  # pysqlite begins only before DML:
            cur.execute("BEGIN")  # without this, DROP INDEX would commit at once
        for index, _sql in dropped:
            cur.execute(f'DROP INDEX "{index}"')
        yield
        if builds is not None and dropped:
            builds.start([sql for _index, sql in dropped])
            return
        for _index, sql in dropped:
            cur.execute(sql)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(f"rebuild indexes of {name}", None, exc,
                                  conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
                                  ) from exc
    finally:
        cur.close()


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert positional ``rows`` (driver values, in ``columns`` order) into ``table``."""
    cols = ", ".join(_quoted(conn, columns))
    name = conn.dialect.identifier_preparer.format_table(table)
    if conn.dialect.name == "postgresql":
        sql = f"COPY {name} ({cols}) FROM STDIN"
        with _as_sqlalchemy_errors(conn, sql), _driver(conn).cursor() as cur, cur.copy(
                sql) as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * len(columns))
    sql = f"INSERT INTO {name} ({cols}) VALUES ({marks})"
    if conn.dialect.name == "sqlite":
        with _as_sqlalchemy_errors(conn, sql):
            _driver(conn).executemany(sql, rows)
    else:
        conn.exec_driver_sql(sql, list(rows))


def update_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: list[tuple[Any, ...]], key: str = "id") -> None:
    """Set ``columns`` of the rows of ``table`` whose ``key`` is the last item of each row."""
    if not rows:
        return
    name = conn.dialect.identifier_preparer.format_table(table)
    quoted = _quoted(conn, columns)
    qkey = _quoted(conn, [key])[0]
    if conn.dialect.name == "postgresql" and len(rows) >= PG_TEMP_TABLE_MIN:
        _pg_update_from(conn, name, quoted, qkey, rows)
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sets = ", ".join(f"{c} = {mark}" for c in quoted)
    sql = f"UPDATE {name} SET {sets} WHERE {qkey} = {mark}"
    if conn.dialect.name in ("sqlite", "postgresql"):
        with _as_sqlalchemy_errors(conn, sql), contextlib.closing(_driver(conn).cursor()) as cur:
            cur.executemany(sql, rows)
    else:
        conn.exec_driver_sql(sql, rows)


def _pg_update_from(conn: Connection, name: str, quoted: list[str], qkey: str,
                    rows: list[tuple[Any, ...]]) -> None:
    """COPY the new values into a temporary table, then one UPDATE ... FROM it."""
    temp = "fp_bulk_update"
    cols = ", ".join([*quoted, qkey])
    sets = ", ".join(f"{c} = u.{c}" for c in quoted)
    with _as_sqlalchemy_errors(conn, f"UPDATE {name} FROM {temp}"), _driver(conn).cursor() as cur:
        cur.execute(f"DROP TABLE IF EXISTS {temp}")
        # CREATE ... AS keeps the column types but not the NOT NULL constraints.
        cur.execute(f"CREATE TEMPORARY TABLE {temp} ON COMMIT DROP AS "
                    f"SELECT {cols} FROM {name} WITH NO DATA")
        with cur.copy(f"COPY {temp} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cur.execute(f"UPDATE {name} AS t SET {sets} FROM {temp} AS u "
                    f"WHERE t.{qkey} = u.{qkey}")
        cur.execute(f"DROP TABLE {temp}")
