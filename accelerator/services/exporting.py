"""Exporting companies, milestones, assessments, members, attendees, meetings and joint
projects as CSV or XLSX for a spreadsheet.

Three rules, each for a reason:

- A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
  leading single quote (OWASP's CSV-injection rule), in CSV and in XLSX alike: a
  company name or a milestone's evidence is typed by people outside the programme,
  and a spreadsheet would otherwise run it as a formula. Real numbers and dates stay
  numbers and dates; an organisation number is text.
- CSV is UTF-8 with a BOM, so that Excel reads æ, ø and å right; ``;`` is offered
  because a Norwegian Excel expects it. XLSX is written by openpyxl in write-only
  mode, which streams rows and keeps memory flat for large exports.
- The file is written atomically (``atomic.atomic_write``): a failure or a kill
  midway leaves the old file as it was.

Confidential assessment notes (notes and next steps) are left out unless a
coordinator asks for them.

Joint projects are three tables (the projects, their partners, their funding applications),
a workbook of three sheets that ``accelerator import projects`` reads back; a CSV file holds
the first.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from accelerator.domain.enums import RegistrationStatus, Role, in_words, role_noun
from accelerator.domain.formatting import format_number, quoted
from accelerator.domain.milestones import MilestoneState, is_overdue
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.models import (
    Assessment,
    Cluster,
    Cohort,
    Company,
    Contact,
    Dimension,
    Enrolment,
    Milestone,
    Programme,
    ReadinessFramework,
    Score,
)
from accelerator.services.assessments import ASSESSMENT_WORDS, with_words
from accelerator.services.atomic import atomic_write
from accelerator.services.base import Service, get_or_raise
from accelerator.services.frameworks import shown_column
from accelerator.services.use_cases import UseCase, role_allows

log = logging.getLogger(__name__)
_tr = in_context("Export")
_EXPORT = "Export"

#: OWASP: a cell starting with one of these is a formula to a spreadsheet.
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: What Excel holds in one cell; a longer text makes it call the file damaged.
XLSX_CELL_LIMIT = 32_767
#: Written instead of a confidential assessment's notes and next steps (translated when
#: written).
LEFT_OUT = marked("Export", "(confidential: left out)")

Cell = str | int | float | bool | dt.date | None


class ExportKind(StrEnum):
    COMPANIES = "companies"
    MILESTONES = "milestones"
    ASSESSMENTS = "assessments"
    MEMBERS = "members"
    ATTENDEES = "attendees"
    MEETINGS = "meetings"
    PROJECTS = "projects"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Sheet:
    """A table ready to be written: plain values, no formatting, no neutralising yet."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[Cell, ...]]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: ExportKind
    format: ExportFormat
    rows: int
    confidential_left_out: int = 0  # confidential assessments whose notes were left out

    @property
    def summary(self) -> str:
        if self.kind is ExportKind.COMPANIES:
            return _tr("wrote %n companies to {0}", n=self.rows).format(self.path)
        if self.kind is ExportKind.MILESTONES:
            return _tr("wrote %n milestones to {0}", n=self.rows).format(self.path)
        if self.kind is ExportKind.MEMBERS:
            return _tr("wrote %n memberships to {0}", n=self.rows).format(self.path)
        if self.kind is ExportKind.ATTENDEES:
            return _tr("wrote %n people to {0}", n=self.rows).format(self.path)
        if self.kind is ExportKind.MEETINGS:
            return _tr("wrote %n meetings to {0}", n=self.rows).format(self.path)
        if self.kind is ExportKind.PROJECTS and self.format is ExportFormat.CSV:
            return _tr(
                "wrote %n projects to {0} (their partners and funding applications are in an "
                ".xlsx export's other sheets)",
                n=self.rows,
            ).format(self.path)
        if self.kind is ExportKind.PROJECTS:
            return _tr(
                "wrote %n projects to {0}, with their partners and funding applications",
                n=self.rows,
            ).format(self.path)
        n = self.confidential_left_out
        if not n:
            return _tr("wrote %n assessments to {0}", n=self.rows).format(self.path)
        return _tr("wrote %n assessments to {0} (notes left out of {1})", n=self.rows).format(
            self.path, _tr("%n confidential assessments", n=n)
        )


# --- cells -----------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """The text, with a leading single quote if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(DANGEROUS_PREFIXES) else text


