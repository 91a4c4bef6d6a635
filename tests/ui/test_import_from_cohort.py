"""Importing companies from where a coordinator is (issue #13, finding 6): the Enrol
companies dialog of a cohort, a CSV file dropped on the cohort's page or its row in the
programmes tree, or dropped anywhere on the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, Role
from accelerator.services import Services
from accelerator.services.records import CohortRecord
from accelerator.services.users import actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.import_wizard import ImportWizard
from accelerator.ui.main_window import MainWindow
from accelerator.ui.models.programme_models import EnrolmentTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.programmes import ProgrammesPage
from tests.factories import Factory, org_number
from tests.ui.test_programmes_dialogs import Navigator
from tests.ui.test_programmes_page import answer

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()


@pytest.fixture
def cohort(make: Factory) -> CohortRecord:
    """Vår 2027 of Ocean Tech, started last week; the template has two milestones."""
    programme = make.programme(name="Ocean Tech")
    make.template(programme.id, "Ten customer interviews", "Pitch deck")
    start = TODAY - dt.timedelta(weeks=1)
    return make.cohort(
        programme.id,
        name="Vår 2027",
        status=CohortStatus.RUNNING,
        start_date=start,
        end_date=start + dt.timedelta(weeks=26),
    )


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "bedrifter.csv"
    path.write_text(
        "Firmanavn;Organisasjonsnummer\n"
        f"Havbris AS;{org_number(101)}\n"
        f"Nordlys Tech AS;{org_number(103)}\n",
        encoding="utf-8",
    )
    return path


def _page(qtbot: QtBot, services: Services) -> ProgrammesPage:
    page = ProgrammesPage(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _drop(widget: QWidget, path: Path, at: QPoint | None = None) -> bool:
    """Drag ``path`` over ``widget`` and let go, the way Qt delivers it: the drag enters the
    nearest widget there that takes drops, which gets the drop if it accepted the drag.
    Returns whether anything accepted it."""
    at = at if at is not None else widget.rect().center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target: QWidget | None = widget
    while target is not None and not target.acceptDrops():
        at = target.mapToParent(at)
        target = target.parentWidget()
    if target is None:
        return False
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, copy, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(at), copy, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _import_and_close(qtbot: QtBot, seen: dict[str, Any]) -> Any:
    """Drives the wizard once it opens: notes what it shows, imports, closes."""

    def drive(wizard: ImportWizard) -> None:
        seen["path"] = wizard.path_edit.text()
        qtbot.mouseClick(wizard.next_button, LEFT)
        seen["cohort"] = wizard.cohort_combo.currentText()
        seen["note"] = wizard.cohort_note.text()
        with qtbot.waitSignal(wizard.imported, timeout=10_000):
            qtbot.mouseClick(wizard.import_button, LEFT)
        qtbot.mouseClick(wizard.close_button, LEFT)

    return answer(ImportWizard, drive)


def _look_and_cancel(seen: dict[str, Any]) -> Any:
    def drive(wizard: ImportWizard) -> None:
        seen["path"] = wizard.path_edit.text()
        seen["cohort"] = wizard.cohort_combo.currentText()
        wizard.reject()

    return answer(ImportWizard, drive)


# --- the Enrol companies dialog ------------------------------------------------------------


def test_enrol_companies_imports_a_file_into_its_cohort(
    qtbot: QtBot, services: Services, cohort: CohortRecord, csv_file: Path
) -> None:
    page = _page(qtbot, services)
    page.open_cohort(cohort.id)
    panel = page.enrolments
    assert panel.list_state.is_empty()
    assert "Import from a file" in panel.list_state.message.text()
    seen: dict[str, Any] = {}

    def in_the_dialog(dialog: EnrolDialog) -> None:
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text().replace("&", "") == "Import from a file…"
        wizard = answer(ImportWizard, type_path_and_import)
        qtbot.mouseClick(dialog.import_button, LEFT)
        wizard.check()

    def type_path_and_import(wizard: ImportWizard) -> None:
        qtbot.keyClicks(wizard.path_edit, str(csv_file))
        qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
        qtbot.mouseClick(wizard.next_button, LEFT)
        seen["cohort"] = wizard.cohort_combo.currentText()
        with qtbot.waitSignal(wizard.imported, timeout=10_000):
            qtbot.mouseClick(wizard.import_button, LEFT)
        qtbot.mouseClick(wizard.close_button, LEFT)

    opened = answer(EnrolDialog, in_the_dialog)
    qtbot.mouseClick(panel.enrol_button, LEFT)
    opened.check()
    assert seen["cohort"] == "Ocean Tech / Vår 2027"
    # The dialog closed itself; the cohort shows its new companies and says what happened.
    assert QApplication.activeModalWidget() is None
    assert _column(panel.model, EnrolmentTableModel.COL_COMPANY) == [
        "Havbris AS",
        "Nordlys Tech AS",
    ]
    assert _column(panel.model, EnrolmentTableModel.COL_MILESTONES) == ["0 of 2", "0 of 2"]
    message = panel.message.text.text()
    assert "Enrolled 2 companies in Vår 2027" in message
    assert len(services.enrolments.list_enrolments(cohort_id=cohort.id)) == 2


def test_a_cohort_that_has_ended_offers_no_import(
    qtbot: QtBot, services: Services, make: Factory, cohort: CohortRecord
) -> None:
    ended = make.cohort(
        cohort.programme_id,
        name="Høst 2025",
        start_date=dt.date(2025, 8, 18),
        end_date=dt.date(2025, 12, 12),
    )
    dialog = EnrolDialog(None, AppContext(services, ChangeBus(), Navigator()), ended)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "Høst 2025 has ended" in dialog.import_button.toolTip()


# --- a file dropped on a cohort ------------------------------------------------------------


def test_a_file_dropped_on_the_cohorts_page_is_imported_into_that_cohort(
    qtbot: QtBot, services: Services, cohort: CohortRecord, csv_file: Path
) -> None:
    page = _page(qtbot, services)
    page.open_cohort(cohort.id)
    panel = page.enrolments
    seen: dict[str, Any] = {}
    wizard = _import_and_close(qtbot, seen)
    assert _drop(panel.view.viewport(), csv_file)
    wizard.check()
    assert seen["path"] == str(csv_file)
    assert seen["cohort"] == "Ocean Tech / Vår 2027"
    assert "Each company will be enrolled in Vår 2027" in seen["note"]
    assert _column(panel.model, EnrolmentTableModel.COL_COMPANY) == [
        "Havbris AS",
        "Nordlys Tech AS",
    ]
    assert "Enrolled 2 companies in Vår 2027" in panel.message.text.text()


def test_a_file_dropped_on_a_cohort_in_the_tree_is_imported_into_it(
    qtbot: QtBot, services: Services, make: Factory, cohort: CohortRecord, csv_file: Path
) -> None:
    other = make.cohort(
        cohort.programme_id,
        name="Høst 2027",
        status=CohortStatus.PLANNED,
        start_date=TODAY + dt.timedelta(weeks=30),
        end_date=TODAY + dt.timedelta(weeks=50),
    )
    page = _page(qtbot, services)
    page.open_cohort(cohort.id)
    index = page.tree_model.cohort_index(other.id)
    at = page.tree.visualRect(index).center()
    seen: dict[str, Any] = {}
    wizard = _import_and_close(qtbot, seen)
    assert _drop(page.tree.viewport(), csv_file, at)
    wizard.check()
    assert seen["cohort"] == "Ocean Tech / Høst 2027"
    assert page.selected_cohort() is not None
    assert page.selected_cohort().id == other.id, "the cohort dropped on is shown"
    assert len(services.enrolments.list_enrolments(cohort_id=other.id)) == 2
    assert services.enrolments.list_enrolments(cohort_id=cohort.id) == []


def test_a_file_dropped_on_a_programme_row_is_imported_with_no_cohort(
    qtbot: QtBot, services: Services, cohort: CohortRecord, csv_file: Path
) -> None:
    page = _page(qtbot, services)
    at = page.tree.visualRect(page.tree_model.programme_index(cohort.programme_id)).center()
    seen: dict[str, Any] = {}
    wizard = _look_and_cancel(seen)
    assert _drop(page.tree.viewport(), csv_file, at)
    wizard.check()
    assert seen == {"path": str(csv_file), "cohort": "(no cohort)"}


def test_only_a_csv_file_is_taken(
    qtbot: QtBot, services: Services, cohort: CohortRecord, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    page.open_cohort(cohort.id)
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drop(page.enrolments.view.viewport(), picture)


# --- a file dropped on the window ----------------------------------------------------------


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_file_dropped_on_the_window_opens_the_import_with_no_cohort(
    qtbot: QtBot, services: Services, cohort: CohortRecord, csv_file: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    window.go("companies")
    seen: dict[str, Any] = {}
    wizard = _import_and_close(qtbot, seen)
    assert _drop(window.nav, csv_file)
    wizard.check()
    assert seen["path"] == str(csv_file)
    assert seen["cohort"] == "(no cohort)"
    names = sorted(c.name for c in services.companies.list_companies())
    assert names == ["Havbris AS", "Nordlys Tech AS"]
    assert "Imported: 2 created" in window.statusBar().currentMessage()


@pytest.mark.parametrize("role", [Role.MENTOR, Role.VIEWER])
def test_a_mentor_or_viewer_cannot_drop_a_file_to_import(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    cohort: CohortRecord,
    csv_file: Path,
    tmp_path: Path,
    role: Role,
) -> None:
    user = make.user(username=f"{role.value}1", role=role)
    acting = services.acting_as(actor_of(user))
    window = _window(qtbot, acting, tmp_path)
    assert not _drop(window.nav, csv_file)
    page = _page(qtbot, acting)
    page.open_cohort(cohort.id)
    assert not _drop(page.enrolments.view.viewport(), csv_file)
    assert not _drop(page.tree.viewport(), csv_file)
    assert services.companies.list_companies() == []
