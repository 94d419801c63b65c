"""Item models over the services' plain data.

:class:`PagedTableModel` loads a list page by page as the view scrolls (``fetchMore``),
so a list of 100,000 participants opens as fast as one of 1,000. :class:`RowsModel`
shows a short list already in memory (findings, a person's history).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.gui.util import display

Index = QModelIndex | QPersistentModelIndex
#: fetch(offset, limit, sort_column, descending) -> rows (dicts with "id")
Fetch = Callable[[int, int, str | None, bool], list[dict[str, Any]]]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


def header_text(label: str) -> str:
    """A translated column header."""
    return QCoreApplication.translate("columns", label)


class RowsModel(QAbstractTableModel):
    """A read-only table of dict rows held in memory."""

    def __init__(self, table: str, columns: Sequence[tuple[str, str]],
                 rows: Sequence[Mapping[str, Any]] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.columns = list(columns)  # (key, header label)
        self.rows: list[Mapping[str, Any]] = list(rows)

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def cell(self, row: Mapping[str, Any], key: str) -> Any:
        """The raw value of ``key`` in ``row`` (dotted keys reach into nested dicts)."""
        value: Any = row
        for part in key.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            table, _dot, name = key.rpartition(".")
            return display(table or self.table, name, self.cell(row, key))
        if role == ID_ROLE:
            return row.get("id")
        if role == VALUE_ROLE:
            return self.cell(row, key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return header_text(self.columns[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def row_id(self, row: int) -> str | None:
        """The record id of ``row`` (None outside the rows)."""
        return str(self.rows[row]["id"]) if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        """The row of ``record_id`` (-1 when not loaded)."""
        for i, row in enumerate(self.rows):
            if row.get("id") == record_id:
                return i
        return -1


class PagedTableModel(RowsModel):
    """A list loaded a page at a time as the view scrolls; sorting asks the service."""

    def __init__(self, table: str, columns: Sequence[tuple[str, str]], fetch: Fetch, *,
                 sortable: Sequence[str] = (), page_size: int = 200, parent: Any = None
                 ) -> None:
        super().__init__(table, columns, (), parent)
        self._fetch = fetch
        self._sortable = set(sortable)
        self._page_size = page_size
        self._more = True
        self.sort_key: str | None = None
        self.descending = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._fetch(len(self.rows), self._page_size, self.sort_key, self.descending)
        self._more = len(rows) >= self._page_size
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column][0]
        if key not in self._sortable:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        """Drop the loaded rows and load the first page again (after a search, a save)."""
        self.beginResetModel()
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore()

    @property
    def complete(self) -> bool:
        """True when every page of the list is loaded."""
        return not self._more
