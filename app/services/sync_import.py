"""Import: verify a bundle in the order SYNC-SPEC section 6 gives, then apply it whole
or not at all. Rejections change nothing in the database; they are logged (ids only)."""

from __future__ import annotations

import ctypes
import functools
import gc
import hashlib
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from joserfc.jwk import OKPKey
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.config import load_settings
from app.services.sync_apply import plan_changes, write_plan
from app.services.sync_archive import ArchiveCopy
from app.services.sync_export import schema_head
from app.services.workspace import Workspace
from app.store import db
from app.store.models import AuditLog, BundleLog, Node, utcnow
from app.sync import jose, phases
from app.sync import keys as fpk
from app.sync import payload as pl
from app.sync.errors import BundleRejectedError
from app.sync.phases import PHASES, phase

log = logging.getLogger(__name__)
IMPORT_CACHE_KIB = 64 * 1024
Unlock = Callable[[], fpk.Identity]


@dataclass
class Verified:
    """A bundle that passed steps 1-5: its payload, signer and file hash."""

    path: Path
    file_hash: str
    payload: dict[str, Any]
    signer: str  # node id


def _cap(ws: Workspace, cap: int | None) -> int:
    if cap is not None:
        return cap
    return int(load_settings(ws.paths)["bundle_size_cap_mib"]) * 1024 * 1024


