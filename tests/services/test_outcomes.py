"""A cohort's outcomes, each figure checked against numbers worked out by hand from a
small cohort: three companies, three years of figures, assessments, joint projects,
events and mentor sessions, some of them outside the cohort's time or after the day
asked for. What nobody reported stays None, and each sum says how many reported it."""

from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.enums import (
    AssessmentKind,
    EnrolmentStatus,
    EventKind,
    KpiMetric,
    KpiSource,
    RegistrationStatus,
    SessionKind,
)
from accelerator.errors import PermissionDeniedError
from accelerator.models import Contact, Event, KpiValue, MentorSession, Registration
from accelerator.services import Services
from accelerator.services.base import Actor
from accelerator.services.outcomes import cohort_outcomes
from accelerator.services.projects import PartnerInput, ProjectInput
from tests.factories import DIMENSIONS, Factory

AS_OF = dt.date(2026, 6, 30)
JOINED = dt.date(2026, 1, 5)


def _figures(services: Services, company_id: int, year: int, **values: float) -> None:
    with services.companies._write() as s:
        for name, value in values.items():
            s.add(
                KpiValue(
                    organisation_id=company_id,
                    year=year,
                    quarter=0,
                    metric=KpiMetric(name),
                    value=value,
                    source=KpiSource.ENTERED,
                )
            )


def _attended(
    services: Services, day: dt.date, *who: tuple[int, RegistrationStatus], contact: int = 0
) -> None:
    starts = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
    with services.companies._write() as s:
        event = Event(
            title=f"Event {day}",
            kind=EventKind.SEMINAR,
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=2),
        )
        s.add(event)
        s.flush()
        for n, (org, status) in enumerate(who):
            s.add(
                Registration(
                    event_id=event.id,
                    organisation_id=org,
                    name=f"Person {n}",
                    status=status,
                    registered_at=starts,
                    checked_in_at=starts if status is RegistrationStatus.ATTENDED else None,
                )
            )
        if contact:
            s.add(
                Registration(
                    event_id=event.id,
                    contact_id=contact,
                    status=RegistrationStatus.ATTENDED,
                    registered_at=starts,
                    checked_in_at=starts,
                )
            )


def _session(
    services: Services, enrolment_id: int, mentor_id: int, day: dt.date, minutes: int
) -> None:
    with services.companies._write() as s:
        s.add(
            MentorSession(
                enrolment_id=enrolment_id,
                mentor_id=mentor_id,
                held_on=day,
                minutes=minutes,
                kind=SessionKind.MEETING,
                topic="Export pricing",
            )
        )


def _project(services: Services, title: str, started: dt.date, *partners: int) -> None:
    pid = services.projects.create_project(ProjectInput(title, status_on=started)).id
    for org in partners:
        services.projects.add_partner(pid, PartnerInput(org))


