"""The safe start, as the person sees it: another window has the database (open it
read-only?), it is damaged (restore the newest good backup?), it cannot be opened (why);
and once the window shows, the rolling daily backup and a warning (once per database)
about a network or cloud folder.

The work itself (the instance lock, the checks, the restore) is the services'
(``StartupService``, ``services.safety``): this module asks and tells. The lock travels
with the services it opened and is released by ``Services.close()`` when the window's
run ends.

After a clean end the file opens before SQLite has checked it, and the check starts once
something is on the screen (the sign-in dialog, or the window): the status bar says so
while it runs, and what is saved meanwhile waits for it. Should it find the file damaged,
the window says so and the start runs again (``CHECK_AGAIN``), checking first: the file is
moved aside and its newest good backup offered, as when the damage is found before opening.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
)

from accelerator.errors import (
    AcceleratorError,
    DamagedDatabaseError,
    DatabaseInUseError,
)
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.safety import BackupRecord, SafetyService
from accelerator.services.startup import StartupService, shown
from accelerator.ui.background import Background
from accelerator.ui.dialogs.damaged_dialog import DamagedDialog
from accelerator.ui.first_paint import after_first_paint
from accelerator.ui.kit.icons import icon
from accelerator.ui.operations import Worker
from accelerator.ui.window_base import WindowBase

log = logging.getLogger(__name__)

#: QSettings key: the database paths whose risky location the person has been told about.
WARNED_LOCATIONS_KEY = "safety/warnedLocations"
#: How long a status-bar note stays (milliseconds).
NOTE_MS = 10_000
#: What the window's event loop ends with when the check behind the start refused the
#: file: ``application.run`` starts again, checking the file before opening it.
CHECK_AGAIN = 75
#: How often the window asks whether the check behind the start has answered.
CHECK_POLL_MS = 100


_tr = in_context("SafetyStart")


# --- opening ---------------------------------------------------------------------------


def open_services(paths: AppPaths, target: str, *, check_first: bool = False) -> Services | None:
    """The database for the window, locked, checked (before opening, or beside the start
    after a clean end: ``StartupService.open``) and opened; None after telling the user
    why it cannot be (or when they chose to close). ``check_first``: check before opening
    whatever the last end was (the check beside the start refused the file)."""
    start = StartupService(paths, target)
    try:
        try:
            start.lock()
        except DatabaseInUseError as error:
            log.warning("%s is in use: %s", target, error)
            path = start.file
            if error.pid is None or path is None:  # not another window: no lock file here
                raise
            if ask_in_use(error, path) and path.is_file():
                return start.open_read_only()
            return None
        while True:
            try:
                return start.open(check_first=check_first)
            except DamagedDatabaseError as error:
                log.error("damaged database %s: %s", target, error)
                if not _restore_damaged(start, error):
                    start.give_up()
                    return None
                # and open the restored file, checked again (first)
                check_first = True
    except AcceleratorError as error:
        log.warning("cannot open %s: %s", target, error)
        start.give_up()
        QMessageBox.critical(
            None,
            _tr("Cannot open the database"),
            _tr("Accelerator cannot open {target}.\n\n{error}").format(
                target=shown(target), error=error
            ),
        )
        return None


def ask_in_use(error: DatabaseInUseError, path: Path) -> bool:
    """Tell the person another Accelerator has the file open; True to open it read-only."""
    box = in_use_message(error, path)
    box.exec()
    return box.clickedButton() is box.read_only_button


class InUseMessage(QMessageBox):
    """The message that another Accelerator has the file open, with Open read-only."""

    def __init__(self, headline: str) -> None:
        super().__init__(QMessageBox.Icon.Warning, _tr("Database in use"), headline)
        self.read_only_button = self.addButton(
            _tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.setDefaultButton(self.addButton(QMessageBox.StandardButton.Close))


def in_use_message(error: DatabaseInUseError, path: Path) -> InUseMessage:
    since = error.since
    text = str(error)
    if error.pid is not None:
        who = _tr("{host}, process {pid}").format(host=error.host or "?", pid=error.pid)
        if since:
            who += _tr(", since {0}").format(since.replace("T", " "))
        headline = _tr("Accelerator is already open on this database ({0}).").format(who)
    else:
        headline = _tr("Accelerator is already open on this database.")
    box = InUseMessage(headline)
    box.setInformativeText(
        _tr(
            "{path}\n\nOnly one window may change a database at a time. Switch to the "
            "window that has it open, or open it read-only here: you can look, "
            "but nothing can be saved."
        ).format(path=path)
    )
    box.setDetailedText(text)
    return box


def _restore_damaged(start: StartupService, error: DamagedDatabaseError) -> bool:
    """Offer the newest good backup of a damaged database; True when it was put back."""
    backup = start.newest_good_backup(error)
    if not DamagedDialog.ask(None, error, backup):
        return False
    assert backup is not None
    try:
        start.restore_damaged(error, backup)
    except AcceleratorError as restore_error:
        QMessageBox.critical(
            None,
            _tr("Restore failed"),
            _tr("The backup could not be restored.\n\n{0}").format(restore_error),
        )
        return False
    return True


# --- after the first paint ---------------------------------------------------------------


def after_start(window: WindowBase) -> Worker | None:
    """The check beside the start in the status bar, the daily backup in the background
    and the location warning; returns the backup's worker (None when there is nothing to
    back up)."""
    services = window.services
    if services.read_only:  # opened without a check, and nothing is written
        label = QLabel(_tr("Read-only"), window)
        label.setToolTip(
            _tr("Another Accelerator window has this database open: nothing is saved here.")
        )
        window.statusBar().addPermanentWidget(label)
        window.setWindowTitle(_tr("{0} (read-only)").format(window.windowTitle()))
        return None
    if services.db.path is None:
        return None  # a shared server backs itself up
    service = services.safety
    show_location_warning(window, service.location_warning(), service.db_path, window.settings)
    # The daily copy once the check beside the start has passed: both read the whole file,
    # and a damaged file's copy would fail its own check anyway.
    if watch_the_check(window, then=lambda: start_daily_backup(window, service)) is not None:
        return None
    return start_daily_backup(window, service)


def check_after_first_paint(services: Services) -> None:
    """Start SQLite's check of a file that opened before it once something is on the
    screen: it reads the whole file (0.3 s on 10,000 companies, 3 s on 100,000), which the
    first paint need not wait for. A write that comes first starts it itself."""
    app = QApplication.instance()
    if services.database.checking() and isinstance(app, QApplication):
        after_first_paint(app, services.database.start_check)


def watch_the_check(window: WindowBase, then: Callable[[], object] | None = None) -> QLabel | None:
    """While SQLite checks the file beside the start, say so in the status bar; once it
    has passed, take the words away and call ``then``; when it refused the file, tell the
    person and start again. Returns the status-bar label (None: there is no check to wait
    for, and ``then`` is not called). The check starts after the window's first paint, if
    it has not yet."""
    database = window.services.database
    check_after_first_paint(window.services)
    if not database.checking():
        if database.refusal() is not None:
            QTimer.singleShot(0, window, lambda: refused_behind(window))
        return None
    label = QLabel(_tr("Checking the database…"), window)
    label.setObjectName("checkingDatabase")
    label.setToolTip(
        _tr(
            "SQLite checks the database file, as at every start. What you save is written "
            "as soon as the check has passed."
        )
    )
    window.statusBar().addPermanentWidget(label)
    timer = QTimer(label)
    timer.setInterval(CHECK_POLL_MS)

    def answered() -> None:
        if database.checking():
            return
        timer.stop()
        window.statusBar().removeWidget(label)
        label.deleteLater()
        if database.refusal() is not None:
            refused_behind(window)
        elif then is not None:
            then()

    timer.timeout.connect(answered)
    timer.start()
    return label


def refused_behind(window: WindowBase) -> None:
    """The check beside the start found the file damaged (or could not finish): nothing
    was written to it. Say so, and start again, checking first."""
    refusal = window.services.database.refusal()
    log.error("the check behind the start refused the database: %s", refusal)
    QMessageBox.critical(
        window,
        _tr("The database is damaged"),
        _tr(
            "Accelerator checked the database after opening it and found a problem: "
            "{0}\n\nNothing was saved to it. Accelerator now starts again: it moves the "
            "file aside and offers its newest good backup."
        ).format(refusal),
    )
    window.hide()
    start_again()


def start_again() -> None:
    """End the window's run so that ``application.run`` opens the database again,
    checking it first."""
    QApplication.exit(CHECK_AGAIN)


def start_daily_backup(window: QMainWindow, service: SafetyService) -> Worker:
    def made(record: BackupRecord | None) -> None:
        if record is not None:
            window.statusBar().showMessage(
                _tr("Daily backup made: {0}").format(record.path), NOTE_MS
            )

    def failed(error: Exception) -> None:
        log.warning("daily backup failed: %s", error)
        window.statusBar().showMessage(_tr("The daily backup failed: {0}").format(error), 0)

    return Background(window).start(
        lambda _progress, _cancelled: service.ensure_recent_backup(), made, failed
    )


def show_location_warning(
    window: QMainWindow, warning: str | None, db_path: Path, settings: QSettings
) -> QToolBar | None:
    """A warning about a risky folder: always a status-bar sign with the reason as its
    tooltip; the first time for this database also a message bar that can be dismissed."""
    if not warning:
        return None
    sign = QLabel(window)
    sign.setObjectName("locationWarning")
    sign.setPixmap(icon("warning").pixmap(16, 16))
    sign.setToolTip(warning)
    window.statusBar().addPermanentWidget(sign)
    key = str(db_path.resolve())
    warned = settings.value(WARNED_LOCATIONS_KEY, [])
    warned_list = [str(w) for w in warned] if isinstance(warned, list) else [str(warned)]
    if key in warned_list:
        return None
    warned_list.append(key)
    settings.setValue(WARNED_LOCATIONS_KEY, warned_list)
    bar = QToolBar(_tr("Warning"), window)
    bar.setObjectName("locationWarningBar")
    bar.setMovable(False)
    text = QLabel(
        _tr("This database is in a risky place: {0} Move it to this computer's own disk.").format(
            warning
        ),
        bar,
    )
    text.setWordWrap(True)
    bar.addWidget(text)
    dismiss = QPushButton(_tr("Dismiss"), bar)
    dismiss.clicked.connect(bar.deleteLater)
    bar.addWidget(dismiss)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
