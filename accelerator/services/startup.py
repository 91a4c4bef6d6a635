"""Opening the database for a window, safely: the instance lock first (one window per file),
then the checks and the upgrade (after a backup); a damaged file's newest good backup put
back; a read-only look when another window has the file.

The window asks and tells the person; this does the work, so that no widget builds an
engine or takes a lock. The services it returns carry the lock for the window's life:
``Services.close()`` releases it (and so, failing that, does the interpreter's exit).
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

from accelerator.db.engine import Database, database_url, make_engine, sqlite_path
from accelerator.db.lock import InstanceLock, acquire_instance_lock
from accelerator.errors import AcceleratorError, DamagedDatabaseError
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.database import prepare_database
from accelerator.services.safety import BackupRecord, RestoreRecord, SafetyService

log = logging.getLogger(__name__)


def database_file(target: str) -> Path | None:
    """The file a path or URL names; None for a server."""
    return sqlite_path(database_url(target))


def shown(target: str) -> str:
    """A file path, or a server URL without its password: for a message."""
    if database_file(target) is not None:
        return target
    return database_url(target).render_as_string(hide_password=True)


class StartupService:
    """One start of the window on ``target``, with this run's folders.

    ``lock()``, then ``open()`` (again after ``restore_damaged()``), or ``open_read_only()``
    when another window holds the lock; ``give_up()`` when the start ends without a window.
    """

    def __init__(self, paths: AppPaths, target: str) -> None:
        self._paths = paths
        self._target = target
        self._lock: InstanceLock | None = None

    @property
    def file(self) -> Path | None:
        """The database file (None: a server)."""
        return database_file(self._target)

    @property
    def backups_dir(self) -> Path:
        return self._paths.backups_dir

    def lock(self) -> None:
        """Take the instance lock on the file, so that no other window changes it.

        DatabaseInUseError when another Accelerator holds it (its ``pid`` says which) or
        the folder refuses a lock file (``pid`` is None). Nothing to lock on a server, nor
        when the folder is missing: ``open`` names that."""
        path = self.file
        if path is None or not path.parent.is_dir() or self._lock is not None:
            return
        self._lock = acquire_instance_lock(path)
        # A crash releases a flock anyway; this also removes the lock file.
        atexit.register(self._lock.release)  # release() is safe to call twice

    def open(self, *, check_first: bool = False) -> Services:
        """The database opened (created, or upgraded after a backup) and checked, with the
        lock. DamagedDatabaseError when SQLite's check fails: the file was moved aside.

        The check runs before opening when the last window on the file ended without
        letting go of it (its lock file was left behind), when a -wal is left beside it, and
        when ``check_first`` says so; otherwise it runs beside the start
        (``services.database.checking()``) and writes wait for it: 0.3 s of every start on
        10,000 companies, 3 s on 100,000."""
        behind = not check_first and self._lock is not None and not self._lock.left_behind
        backups_dir = self._paths.backups_dir
        try:
            db = prepare_database(self._target, backups_dir=backups_dir, check_behind=behind)
        except DamagedDatabaseError as error:
            if not behind or error.moved_to is not None:
                raise
            # Found beside the start before the window (a write waited for the check):
            # checked first now, which moves the file aside and names its newest backup.
            db = prepare_database(self._target, backups_dir=backups_dir)
        return Services(db, backups_dir=backups_dir, lock=self._lock)

    def open_read_only(self) -> Services:
        """The database through a read-only connection: SQLite refuses every write, so this
        window can look but never change what the other window is working on."""
        db = Database(make_engine(self._target, read_only=True), self._target)
        return Services(db, backups_dir=self._paths.backups_dir)

    def newest_good_backup(self, error: DamagedDatabaseError) -> BackupRecord | None:
        """The backup the open found for a damaged file, as a record to offer."""
        if error.backup is None:
            return None
        try:
            records = self._safety(error).list_backups()
        except AcceleratorError:
            return None
        for record in records:
            if record.path == error.backup:
                return record
        return None

    def restore_damaged(self, error: DamagedDatabaseError, backup: BackupRecord) -> RestoreRecord:
        """Put ``backup`` in the damaged file's place (as the system: nobody can sign in to
        a damaged file), under the lock this start holds."""
        record = self._safety(error).restore(backup.path, lock=self._held())
        log.warning("restored the damaged %s from %s", error.path, backup.path)
        return record

    def give_up(self) -> None:
        """No window opens: let go of the lock."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _safety(self, error: DamagedDatabaseError) -> SafetyService:
        return SafetyService(error.path, self._paths.backups_dir)

    def _held(self) -> InstanceLock | None:
        return self._lock if self._lock is not None and self._lock.held else None
