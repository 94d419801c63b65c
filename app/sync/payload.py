"""Bundle payload: building it, parsing JSON safely, validating it (SYNC-SPEC 4, 6)."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
import secrets
import uuid
from typing import Any

import jsonschema_rs
import msgspec
import orjson

from app.config import resources_dir
from app.domain.i18n import message
from app.sync.errors import BundleRejectedError

FORMAT = "focalpoint-bundle"
FORMAT_VERSION = 1
KINDS = ("changes", "enrolment", "ack")
MAX_DEPTH = 32
SCHEMA_NAME = "bundle-v1.schema.json"
_CHANGE_ID = re.compile(r"^(?P<origin>[0-9a-fA-F-]{36}):(?P<seq>[1-9][0-9]*)$")


def now_rfc3339() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def build_payload(
    *,
    schema_version: str,
    kind: str,
    source: dict[str, Any],
    audience: list[str],
    seq: int,
    acks: dict[str, int],
    changes: list[dict[str, Any]],
    card: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The payload document of one bundle (section 4)."""
    payload: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "bundle_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": now_rfc3339(),
        "source": source,
        "audience": audience,
        "seq": seq,
        "acks": acks,
        "changes": changes,
        "counts": {"changes": len(changes)},
    }
    if card is not None:
        payload["card"] = card
    return payload


def dumps(document: Any) -> bytes:
    """Compact UTF-8 JSON."""
    return orjson.dumps(document)


_DECODER = msgspec.json.Decoder()


# What ``loads`` and ``check_depth`` read, as the subject of their sentences.
WHAT = {"bundle": message("bundle"), "bundle file": message("bundle file"),
        "bundle payload": message("bundle payload"),
        "decrypted bundle": message("decrypted bundle")}


def _subject(what: str) -> str:
    return WHAT.get(what, what)


def loads(data: bytes | bytearray | memoryview | str, what: str = "bundle") -> Any:
    """Parse JSON, turning every failure into one sentence (never a traceback).

    msgspec builds Python objects straight from the text: on a bundle's JWE and JWS
    documents (one huge string each) it is about twice as fast as orjson, and on a
    200,000-change payload faster and with about half of orjson's peak memory (no
    intermediate document). Integers beyond 64 bits stay exact (orjson gives floats);
    the payload schema bounds every number, so both are refused there alike."""
    try:
        return _DECODER.decode(data)
    except RecursionError as exc:
        raise _too_deep(what) from exc
    except (ValueError, TypeError) as exc:  # msgspec.DecodeError is a ValueError
        if "depth" in str(exc).lower() or "recursion" in str(exc).lower():
            raise _too_deep(what) from exc
        raise BundleRejectedError(
            "not_json",
            message("The {what} is not valid JSON (it may be truncated or damaged); copy "
                    "the file again from the sender.", what=_subject(what)),
        ) from exc


#: More strings than this in a JWE or JWS document: not one FocalPoint writes (about 20),
#: so :func:`scan_envelope` leaves it to :func:`loads` rather than walk them one by one.
MAX_ENVELOPE_STRINGS = 10_000


class Member:
    """The large member of a bundle's JWE or JWS document (the ciphertext, the payload),
    left in place: the bytes between its quotes in the document, which hold no quote and
    no backslash. Whether they are valid JSON text (no control character, valid UTF-8) is
    not checked when the document is scanned: base64url decoding checks more (only its
    64 letters are allowed), and when it fails, :meth:`parsed` reads the whole document,
    so that one that is not JSON is refused as such, with :func:`loads`'s sentence."""

    __slots__ = ("doc", "end", "key", "start", "what")

    def __init__(self, doc: bytes | bytearray, start: int, end: int, what: str, key: str
                 ) -> None:
        self.doc, self.start, self.end, self.what, self.key = doc, start, end, what, key

    def __len__(self) -> int:
        return self.end - self.start

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Member):
            other = other.view()
        return isinstance(other, bytes | bytearray | memoryview) and self.view() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Member({self.key!r}, {len(self)} bytes)"

    def view(self) -> memoryview:
        """The member's bytes, without a copy."""
        return memoryview(self.doc)[self.start:self.end]

    def parsed(self) -> Any:
        """The member as :func:`loads` gives it from the whole document (text): raises
        :class:`BundleRejectedError` when the document is not JSON."""
        return loads(self.doc, self.what)[self.key]


def scan_envelope(data: bytes | bytearray, what: str, big: str) -> dict[str, Any] | None:
    """The JSON object ``data`` (a JWE or JWS document) with its member ``big`` given as
    a :class:`Member` and the others parsed, in about one memchr pass over the file:
    no 250 MB Python string is made, no copy of the member either (0.3 s and one copy
    fewer per layer of a 244 MiB bundle than parsing it, even with a parser that only
    skips the member). None when this does not apply - not an object, escapes or other
    characters in ``big``, not JSON - and :func:`envelope` then parses ``data`` whole.

    Every string of the document is found from quote to quote, and the longest is taken
    for ``big``'s value; the document is then parsed with that string's content
    replaced by a random marker. The marker coming back as ``big``'s value proves that
    the string is exactly that member's value, whatever the rest of the document holds
    (a quote inside another string only makes the guess fail, and ``data`` is parsed
    whole)."""
    if not isinstance(data, bytes | bytearray):
        return None
    find = data.find
    pos = count = 0
    best = (0, -1)
    while (start := find(b'"', pos)) >= 0:
        end = find(b'"', start + 1)
        count += 1
        if end < 0 or count > MAX_ENVELOPE_STRINGS:
            return None
        if end - start - 1 > best[1] - best[0]:
            best = (start + 1, end)
        pos = end + 1
    start, end = best
    if end < 0 or find(b"\\", start, end) >= 0:
        return None
    marker = secrets.token_hex(16)
    try:
        doc = _DECODER.decode(b"".join((data[:start], marker.encode("ascii"), data[end:])))
    except (ValueError, TypeError, RecursionError):
        return None
    if not isinstance(doc, dict) or doc.get(big) != marker:
        return None
    doc[big] = Member(data, start, end, what, big)
    return doc


