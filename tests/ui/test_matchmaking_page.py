"""The Matchmaking page as a person uses it: the proposals with their reasons in words,
narrowed by category; a meeting booked from a proposal outside an event and at one, a
clash refused beside the field it concerns and naming whom; a meeting marked held,
cancelled, and its outcome recorded once it is over. A viewer reads it all and is
offered none of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import (
    EventKind,
    MeetingOutcome,
    MeetingStatus,
    NeedCategory,
    NeedSide,
    Role,
)
from accelerator.services import Services
from accelerator.services.events import EventInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.meeting_dialogs import BookMeetingDialog, OutcomeDialog
from accelerator.ui.models.need_table import MeetingTableModel, ProposalTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.matchmaking import MatchmakingPage
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator
from tests.ui.test_members_page import answer

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@dataclass
class Market:
    farm: int  # needs a pilot customer and a test site
    sensors: int  # offers a pilot
    lab: int  # offers a test site
    pilot_need: int
    pilot_offer: int
    site_need: int
    site_offer: int


@pytest.fixture
def market(services: Services, make: Factory) -> Market:
    farm = make.company(name="Skjærgård Akvakultur AS")
    sensors = make.company(name="Havbølge Sensorikk AS")
    lab = make.company(name="Havlaben Vest")
    needs = services.needs

    def add(org: int, side: NeedSide, category: NeedCategory, summary: str, tags: str) -> int:
        return needs.create_need(
            NeedInput(org, side, category, summary, sector_tags="aquaculture", technology_tags=tags)
        ).id

    return Market(
        farm.id,
        sensors.id,
        lab.id,
        add(farm.id, NeedSide.NEED, NeedCategory.PILOT_CUSTOMER, "Oxygen sensors", "sensors"),
        add(sensors.id, NeedSide.OFFER, NeedCategory.PILOT_CUSTOMER, "Sensor pilots", "sensors"),
        add(farm.id, NeedSide.NEED, NeedCategory.TEST_SITE, "A net pen for trials", "cameras"),
        add(lab.id, NeedSide.OFFER, NeedCategory.TEST_SITE, "Our research farm", "cameras"),
    )


@pytest.fixture
def open_page(qtbot: QtBot, services: Services) -> Callable[..., MatchmakingPage]:
    def open_page(acting: Services | None = None) -> MatchmakingPage:
        page = MatchmakingPage(AppContext(acting or services, ChangeBus(), Navigator()))
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


def column(model: ProposalTableModel | MeetingTableModel, col: int) -> list[str]:
    return [str(model.index(r, col).data() or "") for r in range(model.rowCount())]


def choose_proposal(page: MatchmakingPage, need_id: int) -> None:
    for row in range(page.proposal_model.rowCount()):
        proposal = page.proposal_model.record_at(row)
        if proposal is not None and proposal.need.id == need_id:
            page.proposals.selectRow(row)
            return
    raise AssertionError(f"no proposal for need {need_id}")


def test_the_proposals_show_who_and_why_and_narrow_by_category(
    open_page: Callable[..., MatchmakingPage], market: Market
) -> None:
    page = open_page()
    model = page.proposal_model
    assert sorted(column(model, ProposalTableModel.COL_OFFER_BY)) == [
        "Havbølge Sensorikk AS",
        "Havlaben Vest",
    ]
    assert set(column(model, ProposalTableModel.COL_NEED_BY)) == {"Skjærgård Akvakultur AS"}
    reasons = column(model, ProposalTableModel.COL_REASONS)
    assert any("Shared technology tags: sensors" in r for r in reasons)
    assert all(r for r in column(model, ProposalTableModel.COL_SCORE))
    assert page.meetings_empty.isVisible() and not page.meetings.isVisible()

    page.category_combo.setCurrentIndex(page.category_combo.findData(NeedCategory.TEST_SITE.value))
    assert column(model, ProposalTableModel.COL_OFFER) == ["Our research farm"]
    page.category_combo.setCurrentIndex(page.category_combo.findData(NeedCategory.CAPITAL.value))
    assert model.rowCount() == 0 and page.proposals_empty.isVisible()


def test_a_meeting_is_booked_from_a_proposal_and_a_clash_is_refused_by_name(
    qtbot: QtBot, open_page: Callable[..., MatchmakingPage], services: Services, market: Market
) -> None:
    page = open_page()
    best = page.proposal_model.record_at(0)
    assert best is not None and page.selected_proposal() == best  # the best, at first
    assert page.book_button.isEnabled()
    choose_proposal(page, market.pilot_need)
    day = TODAY + dt.timedelta(days=5)

    def book(dialog: QDialog) -> None:
        assert isinstance(dialog, BookMeetingDialog)
        assert dialog.event_combo.currentData() is None  # outside an event at first
        assert not dialog.table_edit.isEnabled()
        dialog.day_field.set_date(day)
        qtbot.keyClicks(dialog.place_edit, "Havbølge's office")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    failures = answer(book)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert not failures
    [meeting] = services.meetings.list_meetings()
    assert (meeting.need_id, meeting.offer_id) == (market.pilot_need, market.pilot_offer)
    assert meeting.starts_at.replace(tzinfo=None) == dt.datetime.combine(day, dt.time(10, 0))
    assert meeting.place == "Havbølge's office" and meeting.status is MeetingStatus.BOOKED
    assert column(page.meeting_model, MeetingTableModel.COL_FIRST) == ["Skjærgård Akvakultur AS"]
    assert page.selected_meeting() == meeting

    # The farm's other need, at the same time: the farm is taken, and the dialog says so.
    choose_proposal(page, market.site_need)
    said: list[str] = []

    def clash(dialog: QDialog) -> None:
        assert isinstance(dialog, BookMeetingDialog)
        dialog.day_field.set_date(day)
        qtbot.keyClicks(dialog.place_edit, "Havlaben")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        said.append(dialog.start_error.text())
        dialog.reject()

    failures = answer(clash)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert "Skjærgård Akvakultur AS already meets Havbølge Sensorikk AS" in said[0]
    assert len(services.meetings.list_meetings()) == 1


def test_a_meeting_at_an_event_takes_the_events_day_and_a_table(
    qtbot: QtBot, open_page: Callable[..., MatchmakingPage], services: Services, market: Market
) -> None:
    start = dt.datetime.combine(TODAY + dt.timedelta(days=10), dt.time(9, 0))
    event = services.events.create_event(
        EventInput("Havbruksdagen", EventKind.MATCHMAKING_DAY, start, start.replace(hour=15))
    )
    page = open_page()
    choose_proposal(page, market.site_need)

    def book(dialog: QDialog) -> None:
        assert isinstance(dialog, BookMeetingDialog)
        dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(event.id))
        assert dialog.day_field.date() == start.date()
        assert dialog.table_edit.isEnabled() and not dialog.place_edit.isEnabled()
        qtbot.keyClicks(dialog.table_edit, "Table 3")
        qtbot.keyClick(dialog.table_edit, Qt.Key.Key_Return)

    failures = answer(book)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert not failures
    [meeting] = services.meetings.list_meetings(event_id=event.id)
    assert meeting.table_label == "Table 3"
    assert meeting.starts_at.replace(tzinfo=None) == start
    assert column(page.meeting_model, MeetingTableModel.COL_WHERE) == ["Havbruksdagen, Table 3"]


def test_a_meeting_over_is_held_and_its_outcome_recorded_and_another_cancelled(
    qtbot: QtBot, open_page: Callable[..., MatchmakingPage], services: Services, market: Market
) -> None:
    yesterday = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10, 0))
    past = services.meetings.book(
        MeetingInput(
            yesterday, need_id=market.pilot_need, offer_id=market.pilot_offer, place="Ørland"
        )
    )
    coming = services.meetings.book(
        MeetingInput(
            yesterday + dt.timedelta(days=8),
            need_id=market.site_need,
            offer_id=market.site_offer,
            place="Bergen",
        )
    )
    page = open_page()
    assert page.select_meeting(past.id)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert services.meetings.get_meeting(past.id).status is MeetingStatus.HELD
    assert not page.held_button.isEnabled()

    def outcome(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome_combo.setCurrentIndex(
            dialog.outcome_combo.findData(MeetingOutcome.PROJECT_STARTED.value)
        )
        qtbot.keyClicks(dialog.note_edit, "A pilot in three pens from March")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    failures = answer(outcome)
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    assert not failures
    stored = services.meetings.get_meeting(past.id)
    assert stored.outcome is MeetingOutcome.PROJECT_STARTED
    assert stored.note == "A pilot in three pens from March"
    row = page.meeting_model.row_of(past.id)
    assert row is not None
    outcome_cell = page.meeting_model.index(row, MeetingTableModel.COL_OUTCOME).data()
    assert outcome_cell == "Project started"

    assert page.select_meeting(coming.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert services.meetings.get_meeting(coming.id).status is MeetingStatus.CANCELLED
    assert not page.outcome_button.isEnabled()


def test_a_viewer_reads_the_page_and_is_offered_nothing(
    open_page: Callable[..., MatchmakingPage], services: Services, market: Market
) -> None:
    services.meetings.book(
        MeetingInput(
            dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(13, 0)),
            need_id=market.pilot_need,
            offer_id=market.pilot_offer,
            place="Ørland",
        )
    )
    viewer = services.users.create_user(UserInput("vera", "Vera", Role.VIEWER, password="x" * 12))
    page = open_page(services.acting_as(actor_of(viewer)))
    assert page.proposal_model.rowCount() == 2
    assert page.meeting_model.rowCount() == 1
    for button in (page.book_button, page.held_button, page.cancel_button, page.outcome_button):
        assert not button.isVisible()


def test_the_years_figures_follow_the_meetings(
    qtbot: QtBot, open_page: Callable[..., MatchmakingPage], services: Services, market: Market
) -> None:
    if (TODAY.month, TODAY.day) == (1, 1):
        pytest.skip("no meeting of this year is over yet on New Year's Day")
    yesterday = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10, 0))
    past = services.meetings.book(
        MeetingInput(
            yesterday, need_id=market.pilot_need, offer_id=market.pilot_offer, place="Ørland"
        )
    )
    last_year = dt.datetime.combine(dt.date(TODAY.year - 1, 6, 1), dt.time(10, 0))
    services.meetings.book(  # another year's: not counted
        MeetingInput(last_year, need_id=market.site_need, offer_id=market.site_offer, place="Bodø")
    )
    coming = services.meetings.book(
        MeetingInput(
            dt.datetime.combine(TODAY, dt.time(23, 0)),
            need_id=market.site_need,
            offer_id=market.site_offer,
            place="Bergen",
        )
    )
    page = open_page()
    cards = page.figure_cards

    def shown(key: str) -> tuple[str, str]:
        return cards[key].value_label.text(), cards[key].detail_label.text()

    assert page.figures_box.isVisible()
    assert cards["requested"].caption_label.text() == "Meetings requested"
    assert shown("requested") == ("2", f"in {TODAY.year}, 0 called off")
    assert shown("held") == ("0", "0 without an outcome yet")
    assert shown("project_started") == ("0", "")

    assert page.select_meeting(past.id)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert shown("held") == ("1", "1 without an outcome yet")

    def outcome(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome_combo.setCurrentIndex(
            dialog.outcome_combo.findData(MeetingOutcome.PROJECT_STARTED.value)
        )
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    failures = answer(outcome)
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert shown("held") == ("1", "0 without an outcome yet")
    assert shown("project_started") == ("1", "100% of those held")
    assert shown("follow_up") == ("0", "0% of those held")
    assert shown("across") == ("0", "no cluster in common")

    assert page.select_meeting(coming.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert shown("requested") == ("2", f"in {TODAY.year}, 1 called off")
