"""Dates and numbers as people read and type them: one form for the window, the command line
and the reports, in the language being spoken ("7 Dec 2026" and "1,234.5" in English, "7. des.
2026" and "1 234,5" in bokmål), and one reader for what a Norwegian coordinator types.

No Qt and no database here, so the services, the CLI and the reports share it with the
window. Data files (CSV, JSON, backup names) keep ISO dates; this module is for people. Each
language's forms are in one table (:data:`_FORMS`); the language is
``i18n.current_language()``, so a report built ``with speaking("en")`` writes English dates
in a Norwegian program.

What :func:`parse_date` takes, and why (in every language, whichever is spoken):

- ``2026-11-01`` (ISO, year first), ``1.11.2026``, ``01.11.2026`` and ``1.11.26``: day,
  month, year with dots is how Norway writes a date; nobody writes month first with dots.
- ``1 Nov 2026``, ``1 nov. 2026``, ``1. november 2026``, ``4. des. 2026``, ``Nov 1, 2026``: a
  month written as a word, in English or bokmål, cannot be mistaken for a day.
- A two-digit year is the one within the last 80 and the next 19 years: ``26`` is 2026 and
  ``95`` is 1995. A form shows the date it understood, so the reading is never silent.

Slashes (``11/1/2026``) and day-first dashes (``1-11-2026``) are refused: the same text is
11 January in Norway and 1 November in the United States, and a rule that took ``13/1`` but
refused ``12/1`` would be harder to learn than "use dots". The refusal names the dotted
form(s) it could have meant, so retyping is one step.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from accelerator.errors import AcceleratorError
from accelerator.i18n import current_language, in_context

_tr = in_context("Formats")

#: How an English date writes its month ("7 Dec 2026").
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Bokmål month names; their abbreviations (``jan.``, ``okt.``, ``des.``) are their first
#: letters, which :func:`_month_from_word` accepts.
MONTH_NAMES_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
#: How a bokmål date writes its month ("4. des. 2026"): Unicode's CLDR forms, where "mai"
#: is short enough to need no dot.
MONTH_ABBREVIATIONS_NB = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "mai",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "des.",
)


@dataclass(frozen=True, slots=True)
class _Forms:
    """How one language writes dates and numbers for people."""

    months: tuple[str, ...]  # as a date shows them
    month_names: tuple[str, ...]  # in a sentence ("November 2026 has 30 days")
    date: str  # with {day}, {month}, {year}
    moment: str  # a date and a clock time: {date}, {time}
    decimal: str
    group: str
    minus: str


#: Every language's forms, in one place: a new language is a new line here.
_FORMS: dict[str, _Forms] = {
    "en": _Forms(MONTH_ABBREVIATIONS, MONTH_NAMES, "{day} {month} {year}", "{date} {time}", ".",
                 ",", "-"),
    # The group separator is a no-break space, so that a number never breaks over two lines;
    # the minus sign is the typographic one, as Norwegian print has it.
    "nb": _Forms(MONTH_ABBREVIATIONS_NB, MONTH_NAMES_NB, "{day}. {month} {year}",
                 "{date}, {time}", ",", "\u00a0", "\u2212"),
}  # fmt: skip


def _forms() -> _Forms:
    return _FORMS.get(current_language(), _FORMS["en"])


#: The shortest beginning of a month's name that is taken for it: every three-letter start
#: of an English or bokmål month name belongs to one month only ("jun" / "jul", "mar" / "mai").
_SHORTEST_MONTH_WORD = 3

#: Two-digit years are read within this window around today's year.
_YEARS_BACK = 80

EXAMPLE = "1.11.2026"


def format_date(day: dt.date | None) -> str:
    """``7 Dec 2026`` (``7. des. 2026`` in bokmål): how a person is shown a date, in fields,
    messages and reports alike. ``None`` (no date) is the empty string."""
    if day is None:
        return ""
    forms = _forms()
    return forms.date.format(day=day.day, month=forms.months[day.month - 1], year=day.year)


def format_datetime(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """``7 Dec 2026 14:05`` (``7. des. 2026, 14:05``): a moment as a person is shown it (a
    backup, an audit entry, someone else's save), in the zone it carries; ``seconds`` where
    two moments may fall in one minute (the audit trail). ``None`` is the empty string."""
    if moment is None:
        return ""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return _forms().moment.format(date=format_date(moment.date()), time=clock)


def month_name(month: int) -> str:
    """The month's name as a sentence has it: ``November``, ``november`` in bokmål."""
    return _forms().month_names[month - 1]


def format_number(value: float, decimals: int | None = None) -> str:
    """``1,234.5`` in English, ``1 234,5`` in bokmål (a no-break space between the groups).

    ``decimals`` fixes the digits after the decimal mark; ``None`` writes as few as the
    value needs: ``3`` rather than ``3.0``, ``3.5``, ``0.25``."""
    forms = _forms()
    if decimals is None:
        text = f"{abs(value):,.0f}" if float(value).is_integer() else f"{abs(value):,.10f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", forms.decimal).replace("\0", forms.group)
    # A value that rounds to nothing has no sign: "-0.0" is not a thing anyone writes.
    negative = value < 0 and any(ch in "123456789" for ch in text)
    return forms.minus + text if negative else text


