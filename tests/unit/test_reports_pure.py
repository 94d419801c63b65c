"""The Qt-free, database-free report parts: text shaping, pseudonyms, figures,
atomic output, the page-by-page table and the XLSX writers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.errors import StorageError, ValidationError
from app.reports import i18n, text
from app.reports.data import ActivityData, ActivityInfo, Day, Meta, Person, ProgrammeData
from app.reports.output import atomic_output, check_target
from app.reports.pdf import PagedTable, build_pdf
from app.reports.pseudonym import initials, pseudonym, reference
from app.reports.sign_in import build_sign_in
from app.reports.stats import summarise
from app.reports.xlsx import participants_xlsx, programme_xlsx

META = Meta(dt.datetime(2024, 9, 12, 18, 0, tzinfo=dt.UTC), "MONUSCO Goma", "Registrar")
DAYS = (Day("d1", dt.date(2024, 9, 10)), Day("d2", dt.date(2024, 9, 11)))
ACTIVITY = ActivityInfo("a1", "Training", "training", "MONUSCO", "MONUSCO",
                        dt.date(2024, 9, 10), dt.date(2024, 9, 11))


def person(pid: str, **kw: object) -> Person:
    base = {"full_name": f"Name {pid}", "sex": "f", "category": "police"}
    return Person(participant_id=pid, **{**base, **kw})  # type: ignore[arg-type]


# --- text --------------------------------------------------------------------------------


def test_latin_and_cyrillic_pass_unchanged():
    for sample in ("Élodie Mbéki-Nsanga", "Айгерім Сәрсенбаева", "Ўзбекистон 2024"):
        assert text.visual(sample) == sample
        assert not text.has_rtl(sample)


def test_arabic_is_shaped_and_reversed_for_drawing():
    logical = "أحمد المنصوري"
    drawn = text.visual(logical)
    shaped = text._shape(logical)
    assert drawn != logical and drawn == shaped[::-1]
    assert text.is_rtl_base(logical) and not text.is_rtl_base("Ahmed أحمد")


def test_every_arabic_glyph_drawn_exists_in_the_font():
    from fontTools.ttLib import TTFont

    cmap = TTFont(text.fonts_dir() / "DejaVuSans.ttf").getBestCmap()
    for name in ("عبد الله أنور الزنتاني", "لا إله", "محمد صلاح", "فاطمة الزهراء"):
        drawn = text.visual(name)
        assert all(ord(c) in cmap for c in drawn if not c.isspace()), name


def test_long_arabic_wraps_with_first_words_on_first_line():
    words = ["الجيش", "الوطني", "الليبي", "وزارة", "العدل", "الشرطة", "القضائية"] * 3
    lines = text.wrap(" ".join(words), 120)
    assert len(lines) > 2
    first_word_drawn = text._shape(words[0])[::-1]
    assert lines[0].endswith(first_word_drawn)  # rightmost on the first line


def test_mixed_latin_arabic_digits_keep_latin_runs_readable():
    drawn = text.visual("Ahmed أحمد 166 UNSMIL")
    # Unicode bidi: digits after Arabic letters join the right-to-left run.
    assert drawn == "Ahmed 166 " + text._shape("أحمد")[::-1] + " UNSMIL"


def test_cell_caps_lines():
    long = "Tribunal de Grande Instance de Beni " * 6
    assert text.cell(long, 60, max_lines=2).count("\n") == 1
    assert text.cell(long, 60, max_lines=2).endswith("…")


# --- pseudonyms ------------------------------------------------------------------------


def test_pseudonym_is_stable_and_reveals_no_name():
    assert reference("abc") == reference("abc") != reference("abd")
    assert reference("abc").startswith("P-") and len(reference("abc")) == 8
    assert initials("Élodie Mbéki-Nsanga") == "É.M.N."
    assert initials("Айгерім Сәрсенбаева") == "А.С."
    assert initials("أحمد المنصوري") == "أ.ا."
    assert "Élodie" not in pseudonym("Élodie Mbéki", "id-1")


# --- figures ----------------------------------------------------------------------------


def test_summary_counts_beneficiaries_days_rates_and_scores():
    people = (
        person("1", sex="f", days_present=frozenset({"d1", "d2"}), pre_score=40, post_score=80,
               certificate=True, organisation="PNC", country="CD"),
        person("2", sex="m", days_present=frozenset({"d1", "ghost"}), pre_score=50,
               organisation="PNC", country="CD"),
        person("3", sex="m", category="magistrate", organisation=" TGI ", country=None),
        person("4", role="trainer", days_present=frozenset({"d1"}), certificate=True),
    )
    s = summarise(ActivityData(ACTIVITY, DAYS, people))
    assert (s.total.registered, s.total.attended, s.total.full, s.staff) == (3, 2, 1, 1)
    assert s.per_day == {"d1": 2, "d2": 1}  # unknown day ids and trainers not counted
    assert s.rate(s.total) == pytest.approx(3 / 6)
    assert s.by_sex["m"].registered == 2 and s.by_sex["f"].full == 1
    assert s.by_organisation["TGI"].registered == 1 and s.by_country[""].registered == 1
    assert s.scores.pre_avg == 45 and s.scores.post_avg == 80 and s.scores.gain_avg == 40
    assert s.scores.pairs == 1 and s.certificates == 2


def test_summary_of_nothing():
    s = summarise(ActivityData(ACTIVITY, (), ()))
    assert s.total.registered == 0 and s.rate(s.total) is None and s.scores.pre_avg is None


# --- output -----------------------------------------------------------------------------


def test_check_target_refuses_wrong_suffix_and_folders(tmp_path):
    with pytest.raises(ValidationError):
        check_target(tmp_path / "report.txt", "pdf")
    with pytest.raises(ValidationError):
        check_target(tmp_path, "pdf")
    assert check_target(tmp_path / "R.PDF", "pdf").name == "R.PDF"


def test_atomic_output_leaves_nothing_half_written(tmp_path):
    out = tmp_path / "r.pdf"
    out.write_text("old")
    def half_written() -> None:
        with atomic_output(out) as tmp:
            tmp.write_text("half")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        half_written()
    assert out.read_text() == "old" and list(tmp_path.iterdir()) == [out]
    with atomic_output(out) as tmp:
        tmp.write_text("new")
    assert out.read_text() == "new" and list(tmp_path.iterdir()) == [out]


def test_unwritable_folder_is_one_sentence(tmp_path, monkeypatch):
    import errno

    def refused(*_a: object, **_k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.reports.output.tempfile.mkstemp", refused)
    with pytest.raises(StorageError, match=r"may not write in .*; choose a folder"):
        build_sign_in(ActivityData(ACTIVITY, DAYS, ()), tmp_path / "s.pdf", META)


def test_report_open_elsewhere_is_one_sentence(tmp_path, monkeypatch):
    import errno

    def locked(*_a: object, **_k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    (tmp_path / "s.pdf").write_text("old")
    monkeypatch.setattr("app.reports.output.os.replace", locked)
    with pytest.raises(StorageError, match=r"s\.pdf is open in another program"):
        build_sign_in(ActivityData(ACTIVITY, DAYS, ()), tmp_path / "s.pdf", META)
    assert (tmp_path / "s.pdf").read_text() == "old" and len(list(tmp_path.iterdir())) == 1


def test_missing_folder_is_one_sentence(tmp_path):
    with pytest.raises(StorageError, match="does not exist; create it"):
        build_sign_in(ActivityData(ACTIVITY, DAYS, ()), tmp_path / "no" / "s.pdf", META)


def test_full_disk_is_one_sentence(tmp_path, monkeypatch):
    import errno

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.reports.output.os.replace", full)
    with pytest.raises(StorageError, match="is full; free some space"):
        build_sign_in(ActivityData(ACTIVITY, DAYS, ()), tmp_path / "s.pdf", META)
    assert list(tmp_path.iterdir()) == []


# --- the page-by-page table -------------------------------------------------------------


def test_paged_table_keeps_every_row_and_repeats_the_header(tmp_path):
    rows = [[str(i), f"Row {i:05d}" + ("\nsecond line" if i % 7 == 0 else "")]
            for i in range(1, 1201)]
    from reportlab.lib.pagesizes import A4

    out = build_pdf(tmp_path / "t.pdf", [PagedTable(["No.", "Header"], rows, [40, 200])],
                    pagesize=A4, title="t", header="t", meta=META, tr=i18n.identity)
    pages = PdfReader(out).pages
    found = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert all(f"Row {i:05d}" in found for i in range(1, 1201))
    assert found.count("No. Header") == len(pages) > 10
    assert f"Page {len(pages)} of {len(pages)}" in found


def test_translation_hook_reaches_every_string(tmp_path):
    i18n.CATALOGUES["xx"] = {"Sign-in sheet": "Feuille de présence", "Page {page} of {pages}":
                             "Page {page} sur {pages}", "Name": "Nom"}
    try:
        out = build_sign_in(ActivityData(ACTIVITY, DAYS, (person("1"),)), tmp_path / "s.pdf",
                            META, tr=i18n.translator("xx"))
    finally:
        del i18n.CATALOGUES["xx"]
    found = PdfReader(out).pages[0].extract_text()
    assert "Feuille de présence" in found and "Page 1 sur 1" in found and "Nom" in found


# --- XLSX -------------------------------------------------------------------------------


def test_participants_workbook_handles_different_day_counts(tmp_path):
    one_day = ActivityData(ACTIVITY, DAYS[:1], (person("1", days_present=frozenset({"d1"})),))
    two_days = ActivityData(ACTIVITY, DAYS, (person("2", days_present=frozenset({"d2"})),))
    book = load_workbook(participants_xlsx([one_day, two_days], tmp_path / "p.xlsx", META))
    rows = list(book["Participants"].iter_rows(values_only=True))
    header = rows[0]
    assert header.count("Day 1") == 1 and "Day 2" in header
    days_col = header.index("Days present")
    assert [r[days_col] for r in rows[1:]] == [1, 1]
    assert rows[1][header.index("Day 2")] is None and rows[2][header.index("Day 2")] is True
    assert book["About"]["B2"].value == dt.datetime(2024, 9, 12, 18, 0)


def test_programme_workbook_sheets(tmp_path):
    data = ProgrammeData(None, None, None, activities={("UNSMIL", "coc_workshop"): 2},
                         beneficiaries=3, beneficiaries_by_sex={"f": 1, "m": 2},
                         findings={("border_management", "high"): 4})
    book = load_workbook(programme_xlsx(data, tmp_path / "g.xlsx", META))
    assert book.sheetnames[:2] == ["Activities", "Beneficiaries by sex"]
    assert list(book["Findings"].iter_rows(min_row=2, values_only=True)) == [
        ("Border management", "High", 4)]
    assert book["Activities"].freeze_panes == "A2"


def test_fonts_are_embedded(tmp_path):
    out = build_sign_in(ActivityData(ACTIVITY, DAYS, (person("1", full_name="Алишер"),)),
                        tmp_path / "s.pdf", META)
    fonts = {str(f.get_object()["/BaseFont"]) for page in PdfReader(out).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)
    assert Path(text.fonts_dir() / "LICENSE-DejaVu.txt").is_file()


def test_long_activities_split_sign_in_sheets_and_count_days(tmp_path):
    from app.reports.attendance import build_attendance

    days = tuple(Day(f"d{i}", dt.date(2024, 9, 1) + dt.timedelta(days=i)) for i in range(8))
    people = (person("1", full_name="Élodie Mbéki", days_present=frozenset({"d0", "d7"})),
              person("2", full_name="Алишер Усманов", days_present=frozenset()))
    data = ActivityData(ACTIVITY, days, people)
    sheet = " ".join(" ".join(p.extract_text() for p in PdfReader(
        build_sign_in(data, tmp_path / "s.pdf", META)).pages).split())
    assert sheet.count("Élodie Mbéki") == 2 and sheet.count("Алишер Усманов") == 2
    assert "Day 5" in sheet and "Day 6" in sheet and "Day 8" in sheet
    report = " ".join(" ".join(p.extract_text() for p in PdfReader(
        build_attendance(data, tmp_path / "a.pdf", META)).pages).split())
    assert "Days present" in report and "2/8" in report and "0/8" in report
    assert "Attendance rate 12.5%" in report  # 2 person-days of 2 x 8
