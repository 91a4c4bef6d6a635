from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from stdnum.no import orgnr

from accelerator.errors import ValidationError
from accelerator.services import Services
from accelerator.services.companies import CompanyInput, ContactInput, validate_company
from tests.factories import Factory, org_number

TEXT_FIELDS = ("name", "sector", "home_cluster", "website", "technology_focus", "description")


def _company_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.execute(text("SELECT count(*) FROM companies")).scalar() or 0)


def test_create_and_read_back(services: Services) -> None:
    created = services.companies.create_company(
        CompanyInput(
            name="  Havbølge Sensorikk AS ",
            org_number="923 609 016",
            sector="Marine sensors",
            founded_year=2019,
            employees=7,
        )
    )
    again = services.companies.get_company(created.id)
    assert again.name == "Havbølge Sensorikk AS"
    assert again.org_number == "923609016"
    assert (again.founded_year, again.employees) == (2019, 7)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("923609017", "wrong check digit"),
        ("12345678", "not nine digits"),
        ("9236090166", "not nine digits"),
        ("ABCDEFGHI", "not nine digits"),
    ],
)
def test_invalid_org_number_is_refused(services: Services, number: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.companies.create_company(CompanyInput(name="Havbris AS", org_number=number))
    assert words in caught.value.problems["org_number"]
    assert "Org number" in str(caught.value)
    assert _company_count(services) == 0


def test_org_numbers_are_unique(services: Services, make: Factory) -> None:
    make.company(name="Havbris AS", org_number="923609016")
    with pytest.raises(ValidationError, match="already registered to Havbris AS"):
        make.company(name="Another AS", org_number="923609016")
    assert _company_count(services) == 1


def test_foreign_company_keeps_its_registry_number(services: Services) -> None:
    c = services.companies.create_company(
        CompanyInput(
            name="Blåvand Marine ApS",
            is_foreign=True,
            country="Denmark",
            registry_number="CVR 12345678",
            org_number="not used",
        )
    )
    assert (c.org_number, c.country, c.registration) == (None, "Denmark", "CVR 12345678")


def test_several_problems_are_reported_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.companies.create_company(
            CompanyInput(name="", org_number="123", founded_year=1200, employees=-1)
        )
    assert set(caught.value.problems) == {"name", "org_number", "founded_year", "employees"}


def test_update_refuses_bad_input_and_keeps_the_saved_row(
    services: Services, make: Factory
) -> None:
    c = make.company(name="Havbris AS")
    with pytest.raises(ValidationError):
        services.companies.update_company(c.id, CompanyInput(name="", org_number="1"))
    assert services.companies.get_company(c.id).name == "Havbris AS"


def test_search_takes_the_text_literally(services: Services, make: Factory) -> None:
    make.company(name="Tare 100% AS")
    make.company(name="Tare 1000 AS")
    make.company(name="Fisk_og_Data AS")
    make.company(name="FiskXogXData AS")
    assert [c.name for c in services.companies.find_companies("100%")] == ["Tare 100% AS"]
    assert [c.name for c in services.companies.find_companies("k_o")] == ["Fisk_og_Data AS"]
    assert len(services.companies.find_companies("tare")) == 2


def test_contacts(services: Services, make: Factory) -> None:
    c = make.company()
    contact = services.companies.add_contact(
        c.id, ContactInput("Åse Øvrebø", "CEO", "ase@example.no", "+47 900 00 000")
    )
    assert [x.name for x in services.companies.get_company(c.id).contacts] == ["Åse Øvrebø"]
    with pytest.raises(ValidationError, match="not an e-mail address"):
        services.companies.update_contact(contact.id, ContactInput("Åse", email="nope"))
    services.companies.remove_contact(contact.id)
    assert services.companies.get_company(c.id).contacts == ()


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_org_number_accepted_exactly_when_the_check_digit_is_right(number: str) -> None:
    _, problems = validate_company(CompanyInput(name="X", org_number=number))
    assert ("org_number" not in problems.problems) == orgnr.is_valid(number)


def test_factory_org_numbers_are_valid() -> None:
    assert all(orgnr.is_valid(org_number(n)) for n in range(200))


# Text a person can type: any Unicode letter, mark, number, punctuation, symbol or space.
typed_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"),
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(TEXT_FIELDS), value=typed_text)
def test_unicode_round_trips_through_every_text_field(
    services: Services, field: str, value: str
) -> None:
    data = {"name": "Havbris AS", field: value}
    created = services.companies.create_company(CompanyInput(**data))  # type: ignore[arg-type]
    expected = unicodedata.normalize("NFC", value.strip())
    assert getattr(services.companies.get_company(created.id), field) == expected


@pytest.mark.parametrize("typed", ["Ærfugl", "ærfugl", "ÆRFUGL", "miljø", "MILJØ"])
def test_search_ignores_case_of_norwegian_letters(
    services: Services, make: Factory, typed: str
) -> None:
    make.company(name="Ærfugl Miljøteknikk AS")
    assert [c.name for c in services.companies.find_companies(typed)] == ["Ærfugl Miljøteknikk AS"]
