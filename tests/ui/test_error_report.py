"""An error nobody planned for: in a slot, in a worker, in a thread. It is logged with its
traceback and shown in one dialog that says what failed and where the log is, offers the
details to copy, and the program goes on.

The hook is installed here on purpose (the ``reporter`` fixture) and removed after, so
that everywhere else pytest-qt still fails a test on an unplanned exception.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from accelerator.errors import AcceleratorError
from accelerator.logs import configure_logging
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.ui import application, error_report
from accelerator.ui.context import AppContext
from accelerator.ui.error_report import ErrorDialog, ErrorReporter, install_error_hook
from accelerator.ui.operations import ChangeBus, Worker
from accelerator.ui.pages import frameworks
from accelerator.ui.pages.frameworks import FrameworksPage
from tests.ui.helpers import NoNavigation

OK = Qt.MouseButton.LeftButton


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "backups", tmp_path / "logs", tmp_path)


@pytest.fixture
def log_file(paths: AppPaths) -> Iterator[Path]:
    """The program's own log file, as the window writes it, for this test only."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    configure_logging(paths)
    yield paths.log_file
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def reporter(log_file: Path) -> Iterator[ErrorReporter]:
    reporter = install_error_hook(log_file)
    yield reporter
    reporter.uninstall()


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> FrameworksPage:
    page = FrameworksPage(AppContext(services, ChangeBus(), NoNavigation()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _close(qtbot: QtBot, reporter: ErrorReporter) -> None:
    dialog = reporter.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, OK)
    qtbot.waitUntil(lambda: reporter.dialog is None)


def _error_dialogs() -> list[ErrorDialog]:
    """The error dialogs on screen."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def test_an_error_in_a_button_slot_is_shown_logged_and_the_page_goes_on(
    qtbot: QtBot,
    reporter: ErrorReporter,
    log_file: Path,
    page: FrameworksPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "exported.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    real_dump = frameworks.dump_framework
    broken = True

    def dump(spec: object) -> str:
        if broken:  # a bug in the code behind the button, not a refusal
            raise KeyError("levels")
        return real_dump(spec)  # type: ignore[arg-type]

    monkeypatch.setattr(frameworks, "dump_framework", dump)

    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        qtbot.mouseClick(page.export_button, OK)

    dialog = shown.args[0]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Something went wrong"
    assert dialog.what_label.text() == (
        "Something went wrong while Accelerator was carrying out an action."
    )
    assert dialog.error_label.text() == "KeyError: 'levels'"
    assert dialog.log_label.text() == f"The details are in the log file {log_file}"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in export_framework" in logged and "KeyError: 'levels'" in logged

    qtbot.mouseClick(dialog.copy_button, OK)
    copied = QGuiApplication.clipboard().text()
    assert dialog.isVisible(), "copying leaves the dialog open"
    assert dialog.copied_label.isVisible()
    for part in ("Accelerator ", "Python ", "Qt ", "PySide6 ", "Platform: ", "in export_framework"):
        assert part in copied
    assert copied.rstrip().endswith("KeyError: 'levels'")

    _close(qtbot, reporter)
    assert not _error_dialogs()
    assert not target.exists()

    broken = False  # the page is still usable: the same button now exports
    qtbot.mouseClick(page.export_button, OK)
    assert target.exists()
    assert str(target) in page.message.text()


def test_an_unexpected_error_in_a_worker_is_shown_and_the_caller_still_hears_of_it(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path
) -> None:
    def work(_progress: object, _cancelled: object) -> object:
        return {}["cohort"]

    worker = Worker(work)  # type: ignore[arg-type]
    failed: list[object] = []
    worker.signals.failed.connect(failed.append)
    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        worker.start()

    dialog = shown.args[0]
    assert dialog.what_label.text() == (
        "Something went wrong while Accelerator was working in the background."
    )
    assert dialog.error_label.text() == "KeyError: 'cohort'"
    qtbot.waitUntil(lambda: len(failed) == 1)  # so that the caller can stop its progress bar
    assert isinstance(failed[0], KeyError)
    logged = log_file.read_text(encoding="utf-8")
    assert "in work" in logged and "KeyError: 'cohort'" in logged

    _close(qtbot, reporter)
    again = Worker(lambda _p, _c: 42)
    with qtbot.waitSignal(again.signals.finished, timeout=5000) as finished:
        again.start()
    assert finished.args == [42]
    assert reporter.dialog is None


def test_a_worker_finishing_after_the_program_closed_says_nothing(
    reporter: ErrorReporter, log_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Closing the window while a check still runs in the background: its answer has
    nobody left to reach, and that is no error (no traceback on the terminal or in the
    log, no error dialog)."""
    worker = Worker(lambda _p, _c: 42)
    shiboken6.delete(worker.signals)  # as the program's end deletes them
    worker.run()
    assert reporter.dialog is None and not _error_dialogs()
    assert "Signal source has been deleted" not in capfd.readouterr().err
    assert "Traceback" not in log_file.read_text(encoding="utf-8")


def test_a_refusal_in_a_worker_is_its_callers_message_not_an_error_dialog(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path
) -> None:
    def work(_progress: object, _cancelled: object) -> object:
        raise AcceleratorError("The cohort has no companies yet.")

    worker = Worker(work)  # type: ignore[arg-type]
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        worker.start()
    QCoreApplication.processEvents()
    assert str(failed.args[0]) == "The cohort has no companies yet."
    assert reporter.dialog is None and not _error_dialogs()
    assert "Traceback" not in log_file.read_text(encoding="utf-8")


def test_an_error_in_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path
) -> None:
    shown_on: list[threading.Thread] = []
    reporter.shown.connect(lambda _dialog: shown_on.append(threading.current_thread()))

    def sync() -> None:
        raise ConnectionResetError("the mail server hung up")

    thread = threading.Thread(target=sync, name="mail-sync")
    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        thread.start()
        thread.join()

    dialog = shown.args[0]
    assert shown_on == [threading.main_thread()]
    assert dialog.error_label.text() == "ConnectionResetError: the mail server hung up"
    assert "thread mail-sync" in dialog.details()
    assert "ConnectionResetError: the mail server hung up" in log_file.read_text(encoding="utf-8")
    _close(qtbot, reporter)


