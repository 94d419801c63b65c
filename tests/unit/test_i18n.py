"""Languages without Qt: vocabulary labels by code, complete report catalogues, the
glossary used consistently, and reports in French, Russian and Arabic (right to left)."""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_samples import ACTIVITIES, META, Recorder, render_all

from app.domain import i18n
from app.domain.errors import ValidationError
from app.domain.vocab import ALL, SEX
from app.reports import i18n as report_i18n
from app.reports.attendance import build_attendance
from app.reports.sign_in import build_sign_in
from app.reports.xlsx import participants_xlsx

LANGS = ("fr", "ar", "ru")
ROOT = Path(__file__).resolve().parents[2]


def catalogue_file(kind: str, lang: str) -> dict:
    return json.loads((ROOT / "resources" / "translations" / f"{kind}.{lang}.json")
                      .read_text(encoding="utf-8"))


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


# --- languages and vocabularies -------------------------------------------------------


def test_languages_and_direction():
    assert list(i18n.LANGUAGES) == ["en", "fr", "ar", "ru"]
    assert i18n.is_rtl("ar") and not i18n.is_rtl("fr") and not i18n.is_rtl("xx")
    assert i18n.check_language("FR") == "fr" and i18n.check_language("ru-KZ") == "ru"
    assert i18n.check_language(None) == "en"
    with pytest.raises(ValidationError, match="not a language"):
        i18n.check_language("de")


@pytest.mark.parametrize("lang", LANGS)
def test_every_vocabulary_code_is_translated(lang):
    labels = catalogue_file("vocab", lang)
    assert set(labels) == set(ALL), "vocabularies missing or unknown"
    for name, vocab in ALL.items():
        assert set(labels[name]) == set(vocab.codes), f"{lang}: {name} codes differ"
        for code in vocab.codes:
            label = labels[name][code]
            assert label.strip() == label and label, f"{lang}: {name}.{code} is blank"
            assert i18n.label(vocab, code, lang) == label
        # A label that means two things would make a report ambiguous.
        assert len(set(labels[name].values())) == len(vocab.codes), f"{lang}: {name}"


def test_label_falls_back_to_english_and_handles_none(monkeypatch):
    assert i18n.label(SEX, "f", "fr") == "Femme" and i18n.label("sex", "m", "ru") == "Мужской"
    assert i18n.label(SEX, "f", "en") == "Female" and i18n.label(SEX, None, "fr") == ""
    monkeypatch.setitem(i18n.vocab_labels("fr"), "sex", {})
    assert i18n.label(SEX, "f", "fr") == "Female"
    assert i18n.label(SEX, "zz", "fr") == "zz"
    assert i18n.choices(SEX, "ar")[0] == ("f", "أنثى")


# --- report catalogues -----------------------------------------------------------------


@pytest.fixture(scope="module")
def report_strings(tmp_path_factory) -> set[str]:
    """Every English string the reports ask the hook for, in a left-to-right and a
    right-to-left build of every report and every optional section."""
    seen: set[str] = set()
    for lang in ("fr", "ar"):
        recorder = Recorder(lang)
        render_all(tmp_path_factory.mktemp(lang), recorder)
        seen |= recorder.seen
    assert len(seen) > 100  # the recorder really saw the reports
    return seen


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@pytest.mark.parametrize("lang", LANGS)
def test_report_catalogue_is_complete_and_current(report_strings, lang):
    catalogue = catalogue_file("reports", lang)
    missing = sorted(report_strings - set(catalogue))
    obsolete = sorted(set(catalogue) - report_strings)
    assert not missing, f"{lang}: untranslated report strings: {missing}"
    assert not obsolete, f"{lang}: strings no report uses any more: {obsolete}"
    for english, translated in catalogue.items():
        assert translated.strip() and translated != "", f"{lang}: {english!r} is blank"
        assert _fields(translated) == _fields(english), f"{lang}: placeholders of {english!r}"


def test_unknown_strings_stay_english_and_test_catalogues_still_work():
    tr = report_i18n.translator("fr")
    assert tr("Sign-in sheet") == "Feuille de présence" and tr("Not in any catalogue") == \
        "Not in any catalogue"
    assert report_i18n.translator("en")("Name") == "Name"
    with pytest.raises(ValidationError):
        report_i18n.translator("de")


# --- glossary --------------------------------------------------------------------------

ARTICLE = "ال"
AR_ENDINGS = ("ون", "ين", "ات", "ة")


