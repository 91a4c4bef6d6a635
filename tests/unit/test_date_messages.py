"""A date the services put in a message reads as the fields show it ("7 Dec 2026"), not as
ISO; data files keep ISO (finding 9 of issue #13)."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from accelerator.cli.common import date_argument as _day
from accelerator.domain.enums import EnrolmentStatus
from accelerator.errors import ValidationError
from accelerator.services import Services
from accelerator.services.programmes import CohortInput
from tests.factories import Factory


def test_a_cohort_ending_before_it_starts_names_the_start_as_the_fields_do(
    services: Services, make: Factory
) -> None:
    programme = make.programme()
    cohort = CohortInput(programme.id, "Winter 2026", dt.date(2026, 12, 7), dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as refused:
        services.programmes.create_cohort(cohort)
    assert refused.value.problems == {"end_date": "must be after the start date (7 Dec 2026)"}
    assert services.programmes.list_cohorts(programme.id) == []


def test_a_withdrawal_before_joining_names_the_joining_day(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment(joined_on=dt.date(2026, 3, 2))
    with pytest.raises(ValidationError) as refused:
        services.enrolments.set_status(
            enrolment.id, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 2, 27), reason="Moved"
        )
    assert refused.value.problems == {"date": "must not be before the company joined (2 Mar 2026)"}
    assert services.enrolments.get_enrolment(enrolment.id).status is EnrolmentStatus.ACTIVE


def test_an_assessment_before_joining_names_the_joining_day(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment(joined_on=dt.date(2026, 3, 2))
    with pytest.raises(ValidationError) as refused:
        make.assessment(enrolment.id, assessed_on=dt.date(2026, 3, 1))
    assert refused.value.problems["assessed_on"] == (
        "must not be before the company joined the cohort (2 Mar 2026)"
    )


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2026-11-01", dt.date(2026, 11, 1)), ("1.11.2026", dt.date(2026, 11, 1))],
)
def test_the_command_line_takes_the_dates_the_window_takes(typed: str, day: dt.date) -> None:
    assert _day(typed) == day


def test_the_command_line_says_why_a_date_is_refused() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        _day("31.11.2026")
    assert str(refused.value) == "'31.11.2026' is not a date: November 2026 has 30 days"
