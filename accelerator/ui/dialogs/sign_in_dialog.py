"""Who is at the keyboard: the sign-in dialog at start and behind File › Switch user.

The service decides (and slows down repeated misses); the dialog shows its message
beside the fields, keeps the username and remembers, per database, who signed in to it
last, so that the next sign-in there starts on the password. Never the password.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.services import SYSTEM, Actor, Services
from accelerator.services.team import ServerAddress
from accelerator.services.users import actor_of
from accelerator.ui.kit import error_label, heading_label, muted_label

log = logging.getLogger(__name__)


def last_username_key(database: str) -> str:
    """Where the last username that signed in to ``database`` (a file's path, or a
    server's host/database) is remembered; the password never is. A digest, because a
    path's slashes and drive letters are not welcome in a settings key."""
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    return f"sign_in/last_username/{digest}"


def database_place(services: Services) -> str:
    """The database as the remembered username is kept for it: the file, or the server's
    host/database (whichever login the connection itself uses)."""
    db = services.db
    if db.path is not None:
        return str(db.path.resolve())
    return ServerAddress.of(db.target).place


def as_sentence(message: str) -> str:
    """A service message ("wrong username or password") as a sentence on screen."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class CredentialsDialog(QDialog):
    """A username and a password, the refusal beside them, Sign in and Cancel: the form
    both sign-ins share. A subclass says who checks them in ``authenticate``."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: QSettings | None,
        *,
        title: str,
        where: str,
        database: str,
        intro: str = "",
        note: str = "",
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self._remember_key = last_username_key(database)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)

        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("your username"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.message_label = error_label(self)
        self.message_label.setObjectName("signInMessage")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading_label(self.tr("Sign in"), self, 1.3))
        if intro:
            layout.addWidget(muted_label(intro, self))
        shown = muted_label(where, self)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(shown)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        if note:
            layout.addWidget(muted_label(note, self))
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        last = username or self.settings.value(self._remember_key, "")
        if isinstance(last, str) and last:
            self.username_edit.setText(last)
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def authenticate(self, username: str, password: str) -> str:
        """Check the two; return the user name to remember. Raise AcceleratorError to
        refuse (its message is shown beside the fields)."""
        raise NotImplementedError

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
            remembered = self.authenticate(username, password)
        except AcceleratorError as error:
            # SignInError says what to do ("wait 10 seconds"); a storage error says why.
            self._refuse(as_sentence(str(error)), self.password_edit)
            return
        finally:
            self.unsetCursor()
        self.settings.setValue(self._remember_key, remembered)
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(True)
        self.password_edit.clear()
        focus.setFocus()


class SignInDialog(CredentialsDialog):
    """``SignInDialog.ask(parent, services)`` returns the signed-in user as an ``Actor``,
    or None when the person cancels."""

    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        settings: QSettings | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(
            parent,
            settings,
            title=QCoreApplication.translate("SignInDialog", "Sign in to Accelerator"),
            where=QCoreApplication.translate("SignInDialog", "Database: {0}").format(
                services.db.display_name
            ),
            database=database_place(services),
            intro=intro,
        )
        self.services = services
        self.actor: Actor | None = None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        settings: QSettings | None = None,
        intro: str = "",
    ) -> Actor | None:
        dialog = cls(parent, services, settings, intro)
        dialog.exec()
        return dialog.actor

    def authenticate(self, username: str, password: str) -> str:
        # Whoever is signed in now (nobody, or the person switching), the attempt is the
        # system's: as the audit trail records it and as no role may refuse it.
        user = self.services.acting_as(SYSTEM).auth.sign_in(username, password)
        self.actor = actor_of(user)
        log.info("signed in as %s (%s)", user.username, user.role.value)
        return user.username
