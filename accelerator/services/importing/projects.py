"""Importing joint projects from a workbook as ``accelerator export projects`` writes it:
all or nothing.

The workbook's first three sheets are the projects, their partners and their funding
applications, joined by the project's number (``Project no.``); columns are found by
their headers in English or bokmål, whichever the export spoke, and those that only
sum up (the lead, the partners' names, the clusters, the amounts) are not read back.
Organisations are found by their organisation (or registry) number, then by their exact
name; one on record under neither is added, of the kind the row says. Strategic areas,
funding schemes and the clusters added by hand are found by name (a seeded one by its
name in either language).

Nothing is written unless every row of every sheet is right: the rows are checked, then
written in one transaction by the projects service's own rules (a second lead, a grant
with no amount, a decision day in the future are refused as in the window), and any
problem (its sheet, its row, its column) refuses the whole file. The preview rehearses
the same in a transaction it rolls back, so it finds every problem the import would.
A project whose title is on record already is refused: the import adds projects, and a
file imported twice adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from accelerator import i18n
from accelerator.domain.enums import (
    FundingDecision,
    OrganisationKind,
    PartnerRole,
    ProjectStatus,
    in_words,
)
from accelerator.domain.formatting import DateParseError, parse_date, quoted
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context, translate
from accelerator.models import (
    Cluster,
    Company,
    FundingApplication,
    FundingScheme,
    JointProject,
    ProjectCluster,
    ProjectPartner,
    ProjectStatusChange,
    StrategicArea,
)
from accelerator.services.base import Service
from accelerator.services.exporting import (
    FUNDING_COLUMNS,
    PARTNER_COLUMNS,
    PROJECT_COLUMNS,
    PROJECT_NUMBER,
)
from accelerator.services.importing.fields import RowError
from accelerator.services.importing.planning import ImportRefusedError
from accelerator.services.importing.reading import CsvRow, CsvTable
from accelerator.services.importing.workbook import is_workbook, read_workbook_sheets
from accelerator.services.projects import (
    FUNDING_SCHEME_SEEDS,
    MAX_AMOUNT,
    STRATEGIC_AREA_SEEDS,
    DocumentLink,
    FundingInput,
    PartnerInput,
    ProjectInput,
    ProjectService,
)
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_org_number

log = logging.getLogger(__name__)
_tr = in_context("Import")
_EXPORT = "Export"

E = TypeVar("E", bound=StrEnum)

_TITLE, _DESCRIPTION, _AREA, _STATUS, _SINCE, _TIMELINE, _START, _END, _BUDGET = PROJECT_COLUMNS[
    1:10
]
_BY_HAND = PROJECT_COLUMNS[13]
_NOTES, _DOCUMENTS = PROJECT_COLUMNS[17], PROJECT_COLUMNS[18]
_ORGANISATION, _ORG_NUMBER, _KIND, _ROLE, _SHARE = PARTNER_COLUMNS[2:7]
_SCHEME, _APPLIED, _DECISION, _DECIDED_ON, _GRANTED, _REFERENCE = FUNDING_COLUMNS[2:8]

#: Projects, partners, funding: the sheets in the workbook's order.
SHEETS = 3


@dataclass(frozen=True, slots=True)
class SheetRowError(RowError):
    """A problem of one row of one sheet."""

    sheet: str = ""

    def __str__(self) -> str:
        if self.column:
            return _tr("{0}, row {1}, {2}: {3}").format(
                self.sheet, self.row, self.column, self.message
            )
        return _tr("{0}, row {1}: {2}").format(self.sheet, self.row, self.message)


@dataclass(frozen=True)
class ProjectWorkbook:
    """The three sheets of a projects export, read into text, with their titles."""

    projects: CsvTable
    partners: CsvTable
    funding: CsvTable
    titles: tuple[str, str, str]
    source: str = ""


@dataclass(frozen=True)
class ProjectImportPreview:
    """What importing the workbook would add, and every problem that refuses it."""

    projects: tuple[str, ...]  # the titles, in the file's order
    partners: int
    funding: int
    new_organisations: tuple[str, ...]
    errors: tuple[SheetRowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def summary(self) -> str:
        return import_summary(
            len(self.projects), self.partners, self.funding, len(self.new_organisations)
        )


@dataclass(frozen=True)
class ProjectImportResult:
    project_ids: tuple[int, ...]
    partners: int
    funding: int
    new_organisations: tuple[str, ...]

    @property
    def summary(self) -> str:
        return import_summary(
            len(self.project_ids), self.partners, self.funding, len(self.new_organisations)
        )


def import_summary(projects: int, partners: int, funding: int, organisations: int) -> str:
    """'3 projects, 7 partners, 4 funding applications and 2 new organisations'."""
    text = _tr("%n projects", n=projects)
    text = _tr("{0}, {1}").format(text, _tr("%n partners", n=partners))
    parts = _tr("%n funding applications", n=funding)
    if organisations:
        parts = _tr("{0} and {1}").format(parts, _tr("%n new organisations", n=organisations))
        return _tr("{0}, {1}").format(text, parts)
    return _tr("{0} and {1}").format(text, parts)


# --- reading -------------------------------------------------------------------------------


def read_project_workbook(source: str | os.PathLike[str] | bytes) -> ProjectWorkbook:
    """The workbook's first three sheets: its projects, partners and funding applications."""
    name = "" if isinstance(source, bytes) else str(source)
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise AcceleratorError(
                _tr("cannot read {0}: {1}").format(source, error.strerror or error)
            ) from error
    if not is_workbook(data):
        raise ValidationError(
            _tr(
                "this is not an Excel workbook (.xlsx): projects are imported from the "
                "workbook 'accelerator export projects' writes, with its three sheets"
            )
        )
    sheets = read_workbook_sheets(data, name=name, sheets=SHEETS)
    if len(sheets) < SHEETS:
        raise ValidationError(
            _tr(
                "the workbook has %n sheets; a projects export has three: the projects, "
                "their partners and their funding applications",
                n=len(sheets),
            )
        )
    (t1, projects), (t2, partners), (t3, funding) = sheets
    return ProjectWorkbook(projects, partners, funding, (t1, t2, t3), name)


