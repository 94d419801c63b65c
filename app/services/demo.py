"""The demo programme: the network's real shape, loaded through the services.

:func:`load_demo` adds the missions (MONUSCO, UNRCCA, UNSMIL and headquarters), the
directory (focal points, partner entities), the needs-and-gaps assessments with their
findings, the three pilot initiatives, the activities (MONUSCO's trainings in Beni,
Bunia and Kinshasa, the Tashkent regional conference, the Tunis code-of-conduct
workshop and border side event) with their participants and attendance, and lessons
learned. The content lives in ``resources/demo/`` as JSON.

Every demo record has a stable id derived from its key (missions: from their code,
as everywhere), so loading twice adds nothing, and two nodes that both load the demo
hold the same records, which sync then merges. Records go through the same
validation, change log and audit log as any other edit, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.config import resources_dir
from app.domain.errors import ConfigurationError
from app.domain.fields import SPECS
from app.domain.i18n import message
from app.services import (  # noqa: F401  (importing an area registers its rules)
    activities,
    assessments,
    attendance,
    initiatives,
    lessons,
    network,
    records,
)
from app.services.demo_roster import Person, Roster, RosterBuilder, Seat
from app.services.workspace import Tx, Workspace
from app.store.models import (
    MODEL_BY_TABLE,
    AssessmentEntity,
    Attendance,
    Mission,
    stable_id,
)

log = logging.getLogger(__name__)

NAME_POOLS = ("drc", "central_asia", "libya")


@dataclass(frozen=True)
class DemoData:
    """The demo programme as read from its JSON files."""

    programme: dict[str, Any]
    rosters: dict[str, Any]
    pools: dict[str, dict[str, Any]]


def demo_folder() -> Path:
    """Where the demo programme's files are shipped."""
    return resources_dir() / "demo"


def read_demo_data(folder: Path | None = None) -> DemoData:
    """Read programme.json, rosters.json and the name pools."""
    folder = folder or demo_folder()
    try:
        programme = json.loads((folder / "programme.json").read_text(encoding="utf-8"))
        rosters = json.loads((folder / "rosters.json").read_text(encoding="utf-8"))
        pools = {name: json.loads((folder / "names" / f"{name}.json")
                                  .read_text(encoding="utf-8")) for name in NAME_POOLS}
    except (OSError, ValueError) as exc:
        log.error("Demo programme files unreadable in %s: %s", folder, exc)
        raise ConfigurationError(
            message("The demo programme files in {folder} are missing or damaged; reinstall "
                    "FocalPoint.", folder=folder)) from exc
    return DemoData(programme, rosters, pools)


def demo_id(table: str, key: str) -> str:
    """The stable id of the demo record ``key`` of ``table``."""
    return stable_id(table, f"demo:{key}")


def day_count(activity: dict[str, Any]) -> int:
    """Days from the activity's start to its end date, both included."""
    start = dt.date.fromisoformat(activity["start_date"])
    end = dt.date.fromisoformat(activity["end_date"])
    return (end - start).days + 1


def build_rosters(data: DemoData) -> tuple[list[Roster], dict[str, Person]]:
    """The demo's participants and seats (pure: the same on every run)."""
    entity_names = {e["key"]: e["name"] for e in data.programme["entities"]}
    day_counts = {a["key"]: day_count(a) for a in data.programme["activities"]}
    builder = RosterBuilder(data.rosters, data.pools, entity_names, day_counts)
    rosters = builder.build()
    return rosters, builder.people


def load_demo(ws: Workspace) -> dict[str, int]:
    """Load the demo programme; returns how many records of each table were added.

    Idempotent: records already present (or deleted by the user) are left alone, so
    a second call returns zeros and writes nothing.
    """
    data = read_demo_data()
    rosters, people = build_rosters(data)
    with ws.transaction() as tx:
        loader = _Loader(tx)
        loader.load(data.programme, rosters, people)
        total = sum(loader.added.values())
        if total:
            tx.audit("demo", detail=f"demo programme loaded: {total} records added")
    log.info("Demo programme: %d records added", total)
    return {table: loader.added.get(table, 0) for table in MODEL_BY_TABLE}


