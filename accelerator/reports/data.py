"""What a report prints, as plain frozen dataclasses.

The services fill these from the database (``accelerator.services.reporting``); the
renderers and the chart builders read nothing else. Everything a report shows is
already decided here: which notes are visible, what counts as overdue, the change
since the baseline. The renderers only lay it out.

Text fields hold the user's text as typed; the renderers escape it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from accelerator.domain.enums import MilestoneStatus
from accelerator.domain.framework_file import LevelSpec
from accelerator.domain.outcomes import change_since
from accelerator.domain.risk import Standing, standing
from accelerator.i18n import in_context
from accelerator.reports.wording import status_word

_tr = in_context("Charts")

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")

ReportKind = Literal["kickoff", "progress"]
KICKOFF: ReportKind = "kickoff"
PROGRESS: ReportKind = "progress"


def cohort_report_kind(assessed_companies: int) -> ReportKind:
    """Which cohort report to print: while no company has been assessed there is no level
    to chart or compare, so the report is a kick-off (who is in, who mentors them, the
    milestone plan) instead of a progress report of empty charts and dashes."""
    return PROGRESS if assessed_companies else KICKOFF


#: One step of a dimension's scale, as the framework describes it: the same class as the
#: framework file's and the service's record, so a level passes through unconverted.
Level = LevelSpec


@dataclass(frozen=True)
class Dimension:
    """A dimension of the readiness framework with its level descriptors (1..9)."""

    key: str
    name: str
    levels: Mapping[int, Level] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # Read-only, so a caller's later change to its dict cannot alter a report.
        object.__setattr__(self, "levels", MappingProxyType(dict(self.levels)))

    def level(self, level: int | None) -> Level | None:
        return None if level is None else self.levels.get(level)

    def describe(self, level: int) -> str:
        """``Customer: level 4 — Problem confirmed: <descriptor>``, what a tooltip shows."""
        found = self.levels.get(level)
        if found is None:
            return _tr("{0}: level {1}").format(self.name, level)
        return _tr("{0}: level {1} — {2}: {3}").format(
            self.name, level, found.title, found.description
        )


@dataclass(frozen=True)
class DatedLevels:
    """One assessment's levels (dimension key -> 1..9) on a date."""

    assessed_on: dt.date
    kind: str  # "baseline", "progress" or "final"
    levels: Mapping[str, int] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", MappingProxyType(dict(self.levels)))


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    registration: str = ""  # org. number, or a foreign registry number
    country: str = ""
    sector: str = ""
    home_cluster: str = ""
    website: str = ""
    founded_year: int | None = None
    employees: int | None = None
    technology_focus: str = ""
    description: str = ""
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class DimensionStanding:
    """Where a company stands on one dimension."""

    key: str
    name: str
    level: int | None  # None: never assessed on this dimension
    baseline: int | None = None
    change: int | None = None  # level - baseline, None without both
    title: str = ""  # the level's title in the framework
    descriptor: str = ""  # the level's description in the framework
    reason: str = ""  # the mentor's reason for the level, where one may be shown


@dataclass(frozen=True)
class Gap:
    """The business-orientation gap: technology minus the mean of customer and business model."""

    value: float | None
    flagged: bool
    explanation: str


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    category: str
    status: str  # "not_started", "in_progress", "done", "blocked", "not_applicable"
    due: dt.date | None = None
    completed: dt.date | None = None
    evidence: str = ""
    overdue: bool = False
    blocked_reason: str = ""

    @property
    def status_label(self) -> str:
        return status_word(MilestoneStatus, self.status)


@dataclass(frozen=True)
class AssessmentNote:
    """One assessment's words. Confidential ones are only here when the report may show them."""

    assessed_on: dt.date
    kind: str
    assessor: str
    notes: str = ""
    next_steps: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class Completion:
    done: int = 0
    applicable: int = 0
    overdue: int = 0

    @property
    def ratio(self) -> float | None:
        return None if self.applicable == 0 else self.done / self.applicable


