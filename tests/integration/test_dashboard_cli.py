"""``focalpoint dashboard``: the same figures as the Dashboard page, as text or JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cli_support import node_args

from app.cli import run
from app.services import dashboard, demo
from app.services.dashboard import Filters
from app.services.workspace import Workspace

pytestmark = pytest.mark.both_backends


@pytest.fixture
def hq(make_node: Any) -> Workspace:
    ws = make_node("hq", "Headquarters", None)
    demo.load_demo(ws)
    return ws


def _json(capsys: pytest.CaptureFixture[str]) -> Any:
    printed = capsys.readouterr().out
    return json.loads(printed[printed.index("{"):])


def test_json_equals_the_service_figures(hq: Workspace, capsys) -> None:
    home = node_args(hq)
    assert run([*home, "dashboard", "--json"]) == 0
    assert _json(capsys) == json.loads(json.dumps(dashboard.indicators(hq)))
    assert run([*home, "dashboard", "--mission", "monusco", "--from", "2024-01-01",
                "--to", "2024-12-31", "--json"]) == 0
    scoped = _json(capsys)
    want = dashboard.indicators(hq, Filters(mission="MONUSCO", date_from=_d("2024-01-01"),
                                            date_to=_d("2024-12-31")))
    assert scoped == json.loads(json.dumps(want))
    assert scoped["filters"]["mission"] == "MONUSCO"


def _d(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_text_names_the_figures(hq: Workspace, capsys) -> None:
    assert run([*node_args(hq), "dashboard"]) == 0
    out = capsys.readouterr().out
    data = dashboard.indicators(hq)
    people = data["beneficiaries"]
    assert "Programme indicators: every mission" in out
    assert "Activities held: 6 (3 trainings, 3 other events)" in out
    assert f"Unique beneficiaries: {people['total']} (women {data['women_share']:.0%})" in out
    assert f"Female {people['sex']['f']}" in out
    assert "Missions active: 4 of 4" in out
    assert f"findings: {data['findings']['total']}," in out


@pytest.mark.parametrize(("args", "message"), [
    (["--mission", "NOPE"], "NOPE"),
    (["--from", "yesterday"], "yesterday is not a date"),
])
def test_bad_filters_are_one_sentence(hq: Workspace, capsys, args, message) -> None:
    assert run([*node_args(hq), "dashboard", *args]) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
