"""The annual report's PDF and workbook over the demo with three years of member figures
and mentor sessions: they show the same numbers (every table row of the PDF is the
workbook's, and the workbook lists as many records behind each figure as the figure
counts); a figure no one reported is written as missing, in both; every page has its
header, footer and page number; in bokmål the words are Norwegian; the command line writes
the PDF and the workbook beside it."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import replace
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from accelerator import i18n
from accelerator.cli import main
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.reports.annual_report import (
    AnnualReportData,
    build_annual_report,
    figure_text,
)
from accelerator.reports.annual_workbook import (
    SHEET_NAME_LIMIT,
    build_annual_workbook,
    figure_numbers,
)
from accelerator.services import Services
from accelerator.services.annual_report import AnnualReportService
from tests.reports.conftest import flat, page_texts
from tests.services.test_annual_report import YEAR, fill

#: The bokmål of the words the test looks for, as the lead will add them.
WORDS = [
    ("Reports", "Annual report", "Årsrapport"),
    ("Reports", "The year {0}", "Året {0}"),
    ("Reports", "missing", "mangler"),
    ("Reports", "The year in figures", "Året i tall"),
    ("Reporting", "Members", "Medlemmer"),
    ("Reporting", "Our clusters", "Våre klynger"),
    ("Reporting", "Mentor hours", "Mentortimer"),
    ("Reports", "Records", "Grunnlag"),
    ("Reports", "Summary", "Sammendrag"),
]


def bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = Catalogue("nb")
    catalogue.messages = dict(i18n.catalogue("nb").messages)
    for context, source, nb in WORDS:
        message = Message(context, source, forms=(nb,))
        catalogue.messages[message.key] = replace(message, finished=True)
    monkeypatch.setitem(i18n._catalogues, "nb", catalogue)


@pytest.fixture
def world(demo: Services) -> Services:
    fill(demo)
    return demo


def service(services: Services) -> AnnualReportService:
    return AnnualReportService(services.db, services.actor)


def data_of(services: Services, language: str = "en") -> AnnualReportData:
    return service(services).annual_report_data(YEAR, language=language)


def test_the_pdf_and_the_workbook_show_the_same_numbers(world: Services) -> None:
    data = data_of(world)
    with i18n.speaking("en"):
        pdf = build_annual_report(data)
        xlsx = build_annual_workbook(data)
        numbers = figure_numbers(data)
        text = flat(" ".join(page_texts(pdf)))
        book = openpyxl.load_workbook(io.BytesIO(xlsx))
        for part in data.sections:
            sheet = book[(part.short or part.title)[:SHEET_NAME_LIMIT]]
            cells = {
                str(row[0].value): row for row in sheet.iter_rows() if row[0].value is not None
            }
            for table in part.tables:
                for line in table.rows:
                    shown = " ".join(figure_text(c) for c in line.cells if c is not None)
                    assert flat(f"{line.label} {shown}") in text, (table.title, line.label)
                    row = cells[line.label]
                    for cell, figure in zip(row[1:], line.cells, strict=False):
                        if figure is None:
                            continue
                        if figure.value is None:
                            assert cell.value == "missing"
                        else:
                            assert cell.value == pytest.approx(figure.value), figure.label
        # The Records sheet: each figure's records, as many as it counts, linked from its cell.
        records = book["Records"]
        listed: Counter[str] = Counter()
        values: dict[str, object] = {}
        for row in records.iter_rows(min_row=2, values_only=True):
            if row[0] is None:
                continue
            if row[5] != "(no records)":
                listed[str(row[0])] += 1
            values[str(row[0])] = row[2]
        for figure in data.figures():
            number = numbers[figure.key]
            assert listed[number] == len(figure.records), figure.label
            if figure.value is None:
                assert values[number] == "missing"
            else:
                assert values[number] == pytest.approx(figure.value)
    # A count is the number of its records: "which 14 organisations?" has 14 answers.
    members = data.figure("members.end")
    assert members.value == len(members.records) > 0
    summary = book[book.sheetnames[0]]
    link = next(
        row[1].hyperlink
        for row in summary.iter_rows()
        if row[0].value == (members.short or members.label) and row[1].hyperlink is not None
    )
    first = int(link.location.rsplit("!A", 1)[1])
    assert records.cell(first, 1).value == numbers[members.key]
    assert records.cell(first, 6).value == members.records[0].name


def test_the_service_gives_both_from_one_reading(world: Services, tmp_path: Path) -> None:
    pdf, xlsx = service(world).write_annual_report(
        tmp_path / "annual.pdf", YEAR, workbook=tmp_path / "annual.xlsx", language="en"
    )
    assert pdf is not None and xlsx is not None
    text = flat(" ".join(page_texts(pdf.read_bytes())))
    data = data_of(world)
    revenue = data.figure("figures.revenue")
    book = openpyxl.load_workbook(xlsx)
    row = next(r for r in book["The members' figures"].iter_rows() if r[0].value == "Revenue")
    assert row[1].value == pytest.approx(revenue.value)
    with i18n.speaking("en"):
        assert flat(f"Revenue {figure_text(revenue)}") in text


def test_a_figure_no_one_reported_is_missing_not_zero(world: Services) -> None:
    data = data_of(world)
    patents = data.figure("figures.patents_filed")
    assert patents.value is None and not patents.records
    with i18n.speaking("en"):
        text = flat(" ".join(page_texts(build_annual_report(data))))
    assert "Patents filed missing 0 " in text
    book = openpyxl.load_workbook(io.BytesIO(build_annual_workbook(data)))
    row = next(r for r in book["The members' figures"].iter_rows() if r[0].value == "Patents filed")
    assert row[1].value == "missing"


def test_every_page_has_its_header_and_number(world: Services) -> None:
    pages = page_texts(service(world).annual_report_pdf(YEAR, language="en"))
    assert len(pages) >= 8, "a cover and summary, then a page per section"
    first = flat(pages[0])
    assert f"ANNUAL REPORT The year {YEAR} Our clusters" in first
    assert "The year in figures" in first
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert "Generated on" in page and f"31 December {YEAR}" in page
    for title in ("Members", "Events", "Meetings", "Joint projects and funding",
                  "Acceleration programmes", "Mentor hours", "The members' figures"):  # fmt: skip
        assert any(flat(p).startswith(f"Annual report · Our clusters {title}") or
                   f" {title} " in flat(p) for p in pages[1:]), title  # fmt: skip


def test_the_workbooks_sheet_names_are_ones_excel_takes(world: Services) -> None:
    book = openpyxl.load_workbook(io.BytesIO(service(world).annual_workbook(YEAR, language="nb")))
    names = book.sheetnames
    assert len(names) == 9  # the summary, a sheet per section, the records
    assert all(len(n) <= SHEET_NAME_LIMIT for n in names)
    assert len({n.casefold() for n in names}) == len(names)


def test_in_bokmal(world: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    bokmal(monkeypatch)
    data = data_of(world, "nb")
    with i18n.speaking("nb"):
        text = flat(" ".join(page_texts(build_annual_report(data))))
        hours = figure_text(data.figure("sessions.hours"))
    assert f"ÅRSRAPPORT Året {YEAR} Våre klynger" in text
    assert "Året i tall" in text and "Side 1 av" in text and "mangler" in text
    assert "," in hours or hours.isdigit(), "a decimal comma"
    assert "The year in figures" not in text and "Our clusters" not in text
    book = openpyxl.load_workbook(io.BytesIO(service(world).annual_workbook(YEAR, language="nb")))
    assert book.sheetnames[0] == "Sammendrag" and book.sheetnames[-1] == "Grunnlag"


def test_the_command_line_writes_the_pdf_and_the_workbook(
    world: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world.db.dispose()
    out = tmp_path / "annual.pdf"
    args = ["--db", str(db_path), "--lang", "en", "report", "annual"]
    assert main([*args, "--year", str(YEAR), "-o", str(out)]) == 0
    assert out.exists() and (tmp_path / "annual.xlsx").exists()
    assert f"ANNUAL REPORT The year {YEAR}" in flat(" ".join(page_texts(out.read_bytes())))
    said = capsys.readouterr().out
    assert "annual.pdf" in said and "annual.xlsx" in said
    # One cluster, the workbook where asked, mentor hours valued.
    other = tmp_path / "elsewhere.xlsx"
    one = tmp_path / "one.pdf"
    assert (
        main([*args, "--year", str(YEAR), "--cluster", "Vestkyst Ocean Technology Cluster, Bergen",
              "--xlsx", str(other), "--hourly-rate", "950", "-o", str(one)])
        == 0
    )  # fmt: skip
    text = flat(" ".join(page_texts(one.read_bytes())))
    assert f"The year {YEAR} Vestkyst Ocean Technology Cluster, Bergen" in text
    assert "Our clusters" not in text and "valued at 950 kroner an hour" in text
    assert other.exists() and not (tmp_path / "one.xlsx").exists()
    for bad in (["--year", "26"], ["--year", str(YEAR), "--hourly-rate", "-5"]):
        with pytest.raises(SystemExit):
            main([*args, *bad, "-o", str(out)])


def test_a_year_with_nothing_says_so(world: Services) -> None:
    data = service(world).annual_report_data(1995, language="en")
    assert data.figure("members.end").value == 0
    assert data.figure("figures.revenue").value is None
    with i18n.speaking("en"):
        text = flat(" ".join(page_texts(build_annual_report(data))))
    assert "The clusters hosted no event in 1995." in text
    assert "No mentor session was logged in 1995." in text
    assert dt.date(1995, 1, 1).year == 1995


def test_the_demos_annual_report_is_full(demo: Services) -> None:
    """The demo has three years of figures and sessions: its cluster's report of this year
    has every key figure, every table and no member figure missing but those it leaves out
    on purpose."""
    data = service(demo).annual_report_data(YEAR, language="en")
    for figure in data.summary:
        assert figure.value, f"{figure.label} is {figure.value} in the demo"
    for part in data.sections:
        for table in part.tables:
            assert table.rows, f"{table.title} is empty in the demo"
    reported = [data.figure(f"figures.{m}") for m in ("revenue", "fte", "rnd_spend")]
    assert all(f.value and len(f.records) >= 5 for f in reported)
    assert data.figure("programmes.jobs").value is not None
    assert data.figure("sessions.hours").value == pytest.approx(
        sum(r.value or 0 for r in data.figure("sessions.hours").records)
    )
