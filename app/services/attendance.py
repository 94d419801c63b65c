"""Participants and their attendance: registration, presence per day, scores.

A person who attends several activities is one participant. Likely duplicates
(same name, in any order, and same organisation; accents and case ignored) are
reported, not silently created twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.errors import DuplicateError, ValidationError
from app.domain.i18n import message
from app.domain.vocab import fold
from app.services import records
from app.services.records import Rules
from app.services.workspace import Tx, Workspace
from app.store.models import (
    Activity,
    ActivityDay,
    Attendance,
    Participant,
    PartnerEntity,
    SyncedRecord,
)
from app.store.serialize import record_dict


def name_key(full_name: str, organisation: str) -> str:
    """Order-, case- and accent-insensitive key of a name and an organisation."""
    return " ".join(sorted(fold(full_name).split())) + "|" + fold(organisation)


def _organisation(tx: Tx, values: dict[str, Any], record: SyncedRecord | None) -> str:
    org = values.get("organisation", getattr(record, "organisation", "")) or ""
    entity_id = values.get("entity_id", getattr(record, "entity_id", None))
    if not org and entity_id:
        entity = tx.session.get(PartnerEntity, entity_id)
        org = entity.name if entity else ""
    return org


def _check_participant(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
                       errors: dict[str, str]) -> None:
    if errors or not ({"full_name", "organisation", "entity_id"} & set(values)):
        return
    name = values.get("full_name", getattr(record, "full_name", ""))
    values["name_key"] = name_key(name, _organisation(tx, values, record))


def _participant_owner(tx: Tx, values: dict[str, Any], record: SyncedRecord | None
                       ) -> str | None:
    return tx.mission_code


def _attendance_owner(tx: Tx, values: dict[str, Any], record: SyncedRecord | None
                      ) -> str | None:
    activity = tx.session.get(Activity, values.get("activity_id"))
    return activity.owner_mission if activity else tx.mission_code


def _check_attendance(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
                      errors: dict[str, str]) -> None:
    activity_id = values.get("activity_id", getattr(record, "activity_id", None))
    if "days_present" in values and activity_id and "days_present" not in errors:
        valid = set(tx.session.scalars(select(ActivityDay.id).where(
            ActivityDay.activity_id == activity_id, ActivityDay.deleted.is_(False))))
        unknown = [d for d in values["days_present"] if d not in valid]
        if unknown:
            errors["days_present"] = message("A day is not one of this activity's days")
    if record is None and not errors:
        existing = tx.session.scalars(select(Attendance).where(
            Attendance.activity_id == values["activity_id"],
            Attendance.participant_id == values["participant_id"])).first()
        if existing is not None and not existing.deleted:
            errors["participant_id"] = message("This person is already registered for the activity")


records.register("participant", Rules("participant", check=_check_participant,
                                      owner=_participant_owner))
records.register("attendance", Rules("attendance", check=_check_attendance,
                                     owner=_attendance_owner))


def likely_duplicates_in(tx: Tx, full_name: str, organisation: str = "",
                         entity_id: str | None = None) -> list[Participant]:
    """Participants with the same name (any order) and organisation."""
    org = organisation
    if not org and entity_id:
        entity = tx.session.get(PartnerEntity, entity_id)
        org = entity.name if entity else ""
    key = name_key(full_name, org)
    return list(tx.session.scalars(select(Participant).where(
        Participant.name_key == key, Participant.deleted.is_(False))))


def likely_duplicates(ws: Workspace, full_name: str, organisation: str = "",
                      entity_id: str | None = None) -> list[dict[str, Any]]:
    with ws.transaction() as tx:
        return [record_dict(p) for p in likely_duplicates_in(tx, full_name, organisation,
                                                             entity_id)]


def create_participant_in(tx: Tx, data: dict[str, Any], *, allow_duplicate: bool = False,
                          owner_mission: str | None = None) -> Participant:
    if not allow_duplicate and data.get("full_name"):
        dups = likely_duplicates_in(tx, str(data["full_name"]),
                                    str(data.get("organisation") or ""),
                                    data.get("entity_id"))
        if dups:
            raise DuplicateError(
                message("A participant named {name} of the same organisation already exists; "
                        "register that person instead, or confirm this is someone else.",
                        name=dups[0].full_name),
                [record_dict(p) for p in dups])
    record = records.create_in(tx, "participant", data, owner_mission=owner_mission)
    assert isinstance(record, Participant)
    return record


def create_participant(ws: Workspace, data: dict[str, Any], *,
                       allow_duplicate: bool = False) -> dict[str, Any]:
    """Create a participant; raises DuplicateError for a likely duplicate."""
    with ws.transaction() as tx:
        return record_dict(create_participant_in(tx, data, allow_duplicate=allow_duplicate))


def register_in(tx: Tx, activity_id: str, participant_id: str, role: str = "participant",
                **extra: Any) -> Attendance:
    record = records.create_in(tx, "attendance", {
        "activity_id": activity_id, "participant_id": participant_id, "role": role, **extra})
    assert isinstance(record, Attendance)
    return record


def register(ws: Workspace, activity_id: str, participant_id: str, role: str = "participant",
             **extra: Any) -> dict[str, Any]:
    """Register an existing participant for an activity."""
    with ws.transaction() as tx:
        return record_dict(register_in(tx, activity_id, participant_id, role, **extra))


def add_walk_in(ws: Workspace, activity_id: str, data: dict[str, Any], *,
                role: str = "participant", allow_duplicate: bool = False) -> dict[str, Any]:
    """Create a participant at the door and register them, in one transaction."""
    with ws.transaction() as tx:
        activity = tx.get(Activity, activity_id, "activity")
        person = create_participant_in(tx, data, allow_duplicate=allow_duplicate,
                                       owner_mission=activity.owner_mission)
        attendance = register_in(tx, activity_id, person.id, role)
        return {"participant": record_dict(person), "attendance": record_dict(attendance)}


def set_presence(ws: Workspace, attendance_id: str, day_id: str, present: bool
                 ) -> dict[str, Any]:
    """Tick or untick one day of one attendance."""
    with ws.transaction() as tx:
        record = tx.get(Attendance, attendance_id, "attendance")
        days = list(record.days_present or [])
        if present and day_id not in days:
            days.append(day_id)
        elif not present and day_id in days:
            days.remove(day_id)
        return record_dict(records.update_in(tx, "attendance", attendance_id,
                                             {"days_present": days}))


def update_attendance(ws: Workspace, attendance_id: str, data: dict[str, Any]
                      ) -> dict[str, Any]:
    """Change role, scores, certificate or commitment of one attendance."""
    if {"activity_id", "participant_id"} & set(data):
        raise ValidationError({"participant_id": message("Register the person again instead "
                                                         "of moving an attendance")}, "attendance")
    return records.update(ws, "attendance", attendance_id, data)


def attendance_of(ws: Workspace, activity_id: str) -> list[dict[str, Any]]:
    """The activity's attendance rows, each with its participant, by name."""
    with ws.session() as s:
        rows = s.execute(
            select(Attendance, Participant).join(
                Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.activity_id == activity_id, Attendance.deleted.is_(False))
            .order_by(Participant.full_name)).all()
        return [{**record_dict(a), "participant": record_dict(p)} for a, p in rows]


def history_of(ws: Workspace, participant_id: str) -> list[dict[str, Any]]:
    """Every activity a participant attended, most recent first."""
    with ws.session() as s:
        rows = s.execute(
            select(Attendance, Activity).join(Activity, Activity.id == Attendance.activity_id)
            .where(Attendance.participant_id == participant_id,
                   Attendance.deleted.is_(False), Activity.deleted.is_(False))
            .order_by(Activity.start_date.desc())).all()
        return [{**record_dict(a), "activity": record_dict(act)} for a, act in rows]
