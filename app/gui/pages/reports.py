"""The Reports page: choose a report and its options, make it on the worker, see it in
the window, then print, open or save it (see :mod:`app.gui.report_preview`)."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTemporaryDir
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import i18n
from app.domain.errors import FocalPointError
from app.gui.context import AppContext
from app.gui.report_preview import PreviewPane
from app.gui.util import edit_date_format, language
from app.services import queries, records, reporting
from app.services.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportKind:
    """One report: its key, title, file type and the options it takes."""

    key: str
    title: str
    suffix: str
    options: tuple[str, ...]  # of: activity, activity_optional, assessment, period, pseudonymise


REPORTS = (
    ReportKind("sign_in", QT_TRANSLATE_NOOP("reports", "Sign-in sheet of an activity (PDF)"),
               "pdf", ("activity", "pseudonymise")),
    ReportKind("attendance", QT_TRANSLATE_NOOP("reports", "Attendance report of an activity "
                                                          "(PDF)"),
               "pdf", ("activity", "pseudonymise")),
    ReportKind("assessment", QT_TRANSLATE_NOOP("reports", "Assessment report (PDF)"),
               "pdf", ("assessment",)),
    ReportKind("programme", QT_TRANSLATE_NOOP("reports", "Programme report (PDF)"),
               "pdf", ("mission", "period")),
    ReportKind("programme_xlsx", QT_TRANSLATE_NOOP("reports", "Programme figures (XLSX)"),
               "xlsx", ("mission", "period")),
    ReportKind("participants_xlsx", QT_TRANSLATE_NOOP(
        "reports", "Participants and attendance (XLSX)"), "xlsx",
        ("activity_optional", "mission", "period", "pseudonymise")),
)
BY_KEY = {r.key: r for r in REPORTS}


@dataclass
class Options:
    """What the operator chose on the page."""

    activity: str | None = None
    assessment: str | None = None
    mission: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    pseudonymise: bool = False
    lang: str = i18n.DEFAULT


def languages() -> list[tuple[str, str]]:
    """(code, own name) of the report languages the report services take."""
    if "lang" not in inspect.signature(reporting.sign_in_sheet).parameters:
        return []
    return [(code, lang.name) for code, lang in i18n.LANGUAGES.items()]


def make_report(ws: Workspace, kind: ReportKind, options: Options, out: Path) -> Path:
    """Write the report ``kind`` to ``out`` (runs on the worker)."""
    o = options
    extra: dict[str, Any] = {"lang": o.lang} if o.lang != i18n.DEFAULT else {}
    period = {"mission": o.mission, "date_from": o.date_from, "date_to": o.date_to, **extra}
    if kind.key == "sign_in":
        return reporting.sign_in_sheet(ws, _need(o.activity), out, pseudonymise=o.pseudonymise,
                                       **extra)
    if kind.key == "attendance":
        return reporting.attendance_report(ws, _need(o.activity), out,
                                           pseudonymise=o.pseudonymise, **extra)
    if kind.key == "assessment":
        return reporting.assessment_report(ws, _need(o.assessment, "assessment"), out, **extra)
    if kind.key == "programme":
        return reporting.programme_report(ws, out, **period)
    if kind.key == "programme_xlsx":
        return reporting.programme_xlsx(ws, out, **period)
    return reporting.participants_xlsx(ws, out, activity_id=o.activity,
                                       pseudonymise=o.pseudonymise, **period)


#: What to say when the report's record is not chosen: whole sentences, since the
#: noun's gender changes the grammar of the sentence in French, Arabic and Russian.
NEED = {
    "activity": QT_TRANSLATE_NOOP(
        "reports", "Choose the activity the report is about; if the list is empty, "
        "record one first."),
    "assessment": QT_TRANSLATE_NOOP(
        "reports", "Choose the assessment the report is about; if the list is empty, "
        "record one first."),
}


def _need(value: str | None, what: str = "activity") -> str:
    if not value:
        raise FocalPointError(QCoreApplication.translate("reports", NEED[what]))
    return value


def load_choices(ws: Workspace) -> dict[str, list[tuple[str, str]]]:
    """Activities, assessments and missions (code) to choose from (on the worker)."""
    missions = sorted(records.list_all(ws, "mission"), key=lambda m: m["code"])
    return {"activity": queries.choices(ws, "activity"),
            "assessment": queries.choices(ws, "assessment"),
            "mission": [(m["code"], f"{m['code']} - {m['name']}") for m in missions]}


class ReportsPage(QWidget):
    """Report list and options on the left, the preview on the right."""

    title = QT_TRANSLATE_NOOP("pages", "Reports")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tmp = QTemporaryDir()
        self.made = 0
        self.reports = QListWidget()
        self.reports.setObjectName("reportList")
        for kind in REPORTS:
            item = QListWidgetItem(QCoreApplication.translate("reports", kind.title))
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.reports.addItem(item)
        self.reports.currentRowChanged.connect(lambda _r: self._show_options())
        self._make_options()
        self.preview = PreviewPane()
        self._layout()
        self.reports.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        """Offer the activities and assessments as they are now, each time it is shown."""
        super().showEvent(event)
        self.refresh()

    def _make_options(self) -> None:
        self.activity = QComboBox()
        self.activity.setObjectName("activity")
        self.assessment = QComboBox()
        self.mission = QComboBox()
        self.limit_period = QCheckBox(self.tr("Only activities starting in a period"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_date_format())
        self.limit_period.toggled.connect(self._period_toggled)
        self.pseudonymise = QCheckBox(self.tr("Replace names by codes (pseudonymised)"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in languages():
            self.language.addItem(name, code)
        # Reports in the interface language unless another is chosen.
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.generate = QPushButton(self.tr("Make the report"))
        self.generate.setObjectName("generate")
        self.generate.clicked.connect(self.make)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("Report")))
        column.addWidget(self.reports)
        rows = self.reports.count()
        self.reports.setMaximumHeight(rows * self.reports.sizeHintForRow(0) + 8)
        self.form = QFormLayout()
        self.period_row = self._period_row()
        self.rows: dict[str, list[QWidget]] = {}
        for key, label, widget in (
                ("activity", self.tr("Activity:"), self.activity),
                ("assessment", self.tr("Assessment:"), self.assessment),
                ("mission", self.tr("Mission:"), self.mission),
                ("period", "", self.limit_period),
                ("period", self.tr("Period:"), self.period_row),
                ("pseudonymise", "", self.pseudonymise),
                ("language", self.tr("Language:"), self.language)):
            caption = QLabel(label)
            self.form.addRow(caption, widget)
            self.rows.setdefault(key, []).extend([caption, widget])
        column.addLayout(self.form)
        column.addWidget(self.generate)
        column.addWidget(self.status)
        column.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

    def _period_row(self) -> QWidget:
        row = QWidget()
        period = QHBoxLayout(row)
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        return row

    # --- choices ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the activities, assessments and missions offered (on the worker)."""
        ws = self.ctx.ws
        self.ctx.runner.run(lambda: load_choices(ws), self.set_choices)

    def set_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for combo, key, blank in (
                (self.activity, "activity", None),
                (self.assessment, "assessment", None),
                (self.mission, "mission", self.tr("All missions"))):
            current = combo.currentData()
            combo.clear()
            if blank is not None:
                combo.addItem(blank, None)
            for value, label in choices[key]:
                combo.addItem(label, value)
            index = combo.findData(current)
            if index < 0 and key == "mission" and self.ctx.ws.node.mission_code:
                index = combo.findData(self.ctx.ws.node.mission_code)
            combo.setCurrentIndex(max(index, 0))
        self._show_options()

    def kind(self) -> ReportKind:
        """The report chosen in the list."""
        return REPORTS[max(self.reports.currentRow(), 0)]

    def _show_options(self) -> None:
        options = self.kind().options
        for key, widgets in self.rows.items():
            wanted = key in options or (key == "activity" and "activity_optional" in options) \
                or (key == "language" and self.language.count() > 0)
            for widget in widgets:
                widget.setVisible(wanted)
        if "activity" in options and self.activity.count() and self.activity.itemData(0) is None:
            self.activity.removeItem(0)  # this report needs one activity
        elif "activity_optional" in options and (
                not self.activity.count() or self.activity.itemData(0) is not None):
            self.activity.insertItem(0, self.tr("All activities in the period"), None)
            self.activity.setCurrentIndex(0)
        self._period_toggled(self.limit_period.isChecked())

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def options(self) -> Options:
        """The options as chosen (only those the report takes)."""
        wanted = self.kind().options
        period = "period" in wanted and self.limit_period.isChecked()
        return Options(
            activity=self.activity.currentData() if {"activity", "activity_optional"} &
            set(wanted) else None,
            assessment=self.assessment.currentData() if "assessment" in wanted else None,
            mission=self.mission.currentData() if "mission" in wanted else None,
            date_from=self.date_from.date().toPython() if period else None,
            date_to=self.date_to.date().toPython() if period else None,
            pseudonymise="pseudonymise" in wanted and self.pseudonymise.isChecked(),
            lang=self.language.currentData() or i18n.DEFAULT)

    # --- making -------------------------------------------------------------------------

    def make(self) -> None:
        """Make the chosen report on the worker; the preview shows it when done."""
        kind, options, ws = self.kind(), self.options(), self.ctx.ws
        self.made += 1
        name = f"{kind.key.replace('_xlsx', '')}-{dt.date.today().isoformat()}.{kind.suffix}"
        out = Path(self.tmp.path()) / str(self.made) / name
        out.parent.mkdir(parents=True, exist_ok=True)
        self.generate.setEnabled(False)
        self.status.setText(self.tr("Making the report..."))
        self.ctx.runner.run(lambda: make_report(ws, kind, options, out),
                            lambda path: self._made(Path(path), name), self._failed,
                            label=self.tr("Making the report..."), parent=self)

    def _made(self, path: Path, name: str) -> None:
        self.generate.setEnabled(True)
        self.preview.show_file(path, name)
        pages = self.preview.page_count
        self.status.setText(self.tr("Ready: %s pages.") % pages if pages
                            else self.tr("Ready."))

    def _failed(self, exc: BaseException) -> None:
        from app.gui import dialogs

        self.generate.setEnabled(True)
        self.status.setText("")
        dialogs.show_error(self, exc)