def test_a_burst_of_errors_is_one_dialog_that_counts_the_rest(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    button = QPushButton("Recalculate")
    qtbot.addWidget(button)
    calls = iter(range(1, 100))

    def recalculate() -> None:
        raise ValueError(f"bad level {next(calls)}")

    button.clicked.connect(recalculate)
    button.show()
    for _ in range(3):  # before the first dialog is on screen
        qtbot.mouseClick(button, OK)
    qtbot.waitUntil(lambda: reporter.dialog is not None and len(reporter.dialog.failures) == 3)

    dialog = reporter.dialog
    assert dialog is not None
    assert _error_dialogs() == [dialog]
    assert dialog.error_label.text() == "ValueError: bad level 1"
    assert dialog.more_label.isVisible()
    assert dialog.more_label.text() == (
        "2 more errors happened after this one; Copy details includes them."
    )
    details = dialog.details()
    assert "Error 3 of 3" in details and "ValueError: bad level 3" in details
    _close(qtbot, reporter)


def test_an_error_inside_the_dialog_is_counted_on_it_not_shown_again_and_again(
    qtbot: QtBot, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_details(self: ErrorDialog) -> str:
        raise RuntimeError("no clipboard")

    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        reporter.excepthook(*_exc_info(OSError("disk full")))
    dialog = shown.args[0]
    monkeypatch.setattr(ErrorDialog, "details", broken_details)

    qtbot.mouseClick(dialog.copy_button, OK)  # the slot raises while the dialog is shown
    qtbot.waitUntil(lambda: len(dialog.failures) == 2)
    assert _error_dialogs() == [dialog]
    assert "RuntimeError: no clipboard" in dialog.failures[1].traceback
    _close(qtbot, reporter)


def test_a_dialog_that_cannot_be_built_is_not_tried_in_a_loop(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def cannot_build(self: ErrorDialog, *args: object) -> None:
        attempts.append(args)
        raise RuntimeError("no display")

    monkeypatch.setattr(ErrorDialog, "__init__", cannot_build)
    reporter.excepthook(*_exc_info(OSError("disk full")))
    reporter.excepthook(*_exc_info(OSError("disk still full")))
    for _ in range(5):
        QCoreApplication.processEvents()

    assert len(attempts) == 1
    assert reporter.dialog is None
    logged = log_file.read_text(encoding="utf-8")
    assert "cannot show the error dialog" in logged and "RuntimeError: no display" in logged
    assert "OSError: disk still full" in logged, "later errors are still logged"


def test_the_dialog_outlives_the_message_box_that_was_open_when_the_error_came(
    qtbot: QtBot, reporter: ErrorReporter, page: FrameworksPage
) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Export", "Exported.", parent=page)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)

    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        reporter.excepthook(*_exc_info(OSError("disk full")))
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), OK)
    box.deleteLater()
    qtbot.waitUntil(lambda: not box.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert _error_dialogs() == [shown.args[0]]
    _close(qtbot, reporter)


def test_keyboard_interrupt_keeps_pythons_own_behaviour(
    qtbot: QtBot, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    default: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_rest: default.append(kind))

    sys.excepthook(*_exc_info(KeyboardInterrupt()))
    QCoreApplication.processEvents()

    assert default == [KeyboardInterrupt]
    assert reporter.dialog is None


def test_uninstall_gives_back_the_hooks_it_found(log_file: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = install_error_hook(log_file)
    assert (sys.excepthook, threading.excepthook) == (
        reporter.excepthook,
        reporter.thread_excepthook,
    )
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert error_report._installed is None


def test_the_window_start_installs_the_hook_and_removes_it_at_the_end(
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = (sys.excepthook, threading.excepthook)
    during: list[object] = []

    def sign_in(_services: Services) -> None:
        # The first dialog of the start: an error in it would already be shown.
        during.append(sys.excepthook)
        during.append(error_report._installed)
        return None  # cancelled

    monkeypatch.setattr(application, "open_services", lambda _paths, _target, **_options: services)
    monkeypatch.setattr(application, "sign_in", sign_in)
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        assert application.run(paths, str(paths.default_database)) == 0
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])

    reporter = during[1]
    assert isinstance(reporter, ErrorReporter)
    assert during[0] == reporter.excepthook
    assert reporter.log_file == paths.log_file
    assert (sys.excepthook, threading.excepthook) == before


def _exc_info(error: BaseException) -> tuple[type[BaseException], BaseException, TracebackType]:
    try:
        raise error
    except BaseException as raised:
        assert raised.__traceback__ is not None
        return type(raised), raised, raised.__traceback__
