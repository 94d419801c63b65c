"""``focalpoint participants import FILE --activity ID``: a participant list into an
activity (CSV or XLSX; see app/services/importing.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import Context, emit, registrar, table_text
from app.services import importing


def _problem_lines(rows: list[dict[str, Any]], verb: str = "") -> list[str]:
    """One line per invalid row: its number and what is wrong."""
    return [f"  line {row['line']}{verb}: " + "; ".join(row["errors"].values()) for row in rows]


def _summary(result: importing.ImportResult, name: str) -> str:
    lines = [f"Imported {name} into activity {result.activity_id}: "
             f"{result.created} new participant(s), {result.matched} already known, "
             f"{result.registered} registered, {result.skipped} skipped, "
             f"{result.invalid} invalid row(s) left out."]
    lines += [f"  line {row['line']} is a person already known: registered "
              f"{row['participant_id']}" for row in result.matched_rows]
    lines += [f"  line {row['line']} skipped: {row['detail']}" for row in result.skipped_rows]
    return "\n".join(lines)


def _preview_text(data: dict[str, Any]) -> str:
    rows = [{"line": r["line"], "status": r["status"].replace("_", " "),
             "name": r["values"].get("full_name") or r["raw"].get("full_name") or ""}
            for r in data["rows"]]
    counts = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in
                       data["counts"].items())
    problems = _problem_lines([r for r in data["rows"] if r["errors"]])
    return "\n".join([table_text(rows, ["line", "status", "name"]), *problems,
                      f"Nothing was changed (dry run): {counts}."])


def _dry_run(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        data = importing.preview(ws, args.file, args.activity).to_dict()
    finally:
        ws.close()
    emit(args, data, lambda: _preview_text(data))
    invalid = data["counts"]["invalid"]
    if invalid and (not args.skip_invalid or invalid == len(data["rows"])):
        print(f"focalpoint: {invalid} row(s) of {Path(args.file).name} are invalid, so the "
              "import would be refused; fix them or use --skip-invalid.", file=sys.stderr)
        return importing.InvalidRowsError.exit_code
    return 0


def _import(ctx: Context, args: argparse.Namespace) -> int:
    if args.dry_run:
        return _dry_run(ctx, args)
    name = Path(args.file).name
    ws = ctx.workspace()
    try:
        result = importing.import_participants(ws, args.file, args.activity,
                                               skip_invalid=args.skip_invalid)
    except importing.InvalidRowsError as exc:
        if args.json:
            emit(args, exc.result.to_dict(), "")
        print(f"focalpoint: {exc}", file=sys.stderr)
        print("\n".join(_problem_lines(exc.result.invalid_rows)), file=sys.stderr)
        return exc.exit_code
    finally:
        ws.close()
    if result.invalid_rows:
        print("\n".join(_problem_lines(result.invalid_rows, " left out")), file=sys.stderr)
    emit(args, result.to_dict(), lambda: _summary(result, name))
    return 0


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("participants", help="participant lists")
    psub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = psub.add_parser(
        "import", help="import a participant list (CSV or XLSX) into an activity",
        description="Import a participant list into an activity. The first rows of the file "
                    "must hold the column names (English or French: full name or first and "
                    "last name, sex, category; optionally organisation, position, country, "
                    "state/non-state, email, phone, age band, disability, role). People "
                    "already known are registered, not created again.")
    q.add_argument("file", help="the CSV or XLSX file")
    q.add_argument("--activity", required=True,
                   help="the activity's id (see 'focalpoint list activities')")
    q.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and leave the invalid ones out")
    q.add_argument("--dry-run", action="store_true",
                   help="show what the import would do, row by row, and change nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_import)
