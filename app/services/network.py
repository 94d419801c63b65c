"""The network directory: missions, focal points and partner entities (network-wide)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.i18n import message
from app.services import records
from app.services.records import Rules, dates_in_order
from app.services.workspace import Tx, Workspace
from app.store.models import Mission, SyncedRecord, stable_id


def _check_mission(tx: Tx, values: dict[str, Any], record: SyncedRecord | None,
                   errors: dict[str, str]) -> None:
    if "code" not in values or "code" in errors:
        return
    code = values["code"].upper()
    if not code.replace("-", "").replace("_", "").isalnum():
        errors["code"] = message("The code may hold letters, digits and dashes only")
        return
    values["code"] = code
    existing = tx.session.scalars(select(Mission).where(Mission.code == code)).first()
    if existing is not None and (record is None or existing.id != record.id):
        errors["code"] = message("A mission with code {code} already exists", code=code)


records.register("mission", Rules("mission", check=_check_mission))
records.register("focal_point", Rules("focal point", check=dates_in_order("active_from",
                                                                            "active_to")))
records.register("partner_entity", Rules("partner entity"))


def create_mission(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    """Create a mission; its id derives from its code, so every node agrees on it."""
    code = str(data.get("code") or "").strip().upper()
    with ws.transaction() as tx:
        record = records.create_in(tx, "mission", data,
                                   record_id=stable_id("mission", code) if code else None)
        return records.record_dict(record)


def ensure_mission_in(tx: Tx, code: str, name: str | None = None,
                      mission_type: str = "pko") -> Mission:
    """The mission with ``code``; when this node lacks it, a placeholder made of defaults
    (version 0), which the full record from headquarters replaces without a conflict."""
    mission = tx.mission_by_code(code)
    if mission is None:
        record = records.create_in(
            tx, "mission", {"code": code, "name": name or code, "mission_type": mission_type},
            record_id=stable_id("mission", code.upper()), placeholder=True)
        assert isinstance(record, Mission)
        mission = record
    return mission


def create_focal_point(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    return records.create(ws, "focal_point", data)


def create_entity(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    return records.create(ws, "partner_entity", data)


def mission_by_code(ws: Workspace, code: str) -> dict[str, Any] | None:
    with ws.session() as s:
        mission = s.scalars(select(Mission).where(Mission.code == code.upper(),
                                                  Mission.deleted.is_(False))).first()
        return records.record_dict(mission) if mission else None
