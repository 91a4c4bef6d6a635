"""User management as a coordinator meets it, and what each role's window offers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.auth import AuthService
from accelerator.services.records import UserRecord
from accelerator.services.users import actor_of
from accelerator.ui.dialogs.password_dialog import ResetPasswordDialog
from accelerator.ui.dialogs.user_dialog import UserDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.users import UsersModel, UsersPage
from tests.factories import Factory

PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def coordinator(make: Factory) -> UserRecord:
    return make.user(username="ingrid", display_name="Ingrid Sæther", role=Role.COORDINATOR)


def _window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def _table(page: UsersPage) -> list[list[str]]:
    model = page.table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _users_page(qtbot: QtBot, services: Services, settings: QSettings) -> UsersPage:
    window = _window(qtbot, services, settings)
    page = window.go("users")
    assert isinstance(page, UsersPage)
    return page


def _when_modal(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> list[bool]:
    """Run ``act`` on the next modal dialog of ``kind`` once its event loop runs."""
    done: list[bool] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            act(modal)
            done.append(True)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return done


def test_a_mentor_sees_my_companies_and_no_users_or_audit(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.company()
    mentor = make.user(username="kari")
    window = _window(qtbot, services.acting_as(actor_of(mentor)), settings)
    labels = _nav_labels(window)
    assert labels[0] == "My companies"
    assert "Users" not in labels and "Audit trail" not in labels
    assert window.current_key() == "my_companies"
    assert window.pages["my_companies"].isVisible()
    assert f"{mentor.display_name} (Mentor)" in window.user_label.text()
    view_menu = [a.text() for a in window.view_menu.actions()]
    assert "Users" not in view_menu


def test_a_coordinator_sees_users_and_audit_but_not_my_companies(
    qtbot: QtBot, services: Services, make: Factory, coordinator: UserRecord, settings: QSettings
) -> None:
    make.company()
    window = _window(qtbot, services.acting_as(actor_of(coordinator)), settings)
    labels = _nav_labels(window)
    assert labels[-2:] == ["Users", "Audit trail"]
    assert "My companies" not in labels
    assert window.current_key() == "dashboard"
    file_menu = [a.text() for a in window.file_menu.actions()]
    assert "S&witch user…" in file_menu and "Change pass&word…" in file_menu
    assert file_menu.index("Change pass&word…") < file_menu.index("&Quit")


def test_users_table_shows_everyone(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    coordinator: UserRecord,
    settings: QSettings,
    qtmodeltester: object,
) -> None:
    make.user(username="kari", display_name="Kari Nordmann")
    gone = make.user(username="ola", display_name="Ola Old", role=Role.VIEWER)
    services.users.set_active(gone.id, False)
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    rows = {r[UsersModel.COL_USERNAME]: r for r in _table(page)}
    assert rows["kari"][UsersModel.COL_NAME] == "Kari Nordmann"
    assert rows["kari"][UsersModel.COL_ROLE] == "Mentor"
    assert rows["ola"][UsersModel.COL_STATUS] == "Deactivated"
    assert rows["ingrid"][UsersModel.COL_NAME] == "Ingrid Sæther (you)"
    assert page.count_label.text() == "3 users, 2 active"


def test_add_a_user_through_the_page(
    qtbot: QtBot, services: Services, coordinator: UserRecord, settings: QSettings
) -> None:
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        qtbot.keyClicks(dialog.account.username_edit, "Kari")
        qtbot.keyClicks(dialog.account.name_edit, "Kari Nordmann")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.VIEWER))
        qtbot.keyClicks(dialog.password.password_edit, PASSWORD)
        qtbot.keyClicks(dialog.password.again_edit, PASSWORD)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = _when_modal(qtbot, UserDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    rows = {r[UsersModel.COL_USERNAME]: r for r in _table(page)}
    assert rows["kari"][UsersModel.COL_ROLE] == "Viewer"
    assert page.selected_user() is not None and page.selected_user().username == "kari"
    assert AuthService(services.db).sign_in("kari", PASSWORD).role is Role.VIEWER


def test_a_taken_username_is_refused_beside_the_field(
    qtbot: QtBot, services: Services, make: Factory, coordinator: UserRecord
) -> None:
    from accelerator.ui.context import AppContext
    from accelerator.ui.operations import ChangeBus

    make.user(username="kari")
    context = AppContext(
        services.acting_as(actor_of(coordinator)),
        ChangeBus(),
        None,  # type: ignore[arg-type]
    )
    dialog = UserDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.account.username_edit, "KARI")
    qtbot.keyClicks(dialog.account.name_edit, "Another Kari")
    qtbot.keyClicks(dialog.password.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.password.again_edit, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert dialog.account.username_error.isVisible()
    assert "taken" in dialog.account.username_error.text()
    assert len(services.users.list_users()) == 2


def test_deactivate_and_activate(
    qtbot: QtBot, services: Services, make: Factory, coordinator: UserRecord, settings: QSettings
) -> None:
    kari = make.user(username="kari", password=PASSWORD)
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)
    page.select_user(coordinator.id)
    assert not page.active_button.isEnabled(), "nobody deactivates themselves"
    page.select_user(kari.id)
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    rows = {r[UsersModel.COL_USERNAME]: r for r in _table(page)}
    assert rows["kari"][UsersModel.COL_STATUS] == "Deactivated"
    assert not services.users.get_user(kari.id).active
    assert page.active_button.text() == "Activate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert services.users.get_user(kari.id).active
    assert {u.username for u in services.users.list_users()} == {"ingrid", "kari"}


def test_the_service_refuses_self_deactivation_with_a_message(
    qtbot: QtBot,
    services: Services,
    coordinator: UserRecord,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)
    page.select_user(coordinator.id)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page.toggle_active()  # as if the button were enabled
    assert shown == ["User: you cannot deactivate yourself"]
    assert services.users.get_user(coordinator.id).active


def test_reset_password(
    qtbot: QtBot, services: Services, make: Factory, coordinator: UserRecord, settings: QSettings
) -> None:
    kari = make.user(username="kari", password=PASSWORD)
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)
    page.select_user(kari.id)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        assert dialog.user.id == kari.id
        qtbot.keyClicks(dialog.new.password_edit, "a fresh start")
        qtbot.keyClicks(dialog.new.again_edit, "a fresh start")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = _when_modal(qtbot, ResetPasswordDialog, fill)
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    assert AuthService(services.db).sign_in("kari", "a fresh start").id == kari.id


def test_a_mentors_capacity_is_set_from_the_users_page(
    qtbot: QtBot, services: Services, make: Factory, coordinator: UserRecord, settings: QSettings
) -> None:
    from accelerator.ui.dialogs.user_dialog import CapacityDialog

    kari = make.user(username="kari", role=Role.MENTOR)
    page = _users_page(qtbot, services.acting_as(actor_of(coordinator)), settings)
    page.select_user(coordinator.id)
    assert not page.capacity_button.isEnabled(), "only a mentor has a capacity"
    page.select_user(kari.id)
    assert page.capacity_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CapacityDialog)
        dialog.capacity.hours.setValue(12)
        dialog.capacity.companies.setValue(3)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = _when_modal(qtbot, CapacityDialog, fill)
    qtbot.mouseClick(page.capacity_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    capacity = services.sessions.capacity(kari.id)
    assert (capacity.hours_per_month, capacity.companies_at_once) == (12, 3)
