"""Signing in to a shared server (team mode): the server checks the login and password,
and the program works as the user of that name.

Used at start when the server wants a password (none in the URL, PGPASSWORD or
~/.pgpass) and behind File › Switch user. The password is handed to the connection and
kept nowhere else.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from accelerator.errors import PasswordNeededError
from accelerator.services.auth import SignInError
from accelerator.services.team import ServerAddress, TeamSession, connect_as
from accelerator.ui.dialogs.form import as_sentence
from accelerator.ui.dialogs.sign_in_dialog import CredentialsDialog

log = logging.getLogger(__name__)


class ServerSignInDialog(CredentialsDialog[TeamSession]):
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
        address = ServerAddress.of(target)
        super().__init__(
            parent,
            settings,
            title=QCoreApplication.translate("ServerSignInDialog", "Sign in to the server"),
            where=QCoreApplication.translate("ServerSignInDialog", "Shared database: {0}").format(
                address.place
            ),
            database=address.place,
            intro=intro,
            note=QCoreApplication.translate(
                "ServerSignInDialog", "Your login on the server, given to you by your IT."
            ),
            username=address.login,
        )
        self.target = target
        if message:
            self._refuse(as_sentence(message), self.password_edit)

    def authenticate(self, username: str, password: str) -> tuple[TeamSession, str]:
        try:
            session = connect_as(self.target, username, password)
        except PasswordNeededError as error:
            raise SignInError("wrong username or password") from error
        log.info("connected to the server as %s", username)
        return session, username
