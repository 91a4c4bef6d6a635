"""The read models behind the company list and the cohort dashboard.

Each is built with a handful of set-based queries, whatever the number of companies,
and every figure is computed by the pure functions in ``accelerator.domain``, so the
dashboard, the reports and the tests agree on what a number means.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, true
from sqlalchemy.orm import Session

from accelerator.domain.enums import (
    AssessmentKind,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    OrganisationKind,
    Role,
)
from accelerator.domain.milestones import Completion, MilestoneState, milestone_completion
from accelerator.domain.readiness import (
    AssessmentLevels,
    BusinessOrientationGap,
    baseline_profile,
    business_orientation_gap,
    change_since_baseline,
    mean_levels,
    readiness_index,
    readiness_profile,
)
from accelerator.domain.risk import Risk, assess_risk
from accelerator.models import (
    Assessment,
    AssessmentText,
    Cluster,
    Cohort,
    Company,
    Dimension,
    Enrolment,
    MentorAssignment,
    Milestone,
    Programme,
    Score,
    User,
)
from accelerator.services.base import Actor, Service
from accelerator.services.frameworks import shown
from accelerator.services.records import CohortRecord

#: Companies per batch of the company list: large enough that the queries per batch cost
#: little, small enough that a batch's cohorts and standings take a few megabytes.
COMPANY_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class CompanyRow:
    """One line of the company list. Slots keep 100,000 of them small."""

    id: int
    name: str
    registration: str
    sector: str
    cluster: str
    cohort_name: str
    enrolment_id: int | None
    readiness_index: float | None
    gap: float | None
    gap_flagged: bool
    milestones_done: int
    milestones_applicable: int
    last_assessed: dt.date | None
    #: The gap in one sentence (shared between rows that say the same, so it costs little).
    gap_explanation: str = ""
    kind: OrganisationKind = OrganisationKind.COMPANY


@dataclass(frozen=True)
class DimensionInfo:
    key: str
    name: str


@dataclass(frozen=True)
class EnrolmentSummary:
    """Where one enrolled company stands: what the dashboard and reports show per company."""

    enrolment_id: int
    company_id: int
    company_name: str
    status: EnrolmentStatus
    joined_on: dt.date
    mentors: tuple[str, ...]
    assessments: tuple[AssessmentLevels, ...]
    profile: dict[str, int]
    baseline: dict[str, int]
    change: dict[str, int]
    readiness_index: float | None
    gap: BusinessOrientationGap
    completion: Completion
    risk: Risk
    last_assessed: dt.date | None
    next_steps: str

    def as_of(self, end: dt.date) -> EnrolmentSummary:
        """The summary as it stood at ``end``: later assessments left out of the levels
        (milestones, risk and next steps stay as they are today)."""
        return replace(self, **_standing([a for a in self.assessments if a.assessed_on <= end]))


class _Standing(TypedDict):
    """What an enrolment's assessments say, by the domain's functions: the part of a
    summary that a report of an earlier day computes again from fewer assessments."""

    assessments: tuple[AssessmentLevels, ...]
    profile: dict[str, int]
    baseline: dict[str, int]
    change: dict[str, int]
    readiness_index: float | None
    gap: BusinessOrientationGap
    last_assessed: dt.date | None


def _standing(history: Sequence[AssessmentLevels]) -> _Standing:
    profile = readiness_profile(history)
    return _Standing(
        assessments=tuple(history),
        profile=profile,
        baseline=baseline_profile(history),
        change=change_since_baseline(history),
        readiness_index=readiness_index(profile),
        gap=business_orientation_gap(profile),
        last_assessed=history[-1].assessed_on if history else None,
    )


@dataclass(frozen=True)
class CohortDashboard:
    cohort: CohortRecord
    dimensions: tuple[DimensionInfo, ...]
    today: dt.date
    companies: tuple[EnrolmentSummary, ...]
    mean_levels: dict[str, float]
    mean_change: dict[str, float]
    completion: Completion

    @property
    def at_risk(self) -> tuple[EnrolmentSummary, ...]:
        return tuple(c for c in self.companies if c.risk.at_risk)

    @property
    def gap_flagged(self) -> tuple[EnrolmentSummary, ...]:
        return tuple(c for c in self.companies if c.gap.flagged)

    @property
    def overdue(self) -> tuple[EnrolmentSummary, ...]:
        return tuple(c for c in self.companies if c.completion.overdue)

    @property
    def with_milestones(self) -> tuple[EnrolmentSummary, ...]:
        """The companies behind the completion figure: those with a milestone that applies."""
        return tuple(c for c in self.companies if c.completion.applicable)

    def scored_on(self, dimension: str) -> tuple[EnrolmentSummary, ...]:
        """The companies behind ``mean_levels[dimension]``: those with a level on it."""
        return tuple(c for c in self.companies if dimension in c.profile)

    def changed_on(self, dimension: str) -> tuple[EnrolmentSummary, ...]:
        """The companies behind ``mean_change[dimension]``: a baseline and a level on it."""
        return tuple(c for c in self.companies if dimension in c.change)


class OverviewService(Service):
    def company_rows(
        self, *, today: dt.date | None = None, first: int | None = None
    ) -> list[CompanyRow]:
        """Every company with its current cohort and where it stands, sorted by name;
        ``first``: only the first so many by name (the list's first screenful, read in
        a few milliseconds whatever the number of companies)."""
        if first is not None:
            with self._read() as s:
                found = s.execute(
                    self._company_query().order_by(Company.name, Company.id).limit(first)
                ).all()
                ids = [r[0] for r in found]
                return _company_batch(
                    s, found, self._visible_cohorts(), _Shared(), lambda c: c.in_(ids)
                )
        rows = [row for batch in self.company_row_batches() for row in batch]
        rows.sort(key=lambda r: (r.name, r.id))
        return rows

    def company_row_batches(self, *, batch: int = COMPANY_BATCH) -> Iterator[list[CompanyRow]]:
        """Every row of the company list, ``batch`` companies at a time in order of id
        (not of name), all read in one transaction. Each batch is read with its own
        cohorts, standings and milestone counts, the companies of a batch being a range
        of ids, so reading 100,000 companies never holds those of all of them at once
        and each query reads its tables in order."""
        visible = self._visible_cohorts()
        shared = _Shared()
        with self._read() as s:
            query = self._company_query().order_by(Company.id).limit(batch)
            after = None
            while True:
                page = query if after is None else query.where(Company.id > after)
                found = s.execute(page).all()
                if not found:
                    return
                low, high = found[0][0], found[-1][0]
                yield _company_batch(s, found, visible, shared, lambda c: c.between(low, high))  # noqa: B023
                if len(found) < batch:
                    return
                after = high

    def _company_query(
        self,
    ) -> Select[int, str, str | None, str, str, str, OrganisationKind]:
        """The columns of the company list the companies table holds (id, name, org.
        number, registry number, sector, cluster, kind), of the companies one may see."""
        visible = self._visible_cohorts()
        query = select(
            Company.id,
            Company.name,
            Company.org_number,
            Company.registry_number,
            Company.sector,
            Cluster.name,
            Company.kind,
        ).outerjoin(Cluster, Cluster.id == Company.cluster_id)
        if visible is not None:  # a mentor sees the companies of their cohorts
            query = query.where(
                Company.id.in_(select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible)))
            )
        return query

    def cohort_dashboard(self, cohort_id: int, *, today: dt.date | None = None) -> CohortDashboard:
        today = today or dt.date.today()
        with self._read() as s:
            cohort = self._visible_cohort(s, cohort_id)
            from accelerator.services.programmes import cohort_record

            programme = s.get(Programme, cohort.programme_id)
            assert programme is not None
            dims = tuple(
                DimensionInfo(d.key, shown(d, "name"))
                for d in s.scalars(
                    select(Dimension)
                    .where(Dimension.framework_id == programme.framework_id)
                    .order_by(Dimension.position)
                )
            )
            enrolments: list[_EnrolmentRow] = [
                (r[0], r[1], r[2], r[3], r[4])
                for r in s.execute(
                    select(
                        Enrolment.id,
                        Enrolment.company_id,
                        Company.name,
                        Enrolment.status,
                        Enrolment.joined_on,
                    )
                    .join(Company, Company.id == Enrolment.company_id)
                    .where(Enrolment.cohort_id == cohort_id)
                    .order_by(Company.name)
                )
            ]
            ids = [row[0] for row in enrolments]
            summaries = _summaries(s, enrolments, ids, dims, today, cohort.status, self.actor)
            record = cohort_record(cohort, len(ids))
        profiles = [c.profile for c in summaries if c.profile]
        changes = [c.change for c in summaries if c.change]
        return CohortDashboard(
            cohort=record,
            dimensions=dims,
            today=today,
            companies=tuple(summaries),
            mean_levels=mean_levels(profiles),
            mean_change=mean_levels_float(changes),
            completion=Completion(
                done=sum(c.completion.done for c in summaries),
                applicable=sum(c.completion.applicable for c in summaries),
                overdue=sum(c.completion.overdue for c in summaries),
            ),
        )

    def enrolment_summary(
        self, enrolment_id: int, *, today: dt.date | None = None
    ) -> EnrolmentSummary:
        today = today or dt.date.today()
        with self._read() as s:
            e = self._visible_enrolment(s, enrolment_id)
            programme = s.get(Programme, e.cohort.programme_id)
            assert programme is not None
            dims = tuple(
                DimensionInfo(d.key, shown(d, "name"))
                for d in s.scalars(
                    select(Dimension)
                    .where(Dimension.framework_id == programme.framework_id)
                    .order_by(Dimension.position)
                )
            )
            row: _EnrolmentRow = (e.id, e.company_id, e.company.name, e.status, e.joined_on)
            (summary,) = _summaries(s, [row], [e.id], dims, today, e.cohort.status, self.actor)
            return summary


def mean_levels_float(changes: Iterable[dict[str, int]]) -> dict[str, float]:
    """The mean change per dimension (changes may be negative, so not via mean_levels)."""
    sums: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    for change in changes:
        for key, value in change.items():
            sums[key] += value
            counts[key] += 1
    return {key: sums[key] / counts[key] for key in sums}


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class _Shared:
    """What many rows of the company list say alike, made once and shared between them:
    a text read again for each row would be a new string each time."""

    def __init__(self) -> None:
        self.gaps: dict[tuple[tuple[str, int], ...], BusinessOrientationGap] = {}
        self.texts: dict[str, str] = {}
        self.dates: dict[object, dt.date | None] = {None: None}
        self.numbers: dict[float, float] = {}

    def text(self, value: str) -> str:
        return self.texts.setdefault(value, value)

    def date(self, value: object) -> dt.date | None:
        found = self.dates.get(value, _MISSING)
        if found is _MISSING:
            found = self.dates[value] = _as_date(value)
        return found  # type: ignore[return-value]

    def gap(self, profile: dict[str, int]) -> BusinessOrientationGap:
        levels = tuple(sorted(profile.items()))
        gap = self.gaps.get(levels)
        if gap is None:
            gap = self.gaps[levels] = business_orientation_gap(profile)
        return gap


_MISSING = object()


def _company_batch(
    s: Session,
    found: Sequence[Any],
    visible: Select[int] | None,
    shared: _Shared,
    within: Callable[[Any], ColumnElement[bool]],
) -> list[CompanyRow]:
    """The rows of these companies (id, name, org. number, registry number, sector,
    cluster, kind), with their current cohorts, standings and milestones, read for the
    companies whose id is ``within`` (given the column of a company id)."""
    current = _current_enrolments(s, visible, within(Enrolment.company_id))
    standing = _latest_standing(s, within(Enrolment.company_id))
    done = _milestone_counts(s, within(Enrolment.company_id))
    last = dict(
        s.execute(
            select(Enrolment.company_id, func.max(Assessment.assessed_on))
            .join(Assessment, Assessment.enrolment_id == Enrolment.id)
            .where(within(Enrolment.company_id))
            .group_by(Enrolment.company_id)
        ).all()
    )
    text, number = shared.text, shared.numbers.setdefault
    rows: list[CompanyRow] = []
    for cid, name, org, registry, sector, cluster, kind in found:
        enrolment_id, cohort_name = current.get(cid, (None, ""))
        index, profile = standing.get(enrolment_id, (None, {})) if enrolment_id else (None, {})
        gap = shared.gap(profile)
        finished, applicable = done.get(enrolment_id, (0, 0)) if enrolment_id else (0, 0)
        rows.append(
            CompanyRow(
                id=cid,
                name=name,
                registration=org or registry or "",
                sector=text(sector),
                cluster=text(cluster or ""),
                cohort_name=text(cohort_name),
                enrolment_id=enrolment_id,
                readiness_index=index if index is None else number(index, index),
                gap=gap.value,
                gap_flagged=gap.flagged,
                milestones_done=finished,
                milestones_applicable=applicable,
                last_assessed=shared.date(last.get(cid)),
                gap_explanation=gap.explanation,
                kind=kind,
            )
        )
    return rows


def _current_enrolments(
    s: Session, visible: Select[int] | None, companies: ColumnElement[bool]
) -> dict[int, tuple[int, str]]:
    """company id -> (enrolment id, cohort name) of its most recent (visible) cohort, of
    the ``companies`` (a condition on the enrolments)."""
    ranked = (
        select(
            Enrolment.company_id,
            Enrolment.id.label("enrolment_id"),
            Cohort.name.label("cohort_name"),
            func.row_number()
            .over(
                partition_by=Enrolment.company_id,
                order_by=(Cohort.start_date.desc(), Enrolment.id.desc()),
            )
            .label("rank"),
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(true() if visible is None else Enrolment.cohort_id.in_(visible))
        .where(companies)
        .subquery()
    )
    rows = s.execute(
        select(ranked.c.company_id, ranked.c.enrolment_id, ranked.c.cohort_name).where(
            ranked.c.rank == 1
        )
    )
    return {cid: (eid, name) for cid, eid, name in rows}


def _latest_standing(
    s: Session, companies: ColumnElement[bool]
) -> dict[int, tuple[float | None, dict[str, int]]]:
    """enrolment id -> (readiness index, the levels the gap needs) of its latest assessment,
    for the enrolments of the ``companies`` (a condition on the enrolments).

    Aggregated in SQL: the company list needs two figures per company, not every score,
    and at 100,000 companies the scores alone would take a few hundred megabytes.
    """
    latest = (
        select(Assessment.id)
        .where(Assessment.enrolment_id == Enrolment.id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
        .correlate(Enrolment)
        .scalar_subquery()
    )
    pairs = (
        select(Enrolment.id.label("enrolment_id"), latest.label("assessment_id"))
        .where(companies)
        .subquery()
    )
    keys = ("technology", "customer", "business_model")
    rows = s.execute(
        select(
            pairs.c.enrolment_id,
            func.avg(Score.level),
            *(func.max(case((Dimension.key == key, Score.level))) for key in keys),
        )
        .join(Score, Score.assessment_id == pairs.c.assessment_id)
        .join(Dimension, Dimension.id == Score.dimension_id)
        .group_by(pairs.c.enrolment_id)
    )
    result: dict[int, tuple[float | None, dict[str, int]]] = {}
    for enrolment_id, mean, *levels in rows:
        profile = {key: level for key, level in zip(keys, levels, strict=True) if level is not None}
        result[enrolment_id] = (float(mean) if mean is not None else None, profile)
    return result


def _milestone_counts(s: Session, companies: ColumnElement[bool]) -> dict[int, tuple[int, int]]:
    """enrolment id -> (done, applicable), for the enrolments of the ``companies`` (a
    condition on the enrolments)."""
    rows = s.execute(
        select(
            Milestone.enrolment_id,
            func.sum(case((Milestone.status == MilestoneStatus.DONE, 1), else_=0)),
            func.sum(case((Milestone.status != MilestoneStatus.NOT_APPLICABLE, 1), else_=0)),
        )
        .join(Enrolment, Enrolment.id == Milestone.enrolment_id)
        .where(companies)
        .group_by(Milestone.enrolment_id)
    )
    return {eid: (int(done or 0), int(applicable or 0)) for eid, done, applicable in rows}


_EnrolmentRow = tuple[int, int, str, EnrolmentStatus, dt.date]


def _summaries(
    s: Session,
    enrolments: Sequence[_EnrolmentRow],
    ids: list[int],
    dims: tuple[DimensionInfo, ...],
    today: dt.date,
    cohort_status: CohortStatus,
    actor: Actor,
) -> list[EnrolmentSummary]:
    """Per enrolment: assessments, milestones and mentors in three queries, then the
    domain functions. Next steps of a confidential assessment reach only its author and
    the coordinators."""
    assessments: dict[int, list[AssessmentLevels]] = defaultdict(list)
    next_steps: dict[int, str] = {}
    if ids:
        scored = s.execute(
            select(
                Assessment.id,
                Assessment.enrolment_id,
                Assessment.assessed_on,
                Assessment.kind,
                case(
                    (
                        or_(
                            Assessment.confidential.is_(False),
                            Assessment.assessor_id == actor.user_id,
                            literal(actor.role is Role.COORDINATOR),
                        ),
                        func.coalesce(AssessmentText.next_steps, ""),
                    ),
                    else_="",
                ),
                Dimension.key,
                Score.level,
            )
            .join(Score, Score.assessment_id == Assessment.id)
            .join(Dimension, Dimension.id == Score.dimension_id)
            .outerjoin(AssessmentText, AssessmentText.assessment_id == Assessment.id)
            .where(Assessment.enrolment_id.in_(ids))
            .order_by(Assessment.enrolment_id, Assessment.assessed_on, Assessment.id)
        ).all()
        grouped: dict[int, tuple[int, dt.date, AssessmentKind, str, dict[str, int]]] = {}
        for aid, eid, on, kind, steps, key, level in scored:
            entry = grouped.setdefault(aid, (eid, on, kind, steps, {}))
            entry[4][key] = level
        for eid, on, kind, steps, levels in grouped.values():
            assessments[eid].append(AssessmentLevels(on, kind, levels))
            if steps:
                next_steps[eid] = steps
    milestones: dict[int, list[MilestoneState]] = defaultdict(list)
    mentors: dict[int, list[str]] = defaultdict(list)
    if ids:
        for eid, milestone_status, due, completed in s.execute(
            select(
                Milestone.enrolment_id,
                Milestone.status,
                Milestone.due_date,
                Milestone.completed_on,
            ).where(Milestone.enrolment_id.in_(ids))
        ):
            milestones[eid].append(MilestoneState(milestone_status, due, completed))
        for eid, name in s.execute(
            select(MentorAssignment.enrolment_id, User.display_name)
            .join(User, and_(User.id == MentorAssignment.user_id))
            .where(MentorAssignment.enrolment_id.in_(ids))
            .order_by(User.display_name)
        ):
            mentors[eid].append(name)
    names = {d.key: d.name for d in dims}
    result = []
    for row in enrolments:
        eid, company_id, company_name, status, joined_on = row
        history = assessments.get(eid, [])
        # Risk is about companies still in a running programme; a graduate is not at risk.
        live = status is EnrolmentStatus.ACTIVE and cohort_status is not CohortStatus.FINISHED
        risk = (
            assess_risk(
                enrolled_on=joined_on,
                assessments=history,
                milestones=milestones.get(eid, []),
                today=today,
                dimension_names=names,
            )
            if live
            else Risk(())
        )
        result.append(
            EnrolmentSummary(
                enrolment_id=eid,
                company_id=company_id,
                company_name=company_name,
                status=status,
                joined_on=joined_on,
                mentors=tuple(mentors.get(eid, [])),
                **_standing(history),
                completion=milestone_completion(milestones.get(eid, []), today),
                risk=risk,
                next_steps=next_steps.get(eid, ""),
            )
        )
    return result
