"""This node's keys and its trust store (SYNC-SPEC section 2).

Private keys live sealed (Argon2id + SecretBox) in ``paths.keys``; public keys, trust
and revocation of every node live in the ``node`` table.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.domain.errors import ConfigurationError, NotFoundError
from app.domain.i18n import message
from app.services.workspace import Workspace
from app.store.models import AuditLog, Node, utcnow
from app.store.serialize import to_json
from app.sync import keys as fpk
from app.sync.errors import SyncError

log = logging.getLogger(__name__)
KEY_FILE = "node-keys.sealed.json"


def key_file(ws: Workspace) -> Path:
    return ws.paths.keys / KEY_FILE


def _write_private(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def has_identity(ws: Workspace) -> bool:
    return key_file(ws).exists()


def create_identity(
    ws: Workspace, passphrase: str, kdf: fpk.KdfParams = fpk.MODERATE
) -> dict[str, Any]:
    """Make this node's key pairs, seal them with ``passphrase`` and publish the public
    halves in the node row. Refuses to replace existing keys."""
    if has_identity(ws):
        raise ConfigurationError(
            message("This node already has keys; use 'focalpoint keys passphrase' to change "
                    "the passphrase.")
        )
    identity = fpk.generate_identity()
    _write_private(key_file(ws), fpk.seal(identity, passphrase, kdf))
    sign_jwk, enc_jwk = identity.public_jwks()
    with ws.session() as s:
        node = s.get(Node, ws.node.id)
        assert node is not None
        node.sign_kid, node.sign_jwk = identity.sign_kid, sign_jwk
        node.enc_kid, node.enc_jwk = identity.enc_kid, enc_jwk
        _audit(s, ws, "keys_created", identity.sign_kid)
        s.commit()
    ws.forget_node()
    log.info("Created the node keys (signing kid %s)", identity.sign_kid)
    return {
        "sign_kid": identity.sign_kid,
        "enc_kid": identity.enc_kid,
        "fingerprint": fpk.fingerprint(identity.sign_kid),
    }


def _read_sealed(ws: Workspace) -> dict[str, Any]:
    try:
        return json.loads(key_file(ws).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigurationError(
            message("This node has no keys yet; they are made by 'focalpoint init' (or "
                    "restore the keys folder from a backup).")
        ) from exc
    except ValueError as exc:
        raise SyncError(
            "bad_key_file",
            message("The node's key file is damaged; restore it from a backup of the keys "
                    "folder."),
        ) from exc


def unlock(ws: Workspace, passphrase: str) -> fpk.Identity:
    """The node's private keys, opened with ``passphrase``."""
    identity = fpk.unseal(_read_sealed(ws), passphrase)
    if identity.sign_kid != ws.node.sign_kid:
        raise SyncError(
            "key_mismatch",
            message("The key file does not belong to this node's database; restore the "
                    "matching keys folder."),
        )
    return identity


def change_passphrase(
    ws: Workspace, old: str, new: str, kdf: fpk.KdfParams = fpk.MODERATE
) -> dict[str, Any]:
    """Re-seal the keys under ``new`` (the old passphrase must open them)."""
    identity = unlock(ws, old)
    _write_private(key_file(ws), fpk.seal(identity, new, kdf))
    with ws.session() as s:
        _audit(s, ws, "passphrase_changed", identity.sign_kid)
        s.commit()
    return {"sign_kid": identity.sign_kid, "changed": True}


def card(ws: Workspace) -> dict[str, Any]:
    """This node's public identity card."""
    node = ws.node
    if not node.sign_jwk or not node.enc_jwk:
        raise ConfigurationError(
            message("This node has no keys yet; run 'focalpoint init' again in a new "
                    "folder, or restore the keys.")
        )
    return fpk.make_card(
        node_id=node.id,
        kind=node.kind,
        name=node.name,
        mission=node.mission_code,
        app_version=node.app_version or __version__,
        sign_jwk=node.sign_jwk,
        enc_jwk=node.enc_jwk,
    )


def write_card(ws: Workspace, out: Path) -> dict[str, Any]:
    data = card(ws)
    if out.is_dir():
        out = out / f"{_slug(ws.node.name)}{fpk.CARD_SUFFIX}"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return {"card": str(out), "fingerprint": data["fingerprint"], "node_id": data["node_id"]}


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p) or "node"


def read_card_file(path: Path) -> fpk.Card:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SyncError(
            "bad_card",
            message("This file is not a FocalPoint identity card; ask the other node for "
                    "its '.fpkey.json' file."),
        ) from exc
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise SyncError(
            "bad_card",
            message("This file is not a FocalPoint identity card; ask the other node for "
                    "its '.fpkey.json' file."),
        ) from exc
    return fpk.read_card(data)


