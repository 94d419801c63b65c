"""Each service's validation and writes on a real SQLite file: records, versions,
change log (for sync) and audit log (field names only)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.errors import DuplicateError, NotFoundError, StorageError, ValidationError
from app.services import activities, assessments, attendance, initiatives, lessons, network, records
from app.store.models import AuditLog, ChangeLog, Participant, stable_id

pytestmark = pytest.mark.both_backends


def _mission_id(ws) -> str:
    return network.mission_by_code(ws, "MONUSCO")["id"]


def _activity(ws, **over):
    data = {"title": "Deradicalisation training", "kind": "training",
            "mission_id": _mission_id(ws), "start_date": "2024-03-04",
            "end_date": "2024-03-06", "venue_city": "Beni", "venue_country": "CD"}
    data.update(over)
    return activities.create_activity(ws, data)


def _person(**over):
    data = {"full_name": "Élodie Mbeki", "sex": "F", "category": "magistrate",
            "actor_type": "state", "organisation": "Tribunal de grande instance de Beni"}
    data.update(over)
    return data


def _changes(ws, record_id):
    with ws.session() as s:
        return list(s.scalars(select(ChangeLog).where(ChangeLog.record_id == record_id)
                              .order_by(ChangeLog.id)))


def test_create_writes_version_change_log_and_audit(ws):
    entity = network.create_entity(ws, {"name": "Police nationale congolaise",
                                        "acronym": "PNC", "country": "CD", "sector": "police"})
    assert entity["version"] == 1 and entity["owner_mission"] is None
    (change,) = _changes(ws, entity["id"])
    assert change.op == "upsert" and change.base_version == 0 and change.version == 1
    assert change.fields["acronym"] == "PNC" and change.before == {}
    assert change.change_id == f"{ws.node.id}:{change.origin_seq}"
    with ws.session() as s:
        audit = s.scalars(select(AuditLog).where(AuditLog.record_id == entity["id"])).one()
    assert audit.action == "create" and "name" in audit.field_names
    assert "Police" not in audit.detail  # names of fields, never values


def test_update_logs_only_changed_fields_with_before(ws):
    entity = network.create_entity(ws, {"name": "PNC", "sector": "police"})
    updated = records.update(ws, "partner_entity", entity["id"],
                             {"name": "PNC", "acronym": "PNC", "country": "RDC"})
    assert updated["version"] == 2 and updated["country"] == "CD"
    last = _changes(ws, entity["id"])[-1]
    assert last.fields == {"acronym": "PNC", "country": "CD"}
    assert last.before == {"acronym": "", "country": None}
    assert last.base_version == 1 and last.version == 2
    # Saving the same values again changes nothing and logs nothing.
    records.update(ws, "partner_entity", entity["id"], {"acronym": "PNC"})
    assert len(_changes(ws, entity["id"])) == 2


def test_change_sequence_is_gapless_across_transactions(ws):
    for i in range(3):
        network.create_entity(ws, {"name": f"Entity {i}", "sector": "other"})
    with ws.session() as s:
        seqs = list(s.scalars(select(ChangeLog.origin_seq).order_by(ChangeLog.id)))
    assert seqs == list(range(1, len(seqs) + 1))


def test_soft_delete_is_a_tombstone_and_hides_the_record(ws):
    lesson = lessons.create_lesson(ws, {"title": "Involve prison staff early", "kind": "lesson",
                                        "thematic_area": "prisons_veo", "text": "..."})
    records.delete(ws, "lesson", lesson["id"])
    assert records.list_all(ws, "lesson") == []
    assert records.list_all(ws, "lesson", include_deleted=True)[0]["deleted"] is True
    last = _changes(ws, lesson["id"])[-1]
    assert last.op == "delete" and last.version == 2
    with pytest.raises(NotFoundError):
        records.get(ws, "lesson", lesson["id"])


def test_activity_validation_names_fields(ws):
    with pytest.raises(ValidationError) as info:
        _activity(ws, title="", kind="party", end_date="2024-03-01")
    errors = info.value.errors
    assert errors["title"] == "Title is required"
    assert "'party' is not a known value" in errors["kind"]
    assert errors["end_date"] == "The end date is before the start date"
    assert records.counts(ws)["activity"] == 0


def test_activity_days_follow_the_dates(ws):
    act = _activity(ws)
    days = activities.days_of(ws, act["id"])
    assert [d["day_date"] for d in days] == ["2024-03-04", "2024-03-05", "2024-03-06"]
    assert {d["owner_mission"] for d in days} == {"MONUSCO"}
    records.update(ws, "activity", act["id"], {"end_date": "2024-03-07",
                                               "start_date": "2024-03-05"})
    days = activities.days_of(ws, act["id"])
    assert [d["day_date"] for d in days] == ["2024-03-05", "2024-03-06", "2024-03-07"]


def test_activity_dates_cannot_drop_a_day_with_attendance(ws):
    act = _activity(ws)
    reg = attendance.add_walk_in(ws, act["id"], _person())
    first = activities.days_of(ws, act["id"])[0]
    attendance.set_presence(ws, reg["attendance"]["id"], first["id"], True)
    with pytest.raises(ValidationError) as info:
        records.update(ws, "activity", act["id"], {"start_date": "2024-03-05"})
    assert "outside the new dates" in info.value.errors["end_date"]
    assert records.get(ws, "activity", act["id"])["start_date"] == "2024-03-04"


def test_activity_longer_than_limit_refused(ws):
    with pytest.raises(ValidationError) as info:
        _activity(ws, end_date="2024-12-31")
    assert "at most 62 days" in info.value.errors["end_date"]


def test_duplicate_participant_reported_ignoring_accents_case_and_order(ws):
    attendance.create_participant(ws, _person())
    with pytest.raises(DuplicateError) as info:
        attendance.create_participant(ws, _person(full_name="MBEKI elodie",
                                                  organisation="tribunal de grande "
                                                               "instance de beni"))
    assert len(info.value.candidates) == 1
    assert "already exists" in str(info.value)
    # Same name elsewhere is another person; an explicit confirmation creates a twin.
    attendance.create_participant(ws, _person(organisation="Parquet de Bunia"))
    attendance.create_participant(ws, _person(), allow_duplicate=True)
    assert records.counts(ws)["participant"] == 3


def test_walk_in_registration_presence_and_scores(ws):
    act = _activity(ws)
    reg = attendance.add_walk_in(ws, act["id"], _person(full_name="Жасур Каримов",
                                                        category="police"))
    att_id = reg["attendance"]["id"]
    day_ids = [d["id"] for d in activities.days_of(ws, act["id"])]
    attendance.set_presence(ws, att_id, day_ids[0], True)
    attendance.set_presence(ws, att_id, day_ids[2], True)
    attendance.set_presence(ws, att_id, day_ids[0], False)
    row = attendance.update_attendance(ws, att_id, {"pre_score": "45", "post_score": 80,
                                                    "certificate": "oui"})
    assert row["days_present"] == [day_ids[2]]
    assert (row["pre_score"], row["post_score"], row["certificate"]) == (45.0, 80.0, True)
    (listed,) = attendance.attendance_of(ws, act["id"])
    assert listed["participant"]["full_name"] == "Жасур Каримов"
    assert attendance.history_of(ws, reg["participant"]["id"])[0]["activity"]["id"] == act["id"]


def test_attendance_rejects_foreign_day_and_double_registration(ws):
    act, other = _activity(ws), _activity(ws, title="Other")
    reg = attendance.add_walk_in(ws, act["id"], _person())
    foreign_day = activities.days_of(ws, other["id"])[0]["id"]
    with pytest.raises(ValidationError) as info:
        attendance.update_attendance(ws, reg["attendance"]["id"],
                                     {"days_present": [foreign_day]})
    assert info.value.errors["days_present"] == "A day is not one of this activity's days"
    with pytest.raises(ValidationError) as info:
        attendance.register(ws, act["id"], reg["participant"]["id"])
    assert "already registered" in info.value.errors["participant_id"]


def test_references_must_exist(ws):
    with pytest.raises(ValidationError) as info:
        attendance.register(ws, "no-such-activity", "no-such-person")
    assert info.value.errors["activity_id"] == "Activity: no such record"
    assert info.value.errors["participant_id"] == "Participant: no such record"


def test_mission_codes_unique_and_ids_stable(ws):
    unrcca = network.create_mission(ws, {"code": "unrcca", "name": "UNRCCA",
                                         "mission_type": "spm",
                                         "host_countries": "KZ, KG, TJ, TM, UZ"})
    assert unrcca["id"] == stable_id("mission", "UNRCCA")
    assert unrcca["host_countries"] == ["KZ", "KG", "TJ", "TM", "UZ"]
    with pytest.raises(ValidationError) as info:
        network.create_mission(ws, {"code": "UNRCCA", "name": "Again", "mission_type": "spm"})
    assert info.value.errors["code"] == "A mission with code UNRCCA already exists"


def test_assessment_with_entities_and_findings(ws):
    mission_id = _mission_id(ws)
    police = network.create_entity(ws, {"name": "PNC", "sector": "police"})
    prisons = network.create_entity(ws, {"name": "DGSP", "sector": "corrections"})
    ass = assessments.create_assessment(ws, {"title": "Prisons and criminal justice",
                                             "mission_id": mission_id, "method": "interviews",
                                             "status": "draft"}, [police["id"]])
    assert ass["owner_mission"] == "MONUSCO"
    assessments.set_entities(ws, ass["id"], [prisons["id"]])
    assert assessments.entities_of(ws, ass["id"]) == [prisons["id"]]
    assessments.set_entities(ws, ass["id"], [police["id"], prisons["id"]])
    assert sorted(assessments.entities_of(ws, ass["id"])) == sorted([police["id"],
                                                                      prisons["id"]])
    ini = initiatives.create_initiative(ws, {"title": "VEO management pilot",
                                             "mission_id": mission_id, "status": "ongoing"})
    finding = assessments.add_finding(ws, {"assessment_id": ass["id"], "title": "No VEO "
                                           "risk assessment", "thematic_area": "prisons_veo",
                                           "severity": "high", "initiative_id": ini["id"]})
    assert finding["owner_mission"] == "MONUSCO"
    assert [f["id"] for f in assessments.findings_of(ws, ass["id"])] == [finding["id"]]


def test_finding_cannot_link_another_missions_initiative(ws):
    other = network.create_mission(ws, {"code": "UNSMIL", "name": "UNSMIL",
                                        "mission_type": "spm"})
    ini = initiatives.create_initiative(ws, {"title": "Border pilot", "mission_id": other["id"],
                                             "status": "proposed"})
    assert ini["owner_mission"] == "UNSMIL"
    ass = assessments.create_assessment(ws, {"title": "A", "mission_id": _mission_id(ws),
                                             "method": "desk_review", "status": "draft"})
    with pytest.raises(ValidationError) as info:
        assessments.add_finding(ws, {"assessment_id": ass["id"], "title": "Gap",
                                     "thematic_area": "coordination", "severity": "low",
                                     "initiative_id": ini["id"]})
    assert info.value.errors["initiative_id"] == "The initiative belongs to another mission"


def test_failed_use_case_writes_nothing(ws):
    with ws.session() as s:
        before = s.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))
    with pytest.raises(ValidationError):
        attendance.add_walk_in(ws, _activity(ws)["id"], _person(sex="unknown"))
    with ws.session() as s:
        assert s.scalars(select(Participant)).all() == []
        after = s.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))
    assert after > before  # only the activity's own changes were logged
    assert all(c.table_name in ("activity", "activity_day")
               for c in _changes_after(ws, before))


def _changes_after(ws, change_id):
    with ws.session() as s:
        return list(s.scalars(select(ChangeLog).where(ChangeLog.id > change_id)))


def test_integrity_error_becomes_one_sentence(ws):
    with pytest.raises(StorageError) as info, ws.transaction() as tx:
        tx.create(Participant, {"full_name": "X", "sex": "f", "category": "other",
                                "entity_id": "missing"})
    assert "nothing was saved" in str(info.value)
