"""Entity look-ups that search the database as the user types.

A look-up field (a record's mission, linked initiative, partner entity, source
activity...) cannot list every record of a large node: it shows the first
:data:`LookupField.LIMIT` by label, and as the user types it asks the database for the
records holding every typed word (the list search of that table), so a node with
100,000 participants loads only the few it shows.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QCompleter, QWidget

from app.gui.widgets import ChoiceField


class LookupSearch(Protocol):
    """Where a look-up finds its choices (``AppContext.lookups``)."""

    def search(self, table: str, text: str, limit: int) -> list[tuple[str, str]]: ...

    def label(self, table: str, record_id: str) -> str: ...


class LookupField(ChoiceField):
    """An editable combo box whose choices come from a database search.

    ``value()`` is the chosen record's id, '' when empty, or the typed text when it
    names no record (so validation can say what is wrong), as for :class:`ChoiceField`.
    """

    LIMIT = 50
    DELAY_MS = 200  # typing pauses this long before the search runs

    def __init__(self, table: str, source: LookupSearch, *, blank: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__((), blank=blank, editable=True, parent=parent)
        self.table = table
        self._source = source
        completer = self.completer()
        # The database already chose what matches (any word order, folded names):
        # the popup shows its answer as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.lineEdit().textEdited.connect(lambda _text: self._timer.start())
        self.refresh()

    # --- choices ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the first choices, keeping the chosen record."""
        current = self.value()
        self._show(self._source.search(self.table, "", self.LIMIT))
        self.set_value(current)

    def search_now(self) -> None:
        """Ask the database for the records matching the typed text; show them."""
        self._timer.stop()
        text = self.lineEdit().text()
        items = self._source.search(self.table, text, self.LIMIT)
        self._show(items, keep_text=True)
        if text.strip() and items and (self.hasFocus() or self.lineEdit().hasFocus()):
            self.completer().setCompletionPrefix(text)
            self.completer().complete()
        self.changed.emit()

    def _show(self, items: list[tuple[str, str]], *, keep_text: bool = False) -> None:
        edit = self.lineEdit()
        text, cursor = edit.text(), edit.cursorPosition()
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for key, label in items:
            self.addItem(label, key)
        if keep_text:
            index = self.findText(text) if text else 0
            self.setCurrentIndex(index if index > 0 else 0)
            edit.setText(text)
            edit.setCursorPosition(cursor)
        self.blockSignals(False)

    def _chosen(self, index: QModelIndex) -> None:
        """A record picked in the popup (by its row: two records may share a label)."""
        model = self.completer().completionModel()
        source = model.mapToSource(index) if hasattr(model, "mapToSource") else index
        row = source.row() if source.isValid() else -1
        if 0 < row < self.count():
            self.setCurrentIndex(row)
            self.changed.emit()

    # --- value --------------------------------------------------------------------------

    def value(self) -> str:
        if self.currentIndex() > 0 and self.currentText() == self.itemText(self.currentIndex()):
            return str(self.itemData(self.currentIndex()))
        return super().value()

    def set_value(self, value: Any) -> None:
        source = getattr(self, "_source", None)  # None while ChoiceField sets itself up
        if value and source is not None and self.findData(value) < 0:
            label = source.label(self.table, str(value))
            if label:
                self.addItem(label, value)
        super().set_value(value)
