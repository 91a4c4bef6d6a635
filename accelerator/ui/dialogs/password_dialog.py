"""Passwords: the signed-in user changes their own (File › Change password), a coordinator
sets a new one for someone who forgot theirs (Users › Reset password)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from accelerator.errors import ValidationError
from accelerator.services.records import UserRecord
from accelerator.services.users import MIN_PASSWORD
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_label


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class NewPasswordFields:
    """A new password typed twice, with the service's rule beneath it: two rows of
    ``dialog``. The two must match before anything is saved; what the service says about
    the password appears under it."""

    def __init__(self, dialog: FormDialog[Any], labels: tuple[str, str] | None = None) -> None:
        self.password_edit = password_edit(dialog, "newPassword")
        self.password_edit.setPlaceholderText(
            QCoreApplication.translate("NewPasswordFields", "at least {0} characters").format(
                MIN_PASSWORD
            )
        )
        self.again_edit = password_edit(dialog, "newPasswordAgain")
        first, second = labels or (
            QCoreApplication.translate("NewPasswordFields", "&New password:"),
            QCoreApplication.translate("NewPasswordFields", "New password &again:"),
        )
        self.password_error = dialog.add_field("password", first, self.password_edit)
        self.again_error = dialog.add_field("password_again", second, self.again_edit)

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


class ChangePasswordDialog(FormDialog[UserRecord]):
    """``ChangePasswordDialog.ask(parent, context)``: the signed-in user's own password.
    Returns the user, or None when nothing changed."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Change your password"),
            accept=self.tr("Change password"),
            width=440,
        )
        self.add_above(
            muted_label(
                self.tr(
                    "Signed in as {0}. Type your current password, then the new one twice."
                ).format(context.services.actor.username),
                self,
            )
        )
        self.current_edit = password_edit(self, "currentPassword")
        self.current_error = self.add_field(
            "current", self.tr("&Current password:"), self.current_edit
        )
        self.new = NewPasswordFields(self)
        self.current_edit.setFocus()

    def save_call(self) -> Callable[[], UserRecord]:
        auth = self.context.services.auth
        current, new = self.current_edit.text(), self.new.typed()
        return lambda: auth.change_own_password(current, new())


class ResetPasswordDialog(FormDialog[UserRecord]):
    """``ResetPasswordDialog.ask(parent, context, user)``: a coordinator gives ``user`` a
    new password to pass on. Returns the user, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, user: UserRecord) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Reset the password of {0}").format(user.display_name),
            accept=self.tr("Set password"),
            width=440,
        )
        self.user = user
        self.add_above(
            muted_label(
                self.tr(
                    "{0} ({1}) signs in with this password from now on. Tell them in person "
                    "and ask them to change it under File › Change password."
                ).format(user.display_name, user.username),
                self,
            )
        )
        self.new = NewPasswordFields(self)
        self.new.password_edit.setFocus()

    def save_call(self) -> Callable[[], UserRecord]:
        users = self.context.services.users
        user_id, password = self.user.id, self.new.typed()
        return lambda: users.set_password(user_id, password())
