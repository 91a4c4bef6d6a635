"""Collection forms of member figures, on SQLite and on PostgreSQL: written one per
organisation, filled in (by openpyxl, and saved by LibreOffice: the files in
tests/data/kpi_forms, made by its make_fixtures.py), read back into a plan that says per
file what changes and what is wrong with which cell, and collected all-or-nothing.

Every bad case of the issue: a form from another year, a tampered organisation, an empty
form, a form saved by LibreOffice and one by openpyxl, implausible values (negative
revenue, FTE 100x), a file that is not a workbook and two forms of one organisation."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from accelerator.domain.enums import KpiSource, KpiUnit, Role
from accelerator.errors import (
    AcceleratorError,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from accelerator.models import KpiForm
from accelerator.services import Services
from accelerator.services.audit_log import AuditFilter
from accelerator.services.base import Actor
from accelerator.services.clusters import ClusterInput
from accelerator.services.figure_forms import (
    CODE_CELL,
    CODE_SHEET,
    CollectionPlan,
    FilePlan,
    FormStatus,
)
from tests.factories import Factory

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "kpi_forms"
NAME, NUMBER = "Fjordlaks AS", "923609016"  # as make_fixtures.py made them


@pytest.fixture
def org(make: Factory, services: Services) -> int:
    """Fjordlaks AS, with last year's revenue and full-time equivalents on record."""
    organisation = make.company(name=NAME, org_number=NUMBER).id
    services.figures.record(organisation, 2025, {"revenue": 12_500_000, "fte": 14.5})
    return organisation


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    """A folder of its own (the test's database is in tmp_path)."""
    folder = tmp_path / "forms"
    folder.mkdir()
    return folder


def fill(path: Path, values: Mapping[str, object], cells: Mapping[str, object] = {}) -> None:
    """Types ``values`` (figure key -> what a member types) in a form, as openpyxl saves it."""
    book = load_workbook(path)
    codes, sheet = book[CODE_SHEET], book.worksheets[0]
    rows = {
        str(codes[f"B{r}"].value): int(codes[f"A{r}"].value)
        for r in range(9, codes.max_row + 1)
        if codes[f"A{r}"].value is not None
    }
    for key, value in values.items():
        sheet[f"D{rows[key]}"] = value
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)


def one_form(services: Services, organisation: int, folder: Path, year: int = 2026) -> Path:
    (form,) = services.figure_forms.write_forms(year, folder, organisation_ids=[organisation])
    return form.path


def fixture(services: Services, organisation: int, name: str, folder: Path) -> Path:
    """A form LibreOffice saved, copied into ``folder``, its code put on record for the
    organisation (as if this database had made it)."""
    manifest = {f["file"]: f for f in json.loads((FIXTURES / "fixtures.json").read_text())}
    entry = manifest[name]
    with services.figure_forms._write() as s:
        s.add(KpiForm(organisation_id=organisation, year=entry["year"], token=entry["token"]))
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(FIXTURES / name, folder / name))


def values_of(services: Services, organisation: int, year: int = 2026) -> dict[str, float]:
    return {
        v.key: v.value for v in services.figures.of_organisation(organisation) if v.year == year
    }


def problems(plan: CollectionPlan | FilePlan) -> list[str]:
    files = plan.files if isinstance(plan, CollectionPlan) else (plan,)
    return [str(p) for f in files for p in f.problems]


# --- whom, and what is written ----------------------------------------------------------------


def test_the_forms_of_a_cluster_go_to_its_members_on_31_december(
    services: Services, make: Factory, forms: Path
) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    stays = make.company(name="Fjordlaks AS", org_number=NUMBER)
    left = make.company(name="Gone AS")
    later = make.company(name="Next Year AS")
    services.members.join(stays.id, cluster.id, None, dt.date(2020, 1, 1))
    membership = services.members.join(left.id, cluster.id, None, dt.date(2020, 1, 1))
    services.members.leave(membership.id, dt.date(2026, 6, 30))
    services.members.join(later.id, cluster.id, None, dt.date(2027, 1, 2))
    written = services.figure_forms.write_forms(2026, forms / "out", cluster_id=cluster.id)
    assert [w.organisation_name for w in written] == ["Fjordlaks AS"]
    assert [p.name for p in (forms / "out").iterdir()] == ["2026 Fjordlaks AS 923609016.xlsx"]
    trail = services.audit.entries(AuditFilter(table_name="kpi_forms"))
    assert len(trail) == 1


