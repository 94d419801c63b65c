"""``focalpoint dashboard``: the programme's indicators on the command line.

    dashboard [--mission CODE] [--from DATE] [--to DATE] [--json]

The same figures as the Dashboard page (``app.services.dashboard.indicators``), for
scripts at headquarters and for a quick look on a field node without the window.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import Context, emit, registrar
from app.cli.reports import _date, _scope
from app.domain import vocab as v


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _breakdown(counts: dict[str, int], vocab: v.Vocabulary | None = None) -> str:
    parts = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{(vocab.label(k) if vocab and k else k) or 'not recorded'} {n}"
                     for k, n in parts) or "-"


def dashboard_text(data: dict[str, Any]) -> str:
    """The indicators as lines of text (English, like the rest of the CLI)."""
    f, acts, people = data["filters"], data["activities"], data["beneficiaries"]
    scope = f"mission {f['mission']}" if f["mission"] else "every mission"
    period = ("all dates" if not (f["date_from"] or f["date_to"]) else
              f"{f['date_from']} to {f['date_to']}" if f["date_from"] and f["date_to"] else
              f"from {f['date_from']}" if f["date_from"] else f"until {f['date_to']}")
    gain = people["knowledge_gain"]
    findings = data["findings"]
    lines = [
        f"Programme indicators: {scope}, {period}",
        f"  Activities held: {acts['total']} ({acts['trainings']} trainings, "
        f"{acts['events']} other events)",
        f"  Unique beneficiaries: {people['total']} (women {_share(data['women_share'])})",
        f"    by sex: {_breakdown(people['sex'], v.SEX)}",
        f"    by category: {_breakdown(people['category'], v.PARTICIPANT_CATEGORY)}",
        f"    state / non-state: {_breakdown(people['actor_type'], v.ACTOR_TYPE)}",
        f"    by country: {_breakdown(people['country'])}",
        "  Average knowledge gain: "
        + ("-" if gain is None else f"{gain:+.1f} points over {people['score_pairs']} "
           "pre/post pairs"),
        f"  Assessments: {data['assessments']}; findings: {findings['total']}, answered "
        f"by an initiative: {findings['answered']} ({_share(findings['answered_share'])})",
        f"  Initiatives: {data['initiatives']}; lessons shared: {data['lessons']}",
        f"  Missions active: {data['missions_active']} of {data['missions_total']}",
    ]
    return "\n".join(lines)


def _dashboard(ctx: Context, args: argparse.Namespace) -> int:
    from app.services import dashboard

    filters = dashboard.Filters(mission=args.mission,
                                date_from=_date(args.date_from, "from"),
                                date_to=_date(args.date_to, "to"))
    ws = ctx.workspace()
    try:
        data = dashboard.indicators(ws, filters)
    finally:
        ws.close()
    emit(args, data, lambda: dashboard_text(data))
    return 0


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="the programme's indicators for a period and mission")
    _scope(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_dashboard)
