"""Company and cohort reports: the data from the database, the PDF from ``accelerator.reports``.

The figures come from the cohort dashboard's read model (``OverviewService``), so a
report and the dashboard never disagree; the words (notes, evidence, profiles) are read
here in a few set-based queries per report, whatever the number of companies.

Confidential notes: only a coordinator may ask for them, and the report then says
"Internal" on every page. Without them, a confidential assessment's notes and next steps
(and the reasons given with its levels) are left out entirely; its levels still count,
as they do on the dashboard.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypedDict, Unpack, cast

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session, selectinload

from accelerator import i18n
from accelerator.domain.enums import MeetingStatus, RegistrationStatus, role_noun
from accelerator.domain.formatting import format_date, quoted
from accelerator.domain.milestones import MilestoneState, is_overdue
from accelerator.domain.readiness import mean_levels
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Assessment,
    Company,
    Dimension,
    Enrolment,
    Milestone,
    Programme,
    Score,
)
from accelerator.reports.cohort_report import build_cohort_report
from accelerator.reports.company_report import build_company_report
from accelerator.reports.data import (
    PAGE_SIZES,
    PROGRESS,
    AssessmentNote,
    AttendedEvent,
    CohortOutcomesSection,
    CohortReportData,
    CompanyOutcomeLine,
    CompanyProfile,
    CompanyReportData,
    Completion,
    Contact,
    DatedLevels,
    DimensionStanding,
    Gap,
    HeldMeeting,
    JointProjectLine,
    MilestoneLine,
    PageSize,
    Participation,
    ReportKind,
    cohort_report_kind,
)
from accelerator.reports.data import Dimension as ReportDimension
from accelerator.reports.layout import Cancelled, Progress
from accelerator.services.assessments import ASSESSMENT_WORDS, with_words
from accelerator.services.atomic import WriteFailedError, atomic_write
from accelerator.services.base import Service, get_or_raise
from accelerator.services.companies import company_record
from accelerator.services.enrolments import milestone_record
from accelerator.services.frameworks import FrameworkService
from accelerator.services.outcomes import CohortOutcomes, cohort_outcomes
from accelerator.services.overview import EnrolmentSummary, OverviewService, mean_levels_float
from accelerator.services.programmes import cohort_record
from accelerator.services.records import (
    CohortRecord,
    CompanyRecord,
    FrameworkRecord,
    MilestoneRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase, role_allows

log = logging.getLogger(__name__)
_tr = in_context("Reporting")


@dataclass(frozen=True)
class _Words:
    """One assessment's text, as read for a report."""

    id: int
    enrolment_id: int
    assessed_on: dt.date
    kind: str
    assessor: str
    notes: str
    next_steps: str
    confidential: bool


@dataclass
class _Texts:
    """The words of a set of enrolments, grouped by enrolment."""

    companies: dict[int, CompanyRecord]
    milestones: dict[int, list[MilestoneRecord]]
    words: dict[int, list[_Words]]  # oldest first
    reasons: dict[int, dict[str, tuple[int, str]]]  # assessment id -> key -> (level, reason)


@dataclass(frozen=True)
class _Context:
    programme: str
    cluster: str
    cohort: CohortRecord
    dimensions: tuple[ReportDimension, ...]


