"""GUI fixtures: a main window over a fresh node, dialogs patched, no thread left."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QThreadPool

from app.gui import dialogs, i18n
from app.gui.app import create_main_window
from app.gui.context import AppContext
from app.gui.tasks import TaskRunner
from app.gui.util import WindowSettings
from app.services.workspace import Workspace


@dataclass
class DialogLog:
    """What the patched dialogs were asked, and what they answer."""

    errors: list[BaseException] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    confirm_answer: bool = True
    unsaved_answer: str = "discard"
    unsaved_asked: int = 0
    file_to_open: str = ""


@pytest.fixture
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def confirm(_parent: Any, _title: str, question: str) -> bool:
        log.questions.append(question)
        return log.confirm_answer

    def ask_unsaved(_parent: Any) -> str:
        log.unsaved_asked += 1
        return log.unsaved_answer

    monkeypatch.setattr(dialogs, "show_error", lambda _p, exc: log.errors.append(exc))
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "info", lambda *_a: None)
    monkeypatch.setattr(dialogs, "choose_file", lambda *_a: log.file_to_open)
    return log


@pytest.fixture(autouse=True)
def no_worker_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every TaskRunner a test made must have no thread left once the test is over."""
    made: list[TaskRunner] = []
    original = TaskRunner.__init__

    def init(self: TaskRunner, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(TaskRunner, "__init__", init)
    yield
    for runner in made:
        runner.shutdown()
        assert runner.active_threads() == 0, "a test left a worker thread running"


def _no_threads_left(runner: TaskRunner) -> None:
    runner.wait()
    runner.shutdown()
    assert runner.active_threads() == 0, "a test left a worker thread running"
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def ctx(ws: Workspace, dialog_log: DialogLog) -> Iterator[AppContext]:
    """An application context over the MONUSCO field node (no window)."""
    runner = TaskRunner()
    yield AppContext(ws=ws, runner=runner, settings=WindowSettings(ws.paths.home))
    _no_threads_left(runner)


@pytest.fixture
def window(qtbot: Any, ws: Workspace, dialog_log: DialogLog) -> Iterator[Any]:
    """The main window over the MONUSCO field node, shown offscreen."""
    win = create_main_window(ws)
    qtbot.addWidget(win)
    win.show()
    win.ctx.runner.wait()
    yield win
    dialog_log.unsaved_answer = "discard"
    win.close()
    _no_threads_left(win.ctx.runner)


@pytest.fixture(params=["fr", "ar", "ru"])
def interface(request: pytest.FixtureRequest, qapp: Any,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The interface in French, Arabic, then Russian (or the languages a test gives with
    ``parametrize("interface", [...], indirect=True)``); English again afterwards, with
    the locale the other tests started with."""
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    locale = QLocale()
    lang = i18n.install_translators(qapp, request.param)
    yield lang
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(locale)
