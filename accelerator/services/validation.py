"""Small checks shared by the services. Each names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata

from stdnum.no import orgnr

from accelerator.domain.formatting import format_date, quoted
from accelerator.errors import ValidationError
from accelerator.i18n import in_context

_tr = in_context("Validation")


class Problems:
    """Collects every problem with an input, so the user sees them all at once."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def add(self, field: str, text: str, label: str | None = None) -> None:
        self.problems.setdefault(field, text)
        if label:
            self.labels[field] = label

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, labels=self.labels)


def clean_text(
    problems: Problems,
    field: str,
    value: str | None,
    *,
    max_length: int,
    required: bool = False,
    label: str | None = None,
) -> str:
    """Trimmed, NFC-normalised text; a problem is recorded when it is missing or too long.
    ``label`` is how a person calls the field, where its name does not say it."""
    text = unicodedata.normalize("NFC", (value or "").strip())
    if "\x00" in text:
        problems.add(field, _tr("must not contain NUL characters"), label)
    if required and not text:
        problems.add(field, _tr("is required"), label)
    elif len(text) > max_length:
        problems.add(
            field,
            _tr("is {0} characters long; at most {1} fit").format(len(text), max_length),
            label,
        )
    return text


def clean_org_number(problems: Problems, value: str | None) -> str | None:
    """A Norwegian organisation number: nine digits with a valid mod-11 check digit."""
    raw = (value or "").strip()
    if not raw:
        return None
    # Nine plain digits, as nearly every number is written, need no clean-up.
    digits = raw if raw.isascii() and raw.isdigit() else re.sub(r"[\s.\-]", "", raw)
    if not digits.isdigit() or len(digits) != 9:
        problems.add(
            "org_number",
            _tr("{0} is not nine digits (a Norwegian organisation number)").format(quoted(raw)),
        )
        return None
    if not (_mod11_valid(digits) if digits.isascii() else orgnr.is_valid(digits)):
        problems.add(
            "org_number",
            _tr("{0} has a wrong check digit; please check the number").format(quoted(raw)),
        )
        return None
    return digits


_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2, 1)


def _mod11_valid(digits: str) -> bool:
    """python-stdnum's orgnr check of nine ASCII digits, without its clean-up of Unicode
    look-alikes (a tenth of an import's time): the weighted sum is 0 mod 11. Digits of
    other scripts still go through stdnum, which reads fullwidth digits as digits."""
    total: int = sum(map(operator.mul, _ORG_WEIGHTS, map(int, digits)))
    return total % 11 == 0


def clean_int(
    problems: Problems,
    field: str,
    value: int | None,
    *,
    minimum: int,
    maximum: int,
    label: str | None = None,
) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(field, _tr("must be a whole number"), label)
        return None
    if not minimum <= value <= maximum:
        problems.add(
            field,
            _tr("must be between {0} and {1}, not {2}").format(minimum, maximum, value),
            label,
        )
        return None
    return value


def check_date_order(problems: Problems, start: dt.date, end: dt.date, field: str) -> None:
    if end <= start:
        problems.add(field, _tr("must be after the start date ({0})").format(format_date(start)))


def normalise_username(value: str) -> str:
    """Usernames compare equal when they differ only in case or Unicode form."""
    return unicodedata.normalize("NFKC", value).strip().casefold()
