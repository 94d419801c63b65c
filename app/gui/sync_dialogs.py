"""Sync dialogs: the passphrase (asked each time, never stored) and trusting a card
after checking its fingerprint with the other node's operator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError
from app.gui.util import error_message, list_separator, vocab_label

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A red one-sentence message shown next to a field (hidden while empty)."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_field_error(label: QLabel, text: str) -> None:
    """Show (or clear) ``label``'s message; the dialog grows if the message needs room."""
    label.setText(text)
    label.setVisible(bool(text))
    fit_height(label.window())


def fit_height(window: QWidget) -> None:
    """Grow a shown window whose wrapped text (e.g. a message that just appeared) needs
    more height than it has at its width: Qt does not resize a shown window to its
    layout, and squeezes the lines instead."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    if need > window.height():
        window.resize(width, need)


class PassphraseDialog(QDialog):
    """Asks for the node's passphrase to sign or decrypt; shows why the last try failed."""

    def __init__(self, purpose: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(purpose)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase of this node's keys:"), self.edit)
        layout.addLayout(form)
        self.error = error_label()
        show_field_error(self.error, error)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


def ask_passphrase(parent: QWidget | None, purpose: str, error: str = "") -> str | None:
    """The passphrase typed by the operator (None when cancelled). Tests patch this."""
    dialog = PassphraseDialog(purpose, error, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text()
    finally:
        dialog.edit.clear()
        dialog.deleteLater()


class TrustCardDialog(QDialog):
    """Shows a card's node and asks for the fingerprint read aloud by its operator;
    ``on_trust(fingerprint)`` trusts it, or raises and the reason shows by the field."""

    def __init__(self, card: Any, on_trust: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_trust = on_trust
        self.result_row: Any = None
        self.setWindowTitle(self.tr("Trust another node"))
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Card of <b>%s</b> (%s%s). Phone its operator and ask them to read the "
            "fingerprint shown on their Sync page; type it below. Do not copy it from "
            "the card file: a card can be forged, the voice of a colleague cannot."
        ) % (card.name, vocab_label(v.NODE_KIND, card.kind),
             list_separator() + card.mission if card.mission else ""))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText("abcd efgh ijkl ...")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(12)
        self.fingerprint.setFont(font)
        layout.addWidget(QLabel(self.tr("Fingerprint read over the phone (spaces do not "
                                        "matter, capitals do):")))
        layout.addWidget(self.fingerprint)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Trust this node"))
        buttons.accepted.connect(self.try_trust)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def try_trust(self) -> None:
        """Trust the card if the typed fingerprint matches; else say why, stay open."""
        typed = self.fingerprint.text()
        if not typed.strip():
            show_field_error(self.error, self.tr(
                "Type the fingerprint the other node's operator reads to you."))
            return
        try:
            self.result_row = self.on_trust(typed)
        except FocalPointError as exc:
            show_field_error(self.error, error_message(exc))
            return
        self.accept()


def run_with_passphrase(ctx: Any, parent: QWidget | None, purpose: str,
                        job: Callable[[str], Any], on_done: Callable[[Any], None], *,
                        label: str = "", error: str = "") -> None:
    """Ask for the passphrase, then run ``job(passphrase)`` on the worker; a wrong
    passphrase asks again with the reason next to the field, other errors are shown."""
    from app.gui import dialogs
    from app.sync.errors import WrongPassphraseError

    passphrase = ask_passphrase(parent, purpose, error)
    if passphrase is None:
        return

    def failed(exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError):
            run_with_passphrase(ctx, parent, purpose, job, on_done, label=label,
                                error=error_message(exc))
        else:
            dialogs.show_error(parent, exc)

    ctx.runner.run(lambda: job(passphrase), on_done, failed, label=label, parent=parent)
