"""The Reports page: every report made on the worker and shown in the preview; print,
open and save as with the dialogs patched; pseudonymised names; errors in one sentence."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from app.gui import report_preview
from app.gui.context import AppContext
from app.gui.pages.reports import REPORTS, ReportsPage
from app.services import activities, assessments, attendance, network, reporting
from app.services.workspace import Workspace

PEOPLE = (("Amani Kabila", "f", "magistrate"), ("Jean-Pierre Lumbala", "m", "police"))


def programme(ws: Workspace) -> dict[str, str]:
    """One activity with two people present, and one assessment, in MONUSCO."""
    mission = network.mission_by_code(ws, "MONUSCO")
    assert mission is not None
    start = dt.date(2024, 9, 10)
    activity = activities.create_activity(ws, {
        "title": "Deradicalisation of prisoners", "kind": "training",
        "mission_id": mission["id"], "start_date": start,
        "end_date": start + dt.timedelta(days=1), "venue_city": "Beni",
        "venue_country": "CD"})
    days = activities.days_of(ws, activity["id"])
    for name, sex, category in PEOPLE:
        row = attendance.add_walk_in(ws, activity["id"], {
            "full_name": name, "sex": sex, "category": category, "actor_type": "state",
            "country": "CD"})
        attendance.update_attendance(ws, row["attendance"]["id"],
                                     {"days_present": [d["id"] for d in days]})
    assessment = assessments.create_assessment(ws, {
        "title": "Needs of corrections services in Ituri", "mission_id": mission["id"],
        "method": "interviews", "status": "final"}, [])
    return {"activity": activity["id"], "assessment": assessment["id"]}


@pytest.fixture
def ids(ws: Workspace) -> dict[str, str]:
    return programme(ws)


@pytest.fixture
def page(qtbot: Any, ctx: AppContext, ids: dict[str, str]) -> Iterator[ReportsPage]:
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    ctx.runner.wait()
    yield widget
    ctx.runner.wait()


def choose(page: ReportsPage, key: str) -> None:
    page.reports.setCurrentRow([r.key for r in REPORTS].index(key))


def make(page: ReportsPage) -> None:
    page.generate.click()
    assert page.ctx.runner.wait()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


@pytest.mark.parametrize("key", [r.key for r in REPORTS])
def test_each_report_is_made_and_shown(page: ReportsPage, key: str, dialog_log: Any) -> None:
    choose(page, key)
    make(page)
    assert dialog_log.errors == []
    path = page.preview.path
    assert path is not None and path.exists()
    if path.suffix == ".pdf":
        assert page.preview.page_count >= 1
        assert page.preview.stack.currentWidget() is page.preview.view
        assert page.status.text().startswith("Ready: ")
        assert page.preview.print_button.isEnabled()
    else:
        assert zipfile.is_zipfile(path)
        assert path.name in page.preview.message.text()
        assert not page.preview.print_button.isEnabled()
    assert page.generate.isEnabled()


def test_options_follow_the_report(page: ReportsPage) -> None:
    choose(page, "sign_in")
    assert not page.activity.isHidden() and page.mission.isHidden()
    assert page.activity.itemData(0) is not None  # one activity is needed
    choose(page, "participants_xlsx")
    assert page.activity.itemData(0) is None and page.activity.currentIndex() == 0
    assert not page.mission.isHidden() and not page.pseudonymise.isHidden()
    page.limit_period.setChecked(True)
    options = page.options()
    assert options.activity is None and options.date_to == dt.date.today()
    choose(page, "assessment")
    assert page.activity.isHidden() and not page.assessment.isHidden()


def test_pseudonymised_names_are_not_printed(page: ReportsPage) -> None:
    choose(page, "attendance")
    make(page)
    assert page.preview.path is not None
    assert "Amani Kabila" in pdf_text(page.preview.path)
    page.pseudonymise.setChecked(True)
    make(page)
    text = pdf_text(page.preview.path)
    assert "Amani Kabila" not in text and "Lumbala" not in text


def test_print_open_and_save_as(page: ReportsPage, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "attendance")
    make(page)
    printed = tmp_path / "printed.pdf"
    orientation: list[QPageLayout.Orientation] = []

    def ask(printer: QPrinter, _parent: Any) -> bool:
        orientation.append(printer.pageLayout().orientation())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(report_preview, "ask_print", ask)
    page.preview.print_button.click()
    pages = PdfReader(printed).pages
    assert len(pages) == page.preview.page_count
    assert orientation == [QPageLayout.Orientation.Landscape]  # as the report's pages
    assert pages[0].mediabox.width > pages[0].mediabox.height
    opened: list[QUrl] = []
    monkeypatch.setattr(report_preview, "open_url", lambda url: opened.append(url) or True)
    page.preview.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(page.preview.path)]
    monkeypatch.setattr(report_preview, "choose_save_path", lambda *_a: str(tmp_path / "copy"))
    page.preview.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == page.preview.path.read_bytes()


def test_a_cancelled_print_prints_nothing(page: ReportsPage, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    choose(page, "attendance")
    make(page)
    called: list[int] = []
    monkeypatch.setattr(report_preview, "ask_print", lambda *_a: False)
    monkeypatch.setattr(report_preview, "print_pdf", lambda *_a: called.append(1) or 0)
    page.preview.print_button.click()
    assert called == []


def test_a_report_that_cannot_be_made_says_why(page: ReportsPage, ws: Workspace,
                                               dialog_log: Any) -> None:
    choose(page, "programme")
    page.limit_period.setChecked(True)
    page.date_from.setDate(dt.date(2025, 1, 1))
    page.date_to.setDate(dt.date(2024, 1, 1))
    make(page)
    [error] = dialog_log.errors
    assert "period" in str(error).lower()
    assert page.generate.isEnabled() and page.status.text() == ""


def test_the_report_language_reaches_the_report(page: ReportsPage,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not page.language.count():
        pytest.skip("the report services of this build take no language")
    seen: dict[str, Any] = {}

    def attendance_report(_ws: Any, _id: str, out: Path, **kwargs: Any) -> Path:
        seen.update(kwargs)
        out.write_bytes(b"%PDF-1.4\n%%EOF\n")
        return out

    monkeypatch.setattr(reporting, "attendance_report", attendance_report)
    choose(page, "attendance")
    page.language.setCurrentIndex(page.language.findData("fr"))
    make(page)
    assert seen["lang"] == "fr"


def test_a_report_about_nothing_asks_to_choose(qtbot: Any, ctx: AppContext,
                                               dialog_log: Any) -> None:
    page = ReportsPage(ctx)  # no activity, no assessment recorded
    qtbot.addWidget(page)
    page.show()
    ctx.runner.wait()
    choose(page, "assessment")
    make(page)
    [error] = dialog_log.errors
    assert str(error).startswith("Choose the assessment the report is about")
    assert page.preview.path is None
