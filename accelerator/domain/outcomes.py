"""The rules of outcomes that every layer shares: which year is a company's baseline,
how a change since the baseline is counted, and what is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from accelerator.domain.enums import KpiMetric


def baseline_year(joined_on: dt.date) -> int:
    """The year whose figures are a company's baseline: the one before it enrolled."""
    return joined_on.year - 1


def change_since(baseline: float | None, latest: float | None) -> float | None:
    """``latest`` less ``baseline``; None when either is missing (never counted as 0)."""
    if baseline is None or latest is None:
        return None
    return latest - baseline


#: Capital raised is the sum of its three kinds.
CAPITAL_METRICS: tuple[KpiMetric, ...] = (
    KpiMetric.EQUITY_RAISED,
    KpiMetric.GRANTS_RAISED,
    KpiMetric.LOANS_RAISED,
)


def capital_raised(values: Mapping[KpiMetric, float]) -> float | None:
    """Equity, grants and loans raised in a year, summed over the kinds reported; None
    when none of them was."""
    found = [values[m] for m in CAPITAL_METRICS if m in values]
    return sum(found) if found else None
