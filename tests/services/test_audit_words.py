"""The audit trail reads in the language spoken: a record by what a person calls it, a
field by the forms' words, a linked record, a status and a date in words; the entry
itself stays as it was written."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from accelerator import i18n
from accelerator.domain.enums import AuditAction, MilestoneStatus
from accelerator.models import Base
from accelerator.services import Services
from accelerator.services.audit import SKIPPED_FIELDS
from accelerator.services.audit_log import (
    TABLE_NOUNS,
    AuditFilter,
    AuditRecord,
    field_words,
)
from accelerator.services.companies import CompanyInput
from tests.factories import Factory

#: The trail does not record itself.
_NOT_AUDITED = frozenset({"audit_entries"})


@pytest.fixture
def bokmal() -> Iterator[None]:
    with i18n.speaking("nb"):
        yield


def _tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if t.name not in _NOT_AUDITED]


def test_every_table_has_a_noun() -> None:
    missing = [name for name in _tables() if name not in TABLE_NOUNS]
    assert not missing, (
        f"the audit trail would show these tables by their names: {missing}. Add what a "
        "person calls one of their records to TABLE_NOUNS in "
        'accelerator/services/audit_log.py, as marked("Records", "membership"), and its '
        "bokmål to the catalogue"
    )


def test_every_column_has_words() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        if table.name not in _NOT_AUDITED
        for column in table.columns
        if column.name not in SKIPPED_FIELDS and field_words(table.name, column.name) is None
    ]
    assert not missing, (
        f"the audit trail would show these columns by their names: {missing}. Add the "
        'words the forms use to FIELD_LABELS in accelerator/errors.py, as "left_on": '
        'marked("Fields", "Left on"), or, when they are not the name made readable '
        '("is_foreign": "Foreign"), to COLUMN_WORDS in accelerator/services/audit_log.py; '
        'a link (cohort_id) is named by "cohort" there or by its table\'s noun. Then '
        "their bokmål to the catalogue"
    )


def _company_renamed(services: Services, make: Factory) -> AuditRecord:
    company = make.company(name="Havbris AS", sector="Aquaculture")
    services.companies.update_company(
        company.id,
        CompanyInput(name="Havbris Subsea AS", org_number=company.org_number, sector="Subsea"),
    )
    return services.audit.entries(AuditFilter(table_name="companies"))[0]


def test_english_reads_as_it_did(services: Services, make: Factory) -> None:
    entry = _company_renamed(services, make)
    assert entry.summary == "Company 'Havbris Subsea AS'", "stored as it always was"
    assert entry.summary_words() == "Company 'Havbris Subsea AS'"
    assert entry.record_words() == f"Company {entry.record_id}"
    assert entry.describe_changes().splitlines() == [
        "Name: Havbris AS → Havbris Subsea AS",
        "Sector: Aquaculture → Subsea",
    ]


@pytest.mark.usefixtures("bokmal")
def test_a_change_reads_in_bokmal(services: Services, make: Factory) -> None:
    entry = _company_renamed(services, make)
    assert entry.summary_words() == "Selskap «Havbris Subsea AS»"
    assert entry.record_words() == f"Selskap {entry.record_id}"
    assert entry.describe_changes().splitlines() == [
        "Navn: Havbris AS → Havbris Subsea AS",
        "Bransje: Aquaculture → Subsea",
    ]


def test_links_statuses_and_dates_in_words(services: Services, make: Factory) -> None:
    programme = make.programme(name="Havbruk")
    make.template(programme.id, "Ten customer interviews")
    cohort = make.cohort(programme.id, name="Vår 2026")
    company = make.company(name="Havbris AS")
    enrolment = make.enrolment(cohort.id, company_id=company.id)
    milestone = services.enrolments.milestones(enrolment.id)[0]
    services.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1), evidence="Calls"
    )
    done = services.audit.entries(AuditFilter(table_name="milestones"))[0]
    enrolled = services.audit.entries(AuditFilter(table_name="enrolments"))[0]
    with i18n.speaking("nb"):
        assert done.summary_words() == "Milepæl «Ten customer interviews»"
        assert done.describe_changes().splitlines() == [
            "Status: Ikke startet → Fullført",
            "Dato fullført: — → 1. feb. 2026",
            "Dokumentasjon: — → Calls",
        ]
        lines = enrolled.describe_changes().splitlines()
        assert f"Kull: kull {cohort.id}" in lines
        assert f"Selskap: selskap {company.id}" in lines
        assert "Status: Aktiv" in lines
        assert enrolled.summary_words() == "Deltakelse", "a record with no name: its kind"
    assert "Status: Not started → Done" in done.describe_changes().splitlines()
    assert f"Cohort: cohort {cohort.id}" in enrolled.describe_changes().splitlines()


def test_a_created_record_lists_what_it_has(services: Services, make: Factory) -> None:
    make.company(name="Havbris AS", sector="", website="")
    created = services.audit.entries(AuditFilter(table_name="companies"))[0]
    assert created.action is AuditAction.CREATE
    labels = [line.split(": ")[0] for line in created.describe_changes().splitlines()]
    assert "Name" in labels
    assert "Sector" not in labels and "Website" not in labels, "left empty: not listed"


@pytest.mark.usefixtures("bokmal")
def test_a_secret_reads_hidden_in_the_language(services: Services, make: Factory) -> None:
    user = make.user(username="kari", password="correct horse battery")
    services.users.set_password(user.id, "another long secret")
    changed = services.audit.entries(AuditFilter(table_name="users"))[0]
    assert re.fullmatch(r"Passord: \S+ → \(skjult\)", changed.describe_changes())


def _entry(table: str, summary: str, changes: dict[str, list[object]]) -> AuditRecord:
    return AuditRecord(
        1, dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC), None, "system",
        AuditAction.UPDATE, table, 7, summary, changes,
    )  # fmt: skip


def test_what_cannot_be_read_is_shown_as_stored() -> None:
    # Written by hand, or by a version before the summary took the listener's form.
    odd = _entry("companies", "imported from the old register", {"name": ["A", "B"]})
    assert odd.summary_words() == "imported from the old register"
    # A table dropped since: its name is all there is.
    gone = _entry("old_notes", "OldNote 'x'", {"body": ["a", "b"]})
    assert gone.record_words() == "old_notes 7"
    assert gone.summary_words() == "OldNote 'x'"
    assert gone.describe_changes() == "Body: a → b"
    # A value stored before a field's type changed.
    odd_date = _entry("milestones", "Milestone", {"due_date": ["soon", None]})
    assert odd_date.describe_changes() == "Due date: soon → —"


def test_old_entries_read_in_the_language_too(services: Services) -> None:
    """An entry written before the trail was worded when shown (the summary as the
    listener has always written it) reads in bokmål like a new one."""
    with services.db.write() as s:
        s.execute(
            text(
                "INSERT INTO audit_entries (at, username, action, table_name, record_id, "
                "summary, changes) VALUES ('2026-01-05 09:00:00', 'ola', 'update', "
                "'contacts', 3, :summary, :changes)"
            ),
            {"summary": 'Contact "Ola O\'Neill"', "changes": json.dumps({"phone": ["1", "2"]})},
        )
    old = services.audit.entries(AuditFilter(user="ola"))[0]
    with i18n.speaking("nb"):
        assert old.record_words() == "Kontaktperson 3"
        assert old.summary_words() == "Kontaktperson «Ola O'Neill»"
        assert old.describe_changes() == "Telefon: 1 → 2"


@pytest.mark.usefixtures("bokmal")
def test_the_export_speaks_bokmal(services: Services, make: Factory, tmp_path: Path) -> None:
    entry = _company_renamed(services, make)
    target = tmp_path / "endringslogg.csv"
    services.audit.export(target, AuditFilter(table_name="companies"))
    with target.open(encoding="utf-8-sig", newline="") as f:
        header, changed, created = list(csv.reader(f))
    assert header == [
        "Tidspunkt (UTC)",
        "Bruker",
        "Handling",
        "Posttype",
        "Nr.",
        "Sammendrag",
        "Endringer",
    ]
    assert changed[1:] == [
        "system",
        "Endret",
        "Selskap",
        str(entry.record_id),
        "Selskap «Havbris Subsea AS»",
        "Navn: Havbris AS → Havbris Subsea AS\nBransje: Aquaculture → Subsea",
    ]
    assert created[2] == "Opprettet"