def glossary() -> list[dict[str, str]]:
    """The rows of docs/glossary.md's table: {'en', 'fr', 'ar', 'ru'} (terms only)."""
    rows = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        terms = [c.split(" (")[0].strip() for c in cells[:4]]
        rows.append(dict(zip(("en", "fr", "ar", "ru"), terms, strict=True)))
    return rows


def _stems(term: str, lang: str) -> list[str]:
    words = [w for w in re.split(r"[\s,'’\-]+", term.casefold()) if len(w) >= 3]
    if lang == "ar":
        out = []
        for w in words:
            w = w.removeprefix(ARTICLE)
            for ending in AR_ENDINGS:
                if len(w) > 4 and w.endswith(ending):
                    w = w[: -len(ending)]
                    break
            out.append(w)
        return out
    return [w[: max(3, len(w) - 2)] for w in words]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


def _matches(english: str, terms: list[dict[str, str]]) -> list[dict[str, str]]:
    """Glossary terms found in ``english``; a longer term hides the shorter ones inside it."""
    text = re.sub(r"[-\s]+", " ", english.casefold())
    spans = []
    for term in terms:
        pattern = r"\b" + re.escape(re.sub(r"[-\s]+", " ", term["en"].casefold())) + r"\b"
        spans += [(m.start(), m.end(), term) for m in re.finditer(pattern, text)]
    return [t for s, e, t in spans
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]


