"""The overview's first figures, read straight from the SQLite file with the standard
library only (no SQLAlchemy, no services), so the window can show them while the core
is still loading.

Read-only (``mode=ro``) and strictly a shortcut: the figures are exactly those of
``app.services.overview.overview`` and ``app.services.sync_status.summary`` (a test
compares them), and anything unexpected - a database other than a SQLite file, a schema
revision not in :data:`SCHEMA_REVISIONS`, a damaged or locked file - gives ``None``, and
the normal path (which reports errors) takes over.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Schema revisions whose tables and columns these queries read correctly (0002 only
#: dropped indexes). ``app.store.db.SCHEMA_HEAD`` must be one of them (a test checks):
#: whoever adds a migration checks the queries below and adds its revision here.
SCHEMA_REVISIONS = ("0001", "0002")
#: Synchronised tables (``app.store.models.MODEL_BY_TABLE``, same order; a test checks).
SYNCED_TABLES = ("mission", "focal_point", "partner_entity", "lesson", "initiative",
                 "assessment", "assessment_entity", "finding", "activity", "activity_day",
                 "participant", "attendance")
#: Tables headquarters relays to every mission (``sync_export.NETWORK_WIDE_TABLES``).
NETWORK_WIDE_TABLES = ("mission", "focal_point", "partner_entity", "lesson")
ACTIVITY_COLUMNS = ("title", "kind", "start_date", "end_date", "venue_city", "owner_mission")
LIMIT = 8
BUSY_TIMEOUT_S = 0.2  # a writer holding the file: give up quickly, the worker will read


def sqlite_file(url: str) -> Path | None:
    """The database file of a ``sqlite:///`` URL (None for any other database)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url or "?" in url:
        return None
    return Path(url[len(prefix):])


def read(url: str, today: dt.date | None = None) -> dict[str, Any] | None:
    """``{"overview": ..., "sync": ...}`` for the node at ``url``, or None when the quick
    read does not apply or fails (the caller then waits for the services)."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        if _revision(conn) not in SCHEMA_REVISIONS:
            return None
        node = _self_node(conn)
        if node is None:
            return None
        return {"overview": _overview(conn, node, today or dt.date.today()),
                "sync": _sync_summary(conn)}
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("Quick overview read skipped: %s", type(exc).__name__)
        return None
    finally:
        conn.close()


def _revision(conn: sqlite3.Connection) -> str | None:
    found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                         "AND name = 'alembic_version'").fetchone()
    if found is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _self_node(conn: sqlite3.Connection) -> dict[str, Any] | None:
    row = conn.execute("SELECT name, kind, mission_code FROM node WHERE is_self IS 1 "
                       "LIMIT 1").fetchone()
    return None if row is None else {"name": row[0], "kind": row[1], "mission": row[2]}


def _overview(conn: sqlite3.Connection, node: dict[str, Any], today: dt.date
              ) -> dict[str, Any]:
    """What ``services.overview.overview`` returns."""
    counts = {table: conn.execute(f"SELECT count(*) FROM {table} "
                                  "WHERE deleted IS 0").fetchone()[0] or 0
              for table in SYNCED_TABLES}
    sexes = conn.execute("SELECT sex, count(*) FROM participant WHERE deleted IS 0 "
                         "GROUP BY sex").fetchall()
    columns = ", ".join(("id", *ACTIVITY_COLUMNS))
    recent = conn.execute(f"SELECT {columns} FROM activity WHERE deleted IS 0 "
                          "AND end_date < ? ORDER BY end_date DESC LIMIT ?",
                          (today.isoformat(), LIMIT)).fetchall()
    upcoming = conn.execute(f"SELECT {columns} FROM activity WHERE deleted IS 0 "
                            "AND end_date >= ? ORDER BY start_date ASC LIMIT ?",
                            (today.isoformat(), LIMIT)).fetchall()
    people = _attendance_counts(conn, [r[0] for r in recent + upcoming])
    return {
        "node": node,
        "counts": counts,
        "participants_by_sex": {str(sex): int(n) for sex, n in sexes},
        "recent": [_activity_row(r, people) for r in recent],
        "upcoming": [_activity_row(r, people) for r in upcoming],
    }


def _attendance_counts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT activity_id, count(*) FROM attendance "
                        f"WHERE activity_id IN ({marks}) AND deleted IS 0 "
                        "GROUP BY activity_id", ids).fetchall()
    return dict(rows)


def _activity_row(row: tuple[Any, ...], people: dict[str, int]) -> dict[str, Any]:
    values = dict(zip(ACTIVITY_COLUMNS, row[1:], strict=True))
    for name in ("start_date", "end_date"):  # a Date column: checked like SQLAlchemy reads it
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name]).isoformat()
    return {"id": row[0], **values, "participants": people.get(row[0], 0)}


def _timestamp(text: str | None) -> str | None:
    """A stored DateTime as ``serialize.to_json`` gives it (RFC 3339, UTC, ``Z``)."""
    if text is None:
        return None
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _sync_summary(conn: sqlite3.Connection) -> dict[str, Any]:
    """What ``services.sync_status.summary`` returns."""
    nodes = conn.execute(
        "SELECT id, name, kind, mission_code, trusted, revoked_at, last_imported_at, "
        "last_export_at, last_export_seq, acked_seq FROM node WHERE is_self IS 0 "
        "ORDER BY name").fetchall()
    peers = []
    for (node_id, name, kind, mission, trusted, revoked_at, imported_at, exported_at,
         export_seq, acked_seq) in nodes:
        if not trusted or revoked_at is not None:
            continue
        peers.append({
            "node_id": node_id, "name": name,
            "last_imported_at": _timestamp(imported_at),
            "last_export_at": _timestamp(exported_at),
            "waiting": _waiting(conn, node_id, kind, mission, acked_seq),
            "unconfirmed": export_seq > acked_seq,
        })
    conflicts = conn.execute("SELECT count(*) FROM conflict WHERE status = 'open'").fetchone()
    return {"peers": peers, "waiting": sum(p["waiting"] for p in peers),
            "conflicts": int(conflicts[0] or 0)}


def _waiting(conn: sqlite3.Connection, peer_id: str, kind: str, mission: str | None,
             acked_seq: int) -> int:
    """Changes the next bundle to this peer would carry (``sync_status._waiting``)."""
    watermark = 0
    if acked_seq > 0:
        row = conn.execute("SELECT max(max_change_id) FROM bundle_log WHERE direction = "
                           "'export' AND peer_node_id = ? AND seq <= ?",
                           (peer_id, acked_seq)).fetchone()
        watermark = int(row[0] or 0)
    sql = ("SELECT count(*) FROM change_log WHERE id > ? AND origin != ? "
           "AND (received_from IS NULL OR received_from != ?)")
    args: list[Any] = [watermark, peer_id, peer_id]
    if kind != "hq":
        wide = ", ".join("?" * len(NETWORK_WIDE_TABLES))
        route = f"table_name IN ({wide})"
        args.extend(NETWORK_WIDE_TABLES)
        if mission:
            route += " OR owner_mission = ?"
            args.append(mission)
        sql += f" AND ({route})"
    return int(conn.execute(sql, args).fetchone()[0] or 0)
