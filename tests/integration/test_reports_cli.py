"""``focalpoint report ...`` end to end: files written, one-sentence errors, no traceback."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cli_support import node_args
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import run
from app.services import activities, assessments, attendance, network

pytestmark = pytest.mark.both_backends


@pytest.fixture
def node(ws):
    mission = network.mission_by_code(ws, "MONUSCO")
    activity = activities.create_activity(ws, {
        "title": "Conférence régionale", "kind": "conference", "mission_id": mission["id"],
        "start_date": dt.date(2024, 9, 10), "end_date": dt.date(2024, 9, 12)})
    attendance.add_walk_in(ws, activity["id"], {
        "full_name": "Дилноза Каримова", "sex": "f", "category": "government",
        "actor_type": "state", "country": "UZ"})
    a = assessments.create_assessment(ws, {"title": "Needs", "mission_id": mission["id"],
                                           "method": "desk_review", "status": "draft"})
    return {"home": node_args(ws), "activity": activity["id"], "assessment": a["id"]}


def cli(node, *args):
    return run([*node["home"], "report", *args])


@pytest.mark.parametrize("kind", ["sign-in", "attendance"])
def test_activity_reports(node, tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.pdf"
    assert cli(node, kind, node["activity"], "--out", str(out)) == 0
    assert "Wrote the" in capsys.readouterr().out
    assert "Дилноза Каримова" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_other_reports_and_json(node, tmp_path, capsys):
    assert cli(node, "assessment", node["assessment"], "--out", str(tmp_path / "a.pdf")) == 0
    assert cli(node, "programme", "--mission", "monusco", "--from", "2024-01-01", "--to",
               "31/12/2024", "--out", str(tmp_path / "p.pdf"), "--json") == 0
    printed = capsys.readouterr().out
    assert json.loads(printed[printed.index("{"):]) == {
        "report": "programme", "path": str(tmp_path / "p.pdf")}
    assert cli(node, "programme-xlsx", "--out", str(tmp_path / "p.xlsx")) == 0
    assert cli(node, "participants-xlsx", "--out", str(tmp_path / "all.xlsx"),
               "--pseudonymise") == 0
    rows = list(load_workbook(tmp_path / "all.xlsx")["Participants"].iter_rows(
        min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][3].startswith("Д.К. P-")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["sign-in", "no-such-id", "--out", "{tmp}/s.pdf"], 1, "No activity with id no-such-id"),
    (["attendance", "{activity}", "--out", "{tmp}/s.txt"], 2, "must end in .pdf"),
    (["sign-in", "{activity}", "--out", "{tmp}/missing/s.pdf"], 1, "does not exist"),
    (["programme", "--from", "yesterday", "--out", "{tmp}/p.pdf"], 2, "is not a date"),
    (["programme", "--mission", "NOPE", "--out", "{tmp}/p.pdf"], 1, "No mission with code"),
    (["programme", "--from", "2025-01-01", "--to", "2024-01-01", "--out", "{tmp}/p.pdf"], 2,
     "start of the period is after its end"),
])
def test_errors_are_one_sentence(node, tmp_path, capsys, args, code, message):
    folder = tmp_path / "out"
    folder.mkdir()
    filled = [a.format(tmp=folder, activity=node["activity"]) for a in args]
    assert cli(node, *filled) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert not list(folder.rglob("*"))  # nothing half-written left behind