@dataclass(frozen=True)
class Period:
    """The dates a report covers: levels as they stood at ``end``, and the notes and
    next steps of the assessments made from ``start`` to ``end``. Either may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def check(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(_tr("the period ends before it starts"), field="period")

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def text(self) -> str:
        if self.start is None and self.end is None:
            return ""
        if self.start is None:
            return _tr("the start – {0}").format(format_date(self.end))
        if self.end is None:
            return _tr("{0} – today").format(format_date(self.start))
        return _tr("{0} – {1}").format(format_date(self.start), format_date(self.end))


def _outcomes_section(o: CohortOutcomes) -> CohortOutcomesSection:
    """A cohort's outcomes as the cohort report prints them."""
    return CohortOutcomesSection(
        as_of=o.as_of,
        enrolled=o.enrolled,
        graduated=o.graduated,
        withdrawn=o.withdrawn,
        jobs_created=o.jobs_created,
        jobs_reported=o.jobs_reported,
        revenue_growth=o.revenue_growth,
        revenue_reported=o.revenue_reported,
        capital_raised=o.capital_raised,
        capital_reported=o.capital_reported,
        readiness_change=o.readiness_change_overall,
        readiness_reported=o.readiness_reported,
        projects_started=o.projects_started,
        events_attended=o.events_attended,
        attendances=o.attendances,
        mentor_sessions=o.mentor_sessions,
        mentor_minutes=o.mentor_minutes,
        companies=tuple(
            CompanyOutcomeLine(
                company=c.company_name,
                status=c.status.value,
                baseline_year=c.baseline_year,
                latest_year=c.latest_year,
                fte_baseline=c.fte_baseline,
                fte_latest=c.fte_latest,
                revenue_baseline=c.revenue_baseline,
                revenue_latest=c.revenue_latest,
                capital_baseline=c.capital_baseline,
                capital_latest=c.capital_latest,
                capital_since_enrolment=c.capital_since_enrolment,
            )
            for c in o.companies
        ),
    )


def _as_of(summary: EnrolmentSummary, period: Period | None) -> EnrolmentSummary:
    """The summary as it stood at the end of ``period``."""
    if period is None or period.end is None:
        return summary
    return summary.as_of(period.end)


class ReportOptions(TypedDict, total=False):
    """How a report is made, taken by keyword by every data, PDF and write method.

    ``include_confidential``: confidential notes too (a coordinator's choice; default no);
    ``today``: the day it is made on (default the computer's date); ``page_size``: "A4"
    (the default) or "Letter"; ``period``: the dates it covers (default: all);
    ``language``: "nb" or "en", the language of every word, date and number in it (default:
    the language spoken when it is made). A report's language is its own: a Norwegian
    coordinator prints an English report for a foreign investor."""

    include_confidential: bool
    today: dt.date | None
    page_size: PageSize
    period: Period | None
    language: str | None


class BuildOptions(ReportOptions, total=False):
    """A report's options and, while its PDF is built, whom to tell how far it has got
    and whom to ask whether to stop."""

    progress: Progress | None
    cancelled: Cancelled | None


def _data_options(options: BuildOptions) -> ReportOptions:
    """The options the data of a report takes: all but the build's."""
    return cast(
        ReportOptions,
        {key: value for key, value in options.items() if key not in ("progress", "cancelled")},
    )


@dataclass(frozen=True)
class _Settled:
    """A report's options, checked, with their defaults."""

    include_confidential: bool
    page_size: PageSize
    period: Period | None
    today: dt.date
    as_of: dt.date  # the day its levels stand at: today, or the period's end if earlier
    language: str


@dataclass(frozen=True)
class ReportPlan:
    """Which report would be printed, and how many of its companies have been assessed."""

    kind: ReportKind  # "kickoff" or "progress"
    companies: int
    assessed: int

    @property
    def not_assessed(self) -> int:
        return self.companies - self.assessed


def _on_or_before(period: Period | None) -> ColumnElement[bool]:
    if period is None or period.end is None:
        return true()
    return Assessment.assessed_on <= period.end


