"""Labels, names and numbers as reports show them (through the translation hook)."""

from __future__ import annotations

import datetime as dt

import pycountry

from app.domain.countries import country_name
from app.domain.vocab import Vocabulary
from app.reports.data import Meta, Person
from app.reports.i18n import Translate
from app.reports.pseudonym import pseudonym


def label(vocab: Vocabulary, code: str | None, tr: Translate) -> str:
    """The translated label of a vocabulary code ('' for None)."""
    return tr(vocab.label(code)) if code else ""


def country(code: str | None, tr: Translate) -> str:
    """The translated country name of an ISO alpha-2 code ('' for None).

    ISO's inverted names ('Congo, The Democratic Republic of the') read badly in a
    report; the official name is used for those.
    """
    if not code:
        return ""
    name = country_name(code)
    if "," in name:
        record = pycountry.countries.get(alpha_2=code)
        official = getattr(record, "official_name", None)
        if official and "," not in official:
            name = official.removeprefix("the ")
        else:  # 'Congo, The Democratic Republic of the' -> 'Democratic Republic of the Congo'
            head, tail = name.split(",", 1)
            tail = tail.strip()
            name = f"{tail.removeprefix('The ')} {head}" if tail.endswith((" of", " the")) \
                else name
    return tr(name)


def person_name(person: Person, meta: Meta, *, native: bool = True, role: str = "") -> str:
    """The name to print: full name (then the native-script name on its own line), or the
    pseudonym; ``role`` is added in brackets after the first line."""
    first = (pseudonym(person.full_name, person.participant_id) if meta.pseudonymise
             else person.full_name)
    if role:
        first += f" ({role})"
    if (native and not meta.pseudonymise and person.native_name
            and person.native_name != person.full_name):
        return f"{first}\n{person.native_name}"
    return first


def position(person: Person, meta: Meta) -> str:
    """Position or rank; left out of pseudonymised reports (it can identify a person)."""
    return "" if meta.pseudonymise else person.position


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """'2024-09-10 – 2024-09-12', or one date when both are equal."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return (start or end).isoformat()  # type: ignore[union-attr]
    return f"{start.isoformat()} – {end.isoformat()}"


def percent(part: float, whole: float) -> str:
    """'42.5%' (one decimal), or '–' when ``whole`` is zero."""
    if not whole:
        return "–"
    return f"{100.0 * part / whole:.1f}%"


def number(value: float | None, decimals: int = 1) -> str:
    """A score or average, '–' when missing."""
    if value is None:
        return "–"
    return f"{value:.{decimals}f}"


def country_code(code: str | None) -> str:
    """The ISO 3166 alpha-3 code of an alpha-2 code, for narrow columns ('' for None)."""
    if not code:
        return ""
    record = pycountry.countries.get(alpha_2=code)
    return record.alpha_3 if record else code
