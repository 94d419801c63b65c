"""Two SQLite speed-ups of a large import: a first insert into a table rebuilds the
table's droppable indexes afterwards (app.store.bulk.indexes_rebuilt), and the import
commits without an automatic checkpoint, then copies the write-ahead log into the
database file on a thread (app.store.db.checkpoint_in_background). The schema, the
indexes' content and the pooled connection's settings must come out as they went in,
whether the import succeeds, is rejected or is a duplicate."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError
from sync_support import field_and_hq, recv, send, unlocker
from test_sync_rejections import forge, payload_of

from app.services import activities, attendance, lessons, records, sync_write, syncing
from app.services.workspace import Workspace
from app.store import bulk, db
from app.store.models import Lesson, Participant

PERSON = {"sex": "F", "category": "police", "actor_type": "state"}
#: The indexes a first import of participants, attendance and their change log rebuilds.
REBUILT = {"ix_participant_list", "ix_participant_name_key", "ix_participant_owner_mission",
           "ix_attendance_owner_mission", "ix_attendance_participant_id", "ix_change_log_record"}


@pytest.fixture
def rebuild_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a bundle of a few records trigger the index rebuild."""
    monkeypatch.setattr(bulk, "SQLITE_REBUILD_MIN_ROWS", 2)


def schema(ws: Workspace) -> list[tuple[Any, ...]]:
    """Every table, index and trigger of the node's SQLite database with its SQL."""
    with contextlib.closing(sqlite3.connect(ws.paths.database)) as con:
        return con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                           "ORDER BY type, name").fetchall()


def integrity(ws: Workspace) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(ws.paths.database)) as con:
        return con.execute("PRAGMA integrity_check").fetchall()