class ReportingService(Service):
    """Builds and writes the PDF reports. Any signed-in user may print a report; only a
    coordinator may include confidential notes."""

    # --- the data -----------------------------------------------------------------------------

    def company_report_data(
        self, enrolment_id: int, **options: Unpack[ReportOptions]
    ) -> CompanyReportData:
        """Everything the progress report of one enrolment (a company in a cohort) shows,
        worded in the report's language (a risk's reasons, the gap's explanation, the
        framework's names)."""
        settled = self._settle(options)
        with i18n.speaking(settled.language):
            return self._company_report_data(enrolment_id, settled)

    def _company_report_data(self, enrolment_id: int, settled: _Settled) -> CompanyReportData:
        summary = _as_of(
            OverviewService(self._db, self.actor).enrolment_summary(
                enrolment_id, today=settled.as_of
            ),
            settled.period,
        )
        with self._read() as s:
            enrolment = get_or_raise(s, Enrolment, enrolment_id, "enrolment")
            cohort = cohort_record(enrolment.cohort)
            programme = s.get(Programme, cohort.programme_id)
            assert programme is not None
            texts = _read_texts(s, Enrolment.id == enrolment_id)
            framework_id, programme_name, cluster = (
                programme.framework_id,
                programme.name,
                programme.cluster.name if programme.cluster is not None else "",
            )
        context = _Context(
            programme_name, cluster, cohort, _dimensions(self._framework(framework_id))
        )
        data = _company_data(summary, texts, context, settled)
        since = max(
            (d for d in (summary.joined_on, settled.period and settled.period.start) if d),
            default=None,
        )
        until = min(
            (d for d in (cohort.end_date, settled.period and settled.period.end) if d),
            default=None,
        )
        return replace(
            data,
            participation=self._participation(summary.company_id, since, until),
            projects=self._projects(enrolment_id, since, until),
        )

    def _projects(
        self, enrolment_id: int, since: dt.date | None, until: dt.date | None
    ) -> tuple[JointProjectLine, ...]:
        """The joint projects the company started or joined during the enrolment (and
        within the report's period), as the projects service shows them to the reader."""
        from accelerator.services.projects import ProjectService

        found = []
        for item in ProjectService(self._db, self.actor).projects_of_enrolment(enrolment_id):
            day = item.project.start_on or item.project.created_at.date()
            if (since is None or day >= since) and (until is None or day <= until):
                found.append(
                    JointProjectLine(
                        item.project.title,
                        item.role.value,
                        item.project.status.value,
                        item.project.clusters,
                    )
                )
        return tuple(found)

    def _participation(
        self, company_id: int, since: dt.date | None, until: dt.date | None
    ) -> Participation:
        """The events the company's people attended and the meetings it held, from
        ``since`` to ``until``, as the events and meetings services show them to the
        reader."""
        from accelerator.services.events import EventService
        from accelerator.services.meetings import MeetingService

        def within(day: dt.date) -> bool:
            return (since is None or day >= since) and (until is None or day <= until)

        events = tuple(
            AttendedEvent(e.title, e.starts_at.date(), people)
            for e in reversed(EventService(self._db, self.actor).events_of(company_id))
            if within(e.starts_at.date())
            and (
                people := tuple(
                    name for name, status in e.people if status is RegistrationStatus.ATTENDED
                )
            )
        )
        meetings = tuple(
            HeldMeeting(
                m.starts_at.date(),
                m.counterpart_name if m.organisation_id == company_id else m.organisation_name,
                _meeting_place(m.event_title, m.table_label, m.place, m.event_id),
                m.outcome.value if m.outcome is not None else "",
            )
            for m in MeetingService(self._db, self.actor).list_meetings(
                organisation_id=company_id, status=MeetingStatus.HELD
            )
            if within(m.starts_at.date())
        )
        return Participation(since, until, events, meetings)

    def cohort_report_data(
        self, cohort_id: int, **options: Unpack[ReportOptions]
    ) -> CohortReportData:
        """Everything the cohort report shows: the cohort, then every enrolled company, in
        the report's language."""
        settled = self._settle(options)
        with i18n.speaking(settled.language):
            return self._cohort_report_data(cohort_id, settled)

    def _cohort_report_data(self, cohort_id: int, settled: _Settled) -> CohortReportData:
        period = settled.period
        dashboard = OverviewService(self._db, self.actor).cohort_dashboard(
            cohort_id, today=settled.as_of
        )
        with self._read() as s:
            programme = s.get(Programme, dashboard.cohort.programme_id)
            assert programme is not None
            texts = _read_texts(s, Enrolment.cohort_id == cohort_id)
            outcomes = cohort_outcomes(s, cohort_id, as_of=settled.as_of)
            framework_id = programme.framework_id
            programme_name = programme.name
            cluster = programme.cluster.name if programme.cluster is not None else ""
            description = programme.description
        framework = self._framework(framework_id)
        context = _Context(programme_name, cluster, dashboard.cohort, _dimensions(framework))
        summaries = [_as_of(summary, period) for summary in dashboard.companies]
        companies = tuple(_company_data(summary, texts, context, settled) for summary in summaries)
        cohort = dashboard.cohort
        return CohortReportData(
            programme=programme_name,
            cohort=cohort.name,
            dimensions=context.dimensions,
            companies=companies,
            generated_on=settled.today,
            cluster=cluster,
            programme_description=description,
            cohort_start=cohort.start_date,
            cohort_end=cohort.end_date,
            cohort_status=cohort.status.value,
            framework=framework.label,
            mean_levels=mean_levels([c.profile for c in summaries if c.profile]),
            mean_change=mean_levels_float([c.change for c in summaries if c.change]),
            page_size=settled.page_size,
            include_confidential=settled.include_confidential,
            period=period.text if period else "",
            period_end=period.end if period else None,
            outcomes=_outcomes_section(outcomes),
        )

    def cohort_report_plan(self, cohort_id: int, *, period: Period | None = None) -> ReportPlan:
        """Which report :meth:`cohort_report_pdf` would print for this cohort and period, and
        why: told before the (slow) build, so nobody waits for a report they did not expect.

        A company counts as assessed when it has an assessment dated on or before the
        period's end, as the report's levels do (:func:`_as_of`).
        """
        if period is not None:
            period.check()
        with self._read() as s:
            self._visible_cohort(s, cohort_id)
            companies = s.scalar(
                select(func.count()).select_from(Enrolment).where(Enrolment.cohort_id == cohort_id)
            )
            assessed = s.scalar(
                select(func.count(func.distinct(Assessment.enrolment_id)))
                .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
                .where(Enrolment.cohort_id == cohort_id)
                .where(_on_or_before(period))
            )
        return ReportPlan(cohort_report_kind(assessed or 0), companies or 0, assessed or 0)

    def company_report_plan(self, enrolment_id: int, *, period: Period | None = None) -> ReportPlan:
        """What :meth:`company_report_pdf` would print: always a progress report, without
        levels or charts while the company has not been assessed (by the period's end)."""
        if period is not None:
            period.check()
        with self._read() as s:
            self._visible_enrolment(s, enrolment_id)
            assessed = s.scalar(
                select(func.count())
                .select_from(Assessment)
                .where(Assessment.enrolment_id == enrolment_id)
                .where(_on_or_before(period))
            )
        return ReportPlan(PROGRESS, 1, min(assessed or 0, 1))

    # --- the PDF ------------------------------------------------------------------------------

    def company_report_pdf(self, enrolment_id: int, **options: Unpack[BuildOptions]) -> bytes:
        """The company progress report as PDF bytes (for a preview); see
        :meth:`write_company_report` to save one."""
        with i18n.speaking(_language(options)):
            data = self.company_report_data(enrolment_id, **_data_options(options))
            return build_company_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def cohort_report_pdf(self, cohort_id: int, **options: Unpack[BuildOptions]) -> bytes:
        """The cohort report as PDF bytes (for a preview); see :meth:`write_cohort_report`."""
        with i18n.speaking(_language(options)):
            data = self.cohort_report_data(cohort_id, **_data_options(options))
            return build_cohort_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def write_company_report(
        self, enrolment_id: int, path: str | os.PathLike[str], **options: Unpack[BuildOptions]
    ) -> Path:
        """Write the company progress report to ``path``, atomically: a cancel or an error
        leaves the file that was there (or none), never part of a report."""
        target = self._write_pdf(
            path, options, lambda: self.company_report_pdf(enrolment_id, **options)
        )
        log.info("wrote the company report of enrolment %s to %s", enrolment_id, target)
        return target

    def write_cohort_report(
        self, cohort_id: int, path: str | os.PathLike[str], **options: Unpack[BuildOptions]
    ) -> Path:
        """Write the cohort report to ``path``, atomically (see :meth:`write_company_report`)."""
        target = self._write_pdf(
            path, options, lambda: self.cohort_report_pdf(cohort_id, **options)
        )
        log.info("wrote the report of cohort %s to %s", cohort_id, target)
        return target

    # --- helpers ------------------------------------------------------------------------------

    def _write_pdf(
        self, path: str | os.PathLike[str], options: ReportOptions, build: Callable[[], bytes]
    ) -> Path:
        """Build a report into ``path`` atomically. The options and the target are checked,
        and the temporary file made, before the build: a refusal or an unwritable folder
        fails at once, and a cancel leaves no part file."""
        self._check_options(
            options.get("include_confidential", False), options.get("page_size", "A4")
        )
        _language(options)
        target = self._check_target(path)
        with atomic_write(target) as handle:
            handle.write(build())
        return target

    def _check_target(self, path: str | os.PathLike[str]) -> Path:
        """Refuse a folder before spending the time to build the report."""
        target = Path(path)
        if target.is_dir():
            raise WriteFailedError(
                _tr("cannot write {0}: it is a folder. Give a file name.").format(target)
            )
        return target

    def _settle(self, options: ReportOptions) -> _Settled:
        """Check a report's options (the reader's right to confidential notes, the page
        size, the period) and fill in their defaults."""
        include_confidential = options.get("include_confidential", False)
        page_size = options.get("page_size", "A4")
        self._check_options(include_confidential, page_size)
        period = options.get("period")
        if period is not None:
            period.check()
        today = options.get("today") or dt.date.today()
        as_of = min(today, period.end) if period and period.end else today
        return _Settled(include_confidential, page_size, period, today, as_of, _language(options))

    def _check_options(self, include_confidential: bool, page_size: str) -> None:
        if include_confidential and not role_allows(self.actor.role, UseCase.READ_CONFIDENTIAL):
            log.warning("refused confidential notes in a report to %s", self.actor.username)
            raise PermissionDeniedError(
                _tr("{0} ({1}) may not include confidential notes; only a coordinator may").format(
                    self.actor.username, role_noun(self.actor.role)
                )
            )
        if page_size not in PAGE_SIZES:
            raise ValidationError(
                _tr("the page size must be A4 or Letter, not {0}").format(quoted(page_size)),
                field="page_size",
            )

    def _framework(self, framework_id: int) -> FrameworkRecord:
        return FrameworkService(self._db, self.actor).get_framework(framework_id)