def read_file(path: Path, cap: int) -> bytes:
    """Step 1 (first part): the size cap, then the bytes, read once."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise BundleRejectedError("no_file", f"There is no file {path}; check the name.") from exc
    if size > cap:
        raise BundleRejectedError(
            "too_large",
            f"The file is larger ({size // 1048576} MiB) than the "
            f"bundle size limit ({cap // 1048576} MiB); do not "
            "import it, or raise the limit in the settings.",
        )
    with phase("read file"):
        return path.read_bytes()


def parse_outer(raw: bytes) -> dict[str, Any]:
    """Step 1 (end): JSON, then the shape of a JWE or JWS."""
    with phase("parse outer JSON"):
        outer = pl.loads(raw, "bundle file")
    if not isinstance(outer, dict) or not ("ciphertext" in outer or "signatures" in outer):
        raise BundleRejectedError(
            "not_a_bundle",
            "The file is not a FocalPoint bundle; check that you picked the right file.",
        )
    pl.check_depth(outer, "bundle file", limit=8)
    return outer


def _peer_by_kid(ws: Workspace, kid: str) -> Node | None:
    with ws.session() as s:
        return s.scalars(select(Node).where(Node.sign_kid == kid)).first()


def verify_bundle(ws: Workspace, path: Path, unlock: Unlock, *, cap: int | None = None,
                  known: Callable[[str], dict[str, Any] | None] | None = None,
                  ) -> Verified | dict[str, Any]:
    """Steps 1-5; an enrolment bundle returns its card's details instead, and so does
    ``known`` (called with the file's SHA-256) when it recognises the file."""
    cap = _cap(ws, cap)
    raw = read_file(path, cap)  # step 1
    with phase("hash file"):
        file_hash = hashlib.sha256(raw).hexdigest()
    seen = known(file_hash) if known is not None else None
    if seen is not None:
        return seen
    outer = parse_outer(raw)
    del raw
    if jose.is_jwe(outer):  # step 2
        outer = _open_jwe(ws, outer, unlock, cap)
    kid = jose.signer_kid(outer)  # step 3
    peer = _peer_by_kid(ws, kid)
    if peer is None or not peer.trusted or peer.is_self:
        return _maybe_enrolment(outer, kid, cap)
    with phase("verify signature"):
        signed = jose.verify(outer, lambda _k: fpk.import_public(peer.sign_jwk or {}, "Ed25519"),
                             cap)
        del outer
        data = signed.payload
        del signed  # keep one copy of a large payload in memory, not three
        gc.collect()
    with phase("parse payload JSON"):
        payload = pl.loads(data, "bundle payload")
        del data
    _check_revocation(peer, payload)
    pl.check_versions(payload, schema_head())  # step 4
    with phase("validate schema"):
        pl.validate(payload)
    if payload["source"]["node_id"] != peer.id:  # step 5
        raise BundleRejectedError("source_mismatch", "The bundle claims to come from another "
                                  "node than the key that signed it; do not import it.")
    if payload["kind"] == "enrolment":
        return _enrolment_result(payload, kid)
    if ws.node.id not in payload["audience"]:
        raise BundleRejectedError("wrong_audience", "The bundle is addressed to another node, "
                                  "not this one; give it to the node it was made for.")
    return Verified(path=path, file_hash=file_hash, payload=payload, signer=peer.id)


def _open_jwe(ws: Workspace, outer: dict[str, Any], unlock: Unlock, cap: int
              ) -> dict[str, Any]:
    """Step 2: the JWS inside a JWE addressed to this node."""
    if ws.node.enc_kid not in jose.jwe_recipient_kids(outer):
        raise BundleRejectedError("not_for_this_node", "The bundle is not encrypted to this "
                                  "node's key; ask the sender to export it again '--to' this "
                                  "node.")
    key = unlock().enc_key
    with phase("decrypt"):
        inner = jose.decrypt(outer, key, cap)
        outer.clear()  # the ciphertext is no longer needed: free it before parsing
        gc.collect()  # joserfc's objects hold reference cycles to large buffers
    with phase("parse decrypted JSON"):
        jws = pl.loads(inner, "decrypted bundle")
        del inner
    if not isinstance(jws, dict) or "signatures" not in jws:
        raise BundleRejectedError("not_a_bundle", "The encrypted bundle does not hold a signed "
                                  "FocalPoint bundle; ask the sender to export again.")
    pl.check_depth(jws, "decrypted bundle", limit=8)
    return jws


def _check_revocation(peer: Node, payload: Any) -> None:
    """Step 3 (end): a revoked key signs nothing after the last bundle imported from it."""
    seq = payload.get("seq") if isinstance(payload, dict) else None
    if peer.revoked_at is not None and (
            not isinstance(seq, int) or seq > (peer.revoked_after_seq or 0)):
        raise BundleRejectedError("revoked_signer", f"The bundle is signed by the revoked key "
                                  f"of '{peer.name}' ({peer.revoked_reason}); do not import it.")


def _maybe_enrolment(outer: dict[str, Any], kid: str, cap: int) -> dict[str, Any]:
    """An unknown signer is refused, unless the bundle is its own self-signed enrolment."""
    unknown = BundleRejectedError(
        "unknown_signer",
        "The bundle is signed by a key this node does not "
        "trust; trust the sender's identity card first "
        "('focalpoint keys trust').",
    )
    try:
        peek = pl.loads(jose.unverified_payload(outer), "bundle payload")
        card = (
            fpk.read_card(peek.get("card"))
            if isinstance(peek, dict) and peek.get("kind") == "enrolment"
            else None
        )
    except Exception:  # anything odd in an untrusted bundle is just "unknown signer"
        card = None
    if card is None or card.sign_kid != kid:
        raise unknown
    signed = jose.verify(outer, lambda _k: OKPKey.import_key(card.sign_jwk), cap)
    payload = pl.loads(signed.payload, "bundle payload")
    pl.validate(payload)
    return _enrolment_result(payload, kid)


def _enrolment_result(payload: dict[str, Any], kid: str) -> dict[str, Any]:
    card = fpk.read_card(payload.get("card"))
    if card.sign_kid != kid:
        raise BundleRejectedError(
            "bad_card", "The enrolment bundle's card does not match its signature; do not trust it."
        )
    return {
        "status": "enrolment",
        "reason": "identity card received; check the fingerprint "
        "with its operator, then run 'focalpoint keys trust'",
        "source": card.node_id,
        "name": card.name,
        "kind": card.kind,
        "mission": card.mission,
        "fingerprint": card.fingerprint,
        "card": payload.get("card"),
    }


def _already_imported(ws: Workspace, digest: str) -> dict[str, Any] | None:
    """A byte-identical copy of a bundle imported before is a duplicate: it was verified
    then, so it is reported at once without decrypting it again (fast, < 1 s)."""
    with phase("duplicate check (file hash)"), ws.session() as s:
        row = s.scalars(select(BundleLog).where(
            BundleLog.direction == "import", BundleLog.file_hash == digest,
            BundleLog.status == "imported")).first()
        if row is None:
            return None
        return {"status": "duplicate", "reason": "this bundle was already imported; nothing "
                "changed", "source": row.peer_node_id, "seq": row.seq,
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
        return _result("duplicate", v, "this bundle was already imported; nothing changed")
    security_incident(ws, v, "equivocation")
    raise BundleRejectedError(
        "equivocation",
        f"A different bundle with the same number ({seq}) from "
        "this sender was already imported: the sender's key may "
        "be cloned or stolen; do not import it and call "
        "headquarters.",
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


@functools.cache
def tune_allocator() -> None:
    """Make glibc return freed multi-megabyte buffers to the system at once.

    By default glibc raises its mmap threshold after the first large free, so the
    copies a bundle goes through (file, ciphertext, plaintext, payload) stay in the
    process and add up; a fixed threshold keeps the import's peak memory near the live
    data. A no-op on other C libraries."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD
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
                             known=lambda digest: _already_imported(ws, digest))
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
            "dry-run", verified, "nothing was written", **plan.counts(), notes=_notes(ws, verified)
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
    )


def _notes(ws: Workspace, v: Verified) -> list[str]:
    with ws.session() as s:
        peer = s.get(Node, v.signer)
        last = peer.last_imported_seq if peer else 0
    seq = v.payload["seq"]
    if seq > last + 1:
        return [
            f"bundles {last + 1} to {seq - 1} from this sender were not imported here; "
            "this one is cumulative and covers them"
        ]
    if seq <= last:
        return [f"this bundle is older than the last one imported from this sender ({last})"]
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
        return _result("duplicate", v, "this bundle was already imported; nothing changed")
    return _replay(ws, v)  # an equivocation: logged and refused there


def _apply_once(ws: Workspace, v: Verified) -> dict[str, Any]:
    notes = _notes(ws, v)
    payload = v.payload
    with ws.session(translate_errors=False) as s:  # the caller translates, after retries
        try:
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                s.execute(text("PRAGMA defer_foreign_keys = ON"))
                # A larger page cache for the random-key index inserts of a big bundle.
                s.execute(text(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}"))
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
            if sqlite:
                s.execute(text("PRAGMA cache_size = -2000"))
                s.commit()
        except IntegrityError as exc:
            s.rollback()
            raise BundleRejectedError(
                "integrity",
                "The bundle refers to records this node does not "
                "have (or breaks a uniqueness rule), so nothing was "
                "imported; import the sender's earlier bundles "
                "first or ask for a new export.",
            ) from exc
        except BaseException:
            s.rollback()
            raise
    log.info(
        "Imported bundle %s seq %s from %s: %s",
        payload["bundle_id"],
        payload["seq"],
        v.signer,
        plan.counts(),
    )
    return _result("imported", v, "; ".join(notes), **plan.counts())


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
                "reason": str(exc),
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