class _Columns:
    """Where each column of a sheet is, by its header in English or bokmål."""

    def __init__(self, sheet: str, table: CsvTable, columns: Sequence[str], needed: Sequence[str]):
        self.sheet = sheet
        self.headers = table.headers
        self.at: dict[str, int] = {}
        for source in columns:
            words = {_key(source), *(_key(_in(language, source)) for language in ("nb", "en"))}
            for i, header in enumerate(table.headers):
                if _key(header) in words and source not in self.at:
                    self.at[source] = i
        missing = [c for c in needed if c not in self.at]
        if missing:
            raise ValidationError(
                _tr("the sheet {0} has no column {1}; its first row names the columns").format(
                    quoted(sheet), ", ".join(quoted(translate(_EXPORT, c)) for c in missing)
                )
            )

    def cell(self, row: CsvRow, column: str) -> str:
        i = self.at.get(column)
        return row.cells[i].strip() if i is not None and i < len(row.cells) else ""

    def header(self, column: str) -> str:
        i = self.at.get(column)
        return self.headers[i] if i is not None else translate(_EXPORT, column)


def _in(language: str, source: str) -> str:
    with i18n.speaking(language):
        return translate(_EXPORT, source)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


# --- the rows ---------------------------------------------------------------------------------


@dataclass
class _Project:
    row: int
    number: str
    data: ProjectInput
    area: str
    timeline: list[tuple[ProjectStatus, dt.date]]
    clusters: list[str]


