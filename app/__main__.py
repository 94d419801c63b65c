"""Entry point: ``focalpoint`` / ``python -m app``. With no command it opens the GUI
(global options such as ``--home`` still apply); with a command it is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from app.cli import run, wants_gui

    if wants_gui(args):
        from app.gui.app import run_gui

        return run_gui(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
