"""Assessments with the entities they cover and their findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab as v
from app.domain.errors import FocalPointError, ValidationError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.form import RecordForm
from app.gui.models import RowsModel
from app.gui.pages.base import Filter, RecordPage, make_table_view
from app.services import assessments, records

FINDING_FIELDS = (
    "title",
    "thematic_area",
    "severity",
    "evidence",
    "recommendation",
    "initiative_id",
)
FINDING_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("columns", "Need or gap")),
    ("thematic_area", QT_TRANSLATE_NOOP("columns", "Thematic area")),
    ("severity", QT_TRANSLATE_NOOP("columns", "Severity")),
)


class FindingsPanel(QWidget):
    """The findings table of one assessment and the form of the chosen finding."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id: str | None = None
        self.finding: dict[str, Any] | None = None
        self.model = RowsModel("finding", FINDING_COLUMNS)
        self.view = make_table_view()
        self.view.setObjectName("findings")
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = RecordForm("finding", ctx.lookups, sections=[("", FINDING_FIELDS)])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(scroll)
        split.setStretchFactor(1, 2)
        self.hint = QLabel()
        self.new_button = QPushButton(self.tr("New finding"))
        self.new_button.clicked.connect(lambda: self.show_finding(None))
        self.delete_button = QPushButton(self.tr("Delete finding"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Save finding"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.new_button, self.delete_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.set_assessment(None)

    def set_assessment(self, assessment_id: str | None) -> None:
        """Show the findings of ``assessment_id`` (None: none yet)."""
        self.assessment_id = assessment_id
        rows = assessments.findings_of(self.ctx.ws, assessment_id) if assessment_id else []
        self.model.set_rows(rows)
        for widget in (self.form, self.new_button, self.save_button, self.view):
            widget.setEnabled(assessment_id is not None)
        self.hint.setText("" if assessment_id else self.tr("Save the assessment first."))
        self.show_finding(None)

    def _chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.show_finding(self.model.rows[current.row()])

    def show_finding(self, finding: dict[str, Any] | None) -> None:
        """Show one finding in the form (None: a new finding)."""
        self.finding = dict(finding) if finding else None
        if finding is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(self.model.index(-1, -1))
        self.form.refresh_lookups()
        self.form.load(finding)
        self.delete_button.setEnabled(finding is not None)

    def save(self) -> bool:
        """Save the finding form; True when saved."""
        if self.assessment_id is None:
            return False
        values = self.form.values()
        try:
            if self.finding is None:
                saved = assessments.add_finding(
                    self.ctx.ws, {**values, "assessment_id": self.assessment_id}
                )
            else:
                saved = records.update(self.ctx.ws, "finding", self.finding["id"], values)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except FocalPointError as exc:
            dialogs.show_error(self, exc)
            return False
        self.set_assessment(self.assessment_id)
        row = self.model.row_of(saved["id"])
        self.view.selectRow(row)
        self.hint.setText(self.tr("Finding saved."))
        return True

    def delete(self) -> None:
        """Soft-delete the shown finding after confirmation."""
        if self.finding is None or not dialogs.confirm(
            self, self.tr("Delete"), self.tr("Delete this finding?")
        ):
            return
        records.delete(self.ctx.ws, "finding", self.finding["id"])
        self.set_assessment(self.assessment_id)


class AssessmentsPage(RecordPage):
    """Needs-and-gaps assessments."""

    table = "assessment"
    title = QT_TRANSLATE_NOOP("pages", "Assessments")
    columns = (
        ("title", QT_TRANSLATE_NOOP("columns", "Title")),
        ("status", QT_TRANSLATE_NOOP("columns", "Status")),
        ("method", QT_TRANSLATE_NOOP("columns", "Method")),
        ("start_date", QT_TRANSLATE_NOOP("columns", "Start")),
        ("end_date", QT_TRANSLATE_NOOP("columns", "End")),
        ("owner_mission", QT_TRANSLATE_NOOP("columns", "Mission")),
    )
    filters = (
        Filter("mission", QT_TRANSLATE_NOOP("filters", "Mission"), "mission"),
        Filter("status", QT_TRANSLATE_NOOP("filters", "Status"), "vocab", v.ASSESSMENT_STATUS),
        Filter("date_from", QT_TRANSLATE_NOOP("filters", "From"), "date"),
        Filter("date_to", QT_TRANSLATE_NOOP("filters", "To"), "date"),
    )
    default_sort = ("start_date", True)

    def defaults(self) -> dict[str, Any]:
        return {"mission_id": self.ctx.home_mission_id, "status": "draft", "method": "desk_review"}

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        self.findings = FindingsPanel(self.ctx)
        entities = QWidget()
        layout = QVBoxLayout(entities)
        layout.addWidget(QLabel(self.tr("Entities this assessment covers (tick them):")))
        self.entity_list = QListWidget()
        self.entity_list.setObjectName("entities")
        self._covered: set[str] = set()
        self.entity_list.itemChanged.connect(lambda _i: self._update_buttons())
        layout.addWidget(self.entity_list)
        return [(self.tr("Findings"), self.findings), (self.tr("Entities"), entities)]

    def _ticked(self) -> list[str]:
        return [
            str(self.entity_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.entity_list.count())
            if self.entity_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def has_changes(self) -> bool:
        return super().has_changes() or set(self._ticked()) != self._covered

    def record_loaded(self, record: dict[str, Any] | None) -> None:
        covered = set(assessments.entities_of(self.ctx.ws, record["id"])) if record else set()
        self._covered = covered
        self.entity_list.blockSignals(True)
        self.entity_list.clear()
        for entity_id, label in self.ctx.lookups("partner_entity"):
            item = QListWidgetItem(label, self.entity_list)
            item.setData(Qt.ItemDataRole.UserRole, entity_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if entity_id in covered else Qt.CheckState.Unchecked
            )
        self.entity_list.blockSignals(False)
        self.findings.set_assessment(record["id"] if record else None)

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return assessments.create_assessment(self.ctx.ws, values, self._ticked())

    def update_record(self, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
        record = records.update(self.ctx.ws, self.table, record_id, values)
        assessments.set_entities(self.ctx.ws, record_id, self._ticked())
        return record
