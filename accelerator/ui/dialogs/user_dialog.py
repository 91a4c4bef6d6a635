"""Add a user: username, name, role and the first password, which the coordinator passes
on in person; for a mentor, what they can give (hours a month, companies at once). The
capacity of a mentor already on record is set in ``CapacityDialog``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QSpinBox, QWidget

from accelerator.domain.enums import Role
from accelerator.services.records import UserRecord
from accelerator.services.sessions import CapacityRecord
from accelerator.services.users import UserInput
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.dialogs.password_dialog import NewPasswordFields
from accelerator.ui.kit import muted_label, role_description, role_name


class AccountFields:
    """Who a new account is for: the username they sign in with and their full name, two
    rows of ``dialog``, as long as the service takes them."""

    def __init__(self, dialog: FormDialog[Any]) -> None:
        self.username_edit = QLineEdit(dialog)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(
            QCoreApplication.translate("AccountFields", "one word, e.g. kari")
        )
        self.name_edit = QLineEdit(dialog)
        self.name_edit.setObjectName("displayName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("AccountFields", "e.g. Kari Nordmann")
        )
        self.username_error = dialog.add_field(
            "username",
            QCoreApplication.translate("AccountFields", "&Username:"),
            self.username_edit,
        )
        self.name_error = dialog.add_field(
            "display_name",
            QCoreApplication.translate("AccountFields", "&Full name:"),
            self.name_edit,
        )


class CapacityFields:
    """What a mentor can give, two rows of ``dialog``: hours a month and companies at once,
    each a number or "open" (0). A coordinator assigning the mentor one company beyond
    either is warned."""

    def __init__(self, dialog: FormDialog[Any]) -> None:
        def spin(name: str, maximum: int, suffix: str) -> QSpinBox:
            box = QSpinBox(dialog)
            box.setObjectName(name)
            box.setRange(0, maximum)
            box.setSpecialValueText(QCoreApplication.translate("CapacityFields", "open"))
            box.setSuffix(suffix)
            box.setMinimumWidth(120)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            return box

        self.hours = spin(
            "hoursPerMonth", 744, QCoreApplication.translate("CapacityFields", " h a month")
        )
        self.companies = spin("companiesAtOnce", 1000, "")
        self.hours_error = dialog.add_field(
            "hours_per_month",
            QCoreApplication.translate("CapacityFields", "&Hours a month:"),
            self.hours,
        )
        self.companies_error = dialog.add_field(
            "companies_at_once",
            QCoreApplication.translate("CapacityFields", "Companies at &once:"),
            self.companies,
        )

    def fill(self, capacity: CapacityRecord) -> None:
        self.hours.setValue(capacity.hours_per_month or 0)
        self.companies.setValue(capacity.companies_at_once or 0)

    def values(self) -> tuple[int | None, int | None]:
        """Hours a month and companies at once; None where open."""
        return self.hours.value() or None, self.companies.value() or None

    def show(self, dialog: FormDialog[Any], shown: bool) -> None:
        dialog.show_field(self.hours_error, shown)
        dialog.show_field(self.companies_error, shown)


class UserDialog(FormDialog[UserRecord]):
    """``UserDialog.ask(parent, context)`` creates one user and returns it, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(
            parent, context, title=self.tr("Add a user"), accept=self.tr("Add user"), width=500
        )
        self.account = AccountFields(self)  # made first: Tab follows the order of making
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("email")
        self.email_edit.setMaxLength(254)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role")
        for role in (Role.MENTOR, Role.COORDINATOR, Role.VIEWER):
            self.role_combo.addItem(role_name(role), role)
        self.role_hint = muted_label("", self)
        self.role_combo.currentIndexChanged.connect(self._show_role_hint)

        self.email_error = self.add_field("email", self.tr("&Email:"), self.email_edit)
        self.add_row(self.tr("&Role:"), self.role_combo)
        self.form_layout.addRow("", self.role_hint)
        self.capacity = CapacityFields(self)  # a mentor's only
        self.password = NewPasswordFields(
            self, (self.tr("First &password:"), self.tr("Password &again:"))
        )
        self.add_below(
            muted_label(
                self.tr(
                    "Pass the first password on in person; they can change it under "
                    "File › Change password."
                ),
                self,
            )
        )
        self._show_role_hint()
        self.account.username_edit.setFocus()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_description(self.role()))
        self.capacity.show(self, self.role() is Role.MENTOR)

    def save_call(self) -> Callable[[], UserRecord]:
        services = self.context.services
        username, name = self.account.username_edit.text(), self.account.name_edit.text()
        role = self.role()
        email, password = self.email_edit.text(), self.password.typed()
        hours, companies = self.capacity.values() if role is Role.MENTOR else (None, None)

        def save() -> UserRecord:
            user = services.users.create_user(UserInput(username, name, role, email, password()))
            if hours is not None or companies is not None:
                # The fields take only what the service takes: this cannot be refused.
                services.sessions.set_capacity(user.id, hours, companies)
            return user

        return save


class CapacityDialog(FormDialog[CapacityRecord]):
    """``CapacityDialog.ask(parent, context, mentor)``: set what a mentor can give. Gives
    the capacity saved, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, mentor: UserRecord) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Capacity of {0}").format(mentor.display_name),
            width=420,
        )
        self.mentor = mentor
        self.add_above(
            QLabel(
                self.tr("What can {0} give the programme? A field left open sets no limit.").format(
                    mentor.display_name
                ),
                self,
            )
        )
        self.capacity = CapacityFields(self)
        self.add_below(
            muted_label(
                self.tr(
                    "Assigning them one more company warns when they would mentor more "
                    "companies at once than this, or when the hours they logged over the "
                    "last three months already reach their hours a month."
                ),
                self,
            )
        )
        sessions = context.services.sessions
        now = sessions.capacity(mentor.id)
        if now.row_version is not None:
            self.edit(now, lambda: sessions.capacity(mentor.id))
        else:
            self.fill(now)
        self.capacity.hours.setFocus()

    def fill(self, record: CapacityRecord) -> None:
        self.capacity.fill(record)

    def save_call(self) -> Callable[[], CapacityRecord]:
        sessions = self.context.services.sessions
        user_id = self.mentor.id
        hours, companies = self.capacity.values()
        versioned = self.versioned
        return lambda: sessions.set_capacity(
            user_id,
            hours,
            companies,
            expected_version=versioned.version if versioned is not None else None,
        )
