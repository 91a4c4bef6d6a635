"""What registering a person for an event means, for the events service and the import of
an event-registration tool's file alike: who the person is (a contact on record or a
guest), when two registrations are the same person, how registrations are read in one
query, and how a plan of ``domain.events`` is stored.

A registration of a contact shows the contact's name and address as they are now; a
guest's, as typed. Two registrations are of the same person when they are of one contact,
share an e-mail address (any case), or, with no address to go by, have the same name at
the same organisation.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import RegistrationStatus
from accelerator.domain.events import (
    ATTENDED,
    OSLO,
    Plan,
    on_the_clock,
)
from accelerator.domain.formatting import format_datetime
from accelerator.domain.text import collation_key
from accelerator.errors import ValidationError
from accelerator.i18n import in_context
from accelerator.models import Company, Contact, Registration
from accelerator.models.base import utcnow
from accelerator.services.base import get_or_raise
from accelerator.services.companies import ContactInput, validate_contact
from accelerator.services.records import RegistrationRecord
from accelerator.services.validation import Problems, clean_text

_tr = in_context("Events")

#: A moment given as up to this far ahead of the clock is taken as now (two desktops'
#: clocks differ by that much); further ahead, it is refused.
CLOCK_SLACK = dt.timedelta(minutes=2)

#: A query of any columns.
AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class PersonInput:
    """Who registers: a contact on record (``contact_id``: its name, address and
    organisation are the contact's), or a guest with a name, an e-mail address and an
    organisation, typed (``organisation``) or on record (``organisation_id``)."""

    name: str = ""
    email: str = ""
    organisation: str = ""
    contact_id: int | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class Person:
    """A person as stored on a registration, checked: ``name``, ``email`` and
    ``organisation_name`` are a guest's (empty for a contact), ``shown_*`` what any
    registration shows."""

    contact_id: int | None
    organisation_id: int | None
    name: str
    email: str
    organisation_name: str
    shown_name: str
    shown_email: str
    shown_organisation: str

    def key(self) -> PersonKey:
        return PersonKey.of(
            self.contact_id, self.shown_name, self.shown_email, self.shown_organisation
        )


@dataclass(frozen=True)
class PersonKey:
    """What tells two registrations of an event apart (see the module)."""

    contact_id: int | None
    email: str  # folded; "" for none
    name_at: tuple[str, str]  # name and organisation, folded

    @classmethod
    def of(cls, contact_id: int | None, name: str, email: str, organisation: str) -> PersonKey:
        return cls(contact_id, fold(email), (fold(name), fold(organisation)))

    def same_person(self, other: PersonKey) -> bool:
        if self.contact_id is not None and self.contact_id == other.contact_id:
            return True
        if self.email and other.email:
            return self.email == other.email
        return not (self.email or other.email) and self.name_at == other.name_at


def fold(text: str) -> str:
    """Case, accents' forms and spacing aside."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def registration_columns() -> AnySelect:
    """Every registration with what is shown of its person, in one query (the door's list
    of 2,000 is one round trip): a contact's name and address from the contact, the
    organisation's name and number from the organisation on record."""
    return (
        select(
            Registration.id,
            Registration.event_id,
            Registration.contact_id,
            Registration.organisation_id,
            func.coalesce(Contact.name, Registration.name),
            func.coalesce(Contact.email, Registration.email),
            func.coalesce(Company.name, Registration.organisation_name),
            func.coalesce(Company.org_number, Company.registry_number, ""),
            Registration.status,
            Registration.registered_at,
            Registration.waitlisted_at,
            Registration.checked_in_at,
            Registration.walk_in,
            Registration.source,
            Registration.row_version,
        )
        .outerjoin(Contact, Contact.id == Registration.contact_id)
        .outerjoin(Company, Company.id == Registration.organisation_id)
    )


def registration_record(row: Sequence[Any]) -> RegistrationRecord:
    return RegistrationRecord(*row)


def by_name(records: Iterable[RegistrationRecord]) -> list[RegistrationRecord]:
    """In Norwegian order of the person's name (Æ Ø Å after Z), then organisation."""
    return sorted(
        records, key=lambda r: (collation_key(r.name), collation_key(r.organisation), r.id)
    )


def read_registrations(s: Session, event_id: int, *, where: Any = None) -> list[RegistrationRecord]:
    """The event's registrations (``where``: only those), unordered."""
    query = registration_columns().where(Registration.event_id == event_id)
    if where is not None:
        query = query.where(where)
    return [registration_record(row) for row in s.execute(query)]


def read_one(s: Session, registration_id: int) -> RegistrationRecord:
    row = s.execute(registration_columns().where(Registration.id == registration_id)).one()
    return registration_record(row)


def moment(at: dt.datetime | None) -> dt.datetime:
    """When something happened: now, or ``at`` (a naive time is on the clock in Norway)
    when it is recorded afterwards; never in the future."""
    now = utcnow()
    if at is None:
        return now
    if at.tzinfo is None:
        at = on_the_clock(at.date(), at.time())
    if at > now + CLOCK_SLACK:
        raise ValidationError(
            _tr("{0} is still to come; a registration is recorded once it happens.").format(
                format_datetime(at.astimezone(OSLO))
            ),
            field="at",
            labels={"at": _tr("Time")},
        )
    return min(at, now).astimezone(dt.UTC)


def person_of(s: Session, data: PersonInput, *, field_prefix: str = "") -> Person:
    """The person ``data`` names, checked: the contact on record, or a guest whose name is
    given and whose address looks like one; a ValidationError naming what is wrong."""
    if data.contact_id is not None:
        contact = get_or_raise(s, Contact, data.contact_id, "contact")
        organisation = contact.company
        return Person(
            contact_id=contact.id,
            organisation_id=contact.company_id,
            name="",
            email="",
            organisation_name="",
            shown_name=contact.name,
            shown_email=contact.email,
            shown_organisation=organisation.name,
        )
    values = validate_contact(ContactInput(data.name, "", data.email))
    problems = Problems()
    typed = clean_text(problems, "organisation", data.organisation, max_length=200)
    problems.raise_if_any()
    organisation_name, shown = typed, typed
    if data.organisation_id is not None:
        organisation = get_or_raise(s, Company, data.organisation_id, "organisation")
        organisation_name, shown = "", organisation.name
    return Person(
        contact_id=None,
        organisation_id=data.organisation_id,
        name=values["name"],
        email=values["email"],
        organisation_name=organisation_name,
        shown_name=values["name"],
        shown_email=values["email"],
        shown_organisation=shown,
    )


def key_of(record: RegistrationRecord) -> PersonKey:
    return PersonKey.of(record.contact_id, record.name, record.email, record.organisation)


def find_person(
    registrations: Iterable[RegistrationRecord], key: PersonKey
) -> RegistrationRecord | None:
    """The registration of the same person, if the event has one."""
    return next((r for r in registrations if key_of(r).same_person(key)), None)


def new_registration(
    event_id: int,
    person: Person,
    status: RegistrationStatus,
    at: dt.datetime,
    **extra: Any,
) -> Registration:
    """A registration of ``person`` with ``status`` since ``at``."""
    return Registration(
        event_id=event_id,
        contact_id=person.contact_id,
        organisation_id=person.organisation_id,
        name=person.name,
        email=person.email,
        organisation_name=person.organisation_name,
        status=status,
        registered_at=at,
        waitlisted_at=at if status is RegistrationStatus.WAITLISTED else None,
        checked_in_at=at if status is ATTENDED else None,
        **extra,
    )


def store_plan(s: Session, plan: Plan, at: dt.datetime) -> None:
    """Each move of ``plan``, in order, on the rows: the status, when the person joined the
    waitlist, when they were checked in (and no more, once that is undone)."""
    ids = list(dict.fromkeys(c.registration_id for c in plan.changes))
    # One query for the rows that move (a batch at the door, or every no-show at once).
    rows = {r.id: r for r in s.scalars(select(Registration).where(Registration.id.in_(ids)))}
    for change in plan.changes:
        registration = rows[change.registration_id]
        registration.status = change.after
        if change.waitlisted_at is not None:
            registration.waitlisted_at = change.waitlisted_at
        if change.after is ATTENDED:
            if registration.checked_in_at is None:
                registration.checked_in_at = at
        else:
            registration.checked_in_at = None
    s.flush()
