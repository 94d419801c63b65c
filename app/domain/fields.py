"""Declarative field rules for every record: type, required, vocabulary, length.

The services clean and validate input with these specs; the GUI reads them to mark
required fields and fill combo boxes; the CSV import maps columns onto them. Error
messages name what is wrong in one short sentence fragment, shown next to the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import vocab as v
from app.domain.countries import is_country, parse_country
from app.domain.i18n import code_term, list_term, message

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[+0-9 ().\-/]{5,40}$")


@dataclass(frozen=True)
class FieldSpec:
    """How one field is entered and checked."""

    name: str
    label: str
    kind: str = "text"  # text, longtext, date, bool, int, float, code, codes, country,
    #                     email, phone, ref, strings
    required: bool = False
    vocab: v.Vocabulary | None = None
    max_len: int = 300
    minimum: float | None = None
    maximum: float | None = None
    ref: str | None = None  # table name for kind == "ref"


def _s(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, label, **kw)


SPECS: dict[str, tuple[FieldSpec, ...]] = {
    "mission": (
        _s("code", "Code", required=True, max_len=32),
        _s("name", "Name", required=True),
        _s("mission_type", "Type", kind="code", vocab=v.MISSION_TYPE, required=True),
        _s("host_countries", "Host countries", kind="countries"),
        _s("description", "Description", kind="longtext", max_len=5000),
    ),
    "focal_point": (
        _s("full_name", "Full name", required=True),
        _s("mission_id", "Mission", kind="ref", ref="mission"),
        _s("unit", "Unit"),
        _s("role", "Role"),
        _s("email", "Email", kind="email"),
        _s("phone", "Phone", kind="phone", max_len=100),
        _s("languages", "Languages", kind="strings"),
        _s("active_from", "Active from", kind="date"),
        _s("active_to", "Active to", kind="date"),
        _s("notes", "Notes", kind="longtext", max_len=5000),
    ),
    "partner_entity": (
        _s("name", "Name", required=True),
        _s("acronym", "Acronym", max_len=50),
        _s("country", "Country", kind="country"),
        _s("sector", "Sector", kind="code", vocab=v.SECTOR, required=True),
        _s("notes", "Notes", kind="longtext", max_len=5000),
    ),
    "lesson": (
        _s("title", "Title", required=True),
        _s("kind", "Kind", kind="code", vocab=v.LESSON_KIND, required=True),
        _s("thematic_area", "Thematic area", kind="code", vocab=v.THEMATIC_AREA, required=True),
        _s("mission_id", "Mission", kind="ref", ref="mission"),
        _s("text", "Text", kind="longtext", required=True, max_len=20000),
        _s("tags", "Tags", kind="strings"),
        _s("source_activity_id", "Source activity", kind="ref", ref="activity"),
        _s("source_assessment_id", "Source assessment", kind="ref", ref="assessment"),
        _s("date_shared", "Date shared", kind="date"),
    ),
    "initiative": (
        _s("title", "Title", required=True),
        _s("mission_id", "Mission", kind="ref", ref="mission", required=True),
        _s("status", "Status", kind="code", vocab=v.INITIATIVE_STATUS, required=True),
        _s("start_date", "Start date", kind="date"),
        _s("end_date", "End date", kind="date"),
        _s("partners", "Partners", kind="longtext", max_len=2000),
        _s("objectives", "Objectives", kind="longtext", max_len=10000),
    ),
    "assessment": (
        _s("title", "Title", required=True),
        _s("mission_id", "Mission", kind="ref", ref="mission", required=True),
        _s("start_date", "Start date", kind="date"),
        _s("end_date", "End date", kind="date"),
        _s("method", "Method", kind="code", vocab=v.ASSESSMENT_METHOD, required=True),
        _s("assessors", "Assessors", kind="longtext", max_len=2000),
        _s("status", "Status", kind="code", vocab=v.ASSESSMENT_STATUS, required=True),
        _s("summary", "Summary", kind="longtext", max_len=20000),
    ),
    "assessment_entity": (
        _s("assessment_id", "Assessment", kind="ref", ref="assessment", required=True),
        _s("entity_id", "Entity", kind="ref", ref="partner_entity", required=True),
    ),
    "finding": (
        _s("assessment_id", "Assessment", kind="ref", ref="assessment", required=True),
        _s("title", "Need or gap", required=True),
        _s("thematic_area", "Thematic area", kind="code", vocab=v.THEMATIC_AREA, required=True),
        _s("severity", "Severity", kind="code", vocab=v.SEVERITY, required=True),
        _s("evidence", "Evidence", kind="longtext", max_len=20000),
        _s("recommendation", "Recommendation", kind="longtext", max_len=20000),
        _s("initiative_id", "Linked initiative", kind="ref", ref="initiative"),
    ),
    "activity": (
        _s("title", "Title", required=True),
        _s("kind", "Kind", kind="code", vocab=v.ACTIVITY_KIND, required=True),
        _s("mission_id", "Mission", kind="ref", ref="mission", required=True),
        _s("initiative_id", "Initiative", kind="ref", ref="initiative"),
        _s("start_date", "Start date", kind="date", required=True),
        _s("end_date", "End date", kind="date", required=True),
        _s("venue_city", "City", max_len=200),
        _s("venue_country", "Country", kind="country"),
        _s("co_organisers", "Co-organisers", kind="longtext", max_len=2000),
        _s("topics", "Topics", kind="longtext", max_len=5000),
        _s("languages", "Languages", kind="strings"),
        _s("target_audience", "Target audience", kind="longtext", max_len=2000),
        _s("description", "Description", kind="longtext", max_len=20000),
        _s("coc_modules", "Modules covered", kind="codes", vocab=v.COC_MODULES),
        _s("coc_commitments", "Commitments", kind="longtext", max_len=20000),
        _s("parties_represented", "Parties represented", kind="longtext", max_len=5000),
        _s("common_ground", "Common ground", kind="longtext", max_len=20000),
        _s("follow_up", "Follow-up", kind="longtext", max_len=20000),
    ),
    "activity_day": (
        _s("activity_id", "Activity", kind="ref", ref="activity", required=True),
        _s("day_date", "Date", kind="date", required=True),
        _s("label", "Session", max_len=200),
    ),
    "participant": (
        _s("full_name", "Full name", required=True),
        _s("native_name", "Name in native script"),
        _s("sex", "Sex", kind="code", vocab=v.SEX, required=True),
        _s("age_band", "Age band", kind="code", vocab=v.AGE_BAND),
        _s("disability", "Disability", kind="bool"),
        _s("entity_id", "Entity", kind="ref", ref="partner_entity"),
        _s("organisation", "Organisation"),
        _s("position", "Position or rank"),
        _s("category", "Category", kind="code", vocab=v.PARTICIPANT_CATEGORY, required=True),
        _s("actor_type", "State or non-state", kind="code", vocab=v.ACTOR_TYPE, required=True),
        _s("country", "Country", kind="country"),
        _s("email", "Email", kind="email"),
        _s("phone", "Phone", kind="phone", max_len=100),
    ),
    "attendance": (
        _s("activity_id", "Activity", kind="ref", ref="activity", required=True),
        _s("participant_id", "Participant", kind="ref", ref="participant", required=True),
        _s("role", "Role", kind="code", vocab=v.ATTENDANCE_ROLE, required=True),
        _s("days_present", "Days present", kind="strings"),
        _s("pre_score", "Pre-test score", kind="float", minimum=0, maximum=100),
        _s("post_score", "Post-test score", kind="float", minimum=0, maximum=100),
        _s("certificate", "Certificate issued", kind="bool"),
        _s("commitment_signed", "Commitment signed", kind="bool"),
    ),
}

TRUE_WORDS = {"1", "true", "yes", "y", "oui", "o", "x", "vrai", "✓", "да", "نعم"}
FALSE_WORDS = {"0", "false", "no", "n", "non", "faux", "", "нет", "لا"}


def parse_date(value: Any) -> dt.date:
    """A date from a date, an ISO string or a common day-first form (31/12/2024)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(message("is not a date (use YYYY-MM-DD)"))


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _clean_strings(value: Any) -> list[str]:
    parts = re.split(r"[;,]", value) if isinstance(value, str) else [str(p) for p in value]
    return [p.strip() for p in parts if p.strip()]


