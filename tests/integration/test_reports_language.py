"""``focalpoint report ... --lang`` and the services' ``lang=``: a real node prints its
reports in French, Russian and Arabic; an unknown language is one sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import run
from app.services import activities, attendance, network
from app.services import reporting as rep


@pytest.fixture
def node(ws):
    mission = network.mission_by_code(ws, "MONUSCO")
    activity = activities.create_activity(ws, {
        "title": "Conférence régionale", "kind": "coc_workshop", "mission_id": mission["id"],
        "start_date": dt.date(2024, 9, 10), "end_date": dt.date(2024, 9, 11),
        "venue_country": "CD", "coc_modules": ["ct_hr"]})
    attendance.add_walk_in(ws, activity["id"], {
        "full_name": "Дилноза Каримова", "sex": "f", "category": "government",
        "actor_type": "state", "country": "UZ"})
    return {"ws": ws, "home": str(ws.paths.home), "activity": activity["id"]}


def text(path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ["Feuille de présence", "Atelier sur le code de conduite", "Jour 2",
            "République démocratique du Congo", "Femme"]),
    ("ru", ["Лист регистрации участников", "Практикум по кодексу поведения", "День 2",
            "Демократическая Республика Конго", "Женский"]),
])
def test_cli_prints_a_report_in_the_chosen_language(node, tmp_path, capsys, lang, expected):
    out = tmp_path / f"{lang}.pdf"
    assert run(["--home", node["home"], "report", "sign-in", node["activity"], "--out",
                str(out), "--lang", lang]) == 0
    found = text(out)
    assert all(e in found for e in expected), found[:400]
    assert "Дилноза Каримова" in found and "Sign-in sheet" not in found


def test_cli_workbook_in_arabic_and_english_default(node, tmp_path):
    out = tmp_path / "ar.xlsx"
    assert run(["--home", node["home"], "report", "participants-xlsx", node["activity"],
                "--out", str(out), "--lang", "AR"]) == 0
    book = load_workbook(out)
    assert book.worksheets[0].sheet_view.rightToLeft and book.sheetnames[0] == "المشاركون"
    en = tmp_path / "en.xlsx"
    assert run(["--home", node["home"], "report", "participants-xlsx", node["activity"],
                "--out", str(en)]) == 0
    assert load_workbook(en).sheetnames[0] == "Participants"


def test_unknown_language_is_one_sentence_and_writes_nothing(node, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = run(["--home", node["home"], "report", "attendance", node["activity"], "--out",
                str(out), "--lang", "de"])
    err = capsys.readouterr().err
    assert code == 2 and "de is not a language FocalPoint speaks" in err
    assert "Traceback" not in err and err.count("\n") == 1 and not out.exists()


def test_services_take_a_language(node, tmp_path):
    ws = node["ws"]
    found = text(rep.attendance_report(ws, node["activity"], tmp_path / "a.pdf", lang="fr"))
    assert "Rapport de présence" in found and "Lutte contre le terrorisme et droits de l'homme" \
        in found
    found = text(rep.programme_report(ws, tmp_path / "p.pdf", lang="ru"))
    assert "Отчет о программе" in found and "Все миссии" in found
    assert "Programme report" in text(rep.programme_report(ws, tmp_path / "e.pdf"))
