"""The window in team mode: signing in with the server's login, and the users page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from accelerator.ui import application
from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.users import UsersPage
from tests.server.conftest import PASSWORD, Team


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_signing_in_with_the_servers_login(qtbot: QtBot, team: Team, settings: QSettings) -> None:
    dialog = ServerSignInDialog(None, team.url("alice", password=None), settings)
    qtbot.addWidget(dialog)
    assert dialog.username_edit.text() == "alice"  # from the URL
    dialog.password_edit.setText("not the password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert dialog.general_error.text() == "Wrong username or password."
    assert dialog.password_edit.text() == ""

    dialog.username_edit.setText("dan")
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert "deactivated" in dialog.general_error.text()

    dialog.username_edit.setText("alice")
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.actor.username == "alice"
    dialog.saved.db.dispose()


def test_start_asks_for_the_password_only_when_the_server_wants_one(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(parent: object, target: str, settings: object = None, intro: str = "",
            message: str = "") -> None:  # fmt: skip
        asked.append(target)

    monkeypatch.setattr(ServerSignInDialog, "ask", ask)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert application.open_team_session(team.url("alice", password=None)) is None
    assert len(asked) == 1 and "alice" in asked[0]
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    session = application.open_team_session(team.url("alice", password=None))
    assert session is not None and session.actor.username == "alice"
    session.db.dispose()
    assert len(asked) == 1  # PGPASSWORD was enough


def test_the_users_page_on_a_server_sends_new_logins_to_it(
    qtbot: QtBot, team: Team, settings: QSettings
) -> None:
    kari = team.services("kari")
    try:
        window = MainWindow(kari, settings)
        qtbot.addWidget(window)
        window.show()
        page = window.go("users")
        assert isinstance(page, UsersPage)
        assert not page.add_button.isVisible()
        assert not page.password_button.isVisible()
        note = page.findChild(object, "teamNote")
        assert note is not None and "server add-user" in note.text()
        statuses = {user.username: page.model.status(user) for user in page.model.rows()}
        assert statuses["alice"] == "Active" and statuses["dan"] == "Deactivated"
        window.grab().save(str(Path("/tmp") / "team-users.png"))
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the window's change check
        kari.db.dispose()


def test_connecting_a_local_window_to_the_server(
    qtbot: QtBot, team: Team, settings: QSettings, services: object, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from accelerator.paths import resolve_paths, saved_connection
    from accelerator.services import Services
    from accelerator.services.team import connect_as
    from accelerator.ui import team_actions

    assert isinstance(services, Services)
    paths = resolve_paths(tmp_path / "data")
    window = MainWindow(services, settings, paths)
    qtbot.addWidget(window)
    window.show()
    url = team.url("alice", password=None)

    def filled(dialog: team_actions.ConnectServerDialog) -> int:
        dialog.host_edit.setText("127.0.0.1")
        dialog.port_spin.setValue(team.server.port)
        dialog.database_edit.setText(team.database)
        dialog.login_edit.setText("alice")
        dialog._accept()
        return int(team_actions.QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(team_actions.ConnectServerDialog, "exec", filled)

    def signed_in(parent: object, target: str, *_: object, **__: object) -> object:
        return connect_as(target, None, PASSWORD)

    monkeypatch.setattr(ServerSignInDialog, "ask", signed_in)
    new = team_actions.connect_to_server(window)
    assert new is not None
    qtbot.addWidget(new)
    assert new.services.actor.username == "alice"
    assert not new.services.db.is_sqlite
    assert saved_connection(paths) == url  # no password in it
    assert "users" not in new.pages  # a mentor's window
    new.close()
    QThreadPool.globalInstance().waitForDone()  # the window's change check
    new.services.db.dispose()


def test_a_change_on_another_desktop_shows_in_the_open_page(
    qtbot: QtBot, team: Team, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kari's window on the server; Alice, on another desktop, ticks a milestone of her
    company done: Kari's company list shows it without a restart."""
    import datetime as dt

    from accelerator.domain.enums import MilestoneStatus
    from accelerator.ui import change_watch
    from accelerator.ui.models.company_table import CompanyTableModel as M

    monkeypatch.setattr(change_watch, "SERVER_INTERVAL_MS", 100)
    kari, alice = team.services("kari"), team.services("alice")
    try:
        window = MainWindow(kari, settings)
        qtbot.addWidget(window)
        window.show()
        page = window.go("companies")
        company = alice.enrolments.get_enrolment(team.ids["e_mine"]).company_name

        def milestones_shown() -> str:
            model = page.model  # type: ignore[attr-defined]
            for r in range(model.rowCount()):
                if model.data(model.index(r, M.COL_NAME)) == company:
                    return str(model.data(model.index(r, M.COL_MILESTONES)))
            return ""

        qtbot.waitUntil(lambda: milestones_shown() != "", timeout=5000)
        before = milestones_shown()
        watcher = window.change_watcher  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: watcher.seen is not None, timeout=5000)

        milestone = alice.enrolments.milestones(team.ids["e_mine"])[0]
        alice.enrolments.set_milestone_status(
            milestone.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1)
        )

        qtbot.waitUntil(lambda: milestones_shown() != before, timeout=5000)
        assert milestones_shown().startswith("1")
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone()
        kari.db.dispose()
        alice.db.dispose()
