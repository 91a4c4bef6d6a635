"""What every service shares: the open database, the acting user, one transaction per use case."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Select, exc, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm import exc as orm_exc

from accelerator.db.engine import Database
from accelerator.domain.enums import Role, role_noun
from accelerator.errors import (
    AcceleratorError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from accelerator.i18n import in_context, marked, translate
from accelerator.models import AuditEntry, Base, Cohort, Enrolment, MentorAssignment, User
from accelerator.services import written
from accelerator.services.audit import ACTOR_KEY, WRITTEN_KEY, pending_tables
from accelerator.services.use_cases import UseCase, role_allows

log = logging.getLogger(__name__)
_tr = in_context("Services")

#: What a person calls each kind of record in a message ("cohort 4 does not exist"); the
#: services name a record by its English word (``Kind.what``, ``get_or_raise``), shown
#: through this table in the language spoken.
RECORD_NOUNS = {
    "assessment": marked("Records", "assessment"),
    "cluster": marked("Records", "cluster"),
    "cohort": marked("Records", "cohort"),
    "company": marked("Records", "company"),
    "contact": marked("Records", "contact"),
    "enrolment": marked("Records", "enrolment"),
    "event": marked("Records", "event"),
    "funding application": marked("Records", "funding application"),
    "funding scheme": marked("Records", "funding scheme"),
    "joint project": marked("Records", "joint project"),
    "meeting": marked("Records", "meeting"),
    "member figure": marked("Records", "member figure"),
    "member figure field": marked("Records", "member figure field"),
    "membership": marked("Records", "membership"),
    "mentor session": marked("Records", "mentor session"),
    "need or offer": marked("Records", "need or offer"),
    "milestone": marked("Records", "milestone"),
    "organisation": marked("Records", "organisation"),
    "programme": marked("Records", "programme"),
    "project partner": marked("Records", "project partner"),
    "readiness framework": marked("Records", "readiness framework"),
    "record": marked("Records", "record"),
    "registration": marked("Records", "registration"),
    "strategic area": marked("Records", "strategic area"),
    "user": marked("Records", "user"),
}
_RECORDS = "Records"


def record_noun(what: str) -> str:
    """``what`` (a key of :data:`RECORD_NOUNS`) as a person reads it in the language spoken."""
    return translate(_RECORDS, what) if what in RECORD_NOUNS else what


M = TypeVar("M", bound=Base)
R = TypeVar("R")


@dataclass(frozen=True)
class Actor:
    """Who is acting: recorded in the audit trail and checked by the services."""

    user_id: int | None
    username: str
    role: Role


#: The command line and start-up tasks act as the system, with a coordinator's rights.
SYSTEM = Actor(user_id=None, username="system", role=Role.COORDINATOR)


@dataclass(frozen=True)
class Kind(Generic[M, R]):
    """A kind of record as the services create and edit it (``Service._add``,
    ``Service._change``): its table, its name in messages, the record handed back, and
    the use case whose roles may write it."""

    model: type[M]
    what: str
    record: Callable[[M], R]
    use_case: UseCase


class StorageError(AcceleratorError):
    """The database refused a write for a reason outside the user's input (full disk, lock)."""


