"""Collection forms from the window, as a coordinator uses them: written for a year into a
folder (as many as the dialog said, each organisation's), filled in by the members (here
with openpyxl), then read back with the Collect forms wizard. The review lists each file
with its organisation, status and what it changes against the record (the figure, the
value on record and the form's); Import says what it will do and writes every figure
with the form as its source, and the organisation's page shows them at once. A form with
a negative revenue, a tampered organisation, a form of another year and a file that is
not a workbook each say why, with the cell, and Import stays disabled: nothing is
written. An empty form says it is empty and imports nothing. Read again after the files
are corrected, the collection goes through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import KpiSource, Role
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.figure_forms import CODE_SHEET, NAME_CELL, FormStatus
from accelerator.services.records import CompanyRecord
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.collect_forms_wizard import CollectFormsWizard, CollectionPlanModel
from accelerator.ui.dialogs.write_forms_dialog import WriteFormsDialog
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.organisation_figures import OrganisationFigures
from tests.factories import Factory
from tests.ui.helpers import NoNavigation

YEAR = 2025
TODAY = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def coordinator(services: Services) -> Services:
    kari = services.users.create_user(
        UserInput("kari", "Kari Nordmann", Role.COORDINATOR, password="kari-secret-1")
    )
    return services.acting_as(actor_of(kari))


@pytest.fixture
def context(coordinator: Services) -> AppContext:
    return AppContext(coordinator, ChangeBus(), NoNavigation())


@pytest.fixture
def fjordlaks(make: Factory, coordinator: Services) -> CompanyRecord:
    organisation = make.company(name="Fjordlaks AS", org_number="923609016")
    coordinator.figures.record(organisation.id, YEAR, {"revenue": 9_750_000})
    return organisation


@pytest.fixture
def havbris(make: Factory) -> CompanyRecord:
    return make.company(name="Havbris AS", org_number="974760673")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "returned"
    made.mkdir()
    return made


def write_form(
    services: Services, organisation: CompanyRecord, folder: Path, year: int = YEAR
) -> Path:
    (form,) = services.figure_forms.write_forms(year, folder, organisation_ids=[organisation.id])
    return form.path


def fill(path: Path, values: Mapping[str, object], cells: Mapping[str, object] = {}) -> None:
    """What a member types into a form (figure key -> the value cell), saved by openpyxl."""
    book = load_workbook(path)
    codes, sheet = book[CODE_SHEET], book.worksheets[0]
    rows = {
        str(codes[f"B{r}"].value): int(codes[f"A{r}"].value)
        for r in range(1, codes.max_row + 1)
        if isinstance(codes[f"A{r}"].value, int) and codes[f"B{r}"].value
    }
    for key, value in values.items():
        sheet[f"D{rows[key]}"] = value
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)


def open_wizard(qtbot: QtBot, context: AppContext, folder: Path) -> CollectFormsWizard:
    wizard = CollectFormsWizard(None, context, folder, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.year() == YEAR  # last year, to begin with
    return wizard


def read(qtbot: QtBot, wizard: CollectFormsWizard) -> None:
    wizard.next_button.click()
    qtbot.waitUntil(
        lambda: wizard.steps.currentIndex() == wizard.REVIEW and wizard.plan is not None
    )


def review(wizard: CollectFormsWizard) -> dict[str, list[str]]:
    """Each file's row as the review shows it, by file name."""
    model = wizard.plan_model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def stored(services: Services, organisation: CompanyRecord) -> dict[str, tuple[float, KpiSource]]:
    return {
        v.key: (v.value, v.source)
        for v in services.figures.of_organisation(organisation.id)
        if v.year == YEAR and v.quarter == 0
    }


