"""The rules of member figures that need no database: what a plausible value is, and how
a number a person typed (in the window, or in a cell of a collection form) is read.

Shared by the figures service, the collection forms and the window, so that a value is
refused for the same reason wherever it was typed.

- :func:`parse_figure` reads ``1 234 567``, ``1234567,5`` or ``12,5`` in bokmål and
  ``1,234,567.5`` in English (a plain, no-break or narrow space between the groups), with
  an optional ``kr``, ``NOK`` or ``,-`` after it; a mark that could be either (``1.5`` in
  bokmål) is refused rather than guessed.
- :func:`cell_figure` reads a spreadsheet cell: a number as it is, a text with
  :func:`parse_figure`, nothing for an empty cell.
- :func:`implausible` says why a value cannot be right (negative, not whole, absurdly
  large, far beyond last year's), or None.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from accelerator.domain.enums import KpiMetric, KpiUnit
from accelerator.domain.formatting import NumberParseError, format_number, parse_number, quoted
from accelerator.i18n import in_context, speaking

_tr = in_context("Figures")

#: The most kroner a member figure may be: more than any member's revenue.
MAX_AMOUNT = 10**12
#: The most a count (products launched, patents filed) may be.
MAX_COUNT = 10**6
#: The most full-time equivalents one organisation may have.
MAX_FTE = 10**6
#: The most a cluster's own number with decimals may be.
MAX_DECIMAL = 10**12

#: Full-time equivalents more than this many times last year's are taken for a typing
#: error (a 100x growth in one year).
GROWTH_LIMIT = 100
#: Full-time equivalents from none last year to more than this are taken for one too.
FROM_NOTHING_LIMIT = 1000

#: What may follow an amount as people write it: ``12 500 kr``, ``NOK 12 500``, ``12 500,-``.
_CURRENCY = re.compile(r"^(?:nok|kr\.?)\s*|\s*(?:nok|kr\.?|,-|\.-)$", re.IGNORECASE)


def parse_figure(text: str, language: str | None = None) -> float:
    """The number in ``text`` as the language (the one spoken when None) writes it.

    NumberParseError with a message saying how to type it when it is not one."""
    shown = text.strip()
    bare = _CURRENCY.sub("", shown).strip() if shown else shown
    if language is None:
        return float(parse_number(bare))
    with speaking(language):
        return float(parse_number(bare))


def cell_figure(value: object, language: str | None = None) -> float | None:
    """A spreadsheet cell's number: None when the cell is empty (or only spaces), a
    number as it is, a text read as ``language`` writes numbers.

    NumberParseError when the cell holds something else (a date, a word, true/false)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise NumberParseError(_tr("{0} is not a number").format(quoted(str(value))))
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise NumberParseError(_tr("{0} is not a number").format(quoted(str(value))))
        return float(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        raise NumberParseError(_tr("is a date, not a number"))
    text = str(value).strip()
    if not text:
        return None
    return parse_figure(text, language)


@dataclass(frozen=True)
class Context:
    """What a value is checked against: the same figure last year, and (for export
    revenue) the revenue of the same year; None when not on record."""

    last_year: float | None = None
    revenue: float | None = None


def normalised(value: float, unit: KpiUnit) -> float:
    """A value as it is stored: kroner to the whole krone; the others as they are."""
    return float(round(value)) if unit is KpiUnit.AMOUNT else float(value)


def implausible(
    value: float,
    unit: KpiUnit,
    metric: KpiMetric | None = None,
    context: Context = Context(),  # noqa: B008 (frozen, never changed)
) -> str | None:
    """Why ``value`` cannot be this figure, in words a person understands; None when it
    can. ``metric`` is None for a cluster's own figure."""
    if not math.isfinite(value):
        return _tr("is not a number")
    if value < 0:
        if unit is KpiUnit.AMOUNT:
            return _tr("cannot be negative (an amount in kroner is 0 or more)")
        return _tr("cannot be negative")
    if unit is KpiUnit.COUNT and not float(value).is_integer():
        return _tr("must be a whole number, not {0}").format(format_number(value))
    limit = _limit(unit, metric)
    if value > limit:
        return _tr("{0} is implausibly large (at most {1}); please check the number").format(
            format_number(value), format_number(limit)
        )
    if metric is KpiMetric.FTE:
        last = context.last_year
        if last is not None and last > 0 and value > GROWTH_LIMIT * last:
            return _tr(
                "{0} is more than {1} times last year's {2}; please check the number"
            ).format(format_number(value), GROWTH_LIMIT, format_number(last))
        if last == 0 and value > FROM_NOTHING_LIMIT:
            return _tr("{0} after none last year is implausible; please check the number").format(
                format_number(value)
            )
    if (
        metric is KpiMetric.EXPORT_REVENUE
        and context.revenue is not None
        and context.revenue >= 0
        and value > context.revenue
    ):
        return _tr("{0} is more than the revenue of the same year ({1})").format(
            format_number(value), format_number(context.revenue)
        )
    return None


def _limit(unit: KpiUnit, metric: KpiMetric | None) -> float:
    if metric is KpiMetric.FTE:
        return MAX_FTE
    if unit is KpiUnit.AMOUNT:
        return MAX_AMOUNT
    if unit is KpiUnit.COUNT:
        return MAX_COUNT
    return MAX_DECIMAL


__all__ = [
    "FROM_NOTHING_LIMIT",
    "GROWTH_LIMIT",
    "MAX_AMOUNT",
    "Context",
    "NumberParseError",
    "cell_figure",
    "implausible",
    "normalised",
    "parse_figure",
]
