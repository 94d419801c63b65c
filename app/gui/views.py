"""Small view helpers shared by the pages (Qt only, so the overview can use them
before the services load)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def fit_headers(view: QTableView) -> None:
    """Widen the columns whose header text is cut (a translated header is often longer
    than the English one the widths were chosen for)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount()):
        # Qt's own measure of the header's text, margins and sort arrow (asking the
        # style directly would load QStyle's Python type: 9 ms before the first paint).
        needed = header.sectionSizeHint(section)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive \
                and header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


class ListTableView(QTableView):
    """A table whose columns are never narrower than their header's text."""

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``; columns too narrow for their header are widened."""
        super().setModel(model)
        if model is not None:
            fit_headers(self)
            model.headerDataChanged.connect(lambda *_a: fit_headers(self))


def make_table_view() -> QTableView:
    """A read-only, row-selecting table view for lists."""
    view = ListTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view
