"""Signing in through the real dialogs: the sign-in dialog, the first run, switching user
and changing one's own password."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from accelerator.db.open import open_database
from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.auth import AuthService
from accelerator.services.users import actor_of
from accelerator.ui import access_actions
from accelerator.ui.dialogs.first_run_dialog import FirstRunDialog
from accelerator.ui.dialogs.password_dialog import ChangePasswordDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from tests.factories import Factory

PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot: QtBot, services: Services, settings: QSettings) -> SignInDialog:
    dialog = SignInDialog(None, services, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_sign_in(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_sign_in_returns_the_actor_and_remembers_the_username(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    kari = make.user(username="kari", display_name="Kari Nordmann", password=PASSWORD)
    dialog = _dialog(qtbot, services, settings)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    _type_and_sign_in(qtbot, dialog, "Kari", PASSWORD)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.saved is not None
    assert (dialog.saved.user_id, dialog.saved.username, dialog.saved.role) == (
        kari.id,
        "kari",
        Role.MENTOR,
    )
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    again = _dialog(qtbot, services, settings)
    assert again.username_edit.text() == "kari"
    assert again.password_edit.text() == ""


def test_a_wrong_password_is_refused_inline_and_keeps_the_username(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.user(username="kari", password=PASSWORD)
    dialog = _dialog(qtbot, services, settings)
    _type_and_sign_in(qtbot, dialog, "kari", "not the password")
    assert dialog.isVisible(), "the dialog stays open for another try"
    assert dialog.saved is None
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "Wrong username or password."
    assert dialog.username_edit.text() == "kari"
    assert dialog.password_edit.text() == ""
    assert _dialog(qtbot, services, settings).username_edit.text() == "", "nothing remembered"


def test_repeated_misses_ask_to_wait_even_with_the_right_password(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.user(username="kari", password=PASSWORD)
    dialog = _dialog(qtbot, services, settings)
    qtbot.keyClicks(dialog.username_edit, "kari")
    for _ in range(3):
        qtbot.keyClicks(dialog.password_edit, "guess-guess")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "wait 5 seconds" in dialog.general_error.text()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert "Too many wrong passwords: wait" in dialog.general_error.text()


def test_a_deactivated_user_is_told_so(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    kari = make.user(username="kari", password=PASSWORD)
    services.users.set_active(kari.id, False)
    dialog = _dialog(qtbot, services, settings)
    _type_and_sign_in(qtbot, dialog, "kari", PASSWORD)
    assert dialog.saved is None
    assert "deactivated" in dialog.general_error.text()


def test_cancel_returns_nothing(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.user(username="kari", password=PASSWORD)
    dialog = _dialog(qtbot, services, settings)
    qtbot.keyClicks(dialog.username_edit, "kari")
    dialog.buttons.rejected.emit()
    assert dialog.result() == SignInDialog.DialogCode.Rejected
    assert dialog.saved is None


def test_first_run_creates_the_first_coordinator(qtbot: QtBot, services: Services) -> None:
    auth = AuthService(services.db)
    assert auth.needs_first_coordinator()
    dialog = FirstRunDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.account.username_edit, "Kari")
    qtbot.keyClicks(dialog.account.name_edit, "Kari Nordmann")
    qtbot.keyClicks(dialog.password.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.password.again_edit, PASSWORD + "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.password.again_error.isVisible(), "the two passwords differ"
    assert auth.needs_first_coordinator(), "nothing was created"

    dialog.password.again_edit.clear()
    qtbot.keyClicks(dialog.password.again_edit, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.saved is not None
    assert (dialog.saved.username, dialog.saved.role) == ("kari", Role.COORDINATOR)
    assert not auth.needs_first_coordinator()
    assert actor_of(auth.sign_in("kari", PASSWORD)) == dialog.saved


def test_first_run_shows_the_services_message_beside_the_field(
    qtbot: QtBot, services: Services
) -> None:
    dialog = FirstRunDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.account.username_edit, "kari")
    qtbot.keyClicks(dialog.password.password_edit, "short")
    qtbot.keyClicks(dialog.password.again_edit, "short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.account.name_error.isVisible() or dialog.password.password_error.isVisible()
    assert AuthService(services.db).needs_first_coordinator()


@pytest.mark.slow
def test_first_run_demo_signs_in_as_the_demo_coordinator(qtbot: QtBot, services: Services) -> None:
    dialog = FirstRunDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "bjorn" in text and "tareskog-demo" in text, "demo accounts are shown"
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=60_000)
    assert (dialog.saved.username, dialog.saved.role) == ("ingrid", Role.COORDINATOR)
    assert len(services.companies.list_companies()) >= 12


def test_switch_user_opens_a_window_for_the_new_user(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boss = make.user(username="boss", role=Role.COORDINATOR, password=PASSWORD)
    mentor = make.user(username="kari", password=PASSWORD)
    make.company()
    window = MainWindow(services.acting_as(actor_of(boss)), settings)
    qtbot.addWidget(window)
    window.show()

    def sign_in_as_kari(parent: object, services: Services, *args: object) -> object:
        return actor_of(AuthService(services.db).sign_in("kari", PASSWORD))

    monkeypatch.setattr(SignInDialog, "ask", sign_in_as_kari)
    window.switch_user_action.trigger()  # type: ignore[attr-defined]
    new = access_actions.open_windows[-1]
    qtbot.addWidget(new)
    assert new is not window
    assert new.services.actor.user_id == mentor.id
    assert not window.isVisible() and new.isVisible()
    assert f"{mentor.display_name} (Mentor)" in new.user_label.text()
    labels = [new.nav.item(i).text() for i in range(new.nav.count())]
    assert "Users" not in labels and labels[0] == "My companies"
    assert QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]
    access_actions.open_windows.clear()


def test_change_own_password(qtbot: QtBot, services: Services, make: Factory) -> None:
    from accelerator.ui.context import AppContext
    from accelerator.ui.operations import ChangeBus

    kari = make.user(username="kari", password=PASSWORD)
    as_kari = services.acting_as(actor_of(kari))
    context = AppContext(as_kari, ChangeBus(), None)  # type: ignore[arg-type]
    dialog = ChangePasswordDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current_edit, "wrong one")
    qtbot.keyClicks(dialog.new.password_edit, "a new password")
    qtbot.keyClicks(dialog.new.again_edit, "a new password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.current_error.isVisible()
    assert dialog.current_error.text() == "is not your current password"
    dialog.current_edit.clear()
    qtbot.keyClicks(dialog.current_edit, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    auth = AuthService(services.db)
    assert auth.sign_in("kari", "a new password").id == kari.id


def test_a_database_with_users_asks_for_the_sign_in_dialog(
    services: Services, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accelerator.ui import application

    make.user(username="kari", password=PASSWORD)
    asked: list[str] = []
    monkeypatch.setattr(SignInDialog, "ask", lambda *a, **k: asked.append("sign in"))
    monkeypatch.setattr(FirstRunDialog, "ask", lambda *a, **k: asked.append("first run"))
    application.sign_in(services)
    assert asked == ["sign in"]


def test_an_empty_database_asks_for_the_first_coordinator(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accelerator.ui import application

    asked: list[str] = []
    monkeypatch.setattr(SignInDialog, "ask", lambda *a, **k: asked.append("sign in"))
    monkeypatch.setattr(FirstRunDialog, "ask", lambda *a, **k: asked.append("first run"))
    assert application.sign_in(services) is None
    assert asked == ["first run"]


# --- remembered per database, with the keyboard on the password (#13, finding 12) --------


def _focus_in(qtbot: QtBot, dialog: QWidget) -> QWidget:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def other_services(tmp_path: Path, template_database: Path) -> Iterator[Services]:
    """A second database on the same computer (another programme's file)."""
    path = tmp_path / "other" / "accelerator.db"
    path.parent.mkdir()
    shutil.copyfile(template_database, path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def test_each_database_remembers_who_signed_in_to_it_last(
    qtbot: QtBot, services: Services, other_services: Services, make: Factory, settings: QSettings
) -> None:
    make.user(username="kari", password=PASSWORD)
    Factory(other_services).user(username="ola", password=PASSWORD)

    first = _dialog(qtbot, services, settings)
    assert _focus_in(qtbot, first) is first.username_edit, "a first sign-in starts on the name"
    _type_and_sign_in(qtbot, first, "kari", PASSWORD)
    assert first.saved is not None

    other = _dialog(qtbot, other_services, settings)
    assert other.username_edit.text() == "", "the other database has not seen kari"
    assert _focus_in(qtbot, other) is other.username_edit
    _type_and_sign_in(qtbot, other, "ola", PASSWORD)
    assert other.saved is not None

    again = _dialog(qtbot, services, settings)
    assert again.username_edit.text() == "kari"
    assert _focus_in(qtbot, again) is again.password_edit
    qtbot.keyClicks(again.password_edit, PASSWORD)
    qtbot.keyClick(again.password_edit, Qt.Key.Key_Return)
    assert again.saved is not None and again.saved.username == "kari"

    other_again = _dialog(qtbot, other_services, settings)
    assert other_again.username_edit.text() == "ola"
    assert _focus_in(qtbot, other_again) is other_again.password_edit


def test_a_refused_sign_in_remembers_nobody(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.user(username="kari", password=PASSWORD)
    make.user(username="ola", password=PASSWORD)
    _type_and_sign_in(qtbot, _dialog(qtbot, services, settings), "kari", PASSWORD)
    _type_and_sign_in(qtbot, _dialog(qtbot, services, settings), "ola", "not the password")
    assert _dialog(qtbot, services, settings).username_edit.text() == "kari"


def test_a_server_remembers_its_own_last_login(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accelerator.ui.dialogs import server_sign_in_dialog
    from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog

    signed_in: list[tuple[str, str]] = []

    def connect_as(target: str, username: str, password: str) -> object:
        signed_in.append((target, username))
        return object()  # the session; this test opens no connection

    monkeypatch.setattr(server_sign_in_dialog, "connect_as", connect_as)

    def dialog(target: str) -> ServerSignInDialog:
        d = ServerSignInDialog(None, target, settings)
        qtbot.addWidget(d)
        d.show()
        return d

    team = "postgresql+psycopg://db.cluster.example/accelerator"
    first = dialog(team)
    assert _focus_in(qtbot, first) is first.username_edit
    qtbot.keyClicks(first.username_edit, "kari")
    qtbot.keyClicks(first.password_edit, PASSWORD)
    qtbot.keyClick(first.password_edit, Qt.Key.Key_Return)
    assert signed_in == [(team, "kari")]

    again = dialog(team)
    assert again.username_edit.text() == "kari"
    assert _focus_in(qtbot, again) is again.password_edit
    elsewhere = dialog("postgresql+psycopg://db.other.example/accelerator")
    assert elsewhere.username_edit.text() == ""
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
