"""The demo programme: the programme's real figures, loaded through the services,
idempotent, the same on every node and every run, and available from the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sync_support import network, recv, send

from app.cli import run
from app.domain import vocab
from app.domain.errors import ConfigurationError
from app.services import activities, attendance, records
from app.services import demo as demo_service
from app.services.demo import build_rosters, demo_id, load_demo, read_demo_data
from app.services.workspace import Workspace
from app.store.models import AuditLog, ChangeLog

pytestmark = pytest.mark.both_backends

CENTRAL_ASIA = {"KZ", "KG", "TJ", "TM", "UZ"}
MONUSCO_TRAININGS = ("monusco-training-beni", "monusco-training-bunia",
                     "monusco-training-kinshasa")


def log_sizes(ws: Workspace) -> tuple[int, int]:
    with ws.session() as s:
        return (s.scalar(select(func.count()).select_from(ChangeLog)) or 0,
                s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def seats(ws: Workspace, key: str, role: str | None = "participant") -> list[dict[str, Any]]:
    rows = attendance.attendance_of(ws, demo_id("activity", key))
    return [r for r in rows if role is None or r["role"] == role]


def activity(ws: Workspace, key: str) -> dict[str, Any]:
    return records.get(ws, "activity", demo_id("activity", key))


def is_script(text: str, name: str) -> bool:
    return any(unicodedata.name(c, "").startswith(name) for c in text)


@pytest.fixture
def field(ws: Workspace) -> Workspace:
    """The MONUSCO field node with the demo loaded once."""
    load_demo(ws)
    return ws


def test_monusco_trained_75_distinct_beneficiaries(field: Workspace) -> None:
    people: set[str] = set()
    for key in MONUSCO_TRAININGS:
        rows = seats(field, key)
        assert rows, key
        people |= {r["participant_id"] for r in rows}
        assert {r["participant"]["category"] for r in rows} == {
            "magistrate", "prosecutor", "police", "corrections"}
    assert len(people) == 75
    venues = {activity(field, k)["venue_city"] for k in MONUSCO_TRAININGS}
    assert venues == {"Beni", "Bunia", "Kinshasa"}
    women = sum(1 for pid in people if records.get(field, "participant", pid)["sex"] == "f")
    assert 10 <= women <= 35  # a realistic share, neither none nor half
    # The trainers are not beneficiaries, and one person has a history across trainings.
    trainers = {r["participant_id"] for k in MONUSCO_TRAININGS for r in seats(field, k, "trainer")}
    assert trainers and not trainers & people
    assert len(attendance.history_of(field, next(iter(trainers)))) == 3


def test_monusco_attendance_has_absences_scores_and_certificates(field: Workspace) -> None:
    rows = [r for k in MONUSCO_TRAININGS for r in seats(field, k)]
    days = [len(r["days_present"]) for r in rows]
    assert max(days) == 3 and min(days) >= 1 and days.count(3) < len(rows)  # some absences
    assert all(r["pre_score"] is not None for r in rows)
    improved = [r for r in rows if r["post_score"] is not None
                and r["post_score"] > r["pre_score"]]
    assert len(improved) > len(rows) * 0.8
    for r in rows:  # a certificate for full attendance only
        assert r["certificate"] == (len(r["days_present"]) == 3)


def test_tashkent_conference_fifty_from_five_states(field: Workspace) -> None:
    act = activity(field, "unrcca-tashkent-conference")
    assert (act["start_date"], act["end_date"]) == ("2024-09-10", "2024-09-12")
    assert act["venue_city"] == "Tashkent" and act["venue_country"] == "UZ"
    assert act["owner_mission"] == "UNRCCA" and "UNOCT" in act["co_organisers"]
    day_dates = [d["day_date"] for d in activities.days_of(field, act["id"])]
    assert day_dates == ["2024-09-10", "2024-09-11", "2024-09-12"]
    rows = seats(field, "unrcca-tashkent-conference")
    people = [r["participant"] for r in rows]
    assert len({p["id"] for p in people}) == 50
    assert {p["country"] for p in people} == CENTRAL_ASIA
    assert {p["actor_type"] for p in people} == {"state", "non_state"}
    assert any(p["category"] == "civil_society" for p in people)
    cyrillic = [p for p in people if is_script(p["native_name"], "CYRILLIC")]
    assert len(cyrillic) >= 20
    assert all(not is_script(p["full_name"], "CYRILLIC") for p in people)  # Latin transliteration
    assert all(r["days_present"] for r in rows)


def test_tunis_code_of_conduct_workshop_and_side_event(field: Workspace) -> None:
    coc = activity(field, "unsmil-coc-tunis")
    assert (coc["kind"], coc["start_date"], coc["end_date"]) == (
        "coc_workshop", "2024-11-05", "2024-11-06")
    assert coc["venue_city"] == "Tunis" and coc["coc_commitments"]
    assert set(coc["coc_modules"]) <= set(vocab.COC_MODULES.codes) and len(coc["coc_modules"]) >= 4
    rows = seats(field, "unsmil-coc-tunis")
    last_day = activities.days_of(field, coc["id"])[-1]["id"]
    assert all(r["commitment_signed"] == (last_day in r["days_present"]) for r in rows)
    assert sum(r["commitment_signed"] for r in rows) >= len(rows) * 0.8
    people = [r["participant"] for r in rows]
    assert {p["category"] for p in people} >= {"military", "border", "police"}
    arabic = [p for p in people if is_script(p["native_name"], "ARABIC")]
    assert len(arabic) >= len(people) * 0.8

    side = activity(field, "unsmil-border-side-event")
    assert side["kind"] == "side_event"
    assert side["parties_represented"] and side["common_ground"] and side["follow_up"]
    guests = {r["participant_id"] for r in seats(field, "unsmil-border-side-event")}
    returning = guests & {p["id"] for p in people}
    assert len(returning) >= 4  # one person, one record: a history across both events
    entities = {records.get(field, "participant", pid)["entity_id"] for pid in returning}
    assert {demo_id("partner_entity", "ly-mil-west"),
            demo_id("partner_entity", "ly-mil-east")} <= entities  # opposing actors


def test_every_participant_is_valid(field: Workspace) -> None:
    people = records.list_all(field, "participant")
    assert len(people) > 150
    for p in people:
        assert p["sex"] in vocab.SEX and p["category"] in vocab.PARTICIPANT_CATEGORY
        assert p["actor_type"] in vocab.ACTOR_TYPE and p["country"]
        assert p["age_band"] in vocab.AGE_BAND
        assert p["name_key"]  # duplicate detection works on demo people too
    assert len({p["name_key"].split("|")[0] for p in people}) == len(people)
    accented = [p for p in people if p["country"] == "CD" and p["full_name"].isascii() is False]
    assert accented  # French spelling with diacritics


def test_programme_shape(field: Workspace) -> None:
    missions = {m["code"]: m for m in records.list_all(field, "mission")}
    assert set(missions) == {"HQ", "MONUSCO", "UNRCCA", "UNSMIL"}
    assert missions["HQ"]["mission_type"] == "hq"
    assert missions["UNRCCA"]["host_countries"] == ["KZ", "KG", "TJ", "TM", "UZ"]
    # The field node's own mission was a placeholder made by init: now it is complete.
    assert missions["MONUSCO"]["name"].startswith("United Nations Organization")
    focal = records.list_all(field, "focal_point")
    by_mission = {m["id"]: code for code, m in missions.items()}
    assert {by_mission[f["mission_id"]] for f in focal} == set(missions)
    initiatives = records.list_all(field, "initiative")
    assert sorted(i["owner_mission"] for i in initiatives) == ["MONUSCO", "UNRCCA", "UNSMIL"]
    assert all("UNOCT" in i["partners"] for i in initiatives)
    findings = records.list_all(field, "finding")
    for assessment in records.list_all(field, "assessment"):
        own = [f for f in findings if f["assessment_id"] == assessment["id"]]
        assert 3 <= len(own) <= 6
        assert any(f["initiative_id"] for f in own)
        assert all(f["evidence"] and f["recommendation"] for f in own)
    lessons = records.list_all(field, "lesson")
    assert len({lesson["mission_id"] for lesson in lessons}) >= 3
    assert all(lesson["source_activity_id"] or lesson["source_assessment_id"]
               for lesson in lessons)
    assert all(lesson["owner_mission"] is None for lesson in lessons)  # network-wide


def test_second_load_adds_nothing_and_logs_nothing(ws: Workspace) -> None:
    first = load_demo(ws)
    assert first["participant"] == 173 and first["activity"] == 6
    assert first["activity_day"] == 15 and first["mission"] == 3  # MONUSCO existed
    counts, logs = records.counts(ws), log_sizes(ws)
    second = load_demo(ws)
    assert sum(second.values()) == 0 and set(second) == set(first)
    assert records.counts(ws) == counts
    assert log_sizes(ws) == logs  # neither the change log nor the audit log grew


def test_load_writes_change_and_audit_logs(ws: Workspace) -> None:
    before = log_sizes(ws)
    added = load_demo(ws)
    after = log_sizes(ws)
    # One change per record added, plus the day labels and the completed mission.
    assert after[0] - before[0] >= sum(added.values())
    with ws.session() as s:
        demo_audit = s.scalars(select(AuditLog).where(AuditLog.action == "demo")).all()
        owners = dict(s.execute(select(ChangeLog.table_name, ChangeLog.owner_mission).where(
            ChangeLog.record_id == demo_id("participant", "unsmil-coc-tunis/000"))).all())
    assert len(demo_audit) == 1
    assert owners == {"participant": "UNSMIL"}  # routed with its activity's mission


def test_hq_node_and_field_node_hold_the_same_records(make_node: Any) -> None:
    field_ws = make_node("field", "UNSMIL Tripoli", "UNSMIL")
    hq = make_node("hq", "OROLSI HQ", None)
    added = load_demo(hq)
    assert added["mission"] == 4
    load_demo(field_ws)
    assert records.counts(hq) == records.counts(field_ws)
    for table in ("mission", "participant", "attendance", "activity_day", "finding"):
        ids = {r["id"] for r in records.list_all(hq, table)}
        assert ids == {r["id"] for r in records.list_all(field_ws, table)}, table
    unsmil = {m["code"]: m for m in records.list_all(field_ws, "mission")}["UNSMIL"]
    assert unsmil["mission_type"] == "spm"  # the placeholder's default 'pko' corrected
    att_hq = {r["id"]: r["days_present"] for r in records.list_all(hq, "attendance")}
    att_field = {r["id"]: r["days_present"] for r in records.list_all(field_ws, "attendance")}
    assert att_hq == att_field


def test_records_the_user_deleted_stay_deleted(ws: Workspace) -> None:
    load_demo(ws)
    side_event = demo_id("activity", "unsmil-border-side-event")
    person = demo_id("participant", "monusco-training-beni/000")
    records.delete(ws, "activity", side_event)
    records.delete(ws, "participant", person)
    counts = records.counts(ws)
    assert sum(load_demo(ws).values()) == 0
    assert records.counts(ws) == counts


def test_rosters_are_the_same_on_every_run_and_machine(tmp_path: Path) -> None:
    """String seeds do not depend on PYTHONHASHSEED: compare two fresh interpreters."""
    script = ("import json, sys; from app.services.demo import build_rosters, read_demo_data; "
              "r, p = build_rosters(read_demo_data()); "
              "json.dump([[s.__dict__ for s in x.seats] for x in r] + "
              "[{k: v.fields for k, v in sorted(p.items())}], sys.stdout, default=str)")
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin"},
                              cwd=Path(__file__).resolve().parents[2])
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    rosters, people = build_rosters(read_demo_data())
    assert json.loads(outputs[0])[-1] == {k: v.fields for k, v in sorted(people.items())}
    assert sum(len(r.generated) for r in rosters) == 75 + 50 + 30 + 12


def test_damaged_demo_files_give_one_sentence(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              ws: Workspace) -> None:
    (tmp_path / "programme.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(demo_service, "demo_folder", lambda: tmp_path)
    with pytest.raises(ConfigurationError, match="missing or damaged"):
        load_demo(ws)
    assert records.counts(ws)["participant"] == 0  # nothing half-loaded


def test_cli_demo_twice_then_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", "a long passphrase for the demo node")
    home = ["--home", str(tmp_path / "goma")]
    assert run([*home, "init", "--kind", "field", "--name", "MONUSCO Goma",
                "--mission", "MONUSCO"]) == 0
    capsys.readouterr()
    assert run([*home, "demo"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("Loaded the demo programme:") and "173 participants" in first
    assert run([*home, "demo", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["total"] == 0 and second["added"]["participant"] == 0
    assert run([*home, "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["mission"] == 4 and stats["activity"] == 6
    assert stats["participant"] == 173 and stats["attendance"] == 184
    assert run([*home, "list", "activities", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 6
    tashkent = next(r for r in rows if r["venue_city"] == "Tashkent")
    assert dt.date.fromisoformat(tashkent["start_date"]) == dt.date(2024, 9, 10)


def test_cli_demo_without_a_node_is_one_sentence(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["--home", str(tmp_path / "nowhere"), "demo"])
    err = capsys.readouterr().err
    assert code != 0 and "run 'focalpoint init' first" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_demo_travels_to_hq_and_each_mission_gets_its_own(make_node: Any) -> None:
    """Loaded on one field node, the demo reaches HQ whole and without conflicts; HQ
    relays to UNSMIL only UNSMIL's activities and people (records routed by mission)."""
    monusco, hq, unsmil = network(make_node)
    load_demo(monusco)
    result = recv(hq, send(monusco, hq))
    assert result["status"] == "imported" and result["conflicts"] == 0
    assert records.counts(hq) == records.counts(monusco)
    recv(unsmil, send(hq, unsmil))
    people = records.list_all(unsmil, "participant")
    assert people and {p["owner_mission"] for p in people} == {"UNSMIL"}
    assert {a["owner_mission"] for a in records.list_all(unsmil, "activity")} == {"UNSMIL"}
    assert len(records.list_all(unsmil, "lesson")) == 7  # lessons are network-wide


