"""What came out of a cohort: jobs, revenue and capital since the baseline, readiness
change, graduation, joint projects, events attended and mentor hours.

:func:`cohort_outcomes` reads them inside a read session someone else opened (the
cohort report, the annual report), :class:`OutcomeService` in its own (the dashboard).
Every sum goes with the number of companies behind it, and a figure nobody reported is
None, never 0: a coordinator must be able to say "missing" rather than "nothing".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import (
    AssessmentKind,
    EnrolmentStatus,
    KpiMetric,
    RegistrationStatus,
)
from accelerator.domain.outcomes import (
    CAPITAL_METRICS,
    baseline_year,
    capital_raised,
    change_since,
)
from accelerator.domain.readiness import AssessmentLevels, change_since_baseline
from accelerator.models import (
    Assessment,
    Company,
    Contact,
    Dimension,
    Enrolment,
    Event,
    JointProject,
    KpiValue,
    MentorSession,
    ProjectPartner,
    ProjectStatusChange,
    Registration,
    Score,
)
from accelerator.services.base import Service
from accelerator.services.overview import mean_levels_float

#: The standard figures the outcomes read: FTE, revenue and the kinds of capital.
_METRICS: tuple[KpiMetric, ...] = (KpiMetric.FTE, KpiMetric.REVENUE, *CAPITAL_METRICS)


@dataclass(frozen=True)
class CompanyOutcome:
    """One company of a cohort: its figures at the baseline and in the latest year
    reported since, and what changed. None where a figure is missing."""

    enrolment_id: int
    company_id: int
    company_name: str
    status: EnrolmentStatus
    joined_on: dt.date
    baseline_year: int
    #: The latest year after the baseline with whole-year figures (None: none since).
    latest_year: int | None
    fte_baseline: float | None
    fte_latest: float | None
    revenue_baseline: float | None
    revenue_latest: float | None
    #: Capital raised (equity, grants, loans) in the baseline year and the latest year.
    capital_baseline: float | None
    capital_latest: float | None
    #: Capital raised in the years from enrolment to the latest (None: none reported).
    capital_since_enrolment: float | None
    #: Mean change in readiness level over the dimensions with a baseline and a level.
    readiness_change: float | None
    projects_started: int
    events_attended: int
    mentor_minutes: int

    @property
    def fte_change(self) -> float | None:
        return change_since(self.fte_baseline, self.fte_latest)

    @property
    def revenue_change(self) -> float | None:
        return change_since(self.revenue_baseline, self.revenue_latest)

    @property
    def mentor_hours(self) -> float:
        return self.mentor_minutes / 60


@dataclass(frozen=True)
class CohortOutcomes:
    """A cohort's outcomes as of a day. Each sum is None when no company reported it;
    the count beside it says how many of ``enrolled`` did."""

    cohort_id: int
    as_of: dt.date
    companies: tuple[CompanyOutcome, ...]
    enrolled: int
    graduated: int
    withdrawn: int
    #: Full-time equivalents gained since the baseline (companies with both years).
    jobs_created: float | None
    jobs_reported: int
    revenue_growth: float | None
    revenue_reported: int
    capital_raised: float | None
    capital_reported: int
    #: Mean change in level per dimension key, and over all (mean of the companies').
    readiness_change: Mapping[str, float]
    readiness_change_overall: float | None
    readiness_reported: int
    #: Joint projects (distinct) started by the cohort's companies since they enrolled.
    projects_started: int
    #: Events (distinct) someone of the cohort's companies attended since enrolling,
    #: and the attendances (people at events) behind them.
    events_attended: int
    attendances: int
    mentor_sessions: int
    mentor_minutes: int

    @property
    def finished(self) -> int:
        """Companies that left the programme, graduated or withdrawn."""
        return self.graduated + self.withdrawn

    @property
    def graduation_rate(self) -> float | None:
        """Graduated of those that finished; None while none has finished."""
        return self.graduated / self.finished if self.finished else None

    @property
    def mentor_hours(self) -> float:
        return self.mentor_minutes / 60


def cohort_outcomes(s: Session, cohort_id: int, *, as_of: dt.date | None = None) -> CohortOutcomes:
    """The outcomes of cohort ``cohort_id`` as of ``as_of`` (today when None), read in
    ``s``; the caller has checked the cohort exists and may be read. A handful of
    queries whatever the cohort's size."""
    as_of = as_of or dt.date.today()
    enrolments = s.execute(
        select(
            Enrolment.id,
            Enrolment.company_id,
            Company.name,
            Enrolment.status,
            Enrolment.status_changed_on,
            Enrolment.joined_on,
        )
        .join(Company, Company.id == Enrolment.company_id)
        .where(Enrolment.cohort_id == cohort_id)
        .order_by(Company.name, Enrolment.id)
    ).all()
    company_ids = [row[1] for row in enrolments]
    enrolment_ids = [row[0] for row in enrolments]
    figures = _figures(s, company_ids, as_of.year)
    readiness = _readiness_changes(s, enrolment_ids, as_of)
    projects = _projects_started(s, enrolments, as_of)
    attended = _attendances(s, enrolments, as_of)
    minutes, session_count = _mentor_minutes(s, enrolment_ids, as_of)

    rows: list[CompanyOutcome] = []
    for eid, cid, name, status, changed_on, joined_on in enrolments:
        if status is not EnrolmentStatus.ACTIVE and changed_on is not None and changed_on > as_of:
            status = EnrolmentStatus.ACTIVE  # it had not left yet on that day
        years = figures.get(cid, {})
        base = baseline_year(joined_on)
        later = [y for y in years if base < y <= as_of.year]
        latest = max(later) if later else None
        at_base = years.get(base, {})
        at_latest = years.get(latest, {}) if latest is not None else {}
        since = [
            capital_raised(years[y]) for y in sorted(years) if joined_on.year <= y <= as_of.year
        ]
        capital_found = [c for c in since if c is not None]
        change = readiness.get(eid, {})
        rows.append(
            CompanyOutcome(
                enrolment_id=eid,
                company_id=cid,
                company_name=name,
                status=status,
                joined_on=joined_on,
                baseline_year=base,
                latest_year=latest,
                fte_baseline=at_base.get(KpiMetric.FTE),
                fte_latest=at_latest.get(KpiMetric.FTE),
                revenue_baseline=at_base.get(KpiMetric.REVENUE),
                revenue_latest=at_latest.get(KpiMetric.REVENUE),
                capital_baseline=capital_raised(at_base),
                capital_latest=capital_raised(at_latest) if latest is not None else None,
                capital_since_enrolment=sum(capital_found) if capital_found else None,
                readiness_change=sum(change.values()) / len(change) if change else None,
                projects_started=len(projects.get(eid, ())),
                events_attended=len({event for event, _ in attended.get(eid, ())}),
                mentor_minutes=minutes.get(eid, 0),
            )
        )
    jobs = [r.fte_change for r in rows if r.fte_change is not None]
    revenue = [r.revenue_change for r in rows if r.revenue_change is not None]
    capital = [r.capital_since_enrolment for r in rows if r.capital_since_enrolment is not None]
    overall = [r.readiness_change for r in rows if r.readiness_change is not None]
    all_projects = {p for found in projects.values() for p in found}
    all_attended = {pair for found in attended.values() for pair in found}
    return CohortOutcomes(
        cohort_id=cohort_id,
        as_of=as_of,
        companies=tuple(rows),
        enrolled=len(rows),
        graduated=sum(1 for r in rows if r.status is EnrolmentStatus.GRADUATED),
        withdrawn=sum(1 for r in rows if r.status is EnrolmentStatus.WITHDRAWN),
        jobs_created=sum(jobs) if jobs else None,
        jobs_reported=len(jobs),
        revenue_growth=sum(revenue) if revenue else None,
        revenue_reported=len(revenue),
        capital_raised=sum(capital) if capital else None,
        capital_reported=len(capital),
        readiness_change=mean_levels_float(c for c in readiness.values() if c),
        readiness_change_overall=sum(overall) / len(overall) if overall else None,
        readiness_reported=len(overall),
        projects_started=len(all_projects),
        events_attended=len({event for event, _ in all_attended}),
        attendances=len(all_attended),
        mentor_sessions=session_count,
        mentor_minutes=sum(minutes.values()),
    )


