"""Checks of what the trimmed build could lose: ``FocalPoint --frozen-check [HOME]``.

The Linux build ships a trimmed ICU data library (build/trim_icu.py), Babel and
pycountry data for the app's languages only, and the fonts in resources/fonts. This
runs, inside the frozen executable, what depends on them and prints one line per check:

* ICU: French, Russian and Arabic collation (each list sorts differently by code point,
  so a collator without data fails), the Arabic and Cyrillic code pages, time-zone
  names in French and Russian, Russian upper case;
* text: Arabic is shaped (contextual glyphs, not the isolated forms) and laid out right
  to left, Cyrillic has every glyph, with the shipped DejaVu Sans;
* the app (with HOME, a node holding the demo): an accent-insensitive and a native-script
  search find their participant, the list sorts by name; report numbers, dates and
  country names in French, Arabic and Russian (Babel's and pycountry's trimmed data).

Exit status 0 when every check passes, 1 otherwise (build/smoke_frozen.sh runs it).
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

COLLATION = {  # language: words in the order its collation sorts them
    "fr": ["abc", "élan", "eta", "Étude", "zèbre"],
    "ru": ["Абрикос", "еда", "ёж", "жук", "яма"],
    "ar": ["ابراهيم", "أحمد", "باسم", "ياسر"],
}
CODE_PAGES = ("windows-1252", "ISO-8859-15", "windows-1256", "ISO-8859-6", "windows-1251",
              "KOI8-R", "IBM866")
ARABIC = "مرحبا بالعالم"
CYRILLIC = "Миротворческая миссия"

Check = Callable[[], str]


class CheckError(Exception):
    """One check found the frozen build wanting."""


def expect(condition: object, message: str) -> None:
    """Raise :class:`CheckError` with ``message`` unless ``condition`` holds (``assert``
    would vanish in an optimised build)."""
    if not condition:
        raise CheckError(message)


def _collation() -> str:
    from PySide6.QtCore import QCollator, QLocale

    for lang, words in COLLATION.items():
        collator = QCollator(QLocale(lang))
        got = sorted(words[1::2] + words[::2], key=functools.cmp_to_key(collator.compare))
        expect(got == words, f"{lang} collation sorts {got}")
        expect(sorted(words) != words, f"{lang}: code point order is collation order")
    return f"collation of {', '.join(COLLATION)}"


def _code_pages() -> str:
    from PySide6.QtCore import QStringDecoder

    bad = [name for name in CODE_PAGES if not QStringDecoder(name).isValid()]
    expect(not bad, f"no converter for {', '.join(bad)}")
    return f"{len(CODE_PAGES)} code pages"


def _time_zones_and_case() -> str:
    from PySide6.QtCore import QLocale, QTimeZone

    zone = QTimeZone(b"Africa/Kinshasa")
    names = {lang: zone.displayName(QTimeZone.TimeType.StandardTime,
                                    QTimeZone.NameType.LongName, QLocale(lang))
             for lang in ("en", "fr", "ru")}
    expect(len(set(names.values())) == 3 and all(names.values()), f"zone names {names}")
    expect(QLocale("ru").toUpper("ёлка") == "ЁЛКА", "Russian upper case")
    return "time-zone names in en/fr/ru, Russian upper case"


def _layout(text: str) -> tuple[list[int], list[int], bool]:
    """(shaped glyphs, nominal glyphs, right to left) of ``text`` in DejaVu Sans."""
    from PySide6.QtGui import QFont, QFontInfo, QRawFont, QTextLayout

    font = QFont("DejaVu Sans", 14)
    expect(QFontInfo(font).family() == "DejaVu Sans", f"font {QFontInfo(font).family()}")
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    shaped = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    nominal = list(QRawFont.fromFont(font).glyphIndexesForString(text))
    start, end = line.cursorToX(0)[0], line.cursorToX(len(text))[0]
    return shaped, nominal, start > end


def _text() -> str:
    from app.gui.util import register_fonts

    expect("DejaVu Sans" in register_fonts(), "the shipped DejaVu Sans is not registered")
    shaped, nominal, rtl = _layout(ARABIC)
    expect(0 not in nominal, "Arabic letters missing from the font")
    expect(rtl, "Arabic is not laid out right to left")
    changed = sum(a != b for a, b in zip(shaped, nominal, strict=False))
    expect(changed >= len(ARABIC) // 2, f"Arabic not shaped ({changed} contextual glyphs)")
    shaped, nominal, rtl = _layout(CYRILLIC)
    expect(0 not in nominal and not rtl and shaped == nominal, "Cyrillic glyphs or direction")
    return "Arabic shaped right to left, Cyrillic glyphs (DejaVu Sans)"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _app_checks(home: Path) -> list[Check]:
    from app.config import Paths
    from app.reports import common, i18n
    from app.services import queries
    from app.services.workspace import Workspace

    def search_and_sort() -> str:
        ws = Workspace.open(Paths(home))
        try:
            rows = queries.page(ws, "participant", sort="full_name", limit=1000)
            names = [r["full_name"] for r in rows]
            expect(names == sorted(names), "participants are not sorted by name")
            accented = next(r for r in rows if _fold(r["full_name"]) != r["full_name"])
            query = _fold(accented["full_name"]).upper()
            found = queries.page(ws, "participant", search=query, limit=1000)
            expect(accented["id"] in {r["id"] for r in found}, "accent-insensitive search")
            native = next(r for r in rows if (r["native_name"] or "")[:1] > "\u0400")
            found = queries.page(ws, "participant", search=native["native_name"], limit=1000)
            expect(native["id"] in {r["id"] for r in found}, "native-script search")
        finally:
            ws.close()
        return f"{len(rows)} participants sorted; accent-insensitive and native search"

    def report_formats() -> str:
        import datetime as dt

        got = {}
        for lang in ("fr", "ar", "ru"):
            tr = i18n.translator(lang)
            with i18n.language(tr):
                got[lang] = (common.number(1234.5), common.date(dt.date(2024, 5, 14)),
                             common.country("CD", tr))
        with i18n.language(i18n.translator("en")):
            english = common.country("CD", i18n.translator("en"))
        expect(got["fr"][0] != "1234.5", f"Babel's French numbers: {got['fr'][0]}")
        expect(all(v[1] != "2024-05-14" and "14" in v[1] and "2024" in v[1]
                   for v in got.values()), f"Babel's dates: {got}")
        expect(len({v[2] for v in got.values()} | {english}) == 4,
               f"pycountry's country names: {got}")
        expect(any("\u0600" <= c <= "\u06ff" for c in got["ar"][2]), "Arabic country name")
        return "report numbers, dates and country names in fr/ar/ru (Babel, pycountry)"

    return [search_and_sort, report_formats]


def run(argv: list[str]) -> int:
    """Run every check (the app checks too when ``argv`` names a node's home)."""
    from app.gui.app import make_application

    make_application([])
    checks: list[Check] = [_collation, _code_pages, _time_zones_and_case, _text]
    if argv:
        checks += _app_checks(Path(argv[0]))
    failed = 0
    for check in checks:
        try:
            print(f"ok   {check()}")
        except Exception as exc:  # report every failing check, then exit 1
            failed += 1
            print(f"FAIL {check.__name__.strip('_')}: {exc!r}")
    print(f"frozen checks: {len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
