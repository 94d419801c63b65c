"""Sync status as plain data for the Sync page and the overview: this node's identity,
each peer's last bundles and waiting changes, open conflicts, the bundle history.

Reads only, plus two small use cases the screens need: a refused import is written to
the bundle history, and a conflict can be settled with an edited value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from app.domain import i18n
from app.services import keys as keysvc
from app.services import queries, records, syncing
from app.services.sync_export import _routing, _watermark
from app.services.workspace import Workspace
from app.store.models import MODEL_BY_TABLE, BundleLog, ChangeLog, Conflict, Node, utcnow
from app.store.serialize import to_json
from app.sync import keys as fpk

#: Tables whose rows name people: a bundle carrying them should stay encrypted.
PERSONAL_TABLES = ("participant", "attendance", "focal_point")
_LOOKUP_TABLES = ("mission", "partner_entity", "activity", "participant", "assessment",
                  "initiative", "focal_point", "lesson")


def identity(ws: Workspace) -> dict[str, Any]:
    """This node: name, kind, mission and its fingerprint in groups of four."""
    node = ws.node
    return {
        "node_id": node.id,
        "name": node.name,
        "kind": node.kind,
        "mission": node.mission_code,
        "has_keys": bool(node.sign_kid) and keysvc.has_identity(ws),
        "fingerprint": fpk.fingerprint(node.sign_kid) if node.sign_kid else "",
    }


def _waiting(s: Any, peer: Node) -> dict[str, int]:
    """Changes per table the next bundle to ``peer`` would carry (not yet acknowledged)."""
    c = ChangeLog.__table__.c
    stmt = (select(c.table_name, func.count()).where(
        c.id > _watermark(s, peer), c.origin != peer.id,
        or_(c.received_from.is_(None), c.received_from != peer.id))
        .group_by(c.table_name))
    route = _routing(peer)
    if route is not None:
        stmt = stmt.where(route)
    return {str(t): int(n) for t, n in s.execute(stmt)}


def _peer_row(s: Any, node: Node) -> dict[str, Any]:
    waiting = _waiting(s, node) if node.trusted and node.revoked_at is None else {}
    return {
        "node_id": node.id,
        "name": node.name,
        "kind": node.kind,
        "mission": node.mission_code,
        "fingerprint": fpk.fingerprint(node.sign_kid) if node.sign_kid else "",
        "trusted": node.trusted,
        "revoked": node.revoked_at is not None,
        "revoked_reason": node.revoked_reason,
        "last_imported_seq": node.last_imported_seq,
        "last_imported_at": to_json(node.last_imported_at),
        "last_export_seq": node.last_export_seq,
        "last_export_at": to_json(node.last_export_at),
        "acked_seq": node.acked_seq,
        "waiting": sum(waiting.values()),
        "waiting_by_table": waiting,
    }


def peers(ws: Workspace) -> list[dict[str, Any]]:
    """Every other node known here, by name, with its sync state and waiting changes."""
    with ws.session() as s:
        nodes = s.scalars(select(Node).where(Node.is_self.is_(False)).order_by(Node.name))
        return [_peer_row(s, n) for n in nodes]


def export_preview(ws: Workspace, peer_id: str) -> dict[str, Any]:
    """What the next bundle to ``peer_id`` would carry: counts per table, and whether
    any of it names people (so that turning encryption off deserves a warning)."""
    with ws.session() as s:
        node = s.get(Node, peer_id)
        if node is None or node.is_self:
            return {"by_table": {}, "total": 0, "personal": False}
        waiting = _waiting(s, node)
    return {
        "by_table": waiting,
        "total": sum(waiting.values()),
        "personal": any(waiting.get(t) for t in PERSONAL_TABLES),
    }


def open_conflicts(ws: Workspace) -> int:
    """How many conflicts wait for a decision."""
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Conflict)
                            .where(Conflict.status == "open")) or 0)


def history(ws: Workspace, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles exported, imported and refused here, newest first, with the peer's name."""
    with ws.session() as s:
        names = dict(s.execute(select(Node.id, Node.name)).all())
        rows = s.scalars(select(BundleLog).order_by(BundleLog.at.desc()).limit(limit))
        return [{
            "at": to_json(r.at), "direction": r.direction, "status": r.status,
            "peer": names.get(r.peer_node_id or "", r.peer_node_id or ""),
            "seq": r.seq, "kind": r.kind, "reason": i18n.recall(r.reason),
            "changes": int((r.counts or {}).get("changes", (r.counts or {}).get("applied", 0))),
            "file": r.file_path, "operator": r.operator,
        } for r in rows]


def record_rejection(ws: Workspace, path: Path, result: dict[str, Any]) -> None:
    """Write a refused import to the bundle history (file name and reason, no content)."""
    with ws.session() as s:
        s.add(BundleLog(direction="import", status="rejected", kind="",
                        peer_node_id=result.get("source"), seq=result.get("seq"),
                        file_path=str(path), reason=str(result.get("reason", ""))[:2000],
                        counts={}, operator=ws.operator_name, at=utcnow()))
        s.commit()


def summary(ws: Workspace) -> dict[str, Any]:
    """The overview's sync box: last sync per peer, changes waiting, open conflicts."""
    rows = [p for p in peers(ws) if p["trusted"] and not p["revoked"]]
    return {
        "peers": [{**{k: p[k] for k in ("node_id", "name", "last_imported_at",
                                        "last_export_at", "waiting")},
                   "unconfirmed": p["last_export_seq"] > p["acked_seq"]} for p in rows],
        "waiting": sum(p["waiting"] for p in rows),
        "conflicts": open_conflicts(ws),
    }


def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """Open conflicts with the record's label and the sending node's name."""
    rows = syncing.list_conflicts(ws)
    with ws.session() as s:
        names = dict(s.execute(select(Node.id, Node.name)).all())
        local: dict[tuple[str, str], tuple[str, Any]] = {}
        for key in {(r["table_name"], r["record_id"]) for r in rows}:
            record = s.get(MODEL_BY_TABLE[key[0]], key[1])
            local[key] = (record.updated_by, to_json(record.updated_at)) if record else ("", None)
    labels: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row["table_name"], row["record_id"])
        if key not in labels:
            labels[key] = (queries.choice_label(ws, key[0], key[1])
                           if key[0] in _LOOKUP_TABLES else "") or key[1][:8]
        row["record_label"] = labels[key]
        row["source_name"] = names.get(row.get("source_node") or "", "")
        row["local_by"], row["local_at"] = local[key]
    return rows


def resolve_record(ws: Workspace, table: str, record_id: str, keep: str) -> int:
    """Settle every open conflict of one record the same way; returns how many."""
    done = 0
    for row in syncing.list_conflicts(ws):
        if row["table_name"] == table and row["record_id"] == record_id:
            still_open = [c["id"] for c in syncing.list_conflicts(ws)]
            if row["id"] in still_open:
                syncing.resolve_conflict(ws, row["id"], keep)
                done += 1
    return done


def resolve_with_value(ws: Workspace, conflict_id: str, value: Any) -> dict[str, Any]:
    """Settle a conflict with a value the operator typed: saved (validated) as a local
    edit, then kept as the local side, so every node converges on it."""
    row = next((c for c in syncing.list_conflicts(ws) if c["id"] == conflict_id), None)
    if row is None:
        return syncing.resolve_conflict(ws, conflict_id, "local")  # says why it cannot
    records.update(ws, row["table_name"], row["record_id"], {row["field"]: value})
    return syncing.resolve_conflict(ws, conflict_id, "local")

