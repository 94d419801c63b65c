"""The attendance grid's model: participants by days, with role, scores, certificate
and commitment, each edit saved at once through the attendance services."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError, ValidationError
from app.gui.models import header_text
from app.gui.util import display, error_message, format_day, message_text, vocab_label
from app.services import activities, attendance
from app.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
NAME, SEX, CATEGORY, ORGANISATION, ROLE = range(5)
FIXED = ("Name", "Sex", "Category", "Organisation", "Role")
AFTER_DAYS = (
    ("pre_score", QT_TRANSLATE_NOOP("columns", "Pre-test")),
    ("post_score", QT_TRANSLATE_NOOP("columns", "Post-test")),
    ("certificate", QT_TRANSLATE_NOOP("columns", "Certificate")),
    ("commitment_signed", QT_TRANSLATE_NOOP("columns", "Commitment")),
)
CHECKED = Qt.CheckState.Checked


class AttendanceModel(QAbstractTableModel):
    """Rows: registered people of one activity. Columns: the fixed ones, one per day,
    then pre-test, post-test, certificate and commitment (see :meth:`column_key`)."""

    failed = Signal(str)
    totals_changed = Signal()

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.activity_id: str | None = None
        self.days: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []

    def load(self, activity_id: str | None) -> None:
        """Show the registrations of ``activity_id`` (None: nothing)."""
        self.beginResetModel()
        self.activity_id = activity_id
        self.days = activities.days_of(self.ws, activity_id) if activity_id else []
        self.rows = attendance.attendance_of(self.ws, activity_id) if activity_id else []
        self.endResetModel()
        self.totals_changed.emit()

    # --- shape --------------------------------------------------------------------------

    def column_key(self, column: int) -> str:
        """'name', 'sex', 'category', 'organisation', 'role', 'day:<id>', or an
        attendance field (pre_score, post_score, certificate, commitment_signed)."""
        if column < len(FIXED):
            return FIXED[column].lower()
        day = column - len(FIXED)
        if day < len(self.days):
            return f"day:{self.days[day]['id']}"
        return AFTER_DAYS[day - len(self.days)][0]

    def column_of(self, key: str) -> int:
        """The column of ``key`` (-1 when absent)."""
        for column in range(self.columnCount()):
            if self.column_key(column) == key:
                return column
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.days) + len(AFTER_DAYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < self.columnCount():
            return None
        key = self.column_key(section)
        if key.startswith("day:"):
            day = self.days[section - len(FIXED)]
            return day.get("label") or format_day(day["day_date"])
        if section < len(FIXED):
            return header_text(FIXED[section])
        return header_text(dict(AFTER_DAYS)[key])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = self.column_key(index.column())
        if key.startswith("day:") or key in ("certificate", "commitment_signed"):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in ("role", "pre_score", "post_score"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- data ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.column_key(index.column())
        person = row["participant"]
        checkable = key.startswith("day:") or key in ("certificate", "commitment_signed")
        if role == Qt.ItemDataRole.CheckStateRole and checkable:
            on = (
                key[4:] in (row.get("days_present") or [])
                if key.startswith("day:")
                else bool(row.get(key))
            )
            return CHECKED if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and key in ("role", "pre_score", "post_score"):
            value = row.get(key)
            return "" if value is None else value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or checkable:
            return None
        if key == "name":
            native = person.get("native_name")
            return f"{person['full_name']} ({native})" if native else person["full_name"]
        if key in ("sex", "category", "organisation"):
            return display("participant", key, person.get(key))
        if key == "role":
            return vocab_label(v.ATTENDANCE_ROLE, row.get("role"))
        value = row.get(key)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        row = self.rows[index.row()]
        key = self.column_key(index.column())
        try:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = Qt.CheckState(value) == CHECKED if not isinstance(value, bool) else value
                if key.startswith("day:"):
                    saved = attendance.set_presence(self.ws, row["id"], key[4:], on)
                else:
                    saved = attendance.update_attendance(self.ws, row["id"], {key: on})
            elif role == Qt.ItemDataRole.EditRole and key in ("role", "pre_score", "post_score"):
                text = "" if value is None else str(value).strip()
                saved = attendance.update_attendance(self.ws, row["id"], {key: text})
            else:
                return False
        except ValidationError as exc:
            self.failed.emit(" ".join(message_text(m) for m in exc.errors.values()))
            return False
        except FocalPointError as exc:
            self.failed.emit(error_message(exc))
            return False
        row.update({k: saved[k] for k in saved if k != "participant"})
        self.dataChanged.emit(index, index)
        self.totals_changed.emit()
        return True

    # --- totals -------------------------------------------------------------------------

    def totals(self) -> dict[str, Any]:
        """Registered people by sex and category, and presence per day."""
        by_sex = Counter(r["participant"].get("sex") for r in self.rows)
        by_category = Counter(r["participant"].get("category") for r in self.rows)
        per_day = {
            d["id"]: sum(1 for r in self.rows if d["id"] in (r.get("days_present") or []))
            for d in self.days
        }
        return {
            "registered": len(self.rows),
            "by_sex": dict(by_sex),
            "by_category": dict(by_category),
            "per_day": per_day,
            "certificates": sum(1 for r in self.rows if r.get("certificate")),
        }

    def row_of_participant(self, participant_id: str) -> int:
        """The row of a participant (-1 when not registered)."""
        for i, row in enumerate(self.rows):
            if row["participant_id"] == participant_id:
                return i
        return -1
