"""PySide6 6.12.0 loses a reference to ``True`` at every ``emit()`` and ``disconnect()``
made from Python; app.gui gives ``True`` and ``False`` a reserve that no session can use
up (app/gui/signal_refcount.py). Without it, ``True`` wore down with every background
job until the interpreter aborted ("bool_dealloc")."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.gui import signal_refcount
from app.gui.context import AppContext


class _Sender(QObject):
    sent = Signal(object)
    relayed = Signal(object)


def test_true_and_false_keep_a_reserve_wherever_pyside_loses_references() -> None:
    if signal_refcount.affected():
        assert signal_refcount._state["installed"]
        assert sys.getrefcount(True) > signal_refcount.RESERVE // 2
        assert sys.getrefcount(False) > signal_refcount.RESERVE // 2
    assert signal_refcount.install() is False  # once per process


def test_background_jobs_and_signals_work_as_before(qtbot: Any, ctx: AppContext) -> None:
    results: list[Any] = []
    for _ in range(50):
        ctx.runner.run(lambda: True, results.append)
    qtbot.waitUntil(lambda: len(results) == 50, timeout=10_000)
    assert results == [True] * 50
    sender, relayed = _Sender(), []
    sender.relayed.connect(relayed.append)
    sender.sent.connect(sender.relayed.emit)  # a signal-to-signal connection still works
    sender.sent.emit(7)
    assert relayed == [7]
    assert sys.getrefcount(True) > 1000
