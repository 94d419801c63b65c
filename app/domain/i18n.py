"""Languages of the network and vocabulary labels by code, without Qt.

The network works in English, French, Arabic and Russian. Vocabulary codes never
change; their labels per language live in ``resources/translations/vocab.<lang>.json``
(``{vocabulary name: {code: label}}``). :func:`label` looks a code up and falls back to
the English label when a translation is missing, so a new code never prints blank.
The reports use this now; the GUI can use the same files.

Validation and service messages are :class:`Message` strings: English as they are
(the CLI prints them unchanged), but remembering their template and values, so the
window can show them in its language through ``messages.<lang>.json``
(``{English template: translated template}``) with :func:`translate_message`.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.domain.vocab import ALL, Vocabulary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    """A language the network works in."""

    code: str  # ISO 639-1
    name: str  # its own name, as a language menu shows it
    english: str
    rtl: bool = False


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "English", "English"),
    Language("fr", "Français", "French"),
    Language("ar", "العربية", "Arabic", rtl=True),
    Language("ru", "Русский", "Russian"),
)}
DEFAULT = "en"


def translations_dir() -> Path:
    """``resources/translations`` of the installation (repository or PyInstaller bundle)."""
    from app.config import resources_dir  # the domain stays importable without config

    return resources_dir() / "translations"


def check_language(lang: str | None) -> str:
    """``lang`` normalised ('FR' -> 'fr', 'fr_CD' -> 'fr'); refuses a language we lack."""
    code = (lang or DEFAULT).strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        raise ValidationError({"lang": message(
            "{lang} is not a language FocalPoint speaks; use one of {codes}",
            lang=lang, codes=", ".join(LANGUAGES))}, "language", "applied")
    return code


def is_rtl(lang: str) -> bool:
    """True for a language written right to left (Arabic)."""
    language = LANGUAGES.get(lang)
    return bool(language and language.rtl)


@functools.cache
def load_catalogue(kind: str, lang: str) -> dict:
    """The JSON catalogue ``<kind>.<lang>.json`` ({} for English or when it is missing)."""
    if lang == DEFAULT:
        return {}
    path = translations_dir() / f"{kind}.{lang}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.warning("No %s catalogue for language %s; English is used", kind, lang)
        return {}


def vocab_labels(lang: str) -> dict[str, dict[str, str]]:
    """{vocabulary name: {code: label}} in ``lang`` (empty for English)."""
    return load_catalogue("vocab", lang)


def label(vocab: Vocabulary | str, code: str | None, lang: str = DEFAULT) -> str:
    """The label of ``code`` in ``lang``; the English label when it is not translated
    ('' for None, the code itself when the vocabulary does not know it)."""
    if code is None:
        return ""
    vocabulary = ALL[vocab] if isinstance(vocab, str) else vocab
    translated = vocab_labels(lang).get(vocabulary.name, {}).get(code)
    return translated or vocabulary.label(code)


def choices(vocab: Vocabulary | str, lang: str = DEFAULT) -> list[tuple[str, str]]:
    """(code, label in ``lang``) for every code of a vocabulary, in vocabulary order."""
    vocabulary = ALL[vocab] if isinstance(vocab, str) else vocab
    return [(code, label(vocabulary, code, lang)) for code in vocabulary.codes]


# --- messages -----------------------------------------------------------------------


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class Message(str):
    """An English message made from ``template`` and its values; it is a ``str`` (so
    code that prints or joins it is unchanged) that can be translated later."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        """``Message("{label} is required", label="Title")`` -> 'Title is required'."""
        text = super().__new__(cls, template.format(**params))
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.template, self.params)


def message(template: str, **params: Any) -> Message:
    """A translatable message (see :class:`Message`); its template must be a literal
    so the catalogue test finds it."""
    return Message(template, **params)


class Term(str):
    """A value inside a message that has its own translation: a vocabulary code (shown
    by its label), a field's label, or a list of terms. Its ``str`` is the English."""

    kind: str
    key: Any

    def __new__(cls, english: str, kind: str, key: Any) -> Term:
        """``Term("Civil society", "vocab", ("participant_category", "civil_society"))``."""
        text = super().__new__(cls, english)
        text.kind = kind
        text.key = key
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return Term, (str(self), self.kind, self.key)

    def translated(self, lang: str, field_label: Callable[[str], str] | None = None) -> str:
        """This term in ``lang`` (English when it has no translation)."""
        if self.kind == "vocab":
            return label(*self.key, lang)
        if self.kind == "label":
            return field_label(str(self.key)) if field_label is not None else str(self)
        if self.kind == "list":
            items = [_translated_value(item, lang, field_label) for item in self.key]
            return LIST_SEPARATORS.get(lang, ", ").join(items)
        return str(self)


