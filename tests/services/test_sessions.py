"""Mentor sessions: logged by a company's mentor (or a coordinator for them), corrected
and removed by whoever may, refused with a reason when the input is wrong, summed into
hours per mentor, per company and this month; and a mentor's capacity with the warning a
coordinator sees before assigning one company too many."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import select

from accelerator.domain.enums import AuditAction, EnrolmentStatus, Role, SessionKind
from accelerator.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from accelerator.models import AuditEntry
from accelerator.services import Services
from accelerator.services.base import Actor
from accelerator.services.records import EnrolmentRecord, UserRecord
from accelerator.services.sessions import SessionInput, hours_text
from tests.factories import Factory
from tests.server.conftest import Team, team

__all__ = ["team"]  # the team server fixture, for the test at the end

TODAY = dt.date(2026, 3, 20)


def _trail(services: Services, record_id: int) -> list[tuple[AuditAction, str]]:
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.username)
            .where(AuditEntry.table_name == "mentor_sessions", AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        ).all()
    return [(AuditAction(action), username) for action, username in rows]


def _as(services: Services, user: UserRecord) -> Services:
    return services.acting_as(Actor(user.id, user.username, user.role))


def _session(enrolment: EnrolmentRecord, **overrides: object) -> SessionInput:
    values: dict[str, object] = {
        "enrolment_id": enrolment.id,
        "held_on": dt.date(2026, 3, 2),
        "minutes": 90,
        "kind": SessionKind.MEETING,
        "topic": "Pricing of the sensor service",
        "follow_ups": "Send two price models by Friday",
    }
    values.update(overrides)
    return SessionInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def mentored(services: Services, make: Factory) -> tuple[EnrolmentRecord, UserRecord]:
    enrolment = make.enrolment()
    mentor = make.user(display_name="Bjørn Havstad")
    services.enrolments.assign_mentor(enrolment.id, mentor.id, dt.date(2026, 1, 5))
    return enrolment, mentor


def test_a_mentor_logs_a_session_with_their_company(
    services: Services, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    saved = _as(services, mentor).sessions.log_session(_session(enrolment), today=TODAY)
    assert saved.mentor_id == mentor.id
    assert saved.mentor_name == "Bjørn Havstad"
    assert (saved.minutes, saved.kind, saved.held_on) == (
        90,
        SessionKind.MEETING,
        TODAY.replace(day=2),
    )
    listed = services.sessions.sessions_of(enrolment.id)
    assert [s.topic for s in listed] == ["Pricing of the sensor service"]
    assert listed[0].follow_ups == "Send two price models by Friday"
    assert _trail(services, saved.id) == [(AuditAction.CREATE, mentor.username)]


def test_a_coordinator_logs_for_the_only_mentor_or_names_one(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    saved = services.sessions.log_session(_session(enrolment), today=TODAY)
    assert saved.mentor_id == mentor.id
    second = make.user(display_name="Kari Nordmann")
    services.enrolments.assign_mentor(enrolment.id, second.id)
    with pytest.raises(ValidationError, match="Bjørn Havstad and Kari Nordmann"):
        services.sessions.log_session(_session(enrolment), today=TODAY)
    saved = services.sessions.log_session(_session(enrolment, mentor_id=second.id), today=TODAY)
    assert saved.mentor_name == "Kari Nordmann"
    stranger = make.user(display_name="Ola Utenfor")
    with pytest.raises(ValidationError, match="Ola Utenfor is not a mentor of"):
        services.sessions.log_session(_session(enrolment, mentor_id=stranger.id), today=TODAY)
    assert len(services.sessions.sessions_of(enrolment.id)) == 2


def test_another_mentor_and_a_viewer_may_not_log(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    other = make.user()
    viewer = make.user(role=Role.VIEWER)
    with pytest.raises(PermissionDeniedError, match="not a mentor of this company"):
        _as(services, other).sessions.log_session(_session(enrolment), today=TODAY)
    with pytest.raises(PermissionDeniedError, match="may not do this"):
        _as(services, viewer).sessions.log_session(_session(enrolment), today=TODAY)
    with pytest.raises(PermissionDeniedError, match="only their own"):
        _as(services, mentor).sessions.log_session(
            _session(enrolment, mentor_id=other.id), today=TODAY
        )
    assert services.sessions.sessions_of(enrolment.id) == []


def test_a_mentor_corrects_and_removes_only_their_own(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    colleague = make.user()
    services.enrolments.assign_mentor(enrolment.id, colleague.id)
    mine = _as(services, mentor).sessions.log_session(_session(enrolment), today=TODAY)
    theirs = _as(services, colleague).sessions.log_session(
        _session(enrolment, topic="Board work"), today=TODAY
    )
    as_mentor = _as(services, mentor).sessions
    with pytest.raises(PermissionDeniedError, match="only the mentor who logged"):
        as_mentor.correct_session(theirs.id, _session(enrolment, minutes=30), today=TODAY)
    with pytest.raises(PermissionDeniedError, match="only the mentor who logged"):
        as_mentor.remove_session(theirs.id)
    fixed = as_mentor.correct_session(
        mine.id,
        _session(enrolment, minutes=45, kind=SessionKind.CALL),
        expected_version=mine.row_version,
        today=TODAY,
    )
    assert (fixed.minutes, fixed.kind) == (45, SessionKind.CALL)
    # The form read before the correction is out of date now: nothing is saved over it.
    with pytest.raises(ConflictError):
        as_mentor.correct_session(
            mine.id, _session(enrolment, minutes=20), expected_version=mine.row_version, today=TODAY
        )
    as_mentor.remove_session(mine.id, expected_version=fixed.row_version)
    assert [s.topic for s in services.sessions.sessions_of(enrolment.id)] == ["Board work"]
    assert [a for a, _ in _trail(services, mine.id)] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"topic": "   "}, "topic", "say what the session was about"),
        ({"minutes": 0}, "minutes", "more than 0 minutes"),
        ({"minutes": 24 * 60 + 1}, "minutes", "more than 24 hours"),
        ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on", "in the future"),
        ({"held_on": dt.date(2026, 1, 4)}, "held_on", "before Company"),
        ({"topic": "x" * 301}, "topic", "at most 300"),
    ],
)
def test_bad_input_is_refused_with_a_reason_and_nothing_is_stored(
    services: Services,
    mentored: tuple[EnrolmentRecord, UserRecord],
    overrides: dict[str, object],
    field: str,
    words: str,
) -> None:
    enrolment, mentor = mentored
    with pytest.raises(ValidationError, match=words) as caught:
        _as(services, mentor).sessions.log_session(_session(enrolment, **overrides), today=TODAY)
    assert field in caught.value.problems
    assert services.sessions.sessions_of(enrolment.id) == []


def test_a_whole_day_and_today_are_fine(
    services: Services, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    saved = _as(services, mentor).sessions.log_session(
        _session(enrolment, minutes=24 * 60, held_on=TODAY, kind=SessionKind.WORKSHOP),
        today=TODAY,
    )
    assert saved.hours == 24


def test_hours_per_mentor_per_cohort_per_company_and_this_month(
    services: Services, make: Factory
) -> None:
    cohort = make.cohort(name="Spring 2026")
    first, second = make.enrolment(cohort.id), make.enrolment(cohort.id)
    other_cohort = make.cohort(name="Autumn 2025", start_date=dt.date(2025, 8, 1))
    elsewhere = make.enrolment(other_cohort.id)
    anna, per = make.user(display_name="Anna"), make.user(display_name="Per")
    for e in (first, second, elsewhere):
        services.enrolments.assign_mentor(e.id, anna.id)
    services.enrolments.assign_mentor(first.id, per.id)
    as_anna = _as(services, anna).sessions
    as_anna.log_session(_session(first, minutes=90, held_on=dt.date(2026, 3, 2)), today=TODAY)
    as_anna.log_session(_session(first, minutes=30, held_on=dt.date(2026, 2, 10)), today=TODAY)
    as_anna.log_session(_session(second, minutes=60, held_on=dt.date(2026, 3, 19)), today=TODAY)
    as_anna.log_session(_session(elsewhere, minutes=45, held_on=dt.date(2026, 3, 1)), today=TODAY)
    _as(services, per).sessions.log_session(_session(first, minutes=120), today=TODAY)

    by_mentor = {
        (h.cohort_name, h.mentor_name): (h.sessions, h.minutes)
        for h in services.sessions.hours_by_mentor()
    }
    assert by_mentor == {
        ("Autumn 2025", "Anna"): (1, 45),
        ("Spring 2026", "Anna"): (3, 180),
        ("Spring 2026", "Per"): (1, 120),
    }
    assert {h.mentor_name for h in services.sessions.hours_by_mentor(cohort.id)} == {"Anna", "Per"}
    by_company = {
        (h.company_name, h.mentor_name): h.minutes
        for h in services.sessions.hours_by_company(cohort.id)
    }
    assert by_company == {
        (first.company_name, "Anna"): 120,
        (first.company_name, "Per"): 120,
        (second.company_name, "Anna"): 60,
    }
    # This month: 2 March (90), 19 March (60) and 1 March in the other cohort (45).
    assert as_anna.minutes_this_month(today=TODAY) == 195
    assert hours_text(195) == "3.3 h"


def test_a_mentor_reads_hours_only_of_cohorts_they_mentor_in(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    services.sessions.log_session(_session(enrolment), today=TODAY)
    elsewhere = make.enrolment()
    other = make.user()
    services.enrolments.assign_mentor(elsewhere.id, other.id)
    services.sessions.log_session(_session(elsewhere), today=TODAY)
    seen = _as(services, mentor).sessions.hours_by_mentor()
    assert [h.cohort_id for h in seen] == [enrolment.cohort_id]
    with pytest.raises(PermissionDeniedError):
        _as(services, mentor).sessions.sessions_of(elsewhere.id)


def test_capacity_is_a_coordinators_to_set(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    _, mentor = mentored
    assert services.sessions.capacity(mentor.id).hours_per_month is None
    saved = services.sessions.set_capacity(mentor.id, 10, 2)
    assert (saved.hours_per_month, saved.companies_at_once) == (10, 2)
    with pytest.raises(PermissionDeniedError):
        _as(services, mentor).sessions.set_capacity(mentor.id, 40, 9)
    with pytest.raises(ValidationError, match="1 to 744"):
        services.sessions.set_capacity(mentor.id, 0, 2)
    assert saved.row_version is not None
    with pytest.raises(ConflictError):
        services.sessions.set_capacity(mentor.id, 12, 2, expected_version=saved.row_version + 1)
    again = services.sessions.set_capacity(mentor.id, None, 3, expected_version=saved.row_version)
    assert (again.hours_per_month, again.companies_at_once) == (None, 3)
    viewer = make.user(role=Role.VIEWER)
    with pytest.raises(ValidationError, match="only a mentor has a capacity"):
        services.sessions.set_capacity(viewer.id, 10, None)


def test_the_capacity_check_warns_beyond_companies_and_hours(
    services: Services, make: Factory, mentored: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = mentored
    cohort_id = enrolment.cohort_id
    second, third = make.enrolment(cohort_id), make.enrolment(cohort_id)
    services.enrolments.assign_mentor(second.id, mentor.id)
    # Open capacity is never exceeded.
    assert not services.sessions.capacity_check(mentor.id, third.id, today=TODAY).beyond
    services.sessions.set_capacity(mentor.id, 5, 2)
    check = services.sessions.capacity_check(mentor.id, third.id, today=TODAY)
    assert check.companies == 3
    assert check.message == "Bjørn Havstad would mentor 3 companies at once; their capacity is 2."
    # A withdrawn company no longer counts.
    services.enrolments.set_status(second.id, EnrolmentStatus.WITHDRAWN, reason="Closed")
    assert not services.sessions.capacity_check(mentor.id, third.id, today=TODAY).beyond
    # Hours: 15 h logged from December to February is 5 h a month, at the capacity of 5.
    # A session this month does not count yet.
    for day in (dt.date(2026, 1, 12), dt.date(2026, 2, 2), dt.date(2026, 2, 16)):
        services.sessions.log_session(_session(enrolment, minutes=300, held_on=day), today=TODAY)
    check = services.sessions.capacity_check(mentor.id, third.id, today=TODAY)
    assert check.mean_hours == 5
    assert check.warnings == (
        "Bjørn Havstad logged 5 h a month on average over the last three months; their "
        "capacity is 5 h a month.",
    )
    assert not services.sessions.capacity_check(
        mentor.id, third.id, today=dt.date(2026, 6, 1)
    ).beyond


# --- on a team server, where the server itself enforces who writes what ------------------


def test_on_a_team_server_a_mentor_logs_and_corrects_only_their_own(team: Team) -> None:
    alice, bob = team.services("alice"), team.services("bob")
    kari, vera = team.services("kari"), team.services("vera")
    try:
        e_mine, e_other = team.ids["e_mine"], team.ids["e_other"]
        day = dt.date.today()
        mine = alice.sessions.log_session(_on(e_mine, day, "Pricing"))
        assert mine.mentor_id == team.ids["alice"]
        # Another mentor's company is not even there for her on the server.
        with pytest.raises((PermissionDeniedError, NotFoundError)):
            alice.sessions.log_session(_on(e_other, day, "Not my company"))
        logged = kari.sessions.log_session(_on(e_mine, day, "Board work", team.ids["alice"]))
        # Bob mentors in another cohort: he sees neither the sessions nor their hours.
        with pytest.raises((PermissionDeniedError, NotFoundError)):
            bob.sessions.sessions_of(e_mine)
        assert bob.sessions.hours_by_mentor() == []
        assert [s.topic for s in vera.sessions.sessions_of(e_mine)] == ["Board work", "Pricing"]
        fixed = alice.sessions.correct_session(
            mine.id, _on(e_mine, day, "Pricing", minutes=45), expected_version=mine.row_version
        )
        assert fixed.minutes == 45
        alice.sessions.remove_session(logged.id, expected_version=logged.row_version)
        kari.sessions.set_capacity(team.ids["alice"], 4, 1)
        assert alice.sessions.capacity(team.ids["alice"]).companies_at_once == 1
        check = kari.sessions.capacity_check(team.ids["alice"], e_other)
        assert "would mentor 2 companies at once" in check.message
        assert [s.topic for s in kari.sessions.sessions_of(e_mine)] == ["Pricing"]
        # Any SQL client with her login: no session in someone else's name.
        with team.raw("alice") as raw, pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute(
                "INSERT INTO mentor_sessions (enrolment_id, mentor_id, held_on, minutes, kind, "
                f"topic, follow_ups, created_at, row_version) VALUES ({e_mine}, "
                f"{team.ids['kari']}, '2026-03-02', 60, 'meeting', 'Forged', '', now(), 1)"
            )
    finally:
        for services in (alice, bob, kari, vera):
            services.db.dispose()


def _on(
    enrolment_id: int, day: dt.date, topic: str, mentor_id: int | None = None, minutes: int = 60
) -> SessionInput:
    return SessionInput(enrolment_id, day, minutes, SessionKind.MEETING, topic, "", mentor_id)
