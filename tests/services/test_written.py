"""A write says which tables it changed (services/written.py): the tables its audit rows
name, once it commits; the window refreshes from that instead of from lists kept by hand."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from accelerator.errors import ConflictError, ValidationError
from accelerator.services import Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.importing import ImportService, read_companies_csv, suggest_mapping
from accelerator.services.programmes import ProgrammeInput
from accelerator.services.written import recording
from tests.data_io.helpers import csv_text
from tests.factories import DIMENSIONS, Factory, org_number


def _audited_since(services: Services, entry: int) -> set[str]:
    with services.db.read() as s:
        query = text("SELECT DISTINCT table_name FROM audit_entries WHERE id > :entry")
        return set(s.execute(query, {"entry": entry}).scalars())


def _last_entry(services: Services) -> int:
    with services.db.read() as s:
        return int(s.execute(text("SELECT max(id) FROM audit_entries")).scalar() or 0)


def test_a_write_reports_the_tables_its_audit_rows_name(services: Services, make: Factory) -> None:
    enrolment = make.enrolment()
    mentor = make.user()
    before = _last_entry(services)
    with recording() as tables:
        make.assessment(
            enrolment.id,
            assessor_id=mentor.id,
            reasons=dict.fromkeys(DIMENSIONS, "Seen at the pilot"),
        )
    assert tables == {"assessments", "scores", "assessment_texts"}
    assert tables == _audited_since(services, before)


def test_each_write_inside_the_recording_adds_its_tables(services: Services, make: Factory) -> None:
    company = make.company()
    with recording() as tables:
        services.companies.add_contact(company.id, ContactInput("Eva Berg"))
        assert tables == {"contacts"}
        services.companies.update_company(
            company.id, CompanyInput("Havbris Ocean AS", org_number=company.org_number)
        )
    assert tables == {"contacts", "companies"}


def test_a_refused_write_reports_nothing(services: Services, make: Factory) -> None:
    make.programme(name="Ocean Tech")
    with recording() as tables, pytest.raises(ValidationError):
        services.programmes.create_programme(ProgrammeInput("Ocean Tech"))
    assert tables == set()


def test_a_conflict_reports_the_table_of_the_record_someone_else_changed(
    services: Services, make: Factory
) -> None:
    programme = make.programme(name="Ocean Tech")
    services.programmes.update_programme(programme.id, ProgrammeInput("Ocean Tech Scale-up"))
    with recording() as tables, pytest.raises(ConflictError):
        services.programmes.update_programme(
            programme.id, ProgrammeInput("Ocean Tech 2"), expected_version=programme.row_version
        )
    assert tables == {"programmes"}  # the pages showing it are out of date


def test_an_import_reports_the_tables_of_its_bulk_writes(services: Services) -> None:
    rows = [["Navn", "Orgnr", "Kontaktperson"], ["Tare & Tang AS", org_number(1), "Åse Øye"]]
    table = read_companies_csv(csv_text(rows).encode())
    importer = ImportService(services.db, services.actor)
    with recording() as tables:
        importer.import_companies(table, suggest_mapping(table.headers).fields)
    assert tables == {"companies", "contacts"}


def test_writes_outside_a_recording_or_in_another_thread_are_not_reported(
    services: Services, make: Factory
) -> None:
    make.company()  # no recording: nothing to tell, and nothing fails
    with recording() as tables:
        elsewhere = threading.Thread(target=make.programme)
        elsewhere.start()
        elsewhere.join()
    assert tables == set()
    assert services.programmes.list_programmes()
