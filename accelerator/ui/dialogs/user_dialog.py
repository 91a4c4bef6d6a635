"""Add a user: username, name, role and the first password, which the coordinator passes
on in person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from accelerator.domain.enums import Role
from accelerator.services.records import UserRecord
from accelerator.services.users import UserInput
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.dialogs.password_dialog import NewPasswordFields
from accelerator.ui.kit import muted_label, role_description, role_name


class UserDialog(FormDialog[UserRecord]):
    """``UserDialog.ask(parent, context)`` creates one user and returns it, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(
            parent, context, title=self.tr("Add a user"), accept=self.tr("Add user"), width=500
        )
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("one word, e.g. kari"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("displayName")
        self.name_edit.setMaxLength(200)
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

        self.username_error = self.add_field("username", self.tr("&Username:"), self.username_edit)
        self.name_error = self.add_field("display_name", self.tr("&Full name:"), self.name_edit)
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
        self.username_edit.setFocus()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_description(self.role()))

    def save_call(self) -> Callable[[], UserRecord]:
        users = self.context.services.users
        username, name, role = self.username_edit.text(), self.name_edit.text(), self.role()
        email, password = self.email_edit.text(), self.password.typed()
        return lambda: users.create_user(UserInput(username, name, role, email, password()))
