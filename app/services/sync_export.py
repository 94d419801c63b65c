"""Export: a cumulative, signed (and by default encrypted) bundle for one peer
(SYNC-SPEC sections 3-5, 7). The file appears under its final name only when complete."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Text, func, or_, select, type_coerce

from app import __version__
from app.domain.errors import ConfigurationError
from app.domain.i18n import message
from app.services import keys as keysvc
from app.services.workspace import Workspace
from app.store import db
from app.store.models import MODEL_BY_TABLE, BundleLog, ChangeLog, Node, utcnow
from app.sync import jose
from app.sync import payload as pl
from app.sync.keys import Identity
from app.sync.phases import phase

log = logging.getLogger(__name__)
NETWORK_WIDE_TABLES = tuple(t for t, m in MODEL_BY_TABLE.items() if m.NETWORK_WIDE)
NIL_NODE = "00000000-0000-0000-0000-000000000000"
SUFFIX = ".fpbundle"


@functools.cache
def schema_head() -> str:
    """The database schema revision this application writes (cached: alembic is slow)."""
    return db.head_revision()


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isascii() and c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p) or "node"


def _peer(s: Any, ws: Workspace, ref: str) -> Node:
    node = keysvc._find_peer(s, ref)
    if node.is_self:
        raise ConfigurationError(
            message("A node cannot export a bundle to itself; name another node with --to "
                    "(see 'focalpoint keys list').")
        )
    if not node.trusted or not node.enc_jwk:
        raise ConfigurationError(
            message("The node '{name}' is not trusted yet; trust its identity card with "
                    "'focalpoint keys trust' first.", name=node.name)
        )
    if node.revoked_at is not None:
        raise ConfigurationError(
            message("The node '{name}' was revoked; it cannot receive bundles any more.",
                    name=node.name)
        )
    return node


def _watermark(s: Any, peer: Node) -> int:
    """The highest change_log id carried by the latest export the peer acknowledged."""
    if peer.acked_seq <= 0:
        return 0
    value = s.scalar(
        select(func.max(BundleLog.max_change_id)).where(
            BundleLog.direction == "export",
            BundleLog.peer_node_id == peer.id,
            BundleLog.seq <= peer.acked_seq,
        )
    )
    return int(value or 0)


def _routing(peer: Node) -> Any:
    """The change_log filter of what ``peer`` may receive (SYNC-SPEC 5)."""
    if peer.kind == "hq":
        return None
    allowed = ChangeLog.table_name.in_(NETWORK_WIDE_TABLES)
    if peer.mission_code:
        allowed = or_(allowed, ChangeLog.owner_mission == peer.mission_code)
    return allowed


def _rfc3339(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def _fragment(raw: Any) -> Any:
    """Stored JSON text embedded as is (no decode and re-encode of 200,000 rows); a
    driver that already decoded it (PostgreSQL JSONB) gives the value itself."""
    if isinstance(raw, str):
        return orjson.Fragment(raw.encode("utf-8")) if raw else {}
    return raw if raw is not None else {}


def select_changes(s: Any, peer: Node, after_id: int) -> list[dict[str, Any]]:
    """Every routed change after ``after_id`` that did not come from ``peer``.

    ``fields`` and ``before`` are the stored JSON texts as :class:`orjson.Fragment`."""
    c = ChangeLog.__table__.c
    stmt = select(c.change_id, c.origin, c.table_name, c.record_id, c.op, c.base_version,
                  c.version, c.changed_at, c.changed_by, type_coerce(c.fields, Text),
                  type_coerce(c.before, Text)).where(
        c.id > after_id, c.origin != peer.id,
        or_(c.received_from.is_(None), c.received_from != peer.id)).order_by(c.id)
    route = _routing(peer)
    if route is not None:
        stmt = stmt.where(route)
    return [
        {"change_id": r[0], "origin": r[1], "table": r[2], "record_id": r[3], "op": r[4],
         "base_version": r[5], "version": r[6], "changed_at": _rfc3339(r[7]),
         "changed_by": r[8] or "", "fields": _fragment(r[9]), "before": _fragment(r[10])}
        for r in s.execute(stmt)
    ]


def _acks(s: Any) -> dict[str, int]:
    rows = s.execute(
        select(Node.id, Node.last_imported_seq).where(
            Node.is_self.is_(False), Node.last_imported_seq > 0
        )
    )
    return {r[0]: int(r[1]) for r in rows}


def _source(node: Node) -> dict[str, Any]:
    return {
        "node_id": node.id,
        "kind": node.kind,
        "name": node.name,
        "mission": node.mission_code,
        "app_version": __version__,
    }


def write_partial(target: Path, data: bytes) -> Path:
    """Write ``data`` to a hidden temporary file beside ``target`` and fsync it."""
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def finish_partial(tmp: Path, target: Path) -> None:
    """Rename the complete temporary file to its final name (atomic on one volume)."""
    os.replace(tmp, target)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside ``target``, fsync, then rename into place."""
    finish_partial(write_partial(target, data), target)