def test_forms_are_written_for_the_members_of_our_cluster_into_the_folder(
    qtbot: QtBot,
    context: AppContext,
    coordinator: Services,
    fjordlaks: CompanyRecord,
    havbris: CompanyRecord,
    make: Factory,
    tmp_path: Path,
) -> None:
    ours = coordinator.clusters.create_cluster(ClusterInput("Havkyst Cluster", ours=True))
    for member in (fjordlaks, havbris):
        coordinator.members.join(member.id, ours.id, joined_on=dt.date(2024, 1, 1))
    make.company(name="Not A Member AS")
    dialog = WriteFormsDialog(None, context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year() == YEAR  # last year, to begin with
    assert dialog.cluster_id() == ours.id
    assert dialog.count_label.text() == "2 organisations get a form"
    target = tmp_path / "forms 2025"
    dialog.folder_edit.setText(str(target))
    dialog.folder_edit.textEdited.emit(str(target))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert sorted(p.name for p in target.iterdir()) == sorted(
        w.path.name for w in dialog.written or []
    )
    assert {w.organisation_name for w in dialog.written or []} == {"Fjordlaks AS", "Havbris AS"}
    assert dialog.report() == f"2 collection forms for 2025 written to {target}."

    # A year before anyone was a member: no one to send to, and Write is not offered.
    dialog = WriteFormsDialog(None, context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2020)
    assert dialog.count_label.text() == "No organisation to send a form to for that year"
    assert not dialog.write_button.isEnabled()


def test_forms_written_for_chosen_organisations_are_collected_through_the_review(
    qtbot: QtBot,
    context: AppContext,
    coordinator: Services,
    fjordlaks: CompanyRecord,
    havbris: CompanyRecord,
    folder: Path,
) -> None:
    fill(write_form(coordinator, fjordlaks, folder), {"revenue": 12_400_000, "fte": 11.5})
    fill(write_form(coordinator, havbris, folder), {"revenue": "3 000 000"})
    page = OrganisationFigures(context)
    qtbot.addWidget(page)
    page.show()
    page.set_organisation(fjordlaks)

    wizard = open_wizard(qtbot, context, folder)
    read(qtbot, wizard)
    rows = review(wizard)
    assert set(rows) == {p.name for p in folder.iterdir()}
    [fjordlaks_row] = [r for r in rows.values() if r[0] == "Fjordlaks AS"]
    assert fjordlaks_row[1] == "Ready to import"
    assert fjordlaks_row[2].splitlines() == [
        "Revenue: 9,750,000 → 12,400,000",
        "Full-time equivalents: missing → 11.5",
    ]
    [havbris_row] = [r for r in rows.values() if r[0] == "Havbris AS"]
    assert havbris_row[2] == "Revenue: missing → 3,000,000"
    assert "Import will record 3 figures of 2 organisations." in wizard.summary_label.text()
    assert wizard.import_button.isEnabled()

    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.collected is not None)
    assert wizard.result_label.text() == "Imported: 3 figures from 2 forms."
    assert wizard.close_button.text() == "Close" and not wizard.import_button.isEnabled()
    assert stored(coordinator, fjordlaks) == {
        "revenue": (12_400_000, KpiSource.FORM),
        "fte": (11.5, KpiSource.FORM),
    }
    assert stored(coordinator, havbris) == {"revenue": (3_000_000, KpiSource.FORM)}
    # The organisation's page read them again.
    assert page.value_of("revenue", YEAR) is not None
    assert page.value_of("revenue", YEAR).value == 12_400_000  # type: ignore[union-attr]


def test_every_bad_form_says_why_with_its_cell_and_nothing_is_imported(
    qtbot: QtBot,
    context: AppContext,
    coordinator: Services,
    fjordlaks: CompanyRecord,
    havbris: CompanyRecord,
    make: Factory,
    folder: Path,
) -> None:
    negative = write_form(coordinator, fjordlaks, folder)
    fill(negative, {"revenue": -5, "fte": 3})
    tampered = write_form(coordinator, havbris, folder)
    fill(tampered, {"revenue": 1_000_000}, {NAME_CELL: "Someone Else AS"})
    other_year = write_form(coordinator, make.company(name="Tareskog AS"), folder, year=2024)
    fill(other_year, {"revenue": 1_000_000})
    write_form(coordinator, make.company(name="Tomt AS"), folder)  # returned as it went
    (folder / "notes.xlsx").write_text("not a workbook")

    wizard = open_wizard(qtbot, context, folder)
    read(qtbot, wizard)
    rows = review(wizard)
    by_org = {r[0]: r for r in rows.values()}
    assert by_org["Fjordlaks AS"][1] == "Has problems"
    assert by_org["Fjordlaks AS"][2].startswith("D")
    assert "Revenue: cannot be negative" in by_org["Fjordlaks AS"][2]
    assert "Someone Else AS" in by_org["Havbris AS"][2]
    assert by_org["Havbris AS"][2].startswith(NAME_CELL)
    assert "this is the form for 2024, not for 2025" in by_org["Tareskog AS"][2]
    assert by_org["Tomt AS"][1] == "Empty: nothing filled in"
    assert rows["notes.xlsx"][0] == "\u2013" and rows["notes.xlsx"][1] == "Has problems"
    assert rows["notes.xlsx"][2]
    summary = wizard.summary_label.text()
    assert "nothing can be imported until they are corrected" in summary
    assert not wizard.import_button.isEnabled()
    wizard.import_forms()  # a stray call writes nothing either
    assert wizard.collected is None
    assert stored(coordinator, fjordlaks) == {"revenue": (9_750_000, KpiSource.ENTERED)}
    assert stored(coordinator, havbris) == {}
    # The first problem is chosen, and its details shown whole beneath.
    chosen = wizard.plan_view.selected()
    assert chosen is not None and chosen.problems
    assert wizard.details_label.text().startswith(chosen.path.name)

    # Corrected and read again, the collection goes through (the empty form imports nothing).
    fill(negative, {"revenue": 10_000_000})
    fill(tampered, {}, {NAME_CELL: "Havbris AS"})
    other_year.unlink()
    (folder / "notes.xlsx").unlink()
    wizard.again_button.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.plan.refused)
    statuses = {f.organisation_name: f.status for f in wizard.plan.files}  # type: ignore[union-attr]
    assert statuses["Tomt AS"] is FormStatus.EMPTY
    assert wizard.import_button.isEnabled()
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.collected is not None)
    assert stored(coordinator, fjordlaks)["revenue"] == (10_000_000, KpiSource.FORM)
    assert stored(coordinator, havbris) == {"revenue": (1_000_000, KpiSource.FORM)}


def test_a_folder_that_is_not_there_is_said_and_the_wizard_stays_on_its_first_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, context, tmp_path / "nowhere")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.path_error.isVisible())
    assert "does not exist" in wizard.path_error.text()
    assert wizard.steps.currentIndex() == wizard.CHOOSE


def test_the_review_model_names_its_columns() -> None:
    model = CollectionPlanModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "File",
        "Organisation",
        "Status",
        "Changes or problems",
    ]