def test_demo_loaded_on_two_nodes_merges_without_duplicates(make_node: Any) -> None:
    """Stable ids (activity days included): the same records, not twice as many."""
    monusco, hq, _ = network(make_node)
    load_demo(monusco)
    load_demo(hq)
    counts = records.counts(hq)
    assert recv(hq, send(monusco, hq))["status"] == "imported"
    assert records.counts(hq) == counts


def test_demo_on_a_node_of_a_mission_outside_the_demo(make_node: Any) -> None:
    """A MINUSCA node keeps its own mission and gets the demo's four besides."""
    ws = make_node("field", "MINUSCA Bangui", "MINUSCA")
    added = load_demo(ws)
    assert added["mission"] == 4 and added["participant"] == 173
    codes = {m["code"] for m in records.list_all(ws, "mission")}
    assert codes == {"MINUSCA", "HQ", "MONUSCO", "UNRCCA", "UNSMIL"}
    assert {p["owner_mission"] for p in records.list_all(ws, "participant")} == {
        "MONUSCO", "UNRCCA", "UNSMIL"}


def test_name_rules_of_the_generator() -> None:
    from app.services.demo_roster import feminine

    assert feminine("Nazarov") == "Nazarova" and feminine("Назаров") == "Назарова"
    assert feminine("Öwezow") == "Öwezowa" and feminine("Sarsenbayev") == "Sarsenbayeva"
    assert feminine("Rahmonzoda") == "Rahmonzoda" and feminine("Раҳмонзода") == "Раҳмонзода"
    data = read_demo_data()
    _, people = build_rosters(data)
    generated = [p.fields for k, p in people.items() if "/" in k]
    women_ca = [p for p in generated if p["country"] in CENTRAL_ASIA and p["sex"] == "f"]
    assert any(p["full_name"].endswith("ova") for p in women_ca)
    libyans = [p["full_name"].split() for p in generated if p["country"] == "LY"]
    assert all(words[0] != words[1] for words in libyans)  # a father's name, not a repeat
    unique = set(data.pools["drc"]["unique_positions"])
    heads = [(p["organisation"], p["position"]) for p in generated if p["position"] in unique]
    assert heads and len(heads) == len(set(heads))  # e.g. one director per prison