@pytest.fixture
def cohort(services: Services, make: Factory) -> dict[str, int]:
    cohort_id = make.cohort(start_date=JOINED).id
    laks = make.company(name="Fjordlaks AS").id
    bris = make.company(name="Havbris AS").id
    tare = make.company(name="Tare AS").id
    a = services.enrolments.enrol(cohort_id, laks, joined_on=JOINED).id
    b = services.enrolments.enrol(cohort_id, bris, joined_on=JOINED).id
    c = services.enrolments.enrol(cohort_id, tare, joined_on=dt.date(2026, 2, 1)).id
    services.enrolments.set_status(b, EnrolmentStatus.GRADUATED, on=dt.date(2026, 6, 1))
    services.enrolments.set_status(
        c, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 3, 1), reason="Sold to a larger group"
    )

    # Figures: baseline 2025 for all three (enrolled in 2026).
    _figures(services, laks, 2024, fte=8)  # before the baseline: not read
    _figures(services, laks, 2025, fte=10, revenue=5_000_000, equity_raised=1_000_000)
    _figures(
        services,
        laks,
        2026,
        fte=12.5,
        revenue=6_500_000,
        grants_raised=300_000,
        loans_raised=200_000,
    )
    _figures(services, laks, 2027, fte=50, revenue=99_000_000)  # after the day asked for
    _figures(services, bris, 2025, fte=4)  # revenue missing at the baseline
    _figures(services, bris, 2026, fte=3, revenue=900_000)
    with services.companies._write() as s:  # a quarter is not the whole year
        s.add(
            KpiValue(
                organisation_id=tare,
                year=2026,
                quarter=1,
                metric=KpiMetric.FTE,
                value=100,
                source=KpiSource.ENTERED,
            )
        )

    # Readiness: Fjordlaks +2 on customer only; Havbris +2 everywhere; Tare none.
    why = dict.fromkeys(DIMENSIONS, "Seen in the pilot")
    make.assessment(
        a,
        reasons=why,
        levels=dict.fromkeys(DIMENSIONS, 3),
        kind=AssessmentKind.BASELINE,
        assessed_on=dt.date(2026, 1, 10),
    )
    make.assessment(
        a,
        reasons=why,
        levels={**dict.fromkeys(DIMENSIONS, 3), "customer": 5},
        assessed_on=dt.date(2026, 3, 1),
    )
    make.assessment(
        a, reasons=why, levels=dict.fromkeys(DIMENSIONS, 9), assessed_on=dt.date(2026, 8, 1)
    )
    make.assessment(
        b,
        reasons=why,
        levels=dict.fromkeys(DIMENSIONS, 2),
        kind=AssessmentKind.BASELINE,
        assessed_on=dt.date(2026, 1, 10),
    )
    make.assessment(
        b, reasons=why, levels=dict.fromkeys(DIMENSIONS, 4), assessed_on=dt.date(2026, 4, 1)
    )

    # Joint projects: two count (one shared by two companies), three do not.
    _project(services, "Lice sensing", dt.date(2026, 2, 1), laks)
    _project(services, "Shared feed barge", dt.date(2026, 3, 1), laks, bris)
    _project(services, "Before enrolling", dt.date(2025, 6, 1), bris)
    _project(services, "Before Tare joined", dt.date(2026, 1, 15), tare)
    _project(services, "After the day", dt.date(2026, 9, 1), laks)

    # Events: two people of Fjordlaks came to one, Havbris registered but did not come;
    # Havbris's contact came to another; an event before enrolling does not count.
    attended, registered = RegistrationStatus.ATTENDED, RegistrationStatus.REGISTERED
    _attended(
        services, dt.date(2026, 3, 10), (laks, attended), (laks, attended), (bris, registered)
    )
    _attended(services, dt.date(2025, 11, 1), (laks, attended))
    with services.companies._write() as s:
        person = Contact(company_id=bris, name="Kari Nordmann")
        s.add(person)
        s.flush()
        contact = person.id
    _attended(services, dt.date(2026, 4, 1), contact=contact)

    mentor = make.user().id
    _session(services, a, mentor, dt.date(2026, 2, 3), 90)
    _session(services, a, mentor, dt.date(2026, 3, 3), 60)
    _session(services, b, mentor, dt.date(2026, 3, 4), 30)
    _session(services, a, mentor, dt.date(2026, 7, 15), 120)  # after the day asked for
    return {"cohort": cohort_id, "laks": laks, "bris": bris, "tare": tare, "mentor": mentor}


def test_each_outcome_as_worked_out_by_hand(services: Services, cohort: dict[str, int]) -> None:
    o = services.outcomes.cohort(cohort["cohort"], as_of=AS_OF)
    assert (o.enrolled, o.graduated, o.withdrawn) == (3, 1, 1)
    assert o.graduation_rate == pytest.approx(0.5)
    # Jobs: Fjordlaks 10 -> 12.5, Havbris 4 -> 3; Tare reported nothing.
    assert o.jobs_created == pytest.approx(1.5)
    assert o.jobs_reported == 2
    # Revenue: only Fjordlaks has both years.
    assert o.revenue_growth == pytest.approx(1_500_000)
    assert o.revenue_reported == 1
    # Capital since enrolment (2026 on): Fjordlaks's grants and loans; the 2025 equity
    # is its baseline, not since enrolment.
    assert o.capital_raised == pytest.approx(500_000)
    assert o.capital_reported == 1
    # Readiness: customer +2 and +2, the others 0 and +2; overall (2/6 + 2) / 2.
    assert o.readiness_change["customer"] == pytest.approx(2)
    assert o.readiness_change["technology"] == pytest.approx(1)
    assert o.readiness_change_overall == pytest.approx((2 / 6 + 2) / 2)
    assert o.readiness_reported == 2
    assert o.projects_started == 2
    assert (o.events_attended, o.attendances) == (2, 3)
    assert (o.mentor_sessions, o.mentor_minutes, o.mentor_hours) == (3, 180, 3)


