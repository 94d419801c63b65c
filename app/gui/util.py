"""Small GUI helpers: translated labels, shipped fonts, per-node window settings."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCollator, QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from app.config import resources_dir
from app.domain import i18n
from app.domain import vocab as v
from app.domain.countries import all_countries, country_name
from app.domain.fields import SPECS, FieldSpec

log = logging.getLogger(__name__)
FONTS_DIR = resources_dir() / "fonts"
ICONS_DIR = resources_dir() / "icons"
TRANSLATIONS_DIR = resources_dir() / "translations"

# Row backgrounds in result lists: refused or invalid, and skipped or nothing to do.
ROW_ERROR = QColor("#fde2e4")
ROW_WARNING = QColor("#fff4d6")


_state = {"language": i18n.DEFAULT}


def set_language(code: str) -> None:
    """Remember the interface language (ISO 639-1) for labels looked up outside Qt."""
    _state["language"] = code if code in i18n.LANGUAGES else i18n.DEFAULT


def language() -> str:
    """The interface language (ISO 639-1), e.g. 'fr'."""
    return _state["language"]


def tr(text: str) -> str:
    """Translate a module-level string. lupdate files free ``tr()`` calls under the empty
    context, so they are looked up there."""
    return QCoreApplication.translate("", text)


def vocab_label(vocab: v.Vocabulary, code: str | None) -> str:
    """The label of a vocabulary code in the interface language (the same catalogues
    as the reports: ``resources/translations/vocab.<lang>.json``)."""
    if not code:
        return ""
    return i18n.label(vocab, code, _state["language"])


@functools.cache
def _country_in(code: str, lang: str) -> str:
    from app.reports.common import country
    from app.reports.i18n import translator

    return country(code, translator(lang))


def country_label(code: str | None) -> str:
    """A country's name in the interface language (pycountry's translations, as in
    the reports); English keeps the short common name."""
    if not code:
        return ""
    lang = _state["language"]
    return country_name(code) if lang == i18n.DEFAULT else _country_in(code, lang)


def countries() -> list[tuple[str, str]]:
    """(code, name in the interface language) of every country, sorted by that name."""
    collator = QCollator(QLocale())
    names = [(c, country_label(c)) for c, _name in all_countries()]
    return sorted(names, key=lambda pair: collator.sortKey(pair[1]))


def message_text(text: str) -> str:
    """A validation or service message in the interface language (messages are
    :class:`app.domain.i18n.Message`; any other text is shown as it is)."""
    return i18n.translate_message(
        text, _state["language"], lambda label: QCoreApplication.translate("fields", label))


def error_message(exc: BaseException) -> str:
    """The user's message of a FocalPointError in the interface language: the field
    messages of a ValidationError, the translated message of the others."""
    if _state["language"] == i18n.DEFAULT:
        return str(exc)
    errors = getattr(exc, "errors", None)
    if isinstance(errors, dict) and errors:
        detail = clause_separator().join(message_text(m) for m in errors.values())
        action = getattr(exc, "action", "saved")
        if action == "applied":
            return QCoreApplication.translate("util", "Not applied: %s.") % detail
        if action == "made":
            return QCoreApplication.translate("util", "Not made: %s.") % detail
        return QCoreApplication.translate("util", "Not saved: %s.") % detail
    first = exc.args[0] if exc.args else ""
    return message_text(first) if isinstance(first, i18n.Message) else str(exc)


def field_label(spec: FieldSpec) -> str:
    """A field's translated label."""
    return QCoreApplication.translate("fields", spec.label)


def spec_of(table: str, name: str) -> FieldSpec | None:
    """The field spec of ``table.name`` (None when unknown)."""
    for spec in SPECS.get(table, ()):
        if spec.name == name:
            return spec
    return None


