"""``focalpoint report ...``: PDF reports and XLSX exports (DESIGN.md 'Command line').

    every command also takes [--lang en|fr|ar|ru] (the report's language; default English)
    report sign-in|attendance ACTIVITY --out FILE.pdf [--pseudonymise]
    report assessment ID --out FILE.pdf
    report programme --out FILE.pdf [--mission CODE] [--from DATE] [--to DATE]
    report participants-xlsx [ACTIVITY] --out FILE.xlsx [--mission ..] [--from ..] [--to ..]
    report programme-xlsx --out FILE.xlsx [--mission CODE] [--from DATE] [--to DATE]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli import Context, emit, registrar
from app.domain.errors import ValidationError
from app.domain.fields import parse_date
from app.domain.i18n import check_language

WHAT = {
    "sign-in": "sign-in sheet", "attendance": "attendance report",
    "assessment": "assessment report", "programme": "programme report",
    "participants-xlsx": "participants workbook", "programme-xlsx": "programme workbook",
}


def _date(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError({option: f"{text} is not a date (use YYYY-MM-DD)"},
                              "report", "made") from None


def _write(ctx: Context, args: argparse.Namespace) -> Path:
    from app.services import reporting

    out = Path(args.out)
    scope = {"mission": getattr(args, "mission", None),
             "date_from": _date(getattr(args, "date_from", None), "from"),
             "date_to": _date(getattr(args, "date_to", None), "to")}
    lang = check_language(args.lang)
    ws = ctx.workspace()
    try:
        kind = args.report
        if kind == "sign-in":
            return reporting.sign_in_sheet(ws, args.id, out, pseudonymise=args.pseudonymise,
                                           blank_rows=args.blank_rows, lang=lang)
        if kind == "attendance":
            return reporting.attendance_report(ws, args.id, out,
                                               pseudonymise=args.pseudonymise, lang=lang)
        if kind == "assessment":
            return reporting.assessment_report(ws, args.id, out, lang=lang)
        if kind == "programme":
            return reporting.programme_report(ws, out, lang=lang, **scope)
        if kind == "programme-xlsx":
            return reporting.programme_xlsx(ws, out, lang=lang, **scope)
        return reporting.participants_xlsx(ws, out, activity_id=args.id,
                                           pseudonymise=args.pseudonymise, lang=lang, **scope)
    finally:
        ws.close()


def _report(ctx: Context, args: argparse.Namespace) -> int:
    path = _write(ctx, args)
    emit(args, {"report": args.report, "path": str(path)},
         f"Wrote the {WHAT[args.report]} to {path}.")
    return 0


def _common(p: argparse.ArgumentParser, suffix: str, *, pseudonymise: bool = True) -> None:
    p.add_argument("--out", required=True, help=f"the file to write (FILE{suffix})")
    if pseudonymise:
        p.add_argument("--pseudonymise", action="store_true",
                       help="show initials and a stable reference instead of names "
                            "(for reports that leave the mission)")
    p.add_argument("--lang", default="en", metavar="LANG",
                   help="language of the report: en (default), fr, ar (right to left) or ru")
    p.add_argument("--json", action="store_true")


def _scope(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mission", help="one mission's code (default: every mission)")
    p.add_argument("--from", dest="date_from", help="first date of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="last date of the period (YYYY-MM-DD)")


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="print a PDF report or export an XLSX workbook")
    rsub = p.add_subparsers(dest="report", required=True, metavar="REPORT")
    q = rsub.add_parser("sign-in", help="pre-filled sign-in sheet of an activity (PDF)")
    q.add_argument("id", metavar="ACTIVITY", help="the activity's id")
    q.add_argument("--blank-rows", type=int, default=12,
                   help="blank rows for walk-in participants (default 12)")
    _common(q, ".pdf")
    q = rsub.add_parser("attendance", help="attendance report of an activity (PDF)")
    q.add_argument("id", metavar="ACTIVITY", help="the activity's id")
    _common(q, ".pdf")
    q = rsub.add_parser("assessment", help="report of an assessment and its findings (PDF)")
    q.add_argument("id", metavar="ID", help="the assessment's id")
    _common(q, ".pdf", pseudonymise=False)
    q = rsub.add_parser("programme", help="programme report for headquarters (PDF)")
    _scope(q)
    _common(q, ".pdf", pseudonymise=False)
    q = rsub.add_parser("participants-xlsx",
                        help="participants with attendance: one activity or a period (XLSX)")
    q.add_argument("id", metavar="ACTIVITY", nargs="?", help="one activity's id (default: "
                   "every activity starting in the period)")
    _scope(q)
    _common(q, ".xlsx")
    q = rsub.add_parser("programme-xlsx", help="programme figures (XLSX)")
    _scope(q)
    _common(q, ".xlsx", pseudonymise=False)
    for parser in rsub.choices.values():
        parser.set_defaults(handler=_report)
