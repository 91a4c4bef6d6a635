"""Exporting: no cell a spreadsheet would run, numbers stay numbers, confidential notes stay
home, and a failed write leaves the old file."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from accelerator import i18n
from accelerator.domain.enums import MilestoneStatus, Role
from accelerator.errors import NotFoundError, PermissionDeniedError, ValidationError
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Actor, Services
from accelerator.services.atomic import WriteFailedError, atomic_write
from accelerator.services.companies import ContactInput
from accelerator.services.exporting import (
    DANGEROUS_PREFIXES,
    LEFT_OUT,
    XLSX_CELL_LIMIT,
    Cell,
    ExportService,
    Sheet,
    neutralise,
    save_sheet,
)
from accelerator.services.importing import ImportField, read_companies_csv, suggest_mapping
from tests.data_io.helpers import importer
from tests.factories import Factory

REPO = Path(__file__).resolve().parents[2]
# What people outside the programme type, and a spreadsheet would run as a formula.
ATTACKS = ['=HYPERLINK("http://x")', "+47 900 00 000", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)"]


def exporter(services: Services) -> ExportService:
    return ExportService(services.db, services.actor)


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def read_xlsx(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def test_every_dangerous_leading_character_is_neutralised(tmp_path: Path) -> None:
    values = [p + "1+1" for p in DANGEROUS_PREFIXES] + ["safe", "a=b", "'quoted", ""]
    sheet = Sheet("Cells", ("Header", "=Header"), [(v, 7) for v in values])
    save_sheet(sheet, tmp_path / "cells.csv")
    save_sheet(sheet, tmp_path / "cells.xlsx")
    expected = ["'" + p + "1+1" for p in DANGEROUS_PREFIXES] + ["safe", "a=b", "'quoted", ""]
    csv_rows = read_csv(tmp_path / "cells.csv")
    assert csv_rows[0] == ["Header", "'=Header"]
    assert [r[0] for r in csv_rows[1:]] == expected
    xlsx_rows = read_xlsx(tmp_path / "cells.xlsx")
    assert xlsx_rows[0] == ["Header", "'=Header"]
    # XML reads a carriage return back as a line feed; the quote in front is what counts.
    assert [r[0] or "" for r in xlsx_rows[1:]] == [e.replace("\r", "\n") for e in expected]
    assert all(r[1] == 7 for r in xlsx_rows[1:])  # a number stays a number
    assert neutralise("=1") == "'=1" and neutralise("1=1") == "1=1"


def test_dangerous_text_from_the_database_is_neutralised_everywhere(
    services: Services, make: Factory, tmp_path: Path
) -> None:
    programme = make.programme()
    make.template(programme.id, "=Ten interviews")
    cohort = make.cohort(programme.id)
    company = make.company(name=ATTACKS[0], sector=ATTACKS[2], technology_focus=ATTACKS[3])
    services.companies.add_contact(company.id, ContactInput("Kari", phone=ATTACKS[1]))
    enrolment = make.enrolment(cohort.id, company_id=company.id)
    [milestone] = services.enrolments.milestones(enrolment.id)
    services.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1), evidence=ATTACKS[3]
    )
    make.assessment(enrolment.id, notes=ATTACKS[2], next_steps=ATTACKS[0])
    for kind in ("companies", "milestones", "assessments"):
        for suffix in ("csv", "xlsx"):
            path = tmp_path / f"{kind}.{suffix}"
            exporter(services).export(kind, path)
            rows = read_csv(path) if suffix == "csv" else read_xlsx(path)
            cells = [c for row in rows for c in row if isinstance(c, str)]
            assert not [c for c in cells if c.startswith(DANGEROUS_PREFIXES)], (kind, suffix)
            assert any(c.startswith("'") for c in cells), (kind, suffix)


def test_numbers_stay_numbers_and_an_org_number_stays_text(
    services: Services, make: Factory, tmp_path: Path
) -> None:
    make.company(name="Havbris AS", org_number="923609016", employees=12, founded_year=2015)
    exporter(services).export("companies", tmp_path / "c.xlsx")
    exporter(services).export("companies", tmp_path / "c.csv", delimiter=";")
    header, row = read_xlsx(tmp_path / "c.xlsx")
    values = dict(zip(header, row, strict=True))
    assert values["Organisation number"] == "923609016"
    assert (values["Employees"], values["Founded"]) == (12, 2015)
    csv_header, csv_row = read_csv(tmp_path / "c.csv", ";")
    text = dict(zip(csv_header, csv_row, strict=True))
    assert (text["Organisation number"], text["Employees"]) == ("923609016", "12")


def test_dates_stay_dates_in_xlsx(services: Services, make: Factory, tmp_path: Path) -> None:
    enrolment = make.enrolment()
    make.assessment(enrolment.id, assessed_on=dt.date(2026, 2, 1))
    exporter(services).export("assessments", tmp_path / "a.xlsx")
    header, row = read_xlsx(tmp_path / "a.xlsx")
    assessed = dict(zip(header, row, strict=True))["Assessed on"]
    assert isinstance(assessed, dt.datetime) and assessed.date() == dt.date(2026, 2, 1)


def test_confidential_notes_are_left_out_unless_a_coordinator_asks(
    services: Services, make: Factory, tmp_path: Path
) -> None:
    enrolment = make.enrolment()
    make.assessment(enrolment.id, notes="open notes", next_steps="open steps")
    make.assessment(
        enrolment.id,
        assessed_on=dt.date(2026, 3, 1),
        notes="the founders are splitting up",
        next_steps="talk to the board",
        confidential=True,
    )
    result = exporter(services).export("assessments", tmp_path / "a.csv")
    assert result.confidential_left_out == 1
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "splitting up" not in text and "talk to the board" not in text
    assert "open notes" in text and LEFT_OUT in text
    exporter(services).export("assessments", tmp_path / "all.xlsx", include_confidential=True)
    cells = [c for row in read_xlsx(tmp_path / "all.xlsx") for c in row]
    assert "the founders are splitting up" in cells

    mentor = make.user()
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    cohort = enrolment.cohort_id
    as_mentor = ExportService(services.db, Actor(mentor.id, mentor.username, Role.MENTOR))
    with pytest.raises(PermissionDeniedError, match="only a coordinator"):
        as_mentor.export(
            "assessments", tmp_path / "m.csv", cohort_id=cohort, include_confidential=True
        )
    assert not (tmp_path / "m.csv").exists()
    with pytest.raises(PermissionDeniedError, match="choose the cohort"):
        as_mentor.export("assessments", tmp_path / "m.csv")
    as_mentor.export("assessments", tmp_path / "m.csv", cohort_id=cohort)
    assert "splitting up" not in (tmp_path / "m.csv").read_text(encoding="utf-8-sig")


def test_assessments_have_a_level_and_a_reason_column_per_dimension(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    make.assessment(
        enrolment.id,
        levels=dict.fromkeys(
            ("customer", "technology", "business_model", "ip", "team", "funding"), 4
        ),
        reasons={"technology": "prototype at sea"},
    )
    sheet = exporter(services).sheet("assessments")
    assert [h for h in sheet.headers if h.endswith((" level", " reason"))][:4] == [
        "Customer level",
        "Customer reason",
        "Technology level",
        "Technology reason",
    ]
    row = dict(zip(sheet.headers, sheet.rows[0], strict=True))
    assert (row["Technology level"], row["Technology reason"]) == (4, "prototype at sea")


def test_milestones_with_enrolment_company_and_cohort(services: Services, make: Factory) -> None:
    programme = make.programme(name="Ocean Accelerator")
    make.template(programme.id, "Ten customer interviews", "Pitch deck")
    cohort = make.cohort(programme.id, name="Vår 2026")
    other = make.cohort(programme.id, name="Høst 2026")
    make.enrolment(cohort.id, company_id=make.company(name="Havbris AS").id)
    make.enrolment(other.id)
    sheet = exporter(services).milestones(cohort_id=cohort.id, today=dt.date(2026, 1, 31))
    assert [(r[0], r[1], r[2], r[5], r[6], r[9], r[11]) for r in sheet.rows] == [
        (
            "Ocean Accelerator",
            "Vår 2026",
            "Havbris AS",
            1,
            "Ten customer interviews",
            "not started",
            True,
        ),
        ("Ocean Accelerator", "Vår 2026", "Havbris AS", 2, "Pitch deck", "not started", False),
    ]


def test_an_export_imports_again_unchanged(
    services: Services, make: Factory, tmp_path: Path
) -> None:
    company = make.company(name="Havbris AS", sector="=Subsea", employees=3, website="x.no")
    services.companies.add_contact(company.id, ContactInput("Kari", "CEO", "k@x.no", "+47 1"))
    services.companies.add_contact(company.id, ContactInput("Ola"))
    make.company(
        name="Sjöfisk AB",
        org_number="",
        is_foreign=True,
        country="Sweden",
        registry_number="556677-8899",
    )
    exporter(services).export("companies", tmp_path / "companies.csv", delimiter=";")
    result = importer(services).import_companies(read_companies_csv(tmp_path / "companies.csv"))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert (result.contacts_added, result.contacts_updated) == (0, 0)


def test_long_text_and_control_characters_fit_in_xlsx(tmp_path: Path) -> None:
    long = "n" * 100_000
    sheet = Sheet("Notes", ("Notes",), [(long,), ("bell\x07 and\x1b escape",)])
    save_sheet(sheet, tmp_path / "n.xlsx")
    rows = read_xlsx(tmp_path / "n.xlsx")
    assert len(str(rows[1][0])) == XLSX_CELL_LIMIT
    assert "cut: 100,000 characters" in str(rows[1][0])
    assert rows[2][0] == "bell and escape"
    save_sheet(sheet, tmp_path / "n.csv")
    assert read_csv(tmp_path / "n.csv")[1][0] == long  # CSV keeps all of it


def test_the_file_name_chooses_the_format(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"report\.pdf does not end in \.csv or \.xlsx"):
        exporter(services).export("companies", tmp_path / "report.pdf")
    result = exporter(services).export("companies", tmp_path / "UPPER.XLSX")
    assert result.format == "xlsx"
    assert (tmp_path / "UPPER.XLSX").read_bytes()[:2] == b"PK"  # a zip: an xlsx


# --- atomic writes ---------------------------------------------------------------------


def test_a_failure_midway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"the old export")

    class ExportBrokeError(Exception):
        pass

    class Rows(list[tuple[Cell, ...]]):
        def __iter__(self) -> Iterator[tuple[Cell, ...]]:
            for n in range(5000):
                if n == 4000:
                    raise ExportBrokeError
                yield (f"row {n}",)

    for name in ("export.xlsx", "export.csv"):
        path = tmp_path / name
        path.write_bytes(b"the old export")
        with pytest.raises(ExportBrokeError):
            save_sheet(Sheet("S", ("A",), Rows()), path)
        assert path.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "export.xlsx"]


def test_a_full_disk_is_one_clear_message_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"the old export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailedError) as failed:
        save_sheet(Sheet("S", ("A",), [("x",)]), target)
    assert str(failed.value) == (
        f"cannot write {target}: No space left on device. Nothing was changed there."
    )
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_an_unwritable_place_is_one_clear_message(services: Services, tmp_path: Path) -> None:
    with pytest.raises(WriteFailedError, match="No such file or directory"):
        exporter(services).export("companies", tmp_path / "missing" / "c.csv")


def test_the_new_file_gets_the_old_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o664)
    with atomic_write(target) as handle:
        handle.write(b"new")
    assert (target.read_bytes(), target.stat().st_mode & 0o777) == (b"new", 0o664)


WRITER = """
import sys
from accelerator.services.atomic import atomic_write
with atomic_write(sys.argv[1]) as handle:
    for n in range(1000):
        handle.write(b"new line of the complete file\\n" * 2000)
        handle.flush()
        print(n, flush=True)
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_kill_during_the_write_leaves_the_old_file(tmp_path: Path, seed: int) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"the old export")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    chunks = random.Random(seed).randint(1, 50)
    for _ in range(chunks):  # wait, without sleeping, until this much is written
        assert child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert target.read_bytes() == b"the old export"
    # The leftover temporary file does not stop the next write.
    with atomic_write(target) as handle:
        handle.write(b"complete")
    assert target.read_bytes() == b"complete"


