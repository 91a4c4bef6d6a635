"""The import wizard as a coordinator uses it: a semicolon CSV from a Norwegian Excel,
a preview that shows the bad row and keeps Import disabled, then the fixed file imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.ui.dialogs.import_wizard import ImportPreviewModel, ImportWizard
from accelerator.ui.main_window import MainWindow
from accelerator.ui.operations import Data
from accelerator.ui.safety_start import SESSION
from tests.factories import Factory, org_number

HEADER = "Firmanavn;Organisasjonsnummer;Bransje;Antall ansatte;Kontaktperson"


@pytest.fixture(autouse=True)
def session(tmp_path: Path) -> Iterator[None]:
    SESSION.backups_dir, SESSION.lock, SESSION.read_only = tmp_path / "backups", None, False
    yield
    SESSION.backups_dir = None


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
    cohort = make.cohort(name="Vår 2026")
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
