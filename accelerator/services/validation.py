"""Small checks shared by the services. Each names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from stdnum.no import orgnr

from accelerator.domain.formatting import format_date
from accelerator.errors import ValidationError


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
    problems: Problems, field: str, value: str | None, *, max_length: int, required: bool = False
) -> str:
    """Trimmed, NFC-normalised text; a problem is recorded when it is missing or too long."""
    text = unicodedata.normalize("NFC", (value or "").strip())
    if "\x00" in text:
        problems.add(field, "must not contain NUL characters")
    if required and not text:
        problems.add(field, "is required")
    elif len(text) > max_length:
        problems.add(field, f"is {len(text)} characters long; at most {max_length} fit")
    return text


def clean_org_number(problems: Problems, value: str | None) -> str | None:
    """A Norwegian organisation number: nine digits with a valid mod-11 check digit."""
    raw = (value or "").strip()
    if not raw:
        return None
    digits = re.sub(r"[\s.\-]", "", raw)
    if not digits.isdigit() or len(digits) != 9:
        problems.add("org_number", f"{raw!r} is not nine digits (a Norwegian organisation number)")
        return None
    if not orgnr.is_valid(digits):
        problems.add("org_number", f"{raw!r} has a wrong check digit; please check the number")
        return None
    return digits


def clean_int(
    problems: Problems, field: str, value: int | None, *, minimum: int, maximum: int
) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(field, "must be a whole number")
        return None
    if not minimum <= value <= maximum:
        problems.add(field, f"must be between {minimum} and {maximum}, not {value}")
        return None
    return value


def check_date_order(problems: Problems, start: dt.date, end: dt.date, field: str) -> None:
    if end <= start:
        problems.add(field, f"must be after the start date ({format_date(start)})")


def normalise_username(value: str) -> str:
    """Usernames compare equal when they differ only in case or Unicode form."""
    return unicodedata.normalize("NFKC", value).strip().casefold()
