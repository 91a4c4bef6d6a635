"""The import wizard as a coordinator uses it: a semicolon CSV from a Norwegian Excel,
a preview that shows the bad row and keeps Import disabled, then the fixed file imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus
from accelerator.services import Services
from accelerator.services.records import CohortRecord
from accelerator.ui.dialogs.import_wizard import ImportPreviewModel, ImportWizard
from accelerator.ui.kit import format_date
from accelerator.ui.main_window import MainWindow
from accelerator.ui.operations import Data
from tests.factories import Factory, org_number
from tests.keyboard import Keyboard

HEADER = "Firmanavn;Organisasjonsnummer;Bransje;Antall ansatte;Kontaktperson"


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def _csv(path: Path, bad_number: str | None) -> Path:
    rows = [
        HEADER,
        f"Havbris AS;{org_number(101)};Havbruk;12;Åse Ødegård",
        f"Fjellgründer AS;{bad_number or org_number(102)};Reiseliv;3;Per Ås",
        f"Nordlys Tech AS;{org_number(103)};Programvare;40;",
    ]
    # What Excel writes for "CSV (semicolon separated)" on a Norwegian Windows.
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = ImportWizard(window, window.context, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _table(model: ImportPreviewModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_bad_organisation_number_is_shown_and_import_stays_disabled(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, qtmodeltester: Any
) -> None:
    wizard = _wizard(qtbot, window, _csv(tmp_path / "bedrifter.csv", "12345678"))
    assert wizard.encoding_combo.currentText() == "Windows-1252 (Western European)"
    assert wizard.delimiter_combo.currentText() == "Semicolon"
    assert "3 rows" in wizard.file_status.text()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.PREVIEW, "clear Norwegian headers"
    model = wizard.preview_model
    qtmodeltester.check(model)
    rows = _table(model)
    assert [r[:3] for r in rows] == [
        ["2", "Create", "Havbris AS"],
        ["3", "Error", "Fjellgründer AS"],
        ["4", "Create", "Nordlys Tech AS"],
    ]
    assert rows[1][ImportPreviewModel.COL_NUMBER] == "12345678"
    assert "Organisasjonsnummer" in rows[1][ImportPreviewModel.COL_PROBLEMS]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 row has problems" in wizard.summary_label.text()
    assert wizard.import_button.isVisible()
    assert not wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert services.companies.list_companies() == []


def test_the_fixed_file_imports_every_row_and_enrols_them(
    qtbot: QtBot, window: MainWindow, services: Services, make: Factory, tmp_path: Path
) -> None:
    cohort = _running(make, "Vår 2026")  # a cohort that has ended is not offered
    wizard = _wizard(qtbot, window, _csv(tmp_path / "bedrifter.csv", "12345678"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not wizard.import_button.isEnabled()

    # Fixed in the spreadsheet, saved again, chosen again.
    fixed = _csv(tmp_path / "bedrifter-rettet.csv", None)
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.FILE
    wizard.set_file(fixed)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.cohort_combo.setCurrentIndex(wizard.cohort_combo.findData(cohort.id))
    assert [r[1] for r in _table(wizard.preview_model)] == ["Create"] * 3
    assert wizard.import_button.isEnabled()

    with (
        qtbot.waitSignal(window.context.bus.changed, timeout=10_000) as changed,
        qtbot.waitSignal(wizard.imported, timeout=10_000),
    ):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert {Data.COMPANIES, Data.ENROLMENTS} <= changed.args[0]
    names = sorted(c.name for c in services.companies.list_companies())
    assert names == ["Fjellgründer AS", "Havbris AS", "Nordlys Tech AS"]
    assert len(services.enrolments.list_enrolments(cohort_id=cohort.id)) == 3
    assert "3 created" in wizard.result_label.text()
    assert not wizard.import_button.isEnabled(), "imported once"
    assert wizard.close_button.text() == "Close"


def test_existing_companies_can_be_skipped(
    qtbot: QtBot, window: MainWindow, services: Services, make: Factory, tmp_path: Path
) -> None:
    make.company(name="Havbris AS", org_number=org_number(101), sector="Fisk")
    wizard = _wizard(qtbot, window, _csv(tmp_path / "bedrifter.csv", None))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert _table(wizard.preview_model)[0][1] == "Update"
    wizard.existing_combo.setCurrentIndex(1)
    wizard.existing_combo.activated.emit(1)  # what a person's pick in the list sends
    assert _table(wizard.preview_model)[0][1] == "Skip"
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    havbris = next(c for c in services.companies.list_companies() if c.name == "Havbris AS")
    assert services.companies.get_company(havbris.id).sector == "Fisk"


def test_unclear_headers_ask_for_the_columns(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(f"Bedrift,Kolonne X\nHavbris AS,{org_number(7)}\n", encoding="utf-8")
    wizard = _wizard(qtbot, window, path)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.COLUMNS
    combo = wizard.mapping_combos[1]
    combo.setCurrentIndex(combo.findText("Organisation number"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    rows = _table(wizard.preview_model)
    assert rows[0][1:4] == ["Create", "Havbris AS", org_number(7)]
    assert wizard.import_button.isEnabled()


# --- importing into the cohort at hand (issue #13, finding 6) ------------------------------

TODAY = dt.date.today()


def _running(make: Factory, name: str = "Vår 2027") -> CohortRecord:
    """A cohort of Ocean Tech that started last week; its template has two milestones."""
    programme = make.programme(name="Ocean Tech")
    make.template(programme.id, "Ten customer interviews", "Pitch deck")
    start = TODAY - dt.timedelta(weeks=1)
    return make.cohort(
        programme.id,
        name=name,
        status=CohortStatus.RUNNING,
        start_date=start,
        end_date=start + dt.timedelta(weeks=26),
    )


def _combo_items(combo: QComboBox) -> list[tuple[str, bool]]:
    """The cohort list as a person sees it: each entry and whether it can be picked."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return [(combo.itemText(i), model.item(i).isEnabled()) for i in range(combo.count())]


