"""Fonts and text for PDFs: DejaVu Sans embedded, Arabic shaped and laid out right to left.

ReportLab draws glyphs in the order it is given. Arabic needs two steps: joining
letters into their contextual forms (arabic-reshaper) and reordering a line from
logical to visual order (python-bidi). Reordering is done per *line*, after wrapping,
so that a long right-to-left text keeps its first words on its first line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import resources_dir
from app.domain.errors import ConfigurationError

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

#: Hebrew, Arabic, Syriac, Thaana, NKo ... and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def fonts_dir() -> Path:
    """``resources/fonts`` of the installation (repository or PyInstaller bundle)."""
    return resources_dir() / "fonts"


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with ReportLab once; returns their names."""
    folder = fonts_dir()
    for name, filename in FONT_FILES.items():
        path = folder / filename
        if not path.is_file():
            raise ConfigurationError(
                f"The report font {filename} is missing from {folder}; reinstall FocalPoint.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def has_rtl(text: str) -> bool:
    """True when ``text`` holds right-to-left letters (Arabic, Hebrew ...)."""
    return bool(_RTL.search(text))


def is_rtl_base(text: str) -> bool:
    """True when the first strong letter of ``text`` is right-to-left (a paragraph that
    should be right-aligned)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that uses only the letter forms and ligatures DejaVu Sans has (the
    default one would emit e.g. the 'Allah' ligature, which the font lacks: a box)."""
    path = fonts_dir() / FONT_FILES[FONT]
    return arabic_reshaper.ArabicReshaper(
        configuration=arabic_reshaper.config_for_true_type_font(str(path)))


@functools.lru_cache(maxsize=4096)
def _shape(text: str) -> str:
    return _reshaper().reshape(text)


def visual(text: str | None) -> str:
    """One line in the order and letter forms it is drawn in (unchanged if all LTR)."""
    if not text:
        return ""
    if not has_rtl(text):
        return text
    return _unmark(get_display(_shape(text)))


def _unmark(text: str) -> str:
    """Drop the invisible direction marks (LRM, RLM) once the order is settled: the font
    has no glyph for them."""
    return text.replace("\u200e", "").replace("\u200f", "")


def wrap(text: str | None, width: float, font: str = FONT, size: float = 8) -> list[str]:
    """``text`` broken into lines that fit ``width`` points, each in visual order."""
    if not text:
        return [""]
    register_fonts()  # the widths come from the registered font
    rtl = has_rtl(text)
    logical = _shape(text) if rtl else text
    lines: list[str] = []
    for part in logical.splitlines() or [""]:
        pieces = simpleSplit(part, font, size, width) or [""]
        lines.extend(_unmark(get_display(p)) if rtl else p for p in pieces)
    return lines


def cell(text: str | None, width: float, font: str = FONT, size: float = 8,
         max_lines: int = 3) -> str:
    """Text for a plain table cell: wrapped, visual order, at most ``max_lines`` lines."""
    lines = wrap(text, width, font, size)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1].rstrip() + " …"]
    return "\n".join(lines)


def markup(text: str | None, width: float, font: str = FONT, size: float = 9) -> str:
    """Paragraph markup for free text: escaped; right-to-left text pre-wrapped per line."""
    if not text:
        return ""
    if not has_rtl(text):
        return escape(text).replace("\n", "<br/>")
    return "<br/>".join(escape(line) for line in wrap(text, width, font, size))
