"""Arabic report charts mirrored: the presence chart's value axis on the right."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF

from app.reports import charts
from app.reports.i18n import language, translator

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")
WORD = re.compile(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>')


def _words(lang: str, tmp_path: Path) -> dict[str, float]:
    """{text: left x} of the words of a presence chart drawn in ``lang``."""
    with language(translator(lang)):
        drawing = charts.vbar("Present per day", [("05/11", 28), ("06/11", 27)], 260)
    pdf = tmp_path / f"{lang}.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return {text: float(x) for x, text in WORD.findall(out)}


def test_value_axis_is_on_the_right_in_arabic(tmp_path: Path) -> None:
    english, arabic = _words("en", tmp_path), _words("ar", tmp_path)
    # The top of the value axis (30) is left of the days in English, right of them in Arabic.
    assert english["30"] < english["05/11"] < english["06/11"]
    assert arabic["06/11"] < arabic["05/11"] < arabic["30"]
