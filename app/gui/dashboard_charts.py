"""The dashboard's charts (QtCharts bar and pie charts) and the findings heat map model.

Each chart is built from ``(key, label, value)`` items and calls ``on_click(key)`` when
a bar or a slice is clicked, so the page can list the records behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter

from app.domain import vocab as v
from app.gui.util import format_number, format_percent, vocab_label

Index = QModelIndex | QPersistentModelIndex
Item = tuple[str, str, float]
OnClick = Callable[[str], None]
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
PALETTE = ("#1f5f99", "#e07b39", "#3a9d5d", "#b8405e", "#7b5ea7", "#c9a227", "#4aa3b5",
           "#8c6d46", "#5d6d7e")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


class ChartView(QChartView):
    """A chart view that remembers the keys of its bars or slices (for tests and clicks)."""

    def __init__(self, chart: QChart, keys: Sequence[str]) -> None:
        super().__init__(chart)
        self.keys = list(keys)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)


def _value_axis(top: float) -> QValueAxis:
    """A count axis from 0 with whole-number ticks."""
    step = max(1, math.ceil(top / 5))
    axis = QValueAxis()
    axis.setRange(0, step * max(1, math.ceil(top * 1.1 / step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def bar_chart(title: str, items: Sequence[Item], on_click: OnClick, *,
              horizontal: bool = False) -> ChartView:
    """One bar per item, labelled with its value; clicking a bar calls ``on_click``.
    Horizontal bars keep long labels (countries, categories) readable."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(QColor(PALETTE[0]))
    bars.setLabelColor(QColor("white"))
    if horizontal:
        items = list(reversed(items))  # the first item on top
    for _key, _label, value in items:
        bars.append(float(value))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setBarWidth(0.6 if len(items) > 2 else 0.35)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label for _k, label, _v in items] or [""])
    values = _value_axis(max((value for _k, _l, value in items), default=0))
    # Right to left (Arabic): the labels' axis on the right, bars growing leftwards.
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    (values if horizontal else categories).setReverse(rtl)
    chart.addAxis(categories, side if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else side)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)
    keys = [key for key, _l, _v in items]
    bars.clicked.connect(lambda index: on_click(keys[index]) if 0 <= index < len(keys) else None)
    return ChartView(chart, keys)


def pie_chart(title: str, items: Sequence[Item], on_click: OnClick) -> ChartView:
    """A pie with one slice per item (labelled with its share); a click calls ``on_click``."""
    chart = _chart(title)
    series = QPieSeries()
    total = sum(value for _k, _l, value in items) or 1
    for i, (key, label, value) in enumerate(items):
        part = QPieSlice(
            f"{label} {format_number(value)} ({format_percent(value / total)})", float(value))
        part.setColor(QColor(PALETTE[i % len(PALETTE)]))
        part.clicked.connect(lambda key=key: on_click(key))
        series.append(part)
    chart.addSeries(series)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)  # room for long labels
    return ChartView(chart, [key for key, _l, _v in items])


def click_item(view: ChartView, index: int) -> None:
    """Act as if item ``index`` of the chart was clicked (keyboard users and tests)."""
    series = view.chart().series()[0]
    if isinstance(series, QAbstractBarSeries):
        series.barSets()[0].clicked.emit(index)
    else:
        series.slices()[index].clicked.emit()


def items_from(counts: Mapping[str, int], label: Callable[[str], str],
               order: Sequence[str] = ()) -> list[Item]:
    """Chart items from ``{key: count}``: in ``order`` first, then the rest by count."""
    known = [k for k in order if counts.get(k)]
    rest = sorted((k for k in counts if k not in known), key=lambda k: -counts[k])
    return [(k, label(k), float(counts[k])) for k in (*known, *rest)]


class HeatModel(QAbstractTableModel):
    """Findings per thematic area (rows) and severity (columns), coloured by count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.areas = [code for code, _label in v.THEMATIC_AREA]
        self.severities = [code for code, _label in v.SEVERITY]
        self.counts: dict[tuple[str, str], int] = {}
        self.top = 0

    def set_cells(self, cells: Sequence[Mapping[str, Any]]) -> None:
        """Show the dashboard's ``findings.heat`` rows."""
        self.beginResetModel()
        self.counts = {(c["thematic_area"], c["severity"]): int(c["count"]) for c in cells}
        extra = sorted({a for a, _s in self.counts} - set(self.areas))
        self.areas = [code for code, _label in v.THEMATIC_AREA] + extra
        self.top = max(self.counts.values(), default=0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.areas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.severities)

    def key(self, index: Index) -> tuple[str, str]:
        """(thematic area, severity) of a cell."""
        return self.areas[index.row()], self.severities[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.areas) \
                or index.column() >= len(self.severities):
            return None
        count = self.counts.get(self.key(index), 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colour(count)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("white") if self.top and count / self.top > 0.5 else QColor("black")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KEY_ROLE:
            return "|".join(self.key(index))
        if role == Qt.ItemDataRole.ToolTipRole:
            area, severity = self.key(index)
            return (f"{vocab_label(v.THEMATIC_AREA, area)} - "
                    f"{vocab_label(v.SEVERITY, severity)}: {count}")
        return None

    def _colour(self, count: int) -> QColor:
        if not count or not self.top:
            return QColor("#f7f7f7")
        share = count / self.top
        base, hot = QColor("#fde0c5"), QColor("#b2182b")
        mix = 0.25 + 0.75 * share
        return QColor(int(base.red() + (hot.red() - base.red()) * mix),
                      int(base.green() + (hot.green() - base.green()) * mix),
                      int(base.blue() + (hot.blue() - base.blue()) * mix))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.severities):
            return vocab_label(v.SEVERITY, self.severities[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.areas):
            return vocab_label(v.THEMATIC_AREA, self.areas[section])
        return None