class NumberParseError(AcceleratorError, ValueError):
    """A typed text is not a number in the language spoken; ``str(error)`` says why."""


#: Spaces that may group digits: a plain one as typed, a no-break one as shown, and the
#: narrow one some programs copy out.
_SPACES = " \u00a0\u202f"
_SIGNS = {"-": -1, "\u2212": -1, "+": 1}


def parse_number(text: str) -> int | float:
    """The number a person typed: ``1234``, ``1 234`` or ``1\u00a0234`` (any space between
    groups of three), ``1,234`` in English, and a decimal mark as the language writes it:
    ``1 234,5`` in bokmål, ``1,234.5`` in English. A whole number comes back as an ``int``.

    A mark that could be either (``1.5`` in bokmål, ``1,5`` in English) is refused rather
    than guessed: ``1.500`` is fifteen hundred to some and one and a half to others."""
    forms = _forms()
    shown = text.strip()
    if not shown:
        raise NumberParseError(_tr("no number given; type one like {0}").format(_number_example()))
    body, sign = shown, 1
    if body[0] in _SIGNS:
        sign, body = _SIGNS[body[0]], body[1:].lstrip()
    whole, mark, fraction = body.partition(forms.decimal)
    separators = _SPACES + ("," if forms.decimal == "." else "")
    groups = re.split(f"[{separators}]", whole)
    if (
        not all(g.isascii() and g.isdigit() for g in groups)
        or (len(groups) > 1 and not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])))
        or (mark and not (fraction.isascii() and fraction.isdigit()))
    ):
        raise NumberParseError(
            _tr("{0} is not a number; type it like {1}").format(quoted(shown), _number_example())
        )
    number = int("".join(groups))
    return sign * float(f"{number}.{fraction}") if mark else sign * number


def _number_example() -> str:
    return format_number(1234.5, 1)


def quoted(text: str) -> str:
    """What a person typed, quoted inside a message: « » in bokmål, and in English as the
    messages have always quoted it (Python's quotes: ``'Aqua'``)."""
    if current_language() == "nb":
        return f"«{text}»"
    return repr(text)


def join_words(words: Sequence[str]) -> str:
    """``a, b and c``: a list inside a sentence (``a, b og c`` in bokmål)."""
    if len(words) <= 1:
        return "".join(words)
    return _tr("{0} and {1}").format(", ".join(words[:-1]), words[-1])