@pytest.mark.parametrize("kind", ["milestones", "assessments"])
def test_a_row_leads_with_whose_it_is_and_only_the_chosen_cohort_is_in(
    services: Services, make: Factory, kind: str
) -> None:
    programme = make.programme(name="Ocean Accelerator")
    make.template(programme.id, "Ten customer interviews")
    cohort = make.cohort(programme.id, name="Vår 2026")
    other = make.cohort(programme.id, name="Høst 2026")
    foreign = make.company(
        name="Kelp AB", org_number="", is_foreign=True, country="Sweden",
        registry_number="556677-8899",
    )  # fmt: skip
    for enrolment in (make.enrolment(cohort.id, company_id=foreign.id), make.enrolment(other.id)):
        make.assessment(enrolment.id)
    sheet = exporter(services).sheet(kind, cohort_id=cohort.id)
    assert sheet.headers[:4] == ("Programme", "Cohort", "Company", "Organisation number")
    assert [row[:4] for row in sheet.rows] == [
        ("Ocean Accelerator", "Vår 2026", "Kelp AB", "556677-8899")
    ]
    with pytest.raises(NotFoundError, match="cohort 999999 does not exist"):
        exporter(services).sheet(kind, cohort_id=999_999)


#: The companies sheet's headers in bokmål, as /tmp/tr/core.json gives them to the catalogue.
BOKMAL_HEADERS = {
    "Name": "Navn",
    "Organisation number": "Organisasjonsnummer",
    "Country": "Land",
    "Foreign registry number": "Utenlandsk registreringsnummer",
    "Sector": "Bransje",
    "Home cluster": "Hjemmeklynge",
    "Website": "Nettside",
    "Founded": "Stiftet",
    "Employees": "Ansatte",
    "Technology focus": "Teknologifokus",
    "Description": "Beskrivelse",
    "Contact name": "Kontaktperson",
    "Contact role": "Kontaktpersonens rolle",
    "Contact e-mail": "Kontaktpersonens e-post",
    "Contact phone": "Kontaktpersonens telefon",
    "Other contacts": "Andre kontaktpersoner",
    "Companies": "Selskaper",
    "yes": "ja",
    "no": "nei",
}


