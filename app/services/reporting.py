"""Report use cases: gather plain data from the database, hand it to app.reports.

One function per report; each returns the path written. The GUI's Reports page and
the ``focalpoint report`` commands both call these. Figures are computed with SQL
aggregates where the data allows it (the programme report); an activity's attendance
rows are read in one query and summed by app.reports.stats (presence per day is a
JSON list per row).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError, ValidationError
from app.domain.i18n import message
from app.reports import assessment as assessment_pdf
from app.reports import attendance as attendance_pdf
from app.reports import data as rd
from app.reports import programme as programme_pdf
from app.reports import sign_in as sign_in_pdf
from app.reports import xlsx
from app.reports.i18n import Translate, identity, translator
from app.reports.output import check_target
from app.services.workspace import Workspace
from app.store.models import (
    Activity,
    ActivityDay,
    Assessment,
    AssessmentEntity,
    Attendance,
    Finding,
    Initiative,
    Lesson,
    Mission,
    Participant,
    PartnerEntity,
)

log = logging.getLogger(__name__)
BENEFICIARY_ROLE = "participant"


def _meta(ws: Workspace, pseudonymise: bool) -> rd.Meta:
    return rd.Meta(printed_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
                   node_name=ws.node.name, operator=ws.operator_name,
                   pseudonymise=pseudonymise)


def _hook(tr: Translate, lang: str | None) -> Translate:
    """The translation hook: ``lang`` ('fr', 'ar', 'ru', 'en') when given, else ``tr``."""
    return translator(lang) if lang else tr


def _mission_names(s: Session) -> dict[str, tuple[str, str]]:
    """mission id -> (code, name)."""
    return {mid: (code, name) for mid, code, name in
            s.execute(select(Mission.id, Mission.code, Mission.name))}


def _activity_info(s: Session, activity_id: str) -> rd.ActivityInfo:
    a = s.get(Activity, activity_id)
    if a is None or a.deleted:
        raise NotFoundError(message("No activity with id {activity_id}; check the id with "
                                    "'focalpoint list activities'.", activity_id=activity_id))
    code, name = _mission_names(s).get(a.mission_id, (a.owner_mission or "", ""))
    initiative = s.get(Initiative, a.initiative_id) if a.initiative_id else None
    return rd.ActivityInfo(
        id=a.id, title=a.title, kind=a.kind, mission_code=code, mission_name=name,
        start_date=a.start_date, end_date=a.end_date, venue_city=a.venue_city,
        venue_country=a.venue_country,
        initiative_title=initiative.title if initiative and not initiative.deleted else "",
        co_organisers=a.co_organisers, topics=a.topics, target_audience=a.target_audience,
        languages=tuple(a.languages or ()), description=a.description,
        coc_modules=tuple(a.coc_modules or ()), coc_commitments=a.coc_commitments,
        parties_represented=a.parties_represented, common_ground=a.common_ground,
        follow_up=a.follow_up)


def _people(s: Session, activity_ids: Sequence[str]) -> dict[str, list[rd.Person]]:
    """Attendance rows with their participant, per activity, in one query."""
    org = func.coalesce(func.nullif(Participant.organisation, ""), PartnerEntity.name, "")
    stmt = (select(Attendance.activity_id, Participant.id, Participant.full_name,
                   Participant.sex, Participant.category, org, Participant.position,
                   Participant.country, Participant.native_name, Participant.actor_type,
                   Attendance.role, Attendance.days_present, Attendance.pre_score,
                   Attendance.post_score, Attendance.certificate, Attendance.commitment_signed)
            .join(Participant, Participant.id == Attendance.participant_id)
            .outerjoin(PartnerEntity, PartnerEntity.id == Participant.entity_id)
            .where(Attendance.activity_id.in_(activity_ids), Attendance.deleted.is_(False),
                   Participant.deleted.is_(False)))
    out: dict[str, list[rd.Person]] = {a: [] for a in activity_ids}
    for row in s.execute(stmt):
        out[row[0]].append(rd.Person(
            participant_id=row[1], full_name=row[2], sex=row[3], category=row[4],
            organisation=row[5] or "", position=row[6] or "", country=row[7],
            native_name=row[8] or "", actor_type=row[9] or "state", role=row[10],
            days_present=frozenset(row[11] or ()), pre_score=row[12], post_score=row[13],
            certificate=bool(row[14]), commitment_signed=bool(row[15])))
    return out


def activity_data(ws: Workspace, activity_id: str) -> rd.ActivityData:
    """An activity, its days and its attendance rows as plain report data."""
    with ws.session() as s:
        info = _activity_info(s, activity_id)
        days = tuple(rd.Day(i, d, label or "") for i, d, label in s.execute(
            select(ActivityDay.id, ActivityDay.day_date, ActivityDay.label)
            .where(ActivityDay.activity_id == activity_id, ActivityDay.deleted.is_(False))
            .order_by(ActivityDay.day_date, ActivityDay.created_at)))
        people = tuple(_people(s, [activity_id])[activity_id])
    return rd.ActivityData(info, days, people)


def _done(kind: str, record_id: str, out: Path, started: float, rows: int) -> Path:
    log.info("Wrote %s report for %s: %d rows in %.2f s", kind, record_id, rows,
             dt.datetime.now().timestamp() - started)
    return out


def sign_in_sheet(ws: Workspace, activity_id: str, out: Path, *, pseudonymise: bool = False,
                  blank_rows: int = 12, tr: Translate = identity, lang: str | None = None) -> Path:
    """Print the pre-filled sign-in sheet of an activity to ``out`` (PDF)."""
    out = check_target(out, "pdf")
    tr = _hook(tr, lang)
    started = dt.datetime.now().timestamp()
    data = activity_data(ws, activity_id)
    sign_in_pdf.build_sign_in(data, out, _meta(ws, pseudonymise), tr=tr, blank_rows=blank_rows)
    return _done("sign-in", activity_id, out, started, len(data.people))


def attendance_report(ws: Workspace, activity_id: str, out: Path, *,
                      pseudonymise: bool = False, tr: Translate = identity,
                      lang: str | None = None) -> Path:
    """Print the attendance report of an activity to ``out`` (PDF)."""
    out = check_target(out, "pdf")
    tr = _hook(tr, lang)
    started = dt.datetime.now().timestamp()
    data = activity_data(ws, activity_id)
    attendance_pdf.build_attendance(data, out, _meta(ws, pseudonymise), tr=tr)
    return _done("attendance", activity_id, out, started, len(data.people))


def assessment_data(ws: Workspace, assessment_id: str) -> rd.AssessmentData:
    """An assessment, its entities, findings and linked initiatives as report data."""
    with ws.session() as s:
        a = s.get(Assessment, assessment_id)
        if a is None or a.deleted:
            raise NotFoundError(message("No assessment with id {assessment_id}; check the "
                                        "id with 'focalpoint list assessments'.",
                                        assessment_id=assessment_id))
        code, name = _mission_names(s).get(a.mission_id, (a.owner_mission or "", ""))
        entities = tuple(rd.EntityInfo(n, ac or "", c, sec) for n, ac, c, sec in s.execute(
            select(PartnerEntity.name, PartnerEntity.acronym, PartnerEntity.country,
                   PartnerEntity.sector)
            .join(AssessmentEntity, AssessmentEntity.entity_id == PartnerEntity.id)
            .where(AssessmentEntity.assessment_id == a.id, AssessmentEntity.deleted.is_(False),
                   PartnerEntity.deleted.is_(False)).order_by(PartnerEntity.name)))
        live_initiative = and_(Initiative.id == Finding.initiative_id,
                               Initiative.deleted.is_(False))
        rows = s.execute(
            select(Finding, Initiative).outerjoin(Initiative, live_initiative)
            .where(Finding.assessment_id == a.id, Finding.deleted.is_(False))
            .order_by(Finding.created_at)).all()
        findings = tuple(rd.FindingInfo(f.title, f.thematic_area, f.severity, f.evidence,
                                        f.recommendation, i.title if i else "")
                         for f, i in rows)
        linked = {i.id: i for _, i in rows if i is not None}
        initiatives = tuple(_initiative_info(i, code) for i in
                            sorted(linked.values(), key=lambda i: i.title))
        return rd.AssessmentData(
            id=a.id, title=a.title, mission_code=code, mission_name=name, method=a.method,
            status=a.status, start_date=a.start_date, end_date=a.end_date,
            assessors=a.assessors, summary=a.summary, entities=entities, findings=findings,
            initiatives=initiatives)


def _initiative_info(i: Initiative, mission_code: str) -> rd.InitiativeInfo:
    return rd.InitiativeInfo(i.title, i.status, mission_code, i.start_date, i.end_date,
                             i.partners, i.objectives)


def assessment_report(ws: Workspace, assessment_id: str, out: Path, *,
                      tr: Translate = identity, lang: str | None = None) -> Path:
    """Print the report of an assessment to ``out`` (PDF)."""
    out = check_target(out, "pdf")
    tr = _hook(tr, lang)
    started = dt.datetime.now().timestamp()
    data = assessment_data(ws, assessment_id)
    assessment_pdf.build_assessment(data, out, _meta(ws, False), tr=tr)
    return _done("assessment", assessment_id, out, started, len(data.findings))


# --- programme ---------------------------------------------------------------------------


def _scope(s: Session, mission: str | None, date_from: dt.date | None,
           date_to: dt.date | None) -> str | None:
    """Check the programme filters; returns the mission's id (None for all missions)."""
    if date_from and date_to and date_from > date_to:
        raise ValidationError({"from": message("The start of the period is after its end")},
                              "report", "made")
    if not mission:
        return None
    mission_id = s.scalar(select(Mission.id).where(Mission.code == mission.upper(),
                                                   Mission.deleted.is_(False)))
    if mission_id is None:
        raise NotFoundError(message("No mission with code {mission}; check it with "
                                    "'focalpoint list missions'.", mission=mission))
    return mission_id