def envelope(data: bytes | bytearray, scanned: dict[str, Any] | None, what: str, big: str
             ) -> Any:
    """A JWE or JWS document in JSON form: what :func:`scan_envelope` gave (``scanned``),
    or else :func:`loads` of ``data`` (every member parsed, with its sentence when the
    document is not JSON)."""
    return scanned if scanned is not None else loads(data, what)


def loads_envelope(data: bytes | bytearray, what: str, big: str) -> Any:
    """:func:`envelope` of ``data``."""
    return envelope(data, scan_envelope(data, what, big), what, big)


def _too_deep(what: str) -> BundleRejectedError:
    return BundleRejectedError(
        "too_deep", message("The {what} is nested too deeply to be a FocalPoint bundle; do "
                            "not import it.", what=_subject(what))
    )


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed JSON value, stopping once past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((c, level + 1) for c in children if isinstance(c, dict | list))
    return deepest


def check_depth(value: Any, what: str = "bundle", limit: int = MAX_DEPTH) -> None:
    if depth(value, limit) > limit:
        raise _too_deep(what)


@functools.cache
def _schema() -> dict[str, Any]:
    return json.loads((resources_dir() / "schemas" / SCHEMA_NAME).read_text(encoding="utf-8"))


@functools.cache
def _validator() -> Any:
    return jsonschema_rs.validator_for(_schema())


def typed_validator(tables: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> Any:
    """A validator for the payload schema made stricter: each change's ``fields`` and
    ``before`` must match the JSON Schemas ``tables`` gives for the change's table (the
    types of the table's columns, which only the caller knows) instead of the schema's
    own, looser ``values``, so that each value is checked once. Those schemas must each
    be stricter than ``values`` (within :func:`value_limits`, as
    ``app.services.sync_apply.column_schemas`` makes them), and ``tables`` must name
    every table the schema allows: then a payload this accepts is valid, and its values
    are of their columns' types."""
    schema = copy.deepcopy(_schema())
    change = schema["$defs"]["change"]
    if set(change["properties"]["table"]["enum"]) != set(tables):
        raise ValueError("typed_validator needs a schema for every table")
    change["properties"]["fields"] = change["properties"]["before"] = {"type": "object"}
    change["allOf"] = [
        {"if": {"properties": {"table": {"const": table}}},
         "then": {"properties": {"fields": fields, "before": before}}}
        for table, (fields, before) in tables.items()]
    return jsonschema_rs.validator_for(schema)


def value_limits() -> dict[str, Any]:
    """The limits the schema sets on every value (``$defs/scalar``, ``$defs/value``):
    maxLength, minimum, maximum, maxItems, and the object limits of ``$defs/values``
    (maxProperties, the property-name pattern), for typed schemas to keep them."""
    defs = _schema()["$defs"]
    array = defs["value"]["anyOf"][1]
    return {"maxLength": defs["scalar"]["maxLength"], "minimum": defs["scalar"]["minimum"],
            "maximum": defs["scalar"]["maximum"], "maxItems": array["maxItems"],
            "maxProperties": defs["values"]["maxProperties"],
            "propertyNames": defs["values"]["propertyNames"]["pattern"]}


def _version_number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def check_versions(payload: Any, schema_head: str) -> None:
    """Refuse payloads of a newer format or database schema with 'update' advice."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise BundleRejectedError(
            "not_a_bundle",
            message("The file is not a FocalPoint bundle; check that you picked the right "
                    "file."),
        )
    version = payload.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleRejectedError(
            "newer_format",
            message("The bundle uses format version {version}, newer than this application "
                    "understands; update the application.", version=version),
        )
    theirs = payload.get("schema_version")
    if isinstance(theirs, str):
        mine, other = _version_number(schema_head), _version_number(theirs)
        if (mine is not None and other is not None and other > mine) or (
            other is None and theirs != schema_head
        ):
            raise BundleRejectedError(
                "newer_schema",
                message("The bundle was written by a database schema ({theirs}) newer than "
                        "this one ({schema_head}); update the application.",
                        theirs=theirs, schema_head=schema_head),
            )


def validate(payload: Any, typed: Any = None) -> bool:
    """Validate against ``resources/schemas/bundle-v1.schema.json`` (refused with a
    sentence if not valid). With ``typed`` (a :func:`typed_validator`), that stricter
    schema is tried first, in the same single pass when it holds: True means the
    payload matches it too."""
    if typed is not None and typed.is_valid(payload):
        return True
    validator = _validator()
    if validator.is_valid(payload):
        return False
    check_depth(payload, "bundle payload")
    error = next(iter(validator.iter_errors(payload)), None)
    path = list(getattr(error, "instance_path", []) or [])[:4]
    where = "/".join(str(p) for p in path) or "the top level"
    raise BundleRejectedError(
        "schema_invalid",
        message("The bundle's content is not valid (at {where}); ask the sender to export "
                "again with the same application version.", where=where),
    )


def change_origin_seq(change_id: str) -> tuple[str, int]:
    """(origin node id, origin change seq) of a ``change_id``."""
    match = _CHANGE_ID.match(change_id)
    if match is None:
        raise BundleRejectedError(
            "schema_invalid",
            message("A change in the bundle has a malformed id; ask the sender to export "
                    "again."),
        )
    return match["origin"], int(match["seq"])
