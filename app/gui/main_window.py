"""The main window: a navigation sidebar and one page per area, created on first use.

The window shows before the node's database is open (that happens on the worker):
until :meth:`MainWindow.attach` gives it the workspace, the overview shows its
skeleton and any other page says the database is opening."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.gui.context import AppContext
from app.gui.language_menu import add_language_menu
from app.gui.pages.overview import OverviewPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.gui.pages.base import RecordPage
    from app.services.workspace import Workspace

log = logging.getLogger(__name__)


def is_record_page(page: object) -> bool:
    """True for a list-and-form page (``RecordPage``); no page is one before its module
    loaded, so the check does not load it (nor the services it needs)."""
    base = sys.modules.get("app.gui.pages.base")
    return base is not None and isinstance(page, base.RecordPage)


def _lazy(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A page factory that imports its module only when the page is first shown."""

    def make(ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx)

    return make


def _page_or_placeholder(key: str, name: str) -> Callable[[AppContext], QWidget]:
    """The real page of ``key`` when this build has it, else a page saying what will come."""
    module = f"app.gui.pages.{key}"
    if importlib.util.find_spec(module) is not None:
        return _lazy(module, name)
    return lambda _ctx: getattr(importlib.import_module("app.gui.pages.placeholder"),
                                f"{key}_page")(None)