def _in_period(column: Any, date_from: dt.date | None, date_to: dt.date | None) -> list[Any]:
    conds = []
    if date_from:
        conds.append(column >= date_from)
    if date_to:
        conds.append(column <= date_to)
    return conds


def _activity_filter(mission_id: str | None, date_from: dt.date | None,
                     date_to: dt.date | None) -> list[Any]:
    conds = [Activity.deleted.is_(False), *_in_period(Activity.start_date, date_from, date_to)]
    if mission_id:
        conds.append(Activity.mission_id == mission_id)
    return conds


def _beneficiaries(s: Session, where: list[Any], column: Any = None) -> Select:
    """Distinct beneficiaries of the activities in scope (grouped by ``column``)."""
    count = func.count(func.distinct(Participant.id))
    stmt = (select(count) if column is None else select(column, count).group_by(column))
    return (stmt.select_from(Attendance)
            .join(Activity, Activity.id == Attendance.activity_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(*where, Attendance.deleted.is_(False), Participant.deleted.is_(False),
                   Attendance.role == BENEFICIARY_ROLE))


def _programme_findings(s: Session, mission_id: str | None, date_from: dt.date | None,
                        date_to: dt.date | None) -> dict[tuple[str, str], int]:
    when = func.coalesce(Assessment.start_date, Assessment.end_date)
    where = [Finding.deleted.is_(False), Assessment.deleted.is_(False),
             *_in_period(when, date_from, date_to)]
    if mission_id:
        where.append(Assessment.mission_id == mission_id)
    return {(area, sev): n for area, sev, n in s.execute(
        select(Finding.thematic_area, Finding.severity, func.count(Finding.id))
        .join(Assessment, Assessment.id == Finding.assessment_id).where(*where)
        .group_by(Finding.thematic_area, Finding.severity))}


def _programme_lists(s: Session, mission_id: str | None, date_from: dt.date | None,
                     date_to: dt.date | None) -> tuple[tuple[rd.InitiativeInfo, ...],
                                                       tuple[rd.LessonInfo, ...]]:
    codes = {mid: code for mid, (code, _) in _mission_names(s).items()}
    where = [Initiative.deleted.is_(False)]
    if date_to:
        where.append(or_(Initiative.start_date.is_(None), Initiative.start_date <= date_to))
    if date_from:
        where.append(or_(Initiative.end_date.is_(None), Initiative.end_date >= date_from))
    if mission_id:
        where.append(Initiative.mission_id == mission_id)
    initiatives = tuple(_initiative_info(i, codes.get(i.mission_id, "")) for i in s.scalars(
        select(Initiative).where(*where).order_by(Initiative.status, Initiative.title)))
    where = [Lesson.deleted.is_(False), Lesson.date_shared.is_not(None),
             *_in_period(Lesson.date_shared, date_from, date_to)]
    if mission_id:
        where.append(Lesson.mission_id == mission_id)
    lessons = tuple(rd.LessonInfo(x.title, x.kind, x.thematic_area,
                                  codes.get(x.mission_id or "", ""), x.date_shared)
                    for x in s.scalars(select(Lesson).where(*where)
                                       .order_by(Lesson.date_shared, Lesson.title)))
    return initiatives, lessons


def programme_data(ws: Workspace, *, mission: str | None = None,
                   date_from: dt.date | None = None,
                   date_to: dt.date | None = None) -> rd.ProgrammeData:
    """Programme figures: activities starting in the period, their beneficiaries,
    findings of assessments dated in the period, initiatives running in it, lessons
    shared in it; all for one mission or the whole network."""
    with ws.session() as s:
        mission_id = _scope(s, mission, date_from, date_to)
        where = _activity_filter(mission_id, date_from, date_to)
        activities = {(code, kind): n for code, kind, n in s.execute(
            select(Mission.code, Activity.kind, func.count(Activity.id))
            .join(Mission, Mission.id == Activity.mission_id).where(*where)
            .group_by(Mission.code, Activity.kind))}
        attendances = s.scalar(
            select(func.count(Attendance.id)).join(Activity, Activity.id == Attendance.activity_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(*where, Attendance.deleted.is_(False), Participant.deleted.is_(False),
                   Attendance.role == BENEFICIARY_ROLE)) or 0
        groups = {col.key: dict(s.execute(_beneficiaries(s, where, col)).all())
                  for col in (Participant.sex, Participant.category, Participant.country)}
        initiatives, lessons = _programme_lists(s, mission_id, date_from, date_to)
        return rd.ProgrammeData(
            date_from=date_from, date_to=date_to,
            mission_code=mission.upper() if mission else None, activities=activities,
            attendances=attendances,
            beneficiaries=s.scalar(_beneficiaries(s, where)) or 0,
            beneficiaries_by_sex=groups["sex"], beneficiaries_by_category=groups["category"],
            beneficiaries_by_country={k or "": v for k, v in groups["country"].items()},
            findings=_programme_findings(s, mission_id, date_from, date_to),
            initiatives=initiatives, lessons=lessons)


def programme_report(ws: Workspace, out: Path, *, mission: str | None = None,
                     date_from: dt.date | None = None, date_to: dt.date | None = None,
                     tr: Translate = identity, lang: str | None = None) -> Path:
    """Print the programme report (a period, optionally one mission) to ``out`` (PDF)."""
    out = check_target(out, "pdf")
    tr = _hook(tr, lang)
    started = dt.datetime.now().timestamp()
    data = programme_data(ws, mission=mission, date_from=date_from, date_to=date_to)
    programme_pdf.build_programme(data, out, _meta(ws, False), tr=tr)
    return _done("programme", mission or "all missions", out, started,
                 sum(data.activities.values()))


def programme_xlsx(ws: Workspace, out: Path, *, mission: str | None = None,
                   date_from: dt.date | None = None, date_to: dt.date | None = None,
                   tr: Translate = identity, lang: str | None = None) -> Path:
    """Export the programme figures to ``out`` (XLSX, one sheet per table)."""
    out = check_target(out, "xlsx")
    tr = _hook(tr, lang)
    data = programme_data(ws, mission=mission, date_from=date_from, date_to=date_to)
    return xlsx.programme_xlsx(data, out, _meta(ws, False), tr=tr)


def participants_xlsx(ws: Workspace, out: Path, *, activity_id: str | None = None,
                      mission: str | None = None, date_from: dt.date | None = None,
                      date_to: dt.date | None = None, pseudonymise: bool = False,
                      tr: Translate = identity, lang: str | None = None) -> Path:
    """Export participants with their attendance to ``out`` (XLSX): one activity, or
    every activity starting in the period (optionally of one mission)."""
    out = check_target(out, "xlsx")
    tr = _hook(tr, lang)
    with ws.session() as s:
        if activity_id:
            ids = [activity_id]
            _activity_info(s, activity_id)
        else:
            mission_id = _scope(s, mission, date_from, date_to)
            ids = list(s.scalars(select(Activity.id).where(
                *_activity_filter(mission_id, date_from, date_to))
                .order_by(Activity.start_date, Activity.title)))
    data = [activity_data(ws, i) for i in ids]
    return xlsx.participants_xlsx(data, out, _meta(ws, pseudonymise), tr=tr)