def _yes_or_no(value: bool) -> str:
    return _tr("yes") if value else _tr("no")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_or_no(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(value)


# Characters XML 1.0 cannot hold; openpyxl refuses them (clean_text lets them through).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_cell(value: Cell) -> Cell:
    if value is None or isinstance(value, int | float | dt.date) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return _yes_or_no(value)
    assert isinstance(value, str)
    text = neutralise(_ILLEGAL_XML.sub("", value))
    if len(text) > XLSX_CELL_LIMIT:
        note = " " + _tr("[cut: {0} characters; the CSV export has all of them]").format(
            format_number(len(text))
        )
        text = text[: XLSX_CELL_LIMIT - len(note)] + note
    return text


# --- writing ---------------------------------------------------------------------------


def format_for(path: str | os.PathLike[str]) -> ExportFormat:
    """The format a file name asks for, by its ending."""
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise ValidationError(
            _tr("{0} does not end in .csv or .xlsx, which chooses the format").format(
                Path(path).name
            )
        ) from None


def write_csv(sheet: Sheet, handle: IO[bytes], *, delimiter: str = ",") -> None:
    """The sheet as CSV into a binary file: UTF-8 with BOM, CRLF line ends, as Excel likes."""
    if delimiter not in (",", ";", "\t"):
        raise ValidationError(
            _tr("{0} cannot separate columns; use ',', ';' or tab").format(quoted(delimiter)),
            field="delimiter",
        )
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in sheet.headers])
    for row in sheet.rows:
        writer.writerow([_csv_cell(v) for v in row])
    text.flush()
    text.detach()  # the caller owns the file: it syncs and closes it


def write_xlsx(sheet: Sheet, handle: IO[bytes]) -> None:
    """The sheet as an Excel workbook into a binary file, one row at a time."""
    write_xlsx_book([sheet], handle)


