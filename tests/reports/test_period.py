"""A report limited to a period: levels as they stood at its end, notes from within it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accelerator.errors import ValidationError
from accelerator.services.reporting import Period, ReportingService
from tests.reports.conftest import COMPANIES, START, World, flat, page_texts


def test_levels_stand_as_at_the_end_of_the_period(world: World) -> None:
    reporting = ReportingService(world.services.db)
    enrolment = world.enrolments[COMPANIES[1][0]]
    before_progress = Period(end=START + dt.timedelta(days=30))
    data = reporting.company_report_data(enrolment.id, period=before_progress)
    customer = next(s for s in data.standings if s.key == "customer")
    assert (customer.level, customer.change) == (2, 0)  # the progress assessment came later
    assert [n.notes for n in data.assessments] == [
        f"Baseline for {COMPANIES[1][0]}: strong technology, few customers."
    ]
    full = reporting.company_report_data(enrolment.id)
    assert next(s for s in full.standings if s.key == "customer").level == 4


def test_notes_outside_the_period_are_left_out_and_the_period_is_printed(world: World) -> None:
    reporting = ReportingService(world.services.db)
    period = Period(start=START + dt.timedelta(days=30), end=START + dt.timedelta(days=70))
    pdf = reporting.cohort_report_pdf(world.cohort.id, period=period)
    text = flat(" ".join(page_texts(pdf)))
    assert "Progress: pilots signed" in text
    assert "Baseline for" not in text
    assert f"Period {period.text}" in text


def test_a_period_that_ends_before_it_starts_is_refused(world: World) -> None:
    backwards = Period(start=START, end=START - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="ends before it starts"):
        ReportingService(world.services.db).cohort_report_data(world.cohort.id, period=backwards)


def test_the_command_line_takes_a_period(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accelerator.cli import main

    out = tmp_path / "period.pdf"
    db = str(world.services.db.path)
    to = (START + dt.timedelta(days=30)).isoformat()
    code = main(
        [
            "--data-dir",
            str(tmp_path),
            "--db",
            db,
            "report",
            "cohort",
            "Vår 2026",
            "-o",
            str(out),
            "--to",
            to,
        ]
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "Progress: pilots signed" not in flat(" ".join(page_texts(out.read_bytes())))
    with pytest.raises(SystemExit) as bad:
        main(
            [
                "--data-dir",
                str(tmp_path),
                "--db",
                db,
                "report",
                "cohort",
                "Vår 2026",
                "-o",
                str(out),
                "--to",
                "soon",
            ]
        )
    assert bad.value.code == 2 and "is not a date" in capsys.readouterr().err
