"""How the window writes dates, numbers and a few other values, in one form everywhere.

Dates and numbers are the domain's (``accelerator.domain.formatting``), the same the
reports and the command line write, in the language spoken: "18 Sep 2026" and "12,500.5"
in English, "18. sep. 2026" and "12 500,5" in bokmål, so a figure in a table reads like
the same figure in a report.
"""

from __future__ import annotations

import datetime as dt

from accelerator.domain.enums import category_words
from accelerator.domain.formatting import format_date as format_date
from accelerator.domain.formatting import format_datetime as format_datetime
from accelerator.domain.formatting import format_number
from accelerator.i18n import in_context

#: A real minus sign: a hyphen before a figure reads as a dash.
MINUS = "\u2212"


_tr = in_context("Formatting")


def format_period(start: dt.date, end: dt.date) -> str:
    """``1 Sep 2026 – 28 Feb 2027``."""
    return _tr("{0} – {1}").format(format_date(start), format_date(end))


def format_decimal(value: float | None, decimals: int = 1) -> str:
    """``3.4`` (``3,4`` in bokmål); nothing for no value."""
    if value is None:
        return ""
    # Rounded as the reports and charts round (6.25 is 6.2 there), then written the
    # locale's way, so the table and the heatmap beside it show the same figure.
    rounded = float(f"{value:.{decimals}f}")
    return format_number(rounded, decimals)


def format_signed(value: float, decimals: int = 1) -> str:
    """A change as people write it: ``+1.4``, ``−0.5``, and ``0.0`` without a sign."""
    text = format_decimal(abs(value), decimals)
    if format_decimal(0.0, decimals) == text:
        return text
    return ("+" if value > 0 else MINUS) + text


def format_count(count: int) -> str:
    """A whole number with the language's thousands separator: ``12,500``."""
    return format_number(count)


def format_percent(ratio: float) -> str:
    """A share as a whole percentage: ``0.425`` is ``43%``."""
    whole = int(f"{ratio:.0%}".rstrip("%"))  # rounded as the reports round
    return _tr("{0}%").format(format_number(whole))


def format_size(size_bytes: int) -> str:
    """A file size as a person reads it: 812 KB, 3.4 MB."""
    if size_bytes < 1024:
        return _tr("{0} B").format(format_count(size_bytes))
    if size_bytes < 1024 * 1024:
        return _tr("{0} KB").format(format_decimal(size_bytes / 1024, 0))
    return _tr("{0} MB").format(format_decimal(size_bytes / (1024 * 1024), 1))


def group_org_number(number: str) -> str:
    """A Norwegian organisation number as people write it: ``923 609 016``."""
    if len(number) == 9 and number.isdigit():
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    return number


def category_label(category: str) -> str:
    """A milestone category as a heading, in the language spoken: ``business model`` ->
    ``Business model`` (``Forretningsmodell``); ``IP`` stays; a programme's own as typed."""
    return category_words(category)


def days_ago(day: dt.date, today: dt.date) -> str:
    """``today``, ``yesterday``, ``5 days ago``, ``in 3 days``."""
    delta = (today - day).days
    if delta == 0:
        return _tr("today")
    if delta == 1:
        return _tr("yesterday")
    if delta == -1:
        return _tr("tomorrow")
    if delta > 0:
        return _tr("{0} days ago").format(delta)
    return _tr("in {0} days").format(-delta)
