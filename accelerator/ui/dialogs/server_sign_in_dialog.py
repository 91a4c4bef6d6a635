"""Signing in to a shared server (team mode): the server checks the login and password,
and the program works as the user of that name.

Used at start when the server wants a password (none in the URL, PGPASSWORD or
~/.pgpass) and behind File › Switch user. The password is handed to the connection and
kept nowhere else.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from accelerator.errors import AcceleratorError, PasswordNeededError
from accelerator.services.team import TeamSession, connect_as, server_login
from accelerator.ui.dialogs.sign_in_dialog import LAST_USERNAME_KEY, as_sentence
from accelerator.ui.widgets.programme_common import error_label, heading_label, muted_label

log = logging.getLogger(__name__)


class ServerSignInDialog(QDialog):
    """``ServerSignInDialog.ask(parent, target)`` returns the session (connection and
    user), or None when the person cancels."""

    def __init__(
        self,
        parent: QWidget | None,
        target: str,
        settings: QSettings | None = None,
        intro: str = "",
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.settings = settings if settings is not None else QSettings()
        self.session: TeamSession | None = None
        self.setWindowTitle(self.tr("Sign in to the server"))
        self.setMinimumWidth(440)

        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(63)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        url = make_url(target)
        where = f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database}"
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading_label(self.tr("Sign in"), self, 1.3))
        if intro:
            layout.addWidget(muted_label(intro, self))
        shown = muted_label(self.tr("Shared database: {0}").format(where), self)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(shown)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(
            muted_label(self.tr("Your login on the server, given to you by your IT."), self)
        )
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        name = server_login(target) or self.settings.value(LAST_USERNAME_KEY, "")
        if isinstance(name, str) and name:
            self.username_edit.setText(name)
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()
        if message:
            self._refuse(as_sentence(message), self.password_edit)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        target: str,
        settings: QSettings | None = None,
        intro: str = "",
        message: str = "",
    ) -> TeamSession | None:
        dialog = cls(parent, target, settings, intro, message)
        dialog.exec()
        return dialog.session

    def try_sign_in(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self._refuse(self.tr("Type your username."), self.username_edit)
            return
        if not password:
            self._refuse(self.tr("Type your password."), self.password_edit)
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            session = connect_as(self.target, username, password)
        except PasswordNeededError:
            self._refuse(self.tr("Wrong username or password."), self.password_edit)
            return
        except AcceleratorError as error:
            self._refuse(as_sentence(str(error)), self.password_edit)
            return
        finally:
            self.unsetCursor()
        self.settings.setValue(LAST_USERNAME_KEY, username)
        self.session = session
        log.info("connected to the server as %s", username)
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(True)
        self.password_edit.clear()
        focus.setFocus()