class DateProblem(enum.Enum):
    """Why a text is not a date; the window words each one in the user's language."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    MISSING_YEAR = "missing year"
    UNKNOWN_MONTH = "unknown month"
    NO_SUCH_MONTH = "no such month"
    NO_SUCH_DAY = "no such day"
    ORDER_UNCLEAR = "order unclear"


class DateParseError(AcceleratorError, ValueError):
    """``text`` is not one date. ``problem`` says why; the other attributes carry what the
    message needs: ``number`` (the month or day that does not exist), ``month`` and
    ``year`` (whose days ran out), ``word`` (not a month), ``readings`` (the dates an
    unclear order could mean). ``str(error)`` is the message in the language spoken when
    it was raised."""

    def __init__(
        self,
        problem: DateProblem,
        text: str,
        *,
        number: int = 0,
        month: int = 0,
        year: int = 0,
        word: str = "",
        readings: tuple[dt.date, ...] = (),
    ) -> None:
        self.problem = problem
        self.text = text
        self.number = number
        self.month = month
        self.year = year
        self.word = word
        self.readings = readings
        super().__init__(self._message())

    @property
    def days_in_month(self) -> int:
        return _days_in_month(self.year, self.month) if self.month else 0

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The dotted forms of ``readings``: what to type instead."""
        return tuple(dotted(day) for day in self.readings)

    def _message(self) -> str:
        text = quoted(self.text)
        if self.problem is DateProblem.EMPTY:
            return _tr("no date given; type one like {0}").format(EXAMPLE)
        if self.problem is DateProblem.MISSING_YEAR:
            return _tr("{0} has no year; type the date like {1}").format(text, EXAMPLE)
        if self.problem is DateProblem.UNKNOWN_MONTH:
            return _tr("{0} in {1} is not a month; type the date like {2}").format(
                quoted(self.word), text, EXAMPLE
            )
        if self.problem is DateProblem.NO_SUCH_MONTH:
            if self.readings:
                return _tr(
                    "{0} has no month {1}: dates are day.month.year; did you mean {2}?"
                ).format(text, self.number, self.suggestions[0])
            return _tr("{0} has no month {1}: dates are day.month.year").format(text, self.number)
        if self.problem is DateProblem.NO_SUCH_DAY:
            if self.number == 0:
                return _tr("{0} has day 0; days start at 1").format(text)
            return _tr("{0} is not a date: {1} {2} has {3} days").format(
                text, month_name(self.month), self.year, self.days_in_month
            )
        if self.problem is DateProblem.ORDER_UNCLEAR:
            if len(self.readings) > 1:
                return _tr("{0} could be {1} or {2}; type {3} or {4}").format(
                    text,
                    format_date(self.readings[0]),
                    format_date(self.readings[1]),
                    *self.suggestions[:2],
                )
            if self.readings:
                return _tr("{0}: write dates with dots, day first: type {1}").format(
                    text, self.suggestions[0]
                )
            return _tr("{0}: write dates with dots, day first, like {1}").format(text, EXAMPLE)
        return _tr("{0} is not a date; type it like {1} or {2}").format(
            text, EXAMPLE, format_date(dt.date(2026, 11, 1))
        )


