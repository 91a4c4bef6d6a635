"""Meetings between organisations: booked from a matchmaking proposal or by hand, held,
and what came of them; the plan of a matchmaking event; the figures.

A meeting is between two organisations: from a proposal, the one with the need and the
one with the offer (and the need and the offer); by hand, any two. It is at an event, in
a time slot within the event's times and at a table, or outside one, at a time and a
place. Times are taken and shown as the clock in Norway shows them.

The rules, each refusal a sentence naming the clash: no organisation is in two meetings
at once (cancelled ones aside), no table of an event holds two meetings at once, a meeting
at an event lies within the event's times; a meeting is marked held, and its outcome
recorded, only once its slot is over.

Each write at an event locks the event's row first (as the events service does), so two
desktops booking the last free table of a slot cannot both get it.

A coordinator books and records meetings (MANAGE_MATCHMAKING). A viewer reads every one;
a mentor those where either organisation is one of the companies of their cohorts, the
other's name only when they read it too (as row-level security lets them on a server).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from accelerator.domain.enums import MeetingOutcome, MeetingStatus, NeedSide
from accelerator.domain.events import norwegian_time, on_the_clock
from accelerator.domain.formatting import format_date, format_datetime, quoted
from accelerator.domain.text import collation_key
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Company, Enrolment, Event, Meeting, Membership, NeedOffer
from accelerator.models.base import utcnow
from accelerator.services.base import Service, get_or_raise
from accelerator.services.records import MeetingFigures, MeetingPlan, MeetingRecord
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Meetings")

AnySelect = Select[*tuple[Any, ...]]

#: A meeting's length when only its start is given.
DEFAULT_LENGTH = dt.timedelta(minutes=30)

#: The statuses a meeting may be booked in; held and cancelled come after.
BOOKABLE = frozenset({MeetingStatus.REQUESTED, MeetingStatus.BOOKED})


@dataclass(frozen=True)
class MeetingInput:
    """A meeting as a form or a command sends it.

    From a proposal: ``need_id`` and ``offer_id`` (the organisations are theirs); by hand:
    ``organisation_id`` and ``counterpart_id``. At an event: ``event_id`` and ``table``;
    outside one: ``place``. ``start`` and ``end`` are on the clock in Norway when naive;
    no ``end``: :data:`DEFAULT_LENGTH` after the start."""

    start: dt.datetime
    end: dt.datetime | None = None
    organisation_id: int | None = None
    counterpart_id: int | None = None
    need_id: int | None = None
    offer_id: int | None = None
    event_id: int | None = None
    table: str = ""
    place: str = ""
    status: MeetingStatus = MeetingStatus.BOOKED
    note: str = ""


def _moment(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    return on_the_clock(value.date(), value.time()).astimezone(dt.UTC)


def _clock(moment: dt.datetime) -> str:
    return f"{norwegian_time(moment):%H:%M}"


def _slot(start: dt.datetime, end: dt.datetime) -> str:
    """``10:00-10:30`` on one day, else both times in full."""
    first, last = norwegian_time(start), norwegian_time(end)
    if first.date() == last.date():
        return f"{first:%H:%M}–{last:%H:%M}"
    return f"{format_datetime(first)}–{format_datetime(last)}"


def _table_key(label: str) -> tuple[Any, ...]:
    """Tables in the order a person counts them: Table 2 before Table 10."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, collation_key(part))
        for part in re.split(r"(\d+)", label)
        if part
    )


