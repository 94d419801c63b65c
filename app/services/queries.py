"""Paged, searchable, sortable and filterable list queries for the desktop lists.

The GUI shows lists that may hold 100,000 participants, so a list never loads a
whole table: :func:`page` returns one page (SQL LIMIT/OFFSET, ordered by an indexed
column by default so the first page costs the same whatever the table's size) and
:func:`count` is asked separately, off the GUI thread. Searches are case- and
accent-insensitive on participants (their folded ``name_key``) and case-insensitive
elsewhere. Everything returned is plain, JSON-safe data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from app.domain.errors import ValidationError
from app.domain.fields import parse_date
from app.domain.i18n import message
from app.domain.vocab import fold
from app.services.workspace import Workspace
from app.store.models import (
    Activity,
    Assessment,
    FocalPoint,
    Initiative,
    Lesson,
    Mission,
    Participant,
    PartnerEntity,
    SyncedRecord,
)
from app.store.serialize import to_json

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListSpec:
    """What one list shows: its columns, what a search looks at, how it filters."""

    model: type[SyncedRecord]
    columns: tuple[str, ...]
    search: tuple[str, ...]
    default_sort: str
    #: filter key -> column it compares (``mission`` compares the record's mission).
    filters: tuple[str, ...] = ()
    #: columns computed by a join (``mission_code``) are listed here, not in the model.
    extra: tuple[str, ...] = field(default=())


LISTS: dict[str, ListSpec] = {
    "activity": ListSpec(
        Activity, ("title", "kind", "start_date", "end_date", "venue_city", "venue_country",
                   "owner_mission"),
        ("title", "venue_city", "topics"), "start_date",
        ("mission", "kind", "date_from", "date_to", "initiative_id")),
    "participant": ListSpec(
        Participant, ("full_name", "native_name", "sex", "category", "organisation",
                      "position", "country", "owner_mission"),
        ("name_key", "native_name"), "full_name", ("mission", "sex", "category", "country",
                                             "actor_type")),
    "assessment": ListSpec(
        Assessment, ("title", "status", "method", "start_date", "end_date", "owner_mission"),
        ("title", "summary", "assessors"), "start_date",
        ("mission", "status", "date_from", "date_to")),
    "initiative": ListSpec(
        Initiative, ("title", "status", "start_date", "end_date", "owner_mission"),
        ("title", "objectives", "partners"), "start_date",
        ("mission", "status", "date_from", "date_to")),
    "lesson": ListSpec(
        Lesson, ("title", "kind", "thematic_area", "date_shared", "mission_code"),
        ("title", "text"), "date_shared", ("mission", "kind", "thematic_area"),
        extra=("mission_code",)),
    "focal_point": ListSpec(
        FocalPoint, ("full_name", "role", "unit", "email", "mission_code"),
        ("full_name", "role", "unit", "email"), "full_name", ("mission",),
        extra=("mission_code",)),
    "partner_entity": ListSpec(
        PartnerEntity, ("name", "acronym", "country", "sector"),
        ("name", "acronym"), "name", ("sector", "country")),
    "mission": ListSpec(
        Mission, ("code", "name", "mission_type", "host_countries"),
        ("code", "name"), "code", ("mission_type",)),
}


def spec(table: str) -> ListSpec:
    """The list definition of ``table`` (raises for a table without a list)."""
    try:
        return LISTS[table]
    except KeyError:
        raise ValidationError({"table": message("There is no list of {table}", table=table)},
                              "list", "made") from None


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_clause(s: ListSpec, text: str) -> Any:
    """Every word of ``text`` must appear in one of the searched columns."""
    words = text.split()
    clauses = []
    for word in words:
        options = []
        for name in s.search:
            column = getattr(s.model, name)
            if name == "name_key":  # folded already: fold the word the same way
                options.append(column.like(_like(fold(word)), escape="\\"))
            else:
                options.append(column.ilike(_like(word), escape="\\"))
        clauses.append(or_(*options))
    return and_(*clauses)


def _date(value: Any, key: str) -> dt.date:
    try:
        return parse_date(value)
    except ValueError:
        raise ValidationError({key: message("The filter date is not a date (use YYYY-MM-DD)")},
                              "filter", "applied") from None


def _filter_clause(s: ListSpec, key: str, value: Any) -> Any:
    model = s.model
    if key == "mission":
        if hasattr(model, "mission_id"):
            return model.mission_id == value
        code = select(Mission.code).where(Mission.id == value).scalar_subquery()
        return model.owner_mission == code
    if key == "date_from":
        return model.end_date >= _date(value, key)
    if key == "date_to":
        return model.start_date <= _date(value, key)
    return getattr(model, key) == value


def _statement(table: str, search: str, filters: Mapping[str, Any] | None) -> Select[Any]:
    s = spec(table)
    # "IS NOT true" rather than "= false": the planner then walks the sort index instead of
    # the low-selectivity tombstone index, so a first page costs the same at any size.
    stmt = select(s.model).where(s.model.deleted.is_not(True))
    if search.strip():
        stmt = stmt.where(_search_clause(s, search))
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key not in s.filters:
            raise ValidationError({key: message("The list of {table} cannot be filtered by "
                                                "{key}", table=table, key=key)},
                                  "filter", "applied")
        stmt = stmt.where(_filter_clause(s, key, value))
    return stmt


def _row(s: ListSpec, record: SyncedRecord, missions: Mapping[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {"id": record.id}
    for name in s.columns:
        if name == "mission_code":
            row[name] = missions.get(getattr(record, "mission_id", None) or "", "")
        else:
            row[name] = to_json(getattr(record, name))
    return row


def page(ws: Workspace, table: str, *, search: str = "", filters: Mapping[str, Any] | None = None,
         sort: str | None = None, descending: bool = False, offset: int = 0,
         limit: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """One page of ``table``'s list: ``{"id", <columns>}`` dicts.

    ``sort`` is one of the list's columns (default: the list's indexed default order);
    ties are broken by id so pages never overlap or skip rows.
    """
    s = spec(table)
    sort = sort or s.default_sort
    if sort not in (*s.columns, "id") or sort in s.extra:
        raise ValidationError({"sort": message("The list of {table} cannot be sorted by "
                                               "{sort}", table=table, sort=sort)},
                              "sort", "applied")
    column = getattr(s.model, sort)
    order = [column.desc() if descending else column.asc()]
    if sort != "id":
        order.append(s.model.id.desc() if descending else s.model.id.asc())
    stmt = _statement(table, search, filters).order_by(*order).offset(max(0, offset)) \
        .limit(max(1, limit))
    with ws.session() as session:
        records = list(session.scalars(stmt))
        missions: dict[str, str] = {}
        if "mission_code" in s.columns:
            ids = {getattr(r, "mission_id", None) for r in records} - {None}
            if ids:
                missions = dict(session.execute(
                    select(Mission.id, Mission.code).where(Mission.id.in_(ids))).all())
        return [_row(s, r, missions) for r in records]


def count(ws: Workspace, table: str, *, search: str = "",
          filters: Mapping[str, Any] | None = None) -> int:
    """How many live records the list holds with this search and these filters."""
    stmt = _statement(table, search, filters)
    with ws.session() as session:
        return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def choices(ws: Workspace, table: str, *, limit: int = 5000,
            search: str = "") -> list[tuple[str, str]]:
    """(id, label) pairs for a look-up field that points at ``table``, by label; with
    ``search``, only records whose list search columns hold every word of it."""
    model, label = _CHOICE_LABELS[table]
    with ws.session() as session:
        stmt = select(model).where(model.deleted.is_not(True))  # walks the label index
        if search.strip():
            stmt = stmt.where(_search_clause(spec(table), search))
        stmt = stmt.order_by(label(model)).limit(limit)
        return [(r.id, _choice_text(table, r)) for r in session.scalars(stmt)]


def choice_label(ws: Workspace, table: str, record_id: str | None) -> str:
    """The look-up label of one record ('' when it does not exist)."""
    if not record_id:
        return ""
    model, _label = _CHOICE_LABELS[table]
    with ws.session() as session:
        record = session.get(model, record_id)
        return _choice_text(table, record) if record is not None else ""


def _choice_text(table: str, record: Any) -> str:
    if table == "mission":
        return f"{record.code} - {record.name}" if record.name != record.code else record.code
    if table == "partner_entity":
        return f"{record.name} ({record.acronym})" if record.acronym else record.name
    if table == "activity":
        return f"{record.title} ({to_json(record.start_date)})"
    if table == "participant":
        return f"{record.full_name} - {record.organisation}" if record.organisation \
            else record.full_name
    return str(getattr(record, "title", None) or getattr(record, "full_name", record.id))


_CHOICE_LABELS: dict[str, tuple[Any, Any]] = {
    "mission": (Mission, lambda m: m.code),
    "partner_entity": (PartnerEntity, lambda m: m.name),
    "initiative": (Initiative, lambda m: m.title),
    "activity": (Activity, lambda m: m.start_date.desc()),
    "assessment": (Assessment, lambda m: m.title),
    "participant": (Participant, lambda m: m.full_name),
}
