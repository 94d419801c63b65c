"""Shared PDF machinery: styles, page furniture ("page x of y", printed by/when) and a
long table that splits page by page in linear time.

ReportLab's ``Table`` re-measures every remaining row each time it splits across a
page, which is quadratic in the rows; :class:`PagedTable` measures each row once and
cuts one page-sized ``Table`` at a time, repeating the header row on every page.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.reports.data import Meta
from app.reports.i18n import Translate
from app.reports.output import atomic_output
from app.reports.text import (
    FONT,
    FONT_BOLD,
    cell,
    is_rtl_base,
    markup,
    register_fonts,
    visual,
)

INK = colors.HexColor("#1d2b3a")
UN_BLUE = colors.HexColor("#0b6fa4")
RULE = colors.HexColor("#9aa9b7")
ZEBRA = colors.HexColor("#eef3f7")
MARGIN = 14 * mm
PAD = 2.5


def content_width(pagesize: tuple[float, float]) -> float:
    """Width available to flowables (the frame's 6 pt padding on each side removed)."""
    return pagesize[0] - 2 * MARGIN - 12


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in DejaVu Sans (registered on first use)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16,
                                leading=20, spaceAfter=4, textColor=UN_BLUE),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                             leading=14, spaceBefore=8, spaceAfter=4, textColor=UN_BLUE,
                             keepWithNext=1),
        # A heading followed by a long table: kept with it by a CondPageBreak instead.
        "h2-free": ParagraphStyle("h2-free", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                                  leading=14, spaceBefore=8, spaceAfter=4, textColor=UN_BLUE),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                             leading=12, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "h3-free": ParagraphStyle("h3-free", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                                  leading=12, spaceBefore=5, spaceAfter=2),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10,
                               textColor=colors.HexColor("#5a6b7b")),
    }


def para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph of user text (escaped; right-to-left text shaped, ordered and
    right-aligned)."""
    if is_rtl_base(text or ""):
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return Paragraph(markup(text, width, style.fontName, style.fontSize), style)


def details_table(pairs: Sequence[tuple[str, str]], width: float,
                  label_w: float = 38 * mm) -> Table:
    """A two-column 'label: value' block for a record's details (empty values skipped)."""
    st = styles()
    rows = [[Paragraph(visual(label), st["h3"]), para(value, st["body"], width - label_w - 8)]
            for label, value in pairs if value]
    table = Table(rows or [["", ""]], colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def grid_style(header_rows: int = 1, font_size: float = 8, zebra: bool = True
               ) -> list[tuple[Any, ...]]:
    """Table style commands shared by the data tables."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    if header_rows:
        cmds += [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dbe6ef")),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return cmds


class PagedTable(Flowable):
    """A long table of plain-text cells ('\\n' for line breaks) split page by page.

    Every row is measured once; each page gets its own ``Table`` with the header row
    repeated. Cells must already fit their column (see ``text.cell``).
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 col_widths: Sequence[float], *, font_size: float = 8,
                 min_row_height: float = 0, style: list[tuple[Any, ...]] | None = None,
                 _shared: tuple[Any, ...] | None = None, _start: int = 0) -> None:
        super().__init__()
        if _shared is None:
            leading = font_size + 2
            heights = [max(min_row_height, (max(c.count("\n") for c in r) + 1) * leading
                           + 2 * PAD) for r in rows] if rows else []
            head_h = (max(c.count("\n") for c in header) + 1) * leading + 2 * PAD
            prefix = [0.0, *accumulate(heights)]
            _shared = (list(header), rows, list(col_widths), heights, prefix, head_h,
                       style or grid_style(1, font_size))
        self._shared = _shared
        self._start = _start
        self.width = sum(_shared[2])
        self.hAlign = "LEFT"

    def _height(self, start: int, end: int) -> float:
        prefix, head_h = self._shared[4], self._shared[5]
        return head_h + prefix[end] - prefix[start]

    def _table(self, start: int, end: int) -> Table:
        header, rows, widths, heights, _, head_h, style = self._shared
        table = Table([header, *rows[start:end]], colWidths=widths,
                      rowHeights=[head_h, *heights[start:end]], repeatRows=1, hAlign="LEFT")
        # A cell written only right to left (an Arabic organisation) is right-aligned.
        rtl = [("ALIGN", (c, r), (c, r), "RIGHT")
               for r, row in enumerate(rows[start:end], start=1)
               for c, text in enumerate(row) if text and "\n" not in text and is_rtl_base(text)]
        table.setStyle(TableStyle(style + rtl))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Size of the rest of the table (all remaining rows)."""
        self.height = self._height(self._start, len(self._shared[1]))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """One table of the rows that fit ``avail_height``, then the rest."""
        prefix, head_h = self._shared[4], self._shared[5]
        budget = prefix[self._start] + avail_height - head_h
        end = bisect.bisect_right(prefix, budget) - 1
        if end <= self._start:
            return []
        end = min(end, len(self._shared[1]))
        first = self._table(self._start, end)
        if end >= len(self._shared[1]):
            return [first]
        return [first, PagedTable([], [], [], _shared=self._shared, _start=end)]

    def draw(self) -> None:
        table = self._table(self._start, len(self._shared[1]))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def furniture_canvas(header: str, meta: Meta, tr: Translate) -> type[Canvas]:
    """A canvas class that draws the running header and a footer with 'Page x of y'."""
    printed = tr("Printed {when} by node {node}").format(
        when=meta.printed_at.strftime("%Y-%m-%d %H:%M UTC"), node=meta.node_name)
    if meta.operator and meta.operator != meta.node_name:
        printed += f" ({meta.operator})"
    if meta.pseudonymise:
        printed += " · " + tr("names pseudonymised")
    page_text = tr("Page {page} of {pages}")

    class _Canvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(INK)
            self.setFont(FONT, 7.5)
            self.drawString(MARGIN, height - MARGIN + 5 * mm,
                            cell(header, width - 2 * MARGIN, FONT, 7.5, max_lines=1))
            self.setStrokeColor(RULE)
            self.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
            self.drawString(MARGIN, MARGIN - 7 * mm, visual(printed))
            self.drawRightString(width - MARGIN, MARGIN - 7 * mm,
                                 page_text.format(page=number, pages=total))
            self.restoreState()

    return _Canvas


def build_pdf(out: Path, story: list[Flowable], *, pagesize: tuple[float, float],
              title: str, header: str, meta: Meta, tr: Translate) -> Path:
    """Lay out ``story`` into ``out`` (written atomically); returns ``out``."""
    register_fonts()
    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=meta.node_name,
            creator="FocalPoint", subject=header)
        doc.build(story, canvasmaker=furniture_canvas(header, meta, tr))
    return out


def side_by_side(cells: Sequence[Flowable], widths: Sequence[float]) -> Table:
    """Flowables (tables, charts) next to each other, top-aligned."""
    table = Table([list(cells)], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def spacer(height_mm: float = 3) -> Spacer:
    """Vertical space of ``height_mm`` millimetres."""
    return Spacer(1, height_mm * mm)


