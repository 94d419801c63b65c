"""Countries as ISO 3166-1 alpha-2 codes (pycountry), with names for people."""

from __future__ import annotations

import functools
from typing import Any

from app.domain.vocab import fold


def _pycountry() -> Any:
    """pycountry, imported on first use (it takes tens of milliseconds, which the
    window's start and most CLI commands need not pay)."""
    import pycountry

    return pycountry


@functools.cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in _pycountry().countries:
        for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", None),
                     getattr(c, "official_name", None)):
            if name:
                index.setdefault(fold(name), c.alpha_2)
    # Names people write that ISO spells otherwise.
    extra = {
        "drc": "CD", "dr congo": "CD", "rdc": "CD", "congo kinshasa": "CD",
        "democratic republic of the congo": "CD", "republique democratique du congo": "CD",
        "russia": "RU", "kyrgyzstan": "KG", "kirghizistan": "KG", "ouzbekistan": "UZ",
        "tadjikistan": "TJ", "turkmenistan": "TM", "kazakhstan": "KZ", "libye": "LY",
        "tunisie": "TN", "egypte": "EG", "tchad": "TD", "niger": "NE", "soudan": "SD",
        "ouganda": "UG", "burundi": "BI", "rwanda": "RW", "etats unis": "US",
        "royaume uni": "GB", "uk": "GB", "usa": "US", "syria": "SY", "iran": "IR",
    }
    for k, v in extra.items():
        index.setdefault(k, v)
    return index


def parse_country(text: str | None) -> str | None:
    """Map an ISO code or a country name (English, a few French forms) to alpha-2."""
    if not text:
        return None
    return _index().get(fold(text))


def is_country(code: str | None) -> bool:
    return bool(code) and _pycountry().countries.get(alpha_2=code) is not None


def country_name(code: str | None) -> str:
    """English short name for ``code`` ('' for None, the code itself when unknown)."""
    if not code:
        return ""
    c = _pycountry().countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def all_countries() -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name."""
    return sorted(((c.alpha_2, country_name(c.alpha_2)) for c in _pycountry().countries),
                  key=lambda item: fold(item[1]))
