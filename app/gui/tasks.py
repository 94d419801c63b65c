"""Background work: one worker thread for database work, results back by signal.

A job is a plain callable run on the single worker of a :class:`QThreadPool`; its
result (or exception) comes back to the GUI thread through a queued signal. A busy
dialog appears only when the job is still running after :data:`PROGRESS_DELAY_MS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500


class _Relay(QObject):
    """Carries a job's outcome from the worker thread to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """Runs database jobs one after another on a single worker thread."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(2000)
        self._pending: set[_Relay] = set()
        self.on_error: Callable[[QWidget | None, BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        """True while a job is queued or running, or its outcome not yet delivered."""
        return bool(self._pending)

    def run(self, func: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            label: str = "", parent: QWidget | None = None) -> None:
        """Run ``func()`` on the worker; ``on_done(result)`` or ``on_error(exc)`` follow
        on the GUI thread. With ``label`` a busy dialog shows after a short delay."""
        relay = _Relay()
        self._pending.add(relay)
        dialog = _DelayedProgress(label, parent) if label else None

        def finish() -> None:
            if dialog is not None:
                dialog.finish()
            self._pending.discard(relay)
            relay.deleteLater()
            if not self._pending:
                self.idle.emit()

        @Slot(object)
        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            elif self.on_error is not None:
                self.on_error(parent, exc)
            else:
                log.error("Background job failed", exc_info=exc)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Job(func, relay))

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every job ran and its outcome was delivered (tests, shutdown)."""
        self._pool.waitForDone(timeout_ms)
        for _ in range(100):
            if not self._pending:
                break
            QApplication.processEvents()
        return not self._pending

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish queued jobs and stop the worker thread."""
        self._pool.waitForDone(timeout_ms)
        QApplication.processEvents()
        self._pool.clear()

    def active_threads(self) -> int:
        """Worker threads running a job now."""
        return self._pool.activeThreadCount()


class _DelayedProgress:
    """A busy dialog that appears only if the job outlives the delay."""

    def __init__(self, label: str, parent: QWidget | None) -> None:
        self._dialog: QProgressDialog | None = None
        self._label = label
        self._parent = parent
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    def _show(self) -> None:
        self._dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        self._dialog.setCancelButton(None)
        self._dialog.setMinimumDuration(0)
        self._dialog.setWindowTitle(QApplication.translate("TaskRunner", "Working"))
        self._dialog.show()

    def finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def shown(self) -> bool:
        return self._dialog is not None
