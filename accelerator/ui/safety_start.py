"""The safe start: take the database's instance lock, open it (checked, upgraded after a
backup), offer the newest good backup when it is damaged, and once the window shows, make
the rolling daily backup and warn (once per database) about a network or cloud folder.

The lock lives in ``SESSION`` for the program's life and is released when the
application quits (or, failing that, when the interpreter exits).
"""

from __future__ import annotations

import atexit
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
)

from accelerator.db.engine import Database, database_url, make_engine, sqlite_path
from accelerator.db.lock import InstanceLock, acquire_instance_lock
from accelerator.errors import (
    AcceleratorError,
    DamagedDatabaseError,
    DatabaseInUseError,
)
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.safety import BackupRecord, SafetyService
from accelerator.ui.icons import icon
from accelerator.ui.operations import Worker

log = logging.getLogger(__name__)

#: QSettings key: the database paths whose risky location the person has been told about.
WARNED_LOCATIONS_KEY = "safety/warnedLocations"
#: How long a status-bar note stays (milliseconds).
NOTE_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyStart", text)


@dataclass
class SafetySession:
    """What the safe start keeps for the program's life."""

    backups_dir: Path | None = None
    lock: InstanceLock | None = None
    read_only: bool = False
    paths: AppPaths | None = None  # this run's folders (where a saved server URL goes)

    def lock_for(self, db_path: Path | None) -> InstanceLock | None:
        """The held lock on ``db_path``, for a restore (None: the restore takes its own)."""
        lock = self.lock
        if lock is None or not lock.held or db_path is None:
            return None
        return lock if lock.db_path.resolve() == Path(db_path).resolve() else None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


SESSION = SafetySession()


def backups_dir() -> Path | None:
    """Where this run's backups go: the folder the start chose (None: beside the database)."""
    return SESSION.backups_dir


# --- opening ---------------------------------------------------------------------------


def open_services(paths: AppPaths, target: str) -> Services | None:
    """The database for the window, locked, checked and opened; None after telling the user
    why it cannot be (or when they chose to close)."""
    from accelerator.services.database import prepare_database

    SESSION.backups_dir = paths.backups_dir
    path = sqlite_path(database_url(target))
    lock: InstanceLock | None = None
    try:
        # A missing folder is left for prepare_database to name.
        if path is not None and path.parent.is_dir():
            try:
                lock = acquire_instance_lock(path)
            except DatabaseInUseError as error:
                log.warning("%s is in use: %s", path, error)
                if error.pid is None:  # not another window: the folder refuses a lock file
                    raise
                if ask_in_use(error, path) and path.is_file():
                    return _open_read_only(target)
                return None
        while True:
            try:
                db = prepare_database(target, backups_dir=paths.backups_dir)
            except DamagedDatabaseError as error:
                log.error("damaged database %s: %s", target, error)
                if not _restore_damaged(error, paths, lock):
                    _release(lock)
                    return None
                continue  # open the restored file, checked again
            break
    except AcceleratorError as error:
        log.warning("cannot open %s: %s", target, error)
        _release(lock)
        QMessageBox.critical(
            None,
            _tr("Cannot open the database"),
            _tr("Accelerator cannot open {target}.\n\n{error}").format(
                target=_shown(target), error=error
            ),
        )
        return None
    _keep(lock)
    return Services(db)


def _shown(target: str) -> str:
    """A file path, or a server URL without its password."""
    if sqlite_path(database_url(target)) is not None:
        return target
    return database_url(target).render_as_string(hide_password=True)


def _release(lock: InstanceLock | None) -> None:
    if lock is not None:
        lock.release()


def _keep(lock: InstanceLock | None) -> None:
    """Hold the lock until the program ends."""
    SESSION.lock = lock
    SESSION.read_only = False
    if lock is None:
        return
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lock.release)
    atexit.register(lock.release)  # release() is safe to call twice


def _open_read_only(target: str) -> Services:
    """The database through a read-only connection: SQLite refuses every write, so this
    window can look but never change what the other window is working on."""
    SESSION.read_only = True
    return Services(Database(make_engine(target, read_only=True), target))


