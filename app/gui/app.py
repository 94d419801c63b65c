"""The desktop application: QApplication set-up, first run, the main window.

``run_gui(argv)`` is called by ``app.__main__`` when no command is given; ``argv`` may
hold the global options ``--home``, ``--db``, ``--operator`` and ``--smoke``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.config import Paths, load_settings, resolve_home, setup_logging
from app.domain.errors import FocalPointError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.i18n import install_translators
from app.gui.tasks import TaskRunner
from app.gui.util import (
    ICONS_DIR,
    WindowSettings,
    register_fonts,
    tr,
)
from app.services.workspace import Workspace

log = logging.getLogger(__name__)
UI_FONT = "DejaVu Sans"


def make_application(argv: Sequence[str], language: str = "") -> QApplication:
    """The QApplication with the shipped fonts, translators and layout direction."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("FocalPoint")
    app.setOrganizationName("UN-OROLSI")
    icon = ICONS_DIR / "focalpoint-256.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    families = register_fonts()
    if UI_FONT in families:
        app.setFont(QFont(UI_FONT, app.font().pointSize()))
    install_translators(app, language)  # app.gui.i18n: $FOCALPOINT_LANG, setting, system
    return app


def run_blocking(runner: TaskRunner, func: Callable[[], Any], label: str,
                 parent: QWidget | None = None) -> Any:
    """Run ``func`` on the worker while the GUI stays alive; return or raise its outcome."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.run(func, done, failed, label=label, parent=parent)
    if runner.busy:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def first_run(paths: Paths, db_url: str | None, runner: TaskRunner) -> Workspace | None:
    """Ask the first-run questions and create the node (None when cancelled)."""
    from app.gui.wizard import FirstRunWizard, create_node

    wizard = FirstRunWizard()
    while wizard.exec():
        answers = wizard.answers()
        try:
            ws = run_blocking(runner, lambda a=answers: create_node(paths, a, db_url),
                              tr("Setting up this node..."), wizard)
        except FocalPointError as exc:
            dialogs.show_error(wizard, exc)
            continue
        WindowSettings(paths.home).set_value("operator", answers.operator)
        return ws
    return None


def open_workspace(paths: Paths, db_url: str | None, operator: str) -> Workspace | None:
    """The node's workspace, or None when the home holds no node yet."""
    url = paths.database_url(db_url)
    if url == f"sqlite:///{paths.database}" and not paths.database.exists():
        return None
    ws = Workspace.open(paths, db_url, operator)
    if not ws.has_node:
        ws.close()
        return None
    return ws


def create_main_window(ws: Workspace, runner: TaskRunner | None = None) -> Any:
    """The main window over ``ws`` (tests and the screenshot script use this too)."""
    from app.gui.main_window import MainWindow

    runner = runner or TaskRunner()
    runner.on_error = dialogs.show_error
    ctx = AppContext(ws=ws, runner=runner, settings=WindowSettings(ws.paths.home))
    return MainWindow(ctx)


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    """The global options the window uses (others are ignored)."""
    parser = argparse.ArgumentParser(prog="focalpoint", add_help=False)
    parser.add_argument("--home")
    parser.add_argument("--db")
    parser.add_argument("--operator", default="")
    parser.add_argument("--passphrase-file")
    parser.add_argument("--smoke", action="store_true")
    args, _rest = parser.parse_known_args(list(argv))
    return args


def run_gui(argv: Sequence[str]) -> int:
    """Open the application; returns the exit status."""
    args = parse_options(argv)
    if args.smoke:
        from app.gui.smoke import run_smoke

        return run_smoke(list(argv))
    paths = Paths(resolve_home(args.home))
    if paths.home.exists():
        setup_logging(paths)
    app = make_application(argv, load_settings(paths)["language"])
    dialogs.install_crash_handler()
    runner = TaskRunner()
    try:
        # A headquarters server chosen in the first-run wizard is remembered.
        db_url = args.db or WindowSettings(paths.home).value("db_url") or None
        ws = open_workspace(paths, db_url, args.operator)
        if ws is None:
            ws = first_run(paths, db_url, runner)
            if ws is None:
                return 1
            setup_logging(paths)
    except FocalPointError as exc:
        dialogs.show_error(None, exc)
        return exc.exit_code
    ws.operator = args.operator or str(WindowSettings(paths.home).value("operator") or "")
    window = create_main_window(ws, runner)
    window.show()
    try:
        return app.exec()
    finally:
        runner.shutdown()
        ws.close()


def smoke(argv: Sequence[str]) -> int:
    """Open the window offscreen on a throwaway node, visit every page, close."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.workspace import init_node

    make_application(argv)
    with tempfile.TemporaryDirectory(prefix="focalpoint-smoke-") as home:
        ws = init_node(Paths(Path(home)), kind="field", name="Smoke test", mission="MONUSCO",
                       operator="smoke")
        window = create_main_window(ws)
        window.show()
        for key, _label, _factory in window.factories:
            window.show_page(key)
            QApplication.processEvents()
        window.ctx.runner.wait()
        window.close()
        ws.close()
    print("FocalPoint smoke test passed.")
    return 0