def _language(options: ReportOptions) -> str:
    """The language a report is written in: the one asked for, else the one spoken."""
    language = options.get("language") or i18n.current_language()
    if language not in i18n.LANGUAGES:
        raise ValidationError(
            _tr("a report can be written in {0}, not {1}").format(
                ", ".join(sorted(i18n.LANGUAGES)), quoted(language)
            ),
            field="language",
        )
    return language


def _dimensions(framework: FrameworkRecord) -> tuple[ReportDimension, ...]:
    return tuple(
        ReportDimension(
            key=d.key,
            name=d.name,
            levels={lv.level: lv for lv in d.levels},
        )
        for d in framework.dimensions
    )


def _read_texts(s: Session, which: ColumnElement[bool]) -> _Texts:
    """Profiles, milestones and the words of the assessments of the enrolments ``which``
    selects (a condition on ``Enrolment``): four queries, however many enrolments."""
    companies = {
        c.id: company_record(c)
        for c in s.scalars(
            select(Company)
            .join(Enrolment, Enrolment.company_id == Company.id)
            .where(which)
            .options(selectinload(Company.contacts))
        )
    }
    milestones: dict[int, list[MilestoneRecord]] = defaultdict(list)
    for m in s.scalars(
        select(Milestone)
        .join(Enrolment, Enrolment.id == Milestone.enrolment_id)
        .where(which)
        .order_by(Milestone.enrolment_id, Milestone.position, Milestone.id)
    ):
        milestones[m.enrolment_id].append(milestone_record(m))
    words: dict[int, list[_Words]] = defaultdict(list)
    for row in s.execute(
        with_words(select(Assessment.id, Assessment.enrolment_id, *ASSESSMENT_WORDS))
        .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
        .where(which)
        .order_by(Assessment.enrolment_id, Assessment.assessed_on, Assessment.id)
    ):
        aid, eid, on, kind, assessor, notes, steps, confidential = row
        words[eid].append(
            _Words(aid, eid, on, kind.value, assessor, notes, steps, bool(confidential))
        )
    reasons: dict[int, dict[str, tuple[int, str]]] = defaultdict(dict)
    for aid, key, level, reason in s.execute(
        select(Score.assessment_id, Dimension.key, Score.level, Score.reason)
        .join(Dimension, Dimension.id == Score.dimension_id)
        .join(Assessment, Assessment.id == Score.assessment_id)
        .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
        .where(which)
        .where(Score.reason != "")
    ):
        reasons[aid][key] = (level, reason)
    return _Texts(companies, milestones, words, reasons)


