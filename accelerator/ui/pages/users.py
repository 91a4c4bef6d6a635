"""The coordinator's user management: who may sign in, in which role. Users are
deactivated, never deleted, so their assessments keep their author."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from accelerator.domain.enums import Role
from accelerator.services.records import UserRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.password_dialog import ResetPasswordDialog
from accelerator.ui.dialogs.user_dialog import CapacityDialog, UserDialog
from accelerator.ui.kit import (
    EmptyState,
    RecordTable,
    heading_row,
    muted_colour,
    muted_label,
    page_layout,
    role_name,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    ColumnSpec,
    RecordTableModel,
    italic_font,
)
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page


class UsersModel(RecordTableModel[UserRecord]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATUS, COL_EMAIL = range(5)

    def __init__(
        self, me: int | None, parent: QObject | None = None, *, team: bool = False
    ) -> None:
        super().__init__(parent)
        self.team = team  # on a shared server, passwords are the server's logins
        self._me = me
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("UsersModel", "Username"),
                lambda u: u.username,
                decoration=lambda u: icon("mentor") if u.active else icon("blocked"),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("UsersModel", "Name"), self._name),
            ColumnSpec(QT_TRANSLATE_NOOP("UsersModel", "Role"), lambda u: role_name(u.role)),
            ColumnSpec(QT_TRANSLATE_NOOP("UsersModel", "Status"), self.status),
            ColumnSpec(QT_TRANSLATE_NOOP("UsersModel", "Email"), lambda u: u.email),
        )

    def status(self, user: UserRecord) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if not user.has_password and not self.team:
            return self.tr("Active, no password yet")
        return self.tr("Active")

    def _name(self, user: UserRecord) -> str:
        if self._me is not None and user.id == self._me:
            return self.tr("{0} (you)").format(user.display_name)
        return user.display_name

    def extra_data(self, record: UserRecord, column: int, role: int) -> Any:
        if record.active:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_colour()
        if role == Qt.ItemDataRole.FontRole:
            return italic_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Cannot sign in. Their assessments keep their name.")
        return None


class UsersPage(Page):
    """Everyone who may sign in. Add user, Deactivate / Activate and Reset password act on
    the selected user; every change goes through the user service."""

    shows = (Data.USERS,)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.me = context.services.actor.user_id
        self.add_button = QPushButton(icon("add"), self.tr("Add user…"), self)
        self.add_button.clicked.connect(self.add_user)
        layout = page_layout(self)
        layout.addLayout(heading_row(self.tr("Users"), self, self.add_button))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Coordinators do everything; mentors work on the companies assigned to "
                    "them; viewers read without changing anything. Users are deactivated, "
                    "never deleted, so their assessments keep their author."
                ),
                self,
            )
        )

        # On a shared server each person signs in with their own login on the server,
        # which IT gives them (creating one takes rights the program does not have).
        self.team = context.services.db.has_server_permissions()
        if self.team:
            self.add_button.hide()
            note = muted_label(
                self.tr(
                    "This is a shared server: each person signs in with their own login on "
                    "it. Your IT adds people, and sets new passwords, with "
                    "<code>accelerator server add-user</code> (see docs/team-mode.md). "
                    "Deactivating someone here shuts them out at once, on every desktop."
                ),
                self,
            )
            note.setWordWrap(True)
            note.setObjectName("teamNote")
            layout.addWidget(note)
        self.model = UsersModel(self.me, self, team=self.team)
        self.table = RecordTable(
            self.model, self, name="usersTable", stretch=(UsersModel.COL_EMAIL,)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.list = EmptyState(self.table, self)
        layout.addWidget(self.list, 1)

        button_row = QHBoxLayout()
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Reset password…"), self)
        self.password_button.clicked.connect(self.reset_password)
        self.capacity_button = QPushButton(self.tr("Capacity…"), self)
        self.capacity_button.setToolTip(
            self.tr("What the mentor can give: hours a month and companies at once")
        )
        self.capacity_button.clicked.connect(self.set_capacity)
        button_row.addWidget(self.active_button)
        button_row.addWidget(self.password_button)
        button_row.addWidget(self.capacity_button)
        self.password_button.setVisible(not self.team)
        button_row.addStretch(1)
        self.count_label = muted_label("", self)
        self.count_label.setWordWrap(False)
        button_row.addWidget(self.count_label)
        layout.addLayout(button_row)
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Users")

    def refresh(self) -> None:
        selected = self.selected_user()
        users = self.context.services.users.list_users()
        self.model.set_rows(users)
        if users:
            self.list.show_content()
        else:
            self.list.show_message(self.tr("No users yet: add one with Add user."))
        active = sum(u.active for u in users)
        self.count_label.setText(self.tr("{0} users, {1} active").format(len(users), active))
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def selected_user(self) -> UserRecord | None:
        return self.table.selected()

    def select_user(self, user_id: int) -> None:
        self.table.select(user_id)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.password_button.setEnabled(user is not None)
        self.capacity_button.setEnabled(user is not None and user.role is Role.MENTOR)
        self.active_button.setText(
            self.tr("Activate") if user is not None and not user.active else self.tr("Deactivate")
        )
        is_me = user is not None and user.id == self.me
        # The service refuses it too; the button only saves a pointless click.
        self.active_button.setEnabled(user is not None and not is_me)
        self.active_button.setToolTip(
            self.tr("You cannot deactivate yourself.")
            if is_me
            else self.tr("A deactivated user cannot sign in; their records keep their name.")
        )

    def add_user(self) -> None:
        user = UserDialog.ask(self, self.context)
        if user is not None:
            self.refresh()
            self.select_user(user.id)

    def set_capacity(self) -> None:
        """The selected mentor's capacity: hours a month and companies at once."""
        user = self.selected_user()
        if user is None or user.role is not Role.MENTOR:
            return
        CapacityDialog.ask(self, self.context, user)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        users = self.context.services.users
        saved = self.context.write(
            self,
            lambda: users.set_active(user.id, not user.active),
            title=self.tr("Deactivate") if user.active else self.tr("Activate"),
        )
        if saved is not None:
            self.refresh()
            self.select_user(saved.id)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            ResetPasswordDialog.ask(self, self.context, user)
