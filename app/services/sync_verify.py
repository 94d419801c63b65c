"""Import steps 1-5 of SYNC-SPEC section 6: read the file, open the JWE, check the
signer and the JWS, parse and validate the payload. Nothing is written here."""

from __future__ import annotations

import functools
import gc
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from joserfc.jwk import OKPKey
from sqlalchemy import select

from app.config import load_settings
from app.domain.i18n import message
from app.services.sync_apply import column_schemas
from app.services.sync_export import schema_head
from app.services.workspace import Workspace
from app.store.models import Node
from app.sync import jose
from app.sync import keys as fpk
from app.sync import payload as pl
from app.sync.errors import BundleRejectedError
from app.sync.phases import phase

Unlock = Callable[[], fpk.Identity]


@dataclass
class Verified:
    """A bundle that passed steps 1-5: its payload, signer and file hash."""

    path: Path
    file_hash: str
    payload: dict[str, Any]
    signer: str  # node id
    #: The payload passed the typed schema (sync_apply.column_schemas) and its text holds
    #: no NUL character: the plan then skips most of its value checks.
    values_checked: bool = False


def size_cap(ws: Workspace, cap: int | None) -> int:
    """The bundle size cap in bytes: ``cap``, or the setting in MiB."""
    if cap is not None:
        return cap
    return int(load_settings(ws.paths)["bundle_size_cap_mib"]) * 1024 * 1024


