"""Sync round trips between real nodes: relay through HQ, lost bundles, acks, deletes,
merges, conflicts and their resolution (SYNC-SPEC sections 4-7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sync_support import dump, field_and_hq, keyed, network, recv, send, trust_both

from app.services import attendance, lessons, records, syncing
from app.services import network as net
from app.services.workspace import Workspace
from app.store.models import BundleLog, ChangeLog

PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}
LESSON = {"title": "Train in local languages", "kind": "lesson",
          "thematic_area": "community_resilience", "text": "Swahili sessions worked better."}


def changes_in(ws: Workspace, path: Path) -> int:
    """How many changes a bundle would apply here (dry run)."""
    return syncing.import_bundle(ws, path, lambda: _unlock(ws), dry_run=True)["applied"]


def _unlock(ws: Workspace) -> Any:
    from sync_support import unlocker

    return unlocker(ws)()


def exchange(a: Workspace, b: Workspace) -> None:
    recv(b, send(a, b))
    recv(a, send(b, a))


@pytest.mark.both_backends
def test_lesson_and_focal_point_reach_other_mission_through_hq(make_node: Any) -> None:
    a, hq, b = network(make_node)
    lesson = lessons.create_lesson(a, LESSON)
    fp = net.create_focal_point(a, {"full_name": "Jean Mbala", "role": "CT focal point"})
    person = attendance.create_participant(a, PERSON)

    assert recv(hq, send(a, hq))["status"] == "imported"
    assert records.get(hq, "participant", person["id"])["full_name"] == "Amani Kabila"
    result = recv(b, send(hq, b))

    assert result["status"] == "imported"
    assert records.get(b, "lesson", lesson["id"])["title"] == LESSON["title"]
    assert records.get(b, "focal_point", fp["id"])["full_name"] == "Jean Mbala"
    with b.session() as s:
        origins = {r.origin for r in s.scalars(select(ChangeLog).where(
            ChangeLog.record_id.in_([lesson["id"], fp["id"]])))}
        received = {r.received_from for r in s.scalars(select(ChangeLog).where(
            ChangeLog.record_id == lesson["id"]))}
    assert origins == {a.node.id}
    assert received == {hq.node.id}
    # Personal data of MONUSCO never reaches UNSMIL.
    assert records.counts(b)["participant"] == 0
    if b.paths.database.exists():
        assert b"Amani" not in b.paths.database.read_bytes()


def test_hq_correction_of_mission_record_reaches_that_mission_only(make_node: Any) -> None:
    a, hq, b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    recv(hq, send(a, hq))
    records.update(hq, "participant", person["id"], {"position": "Judge"})
    recv(a, send(hq, a))
    recv(b, send(hq, b))
    assert records.get(a, "participant", person["id"])["position"] == "Judge"
    assert records.counts(b)["participant"] == 0


def test_lost_bundle_is_covered_by_the_next_export(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    first = attendance.create_participant(a, PERSON)
    lost = send(a, hq)
    second = attendance.create_participant(a, dict(PERSON, full_name="Paul Kasongo", sex="M"))
    lost.unlink()  # the USB stick never arrived
    result = recv(hq, send(a, hq))
    assert result["status"] == "imported"
    assert result["seq"] == 2
    assert "not imported" in result["reason"]
    assert records.get(hq, "participant", first["id"])
    assert records.get(hq, "participant", second["id"])


@pytest.mark.both_backends
def test_acknowledgements_shrink_the_next_export(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    for i in range(3):
        attendance.create_participant(a, dict(PERSON, full_name=f"Person {i}"))
    first = send(a, hq)
    assert changes_in(hq, first) == 4  # the mission record and three participants
    again = send(a, hq)  # not acknowledged yet: cumulative
    assert changes_in(hq, again) == 4
    recv(hq, again)
    recv(a, send(hq, a))  # carries HQ's ack of bundle 2
    attendance.create_participant(a, dict(PERSON, full_name="Person 4"))
    after_ack = send(a, hq)
    assert changes_in(hq, after_ack) == 1
    with a.session() as s:
        sizes = [r.counts["changes"] for r in s.scalars(select(BundleLog).where(
            BundleLog.direction == "export").order_by(BundleLog.seq))]
    assert sizes == [4, 4, 1]


def test_nothing_new_makes_an_ack_bundle(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    recv(hq, send(a, hq))
    result = syncing.export_bundle(hq, a.node.id, _unlock(hq))
    assert result["kind"] == "ack"
    assert recv(a, Path(result["path"]))["status"] == "imported"


@pytest.mark.both_backends
def test_deletes_propagate_as_tombstones(make_node: Any) -> None:
    a, hq, b = network(make_node)
    lesson = lessons.create_lesson(a, LESSON)
    recv(hq, send(a, hq))
    recv(b, send(hq, b))
    records.delete(a, "lesson", lesson["id"])
    recv(hq, send(a, hq))
    recv(b, send(hq, b))
    for ws in (hq, b):
        assert records.counts(ws)["lesson"] == 0
        assert records.list_all(ws, "lesson", include_deleted=True)[0]["deleted"] is True


@pytest.mark.both_backends
def test_concurrent_edits_of_different_fields_merge(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    exchange(a, hq)
    records.update(a, "participant", person["id"], {"position": "Judge"})
    records.update(hq, "participant", person["id"], {"phone": "+243 81 000 0000"})
    exchange(a, hq)
    for ws in (a, hq):
        row = records.get(ws, "participant", person["id"])
        assert (row["position"], row["phone"]) == ("Judge", "+243 81 000 0000")
        assert syncing.list_conflicts(ws) == []
    assert records.get(a, "participant", person["id"])["version"] == \
        records.get(hq, "participant", person["id"])["version"]


@pytest.mark.both_backends
def test_same_field_makes_a_conflict_and_the_resolution_propagates(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    exchange(a, hq)
    records.update(a, "participant", person["id"], {"position": "Judge"})
    records.update(hq, "participant", person["id"], {"position": "Prosecutor"})
    recv(hq, send(a, hq))
    conflicts = syncing.list_conflicts(hq)
    assert [(c["field"], c["local_value"], c["incoming_value"]) for c in conflicts] == \
        [("position", "Prosecutor", "Judge")]
    assert records.get(hq, "participant", person["id"])["position"] == "Prosecutor"
    recv(a, send(hq, a))  # A sees the other side too
    assert [c["local_value"] for c in syncing.list_conflicts(a)] == ["Judge"]

    syncing.resolve_conflict(hq, conflicts[0]["id"], "incoming")
    assert syncing.list_conflicts(hq) == []
    recv(a, send(hq, a))
    for ws in (a, hq):
        assert records.get(ws, "participant", person["id"])["position"] == "Judge"
    assert syncing.list_conflicts(a) == []  # superseded by the resolution


def test_keep_local_resolution_wins_everywhere(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    exchange(a, hq)
    records.update(a, "participant", person["id"], {"position": "Judge"})
    records.update(hq, "participant", person["id"], {"position": "Prosecutor"})
    exchange(a, hq)
    conflict = syncing.list_conflicts(hq)[0]
    syncing.resolve_conflict(hq, conflict["id"], "local")
    exchange(hq, a)
    for ws in (a, hq):
        assert records.get(ws, "participant", person["id"])["position"] == "Prosecutor"
        assert syncing.list_conflicts(ws) == []


def test_delete_against_a_local_edit_is_a_conflict(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    exchange(a, hq)
    records.update(a, "participant", person["id"], {"position": "Judge"})
    records.delete(hq, "participant", person["id"])
    recv(a, send(hq, a))
    assert records.get(a, "participant", person["id"])["position"] == "Judge"
    conflict = syncing.list_conflicts(a)[0]
    assert (conflict["field"], conflict["incoming_value"]) == ("deleted", True)
    syncing.resolve_conflict(a, conflict["id"], "incoming")
    exchange(a, hq)
    for ws in (a, hq):
        assert records.counts(ws)["participant"] == 0


def test_dry_run_writes_nothing(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    attendance.create_participant(a, PERSON)
    path = send(a, hq)
    before = dump(hq)
    result = syncing.import_bundle(hq, path, lambda: _unlock(hq), dry_run=True)
    assert (result["status"], result["added"], result["conflicts"]) == ("dry-run", 2, 0)
    assert dump(hq) == before
    assert list(hq.paths.archive.iterdir()) == []


def test_imported_rows_are_stored_like_local_rows(make_node: Any) -> None:
    """The bulk import path writes the same storage format as the ORM (dates, JSON)."""
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, PERSON)
    recv(hq, send(a, hq))
    local = attendance.create_participant(hq, dict(PERSON, full_name="Local Person"))
    sql = text("SELECT created_at, updated_at FROM participant WHERE id = :id")
    with hq.session() as s:
        imported_row = s.execute(sql, {"id": person["id"]}).one()
        local_row = s.execute(sql, {"id": local["id"]}).one()
        logged = s.execute(text("SELECT changed_at FROM change_log")).scalars().all()
    for a_value, b_value in zip(imported_row, local_row, strict=True):
        assert len(a_value) == len(b_value)
        assert ("+" in a_value) == ("+" in b_value)
    assert len({len(v) for v in logged}) == 1
    assert records.get(hq, "participant", person["id"])["created_at"] == person["created_at"]


def test_import_archives_and_logs_the_bundle(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    path = send(a, hq)
    recv(hq, path)
    with hq.session() as s:
        row = s.scalars(select(BundleLog).where(BundleLog.direction == "import")).one()
    assert row.status == "imported"
    assert row.peer_node_id == a.node.id
    assert Path(row.file_path).read_bytes() == path.read_bytes()


def test_unencrypted_export_is_plain_jws(make_node: Any) -> None:
    a, hq, _b = network(make_node)
    lessons.create_lesson(a, LESSON)
    path = send(a, hq, encrypt=False)
    assert b'"signatures"' in path.read_bytes()
    assert recv(hq, path)["applied"] == 2


def test_export_failure_leaves_no_bundle_and_no_seq(make_node: Any, monkeypatch: Any,
                                                    tmp_path: Path) -> None:
    a, hq, _b = network(make_node)
    out = tmp_path / "usb"
    from app.services import sync_export

    def broken(target: Path, data: bytes) -> Path:
        tmp = target.with_name(f".{target.name}.partial")
        tmp.write_bytes(data[: len(data) // 2])
        raise OSError(28, "No space left on device", str(tmp))

    monkeypatch.setattr(sync_export, "write_partial", broken)
    with pytest.raises(OSError):
        send(a, hq, out=out)
    assert not any(p.suffix == ".fpbundle" for p in out.iterdir())
    monkeypatch.undo()
    path = send(a, hq, out=out)
    assert path.name.endswith("-1.fpbundle")
    assert recv(hq, path)["status"] == "imported"


def test_duplicate_mission_creation_on_two_nodes_is_no_conflict(make_node: Any) -> None:
    a = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    a2 = keyed(make_node("field", "MONUSCO Bunia", "MONUSCO"))
    hq = keyed(make_node("hq", "HQ", None))
    trust_both(a, hq)
    trust_both(a2, hq)
    recv(hq, send(a, hq))
    result = recv(hq, send(a2, hq))
    assert result["conflicts"] == 0
    assert records.counts(hq)["mission"] == 1


FULL_MISSION = {"code": "MONUSCO", "mission_type": "pko", "host_countries": ["CD"],
                "name": "United Nations Organization Stabilization Mission in the DRC",
                "description": "Peacekeeping operation in the Democratic Republic of the Congo"}


def _mission(ws: Workspace) -> dict[str, Any]:
    found = net.mission_by_code(ws, "MONUSCO")
    assert found is not None
    return found


@pytest.mark.both_backends
def test_first_sync_replaces_the_field_placeholder_mission_without_conflict(
        make_node: Any) -> None:
    a, hq = field_and_hq(make_node)
    net.create_mission(hq, FULL_MISSION)
    assert records.get(a, "mission", _mission(a)["id"])["version"] == 0  # init's placeholder

    to_hq = recv(hq, send(a, hq))
    back = recv(a, send(hq, a))

    assert (to_hq["conflicts"], back["conflicts"]) == (0, 0)
    for node in (a, hq):
        mission = _mission(node)
        assert (mission["name"], mission["host_countries"], mission["version"]) == (
            FULL_MISSION["name"], ["CD"], 1)


@pytest.mark.both_backends
def test_field_placeholder_gives_headquarters_the_mission_its_records_need(
        make_node: Any) -> None:
    a, hq = field_and_hq(make_node)
    act = records.create(a, "activity", {
        "title": "Judicial training", "kind": "training", "mission_id": _mission(a)["id"],
        "start_date": "2026-03-02", "end_date": "2026-03-03", "venue_city": "Goma",
        "venue_country": "CD"})
    result = recv(hq, send(a, hq))
    assert (result["status"], result["conflicts"]) == ("imported", 0)
    assert records.get(hq, "activity", act["id"])["title"] == "Judicial training"
    assert _mission(hq)["version"] == 0
    # Headquarters completes the record; the field node takes it without a conflict.
    records.update(hq, "mission", _mission(hq)["id"], {"name": FULL_MISSION["name"]})
    assert recv(a, send(hq, a))["conflicts"] == 0
    assert _mission(a)["name"] == FULL_MISSION["name"]


def test_editing_the_placeholder_before_the_first_sync_merges_field_by_field(
        make_node: Any) -> None:
    a, hq = field_and_hq(make_node)
    net.create_mission(hq, FULL_MISSION)
    records.update(a, "mission", _mission(a)["id"], {"description": "Written in Goma"})

    back = recv(a, send(hq, a))

    assert back["conflicts"] == 1  # both sides wrote the description
    mission = _mission(a)
    assert mission["description"] == "Written in Goma"  # the local value stays
    assert mission["name"] == FULL_MISSION["name"]  # the field Goma never changed
