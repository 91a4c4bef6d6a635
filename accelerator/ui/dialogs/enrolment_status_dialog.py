"""Set an enrolment's status: active, graduated, or withdrawn (with the day and the reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from accelerator.domain.enums import EnrolmentStatus
from accelerator.services.records import EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import enrolment_status_text, format_date, meaning_of, muted_label


class EnrolmentStatusDialog(FormDialog[EnrolmentRecord]):
    """``EnrolmentStatusDialog.ask(parent, context, enrolment)`` returns the changed
    enrolment, or None when nothing was changed."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, enrolment: EnrolmentRecord
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Status of {0}").format(enrolment.company_name),
            width=520,
        )
        self.enrolment = enrolment

        self.group = QButtonGroup(self)
        self.radios: dict[EnrolmentStatus, QRadioButton] = {}
        choices = QWidget(self)
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, status in enumerate(EnrolmentStatus):
            radio = QRadioButton(enrolment_status_text(status), choices)
            self.radios[status] = radio
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(muted_label(meaning_of(status), choices), row, 1)

        self.date_edit = self.date_field(enrolment.status_changed_on or dt.date.today())
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(96)

        self.add_row(self.tr("Company:"), QLabel(enrolment.company_name, self))
        joined = self.tr("{0}, {1}").format(format_date(enrolment.joined_on), enrolment.cohort_name)
        self.add_row(self.tr("Joined:"), QLabel(joined, self))
        self.add_row(self.tr("Status:"), choices)
        self.date_error = self.add_date_field("date", self.tr("&On:"), self.date_edit)
        self.reason_error = self.add_field("reason", self.tr("&Note:"), self.reason_edit)
        # Its words change with the status chosen: a reason to withdraw, a note otherwise.
        self.reason_label = self.label_of(self.reason_error)
        self.edit(enrolment, lambda: context.services.enrolments.get_enrolment(enrolment.id))
        self.group.buttonToggled.connect(self._status_changed)
        self._status_changed()

    def fill(self, record: EnrolmentRecord) -> None:
        self.enrolment = record
        self.radios[record.status].setChecked(True)
        self.date_edit.set_date(record.status_changed_on or dt.date.today())
        self.reason_edit.setPlainText(record.status_reason)

    def status(self) -> EnrolmentStatus:
        return next(s for s, r in self.radios.items() if r.isChecked())

    def _status_changed(self) -> None:
        status = self.status()
        # An active enrolment has no day it changed on; the field's row goes with it.
        self.show_field(self.date_error, status is not EnrolmentStatus.ACTIVE)
        self.reason_label.setText(
            self.tr("&Reason:") if status is EnrolmentStatus.WITHDRAWN else self.tr("&Note:")
        )
        self.reason_edit.setPlaceholderText(
            self.tr("Why the company withdrew (required)")
            if status is EnrolmentStatus.WITHDRAWN
            else self.tr("Optional")
        )

    def save_call(self) -> Callable[[], EnrolmentRecord]:
        status = self.status()
        on = None if status is EnrolmentStatus.ACTIVE else self.date_edit.date()
        reason = self.reason_edit.toPlainText()
        service = self.context.services.enrolments
        enrolment_id, versioned = self.enrolment.id, self.editing()
        return lambda: service.set_status(
            enrolment_id, status, on=on, reason=reason, expected_version=versioned.version
        )
