"""Modal dialogs in one place (tests patch these functions instead of clicking).

Errors the user can cause (:class:`FocalPointError`) show their one-sentence message;
anything else shows a short apology with the technical details copyable below.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.errors import FocalPointError
from app.gui.util import error_message, tr

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> tuple[str, str]:
    """The message and the copyable details for ``exc``."""
    if isinstance(exc, FocalPointError):
        return error_message(exc), ""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return (
        tr(
            "An unexpected error stopped this action; what was saved before is safe. "
            "The details below are also in the log file."
        ),
        details,
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """An error dialog: the message, and details the user can select and copy."""
    message, details = error_text(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("FocalPoint"), message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None) -> str:
    """'save', 'discard' or 'cancel' for a form with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unsaved changes"),
        tr("This record has changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def install_crash_handler(
    show: Callable[[QWidget | None, BaseException], None] = show_error,
) -> None:
    """Log any uncaught exception and show it; the application keeps running, and what
    was saved stays saved (each save is its own committed transaction)."""

    def handler(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("Uncaught error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            try:
                show(QApplication.activeWindow(), exc)
            except Exception:  # the dialog itself failed: the log has it
                log.exception("The error dialog failed")

    sys.excepthook = handler


def choose_file(parent: QWidget | None, title: str, filters: str) -> str:
    """A file to open ('' when the user cancels)."""
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text from the user (None when cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
