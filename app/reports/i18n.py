"""The one translation hook every visible string of a report goes through.

Reports are written in English source strings. A :data:`Translate` callable maps a
source string to the reader's language; :func:`translator` builds one from a catalogue
keyed by English text (``CATALOGUES[lang][english] = translated``). Adding a French,
Arabic or Russian report means adding a catalogue, not rewriting the builders.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]

#: language code -> {English source string: translation}. English needs no entry.
CATALOGUES: dict[str, dict[str, str]] = {}


def identity(text: str) -> str:
    """The English hook: every string as written."""
    return text


def translator(lang: str = "en") -> Translate:
    """A hook for ``lang``; strings missing from its catalogue stay English."""
    catalogue = CATALOGUES.get(lang, {})
    if not catalogue:
        return identity

    def tr(text: str) -> str:
        return catalogue.get(text, text)

    return tr