def _figures(
    s: Session, company_ids: Sequence[int], last_year: int
) -> dict[int, dict[int, dict[KpiMetric, float]]]:
    """company id -> year -> metric -> whole-year value, up to ``last_year``."""
    found: dict[int, dict[int, dict[KpiMetric, float]]] = defaultdict(dict)
    if not company_ids:
        return found
    for cid, year, metric, value in s.execute(
        select(KpiValue.organisation_id, KpiValue.year, KpiValue.metric, KpiValue.value).where(
            KpiValue.organisation_id.in_(company_ids),
            KpiValue.quarter == 0,
            KpiValue.metric.in_(_METRICS),
            KpiValue.year <= last_year,
        )
    ):
        if metric is not None:
            found[cid].setdefault(year, {})[metric] = value
    return found


def _readiness_changes(
    s: Session, enrolment_ids: Sequence[int], as_of: dt.date
) -> dict[int, dict[str, int]]:
    """enrolment id -> change in level per dimension since its baseline assessment, by
    the same rule as the dashboard (``change_since_baseline``), assessments up to
    ``as_of``."""
    if not enrolment_ids:
        return {}
    grouped: dict[int, tuple[int, dt.date, AssessmentKind, dict[str, int]]] = {}
    for aid, eid, on, kind, key, level in s.execute(
        select(
            Assessment.id,
            Assessment.enrolment_id,
            Assessment.assessed_on,
            Assessment.kind,
            Dimension.key,
            Score.level,
        )
        .join(Score, Score.assessment_id == Assessment.id)
        .join(Dimension, Dimension.id == Score.dimension_id)
        .where(Assessment.enrolment_id.in_(enrolment_ids), Assessment.assessed_on <= as_of)
    ):
        grouped.setdefault(aid, (eid, on, kind, {}))[3][key] = level
    history: dict[int, list[AssessmentLevels]] = defaultdict(list)
    for eid, on, kind, levels in grouped.values():
        history[eid].append(AssessmentLevels(on, kind, levels))
    return {eid: change_since_baseline(found) for eid, found in history.items()}


