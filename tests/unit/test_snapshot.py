"""``snapshot``: the one copy from a row (or another record) into a record, field by field."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accelerator.services.records import ContactRecord, snapshot


@dataclass
class _Row:
    """Stands in for an ORM row: attributes, some of which a record does not carry."""

    id: int = 7
    company_id: int = 3
    name: str = "Kari Nordmann"
    role: str = "CEO"
    email: str = "kari@example.no"
    phone: str = ""
    row_version: int = 4
    internal: str = "not on the record"


def test_every_field_is_read_from_the_attribute_of_the_same_name() -> None:
    assert snapshot(ContactRecord, _Row()) == ContactRecord(
        7, 3, "Kari Nordmann", "CEO", "kari@example.no", "", 4
    )


def test_what_is_given_replaces_the_source_and_fills_what_it_lacks() -> None:
    @dataclass(frozen=True)
    class Named:
        name: str
        label: str

    assert snapshot(Named, _Row(), label="Kari (CEO)") == Named("Kari Nordmann", "Kari (CEO)")
    assert snapshot(ContactRecord, _Row(), name="Ola").name == "Ola"


def test_a_field_the_source_lacks_is_an_error_not_a_default() -> None:
    @dataclass(frozen=True)
    class Counted:
        name: str
        count: int = 0

    with pytest.raises(AttributeError, match="count"):
        snapshot(Counted, _Row())


def test_a_given_value_for_no_field_is_refused() -> None:
    with pytest.raises(TypeError, match="ContactRecord has no field nickname"):
        snapshot(ContactRecord, _Row(), nickname="Kari")