def write_xlsx_book(sheets: Sequence[Sheet], handle: IO[bytes]) -> None:
    """The sheets as one Excel workbook into a binary file, in order, one row at a time;
    each sheet as :func:`write_xlsx` writes one (a sheet's title unique in the book, as
    Excel wants)."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    titles: set[str] = set()
    for sheet in sheets:
        title = _sheet_title(sheet.title)
        n = 1
        while title.casefold() in titles:
            n += 1
            title = f"{_sheet_title(sheet.title)[:27]} ({n})"
        titles.add(title.casefold())
        ws = book.create_sheet(title=title)
        ws.freeze_panes = "A2"
        for index, header in enumerate(sheet.headers, start=1):
            ws.column_dimensions[get_column_letter(index)].width = min(max(len(header) + 2, 10), 50)
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(ws, value=_xlsx_cell(header))
            cell.font = bold
            header_cells.append(cell)
        try:
            ws.append(header_cells)
            for row in sheet.rows:
                ws.append([_xlsx_cell(v) for v in row])
        except BaseException:
            _discard(ws)
            raise
    book.save(handle)


def _discard(ws: Any) -> None:
    """Close a half-written write-only sheet: openpyxl streams its rows into a temporary
    file of its own, which would otherwise stay behind and complain when collected."""
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _sheet_title(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or _tr("Sheet")


def save_sheet(
    sheet: Sheet,
    path: str | os.PathLike[str],
    *,
    format: ExportFormat | str | None = None,
    delimiter: str = ",",
) -> ExportFormat:
    """Write the sheet to ``path`` atomically, as CSV or XLSX (by default: by its ending)."""
    return save_sheets([sheet], path, format=format, delimiter=delimiter)


def save_sheets(
    sheets: Sequence[Sheet],
    path: str | os.PathLike[str],
    *,
    format: ExportFormat | str | None = None,
    delimiter: str = ",",
) -> ExportFormat:
    """Write the sheets to ``path`` atomically: as one workbook of them, or as CSV (which
    holds one table: the first)."""
    chosen = ExportFormat(format) if format else format_for(path)
    with atomic_write(path) as handle:
        if chosen is ExportFormat.CSV:
            write_csv(sheets[0], handle, delimiter=delimiter)
        else:
            write_xlsx_book(sheets, handle)
    return chosen


# --- what is exported ------------------------------------------------------------------


def _words(member: StrEnum) -> str:
    """A status or kind as a cell says it: in words, in the language spoken ("not started")."""
    return in_words(member).lower()


class ExportService(Service):
    """The tables a coordinator takes to a spreadsheet, and writing them to a file."""

    def export(
        self,
        kind: ExportKind | str,
        path: str | os.PathLike[str],
        *,
        cohort_id: int | None = None,
        format: ExportFormat | str | None = None,
        delimiter: str = ",",
        include_confidential: bool = False,
        cluster_id: int | None = None,
        on: dt.date | None = None,
        event_id: int | None = None,
    ) -> ExportResult:
        """Write one kind of table to ``path``; the old file stays if anything goes wrong.
        ``cluster_id`` and ``on`` choose the memberships of a members export, ``event_id``
        the event of an attendees export."""
        kind = ExportKind(kind)
        chosen = ExportFormat(format) if format else format_for(path)
        if kind is ExportKind.PROJECTS:
            sheets = self.projects()
            save_sheets(sheets, path, format=chosen, delimiter=delimiter)
            result = ExportResult(Path(path), kind, chosen, len(sheets[0].rows))
            log.info("%s", result.summary)
            return result
        if kind is ExportKind.MEMBERS:
            sheet, left_out = self.members(cluster_id=cluster_id, on=on), 0
        elif kind is ExportKind.ATTENDEES:
            if event_id is None:
                raise ValidationError(_tr("say which event's attendees to export"), field="event")
            sheet, left_out = self.attendees(event_id), 0
        elif kind is ExportKind.MEETINGS:
            if event_id is None:
                raise ValidationError(
                    _tr("say which event's meeting plan to export"), field="event"
                )
            sheet, left_out = self.meetings(event_id), 0
        else:
            sheet, left_out = self._sheet(kind, cohort_id, include_confidential)
        save_sheet(sheet, path, format=chosen, delimiter=delimiter)
        result = ExportResult(Path(path), kind, chosen, len(sheet.rows), left_out)
        log.info("%s", result.summary)
        return result

    def sheet(
        self,
        kind: ExportKind | str,
        *,
        cohort_id: int | None = None,
        include_confidential: bool = False,
    ) -> Sheet:
        """The table as it would be exported, for a preview."""
        return self._sheet(ExportKind(kind), cohort_id, include_confidential)[0]

    def _sheet(
        self, kind: ExportKind, cohort_id: int | None, include_confidential: bool
    ) -> tuple[Sheet, int]:
        if kind is ExportKind.COMPANIES:
            return self.companies(cohort_id=cohort_id), 0
        if kind is ExportKind.MILESTONES:
            return self.milestones(cohort_id=cohort_id), 0
        if kind is ExportKind.MEMBERS:
            return self.members(), 0
        if kind is ExportKind.ATTENDEES:
            raise ValidationError(_tr("say which event's attendees to export"), field="event")
        if kind is ExportKind.MEETINGS:
            raise ValidationError(_tr("say which event's meeting plan to export"), field="event")
        if kind is ExportKind.PROJECTS:
            return self.projects()[0], 0
        return self._assessments(cohort_id, include_confidential)

    def _check_scope(self, cohort_id: int | None) -> None:
        """A mentor exports one of their own cohorts, nothing wider."""
        if self.actor.role is not Role.MENTOR:
            return
        if cohort_id is None:
            raise PermissionDeniedError(
                _tr(
                    "{0} (mentor) may export only a cohort they mentor in; choose the cohort"
                ).format(self.actor.username)
            )
        with self._read() as s:
            self._require_cohort_visible(s, cohort_id)

    def companies(self, *, cohort_id: int | None = None) -> Sheet:
        """One row per company; the first contact in its own columns (so the file can be
        imported again), any others in one column."""
        self._check_scope(cohort_id)
        # The headers are those the import recognises, in either language, so that the
        # file can be imported again (tests/data_io holds both to it).
        headers = (
            _tr("Name"),
            _tr("Organisation number"),
            _tr("Country"),
            _tr("Foreign registry number"),
            _tr("Sector"),
            _tr("Home cluster"),
            _tr("Website"),
            _tr("Founded"),
            _tr("Employees"),
            _tr("Technology focus"),
            _tr("Description"),
            _tr("Contact name"),
            _tr("Contact role"),
            _tr("Contact e-mail"),
            _tr("Contact phone"),
            _tr("Other contacts"),
        )
        with self._read() as s:
            query = select(
                Company.id,
                Company.name,
                Company.org_number,
                Company.country,
                Company.registry_number,
                Company.sector,
                func.coalesce(Cluster.name, ""),
                Company.website,
                Company.founded_year,
                Company.employees,
                Company.technology_focus,
                Company.description,
            )
            query = query.outerjoin(Cluster, Cluster.id == Company.cluster_id).order_by(
                Company.name, Company.id
            )
            contacts_query = select(
                Contact.company_id, Contact.name, Contact.role, Contact.email, Contact.phone
            ).order_by(Contact.company_id, Contact.id)
            if cohort_id is not None:
                get_or_raise(s, Cohort, cohort_id, "cohort")
                enrolled = select(Enrolment.company_id).where(Enrolment.cohort_id == cohort_id)
                query = query.where(Company.id.in_(enrolled))
                contacts_query = contacts_query.where(Contact.company_id.in_(enrolled))
            contacts: dict[int, list[tuple[str, str, str, str]]] = defaultdict(list)
            for company_id, name, role, email, phone in s.execute(contacts_query):
                contacts[company_id].append((name, role, email, phone))
            rows: list[tuple[Cell, ...]] = []
            for company_id, *values in s.execute(query):
                people = contacts.get(company_id, [])
                first = people[0] if people else ("", "", "", "")
                others = "; ".join(_contact_text(*p) for p in people[1:])
                rows.append((*values, *first, others))
        return Sheet(_tr("Companies"), headers, rows)

    def members(self, *, cluster_id: int | None = None, on: dt.date | None = None) -> Sheet:
        """One row per membership: of one cluster or of all, in force on ``on`` or every
        one, past ones too. A mentor's holds the organisations they read."""
        from accelerator.services.members import MemberService

        headers = (
            _tr("Organisation"),
            _tr("Organisation number"),
            _tr("Kind"),
            _tr("Cluster"),
            _tr("Tier"),
            _tr("Joined"),
            _tr("Left"),
        )
        memberships = MemberService(self._db, self.actor).list_memberships(
            cluster_id=cluster_id, on=on
        )
        rows: list[tuple[Cell, ...]] = [
            (
                m.organisation_name,
                m.registration,
                in_words(m.kind),
                m.cluster_name,
                m.tier_name,
                m.joined_on,
                m.left_on,
            )
            for m in memberships
        ]
        return Sheet(_tr("Members"), headers, rows)

    def attendees(self, event_id: int) -> Sheet:
        """The event's list of people, by name: everyone registered, waiting, checked in or
        marked a no-show (not those who cancelled), with their organisation and where they
        stand; times on the clock in Norway. A mentor's holds the people they read. The
        first four columns are those the import of registrations reads."""
        from accelerator.domain.events import norwegian_time
        from accelerator.services.events import EventService

        def clock(moment: dt.datetime | None) -> dt.datetime | None:
            return None if moment is None else norwegian_time(moment).replace(tzinfo=None)

        headers = (
            _tr("Name"),
            _tr("E-mail"),
            _tr("Organisation"),
            _tr("Organisation number"),
            _tr("Status"),
            _tr("Registered"),
            _tr("Checked in"),
            _tr("Walk-in"),
        )
        service = EventService(self._db, self.actor)
        event = service.get_event(event_id)
        wanted = [s for s in RegistrationStatus if s is not RegistrationStatus.CANCELLED]
        rows: list[tuple[Cell, ...]] = [
            (
                r.name,
                r.email,
                r.organisation,
                r.registration,
                _words(r.status),
                clock(r.registered_at),
                clock(r.checked_in_at),
                r.walk_in,
            )
            for r in service.registrations(event.id, statuses=wanted)
        ]
        return Sheet(event.title, headers, rows)

    def meetings(self, event_id: int) -> Sheet:
        """The event's meeting plan (``MeetingService.plan``): who meets whom, when and at
        which table, by slot and table, cancelled meetings left out; times on the clock in
        Norway. A mentor's holds the meetings of the companies they read."""
        from accelerator.services.meetings import MeetingService

        headers = (
            _tr("Start"),
            _tr("End"),
            _tr("Table"),
            _tr("Organisation"),
            _tr("Meets"),
            _tr("Need"),
            _tr("Offer"),
            _tr("Status"),
        )
        plan = MeetingService(self._db, self.actor).plan(event_id)
        rows: list[tuple[Cell, ...]] = [
            (
                m.starts_at.replace(tzinfo=None),
                m.ends_at.replace(tzinfo=None),
                m.table_label,
                m.organisation_name,
                m.counterpart_name,
                m.need_summary,
                m.offer_summary,
                _words(m.status),
            )
            for m in plan.meetings
        ]
        return Sheet(plan.event_title, headers, rows)

    def projects(self) -> tuple[Sheet, Sheet, Sheet]:
        """The joint projects, their partners and their funding applications: three
        sheets, joined by the project's number, that the import of projects reads back
        (``importing.projects``). Statuses, roles, decisions and kinds in words; amounts in
        whole kroner; the timeline as its steps with their days. A mentor's hold the
        projects they read, with the partners they read."""
        from accelerator.services.projects import ProjectService

        service = ProjectService(self._db, self.actor)
        records = [service.get_project(row.id) for row in service.list_projects()]
        records.reverse()  # the oldest first: a file reads as the projects came
        organisations = {p.organisation_id for r in records for p in r.partners}
        numbers: dict[int, str] = {}
        if organisations:
            with self._read() as s:
                for company_id, org_number, registry_number in s.execute(
                    select(Company.id, Company.org_number, Company.registry_number).where(
                        Company.id.in_(organisations)
                    )
                ):
                    numbers[company_id] = org_number or registry_number or ""
        projects: list[tuple[Cell, ...]] = []
        partners: list[tuple[Cell, ...]] = []
        funding: list[tuple[Cell, ...]] = []
        for number, r in enumerate(records, start=1):
            named = [p for p in r.partners if p.organisation_name]
            projects.append(
                (
                    number,
                    r.title,
                    r.description,
                    r.strategic_area,
                    _words(r.status),
                    r.status_since,
                    timeline_text(r.timeline),
                    r.start_on,
                    r.end_on,
                    r.total_budget,
                    r.lead.organisation_name if r.lead is not None else "",
                    # "; " between names: a cluster's name may hold a comma ("..., Aarhus").
                    "; ".join(p.organisation_name for p in named),
                    "; ".join(c.name for c in r.clusters),
                    "; ".join(c.name for c in r.clusters if c.by_hand),
                    r.cross_cluster,
                    r.amount_applied,
                    r.amount_granted,
                    r.notes,
                    documents_text(r.documents),
                )
            )
            for p in named:
                partners.append(
                    (
                        number,
                        r.title,
                        p.organisation_name,
                        numbers.get(p.organisation_id, ""),
                        _words(p.kind) if p.kind is not None else "",
                        _words(p.role),
                        p.own_share,
                    )
                )
            for f in r.funding:
                funding.append(
                    (
                        number,
                        r.title,
                        f.scheme_name,
                        f.amount_applied,
                        _words(f.decision),
                        f.decided_on,
                        f.amount_granted,
                        f.reference,
                    )
                )
        return (
            Sheet(translate(_EXPORT, PROJECTS_SHEET), _headers(PROJECT_COLUMNS), projects),
            Sheet(translate(_EXPORT, PARTNERS_SHEET), _headers(PARTNER_COLUMNS), partners),
            Sheet(translate(_EXPORT, FUNDING_SHEET), _headers(FUNDING_COLUMNS), funding),
        )

    def milestones(self, *, cohort_id: int | None = None, today: dt.date | None = None) -> Sheet:
        """One row per milestone, with its enrolment, company and cohort."""
        self._check_scope(cohort_id)
        today = today or dt.date.today()
        headers = (
            *_whose_headers(),
            _tr("Enrolment status"),
            _tr("No."),
            _tr("Milestone"),
            _tr("Category"),
            _tr("Due"),
            _tr("Status"),
            _tr("Completed on"),
            _tr("Overdue"),
            _tr("Evidence"),
            _tr("Blocked because"),
        )
        with self._read() as s:
            query = _whose(
                s,
                Milestone.enrolment_id,
                cohort_id,
                (
                    Enrolment.status,
                    Milestone.position,
                    Milestone.title,
                    Milestone.category,
                    Milestone.due_date,
                    Milestone.status,
                    Milestone.completed_on,
                    Milestone.evidence,
                    Milestone.blocked_reason,
                ),
                (Enrolment.id, Milestone.position, Milestone.id),
            )
            rows: list[tuple[Cell, ...]] = []
            for whose, (
                enrolment_status,
                position,
                title,
                category,
                due,
                status,
                completed_on,
                evidence,
                blocked,
            ) in _split(s.execute(query)):
                overdue = is_overdue(MilestoneState(status, due, completed_on), today)
                rows.append(
                    (
                        *whose,
                        _words(enrolment_status),
                        position + 1,
                        title,
                        category,
                        due,
                        _words(status),
                        completed_on,
                        overdue,
                        evidence,
                        blocked,
                    )
                )
        return Sheet(_tr("Milestones"), headers, rows)

    def assessments(
        self, *, cohort_id: int | None = None, include_confidential: bool = False
    ) -> Sheet:
        """One row per assessment, a level and a reason column per dimension."""
        return self._assessments(cohort_id, include_confidential)[0]

    def _assessments(self, cohort_id: int | None, include_confidential: bool) -> tuple[Sheet, int]:
        self._check_scope(cohort_id)
        if include_confidential and not role_allows(self.actor.role, UseCase.READ_CONFIDENTIAL):
            raise PermissionDeniedError(
                _tr("{0} ({1}) may not export confidential notes; only a coordinator may").format(
                    self.actor.username, role_noun(self.actor.role)
                )
            )
        with self._read() as s:
            query = with_words(
                _whose(
                    s,
                    Assessment.enrolment_id,
                    cohort_id,
                    (
                        Assessment.id,
                        *ASSESSMENT_WORDS,
                        shown_column(ReadinessFramework.name),
                        ReadinessFramework.version,
                        Assessment.updated_at,
                    ),
                    (Assessment.assessed_on, Assessment.id),
                )
            ).join(ReadinessFramework, Assessment.framework_id == ReadinessFramework.id)
            scores_query = select(
                Score.assessment_id, Score.dimension_id, Score.level, Score.reason
            )
            if cohort_id is not None:
                scores_query = scores_query.join(
                    Assessment, Score.assessment_id == Assessment.id
                ).where(
                    Assessment.enrolment_id.in_(
                        select(Enrolment.id).where(Enrolment.cohort_id == cohort_id)
                    )
                )
            assessments = _split(s.execute(query).all())
            scores: dict[int, dict[int, tuple[int, str]]] = defaultdict(dict)
            for assessment_id, dimension_id, level, reason in s.execute(scores_query):
                scores[assessment_id][dimension_id] = (level, reason)
            dimensions = s.execute(
                select(Dimension.id, Dimension.key, shown_column(Dimension.name)).order_by(
                    Dimension.framework_id, Dimension.position
                )
            ).all()
        # One level and one reason column per dimension key, across framework versions.
        used = {d for per in scores.values() for d in per}
        keys: dict[str, str] = {}  # key -> column name
        key_of: dict[int, str] = {}
        for dimension_id, key, name in dimensions:
            if dimension_id not in used:
                continue
            key_of[dimension_id] = key
            if key not in keys:
                keys[key] = name if name not in keys.values() else f"{name} ({key})"
        position = {key: i for i, key in enumerate(keys)}
        headers = (
            *_whose_headers(),
            _tr("Assessed on"),
            _tr("Kind"),
            _tr("Assessor"),
            _tr("Framework"),
            *(
                column
                for name in keys.values()
                for column in (_tr("{0} level").format(name), _tr("{0} reason").format(name))
            ),
            _tr("Notes"),
            _tr("Next steps"),
            _tr("Confidential"),
            _tr("Corrected"),
        )
        left_out_text = translate(_EXPORT, LEFT_OUT)
        rows: list[tuple[Cell, ...]] = []
        left_out = 0
        for whose, (
            assessment_id,
            assessed_on,
            kind,
            assessor,
            notes,
            next_steps,
            confidential,
            framework,
            version,
            updated_at,
        ) in assessments:
            levels: list[Cell] = [None, ""] * len(keys)
            for dimension_id, (level, reason) in scores.get(assessment_id, {}).items():
                at = 2 * position[key_of[dimension_id]]
                levels[at], levels[at + 1] = level, reason
            if confidential and not include_confidential:
                notes = next_steps = left_out_text
                left_out += 1
            rows.append(
                (
                    *whose,
                    assessed_on,
                    _words(kind),
                    assessor,
                    _tr("{0} (version {1})").format(framework, version),
                    *levels,
                    notes,
                    next_steps,
                    confidential,
                    updated_at is not None,
                )
            )
        return Sheet(_tr("Assessments"), headers, rows), left_out