def test_per_company_rows_say_what_is_missing(services: Services, cohort: dict[str, int]) -> None:
    o = services.outcomes.cohort(cohort["cohort"], as_of=AS_OF)
    laks, bris, tare = o.companies  # by name
    assert [r.company_name for r in o.companies] == ["Fjordlaks AS", "Havbris AS", "Tare AS"]
    assert (laks.baseline_year, laks.latest_year) == (2025, 2026)
    assert (laks.fte_baseline, laks.fte_latest, laks.fte_change) == (10, 12.5, 2.5)
    assert (laks.revenue_baseline, laks.revenue_latest) == (5_000_000, 6_500_000)
    assert (laks.capital_baseline, laks.capital_latest) == (1_000_000, 500_000)
    assert laks.capital_since_enrolment == 500_000
    assert (laks.projects_started, laks.events_attended, laks.mentor_hours) == (2, 1, 2.5)
    assert laks.readiness_change == pytest.approx(2 / 6)
    assert bris.revenue_baseline is None and bris.revenue_change is None
    assert bris.revenue_latest == 900_000
    assert bris.capital_baseline is None and bris.capital_since_enrolment is None
    assert (bris.projects_started, bris.events_attended, bris.mentor_minutes) == (1, 1, 30)
    # Tare: a quarter's figure is not a year's; nothing at all is known.
    assert tare.latest_year is None
    assert tare.fte_baseline is None and tare.fte_latest is None and tare.fte_change is None
    assert tare.readiness_change is None
    assert (tare.projects_started, tare.events_attended, tare.mentor_minutes) == (0, 0, 0)
    assert tare.status is EnrolmentStatus.WITHDRAWN


def test_an_earlier_day_sees_the_cohort_as_it_stood(
    services: Services, cohort: dict[str, int]
) -> None:
    o = services.outcomes.cohort(cohort["cohort"], as_of=dt.date(2026, 2, 15))
    # Havbris graduated and Tare withdrew later: nobody had finished.
    assert (o.graduated, o.withdrawn, o.graduation_rate) == (0, 0, None)
    assert o.projects_started == 1  # the lice sensing project only
    assert (o.events_attended, o.mentor_minutes) == (0, 90)
    # Figures are yearly: 2026's are read in 2026.
    assert o.jobs_created == pytest.approx(1.5)
    later = services.outcomes.cohort(cohort["cohort"], as_of=dt.date(2027, 12, 31))
    assert later.jobs_created == pytest.approx(40 - 1)  # Fjordlaks's 2027 figures now count


def test_nothing_reported_is_none_not_zero(services: Services, make: Factory) -> None:
    cohort_id = make.cohort().id
    make.enrolment(cohort_id)
    o = services.outcomes.cohort(cohort_id, as_of=AS_OF)
    assert o.enrolled == 1
    assert o.jobs_created is None and o.jobs_reported == 0
    assert o.revenue_growth is None and o.revenue_reported == 0
    assert o.capital_raised is None and o.capital_reported == 0
    assert o.readiness_change_overall is None and dict(o.readiness_change) == {}
    assert o.graduation_rate is None
    empty = services.outcomes.cohort(make.cohort().id, as_of=AS_OF)
    assert (empty.enrolled, empty.companies, empty.jobs_created) == (0, (), None)


def test_read_inside_another_services_session(services: Services, cohort: dict[str, int]) -> None:
    with services.db.read() as s:
        o = cohort_outcomes(s, cohort["cohort"], as_of=AS_OF)
    assert o == services.outcomes.cohort(cohort["cohort"], as_of=AS_OF)


def test_a_mentor_of_another_cohort_may_not_read_them(
    services: Services, make: Factory, cohort: dict[str, int]
) -> None:
    other = make.enrolment()
    mentor = make.user()
    services.enrolments.assign_mentor(other.id, mentor.id)
    theirs = services.acting_as(Actor(mentor.id, mentor.username, mentor.role))
    with pytest.raises(PermissionDeniedError):
        theirs.outcomes.cohort(cohort["cohort"])
    assert theirs.outcomes.cohort(other.cohort_id).enrolled == 1
