"""The company report's joint projects: those the company started or joined during its
enrolment (title, its role, the status, whether and which clusters it crosses), none
from before it joined; 'None' said plainly when there are none; a cohort report's
company sections have no such part."""

from __future__ import annotations

import datetime as dt

from accelerator.domain.enums import PartnerRole, ProjectStatus
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.projects import PartnerInput, ProjectInput
from accelerator.services.reporting import Period
from tests.factories import Factory
from tests.reports.conftest import flat, page_texts

JOINED = dt.date(2026, 1, 12)  # the cohort runs 5 Jan – 26 Jun 2026


def _report(services: Services, enrolment_id: int, language: str = "en", **options: object) -> str:
    pdf = services.reporting.company_report_pdf(enrolment_id, language=language, **options)  # type: ignore[arg-type]
    return flat(" ".join(page_texts(pdf)))


def _project(
    services: Services, title: str, start: dt.date, *partners: tuple[int, PartnerRole]
) -> int:
    projects = services.projects
    made = projects.create_project(
        ProjectInput(title, start_on=start, status=ProjectStatus.RUNNING, status_on=start)
    )
    for organisation, role in partners:
        projects.add_partner(made.id, PartnerInput(organisation, role))
    return made.id


def test_the_projects_started_or_joined_during_the_enrolment(
    services: Services, make: Factory
) -> None:
    company = make.company(name="Fjordsensor AS")
    lab = make.company(name="Havlaben Vest")
    enrolment = make.enrolment(company_id=company.id, joined_on=JOINED)
    sea = services.clusters.create_cluster(ClusterInput("Sjømatklyngen Nord")).id
    subsea = services.clusters.create_cluster(ClusterInput("Subsea Vest")).id
    services.members.join(company.id, sea, joined_on=dt.date(2025, 1, 1))
    services.members.join(lab.id, subsea, joined_on=dt.date(2025, 1, 1))
    _project(
        services, "Lice counting by camera", dt.date(2026, 3, 1),
        (lab.id, PartnerRole.LEAD), (company.id, PartnerRole.PARTNER),
    )  # fmt: skip
    _project(services, "Feed barge sensors", dt.date(2026, 2, 1), (company.id, PartnerRole.LEAD))
    _project(services, "Before it joined", dt.date(2025, 11, 1), (company.id, PartnerRole.LEAD))

    text = _report(services, enrolment.id)
    assert (
        "Joint projects Project Role Status Across clusters Lice counting by camera Partner "
        "Running Yes: Sjømatklyngen Nord, Subsea Vest Feed barge sensors Lead Running No"
    ) in text
    assert "Before it joined" not in text

    # A period that ends before the lice project started leaves it out.
    text = _report(services, enrolment.id, period=Period(None, dt.date(2026, 2, 15)))
    assert "Feed barge sensors" in text and "Lice counting" not in text

    text = _report(services, enrolment.id, language="nb")
    assert "Lice counting by camera" in text and "Sjømatklyngen Nord, Subsea Vest" in text


def test_none_is_said_plainly(services: Services, make: Factory) -> None:
    enrolment = make.enrolment(joined_on=JOINED)
    text = _report(services, enrolment.id)
    assert "Joint projects None: the company started or joined no joint project in this time." in (
        text
    )


def test_the_cohort_reports_sections_have_no_such_part(services: Services, make: Factory) -> None:
    enrolment = make.enrolment(joined_on=JOINED)
    pdf = services.reporting.cohort_report_pdf(enrolment.cohort_id, language="en")
    assert "Joint projects" not in flat(" ".join(page_texts(pdf)))
