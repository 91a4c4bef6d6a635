"""Add a user: username, name, role and the first password, which the coordinator passes
on in person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import Role
from accelerator.services.records import UserRecord
from accelerator.services.users import UserInput
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.password_dialog import NewPasswordFields
from accelerator.ui.kit import error_label, muted_label, role_description, role_name, with_error
from accelerator.ui.operations import FormErrors


class UserDialog(QDialog):
    """``UserDialog.ask(parent, context)`` creates one user and returns it, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: UserRecord | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(500)
        self.errors = FormErrors()

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

        self.username_error = error_label(self)
        self.name_error = error_label(self)
        self.email_error = error_label(self)
        self.general_error = error_label(self)
        self.errors.register("username", self.username_error)
        self.errors.register("display_name", self.name_error)
        self.errors.register("email", self.email_error)
        self.errors.register("", self.general_error)

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), with_error(self.username_edit, self.username_error))
        form.addRow(self.tr("&Full name:"), with_error(self.name_edit, self.name_error))
        form.addRow(self.tr("&Email:"), with_error(self.email_edit, self.email_error))
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow("", self.role_hint)
        self.password = NewPasswordFields(
            self,
            form,
            self.errors,
            (self.tr("First &password:"), self.tr("Password &again:")),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Pass the first password on in person; they can change it under "
                    "File › Change password."
                ),
                self,
            )
        )
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("Add user"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_role_hint()
        self.username_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> UserRecord | None:
        dialog = cls(parent, context)
        dialog.exec()
        return dialog.saved

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_description(self.role()))

    def save(self) -> None:
        users = self.context.services.users
        username, name, role = self.username_edit.text(), self.name_edit.text(), self.role()
        email, password = self.email_edit.text(), self.password.typed()

        def create() -> UserRecord:
            return users.create_user(UserInput(username, name, role, email, password()))

        saved = self.context.write(self, create, form=self.errors, title=self.windowTitle())
        if saved is not None:
            self.saved = saved
            self.accept()
