"""The programme dashboard: indicators for a period and a mission, computed in SQL.

The figures follow the programme report's definitions (``reporting.programme_data``):

- activities count when they *start* in the period; trainings are activities of kind
  ``training``, events every other kind;
- beneficiaries are distinct participants registered with the role ``participant``
  in those activities (trainers, facilitators, observers, organisers are not counted);
- the knowledge gain is the average of post-test minus pre-test over the beneficiaries'
  registrations that have both scores;
- assessments count when they are dated in the period (start date, else end date);
  their findings make the heat map (thematic area x severity); a finding is answered
  when it is linked to an initiative;
- lessons count when they were shared in the period;
- a mission is active when it has an activity, an assessment, a running initiative or a
  shared lesson in the period.

Every figure comes from aggregate queries (GROUP BY / COUNT DISTINCT) in the database;
Python never walks records - it only adds up the cells of the small beneficiary cube
(see :func:`_beneficiaries`). :func:`records_behind` lists the records behind any figure,
for the dashboard's click-through.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError, ValidationError
from app.domain.i18n import message
from app.services.workspace import Workspace
from app.store.models import (
    Activity,
    Assessment,
    Attendance,
    Finding,
    Initiative,
    Lesson,
    Mission,
    Participant,
)
from app.store.serialize import to_json

log = logging.getLogger(__name__)

BENEFICIARY_ROLE = "participant"
TRAINING = "training"
#: Beneficiary breakdowns: figure name -> participant column.
DIMENSIONS = {
    "sex": Participant.sex,
    "category": Participant.category,
    "actor_type": Participant.actor_type,
    "country": Participant.country,
}
#: Most rows a click-through returns (the dialog says when there are more).
BEHIND_LIMIT = 2000


@dataclass(frozen=True)
class Filters:
    """The dashboard's scope: a period (inclusive dates) and optionally one mission code."""

    mission: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class _Scope:
    mission_id: str | None
    date_from: dt.date | None
    date_to: dt.date | None


def _resolve(s: Session, filters: Filters) -> _Scope:
    """Check the filters; the mission code becomes its id."""
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ValidationError({"from": message("The start of the period is after its end")},
                              "dashboard", "made")
    mission_id = None
    if filters.mission:
        mission_id = s.scalar(select(Mission.id).where(
            Mission.code == filters.mission.upper(), Mission.deleted.is_(False)))
        if mission_id is None:
            raise NotFoundError(message("No mission with code {mission}; choose one of the "
                                        "missions listed by 'focalpoint list missions'.",
                                        mission=filters.mission))
    return _Scope(mission_id, filters.date_from, filters.date_to)


def _period(column: Any, scope: _Scope) -> list[Any]:
    conds = []
    if scope.date_from:
        conds.append(column >= scope.date_from)
    if scope.date_to:
        conds.append(column <= scope.date_to)
    return conds


def _mission(column: Any, scope: _Scope) -> list[Any]:
    return [column == scope.mission_id] if scope.mission_id else []


def _activity_where(scope: _Scope) -> list[Any]:
    return [Activity.deleted.is_(False), *_period(Activity.start_date, scope),
            *_mission(Activity.mission_id, scope)]


def _assessment_date() -> Any:
    return func.coalesce(Assessment.start_date, Assessment.end_date)


def _assessment_where(scope: _Scope) -> list[Any]:
    return [Assessment.deleted.is_(False), *_period(_assessment_date(), scope),
            *_mission(Assessment.mission_id, scope)]


def _finding_where(scope: _Scope) -> list[Any]:
    return [Finding.deleted.is_(False), *_assessment_where(scope)]


def _lesson_where(scope: _Scope) -> list[Any]:
    return [Lesson.deleted.is_(False), Lesson.date_shared.is_not(None),
            *_period(Lesson.date_shared, scope), *_mission(Lesson.mission_id, scope)]