@dataclass(frozen=True)
class AttendedEvent:
    """An event some of the company's people attended, and who they were."""

    title: str
    day: dt.date  # the day it began, in Norway
    people: tuple[str, ...]  # by name


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting the company held with another organisation."""

    day: dt.date  # in Norway
    counterpart: str  # the other organisation ("" when the reader may not read it)
    where: str  # the event and its table, or the place
    outcome: str = ""  # a MeetingOutcome value, once recorded


@dataclass(frozen=True)
class Participation:
    """The events the company's people attended and the meetings it held, from ``since``
    to ``until`` (the enrolment, within the report's period; either may be open)."""

    since: dt.date | None = None
    until: dt.date | None = None
    events: tuple[AttendedEvent, ...] = ()
    meetings: tuple[HeldMeeting, ...] = ()


@dataclass(frozen=True)
class JointProjectLine:
    """A joint project the company started or joined during its enrolment."""

    title: str
    role: str  # a PartnerRole value
    status: str  # a ProjectStatus value
    clusters: tuple[str, ...] = ()  # the clusters involved, by name; two or more: cross-cluster

    @property
    def cross_cluster(self) -> bool:
        return len(self.clusters) >= 2


@dataclass(frozen=True)
class CompanyReportData:
    """Everything a company progress report (or a company's section of a cohort report) shows."""

    programme: str
    cohort: str
    company: CompanyProfile
    dimensions: tuple[Dimension, ...]
    standings: tuple[DimensionStanding, ...]
    generated_on: dt.date
    cluster: str = ""
    cohort_start: dt.date | None = None
    cohort_end: dt.date | None = None
    enrolment_status: str = "active"  # "active", "graduated", "withdrawn"
    joined_on: dt.date | None = None
    mentors: tuple[str, ...] = ()
    history: tuple[DatedLevels, ...] = ()  # oldest first
    readiness_index: float | None = None
    readiness_change: float | None = None  # mean change since baseline
    gap: Gap = Gap(None, False, "")
    milestones: tuple[MilestoneLine, ...] = ()
    completion: Completion = Completion()
    risk_reasons: tuple[str, ...] = ()
    assessments: tuple[AssessmentNote, ...] = ()  # oldest first, already filtered
    next_steps: str = ""  # from the latest assessment that may be shown
    last_assessed: dt.date | None = None
    page_size: PageSize = "A4"
    include_confidential: bool = False
    period: str = ""  # "1 Sep 2026 – 30 Nov 2026" when the report covers a period
    period_end: dt.date | None = None  # the levels are as they stood on this day
    #: The company's events and meetings (a company report); None: not shown (a cohort
    #: report's sections).
    participation: Participation | None = None
    #: The joint projects it started or joined during the enrolment (a company report);
    #: None: not shown (a cohort report's sections).
    projects: tuple[JointProjectLine, ...] | None = None

    @property
    def at_risk(self) -> bool:
        return bool(self.risk_reasons)

    @property
    def assessed(self) -> bool:
        """Whether the company had been assessed (by the end of the period, if any)."""
        return bool(self.history)

    @property
    def standing(self) -> Standing:
        return standing(at_risk=self.at_risk, assessed=self.assessed)

    @property
    def profile(self) -> dict[str, int]:
        """dimension key -> current level, for the dimensions that have one."""
        return {s.key: s.level for s in self.standings if s.level is not None}

    @property
    def baseline(self) -> dict[str, int]:
        return {s.key: s.baseline for s in self.standings if s.baseline is not None}


@dataclass(frozen=True)
class CompanyOutcomeLine:
    """One company's figures at its baseline and in the latest year reported since (None:
    missing, printed as missing, never as 0)."""

    company: str
    status: str  # "active", "graduated", "withdrawn"
    baseline_year: int
    latest_year: int | None
    fte_baseline: float | None = None
    fte_latest: float | None = None
    revenue_baseline: float | None = None
    revenue_latest: float | None = None
    capital_baseline: float | None = None
    capital_latest: float | None = None
    capital_since_enrolment: float | None = None

    @property
    def fte_change(self) -> float | None:
        return change_since(self.fte_baseline, self.fte_latest)

    @property
    def revenue_change(self) -> float | None:
        return change_since(self.revenue_baseline, self.revenue_latest)


@dataclass(frozen=True)
class CohortOutcomesSection:
    """What came out of the cohort as of ``as_of``: each sum with how many of ``enrolled``
    reported it (a sum nobody reported is None)."""

    as_of: dt.date
    enrolled: int
    graduated: int = 0
    withdrawn: int = 0
    jobs_created: float | None = None
    jobs_reported: int = 0
    revenue_growth: float | None = None
    revenue_reported: int = 0
    capital_raised: float | None = None
    capital_reported: int = 0
    readiness_change: float | None = None
    readiness_reported: int = 0
    projects_started: int = 0
    events_attended: int = 0
    attendances: int = 0
    mentor_sessions: int = 0
    mentor_minutes: int = 0
    companies: tuple[CompanyOutcomeLine, ...] = ()

    @property
    def finished(self) -> int:
        return self.graduated + self.withdrawn

    @property
    def graduation_rate(self) -> float | None:
        return self.graduated / self.finished if self.finished else None


@dataclass(frozen=True)
class CohortReportData:
    """A cohort report: the cohort, then one :class:`CompanyReportData` per enrolled company."""

    programme: str
    cohort: str
    dimensions: tuple[Dimension, ...]
    companies: tuple[CompanyReportData, ...]
    generated_on: dt.date
    cluster: str = ""
    programme_description: str = ""
    cohort_start: dt.date | None = None
    cohort_end: dt.date | None = None
    cohort_status: str = ""  # "planned", "running", "finished"
    framework: str = ""
    mean_levels: Mapping[str, float] = field(default_factory=dict, hash=False)
    mean_change: Mapping[str, float] = field(default_factory=dict, hash=False)
    page_size: PageSize = "A4"
    include_confidential: bool = False
    period: str = ""  # "1 Sep 2026 – 30 Nov 2026" when the report covers a period
    period_end: dt.date | None = None  # the levels are as they stood on this day
    #: Jobs, revenue and capital since the baseline, graduation, projects, events and
    #: mentor hours; None: not shown.
    outcomes: CohortOutcomesSection | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "mean_levels", MappingProxyType(dict(self.mean_levels)))
        object.__setattr__(self, "mean_change", MappingProxyType(dict(self.mean_change)))

    @property
    def assessed(self) -> tuple[CompanyReportData, ...]:
        """The companies with levels: those the readiness charts and means are made of."""
        return tuple(c for c in self.companies if c.assessed)

    @property
    def not_assessed(self) -> tuple[CompanyReportData, ...]:
        return tuple(c for c in self.companies if not c.assessed)

    @property
    def kind(self) -> ReportKind:
        return cohort_report_kind(len(self.assessed))

    @property
    def completion(self) -> Completion:
        return Completion(
            done=sum(c.completion.done for c in self.companies),
            applicable=sum(c.completion.applicable for c in self.companies),
            overdue=sum(c.completion.overdue for c in self.companies),
        )