_Enrolments = Sequence[tuple[int, int, str, EnrolmentStatus, dt.date | None, dt.date]]


def _projects_started(s: Session, enrolments: _Enrolments, as_of: dt.date) -> dict[int, set[int]]:
    """enrolment id -> the joint projects its company is a partner in that started (their
    first status, or their creation without one) on or after it enrolled, up to ``as_of``."""
    joined = {cid: (eid, on) for eid, cid, _name, _status, _changed, on in enrolments}
    if not joined:
        return {}
    first = (
        select(ProjectStatusChange.project_id, func.min(ProjectStatusChange.reached_on).label("on"))
        .group_by(ProjectStatusChange.project_id)
        .subquery()
    )
    found: dict[int, set[int]] = defaultdict(set)
    for project_id, cid, first_on, created_at in s.execute(
        select(
            ProjectPartner.project_id,
            ProjectPartner.organisation_id,
            first.c.on,
            JointProject.created_at,
        )
        .join(JointProject, JointProject.id == ProjectPartner.project_id)
        .outerjoin(first, first.c.project_id == ProjectPartner.project_id)
        .where(ProjectPartner.organisation_id.in_(list(joined)))
    ):
        started = _as_date(first_on) if first_on is not None else created_at.astimezone().date()
        eid, on = joined[cid]
        if on <= started <= as_of:
            found[eid].add(project_id)
    return found


def _attendances(
    s: Session, enrolments: _Enrolments, as_of: dt.date
) -> dict[int, set[tuple[int, int]]]:
    """enrolment id -> (event, registration) its company's people attended, from the day
    it enrolled to ``as_of`` (by the event's local day)."""
    joined = {cid: (eid, on) for eid, cid, _name, _status, _changed, on in enrolments}
    if not joined:
        return {}
    companies = list(joined)
    found: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for rid, event_id, org_id, contact_org, starts_at in s.execute(
        select(
            Registration.id,
            Registration.event_id,
            Registration.organisation_id,
            Contact.company_id,
            Event.starts_at,
        )
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Contact, Contact.id == Registration.contact_id)
        .where(
            Registration.status == RegistrationStatus.ATTENDED,
            or_(Registration.organisation_id.in_(companies), Contact.company_id.in_(companies)),
        )
    ):
        cid = org_id if org_id in joined else contact_org
        eid, on = joined[cid]
        if on <= starts_at.astimezone().date() <= as_of:
            found[eid].add((event_id, rid))
    return found


def _mentor_minutes(
    s: Session, enrolment_ids: Sequence[int], as_of: dt.date
) -> tuple[dict[int, int], int]:
    """(enrolment id -> minutes of mentor sessions held up to ``as_of``, sessions in all)."""
    if not enrolment_ids:
        return {}, 0
    minutes: dict[int, int] = {}
    count = 0
    for eid, total, sessions in s.execute(
        select(MentorSession.enrolment_id, func.sum(MentorSession.minutes), func.count())
        .where(MentorSession.enrolment_id.in_(enrolment_ids), MentorSession.held_on <= as_of)
        .group_by(MentorSession.enrolment_id)
    ):
        minutes[eid] = int(total or 0)
        count += int(sessions)
    return minutes, count


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class OutcomeService(Service):
    """The outcomes of a cohort, for the dashboard."""

    def cohort(self, cohort_id: int, *, as_of: dt.date | None = None) -> CohortOutcomes:
        """The outcomes of a cohort the actor may read (a mentor: one they mentor in)."""
        with self._read() as s:
            self._visible_cohort(s, cohort_id)
            return cohort_outcomes(s, cohort_id, as_of=as_of)


__all__ = ["CohortOutcomes", "CompanyOutcome", "OutcomeService", "cohort_outcomes"]