def display(table: str, name: str, value: Any) -> str:
    """A cell's text: vocabulary labels, country names, lists joined, booleans as words."""
    if value is None:
        return ""
    spec = spec_of(table, name)
    if spec is not None and spec.vocab is not None:
        if isinstance(value, list):
            return list_separator().join(vocab_label(spec.vocab, c) for c in value)
        return vocab_label(spec.vocab, value)
    if name in ("country", "venue_country"):
        return country_label(value)
    if spec is not None and spec.kind == "date":
        return format_date(value)
    if isinstance(value, list):
        return list_separator().join(str(x) for x in value)
    if isinstance(value, bool):
        return QCoreApplication.translate("util", "Yes") if value else ""
    return str(value)


def leading() -> Qt.AlignmentFlag:
    """Where a line starts in the interface's direction. A label holding only digits
    has no direction of its own and would stay on the left in Arabic without it."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter


def date_format() -> str:
    """The interface locale's short date format with a four-digit year (07/11/2024 in
    French, 07.11.2024 in Russian), for lists and date fields."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"(?<!y)yy(?!y)", "yyyy", short.replace("\u200f", ""))
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", short)  # 07/11, as the reports


def edit_date_format() -> str:
    """The display format for date fields. Qt lays a date field's sections out in the
    reverse order right to left; reversing them here shows 07/11/2024 in Arabic
    fields too, as in the lists and reports."""
    fmt = date_format()
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return fmt
    parts = re.split(r"([^dMy]+)", fmt)
    fields, separators = parts[::2], parts[1::2]
    out = [fields[-1]]
    for field, separator in zip(reversed(fields[:-1]), reversed(separators), strict=True):
        out += [separator, field]
    return "".join(out)


def format_date(value: Any) -> str:
    """An ISO date (text or date) in the interface locale ('' when empty, the text
    itself when it is not a date)."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    date = QDate.fromString(text[:10], "yyyy-MM-dd")
    return date.toString(date_format()) if date.isValid() else text


def format_day(value: Any) -> str:
    """A day without its year in the interface locale (07/11, 07.11), for day columns."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    date = QDate.fromString(text[:10], "yyyy-MM-dd")
    day_format = re.sub(r"[^dM]*y+[^dM]*", "", date_format())
    return date.toString(day_format) if date.isValid() else text


def list_separator() -> str:
    """What separates the items of a list in a sentence ('، ' in Arabic)."""
    return "، " if _state["language"] == "ar" else ", "


def clause_separator() -> str:
    """What separates longer items that may hold commas themselves ('؛ ' in Arabic)."""
    return "؛ " if _state["language"] == "ar" else "; "


def format_number(value: float, decimals: int = 0) -> str:
    """A count or measure in the interface locale (1 234 in French)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def format_percent(share: float) -> str:
    """A share (0.45) as a percentage in the interface locale (45 % in French and
    Russian)."""
    locale = QLocale()
    spaced = (QLocale.Language.French, QLocale.Language.Russian)
    space = "\u202f" if locale.language() in spaced else ""
    return f"{locale.toString(round(share * 100))}{space}{locale.percent()}"


def register_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts so Arabic and Cyrillic names render
    on a machine that lacks them; returns the family names added."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


class WindowSettings:
    """Window geometry and column widths, stored in the node's home folder."""

    def __init__(self, home: Path) -> None:
        self._settings = QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat)

    def save_geometry(self, key: str, widget: QWidget) -> None:
        """Remember ``widget``'s size and position."""
        self._settings.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        """Put ``widget`` back where it was; False the first time."""
        data = self._settings.value(f"geometry/{key}")
        return isinstance(data, QByteArray) and widget.restoreGeometry(data)

    def save_header(self, key: str, header: QHeaderView) -> None:
        """Remember a table header's column widths, order and sort."""
        self._settings.setValue(f"header/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        """Restore a header; False the first time."""
        data = self._settings.value(f"header/{key}")
        return isinstance(data, QByteArray) and header.restoreState(data)

    def value(self, key: str, default: Any = None) -> Any:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Write the settings file now."""
        self._settings.sync()
