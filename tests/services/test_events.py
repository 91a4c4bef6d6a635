"""Events and their registrations through the services, on SQLite and on PostgreSQL: times
kept as the clock in Norway shows them, places and the waitlist, the door, attendance at a
cohort's sessions, and every refusal a whole sentence that changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import replace

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select

from accelerator.domain.enums import AuditAction, EventKind, RegistrationSource, RegistrationStatus
from accelerator.domain.events import OSLO, RegistrationChangeError, norwegian_time
from accelerator.errors import ConflictError, NotFoundError, ValidationError
from accelerator.models import AuditEntry
from accelerator.models.base import utcnow
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.events import EventInput, PersonInput, Wanted
from accelerator.services.written import recording
from tests.factories import Factory

REGISTERED = RegistrationStatus.REGISTERED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED
ATTENDED = RegistrationStatus.ATTENDED
NO_SHOW = RegistrationStatus.NO_SHOW


def oslo_today() -> dt.date:
    return norwegian_time(utcnow()).date()


def event_input(
    title: str = "Havdagen",
    *,
    days: int = 0,
    start: dt.time = dt.time(0, 0),
    end: dt.time = dt.time(23, 59),
    **fields: object,
) -> EventInput:
    """An event ``days`` after today in Norway (0: it runs all day today)."""
    day = oslo_today() + dt.timedelta(days=days)
    values: dict[str, object] = {"kind": EventKind.CONFERENCE}
    values.update(fields)
    return EventInput(
        title,
        start=dt.datetime.combine(day, start),
        end=dt.datetime.combine(day, end),
        **values,  # type: ignore[arg-type]
    )


def guest(name: str, email: str = "", organisation: str = "") -> PersonInput:
    return PersonInput(name, email or f"{name.split()[0].lower()}@example.no", organisation)


def statuses(services: Services, event_id: int) -> dict[str, RegistrationStatus]:
    return {r.name: r.status for r in services.events.registrations(event_id)}


# --- events ----------------------------------------------------------------------------


def test_an_event_keeps_its_norwegian_clock_across_the_summer_time_change(
    services: Services,
) -> None:
    # 29 March 2026 the clocks go forward: 09:00 is 07:00 UTC that day, 08:00 UTC the day before.
    before = services.events.create_event(
        EventInput(
            "Vinterseminar",
            EventKind.SEMINAR,
            dt.datetime(2026, 3, 28, 9, 0),
            dt.datetime(2026, 3, 28, 15, 0),
        )
    )
    after = services.events.create_event(
        EventInput(
            "Vårseminar",
            EventKind.SEMINAR,
            dt.datetime(2026, 3, 30, 9, 0),
            dt.datetime(2026, 3, 30, 15, 0),
        )
    )
    for record, utc_hour in ((before, 8), (after, 7)):
        again = services.events.get_event(record.id)
        assert again == record
        assert (again.starts_at.hour, again.starts_at.tzinfo) == (9, OSLO)
        assert again.starts_at.astimezone(dt.UTC).hour == utc_hour
    assert "09:00–15:00" in after.period


def test_a_time_the_clocks_skip_and_other_mistakes_are_refused_together(
    services: Services,
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.events.create_event(
            EventInput(
                "",
                EventKind.PROGRAMME_SESSION,
                dt.datetime(2026, 3, 29, 2, 30),
                dt.datetime(2026, 3, 29, 1, 0),
                capacity=0,
                host_ids=(999,),
            )
        )
    problems = caught.value.problems
    # The end is checked against a start that exists.
    assert set(problems) == {"title", "start", "capacity", "cohort", "hosts"}
    assert problems["start"].startswith("There is no 29 Mar 2026 02:30 in Norway")
    assert "choose which" in problems["cohort"]
    assert "Capacity: Give at least one place" in str(caught.value)
    assert services.events.list_events() == []


def test_events_are_listed_by_host_kind_period_and_cohort(
    services: Services, make: Factory
) -> None:
    ours = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True)).id
    partner = services.clusters.create_cluster(ClusterInput("Havbruksklyngen Midt")).id
    cohort = make.cohort()
    conference = services.events.create_event(
        event_input("Havkonferansen", days=-30, host_ids=(ours, partner))
    )
    session = services.events.create_event(
        event_input(
            "Kick-off",
            days=-2,
            kind=EventKind.PROGRAMME_SESSION,
            cohort_id=cohort.id,
            host_ids=(ours,),
        )  # fmt: skip
    )
    trip = services.events.create_event(
        event_input("Studietur", days=20, kind=EventKind.STUDY_TRIP, host_ids=(partner,))
    )
    titles = lambda events: [e.title for e in events]  # noqa: E731
    assert titles(services.events.list_events()) == ["Havkonferansen", "Kick-off", "Studietur"]
    # A co-hosted event counts for each of its hosts.
    assert titles(services.events.list_events(cluster_id=ours)) == ["Havkonferansen", "Kick-off"]
    assert titles(services.events.list_events(cluster_id=partner)) == [
        "Havkonferansen",
        "Studietur",
    ]
    assert titles(services.events.list_events(kind=EventKind.STUDY_TRIP)) == ["Studietur"]
    assert titles(services.events.list_events(cohort_id=cohort.id)) == ["Kick-off"]
    today = oslo_today()
    assert titles(services.events.list_events(start=today - dt.timedelta(days=2), end=today)) == [
        "Kick-off"
    ]
    assert titles(services.events.list_events(start=today + dt.timedelta(days=1))) == ["Studietur"]
    assert session.cohort_name == cohort.name
    assert [h.cluster_name for h in conference.hosts] == ["Havbruksklyngen Midt", "Vestkyst Ocean"]
    assert trip.host_ids == (partner,)


def test_an_event_is_found_by_its_title_and_by_its_day(services: Services) -> None:
    first = services.events.create_event(event_input("Havdagen", days=-40))
    second = services.events.create_event(event_input("Havdagen", days=-5))
    services.events.create_event(event_input("Fiskedagen", days=-5))
    assert [e.id for e in services.events.find_events("  HAVDAGEN ")] == [first.id, second.id]
    day = second.starts_at.date()
    for typed in (f"Havdagen {day.isoformat()}", f"havdagen {day.day}.{day.month}.{day.year}"):
        assert [e.id for e in services.events.find_events(typed)] == [second.id]
    assert services.events.find_events("Havdag") == []


def test_a_stale_event_form_is_refused(services: Services) -> None:
    made = services.events.create_event(event_input())
    services.events.update_event(
        made.id, replace(event_input(), place="Bergen"), expected_version=1
    )
    with pytest.raises(ConflictError) as caught:
        services.events.update_event(
            made.id, replace(event_input(), place="Oslo"), expected_version=1
        )
    assert caught.value.current.place == "Bergen"  # type: ignore[attr-defined]
    assert services.events.get_event(made.id).place == "Bergen"


def test_changing_only_the_hosts_is_a_new_version(services: Services) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean")).id
    made = services.events.create_event(event_input())
    saved = services.events.update_event(
        made.id, replace(event_input(), host_ids=(cluster,)), expected_version=made.row_version
    )
    assert saved.event.host_ids == (cluster,)
    assert saved.event.row_version > made.row_version
    with pytest.raises(ConflictError):
        services.events.update_event(made.id, event_input(), expected_version=made.row_version)


def test_a_larger_capacity_gives_the_waitlist_its_places_and_says_so(services: Services) -> None:
    made = services.events.create_event(event_input(capacity=1))
    for name in ("Kari Nordmann", "Per Hansen", "Ola Vik", "Åse Berg"):
        services.events.register(made.id, guest(name))
    saved = services.events.update_event(made.id, replace(event_input(), capacity=3))
    assert [r.name for r in saved.offered] == ["Per Hansen", "Ola Vik"]
    assert saved.summary == (
        "Places came free for 2 people on the waitlist: Per Hansen, Ola Vik. Let them know."
    )
    assert statuses(services, made.id) == {
        "Kari Nordmann": REGISTERED,
        "Per Hansen": REGISTERED,
        "Ola Vik": REGISTERED,
        "Åse Berg": WAITLISTED,
    }
    assert saved.event.counts.waitlisted == 1
    with pytest.raises(ValidationError, match="3 people already have a place"):
        services.events.update_event(made.id, replace(event_input(), capacity=2))


def test_an_event_with_registrations_is_not_removed(services: Services) -> None:
    empty = services.events.create_event(event_input("Avlyst"))
    services.events.delete_event(empty.id)
    with pytest.raises(NotFoundError):
        services.events.get_event(empty.id)
    kept = services.events.create_event(event_input())
    services.events.register(kept.id, guest("Kari Nordmann"))
    services.events.register(kept.id, guest("Per Hansen"))
    with pytest.raises(ValidationError, match="'Havdagen' has 2 registrations, so it cannot"):
        services.events.delete_event(kept.id)
    assert services.events.get_event(kept.id).counts.expected == 2


# --- registering ---------------------------------------------------------------------------


def test_the_full_event_puts_newcomers_on_the_waitlist_in_order(services: Services) -> None:
    made = services.events.create_event(event_input(capacity=2))
    results = [
        services.events.register(made.id, guest(name))
        for name in ("Kari Nordmann", "Per Hansen", "Ola Vik", "Åse Berg")
    ]
    assert [r.registration.status for r in results] == [
        REGISTERED,
        REGISTERED,
        WAITLISTED,
        WAITLISTED,
    ]
    assert [r.waitlist_position for r in results] == [None, None, 1, 2]
    assert results[3].summary == (
        "Åse Berg is on the waitlist for Havdagen, number 2 in line: every place is taken or "
        "others were waiting."
    )
    assert results[3].counts.waitlisted == 2
    assert results[0].registration.source is RegistrationSource.MANUAL


def test_a_cancellation_offers_the_first_in_line_a_place_and_says_so(services: Services) -> None:
    made = services.events.create_event(event_input(capacity=1))
    kari = services.events.register(made.id, guest("Kari Nordmann")).registration
    services.events.register(made.id, guest("Per Hansen"))
    services.events.register(made.id, guest("Ola Vik"))
    result = services.events.change_status(kari.id, CANCELLED)
    assert [r.name for r in result.offered] == ["Per Hansen"]
    assert {r.name: r.status for r in result.changed} == {
        "Kari Nordmann": CANCELLED,
        "Per Hansen": REGISTERED,
    }
    assert result.summary == (
        "Kari Nordmann has cancelled. A place came free for 1 person on the waitlist: "
        "Per Hansen. Let them know."
    )
    assert (result.counts.expected, result.counts.waitlisted) == (1, 1)
    # Kari registers again: the back of the line.
    again = services.events.register(made.id, guest("Kari Nordmann"))
    assert (again.registration.id, again.registration.status) == (kari.id, WAITLISTED)
    assert again.waitlist_position == 2


def test_the_same_person_is_not_registered_twice(services: Services) -> None:
    company = services.companies.create_company(CompanyInput("Havbris AS"))
    kari = services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", email="kari@havbris.no")
    )
    made = services.events.create_event(event_input())
    first = services.events.register(made.id, PersonInput(contact_id=kari.id)).registration
    assert (first.name, first.email, first.organisation) == (
        "Kari Nordmann",
        "kari@havbris.no",
        "Havbris AS",
    )
    for again in (
        PersonInput(contact_id=kari.id),
        PersonInput("K. Nordmann", "KARI@Havbris.no"),  # her address, any case
    ):
        with pytest.raises(ValidationError, match="already on the list for Havdagen: registered"):
            services.events.register(made.id, again)
    # Without an address, the name at the same organisation is the same person.
    services.events.register(made.id, PersonInput("Per Hansen", organisation="Fjord AS"))
    with pytest.raises(ValidationError, match="Per Hansen is already on the list"):
        services.events.register(made.id, PersonInput(" per  HANSEN", organisation="fjord as"))
    services.events.register(made.id, PersonInput("Per Hansen", organisation="Kyst AS"))
    assert len(services.events.registrations(made.id)) == 3


def test_a_guest_needs_a_name_and_an_address_that_looks_like_one(services: Services) -> None:
    made = services.events.create_event(event_input())
    with pytest.raises(ValidationError) as caught:
        services.events.register(made.id, PersonInput("", "not-an-address"))
    assert set(caught.value.problems) == {"name", "email"}
    with pytest.raises(NotFoundError):
        services.events.register(made.id, PersonInput(contact_id=999))
    assert services.events.registrations(made.id) == []


def test_a_contact_shows_as_they_are_now_and_stays_a_guest_once_removed(
    services: Services,
) -> None:
    company = services.companies.create_company(CompanyInput("Havbris AS"))
    kari = services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", email="kari@havbris.no")
    )
    made = services.events.create_event(event_input())
    services.events.register(made.id, PersonInput(contact_id=kari.id))
    services.companies.update_contact(
        kari.id, ContactInput("Kari Nordmann Vik", email="kari@havbris.no")
    )
    (shown,) = services.events.registrations(made.id)
    assert (shown.name, shown.contact_id) == ("Kari Nordmann Vik", kari.id)
    services.companies.remove_contact(kari.id)
    (kept,) = services.events.registrations(made.id)
    assert (kept.name, kept.email, kept.organisation, kept.contact_id) == (
        "Kari Nordmann Vik",
        "kari@havbris.no",
        "Havbris AS",
        None,
    )
    assert [e.title for e in services.events.events_of(company.id)] == ["Havdagen"]


def test_a_moment_in_the_future_is_refused(services: Services) -> None:
    made = services.events.create_event(event_input(days=5))
    later = utcnow() + dt.timedelta(hours=3)
    with pytest.raises(ValidationError, match="is still to come"):
        services.events.register(made.id, guest("Kari Nordmann"), at=later)
    earlier = utcnow() - dt.timedelta(days=3)
    result = services.events.register(made.id, guest("Kari Nordmann"), at=earlier)
    assert result.registration.registered_at == earlier


# --- status changes ------------------------------------------------------------------------


def test_a_batch_is_all_or_nothing_and_names_every_problem(services: Services) -> None:
    made = services.events.create_event(event_input())
    kari = services.events.register(made.id, guest("Kari Nordmann")).registration
    per = services.events.register(made.id, guest("Per Hansen")).registration
    ola = services.events.register(made.id, guest("Ola Vik")).registration
    services.events.change_status(per.id, CANCELLED)
    with pytest.raises(RegistrationChangeError) as caught:
        services.events.change_statuses(
            made.id,
            [
                Wanted(kari.id, ATTENDED),
                Wanted(per.id, NO_SHOW),
                Wanted(ola.id, WAITLISTED),
            ],
        )
    message = str(caught.value)
    assert "Per Hansen had no place at the event, so cannot be a no-show." in message
    assert "Ola Vik cannot be put on the waitlist" in message
    assert statuses(services, made.id) == {
        "Kari Nordmann": REGISTERED,
        "Per Hansen": CANCELLED,
        "Ola Vik": REGISTERED,
    }


def test_the_door_opens_on_the_day_and_no_shows_wait_for_the_start(services: Services) -> None:
    coming = services.events.create_event(event_input("Studietur", days=3))
    kari = services.events.register(coming.id, guest("Kari Nordmann")).registration
    with pytest.raises(RegistrationChangeError, match="before the day of Studietur"):
        services.events.check_in(kari.id)
    with pytest.raises(RegistrationChangeError, match="no-show before Studietur has started"):
        services.events.change_status(kari.id, NO_SHOW)
    with pytest.raises(ValidationError, match="has not started yet"):
        services.events.mark_no_shows(coming.id)
    with pytest.raises(ValidationError, match="before the day of Studietur"):
        services.events.walk_in(coming.id, PersonInput("Per Hansen"))
    assert statuses(services, coming.id) == {"Kari Nordmann": REGISTERED}


def test_checking_in_undoing_it_and_walk_ins(services: Services) -> None:
    made = services.events.create_event(event_input(capacity=1))
    kari = services.events.register(made.id, guest("Kari Nordmann")).registration
    waiting = services.events.register(made.id, guest("Per Hansen")).registration
    checked = services.events.check_in(kari.id, expected_version=kari.row_version)
    assert checked.summary == "Kari Nordmann is checked in."
    (stored,) = checked.changed
    assert stored.checked_in_at is not None and stored.status is ATTENDED
    # The door lets in someone waiting, over the capacity.
    services.events.check_in(waiting.id)
    walked = services.events.walk_in(made.id, PersonInput("Ola Vik", organisation="Fjord AS"))
    assert walked.summary == "Ola Vik walked in and is checked in."
    assert (walked.registration.walk_in, walked.registration.source) == (
        True,
        RegistrationSource.DOOR,
    )
    counts = walked.counts
    assert (counts.expected, counts.arrived, counts.walk_ins, counts.over_capacity) == (0, 3, 1, 2)
    # Undone: a registered person is registered again, a walk-in cancelled.
    undone = services.events.undo_check_in(kari.id)
    assert undone.summary == "Kari Nordmann's check-in is undone; they are registered."
    assert undone.changed[0].checked_in_at is None
    services.events.undo_check_in(walked.registration.id)
    with pytest.raises(RegistrationChangeError, match="no check-in to undo"):
        services.events.undo_check_in(kari.id)
    assert statuses(services, made.id) == {
        "Kari Nordmann": REGISTERED,
        "Ola Vik": CANCELLED,
        "Per Hansen": ATTENDED,
    }


def test_a_walk_in_who_is_on_the_list_is_checked_in_from_it(services: Services) -> None:
    made = services.events.create_event(event_input())
    kari = services.events.register(made.id, guest("Kari Nordmann", "kari@havbris.no"))
    walked = services.events.walk_in(made.id, PersonInput("Kari N.", "Kari@Havbris.no"))
    assert walked.registration.id == kari.registration.id
    assert walked.registration.walk_in is False
    assert walked.summary == "Kari Nordmann was on the list already, and is checked in now."
    with pytest.raises(RegistrationChangeError, match="already checked in"):
        services.events.walk_in(made.id, PersonInput("Kari", "kari@havbris.no"))


def test_once_it_has_started_the_rest_are_no_shows(services: Services) -> None:
    made = services.events.create_event(event_input())
    kari = services.events.register(made.id, guest("Kari Nordmann")).registration
    services.events.register(made.id, guest("Per Hansen"))
    services.events.register(made.id, guest("Ola Vik"))
    services.events.check_in(kari.id)
    result = services.events.mark_no_shows(made.id)
    assert {r.name for r in result.changed} == {"Per Hansen", "Ola Vik"}
    assert result.summary == "2 people who were registered did not come."
    assert result.counts.no_shows == 2 and result.counts.arrived == 1


def test_a_stale_registration_is_refused(services: Services) -> None:
    made = services.events.create_event(event_input())
    kari = services.events.register(made.id, guest("Kari Nordmann")).registration
    services.events.check_in(kari.id, expected_version=kari.row_version)
    with pytest.raises(ConflictError):
        services.events.change_status(kari.id, CANCELLED, expected_version=kari.row_version)
    assert statuses(services, made.id) == {"Kari Nordmann": ATTENDED}


def test_two_desktops_registering_for_the_last_place_cannot_both_get_it(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first holds the event's row while it counts the places; the second waits, then
    counts the first's registration too."""
    from accelerator.db.open import open_database
    from accelerator.services import events as events_module

    made = services.events.create_event(event_input(capacity=1))
    other = Services(open_database(services.db.target))
    first_counted = threading.Event()
    second_done = threading.Event()
    reads = events_module.read_registrations

    def slow_read(*args: object, **kwargs: object) -> object:
        found = reads(*args, **kwargs)  # type: ignore[arg-type]
        if threading.current_thread().name == "first" and not first_counted.is_set():
            first_counted.set()
            # Without the lock, the second would register now and be done at once.
            second_done.wait(timeout=1.5)
        return found

    monkeypatch.setattr(events_module, "read_registrations", slow_read)
    results: dict[str, RegistrationStatus] = {}

    def first() -> None:
        results["first"] = services.events.register(
            made.id, guest("Kari Nordmann")
        ).registration.status

    def second() -> None:
        first_counted.wait(timeout=5)
        results["second"] = other.events.register(made.id, guest("Per Hansen")).registration.status
        second_done.set()

    threads = [threading.Thread(target=first, name="first"), threading.Thread(target=second)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        other.db.dispose()
    assert results == {"first": REGISTERED, "second": WAITLISTED}


# --- the door ------------------------------------------------------------------------------


def test_the_door_list_is_one_query_and_finds_people_by_a_few_letters(
    services: Services, make: Factory
) -> None:
    company = services.companies.create_company(CompanyInput("Havbris AS"))
    kari = services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", email="kari@havbris.no")
    )
    made = services.events.create_event(event_input())
    services.events.register(made.id, PersonInput(contact_id=kari.id))
    for n in range(30):
        services.events.register(made.id, guest(f"Gjest{n} Hansen", f"g{n}@fjord.no", "Fjord AS"))
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "registrations" in statement:
            statements.append(statement)

    sa_event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        listed = services.events.checkin_list(made.id)
    finally:
        sa_event.remove(services.db.engine, "before_cursor_execute", count)
    # One for the list; one for the event's counts.
    assert len(statements) == 2
    assert len(listed.registrations) == 31
    assert listed.event.counts.expected == 31
    found = listed.index().search("kar havb")
    assert [e.name for e in found] == ["Kari Nordmann"]
    assert listed.get(found[0].key) is not None
    assert services.events.door_counts(made.id).expected == 31


