"""Importing the people an event-registration tool lists for an event: all or nothing.

The tools (Eventbrite, Checkin, a form's spreadsheet) export a name (or a first and a last
name), an e-mail address, an organisation and, where the form asked for it, an
organisation number, as CSV or as an Excel workbook; ``workbook.read_spreadsheet`` reads
either into the table a company import reads, with the same care (encodings, delimiters,
quotes, cells our export neutralised).

Each row is one person, found or made:

- an e-mail address that a contact on record has (any case) is that contact;
- else an organisation number on record is that organisation, and the person becomes one
  of its contacts (one of the same name there already is that one);
- else a new organisation number makes the organisation (a company, named as the row
  says) with the person as its contact;
- else the person is a guest, with the organisation's name as typed.

A person already on the event's list (registered, waiting, cancelled...) stays as they
are. Everyone else is registered in the order of the file: a place while one is free and
nobody waits, else the waitlist. The preview says all of this row by row, and what will be
made; a file with any bad row is refused whole, every row's problem named, and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import OrganisationKind, RegistrationSource, RegistrationStatus
from accelerator.domain.events import admit
from accelerator.domain.formatting import quoted
from accelerator.errors import ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.models import Company, Contact, Event, Registration
from accelerator.services.companies import (
    CompanyInput,
    ContactInput,
    validate_company,
    validate_contact,
)
from accelerator.services.importing.fields import RowError
from accelerator.services.importing.mapping import _header_key
from accelerator.services.importing.planning import ImportRefusedError
from accelerator.services.importing.reading import CsvTable, column_name
from accelerator.services.registering import (
    Person,
    PersonKey,
    find_person,
    fold,
    new_registration,
    read_registrations,
)
from accelerator.services.validation import Problems, clean_org_number

log = logging.getLogger(__name__)
_tr = in_context("Import")
_IMPORT = "Import"

#: Rows per IN (...) list when looking contacts and organisations up.
LOOKUP_CHUNK = 500


class RegistrationField(StrEnum):
    """What a column of a registration tool's file can hold."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    ORGANISATION = "organisation"
    ORG_NUMBER = "org_number"

    @property
    def label(self) -> str:
        """What a person calls the field, in the language spoken."""
        return translate(_IMPORT, REGISTRATION_FIELD_LABELS[self])


