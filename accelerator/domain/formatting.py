"""Dates as people read and type them: one form for the window, the command line and the
reports ("7 Dec 2026"), and one reader for what a Norwegian coordinator types.

No Qt and no database here, so the services, the CLI and the reports share it with the
window. Data files (CSV, JSON, backup names) keep ISO dates; this module is for people.

What :func:`parse_date` takes, and why:

- ``2026-11-01`` (ISO, year first), ``1.11.2026``, ``01.11.2026`` and ``1.11.26``: day,
  month, year with dots is how Norway writes a date; nobody writes month first with dots.
- ``1 Nov 2026``, ``1 nov. 2026``, ``1. november 2026``, ``Nov 1, 2026``: a month written as a
  word, in English or bokmål, cannot be mistaken for a day.
- A two-digit year is the one within the last 80 and the next 19 years: ``26`` is 2026 and
  ``95`` is 1995. A form shows the date it understood, so the reading is never silent.

Slashes (``11/1/2026``) and day-first dashes (``1-11-2026``) are refused: the same text is
11 January in Norway and 1 November in the United States, and a rule that took ``13/1`` but
refused ``12/1`` would be harder to learn than "use dots". The refusal names the dotted
form(s) it could have meant, so retyping is one step.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata

from accelerator.errors import AcceleratorError

#: How the window, the command line and the reports write a month (English for now; the
#: bokmål forms arrive with the translation).
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

#: The shortest beginning of a month's name that is taken for it: every three-letter start
#: of an English or bokmål month name belongs to one month only ("jun" / "jul", "mar" / "mai").
_SHORTEST_MONTH_WORD = 3

#: Two-digit years are read within this window around today's year.
_YEARS_BACK = 80

EXAMPLE = "1.11.2026"


def format_date(day: dt.date | None) -> str:
    """``7 Dec 2026``: how a person is shown a date, in fields, messages and reports alike.
    ``None`` (no date) is the empty string."""
    if day is None:
        return ""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def format_datetime(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """``7 Dec 2026 14:05``: a moment as a person is shown it (a backup, an audit entry,
    someone else's save), in the zone it carries; ``seconds`` where two moments may fall in
    one minute (the audit trail). ``None`` is the empty string."""
    if moment is None:
        return ""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{format_date(moment.date())} {clock}"


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
    unclear order could mean). ``str(error)`` is the message in English."""

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
        super().__init__(self._english())

    @property
    def days_in_month(self) -> int:
        return _days_in_month(self.year, self.month) if self.month else 0

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The dotted forms of ``readings``: what to type instead."""
        return tuple(dotted(day) for day in self.readings)

    def _english(self) -> str:
        text = self.text
        if self.problem is DateProblem.EMPTY:
            return f"no date given; type one like {EXAMPLE}"
        if self.problem is DateProblem.MISSING_YEAR:
            return f"{text!r} has no year; type the date like {EXAMPLE}"
        if self.problem is DateProblem.UNKNOWN_MONTH:
            return f"{self.word!r} in {text!r} is not a month; type the date like {EXAMPLE}"
        if self.problem is DateProblem.NO_SUCH_MONTH:
            hint = f"; did you mean {self.suggestions[0]}?" if self.readings else ""
            return f"{text!r} has no month {self.number}: dates are day.month.year{hint}"
        if self.problem is DateProblem.NO_SUCH_DAY:
            if self.number == 0:
                return f"{text!r} has day 0; days start at 1"
            month = f"{MONTH_NAMES[self.month - 1]} {self.year}"
            return f"{text!r} is not a date: {month} has {self.days_in_month} days"
        if self.problem is DateProblem.ORDER_UNCLEAR:
            options = " or ".join(self.suggestions)
            if len(self.readings) > 1:
                return (
                    f"{text!r} could be {' or '.join(format_date(d) for d in self.readings)}; "
                    f"type {options}"
                )
            if self.readings:
                return f"{text!r}: write dates with dots, day first: type {options}"
            return f"{text!r}: write dates with dots, day first, like {EXAMPLE}"
        return f"{text!r} is not a date; type it like {EXAMPLE} or 1 Nov 2026"


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
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (following - dt.timedelta(days=1)).day


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
