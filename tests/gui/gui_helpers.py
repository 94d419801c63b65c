"""Typing helpers: qtbot.keyClicks aborts on non-ASCII text, so text is sent as key
events carrying the text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (any script) into ``widget`` as the keyboard would."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    QApplication.processEvents()


def fill(form: Any, values: dict[str, Any]) -> None:
    """Set form fields: text fields are typed, the others set like a user's pick."""
    from app.gui.widgets import LongTextField, TextField

    for name, value in values.items():
        widget = form.widgets[name]
        if isinstance(widget, TextField | LongTextField) and isinstance(value, str):
            widget.set_value("")
            type_text(widget, value)
        else:
            widget.set_value(value)
            widget.changed.emit()