def _meeting_place(title: str, table: str, place: str, event_id: int | None) -> str:
    if event_id is None:
        return place
    return f"{title}, {table}" if table else title


def _company_data(
    summary: EnrolmentSummary, texts: _Texts, context: _Context, settled: _Settled
) -> CompanyReportData:
    today, include_confidential, period = (
        settled.today,
        settled.include_confidential,
        settled.period,
    )
    visible = [
        w
        for w in texts.words.get(summary.enrolment_id, [])
        if (include_confidential or not w.confidential)
        and (period is None or period.covers(w.assessed_on))
    ]
    company = texts.companies[summary.company_id]
    cohort = context.cohort
    return CompanyReportData(
        programme=context.programme,
        cohort=cohort.name,
        company=_profile(company),
        dimensions=context.dimensions,
        standings=_standings(summary, context.dimensions, visible, texts.reasons),
        generated_on=today,
        cluster=context.cluster,
        cohort_start=cohort.start_date,
        cohort_end=cohort.end_date,
        enrolment_status=summary.status.value,
        joined_on=summary.joined_on,
        mentors=summary.mentors,
        history=tuple(
            DatedLevels(a.assessed_on, a.kind.value, a.levels) for a in summary.assessments
        ),
        readiness_index=summary.readiness_index,
        readiness_change=_mean(summary.change.values()),
        gap=Gap(summary.gap.value, summary.gap.flagged, summary.gap.explanation),
        milestones=tuple(
            _milestone(m, today) for m in texts.milestones.get(summary.enrolment_id, [])
        ),
        completion=Completion(
            summary.completion.done, summary.completion.applicable, summary.completion.overdue
        ),
        risk_reasons=tuple(reason.text for reason in summary.risk.reasons),
        assessments=tuple(
            AssessmentNote(w.assessed_on, w.kind, w.assessor, w.notes, w.next_steps, w.confidential)
            for w in visible
        ),
        next_steps=next((w.next_steps for w in reversed(visible) if w.next_steps.strip()), ""),
        last_assessed=summary.last_assessed,
        page_size=settled.page_size,
        include_confidential=include_confidential,
        period=period.text if period else "",
        period_end=period.end if period else None,
    )


