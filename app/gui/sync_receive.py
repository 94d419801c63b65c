"""Receive: bundles chosen or dropped here are first checked (a dry run that writes
nothing: who sent it, what it adds, changes, deletes, conflicts), then applied."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.context import AppContext
from app.gui.sync_dialogs import TrustCardDialog, run_with_passphrase
from app.gui.sync_words import when_text
from app.gui.util import ROW_ERROR, ROW_WARNING, clause_separator, message_text
from app.services import keys as keysvc
from app.services import sync_status, syncing
from app.services.workspace import Workspace
from app.sync import keys as fpk

REFUSED = ROW_ERROR
NOTHING = ROW_WARNING
STATUS = {
    "dry-run": QT_TRANSLATE_NOOP("sync", "Ready to import"),
    "imported": QT_TRANSLATE_NOOP("sync", "Imported"),
    "duplicate": QT_TRANSLATE_NOOP("sync", "Already imported: nothing to do"),
    "rejected": QT_TRANSLATE_NOOP("sync", "Refused"),
    "enrolment": QT_TRANSLATE_NOOP("sync", "Identity card of a new node"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("columns", "File"),
    QT_TRANSLATE_NOOP("columns", "From"),
    QT_TRANSLATE_NOOP("columns", "File date"),
    QT_TRANSLATE_NOOP("columns", "Status"),
    QT_TRANSLATE_NOOP("columns", "Adds"),
    QT_TRANSLATE_NOOP("columns", "Changes"),
    QT_TRANSLATE_NOOP("columns", "Deletes"),
    QT_TRANSLATE_NOOP("columns", "Conflicts"),
    QT_TRANSLATE_NOOP("columns", "What it means"),
)


def choose_bundles(parent: QWidget | None, title: str, start: str) -> list[str]:
    """Bundle files picked by the operator (empty when cancelled). Tests patch this."""
    paths, _f = QFileDialog.getOpenFileNames(
        parent, title, start, QCoreApplication.translate("sync", "Sync bundles (*.fpbundle)"))
    return paths


def check_files(ws: Workspace, paths: list[Path], passphrase: str, *, apply: bool
                ) -> list[dict[str, Any]]:
    """Dry run (or import) of ``paths``; the keys are unlocked once, only if a bundle is
    encrypted; refusals go to the bundle history. Runs on the worker."""
    unlock = functools.cache(lambda: keysvc.unlock(ws, passphrase))
    results = syncing.import_files(ws, paths, unlock, dry_run=not apply)
    names = {p["node_id"]: p["name"] for p in sync_status.peers(ws)}
    for result in results:
        if result["status"] == "rejected":
            sync_status.record_rejection(ws, Path(result["file"]), result)
        source = result.get("source") or ""
        result["source_name"] = result.get("name") or names.get(source, "")
        try:
            saved = dt.datetime.fromtimestamp(Path(result["file"]).stat().st_mtime)
            result["saved"] = when_text(saved.isoformat(timespec="minutes"))
        except OSError:
            result["saved"] = ""
    return results


class DropArea(QFrame):
    """A dashed box that takes bundle files dropped from the file manager."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropArea")
        self.setStyleSheet("QFrame#dropArea { border: 2px dashed #8a8a8a; border-radius: 6px; }")
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Drop one or more bundle files (.fpbundle) here"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class ReceiveTab(QWidget):
    """Check bundles, show what they would do, import those that are ready."""

    imported = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.drop = DropArea()
        self.drop.dropped.connect(self.check)
        row.addWidget(self.drop, 1)
        choose = QPushButton(self.tr("Choose bundle files..."))
        choose.clicked.connect(self.choose)
        row.addWidget(choose)
        layout.addLayout(row)
        self.summary = QLabel(self.tr(
            "Bundles are checked first; nothing is written until you press Import."))
        self.summary.setObjectName("receiveSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("bundleResults")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("columns", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.trust_enrolment(row))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Import"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def choose(self) -> None:
        paths = choose_bundles(self, self.tr("Bundles to import"), str(self.ctx.ws.paths.home))
        if paths:
            self.check(paths)

    def ready(self) -> list[Path]:
        """The checked bundles that would import something."""
        return [Path(r["file"]) for r in self.results if r["status"] == "dry-run"]

    def check(self, paths: list[str]) -> None:
        """Dry run of ``paths`` (the passphrase decrypts them); nothing is written."""
        files = [Path(p) for p in paths]
        ws = self.ctx.ws
        run_with_passphrase(
            self.ctx, self, self.tr("Bundles are encrypted for this node: type the "
                                    "passphrase to open them."),
            lambda pw: check_files(ws, files, pw, apply=False), self._checked,
            label=self.tr("Checking the bundles..."))

    def apply(self) -> None:
        """Import the bundles the dry run found ready."""
        files = self.ready()
        if not files:
            return
        ws = self.ctx.ws
        run_with_passphrase(
            self.ctx, self, self.tr("Type the passphrase again to import the bundles."),
            lambda pw: check_files(ws, files, pw, apply=True), self._applied,
            label=self.tr("Importing the bundles..."))

    def _checked(self, results: list[dict[str, Any]]) -> None:
        self.show_results(results)
        ready = len(self.ready())
        self.apply_button.setEnabled(ready > 0)
        self.summary.setText(self.tr(
            "%s of %s bundles can be imported; nothing has been written yet. Check "
            "the list, then press Import.") % (ready, len(results)))
        self.imported.emit([])  # history shows the refusals

    def _applied(self, results: list[dict[str, Any]]) -> None:
        self.show_results(results)
        self.apply_button.setEnabled(False)
        done = [r for r in results if r["status"] == "imported"]
        total = {k: sum(int(r.get(k, 0)) for r in done)
                 for k in ("added", "changed", "deleted", "conflicts")}
        self.summary.setText(self.tr(
            "Bundles imported: %s. Records added: %s, changed: %s, deleted: %s; "
            "conflicts to settle: %s.") % (len(done), total["added"], total["changed"],
                                            total["deleted"], total["conflicts"]))
        self.imported.emit(done)

    def show_results(self, results: list[dict[str, Any]]) -> None:
        """One row per file: sender, status, counts and the reason in one sentence."""
        self.results = results
        self.table.setRowCount(len(results))
        for i, r in enumerate(results):
            counts = ("added", "changed", "deleted", "conflicts")
            shown = r["status"] in ("dry-run", "imported")
            cells = [Path(r["file"]).name, r.get("source_name", ""), r.get("saved", ""),
                     QCoreApplication.translate("sync", STATUS.get(r["status"], r["status"])),
                     *[str(r.get(k, 0)) if shown else "" for k in counts], self._reason(r)]
            colour = REFUSED if r["status"] == "rejected" else (
                NOTHING if r["status"] in ("duplicate", "enrolment") else None)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(i, j, item)
        for column in range(len(COLUMNS) - 1):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def trust_enrolment(self, row: int) -> None:
        """Trust the node whose identity card came in an enrolment bundle (row ``row``)
        once the operator typed the fingerprint read over the phone."""
        if not 0 <= row < len(self.results) or self.results[row]["status"] != "enrolment":
            return
        card = fpk.read_card(self.results[row].get("card"))
        ws = self.ctx.ws
        dialog = TrustCardDialog(card, lambda typed: keysvc.trust(ws, card, typed), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.imported.emit([])
        dialog.deleteLater()

    def _reason(self, r: dict[str, Any]) -> str:
        if r["status"] == "enrolment":
            return self.tr("Double-click to trust this node after its operator read you "
                           "the fingerprint by phone.")
        if r["status"] == "dry-run":
            notes = [message_text(n) for n in r.get("notes") or []]
            return clause_separator().join(notes) or self.tr("Nothing written yet.")
        if r["status"] == "duplicate":
            return self.tr("This bundle was already imported; nothing changed.")
        reason = message_text(r.get("reason") or "")
        return reason[:1].upper() + reason[1:]
