"""Alembic migrations: an empty database upgrades to exactly the models' schema;
older databases are backed up before migrating; newer ones are refused."""

from __future__ import annotations

import sqlite3

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.config import Paths
from app.domain.errors import ConfigurationError, StorageError
from app.services.workspace import Workspace
from app.store import db
from app.store.models import Base


def test_upgrade_of_empty_database_matches_models(tmp_path):
    engine = db.make_engine(db.sqlite_url(tmp_path / "fresh.db"))
    assert db.upgrade(engine) is None
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_is_a_no_op_at_head(tmp_path):
    engine = db.make_engine(db.sqlite_url(tmp_path / "f.db"))
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    assert db.upgrade(engine, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    engine.dispose()


def test_sqlite_pragmas(tmp_path):
    engine = db.make_engine(db.sqlite_url(tmp_path / "p.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
    engine.dispose()


def test_new_database_gets_large_pages_and_an_existing_one_keeps_its_own(tmp_path):
    """16 KiB pages for a new file (faster bulk imports); a file made with SQLite's 4 KiB
    pages opens and migrates unchanged (a page size only changes by rewriting the file)."""
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as con:
        con.execute("PRAGMA page_size=4096")
        con.execute("CREATE TABLE kept (x)")
        con.execute("INSERT INTO kept VALUES (1)")
    new_engine = db.make_engine(db.sqlite_url(tmp_path / "new.db"))
    db.upgrade(new_engine)
    old_engine = db.make_engine(db.sqlite_url(old))
    db.upgrade(old_engine)
    with new_engine.connect() as new, old_engine.connect() as kept:
        assert new.exec_driver_sql("PRAGMA page_size").scalar() == db.PAGE_SIZE == 16384
        assert kept.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert kept.exec_driver_sql("SELECT x FROM kept").scalar() == 1
        assert kept.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert kept.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    new_engine.dispose()
    old_engine.dispose()


def test_older_database_is_backed_up_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    engine = db.make_engine(db.sqlite_url(path))
    db.upgrade(engine)
    head = db.SCHEMA_HEAD
    # Pretend the application now has a newer head than the file.
    applied = []
    monkeypatch.setattr(db, "SCHEMA_HEAD", "9999_future")
    monkeypatch.setattr(db, "head_revision", lambda: "9999_future")
    monkeypatch.setattr(alembic.command, "upgrade", lambda cfg, rev: applied.append(rev))
    backup = db.upgrade(engine, tmp_path / "backups")
    engine.dispose()
    assert applied == ["head"]
    assert backup is not None and backup.endswith(".db")
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    con.close()


def test_database_from_newer_application_is_refused(tmp_path):
    path = tmp_path / "new.db"
    engine = db.make_engine(db.sqlite_url(path))
    db.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(StorageError, match="newer FocalPoint; update the application"):
        db.upgrade(engine, tmp_path / "backups")
    engine.dispose()


def test_not_a_database_is_one_sentence(tmp_path):
    paths = Paths(tmp_path / "home")
    paths.ensure()
    paths.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot be read"):
        Workspace.open(paths)


def test_missing_node_says_run_init(tmp_path):
    with pytest.raises(ConfigurationError, match="run 'focalpoint init' first"):
        Workspace.open(Paths(tmp_path / "nothing"))


def test_schema_head_constant_names_the_newest_migration():
    assert db.head_revision() == db.SCHEMA_HEAD


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    engine = db.make_engine(db.sqlite_url(tmp_path / "c.db"))
    db.upgrade(engine)
    engine.dispose()
    code = ("import sys; from app.store import db; "
            f"db.upgrade(db.make_engine(db.sqlite_url({str(tmp_path / 'c.db')!r}))); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def _indexes(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")}
    finally:
        con.close()


def test_0002_drops_unused_write_indexes_and_keeps_the_data(tmp_path):
    """A database made at revision 0001 (with a record in it) is backed up, then loses
    exactly the indexes 0002 names; its records and the other indexes stay."""
    path = tmp_path / "old.db"
    engine = db.make_engine(db.sqlite_url(path))
    db.upgrade(engine)
    with engine.begin() as conn:
        alembic.command.downgrade(db.alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO mission (id, version, created_at, created_by, updated_at, "
            "updated_by, deleted, code, name, mission_type, host_countries, description) "
            "VALUES ('m1', 1, '2026-01-01 00:00:00', 'x', '2026-01-01 00:00:00', 'x', 0, "
            "'MONUSCO', 'M', 'peace_operation', '[\"CD\"]', '')")
    at_0001 = _indexes(path)
    dropped = {f"ix_{t}_deleted" for t in (
        "mission", "focal_point", "partner_entity", "lesson", "initiative", "assessment",
        "assessment_entity", "finding", "activity", "activity_day", "participant",
        "attendance")} | {"ix_attendance_activity_id", "ix_change_log_origin",
                          "ix_change_log_owner_mission"}
    assert dropped <= at_0001
    backup = db.upgrade(engine, tmp_path / "backups")
    assert backup is not None and dropped <= _indexes(backup)
    assert _indexes(path) == at_0001 - dropped
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT code FROM mission").scalar() == "MONUSCO"
        assert db.current_revision(engine) == "0002"
    engine.dispose()