LIST_SEPARATORS = {"ar": "، "}


def vocab_term(vocab: Vocabulary | str, code: str) -> Term:
    """A vocabulary code as a message value: its label, in the reader's language."""
    vocabulary = ALL[vocab] if isinstance(vocab, str) else vocab
    return Term(vocabulary.label(code), "vocab", (vocabulary.name, code))


def code_term(vocab: Vocabulary | str, code: str) -> Term:
    """A vocabulary code as a message value that stays the code in English (what the
    command line accepts) and shows its label in the other languages."""
    vocabulary = ALL[vocab] if isinstance(vocab, str) else vocab
    return Term(code, "vocab", (vocabulary.name, code))


def field_term(english_label: str) -> Term:
    """A field's English label as a message value, shown translated."""
    return Term(english_label, "label", english_label)


def list_term(items: list[str], separator: str = ", ") -> Term:
    """Values (terms, messages or plain text) listed in a message; ``separator`` joins
    the English."""
    return Term(separator.join(items), "list", tuple(items))


# Table names inside sentences ("No activity with id ..."): literal templates, so the
# catalogue test finds them.
TABLE_NOUNS: dict[str, Message] = {
    "mission": message("mission"), "focal_point": message("focal point"),
    "partner_entity": message("partner entity"), "lesson": message("lesson"),
    "initiative": message("initiative"), "assessment": message("assessment"),
    "assessment_entity": message("assessed entity"), "finding": message("finding"),
    "activity": message("activity"), "activity_day": message("activity day"),
    "participant": message("participant"), "attendance": message("attendance"),
    "conflict": message("conflict"), "node": message("node"),
}


def table_noun(table: str) -> str:
    """The name of a table (or of its English noun, 'partner entity') in a sentence: a
    translatable message for the known ones, the name with spaces otherwise."""
    key = table.strip().replace(" ", "_")
    return TABLE_NOUNS.get(key) or table.replace("_", " ")


#: Templates with less text of their own than this (e.g. "{label} {problem}") are not
#: used to recall stored sentences: they would match almost any text.
MIN_RECALL_TEXT = 12


@functools.cache
def _stored_patterns() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern[str], str], ...]]:
    """The catalogued templates: those without values, and for those with values a
    pattern that finds the values in the English sentence (with the literal text before
    the first value, to try only the likely ones)."""
    known = next((load_catalogue("messages", code) for code in LANGUAGES
                  if code != DEFAULT), {})
    plain = frozenset(t for t in known if "{" not in t)
    patterns = []
    for template in known:
        parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, ..., text
        if len(parts) == 1 or len("".join(parts[::2])) < MIN_RECALL_TEXT:
            continue  # no values, or so little text of its own that anything matches
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                        for i, part in enumerate(parts))
        patterns.append((parts[0], re.compile(regex, re.DOTALL), template))
    return plain, tuple(patterns)


def recall(text: str | None) -> str:
    """A sentence stored as plain English (a refusal in the bundle history) as a
    :class:`Message` again when it is a catalogued template, its values found in the
    sentence (they stay as they were written), so the window can translate it; any
    other text as it is."""
    if not text or isinstance(text, Message):
        return text or ""
    plain, patterns = _stored_patterns()
    if text in plain:
        return Message(text)
    for prefix, pattern, template in patterns:
        found = pattern.fullmatch(text) if text.startswith(prefix) else None
        if found is not None:
            recalled = Message(template, **found.groupdict())
            if recalled == text:
                return recalled
    return text


def _translated_value(value: Any, lang: str,
                      field_label: Callable[[str], str] | None) -> Any:
    if isinstance(value, Message):
        return translate_message(value, lang, field_label)
    if isinstance(value, Term):
        return value.translated(lang, field_label)
    return value


def translate_message(text: str, lang: str,
                      field_label: Callable[[str], str] | None = None) -> str:
    """``text`` in ``lang`` when it is a :class:`Message` whose template is in the
    catalogue (its English text otherwise). Values that are messages or terms are
    translated too; ``field_label`` translates the ``label`` value (a field's English
    label) and field terms."""
    if not isinstance(text, Message) or lang == DEFAULT:
        return str(text)
    template = load_catalogue("messages", lang).get(text.template)
    if not template:
        return str(text)
    params = {}
    for key, value in text.params.items():
        if isinstance(value, Message | Term):
            value = _translated_value(value, lang, field_label)
        elif key == "label" and field_label is not None:
            value = field_label(str(value))
        params[key] = value
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("The %s translation of message %r is broken", lang, text.template)
        return str(text)
