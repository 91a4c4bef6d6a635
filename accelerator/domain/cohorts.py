"""Facts about a cohort derived from its dates and status, never stored."""

from __future__ import annotations

import datetime as dt

from accelerator.domain.enums import CohortStatus


def cohort_has_ended(status: CohortStatus, end_date: dt.date, today: dt.date) -> bool:
    """Whether a cohort is over: marked finished, or its last day is behind us (a cohort
    whose coordinator has not yet set it to finished has still ended)."""
    return CohortStatus(status) is CohortStatus.FINISHED or end_date < today
