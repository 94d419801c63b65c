"""List views: a column is never narrower than its header's text, margins and sort
arrow (``fit_headers`` asks Qt's own measure, ``QHeaderView.sectionSizeHint``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QStyle

from app.gui.views import make_table_view

HEADERS = ["Title", "Participants registered in the activity", "End"]


def _needed(view: Any, section: int, with_arrow: bool) -> int:
    """Text width plus the style's margins (and sort arrow): what the header draws."""
    header = view.horizontalHeader()
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.fontMetrics().horizontalAdvance(HEADERS[section]) + margin + (
        arrow if with_arrow else 0)


def _model() -> QStandardItemModel:
    model = QStandardItemModel(0, len(HEADERS))
    model.setHorizontalHeaderLabels(HEADERS)
    return model


def test_long_headers_widen_their_column_and_short_ones_keep_the_default(qtbot: Any) -> None:
    view = make_table_view()
    qtbot.addWidget(view)
    default = view.horizontalHeader().defaultSectionSize()
    view.setModel(_model())
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= _needed(view, 1, False) > default
    assert header.sectionSize(0) == default  # "Title" fits: left as it was


def test_sort_arrow_and_renamed_headers_are_made_room_for(qtbot: Any) -> None:
    view = make_table_view()
    qtbot.addWidget(view)
    view.horizontalHeader().setSortIndicatorShown(True)
    view.setSortingEnabled(True)
    model = _model()
    view.setModel(model)
    assert view.horizontalHeader().sectionSize(1) >= _needed(view, 1, True)
    HEADERS[2] = "Date de fin de l'activité prévue"  # a translation arrives later
    try:
        model.setHorizontalHeaderLabels(HEADERS)
        assert view.horizontalHeader().sectionSize(2) >= _needed(view, 2, True)
    finally:
        HEADERS[2] = "End"
