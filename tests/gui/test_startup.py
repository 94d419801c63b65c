"""Start-up: the window shows before the database is open, every page copes with being
clicked meanwhile, errors opening the database are one dialog, the wizard still runs,
and neither the window's first paint nor the CLI imports more than it needs."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from app.__main__ import VALUE_OPTIONS, wants_gui
from app.cli import build_parser
from app.config import Paths
from app.domain.errors import StorageError
from app.gui import app as gui_app
from app.gui.app import create_main_window
from app.gui.tasks import TaskRunner
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _visible_window() -> Any:
    return next(w for w in QApplication.topLevelWidgets()
                if w.isVisible() and hasattr(w, "ctx"))


def _run_gui(monkeypatch: pytest.MonkeyPatch, home: Path,
             during: Callable[[], None]) -> tuple[int, list[int]]:
    """``run_gui`` on ``home`` with the event loop replaced by ``during``; returns its
    exit status and the codes given to ``QApplication.exit``."""
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_a: during() or 0)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(gui_app.dialogs, "install_crash_handler", lambda *a: None)
    return gui_app.run_gui(["--home", str(home)]), exits


def test_window_shows_first_with_the_figures_and_pages_wait_for_the_database(
        monkeypatch: pytest.MonkeyPatch, ws: Workspace, dialog_log: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def event_loop() -> None:
        win = _visible_window()
        overview = win.pages["overview"]
        seen["worker busy before the first paint"] = win.ctx.runner.busy
        seen["ready at first paint"] = win.ctx.ready
        seen["overview says"] = overview.node_label.text()
        seen["missions at first paint"] = overview.card_values["mission"].text()
        seen["sync line at first paint"] = overview.sync_box.text.text()
        seen["title at first paint"] = win.windowTitle()
        overview.refresh()  # Refresh clicked before the database is open: figures stay
        seen["after refresh"] = overview.node_label.text()
        seen["backup enabled"] = win._needs_database[0].isEnabled()
        win._go("participants")  # the user clicks a page before the database is open
        seen["participants shows"] = win.stack.currentWidget().text()
        win.save_action.trigger()  # Ctrl+S with no page yet: nothing happens
        qtbot.waitUntil(lambda: win.ctx.ready and not win.ctx.runner.busy, timeout=20_000)
        seen["page made"] = type(win.stack.currentWidget()).__name__
        seen["title"] = win.windowTitle()
        seen["missions"] = overview.card_values["mission"].text()
        seen["backup enabled after"] = win._needs_database[0].isEnabled()
        win.close()

    status, exits = _run_gui(monkeypatch, ws.paths.home, event_loop)
    assert status == 0 and exits == [] and dialog_log.errors == []
    assert seen["worker busy before the first paint"] is False
    assert seen["ready at first paint"] is False
    assert seen["overview says"].startswith("MONUSCO Goma") and seen["after refresh"] == \
        seen["overview says"]
    assert int(seen["missions at first paint"]) > 0
    assert "Open conflicts: 0" in seen["sync line at first paint"]
    assert seen["title at first paint"] == "FocalPoint - MONUSCO Goma"
    assert seen["participants shows"] == "Opening the database..."
    assert seen["backup enabled"] is False and seen["backup enabled after"] is True
    assert seen["page made"] == "ParticipantsPage"
    assert seen["title"] == "FocalPoint - MONUSCO Goma"
    assert seen["missions"] == seen["missions at first paint"]


def test_without_the_quick_figures_the_overview_fills_once_the_database_is_open(
        monkeypatch: pytest.MonkeyPatch, ws: Workspace, dialog_log: Any, qtbot: Any) -> None:
    from app.store import quick

    monkeypatch.setattr(quick, "SCHEMA_REVISIONS", ())  # as with a schema it cannot read
    seen: dict[str, Any] = {}

    def event_loop() -> None:
        win = _visible_window()
        overview = win.pages["overview"]
        seen["first paint"] = (overview.node_label.text(),
                               overview.card_values["mission"].text(), overview.sync_box)
        qtbot.waitUntil(lambda: win.ctx.ready and not win.ctx.runner.busy, timeout=20_000)
        seen["filled"] = (overview.node_label.text(), overview.card_values["mission"].text())
        win.close()

    status, exits = _run_gui(monkeypatch, ws.paths.home, event_loop)
    assert status == 0 and exits == [] and dialog_log.errors == []
    assert seen["first paint"] == ("Opening the database...", "-", None)
    assert seen["filled"][0].startswith("MONUSCO Goma") and int(seen["filled"][1]) > 0


def test_figures_read_after_the_first_paint_still_show_before_the_core(
        monkeypatch: pytest.MonkeyPatch, ws: Workspace, dialog_log: Any, qtbot: Any) -> None:
    """A big database: the quick read outlasts the window's build; the first paint does
    not wait for it, and its figures show when read (the core still loading)."""
    import threading

    release = threading.Event()
    original = gui_app.quick_figures
    monkeypatch.setattr(gui_app, "quick_figures",
                        lambda *a: release.wait(10) and original(*a))
    monkeypatch.setattr(gui_app.Starter, "start", lambda self: None)  # the core never opens
    seen: dict[str, Any] = {}

    def event_loop() -> None:
        win = _visible_window()
        overview = win.pages["overview"]
        seen["first paint"] = overview.card_values["mission"].text()
        release.set()
        qtbot.waitUntil(lambda: overview.card_values["mission"].text() != "-", timeout=5_000)
        seen["later"] = (overview.card_values["mission"].text(), win.ctx.ready)
        win.close()

    status, exits = _run_gui(monkeypatch, ws.paths.home, event_loop)
    assert status == 0 and exits == [] and dialog_log.errors == []
    assert seen["first paint"] == "-"
    assert int(seen["later"][0]) > 0 and seen["later"][1] is False


def test_main_window_can_be_given_its_workspace_later(
        qtbot: Any, ws: Workspace, dialog_log: Any) -> None:
    win = create_main_window(None, TaskRunner(), ws.paths)
    qtbot.addWidget(win)
    win.show()
    for key, _label, _factory in win.factories:  # every page, clicked while opening
        win.show_page(key)
        assert (key == "overview") == (key in win.pages)
    ready: list[bool] = []
    win.workspace_ready.connect(lambda: ready.append(True))
    win.attach(ws)
    assert ready == [True]
    assert "reports" in win.pages  # the page the user was on is made at once
    for key, _label, _factory in win.factories:
        win.show_page(key)
        assert key in win.pages
    win.ctx.runner.wait()
    assert win.pages["overview"].sync_box is not None
    win.close()


def test_a_damaged_database_is_one_dialog_and_the_exit_status(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_log: Any, qtbot: Any) -> None:
    paths = Paths(tmp_path / "damaged")
    paths.ensure()
    paths.database.write_bytes(b"not a database at all " * 200)

    def event_loop() -> None:
        qtbot.waitUntil(lambda: dialog_log.errors != [], timeout=20_000)
        assert not any(w.isVisible() for w in QApplication.topLevelWidgets())

    status, exits = _run_gui(monkeypatch, paths.home, event_loop)
    assert status == 0 and exits == [1]
    assert len(dialog_log.errors) == 1
    assert isinstance(dialog_log.errors[0], StorageError)
    assert "damaged" in str(dialog_log.errors[0])


def test_a_newer_schema_is_one_dialog(monkeypatch: pytest.MonkeyPatch, ws: Workspace,
                                      dialog_log: Any, qtbot: Any) -> None:
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    ws.close()

    def event_loop() -> None:
        qtbot.waitUntil(lambda: dialog_log.errors != [], timeout=20_000)

    _status, exits = _run_gui(monkeypatch, ws.paths.home, event_loop)
    assert exits == [1]
    assert [str(e) for e in dialog_log.errors] == [
        "This database was written by a newer FocalPoint; update the application."]


def test_an_unreachable_server_is_one_clear_dialog(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path, dialog_log: Any,
                                                   qtbot: Any) -> None:
    home = tmp_path / "hq"
    home.mkdir()
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_a: qtbot.waitUntil(
        lambda: dialog_log.errors != [], timeout=20_000) or 0)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(gui_app.dialogs, "install_crash_handler", lambda *a: None)
    url = "postgresql+psycopg://fp@127.0.0.1:1/nowhere"  # nothing listens on port 1
    assert gui_app.run_gui(["--home", str(home), "--db", url]) == 0
    assert exits == [1]
    message = str(dialog_log.errors[0])
    assert "127.0.0.1:1 cannot be reached" in message and "database file" not in message


def test_a_database_without_a_node_goes_to_the_wizard(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_log: Any, qtbot: Any) -> None:
    from app.gui import wizard

    paths = Paths(tmp_path / "empty")
    Workspace.open(paths, None, "", create=True).close()  # schema, but no node yet

    def fake_wizard(self: Any) -> int:
        self.node_page.hq_kind.setChecked(True)
        self.node_page.name.setText("OROLSI New York")
        self.node_page.operator.setText("Analyst")
        self.passphrase_page.passphrase.setText("violet tractor sings")
        self.passphrase_page.again.setText("violet tractor sings")
        return 1

    monkeypatch.setattr(wizard.FirstRunWizard, "exec", fake_wizard)
    titles: list[str] = []

    def event_loop() -> None:
        qtbot.waitUntil(lambda: any(getattr(w, "ctx", None) is not None and w.ctx.ready
                                    and w.isVisible() for w in QApplication.topLevelWidgets()),
                        timeout=30_000)
        win = _visible_window()
        titles.append(win.windowTitle())
        win.ctx.runner.wait()
        win.close()

    status, exits = _run_gui(monkeypatch, paths.home, event_loop)
    assert status == 0 and exits == [] and dialog_log.errors == []
    assert titles == ["FocalPoint - OROLSI New York"]


@pytest.mark.parametrize("when", ["before the first paint", "while the database opens"])
def test_closing_early_loses_nothing_and_leaks_nothing(
        monkeypatch: pytest.MonkeyPatch, ws: Workspace, dialog_log: Any, qtbot: Any,
        when: str) -> None:
    opened: list[bool] = []
    closed: list[bool] = []
    original_open, original_close = Workspace.open.__func__, Workspace.close  # type: ignore[attr-defined]
    monkeypatch.setattr(Workspace, "open", classmethod(
        lambda cls, *a, **k: opened.append(True) or original_open(cls, *a, **k)))
    monkeypatch.setattr(Workspace, "close",
                        lambda self: closed.append(True) or original_close(self))

    def event_loop() -> None:
        win = _visible_window()
        if when == "while the database opens":
            qtbot.waitUntil(lambda: win.ctx.runner.busy, timeout=5_000)
        assert win.close()

    status, exits = _run_gui(monkeypatch, ws.paths.home, event_loop)
    assert status == 0 and exits == [] and dialog_log.errors == []
    assert len(closed) == len(opened)  # the workspace opened meanwhile was closed
    assert opened == ([] if when == "before the first paint" else [True])
    QApplication.processEvents()  # nothing left to start the worker later
    assert opened == ([] if when == "before the first paint" else [True])


def test_entry_point_tells_the_window_from_a_command() -> None:
    assert wants_gui([])
    assert wants_gui(["--home", "/tmp/x", "--db", "sqlite:///x.db", "--operator", "Ana"])
    assert wants_gui(["--home=/tmp/x", "--smoke", "--smoke-screenshot=/tmp/s.png"])
    assert wants_gui(["--home", "status"])  # a value, not a command
    assert not wants_gui(["status"])
    assert not wants_gui(["--home", "/tmp/x", "demo", "load"])
    assert not wants_gui(["--version"])
    assert not wants_gui(["-h"])


def test_entry_point_knows_every_global_option_of_the_cli() -> None:
    parser = build_parser()
    takes_value = {opt for action in parser._actions
                   if not isinstance(action, argparse._SubParsersAction)
                   and action.nargs is None and action.option_strings
                   and not isinstance(action, (argparse._StoreTrueAction,
                                               argparse._VersionAction,
                                               argparse._HelpAction))
                   for opt in action.option_strings}
    assert takes_value == set(VALUE_OPTIONS)


def _modules_after(code: str) -> set[str]:
    listing = "\nimport sys\nprint(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code + listing], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    return set(done.stdout.split())


def test_the_window_shows_without_the_core() -> None:
    """What the window needs before it shows loads no SQLAlchemy, services, reports or
    country tables (the worker loads them while the window shows)."""
    loaded = _modules_after("import app.gui.app, app.gui.main_window, app.gui.sync_overview\n"
                            "from pathlib import Path\nfrom app.config import Paths\n"
                            "app.gui.app.quick_figures(Paths(Path('/nowhere')), None)")
    heavy = {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "alembic", "reportlab",
                                                      "openpyxl", "joserfc", "pycountry")
             or m.startswith(("app.services", "app.store.", "app.sync", "app.reports"))}
    assert heavy == {"app.store.quick"}  # the overview's figures, read with sqlite3 only
    assert "hashlib" not in loaded and "subprocess" not in loaded


def test_pyside_tells_modules_apart_by_name_and_no_module_uses_feature_switches() -> None:
    """app.gui makes PySide6 skip reading the source of every module imported after it
    (17 ms before the first figures, 100 ms before the database is open). That is only
    right while no module uses PySide's ``__feature__`` switches."""
    import PySide6.support.feature as feature

    from app.gui import pyside_setup

    assert feature._mod_uses_pyside is pyside_setup.uses_pyside, \
        "this PySide6 moved its import check: see app/gui/pyside_setup.py"
    users = [str(path) for path in (ROOT / "app").rglob("*.py")
             if "from __feature__" in path.read_text(encoding="utf-8")
             or "import __feature__" in path.read_text(encoding="utf-8")]
    assert users == []
    assert pyside_setup.uses_pyside(gui_app) and not pyside_setup.uses_pyside(argparse)


def test_the_cli_does_not_load_qt() -> None:
    loaded = _modules_after("from app.__main__ import main\nimport contextlib, io\n"
                            "with contextlib.suppress(SystemExit), "
                            "contextlib.redirect_stdout(io.StringIO()):\n"
                            "    main(['--version'])")
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in loaded)
