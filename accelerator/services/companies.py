"""Companies and their contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.domain.formatting import quoted
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Cluster, Company, Contact, Enrolment, Registration
from accelerator.services.base import Kind, Service, get_or_raise
from accelerator.services.clusters import find_or_create_cluster
from accelerator.services.records import CompanyRecord, ContactRecord, snapshot
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_int, clean_org_number, clean_text


@dataclass(frozen=True)
class CompanyInput:
    name: str
    org_number: str = ""
    is_foreign: bool = False
    country: str = "Norway"
    registry_number: str = ""
    sector: str = ""
    home_cluster: str = ""  # a cluster's name; one not on record is made (a partner)
    website: str = ""
    founded_year: int | None = None
    employees: int | None = None
    technology_focus: str = ""
    description: str = ""
    #: What the organisation is; None: a new one is a company, an existing one stays
    #: what it is (a form that does not show the kind changes nothing).
    kind: OrganisationKind | None = None
    #: The home cluster as chosen from a list: that cluster, whatever it is called by the
    #: time this is saved (renamed meanwhile, a form opened before still names it by its
    #: old name, which would otherwise make a new cluster of that name). None: the
    #: cluster called ``home_cluster``, made if there is none.
    home_cluster_id: int | None = None

    @classmethod
    def from_record(cls, record: CompanyRecord) -> CompanyInput:
        """The input that would save ``record`` unchanged: a form compares against it to
        tell whether the user edited anything. Only the number that applies is kept."""
        foreign = record.is_foreign
        return snapshot(
            cls,
            record,
            org_number="" if foreign else record.org_number or "",
            country=record.country if foreign else "Norway",
            registry_number=record.registry_number if foreign else "",
            # By its name, as a form that shows the name would send it.
            home_cluster_id=None,
        )


@dataclass(frozen=True)
class CompanySuggestions:
    """Values already in use, offered while typing so that one sector is not spelt three ways."""

    sectors: tuple[str, ...]
    clusters: tuple[str, ...]  # the names of every cluster on record
    countries: tuple[str, ...]


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


def contact_record(c: Contact) -> ContactRecord:
    return snapshot(ContactRecord, c)


def company_record(c: Company) -> CompanyRecord:
    return snapshot(
        CompanyRecord,
        c,
        contacts=tuple(contact_record(x) for x in c.contacts),
        home_cluster=c.cluster.name if c.cluster is not None else "",
        home_cluster_id=c.cluster_id,
    )


_tr = in_context("Companies")
T = TypeVar("T")

COMPANY = Kind(Company, "company", company_record, UseCase.MANAGE_COMPANIES)
CONTACT = Kind(Contact, "contact", contact_record, UseCase.MANAGE_COMPANIES)


def escape_like(text: str) -> str:
    """What the user typed, matched literally: % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def validate_company(data: CompanyInput) -> tuple[dict[str, object], Problems]:
    """Clean the fields of a company; the problems name each field that is wrong. The
    values are the company's columns, but ``home_cluster``, a cluster's name, and the
    kind, which the caller settles (``CompanyService._apply``; an import keeps it)."""
    return company_values(
        name=data.name,
        org_number=data.org_number,
        is_foreign=data.is_foreign,
        country=data.country,
        registry_number=data.registry_number,
        sector=data.sector,
        home_cluster=data.home_cluster,
        website=data.website,
        founded_year=data.founded_year,
        employees=data.employees,
        technology_focus=data.technology_focus,
        description=data.description,
        this_year=dt.date.today().year,
    )


