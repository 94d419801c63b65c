"""Application plumbing: worker thread and delayed progress, error dialogs and the crash
handler, fonts, right-to-left layout, first-run wizard, overview, smoke run."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication

from app.config import Paths
from app.domain.errors import ValidationError
from app.gui import dialogs
from app.gui.app import create_main_window, open_workspace, parse_options, run_blocking, smoke
from app.gui.tasks import TaskRunner
from app.gui.util import register_fonts
from app.gui.wizard import FirstRunWizard, create_node, passphrase_problem, strength_hint
from app.services import activities, keys, network


def test_worker_runs_off_the_gui_thread_and_reports_back(qtbot: Any) -> None:
    import threading

    runner = TaskRunner()
    results: list[Any] = []
    runner.run(lambda: threading.current_thread() is threading.main_thread(), results.append)
    assert runner.wait()
    assert results == [False]
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, results.append, errors.append)
    assert runner.wait()
    assert isinstance(errors[0], ZeroDivisionError)
    runner.shutdown()
    assert runner.active_threads() == 0


def test_progress_shows_only_for_long_work(qtbot: Any) -> None:
    runner = TaskRunner()
    shown: list[bool] = []

    def check_later() -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        shown.append(any(isinstance(w, QProgressDialog) and w.isVisible()
                         for w in QApplication.topLevelWidgets()))

    runner.run(lambda: None, label="quick")
    qtbot.wait(700)
    check_later()
    runner.run(lambda: time.sleep(1.0), label="slow")
    qtbot.wait(750)
    check_later()
    assert runner.wait()
    qtbot.wait(50)
    check_later()
    runner.shutdown()
    assert shown == [False, True, False]


def test_error_text_for_users_and_for_bugs() -> None:
    message, details = dialogs.error_text(ValidationError({"title": "Title is required"}))
    assert message.startswith("The record was not saved") and details == ""
    try:
        raise KeyError("boom")
    except KeyError as exc:
        message, details = dialogs.error_text(exc)
    assert "unexpected error" in message and "KeyError" in details


def test_crash_handler_logs_and_shows(monkeypatch: pytest.MonkeyPatch,
                                      caplog: pytest.LogCaptureFixture) -> None:
    shown: list[BaseException] = []
    old = sys.excepthook
    try:
        dialogs.install_crash_handler(lambda _p, exc: shown.append(exc))
        try:
            raise RuntimeError("bug")
        except RuntimeError as exc:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert isinstance(shown[0], RuntimeError)
    assert "Uncaught error" in caplog.text


def test_shipped_fonts_are_registered(qapp: Any) -> None:
    families = register_fonts()
    assert "DejaVu Sans" in families
    assert "DejaVu Sans" in QFontDatabase.families()


def test_right_to_left_layout_opens_every_page(window: Any) -> None:
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for key, _label, _factory in window.factories:
            page = window.show_page(key)
            assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_placeholder_pages_say_what_will_come(qtbot: Any) -> None:
    """Shown in place of the Sync and Reports pages in a build that lacks them."""
    from PySide6.QtWidgets import QLabel

    from app.gui.pages import placeholder

    for page, word in ((placeholder.sync_page(), "bundle"),
                       (placeholder.reports_page(), "PDF")):
        qtbot.addWidget(page)
        assert word in page.findChild(QLabel, "placeholderText").text()


def test_sidebar_holds_the_sync_reports_and_dashboard_pages(window: Any) -> None:
    keys = [key for key, _label, _factory in window.factories]
    assert keys[:2] == ["overview", "dashboard"] and keys[-2:] == ["sync", "reports"]
    for key in ("sync", "reports", "dashboard"):
        page = window.show_page(key)
        assert type(page).__name__ == {"sync": "SyncPage", "reports": "ReportsPage",
                                       "dashboard": "DashboardPage"}[key]
    window.ctx.runner.wait()


def test_overview_shows_counts_and_activities(window: Any, ws: Any) -> None:
    mission = network.mission_by_code(ws, "MONUSCO")["id"]
    today = dt.date.today()
    for title, start in (("Past", today - dt.timedelta(days=30)),
                         ("Coming", today + dt.timedelta(days=10))):
        activities.create_activity(ws, {"title": title, "kind": "meeting",
                                        "mission_id": mission, "start_date": str(start),
                                        "end_date": str(start)})
    page = window.show_page("overview")
    window.ctx.runner.wait()
    assert page.card_values["activity"].text() == "2"
    assert [r["title"] for r in page.upcoming.rows] == ["Coming"]
    assert [r["title"] for r in page.recent.rows] == ["Past"]
    page.open_activity.emit(page.recent.rows[0]["id"])
    assert window.stack.currentWidget() is window.pages["activities"]
    assert window.pages["activities"].form.values()["title"] == "Past"


def test_passphrase_rules_and_hint() -> None:
    assert "at least 8" in passphrase_problem("short", "short")
    assert "differ" in passphrase_problem("long enough one", "long enough two")
    assert passphrase_problem("long enough one", "long enough one") == ""
    weak, _text = strength_hint("password")
    strong, text = strength_hint("violet tractor sings under Goma rain")
    assert weak <= 1 < 3 <= strong and text.startswith("Strength: ")


def test_wizard_pages_check_their_answers(qtbot: Any) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    page = wizard.node_page
    assert not page.validatePage()
    assert "mission code" in page.error.text()
    page.name.setText("MONUSCO Goma")
    page.mission.setText("monusco")
    page.operator.setText("Amina K.")
    assert page.validatePage()
    passphrase = wizard.passphrase_page
    passphrase.passphrase.setText("violet tractor sings")
    passphrase.again.setText("violet tractor sing")
    assert not passphrase.validatePage()
    passphrase.again.setText("violet tractor sings")
    assert passphrase.validatePage()
    assert passphrase.hint.text().startswith("Strength:")
    answers = wizard.answers()
    assert (answers.kind, answers.mission, answers.operator) == ("field", "MONUSCO",
                                                                  "Amina K.")


def test_first_run_creates_node_with_sealed_keys(qtbot: Any, tmp_path: Path) -> None:
    from app.gui.wizard import NodeAnswers

    paths = Paths(tmp_path / "home")
    assert open_workspace(paths, None, "") is None  # no node yet: the wizard shows
    runner = TaskRunner()
    answers = NodeAnswers(kind="field", name="MONUSCO Goma", mission="MONUSCO",
                          operator="Amina K.", passphrase="violet tractor sings",
                          demo=False)
    ws = run_blocking(runner, lambda: create_node(paths, answers), "Setting up")
    try:
        assert ws.node.mission_code == "MONUSCO"
        assert keys.has_identity(ws)
        keys.unlock(ws, "violet tractor sings")  # the passphrase opens the keys
        reopened = open_workspace(paths, None, "")
        assert reopened is not None
        reopened.close()
    finally:
        runner.shutdown()
        ws.close()


def test_options_and_smoke_run(tmp_path: Path) -> None:
    args = parse_options(["--home", str(tmp_path), "--db", "sqlite:///x.db", "--smoke"])
    assert (args.home, args.db, args.smoke) == (str(tmp_path), "sqlite:///x.db", True)
    assert smoke([]) == 0


def test_window_title_names_the_node(window: Any) -> None:
    assert "MONUSCO Goma" in window.windowTitle()
    assert create_main_window is not None


def test_run_gui_first_run_then_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                       dialog_log: Any) -> None:
    """No node in the home: the wizard's answers make the node, then the window opens."""
    from PySide6.QtWidgets import QApplication

    from app.gui import app as gui_app
    from app.gui import wizard

    def fake_exec(self: Any) -> int:
        self.node_page.hq_kind.setChecked(True)
        self.node_page.name.setText("OROLSI New York")
        self.node_page.operator.setText("Analyst")
        self.passphrase_page.passphrase.setText("violet tractor sings")
        self.passphrase_page.again.setText("violet tractor sings")
        return 1

    opened: list[Any] = []
    monkeypatch.setattr(wizard.FirstRunWizard, "exec", fake_exec)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: opened.extend(
        w for w in QApplication.topLevelWidgets() if w.isVisible()) or 0)
    monkeypatch.setattr(gui_app.dialogs, "install_crash_handler", lambda *a: None)
    home = tmp_path / "hq"
    assert gui_app.run_gui(["--home", str(home)]) == 0
    assert any("OROLSI New York" in w.windowTitle() for w in opened)
    ws = open_workspace(Paths(home), None, "")
    assert ws is not None and ws.node.kind == "hq" and ws.node.mission_code is None
    assert keys.has_identity(ws)
    ws.close()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
