"""Data safety in the window: Back up now, Restore from backup, the damaged-database
message, the start that locks the database, and the location warning."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.db import open as db_open
from accelerator.db.lock import acquire_instance_lock
from accelerator.db.open import open_database
from accelerator.domain.enums import Role
from accelerator.errors import DamagedDatabaseError
from accelerator.paths import AppPaths
from accelerator.services import Actor, Services
from accelerator.services.base import StorageError
from accelerator.services.companies import CompanyInput
from accelerator.services.safety import SafetyService
from accelerator.services.users import actor_of
from accelerator.ui import application, safety_start
from accelerator.ui.dialogs.damaged_dialog import DamagedDialog
from accelerator.ui.dialogs.restore_dialog import RestoreDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.operations import Data
from accelerator.ui.safety_actions import SafetyActions
from tests.factories import Factory
from tests.safety.conftest import file_digest


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    """Where the window's backups go: beside its database, as nobody said otherwise."""
    return tmp_path / "backups"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings, backups_dir: Path) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _actions(window: MainWindow) -> SafetyActions:
    actions = window.findChild(SafetyActions)
    assert actions is not None
    return actions


def db_file(window: MainWindow) -> Path:
    path = window.services.db.path
    assert path is not None
    return path


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path / "backups", tmp_path / "logs", tmp_path)


