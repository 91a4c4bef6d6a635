"""Events on a team server: every login reads the events and their hosts, a registration
goes with its organisation (a mentor reads the people of the companies of their cohorts,
a guest of no organisation on record only a coordinator or a viewer), and only a
coordinator registers people and checks them in, through the program or a SQL client."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from accelerator.db.open import open_database
from accelerator.domain.enums import EventKind, RegistrationStatus
from accelerator.domain.events import norwegian_time
from accelerator.errors import PermissionDeniedError
from accelerator.models.base import utcnow
from accelerator.services import Services
from accelerator.services.companies import ContactInput
from accelerator.services.events import EventInput, PersonInput
from tests.server.conftest import Team


def _rows(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


@pytest.fixture
def registered(team: Team) -> dict[str, int]:
    """An event today with a person from Alice's company, one from Bob's and a guest,
    registered as the owner (the program's set-up)."""
    db = open_database(team.server.url(dbname=team.database))
    try:
        services = Services(db)
        day = norwegian_time(utcnow()).date()
        event = services.events.create_event(
            EventInput(
                "Havdagen",
                EventKind.CONFERENCE,
                dt.datetime.combine(day, dt.time(0)),
                dt.datetime.combine(day, dt.time(23, 59)),
                capacity=10,
            )
        )
        ids = {"event": event.id}
        for who, enrolment in (("alice's", "e_mine"), ("bob's", "e_other")):
            company = services.enrolments.get_enrolment(team.ids[enrolment]).company_id
            contact = services.companies.add_contact(company, ContactInput(f"{who} person"))
            ids[who] = services.events.register(
                event.id, PersonInput(contact_id=contact.id)
            ).registration.id
        ids["guest"] = services.events.register(
            event.id, PersonInput("Gjest Hansen", "gjest@example.no", "Fjord AS")
        ).registration.id
        return ids
    finally:
        db.dispose()


def test_everyone_reads_the_events_and_a_mentor_the_people_of_their_companies(
    team: Team, registered: dict[str, int]
) -> None:
    with team.raw("alice") as alice, team.raw("vera") as vera, team.raw("dan") as dan:
        for conn in (alice, vera):
            assert _rows(conn, "SELECT title FROM events") == [("Havdagen",)]
        assert _rows(alice, "SELECT id FROM registrations") == [(registered["alice's"],)]
        assert len(_rows(vera, "SELECT id FROM registrations")) == 3
        assert _rows(dan, "SELECT id FROM events") == []  # deactivated
        assert _rows(dan, "SELECT id FROM registrations") == []
    # The program sees what the server lets it: the same as on a file.
    alice_services = team.services("alice")
    try:
        assert [r.name for r in alice_services.events.registrations(registered["event"])] == [
            "alice's person"
        ]
        assert alice_services.events.door_counts(registered["event"]).expected == 1
        with pytest.raises(PermissionDeniedError):
            alice_services.events.check_in(registered["alice's"])
    finally:
        alice_services.db.dispose()


def test_only_a_coordinator_registers_and_checks_in(team: Team, registered: dict[str, int]) -> None:
    alices = registered["alice's"]
    with team.raw("alice") as alice:
        for statement in (
            "UPDATE events SET capacity = 99",
            f"UPDATE registrations SET status = 'cancelled' WHERE id = {alices}",
            f"INSERT INTO registrations (event_id, name, email, organisation_name, status, "
            f"registered_at, walk_in, source, created_at) VALUES ({registered['event']}, "
            "'Snik', '', '', 'registered', now(), false, 'manual', now())",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alice.execute(statement)
    kari = team.services("kari")
    try:
        result = kari.events.check_in(registered["guest"])
        assert result.changed[0].status is RegistrationStatus.ATTENDED
        walked = kari.events.walk_in(registered["event"], PersonInput("Ola Vik"))
        assert walked.counts.arrived == 2
    finally:
        kari.db.dispose()
