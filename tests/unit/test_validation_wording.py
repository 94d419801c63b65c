"""A refused request says what did not happen: a record is not saved, a list's filter
or sort is not applied, a report or dashboard is not made."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import ValidationError
from app.services import dashboard, queries, records


def test_a_refused_record_was_not_saved(ws) -> None:
    with pytest.raises(ValidationError, match=r"^The lesson was not saved: ") as caught:
        records.create(ws, "lesson", {})
    assert caught.value.action == "saved"


def test_a_refused_filter_or_sort_was_not_applied(ws) -> None:
    with pytest.raises(ValidationError, match=r"^The filter was not applied: ") as caught:
        queries.page(ws, "participant", filters={"shoe_size": "42"})
    assert caught.value.action == "applied"
    with pytest.raises(ValidationError, match=r"^The sort was not applied: "):
        queries.page(ws, "participant", sort="shoe_size")


def test_a_refused_dashboard_was_not_made(ws) -> None:
    period = dashboard.Filters(date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match=r"^The dashboard was not made: ") as caught:
        dashboard.indicators(ws, period)
    assert caught.value.action == "made"


def test_an_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        ValidationError({"x": "y"}, "record", "lost")
