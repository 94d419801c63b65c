"""The French interface file (resources/translations/focalpoint_fr.ts): both plural forms
of French and their choice by count, the UN terms of docs/glossary.md, French
typography (a no-break space before : ; ? !), menu items that open a dialog keep their
ellipsis, and unique menu accelerators."""

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
TS = ROOT / "resources" / "translations" / "focalpoint_fr.ts"
#: Qt's plural forms for French: n <= 1 (0 and 1 take the singular), then the rest.
FRENCH_FORMS = 2
NBSP = "\u00a0"


def _messages() -> Iterator[tuple[str, ET.Element]]:
    """(context, message) of every message still in use."""
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def _texts(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def glossary_french() -> dict[str, str]:
    """{English term: French term} from docs/glossary.md's table (text before a bracket)."""
    terms = {}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        terms[cells[0].casefold()] = cells[1].split(" (")[0].strip()
    return terms


def french_stems(term: str) -> list[str]:
    """The words of a French term without their last two letters (plural and gender
    endings), as docs/glossary.md describes the comparison."""
    words = [w for w in re.split(r"[\s,'’\-]+", term.casefold()) if len(w) >= 3]
    return [w[: max(3, len(w) - 2)] for w in words]


def terms_in(english: str, terms: dict[str, str]) -> list[str]:
    """English glossary terms found in ``english``; a longer term hides those inside it."""
    text = re.sub(r"[-\s]+", " ", english.casefold())
    spans = []
    for term in terms:
        pattern = r"\b" + re.escape(re.sub(r"[-\s]+", " ", term)) + r"\b"
        spans += [(m.start(), m.end(), term) for m in re.finditer(pattern, text)]
    return [t for s, e, t in spans
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]


def test_numerus_messages_have_both_french_plural_forms() -> None:
    numerus = [(ctx, m) for ctx, m in _messages() if m.get("numerus") == "yes"]
    assert len(numerus) >= 5
    for context, message in numerus:
        forms = _texts(message)
        source = message.findtext("source")
        assert len(forms) == FRENCH_FORMS, (context, source)
        assert all(forms), f"{context}: {source!r} has an empty plural form"
        assert "%n" in forms[1] or "%Ln" in forms[1], (context, source, forms)


@pytest.mark.parametrize(("count", "expected"), [
    (0, "0 fiche"), (1, "1 fiche"), (2, "2 fiches"), (1500, "1500 fiches")])
def test_french_plurals_follow_the_count(qapp: QApplication, count: int, expected: str
                                         ) -> None:
    i18n.install_translators(qapp, "fr")
    try:
        text = QCoreApplication.translate("RecordsDialog", "%n record(s)", "", count)
    finally:
        i18n.install_translators(qapp, "en")
    assert text == expected


def test_interface_uses_the_glossary_terms() -> None:
    terms = glossary_french()
    assert len(terms) >= 40
    checked, wrong = 0, []
    for _context, message in _messages():
        source = message.findtext("source") or ""
        for text in _texts(message):
            for term in terms_in(source, terms):
                checked += 1
                if not all(stem in text.casefold() for stem in french_stems(terms[term])):
                    wrong.append(f"{source!r} -> {text!r} lacks {terms[term]!r}")
    assert checked >= 10
    assert not wrong, "\n".join(wrong)


def test_glossary_check_catches_a_wrong_term() -> None:
    terms = glossary_french()
    assert terms_in("Side event", terms) == ["side event"]
    assert not all(s in "événement parallèle" for s in french_stems(terms["side event"]))
    assert all(s in "manifestation parallèle" for s in french_stems(terms["side event"]))
    assert terms_in("Headquarters", terms) == ["headquarters"]
    assert not all(s in "quartier général" for s in french_stems(terms["headquarters"]))


def test_french_punctuation_has_a_no_break_space_before_it() -> None:
    """'Pays : ' not 'Pays: ' nor a breaking space that could wrap the colon alone onto
    the next line; URLs ('postgresql+psycopg://') are not punctuation."""
    wrong = []
    for context, message in _messages():
        for text in _texts(message):
            plain = re.sub(r"<[^>]+>|[a-z+]+://", "", text)
            for match in re.finditer(r"(.)([:;?!])", plain):
                before, mark = match.groups()
                if before != NBSP and not (mark == ":" and before.isdigit()):
                    wrong.append(f"{context}: {text!r} ({before!r}{mark})")
    assert not wrong, "\n".join(wrong)


def test_ellipses_and_accelerators_are_kept() -> None:
    for context, message in _messages():
        source = message.findtext("source") or ""
        for text in _texts(message):
            assert source.endswith("...") == text.endswith("..."), (context, source, text)
            assert source.count("&") == text.count("&"), (context, source, text)


def _mnemonics(actions: list[Any]) -> list[str]:
    letters = []
    for action in actions:
        match = re.search(r"&([^&])", action.text())
        if match:
            letters.append(match.group(1).casefold())
    return letters


def test_menu_accelerators_are_french_and_unique(qapp: QApplication, ws: Workspace,
                                                 qtbot: Any) -> None:
    i18n.install_translators(qapp, "fr")
    window = create_main_window(ws)
    qtbot.addWidget(window)
    try:
        bar = window.menuBar().actions()
        menus: list[list[Any]] = [bar] + [a.menu().actions() for a in bar
                                          if isinstance(a.menu(), QMenu)]
        for actions in menus:
            letters = _mnemonics(actions)
            assert len(letters) == len(set(letters)), [a.text() for a in actions]
        titles = [a.text().replace("&", "") for a in bar]
        assert titles[:3] == ["Fichier", "Fiche", "Aller à"], titles
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()
        i18n.install_translators(qapp, "en")