def read_file(path: Path, cap: int) -> bytes:
    """Step 1 (first part): the size cap, then the bytes, read once."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise BundleRejectedError("no_file", message("There is no file {path}; check the "
                                                     "name.", path=path)) from exc
    if size > cap:
        raise BundleRejectedError(
            "too_large",
            message("The file is larger ({size} MiB) than the bundle size limit ({cap} MiB); "
                    "do not import it, or raise the limit in the settings.",
                    size=size // 1048576, cap=cap // 1048576),
        )
    with phase("read file"):
        return path.read_bytes()


def parse_outer(raw: bytes, scanned: dict[str, Any] | None) -> dict[str, Any]:
    """Step 1 (end): JSON, then the shape of a JWE or JWS (``scanned``: what
    :func:`app.sync.payload.scan_envelope` found in ``raw``)."""
    with phase("parse outer JSON"):
        outer = pl.envelope(raw, scanned, "bundle file", "ciphertext")
    if not isinstance(outer, dict) or not ("ciphertext" in outer or "signatures" in outer):
        raise BundleRejectedError(
            "not_a_bundle",
            message("The file is not a FocalPoint bundle; check that you picked the right "
                    "file."),
        )
    pl.check_depth(outer, "bundle file", limit=8)
    return outer


def _peer_by_kid(ws: Workspace, kid: str) -> Node | None:
    with ws.session() as s:
        return s.scalars(select(Node).where(Node.sign_kid == kid)).first()


def _sha256_in_thread(data: bytes) -> Callable[[], str]:
    """Start hashing ``data`` in a thread (hashlib releases the GIL); the function
    returned waits for the hex digest."""
    out: list[str] = []
    worker = threading.Thread(target=lambda: out.append(hashlib.sha256(data).hexdigest()),
                              name="bundle-hash", daemon=True)
    worker.start()

    def result() -> str:
        worker.join()
        return out[0]

    return result


@functools.cache
def _typed_validator() -> Any:
    """The payload schema with each table's column types (see
    :func:`app.services.sync_apply.column_schemas`), built once."""
    return pl.typed_validator(column_schemas())


def free_young_cycles() -> None:
    """Free the reference cycles the import has just made (joserfc's objects hold some
    to large buffers). Only the young generations are searched: the import runs with the
    collector off, so everything it made since its start is young, and a full collection
    would also walk every older object of the process (0.3 s per call with 3 million
    objects, twice per import: the cost grew with the size of the process, not of the
    bundle). Measured on a 73 MiB bundle: the same objects freed, the same peak memory."""
    gc.collect(1)


def verify_bundle(ws: Workspace, path: Path, unlock: Unlock, *, cap: int | None = None,
                  seen: Callable[[str], dict[str, Any] | None] | None = None
                  ) -> Verified | dict[str, Any]:
    """Steps 1-5; an enrolment bundle returns its card's details instead, and a file
    whose hash ``seen`` knows returns what ``seen`` says (a duplicate) at once."""
    cap = size_cap(ws, cap)
    raw = read_file(path, cap)  # step 1
    digest = _sha256_in_thread(raw)  # of exactly the bytes verified, while they are parsed
    try:
        with phase("scan outer JSON"):
            scanned = pl.scan_envelope(raw, "bundle file", "ciphertext")
    finally:
        with phase("hash file (wait)"):
            file_hash = digest()
    if seen is not None:  # before the large member is decoded: a duplicate is done here
        with phase("duplicate check"):
            known = seen(file_hash)
        if known is not None:
            return known
    outer = parse_outer(raw, scanned)
    del raw, scanned
    if jose.is_jwe(outer):  # step 2
        outer = _open_jwe(ws, outer, unlock, cap)
    kid = jose.signer_kid(outer)  # step 3
    peer = _peer_by_kid(ws, kid)
    if peer is None or not peer.trusted or peer.is_self:
        return _maybe_enrolment(outer, kid, cap)
    # The payload is parsed while the signature is checked on a thread; leaving the block
    # waits for the check, which rejects the bundle first if it fails.
    def key(_kid: str) -> Any:
        return fpk.import_public(peer.sign_jwk or {}, "Ed25519")

    with phase("verify signature + parse payload JSON"), jose.verifying(outer, key,
                                                                        cap) as signed:
        del outer
        data = signed.payload
        del signed  # keep one copy of a large payload in memory, not three
        free_young_cycles()  # before the payload's millions of objects exist
        # JSON writes a NUL character in a string only as \u0000: one search here
        # spares the plan a look at every string (no database stores a NUL).
        nul_free = b"\\u0000" not in data
        payload = pl.loads(data, "bundle payload")
        del data
    _check_revocation(peer, payload)
    pl.check_versions(payload, schema_head())  # step 4
    with phase("validate schema"):
        typed = pl.validate(payload, _typed_validator())
    if payload["source"]["node_id"] != peer.id:  # step 5
        raise BundleRejectedError("source_mismatch", message("The bundle claims to come "
                                                             "from another node than the "
                                                             "key that signed it; do not "
                                                             "import it."))
    if payload["kind"] == "enrolment":
        return _enrolment_result(payload, kid)
    if ws.node.id not in payload["audience"]:
        raise BundleRejectedError("wrong_audience", message("The bundle is addressed to "
                                                            "another node, not this one; "
                                                            "give it to the node it was "
                                                            "made for."))
    return Verified(path=path, file_hash=file_hash, payload=payload, signer=peer.id,
                    values_checked=typed and nul_free)


def _open_jwe(ws: Workspace, outer: dict[str, Any], unlock: Unlock, cap: int
              ) -> dict[str, Any]:
    """Step 2: the JWS inside a JWE addressed to this node."""
    if ws.node.enc_kid not in jose.jwe_recipient_kids(outer):
        raise BundleRejectedError("not_for_this_node", message("The bundle is not encrypted "
                                                               "to this node's key; ask the "
                                                               "sender to export it again "
                                                               "'--to' this node."))
    key = unlock().enc_key
    with phase("decrypt"):
        inner = jose.decrypt(outer, key, cap)
        outer.clear()  # the ciphertext is no longer needed: free it before parsing
        free_young_cycles()  # joserfc's objects hold reference cycles to large buffers
    with phase("parse decrypted JSON"):
        jws = pl.loads_envelope(inner, "decrypted bundle", "payload")
        del inner
    if not isinstance(jws, dict) or "signatures" not in jws:
        raise BundleRejectedError("not_a_bundle", message("The encrypted bundle does not "
                                                          "hold a signed FocalPoint bundle; "
                                                          "ask the sender to export again."))
    pl.check_depth(jws, "decrypted bundle", limit=8)
    return jws


def _check_revocation(peer: Node, payload: Any) -> None:
    """Step 3 (end): a revoked key signs nothing after the last bundle imported from it."""
    seq = payload.get("seq") if isinstance(payload, dict) else None
    if peer.revoked_at is not None and (
            not isinstance(seq, int) or seq > (peer.revoked_after_seq or 0)):
        raise BundleRejectedError("revoked_signer", message(
            "The bundle is signed by the revoked key of '{name}' ({reason}); do not import it.",
            name=peer.name, reason=peer.revoked_reason))


def _maybe_enrolment(outer: dict[str, Any], kid: str, cap: int) -> dict[str, Any]:
    """An unknown signer is refused, unless the bundle is its own self-signed enrolment."""
    unknown = BundleRejectedError(
        "unknown_signer",
        message("The bundle is signed by a key this node does not trust; trust the sender's "
                "identity card first ('focalpoint keys trust')."),
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
            "bad_card", message("The enrolment bundle's card does not match its signature; "
                                "do not trust it.")
        )
    return {
        "status": "enrolment",
        "reason": message("identity card received; check the fingerprint with its operator, "
                          "then run 'focalpoint keys trust'"),
        "source": card.node_id,
        "name": card.name,
        "kind": card.kind,
        "mission": card.mission,
        "fingerprint": card.fingerprint,
        "card": payload.get("card"),
    }
