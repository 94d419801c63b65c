"""PySide6 set-up done before the rest of the GUI is imported (``app.gui`` runs it).

PySide6 watches every import made after it loads: for each new module it reads the
module's source file and searches it for "PySide6", to know which modules its
``__feature__`` switches (``snake_case``, ``true_property``) may apply to
(``PySide6.support.feature._mod_uses_pyside``). FocalPoint uses no ``__feature__``
switch (a test checks), so the answer changes nothing; reading the sources of the
~400 modules the window and the worker import costs about 17 ms of CPU before the
window shows the overview's figures and 100 ms before the database is open
(tests/benchmarks/bench_gui.py, 9 runs each way). :func:`skip_source_scan` makes
PySide6 answer from the module's name instead. Should a PySide6 release move that
check, nothing breaks: the start is only slower again (a test notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (loads the import watcher adjusted below)

#: Modules that use PySide6: Qt's own and FocalPoint's GUI.
PYSIDE_USERS = ("PySide6", "shiboken6", "app.gui")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` uses PySide6, told from its name (no source file read)."""
    return str(getattr(module, "__name__", "")).startswith(PYSIDE_USERS)


def skip_source_scan() -> bool:
    """Make PySide6 tell whether a module uses it from the module's name; False when
    this PySide6 has no such check to replace."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
