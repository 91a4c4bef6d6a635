"""The annual report to the cluster programme's funder: the data read here, the PDF from
:mod:`accelerator.reports.annual_report` and the workbook from
:mod:`accelerator.reports.annual_workbook`, both from one :class:`AnnualReportData`, so
they show the same numbers.

What is reported on: one cluster, or (without one) our clusters (``clusters.ours``).
Within it, for the year:

- members: the organisations with a membership of the clusters in force on 31 December
  (as the member register counts one: joined by then, not left before it), and those whose
  membership began or ended in the year; by organisation kind;
- events the clusters hosted or co-hosted starting in the year; participants are the
  registrations that attended; participating organisations those on record behind them;
- meetings in the year at those events or with an organisation that was a member of the
  clusters on the meeting's day, by status, and the held ones by outcome;
- joint projects active in the year involving the clusters (as the projects service and
  the collaboration report count them), and their funding applications by scheme;
- the cohorts of the clusters' programmes running in the year, with what changed for their
  companies since their baseline (the figures of the year before they enrolled, see
  :mod:`accelerator.domain.outcomes`) up to the year reported;
- mentor hours logged in the year in those programmes' cohorts, an in-kind contribution;
- the members' figures for the year (quarter 0: the whole year) summed per figure, over
  the organisations that were members in the year or in one of the cohorts, with who
  reported and who did not. A figure no one reported is missing, never 0.

A mentor's copy counts only the companies of the cohorts they mentor in (as the other
cluster reports do) and says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypedDict, Unpack

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from accelerator import i18n
from accelerator.domain.enums import (
    KPI_UNITS,
    EnrolmentStatus,
    EventKind,
    FundingDecision,
    KpiMetric,
    KpiUnit,
    MeetingOutcome,
    MeetingStatus,
    OrganisationKind,
    ProjectStatus,
    RegistrationStatus,
    SessionKind,
    in_words,
)
from accelerator.domain.formatting import format_date, format_number
from accelerator.domain.outcomes import change_since
from accelerator.domain.text import collation_key
from accelerator.errors import NotFoundError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Cluster, Company, Enrolment, Membership
from accelerator.models.event import Event, EventHost, Registration
from accelerator.models.matchmaking import Meeting
from accelerator.models.outcomes import KpiField, KpiValue, MentorSession
from accelerator.models.programme import Cohort, Programme
from accelerator.models.project import (
    FundingApplication,
    FundingScheme,
    ProjectStatusChange,
)
from accelerator.models.user import User
from accelerator.reports.annual_report import (
    AnnualReportData,
    BackingRecord,
    Figure,
    Row,
    Section,
    Table,
    Unit,
)
from accelerator.reports.data import PAGE_SIZES, PageSize
from accelerator.reports.layout import Cancelled, Progress
from accelerator.services.atomic import WriteFailedError, atomic_write
from accelerator.services.base import Service
from accelerator.services.collab_reports import FIRST_YEAR, LAST_YEAR
from accelerator.services.outcomes import CohortOutcomes, CompanyOutcome, cohort_outcomes
from accelerator.services.projects import ENDED, ProjectService

log = logging.getLogger(__name__)
_tr = in_context("Reporting")


class AnnualReportOptions(TypedDict, total=False):
    """How the annual report is made: ``page_size`` "A4" or "Letter"; ``language`` "nb"
    or "en" (default: the language spoken); ``today`` the day it is made on;
    ``hourly_rate`` the kroner an hour of mentoring is valued at as an in-kind
    contribution (none: the hours only)."""

    page_size: PageSize
    language: str | None
    today: dt.date | None
    hourly_rate: int | None


class AnnualBuildOptions(AnnualReportOptions, total=False):
    progress: Progress | None
    cancelled: Cancelled | None


@dataclass(frozen=True)
class _Settled:
    page_size: PageSize
    language: str
    today: dt.date
    hourly_rate: int | None


@dataclass(frozen=True)
class _Org:
    id: int
    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class _Scope:
    year: int
    first: dt.date
    last: dt.date
    clusters: tuple[tuple[int, str], ...]  # (id, name), by name
    one_cluster: bool
    visible: frozenset[int] | None  # the organisations a mentor reads; None: every one
    cohorts: frozenset[int] | None  # the cohorts a mentor reads; None: every one

    @property
    def cluster_ids(self) -> list[int]:
        return [c for c, _ in self.clusters]

    def sees(self, organisation_id: int | None) -> bool:
        return self.visible is None or (
            organisation_id is not None and organisation_id in self.visible
        )


class AnnualReportService(Service):
    """Builds and writes the annual report and its workbook. Anyone signed in may print
    it; a mentor's copy counts the companies of their cohorts only."""

    def annual_report_data(
        self, year: int, cluster_id: int | None = None, **options: Unpack[AnnualReportOptions]
    ) -> AnnualReportData:
        """Everything the annual report of ``year`` shows (of ``cluster_id``, or of our
        clusters), in the report's language."""
        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            return self._data(year, cluster_id, settled)

    def annual_report_pdf(
        self, year: int, cluster_id: int | None = None, **options: Unpack[AnnualBuildOptions]
    ) -> bytes:
        """The annual report as PDF bytes (for a preview)."""
        from accelerator.reports.annual_report import build_annual_report

        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            data = self._data(year, cluster_id, settled)
            return build_annual_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def annual_workbook(
        self, year: int, cluster_id: int | None = None, **options: Unpack[AnnualReportOptions]
    ) -> bytes:
        """The annual report's workbook (XLSX bytes): every table, and the records behind
        every figure."""
        from accelerator.reports.annual_workbook import build_annual_workbook

        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            workbook: bytes = build_annual_workbook(self._data(year, cluster_id, settled))
            return workbook

    def annual_report_files(
        self, year: int, cluster_id: int | None = None, **options: Unpack[AnnualBuildOptions]
    ) -> tuple[bytes, bytes]:
        """The PDF and the workbook from one reading of the data (the window previews the
        one and saves the other): the same numbers in both."""
        from accelerator.reports.annual_report import build_annual_report
        from accelerator.reports.annual_workbook import build_annual_workbook

        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            data = self._data(year, cluster_id, settled)
            pdf = build_annual_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )
            workbook: bytes = build_annual_workbook(data)
        return pdf, workbook

    def write_annual_report(
        self,
        path: str | os.PathLike[str] | None,
        year: int,
        cluster_id: int | None = None,
        *,
        workbook: str | os.PathLike[str] | None = None,
        **options: Unpack[AnnualBuildOptions],
    ) -> tuple[Path | None, Path | None]:
        """Write the PDF to ``path`` and the workbook to ``workbook`` (either may be None,
        not both), from one reading of the data, each atomically: a cancel or an error
        leaves the files that were there (or none)."""
        from accelerator.reports.annual_report import build_annual_report
        from accelerator.reports.annual_workbook import build_annual_workbook

        settled = self._settle(options)
        _check_year(year)
        targets = [Path(p) for p in (path, workbook) if p is not None]
        if not targets:
            raise ValidationError(_tr("give the file to write the annual report to"))
        for target in targets:
            if target.is_dir():
                raise WriteFailedError(
                    _tr("cannot write {0}: it is a folder. Give a file name.").format(target)
                )
        if path is not None and workbook is not None and Path(path) == Path(workbook):
            raise ValidationError(
                _tr("the report and its workbook cannot be the same file: {0}").format(path)
            )
        with i18n.speaking(settled.language):
            data = self._data(year, cluster_id, settled)
            pdf = (
                build_annual_report(
                    data, progress=options.get("progress"), cancelled=options.get("cancelled")
                )
                if path is not None
                else None
            )
            xlsx = build_annual_workbook(data) if workbook is not None else None
        written: list[Path | None] = []
        for where, content in ((path, pdf), (workbook, xlsx)):
            if where is None or content is None:
                written.append(None)
                continue
            with atomic_write(Path(where)) as handle:
                handle.write(content)
            written.append(Path(where))
            log.info("wrote the annual report of %s to %s", year, where)
        return written[0], written[1]

    # --- reading -----------------------------------------------------------------------------

    def _data(self, year: int, cluster_id: int | None, settled: _Settled) -> AnnualReportData:
        with self._read() as s:
            scope = self._scope(s, year, cluster_id)
            members, member_figures = _members(s, scope)
            events, event_figures = _events(s, scope)
            meetings, meeting_figures = _meetings(s, scope)
            cohorts = _cohorts_in(s, scope)
            sessions, session_figures = _sessions(s, scope, settled.hourly_rate)
            figures, figure_figures = _member_figures(s, scope, cohorts)
        projects, project_figures = self._projects(scope)
        programmes, programme_figures = self._programmes(scope, cohorts)
        one = scope.one_cluster
        name = scope.clusters[0][1] if one else _tr("Our clusters")
        summary = tuple(
            replace(figure, short=short)
            for figure, short in (
                (member_figures["end"], _tr("Members on 31 December")),
                (member_figures["joined"], _tr("New members")),
                (event_figures["events"], _tr("Events")),
                (event_figures["participants"], _tr("Participants")),
                (event_figures["organisations"], _tr("Organisations at events")),
                (meeting_figures["held"], _tr("Meetings held")),
                (project_figures["active"], _tr("Joint projects")),
                (project_figures["granted"], _tr("Funding granted")),
                (programme_figures["companies"], _tr("Companies in cohorts")),
                (session_figures["hours"], _tr("Mentor hours")),
                (figure_figures[KpiMetric.REVENUE.value], _tr("Members' revenue")),
                (figure_figures[KpiMetric.FTE.value], _tr("Members' FTEs")),
            )
        )
        return AnnualReportData(
            year=year,
            scope=name,
            clusters=tuple(n for _, n in scope.clusters),
            one_cluster=one,
            generated_on=settled.today,
            summary=summary,
            sections=(members, events, meetings, projects, programmes, sessions, figures),
            partial=scope.visible is not None,
            page_size=settled.page_size,
        )

    def _scope(self, s: Session, year: int, cluster_id: int | None) -> _Scope:
        if cluster_id is not None:
            found = s.get(Cluster, cluster_id)
            if found is None:
                raise NotFoundError(
                    _tr("cluster {0} does not exist (it may have been removed)").format(cluster_id)
                )
            clusters = [(found.id, found.name)]
        else:
            clusters = [
                (c.id, c.name) for c in s.scalars(select(Cluster).where(Cluster.ours.is_(True)))
            ]
            if not clusters:
                raise ValidationError(
                    _tr(
                        "no cluster is marked as ours: mark ours under Members, or choose the "
                        "cluster to report on"
                    ),
                    field="cluster",
                )
        clusters.sort(key=lambda c: collation_key(c[1]))
        visible_cohorts = self._visible_cohorts()
        cohorts = visible = None
        if visible_cohorts is not None:
            cohorts = frozenset(s.scalars(visible_cohorts))
            visible = frozenset(
                s.scalars(select(Enrolment.company_id).where(Enrolment.cohort_id.in_(cohorts)))
            )
        return _Scope(
            year,
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
            tuple(clusters),
            cluster_id is not None,
            visible,
            cohorts,
        )

    def _projects(self, scope: _Scope) -> tuple[Section, dict[str, Figure]]:
        projects = ProjectService(self._db, self.actor)
        rows = {
            r.id: r
            for c in scope.cluster_ids
            for r in projects.list_projects(year=scope.year, cluster_id=c)
        }
        ids = sorted(rows)
        with self._read() as s:
            completed_in_year = (
                set(
                    s.scalars(
                        select(ProjectStatusChange.project_id).where(
                            ProjectStatusChange.project_id.in_(ids),
                            ProjectStatusChange.status == ProjectStatus.COMPLETED,
                            ProjectStatusChange.reached_on.between(scope.first, scope.last),
                        )
                    )
                )
                if ids
                else set()
            )
            order = {
                n: i
                for i, n in enumerate(
                    s.scalars(select(FundingScheme.name).order_by(FundingScheme.position))
                )
            }
            applications = (
                list(
                    s.execute(
                        select(
                            FundingApplication.id,
                            FundingApplication.project_id,
                            FundingScheme.name,
                            FundingApplication.amount_applied,
                            FundingApplication.decision,
                            FundingApplication.amount_granted,
                        )
                        .join(FundingScheme, FundingScheme.id == FundingApplication.scheme_id)
                        .where(FundingApplication.project_id.in_(ids))
                        .order_by(FundingApplication.id)
                    )
                )
                if ids
                else []
            )

        def record(pid: int) -> BackingRecord:
            r = rows[pid]
            return BackingRecord(
                _tr("Joint project"),
                pid,
                r.title,
                " · ".join(p for p in (in_words(r.status), ", ".join(r.clusters)) if p),
            )

        def running(pid: int) -> bool:
            r = rows[pid]
            if r.start_on is None or r.start_on > scope.last:
                return False
            if r.end_on is not None:
                return r.end_on > scope.last
            return r.status not in ENDED

        def completed(pid: int) -> bool:
            r = rows[pid]
            if r.status is not ProjectStatus.COMPLETED:
                return False
            in_year = r.end_on is not None and scope.first <= r.end_on <= scope.last
            return in_year or pid in completed_in_year

        def started(pid: int) -> bool:
            start = rows[pid].start_on
            return start is not None and scope.first <= start <= scope.last

        kinds = (
            ("active", _tr("Active in the year"), lambda pid: True),
            ("new", _tr("Started in the year"), started),
            ("running", _tr("Running on 31 December"), running),
            ("completed", _tr("Completed in the year"), completed),
            ("cross", _tr("Across clusters"), lambda pid: rows[pid].cross_cluster),
        )
        figures: dict[str, Figure] = {}
        table_rows = []
        for key, label, test in kinds:
            chosen = [pid for pid in _by_title(ids, rows) if test(pid)]
            figures[key] = _count(
                f"projects.{key}",
                _tr("Joint projects: {0}").format(label.lower()),
                [record(pid) for pid in chosen],
            )
            table_rows.append(Row(label, (figures[key],)))
        overview = Table(
            "projects",
            _tr("Joint projects"),
            _tr("Projects"),
            (_tr("Number"),),
            tuple(table_rows),
        )
        by_scheme: dict[str, list[BackingRecord]] = defaultdict(list)
        granted_by_scheme: dict[str, list[BackingRecord]] = defaultdict(list)
        for app_id, pid, scheme, applied, decision, granted in applications:
            decision = FundingDecision(decision)
            detail = _tr("{0}: {1}").format(scheme, in_words(decision))
            by_scheme[scheme].append(
                BackingRecord(_tr("Funding application"), app_id, rows[pid].title, detail, applied)
            )
            if decision is FundingDecision.GRANTED:
                granted_by_scheme[scheme].append(
                    BackingRecord(
                        _tr("Funding application"), app_id, rows[pid].title, detail, granted or 0
                    )
                )
        scheme_rows = []
        schemes = sorted(by_scheme, key=lambda n: (order.get(n, 10**6), collation_key(n)))
        for n, scheme in enumerate(schemes):
            cells = _funding_cells(
                f"funding.{n + 1}", scheme, by_scheme[scheme], granted_by_scheme[scheme]
            )
            scheme_rows.append(Row(scheme, cells))
        every = [r for scheme in schemes for r in by_scheme[scheme]]
        every_granted = [r for scheme in schemes for r in granted_by_scheme[scheme]]
        total = _funding_cells("funding.total", _tr("every scheme"), every, every_granted)
        figures["granted"] = total[3]
        if scheme_rows:
            scheme_rows.append(Row(_tr("Total"), total, total=True))
        funding = Table(
            "funding",
            _tr("Funding applied for and granted, by scheme"),
            _tr("Scheme"),
            (
                _tr("Applications"),
                _tr("Applied for (NOK)"),
                _tr("Granted"),
                _tr("Granted (NOK)"),
            ),
            tuple(scheme_rows),
            note=_tr(
                "Every funding application of the projects active in the year, whatever the "
                "year it was decided in."
            ),
            empty=_tr("No funding was applied for by these projects."),
        )
        return (
            Section(
                "projects",
                _tr("Joint projects and funding"),
                _tr(
                    "The joint projects active in {0} with a partner that is a member of the "
                    "clusters reported on (or the clusters added by hand): running at some time "
                    "in the year, or reaching a status in it."
                ).format(scope.year),
                (overview, funding),
                short=_tr("Joint projects"),
            ),
            figures,
        )

    def _programmes(
        self, scope: _Scope, cohorts: list[_CohortLine]
    ) -> tuple[Section, dict[str, Figure]]:
        # The cohort's outcomes as the dashboard and the cohort report count them, as
        # they stood at the end of the year.
        with self._read() as s:
            outcomes = {c.id: cohort_outcomes(s, c.id, as_of=scope.last) for c in cohorts}
        table_rows = []
        every: dict[str, list[BackingRecord]] = defaultdict(list)
        for n, cohort in enumerate(cohorts):
            cells, parts = _cohort_cells(f"programmes.{n + 1}", cohort, outcomes[cohort.id])
            table_rows.append(Row(cohort.label, cells))
            for key, records in parts.items():
                every[key] += records
        total = _cohort_total(every)
        if table_rows:
            table_rows.append(Row(_tr("Total"), total, total=True))
        table = Table(
            "programmes",
            _tr("Cohorts and their outcomes"),
            _tr("Cohort"),
            (
                _tr("Companies"),
                _tr("Graduated"),
                _tr("Readiness change"),
                _tr("Jobs created (FTE)"),
                _tr("Revenue growth (NOK)"),
                _tr("Capital raised (NOK)"),
            ),
            tuple(table_rows),
            note=_tr(
                "Changes are counted from each company's baseline, the figures of the year "
                "before it enrolled, to the latest year reported up to {0}, over the companies "
                "that reported both; capital raised is summed over the years from enrolment. "
                "Readiness change is the mean change in levels since the baseline assessment. "
                "A figure no company reported is missing."
            ).format(scope.year),
            empty=_tr("No cohort of the clusters' programmes ran in {0}.").format(scope.year),
        )
        figures = {"companies": total[0]}
        return (
            Section(
                "programmes",
                _tr("Acceleration programmes"),
                _tr(
                    "The cohorts of the clusters' acceleration programmes running at some time "
                    "in {0}, and what changed for their companies."
                ).format(scope.year),
                (table,),
            ),
            figures,
        )

    def _settle(self, options: AnnualReportOptions) -> _Settled:
        page_size = options.get("page_size", "A4")
        if page_size not in PAGE_SIZES:
            raise ValidationError(
                _tr("the page size must be A4 or Letter, not {0}").format(repr(page_size)),
                field="page_size",
            )
        rate = options.get("hourly_rate")
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int) or rate <= 0):
            raise ValidationError(
                _tr("the hourly rate must be a whole number of kroner above 0, not {0}").format(
                    rate
                ),
                field="hourly_rate",
            )
        from accelerator.services.reporting import _language

        language = _language({"language": options.get("language")})
        return _Settled(page_size, language, options.get("today") or dt.date.today(), rate)


