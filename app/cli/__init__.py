"""The command line (DESIGN.md 'Command line' is the contract).

Each area adds its sub-commands in its own module (``app/cli/core.py``,
``app/cli/sync.py``, ``app/cli/reports.py``) through :func:`command`. Errors the
user can cause are :class:`FocalPointError`: one sentence on stderr, exit status
non-zero, no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app import __version__
from app.config import Paths, resolve_home, setup_logging
from app.domain.errors import FocalPointError

log = logging.getLogger(__name__)

Handler = Callable[["Context", argparse.Namespace], int]


@dataclass
class Context:
    """What every command gets: the node's paths and the global options."""

    paths: Paths
    db_url: str | None
    passphrase_file: str | None
    operator: str

    def workspace(self, *, create: bool = False) -> Any:
        from app.services.workspace import Workspace

        return Workspace.open(self.paths, self.db_url, self.operator, create=create)


_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []


def registrar(func: Callable[[argparse._SubParsersAction], None]
              ) -> Callable[[argparse._SubParsersAction], None]:
    """Decorate a function that adds sub-parsers (each with ``set_defaults(handler=...)``)."""
    _REGISTRARS.append(func)
    return func


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as JSON with ``--json``, else the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text() if callable(text) else text)


def table_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain aligned text table of ``columns`` of ``rows``."""
    if not rows:
        return "(none)"
    cells = [[str(r.get(c, "") if r.get(c) is not None else "") for c in columns] for r in rows]
    widths = [min(max(len(c), *(len(row[i]) for row in cells)), 40)
              for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    for row in cells:
        lines.append("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="focalpoint",
        description="FocalPoint: the offline workbench of the Network of Peace Operations "
                    "Focal Points on CT and PVE. Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"FocalPoint {__version__}")
    parser.add_argument("--home", help="the node's folder (default: $FOCALPOINT_HOME or the "
                                       "user data folder)")
    parser.add_argument("--db", help="database URL (default: SQLite in the home folder)")
    parser.add_argument("--passphrase-file", help="read the passphrase from this file")
    parser.add_argument("--operator", default="", help="who is working (default: node name)")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window offscreen on a throwaway home, exercise the "
                             "main features and exit (checks a build)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each area module registers its sub-commands when imported.
    from app.cli import core, dashboard, demo, importing, reports, sync  # noqa: F401

    for register in _REGISTRARS:
        register(sub)
    return parser


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no command (only global options): open the window."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return False
    try:  # a usage error is printed once, by run(), not by this probe too
        with contextlib.redirect_stderr(io.StringIO()):
            args, _rest = build_parser().parse_known_args(list(argv))
    except SystemExit:
        return False
    return getattr(args, "command", None) is None


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    ctx = Context(paths=Paths(resolve_home(args.home)), db_url=args.db,
                  passphrase_file=args.passphrase_file, operator=args.operator)
    try:
        if ctx.paths.home.exists():
            setup_logging(ctx.paths)
        return int(args.handler(ctx, args) or 0)
    except FocalPointError as exc:
        print(f"focalpoint: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("focalpoint: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except OSError as exc:
        log.exception("I/O error in command %s", args.command)
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"focalpoint: a file could not be read or written{where}: {exc.strerror}; "
              "check the path, the permissions and the free space.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("Unexpected error in command %s", args.command)
        print("focalpoint: an unexpected error stopped the command; nothing was saved by it. "
              f"The details are in {ctx.paths.logs / 'focalpoint.log'}.", file=sys.stderr)
        return 70
