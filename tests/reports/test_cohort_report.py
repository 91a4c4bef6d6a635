"""The cohort and company reports read back as a reader sees them: pages, names, levels,
milestones, the contents with their page numbers, Norwegian letters."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from accelerator.services.reporting import ReportingService
from tests.reports.conftest import (
    COMPANIES,
    MILESTONES,
    SECRET,
    TODAY,
    World,
    annotations,
    flat,
    page_texts,
    xobject_subtypes,
)


@pytest.fixture(scope="module")
def cohort_pdf(shared_world: World) -> bytes:
    reporting = ReportingService(shared_world.services.db)
    return reporting.cohort_report_pdf(shared_world.cohort.id, today=TODAY)


@pytest.fixture(scope="module")
def pages(cohort_pdf: bytes) -> list[str]:
    return page_texts(cohort_pdf)


@pytest.fixture(scope="module")
def text(pages: list[str]) -> Iterator[str]:
    yield flat(" ".join(pages))


def test_every_page_has_its_header_and_footer(pages: list[str]) -> None:
    total = len(pages)
    assert total >= 2 + 1 + 1 + len(COMPANIES)  # cover, contents, summary, charts, companies
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Generated on" in page
        if number > 1:  # the cover's band says it in large type instead
            assert "Havrom Akselerator · Vår 2026" in page


def test_every_company_and_milestone_is_there(text: str) -> None:
    for name, _ in COMPANIES:
        assert flat(name) in text
    for title in MILESTONES:
        assert title in text
    assert "Overdue" in text and "Blocked: Waiting for the investor." in text
    assert "Interview log with 10 farmers (Frøya, Hitra, Smøla)." in text


def test_norwegian_letters_survive(text: str) -> None:
    for word in ("Ærfugl", "Øyvind", "Åsen", "Havbølge", "Bjørn Åsheim", "Vår 2026", "æ", "ø"):
        assert word in text


def test_levels_and_change_since_baseline_are_printed(pages: list[str]) -> None:
    summary = next(p for p in pages if "Summary" in p and "Gap" in p)
    # Customer went from 2 to 4 for every company: "4 ↑2" in the summary table.
    assert flat(summary).count("4 ↑2") == len(COMPANIES)
    section = flat(next(p for p in pages if "Readiness by dimension" in p))
    assert "Customer 4 +2" in section
    assert "Why: Two paying pilots with fish farmers." in section


def test_contents_give_the_page_each_section_starts_on(cohort_pdf: bytes, pages: list[str]) -> None:
    # As a reader sees the page: the numbers are set in once the whole report is laid out,
    # so only the layout-ordered text puts each beside its title.
    reader = pypdf.PdfReader(io.BytesIO(cohort_pdf))
    contents = flat(reader.pages[1].extract_text(extraction_mode="layout"))
    assert "Contents" in contents
    for title in ("Summary", "Cohort charts", "Companies"):
        assert re.search(rf"{title} \d+", contents)
    for name, _ in COMPANIES:
        # A long name wraps in the contents; its page number follows the last words.
        tail = flat(name).split()[-3:]
        match = re.search(re.escape(" ".join(tail)) + r" (\d+)", contents)
        assert match, name
        page = int(match.group(1))
        starts = flat(pages[page - 1])
        assert flat(name) in starts
        assert "Readiness index".upper() in starts
        # and the section did not start a page earlier
        assert "Readiness index".upper() not in flat(pages[page - 2]) or flat(name) not in flat(
            pages[page - 2]
        )


def test_the_outline_lists_every_section(cohort_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(cohort_pdf))
    titles = []
    for item in reader.outline:
        if isinstance(item, list):
            titles += [child.title for child in item]
        else:
            titles.append(item.title)
    assert titles[:4] == ["Summary", "Outcomes", "Cohort charts", "Companies"]
    assert sorted(flat(name) for name, _ in COMPANIES) == titles[4:]  # by name, as listed


def test_no_links_no_images_and_no_confidential_notes(cohort_pdf: bytes, text: str) -> None:
    assert annotations(cohort_pdf) == 0
    assert "/Image" not in xobject_subtypes(cohort_pdf)
    assert SECRET not in text
    assert "INTERNAL" not in text


def test_charts_are_in_the_report(text: str) -> None:
    for heading in (
        "Readiness levels by company and dimension",
        "Distribution of levels per dimension",
        "Milestones done per company",
        "Baseline and latest",
        "Levels over time",
    ):
        assert heading in text


def test_company_report_and_letter_pages(shared_world: World, tmp_path: Path) -> None:
    reporting = ReportingService(shared_world.services.db)
    enrolment = shared_world.enrolments["Havbølge Sensorikk AS"]
    path = reporting.write_company_report(
        enrolment.id, tmp_path / "havbølge.pdf", page_size="Letter", today=TODAY
    )
    pdf = path.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = flat(" ".join(page_texts(pdf)))
    assert "COMPANY PROGRESS REPORT" in text
    assert "Havbølge Sensorikk AS" in text
    assert "Org. no. 926 314 572" in text
    for title in MILESTONES:
        assert title in text
    assert "Confidential notes are not included in this report." in text
    assert list(tmp_path.iterdir()) == [path]
