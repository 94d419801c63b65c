"""A work-around for a reference-count error of PySide6 6.12.0 on ``True``.

In PySide6 6.12.0, ``SignalInstance.emit()`` and ``SignalInstance.disconnect()`` return
``True`` without taking a reference to it (6.11.3 does not). Each call from Python then
takes from ``True`` a reference nobody gave: every background job (two emits), every
search keystroke and every refresh wears ``True`` down, and when its count reaches
zero the interpreter aborts ("Fatal Python error: bool_dealloc"). A run of the language
tests did so at exit; a long day in the window would do so mid-session.

:func:`install` measures whether this PySide6 has the error (a few calls on a probe
signal) and only then gives ``True`` and ``False`` a reserve of references so large that
no session can use it up - what Python 3.12 does for them anyway (they are immortal
there, and this is not needed). Wrapping the two methods instead would break
signal-to-signal connections (``a.connect(b.emit)``), which PySide recognises by the
method itself. Remove this once the project requires a PySide6 with the fix.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 16
#: References added to ``True`` and ``False``: a trillion lost emits away from zero.
RESERVE = 1 << 40
_state = {"installed": False}


class _Probe(QObject):
    ping = Signal()


def _slot() -> None:
    """The probe's receiver (does nothing)."""


def _loses_true(call: Callable[[], Any]) -> bool:
    """Whether ``call`` returns ``True`` without a reference (``True`` loses one per call)."""
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        call()
    return sys.getrefcount(True) <= before - PROBE_CALLS


def affected() -> bool:
    """Whether this PySide6 loses a reference to ``True`` at ``emit`` or ``disconnect``."""
    probe = _Probe()
    try:
        return _loses_true(probe.ping.emit) or _loses_true(
            lambda: probe.ping.disconnect(probe.ping.connect(_slot)))
    finally:
        probe.deleteLater()


def install() -> bool:
    """Give ``True`` and ``False`` their reserve when this PySide6 needs it (once per
    process, CPython before 3.12 only); True when it did."""
    if (_state["installed"] or sys.implementation.name != "cpython"
            or sys.version_info >= (3, 12) or not affected()):
        return False
    for value in (True, False):  # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _state["installed"] = True
    return True