def _initiative_where(scope: _Scope) -> list[Any]:
    where = [Initiative.deleted.is_(False), *_mission(Initiative.mission_id, scope)]
    if scope.date_to:
        where.append(or_(Initiative.start_date.is_(None), Initiative.start_date <= scope.date_to))
    if scope.date_from:
        where.append(or_(Initiative.end_date.is_(None), Initiative.end_date >= scope.date_from))
    return where


def _beneficiary_rows(scope: _Scope) -> list[Any]:
    return [*_activity_where(scope), Attendance.deleted.is_(False),
            Participant.deleted.is_(False), Attendance.role == BENEFICIARY_ROLE]


def _from_attendance(stmt: Select) -> Select:
    return (stmt.select_from(Attendance)
            .join(Activity, Activity.id == Attendance.activity_id)
            .join(Participant, Participant.id == Attendance.participant_id))


# --- the indicators ----------------------------------------------------------------------


def _activities(s: Session, scope: _Scope) -> dict[str, int]:
    rows = s.execute(select(Activity.kind, func.count(Activity.id))
                     .where(*_activity_where(scope)).group_by(Activity.kind))
    return {str(kind): int(n) for kind, n in rows}


def _beneficiary_ids(scope: _Scope) -> Select:
    """Ids of the people registered as beneficiaries in the activities in scope."""
    return (select(Attendance.participant_id)
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(*_activity_where(scope), Attendance.deleted.is_(False),
                   Attendance.role == BENEFICIARY_ROLE))


def _beneficiaries(s: Session, scope: _Scope) -> dict[str, Any]:
    """Distinct beneficiaries in total and per dimension, with the knowledge gain.

    One GROUP BY over the distinct beneficiaries by all four dimensions at once (a small
    cube: sexes x categories x state/non-state x countries); each person is in exactly
    one cell, so the totals per dimension are sums of cells. This reads the attendance
    table once instead of once per dimension."""
    columns = list(DIMENSIONS.values())
    cube = s.execute(select(*columns, func.count()).where(
        Participant.deleted.is_(False), Participant.id.in_(_beneficiary_ids(scope)))
        .group_by(*columns)).all()
    gain = Attendance.post_score - Attendance.pre_score
    both = Attendance.pre_score.is_not(None) & Attendance.post_score.is_not(None)
    pairs, gain_avg = s.execute(_from_attendance(select(
        func.count(case((both, 1))), func.avg(case((both, gain)))))
        .where(*_beneficiary_rows(scope))).one()
    out: dict[str, Any] = {"total": sum(int(row[-1]) for row in cube),
                           "score_pairs": int(pairs or 0),
                           "knowledge_gain": float(gain_avg) if gain_avg is not None else None}
    for i, name in enumerate(DIMENSIONS):
        sums: dict[str, int] = {}
        for row in cube:
            key = str(row[i] or "")
            sums[key] = sums.get(key, 0) + int(row[-1])
        out[name] = sums
    return out


def _findings(s: Session, scope: _Scope) -> dict[str, Any]:
    rows = s.execute(
        select(Finding.thematic_area, Finding.severity, func.count(Finding.id),
               func.count(Finding.initiative_id))
        .join(Assessment, Assessment.id == Finding.assessment_id)
        .where(*_finding_where(scope)).group_by(Finding.thematic_area, Finding.severity)).all()
    total = sum(int(n) for _a, _s, n, _i in rows)
    answered = sum(int(i) for _a, _s, _n, i in rows)
    return {"heat": [{"thematic_area": a, "severity": sev, "count": int(n)}
                     for a, sev, n, _i in rows],
            "total": total, "answered": answered,
            "answered_share": answered / total if total else None}


def _missions_active(s: Session, scope: _Scope) -> int:
    """Distinct missions with an activity, assessment, running initiative or shared lesson."""
    parts = union_all(
        select(Activity.mission_id.label("m")).where(*_activity_where(scope)),
        select(Assessment.mission_id.label("m")).where(*_assessment_where(scope)),
        select(Initiative.mission_id.label("m")).where(*_initiative_where(scope)),
        select(Lesson.mission_id.label("m")).where(*_lesson_where(scope)),
    ).subquery()
    return int(s.scalar(
        select(func.count(func.distinct(Mission.id)))
        .join(parts, parts.c.m == Mission.id).where(Mission.deleted.is_(False))) or 0)


