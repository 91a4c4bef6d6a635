"""File › Connect to a shared server… and, on a server, File › Use the local file: the
window's way to team mode (docs/team-mode.md), installed into the main window.

Connecting signs in on the server (ServerSignInDialog), replaces the window with one on
the server and saves the server's URL, without a password, so that the next start opens
it too. Going back to the local file takes effect at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accelerator.i18n import in_context
from accelerator.paths import save_connection, saved_connection
from accelerator.services import Services
from accelerator.services.team import DEFAULT_PORT, ServerAddress
from accelerator.ui.access_actions import replace_window
from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.kit import heading_label, muted_label
from accelerator.ui.window_base import WindowBase

_tr = in_context("TeamActions")

log = logging.getLogger(__name__)


class ConnectServerDialog(QDialog):
    """Where the team's server is: host, port, database, and (optionally) the login."""

    def __init__(self, parent: QWidget | None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self.setMinimumWidth(460)
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("db.cluster.example")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("accelerator", self)
        self.login_edit = QLineEdit(self)
        self.login_edit.setPlaceholderText(self.tr("asked when you sign in"))
        if current:
            address = ServerAddress.of(current)
            self.host_edit.setText(address.host)
            self.port_spin.setValue(address.port)
            self.database_edit.setText(address.database or "accelerator")
            self.login_edit.setText(address.login)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Shared server"), self, 1.3))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Your IT sets up the team's database (docs/team-mode.md) and tells you "
                    "where it is. Accelerator opens it at every start from now on; the "
                    "password is never saved."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(
            self.tr("Connect…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.url: str | None = None

    def _accept(self) -> None:
        host = self.host_edit.text().strip()
        database = self.database_edit.text().strip()
        if not host or not database:
            QMessageBox.warning(
                self, self.tr("Connect"), self.tr("Say which server and which database.")
            )
            return
        address = ServerAddress(
            host, self.port_spin.value(), database, self.login_edit.text().strip()
        )
        self.url = address.url()
        self.accept()


@dataclass(frozen=True)
class TeamActions:
    connect_server: QAction
    #: On a server only: go back to the local file.
    use_local: QAction | None


def install(window: WindowBase) -> TeamActions:
    menu = window.file_menu
    on_server = not window.services.db.is_sqlite
    connect = QAction(_tr("Connect to a shared ser&ver…"), window)
    connect.triggered.connect(lambda: connect_to_server(window))
    menu.insertAction(window.file_menu_end, connect)
    local: QAction | None = None
    if on_server:
        local = QAction(_tr("Use the local file from the next start"), window)
        local.triggered.connect(lambda: use_local_file(window))
        menu.insertAction(window.file_menu_end, local)
    return TeamActions(connect, local)


def connect_to_server(window: WindowBase) -> WindowBase | None:
    paths = window.paths
    current = saved_connection(paths) or (
        None if window.services.db.is_sqlite else window.services.db.target
    )
    dialog = ConnectServerDialog(window, current)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url is None:
        return None
    session = ServerSignInDialog.ask(window, dialog.url, window.settings)
    if session is None:
        return None
    if session.user is not None:
        actor = session.actor
    else:  # a server database without a login per person: the program's own sign-in
        signed_in = SignInDialog.ask(window, Services(session.db), window.settings)
        if signed_in is None:
            session.db.dispose()
            return None
        actor = signed_in
    old = window.services
    new = replace_window(window, actor, Services(session.db))
    if new is None:
        session.db.dispose()
        return None
    save_connection(paths, dialog.url)
    # The old window's background work (its change check) ends before its connections.
    QThreadPool.globalInstance().waitForDone(10_000)
    old.close()  # and the local file's lock: it is free for another window now
    log.info("connected to %s", session.db.display_name)
    new.statusBar().showMessage(
        _tr("Connected to {0}; Accelerator opens it at every start.").format(
            session.db.display_name
        ),
        8000,
    )
    return new


def use_local_file(window: WindowBase) -> None:
    paths = window.paths
    save_connection(paths, None)
    QMessageBox.information(
        window,
        _tr("Local file"),
        _tr(
            "Accelerator opens the local file ({0}) at its next start. This window stays "
            "on the shared server until you close it."
        ).format(paths.default_database),
    )
