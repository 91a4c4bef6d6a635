"""Events: when they are, in Norwegian time; who has a place; what the door counts.

Times. An event starts and ends at a time on the clock in Norway, whoever looks at it and
wherever the program runs: a start typed as 09:00 is 09:00 in Oslo, winter or summer.
It is kept as an aware moment in Europe/Oslo (:func:`on_the_clock`, :func:`norwegian_time`)
and stored as UTC (:func:`utc`, what the database's ``UTCDateTime`` keeps). Twice a year
the clock is odd: on the last Sunday of March it jumps from 02:00 to 03:00, so 02:30 that
night does not exist and is refused with a sentence that says so; on the last Sunday of
October it shows 02:00 to 03:00 twice, and a time in that hour is the first of the two
(summer time), as a person setting a meeting then most likely means.

Places. Registered and attended people hold a place; with a capacity (None: no limit), a
person registering when every place is taken, or when others are already waiting, goes on
the waitlist. A registered person's cancellation offers the freed place to the first on the
waitlist (by when they joined it); marking someone a no-show offers nothing (by then the
event is on). At the door, anyone found may be checked in, and a walk-in is added as
attended: the room decides there, not the capacity, so the door may take the count over
it. Which status may follow which, and the sentence for each refusal, are in one table
(:data:`ALLOWED` and :func:`plan_changes`); a batch of changes is checked whole and refused
whole, naming every problem.

Pure: plain dataclasses in, plain dataclasses out; the events service stores the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from accelerator.domain.enums import EventKind, RegistrationStatus
from accelerator.domain.formatting import format_datetime, format_number
from accelerator.errors import ValidationError
from accelerator.i18n import in_context, marked, translate

_tr = in_context("Events")

#: Norwegian time: every event's clock.
OSLO = ZoneInfo("Europe/Oslo")

_FIELDS = "Fields"
#: What a person calls the fields :func:`check_event` names.
FIELD_WORDS: Mapping[str, str] = {
    "start": marked("Fields", "Start"),
    "end": marked("Fields", "End"),
    "capacity": marked("Fields", "Capacity"),
}

REGISTERED = RegistrationStatus.REGISTERED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED
ATTENDED = RegistrationStatus.ATTENDED
NO_SHOW = RegistrationStatus.NO_SHOW

#: The statuses that hold one of the event's places.
HOLDS_A_PLACE = frozenset({REGISTERED, ATTENDED})

#: Which status may follow which (a request to the status a person already has is
#: refused too, with its own sentence). Waitlisted is never asked for: a person goes there
#: by registering, or registering again, when the event is full.
ALLOWED: Mapping[RegistrationStatus, frozenset[RegistrationStatus]] = {
    # cancel; check in at the door; mark as not come
    REGISTERED: frozenset({CANCELLED, ATTENDED, NO_SHOW}),
    # given a place (when one is free); gives up waiting; let in at the door
    WAITLISTED: frozenset({REGISTERED, CANCELLED, ATTENDED}),
    # registers again (a place, or the back of the waitlist); came after all
    CANCELLED: frozenset({REGISTERED, ATTENDED}),
    # undo a check-in made by mistake; a walk-in added by mistake is cancelled
    ATTENDED: frozenset({REGISTERED, CANCELLED}),
    # came late after all; marked too early (registers again); sent word after the event
    NO_SHOW: frozenset({ATTENDED, REGISTERED, CANCELLED}),
}

__all__ = [
    "ALLOWED",
    "FIELD_WORDS",
    "HOLDS_A_PLACE",
    "OSLO",
    "DoorCounts",
    "EventKind",
    "EventTimes",
    "Plan",
    "RegistrationChangeError",
    "RegistrationState",
    "RegistrationStatus",
    "StatusChange",
    "Wanted",
    "admit",
    "capacity_problems",
    "change_status",
    "check_event",
    "door_counts",
    "event_period",
    "field_labels",
    "mark_no_shows",
    "norwegian_time",
    "offer_places",
    "on_the_clock",
    "places_left",
    "places_taken",
    "plan_changes",
    "time_problems",
    "utc",
    "waitlist",
]


# --- times ------------------------------------------------------------------------------------


def norwegian_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` as the clock in Norway shows it: a stored UTC moment, ready to be shown
    (``2026-03-29 07:00 UTC`` is ``09:00`` in Oslo, ``2026-03-28 08:00 UTC`` too)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given; use an aware one")
    return moment.astimezone(OSLO)


def utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC, as it is stored."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given; use an aware one")
    return moment.astimezone(dt.UTC)


def _wall(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=None)


def _skipped_hour(wall: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
    """The clock times the clocks jump between, when ``wall`` (naive, in Oslo) falls in
    that gap; None when the clock shows it."""
    before = wall.replace(tzinfo=OSLO, fold=0)
    try:
        if _wall(before.astimezone(dt.UTC).astimezone(OSLO)) == wall:
            return None
    except OverflowError:  # the first or last hours of the calendar: no clocks changed then
        return None
    # In a gap, fold 0 reads the clock with the offset before the jump and fold 1 with the
    # one after, so the jump lies between these two moments; find its minute.
    offset_before = before.utcoffset()
    offset_after = wall.replace(tzinfo=OSLO, fold=1).utcoffset()
    assert offset_before is not None and offset_after is not None
    low = (wall - offset_after).replace(tzinfo=dt.UTC)
    high = (wall - offset_before).replace(tzinfo=dt.UTC)
    step = dt.timedelta(minutes=1)
    while high - low > step:
        middle = low + (high - low) // 2
        middle -= dt.timedelta(seconds=middle.second, microseconds=middle.microsecond)
        if middle.astimezone(OSLO).utcoffset() == offset_after:
            high = middle
        else:
            low = middle
    return _wall(high + offset_before), _wall(high + offset_after)


def _skipped_message(wall: dt.datetime, gap: tuple[dt.datetime, dt.datetime]) -> str:
    return _tr(
        "There is no {0} in Norway: the clocks go forward an hour that night, from {1} to {2}."
    ).format(format_datetime(wall), f"{gap[0]:%H:%M}", f"{gap[1]:%H:%M}")


def on_the_clock(day: dt.date, clock: dt.time) -> dt.datetime:
    """The moment the clock in Norway shows ``clock`` on ``day``, as an aware time in
    Europe/Oslo. A time the clocks skip (02:30 on 29 March 2026) is refused with a sentence
    (:class:`~accelerator.errors.ValidationError`); a time they show twice (02:30 on 25
    October 2026) is the first, in summer time."""
    wall = dt.datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    gap = _skipped_hour(wall)
    if gap is not None:
        raise ValidationError(_skipped_message(wall, gap))
    return wall.replace(tzinfo=OSLO)


@dataclass(frozen=True, slots=True)
class EventTimes:
    """An event's start and end, aware, in Norwegian time; the end after the start."""

    start: dt.datetime
    end: dt.datetime

    @property
    def start_utc(self) -> dt.datetime:
        return utc(self.start)

    @property
    def end_utc(self) -> dt.datetime:
        return utc(self.end)

    @property
    def length(self) -> dt.timedelta:
        """How long it lasts in hours that pass, not by the clock: an event over the night
        the clocks go forward is an hour shorter than its clock times say."""
        return self.end_utc - self.start_utc

    def __str__(self) -> str:
        return event_period(self.start, self.end)


