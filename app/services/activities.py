"""Activities (trainings, conferences, workshops, code-of-conduct workshops, side
events, meetings) and their days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.domain.errors import ValidationError
from app.domain.i18n import message
from app.services import records
from app.services.records import Rules, dates_in_order, mission_owner
from app.services.workspace import Tx, Workspace
from app.store.models import Activity, ActivityDay, Attendance, SyncedRecord, stable_id
from app.store.serialize import record_dict

MAX_DAYS = 62


def _check_activity(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
                    errors: dict[str, str]) -> None:
    dates_in_order()(tx, values, record, errors)
    start = values.get("start_date", getattr(record, "start_date", None))
    end = values.get("end_date", getattr(record, "end_date", None))
    if "end_date" not in errors and start and end and (end - start).days >= MAX_DAYS:
        errors["end_date"] = message("An activity can span at most {days} days; split it",
                                     days=MAX_DAYS)


def days_of_in(tx: Tx, activity_id: str) -> list[ActivityDay]:
    return list(tx.session.scalars(
        select(ActivityDay).where(ActivityDay.activity_id == activity_id,
                                  ActivityDay.deleted.is_(False))
        .order_by(ActivityDay.day_date, ActivityDay.created_at)))


def _day_id(tx: Tx, activity_id: str, day: dt.date) -> str | None:
    """The id of an activity's day derives from the activity and the date, so two nodes
    that make the same activity (e.g. the demo) make the same days; None (a random id)
    when that id is already taken by a deleted day."""
    day_id = stable_id("activity_day", f"{activity_id}:{day.isoformat()}")
    return None if tx.session.get(ActivityDay, day_id) is not None else day_id


def _sync_days(tx: Tx, activity: SyncedRecord, _changed: list[str] | None = None) -> None:
    """One day per date from start to end: add the missing, drop those outside."""
    assert isinstance(activity, Activity)
    days = days_of_in(tx, activity.id)
    have = {d.day_date for d in days}
    current = activity.start_date
    while current <= activity.end_date:
        if current not in have:
            records.create_in(tx, "activity_day", {"activity_id": activity.id,
                                                   "day_date": current},
                              record_id=_day_id(tx, activity.id, current))
        current += dt.timedelta(days=1)
    outside = [d for d in days if not activity.start_date <= d.day_date <= activity.end_date]
    if not outside:
        return
    ids = {d.id for d in outside}
    marked = tx.session.scalars(select(Attendance).where(
        Attendance.activity_id == activity.id, Attendance.deleted.is_(False))).all()
    if any(ids & set(a.days_present or []) for a in marked):
        raise ValidationError({"end_date": message(
            "Attendance was recorded on a day outside the new dates; clear it first")},
            "activity")
    for day in outside:
        tx.delete(day)


def _after_update(tx: Tx, activity: SyncedRecord, changed: list[str]) -> None:
    if {"start_date", "end_date"} & set(changed):
        _sync_days(tx, activity)


records.register("activity", Rules("activity", check=_check_activity, owner=mission_owner,
                                   after_create=_sync_days, after_update=_after_update))


def _day_owner(tx: Tx, values: dict[str, Any], record: SyncedRecord | None) -> str | None:
    parent = tx.session.get(Activity, values.get("activity_id"))
    return parent.owner_mission if parent else tx.mission_code


records.register("activity_day", Rules("activity day", owner=_day_owner))


def create_activity(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    """Create an activity with one day per date of its span."""
    return records.create(ws, "activity", data)


def days_of(ws: Workspace, activity_id: str) -> list[dict[str, Any]]:
    with ws.transaction() as tx:
        return [record_dict(d) for d in days_of_in(tx, activity_id)]
