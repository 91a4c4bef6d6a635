"""Set an enrolment's status: active, graduated, or withdrawn (with the day and the reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import EnrolmentStatus
from accelerator.services.records import EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    enrolment_status_text,
    error_label,
    format_date,
    meaning_of,
    muted_label,
    with_error,
)
from accelerator.ui.operations import FormErrors, Versioned
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text


class EnrolmentStatusDialog(QDialog):
    """``EnrolmentStatusDialog.ask(parent, context, enrolment)`` returns the changed
    enrolment, or None when nothing was changed."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, enrolment: EnrolmentRecord
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.enrolment = enrolment
        self.saved: EnrolmentRecord | None = None
        enrolments = context.services.enrolments
        # The enrolment the fields were filled from; its version is what Save changes.
        self.versioned = Versioned(
            enrolment, reload=self._fill, fetch=lambda: enrolments.get_enrolment(enrolment.id)
        )
        self.setWindowTitle(self.tr("Status of {0}").format(enrolment.company_name))
        self.setMinimumWidth(520)
        self.errors = FormErrors()

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

        self.date_error = error_label(self)
        self.date_edit = DateField(
            self, enrolment.status_changed_on or dt.date.today(), error_label=self.date_error
        )
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(96)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason_edit)
        self.date_label = QLabel(self.tr("&On:"), self)
        self.date_label.setBuddy(self.date_edit)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Company:"), QLabel(enrolment.company_name, self))
        form.addRow(
            self.tr("Joined:"),
            QLabel(
                self.tr("{0}, {1}").format(format_date(enrolment.joined_on), enrolment.cohort_name),
                self,
            ),
        )
        form.addRow(self.tr("Status:"), choices)
        self.reason_error = error_label(self)
        self.errors.register("date", self.date_error)
        self.errors.register("reason", self.reason_error)
        self.date_box = with_error(self.date_edit, self.date_error)
        form.addRow(self.date_label, self.date_box)
        form.addRow(self.reason_label, with_error(self.reason_edit, self.reason_error))
        self._form = form

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_wrapped_text(self)
        self._fill(enrolment)
        self.group.buttonToggled.connect(self._status_changed)
        self._status_changed()

    def _fill(self, enrolment: EnrolmentRecord) -> None:
        """Show ``enrolment``'s status (at opening, and when taking someone else's)."""
        self.enrolment = enrolment
        self.radios[enrolment.status].setChecked(True)
        self.date_edit.set_date(enrolment.status_changed_on or dt.date.today())
        self.reason_edit.setPlainText(enrolment.status_reason)

    def status(self) -> EnrolmentStatus:
        return next(s for s, r in self.radios.items() if r.isChecked())

    def _status_changed(self) -> None:
        status = self.status()
        self._form.setRowVisible(self.date_box, status is not EnrolmentStatus.ACTIVE)
        self.reason_label.setText(
            self.tr("&Reason:") if status is EnrolmentStatus.WITHDRAWN else self.tr("&Note:")
        )
        self.reason_edit.setPlaceholderText(
            self.tr("Why the company withdrew (required)")
            if status is EnrolmentStatus.WITHDRAWN
            else self.tr("Optional")
        )

    def save(self) -> None:
        status = self.status()
        if status is not EnrolmentStatus.ACTIVE and not dates_understood(self.date_edit):
            return
        on = None if status is EnrolmentStatus.ACTIVE else self.date_edit.date()
        reason = self.reason_edit.toPlainText()
        service = self.context.services.enrolments
        enrolment_id, versioned = self.enrolment.id, self.versioned
        saved = self.context.write(
            self,
            lambda: service.set_status(
                enrolment_id, status, on=on, reason=reason, expected_version=versioned.version
            ),
            form=self.errors,
            versioned=versioned,
        )
        if saved is not None:
            self.saved = saved
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, enrolment: EnrolmentRecord
    ) -> EnrolmentRecord | None:
        dialog = cls(parent, context, enrolment)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
