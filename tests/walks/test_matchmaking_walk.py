"""A coordinator books a meeting from a matchmaking proposal and records what came of it:
signs in, opens Matchmaking from the navigation, chooses the best proposal, books the two
organisations a meeting at a place yesterday morning (a slot that is over), and records
that a project started, with a note, in the demo made in the language of the window. The
stored meeting is the proposal's need and offer, at that time and place, held, with the
outcome and the note; it took at most 15 interactions (tests/keyboard.py says what
counts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.enums import MeetingOutcome, MeetingStatus
from accelerator.domain.formatting import dotted
from accelerator.services.records import ProposalRecord
from accelerator.ui.dialogs.meeting_dialogs import BookMeetingDialog, OutcomeDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.matchmaking import MatchmakingPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 15
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
YESTERDAY = dt.date.today() - dt.timedelta(days=1)
PLACE = "Havbyen"
NOTE = "Pilot from March"


def _walk(walk: Walk, chosen: list[ProposalRecord]) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    assert isinstance(window, MainWindow)

    # Matchmaking has no Ctrl+digit (the ten are taken): a click in the navigation.
    row = window.nav.visualItemRect(window.nav.item(list(window.pages).index("matchmaking")))
    yield walk.click(window.nav.viewport(), row.center())
    page = yield walk.until(
        lambda: window.current_key() == "matchmaking" and window.matchmaking_page,
        "the matchmaking page",
    )
    assert isinstance(page, MatchmakingPage)
    yield walk.until(lambda: page.proposal_model.rowCount() > 0, "the proposals")

    # The best proposal, chosen as the page opens, booked for yesterday morning at a place.
    proposal = yield walk.until(page.selected_proposal, "the best proposal chosen")
    assert proposal == page.proposal_model.record_at(0)
    chosen.append(proposal)
    yield walk.press_underlined(lambda: page.book_button, note="Alt: Book a meeting")
    dialog = yield walk.until(lambda: walk.modal(BookMeetingDialog), "the booking dialog")
    assert isinstance(dialog, BookMeetingDialog)
    yield walk.until(
        lambda: walk.focused(QComboBox) is dialog.event_combo, "focus on where: outside an event"
    )
    # Tab, not Alt and When's letter: a date field's label does not reach it (DateField
    # takes no focus itself, only through its line).
    yield walk.press(Qt.Key.Key_Tab)  # to the day
    yield walk.type(dotted(YESTERDAY))  # over the day shown, as a day typed in Norway
    yield walk.press_underlined(lambda: dialog.label_of(dialog.place_error), note="Alt: Place")
    yield walk.type(PLACE)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(BookMeetingDialog) is None, "the meeting booked")
    yield walk.until(
        lambda: (m := page.selected_meeting()) is not None and m.place == PLACE,
        "the new meeting chosen in the list",
    )

    # What came of it: a project started, with a note.
    yield walk.press_underlined(lambda: page.outcome_button, note="Alt: Record outcome")
    outcome = yield walk.until(lambda: walk.modal(OutcomeDialog), "the outcome dialog")
    assert isinstance(outcome, OutcomeDialog)
    yield walk.until(
        lambda: walk.focused(QComboBox) is outcome.outcome_combo, "focus on the outcome"
    )
    project = outcome.outcome_combo.findData(MeetingOutcome.PROJECT_STARTED.value)
    yield walk.type(outcome.outcome_combo.itemText(project)[:1])  # its first letter
    yield walk.until(
        lambda: outcome.outcome_combo.currentData() == MeetingOutcome.PROJECT_STARTED.value,
        "a project started, chosen",
    )
    yield walk.press(Qt.Key.Key_Tab)  # to the note
    yield walk.type(NOTE)
    yield walk.press(Qt.Key.Key_Tab)  # to Record outcome
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(OutcomeDialog) is None, "the outcome recorded")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_books_a_meeting_from_a_proposal_and_records_its_outcome(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    chosen: list[ProposalRecord] = []
    walk.run(lambda: main(["--data-dir", str(data_dir), "--lang", language]), _walk(walk, chosen))
    print(f"matchmaking walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    [proposal] = chosen
    services = stored(data_dir)
    [meeting] = [m for m in services.meetings.list_meetings() if m.place == PLACE]
    assert (meeting.need_id, meeting.offer_id) == (proposal.need.id, proposal.offer.id)
    assert (meeting.organisation_id, meeting.counterpart_id) == (
        proposal.need.organisation_id,
        proposal.offer.organisation_id,
    )
    assert meeting.starts_at.replace(tzinfo=None) == dt.datetime.combine(YESTERDAY, dt.time(10, 0))
    assert meeting.event_id is None
    assert meeting.status is MeetingStatus.HELD
    assert meeting.outcome is MeetingOutcome.PROJECT_STARTED
    assert meeting.note == NOTE
    assert walk.keys.interactions <= GOAL, walk.keys.log