@dataclass
class _Partner:
    row: int
    number: str
    name: str
    org_number: str
    kind: OrganisationKind
    role: PartnerRole
    share: int | None


@dataclass
class _Funding:
    row: int
    number: str
    scheme: str
    applied: int
    decision: FundingDecision
    decided_on: dt.date | None
    granted: int | None
    reference: str


@dataclass
class _Reader:
    """Reads a sheet's cells into values; each problem becomes an error of its row."""

    sheet: str
    columns: _Columns
    errors: list[SheetRowError] = field(default_factory=list)

    def error(self, row: int, column: str | None, message: str) -> None:
        where = self.columns.header(column) if column else ""
        self.errors.append(SheetRowError(row, message, column=where, sheet=self.sheet))

    def text(self, row: CsvRow, column: str) -> str:
        return self.columns.cell(row, column)

    def day(self, row: CsvRow, column: str) -> dt.date | None:
        text = self.text(row, column)
        if not text:
            return None
        try:
            return parse_date(text.split(" ")[0] if "-" in text else text)
        except DateParseError as error:
            self.error(row.number, column, str(error))
            return None

    def amount(self, row: CsvRow, column: str) -> int | None:
        text = re.sub(r"[\s\u00a0\u202f]", "", self.text(row, column))
        if not text:
            return None
        if text.endswith(".0"):
            text = text[:-2]
        if not text.isdigit():
            self.error(
                row.number,
                column,
                _tr("{0} is not a whole number of kroner").format(quoted(self.text(row, column))),
            )
            return None
        value = int(text)
        if value > MAX_AMOUNT:
            self.error(row.number, column, _tr("is larger than any budget"))
            return None
        return value

    def word(self, row: CsvRow, column: str, kind: type[E], default: E | None = None) -> E | None:
        text = self.text(row, column)
        if not text:
            if default is None:
                self.error(row.number, column, _tr("is required"))
            return default
        found = word_of(kind, text)
        if found is None:
            choices = ", ".join(quoted(in_words(m).lower()) for m in kind)
            self.error(
                row.number,
                column,
                _tr("{0} is not one of {1}").format(quoted(text), choices),
            )
        return found


def word_of(kind: type[E], text: str) -> E | None:
    """The member of ``kind`` a cell names: its value, or its words in English or bokmål."""
    wanted = _key(text.replace("_", " "))
    for member in kind:
        words = {_key(member.value.replace("_", " "))}
        for language in ("en", "nb"):
            with i18n.speaking(language):
                words.add(_key(in_words(member)))
        if wanted in words:
            return member
    return None


def _timeline(reader: _Reader, row: CsvRow) -> list[tuple[ProjectStatus, dt.date]] | None:
    """The timeline's steps ("idea 2025-01-05; applying 2025-03-01"), else the status and
    the day it was reached; None when a step cannot be read."""
    text = reader.text(row, _TIMELINE)
    steps: list[tuple[ProjectStatus, dt.date]] = []
    if text:
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            words, _, day_text = part.rpartition(" ")
            status = word_of(ProjectStatus, words)
            try:
                day = parse_date(day_text)
            except DateParseError:
                day = None
            if status is None or day is None:
                reader.error(
                    row.number,
                    _TIMELINE,
                    _tr("cannot read {0}: write each step as a status and its day, "
                        "as 'applying 2026-03-01', with ';' between them").format(quoted(part)),
                )  # fmt: skip
                return None
            steps.append((status, day))
    status = reader.word(row, _STATUS, ProjectStatus, ProjectStatus.IDEA)
    if status is None:
        return None
    if not steps:
        return [(status, reader.day(row, _SINCE) or dt.date.today())]
    if reader.text(row, _STATUS) and steps[-1][0] is not status:
        reader.error(
            row.number,
            _STATUS,
            _tr("is {0}, but the timeline ends with {1}").format(
                quoted(in_words(status).lower()), quoted(in_words(steps[-1][0]).lower())
            ),
        )
        return None
    today = dt.date.today()
    for (before, first), (after, then) in zip(steps, steps[1:], strict=False):
        if then < first:
            reader.error(row.number, _TIMELINE, _tr("its steps must be in the order of their days"))
            return None
        if before is after:
            reader.error(
                row.number,
                _TIMELINE,
                _tr("{0} follows itself; a step changes the status").format(
                    quoted(in_words(after).lower())
                ),
            )
            return None
    if steps[-1][1] > today:
        reader.error(row.number, _TIMELINE, _tr("must not reach a status in the future"))
        return None
    return steps