# --- joint projects' columns: the export writes them, the import reads them back ----------

PROJECTS_SHEET = marked("Export", "Projects")
PARTNERS_SHEET = marked("Export", "Partners")
FUNDING_SHEET = marked("Export", "Funding applications")
#: The project's number, that its partners' and funding's rows give.
PROJECT_NUMBER = marked("Export", "Project no.")
PROJECT_COLUMNS = (
    PROJECT_NUMBER,
    marked("Export", "Title"),
    marked("Export", "Description"),
    marked("Export", "Strategic area"),
    marked("Export", "Status"),
    marked("Export", "Status since"),
    marked("Export", "Timeline"),
    marked("Export", "Start"),
    marked("Export", "End"),
    marked("Export", "Total budget (NOK)"),
    marked("Export", "Lead"),
    marked("Export", "Partners"),
    marked("Export", "Clusters"),
    marked("Export", "Clusters added by hand"),
    marked("Export", "Cross-cluster"),
    marked("Export", "Applied for (NOK)"),
    marked("Export", "Granted (NOK)"),
    marked("Export", "Notes"),
    marked("Export", "Documents"),
)
PARTNER_COLUMNS = (
    PROJECT_NUMBER,
    marked("Export", "Project"),
    marked("Export", "Organisation"),
    marked("Export", "Organisation number"),
    marked("Export", "Kind"),
    marked("Export", "Role"),
    marked("Export", "Own share (NOK)"),
)
FUNDING_COLUMNS = (
    PROJECT_NUMBER,
    marked("Export", "Project"),
    marked("Export", "Scheme"),
    marked("Export", "Applied for (NOK)"),
    marked("Export", "Decision"),
    marked("Export", "Decided on"),
    marked("Export", "Granted (NOK)"),
    marked("Export", "Reference"),
)


