"""The one translation hook every visible string of a report goes through.

Reports are written in English source strings. A :data:`Translate` callable maps a
source string to the reader's language; :func:`translator` builds one from the catalogue
``resources/translations/reports.<lang>.json`` (``{English text: translation}``), or from
:data:`CATALOGUES` when a test puts one there. The hook also carries the language
(``tr.lang``) and its direction (``tr.rtl``): :func:`in_language` makes them the *active*
language while a report is built, so vocabulary labels, country names, dates, numbers and
the right-to-left page layout follow it without every helper taking a parameter.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from app.domain import i18n as domain_i18n

Translate = Callable[[str], str]
F = TypeVar("F", bound=Callable[..., Any])

#: language code -> {English source string: translation}; read from the shipped JSON
#: catalogues on first use (tests may add their own). English needs no entry.
CATALOGUES: dict[str, dict[str, str]] = {}


class Translator:
    """A catalogue lookup that knows its language; unknown strings stay English."""

    def __init__(self, lang: str, catalogue: dict[str, str]) -> None:
        self.lang = lang
        self.rtl = domain_i18n.is_rtl(lang)
        self.catalogue = catalogue

    def __call__(self, text: str) -> str:
        return self.catalogue.get(text) or text


def identity(text: str) -> str:
    """The English hook: every string as written."""
    return text


def catalogue(lang: str) -> dict[str, str]:
    """The report catalogue of ``lang`` (loaded from resources on first use)."""
    if lang not in CATALOGUES:
        CATALOGUES[lang] = dict(domain_i18n.load_catalogue("reports", lang))
    return CATALOGUES[lang]


def translator(lang: str = "en") -> Translate:
    """A hook for ``lang`` ('en', 'fr', 'ar', 'ru'); refuses a language we lack.

    A test's catalogue under an unknown code (``CATALOGUES['xx']``) is honoured too.
    """
    if lang in CATALOGUES and lang not in domain_i18n.LANGUAGES:
        return Translator(lang, CATALOGUES[lang])
    lang = domain_i18n.check_language(lang)
    if lang == domain_i18n.DEFAULT:
        return identity
    return Translator(lang, catalogue(lang))


def language_of(tr: Translate) -> str:
    """The language code a hook translates into ('en' for the identity hook)."""
    lang = getattr(tr, "lang", domain_i18n.DEFAULT)
    return lang if lang in domain_i18n.LANGUAGES else domain_i18n.DEFAULT


_ACTIVE: contextvars.ContextVar[tuple[str, bool]] = contextvars.ContextVar(
    "report_language", default=(domain_i18n.DEFAULT, False))


def active_language() -> str:
    """The language of the report being built ('en' outside a build)."""
    return _ACTIVE.get()[0]


def rtl() -> bool:
    """True while a right-to-left (Arabic) report is being built."""
    return _ACTIVE.get()[1]


@contextlib.contextmanager
def language(tr: Translate) -> Iterator[None]:
    """Make ``tr``'s language the active one for the duration of a report build."""
    token = _ACTIVE.set((language_of(tr), bool(getattr(tr, "rtl", False))))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def in_language(builder: F) -> F:
    """Decorate a report builder taking ``tr=``: it runs in that hook's language."""

    @functools.wraps(builder)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with language(kwargs.get("tr", identity)):
            return builder(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