# --- attendance ----------------------------------------------------------------------------


def test_attendance_per_company_at_a_cohorts_sessions(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    havbris = make.enrolment(cohort.id, company_id=make.company(name="Havbris AS").id)
    fjord = make.enrolment(cohort.id, company_id=make.company(name="Fjord AS").id)
    people = {}
    for enrolment, name in ((havbris, "Kari"), (havbris, "Per"), (fjord, "Ola")):
        contact = services.companies.add_contact(enrolment.company_id, ContactInput(name))
        people[name] = contact.id
    session = lambda title, days: services.events.create_event(  # noqa: E731
        event_input(title, days=days, kind=EventKind.PROGRAMME_SESSION, cohort_id=cohort.id)
    )
    first, second = session("Kick-off", -20), session("Workshop", 0)
    later = session("Pitch", 14)
    other = services.events.create_event(event_input("Konferanse", days=-20))  # not a session
    for made in (first, second, other):
        for name in people:
            services.events.register(made.id, PersonInput(contact_id=people[name]))
    registrations = {(r.event_id, r.name): r.id for e in (first, second, other)
                     for r in services.events.registrations(e.id)}  # fmt: skip
    services.events.change_statuses(
        first.id,
        [Wanted(registrations[first.id, n], ATTENDED) for n in ("Kari", "Per", "Ola")],
        at=first.starts_at + dt.timedelta(minutes=5),
    )
    services.events.check_in(registrations[second.id, "Kari"])
    services.events.mark_no_shows(second.id)
    services.events.check_in(registrations[other.id, "Ola"])

    attendance = services.events.session_attendance(cohort.id)
    assert [s.title for s in attendance.sessions] == ["Kick-off", "Workshop", "Pitch"]
    assert [s.held for s in attendance.sessions] == [True, True, False]
    assert attendance.held == 2
    assert [c.company_name for c in attendance.companies] == ["Fjord AS", "Havbris AS"]
    by_name = {c.company_name: c for c in attendance.companies}
    assert by_name["Havbris AS"].attended == (first.id, second.id)
    assert by_name["Havbris AS"].attendances == 3
    assert by_name["Havbris AS"].rate(attendance.held) == 1.0
    assert by_name["Fjord AS"].attended == (first.id,)
    assert by_name["Fjord AS"].missed == (second.id,)
    assert attendance.of_company(havbris.company_id) == by_name["Havbris AS"]
    assert later.id not in by_name["Havbris AS"].attended

    events = services.events.events_of(havbris.company_id)
    # The latest first; of two the same day, the one made last.
    assert [e.title for e in events] == ["Workshop", "Konferanse", "Kick-off"]
    workshop = events[0]
    assert workshop.people == (("Kari", ATTENDED), ("Per", NO_SHOW))
    assert workshop.attended == 1


# --- the audit trail and what a write reports ----------------------------------------------


def test_every_change_is_in_the_audit_trail_and_reported(services: Services) -> None:
    with recording() as tables:
        made = services.events.create_event(
            event_input(host_ids=(services.clusters.create_cluster(ClusterInput("Vest")).id,))
        )
        kari = services.events.register(made.id, guest("Kari Nordmann")).registration
        services.events.check_in(kari.id)
    assert {"events", "event_hosts", "registrations"} <= tables
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.table_name == "registrations")
            .order_by(AuditEntry.id)
        ).all()
    (created, created_changes), (changed, changes) = rows
    assert created is AuditAction.CREATE and json.loads(created_changes)["name"][1] == (
        "Kari Nordmann"
    )
    assert changed is AuditAction.UPDATE
    assert json.loads(changes)["status"] == ["registered", "attended"]
    entry = next(e for e in services.audit.entries() if e.table_name == "registrations")
    assert "Status: Registered → Attended" in entry.describe_changes()
    assert entry.summary_words() == "Registration 'Kari Nordmann'"
