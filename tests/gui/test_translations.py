"""Translations will come later: check now that lupdate finds the GUI's strings under
the contexts the code looks them up in, so nothing needs rewriting for translators.

A pseudo-translation ("[[text]]") of every extracted string is compiled and installed;
the window's visible strings must then come out translated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton

GUI = Path(__file__).resolve().parents[2] / "app" / "gui"


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


@pytest.fixture
def pseudo_translator(tmp_path: Path) -> Any:
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    if not lupdate or not lrelease:
        pytest.skip("pyside6-lupdate/lrelease are not installed")
    ts = tmp_path / "focalpoint_xx.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        assert source is not None and translation is not None
        if message.get("numerus") == "yes":
            translation.append(ET.Element("numerusform"))
            translation.append(ET.Element("numerusform"))
            for form in translation.findall("numerusform"):
                form.text = f"[[{source.text}]]"
        else:
            translation.text = f"[[{source.text}]]"
        translation.attrib.pop("type", None)
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "focalpoint_xx.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield count
    QCoreApplication.removeTranslator(translator)


def test_gui_strings_are_extracted_and_applied(pseudo_translator: int, window: Any) -> None:
    assert pseudo_translator > 150  # every tr(), self.tr() and QT_TRANSLATE_NOOP string
    from app.gui.app import create_main_window

    translated = create_main_window(window.ctx.ws)
    try:
        assert translated.sidebar.item(0).text() == "[[Overview]]"
        page = translated.show_page("lessons")
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "[[Title]]"
        assert page.search.placeholderText() == "[[Search (Ctrl+F)]]"
        assert "[[New]]" in [b.text() for b in page.findChildren(QPushButton)]
        assert page.filter_widgets["kind"].itemText(0) == "[[Kind]]"
        activities = translated.show_page("activities")
        titles = {g.title() for g in activities.form.groups.values()}
        assert "[[Side event]]" in titles
        sync = translated.show_page("sync")
        assert any("[[" in child.text() for child in sync.findChildren(QLabel))
        from app.gui.wizard import passphrase_problem

        assert passphrase_problem("x", "x").startswith("[[")
    finally:
        translated.close()
        translated.ctx.runner.shutdown()
