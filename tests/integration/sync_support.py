"""Helpers for the sync tests: keyed nodes that trust each other, send/receive, dumps."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.services import keys as keysvc
from app.services import syncing
from app.services.workspace import Workspace
from app.sync.keys import WEAK_FOR_TESTS

PASS = "correct horse battery"


def keyed(ws: Workspace) -> Workspace:
    """Give a test node keys (weak Argon2id limits, passed explicitly)."""
    keysvc.create_identity(ws, PASS, kdf=WEAK_FOR_TESTS)
    return ws


def trust_both(a: Workspace, b: Workspace) -> None:
    for x, y in ((a, b), (b, a)):
        card = keysvc.read_card_file(Path(keysvc.write_card(y, y.paths.home / "card.fpkey.json")
                                          ["card"]))
        keysvc.trust(x, card, card.fingerprint)


def unlocker(ws: Workspace) -> Any:
    return lambda: keysvc.unlock(ws, PASS)


def send(src: Workspace, dst: Workspace, *, encrypt: bool = True,
         out: Path | None = None) -> Path:
    """Export from ``src`` to ``dst``; returns the bundle path."""
    result = syncing.export_bundle(src, dst.node.id, keysvc.unlock(src, PASS),
                                   out_dir=out, encrypt=encrypt)
    return Path(result["path"])


def recv(dst: Workspace, path: Path, **kw: Any) -> dict[str, Any]:
    return syncing.import_bundle(dst, path, unlocker(dst), **kw)


def dump(ws: Workspace) -> list[str]:
    """Every statement of an SQL dump of the node's database (for before/after checks)."""
    con = sqlite3.connect(ws.paths.database)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def field_and_hq(make_node: Any) -> tuple[Workspace, Workspace]:
    """A MONUSCO field node and an HQ node that trust each other."""
    field = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    hq = keyed(make_node("hq", "HQ", None))
    trust_both(field, hq)
    return field, hq


def network(make_node: Any) -> tuple[Workspace, Workspace, Workspace]:
    """MONUSCO field, HQ and UNSMIL field nodes; each field node trusts HQ and back."""
    field_a = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    hq = keyed(make_node("hq", "ORoLSI HQ", None))
    field_b = keyed(make_node("field", "UNSMIL Tripoli", "UNSMIL"))
    trust_both(field_a, hq)
    trust_both(field_b, hq)
    return field_a, hq, field_b
