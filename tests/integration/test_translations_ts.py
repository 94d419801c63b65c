"""The Qt Linguist files are current with the sources, finished, and usable.

lupdate is run (through build/update_translations.py) on a copy of each committed
.ts file: no message may be added (a string the translators never saw) and none may
become obsolete (a translation left for a string the window no longer shows).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar", "ru")
#: Python and Qt placeholders a translation must keep: %s %d %(name)s %1 %n {name}.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%L?\d|%[nsd]|\{\w*\}")


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "build" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """{(context, source): message} of the messages still in use (not vanished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translated texts of a message (each plural form for a numerus message)."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed .ts files after lupdate ran on them."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"focalpoint_{lang}.ts", folder)
    _update_module().update(list(LANGUAGES), folder, quiet=True)
    return folder


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_are_current_with_the_sources(refreshed: Path, lang: str) -> None:
    committed = set(messages(TRANSLATIONS / f"focalpoint_{lang}.ts"))
    current = set(messages(refreshed / f"focalpoint_{lang}.ts"))
    added = sorted(current - committed)
    gone = sorted(committed - current)
    assert not added, (f"{len(added)} new strings are not in focalpoint_{lang}.ts "
                       f"(run: python build/update_translations.py {lang}): {added[:5]}")
    assert not gone, (f"{len(gone)} strings of focalpoint_{lang}.ts are no longer in the "
                      f"code (run: python build/update_translations.py {lang}): {gone[:5]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_unfinished(lang: str) -> None:
    unfinished = [source for (_ctx, source), message in
                  messages(TRANSLATIONS / f"focalpoint_{lang}.ts").items()
                  if message.find("translation") is not None
                  and message.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(lang: str) -> None:
    """A translation without the source's %s or %1 would make the window fail or show
    a value in the wrong place."""
    wrong = []
    for (context, source), message in messages(TRANSLATIONS / f"focalpoint_{lang}.ts").items():
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            if not text:
                continue
            got = sorted(PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":  # a plural form may spell the number out
                got = [p for p in got if p != "%n"]
                expected_here = [p for p in expected if p != "%n"]
            else:
                expected_here = expected
            if got != expected_here:
                wrong.append((context, source, text))
    assert not wrong, f"{len(wrong)} translations change the placeholders: {wrong[:3]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_compile(lang: str, tmp_path: Path) -> None:
    from app.gui import i18n

    qm = tmp_path / f"focalpoint_{lang}.qm"
    assert i18n.compile_ts(TRANSLATIONS / f"focalpoint_{lang}.ts", qm)
    assert qm.stat().st_size > 0