def _documents(reader: _Reader, row: CsvRow) -> list[DocumentLink]:
    """One a line: "label <address>", or the address alone."""
    links = []
    for line in (x.strip() for x in reader.text(row, _DOCUMENTS).splitlines()):
        if not line:
            continue
        found = re.fullmatch(r"(.*?)\s*<([^<>]+)>", line)
        if found:
            links.append(DocumentLink(found.group(1), found.group(2).strip()))
        else:
            links.append(DocumentLink("", line))
    return links


def _names(text: str) -> list[str]:
    """Names with ';' between them, as the export writes them (a name may hold a comma)."""
    return [n.strip() for n in text.split(";") if n.strip()]


def _read_projects(reader: _Reader, table: CsvTable) -> list[_Project]:
    found = []
    for row in table.rows:
        number = reader.text(row, PROJECT_NUMBER)
        if not number:
            reader.error(row.number, PROJECT_NUMBER, _tr("is required"))
            continue
        timeline = _timeline(reader, row)
        start, end = reader.day(row, _START), reader.day(row, _END)
        budget = reader.amount(row, _BUDGET)
        if timeline is None:
            continue
        data = ProjectInput(
            title=reader.text(row, _TITLE),
            description=reader.text(row, _DESCRIPTION),
            start_on=start,
            end_on=end,
            total_budget=budget,
            notes=reader.text(row, _NOTES),
            documents=_documents(reader, row),
        )
        area = reader.text(row, _AREA)
        clusters = _names(reader.text(row, _BY_HAND))
        found.append(_Project(row.number, number, data, area, timeline, clusters))
    return found


def _read_partners(reader: _Reader, table: CsvTable) -> list[_Partner]:
    found = []
    for row in table.rows:
        number = reader.text(row, PROJECT_NUMBER)
        name, org_number = reader.text(row, _ORGANISATION), reader.text(row, _ORG_NUMBER)
        kind = reader.word(row, _KIND, OrganisationKind, OrganisationKind.COMPANY)
        role = reader.word(row, _ROLE, PartnerRole, PartnerRole.PARTNER)
        share = reader.amount(row, _SHARE)
        if not number:
            reader.error(row.number, PROJECT_NUMBER, _tr("is required"))
        if not name and not org_number:
            reader.error(
                row.number, _ORGANISATION, _tr("give the organisation's name or its number")
            )
        if number and (name or org_number) and kind is not None and role is not None:
            found.append(_Partner(row.number, number, name, org_number, kind, role, share))
    return found


def _read_funding(reader: _Reader, table: CsvTable) -> list[_Funding]:
    found = []
    for row in table.rows:
        number = reader.text(row, PROJECT_NUMBER)
        scheme = reader.text(row, _SCHEME)
        applied = reader.amount(row, _APPLIED)
        decision = reader.word(row, _DECISION, FundingDecision, FundingDecision.PENDING)
        decided_on = reader.day(row, _DECIDED_ON)
        granted = reader.amount(row, _GRANTED)
        for column, value in ((PROJECT_NUMBER, number), (_SCHEME, scheme)):
            if not value:
                reader.error(row.number, column, _tr("is required"))
        if applied is None and not reader.text(row, _APPLIED):
            reader.error(row.number, _APPLIED, _tr("is required"))
        if number and scheme and applied is not None and decision is not None:
            reference = reader.text(row, _REFERENCE)
            found.append(
                _Funding(row.number, number, scheme, applied, decision, decided_on, granted,
                         reference)
            )  # fmt: skip
    return found