def _as_norwegian(moment: dt.datetime, field: str, problems: dict[str, str]) -> dt.datetime | None:
    if moment.tzinfo is not None:
        return norwegian_time(moment)
    wall = moment.replace(fold=0)
    gap = _skipped_hour(wall)
    if gap is not None:
        problems[field] = _skipped_message(wall, gap)
        return None
    return wall.replace(tzinfo=OSLO)


def _times(start: dt.datetime, end: dt.datetime) -> tuple[EventTimes | None, dict[str, str]]:
    problems: dict[str, str] = {}
    first = _as_norwegian(start, "start", problems)
    last = _as_norwegian(end, "end", problems)
    if first is None or last is None:
        return None, problems
    try:
        backwards = utc(last) <= utc(first)
    except OverflowError:  # as above; one zone, so the clock times compare
        backwards = last <= first
    if backwards:
        problems["end"] = _tr("The event must end after it starts.")
        return None, problems
    return EventTimes(first, last), problems


def time_problems(start: dt.datetime, end: dt.datetime) -> dict[str, str]:
    """What is wrong with an event's times, by field (``start``, ``end``); empty when
    nothing is. A naive time is a time on the clock in Norway; an aware one is any zone's."""
    return _times(start, end)[1]


def capacity_problems(
    capacity: int | None, registrations: Iterable[RegistrationState] = ()
) -> dict[str, str]:
    """What is wrong with a capacity (``capacity``), given the registrations an event
    already has; empty when nothing is. None is no limit. It may not be lower than the
    places already given (registered, and checked in other than as walk-ins): those people
    are told they are coming, and lowering a number should not quietly take that back."""
    if capacity is None:
        return {}
    if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
        return {
            "capacity": _tr("Give at least one place, or leave the capacity empty for no limit.")
        }
    given = sum(
        1
        for r in registrations
        if r.status is REGISTERED or (r.status is ATTENDED and not r.walk_in)
    )
    if capacity < given:
        return {
            "capacity": _tr(
                "%n people already have a place, so the capacity cannot be lower than that "
                "until some of them cancel.",
                n=given,
            )
        }
    return {}


