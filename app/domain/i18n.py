"""Languages of the network and vocabulary labels by code, without Qt.

The network works in English, French, Arabic and Russian. Vocabulary codes never
change; their labels per language live in ``resources/translations/vocab.<lang>.json``
(``{vocabulary name: {code: label}}``). :func:`label` looks a code up and falls back to
the English label when a translation is missing, so a new code never prints blank.
The reports use this now; the GUI can use the same files.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path

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
        raise ValidationError({"lang": f"{lang} is not a language FocalPoint speaks; use one "
                                       f"of {', '.join(LANGUAGES)}"}, "language")
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
