"""The field-level merge rules (app.sync.merge, pure)."""

from __future__ import annotations

from typing import Any

from app.sync.merge import LocalState, merge


def change(op: str = "upsert", base: int = 1, version: int = 2, fields: Any = None,
           before: Any = None) -> dict[str, Any]:
    return {"op": op, "base_version": base, "version": version,
            "fields": fields or {}, "before": before or {}}


def never(_name: str) -> bool:
    return False


def always(_name: str) -> bool:
    return True


def local(version: int = 1, **values: Any) -> LocalState:
    return LocalState(version, {"name": "A", "phone": "1", "deleted": False, **values})


def test_insert_when_unknown() -> None:
    out = merge(None, change(base=0, version=1, fields={"name": "A"}), never)
    assert out.action == "insert"
    assert out.state.values == {"name": "A"}


def test_delete_of_unknown_record_is_recorded_only() -> None:
    assert merge(None, change(op="delete", fields={"deleted": True}), never).action == "noop"


def test_equal_versions_apply() -> None:
    out = merge(local(), change(fields={"name": "B"}, before={"name": "A"}), never)
    assert (out.action, out.state.values["name"], out.state.version) == ("update", "B", 2)


def test_other_field_changed_locally_merges() -> None:
    mine = local(version=2, phone="2")
    out = merge(mine, change(fields={"name": "B"}, before={"name": "A"}), always)
    assert out.state.values == {"name": "B", "phone": "2", "deleted": False}
    assert out.conflicts == []
    assert out.state.version == 2


def test_same_field_changed_on_both_sides_conflicts_and_keeps_local() -> None:
    mine = local(version=2, name="L")
    out = merge(mine, change(fields={"name": "B"}, before={"name": "A"}), always)
    assert out.state.values["name"] == "L"
    assert out.conflicts == [("name", "L", "B")]


def test_same_new_value_on_both_sides_is_no_conflict() -> None:
    mine = local(version=2, name="B")
    out = merge(mine, change(fields={"name": "B"}, before={"name": "A"}), always)
    assert out.conflicts == []
    assert out.agreed == ["name"]


def test_create_of_existing_record_without_before_uses_history() -> None:
    mine = local(version=1, name="Local")
    create = change(base=0, version=1, fields={"name": "Other", "phone": "1"})
    assert merge(mine, create, always).conflicts == [("name", "Local", "Other")]
    assert merge(mine, create, never).state.values["name"] == "Other"


def test_delete_applies_when_versions_match() -> None:
    out = merge(local(), change(op="delete", fields={"deleted": True},
                                before={"deleted": False}), always)
    assert out.action == "delete"
    assert out.state.values["deleted"] is True


def test_delete_against_local_edit_conflicts() -> None:
    out = merge(local(version=3), change(op="delete", fields={"deleted": True}), always)
    assert out.state.values["deleted"] is False
    assert out.conflicts == [("deleted", False, True)]


def test_delete_after_unrelated_versions_applies() -> None:
    out = merge(local(version=3), change(op="delete", fields={"deleted": True}), never)
    assert out.action == "delete"


def test_edit_of_locally_deleted_record_conflicts() -> None:
    mine = local(version=3, deleted=True)
    out = merge(mine, change(fields={"name": "B"}, before={"name": "A"}), never)
    assert ("deleted", True, False) in out.conflicts
    assert out.state.values["name"] == "B"  # kept in the tombstone, in case it is revived
    assert out.state.values["deleted"] is True


def test_version_is_max_of_both() -> None:
    out = merge(local(version=7), change(base=2, version=3, fields={"name": "B"},
                                         before={"name": "A"}), never)
    assert out.state.version == 7


def test_placeholder_inserts_a_missing_record() -> None:
    out = merge(None, change(base=0, version=0, fields={"name": "MONUSCO"}), never)
    assert (out.action, out.state.version, out.state.values) == ("insert", 0, {"name": "MONUSCO"})


def test_placeholder_never_overwrites_nor_conflicts() -> None:
    mine = local(version=3, name="Full name")
    out = merge(mine, change(base=0, version=0, fields={"name": "MONUSCO"}), always)
    assert (out.action, out.taken, out.conflicts) == ("noop", [], [])
    assert out.state.values["name"] == "Full name" and out.state.version == 3


def test_real_record_replaces_a_placeholder_without_conflict() -> None:
    mine = local(version=0, name="MONUSCO")
    out = merge(mine, change(base=0, version=1, fields={"name": "Full name", "phone": "1"}),
                always)
    assert (out.action, out.conflicts, out.state.version) == ("update", [], 1)
    assert out.state.values["name"] == "Full name"
