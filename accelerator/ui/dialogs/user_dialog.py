"""Add a user: username, name, role and the first password, which the coordinator passes
on in person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from accelerator.domain.enums import Role
from accelerator.services.records import UserRecord
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

    def save_call(self) -> Callable[[], UserRecord]:
        users = self.context.services.users
        username, name = self.account.username_edit.text(), self.account.name_edit.text()
        role = self.role()
        email, password = self.email_edit.text(), self.password.typed()
        return lambda: users.create_user(UserInput(username, name, role, email, password()))
