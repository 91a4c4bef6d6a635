"""A mentor back from a meeting at a fish farm: sign in, and from My companies log the
session with the company the keyboard starts on, typing only the topic and the
follow-ups. The dialog fills in the rest (today, an hour, a meeting, the company). Goal:
at most 6 interactions beyond typing (tests/keyboard.py says what counts), the sign-in
included, and the session stored exactly as meant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.enums import SessionKind
from accelerator.ui.dialogs.session_dialog import SessionDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 6  # interactions beyond typing
PASSWORD = "tareskog-demo"  # bjorn, a mentor of the demo programme
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TOPIC = "Pricing of the sensor service for three farms"
FOLLOW_UPS = "Send two price models by Friday"


def _session(walk: Walk, meant: dict[str, object]) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.window(MainWindow), "the main window")
    table = yield walk.until(lambda: walk.focused(QTableView), "focus in My companies")
    meant["enrolment_id"] = table.selected().enrolment_id
    yield walk.press(Qt.Key.Key_L, CTRL | SHIFT)
    dialog = yield walk.until(lambda: walk.modal(SessionDialog), "the session dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "topic",
        "the cursor in the topic",
    )
    meant["heading"] = dialog.heading.text()
    yield walk.type(TOPIC)
    yield walk.press(Qt.Key.Key_Tab)
    yield walk.type(FOLLOW_UPS)
    yield walk.press(Qt.Key.Key_Return, CTRL)
    yield walk.until(lambda: walk.modal(SessionDialog) is None, "the dialog to close, saved")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_mentor_logs_a_session_from_my_companies(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    start = lambda: main(["--data-dir", str(data_dir), "--lang", language])  # noqa: E731
    sign_in_once(data_dir, "bjorn", PASSWORD)

    walk = Walk()
    meant: dict[str, object] = {}
    walk.run(start, _session(walk, meant))
    typed = sum(entry.startswith("type ") for entry in walk.keys.log)
    beyond_typing = walk.keys.interactions - typed
    print(
        f"session walk: {beyond_typing} interactions beyond typing (goal {GOAL}): {walk.keys.log}"
    )

    services = stored(data_dir)
    bjorn = services.users.find_user("bjorn")
    assert bjorn is not None
    enrolment_id = meant["enrolment_id"]
    assert isinstance(enrolment_id, int)
    latest = max(services.sessions.sessions_of(enrolment_id), key=lambda s: s.id)
    assert latest.company_name in str(meant["heading"])
    assert latest.mentor_id == bjorn.id
    assert (latest.topic, latest.follow_ups) == (TOPIC, FOLLOW_UPS)
    assert (latest.held_on, latest.minutes, latest.kind) == (
        dt.date.today(),
        60,
        SessionKind.MEETING,
    )
    assert beyond_typing <= GOAL, walk.keys.log
