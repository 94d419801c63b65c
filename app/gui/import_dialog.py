"""Preview a participant list (CSV/XLSX) before importing it into an activity.

The preview and the import are done by ``app.services.importing`` (``preview`` and
``import_participants``) on the worker thread; invalid rows are shown with their line
number and what is wrong, and are skipped on import.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.util import ROW_ERROR, ROW_WARNING, clause_separator, display, message_text

SHOWN = ("full_name", "sex", "category", "organisation", "country")
INVALID = ROW_ERROR
SKIPPED = ROW_WARNING
#: The import service's row statuses, said for people; new and matched rows are imported.
STATUS = {
    "new": QT_TRANSLATE_NOOP("import", "New participant"),
    "matched": QT_TRANSLATE_NOOP("import", "Already recorded: registered"),
    "already_registered": QT_TRANSLATE_NOOP("import", "Already registered: skipped"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("import", "Repeated in the file: skipped"),
    "invalid": QT_TRANSLATE_NOOP("import", "Invalid: skipped"),
}
IMPORTED = ("new", "matched")


def importing_service() -> Any:
    """The import service module, or None while it is not part of this build."""
    try:
        return importlib.import_module("app.services.importing")
    except ModuleNotFoundError:
        return None


def preview_rows(result: Any) -> list[dict[str, Any]]:
    """Normalise the service's preview into rows of {line, values, errors}."""
    rows = result.get("rows", []) if isinstance(result, Mapping) else list(result or [])
    out = []
    for raw in rows:
        row = raw if isinstance(raw, Mapping) else vars(raw)
        out.append(
            {
                "line": row.get("line") or row.get("line_number") or row.get("row") or "",
                "values": row.get("values") or row.get("cleaned") or row.get("data") or {},
                "errors": row.get("errors") or {},
                "status": row.get("status") or ("invalid" if row.get("errors") else "new"),
            }
        )
    return out


class ImportDialog(QDialog):
    """Shows every row of the file, invalid ones marked, then imports the valid ones."""

    imported = Signal()

    def __init__(
        self, ctx: AppContext, path: str, activity_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.activity_id = activity_id
        self.rows: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Import a participant list"))
        self.summary = QLabel(self.tr("Reading the file..."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(SHOWN) + 3)
        self.table.setObjectName("preview")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Category"),
                self.tr("Organisation"),
                self.tr("Country"),
                self.tr("What happens"),
                self.tr("Problems"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # the file's own line numbers are shown
        self.import_button = QPushButton(self.tr("Import valid rows"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 500)
        self.load_preview()

    def load_preview(self) -> None:
        """Read the file on the worker; the rows show when ready."""
        service = importing_service()
        if service is None:
            self.summary.setText(self.tr("Importing lists is not available in this build."))
            return
        ws, path, activity = self.ctx.ws, self.path, self.activity_id
        self.ctx.runner.run(
            lambda: service.preview(ws, path, activity),
            self.show_preview,
            self._failed,
            label=self.tr("Reading the list..."),
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(dialogs.error_text(exc)[0])

    def show_preview(self, result: Any) -> None:
        """Fill the table with the previewed rows."""
        self.rows = preview_rows(result)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values, errors = row["values"], row["errors"]
            cells = [str(row["line"])] + [display("participant", k, values.get(k)) for k in SHOWN]
            items = errors.values() if isinstance(errors, Mapping) else errors
            problems = (message_text(errors) if isinstance(errors, str)
                        else clause_separator().join(message_text(m) for m in items))
            status = str(row["status"])
            cells.append(QCoreApplication.translate("import", STATUS.get(status, status)))
            cells.append(problems)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if errors:
                    item.setBackground(QBrush(INVALID))
                elif status not in IMPORTED:
                    item.setBackground(QBrush(SKIPPED))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        valid = sum(1 for row in self.rows if row["status"] in IMPORTED)
        invalid = sum(1 for row in self.rows if row["errors"])
        skipped = len(self.rows) - valid - invalid
        self.summary.setText(
            clause_separator().join((
                self.tr("%n row(s) will be imported", "", valid),
                self.tr("%n invalid row(s) will be skipped (in red)", "", invalid),
                self.tr("%n row(s) already registered or repeated (in yellow).", "", skipped)))
        )
        self.import_button.setEnabled(valid > 0)

    def run_import(self) -> None:
        """Import the valid rows on the worker."""
        service = importing_service()
        if service is None:
            return
        self.import_button.setEnabled(False)
        ws, path, activity = self.ctx.ws, self.path, self.activity_id
        self.ctx.runner.run(
            lambda: service.import_participants(ws, path, activity, skip_invalid=True),
            self._done,
            self._failed,
            label=self.tr("Importing..."),
            parent=self,
        )

    def _done(self, _result: Any) -> None:
        self.imported.emit()
        self.accept()