# --- finding what the rows name -------------------------------------------------------------


def _catalogue(s: Session, model: type[StrategicArea] | type[FundingScheme],
               seeds: Iterable[str], context: str) -> dict[str, int]:  # fmt: skip
    """A list's entries by name (any case), a seeded one also by its name in the other
    language."""
    found = {_key(name): entry_id for entry_id, name in s.execute(select(model.id, model.name))}
    for seed in seeds:
        names = {_key(seed), *(_key(_seed_in(language, context, seed)) for language in ("nb",))}
        entry = next((found[n] for n in names if n in found), None)
        if entry is not None:
            for n in names:
                found.setdefault(n, entry)
    return found


def _seed_in(language: str, context: str, seed: str) -> str:
    with i18n.speaking(language):
        return translate(context, seed)


@dataclass
class _Organisations:
    """The organisations on record by number and by name, and those the import adds."""

    by_number: dict[str, int]
    by_name: dict[str, list[int]]
    added: dict[str, Company] = field(default_factory=dict)

    @classmethod
    def read(cls, s: Session) -> _Organisations:
        by_number: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for company_id, name, org_number, registry in s.execute(
            select(Company.id, Company.name, Company.org_number, Company.registry_number)
        ):
            if org_number:
                by_number[org_number] = company_id
            if registry:
                by_number.setdefault(registry.strip(), company_id)
            by_name.setdefault(name.strip(), []).append(company_id)
        return cls(by_number, by_name)


# --- the service ------------------------------------------------------------------------------


class _Rehearsed(Exception):  # noqa: N818 (not an error: how a preview rolls back)
    def __init__(self, preview: ProjectImportPreview) -> None:
        super().__init__("rehearsed")
        self.preview = preview


