"""Import: verify a bundle in the order SYNC-SPEC section 6 gives, then apply it whole
or not at all. Rejections change nothing in the database; they are logged (ids only)."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import json
import logging
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from app.domain.i18n import message
from app.services.sync_apply import plan_changes, write_plan
from app.services.sync_archive import ArchiveCopy
from app.services.sync_verify import Unlock, Verified, verify_bundle
from app.services.workspace import Workspace
from app.store import db
from app.store.models import AuditLog, BundleLog, Node, utcnow
from app.sync import phases
from app.sync.errors import BundleRejectedError
from app.sync.phases import PHASES, phase

log = logging.getLogger(__name__)
IMPORT_CACHE_KIB = 64 * 1024


def _imported_before(ws: Workspace, digest: str) -> dict[str, Any] | None:
    """A byte-identical copy of a bundle imported before is a duplicate: it was verified
    then, so it is reported as soon as the file is hashed (while its outer JSON is
    parsed), without decrypting it again (well under 1 s)."""
    with ws.session() as s:
        row = s.scalars(select(BundleLog).where(
            BundleLog.direction == "import", BundleLog.file_hash == digest,
            BundleLog.status == "imported")).first()
        if row is None:
            return None
        return {"status": "duplicate",
                "reason": message("this bundle was already imported; nothing changed"),
                "source": row.peer_node_id, "seq": row.seq,
                "bundle_id": row.bundle_id, "applied": 0, "skipped": 0, "conflicts": 0}


def _replay(ws: Workspace, v: Verified) -> dict[str, Any] | None:
    """Step 6: duplicate (same source, seq and hash) or equivocation (other hash)."""
    seq = v.payload["seq"]
    with ws.session() as s:
        rows = s.scalars(
            select(BundleLog).where(
                BundleLog.direction == "import",
                BundleLog.peer_node_id == v.signer,
                BundleLog.seq == seq,
                BundleLog.status == "imported",
            )
        ).all()
    if not rows:
        return None
    if any(r.file_hash == v.file_hash for r in rows):
        return _result("duplicate", v,
                       message("this bundle was already imported; nothing changed"))
    security_incident(ws, v, "equivocation")
    raise BundleRejectedError(
        "equivocation",
        message("A different bundle with the same number ({seq}) from this sender was "
                "already imported: the sender's key may be cloned or stolen; do not import "
                "it and call headquarters.", seq=seq),
    )


def security_incident(ws: Workspace, v: Verified | None, what: str, detail: str = "") -> None:
    """Log a security incident (ids and hashes only) to the log and incidents file."""
    record = {"at": utcnow().isoformat(), "incident": what, "detail": detail}
    if v is not None:
        record.update(
            source=v.signer,
            seq=v.payload.get("seq"),
            file_hash=v.file_hash,
            bundle_id=v.payload.get("bundle_id"),
            file=str(v.path),
        )
    log.warning("Security incident: %s", json.dumps(record))
    ws.paths.logs.mkdir(parents=True, exist_ok=True)
    with open(ws.paths.logs / "security-incidents.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def _result(status: str, v: Verified, reason: str = "", **counts: Any) -> dict[str, Any]:
    out = {
        "status": status,
        "reason": reason,
        "source": v.signer,
        "seq": v.payload["seq"],
        "bundle_id": v.payload["bundle_id"],
        "applied": 0,
        "skipped": 0,
        "conflicts": 0,
    }
    out.update(counts)
    return out


#: glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


@functools.cache
def tune_allocator() -> None:
    """Fix glibc's thresholds for the import's buffers.

    By default glibc raises its mmap threshold after the first large free, so the
    copies a bundle goes through would stay in the process and add up. With a fixed
    threshold of 4 MiB every large buffer (file, plaintext, payload: 100-250 MB each) is
    returned to the system as soon as it is freed, keeping the peak near the live data,
    while the many smaller ones (2 MiB decryption pieces, lists of 200,000 entries) are
    reused from the heap, which is trimmed only past 32 MiB: a fresh page costs a page
    fault, which here costs about 1 ms per MB (measured: decryption of a 244 MiB
    bundle 0.52 s with a 128 KiB threshold, 0.42 s with these; same peak). A no-op on
    other C libraries."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 4 * 1024 * 1024)
        libc.mallopt(_M_TRIM_THRESHOLD, 32 * 1024 * 1024)
    except (OSError, AttributeError):
        log.debug("mallopt is not available; memory tuning skipped")


