"""A mentor after a session at a fish farm: sign in, log an assessment of the first
company due with six changed levels and a reason for each, and it is stored exactly as
meant. Goal: at most 15 interactions (tests/keyboard.py says what counts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 15
PASSWORD = "tareskog-demo"  # bjorn, a mentor of the demo programme
CTRL = Qt.KeyboardModifier.ControlModifier
REASONS = [
    "Three farms asked for a quote",
    "Sensor ran 30 days at sea",
    "Service price agreed with Lerøy",
    "Design registered",
    "Hired a sales lead",
    "Regional fund said no",
]


def _assessment(walk: Walk, meant: dict[str, object]) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    password = yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password" and edit,
        "focus on the password, the username remembered",
    )
    assert password.window().findChild(QLineEdit, "username").text() == "bjorn"
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.window(MainWindow), "the main window")
    yield walk.until(lambda: walk.focused(QTableView), "focus in My companies")
    yield walk.press(Qt.Key.Key_Return)
    dialog = yield walk.until(lambda: walk.modal(AssessmentDialog), "the assessment dialog")
    meant["company"] = dialog.findChild(QLabel, "heading").text()
    levels: dict[str, int] = {}
    for i, row in enumerate(dialog.rows):
        shown = row.picker.level() or 5  # what the screen shows as the previous level
        new = shown + 1 if shown < 9 else shown - 1
        levels[row.dimension.key] = new
        yield walk.type(f"{new}{REASONS[i]}")
        if i < len(dialog.rows) - 1:
            yield walk.press(Qt.Key.Key_Return)
    meant["levels"] = levels
    yield walk.press(Qt.Key.Key_Return, CTRL)
    yield walk.until(lambda: walk.modal(AssessmentDialog) is None, "the dialog to close, saved")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_mentor_logs_six_changed_levels_with_reasons(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    start = lambda: main(["--data-dir", str(data_dir), "--lang", language])  # noqa: E731
    sign_in_once(data_dir, "bjorn", PASSWORD)

    walk = Walk()
    meant: dict[str, object] = {}
    walk.run(start, _assessment(walk, meant))
    print(f"mentor walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    services = stored(data_dir)
    bjorn = services.users.find_user("bjorn")
    assert bjorn is not None
    mine = services.mentoring.my_enrolments(bjorn.id)
    latest = max(
        (a for e in mine for a in services.assessments.list_for_enrolment(e.enrolment_id)),
        key=lambda a: a.id,
    )
    assert latest.assessor_id == bjorn.id
    company = services.enrolments.get_enrolment(latest.enrolment_id).company_name
    assert company in str(meant["company"])
    assert latest.levels == meant["levels"]
    keys = list(latest.levels)
    assert {s.dimension_key: s.reason for s in latest.scores} == dict(
        zip(keys, REASONS, strict=True)
    )
    assert walk.keys.interactions <= GOAL, walk.keys.log