@contextlib.contextmanager
def traced(ws: Workspace) -> Iterator[list[str]]:
    """The SQL the node's pooled connections run meanwhile (sqlite3 trace callback)."""
    statements: list[str] = []

    def on(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(statements.append)

    def off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(None)

    event.listen(ws.engine, "checkout", on)
    event.listen(ws.engine, "checkin", off)
    try:
        yield statements
    finally:
        event.remove(ws.engine, "checkout", on)
        event.remove(ws.engine, "checkin", off)


def dropped(statements: list[str]) -> set[str]:
    return {s.split('"')[1] for s in statements if s.startswith("DROP INDEX")}


def _training(field: Workspace, people: int, start: int = 0) -> list[dict[str, Any]]:
    """An activity at the field node with ``people`` new participants registered."""
    mission = records.list_all(field, "mission")[0]["id"]
    act = activities.create_activity(field, {
        "title": f"Training {start}", "kind": "training", "mission_id": mission,
        "start_date": "2024-05-06", "end_date": "2024-05-07", "venue_country": "CD"})
    out = []
    for i in range(start, start + people):
        person = attendance.create_participant(field, {"full_name": f"Person {i}", **PERSON})
        attendance.register(field, act["id"], person["id"])
        out.append(person)
    return out


def _orphan_bundle(field: Workspace, hq: Workspace, tmp_path: Path) -> Path:
    """A bundle whose attendance names an activity it does not carry: SQLite refuses it
    at commit (deferred foreign keys), after every insert and index rebuild was done."""
    _training(field, 4)
    inner = payload_of(send(field, hq, encrypt=False, out=tmp_path / "plain"))
    inner["changes"] = [c for c in inner["changes"]
                        if c["table"] not in ("activity", "activity_day")]
    inner["counts"]["changes"] = len(inner["changes"])
    return forge(field, inner, tmp_path / "orphan.fpbundle", hq)


# --- index rebuild --------------------------------------------------------------------------


@pytest.mark.usefixtures("rebuild_small")
def test_first_import_rebuilds_indexes_and_leaves_the_schema_as_it_was(make_node: Any) -> None:
    field, hq = field_and_hq(make_node)
    people = _training(field, 6)
    before = schema(hq)

    with traced(hq) as statements:
        result = recv(hq, send(field, hq))

    assert result["status"] == "imported"
    assert dropped(statements) >= REBUILT  # the rebuild happened...
    assert not {n for n in dropped(statements) if n.startswith("sqlite_autoindex")}
    created = {s for s in statements if s.startswith("CREATE INDEX")}
    assert created == {sql for _t, name, _tb, sql in before if name in dropped(statements)}
    assert schema(hq) == before  # ...and left every index as it was
    assert integrity(hq) == [("ok",)]
    with contextlib.closing(sqlite3.connect(hq.paths.database)) as con:
        listed = [r[0] for r in con.execute(
            "SELECT full_name FROM participant INDEXED BY ix_participant_list "
            "WHERE full_name > '' ORDER BY full_name")]
        logged = con.execute(
            "SELECT count(*) FROM change_log INDEXED BY ix_change_log_record "
            "WHERE table_name = 'participant' AND record_id = ?", (people[2]["id"],)).fetchone()
        owned = con.execute("SELECT count(*) FROM attendance INDEXED BY "
                            "ix_attendance_owner_mission WHERE owner_mission = 'MONUSCO'"
                            ).fetchone()
    assert listed == sorted(p["full_name"] for p in people)
    assert logged == (1,) and owned == (6,)
    assert [p["id"] for p in attendance.likely_duplicates(hq, "Person 3")] == [people[3]["id"]]


@pytest.mark.usefixtures("rebuild_small")
def test_rebuilt_indexes_are_built_on_a_thread_while_the_next_rows_are_made(
        make_node: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The change log goes in before the first large table; its indexes build on the
    index-build thread while that table's rows are made, and so on; every build has
    ended before the next statement."""
    field, hq = field_and_hq(make_node)
    _training(field, 6)
    before = schema(hq)
    events: list[tuple[str, str]] = []
    real_rows = sync_write._insert_rows

    def rows(conn: Any, table: str, records: Any) -> Any:
        events.append(("rows", table))
        return real_rows(conn, table, records)

    def on(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(lambda sql: events.append(
            (threading.current_thread().name, sql)))

    monkeypatch.setattr(sync_write, "_insert_rows", rows)
    event.listen(hq.engine, "checkout", on)
    try:
        result = recv(hq, send(field, hq))
    finally:
        event.remove(hq.engine, "checkout", on)

    assert result["status"] == "imported"
    built = [(who, sql) for who, sql in events if sql.startswith("CREATE INDEX")]
    assert {sql.split()[2] for _who, sql in built} >= REBUILT
    assert {who for who, _sql in built} == {"index-build"}

    def first(what: str) -> int:
        return next(i for i, (_who, sql) in enumerate(events) if sql.startswith(what))

    assert first("INSERT INTO change_log") < events.index(("rows", "participant"))
    assert (first("INSERT INTO change_log") < first("CREATE INDEX ix_change_log_record")
            < first("INSERT INTO participant") < first("CREATE INDEX ix_participant_list")
            < first("INSERT INTO attendance") < first("CREATE INDEX ix_attendance_owner"))
    assert schema(hq) == before and integrity(hq) == [("ok",)]


def test_index_build_errors_come_out_of_wait(make_node: Any) -> None:
    ws = make_node("hq", "HQ", None)
    with ws.session() as s:
        builds = bulk.IndexBuilds(s.connection())
        builds.start(["CREATE INDEX ix_nothing ON no_such_table (x)"])
        with pytest.raises(OperationalError, match="no_such_table"):
            builds.wait()
        assert not builds.running
        builds.wait()  # the error is given once
        s.rollback()


@pytest.mark.usefixtures("rebuild_small")
def test_error_while_an_index_builds_leaves_the_database_as_it_was(
        make_node: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while the next table's rows are made, with the last table's indexes
    still building (held until the failure): the build is waited for, then everything
    rolls back."""
    field, hq = field_and_hq(make_node)
    _training(field, 6)
    bundle = send(field, hq)
    before, counts = schema(hq), records.counts(hq)
    failing = threading.Event()
    running_at_failure: list[bool] = []
    held: list[bulk.IndexBuilds] = []
    real_start = bulk.IndexBuilds.start

    def start(self: bulk.IndexBuilds, statements: list[str]) -> None:
        if any(" ON activity_day " in sql for sql in statements):
            # The build just before the participants' rows: blocked in SQLite (on the
            # import's connection) until they fail.
            driver = self._conn.connection.driver_connection
            driver.create_function("held_until_failure", 0, lambda: failing.wait() and 1)
            statements = ["SELECT held_until_failure()", *statements]
            held.append(self)
        real_start(self, statements)

    def rows(conn: Any, table: str, records: Any) -> Any:
        if table == "participant":
            running_at_failure.append(bool(held) and held[0].running)
            failing.set()
            raise RuntimeError("rows failed")
        return real_rows(conn, table, records)

    real_rows = sync_write._insert_rows
    monkeypatch.setattr(bulk.IndexBuilds, "start", start)
    monkeypatch.setattr(sync_write, "_insert_rows", rows)
    with traced(hq) as statements, pytest.raises(RuntimeError, match="rows failed"):
        syncing.import_bundle(hq, bundle, unlocker(hq))

    assert running_at_failure == [True]
    last_build = max(i for i, sql in enumerate(statements) if " ON activity_day " in sql)
    assert "ROLLBACK" in statements[last_build:]  # the build ended before the rollback
    assert not [t for t in threading.enumerate() if t.name == "index-build" and t.is_alive()]
    assert schema(hq) == before and integrity(hq) == [("ok",)]
    assert records.counts(hq) == counts


def test_rebuildable_indexes_are_not_unique_and_not_led_by_a_key_to_their_own_table(
        make_node: Any) -> None:
    """Unique indexes check rows as they come and stay; an index led by a foreign key to
    another table may go (that key is looked up in the other table's primary key), one
    led by a key to the table itself stays (SQLite searches it for child rows)."""
    ws = make_node("hq", "HQ", None)
    with contextlib.closing(sqlite3.connect(ws.paths.database)) as con:
        con.execute("CREATE UNIQUE INDEX ux_attendance_test ON attendance (owner_mission, id)")
        con.execute("CREATE TABLE tree (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES "
                    "tree (id), entity_id TEXT REFERENCES partner_entity (id), label TEXT)")
        for column in ("parent_id", "entity_id", "label"):
            con.execute(f"CREATE INDEX ix_tree_{column} ON tree ({column})")
        cur = con.cursor()
        found = {t: dict(bulk._rebuildable_indexes(cur, t))
                 for t in ("attendance", "participant", "tree")}
        sql = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    assert set(found["attendance"]) == {"ix_attendance_owner_mission",
                                        "ix_attendance_participant_id"}  # -> participant
    assert {"ix_participant_list", "ix_participant_name_key",
            "ix_participant_entity_id"} <= set(found["participant"])  # -> partner_entity
    assert set(found["tree"]) == {"ix_tree_entity_id", "ix_tree_label"}
    for names in found.values():
        assert all(names[n] == sql[n] for n in names)


@pytest.mark.usefixtures("rebuild_small")
def test_table_holding_more_rows_than_inserted_keeps_its_indexes(make_node: Any) -> None:
    field, hq = field_and_hq(make_node)
    _training(field, 6)
    assert recv(hq, send(field, hq))["status"] == "imported"
    _training(field, 3, start=10)
    for i in range(3):
        lessons.create_lesson(field, {"title": f"L{i}", "kind": "lesson",
                                      "thematic_area": "coordination", "text": "x"})
    before = schema(hq)

    with traced(hq) as statements:
        result = recv(hq, send(field, hq))

    assert result["status"] == "imported"
    assert "ix_lesson_owner_mission" in dropped(statements)  # an empty table: rebuilt
    assert not dropped(statements) & REBUILT  # 6 participants held, 3 added: left alone
    assert schema(hq) == before and integrity(hq) == [("ok",)]


def test_indexes_rebuilt_decides_by_rows_held_and_rows_added(
        make_node: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "SQLITE_REBUILD_MIN_ROWS", 3)
    ws = make_node("hq", "HQ", None)
    with ws.session() as s:
        db.take_import_lock(s)
        s.execute(Participant.__table__.insert(), [
            {"full_name": f"P{i}", "sex": "f", "category": "police", "name_key": f"p{i}|"}
            for i in range(4)])
        conn = s.connection()
        driver = conn.connection.driver_connection
        cases = {"empty, below the minimum": (Lesson, 2), "empty, at the minimum": (Lesson, 3),
                 "fewer than held": (Participant, 3), "as many as held": (Participant, 4)}
        decided = {}
        for case, (model, rows) in cases.items():
            statements: list[str] = []
            driver.set_trace_callback(statements.append)
            with bulk.indexes_rebuilt(conn, model.__table__, rows):
                decided[case] = dropped(statements)
            driver.set_trace_callback(None)
        s.rollback()
    assert decided == {
        "empty, below the minimum": set(),
        "empty, at the minimum": {"ix_lesson_owner_mission", "ix_lesson_mission_id"},
        "fewer than held": set(), "as many as held": {
            "ix_participant_list", "ix_participant_name_key", "ix_participant_owner_mission",
            "ix_participant_entity_id"}}


def _rebuild_then_fail(conn: Any, seen: list[str]) -> None:
    """Drop participant's indexes, note which indexes are left, fail before the rebuild."""
    with bulk.indexes_rebuilt(conn, Participant.__table__, 10):
        seen += conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'participant'").scalars().all()
        raise RuntimeError("insert failed")


@pytest.mark.usefixtures("rebuild_small")
def test_error_inside_the_rebuild_then_rollback_keeps_the_indexes(make_node: Any) -> None:
    """As in an import: the import lock's UPDATE has opened the write transaction, so the
    DROP INDEX statements are part of it."""
    ws = make_node("hq", "HQ", None)
    before = schema(ws)
    seen: list[str] = []
    with ws.session() as s:
        db.take_import_lock(s)
        with pytest.raises(RuntimeError, match="insert failed"):
            _rebuild_then_fail(s.connection(), seen)
        s.rollback()
    assert seen and "ix_participant_list" not in seen  # dropped inside the block
    assert schema(ws) == before and integrity(ws) == [("ok",)]


@pytest.mark.usefixtures("rebuild_small")
def test_rebuild_at_the_start_of_a_transaction_is_rolled_back_too(make_node: Any) -> None:
    """No write before the block: under pysqlite's legacy transaction control a DROP
    INDEX run before any INSERT/UPDATE would autocommit (it did before 094e26f)."""
    ws = make_node("hq", "HQ", None)
    before = schema(ws)
    with ws.session() as s:
        with pytest.raises(RuntimeError, match="insert failed"):
            _rebuild_then_fail(s.connection(), [])
        s.rollback()
    assert schema(ws) == before


@pytest.mark.usefixtures("rebuild_small")
def test_bundle_rejected_at_commit_leaves_the_schema_unchanged(
        make_node: Any, tmp_path: Path) -> None:
    field, hq = field_and_hq(make_node)
    bundle = _orphan_bundle(field, hq, tmp_path)
    before, counts = schema(hq), records.counts(hq)

    with traced(hq) as statements:
        [result] = syncing.import_files(hq, [bundle], unlocker(hq))

    assert (result["status"], result["code"]) == ("rejected", "integrity")
    assert {"ix_attendance_owner_mission", "ix_participant_list"} <= dropped(statements)
    assert schema(hq) == before and integrity(hq) == [("ok",)]
    assert records.counts(hq) == counts


# --- checkpoint on a thread -------------------------------------------------------------------


@pytest.fixture
def checkpoints(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread | None]:
    """What each db.checkpoint_in_background call returned."""
    started: list[threading.Thread | None] = []
    real = db.checkpoint_in_background

    def spy(engine: Any) -> threading.Thread | None:
        started.append(real(engine))
        return started[-1]

    monkeypatch.setattr(db, "checkpoint_in_background", spy)
    return started


def test_import_copies_the_log_into_the_database_file(
        make_node: Any, tmp_path: Path, checkpoints: list[threading.Thread | None]) -> None:
    field, hq = field_and_hq(make_node)
    people = _training(field, 5)

    assert recv(hq, send(field, hq))["status"] == "imported"
    hq.wait_for_checkpoint()

    [thread] = checkpoints
    assert thread is not None and not thread.is_alive()
    alone = tmp_path / "file-alone.db"  # the database file without its write-ahead log
    shutil.copyfile(hq.paths.database, alone)
    with contextlib.closing(sqlite3.connect(alone)) as con:
        ids = {r[0] for r in con.execute("SELECT id FROM participant")}
    assert ids == {p["id"] for p in people}
    with contextlib.closing(sqlite3.connect(hq.paths.database)) as con:
        busy, frames, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and frames == copied


def _importing_connections(ws: Workspace) -> list[Any]:
    """Records, for each import, the driver connection that turned checkpoints off."""
    found: list[Any] = []

    def spy(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "wal_autocheckpoint = 0" in statement:
            found.append(conn.connection.dbapi_connection)

    event.listen(ws.engine, "before_cursor_execute", spy)
    return found


def _imported_meanwhile(ws: Workspace, bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next import find ``bundle`` imported by another importer between its
    first duplicate checks and the import lock (the race the check inside the lock is
    for): a duplicate reported from inside the import's transaction."""
    real = db.take_import_lock

    def racing(s: Any) -> None:
        monkeypatch.setattr(db, "take_import_lock", real)
        assert recv(ws, bundle)["status"] == "imported"
        real(s)

    monkeypatch.setattr(db, "take_import_lock", racing)


def _run_import(outcome: str, field: Workspace, hq: Workspace, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Import a bundle into ``hq`` that ends as ``outcome``; returns the driver
    connections that turned checkpoints off (for a duplicate: the racing importer's
    too)."""
    if outcome == "rejected":
        bundle = _orphan_bundle(field, hq, tmp_path)
    else:
        _training(field, 3)
        bundle = send(field, hq)
    if outcome == "duplicate":
        _imported_meanwhile(hq, bundle, monkeypatch)
    found = _importing_connections(hq)
    [result] = syncing.import_files(hq, [bundle], unlocker(hq))
    assert result["status"] == outcome
    hq.wait_for_checkpoint()
    assert found
    return found


def _pragmas(dbapi_conn: Any) -> tuple[int, int]:
    return (dbapi_conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
            dbapi_conn.execute("PRAGMA cache_size").fetchone()[0])


@pytest.mark.parametrize("outcome", ["imported", "rejected", "duplicate"])
@pytest.mark.parametrize("pooled", [1, 2])
def test_import_connection_gets_its_settings_back(
        make_node: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outcome: str,
        pooled: int) -> None:
    """With one idle pooled connection (a CLI import) or two (e.g. the GUI thread and its
    worker: before 094e26f the restore then landed on the other one, FIFO pool); a
    duplicate found inside the lock always has the racing importer's connection too."""
    field, hq = field_and_hq(make_node)
    with contextlib.ExitStack() as stack:
        for _ in range(pooled):
            stack.enter_context(hq.session()).execute(text("SELECT 1"))
    found = _run_import(outcome, field, hq, tmp_path, monkeypatch)
    assert len(found) == (2 if outcome == "duplicate" else 1)
    assert [_pragmas(conn) for conn in found] == [(1000, -2000)] * len(found)


@pytest.mark.both_backends
def test_postgresql_import_starts_no_checkpoint_thread(
        make_node: Any, db_backend: str, checkpoints: list[threading.Thread | None]) -> None:
    field, hq = field_and_hq(make_node)
    _training(field, 2)

    assert recv(hq, send(field, hq))["status"] == "imported"

    if db_backend == "sqlite":  # the same test would see a thread on SQLite
        assert len(checkpoints) == 1 and checkpoints[0] is not None
        hq.wait_for_checkpoint()
        return
    assert checkpoints in ([], [None])
    assert db.checkpoint_in_background(hq.engine) is None
    assert not [t for t in threading.enumerate() if t.name == "sqlite-checkpoint"]


def test_close_waits_for_a_running_checkpoint(
        make_node: Any, monkeypatch: pytest.MonkeyPatch,
        checkpoints: list[threading.Thread | None]) -> None:
    ws = make_node("hq", "HQ", None)
    release, done = threading.Event(), threading.Event()

    def slow_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        release.wait(10)
        done.set()
        return sqlite3.connect(*args, **kwargs)

    monkeypatch.setattr(db, "sqlite3", types.SimpleNamespace(connect=slow_connect,
                                                             Error=sqlite3.Error))
    ws.checkpoint_in_background()
    [thread] = checkpoints
    assert thread is not None and thread.is_alive()
    threading.Timer(0.2, release.set).start()

    ws.close()

    assert done.is_set() and not thread.is_alive()


def test_restore_waits_for_a_running_checkpoint(make_node: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkpoint still copying the log must end before the file is replaced."""
    from app.services import admin

    ws = make_node("hq", "HQ", None)
    admin.backup(ws, tmp_path / "copy.db")
    release, order = threading.Event(), []

    def slow() -> None:
        release.wait(10)
        order.append("checkpoint done")

    ws._checkpoint = threading.Thread(target=slow)
    ws._checkpoint.start()
    real = db.restore_sqlite
    monkeypatch.setattr(db, "restore_sqlite",
                        lambda *a: (order.append("file replaced"), real(*a))[1])
    threading.Timer(0.2, release.set).start()

    admin.restore(ws, tmp_path / "copy.db")

    assert order == ["checkpoint done", "file replaced"]
