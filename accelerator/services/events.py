"""Events and the people registered for them: planning, registering, the door, attendance.

The rules of places and times are ``domain.events``' (a newcomer waits once every place
is taken or others wait; a cancellation offers the freed place to the first in line; the
door lets anyone in); here they are stored, all or nothing: every change is planned there
first, and a plan refused for one person changes nobody.

Everyone reads the events. A coordinator reads every registration and a viewer too; a
mentor reads those of the organisations they read (the companies of the cohorts they
mentor in), as row-level security lets them on a server. A coordinator plans events and
registers people (MANAGE_EVENTS) and checks people in at the door (CHECK_IN: the door's
list is everyone registered, names and addresses, which a mentor does not read).

Each write to an event's registrations first locks the event's row (PostgreSQL's
``SELECT ... FOR UPDATE``; SQLite's one writer at a time does the same), so two desktops
registering the last place at once cannot both get it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, update
from sqlalchemy.orm import Session, selectinload

from accelerator.domain.enums import EventKind, RegistrationSource, RegistrationStatus, in_words
from accelerator.domain.events import (
    ATTENDED,
    CANCELLED,
    NO_SHOW,
    REGISTERED,
    WAITLISTED,
    DoorCounts,
    Plan,
    RegistrationChangeError,
    Wanted,
    admit,
    capacity_problems,
    door_counts,
    field_labels,
    mark_no_shows,
    norwegian_time,
    offer_places,
    on_the_clock,
    plan_changes,
    time_problems,
    waitlist,
)
from accelerator.domain.formatting import format_date, parse_date, quoted
from accelerator.domain.text import collation_key
from accelerator.errors import NotFoundError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Cluster,
    Cohort,
    Company,
    Enrolment,
    Event,
    EventHost,
    Registration,
)
from accelerator.models.base import utcnow
from accelerator.services.base import Service, get_or_raise
from accelerator.services.records import (
    CheckinList,
    CohortAttendance,
    CompanyAttendance,
    EventRecord,
    EventSaved,
    HostRecord,
    OrganisationEvent,
    RegistrationRecord,
    RegistrationResult,
    SessionRecord,
    StatusResult,
)
from accelerator.services.registering import (
    Person,
    PersonInput,
    by_name,
    find_person,
    fold,
    moment,
    new_registration,
    person_of,
    read_one,
    read_registrations,
    registration_columns,
    registration_record,
    store_plan,
)
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

if TYPE_CHECKING:
    from accelerator.services.importing import CsvTable
    from accelerator.services.importing.registrations import (
        RegistrationField,
        RegistrationImportPreview,
        RegistrationImportResult,
    )

log = logging.getLogger(__name__)
_tr = in_context("Events")

AnySelect = Select[*tuple[Any, ...]]

__all__ = ["EventInput", "EventService", "PersonInput", "Wanted"]


@dataclass(frozen=True)
class EventInput:
    """An event as a form or a command sends it. ``start`` and ``end`` are on the clock in
    Norway when naive (an aware time is taken as the moment it is)."""

    title: str
    kind: EventKind
    start: dt.datetime
    end: dt.datetime
    place: str = ""
    online: bool = False
    online_url: str = ""  # a link makes it online too
    capacity: int | None = None  # None: no limit
    cohort_id: int | None = None  # a programme session's cohort (a session needs one)
    description: str = ""
    public: bool = True
    host_ids: tuple[int, ...] = ()  # the clusters organising it

    @classmethod
    def from_record(cls, record: EventRecord) -> EventInput:
        """The input that would save ``record`` unchanged (a form compares against it)."""
        return cls(
            title=record.title,
            kind=record.kind,
            start=record.starts_at,
            end=record.ends_at,
            place=record.place,
            online=record.online,
            online_url=record.online_url,
            capacity=record.capacity,
            cohort_id=record.cohort_id,
            description=record.description,
            public=record.public,
            host_ids=record.host_ids,
        )


def _labels() -> dict[str, str]:
    """What a person calls the fields an event's refusal names, where errors.FIELD_LABELS
    has no words (title, kind, cohort and description it has)."""
    return {
        **field_labels(),
        "place": _tr("Place"),
        "online_url": _tr("Online link"),
        "hosts": _tr("Hosted by"),
    }


# --- reading ---------------------------------------------------------------------------------


def _counts_by_event(
    s: Session, events: Any, scope: ColumnElement[bool] | None
) -> dict[int, dict[tuple[RegistrationStatus, bool], int]]:
    """For each event of the ``events`` subquery of ids: registrations by status and walk-in."""
    query = (
        select(Registration.event_id, Registration.status, Registration.walk_in, func.count())
        .where(Registration.event_id.in_(events))
        .group_by(Registration.event_id, Registration.status, Registration.walk_in)
    )
    if scope is not None:
        query = query.where(scope)
    counted: dict[int, dict[tuple[RegistrationStatus, bool], int]] = defaultdict(dict)
    for event_id, status, walk_in, count in s.execute(query):
        counted[event_id][RegistrationStatus(status), bool(walk_in)] = int(count)
    return counted


def _door_counts(
    counted: Mapping[tuple[RegistrationStatus, bool], int], capacity: int | None
) -> DoorCounts:
    def total(status: RegistrationStatus) -> int:
        return sum(n for (st, _), n in counted.items() if st is status)

    return DoorCounts(
        expected=total(REGISTERED),
        arrived=total(ATTENDED),
        walk_ins=counted.get((ATTENDED, True), 0),
        waitlisted=total(WAITLISTED),
        no_shows=total(NO_SHOW),
        cancelled=total(CANCELLED),
        capacity=capacity,
    )


def _period_bounds(start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """Events overlapping the days ``start`` to ``end`` (both included), in Norwegian time."""
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(Event.ends_at > on_the_clock(start, dt.time(0)).astimezone(dt.UTC))
    if end is not None:
        after = on_the_clock(end + dt.timedelta(days=1), dt.time(0)).astimezone(dt.UTC)
        conditions.append(Event.starts_at < after)
    return conditions


def _title_key(title: str) -> str:
    return fold(title)


class EventService(Service):
    """Events, their registrations, the door, and attendance at a cohort's sessions."""

    # --- scope -----------------------------------------------------------------------------

    def _visible_organisations(self) -> AnySelect | None:
        """The organisations whose people the actor reads, as a subquery of ids; None:
        every registration. A mentor reads those of the companies of their cohorts."""
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _scope(self) -> ColumnElement[bool] | None:
        visible = self._visible_organisations()
        if visible is None:
            return None
        return Registration.organisation_id.in_(visible)

    # --- events ----------------------------------------------------------------------------

    def _records(self, s: Session, query: Select[Event]) -> list[EventRecord]:
        events = list(
            s.scalars(query.options(selectinload(Event.hosts).joinedload(EventHost.cluster)))
            .unique()
            .all()
        )
        if not events:
            return []
        ids = select(Event.id).where(Event.id.in_([e.id for e in events]))
        counted = _counts_by_event(s, ids.scalar_subquery(), self._scope())
        cohorts_query = select(Cohort.id, Cohort.name).where(
            Cohort.id.in_({e.cohort_id for e in events if e.cohort_id is not None})
        )
        visible = self._visible_cohorts()
        if visible is not None:
            cohorts_query = cohorts_query.where(Cohort.id.in_(visible))
        cohorts: dict[int, str] = {cid: name for cid, name in s.execute(cohorts_query)}
        return [
            self._record(
                e, cohorts.get(e.cohort_id, "") if e.cohort_id else "", counted.get(e.id, {})
            )
            for e in events
        ]

    @staticmethod
    def _record(
        e: Event, cohort_name: str, counted: Mapping[tuple[RegistrationStatus, bool], int]
    ) -> EventRecord:
        hosts = sorted(
            (HostRecord(h.cluster_id, h.cluster.name) for h in e.hosts),
            key=lambda h: collation_key(h.cluster_name),
        )
        return EventRecord(
            id=e.id,
            title=e.title,
            kind=EventKind(e.kind),
            starts_at=norwegian_time(e.starts_at),
            ends_at=norwegian_time(e.ends_at),
            place=e.place,
            online=e.online,
            online_url=e.online_url,
            capacity=e.capacity,
            cohort_id=e.cohort_id,
            cohort_name=cohort_name,
            description=e.description,
            public=e.public,
            hosts=tuple(hosts),
            counts=_door_counts(counted, e.capacity),
            row_version=e.row_version,
        )

    def list_events(
        self,
        *,
        cluster_id: int | None = None,
        kind: EventKind | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        cohort_id: int | None = None,
    ) -> list[EventRecord]:
        """Events by when they start: those ``cluster_id`` hosts (co-hosted ones too), of
        ``kind``, held (in part) between the days ``start`` and ``end`` (in Norway; both
        included), of ``cohort_id``. Each with its hosts and its registrations' counts."""
        query = select(Event).order_by(Event.starts_at, Event.id)
        if cluster_id is not None:
            query = query.where(
                exists().where(EventHost.event_id == Event.id, EventHost.cluster_id == cluster_id)
            )
        if kind is not None:
            query = query.where(Event.kind == EventKind(kind))
        if cohort_id is not None:
            query = query.where(Event.cohort_id == cohort_id)
        query = query.where(*_period_bounds(start, end))
        with self._read() as s:
            return self._records(s, query)

    def get_event(self, event_id: int) -> EventRecord:
        with self._read() as s:
            get_or_raise(s, Event, event_id, "event")
            return self._records(s, select(Event).where(Event.id == event_id))[0]

    def find_events(self, text: str) -> list[EventRecord]:
        """The events called ``text`` (case and spaces aside), by when they start. A day at
        the end (``Havdagen 12.03.2026``, ``Havdagen 2026-03-12``) chooses among events
        of one title: those that start that day in Norway."""
        wanted = _title_key(text)
        day: dt.date | None = None
        title, _, last = text.strip().rpartition(" ")
        if title:
            try:
                day = parse_date(last)
            except ValueError:
                day = None
        with self._read() as s:
            rows = s.execute(select(Event.id, Event.title, Event.starts_at)).all()
            ids = [i for i, t, _ in rows if _title_key(t) == wanted]
            if not ids and day is not None:
                ids = [
                    i
                    for i, t, starts in rows
                    if _title_key(t) == _title_key(title) and norwegian_time(starts).date() == day
                ]
            if not ids:
                return []
            return self._records(
                s, select(Event).where(Event.id.in_(ids)).order_by(Event.starts_at, Event.id)
            )

    def create_event(self, data: EventInput) -> EventRecord:
        """An event, with its hosts."""
        self._require_to(UseCase.MANAGE_EVENTS)
        with self._write() as s:
            event = Event()
            self._apply(s, event, data, [])
            s.add(event)
            s.flush()
            return self._records(s, select(Event).where(Event.id == event.id))[0]

    def update_event(
        self, event_id: int, data: EventInput, *, expected_version: int | None = None
    ) -> EventSaved:
        """The event as ``data`` says. A capacity may not go below the places already given;
        a larger one (or none) gives the waitlist, first in line first, the places it
        frees: ``EventSaved.offered``, to be told."""
        self._require_to(UseCase.MANAGE_EVENTS)
        with self._write() as s:
            event = self._locked(s, event_id)
            self._require_version(
                s,
                event,
                expected_version,
                "event",
                lambda: self._records(s, select(Event).where(Event.id == event_id))[0],  # fmt: skip
            )
            registrations = read_registrations(s, event.id)
            self._apply(s, event, data, registrations)
            s.flush()
            plan = offer_places(event.capacity, [r.state() for r in registrations])
            offered: tuple[RegistrationRecord, ...] = ()
            summary = ""
            if plan.changes:
                store_plan(s, plan, utcnow())
                offered = tuple(read_one(s, i) for i in plan.offered)
                summary = _offered_sentence(offered)
            s.expire(event)
            record = self._records(s, select(Event).where(Event.id == event.id))[0]
            return EventSaved(record, offered, summary)

    def delete_event(self, event_id: int, *, expected_version: int | None = None) -> None:
        """Remove an event made by mistake; one with registrations stays (cancel them first,
        or keep it as the record of who came)."""
        self._require_to(UseCase.MANAGE_EVENTS)
        with self._write() as s:
            event = self._locked(s, event_id)
            self._require_version(
                s,
                event,
                expected_version,
                "event",
                lambda: self._records(s, select(Event).where(Event.id == event_id))[0],  # fmt: skip
            )
            count = s.scalar(
                select(func.count())
                .select_from(Registration)
                .where(Registration.event_id == event.id)
            )
            if count:
                raise ValidationError(
                    _tr(
                        "{0} has %n registrations, so it cannot be removed; an event with "
                        "registrations stays as the record of who registered and who came.",
                        n=int(count or 0),
                    ).format(quoted(event.title))
                )
            s.delete(event)

    def _locked(self, s: Session, event_id: int) -> Event:
        """The event as it is once its row is locked, until the transaction ends (see the
        module); NotFoundError when there is none."""
        event = s.scalars(
            select(Event)
            .where(Event.id == event_id)
            .with_for_update(of=Event)
            .execution_options(populate_existing=True)
        ).one_or_none()
        if event is None:
            return get_or_raise(s, Event, event_id, "event")  # raises, naming it
        return event

    def _apply(
        self,
        s: Session,
        event: Event,
        data: EventInput,
        registrations: Sequence[RegistrationRecord],
    ) -> None:
        problems = Problems()
        values: dict[str, Any] = {
            "title": clean_text(problems, "title", data.title, max_length=200, required=True),
            "place": clean_text(problems, "place", data.place, max_length=300),
            "online_url": clean_text(problems, "online_url", data.online_url, max_length=500),
            "description": clean_text(problems, "description", data.description, max_length=20_000),
            "public": bool(data.public),
        }
        values["online"] = bool(data.online) or bool(values["online_url"])
        try:
            kind = EventKind(data.kind)
            values["kind"] = kind
        except ValueError:
            kind = None
            problems.add("kind", _tr("{0} is not a kind of event").format(quoted(str(data.kind))))
        for field, text in time_problems(data.start, data.end).items():
            problems.add(field, text)
        capacity = data.capacity
        if capacity is not None and (isinstance(capacity, bool) or not isinstance(capacity, int)):
            problems.add("capacity", _tr("must be a whole number"))
        else:
            for field, text in capacity_problems(
                capacity, [r.state() for r in registrations]
            ).items():
                problems.add(field, text)
        values["capacity"] = capacity
        if data.cohort_id is not None:
            if s.get(Cohort, data.cohort_id) is None:
                problems.add(
                    "cohort",
                    _tr("cohort {0} does not exist (it may have been removed)").format(
                        data.cohort_id
                    ),
                )
        elif kind is EventKind.PROGRAMME_SESSION:
            problems.add("cohort", _tr("A programme session is one of a cohort's: choose which."))
        values["cohort_id"] = data.cohort_id
        hosts = list(dict.fromkeys(data.host_ids))
        if hosts:
            found = set(s.scalars(select(Cluster.id).where(Cluster.id.in_(hosts))))
            missing = [h for h in hosts if h not in found]
            if missing:
                problems.add(
                    "hosts",
                    _tr("cluster {0} does not exist (it may have been removed)").format(missing[0]),
                )
        problems.labels = {**_labels(), **problems.labels}
        if problems.problems:
            raise ValidationError(problems.problems, labels=problems.labels)
        # Checked above: a naive time the clocks skip was refused.
        start = _as_moment(data.start)
        end = _as_moment(data.end)
        values["starts_at"], values["ends_at"] = start, end
        for key, value in values.items():
            if getattr(event, key, None) != value:
                setattr(event, key, value)
        self._set_hosts(s, event, hosts)

    @staticmethod
    def _set_hosts(s: Session, event: Event, hosts: list[int]) -> None:
        current = {h.cluster_id: h for h in event.hosts}
        if set(current) == set(hosts):
            return
        for cluster_id, host in current.items():
            if cluster_id not in hosts:
                event.hosts.remove(host)
        for cluster_id in hosts:
            if cluster_id not in current:
                event.hosts.append(EventHost(cluster_id=cluster_id))
        if event.id is not None:
            s.flush()
            # The hosts are edited with the event: a form opened before sees a new version.
            s.execute(
                update(Event).where(Event.id == event.id).values(row_version=Event.row_version + 1)
            )
            s.expire(event, ["row_version"])

    # --- registrations -------------------------------------------------------------------

    def registrations(
        self, event_id: int, *, statuses: Iterable[RegistrationStatus] | None = None
    ) -> list[RegistrationRecord]:
        """The event's registrations the actor reads (``statuses``: only those), by name."""
        with self._read() as s:
            get_or_raise(s, Event, event_id, "event")
            where = self._scope()
            if statuses is not None:
                wanted = Registration.status.in_([RegistrationStatus(x) for x in statuses])
                where = wanted if where is None else and_(where, wanted)
            return by_name(read_registrations(s, event_id, where=where))

    def checkin_list(self, event_id: int) -> CheckinList:
        """The event and every registration it has, by name, for the door: one query for
        the registrations, whatever their number."""
        self._require_to(UseCase.CHECK_IN)
        with self._read() as s:
            get_or_raise(s, Event, event_id, "event")
            event = self._records(s, select(Event).where(Event.id == event_id))[0]
            return CheckinList(event, tuple(by_name(read_registrations(s, event_id))))

    def door_counts(self, event_id: int) -> DoorCounts:
        """Expected, arrived, walk-ins, waitlisted, no-shows, cancelled (of what the actor
        reads)."""
        with self._read() as s:
            event = get_or_raise(s, Event, event_id, "event")
            ids = select(Event.id).where(Event.id == event_id).scalar_subquery()
            counted = _counts_by_event(s, ids, self._scope())
            return _door_counts(counted.get(event_id, {}), event.capacity)

    def register(
        self, event_id: int, person: PersonInput, *, at: dt.datetime | None = None
    ) -> RegistrationResult:
        """``person`` registers: a place while one is free and nobody waits, else the back
        of the waitlist. Someone who cancelled (or was marked a no-show) registers again
        the same way; someone registered, waiting or checked in is told so. ``at``: when
        they registered, when recorded afterwards (now by default)."""
        self._require_to(UseCase.MANAGE_EVENTS)
        when = moment(at)
        with self._write() as s:
            event = self._locked(s, event_id)
            who = person_of(s, person)
            registrations = read_registrations(s, event.id)
            found = find_person(registrations, who.key())
            if found is not None:
                return self._again(s, event, registrations, found, when)
            status = admit(event.capacity, [r.state() for r in registrations])[0]
            row = new_registration(event.id, who, status, when, source=RegistrationSource.MANUAL)
            s.add(row)
            s.flush()
            return self._registered(s, event, row.id, registrations)

    def _again(
        self,
        s: Session,
        event: Event,
        registrations: list[RegistrationRecord],
        found: RegistrationRecord,
        when: dt.datetime,
    ) -> RegistrationResult:
        if found.status not in (CANCELLED, NO_SHOW):
            raise ValidationError(
                _tr("{0} is already on the list for {1}: {2}.").format(
                    found.name, event.title, in_words(found.status).lower()
                )
            )
        plan = plan_changes(
            event.capacity, [r.state() for r in registrations], [Wanted(found.id, REGISTERED)], when
        )
        store_plan(s, plan, when)
        return self._registered(s, event, found.id, registrations)

    def _registered(
        self,
        s: Session,
        event: Event,
        registration_id: int,
        before: Sequence[RegistrationRecord],
    ) -> RegistrationResult:
        """The result of registering (or letting in) one person: ``before``, the event's
        registrations as they were, with this one's as it is now (not all read again: the
        door's Enter is one of these, over 2,000 registrations)."""
        record = read_one(s, registration_id)
        now = {r.id: r for r in before}
        now[record.id] = record
        states = [r.state() for r in now.values()]
        counts = door_counts(states, event.capacity)
        if record.status is WAITLISTED:
            position = 1 + [w.id for w in waitlist(states)].index(record.id)
            summary = _tr(
                "{0} is on the waitlist for {1}, number {2} in line: every place is taken or "
                "others were waiting."
            ).format(record.name, event.title, position)
            return RegistrationResult(record, counts, summary, position)
        if record.status is ATTENDED:
            summary = _tr("{0} is checked in at {1}.").format(record.name, event.title)
        else:
            summary = _tr("{0} is registered for {1}.").format(record.name, event.title)
        return RegistrationResult(record, counts, summary)

    def change_status(
        self,
        registration_id: int,
        to: RegistrationStatus,
        *,
        at: dt.datetime | None = None,
        expected_version: int | None = None,
    ) -> StatusResult:
        """One registration to ``to`` (cancel, register again, check in or undo it, mark a
        no-show), by the rules of ``domain.events``; a cancellation offers the freed place
        to the first on the waitlist, and the result says so."""
        self._require_to(UseCase.MANAGE_EVENTS)
        return self._move(registration_id, to, at, expected_version)

    def change_statuses(
        self, event_id: int, changes: Sequence[Wanted], *, at: dt.datetime | None = None
    ) -> StatusResult:
        """Several of an event's registrations at once, all or none: a refusal names every
        change that may not be made (RegistrationChangeError), and nothing changes."""
        self._require_to(UseCase.MANAGE_EVENTS)
        when = moment(at)
        with self._write() as s:
            event = self._locked(s, event_id)
            registrations = read_registrations(s, event.id)
            _refuse_too_early(event, registrations, changes, when)
            plan = plan_changes(event.capacity, [r.state() for r in registrations], changes, when)
            return self._stored(s, event, registrations, plan, when, asked=changes)

    def mark_no_shows(self, event_id: int, *, at: dt.datetime | None = None) -> StatusResult:
        """Once the event has started: everyone still registered did not come."""
        self._require_to(UseCase.MANAGE_EVENTS)
        when = moment(at)
        with self._write() as s:
            event = self._locked(s, event_id)
            if when < event.starts_at:
                raise ValidationError(
                    _tr("{0} has not started yet ({1}); mark the no-shows once it is held.").format(
                        event.title, _day_of(event.starts_at)
                    )
                )
            registrations = read_registrations(s, event.id)
            plan = mark_no_shows([r.state() for r in registrations])
            result = self._stored(s, event, registrations, plan, when, asked=None)
            summary = _tr("%n people who were registered did not come.", n=len(plan.changes))
            return replace(result, summary=summary)

    # --- the door ------------------------------------------------------------------------

    def check_in(
        self,
        registration_id: int,
        *,
        at: dt.datetime | None = None,
        expected_version: int | None = None,
    ) -> StatusResult:
        """The person is here: attended, from any status (the door lets anyone in, over the
        capacity if need be), from the day of the event."""
        self._require_to(UseCase.CHECK_IN)
        return self._move(registration_id, ATTENDED, at, expected_version)

    def undo_check_in(
        self,
        registration_id: int,
        *,
        at: dt.datetime | None = None,
        expected_version: int | None = None,
    ) -> StatusResult:
        """A check-in made by mistake: registered again (a walk-in is cancelled instead)."""
        self._require_to(UseCase.CHECK_IN)
        return self._move(registration_id, None, at, expected_version)

    def walk_in(
        self, event_id: int, person: PersonInput, *, at: dt.datetime | None = None
    ) -> RegistrationResult:
        """Someone not on the list came: added as attended, a walk-in. A person who is on
        the list after all (the same contact or address) is checked in from it instead,
        and the result says so."""
        self._require_to(UseCase.CHECK_IN)
        when = moment(at)
        with self._write() as s:
            event = self._locked(s, event_id)
            who = person_of(s, person)
            registrations = read_registrations(s, event.id)
            found = find_person(registrations, who.key())
            if found is not None:
                _refuse_too_early(event, registrations, [Wanted(found.id, ATTENDED)], when)
                plan = plan_changes(
                    event.capacity,
                    [r.state() for r in registrations],
                    [Wanted(found.id, ATTENDED)],
                    when,
                )
                store_plan(s, plan, when)
                result = self._registered(s, event, found.id, registrations)
                summary = _tr("{0} was on the list already, and is checked in now.").format(
                    found.name
                )
                return replace(result, summary=summary)
            _refuse_walk_in_too_early(event, who, when)
            row = new_registration(
                event.id, who, ATTENDED, when, walk_in=True, source=RegistrationSource.DOOR
            )
            s.add(row)
            s.flush()
            result = self._registered(s, event, row.id, registrations)
            summary = _tr("{0} walked in and is checked in.").format(who.shown_name)
            return replace(result, summary=summary)

    def _move(
        self,
        registration_id: int,
        to: RegistrationStatus | None,
        at: dt.datetime | None,
        expected_version: int | None,
    ) -> StatusResult:
        """``to`` None: the check-in undone (a walk-in's is cancelled)."""
        when = moment(at)
        with self._write() as s:
            event_id = s.scalar(
                select(Registration.event_id).where(Registration.id == registration_id)
            )
            if event_id is None:
                raise _missing(s, registration_id)
            event = self._locked(s, event_id)
            found = s.get(Registration, registration_id, populate_existing=True)
            assert found is not None
            self._require_version(
                s, found, expected_version, "registration", lambda: read_one(s, registration_id)
            )
            registrations = read_registrations(s, event.id)
            if to is None:
                if found.status is not ATTENDED:
                    name = read_one(s, registration_id).name
                    raise RegistrationChangeError(
                        {
                            f"registration:{registration_id}": _tr(
                                "{0} is not checked in, so there is no check-in to undo."
                            ).format(name)
                        }
                    )
                to = CANCELLED if found.walk_in else REGISTERED
            wanted = [Wanted(registration_id, RegistrationStatus(to))]
            _refuse_too_early(event, registrations, wanted, when)
            plan = plan_changes(event.capacity, [r.state() for r in registrations], wanted, when)
            return self._stored(s, event, registrations, plan, when, asked=wanted)

    def _stored(
        self,
        s: Session,
        event: Event,
        before: Sequence[RegistrationRecord],
        plan: Plan,
        when: dt.datetime,
        *,
        asked: Sequence[Wanted] | None,
    ) -> StatusResult:
        store_plan(s, plan, when)
        moved = list(dict.fromkeys(c.registration_id for c in plan.changes))
        # Those that moved as they are now; the rest as they were read.
        now = {r.id: r for r in before}
        if moved:
            now.update(
                (r.id, r) for r in read_registrations(s, event.id, where=Registration.id.in_(moved))
            )
        changed = tuple(now[i] for i in moved)
        offered = tuple(now[i] for i in plan.offered)
        counts = door_counts([r.state() for r in now.values()], event.capacity)
        names = {r.id: r.name for r in before}
        sentences = [
            _moved_sentence(names[c.registration_id], c.before, c.after, now, c.registration_id)
            for c in plan.changes
            if not c.offered_place
            and (asked is None or c.registration_id in {w.registration_id for w in asked})
        ]
        if offered:
            sentences.append(_offered_sentence(offered))
        log.info("event %s: %d registrations moved", event.id, len(changed))
        return StatusResult(changed, offered, counts, " ".join(sentences))

    # --- attendance ----------------------------------------------------------------------

    def session_attendance(self, cohort_id: int) -> CohortAttendance:
        """The cohort's programme sessions, by when they start, and for each company
        enrolled in it the sessions its people attended and missed."""
        now = utcnow()
        with self._read() as s:
            self._visible_cohort(s, cohort_id)
            sessions = s.execute(
                select(Event.id, Event.title, Event.starts_at, Event.ends_at)
                .where(Event.cohort_id == cohort_id, Event.kind == EventKind.PROGRAMME_SESSION)
                .order_by(Event.starts_at, Event.id)
            ).all()
            companies = s.execute(
                select(Company.id, Company.name)
                .join(Enrolment, Enrolment.company_id == Company.id)
                .where(Enrolment.cohort_id == cohort_id)
            ).all()
            ids = [e for e, *_ in sessions]
            counted: dict[int, dict[int, dict[RegistrationStatus, int]]] = defaultdict(
                lambda: defaultdict(dict)
            )
            if ids and companies:
                query = (
                    select(
                        Registration.organisation_id,
                        Registration.event_id,
                        Registration.status,
                        func.count(),
                    )
                    .where(
                        Registration.event_id.in_(ids),
                        Registration.organisation_id.in_([c for c, _ in companies]),
                    )
                    .group_by(
                        Registration.organisation_id, Registration.event_id, Registration.status
                    )
                )
                for organisation_id, event_id, status, count in s.execute(query):
                    if organisation_id is not None:
                        counted[organisation_id][event_id][RegistrationStatus(status)] = int(count)
        records = tuple(
            SessionRecord(
                i, title, norwegian_time(starts), norwegian_time(ends), held=starts <= now
            )
            for i, title, starts, ends in sessions
        )
        attendance = []
        for company_id, name in companies:
            per_session = counted.get(company_id, {})
            attended = tuple(i for i in ids if per_session.get(i, {}).get(ATTENDED))
            missed = tuple(
                i
                for i in ids
                if not per_session.get(i, {}).get(ATTENDED) and per_session.get(i, {}).get(NO_SHOW)
            )
            attendances = sum(per_session.get(i, {}).get(ATTENDED, 0) for i in ids)
            attendance.append(CompanyAttendance(company_id, name, attended, attendances, missed))
        attendance.sort(key=lambda c: (collation_key(c.company_name), c.company_id))
        return CohortAttendance(cohort_id, records, tuple(attendance))

    def events_of(self, organisation_id: int) -> list[OrganisationEvent]:
        """The events an organisation's people registered for, the latest first, with each
        person's status (those the actor reads: none of an organisation a mentor does not
        read, as the memberships of one)."""
        with self._read() as s:
            where: ColumnElement[bool] = Registration.organisation_id == organisation_id
            scope = self._scope()
            if scope is not None:
                where = and_(where, scope)
            query = (
                registration_columns()
                .add_columns(Event.title, Event.kind, Event.starts_at, Event.ends_at)
                .join(Event, Event.id == Registration.event_id)
                .where(where)
            )
            rows = s.execute(query).all()
        people: dict[int, list[RegistrationRecord]] = defaultdict(list)
        about: dict[int, tuple[str, EventKind, dt.datetime, dt.datetime]] = {}
        for row in rows:
            record = registration_record(row[:-4])
            people[record.event_id].append(record)
            title, kind, starts, ends = row[-4:]
            about[record.event_id] = (title, EventKind(kind), starts, ends)
        found = [
            OrganisationEvent(
                event_id,
                about[event_id][0],
                about[event_id][1],
                norwegian_time(about[event_id][2]),
                norwegian_time(about[event_id][3]),
                tuple((r.name, r.status) for r in by_name(registered)),
            )
            for event_id, registered in people.items()
        ]
        found.sort(key=lambda e: (e.starts_at, e.event_id), reverse=True)
        return found

    # --- importing -----------------------------------------------------------------------

    def preview_registrations(
        self,
        event_id: int,
        table: CsvTable,
        mapping: Mapping[int, RegistrationField | str] | None = None,
    ) -> RegistrationImportPreview:
        """What importing ``table`` (an event-registration tool's file) would do, row by
        row, with every row's problems; writes nothing."""
        from accelerator.services.importing.registrations import plan_registrations, preview_of

        self._require_to(UseCase.MANAGE_EVENTS)
        with self._read() as s:
            event = get_or_raise(s, Event, event_id, "event")
            plan = plan_registrations(s, event, table, mapping)
            return preview_of(plan)

    def import_registrations(
        self,
        event_id: int,
        table: CsvTable,
        mapping: Mapping[int, RegistrationField | str] | None = None,
        *,
        at: dt.datetime | None = None,
    ) -> RegistrationImportResult:
        """Register every person the file lists, or none: any row with a problem raises
        ImportRefusedError naming each, and nothing is written. A row's e-mail address finds
        a contact on record; its organisation number finds an organisation (or makes one,
        with the row's organisation name); a person at an organisation on record who is
        not yet a contact becomes one. Someone already registered stays as they are.
        ``at``: when they registered, when imported afterwards (now by default)."""
        from accelerator.services.importing.registrations import plan_registrations, write_plan

        self._require_to(UseCase.MANAGE_EVENTS)
        when = moment(at)
        with self._write() as s:
            event = self._locked(s, event_id)
            plan = plan_registrations(s, event, table, mapping)
            result = write_plan(s, event, plan, when)
        log.info("imported registrations for event %s: %s", event_id, result.summary)
        return result