def test_without_a_cluster_every_member_and_every_company_in_a_cohort_gets_one(
    services: Services, make: Factory, forms: Path
) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    member = make.company(name="Member AS")
    left_in_june = make.company(name="Left In June AS")
    services.members.join(member.id, cluster.id, None, dt.date(2020, 1, 1))
    membership = services.members.join(left_in_june.id, cluster.id, None, dt.date(2020, 1, 1))
    services.members.leave(membership.id, dt.date(2026, 6, 30))
    cohort = make.cohort(start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 8, 1))
    enrolled = make.enrolment(cohort.id, joined_on=dt.date(2026, 2, 1))
    make.company(name="Neither AS")
    names = [o.name for o in services.figure_forms.organisations_for(2026)]
    enrolled_name = services.companies.get_company(enrolled.company_id).name
    assert sorted(names) == sorted(["Member AS", "Left In June AS", enrolled_name])
    assert [
        o.name for o in services.figure_forms.organisations_for(2026, cluster_id=cluster.id)
    ] == ["Member AS"]
    told: list[tuple[int, int]] = []
    written = services.figure_forms.write_forms(2026, forms, progress=lambda *n: told.append(n))
    assert len(written) == 3 and len({w.token for w in written}) == 3
    assert told == [(1, 3), (2, 3), (3, 3)]
    told.clear()
    services.figure_forms.plan_collection(forms, year=2026, progress=lambda *n: told.append(n))
    assert told == [(1, 3), (2, 3), (3, 3)]


def test_a_form_is_prefilled_protected_and_validated(
    services: Services, org: int, forms: Path
) -> None:
    salmon = services.figures.add_field("Tonnes of salmon", KpiUnit.DECIMAL)
    services.figures.record(org, 2026, {"revenue": 13_000_000})
    path = one_form(services, org, forms)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert (sheet["B3"].value, sheet["B4"].value, sheet["B5"].value) == (NAME, NUMBER, 2026)
    token = sheet[CODE_CELL].value
    assert book[CODE_SHEET]["B1"].value == token and len(token) == 32
    assert book[CODE_SHEET].sheet_state == "hidden"
    rows = {sheet[f"A{r}"].value: r for r in range(11, 21)}
    assert list(rows) == [
        "Revenue",
        "Export revenue",
        "Full-time equivalents",
        "R&D spend",
        "Equity raised",
        "Grants received",
        "Loans raised",
        "New products or services",
        "Patents filed",
        "Tonnes of salmon",
    ]
    revenue, fte = rows["Revenue"], rows["Full-time equivalents"]
    assert (sheet[f"C{revenue}"].value, sheet[f"D{revenue}"].value) == (12_500_000, 13_000_000)
    assert (sheet[f"C{fte}"].value, sheet[f"D{fte}"].value) == (14.5, None)
    assert sheet.protection.sheet
    assert not sheet[f"D{revenue}"].protection.locked
    assert sheet[f"C{revenue}"].protection.locked and sheet["B3"].protection.locked
    kinds = {}
    for validation in sheet.data_validations.dataValidation:
        for cells in validation.sqref.ranges:
            for row, _column in cells.cells:
                kinds[row] = (validation.type, validation.formula1, validation.error)
    assert kinds[rows["Patents filed"]][:2] == ("whole", "0")
    assert kinds[revenue][:2] == ("decimal", "0")
    assert kinds[rows["Tonnes of salmon"]][:2] == ("decimal", "0")
    assert all(error for _, _, error in kinds.values())
    assert salmon.key in [book[CODE_SHEET][f"B{r}"].value for r in range(9, 19)]


def test_a_file_already_there_is_never_overwritten_and_names_are_made_safe(
    services: Services, make: Factory, forms: Path
) -> None:
    odd = make.company(name='Sjø/Hav: "Nord" AS', org_number="974760673")
    (forms / "2026 Sjø Hav Nord AS 974760673.xlsx").write_text("a returned form")
    path = one_form(services, odd.id, forms)
    assert path.name == "2026 Sjø Hav Nord AS 974760673 (2).xlsx"
    assert (forms / "2026 Sjø Hav Nord AS 974760673.xlsx").read_text() == "a returned form"


