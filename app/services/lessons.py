"""Lessons learned and good practice, shared across the network."""

from __future__ import annotations

from typing import Any

from app.services import records
from app.services.records import Rules
from app.services.workspace import Workspace

# Network-wide: no owner mission, so headquarters relays lessons to every mission.
records.register("lesson", Rules("lesson"))


def create_lesson(ws: Workspace, data: dict[str, Any]) -> dict[str, Any]:
    return records.create(ws, "lesson", data)
