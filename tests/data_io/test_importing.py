"""Importing companies: exact values or per-row errors, and never a partial import."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest
from sqlalchemy import text

from accelerator.domain.enums import Role
from accelerator.errors import NotFoundError, PermissionDeniedError, ValidationError
from accelerator.services import Actor, Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.importing import (
    CsvRow,
    CsvTable,
    ExistingPolicy,
    ImportCancelledError,
    ImportField,
    ImportRefusedError,
    ImportResult,
    ImportService,
    RowAction,
    RowError,
    read_companies_csv,
    suggest_mapping,
)
from tests.data_io.helpers import audit_rows, changes, counts, csv_text, importer
from tests.factories import Factory, org_number

HEADER = ["Navn", "Orgnr", "Bransje", "Ansatte", "Stiftet", "Kontaktperson", "E-post"]


def table_of(rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ";") -> CsvTable:
    return read_companies_csv(csv_text(rows, delimiter).encode(encoding))


def run_import(services: Services, rows: list[list[str]], **options: Any) -> ImportResult:
    table = read_companies_csv(csv_text(rows).encode())
    mapping = suggest_mapping(table.headers).fields
    return importer(services).import_companies(table, mapping, **options)


def test_a_norwegian_excel_file_imports_exactly(services: Services) -> None:
    rows = [
        HEADER,
        ["Bjørnøya Ærfugl AS", "923 609 016", "Havbruk", "1 200", "01.03.2015", "Åse Øye", ""],
        ["Tare & Tang AS", org_number(1), "Sjømat", "12", "2019", "", ""],
    ]
    table = read_companies_csv(csv_text(rows).encode("cp1252"))
    assert table.encoding == "cp1252"
    result = importer(services).import_companies(table, suggest_mapping(table.headers).fields)
    assert (result.created, result.updated, result.contacts_added) == (2, 0, 1)
    first = services.companies.by_org_number("923609016")
    assert first is not None
    assert (first.name, first.sector, first.employees, first.founded_year) == (
        "Bjørnøya Ærfugl AS",
        "Havbruk",
        1200,
        2015,
    )
    assert [c.name for c in first.contacts] == ["Åse Øye"]
    second = services.companies.by_org_number(org_number(1))
    assert second is not None and second.contacts == () and second.employees == 12


def test_the_preview_lists_every_rows_problems_and_writes_nothing(services: Services) -> None:
    this_year = dt.date.today().year
    rows = [
        HEADER,
        ["Good AS", org_number(1), "", "3", "2010", "", ""],
        ["Bad Check AS", "923609017", "", "", "", "", ""],
        ["", org_number(2), "", "12,5", str(this_year + 1), "", ""],
        ["Negative AS", "", "", "-3", "neste år", "Kari", "kari-at-example.no"],
        ["Ok Two AS", "", "", "", "", "", ""],
    ]
    before = counts(services)
    preview = importer(services).preview(table_of(rows), suggest_mapping(HEADER).fields)
    problems = sorted((e.row, e.column, e.message) for e in preview.errors)
    assert problems == [
        (3, "Orgnr", "'923609017' has a wrong check digit; please check the number"),
        (4, "Ansatte", "'12,5' is not a whole number (write digits only, like 1200)"),
        (4, "Navn", "is required"),
        (4, "Stiftet", f"must be between 1800 and {this_year}, not {this_year + 1}"),
        (5, "Ansatte", "must be between 0 and 1000000, not -3"),
        (5, "E-post", "'kari-at-example.no' is not an e-mail address"),
        (5, "Stiftet", "'neste år' is not a year"),
    ]
    assert [r.action for r in preview.rows] == [
        RowAction.CREATE,
        RowAction.ERROR,
        RowAction.ERROR,
        RowAction.ERROR,
        RowAction.CREATE,
    ]
    assert not preview.ok
    assert (
        preview.summary == "2 to create, 0 to update, 0 unchanged, 0 to skip; 3 rows have problems"
    )
    assert sorted(preview.errors_by_row()) == [3, 4, 5]
    assert counts(services) == before


def test_a_refused_import_writes_nothing_at_all(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    existing = make.company(name="Havbris AS", org_number=org_number(1), sector="Subsea")
    before = counts(services)
    audit_before = audit_rows(services, "companies")
    rows = [HEADER] + [
        [f"Firma {n} AS", org_number(n), "Havbruk", "", "", "", ""] for n in range(2, 500)
    ]
    rows.append(["Havbris AS", org_number(1), "Aquaculture", "", "", "", ""])  # an update
    rows.append(["Broken AS", "", "", "many", "", "", ""])  # one bad row, last
    with pytest.raises(ImportRefusedError) as refused:
        run_import(services, rows, cohort_id=cohort.id)
    assert counts(services) == before
    assert audit_rows(services, "companies") == audit_before
    assert services.companies.get_company(existing.id).sector == "Subsea"
    message = str(refused.value)
    assert message.startswith("nothing was imported: 1 row has problems.")
    assert "row 501, Ansatte: 'many' is not a whole number" in message
    assert [e.row for e in refused.value.errors] == [501]


def test_the_refusal_message_names_the_first_rows(services: Services) -> None:
    rows = [HEADER] + [[f"Firma {n} AS", "123", "", "", "", "", ""] for n in range(8)]
    with pytest.raises(ValidationError) as refused:
        run_import(services, rows)
    message = str(refused.value)
    assert "8 rows have problems" in message
    assert "row 2, Orgnr: '123' is not nine digits" in message
    assert "row 6, Orgnr" in message and "row 7, Orgnr" not in message
    assert message.endswith("and 3 more")


def test_duplicate_org_numbers_inside_the_file(services: Services) -> None:
    rows = [
        HEADER,
        ["First AS", org_number(1), "", "", "", "", ""],
        ["Other AS", org_number(2), "", "", "", "", ""],
        ["Again AS", " " + org_number(1)[:3] + " " + org_number(1)[3:], "", "", "", "", ""],
    ]
    preview = importer(services).preview(table_of(rows), suggest_mapping(HEADER).fields)
    assert [(d.number, d.rows) for d in preview.duplicates] == [(org_number(1), (2, 4))]
    assert [str(e) for e in preview.errors] == [
        f"row 4, Orgnr: {org_number(1)} is also on row 2; a company may be in the file only once"
    ]
    with pytest.raises(ImportRefusedError):
        run_import(services, rows)
    assert counts(services)["companies"] == 0


def test_existing_companies_are_updated_or_skipped(services: Services, make: Factory) -> None:
    old = make.company(
        name="Havbris AS", org_number=org_number(1), sector="Subsea", employees=4, website="x.no"
    )
    rows = [
        HEADER,
        ["Havbris AS", org_number(1), "Aquaculture", "", "", "", ""],  # blank cells keep
        ["New AS", org_number(2), "", "", "", "", ""],
    ]
    skipped = run_import(services, rows, existing="skip")
    assert (skipped.created, skipped.updated, skipped.skipped) == (1, 0, 1)
    assert services.companies.get_company(old.id).sector == "Subsea"

    audit_before = len(audit_rows(services, "companies"))
    updated = run_import(services, rows, existing=ExistingPolicy.UPDATE)
    assert (updated.created, updated.updated, updated.unchanged) == (0, 1, 1)
    record = services.companies.get_company(old.id)
    assert (record.sector, record.employees, record.website) == ("Aquaculture", 4, "x.no")
    trail = audit_rows(services, "companies")[audit_before:]
    assert [(r["action"], r["record_id"]) for r in trail] == [("update", old.id)]
    assert changes(trail[0]) == {"sector": ["Subsea", "Aquaculture"]}

    again = run_import(services, rows)
    assert (again.updated, again.unchanged) == (0, 2)
    assert len(audit_rows(services, "companies")) == audit_before + 1  # nothing new to record


def test_a_skipped_row_is_not_checked_but_a_broken_file_still_is(
    services: Services, make: Factory
) -> None:
    make.company(name="Havbris AS", org_number=org_number(1))
    rows = [HEADER, ["", org_number(1), "", "lots", "", "", ""]]
    preview = importer(services).preview(
        table_of(rows),
        suggest_mapping(HEADER).fields,
        existing="skip",
    )
    assert preview.ok and [r.action for r in preview.rows] == [RowAction.SKIP]
    update = importer(services).preview(table_of(rows), suggest_mapping(HEADER).fields)
    # Updating, the blank name keeps the one on record; "lots" is still not a number.
    assert [(e.row, e.column) for e in update.errors] == [(2, "Ansatte")]


def test_audit_rows_are_shaped_as_the_listener_writes_them(
    services: Services, make: Factory
) -> None:
    typed = make.company(
        name="Typed AS",
        org_number=org_number(1),
        sector="Havbruk",
        employees=3,
        founded_year=2011,
    )
    services.companies.add_contact(typed.id, ContactInput("Kari Nordmann", email="kari@x.no"))
    run_import(
        services,
        [
            HEADER,
            ["Imported AS", org_number(2), "Havbruk", "3", "2011", "Kari Nordmann", "kari@x.no"],
        ],
    )
    companies = audit_rows(services, "companies")
    contacts = audit_rows(services, "contacts")
    assert [r["action"] for r in companies] == ["create", "create"]
    by_hand, imported = changes(companies[0]), changes(companies[1])
    by_hand["name"][1], by_hand["org_number"][1] = "Imported AS", org_number(2)
    assert list(imported.items()) == list(by_hand.items())  # same fields, same order
    assert companies[1]["summary"] == "Company 'Imported AS'"
    assert companies[1]["username"] == companies[0]["username"] == "system"
    hand_contact, imported_contact = changes(contacts[0]), changes(contacts[1])
    hand_contact["company_id"][1] = imported_contact["company_id"][1]
    assert list(imported_contact.items()) == list(hand_contact.items())
    assert contacts[1]["summary"] == contacts[0]["summary"] == "Contact 'Kari Nordmann'"


def test_import_into_a_cohort_enrols_with_the_template_milestones(
    services: Services, make: Factory
) -> None:
    programme = make.programme()
    make.template(programme.id, "Ten customer interviews", "Pitch deck")
    cohort = make.cohort(programme.id, name="Vår 2026")
    already = make.company(name="Already AS", org_number=org_number(1))
    by_hand = make.enrolment(cohort.id, company_id=already.id)
    rows = [
        HEADER,
        ["Already AS", org_number(1), "", "", "", "", ""],
        ["New One AS", org_number(2), "", "", "", "", ""],
        ["New Two AS", "", "", "", "", "", ""],
    ]
    audit_before = {t: len(audit_rows(services, t)) for t in ("enrolments", "milestones")}
    result = run_import(services, rows, cohort_id=cohort.id)
    assert (result.enrolled, result.already_enrolled, result.milestones) == (2, 1, 4)
    assert result.summary.endswith("2 enrolled in Vår 2026 (1 already was)")
    enrolments = services.enrolments.list_enrolments(cohort_id=cohort.id)
    assert sorted(e.company_name for e in enrolments) == ["Already AS", "New One AS", "New Two AS"]
    expected = [
        (m.position, m.title, m.category, m.due_date, m.status, m.template_item_id)
        for m in services.enrolments.milestones(by_hand.id)
    ]
    for e in enrolments:
        assert e.joined_on == cohort.start_date
        got = [
            (m.position, m.title, m.category, m.due_date, m.status, m.template_item_id)
            for m in services.enrolments.milestones(e.id)
        ]
        assert got == expected
    assert len(audit_rows(services, "enrolments")) == audit_before["enrolments"] + 2
    assert len(audit_rows(services, "milestones")) == audit_before["milestones"] + 4


def test_an_unknown_cohort_writes_nothing(services: Services) -> None:
    with pytest.raises(NotFoundError, match="cohort 999"):
        run_import(services, [HEADER, ["A AS", "", "", "", "", "", ""]], cohort_id=999)
    assert counts(services)["companies"] == 0


def test_only_coordinators_import(services: Services, make: Factory) -> None:
    mentor = make.user()
    service = ImportService(services.db, Actor(mentor.id, mentor.username, Role.MENTOR))
    table = table_of([HEADER, ["A AS", "", "", "", "", "", ""]])
    with pytest.raises(PermissionDeniedError):
        service.preview(table, {0: ImportField.NAME})
    with pytest.raises(PermissionDeniedError):
        service.import_companies(table, {0: ImportField.NAME})


def test_a_wrong_mapping_is_refused_plainly(services: Services) -> None:
    table = table_of([HEADER, ["A AS", "", "", "", "", "", ""]])
    service = importer(services)
    with pytest.raises(ValidationError, match="say which column holds the company's name"):
        service.preview(table, {1: "org_number"})
    with pytest.raises(ValidationError, match="Name is given to two columns: 'Navn' and 'Bransje'"):
        service.preview(table, {0: "name", 2: "name"})
    with pytest.raises(ValidationError, match="column 9 does not exist"):
        service.preview(table, {0: "name", 8: "sector"})
    with pytest.raises(ValidationError, match="'turnover' is not a field"):
        service.preview(table, {0: "name", 1: "turnover"})


def test_foreign_companies_keep_their_own_number(services: Services) -> None:
    rows = [
        ["Name", "Org number", "Country"],
        ["Sjöfisk AB", "556677-8899", "Sverige"],
        ["Norsk AS", org_number(1), "Norge"],
    ]
    run_import(services, rows)
    [swedish] = services.companies.find_companies("Sjöfisk")
    assert (swedish.is_foreign, swedish.country, swedish.registry_number, swedish.org_number) == (
        True,
        "Sverige",
        "556677-8899",
        None,
    )
    norsk = services.companies.by_org_number(org_number(1))
    assert norsk is not None and (norsk.is_foreign, norsk.country) == (False, "Norway")
    again = run_import(services, rows)
    assert (again.created, again.unchanged) == (0, 2)


def test_contacts_are_matched_by_name_on_a_second_import(services: Services, make: Factory) -> None:
    rows = [HEADER, ["Havbris AS", org_number(1), "", "", "", "Kari Nordmann", ""]]
    run_import(services, rows)
    rows[1][6] = "kari@havbris.no"
    result = run_import(services, rows)
    assert (result.contacts_added, result.contacts_updated) == (0, 1)
    company = services.companies.by_org_number(org_number(1))
    assert company is not None
    assert [(c.name, c.email) for c in company.contacts] == [("Kari Nordmann", "kari@havbris.no")]
    trail = audit_rows(services, "contacts")
    assert changes(trail[-1]) == {"email": ["", "kari@havbris.no"]}


def test_a_company_without_a_number_that_is_already_there_gets_a_warning(
    services: Services, make: Factory
) -> None:
    make.company(name="Fisk_Data AS", org_number="")
    make.company(name="FiskXData AS", org_number="")
    rows = [
        HEADER,
        ["Fisk_Data AS", "", "", "", "", "", ""],
        ["Fisk%Data AS", "", "", "", "", "", ""],
    ]
    result = run_import(services, rows)
    assert [(w.row, w.field) for w in result.warnings] == [(2, ImportField.NAME)]
    # Names are compared as typed: % and _ match themselves, in the import as in search.
    assert [c.name for c in services.companies.find_companies("k_d")] == [
        "Fisk_Data AS",
        "Fisk_Data AS",
    ]
    assert [c.name for c in services.companies.find_companies("%")] == ["Fisk%Data AS"]


def test_the_database_is_read_again_when_importing_after_a_preview(
    services: Services, make: Factory
) -> None:
    rows = [HEADER, ["Havbris AS", org_number(1), "Aquaculture", "", "", "", ""]]
    table = table_of(rows)
    preview = importer(services).preview(table, suggest_mapping(HEADER).fields)
    assert [r.action for r in preview.rows] == [RowAction.CREATE]
    make.company(name="Havbris AS", org_number=org_number(1), sector="Subsea")  # meanwhile
    result = importer(services).import_companies(preview)
    assert (result.created, result.updated) == (0, 1)
    assert counts(services)["companies"] == 1


def test_cancelling_writes_nothing(services: Services) -> None:
    rows = [HEADER] + [[f"Firma {n} AS", org_number(n), "", "", "", "", ""] for n in range(5000)]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 6000

    table = table_of(rows)
    with pytest.raises(ImportCancelledError):
        importer(services).import_companies(table, progress=progress)
    assert seen == [(2000, 10000), (4000, 10000), (6000, 10000)]
    assert counts(services)["companies"] == 0


def test_100000_rows_in_one_all_or_nothing_import(services: Services) -> None:
    lines = ["Navn;Orgnr;Bransje;Ansatte;Stiftet"]
    lines += [
        f"Bedrift {n} AS;{org_number(n)};Havbruk;{n % 300};{1990 + n % 30}" for n in range(100_000)
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    started = time.perf_counter()
    table = read_companies_csv(data)
    result = importer(services).import_companies(table)
    elapsed = time.perf_counter() - started
    assert result.created == 100_000
    with services.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM companies")).scalar_one() == 100_000
        trail = s.execute(
            text("SELECT count(*) FROM audit_entries WHERE table_name = 'companies'")
        ).scalar_one()
        sample = s.execute(
            text("SELECT name, employees, founded_year FROM companies WHERE org_number = :o"),
            {"o": org_number(99_999)},
        ).one()
    assert trail == 100_000
    assert tuple(sample) == ("Bedrift 99999 AS", 99_999 % 300, 1990 + 99_999 % 30)
    print(f"100,000 companies read, checked and imported in {elapsed:.1f} s")


def test_a_company_typed_the_same_way_validates_the_same_way(services: Services) -> None:
    """The import uses validate_company: what the form refuses, the import refuses."""
    with pytest.raises(ValidationError) as typed:
        services.companies.create_company(CompanyInput(name="X" * 201, website="w" * 501))
    preview = importer(services).preview(
        table_of([["Name", "Website"], ["X" * 201, "w" * 501]]),
        {0: "name", 1: "website"},
    )
    assert {e.field.value: e.message for e in preview.errors if e.field} == typed.value.problems


def test_changes_json_is_valid_for_every_created_row(services: Services) -> None:
    run_import(services, [HEADER, ['Quote "AS"', "", "", "", "", "", ""]])
    [row] = audit_rows(services, "companies")
    assert json.loads(row["changes"])["name"] == [None, 'Quote "AS"']


def filed_case() -> bytes:
    """Issue #13, finding 5: row 2 opens a quote it never closes; row 3 is another company."""
    return (
        "Name,Org number,Sector\r\n"
        f'"Tromsø Polarlaks AS,{org_number(1)},Aquaculture\r\n'
        f"Lofoten Tare AS,{org_number(2)},Seaweed\r\n"
    ).encode()


