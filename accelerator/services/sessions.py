"""Mentor sessions: the time a mentor spends with a company in a cohort, its hours per
mentor, per company and per cohort (an in-kind contribution in a funder's report), and a
mentor's capacity with the check a coordinator sees before assigning one more company.

Who may write: a coordinator logs, corrects and removes any session, for a mentor
assigned to the enrolment; a mentor only their own sessions, with the companies assigned
to them (``UseCase.LOG_MENTOR_SESSIONS``, assigned only). Everyone who reads the cohort
reads its sessions.

The capacity rule (``capacity_check``): a mentor with "companies at once" set is beyond
it when the active enrolments of unfinished cohorts assigned to them, with the one about
to be assigned, are more than that; a mentor with "hours a month" set is beyond it when
the hours they logged over the last three whole months, divided by three, already reach
it. Either open (not set) is never exceeded.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, Role, SessionKind
from accelerator.domain.formatting import format_date, format_number, join_words
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Cohort,
    Company,
    Enrolment,
    MentorAssignment,
    MentorCapacity,
    MentorSession,
    User,
)
from accelerator.services.base import Service, get_or_raise
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Sessions")

#: The longest session one row holds: a day.
MAX_MINUTES = 24 * 60
MAX_TOPIC = 300
MAX_FOLLOW_UPS = 20_000
#: The months whose logged hours make a mentor's usual load (capacity_check).
LOAD_MONTHS = 3


def hours_text(minutes: int) -> str:
    """``minutes`` as hours with at most one decimal, in the language spoken: "1.5 h"."""
    tenths = (minutes + 3) // 6  # a half tenth rounds up, as a person rounds
    return _tr("{0} h").format(format_number(tenths / 10))


@dataclass(frozen=True)
class SessionInput:
    enrolment_id: int
    held_on: dt.date
    minutes: int
    kind: SessionKind
    topic: str
    follow_ups: str = ""
    #: Who held it. None: the acting mentor; for a coordinator, themselves if assigned to
    #: the enrolment, else its only mentor.
    mentor_id: int | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    enrolment_id: int
    company_name: str
    cohort_name: str
    mentor_id: int
    mentor_name: str
    held_on: dt.date
    minutes: int
    kind: SessionKind
    topic: str
    follow_ups: str
    row_version: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class MentorHours:
    """The time one mentor logged in one cohort."""

    cohort_id: int
    cohort_name: str
    mentor_id: int
    mentor_name: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class CompanyHours:
    """The time one mentor logged with one company in one cohort."""

    enrolment_id: int
    company_name: str
    cohort_id: int
    cohort_name: str
    mentor_id: int
    mentor_name: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class CapacityRecord:
    user_id: int
    hours_per_month: int | None
    companies_at_once: int | None
    #: None while nothing is set (no row yet).
    row_version: int | None


@dataclass(frozen=True)
class CapacityCheck:
    """A mentor's load against their capacity, with one more company assigned."""

    user_id: int
    mentor_name: str
    capacity: CapacityRecord
    #: Active enrolments in unfinished cohorts assigned to them, the new one included.
    companies: int
    #: Hours a month they logged on average over the last three whole months.
    mean_hours: float
    warnings: tuple[str, ...]

    @property
    def beyond(self) -> bool:
        return bool(self.warnings)

    @property
    def message(self) -> str:
        return " ".join(self.warnings)


def _record(row: MentorSession, company: str, cohort: str, mentor: str) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        enrolment_id=row.enrolment_id,
        company_name=company,
        cohort_name=cohort,
        mentor_id=row.mentor_id,
        mentor_name=mentor,
        held_on=row.held_on,
        minutes=row.minutes,
        kind=SessionKind(row.kind),
        topic=row.topic,
        follow_ups=row.follow_ups,
        row_version=row.row_version,
    )


def _loaded(s: Session, row: MentorSession) -> SessionRecord:
    enrolment = s.get(Enrolment, row.enrolment_id)
    mentor = s.get(User, row.mentor_id)
    assert enrolment is not None and mentor is not None
    return _record(row, enrolment.company.name, enrolment.cohort.name, mentor.display_name)


