"""What the import wizard shows for a file its reader refuses (issue #13, finding 5): a
quote never closed, a file with only a header. The service decides; the wizard shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.ui.dialogs.import_wizard import ImportPreviewModel, ImportWizard
from accelerator.ui.main_window import MainWindow
from tests.factories import org_number


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = ImportWizard(window, window.context, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_filed_broken_quote_is_an_error_row_and_import_stays_disabled(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "firmaer.csv"
    path.write_bytes(
        (
            "Name,Org number,Sector\r\n"
            f'"Tromsø Polarlaks AS,{org_number(1)},Aquaculture\r\n'
            f"Lofoten Tare AS,{org_number(2)},Seaweed\r\n"
        ).encode()
    )
    wizard = _wizard(qtbot, window, path)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == ImportWizard.PREVIEW
    model = wizard.preview_model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[ImportPreviewModel.COL_ROW] == "2"
    assert row[1] == "Error"
    assert row[ImportPreviewModel.COL_PROBLEMS].startswith(
        "Name: the quote that opens on line 2 is never closed"
    )
    assert "1 row has problems" in wizard.summary_label.text()
    assert not wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert services.companies.list_companies() == []


def test_a_file_with_only_a_header_is_said_on_the_first_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"Navn;Orgnr\r\n")
    wizard = _wizard(qtbot, window, path)
    shown = " ".join(label.text() for label in wizard.findChildren(QLabel) if label.isVisible())
    assert "the file has a header row but no companies under it" in shown.casefold()
    assert not wizard.next_button.isEnabled()
