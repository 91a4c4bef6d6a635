"""Needs, offers and meetings on a team server: a need or an offer goes with its
organisation and a meeting with either of its two (a mentor reads those of the companies of
their cohorts, the other side of a meeting not named unless they read it too), a viewer
reads every one, and only a coordinator records them, through the program or a SQL
client."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from accelerator.db.open import open_database
from accelerator.domain.enums import MeetingOutcome, NeedCategory, NeedSide
from accelerator.errors import NotFoundError, PermissionDeniedError
from accelerator.services import Services
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from tests.server.conftest import Team


def _rows(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


@pytest.fixture
def recorded(team: Team) -> dict[str, int]:
    """A need of Alice's company, an offer of Bob's, and their meeting last January,
    recorded as the owner (the program's set-up)."""
    db = open_database(team.server.url(dbname=team.database))
    try:
        services = Services(db)
        mine = services.enrolments.get_enrolment(team.ids["e_mine"]).company_id
        other = services.enrolments.get_enrolment(team.ids["e_other"]).company_id
        category = NeedCategory.TEST_SITE
        need = services.needs.create_need(NeedInput(mine, NeedSide.NEED, category, "Test pen"))
        offer = services.needs.create_need(NeedInput(other, NeedSide.OFFER, category, "Pens"))
        meeting = services.meetings.book(
            MeetingInput(
                dt.datetime(2026, 1, 10, 10), need_id=need.id, offer_id=offer.id, place="Bergen"
            )
        )
        return {"need": need.id, "offer": offer.id, "meeting": meeting.id, "mine": mine}
    finally:
        db.dispose()


def test_a_mentor_reads_the_needs_and_meetings_of_their_companies(
    team: Team, recorded: dict[str, int]
) -> None:
    with team.raw("alice") as alice, team.raw("vera") as vera, team.raw("dan") as dan:
        assert _rows(alice, "SELECT id FROM needs_offers") == [(recorded["need"],)]
        assert _rows(alice, "SELECT id FROM meetings") == [(recorded["meeting"],)]
        assert len(_rows(vera, "SELECT id FROM needs_offers")) == 2
        assert _rows(vera, "SELECT id FROM meetings") == [(recorded["meeting"],)]
        assert _rows(dan, "SELECT id FROM needs_offers") == []  # deactivated
        assert _rows(dan, "SELECT id FROM meetings") == []
    # The program sees what the server lets it: the same as on a file.
    alice_services = team.services("alice")
    try:
        assert [n.summary for n in alice_services.needs.list_needs()] == ["Test pen"]
        (meeting,) = alice_services.meetings.list_meetings()
        assert meeting.organisation_id == recorded["mine"]
        assert (meeting.need_summary, meeting.counterpart_name, meeting.offer_summary) == (
            "Test pen",
            "",
            "",
        )
        # Hidden by the server, it is not there for her at all.
        with pytest.raises(NotFoundError):
            alice_services.needs.get_need(recorded["offer"])
        with pytest.raises(PermissionDeniedError):
            alice_services.meetings.record_outcome(recorded["meeting"], MeetingOutcome.NO_FIT)
    finally:
        alice_services.db.dispose()


def test_only_a_coordinator_records_needs_and_meetings(
    team: Team, recorded: dict[str, int]
) -> None:
    with team.raw("alice") as alice:
        for statement in (
            "UPDATE needs_offers SET status = 'closed'",
            "UPDATE meetings SET note = 'sneaky'",
            f"INSERT INTO needs_offers (organisation_id, side, category, summary, sector_tags, "
            f"technology_tags, market_tags, status, created_at) VALUES ({recorded['mine']}, "
            "'need', 'capital', 'Money', '', '', '', 'open', now())",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alice.execute(statement)
    kari = team.services("kari")
    try:
        held = kari.meetings.record_outcome(recorded["meeting"], MeetingOutcome.FOLLOW_UP)
        assert held.outcome is MeetingOutcome.FOLLOW_UP
        assert kari.needs.mark_matched(recorded["need"]).summary == "Test pen"
    finally:
        kari.db.dispose()
