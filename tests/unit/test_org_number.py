"""The organisation number check is python-stdnum's, done inline for nine ASCII digits."""

from __future__ import annotations

import random

import pytest
from stdnum.no import orgnr

from accelerator.services.validation import Problems, clean_org_number


def test_the_check_digit_agrees_with_stdnum_on_every_kind_of_number() -> None:
    draw = random.Random(18)
    numbers = [f"{draw.randrange(10**9):09d}" for _ in range(20_000)]
    numbers += ["974760673", "923609016", "923609017", "000000000", "999999999"]
    for number in numbers:
        problems = Problems()
        cleaned = clean_org_number(problems, number)
        assert (cleaned == number) is orgnr.is_valid(number), number
        assert (cleaned is None) is ("org_number" in problems.problems), number


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("974 760 673", "974760673"),
        ("974.760.673", "974760673"),
        ("974-760-673", "974760673"),
        # Digits of other scripts are what stdnum makes of them: fullwidth ones are digits.
        ("９７４７６０６７３", "９７４７６０６７３"),
        ("97476067٣", None),
        ("²74760673", None),
        ("974760674", None),
    ],
)
def test_written_numbers_are_read_as_before(typed: str, kept: str | None) -> None:
    problems = Problems()
    assert clean_org_number(problems, typed) == kept
    assert ("org_number" in problems.problems) is (kept is None)
