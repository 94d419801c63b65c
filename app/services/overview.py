"""The overview page's figures: record counts, recent and upcoming activities."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from app.services import records
from app.services.workspace import Workspace
from app.store.models import Activity, Attendance, Participant
from app.store.serialize import to_json

ACTIVITY_COLUMNS = ("title", "kind", "start_date", "end_date", "venue_city", "owner_mission")


def _activity_row(activity: Activity, participants: int) -> dict[str, Any]:
    row = {name: to_json(getattr(activity, name)) for name in ACTIVITY_COLUMNS}
    return {"id": activity.id, **row, "participants": participants}


def _attendance_counts(session: Any, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    stmt = (select(Attendance.activity_id, func.count()).where(
        Attendance.activity_id.in_(ids), Attendance.deleted.is_(False))
        .group_by(Attendance.activity_id))
    return dict(session.execute(stmt).all())


def activities_around(ws: Workspace, today: dt.date | None = None, limit: int = 8
                      ) -> dict[str, list[dict[str, Any]]]:
    """Activities that ended lately (``recent``, newest first) and those still to come or
    under way (``upcoming``, soonest first), each with its number of registered people."""
    today = today or dt.date.today()
    live = Activity.deleted.is_(False)
    with ws.session() as s:
        recent = list(s.scalars(select(Activity).where(live, Activity.end_date < today)
                                .order_by(Activity.end_date.desc()).limit(limit)))
        upcoming = list(s.scalars(select(Activity).where(live, Activity.end_date >= today)
                                  .order_by(Activity.start_date.asc()).limit(limit)))
        counts = _attendance_counts(s, [a.id for a in recent + upcoming])
        return {"recent": [_activity_row(a, counts.get(a.id, 0)) for a in recent],
                "upcoming": [_activity_row(a, counts.get(a.id, 0)) for a in upcoming]}


def participants_by_sex(ws: Workspace) -> dict[str, int]:
    """Live participants per sex code."""
    with ws.session() as s:
        rows = s.execute(select(Participant.sex, func.count()).where(
            Participant.deleted.is_(False)).group_by(Participant.sex)).all()
        return {str(sex): int(n) for sex, n in rows}


def overview(ws: Workspace, today: dt.date | None = None) -> dict[str, Any]:
    """Everything the overview page shows, as plain data."""
    node = ws.node
    return {
        "node": {"name": node.name, "kind": node.kind, "mission": node.mission_code},
        "counts": records.counts(ws),
        "participants_by_sex": participants_by_sex(ws),
        **activities_around(ws, today),
    }