def _headers(columns: Sequence[str]) -> tuple[str, ...]:
    return tuple(translate(_EXPORT, c) for c in columns)


def timeline_text(steps: Iterable[Any]) -> str:
    """A project's timeline in a cell: "idea 2025-01-05; applying 2025-03-01" (each step's
    status in words and the day it was reached)."""
    return "; ".join(f"{_words(step.status)} {step.reached_on.isoformat()}" for step in steps)


def documents_text(links: Iterable[Any]) -> str:
    """A project's documents in a cell, one a line: "Application draft <https://...>"."""
    return "\n".join(f"{link.label} <{link.url}>" if link.label else link.url for link in links)


def _whose_headers() -> tuple[str, ...]:
    """The first columns of a milestone's or an assessment's row: whose it is."""
    return (_tr("Programme"), _tr("Cohort"), _tr("Company"), _tr("Organisation number"))


def _whose(
    s: Session,
    enrolment_id: InstrumentedAttribute[int],
    cohort_id: int | None,
    columns: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]],
    order: Sequence[InstrumentedAttribute[Any]],
) -> Select[Any]:
    """The rows of a table linked to an enrolment by ``enrolment_id`` (milestones,
    assessments), each led by whose it is: programme, cohort, company and its numbers;
    in the order of a programme's cohorts and their companies, then ``order``. Only
    cohort ``cohort_id``'s, when given (NotFoundError if it does not exist)."""
    query = (
        select(
            Programme.name,
            Cohort.name,
            Company.name,
            Company.org_number,
            Company.registry_number,
            *columns,
        )
        .join_from(enrolment_id.class_, Enrolment, enrolment_id == Enrolment.id)
        .join(Cohort, Enrolment.cohort_id == Cohort.id)
        .join(Programme, Cohort.programme_id == Programme.id)
        .join(Company, Enrolment.company_id == Company.id)
        .order_by(Programme.name, Cohort.start_date, Cohort.name, Company.name, *order)
    )
    if cohort_id is not None:
        get_or_raise(s, Cohort, cohort_id, "cohort")
        query = query.where(Enrolment.cohort_id == cohort_id)
    return query


def _split(rows: Iterable[Sequence[Any]]) -> list[tuple[tuple[Cell, ...], Sequence[Any]]]:
    """Each row of :func:`_whose` as the cells that say whose it is (the organisation
    number, or a foreign company's registry number) and the rest."""
    return [
        ((programme, cohort, company, org_number or registry_number), rest)
        for programme, cohort, company, org_number, registry_number, *rest in rows
    ]


def _contact_text(name: str, role: str, email: str, phone: str) -> str:
    parts: list[Any] = [name]
    if role:
        parts.append(f"({role})")
    if email:
        parts.append(f"<{email}>")
    if phone:
        parts.append(phone)
    return " ".join(parts)
