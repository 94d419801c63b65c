"""The desktop application: QApplication set-up, first run, the main window.

``run_gui(argv)`` is called by ``app.__main__`` when no command is given; ``argv`` may
hold the global options ``--home``, ``--db``, ``--operator`` and ``--smoke``.

Start-up is quick because the window does not wait for the core: the overview's
figures are read straight from the SQLite file with the standard library
(:mod:`app.store.quick`), the window shows them at its first paint, and only then does
the worker import the services and SQLAlchemy and open the database (the overview reads
its figures again once it is open). Only a home with no database file goes straight to
the first-run wizard.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
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

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow
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


def is_new_home(paths: Paths, db_url: str | None) -> bool:
    """True when the node's database is a SQLite file that does not exist yet (the
    first-run wizard is certain to be needed; nothing to open)."""
    return paths.database_url(db_url) == f"sqlite:///{paths.database}" and \
        not paths.database.exists()


def open_workspace(paths: Paths, db_url: str | None, operator: str) -> Workspace | None:
    """The node's workspace, or None when the home holds no node yet."""
    if is_new_home(paths, db_url):
        return None
    from app.services.workspace import Workspace

    ws = Workspace.open(paths, db_url, operator)
    if not ws.has_node:
        ws.close()
        return None
    return ws


def create_main_window(ws: Workspace | None, runner: TaskRunner | None = None,
                       paths: Paths | None = None) -> MainWindow:
    """The main window over ``ws``, or over the node at ``paths`` whose workspace
    :meth:`MainWindow.attach` gives later (tests and the screenshot script use this)."""
    from app.gui.main_window import MainWindow

    runner = runner or TaskRunner()
    runner.on_error = dialogs.show_error
    home = ws.paths.home if ws is not None else paths.home  # type: ignore[union-attr]
    ctx = AppContext(ws=ws, runner=runner, settings=WindowSettings(home), paths=paths)
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
    # A headquarters server chosen in the first-run wizard is remembered.
    db_url = args.db or WindowSettings(paths.home).value("db_url") or None
    figures = None if is_new_home(paths, db_url) else QuickFigures(paths, db_url)
    app = make_application(argv, load_settings(paths)["language"])
    dialogs.install_crash_handler()
    runner = TaskRunner()
    runner.on_error = dialogs.show_error
    starter: Starter | None = None
    if figures is None:
        ws = first_run(paths, db_url, runner)
        if ws is None:
            return 1
        setup_logging(paths)
        ws.operator = args.operator or str(WindowSettings(paths.home).value("operator") or "")
        window = create_main_window(ws, runner)
    else:
        window = create_main_window(None, runner, paths)
        figures.give_to(window)
        starter = Starter(window, paths, db_url, args.operator)
    window.show()
    try:
        return app.exec()
    finally:
        if starter is not None:
            starter.stop()
        if figures is not None:
            figures.stop()
        runner.shutdown()
        if window.ctx.ready:
            window.ctx.ws.close()


def quick_figures(paths: Paths, db_url: str | None) -> dict[str, Any] | None:
    """The overview's figures read without the core (None: wait for the services)."""
    from app.store import quick

    return quick.read(paths.database_url(db_url))


