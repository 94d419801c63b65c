"""Charts for reports, drawn with ReportLab graphics (embedded in the PDF as vectors)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.reports.i18n import rtl
from app.reports.text import FONT, FONT_BOLD, register_fonts, visual

PALETTE = [colors.HexColor(c) for c in (
    "#0b6fa4", "#e07b39", "#4f9d69", "#b2456e", "#7a5cb8", "#c9a227", "#3a8fb7",
    "#8c6d46", "#5b7083", "#d1495b")]


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    """The chart's title, on the reading side (right in a right-to-left report)."""
    drawing.add(String(width if rtl() else 0, height - 11, visual(title), fontName=FONT_BOLD,
                       fontSize=9, fillColor=colors.HexColor("#1d2b3a"),
                       textAnchor="end" if rtl() else "start"))


def _nice_max(value: float) -> float:
    """A round axis maximum above ``value``."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(int(value))) - 1)
    return float(((int(value) // step) + 1) * step)


def hbar(title: str, items: Sequence[tuple[str, float]], width: float) -> Drawing:
    """Horizontal bars, one per (label, value), labelled with their values."""
    register_fonts()
    bar_h = 13
    height = max(60, 26 + bar_h * len(items) + 16)
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    label_w = min(170, width * 0.4)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 30, height - 40
    values = [float(v) for _, v in items] or [0.0]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [visual(lbl)[:38] for lbl, _ in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    if rtl():
        _mirror_hbar(chart, width, label_w)
    drawing.add(chart)
    return drawing


def _mirror_hbar(chart: HorizontalBarChart, width: float, label_w: float) -> None:
    """Bars growing from the right, their labels on the right (a right-to-left report)."""
    chart.x = 30
    chart.valueAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "w"
    chart.categoryAxis.labels.dx = 4
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 0
    chart.barLabels.nudge = 3


def vbar(title: str, items: Sequence[tuple[str, float]], width: float,
         height: float = 150) -> Drawing:
    """Vertical bars (e.g. presence per day), labelled with their values."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = width - 45, height - 55
    values = [float(v) for _, v in items] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [visual(lbl) for lbl, _ in items] or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values))
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.categoryAxis.reverseDirection = 1 if rtl() else 0  # Arabic: the first day on the right
    if rtl():  # and the value axis on the right, its labels outside it
        chart.x = 15
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 5
    drawing.add(chart)
    return drawing


def pie(title: str, items: Sequence[tuple[str, float]], width: float,
        height: float = 140) -> Drawing:
    """A pie of shares (e.g. beneficiaries by sex), slices labelled 'label n'."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    shown = [(lbl, v) for lbl, v in items if v > 0]
    if not shown:
        drawing.add(String(0, height / 2, "–", fontName=FONT, fontSize=9))
        return drawing
    chart = Pie()
    size = min(height - 40, width / 2)
    chart.x, chart.y = (width - size) / 2, 12
    chart.width = chart.height = size
    chart.data = [float(v) for _, v in shown]
    chart.labels = [f"{visual(lbl)} {int(v)}" for lbl, v in shown]
    chart.slices.fontName = FONT
    chart.slices.fontSize = 7.5
    chart.slices.strokeColor = colors.white
    chart.sideLabels = True
    for i in range(len(shown)):
        chart.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(chart)
    return drawing
