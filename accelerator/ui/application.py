"""Starting the window, in steps: the Qt application and its language, the database
(checked, locked, backed up), who is signing in, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from accelerator import i18n
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.ui import collector, first_paint, translator
from accelerator.ui.error_report import install_error_hook

if TYPE_CHECKING:
    from accelerator.services import Actor, Services
    from accelerator.services.team import TeamSession
    from accelerator.ui.window_base import WindowBase

log = logging.getLogger(__name__)


_tr = in_context("Application")


def run(paths: AppPaths, target: str, language_flag: str | None = None) -> int:
    """The window's life, in the language the command line chose (``i18n.choose_language``:
    ``--lang``, given here as ``language_flag``, then ``ACCELERATOR_LANG``, the saved
    choice, the system's locale)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Accelerator")
    app.setOrganizationName("Accelerator")
    app.setApplicationDisplayName("Accelerator")
    first_paint.watch(app)
    collector.install(app)
    # Before the first widget: every tr(), Qt's own buttons and dialogs, dates and numbers
    # answer in the language chosen, the sign-in dialog's included.
    with translator.spoken(i18n.current_language()):
        # From the first dialog on, an error nobody planned for is shown and logged, not
        # lost on a terminal nobody watches.
        reporter = install_error_hook(paths.log_file)
        try:
            return _run(app, paths, target, language_flag)
        finally:
            reporter.uninstall()


def _run(app: QApplication, paths: AppPaths, target: str, language_flag: str | None) -> int:
    file = _existing_file(target)
    check_first = False
    if file is not None:
        code = _sign_in_first(app, paths, target, file, language_flag)
        from accelerator.ui.safety_start import CHECK_AGAIN

        if code != CHECK_AGAIN:
            return code
        check_first = True
    from accelerator.services import Services
    from accelerator.services.team import is_server

    if is_server(target):
        session = open_team_session(target)
        if session is None:
            return 1
        signed_in = session.actor if session.user is not None else None
        return _window_run(app, Services(session.db), signed_in, paths, language_flag)
    from accelerator.ui.safety_start import CHECK_AGAIN

    while True:
        services = open_services(paths, target, check_first=check_first)
        if services is None:
            return 1
        code = _window_run(app, services, None, paths, language_flag)
        if code != CHECK_AGAIN:
            return code
        # The check beside the start refused the file: again, checking first, so that a
        # damaged file is moved aside and its newest good backup offered.
        check_first = True


def _existing_file(target: str) -> Path | None:
    """The database file ``target`` names when it is a plain path to a file that exists
    and holds something (not a URL, not a new file, whose start asks for its first
    coordinator)."""
    if "://" in target or target.startswith("sqlite:"):
        return None
    path = Path(target).expanduser()
    try:
        return path if path.is_file() and path.stat().st_size > 0 else None
    except OSError:
        return None


def _sign_in_first(
    app: QApplication, paths: AppPaths, target: str, file: Path, language_flag: str | None
) -> int:
    """A start on an existing file: the sign-in dialog paints first, before SQLAlchemy, the
    models and the services are imported, and the database opens behind it once it is on
    the screen (locked, checked as the last end requires, any damage or lock told as
    always); then the main window's modules are imported while the person types. A file
    that still needs its first coordinator closes the sign-in for that dialog."""
    from accelerator.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog.for_file(file)
    opened: list[Services] = []
    needs_first_coordinator = False

    def open_behind() -> None:
        nonlocal needs_first_coordinator
        services = open_services(paths, target)
        if services is None:  # the person was told why, or chose to close
            dialog.reject()
            return
        opened.append(services)
        from accelerator.ui.safety_start import check_after_first_paint

        check_after_first_paint(services)
        if services.auth.needs_first_coordinator():
            needs_first_coordinator = True
            dialog.reject()
            return
        dialog.set_services(services)
        # While the person types: the window's own modules, so that it paints at once.
        from accelerator.ui import main_window  # noqa: F401

    first_paint.after_first_paint(app, open_behind)
    try:
        dialog.exec()
        actor = dialog.saved
    finally:
        dialog.deleteLater()
    if not opened:
        return 1
    services = opened[0]
    if needs_first_coordinator:
        return _window_run(app, services, None, paths, language_flag)
    if actor is None:
        services.close()
        # A sign-in is a write: refused when the check beside the start refused the file.
        from accelerator.ui.safety_start import CHECK_AGAIN

        return CHECK_AGAIN if services.database.refusal() is not None else 0
    return _window_run(app, services, actor, paths, language_flag)