class QuickFigures:
    """The overview's figures (:mod:`app.store.quick`) read on a plain thread while Qt
    loads and the window is built: sqlite3 lets go of the GIL while it reads, so the GUI
    thread hardly pays for them. The window shows them at its first paint when they are
    read by then (or within :attr:`WAIT_S`), otherwise as soon as they are."""

    WAIT_S = 0.05
    POLL_MS = 10

    def __init__(self, paths: Paths, db_url: str | None) -> None:
        self._figures: dict[str, Any] | None = None
        self._done = threading.Event()
        self._timer: QTimer | None = None
        self._thread = threading.Thread(target=self._read, args=(paths, db_url),
                                        name="focalpoint-quick-figures", daemon=True)
        self._thread.start()

    def _read(self, paths: Paths, db_url: str | None) -> None:
        try:
            self._figures = quick_figures(paths, db_url)
        except Exception:  # a shortcut only: the worker reads the figures anyway
            log.exception("Reading the overview's figures early failed")
        finally:
            self._done.set()

    def give_to(self, window: MainWindow) -> None:
        """Show the figures in ``window`` now if they are read, else when they are."""
        if self._done.wait(self.WAIT_S):
            window.prefill(self._figures)
            return
        self._timer = QTimer(window)
        self._timer.timeout.connect(lambda: self._poll(window))
        self._timer.start(self.POLL_MS)

    def _poll(self, window: MainWindow) -> None:
        if self._done.is_set() and self._timer is not None:
            self._timer.stop()
            window.prefill(self._figures)

    def stop(self) -> None:
        """No more figures wanted; the thread ends by itself (a read is short)."""
        if self._timer is not None:
            self._timer.stop()
        self._thread.join(timeout=5)


class AfterFirstPaint(QObject):
    """Calls ``action`` once, as soon as ``widget`` has been painted (or after
    ``fallback_ms`` if it is not painted, e.g. shown minimised)."""

    def __init__(self, widget: QWidget, action: Callable[[], None],
                 fallback_ms: int = 300) -> None:
        super().__init__(widget)
        self._action: Callable[[], None] | None = action
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the first paint; the action runs once the event loop turns again."""
        if event.type() == QEvent.Type.Paint and self._action is not None:
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        """Run the action (once)."""
        action = self._action
        self.cancel()
        if action is not None:
            action()

    def cancel(self) -> None:
        """Do not run the action (any more)."""
        if self._action is not None:
            self._action = None
            self._widget.removeEventFilter(self)


class Starter:
    """Opens the node's database on the worker once the window has been painted, then
    gives it to the window; a home without a node goes to the wizard; an error is one
    dialog and the application ends with the error's exit status."""

    def __init__(self, window: MainWindow, paths: Paths, db_url: str | None,
                 operator: str) -> None:
        self.window = window
        self.paths = paths
        self.db_url = db_url
        self.operator = operator
        self.cancelled = False
        # The worker starts after the first paint: importing the core would slow it down.
        self.after_paint = AfterFirstPaint(window, self.start)

    def stop(self) -> None:
        """The window closed: open nothing more, close what opens meanwhile."""
        self.after_paint.cancel()
        self.cancelled = True

    def start(self) -> None:
        """Queue the opening on the worker."""
        if self.cancelled:
            return
        paths, db_url, operator = self.paths, self.db_url, self.operator
        self.window.ctx.runner.run(lambda: _open_and_warm(paths, db_url, operator),
                                   self.opened, self.failed)

    def opened(self, ws: Workspace | None) -> None:
        """The database is open (None: it holds no node yet)."""
        if self.cancelled:
            if ws is not None:
                ws.close()
            return
        if ws is None:
            self.window.hide()
            ws = first_run(self.paths, self.db_url, self.window.ctx.runner)
            if ws is None:
                QApplication.exit(1)
                return
            setup_logging(self.paths)
            self.window.show()
        settings = WindowSettings(self.paths.home)
        ws.operator = self.operator or str(settings.value("operator") or "")
        self.window.attach(ws)

    def failed(self, exc: BaseException) -> None:
        """Opening failed (damaged file, newer schema, server unreachable...)."""
        if self.cancelled:
            return
        self.window.hide()
        dialogs.show_error(None, exc)
        QApplication.exit(exc.exit_code if isinstance(exc, FocalPointError) else 1)


def _open_and_warm(paths: Paths, db_url: str | None, operator: str) -> Workspace | None:
    """On the worker: open the workspace, and import the services the overview needs
    next so the GUI thread does not pay for them."""
    ws = open_workspace(paths, db_url, operator)
    if ws is not None:
        import pycountry  # noqa: F401  (the lists' country names)

        import app.services.overview
        import app.services.sync_status  # noqa: F401
    return ws


def smoke(argv: Sequence[str]) -> int:
    """Open the window offscreen on a throwaway node, visit every page, close."""
    import tempfile

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