def test_the_filed_broken_quote_is_refused_and_nothing_is_imported(services: Services) -> None:
    table = read_companies_csv(filed_case())
    before = counts(services)
    preview = importer(services).preview(table, suggest_mapping(table.headers).fields)
    assert not preview.ok
    [error] = preview.errors
    assert str(error).startswith(
        "row 2, Name: the quote that opens on line 2 is never closed, so everything after it"
    )
    with pytest.raises(ImportRefusedError) as refused:
        importer(services).import_companies(table, suggest_mapping(table.headers).fields)
    assert "row 2, Name: the quote that opens on line 2 is never closed" in str(refused.value)
    assert [e.row for e in refused.value.errors] == [2]
    assert counts(services) == before
    assert services.companies.list_companies() == []


def test_a_row_with_a_broken_quote_is_an_error_row_between_good_ones(services: Services) -> None:
    rows = (
        "Navn;Orgnr;Bransje;Ansatte\r\n"
        f"Havbris AS;{org_number(1)};Havbruk;12\r\n"
        f'"Tare "Grønn" AS;{org_number(2)};Tare;3\r\n'
        f"Neste AS;{org_number(3)};;\r\n"
    )
    table = read_companies_csv(rows.encode())
    preview = importer(services).preview(table, suggest_mapping(table.headers).fields)
    assert [(e.row, e.column) for e in preview.errors] == [(3, "Navn")]
    assert preview.errors[0].message.startswith("on line 3, text follows the closing quote")
    assert [(r.row, r.action) for r in preview.rows] == [
        (2, RowAction.CREATE),
        (3, RowAction.ERROR),
        (4, RowAction.CREATE),
    ]
    assert preview.summary == "2 to create, 0 to update, 0 unchanged, 0 to skip; 1 row has problems"


def test_a_reading_problem_is_never_lost_on_the_way_to_the_preview(services: Services) -> None:
    # A table built by hand may name a problem on a row it does not hold.
    table = CsvTable(("Navn",), (CsvRow(2, ("A AS",)),), "utf-8", ";", (RowError(3, "is broken"),))
    preview = importer(services).preview(table, {0: "name"})
    assert [str(e) for e in preview.errors] == ["row 3: is broken"]
    with pytest.raises(ImportRefusedError):
        importer(services).import_companies(table, {0: "name"})
    assert services.companies.list_companies() == []
