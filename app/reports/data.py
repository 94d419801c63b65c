"""Plain data the report builders take: filled by app.services.reporting from the database.

Codes (kind, sex, category, country ...) stay codes here; the builders turn them into
labels through app.domain.vocab / app.domain.countries and the translation hook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Meta:
    """Who printed a report, when, and whether names are pseudonymised."""

    printed_at: dt.datetime
    node_name: str
    operator: str = ""
    pseudonymise: bool = False


@dataclass(frozen=True, slots=True)
class Day:
    """One day or session of an activity."""

    id: str
    date: dt.date
    label: str = ""


@dataclass(frozen=True, slots=True)
class ActivityInfo:
    """What a report says about an activity."""

    id: str
    title: str
    kind: str
    mission_code: str
    mission_name: str
    start_date: dt.date
    end_date: dt.date
    venue_city: str = ""
    venue_country: str | None = None
    initiative_title: str = ""
    co_organisers: str = ""
    topics: str = ""
    target_audience: str = ""
    languages: tuple[str, ...] = ()
    description: str = ""
    coc_modules: tuple[str, ...] = ()
    coc_commitments: str = ""
    parties_represented: str = ""
    common_ground: str = ""
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """One attendance row: a participant in an activity."""

    participant_id: str
    full_name: str
    sex: str
    category: str
    organisation: str = ""
    position: str = ""
    country: str | None = None
    native_name: str = ""
    actor_type: str = "state"
    role: str = "participant"
    days_present: frozenset[str] = frozenset()
    pre_score: float | None = None
    post_score: float | None = None
    certificate: bool = False
    commitment_signed: bool = False


@dataclass(frozen=True, slots=True)
class ActivityData:
    """An activity, its days and its attendance rows: the sign-in sheet and attendance report."""

    activity: ActivityInfo
    days: tuple[Day, ...]
    people: tuple[Person, ...]


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """A partner entity covered by an assessment."""

    name: str
    acronym: str = ""
    country: str | None = None
    sector: str = "other"


@dataclass(frozen=True, slots=True)
class FindingInfo:
    """A need or gap found by an assessment."""

    title: str
    thematic_area: str
    severity: str
    evidence: str = ""
    recommendation: str = ""
    initiative_title: str = ""


@dataclass(frozen=True, slots=True)
class InitiativeInfo:
    """An initiative (linked to findings, or listed in the programme report)."""

    title: str
    status: str
    mission_code: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    partners: str = ""
    objectives: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentData:
    """An assessment with its entities, findings and the initiatives they link to."""

    id: str
    title: str
    mission_code: str
    mission_name: str
    method: str
    status: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    assessors: str = ""
    summary: str = ""
    entities: tuple[EntityInfo, ...] = ()
    findings: tuple[FindingInfo, ...] = ()
    initiatives: tuple[InitiativeInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class LessonInfo:
    """A lesson learned or good practice shared in the period."""

    title: str
    kind: str
    thematic_area: str
    mission_code: str = ""
    date_shared: dt.date | None = None


@dataclass(frozen=True)
class ProgrammeData:
    """Figures for a period and optionally one mission (headquarters' programme report).

    Counts are keyed by codes: ``activities[(mission_code, kind)]``,
    ``beneficiaries_by_sex[sex]``, ``findings[(thematic_area, severity)]`` ...
    Beneficiaries are distinct people with the role 'participant'.
    """

    date_from: dt.date | None
    date_to: dt.date | None
    mission_code: str | None
    activities: dict[tuple[str, str], int] = field(default_factory=dict)
    attendances: int = 0
    beneficiaries: int = 0
    beneficiaries_by_sex: dict[str, int] = field(default_factory=dict)
    beneficiaries_by_category: dict[str, int] = field(default_factory=dict)
    beneficiaries_by_country: dict[str, int] = field(default_factory=dict)
    findings: dict[tuple[str, str], int] = field(default_factory=dict)
    initiatives: tuple[InitiativeInfo, ...] = ()
    lessons: tuple[LessonInfo, ...] = ()
