"""Reports from a real node: every participant and every total a report claims is in
the PDF's text and matches the database; empty, single and large activities work."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.domain.errors import NotFoundError, ValidationError
from app.reports.pseudonym import reference
from app.services import activities, assessments, attendance, initiatives, lessons, network
from app.services import reporting as rep
from app.store.models import Attendance

pytestmark = pytest.mark.both_backends

NAMES = [
    ("Élodie Mbéki-Nsanga", "", "f", "magistrate", "Tribunal de Grande Instance de Beni", "CD"),
    ("Алишер Усманов", "", "m", "police", "МВД Республики Узбекистан", "UZ"),
    ("Айгерім Сәрсенбаева", "", "f", "border", "Шекара қызметі", "KZ"),
    ("Ahmed Al-Mansouri", "أحمد المنصوري", "m", "military", "الجيش الوطني الليبي", "LY"),
    ("François Kabongo", "", "m", "corrections", "Prison centrale de Bunia", "CD"),
]


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space (cell and line breaks) as one space."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


def make_activity(ws, *, kind: str = "training", days: int = 3) -> str:
    mission = network.mission_by_code(ws, "MONUSCO")
    start = dt.date(2024, 9, 10)
    return activities.create_activity(ws, {
        "title": "Déradicalisation et réintégration des détenus", "kind": kind,
        "mission_id": mission["id"], "start_date": start,
        "end_date": start + dt.timedelta(days=days - 1), "venue_city": "Beni",
        "venue_country": "CD", "coc_modules": ["ihl_ihrl"],
        "coc_commitments": "Respecter le droit international humanitaire."})["id"]


def register_people(ws, activity_id: str, people: list[tuple], *, ticks: bool = True
                    ) -> list[dict]:
    days = activities.days_of(ws, activity_id)
    out = []
    for i, (name, native, sex, category, org, country) in enumerate(people):
        row = attendance.add_walk_in(ws, activity_id, {
            "full_name": name, "native_name": native, "sex": sex, "category": category,
            "organisation": org, "country": country, "actor_type": "state"},
            allow_duplicate=True)
        present = [d["id"] for j, d in enumerate(days) if ticks and (i + j) % 4 != 3]
        attendance.update_attendance(ws, row["attendance"]["id"], {
            "days_present": present, "pre_score": 40 + i % 30, "post_score": 70 + i % 25,
            "certificate": i % 3 != 0, "commitment_signed": True})
        out.append(row)
    return out


def test_attendance_report_shows_every_participant_and_total(ws, tmp_path):
    activity_id = make_activity(ws)
    register_people(ws, activity_id, NAMES)
    trainer = attendance.add_walk_in(ws, activity_id, {
        "full_name": "Trainer Tshibanda", "sex": "m", "category": "other",
        "actor_type": "non_state"}, role="trainer")
    out = rep.attendance_report(ws, activity_id, tmp_path / "att.pdf")
    text = pdf_text(out)
    for name, *_ in NAMES[:3] + NAMES[4:]:
        assert name in text
    with ws.session() as s:
        registered = s.scalar(select(func.count(Attendance.id)).where(
            Attendance.activity_id == activity_id, Attendance.role == "participant"))
    assert registered == 5
    assert f"Participants registered {registered} (Female 2, Male 3)" in text
    assert "Trainers, facilitators, observers and organisers 1" in text
    assert "Trainer Tshibanda" in text and trainer["attendance"]["role"] == "trainer"
    data = rep.activity_data(ws, activity_id)
    person_days = sum(len(p.days_present) for p in data.people if p.role == "participant")
    assert f"Attendance rate {100 * person_days / 15:.1f}%" in text
    assert "Page 1 of" in text and "Printed" in text and "MONUSCO Goma" in text


@pytest.mark.parametrize("count", [0, 1, 300])
def test_sign_in_and_attendance_for_empty_single_and_large(ws, tmp_path, count):
    activity_id = make_activity(ws, days=2)
    people = [(f"Participant {i:04d} Kasongo", "", "fm"[i % 2], "police", "PNC", "CD")
              for i in range(count)]
    register_people(ws, activity_id, people)
    sheet = rep.sign_in_sheet(ws, activity_id, tmp_path / "sign.pdf")
    report = rep.attendance_report(ws, activity_id, tmp_path / "att.pdf")
    sign_text, att_text = pdf_text(sheet), pdf_text(report)
    for name, *_ in people:
        assert name in sign_text
        assert name in att_text
    assert f"Participants registered {count}" in att_text
    pages = len(PdfReader(sheet).pages)
    assert f"Page {pages} of {pages}" in sign_text
    # The header row is repeated on every page of the sign-in sheet.
    assert sign_text.count("Organisation Position Sex") == pages
    if count == 0:
        assert "No one is registered for this activity yet." in att_text


def test_pseudonymised_reports_hide_names(ws, tmp_path):
    activity_id = make_activity(ws)
    rows = register_people(ws, activity_id, NAMES[:3])
    for builder in (rep.sign_in_sheet, rep.attendance_report):
        text = pdf_text(builder(ws, activity_id, tmp_path / f"{builder.__name__}.pdf",
                                pseudonymise=True))
        for (name, *_), row in zip(NAMES[:3], rows, strict=True):
            assert name not in text
            assert reference(row["participant"]["id"]) in text
        assert "names pseudonymised" in text
    book = rep.participants_xlsx(ws, tmp_path / "p.xlsx", activity_id=activity_id,
                                 pseudonymise=True)
    values = [c.value for r in load_workbook(book)["Participants"].iter_rows() for c in r]
    assert not any(name in values for name, *_ in NAMES[:3])


def test_assessment_report(ws, tmp_path):
    mission = network.mission_by_code(ws, "MONUSCO")
    entity = network.create_entity(ws, {"name": "Police nationale congolaise",
                                        "acronym": "PNC", "country": "CD", "sector": "police"})
    initiative = initiatives.create_initiative(ws, {
        "title": "Pilot: prison deradicalisation in Beni", "mission_id": mission["id"],
        "status": "ongoing"})
    a = assessments.create_assessment(ws, {
        "title": "Évaluation des besoins – Nord-Kivu", "mission_id": mission["id"],
        "method": "interviews", "status": "final", "summary": "Résumé des constats."},
        [entity["id"]])
    for title, area, sev in (("No rehabilitation programme", "prisons_veo", "critical"),
                             ("Weak case files", "investigation", "medium")):
        assessments.add_finding(ws, {"assessment_id": a["id"], "title": title,
                                     "thematic_area": area, "severity": sev,
                                     "recommendation": f"Fix: {title}",
                                     "initiative_id": initiative["id"]})
    text = pdf_text(rep.assessment_report(ws, a["id"], tmp_path / "a.pdf"))
    for expected in ("Évaluation des besoins – Nord-Kivu", "Police nationale congolaise",
                     "[Critical] No rehabilitation programme", "Fix: Weak case files",
                     "Prisons and violent-extremist offenders", "Investigation",
                     "Pilot: prison deradicalisation in Beni", "Interviews"):
        assert expected in text
    with pytest.raises(NotFoundError):
        rep.assessment_report(ws, "nope", tmp_path / "b.pdf")


def test_programme_report_totals_match_database(ws, tmp_path):
    first = make_activity(ws)
    first_rows = register_people(ws, first, NAMES)
    second = make_activity(ws, kind="coc_workshop", days=1)
    register_people(ws, second, NAMES[:1])  # a namesake: another person
    attendance.register(ws, second, first_rows[0]["participant"]["id"])  # a returning one
    mission = network.mission_by_code(ws, "MONUSCO")
    lessons.create_lesson(ws, {"title": "Mixed police-prosecutor classes work", "kind":
                               "good_practice", "thematic_area": "investigation",
                               "text": "…", "mission_id": mission["id"],
                               "date_shared": dt.date(2024, 10, 1)})
    data = rep.programme_data(ws, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    with ws.session() as s:
        pairs = s.execute(select(Attendance.participant_id).where(
            Attendance.role == "participant", Attendance.deleted.is_(False))).all()
    assert data.attendances == len(pairs) == 7
    assert data.beneficiaries == len({p for (p,) in pairs}) == 6
    assert data.activities == {("MONUSCO", "training"): 1, ("MONUSCO", "coc_workshop"): 1}
    assert sum(data.beneficiaries_by_sex.values()) == data.beneficiaries
    text = pdf_text(rep.programme_report(ws, tmp_path / "p.pdf", date_from=dt.date(2024, 1, 1),
                                         date_to=dt.date(2024, 12, 31)))
    assert "Beneficiaries (distinct people) 6" in text
    assert "Attendances (people x activities) 7" in text
    assert "Mixed police-prosecutor classes work" in text
    empty = rep.programme_data(ws, date_from=dt.date(2025, 1, 1))
    assert empty.beneficiaries == 0 and not empty.activities and not empty.lessons
    assert "No activity in this period." in pdf_text(
        rep.programme_report(ws, tmp_path / "e.pdf", date_from=dt.date(2025, 1, 1)))
    with pytest.raises(NotFoundError):
        rep.programme_data(ws, mission="NOPE")
    with pytest.raises(ValidationError):
        rep.programme_data(ws, date_from=dt.date(2025, 1, 1), date_to=dt.date(2024, 1, 1))


def test_xlsx_exports_are_typed_frozen_and_filtered(ws, tmp_path):
    activity_id = make_activity(ws)
    register_people(ws, activity_id, [*NAMES, ("=HYPERLINK(\"x\")", "", "m", "other", "@org",
                                                None)])
    book = load_workbook(rep.participants_xlsx(ws, tmp_path / "p.xlsx",
                                                activity_id=activity_id))
    sheet = book["Participants"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}7"
    header = [c.value for c in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[header.index("Name")] for r in rows} == {n for n, *_ in NAMES} | {
        "=HYPERLINK(\"x\")"}
    assert all(sheet.cell(r, header.index("Name") + 1).data_type == "s" for r in range(2, 8))
    assert isinstance(rows[0][header.index("Start date")], dt.datetime)
    assert isinstance(rows[0][header.index("Day 1")], bool)
    score = rows[0][header.index("Pre-test score")]
    assert isinstance(score, int | float) and not isinstance(score, bool)
    prog = load_workbook(rep.programme_xlsx(ws, tmp_path / "g.xlsx"))
    assert list(prog["Activities"].iter_rows(min_row=2, values_only=True)) == [
        ("MONUSCO", "Training", 1)]


def _words(path: Path) -> list[tuple[float, str]]:
    """(x, word) of every word pdftotext finds, presentation forms folded (NFKC)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(float(x), unicodedata.normalize("NFKC", w)) for x, w in
            re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_arabic_is_laid_out_right_to_left(ws, tmp_path):
    activity_id = make_activity(ws)
    register_people(ws, activity_id, [("أحمد المنصوري", "", "m", "military",
                                       "الجيش الوطني الليبي 166", "LY")])
    words = _words(rep.sign_in_sheet(ws, activity_id, tmp_path / "ar.pdf"))

    def x_of(word: str) -> float:
        hits = [x for x, w in words if w in (word, word[::-1])]
        assert hits, f"{word} not found in {[w for _, w in words][:80]}"
        return hits[0]

    # Logical order reads right to left: each next word sits further left.
    assert x_of("أحمد") > x_of("المنصوري")
    assert x_of("الجيش") > x_of("الوطني") > x_of("الليبي") > x_of("166")


def test_disaggregated_totals_match_sql_counts(ws, tmp_path):
    from app.domain.vocab import PARTICIPANT_CATEGORY, SEX
    from app.store.models import Participant

    activity_id = make_activity(ws)
    people = [(f"Personne {i:03d} Ngoy", "", "fmf"[i % 3], ["police", "magistrate",
               "corrections", "border"][i % 4], ["PNC", "TGI Beni", "Prison de Bunia"][i % 3],
               ["CD", "UG", "RW"][i % 3]) for i in range(37)]
    register_people(ws, activity_id, people)
    text = pdf_text(rep.attendance_report(ws, activity_id, tmp_path / "a.pdf"))
    with ws.session() as s:
        base = (select(func.count(Attendance.id)).join(
            Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.activity_id == activity_id, Attendance.role == "participant"))
        for column, vocab in ((Participant.sex, SEX), (Participant.category,
                                                       PARTICIPANT_CATEGORY)):
            for code, label in vocab:
                n = s.scalar(base.where(column == code))
                if n:
                    assert f"{label} {n} " in text, (label, n)
        for org in ("PNC", "TGI Beni", "Prison de Bunia"):
            n = s.scalar(base.where(Participant.organisation == org))
            assert f"{org} {n} " in text