# --- the parts ---------------------------------------------------------------------------------


def _count(key: str, label: str, records: Iterable[BackingRecord]) -> Figure:
    found = tuple(records)
    return Figure(key, label, len(found), Unit.COUNT, found)


def _total(
    key: str, label: str, records: Iterable[BackingRecord], unit: Unit, *, signed: bool = False
) -> Figure:
    """The sum of the records' values; missing when no record has one."""
    found = tuple(r for r in records if r.value is not None)
    value = sum(r.value for r in found if r.value is not None) if found else None
    return Figure(key, label, value, unit, found, signed)


def _by_title(ids: Iterable[int], rows: Mapping[int, object]) -> list[int]:
    return sorted(ids, key=lambda i: collation_key(getattr(rows[i], "title", "")))


def _organisation(org: _Org, detail: str = "", value: float | None = None) -> BackingRecord:
    return BackingRecord(_tr("Organisation"), org.id, org.name, detail, value)


def _by_name(records: Iterable[BackingRecord]) -> list[BackingRecord]:
    return sorted(records, key=lambda r: (collation_key(r.name), r.id))


def _funding_cells(
    prefix: str, scheme: str, applied: list[BackingRecord], granted: list[BackingRecord]
) -> tuple[Figure, ...]:
    """Applications, kroner applied for, granted applications, kroner granted."""
    return (
        _count(f"{prefix}.applications", _tr("Funding applications: {0}").format(scheme), applied),
        Figure(
            f"{prefix}.applied",
            _tr("Funding applied for: {0}").format(scheme),
            sum(r.value or 0 for r in applied),
            Unit.AMOUNT,
            tuple(applied),
        ),
        _count(
            f"{prefix}.granted", _tr("Funding applications granted: {0}").format(scheme), granted
        ),
        Figure(
            f"{prefix}.granted_amount",
            _tr("Funding granted: {0}").format(scheme),
            sum(r.value or 0 for r in granted),
            Unit.AMOUNT,
            tuple(granted),
        ),
    )


