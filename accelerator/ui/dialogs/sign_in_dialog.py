"""Who is at the keyboard: the sign-in dialog at start and behind File › Switch user.

The service decides (and slows down repeated misses); the dialog shows its message
beside the fields, keeps the username and remembers, per database, who signed in to it
last, so that the next sign-in there starts on the password. Never the password.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from accelerator.errors import AcceleratorError
from accelerator.ui.dialogs.form import FormDialog, as_sentence
from accelerator.ui.kit import heading_label, muted_label

if TYPE_CHECKING:
    from accelerator.services import Actor, Services

log = logging.getLogger(__name__)
R = TypeVar("R")


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
        return file_place(db.path)
    from accelerator.services.team import ServerAddress

    return ServerAddress.of(db.target).place


def file_place(path: Path) -> str:
    """A database file as the remembered username is kept for it."""
    return str(path.resolve())


class CredentialsDialog(FormDialog[R]):
    """A username and a password, the refusal beneath them, Sign in and Cancel: the form
    both sign-ins share. A subclass says who checks them in ``authenticate``. It comes
    before any window, so it has no context and calls its service itself."""

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
        super().__init__(parent, None, title=title, accept=self.tr("Sign in"), width=420)
        self.settings = settings if settings is not None else QSettings()
        self._remember_key = last_username_key(database)

        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("your username"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        # One line for every refusal: which of the two was wrong is not said.
        self.general_error.setObjectName("signInMessage")

        self.add_above(heading_label(self.tr("Sign in"), self, 1.3))
        if intro:
            self.add_above(muted_label(intro, self))
        shown = muted_label(where, self)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_above(shown)
        self.add_row(self.tr("&Username:"), self.username_edit)
        self.add_row(self.tr("&Password:"), self.password_edit)
        if note:
            self.add_below(muted_label(note, self))

        last = username or self.settings.value(self._remember_key, "")
        if isinstance(last, str) and last:
            self.username_edit.setText(last)
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def authenticate(self, username: str, password: str) -> tuple[R, str]:
        """Check the two; return who signed in and the user name to remember. Raise
        AcceleratorError to refuse (its message is shown beneath the fields)."""
        raise NotImplementedError

    def submit(self) -> R | None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self._refuse(self.tr("Type your username."), self.username_edit)
            return None
        if not password:
            self._refuse(self.tr("Type your password."), self.password_edit)
            return None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            signed_in, remembered = self.authenticate(username, password)
        except AcceleratorError as error:
            # SignInError says what to do ("wait 10 seconds"); a storage error says why.
            self._refuse(as_sentence(str(error)), self.password_edit)
            return None
        finally:
            self.unsetCursor()
        self.settings.setValue(self._remember_key, remembered)
        return signed_in

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(True)
        self.password_edit.clear()
        focus.setFocus()


class SignInDialog(CredentialsDialog["Actor"]):
    """``SignInDialog.ask(parent, services)`` returns the signed-in user as an ``Actor``,
    or None when the person cancels.

    ``SignInDialog.for_file(path)`` is the dialog of a window's start on a file, shown
    before the database has been opened (its modules imported, the file locked and
    opened): the start opens it behind the dialog once it is painted and hands the
    services over with ``set_services``. Keys typed meanwhile wait their turn; a sign-in
    that comes before the services is told to wait."""

    def __init__(
        self,
        parent: QWidget | None,
        services: Services | None,
        settings: QSettings | None = None,
        intro: str = "",
        *,
        file: Path | None = None,
    ) -> None:
        if services is not None:
            shown, place = services.db.display_name, database_place(services)
        else:
            assert file is not None, "a sign-in without services names its file"
            shown, place = str(file), file_place(file)
        super().__init__(
            parent,
            settings,
            title=QCoreApplication.translate("SignInDialog", "Sign in to Accelerator"),
            where=QCoreApplication.translate("SignInDialog", "Database: {0}").format(shown),
            database=place,
            intro=intro,
        )
        self.services = services

    @classmethod
    def for_file(cls, file: Path, settings: QSettings | None = None) -> SignInDialog:
        return cls(None, None, settings, file=file)

    def set_services(self, services: Services) -> None:
        """The database the start opened behind the dialog."""
        self.services = services

    def authenticate(self, username: str, password: str) -> tuple[Actor, str]:
        from accelerator.services import SYSTEM
        from accelerator.services.users import actor_of

        if self.services is None:
            raise AcceleratorError(
                QCoreApplication.translate(
                    "SignInDialog", "The database is still being opened: try again in a moment"
                )
            )
        # Whoever is signed in now (nobody, or the person switching), the attempt is the
        # system's: as the audit trail records it and as no role may refuse it.
        user = self.services.acting_as(SYSTEM).auth.sign_in(username, password)
        log.info("signed in as %s (%s)", user.username, user.role.value)
        return actor_of(user), user.username