# --- sentences -------------------------------------------------------------------------------


def _moved_sentence(
    name: str,
    before: RegistrationStatus,
    after: RegistrationStatus,
    now: Mapping[int, RegistrationRecord],
    registration_id: int,
) -> str:
    if after is WAITLISTED:
        line = waitlist([r.state() for r in now.values()])
        position = 1 + [w.id for w in line].index(registration_id)
        return _tr("{0} registered again and waits for a place, number {1} in line.").format(
            name, position
        )
    if after is REGISTERED and before is ATTENDED:
        return _tr("{0}'s check-in is undone; they are registered.").format(name)
    if after is REGISTERED:
        return _tr("{0} is registered.").format(name)
    if after is CANCELLED and before is ATTENDED:
        return _tr("{0}, added at the door by mistake, is cancelled.").format(name)
    if after is CANCELLED:
        return _tr("{0} has cancelled.").format(name)
    if after is ATTENDED:
        return _tr("{0} is checked in.").format(name)
    return _tr("{0} did not come (no-show).").format(name)


def _offered_sentence(offered: Sequence[RegistrationRecord]) -> str:
    names = ", ".join(r.name for r in offered)
    return _tr(
        "Places came free for %n people on the waitlist: {0}. Let them know.", n=len(offered)
    ).format(names)