def ask_in_use(error: DatabaseInUseError, path: Path) -> bool:
    """Tell the person another Accelerator has the file open; True to open it read-only."""
    box = in_use_message(error, path)
    box.exec()
    return box.clickedButton() is getattr(box, "read_only_button", None)


def in_use_message(error: DatabaseInUseError, path: Path) -> QMessageBox:
    since = ""
    text = str(error)
    if " since " in text:
        since = text.split(" since ", 1)[1].split()[0].rstrip(".,;)")
    if error.pid is not None:
        who = _tr("{host}, process {pid}").format(host=error.host or "?", pid=error.pid)
        if since:
            who += _tr(", since {0}").format(since.replace("T", " "))
        headline = _tr("Accelerator is already open on this database ({0}).").format(who)
    else:
        headline = _tr("Accelerator is already open on this database.")
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Database in use"), headline)
    box.setInformativeText(
        _tr(
            "{path}\n\nOnly one window may change a database at a time. Switch to the "
            "window that has it open, or open it read-only here: you can look, "
            "but nothing can be saved."
        ).format(path=path)
    )
    box.setDetailedText(text)
    box.read_only_button = box.addButton(  # type: ignore[attr-defined]
        _tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    return box


def _restore_damaged(
    error: DamagedDatabaseError, paths: AppPaths, lock: InstanceLock | None
) -> bool:
    """Offer the newest good backup of a damaged database; True when it was put back."""
    from accelerator.ui.dialogs.damaged_dialog import DamagedDialog

    service = SafetyService(error.path, paths.backups_dir)
    backup = _record_of(service, error.backup)
    if not DamagedDialog.ask(None, error, backup):
        return False
    assert backup is not None
    try:
        service.restore(backup.path, lock=lock if lock is not None and lock.held else None)
    except AcceleratorError as restore_error:
        QMessageBox.critical(
            None,
            _tr("Restore failed"),
            _tr("The backup could not be restored.\n\n{0}").format(restore_error),
        )
        return False
    log.warning("restored the damaged %s from %s", error.path, backup.path)
    return True


def _record_of(service: SafetyService, backup: Path | None) -> BackupRecord | None:
    if backup is None:
        return None
    try:
        records = service.list_backups()
    except AcceleratorError:
        records = []
    for record in records:
        if record.path == backup:
            return record
    return None


# --- after the first paint ---------------------------------------------------------------


def after_start(window: QMainWindow, paths: AppPaths) -> Worker | None:
    """The daily backup in the background and the location warning; returns the backup's
    worker (None when there is nothing to back up)."""
    db: Database = window.services.db  # type: ignore[attr-defined]
    if SESSION.read_only:
        label = QLabel(_tr("Read-only"), window)
        label.setToolTip(
            _tr("Another Accelerator window has this database open: nothing is saved here.")
        )
        window.statusBar().addPermanentWidget(label)
        window.setWindowTitle(_tr("{0} (read-only)").format(window.windowTitle()))
        return None
    if db.path is None:
        return None
    backups_dir = SESSION.backups_dir or paths.backups_dir
    service = SafetyService.for_database(db, backups_dir)
    settings = getattr(window, "settings", None) or QSettings()
    show_location_warning(window, service.location_warning(), db.path, settings)
    return start_daily_backup(window, service)


def start_daily_backup(window: QMainWindow, service: SafetyService) -> Worker:
    worker = Worker(lambda _progress, _cancelled: service.ensure_recent_backup())
    workers: set[Worker] = window.__dict__.setdefault("_safety_workers", set())
    workers.add(worker)

    def made(record: object) -> None:
        workers.discard(worker)
        if isinstance(record, BackupRecord):
            window.statusBar().showMessage(
                _tr("Daily backup made: {0}").format(record.path), NOTE_MS
            )

    def failed(error: object) -> None:
        workers.discard(worker)
        log.warning("daily backup failed: %s", error)
        window.statusBar().showMessage(_tr("The daily backup failed: {0}").format(error), 0)

    worker.signals.finished.connect(made)
    worker.signals.failed.connect(failed)
    worker.start()
    return worker


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
