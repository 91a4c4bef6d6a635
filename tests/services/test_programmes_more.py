"""Enrolling several companies at once, a new company in place, and what applying a
template would touch: each one transaction, nothing half-saved."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, MilestoneStatus, Role
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.services import Actor, Services
from accelerator.services.companies import CompanyInput
from tests.factories import Factory, org_number


def _count(services: Services, table: str) -> int:
    with services.db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_enrol_new_company_registers_and_enrols_it(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id, "Interviews", "Pitch deck")
    cohort = make.cohort(p.id, start_date=dt.date(2026, 1, 5))
    e = services.enrolments.enrol_new_company(
        cohort.id, CompanyInput("Tareskog AS", org_number=org_number(70), sector="Aquaculture")
    )
    assert e.company_name == "Tareskog AS"
    assert e.joined_on == dt.date(2026, 1, 5)
    company = services.companies.get_company(e.company_id)
    assert (company.org_number, company.sector) == (org_number(70), "Aquaculture")
    assert [m.title for m in services.enrolments.milestones(e.id)] == ["Interviews", "Pitch deck"]


def test_a_refused_new_company_leaves_nothing_behind(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    with pytest.raises(ValidationError) as caught:
        services.enrolments.enrol_new_company(cohort.id, CompanyInput("", org_number="123456789"))
    assert set(caught.value.problems) == {"name", "org_number"}
    assert _count(services, "companies") == 0
    assert _count(services, "enrolments") == 0


def test_a_new_company_whose_number_is_taken_is_not_created(
    services: Services, make: Factory
) -> None:
    cohort = make.cohort()
    make.company(name="Havbris AS", org_number=org_number(80))
    with pytest.raises(ValidationError, match="already registered to Havbris AS"):
        services.enrolments.enrol_new_company(
            cohort.id, CompanyInput("Havbris II AS", org_number=org_number(80))
        )
    assert _count(services, "companies") == 1
    assert _count(services, "enrolments") == 0


def test_a_new_company_for_a_missing_cohort_is_not_created(services: Services) -> None:
    with pytest.raises(Exception, match="cohort 999 does not exist"):
        services.enrolments.enrol_new_company(999, CompanyInput("Lonely AS"))
    assert _count(services, "companies") == 0


def test_enrol_companies_enrols_all_on_one_day(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    a, b = make.company(name="A AS"), make.company(name="B AS")
    joined = dt.date(2026, 2, 2)
    records = services.enrolments.enrol_companies(cohort.id, [a.id, b.id], joined)
    assert [(r.company_name, r.joined_on) for r in records] == [
        ("A AS", joined),
        ("B AS", joined),
    ]
    assert services.programmes.get_cohort(cohort.id).enrolment_count == 2


def test_enrol_companies_is_all_or_nothing(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    a, b = make.company(name="A AS"), make.company(name="B AS")
    services.enrolments.enrol(cohort.id, b.id)
    with pytest.raises(ValidationError, match="B AS is already enrolled"):
        services.enrolments.enrol_companies(cohort.id, [a.id, b.id])
    assert [e.company_name for e in services.enrolments.list_enrolments(cohort_id=cohort.id)] == [
        "B AS"
    ]


def test_enrol_companies_needs_at_least_one(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    with pytest.raises(ValidationError, match="at least one company"):
        services.enrolments.enrol_companies(cohort.id, [])


def test_only_coordinators_enrol(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    company = make.company()
    mentor = services.acting_as(Actor(None, "mentor", Role.MENTOR))
    with pytest.raises(PermissionDeniedError):
        mentor.enrolments.enrol_companies(cohort.id, [company.id])
    with pytest.raises(PermissionDeniedError):
        mentor.enrolments.enrol_new_company(cohort.id, CompanyInput("New AS"))
    assert _count(services, "enrolments") == 0
    assert _count(services, "companies") == 1


def test_checklists_to_update_counts_active_enrolments_of_unfinished_cohorts(
    services: Services, make: Factory
) -> None:
    p = make.programme()
    running = make.cohort(p.id, status=CohortStatus.RUNNING)
    finished = make.cohort(
        p.id,
        status=CohortStatus.FINISHED,
        start_date=dt.date(2025, 1, 6),
        end_date=dt.date(2025, 6, 1),
    )
    make.enrolment(running.id)
    gone = make.enrolment(running.id)
    make.enrolment(finished.id)
    make.enrolment(make.cohort().id)  # another programme
    services.enrolments.set_status(
        gone.id, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 2, 1), reason="Sold"
    )
    assert services.enrolments.checklists_to_update(p.id) == 1
    make.template(p.id, "Interviews")
    applied = services.enrolments.apply_template(p.id)
    assert applied.enrolments == 1


def test_enrol_still_copies_the_template_after_the_refactor(
    services: Services, make: Factory
) -> None:
    p = make.programme()
    make.template(p.id, "Interviews")
    e = make.enrolment(make.cohort(p.id).id)
    (m,) = services.enrolments.milestones(e.id)
    assert (m.title, m.status) == ("Interviews", MilestoneStatus.NOT_STARTED)


def test_when_enrolling_fails_the_new_company_is_not_kept(
    services: Services, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The company is written first; a failure while enrolling it undoes that write too."""
    from accelerator.services import enrolments

    cohort = make.cohort()

    def refuse(*_args: object) -> None:
        raise ValidationError("the cohort is full", field="company")

    monkeypatch.setattr(enrolments, "_enrol", refuse)
    with pytest.raises(ValidationError, match="the cohort is full"):
        services.enrolments.enrol_new_company(cohort.id, CompanyInput("Tareskog AS"))
    assert _count(services, "companies") == 0