def _missing(s: Session, registration_id: int) -> Exception:
    """The NotFoundError naming a registration that is not there."""
    try:
        get_or_raise(s, Registration, registration_id, "registration")
    except NotFoundError as error:
        return error
    raise AssertionError(registration_id)  # pragma: no cover - it was not there a moment ago


def _day_of(moment_: dt.datetime) -> str:
    return format_date(norwegian_time(moment_).date())


def _as_moment(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    return on_the_clock(value.date(), value.time()).astimezone(dt.UTC)


def _refuse_too_early(
    event: Event,
    registrations: Sequence[RegistrationRecord],
    wanted: Sequence[Wanted],
    when: dt.datetime,
) -> None:
    """Nobody is checked in before the day of the event, nor marked a no-show before it
    starts: a door laptop open on the wrong event must not write into a coming one."""
    names = {r.id: r.name for r in registrations}
    day = norwegian_time(event.starts_at).date()
    problems: dict[str, str] = {}
    for ask in wanted:
        who = names.get(ask.registration_id, "")
        key = f"registration:{ask.registration_id}"
        if ask.to is ATTENDED and norwegian_time(when).date() < day:
            problems[key] = _tr("{0} cannot be checked in before the day of {1} ({2}).").format(
                who, event.title, format_date(day)
            )
        elif ask.to is NO_SHOW and when < event.starts_at:
            problems[key] = _tr(
                "{0} cannot be marked as a no-show before {1} has started ({2})."
            ).format(who, event.title, format_date(day))
    if problems:
        raise RegistrationChangeError(problems)


def _refuse_walk_in_too_early(event: Event, who: Person, when: dt.datetime) -> None:
    day = norwegian_time(event.starts_at).date()
    if norwegian_time(when).date() < day:
        raise ValidationError(
            _tr("{0} cannot be checked in before the day of {1} ({2}).").format(
                who.shown_name, event.title, format_date(day)
            )
        )
