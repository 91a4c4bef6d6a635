"""Events' rules: their times in Norwegian time across both clock changes, who gets a place
and who waits, what may follow what (with the sentence a coordinator reads when it may
not), and what the door counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accelerator.domain import events
from accelerator.domain.enums import EventKind, RegistrationStatus, in_words
from accelerator.domain.events import (
    OSLO,
    DoorCounts,
    Plan,
    RegistrationChangeError,
    RegistrationState,
    Wanted,
    admit,
    capacity_problems,
    change_status,
    check_event,
    door_counts,
    event_period,
    mark_no_shows,
    norwegian_time,
    offer_places,
    on_the_clock,
    places_left,
    places_taken,
    plan_changes,
    time_problems,
    utc,
    waitlist,
)
from accelerator.errors import ValidationError

REGISTERED = RegistrationStatus.REGISTERED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED
ATTENDED = RegistrationStatus.ATTENDED
NO_SHOW = RegistrationStatus.NO_SHOW

SPRING = dt.date(2026, 3, 29)  # the clocks go forward, 02:00 -> 03:00
AUTUMN = dt.date(2026, 10, 25)  # the clocks go back, 03:00 -> 02:00
NOON = dt.time(12, 0)
T0 = dt.datetime(2026, 1, 10, 12, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def person(
    id: int,
    status: RegistrationStatus,
    minute: int | None = None,
    *,
    walk_in: bool = False,
    waitlisted_minute: int | None = None,
) -> RegistrationState:
    return RegistrationState(
        id,
        status,
        at(id if minute is None else minute),
        name=f"Person {id}",
        walk_in=walk_in,
        waitlisted_at=None if waitlisted_minute is None else at(waitlisted_minute),
    )


def apply(states: Iterable[RegistrationState], plan: Plan) -> dict[int, RegistrationState]:
    """What the events service does with a plan: each move, in order."""
    stored = {s.id: s for s in states}
    for change in plan.changes:
        before = stored[change.registration_id]
        assert before.status is change.before
        stored[change.registration_id] = RegistrationState(
            before.id,
            change.after,
            before.registered_at,
            before.name,
            before.walk_in,
            change.waitlisted_at or before.waitlisted_at,
        )
    return stored


# --- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [EventKind, RegistrationStatus])
def test_every_kind_and_status_has_words_of_its_own(kind: type[EventKind]) -> None:
    words = [in_words(member) for member in kind]
    assert all(w and w != m.value for w, m in zip(words, kind, strict=True))
    assert len(set(words)) == len(words)
    assert in_words(EventKind.MATCHMAKING_DAY) == "Matchmaking day"
    assert in_words(RegistrationStatus.NO_SHOW) == "No-show"


# --- times ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "offset_hours", "utc_hour"),
    [
        pytest.param(dt.date(2026, 3, 28), 1, 11, id="winter-time-the-day-before-spring"),
        pytest.param(SPRING, 2, 10, id="summer-time-from-29-march"),
        pytest.param(dt.date(2026, 10, 24), 2, 10, id="summer-time-the-day-before-autumn"),
        pytest.param(AUTUMN, 1, 11, id="winter-time-from-25-october"),
    ],
)
def test_noon_in_norway_is_stored_as_the_utc_of_that_day_and_shown_as_noon_again(
    day: dt.date, offset_hours: int, utc_hour: int
) -> None:
    moment = on_the_clock(day, NOON)
    assert moment.utcoffset() == dt.timedelta(hours=offset_hours)
    stored = utc(moment)
    assert stored == dt.datetime.combine(day, dt.time(utc_hour), tzinfo=dt.UTC)
    shown = norwegian_time(stored)
    assert (shown.date(), shown.time()) == (day, NOON)
    assert shown.tzinfo is OSLO


def test_a_time_the_spring_clocks_skip_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError) as refused:
        on_the_clock(SPRING, dt.time(2, 30))
    assert str(refused.value) == (
        "There is no 29 Mar 2026 02:30 in Norway: the clocks go forward an hour that night, "
        "from 02:00 to 03:00."
    )
    # Either side of the hour is on the clock.
    assert on_the_clock(SPRING, dt.time(1, 59)).utcoffset() == dt.timedelta(hours=1)
    assert on_the_clock(SPRING, dt.time(3, 0)).utcoffset() == dt.timedelta(hours=2)


def test_a_time_the_autumn_clocks_show_twice_is_the_first_in_summer_time() -> None:
    first = on_the_clock(AUTUMN, dt.time(2, 30))
    assert utc(first) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)
    # The second 02:30 is an hour later, and shown as 02:30 all the same.
    second = norwegian_time(utc(first) + dt.timedelta(hours=1))
    assert second.time() == dt.time(2, 30) and second.utcoffset() == dt.timedelta(hours=1)


def test_an_event_over_a_night_the_clocks_change_lasts_what_the_hours_that_pass_say() -> None:
    spring = check_event(dt.datetime(2026, 3, 28, 22), dt.datetime(2026, 3, 29, 4))
    assert spring.length == dt.timedelta(hours=5)
    autumn = check_event(dt.datetime(2026, 10, 24, 22), dt.datetime(2026, 10, 25, 4))
    assert autumn.length == dt.timedelta(hours=7)
    assert (autumn.start_utc, autumn.end_utc) == (
        dt.datetime(2026, 10, 24, 20, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 3, tzinfo=dt.UTC),
    )


def test_a_time_given_in_another_zone_keeps_its_moment_and_is_shown_in_norway() -> None:
    times = check_event(
        dt.datetime(2026, 6, 1, 7, tzinfo=dt.UTC), dt.datetime(2026, 6, 1, 13, tzinfo=dt.UTC)
    )
    assert times.start.tzinfo is OSLO
    assert (times.start.hour, times.end.hour) == (9, 15)
    assert str(times) == "1 Jun 2026 09:00–15:00"


def test_when_an_event_is_reads_in_norwegian_time_in_one_line() -> None:
    one_day = on_the_clock(SPRING, dt.time(9)), on_the_clock(SPRING, dt.time(15, 30))
    assert event_period(*one_day) == "29 Mar 2026 09:00–15:30"
    two_days = (
        on_the_clock(dt.date(2026, 6, 4), dt.time(9)),
        on_the_clock(dt.date(2026, 6, 5), dt.time(16)),
    )
    assert event_period(*two_days) == "4 Jun 2026 09:00 – 5 Jun 2026 16:00"
    # Stored as UTC, shown as the clock in Norway showed it.
    assert event_period(utc(one_day[0]), utc(one_day[1])) == "29 Mar 2026 09:00–15:30"


def test_an_event_must_end_after_it_starts() -> None:
    start = dt.datetime(2026, 5, 4, 10)
    assert time_problems(start, start) == {"end": "The event must end after it starts."}
    with pytest.raises(ValidationError) as refused:
        check_event(start, start - dt.timedelta(minutes=1))
    assert str(refused.value) == "End: The event must end after it starts."
    assert time_problems(start, start + dt.timedelta(minutes=1)) == {}


def test_every_problem_of_an_event_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as refused:
        check_event(dt.datetime(2026, 3, 29, 2, 15), dt.datetime(2026, 3, 29, 2, 45), capacity=0)
    assert set(refused.value.problems) == {"start", "end", "capacity"}
    assert str(refused.value).startswith("Start: There is no 29 Mar 2026 02:15 in Norway")
    assert "Capacity: Give at least one place, or leave the capacity empty for no limit." in str(
        refused.value
    )


def test_the_first_and_last_days_of_the_calendar_are_times_like_any_other() -> None:
    times = check_event(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59))
    assert (times.start.year, times.end.year) == (1, 9999)
    assert time_problems(dt.datetime(9999, 12, 31, 23), dt.datetime(1, 1, 1)) == {
        "end": "The event must end after it starts."
    }


def test_a_moment_without_a_zone_is_a_mistake_of_the_program_not_of_the_person() -> None:
    with pytest.raises(ValueError):
        utc(dt.datetime(2026, 1, 1, 12))
    with pytest.raises(ValueError):
        norwegian_time(dt.datetime(2026, 1, 1, 12))


@given(st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31, 23, 59)))
def test_any_time_on_the_clock_comes_back_as_it_was_typed(wall: dt.datetime) -> None:
    wall = wall.replace(second=0, microsecond=0)
    try:
        moment = on_the_clock(wall.date(), wall.time())
    except ValidationError:
        # Only the skipped hour is refused.
        assert (wall.date(), wall.hour) == (SPRING, 2)
        return
    shown = norwegian_time(utc(moment))
    assert shown.replace(tzinfo=None) == wall


# --- capacity ---------------------------------------------------------------------------------


def test_registrations_take_the_free_places_then_wait() -> None:
    assert admit(3, [], 5) == (REGISTERED,) * 3 + (WAITLISTED,) * 2
    assert admit(None, [], 3) == (REGISTERED,) * 3
    full = [person(1, REGISTERED), person(2, ATTENDED)]
    assert admit(2, full) == (WAITLISTED,)
    # A place that someone is already waiting for is theirs, not a newcomer's.
    waiting = [person(1, REGISTERED), person(2, WAITLISTED)]
    assert admit(5, waiting) == (WAITLISTED,)
    # Cancelled and no-shows hold no place.
    gone = [person(1, CANCELLED), person(2, NO_SHOW)]
    assert admit(1, gone) == (REGISTERED,)


def test_places_count_registered_and_checked_in_walk_ins_too() -> None:
    states = [
        person(1, REGISTERED),
        person(2, ATTENDED),
        person(3, ATTENDED, walk_in=True),
        person(4, WAITLISTED),
        person(5, CANCELLED),
        person(6, NO_SHOW),
    ]
    assert places_taken(states) == 3
    assert places_left(5, states) == 2
    assert places_left(2, states) == 0  # the door took it over: never below none
    assert places_left(None, states) is None


def test_the_waitlist_is_in_the_order_people_joined_it() -> None:
    states = [
        person(1, WAITLISTED, 10),
        person(2, WAITLISTED, 5, waitlisted_minute=30),  # registered again: back of the line
        person(3, WAITLISTED, 20),
        person(4, REGISTERED, 1),
    ]
    assert [s.id for s in waitlist(states)] == [1, 3, 2]


def test_a_cancellation_offers_the_first_waiting_person_the_place() -> None:
    states = [
        person(1, REGISTERED),
        person(2, REGISTERED),
        person(3, WAITLISTED, 50),
        person(4, WAITLISTED, 40),
    ]
    plan = change_status(2, states, 1, CANCELLED, at(60))
    assert [(c.registration_id, c.before, c.after) for c in plan.changes] == [
        (1, REGISTERED, CANCELLED),
        (4, WAITLISTED, REGISTERED),
    ]
    assert plan.offered == (4,)
    assert plan.status_of(3) is None
    after = apply(states, plan)
    assert places_taken(after.values()) == 2
    assert [s.id for s in waitlist(after.values())] == [3]


def test_a_place_freed_while_the_door_is_over_capacity_goes_to_nobody() -> None:
    states = [
        person(1, REGISTERED),
        person(2, ATTENDED),
        person(3, ATTENDED, walk_in=True),
        person(4, WAITLISTED),
    ]
    plan = change_status(2, states, 1, CANCELLED, at(60))
    assert plan.offered == ()
    assert [c.after for c in plan.changes] == [CANCELLED]


def test_leaving_the_waitlist_or_being_a_no_show_offers_no_place() -> None:
    states = [person(1, REGISTERED), person(2, WAITLISTED), person(3, WAITLISTED)]
    assert change_status(1, states, 2, CANCELLED, at(60)).offered == ()
    assert change_status(1, states, 1, NO_SHOW, at(60)).offered == ()


def test_registering_again_after_cancelling_goes_to_the_back_of_a_full_events_line() -> None:
    states = [person(1, REGISTERED), person(2, CANCELLED), person(3, WAITLISTED, 30)]
    plan = change_status(1, states, 2, REGISTERED, at(90))
    (change,) = plan.changes
    assert (change.after, change.waitlisted_at) == (WAITLISTED, at(90))
    after = apply(states, plan)
    assert [s.id for s in waitlist(after.values())] == [3, 2]
    # With a place free and nobody waiting, it is a place again.
    assert change_status(2, states[:2], 2, REGISTERED, at(90)).status_of(2) is REGISTERED


def test_a_waiting_person_is_given_a_place_only_while_one_is_free() -> None:
    states = [person(1, REGISTERED), person(2, WAITLISTED)]
    with pytest.raises(RegistrationChangeError) as refused:
        change_status(1, states, 2, REGISTERED, at(60))
    assert str(refused.value) == (
        "The event is full (1 of 1 places taken), so Person 2 stays on the waitlist until "
        "someone cancels or the capacity is raised."
    )
    assert change_status(2, states, 2, REGISTERED, at(60)).status_of(2) is REGISTERED


def test_the_door_lets_anyone_in_over_the_capacity() -> None:
    states = [person(1, REGISTERED), person(2, WAITLISTED), person(3, CANCELLED)]
    plan = plan_changes(1, states, [Wanted(2, ATTENDED), Wanted(3, ATTENDED)], at(60))
    after = apply(states, plan)
    assert places_taken(after.values()) == 3
    assert door_counts(after.values(), 1).over_capacity == 2


@pytest.mark.parametrize(
    ("state", "to", "sentence"),
    [
        (person(1, REGISTERED), REGISTERED, "Person 1 is already registered."),
        (person(1, WAITLISTED), WAITLISTED, "Person 1 is already on the waitlist."),
        (person(1, CANCELLED), CANCELLED, "Person 1 has already cancelled."),
        (person(1, ATTENDED), ATTENDED, "Person 1 is already checked in."),
        (person(1, NO_SHOW), NO_SHOW, "Person 1 is already marked as a no-show."),
        (
            person(1, REGISTERED),
            WAITLISTED,
            "Person 1 cannot be put on the waitlist: a person goes there by registering when "
            "the event is full.",
        ),
        (
            person(1, ATTENDED),
            NO_SHOW,
            "Person 1 is checked in; undo the check-in before marking a no-show.",
        ),
        (
            person(1, WAITLISTED),
            NO_SHOW,
            "Person 1 had no place at the event, so cannot be a no-show.",
        ),
        (
            person(1, ATTENDED),
            CANCELLED,
            "Person 1 is checked in and cannot cancel; undo the check-in first.",
        ),
        (
            person(1, ATTENDED, walk_in=True),
            REGISTERED,
            "Person 1 came as a walk-in without registering; cancel the walk-in instead.",
        ),
    ],
)
def test_a_refused_change_says_why_in_a_whole_sentence(
    state: RegistrationState, to: RegistrationStatus, sentence: str
) -> None:
    with pytest.raises(RegistrationChangeError) as refused:
        change_status(None, [state], state.id, to, at(60))
    assert str(refused.value) == sentence
    assert refused.value.problems == {"registration:1": sentence}


def test_every_allowed_change_is_planned_and_every_other_refused() -> None:
    for before in RegistrationStatus:
        for to in RegistrationStatus:
            for walk_in in (False, True):
                state = person(1, before, walk_in=walk_in)
                if before is ATTENDED and to is CANCELLED:
                    allowed = walk_in  # a walk-in added by mistake
                elif before is ATTENDED and to is REGISTERED:
                    allowed = not walk_in  # a check-in undone
                else:
                    allowed = to in events.ALLOWED[before]
                try:
                    plan = change_status(None, [state], 1, to, at(60))
                except RegistrationChangeError:
                    assert not allowed, (before, to, walk_in)
                else:
                    assert allowed, (before, to, walk_in)
                    assert plan.status_of(1) is to


def test_an_undone_check_in_and_a_cancelled_walk_in() -> None:
    states = [person(1, ATTENDED), person(2, ATTENDED, walk_in=True)]
    assert change_status(None, states, 1, REGISTERED, at(60)).status_of(1) is REGISTERED
    assert change_status(None, states, 2, CANCELLED, at(60)).status_of(2) is CANCELLED


def test_a_batch_is_refused_whole_naming_every_problem() -> None:
    states = [person(1, REGISTERED), person(2, CANCELLED), person(3, ATTENDED)]
    with pytest.raises(RegistrationChangeError) as refused:
        plan_changes(
            None,
            states,
            [Wanted(1, ATTENDED), Wanted(2, CANCELLED), Wanted(3, NO_SHOW), Wanted(9, ATTENDED)],
            at(60),
        )
    assert str(refused.value) == (
        "Person 2 has already cancelled. "
        "Person 3 is checked in; undo the check-in before marking a no-show. "
        "Registration 9 is not one of this event's."
    )
    assert isinstance(refused.value, ValidationError)


def test_a_person_without_a_name_is_named_by_their_registration() -> None:
    nameless = RegistrationState(7, CANCELLED, at(0))
    with pytest.raises(RegistrationChangeError, match=r"^Registration 7 has already cancelled\.$"):
        change_status(None, [nameless], 7, CANCELLED, at(60))


def test_changes_in_a_batch_follow_each_other() -> None:
    # Checked in by mistake, undone, then cancelled: the place goes to the one waiting.
    states = [person(1, REGISTERED), person(2, WAITLISTED)]
    plan = plan_changes(
        1, states, [Wanted(1, ATTENDED), Wanted(1, REGISTERED), Wanted(1, CANCELLED)], at(60)
    )
    assert [(c.registration_id, c.after) for c in plan.changes] == [
        (1, ATTENDED),
        (1, REGISTERED),
        (1, CANCELLED),
        (2, REGISTERED),
    ]
    assert plan.status_of(1) is CANCELLED and plan.offered == (2,)


def test_a_capacity_is_at_least_one_place_and_not_below_the_places_given() -> None:
    given = [person(1, REGISTERED), person(2, ATTENDED), person(3, REGISTERED)]
    assert capacity_problems(None, given) == {}
    assert capacity_problems(3, given) == {}
    assert capacity_problems(2, given) == {
        "capacity": "3 people already have a place, so the capacity cannot be lower than that "
        "until some of them cancel."
    }
    assert "capacity" in capacity_problems(0)
    assert "capacity" in capacity_problems(-4)
    # Walk-ins were let in by the door; a capacity may go below them.
    door = [person(1, REGISTERED), person(2, ATTENDED, walk_in=True)]
    assert capacity_problems(1, door) == {}


def test_a_raised_capacity_gives_the_new_places_to_the_line_in_order() -> None:
    states = [
        person(1, REGISTERED),
        person(2, WAITLISTED, 30),
        person(3, WAITLISTED, 20),
        person(4, WAITLISTED, 40),
    ]
    assert offer_places(3, states).offered == (3, 2)
    assert offer_places(None, states).offered == (3, 2, 4)
    assert offer_places(1, states).offered == ()


def test_after_the_event_those_still_registered_did_not_come() -> None:
    states = [person(2, REGISTERED), person(1, REGISTERED), person(3, ATTENDED)]
    plan = mark_no_shows(states)
    assert [(c.registration_id, c.after) for c in plan.changes] == [(1, NO_SHOW), (2, NO_SHOW)]


def test_the_door_counts() -> None:
    states = [
        person(1, REGISTERED),
        person(2, REGISTERED),
        person(3, ATTENDED),
        person(4, ATTENDED, walk_in=True),
        person(5, WAITLISTED),
        person(6, NO_SHOW),
        person(7, CANCELLED),
    ]
    counts = door_counts(states, capacity=10)
    assert counts == DoorCounts(
        expected=2, arrived=2, walk_ins=1, waitlisted=1, no_shows=1, cancelled=1, capacity=10
    )
    assert (counts.places_taken, counts.places_left, counts.over_capacity) == (4, 6, 0)
    assert door_counts([]) == DoorCounts()


# --- the rules hold whatever happens --------------------------------------------------------

_REQUESTS = st.lists(
    st.one_of(
        st.tuples(st.just("register"), st.integers(0, 0)),
        st.tuples(st.just("walk_in"), st.integers(0, 0)),
        st.tuples(st.sampled_from(list(RegistrationStatus)), st.integers(0, 30)),
    ),
    max_size=60,
)


def _run(
    capacity: int | None, requests: list[tuple[object, int]], door: bool
) -> Iterable[tuple[str, dict[int, RegistrationState], dict[int, RegistrationState], Plan]]:
    """Plays the requests as the events service would, yielding (what, before, after, plan)
    for each one the rules allowed."""
    stored: dict[int, RegistrationState] = {}
    for minute, (what, target) in enumerate(requests, start=1):
        before = dict(stored)
        if what == "register":
            (status,) = admit(capacity, stored.values())
            new = RegistrationState(len(stored) + 1, status, at(minute))
            stored[new.id] = new
            yield "register", before, dict(stored), Plan()
            continue
        if what == "walk_in":
            if not door:
                continue
            new = RegistrationState(len(stored) + 1, ATTENDED, at(minute), walk_in=True)
            stored[new.id] = new
            yield "walk_in", before, dict(stored), Plan()
            continue
        assert isinstance(what, RegistrationStatus)
        if not stored or (what is ATTENDED and not door):
            continue
        ids = sorted(stored)
        chosen = ids[target % len(ids)]
        try:
            plan = change_status(capacity, stored.values(), chosen, what, at(minute))
        except RegistrationChangeError:
            continue
        stored = apply(stored.values(), plan)
        yield str(what), before, dict(stored), plan


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6), _REQUESTS)
def test_without_the_door_the_places_given_never_exceed_the_capacity(
    capacity: int, requests: list[tuple[object, int]]
) -> None:
    for _what, _before, after, _plan in _run(capacity, requests, door=False):
        assert places_taken(after.values()) <= capacity


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6), _REQUESTS)
def test_only_the_door_takes_the_count_over_the_capacity(
    capacity: int, requests: list[tuple[object, int]]
) -> None:
    for what, before, after, plan in _run(capacity, requests, door=True):
        grew = places_taken(after.values()) > places_taken(before.values())
        to_the_door = what in ("walk_in", str(ATTENDED))
        if grew and not to_the_door:
            assert places_taken(after.values()) <= capacity, (what, plan)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.integers(1, 6)), _REQUESTS)
def test_a_cancellation_moves_at_most_the_first_in_line(
    capacity: int | None, requests: list[tuple[object, int]]
) -> None:
    for what, before, _after, plan in _run(capacity, requests, door=True):
        assert len(plan.offered) <= 1
        if plan.offered:
            assert what == str(CANCELLED)
            assert plan.offered[0] == waitlist(before.values())[0].id


def test_norwegian_time_needs_no_time_zone_database_on_the_machine() -> None:
    # Windows and a slim Debian have none; the tzdata package (a dependency) stands in.
    import zoneinfo

    zoneinfo.reset_tzpath(to=[])
    try:
        oslo = zoneinfo.ZoneInfo.no_cache("Europe/Oslo")
        summer = dt.datetime(2026, 7, 1, 12, tzinfo=oslo)
        assert summer.utcoffset() == dt.timedelta(hours=2)
    finally:
        zoneinfo.reset_tzpath()
