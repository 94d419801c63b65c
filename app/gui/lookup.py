"""Entity look-ups that search the database as the user types.

A look-up field (a record's mission, linked initiative, partner entity, source
activity...) cannot list every record of a large node: it shows the first
:data:`LookupField.LIMIT` by label, and as the user types it asks the database for the
records holding every typed word (the list search of that table), so a node with
100,000 participants loads only the few it shows. The search runs on the worker when
the source offers one (``run``); an answer to text the user has since changed is
dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QCompleter, QWidget
from shiboken6 import isValid

from app.gui.widgets import ChoiceField


class LookupSearch(Protocol):
    """Where a look-up finds its choices (``AppContext.lookups``)."""

    def search(self, table: str, text: str, limit: int) -> list[tuple[str, str]]: ...

    def label(self, table: str, record_id: str) -> str: ...


Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]


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
        self._waiting_for: str | None = None  # the text a worker search is answering
        self.lineEdit().textEdited.connect(lambda _text: self._timer.start())
        self.refresh()

    @property
    def searching(self) -> bool:
        """True while typing pauses or a search is on its way."""
        return self._timer.isActive() or self._waiting_for is not None

    # --- choices ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the first choices, keeping the chosen record."""
        current = self.value()
        self._show(self._source.search(self.table, "", self.LIMIT))
        self.set_value(current)

    def search_now(self) -> None:
        """Ask the database for the records matching the typed text (on the worker when
        the source has one); show them when they come."""
        self._timer.stop()
        text, table, source = self.lineEdit().text(), self.table, self._source
        run: Runner | None = getattr(source, "run", None)
        if run is None:
            self._found(text, source.search(table, text, self.LIMIT))
            return
        self._waiting_for = text
        run(lambda: source.search(table, text, self.LIMIT),
            lambda items: self._found(text, items))

    def _found(self, text: str, items: list[tuple[str, str]]) -> None:
        if not isValid(self):
            return  # the form was closed meanwhile
        if self._waiting_for == text:
            self._waiting_for = None
        if text != self.lineEdit().text():
            return  # the user typed on: the newer search will answer
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