def _months_before(today: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The first day of the month ``months`` before this one, and the first of this one."""
    this_month = today.replace(day=1)
    index = this_month.year * 12 + this_month.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1), this_month


class SessionService(Service):
    # --- writing ----------------------------------------------------------------------------

    def log_session(self, data: SessionInput, *, today: dt.date | None = None) -> SessionRecord:
        """Record a session with a company in a cohort: its date, length, kind, topic and
        follow-ups."""
        self._require_to(UseCase.LOG_MENTOR_SESSIONS)
        values = _validate(data, today or dt.date.today())
        with self._write() as s:
            enrolment = get_or_raise(s, Enrolment, data.enrolment_id, "enrolment")
            self._require_assigned(s, enrolment.id)
            _refuse_before_joining(enrolment, data.held_on)
            mentor_id = self._mentor_of(s, enrolment, data.mentor_id)
            row = MentorSession(
                enrolment_id=enrolment.id,
                mentor_id=mentor_id,
                held_on=data.held_on,
                minutes=data.minutes,
                kind=SessionKind(data.kind),
                topic=values[0],
                follow_ups=values[1],
            )
            s.add(row)
            s.flush()
            log.info("session %s logged with enrolment %s", row.id, enrolment.id)
            return _loaded(s, row)

    def correct_session(
        self,
        session_id: int,
        data: SessionInput,
        *,
        expected_version: int | None = None,
        today: dt.date | None = None,
    ) -> SessionRecord:
        """Correct a session: a mentor their own, a coordinator anyone's. Refused when
        someone else saved it since ``expected_version``."""
        self._require_to(UseCase.LOG_MENTOR_SESSIONS)
        values = _validate(data, today or dt.date.today())
        with self._write() as s:
            row = get_or_raise(s, MentorSession, session_id, "mentor session")
            self._require_own(s, row)
            if data.enrolment_id != row.enrolment_id:
                raise ValidationError(_tr("a session cannot move to another company or cohort"))
            self._require_version(
                s, row, expected_version, "mentor session", lambda: _loaded(s, row)
            )
            enrolment = get_or_raise(s, Enrolment, row.enrolment_id, "enrolment")
            _refuse_before_joining(enrolment, data.held_on)
            mentor_id = row.mentor_id if data.mentor_id is None else data.mentor_id
            if mentor_id != row.mentor_id:
                mentor_id = self._mentor_of(s, enrolment, mentor_id)
            row.mentor_id = mentor_id
            row.held_on = data.held_on
            row.minutes = data.minutes
            row.kind = SessionKind(data.kind)
            row.topic, row.follow_ups = values
            s.flush()
            return _loaded(s, row)

    def remove_session(self, session_id: int, *, expected_version: int | None = None) -> None:
        """Remove a session logged by mistake (it stays in the audit trail)."""
        self._require_to(UseCase.LOG_MENTOR_SESSIONS)
        with self._write() as s:
            row = get_or_raise(s, MentorSession, session_id, "mentor session")
            self._require_own(s, row)
            self._require_version(
                s, row, expected_version, "mentor session", lambda: _loaded(s, row)
            )
            s.delete(row)
            s.flush()

    def _require_assigned(self, s: Session, enrolment_id: int) -> None:
        if self.actor.role is not Role.MENTOR or self._is_assigned(s, enrolment_id):
            return
        log.warning(
            "refused: %s is not assigned to enrolment %s", self.actor.username, enrolment_id
        )
        raise PermissionDeniedError(
            _tr("{0} is not a mentor of this company and may not log sessions with it").format(
                self.actor.username
            )
        )

    def _require_own(self, s: Session, row: MentorSession) -> None:
        """A mentor corrects and removes only their own sessions, with their companies."""
        if self.actor.role is not Role.MENTOR:
            return
        if row.mentor_id != self.actor.user_id:
            raise PermissionDeniedError(
                _tr("only the mentor who logged this session or a coordinator may change it")
            )
        self._require_assigned(s, row.enrolment_id)

    def _mentor_of(self, s: Session, enrolment: Enrolment, wanted: int | None) -> int:
        """Who held the session: a mentor themselves; else ``wanted``, which must be one of
        the enrolment's mentors (None: the actor if assigned, else the only mentor)."""
        assigned = {a.user_id: a.mentor.display_name for a in enrolment.mentor_assignments}
        if self.actor.role is Role.MENTOR:
            if wanted is not None and wanted != self.actor.user_id:
                raise PermissionDeniedError(_tr("a mentor logs only their own sessions"))
            assert self.actor.user_id is not None
            return self.actor.user_id
        if wanted is None:
            if self.actor.user_id in assigned:
                assert self.actor.user_id is not None
                return self.actor.user_id
            if len(assigned) == 1:
                return next(iter(assigned))
            if not assigned:
                raise ValidationError(
                    _tr(
                        "{0} has no mentor in {1}; assign one before logging their sessions"
                    ).format(enrolment.company.name, enrolment.cohort.name),
                    field="mentor",
                )
            raise ValidationError(
                _tr("say which mentor held the session: {0}").format(
                    join_words(sorted(assigned.values()))
                ),
                field="mentor",
            )
        if wanted not in assigned:
            user = get_or_raise(s, User, wanted, "user")
            raise ValidationError(
                _tr("{0} is not a mentor of {1} in {2}").format(
                    user.display_name, enrolment.company.name, enrolment.cohort.name
                ),
                field="mentor",
            )
        return wanted

    # --- reading ----------------------------------------------------------------------------

    def sessions_of(self, enrolment_id: int) -> list[SessionRecord]:
        """The sessions with one company in one cohort, the latest first."""
        with self._read() as s:
            enrolment = self._visible_enrolment(s, enrolment_id)
            rows = s.execute(
                select(MentorSession, User.display_name)
                .join(User, User.id == MentorSession.mentor_id)
                .where(MentorSession.enrolment_id == enrolment_id)
                .order_by(MentorSession.held_on.desc(), MentorSession.id.desc())
            ).all()
            company, cohort = enrolment.company.name, enrolment.cohort.name
            return [_record(row, company, cohort, name) for row, name in rows]

    def get_session(self, session_id: int) -> SessionRecord:
        with self._read() as s:
            row = get_or_raise(s, MentorSession, session_id, "mentor session")
            self._visible_enrolment(s, row.enrolment_id)
            return _loaded(s, row)

    def hours_by_mentor(self, cohort_id: int | None = None) -> list[MentorHours]:
        """Each mentor's sessions and minutes per cohort (of one cohort, or of every cohort
        the reader may see), by cohort and then mentor."""
        query = (
            select(
                Cohort.id,
                Cohort.name,
                User.id,
                User.display_name,
                func.count(MentorSession.id),
                func.sum(MentorSession.minutes),
            )
            .select_from(MentorSession)
            .join(Enrolment, Enrolment.id == MentorSession.enrolment_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(User, User.id == MentorSession.mentor_id)
            .group_by(Cohort.id, Cohort.name, Cohort.start_date, User.id, User.display_name)
            .order_by(Cohort.start_date, Cohort.name, User.display_name)
        )
        with self._read() as s:
            query = self._scoped(s, query, cohort_id)
            return [
                MentorHours(cid, cname, uid, uname, int(n), int(m or 0))
                for cid, cname, uid, uname, n, m in s.execute(query)
            ]

    def hours_by_company(self, cohort_id: int | None = None) -> list[CompanyHours]:
        """Each mentor's sessions and minutes with each company per cohort."""
        query = (
            select(
                Enrolment.id,
                Company.name,
                Cohort.id,
                Cohort.name,
                User.id,
                User.display_name,
                func.count(MentorSession.id),
                func.sum(MentorSession.minutes),
            )
            .select_from(MentorSession)
            .join(Enrolment, Enrolment.id == MentorSession.enrolment_id)
            .join(Company, Company.id == Enrolment.company_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(User, User.id == MentorSession.mentor_id)
            .group_by(
                Enrolment.id,
                Company.name,
                Cohort.id,
                Cohort.name,
                Cohort.start_date,
                User.id,
                User.display_name,
            )
            .order_by(Cohort.start_date, Cohort.name, Company.name, User.display_name)
        )
        with self._read() as s:
            query = self._scoped(s, query, cohort_id)
            return [
                CompanyHours(eid, company, cid, cname, uid, uname, int(n), int(m or 0))
                for eid, company, cid, cname, uid, uname, n, m in s.execute(query)
            ]

    def _scoped(self, s: Session, query: Any, cohort_id: int | None) -> Any:
        if cohort_id is not None:
            self._visible_cohort(s, cohort_id)
            query = query.where(Enrolment.cohort_id == cohort_id)
        visible = self._visible_cohorts()
        if visible is not None:
            query = query.where(Enrolment.cohort_id.in_(visible))
        return query

    def minutes_this_month(
        self, user_id: int | None = None, *, today: dt.date | None = None
    ) -> int:
        """The minutes a mentor (default: the actor) logged this calendar month."""
        user_id = user_id if user_id is not None else self.actor.user_id
        if user_id is None:
            return 0
        today = today or dt.date.today()
        with self._read() as s:
            return int(
                s.scalar(
                    select(func.coalesce(func.sum(MentorSession.minutes), 0)).where(
                        MentorSession.mentor_id == user_id,
                        MentorSession.held_on >= today.replace(day=1),
                        MentorSession.held_on <= today,
                    )
                )
                or 0
            )

    # --- capacity ---------------------------------------------------------------------------

    def capacity(self, user_id: int) -> CapacityRecord:
        with self._read() as s:
            get_or_raise(s, User, user_id, "user")
            return _capacity(s, user_id)

    def set_capacity(
        self,
        user_id: int,
        hours_per_month: int | None,
        companies_at_once: int | None,
        *,
        expected_version: int | None = None,
    ) -> CapacityRecord:
        """What a mentor can give: hours a month and companies at once (None: open)."""
        self._require_to(UseCase.MANAGE_USERS)
        problems = Problems()
        if hours_per_month is not None and not 0 < hours_per_month <= 744:
            problems.add(
                "hours_per_month",
                _tr("must be a whole number of hours from 1 to 744, or left empty"),
                _tr("Hours a month"),
            )
        if companies_at_once is not None and not 0 < companies_at_once <= 1000:
            problems.add(
                "companies_at_once",
                _tr("must be a whole number from 1 to 1000, or left empty"),
                _tr("Companies at once"),
            )
        problems.raise_if_any()
        with self._write() as s:
            user = get_or_raise(s, User, user_id, "user")
            if user.role is not Role.MENTOR and user.role is not Role.COORDINATOR:
                raise ValidationError(
                    _tr("{0} is not a mentor; only a mentor has a capacity").format(
                        user.display_name
                    ),
                    field="mentor",
                )
            row = s.get(MentorCapacity, user_id)
            if row is None:
                if hours_per_month is None and companies_at_once is None:
                    return _capacity(s, user_id)
                row = MentorCapacity(user_id=user_id)
                s.add(row)
            else:
                self._require_version(
                    s, row, expected_version, "user", lambda: _capacity(s, user_id)
                )
            row.hours_per_month = hours_per_month
            row.companies_at_once = companies_at_once
            s.flush()
            return _capacity(s, user_id)

    def capacity_check(
        self, user_id: int, enrolment_id: int | None = None, *, today: dt.date | None = None
    ) -> CapacityCheck:
        """The mentor's load if assigned to ``enrolment_id`` as well (None: as it is), and
        a warning for each capacity it goes beyond (see the module's rule)."""
        today = today or dt.date.today()
        start, end = _months_before(today, LOAD_MONTHS)
        with self._read() as s:
            user = get_or_raise(s, User, user_id, "user")
            capacity = _capacity(s, user_id)
            assigned = set(
                s.scalars(
                    select(Enrolment.id)
                    .join(MentorAssignment, MentorAssignment.enrolment_id == Enrolment.id)
                    .join(Cohort, Cohort.id == Enrolment.cohort_id)
                    .where(
                        MentorAssignment.user_id == user_id,
                        Enrolment.status == EnrolmentStatus.ACTIVE,
                        Cohort.status != CohortStatus.FINISHED,
                    )
                )
            )
            if enrolment_id is not None:
                assigned.add(enrolment_id)
            minutes = int(
                s.scalar(
                    select(func.coalesce(func.sum(MentorSession.minutes), 0)).where(
                        MentorSession.mentor_id == user_id,
                        MentorSession.held_on >= start,
                        MentorSession.held_on < end,
                    )
                )
                or 0
            )
        mean_hours = round(minutes / 60 / LOAD_MONTHS, 1)
        warnings: list[str] = []
        name = user.display_name
        if capacity.companies_at_once is not None and len(assigned) > capacity.companies_at_once:
            words = (
                _tr("{0} would mentor {1} companies at once; their capacity is {2}.")
                if enrolment_id is not None
                else _tr("{0} mentors {1} companies at once; their capacity is {2}.")
            )
            warnings.append(words.format(name, len(assigned), capacity.companies_at_once))
        if capacity.hours_per_month is not None and mean_hours >= capacity.hours_per_month:
            warnings.append(
                _tr(
                    "{0} logged {1} a month on average over the last three months; their "
                    "capacity is {2} a month."
                ).format(
                    name,
                    hours_text(round(mean_hours * 60)),
                    hours_text(capacity.hours_per_month * 60),
                )
            )
        return CapacityCheck(user_id, name, capacity, len(assigned), mean_hours, tuple(warnings))


def _capacity(s: Session, user_id: int) -> CapacityRecord:
    row = s.get(MentorCapacity, user_id)
    if row is None:
        return CapacityRecord(user_id, None, None, None)
    return CapacityRecord(user_id, row.hours_per_month, row.companies_at_once, row.row_version)


def _validate(data: SessionInput, today: dt.date) -> tuple[str, str]:
    """The topic and follow-ups cleaned; every problem with the input at once."""
    problems = Problems()
    topic = clean_text(
        problems, "topic", data.topic, max_length=MAX_TOPIC, required=True, label=_tr("Topic")
    )
    if not topic and "topic" in problems.problems:
        problems.problems["topic"] = _tr("say what the session was about")
    follow_ups = clean_text(
        problems, "follow_ups", data.follow_ups, max_length=MAX_FOLLOW_UPS, label=_tr("Follow-ups")
    )
    if data.minutes <= 0:
        problems.add("minutes", _tr("must be more than 0 minutes"), _tr("Duration"))
    elif data.minutes > MAX_MINUTES:
        problems.add(
            "minutes",
            _tr("is more than 24 hours; log each day as a session of its own"),
            _tr("Duration"),
        )
    if data.held_on > today:
        problems.add(
            "held_on",
            _tr("is in the future ({0}); log a session once it is held").format(
                format_date(data.held_on)
            ),
            _tr("Date"),
        )
    try:
        SessionKind(data.kind)
    except ValueError:
        problems.add("kind", _tr("is not a meeting, a call or a workshop"), _tr("Kind"))
    problems.raise_if_any()
    return topic, follow_ups


def _refuse_before_joining(enrolment: Enrolment, held_on: dt.date) -> None:
    if held_on < enrolment.joined_on:
        raise ValidationError(
            {
                "held_on": _tr("is before {0} joined {1} ({2})").format(
                    enrolment.company.name, enrolment.cohort.name, format_date(enrolment.joined_on)
                )
            },
            labels={"held_on": _tr("Date")},
        )


__all__ = [
    "CapacityCheck",
    "CapacityRecord",
    "CompanyHours",
    "MentorHours",
    "SessionInput",
    "SessionRecord",
    "SessionService",
    "hours_text",
]
