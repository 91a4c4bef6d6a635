"""The first start on a database nobody can sign in to: create its first coordinator, or
load the demo programme and explore it as the demo coordinator."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.services import Actor, Services
from accelerator.services.demo import DEMO_USERS, DemoUser
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.dialogs.password_dialog import NewPasswordFields
from accelerator.ui.dialogs.user_dialog import AccountFields
from accelerator.ui.kit import (
    error_label,
    heading_label,
    muted_label,
    role_name,
    section_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.operations import Worker

log = logging.getLogger(__name__)


def demo_coordinator() -> DemoUser:
    return next(u for u in DEMO_USERS if u.role is Role.COORDINATOR)


class FirstRunDialog(FormDialog[Actor]):
    """``FirstRunDialog.ask(parent, services)`` returns the actor to start the window with
    (the new coordinator, or the demo's), or None when the person cancels. It comes before
    any window, so it has no context and calls its service itself."""

    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(
            parent,
            None,
            title=self.tr("Welcome to Accelerator"),
            accept=self.tr("Create coordinator and start"),
            width=620,
        )
        self.services = services
        self._worker: Worker | None = None
        self.save_button.setIcon(icon("add"))

        self.add_above(heading_label(self.tr("Welcome to Accelerator"), self, 1.5))
        self.add_above(
            muted_label(
                self.tr(
                    "Nobody can sign in to {0} yet. Create the first coordinator: the person "
                    "who sets up programmes and adds the other users. Or explore the demo "
                    "programme first."
                ).format(services.db.display_name),
                self,
            )
        )

        # --- the first coordinator ---
        self.add_above(section_label(self.tr("Create the first coordinator"), self))
        self.account = AccountFields(self)
        self.password = NewPasswordFields(
            self, (self.tr("&Password:"), self.tr("Password &again:"))
        )

        # --- or the demo ---
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.add_below(line)
        self.add_below(section_label(self.tr("Or explore the demo programme"), self))
        coordinator = demo_coordinator()
        self.add_below(
            muted_label(
                self.tr(
                    "Loads an invented ocean-technology accelerator into this database, with "
                    "cohorts, companies, mentors, milestones and assessments, and signs you in "
                    "as its coordinator, {0}. To see the program as a mentor later, use "
                    "File › Switch user with one of these accounts:"
                ).format(coordinator.display_name),
                self,
            )
        )
        self.add_below(self._demo_accounts())
        demo = QWidget(self)
        demo_row = QHBoxLayout(demo)
        demo_row.setContentsMargins(0, 0, 0, 0)
        self.demo_button = QPushButton(icon("welcome"), self.tr("Explore the demo programme"), self)
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.load_demo)
        demo_row.addWidget(self.demo_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the load reports no steps
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        demo_row.addWidget(self.progress, 1)
        demo_row.addStretch(0)
        self.add_below(demo)
        self.demo_error = error_label(self)
        self.add_below(self.demo_error)
        self.account.username_edit.setFocus()

    def _demo_accounts(self) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(24)
        headers = (self.tr("Name"), self.tr("Role"), self.tr("Username"), self.tr("Password"))
        for column, text in enumerate(headers):
            grid.addWidget(section_label(text, box), 0, column)
        for row, user in enumerate(DEMO_USERS, start=1):
            for column, text in enumerate(
                (user.display_name, role_name(user.role), user.username, user.password)
            ):
                cell = QLabel(text, box)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(len(headers), 1)
        return box

    # --- the first coordinator ---

    def submit(self) -> Actor | None:
        try:
            user = self.services.auth.create_first_coordinator(
                UserInput(
                    self.account.username_edit.text(),
                    self.account.name_edit.text(),
                    Role.COORDINATOR,
                    password=self.password.password(),
                )
            )
        except AcceleratorError as error:
            self.refuse(error)
            return None
        log.info("first coordinator %s created", user.username)
        return actor_of(user)

    # --- the demo ---

    def load_demo(self) -> None:
        """Load the demo off the GUI thread (a few hundred records), then sign in as its
        coordinator with the demo password, the way anyone would."""
        from accelerator.services.demo import load_demo

        services = self.services
        coordinator = demo_coordinator()

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Actor:
            load_demo(services)
            return actor_of(services.auth.sign_in(coordinator.username, coordinator.password))

        self._busy(True)
        self.demo_error.setVisible(False)
        worker = Worker(work)
        worker.signals.finished.connect(self._demo_loaded)
        worker.signals.failed.connect(self._demo_failed)
        self._worker = worker
        worker.start()

    def _demo_loaded(self, actor: Actor) -> None:
        self._worker = None
        self._busy(False)
        self.saved = actor
        self.done(QDialog.DialogCode.Accepted)  # signed in: nothing of the form to save

    def _demo_failed(self, error: object) -> None:
        self._worker = None
        self._busy(False)
        if not isinstance(error, AcceleratorError):
            log.error("the demo could not be loaded: %r", error)
        self.demo_error.setText(
            self.tr("The demo programme could not be loaded: {0}").format(error)
        )
        self.demo_error.setVisible(True)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.demo_button, self.buttons):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._worker is not None:
            return  # the demo is loading; closing now would leave the person nowhere
        super().reject()
