"""The company list and the cohort dashboard agree with the domain functions."""

from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.enums import AssessmentKind, MilestoneStatus
from accelerator.domain.milestones import MilestoneState, milestone_completion
from accelerator.domain.readiness import business_orientation_gap, readiness_index
from accelerator.services import Services
from accelerator.services.assessments import as_levels
from tests.factories import DIMENSIONS, Factory

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def demo_day() -> dt.date:
    """The figures below are checked on this day (the root conftest's ``demo`` loads it)."""
    return TODAY


def test_dashboard_figures_equal_the_domain_functions(demo: Services) -> None:
    running = next(c for c in demo.programmes.list_cohorts() if c.status.value == "running")
    board = demo.overview.cohort_dashboard(running.id, today=TODAY)
    assert len(board.companies) == running.enrolment_count
    for company in board.companies:
        history = [as_levels(a) for a in demo.assessments.list_for_enrolment(company.enrolment_id)]
        milestones = demo.enrolments.milestones(company.enrolment_id)
        states = [MilestoneState(m.status, m.due_date, m.completed_on) for m in milestones]
        assert company.completion == milestone_completion(states, TODAY)
        if history:
            assert company.profile == history[-1].levels
        assert company.gap == business_orientation_gap(company.profile)
        assert company.readiness_index == readiness_index(company.profile)
    assert len(board.gap_flagged) >= 2
    assert board.at_risk, "the demo has companies at risk"
    assert board.completion.done == sum(c.completion.done for c in board.companies)


def test_company_rows_show_the_current_cohort(demo: Services) -> None:
    rows = demo.overview.company_rows(today=TODAY)
    assert len(rows) == len(demo.companies.list_companies())
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    both = [
        e for e in demo.enrolments.list_enrolments() if e.company_name == "Blåskjell Teknologi AS"
    ]
    latest = max(both, key=lambda e: e.joined_on)
    row = next(r for r in rows if r.name == "Blåskjell Teknologi AS")
    assert (row.cohort_name, row.enrolment_id) == (latest.cohort_name, latest.id)
    assert sum(r.gap_flagged for r in rows) >= 2


def test_a_company_never_enrolled_has_an_empty_row(services: Services, make: Factory) -> None:
    make.company(name="Ny AS")
    (row,) = services.overview.company_rows()
    assert (row.cohort_name, row.readiness_index, row.gap_flagged, row.last_assessed) == (
        "",
        None,
        False,
        None,
    )


def test_dashboard_of_a_small_cohort(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id, "Interviews", "Pitch deck")
    cohort = make.cohort(p.id, start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 12, 1))
    e = make.enrolment(cohort.id)
    mentor = make.user()
    make.assessment(
        e.id,
        levels=dict.fromkeys(DIMENSIONS, 2),
        kind=AssessmentKind.BASELINE,
        assessor_id=mentor.id,
    )
    make.assessment(
        e.id,
        levels={**dict.fromkeys(DIMENSIONS, 2), "technology": 7},
        reasons={"technology": "Prototype at sea"},
        assessed_on=dt.date(2026, 3, 1),
        assessor_id=mentor.id,
    )
    first = services.enrolments.milestones(e.id)[0]
    services.enrolments.set_milestone_status(
        first.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 1, 10)
    )
    board = services.overview.cohort_dashboard(cohort.id, today=dt.date(2026, 3, 10))
    (c,) = board.companies
    assert c.change["technology"] == 5
    assert c.gap.flagged and c.gap.value == 5
    assert (c.completion.done, c.completion.applicable, c.completion.overdue) == (1, 2, 1)
    assert board.mean_change["technology"] == 5.0
    assert [r.kind for r in c.risk.reasons] == ["overdue_milestones"]


def test_confidential_next_steps_reach_only_their_author_and_coordinators(
    services: Services, make: Factory
) -> None:
    from accelerator.domain.enums import Role
    from accelerator.services import Actor

    e = make.enrolment()
    author, other = make.user(), make.user()
    for mentor in (author, other):
        services.enrolments.assign_mentor(e.id, mentor.id)
    make.assessment(e.id, assessor_id=author.id, next_steps="Replace the CTO", confidential=True)
    as_other = services.acting_as(Actor(other.id, other.username, Role.MENTOR))
    as_author = services.acting_as(Actor(author.id, author.username, Role.MENTOR))
    assert as_other.overview.enrolment_summary(e.id).next_steps == ""
    assert as_author.overview.enrolment_summary(e.id).next_steps == "Replace the CTO"
    assert services.overview.enrolment_summary(e.id).next_steps == "Replace the CTO"