def import_bundle(
    ws: Workspace, path: Path, unlock: Unlock, *, dry_run: bool = False, cap: int | None = None
) -> dict[str, Any]:
    """Import one bundle file (or, with ``dry_run``, say what it would do)."""
    tune_allocator()
    phases.reset()
    enabled = gc.isenabled()
    gc.disable()  # millions of short-lived objects, no cycles: collect by hand instead
    try:
        return _import_bundle(ws, path, unlock, dry_run=dry_run, cap=cap)
    finally:
        if enabled:
            gc.enable()


def _import_bundle(ws: Workspace, path: Path, unlock: Unlock, *, dry_run: bool,
                   cap: int | None) -> dict[str, Any]:
    verified = verify_bundle(ws, path, unlock, cap=cap,
                             seen=functools.partial(_imported_before, ws))
    if isinstance(verified, dict):
        return verified
    with phase("replay check"):
        dup = _replay(ws, verified)
    if dup is not None:
        return dup
    if dry_run:
        with ws.session() as s:
            plan = _plan(s, ws, verified)
            s.rollback()
        return _result(
            "dry-run", verified, message("nothing was written"), **plan.counts(),
            notes=_notes(ws, verified),
        )
    archive = ArchiveCopy(verified.path, _archive_path(ws, verified), verified.file_hash)
    result: dict[str, Any] = {}
    try:
        result = _apply(ws, verified)
    finally:
        with phase("archive copy (wait)"):
            if result.get("status") == "imported":
                archive.keep()  # after the commit: a failure here loses no data
            else:
                archive.discard()
    log.debug("Import phases (s): %s", {k: round(v, 3) for k, v in PHASES.items()})
    return result


def _plan(s: Any, ws: Workspace, v: Verified) -> Any:
    return plan_changes(
        s,
        v.payload["changes"],
        source_id=v.signer,
        bundle_id=v.payload["bundle_id"],
        operator=ws.operator_name,
        values_checked=v.values_checked,
    )


def _notes(ws: Workspace, v: Verified) -> list[str]:
    with ws.session() as s:
        peer = s.get(Node, v.signer)
        last = peer.last_imported_seq if peer else 0
    seq = v.payload["seq"]
    if seq > last + 1:
        return [
            message("bundles {first} to {last} from this sender were not imported here; "
                    "this one is cumulative and covers them", first=last + 1, last=seq - 1)
        ]
    if seq <= last:
        return [message("this bundle is older than the last one imported from this sender "
                        "({last})", last=last)]
    return []


IMPORT_ATTEMPTS = 3


def _apply(ws: Workspace, v: Verified) -> dict[str, Any]:
    """Step 7-8 in one transaction, under the database's import lock so that parallel
    importers (HQ analysts on one PostgreSQL database) apply each change exactly once.
    A deadlock or serialisation failure is retried; anything else rejects the bundle."""
    with db.translate_storage_errors():
        for attempt in range(1, IMPORT_ATTEMPTS + 1):
            try:
                return _apply_once(ws, v)
            except OperationalError as exc:
                if attempt == IMPORT_ATTEMPTS or not db.is_transient(exc):
                    raise
                log.info("Import of bundle %s retried after a transient failure (%s)",
                         v.payload["bundle_id"], type(exc.orig).__name__)
                time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def _replay_in(s: Any, ws: Workspace, v: Verified) -> dict[str, Any] | None:
    """Step 6 again, inside the import lock: another importer may have just applied it."""
    rows = s.scalars(select(BundleLog).where(
        BundleLog.direction == "import", BundleLog.peer_node_id == v.signer,
        BundleLog.seq == v.payload["seq"], BundleLog.status == "imported")).all()
    if not rows:
        return None
    if any(r.file_hash == v.file_hash for r in rows):
        return _result("duplicate", v,
                       message("this bundle was already imported; nothing changed"))
    return _replay(ws, v)  # an equivocation: logged and refused there


@contextlib.contextmanager
def _import_connection(ws: Workspace) -> Iterator[Connection]:
    """One connection held for the whole import. On SQLite it gets a larger page cache
    (for the random-key index inserts of a big bundle) and no automatic checkpoint (the
    commit only appends to the write-ahead log, copied into the database file on a
    thread afterwards), and gets its settings back before it returns to the pool; one
    that cannot take them (e.g. after a disk error) is discarded instead."""
    with ws.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _set_pragmas(conn, IMPORT_CACHE_KIB, 0)
        try:
            yield conn
        finally:
            if sqlite:
                _restore(conn)


