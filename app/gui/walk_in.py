"""Register a walk-in participant fast, with suggestions of people already recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import DuplicateError, FocalPointError, ValidationError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.form import RecordForm
from app.gui.util import error_message
from app.gui.widgets import vocab_field
from app.services import attendance, queries

WALK_IN_FIELDS = ("full_name", "native_name", "sex", "category", "actor_type", "entity_id",
                  "organisation", "position", "country", "age_band", "disability", "email",
                  "phone")
SUGGEST_DELAY_MS = 250


class WalkInDialog(QDialog):
    """A short participant form; people with a similar name are suggested as you type,
    and a likely duplicate must be confirmed before a second record is made."""

    registered = Signal(str)  # participant id

    def __init__(self, ctx: AppContext, activity_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Add a walk-in participant"))
        self.form = RecordForm("participant", ctx.lookups, sections=[("", WALK_IN_FIELDS)],
                               defaults={"actor_type": "state"})
        self.form.load(None)
        self.role = vocab_field(v.ATTENDANCE_ROLE, "")
        self.role.set_value("participant")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.itemDoubleClicked.connect(lambda _i: self.register_selected())
        self.note = QLabel(self.tr("Already recorded? Pick the person below instead of "
                                   "typing them again."))
        self.note.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register selected person"))
        self.register_button.clicked.connect(self.register_selected)
        self.save_button = QPushButton(self.tr("Save and register"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save(allow_duplicate=False))
        self.force_button = QPushButton(self.tr("Save as a different person"))
        self.force_button.hide()
        self.force_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self._build(cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.suggest)
        self.form.widgets["full_name"].changed.connect(self._timer.start)  # type: ignore

    def _build(self, cancel: QPushButton) -> None:
        side = QVBoxLayout()
        side.addWidget(self.note)
        side.addWidget(self.suggestions, 1)
        side.addWidget(self.register_button)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Role")))
        role_row.addWidget(self.role, 1)
        left = QVBoxLayout()
        left.addWidget(self.form, 1)
        left.addLayout(role_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (cancel, self.force_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

    def _show_people(self, people: list[dict[str, Any]]) -> None:
        self.suggestions.clear()
        for person in people:
            org = person.get("organisation") or ""
            text = f"{person['full_name']}" + (f" - {org}" if org else "")
            item = QListWidgetItem(text, self.suggestions)
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
        if people:
            self.suggestions.setCurrentRow(0)

    def suggest(self) -> None:
        """People whose name matches what is typed so far (first few)."""
        self._timer.stop()
        name = str(self.form.values().get("full_name") or "").strip()
        if len(name) < 3:
            self.suggestions.clear()
            return
        self._show_people(queries.page(self.ctx.ws, "participant", search=name, limit=8))

    def register_selected(self) -> None:
        """Register the suggested person chosen in the list."""
        item = self.suggestions.currentItem()
        if item is None:
            return
        person_id = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            attendance.register(self.ctx.ws, self.activity_id, person_id,
                                self.role.value() or "participant")
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return
        self.registered.emit(person_id)
        self.accept()

    def save(self, *, allow_duplicate: bool) -> bool:
        """Create and register the person; a likely duplicate is offered first."""
        try:
            result = attendance.add_walk_in(self.ctx.ws, self.activity_id, self.form.values(),
                                            role=self.role.value() or "participant",
                                            allow_duplicate=allow_duplicate)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except DuplicateError as exc:
            self._show_people(exc.candidates)
            self.note.setText(error_message(exc))
            self.note.setStyleSheet("color: #b00020;")
            self.force_button.show()
            return False
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return False
        self.registered.emit(result["participant"]["id"])
        self.accept()
        return True