class ProjectImportService(Service):
    """Importing joint projects from a projects export: a preview that writes nothing,
    and the import, all or nothing. A coordinator's (MANAGE_PROJECTS)."""

    def preview_projects(self, book: ProjectWorkbook) -> ProjectImportPreview:
        """What importing ``book`` would add, and every problem of every row: the import
        rehearsed in a transaction that is rolled back."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        try:
            with self._write() as s:
                raise _Rehearsed(self._import(s, book)[0])
        except _Rehearsed as rehearsal:
            return rehearsal.preview

    def import_projects(self, book: ProjectWorkbook) -> ProjectImportResult:
        """Add every project of ``book`` with its partners and funding applications, or
        none: any problem raises ImportRefusedError with each of them."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            preview, ids = self._import(s, book)
            if preview.errors:
                raise ImportRefusedError(preview.errors)
        result = ProjectImportResult(
            ids, preview.partners, preview.funding, preview.new_organisations
        )
        log.info("imported projects from %s: %s", book.source or "a workbook", result.summary)
        return result

    def _import(
        self, s: Session, book: ProjectWorkbook
    ) -> tuple[ProjectImportPreview, tuple[int, ...]]:
        """Check and write everything in ``s`` (the caller commits or rolls back); what
        was written, with the new projects' ids."""
        titles = book.titles
        projects_reader = _Reader(
            titles[0], _Columns(titles[0], book.projects, PROJECT_COLUMNS,
                                (PROJECT_NUMBER, _TITLE))
        )  # fmt: skip
        partners_reader = _Reader(
            titles[1], _Columns(titles[1], book.partners, PARTNER_COLUMNS,
                                (PROJECT_NUMBER, _ORGANISATION))
        ) if book.partners.headers else None  # fmt: skip
        funding_reader = _Reader(
            titles[2], _Columns(titles[2], book.funding, FUNDING_COLUMNS,
                                (PROJECT_NUMBER, _SCHEME, _APPLIED))
        ) if book.funding.headers else None  # fmt: skip
        if not book.projects.rows:
            raise ValidationError(
                _tr("the sheet {0} has a header row but no projects under it").format(
                    quoted(titles[0])
                )
            )
        pairs = (
            (projects_reader, book.projects),
            (partners_reader, book.partners),
            (funding_reader, book.funding),
        )
        readers = [r for r, _ in pairs if r is not None]
        for maybe, table in pairs:
            if maybe is None:
                continue
            for problem in table.problems:
                maybe.errors.append(
                    SheetRowError(problem.row, problem.message, column=problem.column,
                                  sheet=maybe.sheet)
                )  # fmt: skip
        projects = _read_projects(projects_reader, book.projects)
        partners = _read_partners(partners_reader, book.partners) if partners_reader else []
        funding = _read_funding(funding_reader, book.funding) if funding_reader else []

        service = ProjectService(self._db, self.actor)
        areas = _catalogue(s, StrategicArea, STRATEGIC_AREA_SEEDS, "StrategicArea")
        schemes = _catalogue(s, FundingScheme, FUNDING_SCHEME_SEEDS, "FundingScheme")
        clusters = {_key(name): cid for cid, name in s.execute(select(Cluster.id, Cluster.name))}
        on_record = {_key(t) for t in s.scalars(select(JointProject.title))}
        organisations = _Organisations.read(s)

        made: dict[str, int] = {}  # the file's project number -> the project written
        numbers: dict[str, int] = {}  # -> its row
        for p in projects:
            reader = projects_reader
            if p.number in numbers:
                reader.error(
                    p.row, PROJECT_NUMBER,
                    _tr("{0} is the number of row {1} too; each project has its own")
                    .format(quoted(p.number), numbers[p.number]),
                )  # fmt: skip
                continue
            numbers[p.number] = p.row
            if p.data.title and _key(p.data.title) in on_record:
                reader.error(
                    p.row, _TITLE,
                    _tr("a project called {0} is on record already; the import adds new "
                        "projects only").format(quoted(p.data.title)),
                )  # fmt: skip
                continue
            area_id = None
            if p.area:
                area_id = areas.get(_key(p.area))
                if area_id is None:
                    reader.error(
                        p.row, _AREA,
                        _tr("there is no strategic area called {0}; add it to the list first")
                        .format(quoted(p.area)),
                    )  # fmt: skip
                    continue
            hand = []
            for name in p.clusters:
                cluster_id = clusters.get(_key(name))
                if cluster_id is None:
                    reader.error(
                        p.row, _BY_HAND, _tr("there is no cluster called {0}").format(quoted(name))
                    )
                else:
                    hand.append(cluster_id)
            if len(hand) != len(p.clusters):
                continue
            project = JointProject(status=p.timeline[-1][0])
            try:
                service._apply(s, project, _with_area(p.data, area_id), Problems())
            except ValidationError as error:
                reader.error(p.row, None, str(error))
                continue
            s.add(project)
            s.flush()
            service._set_documents(s, project.id, p.data.documents)
            for status, day in p.timeline:
                s.add(ProjectStatusChange(project_id=project.id, status=status, reached_on=day))
            for cluster_id in dict.fromkeys(hand):
                s.add(ProjectCluster(project_id=project.id, cluster_id=cluster_id))
            on_record.add(_key(p.data.title))
            made[p.number] = project.id

        new_organisations: list[str] = []
        partners_written = 0
        for q in partners:
            assert partners_reader is not None
            reader = partners_reader
            if q.number not in numbers:
                reader.error(q.row, PROJECT_NUMBER, _no_such_project(q.number, titles[0]))
                continue
            organisation_id = self._organisation(s, reader, q, organisations, new_organisations)
            if organisation_id is None:
                continue
            # Checked even when its project's row has a problem of its own, so that every
            # problem is said at once; written only with its project.
            partner = ProjectPartner(project_id=made.get(q.number))
            try:
                service._apply_partner(s, partner, PartnerInput(organisation_id, q.role, q.share))
            except ValidationError as error:
                reader.error(q.row, None, str(error))
                continue
            if q.number not in made:
                continue
            s.add(partner)
            s.flush()
            partners_written += 1

        funding_written = 0
        for f in funding:
            assert funding_reader is not None
            reader = funding_reader
            if f.number not in numbers:
                reader.error(f.row, PROJECT_NUMBER, _no_such_project(f.number, titles[0]))
                continue
            scheme_id = schemes.get(_key(f.scheme))
            if scheme_id is None:
                reader.error(
                    f.row, _SCHEME,
                    _tr("there is no funding scheme called {0}; add it to the list first")
                    .format(quoted(f.scheme)),
                )  # fmt: skip
                continue
            application = FundingApplication(project_id=made.get(f.number))
            data = FundingInput(scheme_id, f.applied, f.decision, f.decided_on, f.granted,
                                f.reference)  # fmt: skip
            try:
                service._apply_funding(s, application, data)
            except ValidationError as error:
                reader.error(f.row, None, str(error))
                continue
            if f.number not in made:
                continue
            s.add(application)
            funding_written += 1
        s.flush()
        errors = [e for r in readers for e in sorted(r.errors, key=lambda e: e.row)]
        preview = ProjectImportPreview(
            tuple(p.data.title for p in projects if p.number in made),
            partners_written,
            funding_written,
            tuple(new_organisations),
            tuple(errors),
        )
        return preview, tuple(made.values())

    def _organisation(
        self,
        s: Session,
        reader: _Reader,
        q: _Partner,
        organisations: _Organisations,
        new: list[str],
    ) -> int | None:
        """The organisation a partner's row names: by its number, then by its exact name;
        one on record under neither is added, of the row's kind."""
        number = q.org_number
        digits = re.sub(r"[\s.\-]", "", number)
        if number:
            found = organisations.by_number.get(digits) or organisations.by_number.get(number)
            if found is not None:
                return found
        if q.name:
            named = organisations.by_name.get(q.name.strip(), [])
            if len(named) == 1:
                return named[0]
            if len(named) > 1:
                reader.error(
                    q.row, _ORG_NUMBER,
                    _tr("%n organisations are called {0}: give its organisation number",
                        n=len(named)).format(quoted(q.name)),
                )  # fmt: skip
                return None
        key = digits or _key(q.name)
        if key in organisations.added:
            return organisations.added[key].id
        if not q.name:
            reader.error(
                q.row, _ORGANISATION,
                _tr("no organisation has the number {0}: give its name too, and it will be "
                    "added").format(quoted(number)),
            )  # fmt: skip
            return None
        company = Company(name=q.name.strip()[:200], kind=q.kind)
        if number:
            if digits.isdigit() and len(digits) == 9:
                problems = Problems()
                company.org_number = clean_org_number(problems, digits)
                if problems.problems:
                    for message in problems.problems.values():
                        reader.error(q.row, _ORG_NUMBER, message)
                    return None
            else:
                company.is_foreign = True
                company.country = ""
                company.registry_number = number[:64]
        s.add(company)
        s.flush()
        organisations.added[key] = company
        new.append(company.name)
        return company.id


def _with_area(data: ProjectInput, area_id: int | None) -> ProjectInput:
    return replace(data, strategic_area_id=area_id)


def _no_such_project(number: str, sheet: str) -> str:
    return _tr("no project has the number {0} on the sheet {1}").format(
        quoted(number), quoted(sheet)
    )


__all__ = [
    "ProjectImportPreview",
    "ProjectImportResult",
    "ProjectImportService",
    "ProjectWorkbook",
    "SheetRowError",
    "read_project_workbook",
]
