"""Where the file dialogs start: in the folder last used for that kind of file, else in
Documents; never in the program's working directory, where pressing Enter on the
proposed name would write a PDF into the program's own folder.

QFileDialog's static functions are replaced by a recorder (a real one would wait for a
person); it records the folder or path each dialog was given and answers as told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.services.demo import load_demo
from accelerator.services.exporting import ExportFormat, ExportKind
from accelerator.ui.dialogs.export_dialog import ExportDialog, ExportRequest
from accelerator.ui.dialogs.import_wizard import ImportWizard
from accelerator.ui.file_dialogs import FileKind, documents_folder, save_file
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.audit import AuditPage
from accelerator.ui.pages.frameworks import FrameworksPage
from accelerator.ui.pages.reports import ReportsPage
from accelerator.ui.safety_actions import SafetyActions

CLICK = Qt.MouseButton.LeftButton


@dataclass
class Asked:
    """What each file dialog was given (``directory``: a folder, or a folder and name)."""

    directories: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)  # paths to answer with; then cancel

    def answer(self, _parent: object, _caption: str, directory: str, *_rest: object) -> tuple:
        self.directories.append(directory)
        return (self.answers.pop(0) if self.answers else "", "")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    asked = Asked()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(asked.answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(asked.answer))
    return asked


@pytest.fixture
def documents() -> Path:
    """The Documents folder of the tests' own home (tests/conftest.py)."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert folder.is_relative_to(Path.home()) and "accelerator-tests-home-" in str(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory is a folder no dialog may propose."""
    cwd = tmp_path / "program folder"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _frameworks(window: MainWindow) -> FrameworksPage:
    page = window.go("frameworks")
    assert isinstance(page, FrameworksPage)
    return page


def _audit(window: MainWindow) -> AuditPage:
    page = window.go("audit")
    assert isinstance(page, AuditPage)
    return page


def _nothing_in(folder: Path, asked: Asked) -> None:
    assert not [d for d in asked.directories if Path(d) == folder or Path(d).parent == folder]


def test_a_save_starts_in_documents_then_in_the_folder_last_used_for_that_kind(
    qtbot: QtBot,
    window: MainWindow,
    asked: Asked,
    documents: Path,
    elsewhere: Path,
    tmp_path: Path,
) -> None:
    page = _frameworks(window)
    framework = page.selected_framework()
    assert framework is not None
    name = f"{framework.key}-v{framework.version}.json"
    chosen = tmp_path / "shared" / "frameworks"
    chosen.mkdir(parents=True)
    asked.answers.append(str(chosen / "ours.json"))

    qtbot.mouseClick(page.export_button, CLICK)
    assert asked.directories == [str(documents / name)]
    assert (chosen / "ours.json").exists()

    qtbot.mouseClick(page.export_button, CLICK)  # the same kind: where it went last time
    qtbot.mouseClick(page.import_button, CLICK)  # reading a framework: the same folder
    assert asked.directories[1:] == [str(chosen / name), str(chosen)]

    qtbot.mouseClick(_audit(window).export_button, CLICK)  # another kind: still Documents
    assert asked.directories[3] == str(documents / f"audit-trail-{dt.date.today():%Y-%m-%d}.csv")
    _nothing_in(elsewhere, asked)


def test_the_folder_is_remembered_across_windows_and_a_vanished_one_is_not_proposed(
    qtbot: QtBot, services: Services, asked: Asked, documents: Path, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    stick = tmp_path / "usb-stick"
    stick.mkdir()

    def audit_page() -> AuditPage:
        window = MainWindow(services, QSettings(str(settings_file), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        return _audit(window)

    asked.answers.append(str(stick / "trail.csv"))
    qtbot.mouseClick(audit_page().export_button, CLICK)
    qtbot.mouseClick(audit_page().export_button, CLICK)  # the next day, a new window
    assert Path(asked.directories[1]).parent == stick

    (stick / "trail.csv").unlink()
    stick.rmdir()  # unplugged
    qtbot.mouseClick(audit_page().export_button, CLICK)
    assert Path(asked.directories[2]).parent == documents


def test_the_import_wizard_opens_in_documents_or_where_its_file_is(
    qtbot: QtBot, window: MainWindow, asked: Asked, documents: Path, tmp_path: Path
) -> None:
    wizard = ImportWizard(window, window.context, None)
    qtbot.addWidget(wizard)
    wizard.show()
    choose = next(b for b in wizard.findChildren(QPushButton) if b.text() == "&Choose…")
    qtbot.mouseClick(choose, CLICK)
    assert asked.directories == [str(documents)]

    dropped = tmp_path / "inbox" / "members.csv"
    dropped.parent.mkdir()
    dropped.write_text("Name\nHavbris AS\n", encoding="utf-8")
    wizard.set_file(dropped)  # a file dropped on the window fills the field
    qtbot.mouseClick(choose, CLICK)
    assert asked.directories[1] == str(dropped)
    wizard.reject()


def test_file_export_proposes_its_name_in_documents(
    qtbot: QtBot,
    window: MainWindow,
    asked: Asked,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = ExportRequest(ExportKind.COMPANIES, ExportFormat.XLSX)
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, context: request))
    actions = window.findChild(SafetyActions)
    assert actions is not None
    actions.export_action.trigger()
    assert asked.directories == [str(documents / request.suggested_name)]


def test_a_report_is_proposed_in_documents_not_in_the_program_folder(
    qtbot: QtBot, window: MainWindow, asked: Asked, documents: Path
) -> None:
    load_demo(window.services)
    enrolment = window.services.enrolments.list_enrolments()[-1]
    page = window.go("reports")
    assert isinstance(page, ReportsPage)
    page.open_company_report(enrolment.id)
    qtbot.mouseClick(page.generate_button, CLICK)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30_000)
    report = page.report()
    assert report is not None

    qtbot.mouseClick(page.save_button, CLICK)
    assert asked.directories == [str(documents / report.file_name)]


def test_without_a_documents_folder_the_dialog_starts_in_the_home_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path / "none"))
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert documents_folder() == Path.home()
    holder = _SettingsHolder(settings)
    qtbot.addWidget(holder)
    save_file(holder, FileKind.REPORT, "Save report", "PDF files (*.pdf)", "../../report.pdf")
    assert asked.directories == [str(Path.home() / "report.pdf")]


class _SettingsHolder(QPushButton):
    """A widget whose window keeps its settings in ``settings``, as the main window does."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
