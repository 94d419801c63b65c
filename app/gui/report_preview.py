"""The report preview: a PDF shown in the window (QtPdf), printed through the system's
print dialog, opened with the system viewer or saved under a chosen name. An XLSX
workbook cannot be shown here: it is opened or saved instead."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FocalPointError
from app.gui import dialogs
from app.gui.util import tr

log = logging.getLogger(__name__)
# Pages are printed as images of this resolution (enough for text; bounded memory).
PRINT_DPI = 300


def ask_print(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog (printer, pages, copies). Tests patch this."""
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def open_url(url: QUrl) -> bool:
    """Open a file with the system's viewer. Tests patch this."""
    return QDesktopServices.openUrl(url)


def choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Where to save a copy ('' when cancelled). Tests patch this."""
    path, _f = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the chosen pages of ``document`` onto ``printer``; returns pages printed."""
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1 if first else 0, last if last else document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise FocalPointError(tr(
            "The printer cannot be opened; check that it is on and try again."))
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)  # 1200 dpi pages would take 0.5 GB each
        for index in pages:
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
            image: QImage = document.render(index, pixels)
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PreviewPane(QWidget):
    """Shows the report just made, with Print, Open and Save as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.suggested_name = ""
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self.tr("Choose a report and its options, then press Make the "
                                      "report. It is shown here before you print or save it."))
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.print_button = QPushButton(self.tr("Print..."))
        self.open_button = QPushButton(self.tr("Open with the system viewer"))
        self.save_button = QPushButton(self.tr("Save as..."))
        self.print_button.clicked.connect(self.print_report)
        self.open_button.clicked.connect(self.open_external)
        self.save_button.clicked.connect(self.save_as)
        row = QHBoxLayout()
        for button in (self.print_button, self.open_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.show_file(None)

    def show_file(self, path: Path | None, suggested_name: str = "") -> None:
        """Show ``path`` (a PDF in the viewer, an XLSX as a message); None clears."""
        self.document.close()
        self.path = path
        self.suggested_name = suggested_name or (path.name if path else "")
        is_pdf = path is not None and path.suffix.lower() == ".pdf"
        if is_pdf:
            self.document.load(str(path))
            self.stack.setCurrentWidget(self.view)
        elif path is not None:
            self.message.setText(self.tr(
                "The workbook %s is ready. Open it with the spreadsheet program, or save "
                "it where you keep your reports.") % self.suggested_name)
            self.stack.setCurrentWidget(self.message)
        else:
            self.stack.setCurrentWidget(self.message)
        self.print_button.setEnabled(is_pdf)
        self.open_button.setEnabled(path is not None)
        self.save_button.setEnabled(path is not None)

    @property
    def page_count(self) -> int:
        """Pages of the PDF shown (0 for none)."""
        return self.document.pageCount() if self.document.status() == \
            QPdfDocument.Status.Ready else 0

    def print_report(self) -> None:
        if self.path is None or not self.page_count:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFullPage(True)  # the PDF has its own margins: a page maps to the paper
        first = self.document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setFromTo(1, self.page_count)
        if not ask_print(printer, self):
            return
        try:
            printed = print_pdf(self.document, printer)
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return
        log.info("Printed %d pages of a report", printed)

    def open_external(self) -> None:
        if self.path is not None and not open_url(QUrl.fromLocalFile(str(self.path))):
            dialogs.show_error(self, FocalPointError(self.tr(
                "No program to open this file was found; use Save as and open the copy.")))

    def save_as(self) -> None:
        if self.path is None:
            return
        suffix = self.path.suffix.lower()
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Workbook (*.xlsx)")
        target = choose_save_path(self, self.tr("Save the report as"),
                                  str(Path.home() / self.suggested_name), filters)
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        try:
            shutil.copyfile(self.path, out)
        except OSError:
            dialogs.show_error(self, FocalPointError(self.tr(
                "The report could not be saved there; choose another folder (the file may "
                "be open in another program).")))
            return
        dialogs.info(self, self.tr("Report saved"), self.tr("Saved as %s.") % out)