def _build(s: Any, me: Node, peer: Node, identity: Identity, encrypt: bool
           ) -> tuple[dict[str, Any], bytes]:
    """The next payload for ``peer`` (its changes released) and the bundle file's bytes."""
    with phase("export: select changes"):
        changes = select_changes(s, peer, _watermark(s, peer))
    payload = pl.build_payload(
        schema_version=schema_head(), kind="changes" if changes else "ack",
        source=_source(me), audience=[peer.id], seq=peer.last_export_seq + 1,
        acks=_acks(s), changes=changes)
    del changes
    with phase("export: payload JSON"):
        data = pl.dumps(payload)
    payload["changes"] = []
    with phase("export: sign"):
        body = pl.dumps(jose.sign(data, identity.sign_key))
    del data
    if encrypt:
        with phase("export: encrypt"):
            body = pl.dumps(jose.encrypt(body, [peer.enc_jwk or {}]))
    return payload, body


def export_bundle(ws: Workspace, to: str, identity: Identity, *, out_dir: Path | None = None,
                  encrypt: bool = True) -> dict[str, Any]:
    """Make the next bundle for the peer ``to`` and return its path and counts.

    The sequence number is committed before the file gets its final name: a failure in
    between burns a number (a gap, which importers accept) but never reuses one."""
    me = ws.node
    out_dir = out_dir or ws.paths.outbox
    out_dir.mkdir(parents=True, exist_ok=True)
    with db.translate_storage_errors(), ws.session() as s:
        peer = _peer(s, ws, to)
        top = int(s.scalar(select(func.max(ChangeLog.id))) or 0)
        payload, body = _build(s, me, peer, identity, encrypt)
        seq = payload["seq"]
        target = out_dir / f"{slug(me.name)}-to-{slug(peer.name)}-{seq}{SUFFIX}"
        tmp = write_partial(target, body)
        s.add(BundleLog(direction="export", bundle_id=payload["bundle_id"],
                        kind=payload["kind"], peer_node_id=peer.id, seq=seq,
                        file_hash=hashlib.sha256(body).hexdigest(), file_path=str(target),
                        status="exported", counts=dict(payload["counts"]), max_change_id=top,
                        operator=ws.operator_name, at=utcnow()))
        peer.last_export_seq, peer.last_export_at = seq, utcnow()
        try:
            s.commit()
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finish_partial(tmp, target)
    log.info("Exported bundle %s seq %s to node %s: %s changes", payload["bundle_id"], seq,
             peer.id, payload["counts"]["changes"])
    return {"path": str(target), "bundle_id": payload["bundle_id"], "seq": seq,
            "to": peer.id, "kind": payload["kind"], "changes": payload["counts"]["changes"],
            "encrypted": encrypt, "bytes": len(body)}


def export_enrolment(ws: Workspace, identity: Identity, out_dir: Path) -> dict[str, Any]:
    """A self-signed enrolment bundle carrying this node's identity card (SYNC-SPEC 8)."""
    me = ws.node
    card = keysvc.card(ws)
    payload = pl.build_payload(
        schema_version=schema_head(),
        kind="enrolment",
        source=_source(me),
        audience=[NIL_NODE],
        seq=1,
        acks={},
        changes=[],
        card=card,
    )
    body = pl.dumps(jose.sign(pl.dumps(payload), identity.sign_key))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{slug(me.name)}-enrolment{SUFFIX}"
    write_atomically(target, body)
    return {"path": str(target), "fingerprint": card["fingerprint"]}
