"""Names of the synchronised tables as the sync screens show them, in the interface
language: singular for the kind of one record (the Conflicts list), plural for counts
(what a bundle carries)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.gui.util import format_date, format_number, list_separator

#: One record of each synchronised table (the Conflicts list's "Kind" column).
RECORD_KIND = {
    "mission": QT_TRANSLATE_NOOP("tables", "Mission"),
    "focal_point": QT_TRANSLATE_NOOP("tables", "Focal point"),
    "partner_entity": QT_TRANSLATE_NOOP("tables", "Partner entity"),
    "lesson": QT_TRANSLATE_NOOP("tables", "Lesson"),
    "initiative": QT_TRANSLATE_NOOP("tables", "Initiative"),
    "assessment": QT_TRANSLATE_NOOP("tables", "Assessment"),
    "assessment_entity": QT_TRANSLATE_NOOP("tables", "Entity assessed"),
    "finding": QT_TRANSLATE_NOOP("tables", "Finding"),
    "activity": QT_TRANSLATE_NOOP("tables", "Activity"),
    "activity_day": QT_TRANSLATE_NOOP("tables", "Activity day"),
    "participant": QT_TRANSLATE_NOOP("tables", "Participant"),
    "attendance": QT_TRANSLATE_NOOP("tables", "Attendance"),
}

#: The records of each table, counted ("Participants 3").
RECORDS = {
    "mission": QT_TRANSLATE_NOOP("tables", "Missions"),
    "focal_point": QT_TRANSLATE_NOOP("tables", "Focal points"),
    "partner_entity": QT_TRANSLATE_NOOP("tables", "Partner entities"),
    "lesson": QT_TRANSLATE_NOOP("tables", "Lessons"),
    "initiative": QT_TRANSLATE_NOOP("tables", "Initiatives"),
    "assessment": QT_TRANSLATE_NOOP("tables", "Assessments"),
    "assessment_entity": QT_TRANSLATE_NOOP("tables", "Entities assessed"),
    "finding": QT_TRANSLATE_NOOP("tables", "Findings"),
    "activity": QT_TRANSLATE_NOOP("tables", "Activities"),
    "activity_day": QT_TRANSLATE_NOOP("tables", "Activity days"),
    "participant": QT_TRANSLATE_NOOP("tables", "Participants"),
    "attendance": QT_TRANSLATE_NOOP("tables", "Attendance records"),
}


def _named(table: str, names: dict[str, str]) -> str:
    if table in names:
        return QCoreApplication.translate("tables", names[table])
    return table.replace("_", " ")  # a table newer than this list: its code, readable


def record_kind(table: str) -> str:
    """What one record of ``table`` is ('Participant', 'Participant' in French too)."""
    return _named(table, RECORD_KIND)


def counts_text(by_table: dict[str, int]) -> str:
    """'Attendance records 12, Participants 3' (largest first), in the interface
    language and its list punctuation."""
    parts = sorted(by_table.items(), key=lambda kv: (-kv[1], kv[0]))
    return list_separator().join(
        f"{_named(table, RECORDS)} {format_number(n)}" for table, n in parts)


def file_text(path: str) -> str:
    """A file path as a table cell shows it: in a right-to-left window it is embedded
    left to right, or '/tmp/a.fpbundle' would show as 'tmp/a.fpbundle/'."""
    if not path or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return path
    return f"\u202a{path}\u202c"  # LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING


def when_text(value: str | None, empty: str = "") -> str:
    """A stored time ('2026-11-29T09:17:05...') as the date in the interface locale and
    the hour ('29/11/2026 09:17' in French, '29.11.2026 09:17' in Russian); ``empty``
    when there is none."""
    if not value:
        return empty
    time = value[11:16] if len(value) >= 16 else ""
    return f"{format_date(value[:10])} {time}".strip()
