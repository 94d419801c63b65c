"""Pilot and first-phase initiatives of a mission."""

from __future__ import annotations

from typing import Any

from app.services import records
from app.services.records import Rules, dates_in_order, mission_owner
from app.services.workspace import Workspace

records.register("initiative", Rules("initiative", check=dates_in_order(), owner=mission_owner))


def create_initiative(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    return records.create(ws, "initiative", data)
