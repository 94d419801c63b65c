"""Core commands: init, stats, list, db check|backup|restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import Context, emit, registrar, table_text
from app.services import admin

LIST_COLUMNS = {
    "activities": ["id", "kind", "title", "start_date", "end_date", "venue_city",
                   "owner_mission"],
    "participants": ["id", "full_name", "sex", "category", "organisation", "country"],
    "attendance": ["id", "activity_id", "participant_id", "role", "pre_score", "post_score"],
    "assessments": ["id", "title", "status", "start_date", "owner_mission"],
    "findings": ["id", "thematic_area", "severity", "title"],
    "initiatives": ["id", "title", "status", "start_date", "end_date", "owner_mission"],
    "lessons": ["id", "kind", "thematic_area", "title"],
    "focal-points": ["id", "full_name", "role", "email"],
    "entities": ["id", "acronym", "name", "country", "sector"],
    "missions": ["id", "code", "name", "mission_type"],
    "activity-days": ["id", "activity_id", "day_date", "label"],
    "nodes": ["id", "kind", "name", "mission_code", "is_self", "trusted", "sign_kid"],
    "imports": ["bundle_id", "peer_node_id", "seq", "status", "reason", "at"],
    "exports": ["bundle_id", "peer_node_id", "seq", "status", "file_path", "at"],
    "conflicts": ["id", "table_name", "record_id", "field", "status", "incoming_by"],
}


def _init(ctx: Context, args: argparse.Namespace) -> int:
    from app.services.workspace import init_node

    ws = init_node(ctx.paths, kind=args.kind, name=args.name, mission=args.mission,
                   operator=args.operator or ctx.operator or args.name, db_url=ctx.db_url)
    try:
        _after_init(ctx, ws, args)
        node = ws.node
        data = {"node_id": node.id, "kind": node.kind, "name": node.name,
                "mission": node.mission_code, "home": str(ctx.paths.home)}
    finally:
        ws.close()
    emit(args, data, f"Initialised the {data['kind']} node '{data['name']}' "
                     f"({data['node_id']}) in {data['home']}.")
    return 0


def _after_init(ctx: Context, ws: object, args: argparse.Namespace) -> None:
    """Hooks other areas add to init (the sync area makes the node's keys)."""
    for hook in INIT_HOOKS:
        hook(ctx, ws, args)


INIT_HOOKS: list = []


def _stats(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        data = admin.stats(ws)
    finally:
        ws.close()
    emit(args, data, lambda: "\n".join(f"{k:<18} {v}" for k, v in data.items()))
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        rows = admin.list_table(ws, args.table)
    finally:
        ws.close()
    emit(args, rows, lambda: table_text(rows, LIST_COLUMNS.get(args.table, ["id"])))
    return 0


def _db(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    try:
        if args.action == "check":
            data = admin.check(ws)
            text = ("The database is sound." if data["ok"] else
                    "Problems found: " + "; ".join(data["problems"]))
            emit(args, data, text)
            return 0 if data["ok"] else 1
        if args.action == "backup":
            data = admin.backup(ws, Path(args.out))
            emit(args, data, f"Backed up to {data['backup']}.")
            return 0
        data = admin.restore(ws, Path(args.file))
        emit(args, data, f"Restored {data['restored']}; the database it replaced is kept as "
                         f"{data['previous_database_saved_as']}.")
        return 0
    finally:
        ws.close()


@registrar
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="make this folder a FocalPoint node")
    p.add_argument("--kind", required=True, choices=["field", "hq"])
    p.add_argument("--name", required=True)
    p.add_argument("--mission", help="mission code (field nodes), e.g. MONUSCO")
    p.add_argument("--operator", dest="operator", default="", help="operator name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_init)

    p = sub.add_parser("stats", help="record counts per table")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stats)

    p = sub.add_parser("list", help="list the records of a table")
    p.add_argument("table", choices=[*admin.RECORD_LISTS, *admin.OTHER_LISTS])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    p = sub.add_parser("db", help="check, back up or restore the database")
    dsub = p.add_subparsers(dest="action", required=True)
    q = dsub.add_parser("check", help="integrity and schema check")
    q.add_argument("--json", action="store_true")
    q = dsub.add_parser("backup", help="copy the live database to a file")
    q.add_argument("--out", required=True)
    q.add_argument("--json", action="store_true")
    q = dsub.add_parser("restore", help="replace the database by a backup file")
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    p.set_defaults(handler=_db)
