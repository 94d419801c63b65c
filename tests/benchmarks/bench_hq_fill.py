"""Fill a node fast with a large programme for the dashboard benchmark (bulk Core inserts):
N attendance rows over N/5 participants and N/500 activities, plus assessments, findings,
initiatives and lessons in proportion. Deterministic (no random numbers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from app.domain import vocab as v
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
    stable_id,
)

CHUNK = 20_000
COUNTRIES = ("CD", "LY", "UZ", "KZ", "KG", "TJ", "TM", "TN", "ML", "SO")
START = dt.date(2022, 1, 3)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def _codes(vocab: v.Vocabulary) -> list[str]:
    return [code for code, _label in vocab]


def _id(kind: str, i: int) -> str:
    return stable_id(f"bench-{kind}", str(i))


def _missions(n: int) -> list[dict[str, Any]]:
    return [{"id": _id("mission", i), "code": f"BENCH{i}", "name": f"Bench mission {i}",
             "mission_type": "pko", "host_countries": [COUNTRIES[i]]} for i in range(n)]


def _activities(n: int, missions: list[str]) -> Iterator[dict[str, Any]]:
    kinds = _codes(v.ACTIVITY_KIND)
    for i in range(n):
        day = START + dt.timedelta(days=i % 1000)
        yield {"id": _id("activity", i), "mission_id": missions[i % len(missions)],
               "owner_mission": f"BENCH{i % len(missions)}",
               "kind": kinds[0] if i % 2 == 0 else kinds[1 + i % 5],
               "title": f"Activity {i}", "start_date": day,
               "end_date": day + dt.timedelta(days=2), "venue_country": COUNTRIES[i % 10]}


def _participants(n: int) -> Iterator[dict[str, Any]]:
    categories = _codes(v.PARTICIPANT_CATEGORY)
    for i in range(n):
        yield {"id": _id("participant", i), "full_name": f"Person {i}",
               "name_key": f"person {i}", "sex": "f" if i % 3 == 0 else "m",
               "category": categories[i % len(categories)],
               "actor_type": "non_state" if i % 9 == 0 else "state",
               "country": COUNTRIES[i % 10] if i % 50 else None}


def _attendance(n: int, people: int, activities: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        person, round_ = i % people, i // people
        # Each round puts a person in a different activity: (person, activity) stays unique.
        activity = (person + round_ * 397) % activities
        scored = i % 10 < 7
        yield {"id": _id("attendance", i), "activity_id": _id("activity", activity),
               "participant_id": _id("participant", person),
               "role": "participant" if i % 10 else "trainer",
               "pre_score": 40.0 + i % 40 if scored else None,
               "post_score": 55.0 + i % 45 if scored else None}


def _assessment_rows(n: int, missions: list[str]) -> dict[type, list[dict[str, Any]]]:
    areas, severities = _codes(v.THEMATIC_AREA), _codes(v.SEVERITY)
    initiatives = [{"id": _id("initiative", i), "mission_id": missions[i % len(missions)],
                    "title": f"Initiative {i}", "start_date": START,
                    "end_date": START + dt.timedelta(days=900)} for i in range(n // 2)]
    assessments = [{"id": _id("assessment", i), "mission_id": missions[i % len(missions)],
                    "title": f"Assessment {i}", "start_date": START + dt.timedelta(days=i)}
                   for i in range(n)]
    findings = [{"id": _id("finding", i), "assessment_id": _id("assessment", i % n),
                 "thematic_area": areas[i % len(areas)], "severity": severities[i % 4],
                 "title": f"Finding {i}",
                 "initiative_id": _id("initiative", i % (n // 2)) if i % 3 == 0 else None}
                for i in range(n * 10)]
    lessons = [{"id": _id("lesson", i), "mission_id": missions[i % len(missions)],
                "thematic_area": areas[i % len(areas)], "title": f"Lesson {i}",
                "date_shared": START + dt.timedelta(days=i)} for i in range(n * 2)]
    return {Initiative: initiatives, Assessment: assessments, Finding: findings,
            Lesson: lessons}


def fill_programme(ws: Workspace, attendance: int) -> dict[str, int]:
    """Insert a programme with ``attendance`` attendance rows; returns rows per table."""
    people = max(1, attendance // 5)
    activities = max(5, attendance // 500)
    missions = _missions(3)
    mission_ids = [m["id"] for m in missions]
    plan: list[tuple[type, Iterable[dict[str, Any]]]] = [
        (Mission, missions),
        (Activity, _activities(activities, mission_ids)),
        (Participant, _participants(people)),
        (Attendance, _attendance(attendance, people, activities)),
        *_assessment_rows(max(2, attendance // 20_000), mission_ids).items(),
    ]
    counts: dict[str, int] = {}
    with ws.engine.begin() as conn:
        for model, rows in plan:
            table = model.__table__
            for chunk in _chunks(rows):
                conn.execute(table.insert(), chunk)
                counts[table.name] = counts.get(table.name, 0) + len(chunk)
    return counts