def _members(s: Session, scope: _Scope) -> tuple[Section, dict[str, Figure]]:
    rows = s.execute(
        select(
            Membership.organisation_id,
            Company.name,
            Company.kind,
            Cluster.name,
            Membership.joined_on,
            Membership.left_on,
        )
        .join(Company, Company.id == Membership.organisation_id)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .where(Membership.cluster_id.in_(scope.cluster_ids))
    )
    end: dict[int, tuple[_Org, str]] = {}
    joined: dict[int, tuple[_Org, str]] = {}
    left: dict[int, tuple[_Org, str]] = {}
    before: set[int] = set()  # members on the last day of the year before
    eve = scope.first - dt.timedelta(days=1)
    for oid, name, kind, cluster, joined_on, left_on in rows:
        if not scope.sees(oid):
            continue
        if joined_on <= eve and (left_on is None or left_on >= eve):
            before.add(oid)
        org = _Org(oid, name, OrganisationKind(kind))
        where = "" if scope.one_cluster else f" ({cluster})"
        if joined_on <= scope.last and (left_on is None or left_on >= scope.last):
            end.setdefault(
                oid, (org, _tr("member since {0}").format(format_date(joined_on)) + where)
            )
        if scope.first <= joined_on <= scope.last:
            joined.setdefault(oid, (org, _tr("joined {0}").format(format_date(joined_on)) + where))
        if left_on is not None and scope.first <= left_on <= scope.last:
            left.setdefault(oid, (org, _tr("left {0}").format(format_date(left_on)) + where))
    # One that moved between the clusters, or left and came back, neither joined nor left.
    joined = {oid: found for oid, found in joined.items() if oid not in before}
    left = {oid: found for oid, found in left.items() if oid not in end}
    columns = (
        ("end", _tr("Members on 31 December"), end),
        ("joined", _tr("Joined in the year"), joined),
        ("left", _tr("Left in the year"), left),
    )
    table_rows = []
    kinds = [
        k
        for k in OrganisationKind
        if any(o.kind is k for d in (end, joined, left) for o, _ in d.values())
    ]
    for kind in kinds:
        cells = tuple(
            _count(
                f"members.{key}.{kind.value}",
                _tr("{0}: {1}").format(label, in_words(kind).lower()),
                _by_name(_organisation(o, d) for o, d in found.values() if o.kind is kind),
            )
            for key, label, found in columns
        )
        table_rows.append(Row(in_words(kind), cells))
    totals = tuple(
        _count(f"members.{key}", label, _by_name(_organisation(o, d) for o, d in found.values()))
        for key, label, found in columns
    )
    if table_rows:
        table_rows.append(Row(_tr("Total"), totals, total=True))
    table = Table(
        "members",
        _tr("Members by kind"),
        _tr("Kind"),
        tuple(label for _, label, _ in columns),
        tuple(table_rows),
        note=_tr(
            "An organisation that is a member of more than one of the clusters counts once. "
            "Joined are the organisations that were not members at the end of the year "
            "before; left, those that are not members at the end of this one."
        ),
        empty=_tr("The clusters had no members in {0}.").format(scope.year),
        chart=0,
    )
    section = Section(
        "members",
        _tr("Members"),
        _tr(
            "The members on 31 December {0} by kind of organisation, and the memberships that "
            "began or ended during the year."
        ).format(scope.year),
        (table,),
    )
    return section, {"end": totals[0], "joined": totals[1], "left": totals[2]}


