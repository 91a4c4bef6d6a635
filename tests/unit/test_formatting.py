"""How dates are written for people and read back from what they type: every form a
Norwegian coordinator types comes back as the date meant, and whatever the reader takes
means one date only."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accelerator import i18n
from accelerator.domain.formatting import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NAMES_NB,
    DateParseError,
    DateProblem,
    NumberParseError,
    format_date,
    format_datetime,
    format_number,
    join_words,
    parse_date,
    parse_number,
)
from accelerator.i18n.catalogue import Catalogue, Message

TODAY = dt.date(2026, 12, 4)

#: Every way of writing a date the reader promises to take back as the same date.
FORMS: dict[str, Callable[[dt.date], str]] = {
    "display": format_date,
    "ISO": dt.date.isoformat,
    "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "d. m. yyyy": lambda d: f"{d.day}. {d.month}. {d.year}",
    "d Mon yyyy": lambda d: f"{d.day} {MONTH_ABBREVIATIONS[d.month - 1]} {d.year}",
    "d mon. yyyy (bokmål)": lambda d: f"{d.day} {MONTH_NAMES_NB[d.month - 1][:3]}. {d.year}",
    "d. month yyyy (bokmål)": lambda d: f"{d.day}. {MONTH_NAMES_NB[d.month - 1]} {d.year}",
    "D. MONTH YYYY": lambda d: f"{d.day}. {MONTH_NAMES_NB[d.month - 1].upper()} {d.year}",
    "Month d, yyyy": lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    "dd-Mon-yyyy": lambda d: f"{d.day:02d}-{MONTH_ABBREVIATIONS[d.month - 1]}-{d.year}",
}

dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


def test_the_display_form_is_day_short_month_year() -> None:
    assert format_date(dt.date(2026, 12, 7)) == "7 Dec 2026"
    assert format_date(dt.date(2026, 5, 17)) == "17 May 2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "typed",
    [
        "1.11.2026",
        "01.11.2026",
        "1.11.26",
        "2026-11-01",
        "1 Nov 2026",
        "1 nov. 2026",
        "1. november 2026",
        "  1.11.2026 ",
        "1.11.2026.",
        "Nov 1, 2026",
        "1-nov-2026",
    ],
)
def test_the_forms_a_coordinator_types_mean_1_november_2026(typed: str) -> None:
    assert parse_date(typed, today=TODAY) == dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("typed", "problem", "message"),
    [
        (
            "31.11.2026",
            DateProblem.NO_SUCH_DAY,
            "'31.11.2026' is not a date: November 2026 has 30 days",
        ),
        (
            "29.2.2025",
            DateProblem.NO_SUCH_DAY,
            "'29.2.2025' is not a date: February 2025 has 28 days",
        ),
        (
            "1.13.2026",
            DateProblem.NO_SUCH_MONTH,
            "'1.13.2026' has no month 13: dates are day.month.year; did you mean 13.1.2026?",
        ),
        (
            "tomorrow",
            DateProblem.UNREADABLE,
            "'tomorrow' is not a date; type it like 1.11.2026 or 1 Nov 2026",
        ),
        ("1.11", DateProblem.MISSING_YEAR, "'1.11' has no year; type the date like 1.11.2026"),
        (
            "11/1/2026",
            DateProblem.ORDER_UNCLEAR,
            "'11/1/2026' could be 11 Jan 2026 or 1 Nov 2026; type 11.1.2026 or 1.11.2026",
        ),
        (
            "13/1/2026",
            DateProblem.ORDER_UNCLEAR,
            "'13/1/2026': write dates with dots, day first: type 13.1.2026",
        ),
        (
            "1 ju 2026",
            DateProblem.UNKNOWN_MONTH,
            "'ju' in '1 ju 2026' is not a month; type the date like 1.11.2026",
        ),
        ("", DateProblem.EMPTY, "no date given; type one like 1.11.2026"),
    ],
)
def test_a_text_that_is_not_one_date_is_refused_saying_why(
    typed: str, problem: DateProblem, message: str
) -> None:
    with pytest.raises(DateParseError) as refused:
        parse_date(typed, today=TODAY)
    assert refused.value.problem is problem
    assert str(refused.value) == message


def test_a_two_digit_year_is_the_one_within_the_last_80_and_next_19_years() -> None:
    assert parse_date("1.11.26", today=TODAY) == dt.date(2026, 11, 1)
    assert parse_date("1.3.95", today=TODAY) == dt.date(1995, 3, 1)
    assert parse_date("1.3.45", today=TODAY) == dt.date(2045, 3, 1)
    assert parse_date("1.3.46", today=TODAY) == dt.date(1946, 3, 1)


@given(day=dates, form=st.sampled_from(sorted(FORMS)))
def test_every_form_reads_back_as_the_date_it_was_written_from(day: dt.date, form: str) -> None:
    assert parse_date(FORMS[form](day), today=TODAY) == day


@given(day=st.dates(min_value=dt.date(1946, 1, 1), max_value=dt.date(2045, 12, 31)))
def test_a_two_digit_year_reads_back_within_its_window(day: dt.date) -> None:
    assert parse_date(f"{day.day}.{day.month}.{day.year % 100:02d}", today=TODAY) == day


# --- whatever is taken means one date ----------------------------------------------------

_NUMBER = st.one_of(
    st.integers(0, 40).map(str),
    st.integers(0, 40).map(lambda n: f"{n:02d}"),
    st.integers(1890, 2110).map(str),
)
_SEPARATOR = st.sampled_from([".", "/", "-", ". ", " ", " / ", ""])
_NUMERIC = st.tuples(_NUMBER, _SEPARATOR, _NUMBER, _SEPARATOR, _NUMBER).map("".join)
_MONTH_WORD = st.tuples(
    st.sampled_from(MONTH_NAMES + MONTH_NAMES_NB + MONTH_ABBREVIATIONS),
    st.integers(1, 9),
    st.booleans(),
).map(lambda t: t[0][: t[1]].upper() if t[2] else t[0][: t[1]])
_WORDED = st.tuples(
    st.integers(0, 33).map(str),
    st.sampled_from([" ", ". ", "-"]),
    _MONTH_WORD,
    st.sampled_from([" ", ". ", "-"]),
    _NUMBER,
).map("".join)


def _readings(text: str) -> set[dt.date]:
    """Every date a person somewhere could mean by ``text``: day-month-year with dots
    (nobody writes month first with dots), either order with slashes or dashes, year first
    when it has four digits, and a month word in English or bokmål by any of its beginnings."""
    found: set[dt.date] = set()

    def add(year: int, month: int, day: int) -> None:
        with contextlib.suppress(ValueError):
            found.add(dt.date(year, month, day))

    def year_of(digits: str) -> int:
        return int(digits) if len(digits) == 4 else parse_date(f"1.1.{digits}", today=TODAY).year

    cleaned = text.strip().rstrip(".").casefold()
    numeric = re.fullmatch(r"(\d+)(\W*)(\d+)(\W*)(\d+)", cleaned)
    if numeric:
        a, sep1, b, sep2, c = numeric.groups()
        separators = {sep1.strip(), sep2.strip()}
        if len(a) == 4:
            add(int(a), int(b), int(c))
        if len(c) in (2, 4):
            add(year_of(c), int(b), int(a))  # day first
            if separators - {"."}:
                add(year_of(c), int(a), int(b))  # month first
        return found
    worded = re.fullmatch(r"(\d+)\W*([^\W\d_]+)\W*(\d+)", cleaned)
    if worded:
        day, word, year = worded.groups()
        for month, names in enumerate(zip(MONTH_NAMES, MONTH_NAMES_NB, strict=True), 1):
            if any(name.casefold().startswith(word) for name in names):
                add(year_of(year) if len(year) in (2, 4) else 0, month, int(day))
    return found


@given(text=st.one_of(_NUMERIC, _WORDED))
@example(text="11/1/2026")
@example(text="1-11-2026")
@example(text="1 ma 2026")
@example(text="1.11.2026")
def test_whatever_the_reader_takes_means_exactly_one_date(text: str) -> None:
    try:
        day = parse_date(text, today=TODAY)
    except DateParseError:
        return
    assert _readings(text) == {day}


@given(text=st.text(max_size=30))
def test_any_text_is_a_date_or_a_reason_why_not(text: str) -> None:
    try:
        day = parse_date(text, today=TODAY)
    except DateParseError as error:
        assert str(error)
    else:
        assert isinstance(day, dt.date)


def test_a_moment_is_its_date_and_clock_time() -> None:
    moment = dt.datetime(2026, 12, 7, 14, 5, 9)
    assert format_datetime(moment) == "7 Dec 2026 14:05"
    assert format_datetime(moment, seconds=True) == "7 Dec 2026 14:05:09"
    assert format_datetime(None) == ""


# --- in the language spoken ----------------------------------------------------------------

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "day", "shown"),
    [
        ("en", dt.date(2026, 12, 4), "4 Dec 2026"),
        ("nb", dt.date(2026, 12, 4), "4. des. 2026"),
        ("en", dt.date(2026, 5, 17), "17 May 2026"),
        ("nb", dt.date(2026, 5, 17), "17. mai 2026"),
        ("nb", dt.date(2026, 10, 1), "1. okt. 2026"),
    ],
)
def test_a_date_is_written_as_the_language_writes_it(
    language: str, day: dt.date, shown: str
) -> None:
    with i18n.speaking(language):
        assert format_date(day) == shown
        # Whatever language it was written in, the reader takes it back.
        assert parse_date(shown, today=TODAY) == day


@given(day=dates)
@example(day=dt.date(9999, 12, 1))  # the last month a date can hold
def test_a_bokmal_date_reads_back_whichever_language_is_spoken(day: dt.date) -> None:
    with i18n.speaking("nb"):
        shown = format_date(day)
    for language in ("en", "nb"):
        with i18n.speaking(language):
            assert parse_date(shown, today=TODAY) == day


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "7 Dec 2026 14:05"), ("nb", "7. des. 2026, 14:05")],
)
def test_a_moment_is_written_as_the_language_writes_it(language: str, shown: str) -> None:
    with i18n.speaking(language):
        assert format_datetime(dt.datetime(2026, 12, 7, 14, 5, 9)) == shown


@pytest.mark.parametrize(
    ("value", "decimals", "english", "bokmal"),
    [
        (1234.5, None, "1,234.5", f"1{NBSP}234,5"),
        (1234.5, 1, "1,234.5", f"1{NBSP}234,5"),
        (1234567, None, "1,234,567", f"1{NBSP}234{NBSP}567"),
        (3.0, None, "3", "3"),
        (3.25, None, "3.25", "3,25"),
        (3.0, 1, "3.0", "3,0"),
        (999, None, "999", "999"),
        (-1234.5, 1, "-1,234.5", f"\u22121{NBSP}234,5"),
        (-0.04, 1, "0.0", "0,0"),
        (0, None, "0", "0"),
    ],
)
def test_a_number_is_written_as_the_language_writes_it(
    value: float, decimals: int | None, english: str, bokmal: str
) -> None:
    with i18n.speaking("en"):
        assert format_number(value, decimals) == english
    with i18n.speaking("nb"):
        assert format_number(value, decimals) == bokmal


@pytest.mark.parametrize(
    ("language", "typed", "number"),
    [
        ("en", "1234", 1234),
        ("en", "1 234", 1234),
        ("en", f"1{NBSP}234", 1234),
        ("en", "1,234", 1234),
        ("en", "1,234.5", 1234.5),
        ("en", "1 234.5", 1234.5),
        ("en", "-12.25", -12.25),
        ("en", " 7 ", 7),
        ("nb", "1234", 1234),
        ("nb", "1 234", 1234),
        ("nb", f"1{NBSP}234,5", 1234.5),
        ("nb", "1\u202f234", 1234),
        ("nb", "3,5", 3.5),
        ("nb", "\u22123,5", -3.5),
    ],
)
def test_a_typed_number_is_read_with_either_space(language: str, typed: str, number: float) -> None:
    with i18n.speaking(language):
        read = parse_number(typed)
    assert read == number and type(read) is type(number)


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        # A mark that means a decimal in one country and a group in another is not guessed.
        ("en", "1,5", "'1,5' is not a number; type it like 1,234.5"),
        ("nb", "1.500", "«1.500» er ikke et tall; skriv det som 1\u00a0234,5"),
        ("en", "12 34", "'12 34' is not a number; type it like 1,234.5"),
        ("en", "abc", "'abc' is not a number; type it like 1,234.5"),
        ("en", "", "no number given; type one like 1,234.5"),
    ],
)
@pytest.mark.usefixtures("bokmal_messages")
def test_a_text_that_is_not_a_number_is_refused_saying_why(
    language: str, typed: str, message: str
) -> None:
    with i18n.speaking(language), pytest.raises(NumberParseError) as refused:
        parse_number(typed)
    assert str(refused.value) == message


@pytest.fixture
def bokmal_messages() -> Iterator[None]:
    """The few bokmål texts these tests read, as the lead's catalogue will hold them."""
    saved = dict(i18n._catalogues)
    i18n._catalogues["nb"] = Catalogue(
        "nb",
        {
            m.key: m
            for m in (
                Message(
                    "Formats",
                    "{0} is not a number; type it like {1}",
                    forms=("{0} er ikke et tall; skriv det som {1}",),
                    finished=True,
                ),
                Message(
                    "Formats",
                    "{0} is not a date: {1} {2} has {3} days",
                    forms=("{0} er ikke en dato: {1} {2} har {3} dager",),
                    finished=True,
                ),
                Message(
                    "Formats",
                    "{0} could be {1} or {2}; type {3} or {4}",
                    forms=("{0} kan være {1} eller {2}; skriv {3} eller {4}",),
                    finished=True,
                ),
                Message("Formats", "{0} and {1}", forms=("{0} og {1}",), finished=True),
            )
        },
    )
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.parametrize(
    ("typed", "english", "bokmal"),
    [
        (
            "31.11.2026",
            "'31.11.2026' is not a date: November 2026 has 30 days",
            "«31.11.2026» er ikke en dato: november 2026 har 30 dager",
        ),
        (
            "11/1/2026",
            "'11/1/2026' could be 11 Jan 2026 or 1 Nov 2026; type 11.1.2026 or 1.11.2026",
            "«11/1/2026» kan være 11. jan. 2026 eller 1. nov. 2026; skriv 11.1.2026 eller "
            "1.11.2026",
        ),
    ],
)
@pytest.mark.usefixtures("bokmal_messages")
def test_a_refused_date_is_explained_in_the_language_spoken(
    typed: str, english: str, bokmal: str
) -> None:
    for language, message in (("en", english), ("nb", bokmal)):
        with i18n.speaking(language), pytest.raises(DateParseError) as refused:
            parse_date(typed, today=TODAY)
        assert str(refused.value) == message


@pytest.mark.usefixtures("bokmal_messages")
def test_a_list_in_a_sentence_ends_with_and_in_the_language_spoken() -> None:
    assert join_words(["customer", "technology", "team"]) == "customer, technology and team"
    with i18n.speaking("nb"):
        assert join_words(["kunde", "teknologi", "team"]) == "kunde, teknologi og team"
    assert join_words(["team"]) == "team"
    assert join_words([]) == ""
