"""A record form declared from the field specs (app/domain/fields.py).

The form maps each field to a widget chosen by its kind (date picker, vocabulary
combo box, look-up with completion...), marks required fields, shows validation
messages next to their field, and knows when it holds unsaved changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.fields import SPECS, FieldSpec
from app.gui.lookup import LookupField
from app.gui.util import field_label, message_text, tr
from app.gui.widgets import (
    BoolField,
    ChoiceField,
    CodesField,
    DateField,
    LongTextField,
    TextField,
    country_field,
    vocab_field,
)

# ``lookups(table)`` gives a look-up's choices; when it also has ``search`` and
# ``label`` (``AppContext.lookups``), the field searches the database as the user types.
Lookups = Callable[[str], list[tuple[str, str]]]
ERROR_STYLE = "color: #b00020;"


def make_widget(spec: FieldSpec, lookups: Lookups) -> QWidget:
    """The input widget for one field."""
    blank = tr("(choose)") if spec.required else tr("(none)")
    if spec.kind == "date":
        return DateField()
    if spec.kind == "longtext":
        return LongTextField()
    if spec.kind == "bool":
        return BoolField()
    if spec.kind == "code" and spec.vocab is not None:
        return vocab_field(spec.vocab, blank)
    if spec.kind == "codes" and spec.vocab is not None:
        return CodesField(spec.vocab)
    if spec.kind == "country":
        return country_field(tr("Type a country name"))
    if spec.kind == "ref" and spec.ref:
        if hasattr(lookups, "search") and hasattr(lookups, "label"):
            return LookupField(spec.ref, lookups, blank=tr("Type to search"))  # type: ignore[arg-type]
        return ChoiceField(lookups(spec.ref), blank=tr("Type to search"), editable=True)
    field = TextField()
    if spec.kind in ("strings", "countries"):
        field.setPlaceholderText(tr("Separate several with commas"))
    return field


class RecordForm(QWidget):
    """Inputs for the fields of one table, in sections, with per-field errors."""

    changed = Signal()

    def __init__(
        self,
        table: str,
        lookups: Lookups,
        *,
        sections: Sequence[tuple[str, Sequence[str]]] | None = None,
        defaults: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.specs = {s.name: s for s in SPECS[table]}
        self.defaults = dict(defaults or {})
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._lookups = lookups
        self._snapshot: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        parts = sections or [
            ("", [s.name for s in SPECS[table] if not s.name.endswith("_id") or s.kind == "ref"])
        ]
        for title, names in parts:
            outer.addWidget(self._section(title, names))
        note = QLabel(tr("Fields marked * are required."))
        note.setStyleSheet("color: palette(mid);")
        outer.addWidget(note)
        outer.addStretch(1)
        self.mark_clean()

    def _section(self, title: str, names: Sequence[str]) -> QWidget:
        box = QGroupBox(QCoreApplication.translate("sections", title)) if title else QWidget()
        layout = QFormLayout(box)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            spec = self.specs[name]
            widget = make_widget(spec, self._lookups)
            widget.setObjectName(f"field_{name}")
            widget.changed.connect(self.changed.emit)  # type: ignore[attr-defined]
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(error)
            text = field_label(spec) + (" *" if spec.required else "")
            label = QLabel(text)
            label.setBuddy(widget)
            if spec.required:
                label.setToolTip(tr("Required"))
            layout.addRow(label, cell)
            self.widgets[name] = widget
            self.error_labels[name] = error
        if title:
            self.groups[title] = box  # type: ignore[assignment]
        return box

    # --- values -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the user entered, as raw values the services clean and check."""
        return {name: w.value() for name, w in self.widgets.items()}  # type: ignore[attr-defined]

    def load(self, record: Mapping[str, Any] | None) -> None:
        """Show ``record`` (None: a new record with the defaults); clears errors."""
        source = record if record is not None else self.defaults
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            widget.set_value(source.get(name))  # type: ignore[attr-defined]
            widget.blockSignals(False)
        self.clear_errors()
        self.mark_clean()

    def refresh_lookups(self) -> None:
        """Reload the choices of the look-up fields, keeping what is chosen."""
        for name, widget in self.widgets.items():
            spec = self.specs[name]
            if isinstance(widget, LookupField):
                widget.blockSignals(True)
                widget.refresh()
                widget.blockSignals(False)
            elif spec.kind == "ref" and spec.ref and isinstance(widget, ChoiceField):
                widget.blockSignals(True)
                widget.set_items(self._lookups(spec.ref))
                widget.blockSignals(False)

    def mark_clean(self) -> None:
        """Take what the form shows now as the saved state."""
        self._snapshot = self.values()

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded or saved."""
        return self.values() != self._snapshot

    # --- errors -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        """Hide every validation message."""
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show each message next to its field and focus the first field in error."""
        self.clear_errors()
        first: QWidget | None = None
        other = []
        for name, message in errors.items():
            label = self.error_labels.get(name)
            if label is None:
                other.append(message_text(message))
                continue
            label.setText(message_text(message))  # the interface language
            label.show()
            widget = self.widgets[name]
            if first is None:
                first = widget
        if other:
            self.general_error.setText("\n".join(other))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    def error_of(self, name: str) -> str:
        """The message shown next to field ``name`` ('' when none)."""
        label = self.error_labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