def field_labels() -> dict[str, str]:
    """The words for :data:`FIELD_WORDS`' fields, in the language spoken, for
    ``ValidationError(labels=...)``."""
    return {field: translate(_FIELDS, words) for field, words in FIELD_WORDS.items()}


def check_event(
    start: dt.datetime,
    end: dt.datetime,
    capacity: int | None = None,
    registrations: Iterable[RegistrationState] = (),
) -> EventTimes:
    """The event's times in Norwegian time, or a ValidationError naming every problem
    with its times and its capacity at once."""
    times, problems = _times(start, end)
    problems.update(capacity_problems(capacity, registrations))
    if problems:
        raise ValidationError(problems, labels=field_labels())
    assert times is not None
    return times


def event_period(start: dt.datetime, end: dt.datetime) -> str:
    """When an event is, in Norwegian time and the language spoken: ``29 Mar 2026
    09:00–15:00`` on one day, ``4 Jun 2026 09:00 – 5 Jun 2026 16:00`` over several."""
    first, last = norwegian_time(start), norwegian_time(end)
    if first.date() == last.date():
        return f"{format_datetime(first)}\u2013{last:%H:%M}"
    return f"{format_datetime(first)} \u2013 {format_datetime(last)}"


# --- places ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegistrationState:
    """The parts of a registration the rules need.

    ``waitlisted_at`` is when the person last joined the waitlist, which orders it; None is
    when they registered. ``name`` is for the sentences of a refusal."""

    id: int
    status: RegistrationStatus
    registered_at: dt.datetime
    name: str = ""
    walk_in: bool = False
    waitlisted_at: dt.datetime | None = None

    @property
    def queued_at(self) -> dt.datetime:
        return self.waitlisted_at if self.waitlisted_at is not None else self.registered_at


def places_taken(registrations: Iterable[RegistrationState]) -> int:
    """Registered and checked-in people: the places in use (walk-ins included)."""
    return sum(1 for r in registrations if r.status in HOLDS_A_PLACE)


def places_left(capacity: int | None, registrations: Iterable[RegistrationState]) -> int | None:
    """Free places; None with no limit. Never below 0, even with the door over capacity."""
    if capacity is None:
        return None
    return max(0, capacity - places_taken(registrations))


def waitlist(registrations: Iterable[RegistrationState]) -> list[RegistrationState]:
    """Those waiting for a place, first in line first (by when they joined the line)."""
    return sorted(
        (r for r in registrations if r.status is WAITLISTED), key=lambda r: (r.queued_at, r.id)
    )


def admit(
    capacity: int | None, registrations: Iterable[RegistrationState], count: int = 1
) -> tuple[RegistrationStatus, ...]:
    """The status of each of ``count`` people registering now, in order: registered while a
    place is free and nobody is waiting for one, then waitlisted. (A walk-in needs no
    place: it is stored as attended, with ``walk_in``.)"""
    existing = list(registrations)
    if capacity is None:
        return (REGISTERED,) * count
    if any(r.status is WAITLISTED for r in existing):
        return (WAITLISTED,) * count
    free = min(count, max(0, capacity - places_taken(existing)))
    return (REGISTERED,) * free + (WAITLISTED,) * (count - free)