def _page_factories() -> list[tuple[str, str, Callable[[AppContext], QWidget]]]:
    """(key, sidebar label, factory) for each page, in sidebar order."""
    pages = "app.gui.pages."
    return [
        ("overview", QT_TRANSLATE_NOOP("pages", "Overview"), OverviewPage),
        *(
            [("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"),
              _lazy(pages + "dashboard", "DashboardPage"))]
            if importlib.util.find_spec(pages + "dashboard") is not None else []
        ),
        (
            "assessments",
            QT_TRANSLATE_NOOP("pages", "Assessments"),
            _lazy(pages + "assessments", "AssessmentsPage"),
        ),
        (
            "initiatives",
            QT_TRANSLATE_NOOP("pages", "Initiatives"),
            _lazy(pages + "simple", "InitiativesPage"),
        ),
        (
            "activities",
            QT_TRANSLATE_NOOP("pages", "Activities"),
            _lazy(pages + "activities", "ActivitiesPage"),
        ),
        (
            "participants",
            QT_TRANSLATE_NOOP("pages", "Participants"),
            _lazy(pages + "participants", "ParticipantsPage"),
        ),
        ("network", QT_TRANSLATE_NOOP("pages", "Network"), _lazy(pages + "simple", "NetworkPage")),
        ("lessons", QT_TRANSLATE_NOOP("pages", "Lessons"), _lazy(pages + "simple", "LessonsPage")),
        ("sync", QT_TRANSLATE_NOOP("pages", "Sync"), _page_or_placeholder("sync", "SyncPage")),
        (
            "reports",
            QT_TRANSLATE_NOOP("pages", "Reports"),
            _page_or_placeholder("reports", "ReportsPage"),
        ),
    ]


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; Ctrl+N/S/F and Esc act on the current page.

    ``workspace_ready`` fires once the database is open and the pages can be made."""

    workspace_ready = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("FocalPoint"))
        self.factories = _page_factories()
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 7px 6px; }"
        )
        self.stack = QStackedWidget()
        for index, (key, label, _factory) in enumerate(self.factories):
            item = QListWidgetItem(QCoreApplication.translate("pages", label), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if index < 9:
                item.setToolTip(f"Ctrl+{index + 1}")
            self.stack.addWidget(self._pending_page(key))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._current = 0
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self._needs_database: list[QAction] = []
        self._make_actions()
        if not ctx.settings.restore_geometry("main", self):
            self.resize(1280, 800)
        self.sidebar.setCurrentRow(0)
        self.show_page("overview")
        if ctx.ready:
            self._workspace_opened()
        else:
            self.statusBar().showMessage(self.tr("Opening the database..."))

    def prefill(self, figures: dict[str, Any] | None) -> None:
        """Show the overview's figures read before the database is open
        (:mod:`app.store.quick`); None leaves the skeleton until :meth:`attach`."""
        if figures is None or self.ctx.ready:
            return
        self.setWindowTitle(self.tr("FocalPoint - %s") % figures["overview"]["node"]["name"])
        overview = self.pages.get("overview")
        if isinstance(overview, OverviewPage):
            overview.show_data(figures["overview"])
            overview.show_sync(figures["sync"])

    def attach(self, ws: Workspace) -> None:
        """Take the workspace opened on the worker: fill the overview, make the page the
        user is on, enable what needs the database."""
        self.ctx.attach(ws)
        self._workspace_opened()
        overview = self.pages.get("overview")
        if isinstance(overview, OverviewPage):
            overview.refresh()
        key = self.factories[self._current][0]
        if key not in self.pages:
            self.show_page(key)

    def _workspace_opened(self) -> None:
        self.setWindowTitle(self.tr("FocalPoint - %s") % self.ctx.ws.node.name)
        for action in self._needs_database:
            action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        self.workspace_ready.emit()

    def _pending_page(self, key: str) -> QWidget:
        """What stands for a page not made yet (it says so while the database opens)."""
        placeholder = QLabel(self.tr("Opening the database..."))
        placeholder.setObjectName(f"pending_{key}")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return placeholder

    # --- pages --------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page ``key``, created the first time it is needed (until the database is
        open, only the overview is made: the others show that it is opening)."""
        index = [k for k, _l, _f in self.factories].index(key)
        if key not in self.pages and not self.ctx.ready and key != "overview":
            return self.stack.widget(index)
        if key not in self.pages:
            page = self.factories[index][2](self.ctx)
            page.setObjectName(f"page_{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = page
            if isinstance(page, OverviewPage):
                page.open_activity.connect(self.open_activity)
                page.open_sync.connect(self.open_sync)
            if is_record_page(page):
                page.restore_state()
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        """Show page ``key`` (created on first use) and refresh what it shows."""
        keys = [k for k, _l, _f in self.factories]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._current = keys.index(key)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self._current)
        self.sidebar.blockSignals(False)
        if isinstance(page, OverviewPage):
            page.refresh()
        elif is_record_page(page):
            page.refresh_lookups()
        return page

    def record_page(self) -> RecordPage | None:
        """The record page the keyboard actions act on (a Network tab's page too)."""
        page = self.stack.currentWidget()
        if hasattr(page, "current") and callable(page.current):
            page = page.current()
        return cast("RecordPage", page) if is_record_page(page) else None

    def _sidebar_changed(self, row: int) -> None:
        if row == self._current or row < 0:
            return
        current = self.record_page()
        if current is not None and not current.maybe_leave():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._current)
            self.sidebar.blockSignals(False)
            return
        self.show_page(self.factories[row][0])

    def open_sync(self, tab: str) -> None:
        """Show one tab of the Sync page (from the overview's sync box)."""
        page = self.show_page("sync")
        if hasattr(page, "show_tab"):
            page.show_tab(tab)

    def open_activity(self, activity_id: str) -> None:
        """Show one activity in the activities page."""
        page = self.show_page("activities")
        assert is_record_page(page)
        if page.maybe_leave():
            page.open_record(activity_id)

    # --- actions ------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _on_page(self, method: str) -> Callable[[], None]:
        def run() -> None:
            page = self.record_page()
            if page is not None:
                getattr(page, method)()

        return run

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._needs_database.append(
            self._action(self.tr("&Back up the database..."), "", self.backup))
        if importlib.util.find_spec("app.services.demo") is not None:
            self._needs_database.append(
                self._action(self.tr("Load the &demo programme"), "", self.load_demo))
        for action in self._needs_database:
            action.setEnabled(self.ctx.ready)
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit = self.menuBar().addMenu(self.tr("&Record"))
        self.new_action = self._action(self.tr("&New"), "Ctrl+N", self._on_page("new_record"))
        self.save_action = self._action(self.tr("&Save"), "Ctrl+S", self._on_page("save"))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self._on_page("focus_search"))
        self.cancel_action = self._action(
            self.tr("&Cancel changes"), "Esc", self._on_page("cancel")
        )
        for action in (self.new_action, self.save_action, self.find_action, self.cancel_action):
            edit.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, (key, label, _f) in enumerate(self.factories):
            go.addAction(
                self._action(
                    QCoreApplication.translate("pages", label),
                    f"Ctrl+{index + 1}",
                    lambda k=key: self._go(k),
                )
            )
        add_language_menu(self, self.ctx.paths)

    def _go(self, key: str) -> None:
        self.sidebar.setCurrentRow([k for k, _l, _f in self.factories].index(key))

    def backup(self) -> None:
        """Back the database up to a file (on the worker)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services import admin

        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(self.ctx.ws.paths.backups / "backup.db"),
            self.tr("Database (*.db)"),
        )
        if not path:
            return
        ws = self.ctx.ws
        self.ctx.runner.run(
            lambda: admin.backup(ws, Path(path)),
            lambda r: self.statusBar().showMessage(self.tr("Backup saved: %s") % r["backup"], 8000),
            label=self.tr("Backing up the database..."),
            parent=self,
        )

    def load_demo(self) -> None:
        """Load the demo programme (on the worker), then refresh the pages."""
        demo = importlib.import_module("app.services.demo")
        ws = self.ctx.ws
        self.ctx.runner.run(
            lambda: demo.load_demo(ws),
            lambda _r: self._reload_all(),
            label=self.tr("Loading the demo programme..."),
            parent=self,
        )

    def _reload_all(self) -> None:
        for page in self.pages.values():
            if is_record_page(page):
                page.refresh()
            elif hasattr(page, "pages"):
                for sub in page.pages:
                    sub.refresh()
        overview = self.pages.get("overview")
        if isinstance(overview, OverviewPage):
            overview.refresh()

    # --- closing ------------------------------------------------------------------------

    def all_record_pages(self) -> list[RecordPage]:
        """Every record page created so far, Network tabs included."""
        found: list[RecordPage] = []
        for page in self.pages.values():
            if is_record_page(page):
                found.append(page)
            found.extend(p for p in getattr(page, "pages", []) if is_record_page(p))
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.all_record_pages():
            if not page.maybe_leave():
                event.ignore()
                return
        self.save_state()
        self.ctx.runner.shutdown()
        event.accept()

    def save_state(self) -> None:
        """Remember geometry and column widths."""
        self.ctx.settings.save_geometry("main", self)
        for page in self.all_record_pages():
            page.save_state()
        self.ctx.settings.sync()