def _count(s: Session, column: Any, where: list[Any]) -> int:
    return int(s.scalar(select(func.count(column)).where(*where)) or 0)


def indicators(ws: Workspace, filters: Filters | None = None) -> dict[str, Any]:
    """Every figure the dashboard shows, as plain data (see the module docstring)."""
    filters = filters or Filters()
    with ws.session() as s:
        scope = _resolve(s, filters)
        kinds = _activities(s, scope)
        people = _beneficiaries(s, scope)
        women = people["sex"].get("f", 0)
        data = {
            "filters": {"mission": filters.mission.upper() if filters.mission else None,
                        "date_from": to_json(filters.date_from),
                        "date_to": to_json(filters.date_to)},
            "activities": {"total": sum(kinds.values()), "trainings": kinds.get(TRAINING, 0),
                           "events": sum(n for k, n in kinds.items() if k != TRAINING),
                           "by_kind": kinds},
            "beneficiaries": people,
            "women_share": women / people["total"] if people["total"] else None,
            "assessments": _count(s, Assessment.id, _assessment_where(scope)),
            "findings": _findings(s, scope),
            "initiatives": _count(s, Initiative.id, _initiative_where(scope)),
            "lessons": _count(s, Lesson.id, _lesson_where(scope)),
            "missions_active": _missions_active(s, scope),
            "missions_total": _count(s, Mission.id, [Mission.deleted.is_(False)]),
        }
    log.info("Dashboard computed: %d activities, %d beneficiaries",
             data["activities"]["total"], people["total"])
    return data


def mission_choices(ws: Workspace) -> list[tuple[str, str]]:
    """(code, name) of every live mission, for the dashboard's mission filter."""
    with ws.session() as s:
        return [(c, n) for c, n in s.execute(select(Mission.code, Mission.name).where(
            Mission.deleted.is_(False)).order_by(Mission.code))]


# --- the records behind a figure ---------------------------------------------------------

#: Figures with a click-through, and the table their records come from.
BEHIND_TABLES = {
    "activities": "activity", "trainings": "activity", "events": "activity",
    "beneficiaries": "participant", "knowledge_gain": "attendance",
    "assessments": "assessment", "findings": "finding", "findings_answered": "finding",
    "initiatives": "initiative", "lessons": "lesson", "missions_active": "mission",
}


def _activities_behind(scope: _Scope, figure: str, key: dict[str, str]) -> Select:
    where = _activity_where(scope)
    if figure == "trainings":
        where.append(Activity.kind == TRAINING)
    elif figure == "events":
        where.append(Activity.kind != TRAINING)
    if "kind" in key:
        where.append(Activity.kind == key["kind"])
    return (select(Activity.id, Activity.title, Activity.kind, Activity.start_date,
                   Activity.end_date, Activity.venue_city, Activity.owner_mission)
            .where(*where).order_by(Activity.start_date, Activity.title))


def _beneficiaries_behind(scope: _Scope, key: dict[str, str]) -> Select:
    where = [Participant.deleted.is_(False), Participant.id.in_(_beneficiary_ids(scope))]
    for name, column in DIMENSIONS.items():
        if name in key:
            where.append(column == key[name] if key[name] else column.is_(None))
    return (select(Participant.id, Participant.full_name, Participant.sex, Participant.category,
                   Participant.actor_type, Participant.country, Participant.organisation)
            .where(*where).order_by(Participant.full_name, Participant.id))


def _gain_behind(scope: _Scope) -> Select:
    return (_from_attendance(select(
        Attendance.id, Attendance.activity_id, Participant.full_name,
        Activity.title.label("activity"),
        Attendance.pre_score, Attendance.post_score,
        (Attendance.post_score - Attendance.pre_score).label("gain")))
        .where(*_beneficiary_rows(scope), Attendance.pre_score.is_not(None),
               Attendance.post_score.is_not(None))
        .order_by(Activity.start_date, Participant.full_name))


