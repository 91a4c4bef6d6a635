"""A coordinator sets up next season's cohort: a new cohort, ten companies imported from
the spreadsheet into it (each gets the programme's milestone checklist), and the cohort
report saved as a PDF for the steering group. Goal: at most 20 interactions."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.import_wizard import ImportWizard
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from tests.factories import org_number
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 20
#: What the import wizard says a cohort's companies get, in each language.
CHECKLIST = {"en": "milestone checklist", "nb": "milepælsliste"}
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
CTRL = Qt.KeyboardModifier.ControlModifier
COMPANIES = [
    "Sjøsprøyt Sensor AS",
    "Tangrand Energi AS",
    "Kelpforma AS",
    "Fjellbekk Laks AS",
    "Bølgekraft Vest AS",
    "Havsnø Analyse AS",
    "Krillteknikk AS",
    "Strandvik Robotikk AS",
    "Polarlys Fôr AS",
    "Nordkapp Merd AS",
]


def _spreadsheet(path: Path) -> Path:
    """As a Norwegian Excel saves it: semicolons, Norwegian headers, Windows-1252."""
    with path.open("w", encoding="cp1252", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Navn", "Orgnr", "Bransje", "Ansatte", "Kontaktperson", "E-post"])
        for i, name in enumerate(COMPANIES):
            out.writerow(
                [name, org_number(500 + i), "Havbruk", 3 + i, "Kari Nordmann", f"k{i}@x.no"]
            )
    return path


def _walk(walk: Walk, spreadsheet: Path, language: str) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    yield walk.press(Qt.Key.Key_2, CTRL, note="Ctrl+2: Programmes and cohorts")
    yield walk.until(lambda: window.current_key() == "programmes", "the programmes page")
    programmes = window.programmes_page
    yield walk.press_underlined(lambda: programmes.new_cohort_button, note="Alt: New cohort")
    yield walk.until(lambda: walk.modal(CohortDialog), "the new cohort dialog")
    yield walk.type("Spring 2027")
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(CohortDialog) is None, "the cohort created")
    yield walk.press_underlined(
        lambda: programmes.enrolments.enrol_button, note="Alt: Enrol companies"
    )
    enrol = yield walk.until(lambda: walk.modal(EnrolDialog), "the enrol dialog")
    yield walk.press_underlined(lambda: enrol.import_button, note="Alt: Import from a file")
    wizard = yield walk.until(lambda: walk.modal(ImportWizard), "the import wizard")
    yield walk.until(lambda: walk.focused(QLineEdit) is wizard.path_edit, "focus on the file")
    yield walk.type(str(spreadsheet))
    yield walk.press(Qt.Key.Key_Return)  # reads the file
    yield walk.until(lambda: wizard.next_button.isEnabled(), "the file read")
    yield walk.press(Qt.Key.Key_Return)  # Next: the columns are clear, so the preview
    yield walk.until(lambda: wizard.import_button.isEnabled(), "the preview")
    assert CHECKLIST[language] in wizard.cohort_note.text()
    yield walk.press(Qt.Key.Key_Return)  # Import
    yield walk.until(lambda: wizard.close_button.isDefault(), "the import done")
    yield walk.press(Qt.Key.Key_Return)  # Close
    yield walk.until(lambda: QApplication.activeModalWidget() is None, "back on the cohort")
    yield walk.press(Qt.Key.Key_P, CTRL, note="Ctrl+P: this cohort's report")
    yield walk.until(lambda: window.current_key() == "reports", "the reports page")
    reports = window.reports_page
    yield walk.press_underlined(lambda: reports.generate_button, note="Alt: Generate")
    save = yield walk.until(
        lambda: (b := window.findChild(QPushButton, "saveReport")) and b.isEnabled() and b,
        "the report generated",
        timeout=60,
    )
    yield walk.press_underlined(lambda: reports.save_button, note="Alt: Save as")
    yield walk.until(lambda: walk.modal(QFileDialog), "the save dialog")
    yield walk.press(Qt.Key.Key_Return)  # the proposed name, in the proposed folder
    yield walk.until(lambda: walk.modal(QFileDialog) is None and save.isEnabled(), "saved")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_sets_up_a_cohort_and_prints_its_report(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    spreadsheet = _spreadsheet(tmp_path / "nye selskaper.csv")
    walk = Walk()
    walk.run(
        lambda: main(["--data-dir", str(data_dir), "--lang", language]),
        _walk(walk, spreadsheet, language),
    )
    print(f"coordinator walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    services = stored(data_dir)
    cohort = next(c for c in services.programmes.list_cohorts() if c.name == "Spring 2027")
    enrolments = services.enrolments.list_enrolments(cohort_id=cohort.id)
    assert sorted(e.company_name for e in enrolments) == sorted(COMPANIES)
    template = services.programmes.template(cohort.programme_id)
    assert template, "the demo programme has a checklist"
    for enrolment in enrolments:
        titles = [m.title for m in services.enrolments.milestones(enrolment.id)]
        assert titles == [t.title for t in template], enrolment.company_name

    home = Path(os.environ["HOME"])
    pdfs = [p for p in home.rglob("Spring 2027*.pdf")]
    assert len(pdfs) == 1, pdfs
    text = "\n".join(page.extract_text() for page in PdfReader(pdfs[0]).pages)
    for name in COMPANIES:
        assert name in text, name
    pdfs[0].unlink()
    assert walk.keys.interactions <= GOAL, walk.keys.log
