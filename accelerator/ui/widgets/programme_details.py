"""The Programme tab: what the programme is, and the list of its cohorts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.permissions import UseCase
from accelerator.services.records import CohortRecord, ProgrammeRecord, TemplateItemRecord
from accelerator.ui.kit import EmptyState, RecordTable, section_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.programme_models import CohortTableModel
from accelerator.ui.offers import refusal


class ProgrammeDetails(QWidget):
    """Shows one programme. The buttons ask the page to act: ``new_cohort_requested``,
    ``edit_cohort_requested(cohort_id)`` and ``cohort_opened(cohort_id)``."""

    new_cohort_requested = Signal()
    edit_cohort_requested = Signal(int)
    cohort_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme: ProgrammeRecord | None = None
        self._editable = True

        self.template_value = self._value()
        self.framework_value = self._value()
        self.interval_value = self._value()
        self.description_value = self._value()
        self.description_value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Readiness framework:"), self.framework_value)
        form.addRow(self.tr("Assessments:"), self.interval_value)
        form.addRow(self.tr("Milestone template:"), self.template_value)
        form.addRow(self.tr("Description:"), self.description_value)

        self.model = CohortTableModel(self)
        self.view = RecordTable(
            self.model,
            self,
            stretch=(CohortTableModel.COL_NAME,),
            sort_by=(CohortTableModel.COL_START, Qt.SortOrder.DescendingOrder),
        )
        self.view.opened.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.cohorts_state = EmptyState(self.view, self)

        self.new_cohort_button = QPushButton(icon("add"), self.tr("New &cohort…"), self)
        self.new_cohort_button.clicked.connect(self.new_cohort_requested)
        self.edit_cohort_button = QPushButton(icon("edit"), self.tr("Ed&it cohort…"), self)
        self.edit_cohort_button.clicked.connect(self._edit)
        self.open_cohort_button = QPushButton(icon("cohort"), self.tr("Show e&nrolments"), self)
        self.open_cohort_button.clicked.connect(self._open)
        cohort_bar = QHBoxLayout()
        cohort_bar.addWidget(section_label(self.tr("Cohorts"), self))
        cohort_bar.addStretch(1)
        cohort_bar.addWidget(self.new_cohort_button)
        cohort_bar.addWidget(self.edit_cohort_button)
        cohort_bar.addWidget(self.open_cohort_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addLayout(cohort_bar)
        layout.addWidget(self.cohorts_state, 1)
        self._update_buttons()

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_programme(
        self,
        programme: ProgrammeRecord,
        cohorts: list[CohortRecord],
        template: Sequence[TemplateItemRecord] = (),
    ) -> None:
        current = self.selected_cohort()
        self.programme = programme
        self.framework_value.setText(programme.framework_name)
        self.interval_value.setText(
            self.tr(
                "every {0} weeks: mentors are reminded when a company's last assessment is older"
            ).format(programme.assessment_interval_weeks)
            if programme.assessment_interval_weeks != 1
            else self.tr("every week")
        )
        self.description_value.setText(programme.description or self.tr("(no description)"))
        self.template_value.setText(self._template_text(template))
        self.model.set_rows(cohorts)
        if cohorts:
            self.cohorts_state.show_content()
            if current is not None:
                self.view.select(current.id)
        else:
            self.cohorts_state.show_message(
                self.tr(
                    "No cohorts yet: create one with New cohort. A cohort is one run of the "
                    "programme, with its start and end date and the companies enrolled in it."
                )
            )
        self._update_buttons()

    def _template_text(self, template: Sequence[TemplateItemRecord]) -> str:
        if not template:
            return self.tr("no milestones yet: list them under Milestone template")
        weeks = [i.due_offset_weeks for i in template if i.due_offset_weeks is not None]
        count = (
            self.tr("1 milestone") if len(template) == 1 else self.tr("{0} milestones")
        ).format(len(template))
        categories = len({i.category.casefold() for i in template})
        text = self.tr("{0} in {1} categories").format(count, categories)
        if weeks:
            text = self.tr("{0}, due from week {1} to week {2}").format(
                text, min(weeks), max(weeks)
            )
        return text

    def selected_cohort(self) -> CohortRecord | None:
        return self.view.selected()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if not editable:
            for button in (self.new_cohort_button, self.edit_cohort_button):
                button.setToolTip(refusal(UseCase.MANAGE_PROGRAMMES))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        editable = self._editable
        chosen = self.selected_cohort() is not None
        self.new_cohort_button.setEnabled(editable and self.programme is not None)
        self.edit_cohort_button.setEnabled(editable and chosen)
        self.open_cohort_button.setEnabled(chosen)

    def _edit(self) -> None:
        cohort = self.selected_cohort()
        if cohort is not None:
            self.edit_cohort_requested.emit(cohort.id)

    def _open(self) -> None:
        cohort = self.selected_cohort()
        if cohort is not None:
            self.cohort_opened.emit(cohort.id)