def _clean_one(spec: FieldSpec, value: Any) -> Any:
    """The typed value for ``value``; raises ValueError with a message fragment."""
    kind = spec.kind
    if kind in ("text", "longtext", "ref"):
        text = str(value).strip()
        if len(text) > spec.max_len:
            raise ValueError(message("is longer than {max} characters", max=spec.max_len))
        return text
    if kind == "date":
        return parse_date(value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(message("must be yes or no"))
    if kind in ("int", "float"):
        try:
            number = float(str(value).replace(",", ".")) if not isinstance(value, int | float) \
                else float(value)
        except ValueError:
            raise ValueError(message("must be a number")) from None
        if spec.minimum is not None and number < spec.minimum:
            raise ValueError(message("must be at least {min}", min=f"{spec.minimum:g}"))
        if spec.maximum is not None and number > spec.maximum:
            raise ValueError(message("must be at most {max}", max=f"{spec.maximum:g}"))
        return int(number) if kind == "int" else number
    if kind == "code":
        assert spec.vocab is not None
        code = value if value in spec.vocab else spec.vocab.parse(str(value))
        if code is None:
            allowed = list_term([code_term(spec.vocab, c) for c in spec.vocab.codes])
            raise ValueError(message("'{value}' is not a known value (one of: {allowed})",
                                     value=value, allowed=allowed))
        return code
    if kind == "codes":
        assert spec.vocab is not None
        codes = []
        for item in _clean_strings(value):
            code = item if item in spec.vocab else spec.vocab.parse(item)
            if code is None:
                raise ValueError(message("'{value}' is not a known value", value=item))
            codes.append(code)
        return codes
    if kind == "country":
        code = str(value).strip().upper() if is_country(str(value).strip().upper()) \
            else parse_country(str(value))
        if code is None:
            raise ValueError(message("'{value}' is not a known country", value=value))
        return code
    if kind == "countries":
        out = []
        for item in _clean_strings(value):
            code = item.upper() if is_country(item.upper()) else parse_country(item)
            if code is None:
                raise ValueError(message("'{value}' is not a known country", value=item))
            out.append(code)
        return out
    if kind == "email":
        text = str(value).strip()
        if not EMAIL_RE.match(text):
            raise ValueError(message("is not an email address"))
        return text
    if kind == "phone":
        text = str(value).strip()
        if not PHONE_RE.match(text):
            raise ValueError(message("is not a phone number"))
        return text
    if kind == "strings":
        return _clean_strings(value)
    raise AssertionError(f"unknown field kind {kind}")


EMPTY: dict[str, Callable[[], Any]] = {
    "text": str, "longtext": str, "email": str, "phone": str, "strings": list,
    "codes": list, "countries": list,
}


def clean(table: str, data: Mapping[str, Any], *, partial: bool = False
          ) -> tuple[dict[str, Any], dict[str, str]]:
    """Typed values and errors (field -> message) for ``data`` against ``table``'s specs.

    With ``partial`` only the fields present are checked (an update); otherwise missing
    required fields are errors (a creation). Unknown fields are errors too.
    """
    specs = {s.name: s for s in SPECS[table]}
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in data:
        if name not in specs:
            errors[name] = message("is not a field of this record")
    for name, spec in specs.items():
        if name not in data:
            if spec.required and not partial:
                errors[name] = message("{label} is required", label=spec.label)
            continue
        raw = data[name]
        if _is_blank(raw):
            if spec.required:
                errors[name] = message("{label} is required", label=spec.label)
            else:
                values[name] = EMPTY.get(spec.kind, lambda: None)()
            continue
        try:
            values[name] = _clean_one(spec, raw)
        except ValueError as exc:
            errors[name] = message("{label} {problem}", label=spec.label, problem=exc.args[0])
    return values, errors


def check_date_order(values: Mapping[str, Any], start: str, end: str,
                     errors: dict[str, str]) -> None:
    """Add an error on ``end`` when it is before ``start``."""
    a, b = values.get(start), values.get(end)
    if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a:
        errors[end] = message("The end date is before the start date")
