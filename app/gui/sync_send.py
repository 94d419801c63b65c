"""Send: make a bundle for one trusted node, step by step - recipient, what it carries,
encryption, the folder (a USB stick), then where the file went."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.sync_dialogs import ERROR_STYLE, run_with_passphrase
from app.gui.sync_words import counts_text
from app.gui.util import format_number
from app.services import keys as keysvc
from app.services import sync_status, syncing


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder picked by the operator ('' when cancelled). Tests patch this."""
    return QFileDialog.getExistingDirectory(parent, title, start)


class SendTab(QWidget):
    """Export a bundle to a chosen folder; ``exported`` fires after each success."""

    exported = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: dict[str, Any] = {}
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.recipient.currentIndexChanged.connect(self.update_preview)
        self.contents = QLabel(self.tr("Choose the node the bundle is for."))
        self.contents.setWordWrap(True)
        self.encrypt = QCheckBox(self.tr("Encrypt the bundle for the recipient (recommended)"))
        self.encrypt.setChecked(True)
        self.encrypt.toggled.connect(self._update_warning)
        self.warning = QLabel()
        self.warning.setObjectName("encryptionWarning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.folder = QLineEdit(str(ctx.ws.paths.outbox))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.export_button = QPushButton(self.tr("Make the bundle"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self._layout(folder_row)

    def _layout(self, folder_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("1. Recipient:"), self.recipient)
        form.addRow(self.tr("2. It will carry:"), self.contents)
        form.addRow(self.tr("3. Encryption:"), self.encrypt)
        form.addRow("", self.warning)
        form.addRow(self.tr("4. Save it in:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def set_peers(self, peers: list[dict[str, Any]]) -> None:
        """Offer the trusted, unrevoked nodes as recipients (keeping the current one)."""
        current = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for peer in peers:
            if peer["trusted"] and not peer["revoked"]:
                where = f" - {peer['mission']}" if peer.get("mission") else ""
                self.recipient.addItem(f"{peer['name']}{where}", peer["node_id"])
        index = self.recipient.findData(current)
        self.recipient.setCurrentIndex(max(index, 0))
        self.recipient.blockSignals(False)
        self.export_button.setEnabled(self.recipient.count() > 0)
        if not self.recipient.count():
            self.contents.setText(self.tr(
                "No trusted node yet: add another node's card on the Nodes tab first."))
        self.update_preview()

    def update_preview(self) -> None:
        """Count what the next bundle to the chosen node would carry (on the worker)."""
        peer = self.recipient.currentData()
        if not peer:
            return
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: sync_status.export_preview(ws, peer), self._show_preview)

    def _show_preview(self, preview: dict[str, Any]) -> None:
        self.preview = preview
        if preview["total"]:
            self.contents.setText(
                self.tr("%n change(s) not yet confirmed by the recipient:", "", preview["total"])
                + " " + counts_text(preview["by_table"]))
        else:
            self.contents.setText(self.tr(
                "No new changes: the bundle only tells the recipient what this node has "
                "received (an acknowledgement)."))
        self._update_warning()

    def _update_warning(self) -> None:
        personal = bool(self.preview.get("personal"))
        self.warning.setText(self.tr(
            "This bundle carries names of people: without encryption anyone who finds the "
            "file can read them. Keep encryption on unless the recipient cannot decrypt."))
        self.warning.setVisible(personal and not self.encrypt.isChecked())

    def browse(self) -> None:
        folder = choose_folder(self, self.tr("Save the bundle in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        """Ask the passphrase, then sign (and encrypt) the bundle on the worker."""
        peer = self.recipient.currentData()
        folder = Path(self.folder.text().strip() or self.ctx.ws.paths.outbox)
        encrypt = self.encrypt.isChecked()
        if not peer:
            return
        if not encrypt and self.preview.get("personal") and not dialogs.confirm(
                self, self.tr("No encryption"),
                self.tr("The bundle names people and will not be encrypted. Make it anyway?")):
            return
        ws = self.ctx.ws

        def job(passphrase: str) -> dict[str, Any]:
            identity = keysvc.unlock(ws, passphrase)
            return syncing.export_bundle(ws, peer, identity, out_dir=folder, encrypt=encrypt)

        run_with_passphrase(self.ctx, self, self.tr(
            "The bundle is signed with this node's key: type the passphrase to unlock it."),
            job, self._done, label=self.tr("Making the bundle..."))

    def _done(self, result: dict[str, Any]) -> None:
        state = self.tr("encrypted") if result["encrypted"] else self.tr("NOT encrypted")
        self.result.setText(self.tr(
            "Bundle number %s saved (%Ln change(s), %s, %s KB):\n%s\nTake this file to the "
            "recipient, for example on a USB stick.", "", result["changes"]) % (
            result["seq"], state, format_number(max(1, result["bytes"] // 1024)),
            result["path"]))
        self.exported.emit(result)