@dataclass
class _Loader:
    """Creates the demo records that are missing, inside one transaction."""

    tx: Tx
    added: Counter[str] = field(default_factory=Counter)
    missions: dict[str, str | None] = field(default_factory=dict)
    days: dict[str, list[str | None]] = field(default_factory=dict)
    participants: dict[str, str | None] = field(default_factory=dict)

    def load(self, programme: dict[str, Any], rosters: list[Roster],
             people: dict[str, Person]) -> None:
        for row in programme["missions"]:
            self._mission(row)
        for row in programme["entities"]:
            self.ensure("partner_entity", row["key"], _without(row, "key"))
        for row in programme["focal_points"]:
            self.ensure("focal_point", row["key"], {
                **_without(row, "key", "mission"), "mission_id": self.missions.get(row["mission"])})
        for row in programme["initiatives"]:
            self.ensure("initiative", row["key"], {
                **_without(row, "key", "mission"), "mission_id": self.missions.get(row["mission"])})
        for row in programme["assessments"]:
            self._assessment(row)
        for row in programme["activities"]:
            self._activity(row)
        for roster in rosters:
            self._roster(roster, people)
        for row in programme["lessons"]:
            self._lesson(row)

    # --- generic ------------------------------------------------------------------------

    def ensure(self, table: str, key: str, data: dict[str, Any], *, record_id: str | None = None,
               owner: str | None = None) -> str | None:
        """Create the record unless its id is taken; its id, or None when it was deleted
        (or a record it needs is gone), so that nothing is hung under it."""
        record_id = record_id or demo_id(table, key)
        existing = self.tx.session.get(MODEL_BY_TABLE[table], record_id)
        if existing is not None:
            return None if existing.deleted else record_id
        values = self._live_refs(table, data)
        if values is None:
            return None
        records.create_in(self.tx, table, values, record_id=record_id, owner_mission=owner)
        self.added[table] += 1
        return record_id

    def _live_refs(self, table: str, data: dict[str, Any]) -> dict[str, Any] | None:
        """``data`` without references to missing or deleted records (None when a
        required one is missing)."""
        values = dict(data)
        for spec in SPECS[table]:
            if spec.kind != "ref" or spec.name not in values:
                continue
            target_id = values[spec.name]
            target = self.tx.session.get(MODEL_BY_TABLE[spec.ref or ""], target_id) \
                if target_id else None
            if target is None or target.deleted:
                if spec.required:
                    return None
                del values[spec.name]
        return values

    # --- the programme ------------------------------------------------------------------

    def _mission(self, row: dict[str, Any]) -> None:
        code = row["code"]
        mission = self.tx.session.scalars(select(Mission).where(Mission.code == code)).first()
        if mission is None:
            self.missions[code] = self.ensure("mission", code, row,
                                              record_id=stable_id("mission", code))
        elif mission.deleted:
            self.missions[code] = None
        else:
            self.missions[code] = mission.id
            if mission.name == mission.code and not mission.description:
                # A placeholder made by 'init' or by sync: give it its real name and type.
                records.update_in(self.tx, "mission", mission.id, _without(row, "code"))

    def _assessment(self, row: dict[str, Any]) -> None:
        key = row["key"]
        assessment_id = self.ensure("assessment", key, {
            **_without(row, "key", "mission", "entities", "findings"),
            "mission_id": self.missions.get(row["mission"])})
        if assessment_id is None:
            return
        for entity_key in row["entities"]:
            self._assessed_entity(key, assessment_id, entity_key)
        for finding in row["findings"]:
            initiative = finding.get("initiative")
            self.ensure("finding", f"{key}/{finding['key']}", {
                **_without(finding, "key", "initiative"), "assessment_id": assessment_id,
                "initiative_id": demo_id("initiative", initiative) if initiative else None})

    def _assessed_entity(self, key: str, assessment_id: str, entity_key: str) -> None:
        entity_id = demo_id("partner_entity", entity_key)
        linked = self.tx.session.scalars(select(AssessmentEntity.id).where(
            AssessmentEntity.assessment_id == assessment_id,
            AssessmentEntity.entity_id == entity_id)).first()
        if linked is None:
            self.ensure("assessment_entity", f"{key}/{entity_key}",
                        {"assessment_id": assessment_id, "entity_id": entity_id})

    def _activity(self, row: dict[str, Any]) -> None:
        key = row["key"]
        initiative = row.get("initiative")
        record_id = demo_id("activity", key)
        is_new = self.tx.session.get(MODEL_BY_TABLE["activity"], record_id) is None
        activity_id = self.ensure("activity", key, {
            **_without(row, "key", "mission", "initiative", "day_labels"),
            "mission_id": self.missions.get(row["mission"]),
            "initiative_id": demo_id("initiative", initiative) if initiative else None})
        self.days[key] = []
        if activity_id is None:
            return
        by_date = {d.day_date: d for d in activities.days_of_in(self.tx, activity_id)}
        start = dt.date.fromisoformat(row["start_date"])
        labels = row.get("day_labels", [])
        for position in range(day_count(row)):
            day = by_date.get(start + dt.timedelta(days=position))
            self.days[key].append(day.id if day else None)
            if day is not None and is_new:
                self.added["activity_day"] += 1
                if position < len(labels):
                    records.update_in(self.tx, "activity_day", day.id,
                                      {"label": labels[position]})

    def _roster(self, roster: Roster, people: dict[str, Person]) -> None:
        activity_id = demo_id("activity", roster.activity)
        activity = self.tx.session.get(MODEL_BY_TABLE["activity"], activity_id)
        if activity is None or activity.deleted:
            return
        for seat in roster.seats:
            participant_id = self._participant(people[seat.person], activity.owner_mission)
            if participant_id is not None:
                self._seat(roster.activity, activity_id, participant_id, seat)

    def _participant(self, person: Person, owner: str | None) -> str | None:
        if person.key not in self.participants:
            entity_id = demo_id("partner_entity", person.entity) if person.entity else None
            self.participants[person.key] = self.ensure(
                "participant", person.key, {**person.fields, "entity_id": entity_id},
                owner=owner)
        return self.participants[person.key]

    def _seat(self, activity_key: str, activity_id: str, participant_id: str,
              seat: Seat) -> None:
        registered = self.tx.session.scalars(select(Attendance.id).where(
            Attendance.activity_id == activity_id,
            Attendance.participant_id == participant_id)).first()
        if registered is not None:
            return
        days = self.days.get(activity_key, [])
        present = [days[p] for p in seat.days if p < len(days) and days[p]]
        self.ensure("attendance", f"{activity_key}/{seat.person}", {
            "activity_id": activity_id, "participant_id": participant_id, "role": seat.role,
            "days_present": present, "pre_score": seat.pre_score,
            "post_score": seat.post_score, "certificate": seat.certificate,
            "commitment_signed": seat.commitment_signed})

    def _lesson(self, row: dict[str, Any]) -> None:
        activity = row.get("source_activity")
        assessment = row.get("source_assessment")
        self.ensure("lesson", row["key"], {
            **_without(row, "key", "mission", "source_activity", "source_assessment"),
            "mission_id": self.missions.get(row["mission"]),
            "source_activity_id": demo_id("activity", activity) if activity else None,
            "source_assessment_id": demo_id("assessment", assessment) if assessment else None})


def _without(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}
