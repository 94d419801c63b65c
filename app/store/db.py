"""Engine, sessions, migrations, backup and checks.

This module is the one dialect-aware place: SQLite pragmas, SQLite file backup and
restore live here; everything else uses portable SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import StorageError
from app.domain.i18n import message
from app.store.models import Setting

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


#: The page size of new SQLite databases. 16 KiB rather than SQLite's 4 KiB: fewer, fuller
#: index pages and fewer page splits; a first sync of 200,000 records inserts in 2.5 s
#: instead of 3.1 s (same rows, indexes and cache). Editing a record writes 16 KiB to the
#: write-ahead log instead of 4 KiB, which a desktop does not notice.
PAGE_SIZE = 16384


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Only a new, empty file takes it (before WAL mode); an existing one keeps its own.
    cur.execute(f"PRAGMA page_size={PAGE_SIZE}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the pragmas FocalPoint relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(engine: Engine) -> Path | None:
    """The database file of a SQLite engine (None for other databases or memory)."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def checkpoint_in_background(engine: Engine) -> threading.Thread | None:
    """SQLite: copy the write-ahead log into the database file on a thread of its own.

    A large import commits with automatic checkpoints off, so that the commit only
    appends to the log (already safe: SQLite replays the log after a crash) and the
    copy into the database file, 0.5 s for 200,000 records, no longer holds the import
    up. A passive checkpoint waits for no reader or writer; if it cannot finish, the
    next commit's automatic checkpoint does the rest. Returns the thread (None for
    other databases)."""
    path = sqlite_path(engine)
    if path is None:
        return None

    def run() -> None:
        try:
            with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
                                    ) as con:
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as exc:  # the next commit checkpoints instead
            log.info("Background checkpoint not done (%s)", type(exc).__name__)

    worker = threading.Thread(target=run, name="sqlite-checkpoint")
    worker.start()
    return worker


#: The newest migration's revision. Opening a database already at this revision skips
#: loading Alembic (a tenth of a second at start); a test keeps it equal to the head
#: of ``migrations/versions``.
SCHEMA_HEAD = "0002"


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> str | None:
    """Bring the schema to head; back the file up first if it holds an older schema.

    Returns the path of the backup taken, if any.
    """
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        if engine.dialect.name != "sqlite":
            where = f"{engine.url.host or 'localhost'}:{engine.url.port or ''}".rstrip(":")
            raise StorageError(
                message("The database server {where} cannot be reached or refused the "
                        "connection; check the database URL and that the server is running.",
                        where=where)
            ) from exc
        raise StorageError(
            message("The database file cannot be read (it may be damaged or not a "
                    "FocalPoint database); restore a backup with 'focalpoint db restore "
                    "FILE'.")
        ) from exc
    if current == SCHEMA_HEAD:
        return None
    head = head_revision()
    if current == head:
        return None
    backup_taken: str | None = None
    path = sqlite_path(engine)
    if current is not None and path is not None and backup_dir is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backup_dir / f"before-migration-{current}-{stamp}.db"
        backup_sqlite(engine, target)
        backup_taken = str(target)
        log.info("Backed up the database to %s before migrating from %s", target, current)
    if current is not None and head_revision_is_older(current):
        raise StorageError(
            message("This database was written by a newer FocalPoint; update the "
                    "application.")
        )
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return backup_taken


