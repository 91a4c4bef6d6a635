from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.enums import EnrolmentStatus, MilestoneStatus, Role
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.services import Actor, Services
from tests.factories import Factory


def test_enrolment_copies_the_template_with_due_dates(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id, "Interviews", "Pitch deck")
    cohort = make.cohort(p.id, start_date=dt.date(2026, 1, 5))
    e = make.enrolment(cohort.id)
    assert e.joined_on == dt.date(2026, 1, 5)
    milestones = services.enrolments.milestones(e.id)
    assert [(m.title, m.due_date, m.status) for m in milestones] == [
        ("Interviews", dt.date(2026, 1, 19), MilestoneStatus.NOT_STARTED),
        ("Pitch deck", dt.date(2026, 2, 2), MilestoneStatus.NOT_STARTED),
    ]


def test_a_company_is_enrolled_once_per_cohort(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    company = make.company(name="Havbris AS")
    services.enrolments.enrol(cohort.id, company.id)
    with pytest.raises(ValidationError, match="Havbris AS is already enrolled"):
        services.enrolments.enrol(cohort.id, company.id)
    assert len(services.enrolments.list_enrolments(cohort_id=cohort.id)) == 1


def test_history_across_cohorts(services: Services, make: Factory) -> None:
    p = make.programme()
    company = make.company()
    first = make.cohort(
        p.id, name="2025", start_date=dt.date(2025, 1, 6), end_date=dt.date(2025, 6, 1)
    )
    second = make.cohort(p.id, name="2026")
    services.enrolments.enrol(first.id, company.id)
    services.enrolments.enrol(second.id, company.id)
    history = services.enrolments.list_enrolments(company_id=company.id)
    assert [e.cohort_name for e in history] == ["2025", "2026"]


def test_withdrawal_needs_a_reason_and_a_date_after_joining(
    services: Services, make: Factory
) -> None:
    e = make.enrolment()
    with pytest.raises(ValidationError, match="say why"):
        services.enrolments.set_status(e.id, EnrolmentStatus.WITHDRAWN)
    with pytest.raises(ValidationError, match="before the company joined"):
        services.enrolments.set_status(
            e.id, EnrolmentStatus.WITHDRAWN, on=dt.date(2020, 1, 1), reason="Moved abroad"
        )
    assert services.enrolments.get_enrolment(e.id).status is EnrolmentStatus.ACTIVE
    done = services.enrolments.set_status(
        e.id, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 3, 1), reason="Moved abroad"
    )
    assert (done.status, done.status_changed_on, done.status_reason) == (
        EnrolmentStatus.WITHDRAWN,
        dt.date(2026, 3, 1),
        "Moved abroad",
    )


def test_mentors_are_assigned_once(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user(display_name="Kari Nordmann")
    services.enrolments.assign_mentor(e.id, mentor.id)
    again = services.enrolments.assign_mentor(e.id, mentor.id)
    assert [m.display_name for m in again.mentors] == ["Kari Nordmann"]
    viewer = make.user(role=Role.VIEWER)
    with pytest.raises(ValidationError, match="viewer"):
        services.enrolments.assign_mentor(e.id, viewer.id)
    assert services.enrolments.unassign_mentor(e.id, mentor.id).mentors == ()


def test_ticking_a_milestone_done(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id)
    e = make.enrolment(make.cohort(p.id).id)
    m = services.enrolments.milestones(e.id)[0]
    done = services.enrolments.set_milestone_status(
        m.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1), evidence="Notes from 12 calls"
    )
    assert (done.status, done.completed_on, done.evidence) == (
        MilestoneStatus.DONE,
        dt.date(2026, 2, 1),
        "Notes from 12 calls",
    )
    back = services.enrolments.set_milestone_status(m.id, MilestoneStatus.IN_PROGRESS)
    assert (back.completed_on, back.evidence) == (None, "Notes from 12 calls")


@pytest.mark.parametrize(
    ("status", "kwargs", "words"),
    [
        (MilestoneStatus.BLOCKED, {}, "say what blocks"),
        (MilestoneStatus.DONE, {"completed_on": dt.date.today() + dt.timedelta(days=3)}, "future"),
    ],
)
def test_bad_milestone_updates_change_nothing(
    services: Services, make: Factory, status: MilestoneStatus, kwargs: dict, words: str
) -> None:
    p = make.programme()
    make.template(p.id)
    e = make.enrolment(make.cohort(p.id).id)
    m = services.enrolments.milestones(e.id)[0]
    with pytest.raises(ValidationError, match=words):
        services.enrolments.set_milestone_status(m.id, status, **kwargs)
    assert services.enrolments.milestones(e.id)[0] == m


def test_a_mentor_ticks_only_assigned_enrolments(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id)
    cohort = make.cohort(p.id)
    mine, theirs = make.enrolment(cohort.id), make.enrolment(cohort.id)
    mentor = make.user()
    services.enrolments.assign_mentor(mine.id, mentor.id)
    as_mentor = services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR))
    m_mine = services.enrolments.milestones(mine.id)[0]
    m_theirs = services.enrolments.milestones(theirs.id)[0]
    as_mentor.enrolments.set_milestone_status(m_mine.id, MilestoneStatus.IN_PROGRESS)
    with pytest.raises(PermissionDeniedError, match="not assigned"):
        as_mentor.enrolments.set_milestone_status(m_theirs.id, MilestoneStatus.IN_PROGRESS)
    with pytest.raises(PermissionDeniedError):
        as_mentor.enrolments.enrol(cohort.id, make.company().id)
    assert services.enrolments.milestones(theirs.id)[0].status is MilestoneStatus.NOT_STARTED