def company_values(
    *,
    name: str,
    org_number: str,
    is_foreign: bool,
    country: str,
    registry_number: str,
    sector: str,
    home_cluster: str,
    website: str,
    founded_year: int | None,
    employees: int | None,
    technology_focus: str,
    description: str,
    this_year: int,
) -> tuple[dict[str, object], Problems]:
    """``validate_company``'s rule, given the fields one by one, with the year it is now
    (the latest a company may have been founded in): an import checks thousands of rows
    by it without making a ``CompanyInput`` of each, nor asking the clock each time."""
    problems = Problems()
    values: dict[str, object] = {
        "name": clean_text(problems, "name", name, max_length=200, required=True),
        "is_foreign": bool(is_foreign),
        "sector": clean_text(problems, "sector", sector, max_length=200),
        "home_cluster": clean_text(problems, "home_cluster", home_cluster, max_length=200),
        "website": clean_text(problems, "website", website, max_length=500),
        "technology_focus": clean_text(
            problems, "technology_focus", technology_focus, max_length=20_000
        ),
        "description": clean_text(problems, "description", description, max_length=20_000),
        "founded_year": clean_int(
            problems, "founded_year", founded_year, minimum=1800, maximum=this_year
        ),
        "employees": clean_int(problems, "employees", employees, minimum=0, maximum=1_000_000),
    }
    if is_foreign:
        values["org_number"] = None
        values["country"] = clean_text(problems, "country", country, max_length=100, required=True)
        values["registry_number"] = clean_text(
            problems, "registry_number", registry_number, max_length=64
        )
    else:
        values["org_number"] = clean_org_number(problems, org_number)
        values["country"] = "Norway"
        values["registry_number"] = ""
    return values, problems


class CompanyService(Service):
    def create_company(self, data: CompanyInput) -> CompanyRecord:
        return self._add(COMPANY, lambda s, company: self._apply(s, company, data))

    def update_company(
        self, company_id: int, data: CompanyInput, *, expected_version: int | None = None
    ) -> CompanyRecord:
        return self._change(
            COMPANY, company_id, lambda s, company: self._apply(s, company, data), expected_version
        )

    def _apply(self, s: Session, company: Company, data: CompanyInput) -> None:
        values, problems = validate_company(data)
        kind = company.kind or OrganisationKind.COMPANY
        if data.kind is not None:
            try:
                kind = OrganisationKind(data.kind)
            except ValueError:
                problems.add("kind", _tr("{0} is not a kind of organisation").format(data.kind))
        org = values["org_number"]
        if org is not None:
            clash = s.scalar(
                select(Company.name).where(Company.org_number == org, Company.id != company.id)
            )
            if clash is not None:
                problems.add(
                    "org_number", _tr("{0} is already registered to {1}").format(org, clash)
                )
        problems.raise_if_any()
        if kind is not company.kind:
            refuse_kind_change_if_enrolled(s, company, kind)
        company.kind = kind
        chosen = s.get(Cluster, data.home_cluster_id) if data.home_cluster_id else None
        name = str(values.pop("home_cluster"))
        company.cluster = chosen if chosen is not None else find_or_create_cluster(s, name)
        for key, value in values.items():
            setattr(company, key, value)

    def _scoped(self, query: Select[Company]) -> Select[Company]:
        """A mentor sees the companies enrolled in the cohorts they mentor in."""
        visible = self._visible_cohorts()
        if visible is None:
            return query
        return query.where(
            Company.id.in_(select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible)))
        )

    def get_company(self, company_id: int) -> CompanyRecord:
        with self._read() as s:
            company = s.scalar(
                self._scoped(select(Company))
                .where(Company.id == company_id)
                .options(selectinload(Company.contacts))
            )
            if company is None:
                get_or_raise(s, Company, company_id, "company")
                raise PermissionDeniedError(
                    _tr("{0} is not a mentor of this company and may not see it").format(
                        self.actor.username
                    )
                )
            return company_record(company)

    def find_companies(
        self, text: str, *, limit: int = 50, kinds: Collection[OrganisationKind] | None = None
    ) -> list[CompanyRecord]:
        """Companies whose name contains ``text`` (any case) or whose number starts with it;
        with ``kinds``, only organisations of those kinds (``(COMPANY,)`` to enrol)."""
        pattern = escape_like(text.strip().lower())
        with self._read() as s:
            query = (
                _of_kinds(self._scoped(select(Company)), kinds)
                .where(
                    or_(
                        func.lower(Company.name).like(f"%{pattern}%", escape="\\"),
                        Company.org_number.like(f"{pattern}%", escape="\\"),
                        Company.registry_number.like(f"{pattern}%", escape="\\"),
                    )
                )
                .order_by(Company.name)
                .limit(limit)
                .options(selectinload(Company.contacts))
            )
            return [company_record(c) for c in s.scalars(query)]

    def by_org_number(self, org_number: str) -> CompanyRecord | None:
        with self._read() as s:
            c = s.scalar(
                self._scoped(select(Company)).where(Company.org_number == org_number.strip())
            )
            return company_record(c) if c else None

    def count_companies(self, *, kinds: Collection[OrganisationKind] | None = None) -> int:
        """How many companies there are: cheap, to decide how to load the full list."""
        with self._read() as s:
            query = _of_kinds(self._scoped(select(Company.id)), kinds)
            return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def suggestions(self) -> CompanySuggestions:
        """The sectors and (foreign) countries companies already have, and the clusters."""

        def distinct(
            column: InstrumentedAttribute[str], *where: ColumnElement[bool]
        ) -> tuple[str, ...]:
            query = select(column).where(column != "", *where).distinct().order_by(column)
            return tuple(s.scalars(self._scoped(query)))  # type: ignore[arg-type]

        with self._read() as s:
            return CompanySuggestions(
                sectors=distinct(Company.sector),
                clusters=tuple(s.scalars(select(Cluster.name).order_by(Cluster.name))),
                countries=distinct(Company.country, Company.is_foreign.is_(True)),
            )

    def list_companies(
        self, *, kinds: Collection[OrganisationKind] | None = None
    ) -> list[CompanyRecord]:
        """Every organisation the actor reads (with ``kinds``, of those kinds), by name."""
        with self._read() as s:
            query = (
                _of_kinds(self._scoped(select(Company)), kinds)
                .order_by(Company.name)
                .options(selectinload(Company.contacts))
            )
            return [company_record(c) for c in s.scalars(query)]

    # --- contacts ---------------------------------------------------------------------------

    def add_contact(self, company_id: int, data: ContactInput) -> ContactRecord:
        def fill(s: Session, contact: Contact) -> None:
            _fill_contact(contact, data)
            get_or_raise(s, Company, company_id, "company")
            contact.company_id = company_id

        return self._add(CONTACT, fill)

    def update_contact(
        self, contact_id: int, data: ContactInput, *, expected_version: int | None = None
    ) -> ContactRecord:
        return self._change(
            CONTACT, contact_id, lambda _s, contact: _fill_contact(contact, data), expected_version
        )

    def remove_contact(self, contact_id: int) -> None:
        """The contact goes; their registrations for events stay, as a guest's with the
        name, address and organisation they had, so each event keeps who came."""
        self._require_to(UseCase.MANAGE_COMPANIES)
        with self._write() as s:
            contact = get_or_raise(s, Contact, contact_id, "contact")
            for registration in s.scalars(
                select(Registration).where(Registration.contact_id == contact.id)
            ):
                registration.contact_id = None
                registration.name, registration.email = contact.name, contact.email
            s.flush()
            s.delete(contact)


