"""Create or edit a cohort: one run of a programme, with its dates and status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
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
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import cohort_status_text, error_label, muted_label
from accelerator.ui.widgets.date_field import DateField

#: How long a new cohort runs unless the coordinator says otherwise.
DEFAULT_WEEKS = 26


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class CohortDialog(FormDialog[CohortRecord]):
    """``CohortDialog.ask(parent, context, programme)`` creates a cohort of ``programme``;
    with ``cohort`` it edits that one."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        programme: ProgrammeRecord,
        cohort: CohortRecord | None = None,
    ) -> None:
        title = self.tr("Edit cohort {0}") if cohort else self.tr("New cohort of {0}")
        super().__init__(
            parent,
            context,
            title=title.format(cohort.name if cohort else programme.name),
            accept=self.tr("Save") if cohort else self.tr("Create cohort"),
            width=500,
        )
        self.programme = programme
        self.cohort = cohort

        start = cohort.start_date if cohort else next_monday(dt.date.today())
        end = cohort.end_date if cohort else start + dt.timedelta(weeks=DEFAULT_WEEKS)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Autumn {0}").format(start.year))
        # The row's label says "Runs from"; each date's message names its date.
        self.start_error = error_label(self, self.tr("The start date"))
        self.end_error = error_label(self, self.tr("The end date"))
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

        self.programme_error = self.add_field(
            "programme", self.tr("Programme:"), muted_label(programme.name, self)
        )
        self.name_error = self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_row(self.tr("&Runs from:"), dates_and_errors, self.start_edit)
        self.errors_of("start_date", self.start_error, self.start_edit)
        self.errors_of("end_date", self.end_error, self.end_edit)
        self.add_row(self.tr("&Status:"), self.status_combo)
        self.form_layout.addRow("", self.status_hint)

        # A new cohort keeps its length while the start moves, until the end is chosen.
        self._end_chosen = cohort is not None
        self._length = end - start
        self.start_edit.dateChanged.connect(self._start_moved)
        self.end_edit.dateChanged.connect(self._end_moved)
        self._show_length()
        if cohort is not None:
            programmes = context.services.programmes
            self.edit(cohort, lambda: programmes.get_cohort(cohort.id))

    def fill(self, record: CohortRecord) -> None:
        self.cohort = record
        self.name_edit.setText(record.name)
        self.status_combo.setCurrentIndex(list(CohortStatus).index(record.status))
        self._end_chosen = True
        self.start_edit.set_date(record.start_date)
        self.end_edit.set_date(record.end_date)
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
        """What the fields say; the form saves only once both dates are understood."""
        start, end = self.start_edit.date(), self.end_edit.date()
        assert start is not None and end is not None
        return CohortInput(
            programme_id=self.programme.id,
            name=self.name_edit.text(),
            start_date=start,
            end_date=end,
            status=CohortStatus(self.status_combo.currentData()),
        )

    def save_call(self) -> Callable[[], CohortRecord]:
        data = self.data()
        service = self.context.services.programmes
        return self.create_or_update(
            lambda: service.create_cohort(data),
            lambda cohort_id, version: service.update_cohort(
                cohort_id, data, expected_version=version
            ),
        )