@pytest.fixture
def bokmal() -> Iterator[None]:
    saved = dict(i18n._catalogues)
    messages = [
        Message("Export", english, forms=(bokmal,), finished=True)
        for english, bokmal in BOKMAL_HEADERS.items()
    ]
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_a_bokmal_export_has_bokmal_headers_and_imports_again_unchanged(
    services: Services, make: Factory, tmp_path: Path
) -> None:
    company = make.company(name="Havbris AS", sector="Subsea", employees=3)
    services.companies.add_contact(company.id, ContactInput("Kari", "Daglig leder", "k@x.no", "1"))
    with i18n.speaking("nb"):
        exporter(services).export("companies", tmp_path / "selskaper.xlsx")
        exporter(services).export("companies", tmp_path / "selskaper.csv", delimiter=";")
    book = openpyxl.load_workbook(tmp_path / "selskaper.xlsx", read_only=True)
    assert book.sheetnames == ["Selskaper"]
    headers = [c.value for c in next(book["Selskaper"].iter_rows(max_row=1))]
    assert headers == list(BOKMAL_HEADERS.values())[:16]
    # Every column the import knows is recognised from its bokmål header, whatever the
    # language the import is run in; the list of other contacts is not a field.
    table = read_companies_csv(tmp_path / "selskaper.csv")
    mapping = suggest_mapping(table.headers)
    assert sorted(mapping.fields.values()) == sorted(ImportField)
    assert [n.header for n in mapping.unclear] == ["Andre kontaktpersoner"]
    result = importer(services).import_companies(table)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)
    assert (result.contacts_added, result.contacts_updated) == (0, 0)
