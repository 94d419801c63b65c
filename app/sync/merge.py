"""The field-level merge of one incoming change into a local record (SYNC-SPEC 6.7).

Pure functions over JSON-form values; the services layer loads the local state and
writes the outcome. The rules (also in docs/sync.md):

- no local record: an upsert inserts it, a delete is only recorded;
- for each incoming field: equal to the local value -> nothing to do; the local value
  equals the incoming ``before`` (what the editor saw) -> take the incoming value;
  else, when ``before`` lacks the field (a create), the local side changed it when the
  versions differ and the local change log has touched it since ``base_version``;
  a field both sides changed keeps the local value and makes a conflict;
- a delete applies when the versions are equal or the local side made no change since
  ``base_version``; otherwise it is a conflict on ``deleted`` (the record is kept);
- an edit arriving for a record deleted here since ``base_version`` is a conflict on
  ``deleted``; its other fields are still merged into the tombstone;
- the local version becomes max(local, incoming), so that nodes holding the same
  changes hold the same version;
- a placeholder (an upsert at version 0, e.g. the bare mission record ``init`` makes)
  inserts the record where it is missing and is otherwise ignored: it never overwrites
  nor conflicts with a record this node holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class LocalState:
    """A local record in JSON form: data fields (incl. ``deleted``) and version."""

    version: int
    values: dict[str, Any]


@dataclass
class Outcome:
    """What applying one change does."""

    action: str  # insert | update | delete | noop
    state: LocalState | None
    taken: list[str] = field(default_factory=list)
    agreed: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, Any, Any]] = field(default_factory=list)


ChangedSince = Callable[[str], bool]


def _field_changed_here(
    name: str, local: LocalState, change: dict[str, Any], changed_since: ChangedSince
) -> bool:
    before = change.get("before") or {}
    if name in before:
        return local.values.get(name) != before[name]
    if local.version == change["base_version"]:
        return False
    return changed_since(name)


def merge(local: LocalState | None, change: dict[str, Any], changed_since: ChangedSince) -> Outcome:
    """Apply ``change`` to ``local`` (not modified); ``changed_since(field)`` says whether
    the local change log touched ``field`` after the change's ``base_version``."""
    fields = change.get("fields") or {}
    if local is None:
        if change["op"] == "delete":
            return Outcome("noop", None)
        return Outcome("insert", LocalState(change["version"], dict(fields)), taken=list(fields))
    if change["version"] == 0:  # a placeholder: the record is already here
        return Outcome("noop", local)
    new = LocalState(max(local.version, change["version"]), dict(local.values))
    if change["op"] == "delete":
        return _merge_delete(local, new, change, changed_since)
    out = Outcome("update", new)
    for name, incoming in fields.items():
        mine = local.values.get(name)
        if mine == incoming:
            out.agreed.append(name)
        elif not _field_changed_here(name, local, change, changed_since):
            new.values[name] = incoming
            out.taken.append(name)
        else:
            out.conflicts.append((name, mine, incoming))
    if (
        local.values.get("deleted")
        and "deleted" not in fields
        and local.version != change["base_version"]
    ):
        out.conflicts.append(("deleted", True, False))
    if not out.taken and new.version == local.version:
        out.action = "noop"
    return out


def _merge_delete(
    local: LocalState, new: LocalState, change: dict[str, Any], changed_since: ChangedSince
) -> Outcome:
    if local.values.get("deleted"):
        return Outcome("noop", new, agreed=["deleted"])
    edited = local.version != change["base_version"] and changed_since("*")
    if edited:
        return Outcome("update", new, conflicts=[("deleted", False, True)])
    new.values["deleted"] = True
    return Outcome("delete", new, taken=["deleted"])