@dataclass(frozen=True, slots=True)
class Wanted:
    """A change asked for: this registration to this status."""

    registration_id: int
    to: RegistrationStatus


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One registration's move. ``waitlisted_at`` is set when the move puts the person at
    the back of the waitlist now; ``offered_place`` when they leave the waitlist because
    someone else cancelled (tell them)."""

    registration_id: int
    before: RegistrationStatus
    after: RegistrationStatus
    waitlisted_at: dt.datetime | None = None
    offered_place: bool = False


@dataclass(frozen=True, slots=True)
class Plan:
    """The moves to store, in order: each asked-for change followed by the place it
    offered, if any. Storing them in order leaves every registration at its last ``after``."""

    changes: tuple[StatusChange, ...] = ()

    @property
    def offered(self) -> tuple[int, ...]:
        """Who moved off the waitlist into a place, in order."""
        return tuple(c.registration_id for c in self.changes if c.offered_place)

    def status_of(self, registration_id: int) -> RegistrationStatus | None:
        """Where this plan leaves the registration; None if it does not move it."""
        found = None
        for change in self.changes:
            if change.registration_id == registration_id:
                found = change.after
        return found


class RegistrationChangeError(ValidationError):
    """Changes to an event's registrations that break a rule; nothing was changed.
    ``problems`` maps ``registration:<id>`` to a whole sentence naming the person."""

    def _message(self) -> str:
        return " ".join(self.problems.values())


_ALREADY: Mapping[RegistrationStatus, str] = {
    REGISTERED: marked("Events", "{0} is already registered."),
    WAITLISTED: marked("Events", "{0} is already on the waitlist."),
    CANCELLED: marked("Events", "{0} has already cancelled."),
    ATTENDED: marked("Events", "{0} is already checked in."),
    NO_SHOW: marked("Events", "{0} is already marked as a no-show."),
}


def _who(state: RegistrationState) -> str:
    return state.name.strip() or _tr("Registration {0}").format(state.id)


def _refusal(state: RegistrationState, to: RegistrationStatus) -> str | None:
    """Why ``state`` may not go to ``to`` (a whole sentence), or None if it may."""
    before = state.status
    who = _who(state)
    if to is before:
        context = "Events"  # marked with its context in _ALREADY
        return translate(context, _ALREADY[to]).format(who)
    if to is WAITLISTED:
        return _tr(
            "{0} cannot be put on the waitlist: a person goes there by registering when the "
            "event is full."
        ).format(who)
    if to is NO_SHOW and before is not REGISTERED:
        if before is ATTENDED:
            return _tr("{0} is checked in; undo the check-in before marking a no-show.").format(who)
        return _tr("{0} had no place at the event, so cannot be a no-show.").format(who)
    if before is ATTENDED and to is CANCELLED and not state.walk_in:
        return _tr("{0} is checked in and cannot cancel; undo the check-in first.").format(who)
    if before is ATTENDED and to is REGISTERED and state.walk_in:
        return _tr("{0} came as a walk-in without registering; cancel the walk-in instead.").format(
            who
        )
    assert to in ALLOWED[before], (before, to)
    return None


class _Places:
    """The registrations as a plan goes along: statuses as they will be after each step."""

    def __init__(self, capacity: int | None, registrations: Iterable[RegistrationState]) -> None:
        self.capacity = capacity
        self.states: dict[int, RegistrationState] = {r.id: r for r in registrations}
        self.taken = places_taken(self.states.values())

    def free(self) -> bool:
        return self.capacity is None or self.taken < self.capacity

    def anyone_waiting(self) -> bool:
        return any(r.status is WAITLISTED for r in self.states.values())

    def move(
        self,
        state: RegistrationState,
        to: RegistrationStatus,
        *,
        waitlisted_at: dt.datetime | None = None,
        offered: bool = False,
    ) -> StatusChange:
        self.taken += (to in HOLDS_A_PLACE) - (state.status in HOLDS_A_PLACE)
        moved = replace(state, status=to)
        if waitlisted_at is not None:
            moved = replace(moved, waitlisted_at=waitlisted_at)
        self.states[state.id] = moved
        return StatusChange(state.id, state.status, to, waitlisted_at, offered)

    def offer_one(self) -> StatusChange | None:
        if not self.free():
            return None
        line = waitlist(self.states.values())
        if not line:
            return None
        return self.move(line[0], REGISTERED, offered=True)


def plan_changes(
    capacity: int | None,
    registrations: Iterable[RegistrationState],
    wanted: Sequence[Wanted],
    at: dt.datetime,
) -> Plan:
    """The moves that make the ``wanted`` changes, one after the other, at ``at``; or
    :class:`RegistrationChangeError` naming every change that may not be made, and nothing
    is planned (all or nothing).

    - to registered: from the waitlist only while a place is free (giving one person a
      place ahead of the line is the coordinator's call, not over the capacity); after a
      cancellation or a no-show, as a new registration (a place if one is free and nobody
      waits, else the back of the waitlist); from checked in, the check-in undone.
    - to attended: from anything; the door decides, over the capacity if need be.
    - to cancelled: a registered person's place goes to the first on the waitlist (at most
      one moves); a walk-in added by mistake is cancelled too.
    - to no-show: only for a registered person.
    """
    places = _Places(capacity, registrations)
    changes: list[StatusChange] = []
    problems: dict[str, str] = {}
    for ask in wanted:
        key = f"registration:{ask.registration_id}"
        state = places.states.get(ask.registration_id)
        if state is None:
            problems[key] = _tr("Registration {0} is not one of this event's.").format(
                ask.registration_id
            )
            continue
        to = RegistrationStatus(ask.to)
        refused = _refusal(state, to)
        if (
            refused is None
            and to is REGISTERED
            and state.status is WAITLISTED
            and not places.free()
        ):
            assert capacity is not None
            refused = _tr(
                "The event is full ({0} of {1} places taken), so {2} stays on the waitlist "
                "until someone cancels or the capacity is raised."
            ).format(format_number(places.taken), format_number(capacity), _who(state))
        if refused is not None:
            problems.setdefault(key, refused)
            continue
        if to is REGISTERED and state.status in (CANCELLED, NO_SHOW):
            if places.free() and not places.anyone_waiting():
                changes.append(places.move(state, REGISTERED))
            else:
                changes.append(places.move(state, WAITLISTED, waitlisted_at=at))
            continue
        gave_up_a_place = to is CANCELLED and state.status in HOLDS_A_PLACE
        changes.append(places.move(state, to))
        if gave_up_a_place:
            offered = places.offer_one()
            if offered is not None:
                changes.append(offered)
    if problems:
        raise RegistrationChangeError(problems)
    return Plan(tuple(changes))


def change_status(
    capacity: int | None,
    registrations: Iterable[RegistrationState],
    registration_id: int,
    to: RegistrationStatus,
    at: dt.datetime,
) -> Plan:
    """One change: :func:`plan_changes` for one registration."""
    return plan_changes(capacity, registrations, [Wanted(registration_id, to)], at)


def offer_places(capacity: int | None, registrations: Iterable[RegistrationState]) -> Plan:
    """After the capacity was raised (or removed): the waitlist, in order, into the places
    now free."""
    places = _Places(capacity, registrations)
    changes: list[StatusChange] = []
    while (offered := places.offer_one()) is not None:
        changes.append(offered)
    return Plan(tuple(changes))


def mark_no_shows(registrations: Iterable[RegistrationState]) -> Plan:
    """Once the event is over: everyone still registered did not come."""
    return Plan(
        tuple(
            StatusChange(r.id, REGISTERED, NO_SHOW)
            for r in sorted(registrations, key=lambda r: r.id)
            if r.status is REGISTERED
        )
    )


# --- the door ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DoorCounts:
    """What the door shows: ``expected`` are registered and not yet arrived; ``arrived``
    are checked in, walk-ins included (``walk_ins`` of them)."""

    expected: int = 0
    arrived: int = 0
    walk_ins: int = 0
    waitlisted: int = 0
    no_shows: int = 0
    cancelled: int = 0
    capacity: int | None = None

    @property
    def places_taken(self) -> int:
        return self.expected + self.arrived

    @property
    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.places_taken)

    @property
    def over_capacity(self) -> int:
        """How many more are in than the capacity allows (the door's own doing)."""
        if self.capacity is None:
            return 0
        return max(0, self.places_taken - self.capacity)


def door_counts(
    registrations: Iterable[RegistrationState], capacity: int | None = None
) -> DoorCounts:
    """Count once over the registrations."""
    counts = dict.fromkeys(RegistrationStatus, 0)
    walk_ins = 0
    for r in registrations:
        counts[r.status] += 1
        if r.walk_in and r.status is ATTENDED:
            walk_ins += 1
    return DoorCounts(
        expected=counts[REGISTERED],
        arrived=counts[ATTENDED],
        walk_ins=walk_ins,
        waitlisted=counts[WAITLISTED],
        no_shows=counts[NO_SHOW],
        cancelled=counts[CANCELLED],
        capacity=capacity,
    )
