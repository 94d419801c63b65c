"""Field widgets: one per field kind, each with ``value()``, ``set_value()`` and a
``changed`` signal, so a form can be declared from the field specs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain import vocab as v
from app.gui.util import countries, edit_date_format, vocab_label

EMPTY_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date with a calendar pop-up that may also be empty (shown blank)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(edit_date_format())  # the locale's, 4-digit year
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(" ")
        self.setDate(EMPTY_DATE)
        self.setToolTip(self.tr("Type the date or pick it from the calendar; select it all "
                                "and press Delete to clear it"))
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> str | None:
        date = self.date()
        return None if date == EMPTY_DATE else date.toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        if not value:
            self.setDate(EMPTY_DATE)
            return
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        self.setDate(QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: Any) -> None:
        # Delete/Backspace on a whole-field selection clears the date.
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.lineEdit().selectedText() == self.lineEdit().text():
            self.setDate(EMPTY_DATE)
            return
        if self.date() == EMPTY_DATE and event.text().isdigit():
            self.setDate(QDate.currentDate())
        super().keyPressEvent(event)


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        if isinstance(value, list):
            value = ", ".join(str(x) for x in value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # show the start of a long text


class LongTextField(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText(value or "")


class BoolField(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _b: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ChoiceField(QComboBox):
    """A combo box of (key, label); editable ones complete on any part of the label.

    ``value()`` is the chosen key, '' when nothing is chosen, or the typed text when it
    matches no item (so validation can say what is wrong).
    """

    changed = Signal()

    def __init__(self, items: Iterable[tuple[str, str]] = (), *, blank: str = "",
                 editable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = blank
        # Long labels (mission names) must not make the form or a filter bar wide.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setEditable(editable)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            self.lineEdit().setPlaceholderText(blank)
            self.editTextChanged.connect(lambda _t: self.changed.emit())
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._blank if not self.isEditable() else "", "")
        for key, label in items:
            self.addItem(label, key)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        if self.isEditable():
            text = self.currentText().strip()
            if not text:
                return ""
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
            return str(self.itemData(index)) if index > 0 else text
        return str(self.currentData() or "")

    def set_value(self, value: Any) -> None:
        index = self.findData(value or "")
        if index < 0 and value:
            self.addItem(str(value), value)  # a code this node does not know yet
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        if self.isEditable():
            if index <= 0:
                self.setEditText("")
            self.lineEdit().setCursorPosition(0)


def vocab_field(vocab: v.Vocabulary, blank: str) -> ChoiceField:
    return ChoiceField([(code, vocab_label(vocab, code)) for code, _ in vocab], blank=blank)


def country_field(blank: str) -> ChoiceField:
    return ChoiceField([(code, f"{name} ({code})") for code, name in countries()],
                       blank=blank, editable=True)


class CodesField(QListWidget):
    """Several codes of a vocabulary, ticked in a list."""

    changed = Signal()

    def __init__(self, vocab: v.Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, _label in vocab:
            item = QListWidgetItem(vocab_label(vocab, code), self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(22 * min(self.count(), 7) + 6)
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)