def trust(ws: Workspace, card_data: fpk.Card, fingerprint: str) -> dict[str, Any]:
    """Trust a card after the operator confirmed its fingerprint (read over the phone)."""
    if fpk.normalise_fingerprint(fingerprint) != card_data.sign_kid:
        raise SyncError(
            "fingerprint_mismatch",
            message("The fingerprint you typed does not match the card's key; do not trust "
                    "it, and check the fingerprint with the other node's operator again."),
        )
    with ws.session() as s:
        me = s.get(Node, ws.node.id)
        assert me is not None
        if card_data.node_id == me.id or card_data.sign_kid == me.sign_kid:
            raise SyncError(
                "own_card", message("This is this node's own card; trust the other node's "
                                    "card instead.")
            )
        other = s.scalars(select(Node).where(Node.sign_kid == card_data.sign_kid)).first()
        if other is not None and other.id != card_data.node_id:
            raise SyncError(
                "kid_reused",
                message("This key already belongs to another node; do not trust the card "
                        "and report it to headquarters."),
            )
        node = s.get(Node, card_data.node_id)
        if node is not None and node.revoked_at is not None:
            raise SyncError(
                "node_revoked",
                message("This node was revoked; a replacement laptop must be set up as a "
                        "new node with 'focalpoint init'."),
            )
        if node is None:
            node = Node(id=card_data.node_id, is_self=False)
            s.add(node)
        node.kind, node.name, node.mission_code = card_data.kind, card_data.name, card_data.mission
        node.sign_kid, node.sign_jwk = card_data.sign_kid, card_data.sign_jwk
        node.enc_kid, node.enc_jwk = card_data.enc_kid, card_data.enc_jwk
        node.app_version = card_data.app_version
        node.trusted, node.trusted_at, node.trusted_by = True, utcnow(), ws.operator_name
        _audit(s, ws, "key_trusted", card_data.sign_kid, node_id=card_data.node_id)
        s.commit()
        return _node_row(node)


def revoke(ws: Workspace, ref: str, reason: str) -> dict[str, Any]:
    """Revoke a peer's key (by kid, node id or name): its later bundles are refused."""
    if not reason.strip():
        raise SyncError("no_reason", message("Give the reason for the revocation with "
                                             "--reason."))
    with ws.session() as s:
        node = _find_peer(s, ref)
        if node.is_self:
            raise SyncError(
                "revoke_self",
                message("A node cannot revoke its own key; ask another node (headquarters) "
                        "to revoke it."),
            )
        if node.revoked_at is None:
            node.revoked_at = utcnow()
            node.revoked_after_seq = node.last_imported_seq
        node.revoked_reason = reason.strip()
        _audit(s, ws, "key_revoked", node.sign_kid or "", node_id=node.id)
        s.commit()
        log.warning(
            "Revoked node %s (kid %s) after seq %s", node.id, node.sign_kid, node.revoked_after_seq
        )
        return _node_row(node)


def _find_peer(s: Session, ref: str) -> Node:
    ref = ref.strip()
    for cond in (Node.sign_kid == ref, Node.id == ref, Node.enc_kid == ref):
        node = s.scalars(select(Node).where(cond)).first()
        if node is not None:
            return node
    nodes = [n for n in s.scalars(select(Node)) if n.name.lower() == ref.lower()]
    if len(nodes) == 1:
        return nodes[0]
    raise NotFoundError(message("No known node or key matches '{ref}'; see 'focalpoint keys "
                                "list'.", ref=ref))


def find_peer(ws: Workspace, ref: str) -> dict[str, Any]:
    with ws.session() as s:
        return _node_row(_find_peer(s, ref))


def list_keys(ws: Workspace) -> list[dict[str, Any]]:
    """Every known node with its keys, trust and revocation state."""
    with ws.session() as s:
        nodes = s.scalars(select(Node).order_by(Node.is_self.desc(), Node.name)).all()
        return [_node_row(n) for n in nodes]


def _node_row(node: Node) -> dict[str, Any]:
    return {
        "node_id": node.id,
        "kind": node.kind,
        "name": node.name,
        "mission": node.mission_code,
        "is_self": node.is_self,
        "sign_kid": node.sign_kid,
        "enc_kid": node.enc_kid,
        "fingerprint": fpk.fingerprint(node.sign_kid) if node.sign_kid else "",
        "trusted": node.trusted,
        "revoked": node.revoked_at is not None,
        "revoked_at": to_json(node.revoked_at),
        "revoked_reason": node.revoked_reason,
        "revoked_after_seq": node.revoked_after_seq,
        "last_imported_seq": node.last_imported_seq,
        "acked_seq": node.acked_seq,
        "last_export_seq": node.last_export_seq,
    }


def _audit(s: Session, ws: Workspace, action: str, kid: str, node_id: str = "") -> None:
    s.add(
        AuditLog(
            at=utcnow(),
            operator=ws.operator_name,
            node_id=ws.node.id,
            action=action,
            table_name="node",
            record_id=node_id or ws.node.id,
            detail=f"kid {kid}",
        )
    )
