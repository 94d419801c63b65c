"""Shared PDF machinery: styles, page furniture ("page x of y", printed by/when) and a
long table that splits page by page in linear time.

In a right-to-left (Arabic) report every table is mirrored - columns in reverse order,
text aligned right, labels on the right of their values - and headings and the page
furniture are aligned right (:func:`mirror_style`, :func:`table`).

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

from app.reports.common import timestamp
from app.reports.data import Meta
from app.reports.i18n import Translate, rtl
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
    found = {
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
    if rtl():
        return {name: ParagraphStyle(f"{name}-rtl", parent=style, alignment=TA_RIGHT)
                for name, style in found.items()}
    return found


def para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph of user text (escaped; right-to-left text shaped, ordered and
    right-aligned)."""
    if style.alignment != TA_RIGHT and is_rtl_base(text or ""):
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return Paragraph(markup(text, width, style.fontName, style.fontSize), style)


def details_table(pairs: Sequence[tuple[str, str]], width: float,
                  label_w: float = 38 * mm) -> Table:
    """A two-column 'label: value' block for a record's details (empty values skipped)."""
    st = styles()
    rows = [[para(label, st["h3"], label_w - 4), para(value, st["body"], width - label_w - 8)]
            for label, value in pairs if value]
    return table(rows or [["", ""]], [label_w, width - label_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ], repeat_rows=0)


def head(texts: Sequence[str], widths: Sequence[float], size: float = 8,
         max_lines: int = 3) -> list[str]:
    """Header cells: each text (logical order) wrapped in bold to fit its column."""
    return [cell(t, w - 2 * PAD - 1, FONT_BOLD, size, max_lines=max_lines)
            for t, w in zip(texts, widths, strict=False)]


_MIRRORED = {"LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING",
             "LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}
_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def mirror_style(cmds: Sequence[tuple[Any, ...]], ncols: int) -> list[tuple[Any, ...]]:
    """Table style commands for the same table with its columns in reverse order.

    Text aligned left by default is aligned right; explicit LEFT/RIGHT alignments,
    left/right paddings and lines before/after a column swap sides.
    """
    out: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for name, (c0, r0), (c1, r1), *rest in cmds:
        c0, c1 = (c if c >= 0 else ncols + c for c in (c0, c1))
        args = list(rest)
        if name in ("ALIGN", "HALIGN") and args and str(args[0]).upper() in _ALIGN:
            args[0] = _ALIGN[str(args[0]).upper()]
        out.append((_MIRRORED.get(name, name), (ncols - 1 - c1, r0), (ncols - 1 - c0, r1),
                    *args))
    return out


def mirror(rows: Sequence[Sequence[Any]], widths: Sequence[float],
           cmds: Sequence[tuple[Any, ...]]) -> tuple[list[list[Any]], list[float],
                                                      list[tuple[Any, ...]]]:
    """Rows, column widths and style of a table mirrored for a right-to-left report."""
    return ([list(reversed(r)) for r in rows], list(reversed(widths)),
            mirror_style(cmds, len(widths)))


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float],
          cmds: Sequence[tuple[Any, ...]], *, repeat_rows: int = 1) -> Table:
    """A styled table, mirrored and aligned right in a right-to-left report."""
    rows, widths, cmds = ((list(map(list, rows)), list(widths), list(cmds)) if not rtl()
                          else mirror(rows, widths, cmds))
    result = Table(rows, colWidths=widths, repeatRows=repeat_rows,
                   hAlign="RIGHT" if rtl() else "LEFT")
    result.setStyle(TableStyle(cmds))
    return result


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
            style = style or grid_style(1, font_size)
            if rtl():
                header, col_widths, style = mirror([header], col_widths, style)
                header = header[0]
                rows = [list(reversed(r)) for r in rows]
            _shared = (list(header), rows, list(col_widths), heights, prefix, head_h, style,
                       rtl())
        self._shared = _shared
        self._start = _start
        self.width = sum(_shared[2])
        self.hAlign = "RIGHT" if _shared[7] else "LEFT"

    def _height(self, start: int, end: int) -> float:
        prefix, head_h = self._shared[4], self._shared[5]
        return head_h + prefix[end] - prefix[start]

    def _table(self, start: int, end: int) -> Table:
        header, rows, widths, heights, _, head_h, style, _ = self._shared
        result = Table([header, *rows[start:end]], colWidths=widths,
                       rowHeights=[head_h, *heights[start:end]], repeatRows=1,
                       hAlign=self.hAlign)
        # A cell written only right to left (an Arabic organisation) is right-aligned.
        right = [("ALIGN", (c, r), (c, r), "RIGHT")
                 for r, row in enumerate(rows[start:end], start=1)
                 for c, text in enumerate(row) if text and "\n" not in text and is_rtl_base(text)]
        result.setStyle(TableStyle(style + right))
        return result

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
    right_to_left = rtl()
    printed = tr("Printed {when} by node {node}").format(
        when=timestamp(meta.printed_at), node=meta.node_name)
    if meta.operator and meta.operator != meta.node_name:
        # The mark keeps the closing bracket with the name in a right-to-left line.
        printed += f" ({meta.operator})" + ("\u200e" if right_to_left else "")
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
            # Reading side first: left in a left-to-right report, right in Arabic.
            lead, trail = ((self.drawRightString, width - MARGIN), (self.drawString, MARGIN))
            if not right_to_left:
                lead, trail = (trail[0], MARGIN), (lead[0], width - MARGIN)
            lead[0](lead[1], height - MARGIN + 5 * mm,
                    cell(header, width - 2 * MARGIN, FONT, 7.5, max_lines=1))
            self.setStrokeColor(RULE)
            self.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
            lead[0](lead[1], MARGIN - 7 * mm, visual(printed))
            trail[0](trail[1], MARGIN - 7 * mm,
                     visual(page_text.format(page=number, pages=total)))
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
    """Flowables (tables, charts) next to each other, top-aligned (from the right in a
    right-to-left report)."""
    return table([list(cells)], widths, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)], repeat_rows=0)


def spacer(height_mm: float = 3) -> Spacer:
    """Vertical space of ``height_mm`` millimetres."""
    return Spacer(1, height_mm * mm)