def test_a_failure_while_writing_leaves_neither_files_nor_forms(
    services: Services, make: Factory, org: int, forms: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accelerator.services import figure_forms

    other = make.company(name="Blå Hav AS", org_number="974760673")
    real = figure_forms._write_workbook
    calls = []

    def full_disk(path: Path, *args: Any) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(path, *args)

    monkeypatch.setattr(figure_forms, "_write_workbook", full_disk)
    with pytest.raises(AcceleratorError, match="No space left on device; no form was made"):
        services.figure_forms.write_forms(2026, forms, organisation_ids=[org, other.id])
    assert list(forms.iterdir()) == []
    with services.figure_forms._read() as s:
        assert s.query(KpiForm).count() == 0


def test_a_name_a_spreadsheet_would_take_for_a_formula_stays_text(
    services: Services, make: Factory, forms: Path
) -> None:
    odd = make.company(name="=1+1 AS", org_number="974760673")
    path = one_form(services, odd.id, forms)
    assert load_workbook(path).worksheets[0]["B3"].value == "=1+1 AS"
    fill(path, {"revenue": 5})
    # A control character pasted into a name is left out of the form, and still matches.
    bell = make.company(name="Bell\x07 AS", org_number="923609016")
    fill(one_form(services, bell.id, forms), {"revenue": 6})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == [] and plan.changes == 2


# --- read back and collected -----------------------------------------------------------------


def test_a_form_filled_by_openpyxl_is_collected_with_its_changes(
    services: Services, org: int, forms: Path
) -> None:
    path = one_form(services, org, forms)
    fill(path, {"revenue": 13_100_000, "fte": "15.5", "patents_filed": 2})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    (file,) = plan.files
    assert (file.status, file.organisation_name, file.org_number) == (
        FormStatus.READY,
        NAME,
        NUMBER,
    )
    assert [(c.key, c.old, c.new, c.cell) for c in file.changes] == [
        ("revenue", None, 13_100_000, "D11"),
        ("fte", None, 15.5, "D13"),
        ("patents_filed", None, 2, "D19"),
    ]
    assert values_of(services, org) == {}  # a plan writes nothing
    done = services.figure_forms.collect(plan)
    assert (done.forms, done.values) == (1, 3)
    assert values_of(services, org) == {"revenue": 13_100_000, "fte": 15.5, "patents_filed": 2}
    sources = {v.source for v in services.figures.of_organisation(org) if v.year == 2026}
    assert sources == {KpiSource.FORM}
    again = services.figure_forms.plan_collection(forms, year=2026)
    assert again.files[0].status is FormStatus.UNCHANGED
    assert again.files[0].collected_before is not None


def test_a_form_saved_by_libreoffice_is_collected(
    services: Services, org: int, forms: Path
) -> None:
    fixture(services, org, "libreoffice_numbers.xlsx", forms)
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == []
    services.figure_forms.collect(plan)
    assert values_of(services, org) == {
        "revenue": 13_100_000,
        "export_revenue": 2_000_000,
        "fte": 15.5,
        "patents_filed": 2,
    }


def test_numbers_typed_as_text_are_read_as_the_forms_language_writes_them(
    services: Services, org: int, forms: Path
) -> None:
    fixture(services, org, "libreoffice_text_numbers.xlsx", forms)  # a form in bokmål
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == []
    services.figure_forms.collect(plan)
    assert values_of(services, org) == {
        "revenue": 13_100_000,
        "export_revenue": 2_000_000,
        "fte": 15.5,
        "patents_filed": 2,
    }


def test_implausible_values_are_refused_per_cell_and_nothing_is_collected(
    services: Services, org: int, make: Factory, forms: Path
) -> None:
    fixture(services, org, "libreoffice_implausible.xlsx", forms)
    good = make.company(name="Blå Hav AS", org_number="974760673")
    fill(one_form(services, good.id, forms), {"revenue": 100})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert plan.refused
    by_file = {f.path.name: f for f in plan.files}
    bad = by_file["libreoffice_implausible.xlsx"]
    assert bad.status is FormStatus.REFUSED
    found = problems(bad)
    assert found[0].startswith("D11: Revenue: cannot be negative")
    assert any(
        p.startswith("D13: Full-time equivalents: 2,000 is more than 100 times") for p in found
    )
    assert any(p.startswith("D14: R&D spend: 'lots' is not a number") for p in found)
    assert any(p.startswith("D19: Patents filed: must be a whole number") for p in found)
    assert by_file["2026 Blå Hav AS 974760673.xlsx"].status is FormStatus.READY
    with pytest.raises(ValidationError, match="nothing was collected"):
        services.figure_forms.collect(plan)
    assert values_of(services, org) == {} and values_of(services, good.id) == {}


def test_an_empty_form_is_said_to_be_empty_and_imports_nothing(
    services: Services, org: int, make: Factory, forms: Path
) -> None:
    fixture(services, org, "libreoffice_empty.xlsx", forms)
    other = make.company(name="Blå Hav AS", org_number="974760673")
    fill(one_form(services, other.id, forms), {"fte": 3})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    statuses = {f.path.name: f.status for f in plan.files}
    assert statuses["libreoffice_empty.xlsx"] is FormStatus.EMPTY
    assert not plan.refused
    done = services.figure_forms.collect(plan)
    assert (done.forms, done.values) == (1, 1)
    assert values_of(services, org) == {} and values_of(services, other.id) == {"fte": 3}
    with services.figure_forms._read() as s:
        empty = s.query(KpiForm).filter(KpiForm.organisation_id == org).one()
        assert empty.collected_at is None  # it did not come back filled in


def test_a_tampered_organisation_is_refused_naming_whom_the_form_was_for(
    services: Services, org: int, forms: Path
) -> None:
    fixture(services, org, "libreoffice_tampered.xlsx", forms)
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == [
        "B4: the organisation number was changed to '974760673'; the form was made for "
        "Fjordlaks AS 923609016",
        "B3: the organisation was changed to 'Havbruk Nord AS'; the form was made for "
        "Fjordlaks AS 923609016",
    ]
    assert plan.files[0].changes == ()


def test_a_name_renamed_on_record_since_the_form_was_made_still_matches(
    services: Services, org: int, forms: Path
) -> None:
    from accelerator.services.companies import CompanyInput

    path = one_form(services, org, forms)
    services.companies.update_company(
        org, CompanyInput(name="Fjordlaks Holding AS", org_number=NUMBER)
    )
    fill(path, {"revenue": 1}, {"B4": "923 609 016"})  # spaced as people write it
    assert problems(services.figure_forms.plan_collection(forms, year=2026)) == []


def test_a_form_from_another_year_is_refused(services: Services, org: int, forms: Path) -> None:
    fixture(services, org, "libreoffice_2025.xlsx", forms)
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == ["B5: this is the form for 2025, not for 2026"]


def test_a_year_typed_over_in_the_form_is_refused(
    services: Services, org: int, forms: Path
) -> None:
    fill(one_form(services, org, forms), {"revenue": 1}, {"B5": 2027})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert problems(plan) == ["B5: the year was changed to '2027'; this is the form for 2026"]


def test_two_forms_of_one_organisation_are_both_refused(
    services: Services, org: int, forms: Path
) -> None:
    first = one_form(services, org, forms)
    second = one_form(services, org, forms)
    fill(first, {"revenue": 1})
    fill(second, {"revenue": 2})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    assert [f.status for f in plan.files] == [FormStatus.REFUSED, FormStatus.REFUSED]
    assert "a second form of Fjordlaks AS for 2026 is in the collection too" in problems(plan)[0]
    by_file = {f.path.name: problems(f)[0] for f in plan.files}
    assert second.name in by_file[first.name] and first.name in by_file[second.name]


def test_a_file_that_is_not_a_workbook_gets_a_clear_message(
    services: Services, org: int, forms: Path
) -> None:
    fill(one_form(services, org, forms), {"revenue": 1})
    (forms / "scan.pdf").write_bytes(b"%PDF-1.4")
    (forms / "broken.xlsx").write_text("not a zip")
    (forms / ".~lock.2026 Fjordlaks AS 923609016.xlsx#").write_text("lock")  # skipped
    (forms / "~$2026 Fjordlaks AS 923609016.xlsx").write_text("owner")  # skipped
    plan = services.figure_forms.plan_collection(forms, year=2026)
    by_file = {f.path.name: problems(f) for f in plan.files}
    assert set(by_file) == {"2026 Fjordlaks AS 923609016.xlsx", "scan.pdf", "broken.xlsx"}
    assert by_file["scan.pdf"][0].startswith("is not an Excel workbook (.xlsx)")
    assert by_file["broken.xlsx"][0].startswith("cannot be read as an Excel workbook")
    with pytest.raises(ValidationError):
        services.figure_forms.collect(plan)
    assert values_of(services, org) == {}


def test_a_workbook_without_a_form_code_or_with_an_unknown_one_is_refused(
    services: Services, org: int, forms: Path
) -> None:
    path = one_form(services, org, forms)
    book = load_workbook(path)
    del book[CODE_SHEET]
    book.worksheets[0][CODE_CELL] = None
    book.save(path)
    assert "has no form code" in problems(services.figure_forms.plan_collection(path, year=2026))[0]
    book.worksheets[0][CODE_CELL] = "0123456789abcdef"
    book.save(path)
    assert problems(services.figure_forms.plan_collection([path], year=2026)) == [
        "B6: its form code '0123456789abcdef' is unknown: the form was not made from this database"
    ]


def test_the_record_changed_since_the_plan_refuses_the_whole_collection(
    services: Services, org: int, make: Factory, forms: Path
) -> None:
    other = make.company(name="Blå Hav AS", org_number="974760673")
    fill(one_form(services, other.id, forms), {"fte": 3})
    fill(one_form(services, org, forms), {"revenue": 13_000_000})
    plan = services.figure_forms.plan_collection(forms, year=2026)
    services.figures.record(org, 2026, {"revenue": 12_900_000})  # typed in meanwhile
    with pytest.raises(ConflictError, match="changed on record since the forms were read"):
        services.figure_forms.collect(plan)
    assert values_of(services, org) == {"revenue": 12_900_000}
    assert values_of(services, other.id) == {}
    fresh = services.figure_forms.plan_collection(forms, year=2026)
    services.figure_forms.collect(fresh)
    assert values_of(services, org) == {"revenue": 13_000_000}


def test_a_value_the_form_leaves_empty_is_not_removed(
    services: Services, org: int, forms: Path
) -> None:
    services.figures.record(org, 2026, {"revenue": 9, "fte": 2})
    path = one_form(services, org, forms)
    fill(path, {"revenue": None, "fte": 3})
    services.figure_forms.collect(services.figure_forms.plan_collection(forms, year=2026))
    assert values_of(services, org) == {"revenue": 9, "fte": 3}


def test_only_a_coordinator_makes_and_collects_forms(
    services: Services, make: Factory, org: int, forms: Path
) -> None:
    fill(one_form(services, org, forms / "in"), {"revenue": 1})
    viewer = make.user(role=Role.VIEWER)
    other = services.acting_as(Actor(viewer.id, viewer.username, Role.VIEWER))
    with pytest.raises(PermissionDeniedError):
        other.figure_forms.write_forms(2026, forms / "out", organisation_ids=[org])
    with pytest.raises(PermissionDeniedError):
        other.figure_forms.plan_collection(forms / "in", year=2026)
    plan = services.figure_forms.plan_collection(forms / "in", year=2026)
    with pytest.raises(PermissionDeniedError):
        other.figure_forms.collect(plan)
    assert not (forms / "out").exists()


def test_no_one_to_send_to_and_no_files_to_read_are_said(services: Services, forms: Path) -> None:
    with pytest.raises(ValidationError, match="no organisation to send a form to"):
        services.figure_forms.write_forms(2026, forms / "out")
    assert not (forms / "out").exists()
    (forms / "empty").mkdir()
    with pytest.raises(ValidationError, match="no files to read"):
        services.figure_forms.plan_collection(forms / "empty", year=2026)
    with pytest.raises(ValidationError, match="does not exist"):
        services.figure_forms.plan_collection(forms / "nowhere", year=2026)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not here")
def test_a_form_saved_by_libreoffice_here_and_now_is_collected(
    services: Services, org: int, forms: Path, backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("the conversion is the same on both; once is enough")
    path = one_form(services, org, forms / "written")
    fill(path, {"revenue": 14_000_000, "fte": "16.5"})
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{forms}/profile",
         "--convert-to", "xlsx", "--outdir", str(forms / "saved"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    plan = services.figure_forms.plan_collection(forms / "saved", year=2026)
    assert problems(plan) == []
    services.figure_forms.collect(plan)
    assert values_of(services, org) == {"revenue": 14_000_000, "fte": 16.5}