class MeetingService(Service):
    """Meetings: booking, rescheduling, holding, outcomes; an event's plan; the figures."""

    # --- scope -----------------------------------------------------------------------------

    def _visible_organisations(self) -> AnySelect | None:
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _scope(self) -> ColumnElement[bool] | None:
        visible = self._visible_organisations()
        if visible is None:
            return None
        return or_(Meeting.organisation_id.in_(visible), Meeting.counterpart_id.in_(visible))

    def _query(self) -> AnySelect:
        """Meetings with the names they show; a name the actor does not read is None."""
        first, second = aliased(Company), aliased(Company)
        need, offer = aliased(NeedOffer), aliased(NeedOffer)
        visible = self._visible_organisations()
        first_on = first.id == Meeting.organisation_id
        second_on = second.id == Meeting.counterpart_id
        need_on = need.id == Meeting.need_id
        offer_on = offer.id == Meeting.offer_id
        if visible is not None:
            first_on = and_(first_on, first.id.in_(visible))
            second_on = and_(second_on, second.id.in_(visible))
            need_on = and_(need_on, need.organisation_id.in_(visible))
            offer_on = and_(offer_on, offer.organisation_id.in_(visible))
        query = (
            select(Meeting, first.name, second.name, need.summary, offer.summary, Event.title)
            .select_from(Meeting)
            .outerjoin(first, first_on)
            .outerjoin(second, second_on)
            .outerjoin(need, need_on)
            .outerjoin(offer, offer_on)
            .outerjoin(Event, Event.id == Meeting.event_id)
        )
        scope = self._scope()
        return query if scope is None else query.where(scope)

    @staticmethod
    def _record(row: Any) -> MeetingRecord:
        meeting, first, second, need, offer, title = row
        return MeetingRecord(
            id=meeting.id,
            organisation_id=meeting.organisation_id,
            organisation_name=first or "",
            counterpart_id=meeting.counterpart_id,
            counterpart_name=second or "",
            need_id=meeting.need_id,
            need_summary=need or "",
            offer_id=meeting.offer_id,
            offer_summary=offer or "",
            event_id=meeting.event_id,
            event_title=title or "",
            starts_at=norwegian_time(meeting.starts_at),
            ends_at=norwegian_time(meeting.ends_at),
            table_label=meeting.table_label,
            place=meeting.place,
            status=MeetingStatus(meeting.status),
            outcome=MeetingOutcome(meeting.outcome) if meeting.outcome else None,
            note=meeting.note,
            row_version=meeting.row_version,
        )

    # --- reading ---------------------------------------------------------------------------

    def list_meetings(
        self,
        *,
        event_id: int | None = None,
        organisation_id: int | None = None,
        status: MeetingStatus | None = None,
        year: int | None = None,
    ) -> list[MeetingRecord]:
        """Meetings by when they start: at one event, of one organisation (either side),
        in one status, in one year (in Norway)."""
        query = self._filtered(self._query(), event_id, organisation_id, year)
        if status is not None:
            query = query.where(Meeting.status == MeetingStatus(status))
        with self._read() as s:
            return [
                self._record(row)
                for row in s.execute(query.order_by(Meeting.starts_at, Meeting.id))
            ]

    @staticmethod
    def _filtered(
        query: AnySelect, event_id: int | None, organisation_id: int | None, year: int | None
    ) -> AnySelect:
        if event_id is not None:
            query = query.where(Meeting.event_id == event_id)
        if organisation_id is not None:
            query = query.where(
                or_(
                    Meeting.organisation_id == organisation_id,
                    Meeting.counterpart_id == organisation_id,
                )
            )
        if year is not None:
            first = on_the_clock(dt.date(year, 1, 1), dt.time(0)).astimezone(dt.UTC)
            after = on_the_clock(dt.date(year + 1, 1, 1), dt.time(0)).astimezone(dt.UTC)
            query = query.where(Meeting.starts_at >= first, Meeting.starts_at < after)
        return query

    def get_meeting(self, meeting_id: int) -> MeetingRecord:
        with self._read() as s:
            get_or_raise(s, Meeting, meeting_id, "meeting")
            found = s.execute(self._query().where(Meeting.id == meeting_id)).first()
            if found is None:
                raise PermissionDeniedError(
                    _tr("{0} is not a mentor of either organisation and may not see it").format(
                        self.actor.username
                    )
                )
            return self._record(found)

    def plan(self, event_id: int) -> MeetingPlan:
        """Who meets whom at the event, when and at which table: by slot, then table
        (Table 2 before Table 10), cancelled meetings left out."""
        with self._read() as s:
            event = get_or_raise(s, Event, event_id, "event")
            rows = s.execute(
                self._query().where(
                    Meeting.event_id == event_id, Meeting.status != MeetingStatus.CANCELLED
                )
            )
            meetings = sorted(
                (self._record(row) for row in rows),
                key=lambda m: (m.starts_at, _table_key(m.table_label), m.ends_at, m.id),
            )
            return MeetingPlan(
                event_id=event.id,
                event_title=event.title,
                starts_at=norwegian_time(event.starts_at),
                ends_at=norwegian_time(event.ends_at),
                meetings=tuple(meetings),
            )

    def figures(self, event_id: int | None = None, year: int | None = None) -> MeetingFigures:
        """How many meetings were requested, in each status, held with each outcome, and
        across clusters (by the organisations' memberships on the meeting's day): every
        meeting the actor reads, or those at one event, or in one year (in Norway)."""
        query = self._filtered(
            select(
                Meeting.organisation_id,
                Meeting.counterpart_id,
                Meeting.starts_at,
                Meeting.status,
                Meeting.outcome,
            ),
            event_id,
            None,
            year,
        )
        scope = self._scope()
        if scope is not None:
            query = query.where(scope)
        with self._read() as s:
            if event_id is not None:
                get_or_raise(s, Event, event_id, "event")
            rows = s.execute(query).all()
            organisations = {org for row in rows for org in (row[0], row[1])}
            memberships: dict[int, list[tuple[int, dt.date, dt.date | None]]] = defaultdict(list)
            if organisations:
                for org, cluster, joined, left in s.execute(
                    select(
                        Membership.organisation_id,
                        Membership.cluster_id,
                        Membership.joined_on,
                        Membership.left_on,
                    ).where(Membership.organisation_id.in_(organisations))
                ):
                    memberships[org].append((cluster, joined, left))

        def clusters(org: int, day: dt.date) -> set[int]:
            return {
                cluster
                for cluster, joined, left in memberships.get(org, ())
                if joined <= day and (left is None or left >= day)
            }

        by_status = dict.fromkeys(MeetingStatus, 0)
        by_outcome = dict.fromkeys(MeetingOutcome, 0)
        held_without = across = 0
        for first, second, starts, status, outcome in rows:
            by_status[MeetingStatus(status)] += 1
            if status == MeetingStatus.HELD:
                if outcome is None:
                    held_without += 1
                else:
                    by_outcome[MeetingOutcome(outcome)] += 1
            if status == MeetingStatus.CANCELLED:
                continue
            day = norwegian_time(starts).date()
            mine, theirs = clusters(first, day), clusters(second, day)
            if mine and theirs and mine.isdisjoint(theirs):
                across += 1
        return MeetingFigures(
            requested=len(rows),
            by_status=by_status,
            by_outcome=by_outcome,
            held_without_outcome=held_without,
            across_clusters=across,
        )

    # --- writing ---------------------------------------------------------------------------

    def book(self, data: MeetingInput) -> MeetingRecord:
        """A meeting, requested or booked, from a proposal or by hand (see MeetingInput)."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        with self._write() as s:
            if data.event_id is not None:
                self._locked_event(s, data.event_id)
            meeting = Meeting(note="")
            self._apply(s, meeting, data)
            s.add(meeting)
            s.flush()
            return self._read_back(s, meeting.id)

    def update_meeting(
        self, meeting_id: int, data: MeetingInput, *, expected_version: int | None = None
    ) -> MeetingRecord:
        """Moved to another time, table, place or event, or between other organisations.
        Its status stays as it is (``data.status`` is not read); a meeting held keeps its
        outcome."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        with self._write() as s:
            was_at = s.scalar(select(Meeting.event_id).where(Meeting.id == meeting_id))
            for event_id in sorted({e for e in (data.event_id, was_at) if e is not None}):
                self._locked_event(s, event_id)
            meeting = self._meeting(s, meeting_id, expected_version)
            self._apply(s, meeting, data, keep_status=True)
            s.flush()
            return self._read_back(s, meeting.id)

    def set_status(
        self,
        meeting_id: int,
        status: MeetingStatus,
        *,
        expected_version: int | None = None,
        at: dt.datetime | None = None,
    ) -> MeetingRecord:
        """Requested, booked, held (once it is over) or cancelled. A meeting taken
        back from held loses its outcome; one brought back from cancelled is checked for
        clashes again."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        try:
            to = MeetingStatus(status)
        except ValueError:
            raise ValidationError(
                _tr("{0} is not a status of a meeting").format(quoted(str(status))),
                field="status",
            ) from None
        with self._write() as s:
            event_id = s.scalar(select(Meeting.event_id).where(Meeting.id == meeting_id))
            if event_id is not None:
                self._locked_event(s, event_id)
            meeting = self._meeting(s, meeting_id, expected_version)
            if meeting.status is to:
                raise ValidationError(_tr("The meeting is already in that status."), field="status")
            if to is MeetingStatus.HELD:
                _refuse_before_its_end(meeting.ends_at, at or utcnow())
            if meeting.status is MeetingStatus.CANCELLED:
                _refuse_clashes(
                    s,
                    meeting.id,
                    meeting.organisation_id,
                    meeting.counterpart_id,
                    meeting.event_id,
                    meeting.table_label,
                    meeting.starts_at,
                    meeting.ends_at,
                )
            if to is not MeetingStatus.HELD:
                meeting.outcome = None
            meeting.status = to
            s.flush()
            return self._read_back(s, meeting.id)

    def record_outcome(
        self,
        meeting_id: int,
        outcome: MeetingOutcome | None,
        note: str | None = None,
        *,
        expected_version: int | None = None,
        at: dt.datetime | None = None,
    ) -> MeetingRecord:
        """What came of the meeting (None: not known yet), and a note (None: as it was);
        the meeting is held, which it can be only once it is over."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        problems = Problems()
        chosen: MeetingOutcome | None = None
        if outcome is not None:
            try:
                chosen = MeetingOutcome(outcome)
            except ValueError:
                problems.add(
                    "outcome",
                    _tr("{0} is not an outcome of a meeting").format(quoted(str(outcome))),
                )
        text = None if note is None else clean_text(problems, "note", note, max_length=20_000)
        problems.raise_if_any()
        with self._write() as s:
            meeting = self._meeting(s, meeting_id, expected_version)
            if meeting.status is MeetingStatus.CANCELLED:
                raise ValidationError(
                    _tr("A cancelled meeting has no outcome; book it again first."),
                    field="outcome",
                )
            _refuse_before_its_end(meeting.ends_at, at or utcnow())
            meeting.status = MeetingStatus.HELD
            meeting.outcome = chosen
            if text is not None:
                meeting.note = text
            s.flush()
            return self._read_back(s, meeting.id)

    # --- inside ----------------------------------------------------------------------------

    def _locked_event(self, s: Session, event_id: int) -> Event:
        event = s.scalars(
            select(Event)
            .where(Event.id == event_id)
            .with_for_update(of=Event)
            .execution_options(populate_existing=True)
        ).one_or_none()
        if event is None:
            return get_or_raise(s, Event, event_id, "event")  # raises, naming it
        return event

    def _meeting(self, s: Session, meeting_id: int, expected_version: int | None) -> Meeting:
        meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
        self._require_version(
            s, meeting, expected_version, "meeting", lambda: self._read_back(s, meeting.id)
        )
        return meeting

    def _read_back(self, s: Session, meeting_id: int) -> MeetingRecord:
        return self._record(s.execute(self._query().where(Meeting.id == meeting_id)).one())

    def _apply(
        self, s: Session, meeting: Meeting, data: MeetingInput, *, keep_status: bool = False
    ) -> None:
        problems = Problems()
        table = clean_text(problems, "table", data.table, max_length=40, label=_tr("Table"))
        place = clean_text(problems, "place", data.place, max_length=300)
        note = clean_text(problems, "note", data.note, max_length=20_000)
        organisation_id, counterpart_id = data.organisation_id, data.counterpart_id
        for field_name, wanted, side in (
            ("need", data.need_id, NeedSide.NEED),
            ("offer", data.offer_id, NeedSide.OFFER),
        ):
            if wanted is None:
                continue
            found = s.get(NeedOffer, wanted)
            if found is None:
                problems.add(
                    field_name,
                    _tr("need or offer {0} does not exist (it may have been removed)").format(
                        wanted
                    ),
                )
            elif found.side is not side:
                problems.add(
                    field_name,
                    _tr("This is an offer, not a need.")
                    if side is NeedSide.NEED
                    else _tr("This is a need, not an offer."),
                )
            elif side is NeedSide.NEED:
                organisation_id = organisation_id or found.organisation_id
                if organisation_id != found.organisation_id:
                    problems.add("need", _tr("The need is another organisation's."))
            else:
                counterpart_id = counterpart_id or found.organisation_id
                if counterpart_id != found.organisation_id:
                    problems.add("offer", _tr("The offer is another organisation's."))
        names: dict[int, str] = {}
        for field_name, org in (("organisation", organisation_id), ("counterpart", counterpart_id)):
            if org is None:
                problems.add(
                    field_name,
                    _tr("Choose the organisation."),
                    label=_tr("Meets") if field_name == "counterpart" else None,
                )
                continue
            name = s.scalar(select(Company.name).where(Company.id == org))
            if name is None:
                problems.add(
                    field_name,
                    _tr("organisation {0} does not exist (it may have been removed)").format(org),
                )
            names[org] = name or ""
        if organisation_id is not None and organisation_id == counterpart_id:
            problems.add(
                "counterpart",
                _tr("An organisation does not meet itself: choose another."),
                label=_tr("Meets"),
            )
        start = end = None
        try:
            start = _moment(data.start)
            end = _moment(data.end) if data.end is not None else start + DEFAULT_LENGTH
        except ValidationError as error:
            problems.add("start", str(error))
        if start is not None and end is not None and end <= start:
            problems.add("end", _tr("The meeting must end after it starts."))
            end = None
        event = None
        if data.event_id is not None:
            event = s.get(Event, data.event_id)
            if event is None:
                problems.add(
                    "event",
                    _tr("event {0} does not exist (it may have been removed)").format(
                        data.event_id
                    ),
                )
            elif (
                start is not None
                and end is not None
                and (start < event.starts_at or end > event.ends_at)
            ):
                problems.add(
                    "start",
                    _tr("The meeting must be within {0}'s times ({1} to {2}).").format(
                        event.title,
                        format_datetime(norwegian_time(event.starts_at)),
                        format_datetime(norwegian_time(event.ends_at)),
                    ),
                )
        elif table:
            problems.add(
                "table",
                _tr("A table is one of an event's: choose the event, or say the place instead."),
                label=_tr("Table"),
            )
        status = meeting.status
        if not keep_status:
            try:
                status = MeetingStatus(data.status)
            except ValueError:
                problems.add(
                    "status",
                    _tr("{0} is not a status of a meeting").format(quoted(str(data.status))),
                )
            else:
                if status not in BOOKABLE:
                    problems.add(
                        "status",
                        _tr(
                            "A meeting is booked as requested or booked; "
                            "it is held or cancelled afterwards."
                        ),
                    )
        problems.raise_if_any()
        assert organisation_id is not None and counterpart_id is not None
        assert start is not None and end is not None
        if status is not MeetingStatus.CANCELLED:
            # Two desktops booking one organisation at one hour: the second waits here
            # for the first to commit, then sees its meeting (an event's row, locked
            # before, guards only its tables, and not meetings outside any event).
            s.execute(
                select(Company.id)
                .where(Company.id.in_(sorted({organisation_id, counterpart_id})))
                .order_by(Company.id)
                .with_for_update(of=Company)
            ).all()
            _refuse_clashes(
                s, meeting.id, organisation_id, counterpart_id, data.event_id, table, start, end
            )
        if status is MeetingStatus.HELD:
            _refuse_before_its_end(end, utcnow())
        meeting.organisation_id = organisation_id
        meeting.counterpart_id = counterpart_id
        meeting.need_id = data.need_id
        meeting.offer_id = data.offer_id
        meeting.event_id = data.event_id
        meeting.starts_at = start
        meeting.ends_at = end
        meeting.table_label = table
        meeting.place = place
        meeting.status = status
        meeting.note = note