class Service:
    """Base of the use-case classes. Each public method opens and closes its own transaction."""

    def __init__(self, db: Database, actor: Actor = SYSTEM) -> None:
        self._db = db
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction. Once it commits, the tables its audit rows name are
        reported to whoever records this thread's writes (the window, to refresh)."""
        session: Session | None = None
        try:
            with self._db.write() as session:
                self._check_actor(session)
                session.info[ACTOR_KEY] = self._actor
                yield session
            written.record(session.info.get(WRITTEN_KEY, ()))
        except exc.OperationalError as error:
            log.exception("write failed")
            raise StorageError(_storage_message(error)) from error
        except orm_exc.StaleDataError as error:
            # The version checked in the UPDATE itself: someone saved in the same moment.
            log.info("conflict at flush: %s", error)
            if session is not None:
                written.record(pending_tables(session))  # what shows it is out of date
            raise ConflictError(
                _tr(
                    "someone else saved this record at the same moment; nothing was saved. "
                    "Open it again to see their change."
                )
            ) from error

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._db.read() as session:
            self._check_actor(session)
            yield session

    def _check_actor(self, session: Session) -> None:
        """A user deactivated since signing in can do nothing more, from any window."""
        if self._actor.user_id is None:
            return
        active = session.scalar(select(User.active).where(User.id == self._actor.user_id))
        if not active:
            log.warning("refused: %s is deactivated", self._actor.username)
            raise PermissionDeniedError(
                _tr("{0}'s account is deactivated; sign in as someone else").format(
                    self._actor.username
                )
            )

    def _visible_cohorts(self) -> Select[int] | None:
        """The cohorts the actor may read, as a subquery of ids; None means every cohort.

        A mentor reads the cohorts in which they are assigned to at least one company.
        """
        if self._actor.role is not Role.MENTOR:
            return None
        return (
            select(Enrolment.cohort_id)
            .join(MentorAssignment, MentorAssignment.enrolment_id == Enrolment.id)
            .where(MentorAssignment.user_id == self._actor.user_id)
        )

    def _require_cohort_visible(self, session: Session, cohort_id: int) -> None:
        visible = self._visible_cohorts()
        if visible is None:
            return
        if session.scalar(visible.where(Enrolment.cohort_id == cohort_id).limit(1)) is None:
            log.warning("refused: %s may not read cohort %s", self._actor.username, cohort_id)
            raise PermissionDeniedError(
                _tr("{0} is not a mentor in this cohort and may not see it").format(
                    self._actor.username
                )
            )

    def _visible_cohort(self, session: Session, cohort_id: int) -> Cohort:
        """The cohort, once it is known to exist and the actor may read it."""
        cohort = get_or_raise(session, Cohort, cohort_id, "cohort")
        self._require_cohort_visible(session, cohort.id)
        return cohort

    def _visible_enrolment(self, session: Session, enrolment_id: int) -> Enrolment:
        """The enrolment, once it is known to exist and the actor may read its cohort."""
        enrolment = get_or_raise(session, Enrolment, enrolment_id, "enrolment")
        self._require_cohort_visible(session, enrolment.cohort_id)
        return enrolment

    def _require_version(
        self,
        s: Session,
        obj: Base,
        expected: int | None,
        what: str,
        record: Callable[[], object],
    ) -> None:
        """Refuse to save over a change someone else made since the form read ``obj``.

        ``expected`` is the ``row_version`` the form was filled from (None: no check,
        for callers that read and write in one go). The error carries the record as it
        is now and, when the reader may see the audit trail's entry, who saved it.
        """
        current = getattr(obj, "row_version", None)
        if expected is None or current == expected:
            return
        last = s.execute(
            select(func.coalesce(User.display_name, AuditEntry.username), AuditEntry.at)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(
                AuditEntry.table_name == obj.__tablename__,
                AuditEntry.record_id == inspect(obj).identity[0],  # type: ignore[index]
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        by, at = (last[0], last[1]) if last is not None else (None, None)
        log.info("conflict: %s %s is at version %s, the form had %s", what, obj, current, expected)
        written.record([obj.__tablename__])  # changed by someone else: what shows it is stale
        noun = record_noun(what)
        if by:
            message = _tr(
                "{0} changed this {1} while you were editing it; nothing was saved"
            ).format(by, noun)
        else:
            message = _tr(
                "someone else changed this {0} while you were editing it; nothing was saved"
            ).format(noun)
        raise ConflictError(message, current=record(), changed_by=by, changed_at=at, what=noun)

    def _require_to(self, use_case: UseCase) -> None:
        """Refuse unless the actor's role may ``use_case`` (the table the window offers by)."""
        if not role_allows(self._actor.role, use_case):
            log.warning(
                "refused: %s (%s) may not %s", self._actor.username, self._actor.role, use_case
            )
            raise PermissionDeniedError(self._may_not_do_this())

    def _may_not_do_this(self) -> str:
        return _tr("{0} ({1}) may not do this").format(
            self._actor.username, role_noun(self._actor.role)
        )

    def _add(self, kind: Kind[M, R], fill: Callable[[Session, M], None]) -> R:
        """Every create has this shape: refuse a role the kind's use case does not allow,
        ``fill`` a new row (which validates: a refusal raises before anything is stored),
        store it and hand back its record."""
        self._require_to(kind.use_case)
        with self._write() as s:
            row = kind.model()
            fill(s, row)
            s.add(row)
            s.flush()
            return kind.record(row)

    def _change(
        self,
        kind: Kind[M, R],
        record_id: int,
        fill: Callable[[Session, M], None],
        expected_version: int | None = None,
    ) -> R:
        """Every edit has this shape: refuse a role the kind's use case does not allow, find
        the row (NotFoundError naming it), refuse to save over someone else's change since
        ``expected_version`` (None: no check), ``fill`` it and hand back its record."""
        self._require_to(kind.use_case)
        with self._write() as s:
            row = get_or_raise(s, kind.model, record_id, kind.what)
            self._require_version(s, row, expected_version, kind.what, lambda: kind.record(row))
            fill(s, row)
            s.flush()
            return kind.record(row)

    def _is_assigned(self, session: Session, enrolment_id: int) -> bool:
        """Whether the actor is one of the enrolment's mentors."""
        if self._actor.user_id is None:
            return False
        assigned = session.scalar(
            select(MentorAssignment.id).where(
                MentorAssignment.enrolment_id == enrolment_id,
                MentorAssignment.user_id == self._actor.user_id,
            )
        )
        return assigned is not None

    def _require(self, *roles: Role) -> None:
        if self._actor.role not in roles:
            log.warning("refused: %s (%s) lacks %s", self._actor.username, self._actor.role, roles)
            raise PermissionDeniedError(self._may_not_do_this())


def get_or_raise(session: Session, model: type[M], record_id: int, what: str) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(
            _tr("{0} {1} does not exist (it may have been removed)").format(
                record_noun(what), record_id
            )
        )
    return obj


def _storage_message(error: exc.OperationalError) -> str:
    text = str(error.orig).lower()
    if "full" in text:
        return _tr("the disk is full: nothing was saved. Free some space and save again.")
    if "locked" in text or "busy" in text:
        return _tr("the database is busy in another program: nothing was saved. Try again.")
    if "readonly" in text or "read-only" in text:
        return _tr("the database is read-only: nothing was saved.")
    return _tr("the database refused the change: {0}. Nothing was saved.").format(error.orig)
