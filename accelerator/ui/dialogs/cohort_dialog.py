"""Create or edit a cohort: one run of a programme, with its dates and status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import CohortStatus
from accelerator.services.programmes import CohortInput
from accelerator.services.records import CohortRecord, ProgrammeRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import cohort_status_text, error_label, muted_label, with_error
from accelerator.ui.operations import NamedErrors, Versioned
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

#: How long a new cohort runs unless the coordinator says otherwise.
DEFAULT_WEEKS = 26


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class CohortDialog(QDialog):
    """``CohortDialog.ask(parent, context, programme)`` creates a cohort of ``programme``;
    with ``cohort`` it edits that one. Saves itself and stays open while the service
    refuses, showing why beside the field."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        programme: ProgrammeRecord,
        cohort: CohortRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme = programme
        self.cohort = cohort
        self.saved: CohortRecord | None = None
        # The cohort the fields were filled from; its version is what Save changes.
        self.versioned: Versioned[CohortRecord] | None = None
        title = self.tr("Edit cohort {0}") if cohort else self.tr("New cohort of {0}")
        self.setWindowTitle(title.format(cohort.name if cohort else programme.name))
        self.setMinimumWidth(500)
        self.errors = NamedErrors()

        start = cohort.start_date if cohort else next_monday(dt.date.today())
        end = cohort.end_date if cohort else start + dt.timedelta(weeks=DEFAULT_WEEKS)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Autumn {0}").format(start.year))
        self.start_error = error_label(self)
        self.end_error = error_label(self)
        self.start_edit = DateField(self, start, error_label=self.start_error)
        self.end_edit = DateField(self, end, error_label=self.end_error)
        self.length_label = muted_label("", self)
        self.status_combo = QComboBox(self)
        for status in CohortStatus:
            self.status_combo.addItem(cohort_status_text(status), status.value)
        self.status_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.status_combo.setMinimumWidth(140)
        self.status_hint = muted_label(
            self.tr(
                "Applying a changed milestone template updates the companies of planned and "
                "running cohorts; a finished cohort's checklists stay as they were."
            ),
            self,
        )

        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_edit)
        row.addWidget(muted_label(self.tr("to"), self))
        row.addWidget(self.end_edit)
        row.addWidget(self.length_label, 1)
        # Each date's problem, and the service's, under the row of both.
        dates_and_errors = QWidget(self)
        column = QVBoxLayout(dates_and_errors)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(dates)
        column.addWidget(self.start_error)
        column.addWidget(self.end_error)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_error = error_label(self)
        self.programme_error = error_label(self)
        self.errors.register("name", self.name_error)
        self.errors.register("start_date", self.start_error, self.tr("The start date"))
        self.errors.register("end_date", self.end_error, self.tr("The end date"))
        self.errors.register("programme", self.programme_error)
        form.addRow(self.tr("Programme:"), muted_label(programme.name, self))
        form.addRow("", self.programme_error)
        form.addRow(self.tr("&Name:"), with_error(self.name_edit, self.name_error))
        form.addRow(self.tr("&Runs from:"), dates_and_errors)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow("", self.status_hint)
        for row_n, widget in ((2, self.name_edit), (3, self.start_edit), (4, self.status_combo)):
            item = form.itemAt(row_n, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setBuddy(widget)  # type: ignore[attr-defined]

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if cohort is None:
            self.save_button.setText(self.tr("Create cohort"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        fit_wrapped_text(self)  # two dates' messages under one row: nothing is squeezed

        # A new cohort keeps its length while the start moves, until the end is chosen.
        self._end_chosen = cohort is not None
        self._length = end - start
        self.start_edit.dateChanged.connect(self._start_moved)
        self.end_edit.dateChanged.connect(self._end_moved)
        self._show_length()
        if cohort is not None:
            programmes = context.services.programmes
            self.versioned = Versioned(
                cohort, reload=self._fill, fetch=lambda: programmes.get_cohort(cohort.id)
            )
            self._fill(cohort)

    def _fill(self, cohort: CohortRecord) -> None:
        """Show ``cohort`` in the fields (at opening, and when taking someone else's)."""
        self.cohort = cohort
        self.name_edit.setText(cohort.name)
        self.status_combo.setCurrentIndex(list(CohortStatus).index(cohort.status))
        self._end_chosen = True
        self.start_edit.set_date(cohort.start_date)
        self.end_edit.set_date(cohort.end_date)
        self._show_length()

    def _start_moved(self) -> None:
        start = self.start_edit.date()
        if not self._end_chosen and start is not None:
            self.end_edit.blockSignals(True)
            self.end_edit.set_date(start + self._length)
            self.end_edit.blockSignals(False)
        self._show_length()

    def _end_moved(self) -> None:
        self._end_chosen = True
        self._show_length()

    def _show_length(self) -> None:
        start, end = self.start_edit.date(), self.end_edit.date()
        days = (end - start).days if start is not None and end is not None else 0
        if days <= 0:
            self.length_label.setText("")
        elif days % 7 == 0:
            self.length_label.setText(self.tr("{0} weeks").format(days // 7))
        else:
            self.length_label.setText(self.tr("{0} weeks {1} days").format(days // 7, days % 7))

    def data(self) -> CohortInput:
        """What the fields say; only after :func:`dates_understood` are both dates there."""
        return CohortInput(
            programme_id=self.programme.id,
            name=self.name_edit.text(),
            start_date=self.start_edit.date(),  # type: ignore[arg-type]
            end_date=self.end_edit.date(),  # type: ignore[arg-type]
            status=CohortStatus(self.status_combo.currentData()),
        )

    def save(self) -> None:
        if not dates_understood(self.start_edit, self.end_edit):
            return  # each wrong date says why beneath the row; nothing is saved
        data = self.data()
        service = self.context.services.programmes
        cohort = self.cohort
        if cohort is None:
            saved = self.context.write(
                self,
                lambda: service.create_cohort(data),
                form=self.errors,
            )
        else:
            versioned = self.versioned
            assert versioned is not None
            saved = self.context.write(
                self,
                lambda: service.update_cohort(cohort.id, data, expected_version=versioned.version),
                form=self.errors,
                versioned=versioned,
            )
        if saved is not None:
            self.saved = saved
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        programme: ProgrammeRecord,
        cohort: CohortRecord | None = None,
    ) -> CohortRecord | None:
        dialog = cls(parent, context, programme, cohort)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