def head_revision_is_older(current: str) -> bool:
    """True when ``current`` is a revision this application does not know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception:  # alembic raises several kinds for an unknown revision
        return True
    return False


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def translate_storage_errors() -> Iterator[None]:
    """Turn low-level database failures into one sentence for the user."""
    try:
        yield
    except OperationalError as exc:
        msg = str(exc.orig) if exc.orig else str(exc)
        if "disk" in msg and "full" in msg:
            raise StorageError(
                message("The disk is full, so nothing was saved; free some space and try "
                        "again.")
            ) from exc
        if "locked" in msg or "busy" in msg:
            raise StorageError(
                message("The database is busy with another FocalPoint window or process; "
                        "close it or wait a moment and try again.")
            ) from exc
        if "readonly" in msg or "read-only" in msg:
            raise StorageError(
                message("The database is read-only, so nothing was saved; check the "
                        "folder's permissions.")
            ) from exc
        raise StorageError(
            message("The database could not be used ({msg}); run 'focalpoint db check'.",
                    msg=msg)
        ) from exc


# --- concurrency ---------------------------------------------------------------------

IMPORT_LOCK_KEY = "import_lock"


def take_import_lock(session: Session) -> None:
    """Serialise bundle imports on this database until the session's transaction ends.

    One portable statement: an UPDATE of a fixed row (made by the initial migration)
    holds a row lock on PostgreSQL (other importers wait; readers are not blocked, MVCC)
    and the write lock on SQLite (other writers wait up to the busy timeout; WAL readers
    go on). It is part of the import's transaction, so a refused import leaves nothing.
    """
    table = Setting.__table__
    hold = table.update().where(table.c.key == IMPORT_LOCK_KEY).values(value="held")
    if session.execute(hold).rowcount == 0:  # a database made before the row existed
        session.execute(table.insert().values(key=IMPORT_LOCK_KEY, value="held"))


def is_transient(exc: BaseException) -> bool:
    """True for failures a retry can cure: deadlocks, serialisation failures, busy."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if code in ("40001", "40P01", "55P03"):
        return True
    text_ = str(orig or exc).lower()
    return "deadlock" in text_ or "database is locked" in text_


# --- SQLite file operations -----------------------------------------------------------


def backup_sqlite(engine: Engine, target: Path) -> None:
    """Copy a live SQLite database to ``target`` with SQLite's online backup API."""
    path = sqlite_path(engine)
    if path is None:
        raise StorageError(
            message("Backups from the command line work for SQLite files only; back up a "
                    "PostgreSQL database with pg_dump (see docs/hq-server.md).")
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(message("The backup could not be written ({exc}); check the disk.",
                                   exc=exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            message("The backup could not be written to {target} ({strerror}); choose "
                    "another folder or free some space.", target=target, strerror=exc.strerror)
        ) from exc


def check_sqlite_file(path: Path) -> list[str]:
    """Problems found in a SQLite file (empty list: it is a sound FocalPoint database)."""
    if not path.is_file():
        return [f"{path} does not exist"]
    problems: list[str] = []
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                problems.extend(str(r[0]) for r in rows[:10])
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(message("{count} broken references between records",
                                        count=len(fk)))
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "node" not in tables:
                problems.append(message("it is not a FocalPoint database"))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        problems.append(message("it is not a readable SQLite database ({exc})", exc=exc))
    return problems


def restore_sqlite(engine: Engine, source: Path, backup_dir: Path) -> Path:
    """Replace the engine's database file by ``source`` after checking it.

    The current database is backed up first; returns the path of that backup.
    """
    path = sqlite_path(engine)
    if path is None:
        raise StorageError(
            message("Restore works for SQLite files only; restore a PostgreSQL database "
                    "with pg_restore (see docs/hq-server.md).")
        )
    problems = check_sqlite_file(source)
    if problems:
        raise StorageError(
            message("{source} cannot be restored: {problem}; choose another backup file.",
                    source=source, problem=problems[0])
        )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    safety = backup_dir / f"before-restore-{stamp}.db"
    if path.exists():
        backup_sqlite(engine, safety)
    engine.dispose()
    tmp = path.with_name(path.name + ".restoring")
    try:
        shutil.copyfile(source, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            message("The backup could not be copied into place ({strerror}); nothing was "
                    "changed.", strerror=exc.strerror)
        ) from exc
    return safety


def table_counts(session: Session, tables: list[str]) -> dict[str, int]:
    return {t: session.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in tables}