def _window_run(
    app: QApplication,
    services: Services,
    signed_in: Actor | None,
    paths: AppPaths,
    language_flag: str | None,
) -> int:
    """Sign in, then the window until it closes; the services are closed after."""
    from accelerator.ui.safety_start import CHECK_AGAIN, check_after_first_paint

    try:
        # While the person signs in, SQLite checks the file (after a clean end it opened
        # unchecked); the sign-in's own write waits for it.
        check_after_first_paint(services)
        actor = signed_in or sign_in(services)
        if actor is None:
            # A sign-in is a write: refused when the check beside the start refused the file.
            return CHECK_AGAIN if services.database.refusal() is not None else 0
        from accelerator.ui.main_window import MainWindow

        window = MainWindow(services.acting_as(actor), paths=paths, language_flag=language_flag)
        window.show()
        after_start(window)
        code = app.exec()
        if code == CHECK_AGAIN:
            window.deleteLater()
        return code
    finally:
        # Let background work (a report, an import) finish its transaction first.
        QThreadPool.globalInstance().waitForDone()
        services.close()  # and the database file's lock


def open_services(paths: AppPaths, target: str, *, check_first: bool = False) -> Services | None:
    """The database, opened (created or upgraded) for the window; None when it cannot be,
    after telling the user why. ``check_first``: SQLite's check before opening, whatever
    the last end was (``safety_start.open_services``)."""
    from accelerator.ui import safety_start

    try:
        if target == str(paths.default_database):
            paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.critical(
            None,
            _tr("Cannot open the database"),
            _tr("Accelerator cannot create its folder {0}: {1}").format(
                paths.data_dir, error.strerror or error
            ),
        )
        return None
    # Locked for this window's life and checked; a damaged file is offered its newest backup.
    return safety_start.open_services(paths, target, check_first=check_first)


def open_team_session(target: str, parent: QWidget | None = None) -> TeamSession | None:
    """Team mode: connect as the URL's login with the password the URL, PGPASSWORD or
    ~/.pgpass give; ask for the login and password when the server wants them. None when
    the person cancelled or the server cannot be reached (after saying why)."""
    from accelerator.errors import AcceleratorError, PasswordNeededError
    from accelerator.services.auth import SignInError
    from accelerator.services.team import ServerAddress, connect_as, has_password
    from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog

    message = ""
    if ServerAddress.of(target).login:
        try:
            return connect_as(target)
        except PasswordNeededError as error:
            # No password anywhere is the usual case, and not worth a message.
            message = str(error) if has_password(target) else ""
        except SignInError as error:
            message = str(error)
        except AcceleratorError as error:
            log.warning("cannot open the server database: %s", error)
            QMessageBox.critical(
                parent,
                _tr("Cannot open the database"),
                _tr("Accelerator cannot open the shared database.\n\n{0}").format(error),
            )
            return None
    return ServerSignInDialog.ask(parent, target, message=message)


def sign_in(services: Services) -> Actor | None:
    """Who works in this window; None when they cancelled.

    A database nobody can sign in to yet starts with its first coordinator (or the demo)."""
    if services.auth.needs_first_coordinator():
        from accelerator.ui.dialogs.first_run_dialog import FirstRunDialog

        return FirstRunDialog.ask(None, services)
    from accelerator.ui.dialogs.sign_in_dialog import SignInDialog

    return SignInDialog.ask(None, services)


def after_start(window: WindowBase) -> None:
    """Work that follows the first paint (it must not delay it)."""
    from accelerator.ui import safety_start

    safety_start.after_start(window)
