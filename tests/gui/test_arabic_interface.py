"""The Arabic interface file (resources/translations/focalpoint_ar.ts): every plural form
of Arabic, the UN terms of docs/glossary.md, unique menu accelerators, and file paths
kept left to right inside Arabic sentences."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.gui import i18n
from app.gui.app import create_main_window
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "focalpoint_ar.ts"
#: Qt's plural forms for Arabic, in order: n = 0, 1, 2, n % 100 in 3..10, 11..99, other.
ARABIC_FORMS = 6
LRM = "\u200e"


def _messages() -> Iterator[tuple[str, ET.Element]]:
    """(context, message) of every message still in use."""
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def glossary_arabic() -> dict[str, str]:
    """{English term: Arabic term} from docs/glossary.md's table (text before a bracket)."""
    terms = {}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        terms[cells[0].casefold()] = cells[2].split(" (")[0].strip()
    return terms


def arabic_stems(term: str) -> list[str]:
    """The words of an Arabic term without the article and a plural or feminine ending
    (the comparison docs/glossary.md describes)."""
    stems = []
    for word in (w for w in term.split() if len(w) >= 3):
        word = word.removeprefix("ال")
        for ending in ("ون", "ين", "ات", "ة"):
            if len(word) > 4 and word.endswith(ending):
                word = word[: -len(ending)]
                break
        stems.append(word)
    return stems


def terms_in(english: str, terms: dict[str, str]) -> list[str]:
    """English glossary terms found in ``english``; a longer term hides those inside it."""
    text = re.sub(r"[-\s]+", " ", english.casefold())
    spans = []
    for term in terms:
        pattern = r"\b" + re.escape(re.sub(r"[-\s]+", " ", term)) + r"\b"
        spans += [(m.start(), m.end(), term) for m in re.finditer(pattern, text)]
    return [t for s, e, t in spans
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]


def test_numerus_messages_have_every_arabic_plural_form() -> None:
    numerus = [(ctx, m) for ctx, m in _messages() if m.get("numerus") == "yes"]
    assert len(numerus) >= 5
    for context, message in numerus:
        forms = [f.text or "" for f in message.iter("numerusform")]
        source = message.findtext("source")
        assert len(forms) == ARABIC_FORMS, (context, source)
        assert all(forms), f"{context}: {source!r} has an empty plural form"
        # from three on, the count is written as a figure
        assert all("%n" in form or "%Ln" in form for form in forms[3:]), (
            context, source, forms)


@pytest.mark.parametrize(("count", "expected"), [
    (0, "لا توجد سجلات"), (1, "سجل واحد"), (2, "سجلان"), (7, "7 سجلات"),
    (15, "15 سجلا"), (100, "100 سجل"), (203, "203 سجلات")])
def test_arabic_plurals_follow_the_count(qapp: QApplication, count: int, expected: str
                                         ) -> None:
    i18n.install_translators(qapp, "ar")
    try:
        text = QCoreApplication.translate("RecordsDialog", "%n record(s)", "", count)
    finally:
        i18n.install_translators(qapp, "en")
    assert text == expected


def test_interface_uses_the_glossary_terms() -> None:
    terms = glossary_arabic()
    assert len(terms) >= 40
    checked, wrong = 0, []
    for _context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        text = (forms[1].text if forms else translation.text) or ""
        for term in terms_in(source, terms):
            checked += 1
            if not all(stem in text for stem in arabic_stems(terms[term])):
                wrong.append(f"{source!r} -> {text!r} lacks {terms[term]!r}")
    assert checked >= 10
    assert not wrong, "\n".join(wrong)


def test_glossary_check_catches_a_wrong_term() -> None:
    terms = glossary_arabic()
    assert terms_in("Code-of-conduct workshop", terms) == ["code of conduct", "workshop"]
    assert not all(stem in "ورشة عمل" for stem in arabic_stems(terms["workshop"]))
    assert all(stem in "حلقة العمل الثانية" for stem in arabic_stems(terms["workshop"]))


def test_file_paths_stay_left_to_right_in_arabic_sentences() -> None:
    """A path such as /home/amina/backup.db after Arabic text would show its leading
    slash on the wrong side without a left-to-right mark before it."""
    path_messages = {"Backup saved: %s", "Saved as %s.",
                     "Your card is saved as %s. Give it to the other node; its operator "
                     "will phone you to check the fingerprint."}
    found = {m.findtext("source"): m.findtext("translation") or "" for _c, m in _messages()
             if m.findtext("source") in path_messages}
    assert set(found) == path_messages
    for source, text in found.items():
        assert LRM + "%s" in text, source


def _mnemonics(actions: list[Any]) -> list[str]:
    letters = []
    for action in actions:
        match = re.search(r"&([^&])", action.text())
        if match:
            letters.append(match.group(1))
    return letters


def test_menu_accelerators_are_arabic_and_unique(qapp: QApplication, ws: Workspace,
                                                 qtbot: Any) -> None:
    i18n.install_translators(qapp, "ar")
    window = create_main_window(ws)
    qtbot.addWidget(window)
    try:
        bar = window.menuBar().actions()
        menus: list[list[Any]] = [bar] + [a.menu().actions() for a in bar
                                          if isinstance(a.menu(), QMenu)]
        for actions in menus:
            letters = _mnemonics(actions)
            assert len(letters) == len(set(letters)), [a.text() for a in actions]
        titles = [a.text() for a in bar]
        assert all(re.search(r"[\u0600-\u06ff]", t) for t in titles), titles
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()
        i18n.install_translators(qapp, "en")