def test_opened_from_a_cohort_it_is_chosen_and_the_checklist_is_announced(
    qtbot: QtBot, window: MainWindow, services: Services, make: Factory, tmp_path: Path
) -> None:
    cohort = _running(make)
    wizard = ImportWizard(window, window.context, _csv(tmp_path / "b.csv", None), cohort.id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "Vår 2027" in wizard.windowTitle()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.cohort_combo.currentText() == "Ocean Tech / Vår 2027"
    note = wizard.cohort_note.text()
    assert "Each company will be enrolled in Vår 2027" in note
    assert "Ocean Tech milestone checklist (2 milestones)" in note
    assert wizard.cohort_note.isVisible()

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    enrolments = services.enrolments.list_enrolments(cohort_id=cohort.id)
    assert len(enrolments) == 3
    for e in enrolments:
        assert len(services.enrolments.milestones(e.id)) == 2
    result = wizard.result_label.text()
    assert "3 created" in result
    assert "Enrolled 3 companies in Vår 2027" in result
    assert "6 milestones" in result


def test_choosing_no_cohort_says_nobody_is_enrolled(
    qtbot: QtBot, window: MainWindow, make: Factory, tmp_path: Path
) -> None:
    cohort = _running(make)
    wizard = ImportWizard(window, window.context, _csv(tmp_path / "b.csv", None), cohort.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.cohort_combo.setCurrentIndex(0)
    wizard.cohort_combo.activated.emit(0)  # what a person's pick in the list sends
    assert wizard.cohort_combo.currentText() == "(no cohort)"
    assert "not enrolled in any cohort" in wizard.cohort_note.text()


def test_a_cohort_that_has_ended_is_offered_disabled_with_the_reason(
    qtbot: QtBot, window: MainWindow, services: Services, make: Factory, tmp_path: Path
) -> None:
    running = _running(make)
    past = make.cohort(
        running.programme_id,
        name="Høst 2025",
        start_date=dt.date(2025, 8, 18),
        end_date=dt.date(2025, 12, 12),
        status=CohortStatus.RUNNING,  # nobody set it to finished
    )
    make.cohort(
        running.programme_id,
        name="Vår 2026",
        start_date=TODAY - dt.timedelta(weeks=20),
        end_date=TODAY + dt.timedelta(weeks=2),
        status=CohortStatus.FINISHED,  # finished early
    )
    # Opened from the cohort that ended: it is not the target, and the wizard says why.
    wizard = ImportWizard(window, window.context, _csv(tmp_path / "b.csv", None), past.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    items = dict(_combo_items(wizard.cohort_combo))
    assert items["(no cohort)"] is True
    assert items["Ocean Tech / Vår 2027"] is True
    ended = [text for text, enabled in _combo_items(wizard.cohort_combo) if text and not enabled]
    assert ended == [
        f"Ocean Tech / Høst 2025 (ended {format_date(dt.date(2025, 12, 12))})",
        "Ocean Tech / Vår 2026 (finished)",
    ]
    assert wizard.cohort_combo.currentText() == "(no cohort)"
    assert wizard.cohort_note.text().startswith(
        f"Høst 2025 ended on {format_date(dt.date(2025, 12, 12))}, so the companies cannot be "
        "enrolled in it."
    )

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert services.enrolments.list_enrolments(cohort_id=past.id) == []


def test_a_typed_path_is_read_on_enter_and_a_missing_one_is_named_beside_the_field(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = ImportWizard(window, window.context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.path_edit.isReadOnly()
    missing = tmp_path / "finnes-ikke.csv"
    qtbot.keyClicks(wizard.path_edit, str(missing))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.path_error.isVisible()
    assert wizard.path_error.text() == f"There is no file at {missing}."
    assert not wizard.next_button.isEnabled()
    assert wizard.steps.currentIndex() == ImportWizard.FILE

    path = _csv(tmp_path / "bedrifter.csv", None)
    wizard.path_edit.selectAll()
    qtbot.keyClicks(wizard.path_edit, f'"{path}"')  # as Windows' "Copy as path" gives it
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert not wizard.path_error.isVisible()
    assert "3 rows" in wizard.file_status.text()
    assert wizard.next_button.isEnabled()
    assert wizard.steps.currentIndex() == ImportWizard.FILE, "Enter reads; it does not move on"
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.steps.currentIndex() == ImportWizard.PREVIEW, "the next Enter goes on"


def test_a_typed_path_is_read_when_the_field_is_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = ImportWizard(window, window.context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    wizard.path_edit.setFocus()
    qtbot.waitUntil(wizard.path_edit.hasFocus)
    qtbot.keyClicks(wizard.path_edit, str(_csv(tmp_path / "bedrifter.csv", None)))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Tab)
    assert "3 rows" in wizard.file_status.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.PREVIEW


# --- the whole problem, not its first words (issue #13, finding 11) -------------------------


def test_a_long_problem_shows_in_full_for_the_selected_row(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, window, _csv(tmp_path / "bedrifter.csv", "12345678"))
    wizard.resize(700, 500)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    model = wizard.preview_model
    problem = model.index(1, ImportPreviewModel.COL_PROBLEMS)
    full = problem.data()
    assert "is not nine digits" in full
    assert problem.data(Qt.ItemDataRole.ToolTipRole) == full
    # The row with the problem is chosen for the person, and its whole message shows.
    assert wizard.preview_table.currentIndex().row() == 1
    assert wizard.problem_details.isVisible()
    assert full in wizard.problem_details.text()
    details = wizard.problem_details
    assert details.height() >= details.heightForWidth(details.width())

    rect = wizard.preview_table.visualRect(model.index(0, ImportPreviewModel.COL_NAME))
    qtbot.mouseClick(wizard.preview_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not wizard.problem_details.isVisible(), "a row without problems has nothing to add"


def test_a_long_first_value_is_shortened_visibly_and_shown_whole_on_hover(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    focus = (
        "Hyperspektral avbildning av fiskevelferd i merd, med maskinlæring som varsler "
        "røkteren før lusa tar overhånd"
    )
    path = tmp_path / "liste.csv"
    path.write_text(f'Bedrift,Kolonne X\nHavbris AS,"{focus}"\n', encoding="utf-8")
    wizard = _wizard(qtbot, window, path)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.COLUMNS
    shown = [w.text() for w in wizard.columns_grid_host.findChildren(QLabel)]
    (sample,) = [
        w for w in wizard.columns_grid_host.findChildren(QLabel) if w.text()[:12] == focus[:12]
    ]
    assert sample.text().endswith("…"), f"cut visibly, not mid-word without a sign: {shown}"
    assert focus in sample.toolTip()


def test_enter_walks_the_wizard_from_the_file_to_closed(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """Enter presses the step's own button: Next, then Import on the preview (the preview
    is the look before the write), then Close; the table holding focus does not eat it."""
    wizard = _wizard(qtbot, window, _csv(tmp_path / "bedrifter.csv", None))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)
    assert wizard.steps.currentIndex() == ImportWizard.PREVIEW
    wizard.preview_table.setFocus()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    assert len(services.companies.list_companies()) == 3
    qtbot.waitUntil(lambda: wizard.close_button.isDefault())
    keys.press(Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert len(services.companies.list_companies()) == 3, "imported once"
