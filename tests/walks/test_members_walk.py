"""A coordinator keeps the member register: signs in, opens Members, makes a research
institute that left our cluster a member again, as a partner, and ends the membership of
an investor who has given notice, in the demo made in the language of the window. The
stored rows say so, both memberships are there as history, and it took at most 12
interactions (tests/keyboard.py says what counts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.ui.dialogs.membership_dialogs import AddMembershipDialog, LeaveDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.members import MembersPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 12
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
CTRL = Qt.KeyboardModifier.ControlModifier
OURS = "Vestkyst Ocean Technology Cluster, Bergen"
#: Left our cluster in the demo; joins again.
RETURNING = "Nordlig Fiskeforskning"
#: A member of our cluster in the demo; leaves.
LEAVING = "Kystkapital AS"


def _walk(walk: Walk) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    yield walk.press(Qt.Key.Key_9, CTRL, note="Ctrl+9: Members")
    page = yield walk.until(
        lambda: window.current_key() == "members" and window.members_page, "the members page"
    )
    assert isinstance(page, MembersPage)
    yield walk.until(lambda: page.cluster_combo.currentText() == OURS, "our cluster chosen")

    # Nordlig Fiskeforskning joins again, as a partner this time.
    yield walk.press_underlined(lambda: page.add_button, note="Alt: Add membership")
    dialog = yield walk.until(lambda: walk.modal(AddMembershipDialog), "the add dialog")
    yield walk.until(
        lambda: walk.focused(QLineEdit) is dialog.organisation_edit, "focus on the organisation"
    )
    yield walk.type(RETURNING)
    yield walk.until(lambda: dialog.found is not None, "the organisation found on record")
    yield walk.press(Qt.Key.Key_Tab)  # to the cluster, ours already
    yield walk.press(Qt.Key.Key_Tab)  # to the tier
    yield walk.type("P")  # Partner
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(AddMembershipDialog) is None, "the membership saved")
    yield walk.until(
        lambda: (chosen := page.selected()) is not None and chosen.organisation_name == RETURNING,
        "the new membership chosen in the list",
    )

    # Kystkapital leaves: found in the list by typing its name, then End membership.
    yield walk.until(lambda: walk.focused(QTableView) is page.table, "focus in the list")
    yield walk.type(LEAVING[:6])  # the list goes to the first name that starts so
    yield walk.until(
        lambda: (chosen := page.selected()) is not None and chosen.organisation_name == LEAVING,
        "the investor chosen",
    )
    yield walk.press_underlined(lambda: page.leave_button, note="Alt: End membership")
    yield walk.until(lambda: walk.modal(LeaveDialog), "the end-membership dialog")
    yield walk.press(Qt.Key.Key_Return)  # its last day is today
    yield walk.until(lambda: walk.modal(LeaveDialog) is None, "the membership ended")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_adds_a_member_and_another_leaves(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    walk.run(lambda: main(["--data-dir", str(data_dir), "--lang", language]), _walk(walk))
    print(f"members walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    today = dt.date.today()
    services = stored(data_dir)
    ours = services.clusters.find_cluster(OURS)
    assert ours is not None
    register = services.members.list_memberships(cluster_id=ours.id)
    returning = [m for m in register if m.organisation_name == RETURNING]
    # The old membership stays as history beside the new one.
    assert [(m.left_on is None, m.joined_on == today) for m in returning] == [
        (False, False),
        (True, True),
    ]
    assert returning[-1].tier_id == ours.tiers[1].id  # Partner, whatever its words
    (leaving,) = [m for m in register if m.organisation_name == LEAVING]
    assert leaving.left_on == today
    assert walk.keys.interactions <= GOAL, walk.keys.log
