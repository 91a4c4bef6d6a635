"""File › Switch user… and File › Change password…, installed into the main window.

Switching user opens a fresh window acting as the new user and closes the old one: every
page is built again for the new role, so nothing the old user could see lingers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from accelerator.i18n import in_context
from accelerator.services import Actor, Services
from accelerator.services.team import ServerAddress
from accelerator.ui.dialogs.password_dialog import ChangePasswordDialog
from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.kit import role_name
from accelerator.ui.window_base import WindowBase

_tr = in_context("AccessActions")

log = logging.getLogger(__name__)

#: Windows opened by Switch user; held here so Python does not collect them.
open_windows: list[WindowBase] = []


@dataclass(frozen=True)
class AccessActions:
    switch_user: QAction
    change_password: QAction


def install(window: WindowBase) -> AccessActions:
    menu = window.file_menu
    switch = QAction(_tr("S&witch user…"), window)
    switch.triggered.connect(lambda: switch_user(window))
    change = QAction(_tr("Change pass&word…"), window)
    change.triggered.connect(lambda: change_password(window))
    # The system actor (the command line's) has no password to change.
    if window.services.actor.user_id is None:
        change.setEnabled(False)
        change.setToolTip(_tr("The system user has no password to change."))
    menu.insertAction(window.file_menu_end, switch)
    menu.insertAction(window.file_menu_end, change)
    return AccessActions(switch, change)


def switch_user(window: WindowBase) -> WindowBase | None:
    """Ask who signs in; on success replace ``window`` with one acting as them.

    On a shared server that is a new connection with the other person's login."""
    if window.services.db.has_server_permissions():
        return _switch_server_user(window)
    actor = SignInDialog.ask(
        window,
        window.services,
        window.settings,
        _tr("Signed in now: {0}. Sign in as someone else:").format(window.services.actor.username),
    )
    if actor is None:
        return None
    return replace_window(window, actor)


def _switch_server_user(window: WindowBase) -> WindowBase | None:
    session = ServerSignInDialog.ask(
        window,
        ServerAddress.of(window.services.db.target).without_login().url(),
        window.settings,
        _tr("Signed in now: {0}. Sign in as someone else:").format(window.services.actor.username),
    )
    if session is None:
        return None
    old = window.services
    new = replace_window(window, session.actor, Services(session.db))
    if new is None:
        session.db.dispose()
        return None
    # The old window's background work (its change check) ends before its connections.
    QThreadPool.globalInstance().waitForDone(10_000)
    old.close()
    return new


def replace_window(
    window: WindowBase, actor: Actor, services: Services | None = None
) -> WindowBase | None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    # Between closing the old window and showing the new one no window is open.
    app.setQuitOnLastWindowClosed(False)
    try:
        if not window.close():
            return None  # the person kept unsaved edits open
        if window in open_windows:
            open_windows.remove(window)
        base = services if services is not None else window.services
        new = window.another(base.acting_as(actor))
        open_windows.append(new)
        new.show()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    log.info("switched user to %s (%s)", actor.username, actor.role.value)
    new.statusBar().showMessage(
        _tr("Signed in as {0} ({1})").format(actor.username, role_name(actor.role)), 8000
    )
    return new


def change_password(window: WindowBase) -> None:
    if ChangePasswordDialog.ask(window, window.context) is not None:
        window.statusBar().showMessage(
            _tr("Your password is changed. Use the new one the next time you sign in."),
            8000,
        )