def _profile(c: CompanyRecord) -> CompanyProfile:
    return snapshot(
        CompanyProfile,
        c,
        country=c.country if c.is_foreign else "",
        contacts=tuple(snapshot(Contact, x) for x in c.contacts),
    )


def _standings(
    summary: EnrolmentSummary,
    dimensions: tuple[ReportDimension, ...],
    visible: list[_Words],
    reasons: dict[int, dict[str, tuple[int, str]]],
) -> tuple[DimensionStanding, ...]:
    result = []
    for d in dimensions:
        level = summary.profile.get(d.key)
        described = d.level(level)
        # The reason for the current level: from the latest assessment that may be shown
        # and gave this level a reason.
        reason = ""
        if level is not None:
            for w in reversed(visible):
                given = reasons.get(w.id, {}).get(d.key)
                if given is not None and given[0] == level:
                    reason = given[1]
                    break
        result.append(
            DimensionStanding(
                key=d.key,
                name=d.name,
                level=level,
                baseline=summary.baseline.get(d.key),
                change=summary.change.get(d.key),
                title=described.title if described else "",
                descriptor=described.description if described else "",
                reason=reason,
            )
        )
    return tuple(result)


def _milestone(m: MilestoneRecord, today: dt.date) -> MilestoneLine:
    return snapshot(
        MilestoneLine,
        m,
        status=m.status.value,
        due=m.due_date,
        completed=m.completed_on,
        overdue=is_overdue(MilestoneState(m.status, m.due_date, m.completed_on), today),
    )


def _mean(values: Iterable[int]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


__all__ = ["Period", "ReportPlan", "ReportingService"]