def _events(s: Session, scope: _Scope) -> tuple[Section, dict[str, Figure]]:
    start = dt.datetime(scope.year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(scope.year + 1, 1, 1, tzinfo=dt.UTC)
    events = list(
        s.execute(
            select(Event.id, Event.title, Event.kind, Event.starts_at)
            .where(
                Event.id.in_(
                    select(EventHost.event_id).where(EventHost.cluster_id.in_(scope.cluster_ids))
                ),
                Event.starts_at >= start,
                Event.starts_at < end,
            )
            .order_by(Event.starts_at, Event.id)
        )
    )
    ids = [e[0] for e in events]
    attended = (
        list(
            s.execute(
                select(
                    Registration.id,
                    Registration.event_id,
                    Registration.name,
                    Registration.organisation_id,
                    Company.name,
                    Company.kind,
                    Registration.organisation_name,
                )
                .outerjoin(Company, Company.id == Registration.organisation_id)
                .where(
                    Registration.event_id.in_(ids),
                    Registration.status == RegistrationStatus.ATTENDED,
                )
                .order_by(Registration.id)
            )
        )
        if ids
        else []
    )
    by_event: dict[int, tuple[str, EventKind, dt.datetime]] = {
        eid: (title, EventKind(kind), at) for eid, title, kind, at in events
    }
    people: dict[EventKind, list[BackingRecord]] = defaultdict(list)
    orgs: dict[EventKind, dict[int, _Org]] = defaultdict(dict)
    org_events: dict[int, set[int]] = defaultdict(set)
    every_org: dict[int, _Org] = {}
    for rid, eid, name, oid, org_name, org_kind, typed in attended:
        if not scope.sees(oid):
            continue
        title, kind, _ = by_event[eid]
        who = name or _tr("(no name)")
        people[kind].append(
            BackingRecord(
                _tr("Participant"), rid, who, " · ".join(p for p in (title, org_name or typed) if p)
            )
        )
        if oid is not None:
            org = _Org(oid, org_name, OrganisationKind(org_kind))
            orgs[kind][oid] = org
            every_org[oid] = org
            org_events[oid].add(eid)

    def event_record(eid: int) -> BackingRecord:
        title, _, at = by_event[eid]
        return BackingRecord(_tr("Event"), eid, title, format_date(at.date()))

    def org_records(found: dict[int, _Org]) -> list[BackingRecord]:
        return _by_name(
            _organisation(o, _tr("%n events", n=len(org_events[o.id]))) for o in found.values()
        )

    table_rows = []
    kinds = [k for k in EventKind if any(by_event[e][1] is k for e in ids)]
    for kind in kinds:
        word = in_words(kind)
        table_rows.append(
            Row(
                word,
                (
                    _count(
                        f"events.{kind.value}",
                        _tr("Events: {0}").format(word.lower()),
                        [event_record(e) for e in ids if by_event[e][1] is kind],
                    ),
                    _count(
                        f"events.{kind.value}.participants",
                        _tr("Participants: {0}").format(word.lower()),
                        people[kind],
                    ),
                    _count(
                        f"events.{kind.value}.organisations",
                        _tr("Participating organisations: {0}").format(word.lower()),
                        org_records(orgs[kind]),
                    ),
                ),
            )
        )
    totals = (
        _count("events", _tr("Events"), [event_record(e) for e in ids]),
        _count("events.participants", _tr("Participants"), [r for k in kinds for r in people[k]]),
        _count("events.organisations", _tr("Participating organisations"), org_records(every_org)),
    )
    if table_rows:
        table_rows.append(Row(_tr("Total"), totals, total=True))
    table = Table(
        "events",
        _tr("Events by kind"),
        _tr("Kind"),
        (_tr("Events"), _tr("Participants"), _tr("Organisations")),
        tuple(table_rows),
        note=_tr(
            "Participants are the registrations that attended. An organisation counts once "
            "in the total however many events it came to; organisations typed by hand and "
            "not on record are not counted."
        ),
        empty=_tr("The clusters hosted no event in {0}.").format(scope.year),
        chart=1,
    )
    section = Section(
        "events",
        _tr("Events"),
        _tr("The events the clusters hosted or co-hosted in {0}, and who came.").format(scope.year),
        (table,),
    )
    return section, {
        "events": totals[0],
        "participants": totals[1],
        "organisations": totals[2],
    }


def _meetings(s: Session, scope: _Scope) -> tuple[Section, dict[str, Figure]]:
    start = dt.datetime(scope.year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(scope.year + 1, 1, 1, tzinfo=dt.UTC)
    hosted = set(
        s.scalars(select(EventHost.event_id).where(EventHost.cluster_id.in_(scope.cluster_ids)))
    )
    spans: dict[int, list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
    for oid, joined_on, left_on in s.execute(
        select(Membership.organisation_id, Membership.joined_on, Membership.left_on).where(
            Membership.cluster_id.in_(scope.cluster_ids)
        )
    ):
        spans[oid].append((joined_on, left_on))
    names = {i: n for i, n in s.execute(select(Company.id, Company.name))}

    def member(oid: int, day: dt.date) -> bool:
        return any(j <= day and (lft is None or lft >= day) for j, lft in spans.get(oid, ()))

    chosen = []
    for mid, a, b, event_id, at, status, outcome in s.execute(
        select(
            Meeting.id,
            Meeting.organisation_id,
            Meeting.counterpart_id,
            Meeting.event_id,
            Meeting.starts_at,
            Meeting.status,
            Meeting.outcome,
        )
        .where(Meeting.starts_at >= start, Meeting.starts_at < end)
        .order_by(Meeting.starts_at, Meeting.id)
    ):
        day = at.date()
        if not (event_id in hosted or member(a, day) or member(b, day)):
            continue
        if scope.visible is not None and not (scope.sees(a) or scope.sees(b)):
            continue
        record = BackingRecord(
            _tr("Meeting"), mid, f"{names.get(a, '')} – {names.get(b, '')}", format_date(day)
        )
        chosen.append((record, MeetingStatus(status), MeetingOutcome(outcome) if outcome else None))
    status_rows = [
        Row(
            in_words(st),
            (
                _count(
                    f"meetings.{st.value}",
                    _tr("Meetings: {0}").format(in_words(st).lower()),
                    [r for r, status, _ in chosen if status is st],
                ),
            ),
        )
        for st in MeetingStatus
    ]
    total = _count("meetings", _tr("Meetings"), [r for r, _, _ in chosen])
    held = status_rows[list(MeetingStatus).index(MeetingStatus.HELD)].cells[0]
    assert held is not None
    outcome_rows = [
        Row(
            in_words(oc),
            (
                _count(
                    f"meetings.outcome.{oc.value}",
                    _tr("Meetings held: {0}").format(in_words(oc).lower()),
                    [r for r, st, o in chosen if st is MeetingStatus.HELD and o is oc],
                ),
            ),
        )
        for oc in MeetingOutcome
    ]
    outcome_rows.append(
        Row(
            _tr("No outcome recorded"),
            (
                _count(
                    "meetings.outcome.none",
                    _tr("Meetings held: no outcome recorded"),
                    [r for r, st, o in chosen if st is MeetingStatus.HELD and o is None],
                ),
            ),
        )
    )
    outcome_rows.append(Row(_tr("Held"), (held,), total=True))
    by_status = Table(
        "meetings",
        _tr("Meetings by status"),
        _tr("Status"),
        (_tr("Meetings"),),
        (*status_rows, Row(_tr("Total"), (total,), total=True)) if chosen else (),
        empty=_tr("No meeting was booked in {0}.").format(scope.year),
    )
    by_outcome = Table(
        "outcomes",
        _tr("Outcomes of the meetings held"),
        _tr("Outcome"),
        (_tr("Meetings"),),
        tuple(outcome_rows) if held.value else (),
        empty=_tr("No meeting was held in {0}.").format(scope.year),
        chart=0,
    )
    section = Section(
        "meetings",
        _tr("Meetings"),
        _tr(
            "The meetings of {0} at the clusters' events or with a member of the clusters, "
            "and what came of those held."
        ).format(scope.year),
        (by_status, by_outcome),
    )
    return section, {"meetings": total, "held": held}


@dataclass(frozen=True)
class _Company:
    enrolment_id: int
    company_id: int
    name: str
    joined_on: dt.date
    status: EnrolmentStatus


@dataclass(frozen=True)
class _CohortLine:
    id: int
    label: str  # "Programme – Cohort"
    companies: tuple[_Company, ...]


def _cohorts_in(s: Session, scope: _Scope) -> list[_CohortLine]:
    """The cohorts of the clusters' programmes (and, for our clusters, of the programmes of
    no cluster) running at some time in the year."""
    programmes = _programmes_of(scope)
    query = (
        select(Cohort.id, Programme.name, Cohort.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(programmes, Cohort.start_date <= scope.last, Cohort.end_date >= scope.first)
        .order_by(Programme.name, Cohort.start_date, Cohort.id)
    )
    lines = []
    rows = [r for r in s.execute(query) if scope.cohorts is None or r[0] in scope.cohorts]
    companies: dict[int, list[_Company]] = defaultdict(list)
    ids = [r[0] for r in rows]
    if ids:
        for eid, cohort_id, cid, name, joined_on, status in s.execute(
            select(
                Enrolment.id,
                Enrolment.cohort_id,
                Enrolment.company_id,
                Company.name,
                Enrolment.joined_on,
                Enrolment.status,
            )
            .join(Company, Company.id == Enrolment.company_id)
            .where(Enrolment.cohort_id.in_(ids))
        ):
            companies[cohort_id].append(
                _Company(eid, cid, name, joined_on, EnrolmentStatus(status))
            )
    for cohort_id, programme, name in rows:
        lines.append(
            _CohortLine(
                cohort_id,
                f"{programme} – {name}",
                tuple(sorted(companies[cohort_id], key=lambda c: collation_key(c.name))),
            )
        )
    return lines


def _cohort_cells(
    prefix: str, cohort: _CohortLine, outcomes: CohortOutcomes
) -> tuple[tuple[Figure, ...], dict[str, list[BackingRecord]]]:
    parts: dict[str, list[BackingRecord]] = defaultdict(list)
    for c in sorted(outcomes.companies, key=lambda c: collation_key(c.company_name)):

        def record(
            detail: str = "", value: float | None = None, c: CompanyOutcome = c
        ) -> BackingRecord:
            return BackingRecord(_tr("Company"), c.company_id, c.company_name, detail, value)

        parts["companies"].append(record(format_date(c.joined_on)))
        if c.status is EnrolmentStatus.GRADUATED:
            parts["graduated"].append(record())
        if c.readiness_change is not None:
            levels = c.readiness_change
            parts["readiness"].append(
                record(_tr("{0} levels").format(format_number(levels, 1)), levels)
            )
        for key, before, after in (
            ("jobs", c.fte_baseline, c.fte_latest),
            ("revenue", c.revenue_baseline, c.revenue_latest),
        ):
            change = change_since(before, after)
            if change is not None:
                assert before is not None and after is not None
                parts[key].append(
                    record(
                        _tr("{0} in {1}, {2} in {3}").format(
                            format_number(before),
                            c.baseline_year,
                            format_number(after),
                            c.latest_year,
                        ),
                        change,
                    )
                )
        if c.capital_since_enrolment is not None:
            parts["capital"].append(
                record(
                    _tr("from {0} to {1}").format(c.joined_on.year, c.latest_year or ""),
                    c.capital_since_enrolment,
                )
            )
    return _cohort_figures(prefix, cohort.label, parts), parts


def _cohort_figures(
    prefix: str, label: str, parts: dict[str, list[BackingRecord]]
) -> tuple[Figure, ...]:
    readiness = parts.get("readiness", [])
    mean = sum(r.value or 0 for r in readiness) / len(readiness) if readiness else None
    return (
        _count(f"{prefix}.companies", _tr("{0}: companies").format(label), parts["companies"]),
        _count(
            f"{prefix}.graduated", _tr("{0}: graduated").format(label), parts.get("graduated", [])
        ),
        Figure(
            f"{prefix}.readiness",
            _tr("{0}: mean readiness change").format(label),
            mean,
            Unit.LEVELS,
            tuple(readiness),
            signed=True,
        ),
        _total(
            f"{prefix}.jobs",
            _tr("{0}: jobs created since the baseline (FTE)").format(label),
            parts.get("jobs", []),
            Unit.DECIMAL,
            signed=True,
        ),
        _total(
            f"{prefix}.revenue",
            _tr("{0}: revenue growth since the baseline").format(label),
            parts.get("revenue", []),
            Unit.AMOUNT,
            signed=True,
        ),
        _total(
            f"{prefix}.capital",
            _tr("{0}: capital raised since the baseline").format(label),
            parts.get("capital", []),
            Unit.AMOUNT,
        ),
    )


def _cohort_total(every: dict[str, list[BackingRecord]]) -> tuple[Figure, ...]:
    every.setdefault("companies", [])
    return _cohort_figures("programmes", _tr("Every cohort"), every)


def _sessions(s: Session, scope: _Scope, rate: int | None) -> tuple[Section, dict[str, Figure]]:
    programmes = _programmes_of(scope)
    query = (
        select(
            MentorSession.id,
            Cohort.id,
            Programme.name,
            Cohort.name,
            Company.name,
            Enrolment.company_id,
            MentorSession.held_on,
            MentorSession.minutes,
            MentorSession.kind,
            MentorSession.topic,
            User.display_name,
        )
        .join(Enrolment, Enrolment.id == MentorSession.enrolment_id)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .join(Company, Company.id == Enrolment.company_id)
        .join(User, User.id == MentorSession.mentor_id)
        .where(programmes, MentorSession.held_on.between(scope.first, scope.last))
        .order_by(Programme.name, Cohort.start_date, Cohort.id, MentorSession.held_on)
    )
    by_cohort: dict[int, list[BackingRecord]] = defaultdict(list)
    labels: dict[int, str] = {}
    companies: dict[int, dict[int, str]] = defaultdict(dict)
    for (
        sid,
        cid,
        programme,
        cohort,
        company,
        company_id,
        on,
        minutes,
        kind,
        topic,
        mentor,
    ) in s.execute(query):
        if scope.cohorts is not None and cid not in scope.cohorts:
            continue
        labels[cid] = f"{programme} – {cohort}"
        companies[cid][company_id] = company
        by_cohort[cid].append(
            BackingRecord(
                _tr("Mentor session"),
                sid,
                company,
                " · ".join((format_date(on), mentor, in_words(SessionKind(kind)), topic)),
                minutes / 60,
            )
        )
    columns = [_tr("Sessions"), _tr("Companies"), _tr("Hours")]
    if rate is not None:
        columns.append(_tr("In-kind value (NOK)"))

    def cells(
        prefix: str, label: str, records: list[BackingRecord], mentored: dict[int, str]
    ) -> tuple[Figure, ...]:
        hours = _total(
            f"{prefix}.hours", _tr("{0}: mentor hours").format(label), records, Unit.HOURS
        )
        found = (
            _count(f"{prefix}.sessions", _tr("{0}: mentor sessions").format(label), records),
            _count(
                f"{prefix}.companies",
                _tr("{0}: companies mentored").format(label),
                _by_name(BackingRecord(_tr("Company"), i, n) for i, n in mentored.items()),
            ),
            # No session is no hours: 0, not missing (the sessions are the record).
            hours if records else Figure(hours.key, hours.label, 0.0, Unit.HOURS),
        )
        if rate is None:
            return found
        value = found[2].value or 0.0
        return (
            *found,
            Figure(
                f"{prefix}.in_kind",
                _tr("{0}: in-kind value of the mentor hours at {1} kroner an hour").format(
                    label, format_number(rate)
                ),
                round(value * rate),
                Unit.AMOUNT,
                tuple(
                    BackingRecord(r.kind, r.id, r.name, r.detail, round((r.value or 0) * rate))
                    for r in records
                ),
            ),
        )

    table_rows = [
        Row(labels[cid], cells(f"sessions.{n + 1}", labels[cid], by_cohort[cid], companies[cid]))
        for n, cid in enumerate(by_cohort)
    ]
    every = [r for cid in by_cohort for r in by_cohort[cid]]
    total = cells(
        "sessions",
        _tr("Every cohort"),
        every,
        {i: n for v in companies.values() for i, n in v.items()},
    )
    if table_rows:
        table_rows.append(Row(_tr("Total"), total, total=True))
    note = _tr(
        "Mentor hours are the mentors' time given to the companies: an in-kind contribution "
        "to the programme."
    )
    if rate is not None:
        note += " " + _tr("They are valued at {0} kroner an hour.").format(format_number(rate))
    table = Table(
        "sessions",
        _tr("Mentor hours by cohort"),
        _tr("Cohort"),
        tuple(columns),
        tuple(table_rows),
        note=note,
        empty=_tr("No mentor session was logged in {0}.").format(scope.year),
        chart=2,
    )
    section = Section(
        "sessions",
        _tr("Mentor hours"),
        _tr("The mentor sessions logged in {0} in the cohorts of the clusters' programmes.").format(
            scope.year
        ),
        (table,),
    )
    return section, {"hours": total[2], "sessions": total[0]}


def _member_figures(
    s: Session, scope: _Scope, cohorts: list[_CohortLine]
) -> tuple[Section, dict[str, Figure]]:
    members = {
        oid
        for oid, joined_on, left_on in s.execute(
            select(Membership.organisation_id, Membership.joined_on, Membership.left_on).where(
                Membership.cluster_id.in_(scope.cluster_ids)
            )
        )
        if joined_on <= scope.last and (left_on is None or left_on >= scope.first)
    }
    enrolled = {c.company_id for cohort in cohorts for c in cohort.companies}
    ids = {i for i in members | enrolled if scope.sees(i)}
    orgs = {
        oid: _Org(oid, name, OrganisationKind(kind))
        for oid, name, kind in (
            s.execute(select(Company.id, Company.name, Company.kind).where(Company.id.in_(ids)))
            if ids
            else []
        )
    }
    standard: dict[KpiMetric, dict[int, float]] = defaultdict(dict)
    own: dict[int, dict[int, float]] = defaultdict(dict)
    if ids:
        for oid, metric, field_id, value in s.execute(
            select(
                KpiValue.organisation_id, KpiValue.metric, KpiValue.custom_field_id, KpiValue.value
            ).where(
                KpiValue.organisation_id.in_(ids),
                KpiValue.year == scope.year,
                KpiValue.quarter == 0,
            )
        ):
            if metric is not None:
                standard[KpiMetric(metric)][oid] = value
            elif field_id is not None:
                own[field_id][oid] = value
    fields = [
        (f.id, f.name, KpiUnit(f.unit))
        for f in s.scalars(select(KpiField).order_by(KpiField.position, KpiField.name))
        if f.active or own.get(f.id)
    ]
    lines: list[tuple[str, str, KpiUnit, dict[int, float]]] = [
        (m.value, in_words(m), KPI_UNITS[m], standard.get(m, {})) for m in KpiMetric
    ]
    lines += [(f"field.{fid}", name, unit, own.get(fid, {})) for fid, name, unit in fields]
    by_name = sorted(orgs.values(), key=lambda o: collation_key(o.name))
    figures: dict[str, Figure] = {}
    table_rows = []
    for key, label, unit, values in lines:
        shown = {KpiUnit.AMOUNT: Unit.AMOUNT, KpiUnit.DECIMAL: Unit.DECIMAL}.get(unit, Unit.COUNT)
        reported = [_organisation(o, "", values[o.id]) for o in by_name if o.id in values]
        total = _total(f"figures.{key}", _tr("{0}: total").format(label), reported, shown)
        figures[key] = total
        table_rows.append(
            Row(
                label,
                (
                    total,
                    _count(
                        f"figures.{key}.reported", _tr("{0}: reported by").format(label), reported
                    ),
                    _count(
                        f"figures.{key}.missing",
                        _tr("{0}: not reported by").format(label),
                        [_organisation(o) for o in by_name if o.id not in values],
                    ),
                ),
            )
        )
    table = Table(
        "figures",
        _tr("The members' figures for {0}").format(scope.year),
        _tr("Figure"),
        (_tr("Total"), _tr("Reported by"), _tr("Not reported by")),
        tuple(table_rows) if orgs else (),
        note=_tr(
            "Summed over the %n organisations that were members in the year or in one of "
            "the cohorts, of those that reported the figure for the whole year. A figure no "
            "one reported is missing.",
            n=len(orgs),
        ),
        empty=_tr("No organisation was a member in {0}.").format(scope.year),
    )
    section = Section(
        "figures",
        _tr("The members' figures"),
        _tr(
            "The figures the members reported for {0}: revenue, export revenue, full-time "
            "equivalents, R&D spend, capital raised, products launched and patents filed, "
            "and the clusters' own."
        ).format(scope.year),
        (table,),
    )
    return section, figures


def _programmes_of(scope: _Scope) -> ColumnElement[bool]:
    """The clusters' programmes; for our clusters, the programmes of no cluster too."""
    if scope.one_cluster:
        return Programme.cluster_id.in_(scope.cluster_ids)
    return or_(Programme.cluster_id.in_(scope.cluster_ids), Programme.cluster_id.is_(None))


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            _tr("the year must be a year from {0} to {1}, not {2}").format(
                FIRST_YEAR, LAST_YEAR, year
            ),
            field="year",
        )


def workbook_path(pdf: str | os.PathLike[str]) -> Path:
    """The workbook written beside a PDF: the same name, ending .xlsx."""
    return Path(pdf).with_suffix(".xlsx")


__all__ = [
    "AnnualBuildOptions",
    "AnnualReportOptions",
    "AnnualReportService",
    "workbook_path",
]
