"""The cohort report's outcomes, read back from the PDF as a reader sees them: the cohort's
figures with how many reported them, each company's figures then and now, and "missing"
where a company reported nothing (never 0)."""

from __future__ import annotations

import io

import pypdf
import pytest

from accelerator.services import Services
from accelerator.services.reporting import ReportingService
from tests.reports.conftest import COMPANIES, TODAY, World, build_world, flat, page_texts

AERFUGL, HAVBOLGE, LONG = (name for name, _ in COMPANIES)


@pytest.fixture
def world(services: Services) -> World:
    world = build_world(services)
    figures = services.figures
    for name, then, now in (
        (AERFUGL, {"fte": 4, "revenue": 2_000_000}, {"fte": 6.5, "revenue": 3_300_000}),
        (HAVBOLGE, {"fte": 9, "equity_raised": 1_500_000}, {"fte": 8, "grants_raised": 400_000}),
    ):
        enrolment = world.enrolments[name]
        baseline = enrolment.joined_on.year - 1
        figures.record(enrolment.company_id, baseline, then)
        figures.record(enrolment.company_id, TODAY.year, now)
    return world


def outcomes_page(pdf: bytes) -> str:
    pages = [flat(p) for p in page_texts(pdf)]
    found = [p for p in pages if "Each company's figures" in p]
    assert len(found) == 1
    return found[0]


def test_the_outcomes_section_prints_the_cohorts_figures_and_each_companys(
    world: World,
) -> None:
    pdf = ReportingService(world.services.db).cohort_report_pdf(world.cohort.id, today=TODAY)
    page = outcomes_page(pdf)
    # The cohort: FTE 4 -> 6.5 and 9 -> 8; revenue of Ærfugl only; capital since
    # enrolment of Havbølge only (its baseline's equity is not since enrolment).
    assert "JOBS CREATED +1.5 full-time equivalents · 2 of 3 reported" in page
    assert "REVENUE GROWTH +1.3 million kr since the baseline · 1 of 3 reported" in page
    assert "CAPITAL RAISED 400,000 kr since enrolment · 1 of 3 reported" in page
    assert "GRADUATION RATE none finished 0 graduated, 0 withdrew" in page

    aerfugl = world.enrolments[AERFUGL].joined_on.year - 1
    # Each company: years, FTE then, now, change; revenue then, now, change (thousands);
    # capital then, now, total since enrolment.
    assert (
        f"Ærfugl Øyvind & Åsen AS {aerfugl} → {TODAY.year} 4 6.5 +2.5 2,000 3,300 +1,300 "
        "missing missing missing"
    ) in page
    havbolge = world.enrolments[HAVBOLGE].joined_on.year - 1
    assert (
        f"Havbølge Sensorikk AS {havbolge} → {TODAY.year} 9 8 −1 missing missing – 1,500 400 400"
    ) in page
    # The third company reported nothing: every figure missing, no change, no 0.
    last = world.enrolments[LONG].joined_on.year - 1
    assert f"{last} → – missing missing – missing missing – missing missing missing" in page


def test_the_outcomes_are_in_the_contents_and_the_outline(world: World) -> None:
    pdf = ReportingService(world.services.db).cohort_report_pdf(world.cohort.id, today=TODAY)
    pages = [flat(p) for p in page_texts(pdf)]
    assert "Summary Outcomes Cohort charts" in next(p for p in pages if "Contents" in p)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    (entry,) = [item for item in reader.outline if getattr(item, "title", "") == "Outcomes"]
    page = reader.get_destination_page_number(entry)
    assert pages[page] == outcomes_page(pdf)
