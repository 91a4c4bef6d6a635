"""Assign a mentor to an enrolment, chosen from the database's active mentors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.records import EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.icons import icon
from accelerator.ui.kit import error_label, muted_label, role_name
from accelerator.ui.operations import FormErrors
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text


class MentorDialog(QDialog):
    """``MentorDialog.ask(parent, context, enrolment)`` assigns one mentor and returns the
    changed enrolment, or None. With no mentors in the database it says so and why."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, enrolment: EnrolmentRecord
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.enrolment = enrolment
        self.saved: EnrolmentRecord | None = None
        self.setWindowTitle(self.tr("Assign a mentor to {0}").format(enrolment.company_name))
        self.setMinimumWidth(460)
        self.errors = FormErrors()

        assigned = {m.user_id for m in enrolment.mentors}
        mentors = context.services.users.list_mentors()
        self.mentor_list = QListWidget(self)
        self.mentor_list.setIconSize(self.mentor_list.iconSize())
        for mentor in mentors:
            role = role_name(mentor.role).lower()
            item = QListWidgetItem(icon("mentor"), f"{mentor.display_name}  ·  {role}")
            item.setData(Qt.ItemDataRole.UserRole, mentor.id)
            if mentor.id in assigned:
                item.setText(self.tr("{0} (already assigned)").format(mentor.display_name))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.mentor_list.addItem(item)
        self.mentor_list.itemDoubleClicked.connect(lambda _item: self.save())
        self.mentor_list.currentItemChanged.connect(lambda *_: self._update_button())

        self.date_edit = DateField(self, dt.date.today())
        self.mentor_error = error_label(self)
        self.errors.register("mentor", self.mentor_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.assign_button = self.buttons.addButton(
            self.tr("Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.assign_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        available = [m for m in mentors if m.id not in assigned]
        if not mentors:
            self.empty_label = self._empty(
                self.tr(
                    "There are no mentors in this database yet. Mentors are people with a "
                    "user account in the mentor role; they are added under Users. Once "
                    "someone has that role, you can assign them here."
                )
            )
            layout.addWidget(self.empty_label)
            self.mentor_list.setVisible(False)
            self.date_edit.setVisible(False)
            self.assign_button.setVisible(False)
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Close"))
        else:
            intro = self.tr("Who mentors {0} in {1}?").format(
                enrolment.company_name, enrolment.cohort_name
            )
            layout.addWidget(QLabel(intro, self))
            layout.addWidget(self.mentor_list, 1)
            if not available:
                layout.addWidget(
                    muted_label(
                        self.tr(
                            "Every mentor in the database is assigned to this company already. "
                            "More mentors are added under Users."
                        ),
                        self,
                    )
                )
            form = QFormLayout()
            form.addRow(self.tr("Assigned &from:"), self.date_edit)
            label = form.labelForField(self.date_edit)
            if isinstance(label, QLabel):
                label.setBuddy(self.date_edit)
            layout.addLayout(form)
        layout.addWidget(self.mentor_error)
        layout.addWidget(self.buttons)
        fit_wrapped_text(self)
        first = next(
            (
                self.mentor_list.item(n)
                for n in range(self.mentor_list.count())
                if self.mentor_list.item(n).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            None,
        )
        if first is not None:
            self.mentor_list.setCurrentItem(first)
        self._update_button()

    def _empty(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setContentsMargins(4, 8, 4, 8)
        return label

    def chosen_id(self) -> int | None:
        item = self.mentor_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _update_button(self) -> None:
        self.assign_button.setEnabled(self.chosen_id() is not None)

    def save(self) -> None:
        mentor_id = self.chosen_id()
        if mentor_id is None or not dates_understood(self.date_edit):
            return
        on = self.date_edit.date()
        service = self.context.services.enrolments
        saved = self.context.write(
            self,
            lambda: service.assign_mentor(self.enrolment.id, mentor_id, on),
            form=self.errors,
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
