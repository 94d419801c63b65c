"""Import a participant list (CSV or XLSX) into an activity.

:func:`read_rows` reads the file (see :mod:`app.services.import_reader`);
:func:`preview` says, row by row, what an import would do; :func:`import_participants`
does it in one transaction. Both use the same plan, so the preview the GUI shows is
what the import does. A row naming someone already known (same name in any order and
same organisation) registers that person instead of creating a second one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.countries import is_country, parse_country
from app.domain.errors import FocalPointError, ValidationError
from app.domain.fields import clean
from app.domain.i18n import message
from app.domain.vocab import PARTICIPANT_CATEGORY, fold
from app.services.attendance import (
    create_participant_in,
    likely_duplicates_in,
    name_key,
    register_in,
)
from app.services.import_reader import ImportFileError, ParsedFile, SourceRow, read_rows
from app.services.workspace import Tx, Workspace
from app.store.models import Activity, Attendance, Participant, PartnerEntity
from app.store.serialize import to_json

__all__ = ["ImportFileError", "ImportPreview", "ImportResult", "InvalidRowsError",
           "ParsedFile", "PreviewRow", "import_participants", "preview", "read_rows"]

log = logging.getLogger(__name__)

PARTICIPANT_FIELDS = ("full_name", "native_name", "sex", "age_band", "disability",
                      "organisation", "position", "category", "actor_type", "country",
                      "email", "phone")
NEW, MATCHED, REGISTERED, IN_FILE, INVALID = (
    "new", "matched", "already_registered", "duplicate_in_file", "invalid")
AGE_BANDS = ((18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"), (45, 54, "45-54"),
             (55, 64, "55-64"), (65, 130, "65+"))
# Nationalities people write in a "Nationalité" column (folded), for the network's regions.
NATIONALITIES = {
    "congolais": "CD", "congolaise": "CD", "congolese": "CD", "ougandais": "UG",
    "ougandaise": "UG", "ugandan": "UG", "rwandais": "RW", "rwandaise": "RW",
    "rwandan": "RW", "burundais": "BI", "burundaise": "BI", "burundian": "BI",
    "libyen": "LY", "libyenne": "LY", "libyan": "LY", "tunisien": "TN", "tunisienne": "TN",
    "tunisian": "TN", "egyptien": "EG", "egyptienne": "EG", "egyptian": "EG",
    "ouzbek": "UZ", "ouzbeke": "UZ", "uzbek": "UZ", "kazakh": "KZ", "kazakhe": "KZ",
    "kirghize": "KG", "kyrgyz": "KG", "tadjik": "TJ", "tadjike": "TJ", "tajik": "TJ",
    "turkmene": "TM", "turkmen": "TM", "afghan": "AF", "afghane": "AF",
    "malien": "ML", "malienne": "ML", "malian": "ML", "nigerien": "NE",
    "nigerienne": "NE", "tchadien": "TD", "tchadienne": "TD", "chadian": "TD",
    "soudanais": "SD", "soudanaise": "SD", "sudanese": "SD", "centrafricain": "CF",
    "centrafricaine": "CF", "camerounais": "CM", "camerounaise": "CM", "somali": "SO",
    "somalien": "SO", "somalienne": "SO", "kenyan": "KE", "kenyane": "KE",
    "francais": "FR", "francaise": "FR", "french": "FR", "belge": "BE", "belgian": "BE",
    "russe": "RU", "russian": "RU", "algerien": "DZ", "algerienne": "DZ", "marocain": "MA",
    "marocaine": "MA", "senegalais": "SN", "senegalaise": "SN", "burkinabe": "BF",
    "mauritanien": "MR", "mauritanienne": "MR", "nigerian": "NG", "nigeriane": "NG",
}


class InvalidRowsError(FocalPointError):
    """Rows of the file are invalid, so nothing was imported; ``result`` lists them."""

    exit_code = 2

    def __init__(self, message: str, result: ImportResult) -> None:
        self.result = result
        super().__init__(message)


@dataclass
class PreviewRow:
    """What the import does with one row of the file."""

    line: int
    values: dict[str, Any]  # cleaned participant values (codes, JSON-safe)
    errors: dict[str, str]  # field -> message; empty when the row is valid
    status: str  # new, matched, already_registered, duplicate_in_file, invalid
    role: str = "participant"
    participant_id: str | None = None  # the existing person matched
    duplicate_of_line: int | None = None
    attendance_id: str | None = None  # the person's registration (maybe deleted) if any
    raw: dict[str, Any] = field(default_factory=dict)  # the cells as written

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    """Every row of a file with what importing it into an activity would do."""

    activity_id: str
    file: dict[str, Any]
    rows: list[PreviewRow]

    def __iter__(self) -> Iterator[PreviewRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def to_dict(self) -> dict[str, Any]:
        return {"activity_id": self.activity_id, "file": self.file,
                "rows": [asdict(r) for r in self.rows],
                "counts": {s: self.count(s) for s in (NEW, MATCHED, REGISTERED, IN_FILE,
                                                       INVALID)}}


@dataclass
class ImportResult:
    """What an import did (or, when ``imported`` is False, why it did nothing)."""

    activity_id: str
    file: dict[str, Any]
    imported: bool = False
    created: int = 0
    matched: int = 0
    registered: int = 0
    skipped: int = 0
    invalid: int = 0
    invalid_rows: list[dict[str, Any]] = field(default_factory=list)
    skipped_rows: list[dict[str, Any]] = field(default_factory=list)
    matched_rows: list[dict[str, Any]] = field(default_factory=list)  # line, participant_id
    participant_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- cleaning one row ------------------------------------------------------------------


def _age_band(value: Any) -> Any:
    text = str(value).strip()
    if re.fullmatch(r"\d{1,3}", text):
        age = int(text)
        for low, high, band in AGE_BANDS:
            if low <= age <= high:
                return band
    return re.sub(r"\s*[\u2010-\u2015]\s*", "-", text)


def _country(value: Any) -> Any:
    text = str(value).strip()
    if is_country(text.upper()) or parse_country(text):
        return text
    return NATIONALITIES.get(fold(text), text)


def _prepare(raw: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in raw.items() if k in PARTICIPANT_FIELDS}
    for name in ("full_name", "native_name", "organisation", "position"):
        if isinstance(data.get(name), str):
            data[name] = " ".join(data[name].split())
    if data.get("age_band") not in (None, ""):
        data["age_band"] = _age_band(data["age_band"])
    if data.get("country") not in (None, ""):
        data["country"] = _country(data["country"])
    for name in ("phone", "email"):
        if data.get(name) is not None and not isinstance(data[name], str):
            data[name] = str(data[name])
    if str(data.get("actor_type") or "").strip() == "":
        category = PARTICIPANT_CATEGORY.parse(str(data.get("category") or ""))
        data["actor_type"] = "non_state" if category == "civil_society" else "state"
    return data


def clean_row(raw: dict[str, Any]) -> tuple[dict[str, Any], str, dict[str, str]]:
    """Cleaned participant values, the attendance role and errors of one row."""
    values, errors = clean("participant", _prepare(raw))
    role = "participant"
    if str(raw.get("role") or "").strip():
        role_values, role_errors = clean("attendance", {"role": raw["role"]}, partial=True)
        errors.update(role_errors)
        role = role_values.get("role", role)
    return values, role, errors


# --- the plan ---------------------------------------------------------------------------


Entities = dict[str, tuple[str, str] | None]


def _entity_index(tx: Tx) -> Entities:
    """Folded entity names and acronyms -> (entity id, name); None when two entities
    share the name or acronym."""
    index: Entities = {}
    for entity in tx.session.scalars(select(PartnerEntity).where(
            PartnerEntity.deleted.is_(False))):
        for key in {fold(entity.name or ""), fold(entity.acronym or "")} - {""}:
            index[key] = (entity.id, entity.name) if key not in index else None
    return index


def _known(tx: Tx, full_name: str, organisations: list[str]) -> Participant | None:
    """The oldest participant with this name and one of these organisations."""
    found: list[Participant] = []
    for organisation in organisations:
        found.extend(likely_duplicates_in(tx, full_name, organisation))
    return min(found, key=lambda p: (p.created_at, p.id)) if found else None


def _attendance(tx: Tx, activity_id: str, participant_id: str) -> Attendance | None:
    return tx.session.scalars(select(Attendance).where(
        Attendance.activity_id == activity_id,
        Attendance.participant_id == participant_id)).first()


def _plan_row(tx: Tx, activity_id: str, source: SourceRow, entities: Entities,
              seen: dict[str, int]) -> PreviewRow:
    values, role, errors = clean_row(source.values)
    row = PreviewRow(source.line, {k: to_json(v) for k, v in values.items()}, errors,
                     INVALID if errors else NEW, role,
                     raw={k: to_json(v) for k, v in source.values.items()})
    if errors:
        return row
    written = values.get("organisation") or ""
    entity = entities.get(fold(written)) if written else None
    if entity:  # an entity's name or acronym: link it and use its name
        row.values["entity_id"], row.values["organisation"] = entity
    organisation = row.values.get("organisation") or ""
    key = name_key(values["full_name"], organisation)
    if key in seen:
        row.status, row.duplicate_of_line = IN_FILE, seen[key]
        return row
    seen[key] = source.line
    person = _known(tx, values["full_name"], list(dict.fromkeys([organisation, written])))
    if person is not None:
        row.participant_id = person.id
        existing = _attendance(tx, activity_id, person.id)
        row.attendance_id = existing.id if existing is not None else None
        row.status = REGISTERED if existing is not None and not existing.deleted else MATCHED
    return row


def _plan(tx: Tx, parsed: ParsedFile, activity_id: str) -> list[PreviewRow]:
    tx.get(Activity, activity_id, "activity")
    entities = _entity_index(tx)
    seen: dict[str, int] = {}
    return [_plan_row(tx, activity_id, source, entities, seen) for source in parsed.rows]


def preview(ws: Workspace, path: str | Path, activity_id: str) -> ImportPreview:
    """Read ``path`` and say, row by row, what importing it into the activity would do
    (nothing is written)."""
    parsed = read_rows(path)
    with ws.session() as session:
        tx = Tx(session, node_id=ws.node.id, operator=ws.operator_name,
                mission_code=ws.node.mission_code)
        rows = _plan(tx, parsed, activity_id)
    return ImportPreview(activity_id, parsed.describe(), rows)


# --- the import -------------------------------------------------------------------------


def _result(parsed: ParsedFile, activity_id: str, rows: list[PreviewRow]) -> ImportResult:
    result = ImportResult(activity_id, parsed.describe())
    for row in rows:
        if row.status == INVALID:
            result.invalid_rows.append({"line": row.line, "errors": dict(row.errors)})
        elif row.status in (REGISTERED, IN_FILE):
            reason = (message("already registered for this activity")
                      if row.status == REGISTERED
                      else message("same person as line {line}", line=row.duplicate_of_line))
            result.skipped_rows.append({"line": row.line, "reason": row.status,
                                        "detail": reason, "participant_id": row.participant_id})
    result.invalid = len(result.invalid_rows)
    result.skipped = len(result.skipped_rows)
    return result


def _register(tx: Tx, activity: Activity, row: PreviewRow) -> str:
    """Create (when new) and register the row's person; returns the participant id."""
    person_id = row.participant_id
    if person_id is None:
        person = create_participant_in(tx, dict(row.values), allow_duplicate=True,
                                       owner_mission=activity.owner_mission)
        person_id = person.id
    if row.attendance_id:  # a deleted registration: bring it back rather than duplicate
        tx.update(tx.get(Attendance, row.attendance_id, include_deleted=True),
                  {"deleted": False, "role": row.role})
    else:
        register_in(tx, activity.id, person_id, row.role)
    return person_id