def _findings_behind(scope: _Scope, figure: str, key: dict[str, str]) -> Select:
    where = _finding_where(scope)
    if figure == "findings_answered":
        where.append(Finding.initiative_id.is_not(None))
    for name in ("thematic_area", "severity"):
        if name in key:
            where.append(getattr(Finding, name) == key[name])
    return (select(Finding.id, Finding.assessment_id, Finding.title, Finding.thematic_area,
                   Finding.severity,
                   Assessment.title.label("assessment"), Initiative.title.label("initiative"),
                   Finding.owner_mission)
            .join(Assessment, Assessment.id == Finding.assessment_id)
            .outerjoin(Initiative, Initiative.id == Finding.initiative_id)
            .where(*where).order_by(Finding.thematic_area, Finding.severity, Finding.title))


def _missions_behind(scope: _Scope) -> Select:
    parts = union_all(
        select(Activity.mission_id.label("m"), literal(1).label("x"))
        .where(*_activity_where(scope)),
        select(Assessment.mission_id, literal(1)).where(*_assessment_where(scope)),
        select(Initiative.mission_id, literal(1)).where(*_initiative_where(scope)),
        select(Lesson.mission_id, literal(1)).where(*_lesson_where(scope)),
    ).subquery()
    return (select(Mission.id, Mission.code, Mission.name, Mission.mission_type)
            .where(Mission.deleted.is_(False), Mission.id.in_(select(parts.c.m)))
            .order_by(Mission.code))


def _behind_statement(scope: _Scope, figure: str, key: dict[str, str]) -> Select:
    """The query listing the records behind ``figure`` (narrowed by ``key``)."""
    if BEHIND_TABLES[figure] == "activity":
        return _activities_behind(scope, figure, key)
    if figure == "beneficiaries":
        return _beneficiaries_behind(scope, key)
    if figure == "knowledge_gain":
        return _gain_behind(scope)
    if figure in ("findings", "findings_answered"):
        return _findings_behind(scope, figure, key)
    if figure == "assessments":
        return (select(Assessment.id, Assessment.title, Assessment.status, Assessment.method,
                       Assessment.start_date, Assessment.end_date, Assessment.owner_mission)
                .where(*_assessment_where(scope)).order_by(_assessment_date(), Assessment.title))
    if figure == "initiatives":
        return (select(Initiative.id, Initiative.title, Initiative.status,
                       Initiative.start_date, Initiative.end_date, Initiative.owner_mission)
                .where(*_initiative_where(scope)).order_by(Initiative.title))
    if figure == "lessons":
        return (select(Lesson.id, Lesson.title, Lesson.kind, Lesson.thematic_area,
                       Lesson.date_shared, Lesson.owner_mission)
                .where(*_lesson_where(scope)).order_by(Lesson.date_shared, Lesson.title))
    return _missions_behind(scope)


def records_behind(ws: Workspace, figure: str, filters: Filters | None = None,
                   key: dict[str, str] | None = None,
                   limit: int = BEHIND_LIMIT) -> dict[str, Any]:
    """The records behind one dashboard figure, e.g. ``("beneficiaries", key={"sex": "f"})``
    or ``("findings", key={"thematic_area": ..., "severity": ...})``: their table, up to
    ``limit`` rows as plain dicts (with ``id``), and whether there are more."""
    if figure not in BEHIND_TABLES:
        raise NotFoundError(message("The dashboard has no figure called {figure}; choose "
                                    "one of {figures}.",
                                    figure=figure, figures=", ".join(sorted(BEHIND_TABLES))))
    with ws.session() as s:
        scope = _resolve(s, filters or Filters())
        result = s.execute(_behind_statement(scope, figure, key or {}).limit(limit + 1))
        names = list(result.keys())
        rows = [{n: to_json(v) for n, v in zip(names, row, strict=True)} for row in result]
    more = len(rows) > limit
    log.info("Records behind %s: %d rows", figure, min(len(rows), limit))
    return {"figure": figure, "table": BEHIND_TABLES[figure], "rows": rows[:limit],
            "more": more}
