"""The read models behind the company list and the cohort dashboard.

Each is built with a handful of set-based queries, whatever the number of companies,
and every figure is computed by the pure functions in ``accelerator.domain``, so the
dashboard, the reports and the tests agree on what a number means.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypedDict

from sqlalchemy import Select, and_, case, func, literal, or_, select, true
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
    def company_rows(self, *, today: dt.date | None = None) -> list[CompanyRow]:
        """Every company with its current cohort and where it stands, sorted by name."""
        today = today or dt.date.today()
        visible = self._visible_cohorts()
        with self._read() as s:
            current = _current_enrolments(s, visible)
            standing = _latest_standing(s)
            done = _milestone_counts(s)
            last = dict(
                s.execute(
                    select(Enrolment.company_id, func.max(Assessment.assessed_on))
                    .join(Assessment, Assessment.enrolment_id == Enrolment.id)
                    .group_by(Enrolment.company_id)
                ).all()
            )
            rows: list[CompanyRow] = []
            # Many rows share levels, and so a gap and its explanation ("Technology is at 7
            # while ..."): worked out, and put in words, once for each set of levels.
            gaps: dict[tuple[tuple[str, int], ...], BusinessOrientationGap] = {}
            query = select(
                Company.id,
                Company.name,
                Company.org_number,
                Company.registry_number,
                Company.sector,
                Cluster.name,
                Company.kind,
            )
            query = query.outerjoin(Cluster, Cluster.id == Company.cluster_id).order_by(
                Company.name, Company.id
            )
            if visible is not None:  # a mentor sees the companies of their cohorts
                query = query.where(
                    Company.id.in_(
                        select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))
                    )
                )
            for cid, name, org, registry, sector, cluster, kind in s.execute(query):
                enrolment_id, cohort_name = current.get(cid, (None, ""))
                index, profile = (
                    standing.get(enrolment_id, (None, {})) if enrolment_id else (None, {})
                )
                levels = tuple(sorted(profile.items()))
                gap = gaps.get(levels)
                if gap is None:
                    gap = gaps[levels] = business_orientation_gap(profile)
                finished, applicable = done.get(enrolment_id, (0, 0)) if enrolment_id else (0, 0)
                rows.append(
                    CompanyRow(
                        id=cid,
                        name=name,
                        registration=org or registry or "",
                        sector=sector,
                        cluster=cluster or "",
                        cohort_name=cohort_name,
                        enrolment_id=enrolment_id,
                        readiness_index=index,
                        gap=gap.value,
                        gap_flagged=gap.flagged,
                        milestones_done=finished,
                        milestones_applicable=applicable,
                        last_assessed=_as_date(last.get(cid)),
                        gap_explanation=gap.explanation,
                        kind=kind,
                    )
                )
        return rows

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


def _current_enrolments(
    s: Session, visible: Select[int] | None = None
) -> dict[int, tuple[int, str]]:
    """company id -> (enrolment id, cohort name) of its most recent (visible) cohort."""
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
        .subquery()
    )
    rows = s.execute(
        select(ranked.c.company_id, ranked.c.enrolment_id, ranked.c.cohort_name).where(
            ranked.c.rank == 1
        )
    )
    return {cid: (eid, name) for cid, eid, name in rows}


def _latest_standing(s: Session) -> dict[int, tuple[float | None, dict[str, int]]]:
    """enrolment id -> (readiness index, the levels the gap needs) of its latest assessment.

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
    pairs = select(Enrolment.id.label("enrolment_id"), latest.label("assessment_id")).subquery()
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


def _milestone_counts(s: Session) -> dict[int, tuple[int, int]]:
    """enrolment id -> (done, applicable)."""
    rows = s.execute(
        select(
            Milestone.enrolment_id,
            func.sum(case((Milestone.status == MilestoneStatus.DONE, 1), else_=0)),
            func.sum(case((Milestone.status != MilestoneStatus.NOT_APPLICABLE, 1), else_=0)),
        ).group_by(Milestone.enrolment_id)
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
