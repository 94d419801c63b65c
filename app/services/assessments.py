"""Needs-and-gaps assessments, the entities they cover, and their findings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.i18n import message
from app.services import records
from app.services.records import Rules, dates_in_order, mission_owner
from app.services.workspace import Tx, Workspace
from app.store.models import Assessment, AssessmentEntity, Finding, Initiative, SyncedRecord
from app.store.serialize import record_dict


def _parent_owner(tx: Tx, values: dict[str, Any], record: SyncedRecord | None) -> str | None:
    assessment_id = values.get("assessment_id") or getattr(record, "assessment_id", None)
    parent = tx.session.get(Assessment, assessment_id) if assessment_id else None
    return parent.owner_mission if parent else tx.mission_code


def _check_finding(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
                   errors: dict[str, str]) -> None:
    initiative_id = values.get("initiative_id")
    assessment_id = values.get("assessment_id") or getattr(record, "assessment_id", None)
    if not initiative_id or "initiative_id" in errors or not assessment_id:
        return
    initiative = tx.session.get(Initiative, initiative_id)
    assessment = tx.session.get(Assessment, assessment_id)
    if initiative and assessment and initiative.mission_id != assessment.mission_id:
        errors["initiative_id"] = message("The initiative belongs to another mission")


records.register("assessment", Rules("assessment", check=dates_in_order(), owner=mission_owner))
records.register("finding", Rules("finding", check=_check_finding, owner=_parent_owner))
records.register("assessment_entity", Rules("assessed entity", owner=_parent_owner))


def create_assessment(ws: Workspace, data: dict[str, Any],
                      entity_ids: list[str] | None = None) -> dict[str, Any]:
    """Create an assessment and link the entities it covers, in one transaction."""
    with ws.transaction() as tx:
        assessment = records.create_in(tx, "assessment", data)
        for entity_id in entity_ids or []:
            records.create_in(tx, "assessment_entity",
                              {"assessment_id": assessment.id, "entity_id": entity_id})
        return record_dict(assessment)


def set_entities(ws: Workspace, assessment_id: str, entity_ids: list[str]) -> list[str]:
    """Make the assessment cover exactly ``entity_ids``; returns them."""
    with ws.transaction() as tx:
        tx.get(Assessment, assessment_id, "assessment")
        links = tx.session.scalars(select(AssessmentEntity).where(
            AssessmentEntity.assessment_id == assessment_id)).all()
        by_entity = {link.entity_id: link for link in links}
        for entity_id, link in by_entity.items():
            if entity_id not in entity_ids and not link.deleted:
                tx.delete(link)
        for entity_id in entity_ids:
            link = by_entity.get(entity_id)
            if link is None:
                records.create_in(tx, "assessment_entity",
                                  {"assessment_id": assessment_id, "entity_id": entity_id})
            elif link.deleted:  # bring a removed link back to life as an edit
                tx.update(link, {"deleted": False})
        return list(entity_ids)


def entities_of(ws: Workspace, assessment_id: str) -> list[str]:
    with ws.session() as s:
        return list(s.scalars(select(AssessmentEntity.entity_id).where(
            AssessmentEntity.assessment_id == assessment_id,
            AssessmentEntity.deleted.is_(False))))


def add_finding(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    return records.create(ws, "finding", data)


def findings_of(ws: Workspace, assessment_id: str) -> list[dict[str, Any]]:
    with ws.session() as s:
        return [record_dict(f) for f in s.scalars(
            select(Finding).where(Finding.assessment_id == assessment_id,
                                  Finding.deleted.is_(False)).order_by(Finding.created_at))]