def _restore(conn: Connection) -> None:
    """End what a failed COMMIT leaves open (SQLite keeps the transaction of a commit
    refused by a deferred foreign key), then put the usual settings back."""
    try:
        driver = conn.connection.driver_connection
        if driver is not None and driver.in_transaction:
            driver.rollback()
        _set_pragmas(conn, 2000, 1000)
    except (SQLAlchemyError, sqlite3.Error):
        log.info("Import connection discarded after an error")
        conn.invalidate()


def _set_pragmas(conn: Connection, cache_kib: int, autocheckpoint: int) -> None:
    conn.exec_driver_sql(f"PRAGMA cache_size = -{cache_kib}")
    conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {autocheckpoint}")
    conn.commit()


def _apply_once(ws: Workspace, v: Verified) -> dict[str, Any]:
    notes = _notes(ws, v)
    # The caller translates errors, after retries.
    with _import_connection(ws) as conn, ws.session(translate_errors=False, bind=conn) as s:
        sqlite = conn.dialect.name == "sqlite"
        try:
            if sqlite:
                s.execute(text("PRAGMA defer_foreign_keys = ON"))
            db.take_import_lock(s)
            dup = _replay_in(s, ws, v)
            if dup is not None:
                s.rollback()
                return dup
            with phase("plan"):
                plan = _plan(s, ws, v)
            with phase("write"):
                write_plan(s, plan)
            with phase("record + commit"):
                _record(s, ws, v, plan.counts())
                s.commit()
        except (IntegrityError, sqlite3.IntegrityError) as exc:  # ORM or raw bulk writes
            s.rollback()
            raise BundleRejectedError(
                "integrity",
                message("The bundle refers to records this node does not have (or breaks a "
                        "uniqueness rule), so nothing was imported; import the sender's "
                        "earlier bundles first or ask for a new export."),
            ) from exc
        except BaseException:
            s.rollback()
            raise
    if sqlite:
        ws.checkpoint_in_background()
    payload = v.payload
    log.info(
        "Imported bundle %s seq %s from %s: %s",
        payload["bundle_id"],
        payload["seq"],
        v.signer,
        plan.counts(),
    )
    reason = notes[0] if len(notes) == 1 else "; ".join(notes)  # one note at most today
    return _result("imported", v, reason, **plan.counts())


def _record(s: Any, ws: Workspace, v: Verified, counts: dict[str, int]) -> None:
    """Step 8 (database part) plus the sender's acknowledgement of our bundles."""
    payload = v.payload
    peer = s.get(Node, v.signer)
    peer.last_imported_seq = max(peer.last_imported_seq, payload["seq"])
    peer.last_imported_at = utcnow()
    ack = payload["acks"].get(ws.node.id)
    if isinstance(ack, int) and ack > peer.acked_seq:
        peer.acked_seq = min(ack, peer.last_export_seq)
    s.add(
        BundleLog(
            direction="import",
            bundle_id=payload["bundle_id"],
            kind=payload["kind"],
            peer_node_id=v.signer,
            seq=payload["seq"],
            file_hash=v.file_hash,
            file_path=str(_archive_path(ws, v)),
            status="imported",
            counts=counts,
            operator=ws.operator_name,
            at=utcnow(),
        )
    )
    s.add(
        AuditLog(
            at=utcnow(),
            operator=ws.operator_name,
            node_id=ws.node.id,
            action="import",
            table_name="bundle",
            record_id=payload["bundle_id"],
            detail=json.dumps({"source": v.signer, "seq": payload["seq"], **counts}),
        )
    )


def _archive_path(ws: Workspace, v: Verified) -> Path:
    return ws.paths.archive / f"{v.signer}-{v.payload['seq']}-{v.file_hash[:12]}.fpbundle"


def import_files(
    ws: Workspace,
    paths: list[Path],
    unlock: Unlock,
    *,
    dry_run: bool = False,
    cap: int | None = None,
) -> list[dict[str, Any]]:
    """Import several files in order; a rejected one does not stop the others."""
    results = []
    for path in paths:
        try:
            result = import_bundle(ws, path, unlock, dry_run=dry_run, cap=cap)
        except BundleRejectedError as exc:
            log.warning("Rejected bundle file %s: %s", path.name, exc.code)
            result = {
                "status": "rejected",
                "reason": exc.args[0] if exc.args else str(exc),
                "code": exc.code,
                "source": None,
                "seq": None,
                "applied": 0,
                "skipped": 0,
                "conflicts": 0,
            }
        result["file"] = str(path)
        results.append(result)
    return results