def test_glossary_is_complete_for_each_language():
    terms = glossary()
    assert len(terms) >= 40
    english = {t["en"].casefold() for t in terms}
    for required in ("counter-terrorism", "preventing violent extremism", "focal point",
                     "needs and gaps assessment", "code of conduct",
                     "office of rule of law and security institutions"):
        assert required in english
    assert all(t[lang] for t in terms for lang in LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_terms_are_used(lang):
    terms = glossary()
    sources: dict[str, str] = dict(catalogue_file("reports", lang))
    vocab = catalogue_file("vocab", lang)
    for name, vocabulary in ALL.items():
        for code, english in vocabulary:
            sources[english] = vocab[name][code]
    checked, wrong = 0, []
    for english, translated in sources.items():
        for term in _matches(english, terms):
            checked += 1
            text = _norm(translated)
            if not all(stem in text for stem in _stems(_norm(term[lang]), lang)):
                wrong.append(f"{english!r} -> {translated!r} lacks {term[lang]!r}")
    assert checked >= 15, "the glossary matched too few strings to mean anything"
    assert not wrong, "\n".join(wrong)


def test_glossary_check_catches_a_wrong_term():
    terms = glossary()
    [term] = _matches("Counter-terrorism and human rights", terms)[:1]
    assert term["en"] == "counter-terrorism"
    assert not all(s in _norm("Antiterrorisme et droits de l'homme")
                   for s in _stems(_norm(term["fr"]), "fr"))
    assert [t["en"] for t in _matches("Preventing violent extremism", terms)] == [
        "preventing violent extremism"]


# --- reports in a language ---------------------------------------------------------------


def test_french_and_russian_reports_have_translated_headers_dates_and_numbers(tmp_path):
    data = ACTIVITIES[0]
    fr = pdf_text(build_attendance(data, tmp_path / "fr.pdf", META,
                                   tr=report_i18n.translator("fr")))
    for expected in ("Rapport de présence", "Chiffres clés", "Présence par jour",
                     "Atelier sur le code de conduite", "République démocratique du Congo",
                     "10/09/2024", "Page 1 sur", "Imprimé le 12/09/2024"):
        assert expected in fr, expected
    assert re.search(r"\d+,\d %", fr)  # French decimal comma and spaced percent sign
    assert "Attendance report" not in fr and "Key figures" not in fr
    ru = pdf_text(build_sign_in(data, tmp_path / "ru.pdf", META,
                                tr=report_i18n.translator("ru")))
    for expected in ("Лист регистрации участников", "ФИО", "Организация", "День 1",
                     "10.09.2024", "Страница 1 из", "Практикум по кодексу поведения"):
        assert expected in ru, expected
    assert "Sign-in sheet" not in ru and "Organisation" not in ru


def _words(path: Path, page: int = 1) -> list[tuple[float, float, str]]:
    """(x, y, word) of every word pdftotext finds on ``page`` (presentation forms folded)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    return [(float(x), float(y), unicodedata.normalize("NFKC", w)) for x, y, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_arabic_report_columns_run_right_to_left(tmp_path):
    out = build_sign_in(ACTIVITIES[0], tmp_path / "ar.pdf", META, tr=report_i18n.translator("ar"))
    words = _words(out)

    def x_of(word: str) -> float:
        # Drawn right to left, a word comes out reversed, its lam-alef ligature unfolded
        # in drawing order ('لا' where the text has 'ال').
        hits = [x for x, _, w in words
                if word in (w, w[::-1], w.replace("لا", "ال")[::-1])]
        assert hits, f"{word} not in {[w for _, _, w in words][:60]}"
        return hits[0]

    # Header row: No., Name, Organisation, Position, Sex, then the days, right to left.
    assert x_of("الرقم") > x_of("الاسم") > x_of("المنظمة") > x_of("الوظيفة") > x_of("الجنس")
    # The first row's number sits right of the first name, the name right of its organisation.
    y = next(y for _, y, w in words if w == "Person")
    row = {w: x for x, y2, w in words if abs(y2 - y) < 2}
    assert row["1"] > row["Person"] > row["Org"] > row["Officer"]
    # Labels of the details block are on the right of their values, and right-aligned.
    assert x_of("النشاط") > x_of("Prison")
    page_width = 842
    assert x_of("النشاط") > page_width / 2
    # The footer reads from the right: 'Printed' on the right, the page number on the left.
    assert x_of("طبع") > page_width / 2 > x_of("الصفحة")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_english_report_columns_still_run_left_to_right(tmp_path):
    words = _words(build_sign_in(ACTIVITIES[0], tmp_path / "en.pdf", META))
    first = {w: x for x, _, w in reversed(words)}
    assert first["No."] < first["Name"] < first["Organisation"] < first["Position"]


def test_arabic_workbook_is_right_to_left_with_arabic_headers(tmp_path):
    book = load_workbook(participants_xlsx(ACTIVITIES[:2], tmp_path / "ar.xlsx", META,
                                           tr=report_i18n.translator("ar")))
    assert book.sheetnames[0] == "المشاركون"
    sheet = book["المشاركون"]
    assert all(ws.sheet_view.rightToLeft for ws in book.worksheets)
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["النشاط", "البعثة", "تاريخ البدء", "الاسم"]
    assert "أنثى" in {c.value for c in sheet["E"]}  # sex label in Arabic
    fr = load_workbook(participants_xlsx(ACTIVITIES[:1], tmp_path / "fr.xlsx", META,
                                         tr=report_i18n.translator("fr")))
    assert not fr.worksheets[0].sheet_view.rightToLeft
    assert [c.value for c in fr.worksheets[0][1]][:2] == ["Activité", "Mission"]


def test_language_is_active_only_while_a_report_is_built(tmp_path):
    build_sign_in(ACTIVITIES[2], tmp_path / "s.pdf", META, tr=report_i18n.translator("ar"))
    assert report_i18n.active_language() == "en" and not report_i18n.rtl()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_every_arabic_text_is_drawn_shaped_and_right_to_left(tmp_path):
    """Drawn right to left, an Arabic word comes out of pdftotext reversed; a word that
    comes out in reading order was drawn without shaping and reordering (a bug that
    prints it backwards and unjoined)."""
    pdfs = [p for p in render_all(tmp_path, report_i18n.translator("ar")) if p.suffix == ".pdf"]
    drawn: set[str] = set()
    for pdf in pdfs:
        html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        drawn |= {unicodedata.normalize("NFKC", w) for w in re.findall(r">([^<]+)</word>", html)}
    words = {w for text in [*catalogue_file("reports", "ar").values(),
                            *(label for labels in catalogue_file("vocab", "ar").values()
                              for label in labels.values())]
             for w in re.findall(r"[\u0600-\u06ff]{3,}", text)}
    # Words that read as another word backwards ('عدم'/'مدع') prove nothing either way.
    arabic = {w for w in words if w[::-1] not in words}
    backwards = sorted(arabic & drawn)
    assert not backwards, f"Arabic drawn in reading order (unshaped): {backwards}"
    assert any(w[::-1] in arabic for w in drawn)  # and the report does hold Arabic


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_arabic_bar_chart_labels_sit_right_of_their_bars(tmp_path):
    out = build_attendance(ACTIVITIES[0], tmp_path / "ar.pdf", META,
                           tr=report_i18n.translator("ar"))
    words = _words(out)
    police = "الشرطة"[::-1]
    y = next(y for _, y, w in words if w.replace("لا", "ال") == police or w == police)
    row = [(x, w) for x, y2, w in words if abs(y2 - y) < 3]
    label_x = max(x for x, w in row if w.replace("لا", "ال") == police or w == police)
    value_x = [x for x, w in row if w == "15"]
    assert value_x and max(value_x) < label_x
