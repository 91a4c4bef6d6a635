"""Export from the window: choose the table and the format, then a file; written in the
background."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.services.exporting import ExportFormat, ExportKind
from accelerator.ui.dialogs.export_dialog import ExportDialog, ExportRequest
from accelerator.ui.main_window import MainWindow
from accelerator.ui.safety_actions import SafetyActions
from tests.factories import Factory


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def test_export_dialog_says_what_to_export(qtbot: QtBot, window: MainWindow, make: Factory) -> None:
    cohort = make.cohort(name="Vår 2026")
    dialog = ExportDialog(window, window.context)
    qtbot.addWidget(dialog)
    assert dialog.request() == ExportRequest(ExportKind.COMPANIES, ExportFormat.XLSX)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Assessments"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.CSV))
    dialog.cohort_combo.setCurrentIndex(dialog.cohort_combo.findData(cohort.id))
    dialog.confidential_check.setChecked(True)
    request = dialog.request()
    assert request == ExportRequest(ExportKind.ASSESSMENTS, ExportFormat.CSV, cohort.id, True)
    assert request.suggested_name == "assessments.csv"


def test_export_writes_a_csv(
    qtbot: QtBot,
    window: MainWindow,
    make: Factory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make.company(name="Havbris AS")
    make.company(name='=HYPERLINK("x") AS')
    target = tmp_path / "firma"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, p, c: ExportRequest(ExportKind.COMPANIES, ExportFormat.CSV)),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions = window.findChild(SafetyActions)
    assert actions is not None
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_action.trigger()
    written = tmp_path / "firma.csv"
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    names = sorted(r[rows[0].index("Name")] for r in rows[1:])
    assert names == ['\'=HYPERLINK("x") AS', "Havbris AS"]
    assert "Wrote 2 companies" in window.statusBar().currentMessage()


def test_joint_projects_are_exported_as_a_workbook_of_three_sheets(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make: Factory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    from accelerator.domain.enums import PartnerRole
    from accelerator.services.projects import PartnerInput, ProjectInput

    made = services.projects.create_project(ProjectInput("Tareskog for fôr"))
    company = make.company(name="Havbris AS")
    services.projects.add_partner(made.id, PartnerInput(company.id, PartnerRole.LEAD))
    dialog = ExportDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Joint projects"))
    # All of them: no cohort to choose, nothing confidential.
    assert not dialog.cohort_combo.isVisibleTo(dialog)
    assert not dialog.confidential_check.isVisibleTo(dialog)
    request = dialog.request()
    assert request == ExportRequest(ExportKind.PROJECTS, ExportFormat.XLSX)

    target = tmp_path / "prosjekter"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, p, c: request))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions = window.findChild(SafetyActions)
    assert actions is not None
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_action.trigger()
    book = load_workbook(tmp_path / "prosjekter.xlsx", read_only=True)
    assert len(book.sheetnames) == 3
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row]
    assert "Tareskog for fôr" in cells
    partners = [c for row in book.worksheets[1].iter_rows(values_only=True) for c in row]
    assert "Havbris AS" in partners
