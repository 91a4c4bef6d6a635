"""When a cohort counts as over."""

from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.cohorts import cohort_has_ended
from accelerator.domain.enums import CohortStatus

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("status", "end_date", "ended"),
    [
        (CohortStatus.RUNNING, TODAY, False),  # its last day is today
        (CohortStatus.PLANNED, dt.date(2027, 6, 30), False),
        (CohortStatus.RUNNING, TODAY - dt.timedelta(days=1), True),  # not yet marked finished
        (CohortStatus.FINISHED, dt.date(2027, 6, 30), True),  # finished early
    ],
)
def test_a_cohort_has_ended_when_finished_or_past_its_last_day(
    status: CohortStatus, end_date: dt.date, ended: bool
) -> None:
    assert cohort_has_ended(status, end_date, TODAY) is ended