def _refuse_clashes(
    s: Session,
    meeting_id: int | None,
    organisation_id: int,
    counterpart_id: int,
    event_id: int | None,
    table: str,
    start: dt.datetime,
    end: dt.datetime,
) -> None:
    """Refuse a time when either organisation is in another meeting, or, at an event,
    when the table (case and spacing aside) holds another meeting: naming whom and when."""
    first, second = aliased(Company), aliased(Company)
    both = (organisation_id, counterpart_id)
    near = or_(Meeting.organisation_id.in_(both), Meeting.counterpart_id.in_(both))
    if event_id is not None and table:
        near = or_(near, Meeting.event_id == event_id)
    query = (
        select(Meeting, first.name, second.name)
        .join(first, first.id == Meeting.organisation_id)
        .join(second, second.id == Meeting.counterpart_id)
        .where(
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.starts_at < end,
            Meeting.ends_at > start,
            near,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if meeting_id is not None:
        query = query.where(Meeting.id != meeting_id)
    wanted = _table_name(table)
    for meeting, one, two in s.execute(query):
        when = _slot(meeting.starts_at, meeting.ends_at)
        day = format_date(norwegian_time(meeting.starts_at).date())
        if meeting.organisation_id in both or meeting.counterpart_id in both:
            busy, partner = (one, two) if meeting.organisation_id in both else (two, one)
            raise ValidationError(
                _tr("{0} already meets {1} at {2} on {3}: choose another time.").format(
                    busy, partner, when, day
                ),
                field="start",
            )
        if wanted and _table_name(meeting.table_label) == wanted:
            raise ValidationError(
                _tr("{0} is taken at {1} by {2} and {3}: choose another table or time.").format(
                    meeting.table_label, when, one, two
                ),
                field="table",
                labels={"table": _tr("Table")},
            )


def _table_name(label: str) -> str:
    return " ".join(label.casefold().split())


def _refuse_before_its_end(end: dt.datetime, now: dt.datetime) -> None:
    """A meeting is held, and its outcome known, once its slot is over."""
    if now < end:
        raise ValidationError(
            _tr(
                "The meeting is not over yet (it ends {0}); it is marked held, and its "
                "outcome recorded, after that."
            ).format(format_datetime(norwegian_time(end))),
            field="status",
        )
