"""Record values to and from JSON-safe values (change log, bundles, CLI --json)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime

from app.store.models import SyncedRecord


def to_json(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text, datetimes RFC 3339 UTC)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def parse_timestamp(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def from_json(model: type[SyncedRecord], column: str, value: Any) -> Any:
    """The Python value for ``model.column`` from its JSON form."""
    if value is None:
        return None
    col_type = model.__table__.columns[column].type
    if isinstance(col_type, DateTime):
        return parse_timestamp(value)
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(value)
    return value


def record_fields(record: SyncedRecord, names: list[str] | None = None) -> dict[str, Any]:
    """JSON-safe values of ``names`` (default: every data field) of ``record``."""
    names = names if names is not None else record.data_fields()
    return {n: to_json(getattr(record, n)) for n in names}


def record_dict(record: SyncedRecord) -> dict[str, Any]:
    """Every column of ``record``, JSON-safe: what listings and --json show."""
    return {c.key: to_json(getattr(record, c.key)) for c in record.__table__.columns}
