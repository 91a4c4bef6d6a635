"""Assign a mentor to an enrolment, chosen from the database's active mentors. A mentor
whom one more company takes beyond their capacity (companies at once, hours a month) is
said to be, and the coordinator is asked before assigning them all the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.services.records import EnrolmentRecord
from accelerator.services.sessions import CapacityCheck
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import confirm, error_colour, muted_label, role_name
from accelerator.ui.kit.icons import icon


class MentorDialog(FormDialog[EnrolmentRecord]):
    """``MentorDialog.ask(parent, context, enrolment)`` assigns one mentor and returns the
    changed enrolment, or None. With no mentors in the database it says so and why."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, enrolment: EnrolmentRecord
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Assign a mentor to {0}").format(enrolment.company_name),
            accept=self.tr("Assign"),
            width=460,
        )
        self.enrolment = enrolment

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
        self.mentor_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.mentor_list.currentItemChanged.connect(lambda *_: self._update_button())
        # What the chosen mentor has on their plate against their capacity.
        self.capacity_label = muted_label("", self)
        self.capacity_label.setObjectName("capacity")
        self._checks: dict[int, CapacityCheck | None] = {}

        self.date_edit = self.date_field(dt.date.today())
        date_error = self.add_date_field("", self.tr("Assigned &from:"), self.date_edit)
        # What the service says about the mentor chosen goes under the form.
        self.errors.register("mentor", self.general_error)

        if not mentors:
            self.empty_label = QLabel(
                self.tr(
                    "There are no mentors in this database yet. Mentors are people with a "
                    "user account in the mentor role; they are added under Users. Once "
                    "someone has that role, you can assign them here."
                ),
                self,
            )
            self.empty_label.setWordWrap(True)
            self.empty_label.setContentsMargins(4, 8, 4, 8)
            self.add_above(self.empty_label)
            self.mentor_list.setVisible(False)
            self.show_field(date_error, False)
            self.save_button.setVisible(False)
            self.cancel_button.setText(self.tr("Close"))
        else:
            intro = self.tr("Who mentors {0} in {1}?").format(
                enrolment.company_name, enrolment.cohort_name
            )
            self.add_above(QLabel(intro, self))
            self.add_above(self.mentor_list, 1)
            self.add_above(self.capacity_label)
            if all(m.id in assigned for m in mentors):
                self.add_above(
                    muted_label(
                        self.tr(
                            "Every mentor in the database is assigned to this company already. "
                            "More mentors are added under Users."
                        ),
                        self,
                    )
                )
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

    def chosen_id(self) -> int | None:
        item = self.mentor_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.chosen_id() is not None)
        self._show_capacity()

    def capacity_check(self, mentor_id: int) -> CapacityCheck | None:
        """The mentor's load with this company as well (read once per mentor chosen)."""
        if mentor_id not in self._checks:
            try:
                self._checks[mentor_id] = self.context.services.sessions.capacity_check(
                    mentor_id, self.enrolment.id
                )
            except AcceleratorError as error:  # a warning unread is no reason to refuse
                self._checks[mentor_id] = None
                self.capacity_label.setToolTip(str(error))
        return self._checks[mentor_id]

    def _show_capacity(self) -> None:
        mentor_id = self.chosen_id()
        check = self.capacity_check(mentor_id) if mentor_id is not None else None
        if check is None or not check.beyond:
            self.capacity_label.setVisible(False)
            return
        colour = error_colour(self.palette()).name()
        self.capacity_label.setStyleSheet(f"color: {colour}")
        self.capacity_label.setText(self.tr("Beyond capacity: {0}").format(check.message))
        self.capacity_label.setVisible(True)

    def accept(self) -> None:
        """Assign; beyond the mentor's capacity, only once the coordinator says so."""
        mentor_id = self.chosen_id()
        check = self.capacity_check(mentor_id) if mentor_id is not None else None
        if check is not None and check.beyond:
            go_on = confirm(
                self,
                self.tr("Beyond capacity"),
                self.tr("{0} Assign {1} to {2} all the same?").format(
                    check.message, check.mentor_name, self.enrolment.company_name
                ),
                self.tr("Assign all the same"),
            )
            if not go_on:
                return
        super().accept()

    def save_call(self) -> Callable[[], EnrolmentRecord] | None:
        mentor_id, on = self.chosen_id(), self.date_edit.date()
        if mentor_id is None or on is None:
            return None
        service = self.context.services.enrolments
        enrolment_id = self.enrolment.id
        return lambda: service.assign_mentor(enrolment_id, mentor_id, on)
