"""Dashboard figures on the demo programme, checked against values computed by hand:
activities, assessments, findings and lessons from the demo's JSON; beneficiaries
and scores by walking plain record listings in Python (not the dashboard's SQL)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import pytest

from app.domain.errors import NotFoundError, ValidationError
from app.services import dashboard, demo, records
from app.services.dashboard import Filters
from app.services.workspace import Workspace

pytestmark = pytest.mark.both_backends

PROGRAMME = json.loads((demo.demo_folder() / "programme.json").read_text(encoding="utf-8"))
WHOLE = Filters()
MID_2024 = Filters(date_from=dt.date(2024, 6, 1), date_to=dt.date(2024, 9, 30))


@pytest.fixture
def hq(make_node: Any) -> Workspace:
    ws = make_node("hq", "Headquarters", None)
    demo.load_demo(ws)
    return ws


def _in(day: str | None, f: Filters) -> bool:
    if day is None:
        return False
    d = dt.date.fromisoformat(day)
    return (f.date_from is None or d >= f.date_from) and (f.date_to is None or d <= f.date_to)


def _mine(item: dict[str, Any], f: Filters) -> bool:
    return f.mission is None or item["mission"] == f.mission


def expected_programme(f: Filters) -> dict[str, Any]:
    """Activities, assessments, findings, lessons, active missions: from the demo JSON."""
    acts = [a for a in PROGRAMME["activities"] if _mine(a, f) and _in(a["start_date"], f)]
    assessments = [a for a in PROGRAMME["assessments"]
                   if _mine(a, f) and _in(a.get("start_date") or a.get("end_date"), f)]
    findings = [x for a in assessments for x in a["findings"]]
    lessons = [x for x in PROGRAMME["lessons"] if _mine(x, f) and _in(x.get("date_shared"), f)]
    inits = [i for i in PROGRAMME["initiatives"] if _mine(i, f)
             and (f.date_to is None or i["start_date"] <= f.date_to.isoformat())
             and (f.date_from is None or i["end_date"] >= f.date_from.isoformat())]
    active = {x["mission"] for x in (*acts, *assessments, *lessons, *inits)}
    return {
        "kinds": Counter(a["kind"] for a in acts),
        "assessments": len(assessments),
        "heat": Counter((x["thematic_area"], x["severity"]) for x in findings),
        "answered": sum(1 for x in findings if x.get("initiative")),
        "lessons": len(lessons),
        "initiatives": len(inits),
        "missions_active": len(active),
    }


def expected_people(ws: Workspace, f: Filters) -> dict[str, Any]:
    """Beneficiaries and the knowledge gain, by walking the record listings."""
    codes = {m["id"]: m["code"] for m in records.list_all(ws, "mission")}
    acts = {a["id"] for a in records.list_all(ws, "activity")
            if (f.mission is None or codes[a["mission_id"]] == f.mission)
            and _in(a["start_date"], f)}
    people = {p["id"]: p for p in records.list_all(ws, "participant")}
    rows = [r for r in records.list_all(ws, "attendance")
            if r["activity_id"] in acts and r["role"] == "participant"
            and r["participant_id"] in people]
    ids = {r["participant_id"] for r in rows}
    gains = [r["post_score"] - r["pre_score"] for r in rows
             if r["pre_score"] is not None and r["post_score"] is not None]
    return {
        "total": len(ids),
        **{dim: dict(Counter(people[i][dim] or "" for i in ids))
           for dim in ("sex", "category", "actor_type", "country")},
        "gain": sum(gains) / len(gains) if gains else None,
        "pairs": len(gains),
    }


@pytest.mark.parametrize("filters", [
    WHOLE, MID_2024, Filters(mission="MONUSCO"), Filters(mission="UNSMIL"),
    Filters(mission="UNRCCA", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)),
], ids=["whole", "mid-2024", "monusco", "unsmil", "unrcca-2024"])
def test_figures_match_hand_computed_values(hq: Workspace, filters: Filters) -> None:
    data = dashboard.indicators(hq, filters)
    want = expected_programme(filters)
    people = expected_people(hq, filters)
    assert data["activities"]["by_kind"] == dict(want["kinds"])
    assert data["activities"]["trainings"] == want["kinds"]["training"]
    assert data["activities"]["events"] == sum(want["kinds"].values()) - want["kinds"]["training"]
    assert data["assessments"] == want["assessments"]
    heat = {(c["thematic_area"], c["severity"]): c["count"] for c in data["findings"]["heat"]}
    assert heat == dict(want["heat"])
    assert data["findings"]["answered"] == want["answered"]
    assert data["lessons"] == want["lessons"]
    assert data["initiatives"] == want["initiatives"]
    assert data["missions_active"] == want["missions_active"]
    got = data["beneficiaries"]
    assert got["total"] == people["total"]
    for dim in ("sex", "category", "actor_type", "country"):
        assert got[dim] == people[dim], dim
    assert got["score_pairs"] == people["pairs"]
    if people["gain"] is None:
        assert got["knowledge_gain"] is None
    else:
        assert got["knowledge_gain"] == pytest.approx(people["gain"])
    women = people["sex"].get("f", 0)
    assert data["women_share"] == (pytest.approx(women / people["total"])
                                   if people["total"] else None)


def test_whole_programme_in_numbers(hq: Workspace) -> None:
    """The demo's shape as a reader of DESIGN.md knows it: six activities (three MONUSCO
    trainings), three assessments with 16 findings, seven lessons, four missions."""
    data = dashboard.indicators(hq)
    assert data["activities"] == {"total": 6, "trainings": 3, "events": 3, "by_kind": {
        "training": 3, "conference": 1, "coc_workshop": 1, "side_event": 1}}
    assert data["assessments"] == 3
    assert data["findings"]["total"] == 16
    assert data["findings"]["answered_share"] == pytest.approx(
        data["findings"]["answered"] / 16)
    assert data["lessons"] == 7
    assert (data["missions_active"], data["missions_total"]) == (4, 4)
    assert data["beneficiaries"]["total"] > 0
    assert 0 < data["women_share"] < 1


def test_deleted_records_drop_out(hq: Workspace) -> None:
    before = dashboard.indicators(hq)
    lesson = records.list_all(hq, "lesson")[0]
    records.delete(hq, "lesson", lesson["id"])
    finding = records.list_all(hq, "finding")[0]
    records.delete(hq, "finding", finding["id"])
    after = dashboard.indicators(hq)
    assert after["lessons"] == before["lessons"] - 1
    assert after["findings"]["total"] == before["findings"]["total"] - 1
    reg = next(r for r in records.list_all(hq, "attendance") if r["role"] == "participant")
    records.delete(hq, "attendance", reg["id"])
    people = expected_people(hq, WHOLE)
    got = dashboard.indicators(hq)["beneficiaries"]
    assert (got["total"], got["sex"], got["score_pairs"]) == (
        people["total"], people["sex"], people["pairs"])


@pytest.mark.parametrize("filters", [WHOLE, MID_2024, Filters(mission="UNSMIL")],
                         ids=["whole", "mid-2024", "unsmil"])
def test_records_behind_each_figure_add_up(hq: Workspace, filters: Filters) -> None:
    data = dashboard.indicators(hq, filters)

    def n(figure: str, **key: str) -> int:
        return len(dashboard.records_behind(hq, figure, filters, key)["rows"])

    acts = data["activities"]
    assert (n("activities"), n("trainings"), n("events")) == (
        acts["total"], acts["trainings"], acts["events"])
    for kind, count in acts["by_kind"].items():
        assert n("activities", kind=kind) == count
    people = data["beneficiaries"]
    assert n("beneficiaries") == people["total"]
    for dim in ("sex", "category", "actor_type", "country"):
        for value, count in people[dim].items():
            assert n("beneficiaries", **{dim: value}) == count, (dim, value)
    assert n("knowledge_gain") == people["score_pairs"]
    for cell in data["findings"]["heat"]:
        assert n("findings", thematic_area=cell["thematic_area"],
                 severity=cell["severity"]) == cell["count"]
    assert n("findings") == data["findings"]["total"]
    assert n("findings_answered") == data["findings"]["answered"]
    assert n("assessments") == data["assessments"]
    assert n("lessons") == data["lessons"]
    assert n("initiatives") == data["initiatives"]
    assert n("missions_active") == data["missions_active"]


def test_records_behind_rows_are_the_right_ones(hq: Workspace) -> None:
    women = dashboard.records_behind(hq, "beneficiaries", key={"sex": "f"})
    assert women["table"] == "participant"
    assert women["rows"] and all(r["sex"] == "f" for r in women["rows"])
    gains = dashboard.records_behind(hq, "knowledge_gain")["rows"]
    assert all(r["gain"] == pytest.approx(r["post_score"] - r["pre_score"]) for r in gains)
    limited = dashboard.records_behind(hq, "beneficiaries", limit=5)
    assert len(limited["rows"]) == 5 and limited["more"] is True


def test_bad_filters_are_one_sentence_errors(hq: Workspace) -> None:
    with pytest.raises(NotFoundError, match="No mission with code NOPE"):
        dashboard.indicators(hq, Filters(mission="NOPE"))
    with pytest.raises(ValidationError):
        dashboard.indicators(hq, Filters(date_from=dt.date(2025, 1, 1),
                                         date_to=dt.date(2024, 1, 1)))
    with pytest.raises(NotFoundError, match="no figure called"):
        dashboard.records_behind(hq, "everything")


def test_empty_node_has_zero_figures(ws: Workspace) -> None:
    data = dashboard.indicators(ws)
    assert data["activities"]["total"] == 0
    assert data["beneficiaries"]["total"] == 0
    assert data["women_share"] is None
    assert data["beneficiaries"]["knowledge_gain"] is None
    assert data["findings"]["answered_share"] is None
    assert "MONUSCO" in [code for code, _name in dashboard.mission_choices(ws)]
