"""Sync status for the Sync page and the overview: peers, waiting changes, history,
conflicts settled one by one, per record or with an edited value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync_support import PASS, keyed, recv, send, trust_both

from app.services import attendance, records, sync_status, syncing
from app.services import keys as keysvc
from app.services.workspace import Workspace

pytestmark = pytest.mark.both_backends
PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}


def pair(make_node: Any) -> tuple[Workspace, Workspace]:
    a = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    hq = keyed(make_node("hq", "ORoLSI HQ", None))
    trust_both(a, hq)
    return a, hq


def test_identity_and_waiting_changes_until_acknowledged(make_node: Any) -> None:
    a, hq = pair(make_node)
    me = sync_status.identity(a)
    assert me["has_keys"] and me["name"] == "MONUSCO Goma"
    assert all(len(g) == 4 for g in me["fingerprint"].split()[:-1])
    before = sync_status.export_preview(a, hq.node.id)
    attendance.create_participant(a, PERSON)
    preview = sync_status.export_preview(a, hq.node.id)
    assert preview["by_table"]["participant"] == before["by_table"].get("participant", 0) + 1
    assert preview["personal"] is True
    [peer] = sync_status.peers(a)
    assert (peer["name"], peer["waiting"], peer["last_export_at"]) == \
        ("ORoLSI HQ", preview["total"], None)
    recv(hq, send(a, hq))
    assert sync_status.summary(a)["peers"][0]["unconfirmed"] is True
    recv(a, send(hq, a))  # HQ's bundle acknowledges A's
    [peer] = sync_status.peers(a)
    assert peer["waiting"] == 0 and peer["last_export_seq"] == 1
    assert peer["last_imported_at"] is not None
    summary = sync_status.summary(a)
    assert (summary["waiting"], summary["conflicts"]) == (0, 0)
    assert [(p["name"], p["unconfirmed"]) for p in summary["peers"]] == [("ORoLSI HQ", False)]


def test_history_lists_exports_imports_and_rejections(make_node: Any, tmp_path: Path) -> None:
    a, hq = pair(make_node)
    recv(hq, send(a, hq))
    junk = tmp_path / "junk.fpbundle"
    junk.write_text("not a bundle")
    [result] = syncing.import_files(hq, [junk], lambda: keysvc.unlock(hq, PASS))
    sync_status.record_rejection(hq, junk, result)
    rows = sync_status.history(hq)
    assert [(r["direction"], r["status"]) for r in rows] == \
        [("import", "rejected"), ("import", "imported")]
    assert rows[0]["reason"] == result["reason"] and rows[1]["peer"] == "MONUSCO Goma"
    assert [(r["direction"], r["peer"]) for r in sync_status.history(a)] == \
        [("export", "ORoLSI HQ")]


def _conflicting(a: Workspace, hq: Workspace) -> str:
    person = attendance.create_participant(a, PERSON)
    recv(hq, send(a, hq))
    recv(a, send(hq, a))
    records.update(a, "participant", person["id"], {"position": "Judge", "phone": "+243 1"})
    records.update(hq, "participant", person["id"],
                   {"position": "Prosecutor", "phone": "+243 2"})
    recv(hq, send(a, hq))
    return person["id"]


def test_conflicts_carry_labels_and_settle_per_record(make_node: Any) -> None:
    a, hq = pair(make_node)
    pid = _conflicting(a, hq)
    rows = sync_status.conflicts(hq)
    assert sorted(r["field"] for r in rows) == ["phone", "position"]
    assert {r["record_label"] for r in rows} == {"Amani Kabila"}
    assert {r["source_name"] for r in rows} == {"MONUSCO Goma"}
    assert {r["local_by"] for r in rows} == {"Test Operator"} and rows[0]["local_at"]
    assert sync_status.open_conflicts(hq) == 2
    assert sync_status.resolve_record(hq, "participant", pid, "incoming") == 2
    assert sync_status.open_conflicts(hq) == 0
    row = records.get(hq, "participant", pid)
    assert (row["position"], row["phone"]) == ("Judge", "+243 1")


def test_conflict_settled_with_an_edited_value(make_node: Any) -> None:
    a, hq = pair(make_node)
    pid = _conflicting(a, hq)
    conflict = next(c for c in sync_status.conflicts(hq) if c["field"] == "position")
    result = sync_status.resolve_with_value(hq, conflict["id"], "Chief Judge")
    assert result["kept"] == "local"
    assert records.get(hq, "participant", pid)["position"] == "Chief Judge"
    assert [c["field"] for c in sync_status.conflicts(hq)] == ["phone"]
    recv(a, send(hq, a))
    assert records.get(a, "participant", pid)["position"] == "Chief Judge"
