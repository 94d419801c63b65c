"""Entry point: ``focalpoint`` / ``python -m app``. With no command it opens the GUI
(global options such as ``--home`` still apply); with a command it is the CLI.

Which one is decided here without importing either: the CLI's parser loads every
command module (and through them the whole core), which the window does not need
before it shows."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

#: The CLI's global options that take a value (see app.cli.build_parser); a test checks
#: that this list and the parser agree.
VALUE_OPTIONS = ("--home", "--db", "--passphrase-file", "--operator")
CLI_ONLY = ("-h", "--help", "--version")


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no command (only options): open the window."""
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in CLI_ONLY or arg == "--":
            return False
        if not arg.startswith("-"):
            return False  # a command (or a stray word: the CLI says what is wrong)
        name = arg.split("=", 1)[0]
        takes_value = "=" not in arg and any(
            option.startswith(name) for option in VALUE_OPTIONS) and len(name) > 2
        index += 2 if takes_value else 1
    return True


#: Qt-free modules the window needs before it shows. Importing them before PySide6 is
#: cheaper: once PySide6 is loaded, its import hook reads the source of every module
#: imported after it (to see whether the module uses PySide's ``__feature__``).
GUI_PRELOAD = ("argparse", "json", "logging.handlers", "app.config", "app.domain.errors",
               "app.domain.vocab", "app.domain.i18n", "app.domain.countries",
               "app.domain.fields", "app.store.quick")


def main(argv: list[str] | None = None) -> int:
    """Open the window, or run the command ``argv`` names; returns the exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    if wants_gui(args):
        for module in GUI_PRELOAD:
            importlib.import_module(module)
        from app.gui.app import run_gui

        return run_gui(args)
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