def test_the_file_menu_has_the_safety_actions(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    end = window.file_menu.actions().index(window.file_menu_end)
    for text in ("&Import companies…", "E&xport…", "&Back up now", "&Restore from backup…"):
        assert text in texts
        assert texts.index(text) < end, f"{text} sits above the Quit section"
    assert _actions(window).back_up_action.shortcut().toString() == "Ctrl+B"


def test_back_up_now_makes_a_backup_and_says_where(
    qtbot: QtBot, window: MainWindow, make: Factory, backups_dir: Path
) -> None:
    make.company(name="Havbris AS")
    actions = _actions(window)
    with qtbot.waitSignal(actions.backed_up, timeout=10_000) as made:
        actions.back_up_action.trigger()
    record = made.args[0]
    assert record.path.parent == backups_dir
    assert record.path.is_file() and record.reason == "manual"
    assert str(record.path) in window.statusBar().currentMessage()
    contents = SafetyService(db_file(window), backups_dir).inspect(record.path)
    assert contents.counts["companies"] == 1


def test_restore_dialog_lists_backups_and_brings_back_the_old_data(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make: Factory,
    backups_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    make.company(name="Old AS")
    safety = SafetyService.for_database(services.db, backups_dir)
    taken = safety.back_up_now()
    make.company(name="New AS")

    dialog = RestoreDialog(window, window.context, safety)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    at = taken.taken_at  # as the fields show a date: "4 Dec 2026 17:24"
    assert dialog.model.index(0, 0).data() == f"{at.day} {at:%b %Y %H:%M}"
    assert dialog.model.index(0, 1).data() == "On request"
    assert "Companies" in dialog.details.text() and "sound" in dialog.details.text()
    assert dialog.restore_button.isEnabled()

    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(window.context.bus.changed) as changed:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "pre-restore" in asked[0]
    assert Data.EVERYTHING in changed.args[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.name for c in services.companies.list_companies()] == ["Old AS"]
    assert dialog.restored is not None and dialog.restored.previous is not None
    assert dialog.restored.previous.reason == "pre-restore"
    # The window writes to the restored file, and the kept copy still has both companies.
    services.companies.create_company(CompanyInput(name="After AS"))
    kept = safety.inspect(dialog.restored.previous.path)
    assert kept.counts["companies"] == 2


def test_restore_is_not_done_when_the_person_cancels(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make: Factory,
    backups_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make.company(name="Old AS")
    safety = SafetyService.for_database(services.db, backups_dir)
    safety.back_up_now()
    make.company(name="New AS")
    dialog = RestoreDialog(window, window.context, safety)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is None
    assert len(services.companies.list_companies()) == 2


def test_damaged_dialog_offers_the_newest_good_backup(
    qtbot: QtBot, services: Services, make: Factory, tmp_path: Path
) -> None:
    make.company(name="Havbris AS")
    db_path = services.db.path
    assert db_path is not None
    record = SafetyService(db_path, tmp_path / "backups").back_up_now()
    moved = tmp_path / "damaged" / "2026-11-27T101530" / db_path.name
    error = DamagedDatabaseError(
        "damaged",
        path=db_path,
        moved_to=moved,
        backup=record.path,
        problems=("database disk image is malformed",),
    )
    dialog = DamagedDialog(None, error, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is not None
    when = f"{record.taken_at.day} {record.taken_at:%b %Y %H:%M}"
    assert dialog.restore_button.text() == f"Restore the newest good backup ({when})"
    assert dialog.moved_label.text() == str(moved)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    without = DamagedDialog(None, error, None)
    qtbot.addWidget(without)
    assert without.restore_button is None
    assert "no good backup" in without.offer_label.text()


def test_a_window_started_safely_restores_over_the_file_it_holds(
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The start holds the file's lock for the window's life, and File > Restore from backup
    restores under that lock: a second lock on the same file, even by this program, fails."""
    paths = _paths(tmp_path)
    services = safety_start.open_services(paths, str(db_path))
    assert services is not None and services.lock is not None
    services.companies.create_company(CompanyInput(name="Old AS"))
    services.safety.back_up_now()
    services.companies.create_company(CompanyInput(name="New AS"))
    window = MainWindow(services, settings, paths)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDialog) and dialog.restore_button.isEnabled():
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        if dialog is not None and dialog.isVisible():
            dialog.close()  # the restore failed: fail below instead of hanging

    try:
        QTimer.singleShot(0, press_restore)
        window.safety_actions.restore_action.trigger()
        assert warned == []
        assert "Restored from" in window.statusBar().currentMessage()
        assert [c.name for c in services.companies.list_companies()] == ["Old AS"]
        assert services.lock.held, "the window still holds its file"
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)  # the window's change check
        services.close()
    assert not services.lock.held


def test_start_on_a_damaged_file_restores_the_chosen_backup(
    qtbot: QtBot, db_path: Path, tmp_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = safety_start.open_services(_paths(tmp_path), str(db_path))
    assert first is not None
    first.companies.create_company(CompanyInput(name="Havbris AS"))
    SafetyService.for_database(first.db, backups_dir).back_up_now()
    first.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)  # pages overwritten

    offered: list[Any] = []

    def ask(parent: Any, error: DamagedDatabaseError, backup: Any) -> bool:
        offered.append((error, backup))
        return True

    monkeypatch.setattr(DamagedDialog, "ask", ask)
    services = safety_start.open_services(_paths(tmp_path), str(db_path))
    assert services is not None
    try:
        error, backup = offered[0]
        assert isinstance(error, DamagedDatabaseError) and error.moved_to is not None
        assert error.moved_to.is_file(), "the damaged file is kept aside"
        assert backup is not None and backup.path == error.backup
        assert [c.name for c in services.companies.list_companies()] == ["Havbris AS"]
        assert services.lock is not None and services.lock.held
    finally:
        services.close()


def test_a_second_window_is_told_and_may_open_read_only(
    db_path: Path, tmp_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = db_path.read_bytes()
    with acquire_instance_lock(db_path):
        told: list[str] = []

        def ask(error: Any, path: Path) -> bool:
            box = safety_start.in_use_message(error, path)
            told.append(box.text())
            return False

        monkeypatch.setattr(safety_start, "ask_in_use", ask)
        assert safety_start.open_services(_paths(tmp_path), str(db_path)) is None
        assert told and "Accelerator is already open on this database" in told[0]
        assert "process " in told[0]

        monkeypatch.setattr(safety_start, "ask_in_use", lambda error, path: True)
        services = safety_start.open_services(_paths(tmp_path), str(db_path))
        assert services is not None and services.read_only
        try:
            assert services.companies.list_companies() == []
            with pytest.raises(StorageError, match="read-only"):
                services.companies.create_company(CompanyInput(name="Havbris AS"))
        finally:
            services.db.dispose()
    assert db_path.read_bytes() == before, "the second window wrote nothing"


def test_location_warning_bar_shows_once_per_database(
    qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    db_path = tmp_path / "accelerator.db"
    warning = "It is in a Dropbox folder, which syncs the file while it is open."
    bar = safety_start.show_location_warning(window, warning, db_path, settings)
    assert bar is not None and warning in bar.widgetForAction(bar.actions()[0]).text()
    sign = window.statusBar().findChild(QLabel, "locationWarning")
    assert sign is not None and sign.toolTip() == warning
    assert safety_start.show_location_warning(window, warning, db_path, settings) is None
    assert safety_start.show_location_warning(window, None, db_path, settings) is None


def test_after_start_makes_the_daily_backup_once(
    qtbot: QtBot, window: MainWindow, backups_dir: Path, tmp_path: Path
) -> None:
    worker = safety_start.after_start(window)
    assert worker is not None
    qtbot.waitUntil(
        lambda: "Daily backup made" in window.statusBar().currentMessage(), timeout=10_000
    )
    backups = SafetyService(db_file(window), backups_dir).list_backups()
    assert [b.reason for b in backups] == ["daily"]
    assert dt.datetime.now() - backups[0].taken_at < dt.timedelta(minutes=5)
    assert safety_start.after_start(window) is not None
    QThreadPool.globalInstance().waitForDone(10_000)
    again = SafetyService(db_file(window), backups_dir).list_backups()
    assert again == backups, "a backup from today is recent enough"


# --- the check beside the start (issue #18) -----------------------------------------------


@dataclass
class HeldCheck:
    started: threading.Event = field(default_factory=threading.Event)
    go_on: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldCheck]:
    """SQLite's check beside the start says when it has begun, and then waits for the
    test to let it go on."""
    held = HeldCheck()
    check = db_open.run_check

    def waiting(conn: sqlite3.Connection, *, full: bool) -> list[str]:
        held.started.set()
        held.go_on.wait(30)
        return check(conn, full=full)

    monkeypatch.setattr(db_open, "run_check", waiting)
    yield held
    held.go_on.set()


def test_the_status_bar_says_the_database_is_checked_until_it_has_passed(
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    settings: QSettings,
    held_check: HeldCheck,
) -> None:
    paths = _paths(tmp_path)
    services = safety_start.open_services(paths, str(db_path))
    assert services is not None
    window = MainWindow(services, settings, paths)
    qtbot.addWidget(window)
    window.show()
    try:
        assert safety_start.after_start(window) is None, "the daily copy waits for the check"
        label = window.statusBar().findChild(QLabel, "checkingDatabase")
        assert label is not None and label.isVisible()
        assert label.text() == "Checking the database…"
        assert "written as soon as the check has passed" in label.toolTip()
        assert not held_check.started.is_set(), "the check waits for the window's first paint"
        qtbot.waitUntil(held_check.started.is_set)

        held_check.go_on.set()
        qtbot.waitUntil(lambda: window.statusBar().findChild(QLabel, "checkingDatabase") is None)
        qtbot.waitUntil(
            lambda: "Daily backup made" in window.statusBar().currentMessage(), timeout=10_000
        )
        assert window.isVisible()
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        services.close()


def test_damage_found_beside_the_start_is_told_and_the_start_runs_again_checking_first(
    qapp: QApplication,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last window closed cleanly, so the file opens before its check, and the check
    beside the start finds it damaged while the window is up (here SQLite's answer is made
    up; tests/safety shows a real damaged file refused every write). The person is told,
    and the start runs again, checking before opening (which moves a damaged file aside
    and offers its backup, as tests/safety and the test above show)."""
    first = open_database(str(db_path))
    Factory(Services(first)).user(username="kari", role=Role.COORDINATOR)
    first.dispose()
    check = db_open.run_check
    beside: list[str] = []

    def damaged_beside(conn: sqlite3.Connection, *, full: bool) -> list[str]:
        if threading.current_thread().name == "accelerator-check":
            beside.append("checked")
            return ["Page 31: btreeInitPage() returns error code 11"]
        return check(conn, full=full)

    monkeypatch.setattr(db_open, "run_check", damaged_beside)
    opened: list[tuple[bool, str]] = []

    def sign_in(services: Services) -> Actor | None:
        gate = services.db.gate
        opened.append((gate is not None, services.db.target))
        if len(opened) > 1:
            return None  # the person closes the sign-in of the second start
        coordinator = next(u for u in services.users.list_users() if u.role is Role.COORDINATOR)
        return actor_of(coordinator)

    told: list[str] = []
    monkeypatch.setattr(application, "sign_in", sign_in)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: told.append(str(a[2])))
    before = file_digest(db_path)
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    guard = QTimer()  # a start that never ends fails the test instead of hanging it
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(30_000)
    try:
        assert application.run(_paths(tmp_path), str(db_path)) == 0
    finally:
        guard.stop()
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])

    assert beside == ["checked"], "beside the first start only"
    assert opened == [(True, str(db_path)), (False, str(db_path))]
    assert len(told) == 1
    assert "found a problem" in told[0] and "btreeInitPage" in told[0]
    assert "Nothing was saved to it" in told[0]
    assert file_digest(db_path) == before, "nothing was written to it"
