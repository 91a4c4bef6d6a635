"""Honest reports: a cohort nobody has assessed yet gets a kick-off report (who is in,
who mentors them, the milestone plan), not pages of dashes and empty charts; a company
never assessed reads "Not assessed yet", never "On track"."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from accelerator.db.open import open_database
from accelerator.reports.charts import format_date
from accelerator.services import Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.reporting import Period, ReportingService
from tests.factories import Factory
from tests.reports.conftest import (
    COMPANIES,
    PLAN,
    PLANNED_COMPANIES,
    PLANNED_START,
    START,
    PlannedWorld,
    World,
    annotations,
    build_planned,
    flat,
    page_texts,
)

#: Ten companies, their mentors and a five-milestone plan: the cover with the companies at a
#: glance, a page with the plan and the mentors, and the profiles four to a page. The
#: progress report of the same cohort was 24 pages of dashes and empty charts.
KICKOFF_MAX_PAGES = 5


@pytest.fixture(scope="module")
def planned(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path
) -> Iterator[PlannedWorld]:
    path = tmp_path_factory.mktemp("planned") / "accelerator.db"
    path.write_bytes(template_database.read_bytes())
    db = open_database(str(path))
    yield build_planned(Services(db))
    db.dispose()


@pytest.fixture(scope="module")
def kickoff_pdf(planned: PlannedWorld) -> bytes:
    return ReportingService(planned.services.db).cohort_report_pdf(planned.cohort.id)


@pytest.fixture(scope="module")
def kickoff_pages(kickoff_pdf: bytes) -> list[str]:
    return page_texts(kickoff_pdf)


@pytest.fixture(scope="module")
def kickoff_text(kickoff_pages: list[str]) -> str:
    return flat(" ".join(kickoff_pages))


def test_the_kickoff_report_is_short(kickoff_pages: list[str]) -> None:
    assert len(kickoff_pages) <= KICKOFF_MAX_PAGES
    total = len(kickoff_pages)
    for number, page in enumerate(kickoff_pages, start=1):
        assert f"Page {number} of {total}" in page


def test_the_cover_says_what_kind_of_report_and_the_status(kickoff_pages: list[str]) -> None:
    cover = flat(kickoff_pages[0])
    assert "KICK-OFF REPORT" in cover
    assert "Status: Planned · 10 companies" in cover
    assert "No company has been assessed yet" in cover


def test_every_company_with_its_contacts_and_mentors(
    planned: PlannedWorld, kickoff_text: str
) -> None:
    for name, contact, email in PLANNED_COMPANIES:
        assert name in kickoff_text
        assert contact in kickoff_text
        assert email in kickoff_text
        for mentor in planned.mentors[name]:
            assert mentor in kickoff_text


def test_the_milestone_plan_with_due_dates_is_printed_once(
    planned: PlannedWorld, kickoff_text: str
) -> None:
    # Every company has the programme's checklist, so the plan is printed once for all.
    first = next(iter(planned.enrolments.values()))
    milestones = planned.services.enrolments.milestones(first.id)
    assert [m.title for m in milestones] == [title for title, _, _ in PLAN]
    assert "Every company has the same checklist" in kickoff_text
    for m in milestones:
        assert m.due_date is not None
        assert kickoff_text.count(m.title) == 1, m.title
        assert f"{m.title}" in kickoff_text and format_date(m.due_date) in kickoff_text


def test_no_judgement_and_no_empty_charts(kickoff_text: str) -> None:
    assert "On track" not in kickoff_text
    for empty in (
        "Readiness levels by company and dimension",
        "Distribution of levels per dimension",
        "Baseline and latest",
        "Levels over time",
        "Readiness by dimension",
        "not assessed yet.",  # the readiness table's row of dashes
        "Mean readiness",
    ):
        assert empty not in kickoff_text, empty


def test_a_company_outside_the_common_plan_gets_its_own(
    tmp_path: Path, template_database: Path
) -> None:
    path = tmp_path / "own-plan.db"
    path.write_bytes(template_database.read_bytes())
    db = open_database(str(path))
    try:
        world = build_planned(Services(db))
        odd_name = PLANNED_COMPANIES[3][0]
        odd = world.enrolments[odd_name]
        world.services.enrolments.add_milestone(
            odd.id,
            "Export licence for Japan",
            "custom",
            due_date=PLANNED_START + dt.timedelta(weeks=10),
        )
        text = flat(" ".join(page_texts(ReportingService(db).cohort_report_pdf(world.cohort.id))))
    finally:
        db.dispose()
    assert "Export licence for Japan" in text
    assert "Every company has the same checklist" not in text
    assert f"Checklist of {odd_name}" in text


def test_the_company_report_of_a_company_never_assessed(planned: PlannedWorld) -> None:
    name = PLANNED_COMPANIES[0][0]
    pdf = ReportingService(planned.services.db).company_report_pdf(planned.enrolments[name].id)
    text = flat(" ".join(page_texts(pdf)))
    assert name in text
    assert "Not assessed yet" in text
    assert "On track" not in text
    assert "Baseline and latest" not in text  # no empty radar
    for title, _, _ in PLAN:
        assert title in text
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_a_period_before_any_assessment_is_a_kickoff(world: World) -> None:
    reporting = ReportingService(world.services.db)
    before = Period(end=START + dt.timedelta(days=1))  # the baselines came on day 3
    assert reporting.cohort_report_plan(world.cohort.id, period=before).kind == "kickoff"
    text = flat(" ".join(page_texts(reporting.cohort_report_pdf(world.cohort.id, period=before))))
    assert "KICK-OFF REPORT" in text
    assert f"No company had been assessed by {format_date(before.end)}" in text
    assert "Readiness levels by company and dimension" not in text
    assert "On track" not in text

    after = Period(end=START + dt.timedelta(days=4))
    plan = reporting.cohort_report_plan(world.cohort.id, period=after)
    assert (plan.kind, plan.assessed, plan.companies) == ("progress", 3, 3)


def test_unassessed_companies_in_a_progress_report(world: World) -> None:
    services = world.services
    late = services.companies.create_company(CompanyInput(name="Sent Påmeldt AS"))
    services.enrolments.enrol(world.cohort.id, late.id, joined_on=dt.date.today())
    reporting = ReportingService(services.db)
    plan = reporting.cohort_report_plan(world.cohort.id)
    assert (plan.kind, plan.assessed, plan.companies) == ("progress", 3, 4)

    pages = page_texts(reporting.cohort_report_pdf(world.cohort.id))
    text = flat(" ".join(pages))
    assert "COHORT REPORT" in text and "Status: Planned · 4 companies" in text

    summary = flat(next(p for p in pages if "Summary" in p and "Gap" in p))
    assert "Sent Påmeldt AS Not assessed yet" in summary

    charts = flat(next(p for p in pages if "Cohort charts" in p and "Distribution" in p))
    note = "Not assessed yet, so left out of this chart: Sent Påmeldt AS."
    assert note in charts
    heatmap = charts.split("Readiness levels by company and dimension")[1].split(
        "Distribution of levels per dimension"
    )[0]
    assert "Sent Påmeldt AS" not in heatmap.replace(note, "")
    for name, _ in COMPANIES:
        assert flat(name)[:20] in heatmap

    section = flat(next(p for p in pages if "Sent Påmeldt AS" in p and "READINESS INDEX" in p))
    assert "Not assessed yet" in section and "On track" not in section
    assert "Baseline and latest" not in section


def test_names_in_the_kickoff_and_the_chart_notes_print_as_typed(
    world: World, make: Factory
) -> None:
    """The kick-off's tables and the charts' "left out" note carry names a person typed."""
    hostile = '<font size=72>AT&T <b> <a href="file:///etc/passwd">Fisk'
    services = world.services
    programme = make.programme()
    make.template(programme.id, "<img src='/etc/hosts'> & interviews")
    cohort = make.cohort(programme.id)
    company = make.company(name=hostile)
    services.companies.add_contact(company.id, ContactInput("Ola <b>", "CEO & <i>", "ola@x.no"))
    enrolment = services.enrolments.enrol(cohort.id, company.id)
    services.enrolments.assign_mentor(enrolment.id, world.mentor.id)
    services.enrolments.enrol(world.cohort.id, company.id)
    reporting = ReportingService(services.db)
    for pdf in (
        reporting.cohort_report_pdf(cohort.id),  # a kick-off
        reporting.cohort_report_pdf(world.cohort.id),  # it is left out of the charts
    ):
        assert annotations(pdf) == 0
        text = flat(" ".join(page_texts(pdf)))
        assert hostile in text
    assert "<img src='/etc/hosts'> & interviews" in flat(
        " ".join(page_texts(reporting.cohort_report_pdf(cohort.id)))
    )
