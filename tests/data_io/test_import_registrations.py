"""Importing the people an event-registration tool lists: its CSV or its Excel workbook,
read as carefully as a company import; contacts found by e-mail and organisations by
number, what will be made said before it is, and a bad row refusing the whole file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from accelerator.domain.enums import EventKind, OrganisationKind, RegistrationSource
from accelerator.domain.enums import RegistrationStatus as Status
from accelerator.errors import ValidationError
from accelerator.models import Company, Contact, Registration
from accelerator.services import Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.importing import ImportRefusedError
from accelerator.services.importing.registrations import (
    RegistrationAction,
    RegistrationField,
    suggest_registration_mapping,
)
from accelerator.services.importing.workbook import read_spreadsheet
from tests.data_io.helpers import csv_text
from tests.factories import org_number

HAVBRIS = org_number(1)
NEW_ORG = org_number(2)


@pytest.fixture
def event(services: Services) -> int:
    day = dt.date.today() + dt.timedelta(days=14)
    return services.events.create_event(
        EventInput(
            "Havdagen",
            EventKind.CONFERENCE,
            dt.datetime.combine(day, dt.time(9)),
            dt.datetime.combine(day, dt.time(16)),
            capacity=4,
        )
    ).id


@pytest.fixture
def havbris(services: Services) -> int:
    company = services.companies.create_company(CompanyInput("Havbris AS", HAVBRIS))
    services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", "CEO", "kari@havbris.no")
    )
    services.companies.add_contact(company.id, ContactInput("Per Hansen", "CTO"))
    return company.id


def _counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {
            model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Company, Contact, Registration)
        }


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


TOOL_EXPORT = [
    ["Fornavn", "Etternavn", "E-post", "Firma", "Org.nr.", "Billettype"],
    ["Kari", "Nordmann", "KARI@havbris.no", "Havbris", "", "Standard"],  # a contact, by address
    ["Per", "Hansen", "per@havbris.no", "Havbris AS", HAVBRIS, "Standard"],  # named there
    ["Åse", "Berg", "ase@havbris.no", "Havbris AS", HAVBRIS, "Standard"],  # new contact
    ["Ola", "Vik", "ola@nyfisk.no", "Nyfisk AS", NEW_ORG, "Student"],  # new organisation
    ["Eli", "Eide", "eli@nyfisk.no", "Nyfisk AS", NEW_ORG, "Student"],  # its second person
    ["Tor", "Lunde", "tor@example.no", "Fjordtek Rådgivning", "", "Standard"],  # a guest
]


def test_a_norwegian_excel_csv_is_matched_and_what_it_makes_is_shown(
    services: Services, event: int, havbris: int
) -> None:
    data = csv_text(TOOL_EXPORT).encode("cp1252")
    table = read_spreadsheet(data)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    mapping = suggest_registration_mapping(table.headers)
    assert sorted(mapping.fields.values()) == sorted(
        [
            RegistrationField.FIRST_NAME,
            RegistrationField.LAST_NAME,
            RegistrationField.EMAIL,
            RegistrationField.ORGANISATION,
            RegistrationField.ORG_NUMBER,
        ]
    )
    assert mapping.ignored == ("Billettype",)
    before = _counts(services)

    preview = services.events.preview_registrations(event, table)
    assert preview.ok and _counts(services) == before
    rows = {r.name: r for r in preview.rows}
    assert rows["Kari Nordmann"].contact_id is not None
    assert rows["Kari Nordmann"].organisation == "Havbris AS"
    assert rows["Per Hansen"].contact_id is not None and not rows["Per Hansen"].new_contact
    assert rows["Åse Berg"].new_contact and rows["Åse Berg"].organisation_id == havbris
    assert [r.name for r in preview.new_organisations] == ["Ola Vik"]
    assert [r.name for r in preview.new_contacts] == ["Åse Berg", "Ola Vik", "Eli Eide"]
    assert rows["Tor Lunde"].contact_id is None and rows["Tor Lunde"].organisation_id is None
    # Four places: the last two of six wait.
    assert [r.status for r in preview.rows] == [Status.REGISTERED] * 4 + [Status.WAITLISTED] * 2
    assert preview.summary == (
        "6 to register (2 of them on the waitlist), 0 on the list already; 3 new contacts, "
        "1 new organisations"
    )

    result = services.events.import_registrations(event, table)
    assert (result.registered, result.waitlisted, result.contacts_added) == (4, 2, 3)
    assert result.organisations_added == 1
    listed = {r.name: r for r in services.events.registrations(event)}
    assert listed["Kari Nordmann"].email == "kari@havbris.no"
    assert listed["Ola Vik"].organisation == "Nyfisk AS"
    assert listed["Ola Vik"].registration == NEW_ORG
    assert listed["Tor Lunde"].organisation == "Fjordtek Rådgivning"
    assert {r.source for r in listed.values()} == {RegistrationSource.IMPORT}
    nyfisk = services.companies.by_org_number(NEW_ORG)
    assert nyfisk is not None and nyfisk.kind is OrganisationKind.COMPANY
    assert [c.name for c in nyfisk.contacts] == ["Ola Vik", "Eli Eide"]
    assert [c.name for c in services.companies.get_company(havbris).contacts] == [
        "Kari Nordmann",
        "Per Hansen",
        "Åse Berg",
    ]

    # The same file again changes nothing: everyone is on the list already.
    again = services.events.preview_registrations(event, table)
    assert again.count(RegistrationAction.ALREADY) == 6
    counts = _counts(services)
    services.events.import_registrations(event, table)
    assert _counts(services) == counts


def test_an_excel_workbook_reads_as_its_sheet_shows(
    services: Services, event: int, havbris: int
) -> None:
    data = _xlsx(
        [
            [None],  # the sheet starts lower down
            ["Name", "Email", "Organisation", "Organisation number"],
            ["Kari Nordmann", "kari@havbris.no", "Havbris AS", int(HAVBRIS)],  # typed as a number
            ["'=Sjef", "sjef@example.no", "'+Plus AS", None],  # our export's neutralised cells
            [None, None, None, None],
            ["Mona Dahl", "mona@example.no", dt.datetime(2026, 3, 12, 9, 30), None],
        ]
    )
    table = read_spreadsheet(data)
    assert table.headers == ("Name", "Email", "Organisation", "Organisation number")
    assert [r.number for r in table.rows] == [3, 4, 6]
    assert table.rows[0].cells[3] == HAVBRIS
    assert table.rows[1].cells[:3] == ("=Sjef", "sjef@example.no", "+Plus AS")
    assert table.rows[2].cells[2] == "2026-03-12 09:30"
    result = services.events.import_registrations(event, table)
    assert result.registered == 3
    assert {r.name for r in services.events.registrations(event)} == {
        "Kari Nordmann",
        "=Sjef",
        "Mona Dahl",
    }


def test_a_bad_row_refuses_the_whole_file_naming_each(
    services: Services, event: int, havbris: int
) -> None:
    rows = [
        ["Navn", "E-post", "Organisasjon", "Orgnr"],
        ["Kari Nordmann", "kari@havbris.no", "Havbris AS", ""],
        ["", "tom@example.no", "", ""],  # no name
        ["Per Feil", "per-at-example.no", "", ""],  # no address
        ["Ola Vik", "ola@example.no", "", "123456789"],  # a wrong check digit
        ["Eli Eide", "eli@example.no", "", NEW_ORG],  # a new number with no name to make it
        ["Kari N.", "Kari@Havbris.no", "", ""],  # Kari again
    ]
    table = read_spreadsheet(csv_text(rows).encode())
    before = _counts(services)
    preview = services.events.preview_registrations(event, table)
    assert not preview.ok
    by_row = {e.row: str(e) for e in preview.errors}
    assert by_row == {
        3: "row 3, Navn: is required",
        4: "row 4, E-post: 'per-at-example.no' is not an e-mail address",
        5: "row 5, Orgnr: '123456789' has a wrong check digit; please check the number",
        6: (
            f"row 6, Organisasjon: organisation number {NEW_ORG} is not on record: give the "
            "organisation's name too, and it will be added"
        ),
        7: "row 7, E-post: Kari Nordmann is also on row 2; a person may be in the file only once",
    }
    assert preview.summary.endswith("5 rows have problems")
    with pytest.raises(ImportRefusedError) as caught:
        services.events.import_registrations(event, table)
    assert len(caught.value.errors) == 5
    assert str(caught.value).startswith("nothing was imported: 5 rows have problems.")
    assert _counts(services) == before


def test_a_row_the_reader_could_not_read_refuses_the_file(services: Services, event: int) -> None:
    data = b'Name;Email\nKari Nordmann;kari@example.no\n"Per Hansen;per@example.no\n'
    table = read_spreadsheet(data)
    assert table.problems
    with pytest.raises(ImportRefusedError):
        services.events.import_registrations(event, table)
    assert services.events.registrations(event) == []


def test_files_that_cannot_be_read_say_why(services: Services, event: int, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Excel 97-2003 workbook"):
        read_spreadsheet(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        read_spreadsheet(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError, match="no column holds the person's name"):
        services.events.preview_registrations(
            event, read_spreadsheet(csv_text([["E-post"], ["kari@example.no"]]).encode())
        )
    with pytest.raises(ValidationError, match="nobody listed under it"):
        services.events.preview_registrations(event, read_spreadsheet(b"Name;Email\n"))
    path = tmp_path / "registrations.xlsx"
    path.write_bytes(_xlsx([["Name"], ["Kari Nordmann"]]))
    assert read_spreadsheet(path).source == str(path)


def test_someone_registered_by_hand_is_on_the_list_already(services: Services, event: int) -> None:
    services.events.register(event, PersonInput("Kari Nordmann", "kari@example.no"))
    table = read_spreadsheet(
        csv_text([["Name", "Email"], ["Kari Nordmann", "KARI@example.no"]]).encode()
    )
    preview = services.events.preview_registrations(event, table)
    assert [r.action for r in preview.rows] == [RegistrationAction.ALREADY]
    result = services.events.import_registrations(event, table)
    assert (result.registered, result.already) == (0, 1)