def dotted(day: dt.date) -> str:
    """``1.11.2026``: the numeric form Norway types."""
    return f"{day.day}.{day.month}.{day.year}"


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """The one date ``text`` means, or :class:`DateParseError` saying why there is none.

    ``today`` places a two-digit year (default: the computer's date)."""
    shown = " ".join(text.split())
    cleaned = unicodedata.normalize("NFKC", shown).casefold()
    if not cleaned:
        raise DateParseError(DateProblem.EMPTY, shown)
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(g) for g in match.groups())
        return _checked(shown, year, month, day)
    if match := _DOTTED.fullmatch(cleaned):
        day_s, month_s, year_s = match.groups()
        if year_s is None:
            raise DateParseError(DateProblem.MISSING_YEAR, shown)
        year, month, day = _year(year_s, today), int(month_s), int(day_s)
        if month > 12:
            # 1.13.2026 is most likely month first, as typed in the United States: offer
            # the date it would then be, without taking it.
            swapped = _valid_dates(((year, day, month),))
            raise DateParseError(DateProblem.NO_SUCH_MONTH, shown, number=month, readings=swapped)
        return _checked(shown, year, month, day)
    for month_in_words in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if match := month_in_words.fullmatch(cleaned):
            month = _month_from_word(shown, match["month"])
            if match["year"] is None:
                raise DateParseError(DateProblem.MISSING_YEAR, shown)
            return _checked(shown, _year(match["year"], today), month, int(match["day"]))
    if match := _EITHER_ORDER.fullmatch(cleaned):
        first, second, year_s = match.groups()
        year = _year(year_s, today)
        readings = _valid_dates(((year, int(second), int(first)), (year, int(first), int(second))))
        raise DateParseError(DateProblem.ORDER_UNCLEAR, shown, readings=readings)
    if match := _YEAR_FIRST_SLASHES.fullmatch(cleaned):
        year, month, day = (int(g) for g in match.groups())
        raise DateParseError(
            DateProblem.ORDER_UNCLEAR,
            shown,
            readings=_valid_dates(((year, month, day),)),
        )
    raise DateParseError(DateProblem.UNREADABLE, shown)


# Separators inside a date may be followed by a space ("1. 11. 2026"); a trailing dot after
# the year ("1.11.2026.") is how some people end every date.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\. ?(\d{1,2})(?:\.|\. ?(\d{2}|\d{4})\.?)?")
_WORD = r"(?P<month>[^\W\d_]+)"
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d{{1,2}})\.?[ -]*{_WORD}[.,]?[ -]*(?P<year>\d{{2}}|\d{{4}})?\.?"
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_WORD}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?"
)
_EITHER_ORDER = re.compile(r"(\d{1,2}) ?[/-] ?(\d{1,2}) ?[/-] ?(\d{2}|\d{4})")
_YEAR_FIRST_SLASHES = re.compile(r"(\d{4}) ?/ ?(\d{1,2}) ?/ ?(\d{1,2})")


def _year(text: str, today: dt.date | None) -> int:
    if len(text) == 4:
        return int(text)
    base = (today or dt.date.today()).year - _YEARS_BACK
    return base + (int(text) - base) % 100


def _month_from_word(shown: str, word: str) -> int:
    if len(word) >= _SHORTEST_MONTH_WORD:
        months = {
            number
            for number, names in enumerate(zip(MONTH_NAMES, MONTH_NAMES_NB, strict=True), 1)
            for name in names
            if name.casefold().startswith(word)
        }
        if len(months) == 1:
            return months.pop()
    raise DateParseError(DateProblem.UNKNOWN_MONTH, shown, word=word)


def _days_in_month(year: int, month: int) -> int:
    # calendar's, not "the day before the 1st of the next month": December 9999 has no
    # next month a date can hold.
    return calendar.monthrange(year, month)[1]


def _checked(shown: str, year: int, month: int, day: int) -> dt.date:
    if year < dt.MINYEAR:
        raise DateParseError(DateProblem.UNREADABLE, shown)
    if not 1 <= month <= 12:
        raise DateParseError(DateProblem.NO_SUCH_MONTH, shown, number=month)
    if not 1 <= day <= _days_in_month(year, month):
        raise DateParseError(DateProblem.NO_SUCH_DAY, shown, number=day, month=month, year=year)
    return dt.date(year, month, day)


def _valid_dates(candidates: tuple[tuple[int, int, int], ...]) -> tuple[dt.date, ...]:
    found: list[dt.date] = []
    for year, month, day in candidates:
        try:
            day_ = dt.date(year, month, day)
        except ValueError:
            continue
        if day_ not in found:
            found.append(day_)
    return tuple(found)
