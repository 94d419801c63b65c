"""Labels, names and numbers as reports show them (through the translation hook)."""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re

import pycountry
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from babel.numbers import parse_pattern as parse_number_pattern

from app.domain import i18n as domain_i18n
from app.domain.countries import country_name
from app.domain.vocab import Vocabulary
from app.reports.data import Meta, Person
from app.reports.i18n import Translate, active_language, language_of
from app.reports.pseudonym import pseudonym

#: Short numeric dates with a four-digit year, as each language writes them.
DATE_PATTERNS = {"fr": "dd/MM/yyyy", "ru": "dd.MM.yyyy", "ar": "dd/MM/yyyy"}
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def label(vocab: Vocabulary, code: str | None, tr: Translate) -> str:
    """The label of a vocabulary code in the hook's language ('' for None)."""
    if not code:
        return ""
    lang = language_of(tr)
    if lang != domain_i18n.DEFAULT:
        return domain_i18n.label(vocab, code, lang)
    return tr(vocab.label(code))


@functools.cache
def _countries(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                               fallback=True)


def _country_in(code: str, lang: str) -> str:
    """ISO's country name in ``lang`` (pycountry's translations), un-inverted if it can be."""
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    t = _countries(lang)
    name = t.gettext(record.name)
    official = getattr(record, "official_name", None)
    if "," in name and official and "," not in t.gettext(official):
        name = t.gettext(official)
    head, sep, tail = name.partition("," if "," in name else "،")
    tail = tail.strip()
    if sep == "،":  # Arabic: 'Congo, Democratic Republic of the Congo' -> the tail
        name = tail
    elif sep and tail.endswith(("de", "du", "d'")):  # 'Tanzanie, République unie de'
        name = f"{tail}{'' if tail.endswith(chr(39)) else ' '}{head}"
    # Vowel marks print badly without the font's mark positioning.
    return _HARAKAT.sub("", name) if lang == "ar" else name


def country(code: str | None, tr: Translate) -> str:
    """The translated country name of an ISO alpha-2 code ('' for None).

    ISO's inverted names ('Congo, The Democratic Republic of the') read badly in a
    report; the official name is used for those.
    """
    if not code:
        return ""
    lang = language_of(tr)
    if lang != domain_i18n.DEFAULT:
        return _country_in(code, lang)
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


def date(value: dt.date | None) -> str:
    """A date as the active report language writes it (ISO 8601 in English)."""
    if value is None:
        return ""
    lang = active_language()
    pattern = DATE_PATTERNS.get(lang)
    return format_date(value, pattern, locale=lang) if pattern else value.isoformat()


def timestamp(value: dt.datetime) -> str:
    """Date and time (UTC) of printing, in the active report language."""
    return f"{date(value.date())} {value:%H:%M} UTC"


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """'2024-09-10 – 2024-09-12', or one date when both are equal."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return date(start or end)
    return f"{date(start)} – {date(end)}"


def join(items: list[str]) -> str:
    """Items as a list in running text ('a, b'; with the Arabic comma in Arabic)."""
    return ("، " if active_language() == "ar" else ", ").join(items)


def _locale() -> str | None:
    lang = active_language()
    return None if lang == domain_i18n.DEFAULT else lang


def percent(part: float, whole: float) -> str:
    """'42.5%' (one decimal; '42,5 %' in French), or '–' when ``whole`` is zero."""
    if not whole:
        return "–"
    locale = _locale()
    if locale is None:
        return f"{100.0 * part / whole:.1f}%"
    pattern = parse_number_pattern(_percent_pattern(locale))
    pattern.frac_prec = (1, 1)
    return format_percent(part / whole, pattern, locale=locale, numbering_system="latn")


@functools.cache
def _percent_pattern(locale: str) -> str:
    from babel import Locale

    return Locale.parse(locale).percent_formats[None].pattern


def number(value: float | None, decimals: int = 1) -> str:
    """A score or average ('12,5' in French), '–' when missing."""
    if value is None:
        return "–"
    locale = _locale()
    if locale is None:
        return f"{value:.{decimals}f}"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(round(value, decimals), fmt, locale=locale, numbering_system="latn")


def country_code(code: str | None) -> str:
    """The ISO 3166 alpha-3 code of an alpha-2 code, for narrow columns ('' for None)."""
    if not code:
        return ""
    record = pycountry.countries.get(alpha_2=code)
    return record.alpha_3 if record else code