def _of_kinds(query: Select[T], kinds: Collection[OrganisationKind] | None) -> Select[T]:
    if kinds is None:
        return query
    return query.where(Company.kind.in_([OrganisationKind(k) for k in kinds]))


def refuse_kind_change_if_enrolled(s: Session, company: Company, kind: OrganisationKind) -> None:
    """An enrolled company stays a company: its cohorts count it as one."""
    if kind is OrganisationKind.COMPANY or company.id is None:
        return
    enrolled = s.scalar(select(Enrolment.id).where(Enrolment.company_id == company.id).limit(1))
    if enrolled is not None:
        raise ValidationError(
            _tr(
                "{0} is enrolled in a cohort, so it stays a company; it cannot be registered "
                "as {1}."
            ).format(company.name, quoted(in_words(kind))),
            field="kind",
        )


def _fill_contact(contact: Contact, data: ContactInput) -> None:
    for key, value in validate_contact(data).items():
        setattr(contact, key, value)


def validate_contact(data: ContactInput) -> dict[str, str]:
    """Clean the fields of a contact, or raise a ValidationError naming each one that is wrong;
    the same rule for a contact typed into the window and one read from a file."""
    problems = Problems()
    values = {
        "name": clean_text(problems, "name", data.name, max_length=200, required=True),
        "role": clean_text(problems, "role", data.role, max_length=200),
        "email": clean_text(problems, "email", data.email, max_length=254),
        "phone": clean_text(problems, "phone", data.phone, max_length=50),
    }
    if values["email"] and "@" not in values["email"]:
        problems.add("email", _tr("{0} is not an e-mail address").format(quoted(values["email"])))
    problems.raise_if_any()
    return values