REGISTRATION_FIELD_LABELS: Mapping[RegistrationField, str] = {
    RegistrationField.NAME: marked("Import", "Name"),
    RegistrationField.FIRST_NAME: marked("Import", "First name"),
    RegistrationField.LAST_NAME: marked("Import", "Last name"),
    RegistrationField.EMAIL: marked("Import", "E-mail"),
    RegistrationField.ORGANISATION: marked("Import", "Organisation"),
    RegistrationField.ORG_NUMBER: marked("Import", "Organisation number"),
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


#: Headers as registration tools and forms write them, in English and Norwegian (bokmål
#: and nynorsk), compared with case, spaces and punctuation aside.
REGISTRATION_HEADERS: Mapping[RegistrationField, tuple[str, ...]] = {
    RegistrationField.NAME: _words(
        "name|full name|fullname|attendee|attendee name|participant|participant name|"
        "navn|fullt navn|deltaker|deltakar|deltakernavn|namn|fullt namn"
    ),
    RegistrationField.FIRST_NAME: _words(
        "first name|firstname|given name|forename|fornavn|førenamn|fornamn"
    ),
    RegistrationField.LAST_NAME: _words(
        "last name|lastname|surname|family name|etternavn|etternamn"
    ),
    RegistrationField.EMAIL: _words(
        "email|e-mail|mail|email address|e-mail address|e-post|epost|e-postadresse|"
        "epostadresse|e-post adresse"
    ),
    RegistrationField.ORGANISATION: _words(
        "organisation|organization|organisation name|organization name|company|"
        "company name|employer|firm|organisasjon|organisasjonsnavn|bedrift|firma|selskap|"
        "virksomhet|verksemd|arbeidsgiver|arbeidsgjevar|foretak"
    ),
    RegistrationField.ORG_NUMBER: _words(
        "org number|organisation number|organization number|org no|org nr|orgnr|org.nr.|"
        "orgnummer|organisasjonsnummer|organisasjonsnr|foretaksnummer|org.nr"
    ),
}

#: The fields that give the person's name: a whole name, or its parts.
_NAME_FIELDS = frozenset(
    {RegistrationField.NAME, RegistrationField.FIRST_NAME, RegistrationField.LAST_NAME}
)

_EXACT: dict[str, RegistrationField] = {
    _header_key(word): f for f, words in REGISTRATION_HEADERS.items() for word in words
}


@dataclass(frozen=True)
class RegistrationMapping:
    """Which column holds which field, as the headers tell; ``ignored``: the headers of
    the columns nothing is read from (a tool's ticket type, its order number...)."""

    fields: dict[int, RegistrationField]
    ignored: tuple[str, ...] = ()

    @property
    def has_name(self) -> bool:
        found = set(self.fields.values())
        return bool(
            found
            & {RegistrationField.NAME, RegistrationField.FIRST_NAME, RegistrationField.LAST_NAME}
        )


def suggest_registration_mapping(headers: Sequence[str]) -> RegistrationMapping:
    """Each header that is one of the known words (the first of two alike wins); the
    others are ignored."""
    fields: dict[int, RegistrationField] = {}
    taken: set[RegistrationField] = set()
    ignored: list[str] = []
    for index, header in enumerate(headers):
        found = _EXACT.get(_header_key(header))
        if found is None or found in taken:
            ignored.append(header)
            continue
        fields[index] = found
        taken.add(found)
    if RegistrationField.NAME in taken:
        # A full name wins over its parts, which are then read from nowhere.
        for index, f in list(fields.items()):
            if f in (RegistrationField.FIRST_NAME, RegistrationField.LAST_NAME):
                del fields[index]
                ignored.append(headers[index])
    return RegistrationMapping(fields, tuple(ignored))


def checked_registration_mapping(
    table: CsvTable, mapping: Mapping[int, RegistrationField | str] | None
) -> dict[int, RegistrationField]:
    """The mapping chosen (the headers' when None), refused plainly when a column or a
    field is wrong, or no column holds the person's name."""
    if mapping is None:
        mapping = suggest_registration_mapping(table.headers).fields
    problems = Problems()
    checked: dict[int, RegistrationField] = {}
    owner: dict[RegistrationField, int] = {}
    for index, value in sorted(mapping.items()):
        if not 0 <= index < len(table.headers):
            problems.add(
                "mapping",
                _tr("column {0} does not exist; the file has {1}").format(
                    index + 1, len(table.headers)
                ),
            )
            continue
        try:
            target = RegistrationField(value)
        except ValueError:
            problems.add(
                "mapping",
                _tr("{0} is not something a registration is read from").format(quoted(str(value))),
            )
            continue
        if target in owner:
            problems.add(
                "mapping",
                _tr("{0} is given to two columns: {1} and {2}; choose one").format(
                    target.label, quoted(table.headers[owner[target]]), quoted(table.headers[index])
                ),
            )
            continue
        owner[target] = index
        checked[index] = target
    if not RegistrationMapping(checked).has_name:
        problems.add(
            "mapping",
            _tr(
                "no column holds the person's name: call it Name (or Navn), or First name "
                "and Last name"
            ),
        )
    problems.raise_if_any()
    return checked


# --- planning ----------------------------------------------------------------------------


class RegistrationAction(StrEnum):
    """What importing does with one row."""

    REGISTER = "register"
    ALREADY = "already"  # on the event's list already: left as they are
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class RegistrationRow:
    """What importing does with one row, as the preview shows it."""

    row: int
    action: RegistrationAction
    name: str
    email: str
    organisation: str  # the organisation's name, on record or as the row gives it
    status: RegistrationStatus | None = None  # where a new registration starts
    contact_id: int | None = None  # the contact on record the row is
    organisation_id: int | None = None  # the organisation on record
    new_contact: bool = False  # the person becomes a contact of the organisation
    new_organisation: bool = False  # the organisation is made


@dataclass
class _Row:
    number: int
    name: str = ""
    email: str = ""
    organisation: str = ""
    org_number: str | None = None
    action: RegistrationAction = RegistrationAction.REGISTER
    status: RegistrationStatus | None = None
    contact_id: int | None = None
    organisation_id: int | None = None
    new_contact: bool = False
    new_organisation: bool = False
    errors: list[RowError] = field(default_factory=list)

    def shown(self) -> RegistrationRow:
        return RegistrationRow(
            self.number,
            self.action,
            self.name,
            self.email,
            self.organisation,
            self.status,
            self.contact_id,
            self.organisation_id,
            self.new_contact,
            self.new_organisation,
        )


@dataclass
class RegistrationPlan:
    """Every row as planned, the rows' problems in row order, and the notes."""

    event_id: int
    event_title: str
    table: CsvTable
    mapping: dict[int, RegistrationField]
    rows: list[_Row]
    errors: list[RowError]
    warnings: list[RowError]


@dataclass(frozen=True)
class RegistrationImportPreview:
    """Every row's fate and problems, and what will be made, before anything is written."""

    event_id: int
    event_title: str
    table: CsvTable
    mapping: dict[int, RegistrationField]
    rows: tuple[RegistrationRow, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: RegistrationAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def new_organisations(self) -> tuple[RegistrationRow, ...]:
        """The rows that make an organisation (the first row of each)."""
        return tuple(r for r in self.rows if r.new_organisation)

    @property
    def new_contacts(self) -> tuple[RegistrationRow, ...]:
        return tuple(r for r in self.rows if r.new_contact)

    @property
    def summary(self) -> str:
        register = [r for r in self.rows if r.action is RegistrationAction.REGISTER]
        waiting = sum(r.status is RegistrationStatus.WAITLISTED for r in register)
        text = _tr(
            "{0} to register ({1} of them on the waitlist), {2} on the list already; "
            "{3} new contacts, {4} new organisations"
        ).format(
            len(register),
            waiting,
            self.count(RegistrationAction.ALREADY),
            len(self.new_contacts),
            len(self.new_organisations),
        )
        if self.errors:
            rows = len({e.row for e in self.errors})
            text += "; " + _tr("%n rows have problems", n=rows)
        return text


@dataclass(frozen=True)
class RegistrationImportResult:
    """What an import of registrations wrote."""

    event_id: int
    event_title: str
    registered: int  # with a place
    waitlisted: int
    already: int  # on the list already, left as they were
    contacts_added: int
    organisations_added: int
    registration_ids: tuple[int, ...] = ()  # the new registrations, in row order

    @property
    def summary(self) -> str:
        return _tr(
            "{0} registered and {1} on the waitlist for {2}, {3} on the list already; "
            "{4} contacts and {5} organisations added"
        ).format(
            self.registered,
            self.waitlisted,
            self.event_title,
            self.already,
            self.contacts_added,
            self.organisations_added,
        )


def _chunks(items: Sequence[str], size: int = LOOKUP_CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class _OnRecord:
    contact_id: int
    organisation_id: int
    name: str
    email: str
    organisation: str
    registration: str  # the organisation's number


def _contacts_by_email(s: Session, emails: Sequence[str]) -> dict[str, _OnRecord]:
    """The contacts on record with these addresses (folded), the first made of any two."""
    found: dict[str, _OnRecord] = {}
    wanted = sorted({e.lower() for e in emails})
    query = (
        select(
            Contact.id,
            Contact.company_id,
            Contact.name,
            Contact.email,
            Company.name,
            func.coalesce(Company.org_number, Company.registry_number),
        )
        .join(Company, Company.id == Contact.company_id)
        .order_by(Contact.id)
    )
    for chunk in _chunks(wanted):
        for cid, org_id, name, email, org_name, number in s.execute(
            query.where(func.lower(Contact.email).in_(chunk))
        ):
            found.setdefault(fold(email), _OnRecord(cid, org_id, name, email, org_name, number))
    return found


def _organisations_by_number(s: Session, numbers: Sequence[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(set(numbers))):
        for oid, number, name in s.execute(
            select(Company.id, Company.org_number, Company.name).where(
                Company.org_number.in_(chunk)
            )
        ):
            if number is not None:
                found[number] = (oid, name)
    return found


def _contacts_by_name(s: Session, organisation_ids: Sequence[int]) -> dict[tuple[int, str], int]:
    """The contacts of these organisations, by (organisation, folded name)."""
    found: dict[tuple[int, str], int] = {}
    ids = sorted(set(organisation_ids))
    for start in range(0, len(ids), LOOKUP_CHUNK):
        for cid, org_id, name in s.execute(
            select(Contact.id, Contact.company_id, Contact.name)
            .where(Contact.company_id.in_(ids[start : start + LOOKUP_CHUNK]))
            .order_by(Contact.id)
        ):
            found.setdefault((org_id, fold(name)), cid)
    return found


class _Reader:
    """One row's cells as the person it names, with its problems naming the column."""

    def __init__(self, table: CsvTable, mapping: dict[int, RegistrationField]) -> None:
        self.table = table
        self.column = {f: i for i, f in mapping.items()}

    def cell(self, cells: Sequence[str], f: RegistrationField) -> str:
        index = self.column.get(f)
        return cells[index].strip() if index is not None else ""

    def header(self, f: RegistrationField) -> str:
        index = self.column.get(f)
        return "" if index is None else column_name(self.table.headers, index)

    def error(self, number: int, f: RegistrationField, message: str) -> RowError:
        return RowError(number, message, None, self.header(f) or f.label)

    def read(self, number: int, cells: Sequence[str]) -> _Row:
        row = _Row(number)
        name = self.cell(cells, RegistrationField.NAME)
        if not name:
            name = " ".join(
                part
                for part in (
                    self.cell(cells, RegistrationField.FIRST_NAME),
                    self.cell(cells, RegistrationField.LAST_NAME),
                )
                if part
            )
        name_field = (
            RegistrationField.NAME
            if RegistrationField.NAME in self.column
            else RegistrationField.FIRST_NAME
            if RegistrationField.FIRST_NAME in self.column
            else RegistrationField.LAST_NAME
        )
        try:
            values = validate_contact(
                ContactInput(name, "", self.cell(cells, RegistrationField.EMAIL))
            )
            row.name, row.email = values["name"], values["email"]
        except ValidationError as error:
            row.name = name
            for key, message in error.problems.items():
                f = RegistrationField.EMAIL if key == "email" else name_field
                row.errors.append(self.error(number, f, message))
        problems = Problems()
        organisation = self.cell(cells, RegistrationField.ORGANISATION)
        if len(organisation) > 200:
            row.errors.append(
                self.error(
                    number,
                    RegistrationField.ORGANISATION,
                    _tr("is {0} characters long; at most {1} fit").format(len(organisation), 200),
                )
            )
        row.organisation = organisation
        row.org_number = clean_org_number(problems, self.cell(cells, RegistrationField.ORG_NUMBER))
        for message in problems.problems.values():
            row.errors.append(self.error(number, RegistrationField.ORG_NUMBER, message))
        return row


def plan_registrations(
    s: Session,
    event: Event,
    table: CsvTable,
    mapping: Mapping[int, RegistrationField | str] | None,
) -> RegistrationPlan:
    """What importing ``table`` for ``event`` would do, with every row's problems; reads
    the session and writes nothing."""
    checked = checked_registration_mapping(table, mapping)
    if not table.rows and not table.problems:
        raise ValidationError(_tr("the file has a header row but nobody listed under it"))
    reader = _Reader(table, checked)
    read_problems: dict[int, list[RowError]] = {}
    for problem in table.problems:
        read_problems.setdefault(problem.row, []).append(problem)
    rows = [reader.read(r.number, r.cells) for r in table.rows]
    for row in rows:
        row.errors[:0] = read_problems.get(row.number, [])

    contacts = _contacts_by_email(s, [r.email for r in rows if r.email])
    organisations = _organisations_by_number(s, [r.org_number for r in rows if r.org_number])
    names = _contacts_by_name(s, [o for o, _ in organisations.values()])
    existing = read_registrations(s, event.id)
    warnings: list[RowError] = []
    made: dict[str, int] = {}  # a new organisation's number -> the row that makes it
    seen: list[tuple[PersonKey, int]] = []
    for row in rows:
        if row.errors:
            continue
        found = contacts.get(fold(row.email)) if row.email else None
        if found is not None:
            row.contact_id, row.organisation_id = found.contact_id, found.organisation_id
            row.name, row.email, row.organisation = found.name, found.email, found.organisation
            if row.org_number and row.org_number != found.registration:
                warnings.append(
                    reader.error(
                        row.number,
                        RegistrationField.ORG_NUMBER,
                        _tr(
                            "{0} is a contact of {1} on record, so they are registered from "
                            "there; the file gives another organisation number"
                        ).format(row.email, found.organisation),
                    )
                )
        elif row.org_number and row.org_number in organisations:
            row.organisation_id, on_record = organisations[row.org_number]
            row.organisation = on_record
            known = names.get((row.organisation_id, fold(row.name)))
            if known is not None:
                row.contact_id = known
            else:
                row.new_contact = True
        elif row.org_number:
            first = made.get(row.org_number)
            if first is None:
                made[row.org_number] = row.number
                _, problems = validate_company(
                    CompanyInput(name=row.organisation, org_number=row.org_number)
                )
                if "name" in problems.problems:
                    row.errors.append(
                        reader.error(
                            row.number,
                            RegistrationField.ORGANISATION,
                            _tr(
                                "organisation number {0} is not on record: give the "
                                "organisation's name too, and it will be added"
                            ).format(row.org_number),
                        )
                    )
                    continue
                row.new_organisation = True
            else:
                row.organisation = next(r.organisation for r in rows if r.number == first)
            row.new_contact = True
        key = PersonKey.of(row.contact_id, row.name, row.email, row.organisation)
        twin = next((number for other, number in seen if other.same_person(key)), None)
        if twin is not None:
            row.errors.append(
                reader.error(
                    row.number,
                    RegistrationField.EMAIL if row.email else RegistrationField.NAME,
                    _tr("{0} is also on row {1}; a person may be in the file only once").format(
                        row.name, twin
                    ),
                )
            )
            continue
        seen.append((key, row.number))
        if find_person(existing, key) is not None:
            row.action = RegistrationAction.ALREADY
            row.new_contact = row.new_organisation = False
    # Each new organisation is made by the first row that registers someone from it.
    making: set[str] = set()
    for row in rows:
        row.new_organisation = False
        if row.errors or row.action is not RegistrationAction.REGISTER:
            continue
        if row.org_number in made and row.org_number not in making:
            row.new_organisation = True
            making.add(row.org_number)
    new = [r for r in rows if not r.errors and r.action is RegistrationAction.REGISTER]
    statuses = admit(event.capacity, [r.state() for r in existing], len(new))
    for row, status in zip(new, statuses, strict=True):
        row.status = status
    for row in rows:
        if row.errors:
            row.action = RegistrationAction.ERROR
    unplanned = [p for p in table.problems if p.row not in {r.number for r in rows}]
    errors = sorted(unplanned + [e for r in rows for e in r.errors], key=lambda e: e.row)
    return RegistrationPlan(event.id, event.title, table, checked, rows, errors, warnings)


def preview_of(plan: RegistrationPlan) -> RegistrationImportPreview:
    return RegistrationImportPreview(
        plan.event_id,
        plan.event_title,
        plan.table,
        plan.mapping,
        tuple(r.shown() for r in plan.rows),
        tuple(plan.errors),
        tuple(plan.warnings),
    )


def write_plan(
    s: Session, event: Event, plan: RegistrationPlan, at: dt.datetime
) -> RegistrationImportResult:
    """Everything the plan says, in the session's transaction; ImportRefusedError (and
    nothing written) when any row has a problem."""
    if plan.errors:
        raise ImportRefusedError(plan.errors)
    organisations: dict[str, int] = {}
    contacts_added = 0
    made: list[Registration] = []
    for row in plan.rows:
        if row.action is not RegistrationAction.REGISTER:
            continue
        assert row.status is not None
        if row.new_contact:
            organisation_id = row.organisation_id
            if organisation_id is None:
                assert row.org_number is not None
                if row.org_number not in organisations:
                    company = Company(
                        name=row.organisation,
                        org_number=row.org_number,
                        kind=OrganisationKind.COMPANY,
                    )
                    s.add(company)
                    s.flush()
                    organisations[row.org_number] = company.id
                organisation_id = organisations[row.org_number]
            contact = Contact(company_id=organisation_id, name=row.name, email=row.email)
            s.add(contact)
            s.flush()
            contacts_added += 1
            row.contact_id, row.organisation_id = contact.id, organisation_id
        person = Person(
            contact_id=row.contact_id,
            organisation_id=row.organisation_id,
            name="" if row.contact_id else row.name,
            email="" if row.contact_id else row.email,
            organisation_name="" if row.organisation_id else row.organisation,
            shown_name=row.name,
            shown_email=row.email,
            shown_organisation=row.organisation,
        )
        registration = new_registration(
            event.id, person, row.status, at, source=RegistrationSource.IMPORT
        )
        s.add(registration)
        made.append(registration)
    s.flush()
    return RegistrationImportResult(
        event_id=event.id,
        event_title=event.title,
        registered=sum(r.status is RegistrationStatus.REGISTERED for r in made),
        waitlisted=sum(r.status is RegistrationStatus.WAITLISTED for r in made),
        already=sum(r.action is RegistrationAction.ALREADY for r in plan.rows),
        contacts_added=contacts_added,
        organisations_added=len(organisations),
        registration_ids=tuple(r.id for r in made),
    )
