"""The Sync page: this node's identity card, the nodes it trusts, sending and receiving
bundles, conflicts to settle and the history of every bundle.

Everything is read on the worker through :mod:`app.services.sync_status`; signing and
decrypting ask the passphrase each time and never keep it.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.models import RowsModel
from app.gui.pages.base import make_table_view
from app.gui.sync_conflicts import ConflictsTab
from app.gui.sync_dialogs import TrustCardDialog
from app.gui.sync_receive import ReceiveTab
from app.gui.sync_send import SendTab, choose_folder
from app.gui.sync_words import file_text, when_text
from app.gui.util import leading, message_text, vocab_label
from app.services import keys as keysvc
from app.services import sync_status

NODE_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("columns", "Node")),
    ("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
    ("mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    ("state", QT_TRANSLATE_NOOP("columns", "Trust")),
    ("last_imported_at", QT_TRANSLATE_NOOP("columns", "Last bundle received")),
    ("last_export_at", QT_TRANSLATE_NOOP("columns", "Last bundle sent")),
    ("waiting", QT_TRANSLATE_NOOP("columns", "Changes to send")),
    ("fingerprint", QT_TRANSLATE_NOOP("columns", "Fingerprint")),
)
HISTORY_COLUMNS = (
    ("at", QT_TRANSLATE_NOOP("columns", "When")),
    ("direction", QT_TRANSLATE_NOOP("columns", "Direction")),
    ("peer", QT_TRANSLATE_NOOP("columns", "Node")),
    ("seq", QT_TRANSLATE_NOOP("columns", "Number")),
    ("status", QT_TRANSLATE_NOOP("columns", "Result")),
    ("changes", QT_TRANSLATE_NOOP("columns", "Changes")),
    ("file", QT_TRANSLATE_NOOP("columns", "File")),
    ("reason", QT_TRANSLATE_NOOP("columns", "Reason")),
)
WORDS = {
    "import": QT_TRANSLATE_NOOP("sync", "received"),
    "export": QT_TRANSLATE_NOOP("sync", "sent"),
    "imported": QT_TRANSLATE_NOOP("sync", "imported"),
    "exported": QT_TRANSLATE_NOOP("sync", "made"),
    "rejected": QT_TRANSLATE_NOOP("sync", "refused"),
    "duplicate": QT_TRANSLATE_NOOP("sync", "already imported"),
}
TABS = ("nodes", "send", "receive", "conflicts", "history")


def choose_card(parent: QWidget | None) -> str:
    """An identity card file picked by the operator. Tests patch this."""
    return dialogs.choose_file(parent, QCoreApplication.translate("sync", "Identity card"),
                               QCoreApplication.translate(
                                   "sync", "Identity cards (*.fpkey.json *.json)"))


def load_status(ws: Any) -> dict[str, Any]:
    """Everything the page shows, read on the worker."""
    return {"identity": sync_status.identity(ws), "peers": sync_status.peers(ws),
            "conflicts": sync_status.conflicts(ws), "history": sync_status.history(ws)}


def _word(code: str) -> str:
    return QCoreApplication.translate("sync", WORDS.get(code, code))


def _when(value: str | None) -> str:
    return when_text(value, QCoreApplication.translate("sync", "never"))


class SyncPage(QWidget):
    """Tabs: Nodes (identity and trust), Send, Receive, Conflicts, History."""

    title = QT_TRANSLATE_NOOP("pages", "Sync")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sync"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.send = SendTab(ctx)
        self.receive = ReceiveTab(ctx)
        self.conflicts = ConflictsTab(ctx)
        self.nodes_model = RowsModel("", NODE_COLUMNS)
        self.history_model = RowsModel("", HISTORY_COLUMNS)
        self.tabs.addTab(self._nodes_tab(), self.tr("This node and trusted nodes"))
        self.tabs.addTab(self.send, self.tr("Send"))
        self.tabs.addTab(self.receive, self.tr("Receive"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.history = make_table_view()
        self.history.setObjectName("history")
        self.history.setModel(self.history_model)
        self.tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(self.tabs, 1)
        for signal in (self.send.exported, self.receive.imported, self.conflicts.resolved):
            signal.connect(lambda *_a: self.refresh())

    def showEvent(self, event: QShowEvent) -> None:
        """Read the status again each time the page is shown (edits add changes to send)."""
        super().showEvent(event)
        self.refresh()

    def _nodes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self._identity_box())
        self.nodes_view = make_table_view()
        self.nodes_view.setObjectName("nodes")
        self.nodes_view.setModel(self.nodes_model)
        layout.addWidget(QLabel(self.tr("Other nodes")))
        layout.addWidget(self.nodes_view, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a node's card..."))
        add.setObjectName("addCard")
        add.clicked.connect(self.add_card)
        revoke = QPushButton(self.tr("Revoke the selected node..."))
        revoke.setObjectName("revoke")
        revoke.clicked.connect(self.revoke)
        row.addWidget(add)
        row.addWidget(revoke)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _identity_box(self) -> QGroupBox:
        me = QGroupBox(self.tr("This node"))
        box = QVBoxLayout(me)
        self.me_label = QLabel()
        self.me_label.setAlignment(leading())  # starts with the node's (Latin) name
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("ownFingerprint")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Read this fingerprint aloud, group by group, to the operator "
                              "of a node that adds your card; they type it to trust you."))
        hint.setWordWrap(True)
        save = QPushButton(self.tr("Save my card..."))
        save.setObjectName("saveCard")
        save.clicked.connect(self.save_card)
        for widget in (self.me_label, self.fingerprint, hint):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        box.addLayout(row)
        return me

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload identity, nodes, conflicts and history on the worker."""
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: load_status(ws), self.show_status)

    def show_status(self, status: dict[str, Any]) -> None:
        self.status = status
        me = status["identity"]
        where = f" - {me['mission']}" if me.get("mission") else ""
        self.me_label.setText(f"<b>{html.escape(me['name'])}</b> "
                              f"({vocab_label(v.NODE_KIND, me['kind'])}{html.escape(where)})")
        self.fingerprint.setText(me["fingerprint"] or self.tr("This node has no keys."))
        self.nodes_model.set_rows([self._node_row(p) for p in status["peers"]])
        self.nodes_view.resizeColumnsToContents()
        self.send.set_peers(status["peers"])
        self.conflicts.set_conflicts(status["conflicts"])
        reasons = [message_text(h["reason"] or "") for h in status["history"]]
        self.history_model.set_rows(
            [{**h, "at": _when(h["at"]), "reason": reason[:1].upper() + reason[1:],
              "direction": _word(h["direction"]), "status": _word(h["status"]),
              "file": file_text(h["file"] or "")}
             for h, reason in zip(status["history"], reasons, strict=True)])
        self.history.resizeColumnsToContents()
        count = len(status["conflicts"])
        self.tabs.setTabText(3, self.tr("Conflicts (%s)") % count if count
                             else self.tr("Conflicts"))

    def _node_row(self, p: dict[str, Any]) -> dict[str, Any]:
        if p["revoked"]:
            state = self.tr("Revoked: %s") % p["revoked_reason"]
        else:
            state = self.tr("Trusted") if p["trusted"] else self.tr("Not trusted")
        return {**p, "id": p["node_id"], "state": state,
                "kind": vocab_label(v.NODE_KIND, p["kind"]),
                "last_imported_at": _when(p["last_imported_at"]),
                "last_export_at": _when(p["last_export_at"])}

    def show_tab(self, key: str) -> None:
        """Show one tab: nodes, send, receive, conflicts or history."""
        self.tabs.setCurrentIndex(TABS.index(key))

    # --- actions ------------------------------------------------------------------------

    def save_card(self) -> None:
        """Write this node's identity card into a chosen folder (a USB stick)."""
        folder = choose_folder(self, self.tr("Save my card in"), str(self.ctx.ws.paths.home))
        if not folder:
            return
        ws = self.ctx.ws
        self.ctx.runner.run(
            lambda: keysvc.write_card(ws, Path(folder)),
            lambda r: dialogs.info(self, self.tr("Card saved"), self.tr(
                "Your card is saved as %s. Give it to the other node; its operator will "
                "phone you to check the fingerprint.") % r["card"]),
            parent=self)

    def add_card(self) -> None:
        """Trust another node's card once its fingerprint, read by phone, matches."""
        path = choose_card(self)
        if not path:
            return
        try:
            card = keysvc.read_card_file(Path(path))
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return
        except OSError:
            dialogs.show_error(self, FocalPointError(self.tr(
                "The card file cannot be read; check that the USB stick is plugged in and "
                "choose the file again.")))
            return
        ws = self.ctx.ws
        dialog = TrustCardDialog(card, lambda typed: keysvc.trust(ws, card, typed), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def revoke(self) -> None:
        """Revoke the selected node's key, with the reason (its later bundles are refused)."""
        row = self.nodes_view.currentIndex().row()
        node_id = self.nodes_model.row_id(row)
        if node_id is None:
            dialogs.info(self, self.tr("Revoke"), self.tr("Select the node to revoke first."))
            return
        name = self.nodes_model.rows[row]["name"]
        reason = dialogs.ask_text(self, self.tr("Revoke %s") % name, self.tr(
            "Why is this node's key revoked (laptop lost, operator left...)? Its bundles "
            "made after the last one imported here will be refused."))
        if reason is None:
            return
        if not reason.strip():
            dialogs.info(self, self.tr("Revoke"), self.tr(
                "Give the reason for the revocation; nothing was revoked."))
            return
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: keysvc.revoke(ws, node_id, reason),
                            lambda _r: self.refresh(), parent=self)
