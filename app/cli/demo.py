"""``focalpoint demo``: load the demo programme (idempotent)."""

from __future__ import annotations

import argparse

from app.cli import Context, emit, registrar

#: How the added records are named in the summary, in the order they are listed.
NOUNS = {
    "mission": "missions", "focal_point": "focal points", "partner_entity": "partner entities",
    "assessment": "assessments", "assessment_entity": "assessed-entity links",
    "finding": "findings", "initiative": "initiatives",
    "activity": "activities", "activity_day": "activity days", "participant": "participants",
    "attendance": "attendance records", "lesson": "lessons",
}


def summary(added: dict[str, int]) -> str:
    """One sentence saying what the demo added (or that it was already there)."""
    total = sum(added.values())
    if not total:
        return "The demo programme is already loaded; nothing was added."
    parts = [f"{added[table]} {noun}" for table, noun in NOUNS.items() if added.get(table)]
    return f"Loaded the demo programme: {', '.join(parts)} ({total} records in all)."


def _demo(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.demo import load_demo

    ws = ctx.workspace()
    try:
        added = load_demo(ws)
    finally:
        ws.close()
    emit(args, {"added": added, "total": sum(added.values())}, summary(added))
    return 0


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="load the demo programme (running it again adds nothing)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_demo)
