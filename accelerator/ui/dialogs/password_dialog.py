"""Passwords: the signed-in user changes their own (File › Change password), a coordinator
sets a new one for someone who forgot theirs (Users › Reset password)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import ValidationError
from accelerator.services.records import UserRecord
from accelerator.services.users import MIN_PASSWORD
from accelerator.ui.context import AppContext
from accelerator.ui.kit import error_label, muted_label, with_error
from accelerator.ui.operations import FormErrors


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class NewPasswordFields:
    """A new password typed twice, with the service's rule beneath it. The two must match
    before anything is sent; what the service says about the password appears under it."""

    def __init__(
        self,
        parent: QWidget,
        form: QFormLayout,
        errors: FormErrors,
        labels: tuple[str, str] | None = None,
    ) -> None:
        self.password_edit = password_edit(parent, "newPassword")
        self.password_edit.setPlaceholderText(
            QCoreApplication.translate("NewPasswordFields", "at least {0} characters").format(
                MIN_PASSWORD
            )
        )
        self.again_edit = password_edit(parent, "newPasswordAgain")
        self.password_error = error_label(parent)
        self.again_error = error_label(parent)
        errors.register("password", self.password_error)
        errors.register("password_again", self.again_error)
        first, second = labels or (
            QCoreApplication.translate("NewPasswordFields", "&New password:"),
            QCoreApplication.translate("NewPasswordFields", "New password &again:"),
        )
        form.addRow(first, with_error(self.password_edit, self.password_error))
        form.addRow(second, with_error(self.again_edit, self.again_error))

    def password(self) -> str:
        """The new password, or raises when the two fields differ."""
        return self.typed()()

    def typed(self) -> Callable[[], str]:
        """What is typed now, read here on the GUI thread; calling the result gives the new
        password, or raises when the two fields differ (inside the write, which may run in
        a worker, so that the message shows beside the field)."""
        password, again = self.password_edit.text(), self.again_edit.text()
        differ = QCoreApplication.translate(
            "NewPasswordFields", "the two passwords differ; type the same one twice"
        )

        def checked() -> str:
            if password != again:
                raise ValidationError(differ, field="password_again")
            return password

        return checked


class ChangePasswordDialog(QDialog):
    """``ChangePasswordDialog.ask(parent, context)``: the signed-in user's own password.
    Returns the user, or None when nothing changed."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: UserRecord | None = None
        self.setWindowTitle(self.tr("Change your password"))
        self.setMinimumWidth(440)
        self.errors = FormErrors()

        self.current_edit = password_edit(self, "currentPassword")
        self.current_error = error_label(self)
        self.errors.register("current", self.current_error)
        self.general_error = error_label(self)
        self.errors.register("", self.general_error)

        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Signed in as {0}. Type your current password, then the new one twice."
                ).format(context.services.actor.username),
                self,
            )
        )
        form = QFormLayout()
        form.addRow(
            self.tr("&Current password:"), with_error(self.current_edit, self.current_error)
        )
        self.new = NewPasswordFields(self, form, self.errors)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = self.buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.current_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> UserRecord | None:
        dialog = cls(parent, context)
        dialog.exec()
        return dialog.saved

    def save(self) -> None:
        auth = self.context.services.auth
        current, new = self.current_edit.text(), self.new.typed()

        def change() -> UserRecord:
            return auth.change_own_password(current, new())

        saved = self.context.write(self, change, form=self.errors, title=self.windowTitle())
        if saved is not None:
            self.saved = saved
            self.accept()


class ResetPasswordDialog(QDialog):
    """``ResetPasswordDialog.ask(parent, context, user)``: a coordinator gives ``user`` a
    new password to pass on. Returns the user, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, user: UserRecord) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self.saved: UserRecord | None = None
        self.setWindowTitle(self.tr("Reset the password of {0}").format(user.display_name))
        self.setMinimumWidth(440)
        self.errors = FormErrors()
        self.general_error = error_label(self)
        self.errors.register("", self.general_error)

        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "{0} ({1}) signs in with this password from now on. Tell them in person "
                    "and ask them to change it under File › Change password."
                ).format(user.display_name, user.username),
                self,
            )
        )
        form = QFormLayout()
        self.new = NewPasswordFields(self, form, self.errors)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reset_button = self.buttons.addButton(
            self.tr("Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reset_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.password_edit.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, user: UserRecord
    ) -> UserRecord | None:
        dialog = cls(parent, context, user)
        dialog.exec()
        return dialog.saved

    def save(self) -> None:
        users = self.context.services.users
        user_id, password = self.user.id, self.new.typed()
        saved = self.context.write(
            self,
            lambda: users.set_password(user_id, password()),
            form=self.errors,
            title=self.windowTitle(),
        )
        if saved is not None:
            self.saved = saved
            self.accept()