def _rejection(name: str, rows: list[PreviewRow], result: ImportResult) -> InvalidRowsError:
    bad = result.invalid
    if bad == len(rows):
        text = message("No row of {name} can be imported ({bad} invalid); fix the rows "
                       "listed and import again.", name=name, bad=bad)
    else:
        text = message("{bad} of {total} rows of {name} are invalid, so nothing was "
                       "imported; fix them, or import the others with --skip-invalid.",
                       bad=bad, total=len(rows), name=name)
    return InvalidRowsError(text, result)


def import_participants(ws: Workspace, path: str | Path, activity_id: str, *,
                        skip_invalid: bool = False) -> ImportResult:
    """Import the participants of ``path`` into an activity in one transaction.

    Raises InvalidRowsError (nothing imported) when a row is invalid, unless
    ``skip_invalid``; then only the valid rows are imported (but not when none is).
    """
    parsed = read_rows(path)
    name = Path(path).name
    with ws.transaction() as tx:
        rows = _plan(tx, parsed, activity_id)
        result = _result(parsed, activity_id, rows)
        if result.invalid and (not skip_invalid or result.invalid == len(rows)):
            raise _rejection(name, rows, result)
        activity = tx.get(Activity, activity_id, "activity")
        for row in rows:
            if row.status not in (NEW, MATCHED):
                continue
            try:
                result.participant_ids.append(_register(tx, activity, row))
            except ValidationError as exc:
                raise ImportFileError(message("Line {line} of {name} could not be saved "
                                              "({exc}); nothing was imported.",
                                              line=row.line, name=name, exc=exc)) from exc
            result.created += int(row.status == NEW)
            if row.status == MATCHED:
                result.matched += 1
                result.matched_rows.append({"line": row.line,
                                            "participant_id": row.participant_id})
        result.registered = result.created + result.matched
        result.imported = True
    log.info("Imported a participant list into activity %s: %d created, %d matched, "
             "%d skipped, %d invalid", activity_id, result.created, result.matched,
             result.skipped, result.invalid)
    return result

