"""Backups and restore, for the window and the command line.

Unlike the other services this one works on the database *file*, not through a
session: a damaged database has no session to offer (it never opens), and nobody can
sign in to it, so the window restores it acting as the system. With a user signed
in, restoring is for coordinators only: it replaces everyone's data.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from accelerator.db import backup as backups
from accelerator.db.engine import Database
from accelerator.db.location import risky_location
from accelerator.db.lock import InstanceLock
from accelerator.db.open import open_database
from accelerator.domain.enums import role_noun
from accelerator.errors import AcceleratorError, PermissionDeniedError
from accelerator.i18n import in_context
from accelerator.services.base import SYSTEM, Actor
from accelerator.services.use_cases import UseCase, role_allows

log = logging.getLogger(__name__)
_tr = in_context("Backups")

#: The tables whose row counts describe a backup to a person choosing one.
SUMMARY_TABLES = ("programmes", "cohorts", "companies", "enrolments", "assessments", "users")


@dataclass(frozen=True)
class BackupRecord:
    path: Path
    name: str
    taken_at: dt.datetime  # local time
    reason: str  # daily, manual, pre-migration, pre-restore
    size_bytes: int


@dataclass(frozen=True)
class BackupContents:
    """What a file holds, checked: shown before a restore so the person knows what they get."""

    path: Path
    schema_version: str
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreRecord:
    database: Path
    restored_from: Path
    schema_version: str
    #: The database as it was, kept as a pre-restore backup (None if there was none).
    previous: BackupRecord | None
    #: When the replaced database was damaged: the folder it was moved to.
    moved_aside: Path | None


def _record(backup: backups.Backup) -> BackupRecord:
    return BackupRecord(backup.path, backup.name, backup.taken_at, backup.reason, backup.size_bytes)


class SafetyService:
    """Back up now, list the backups, check a file, restore one (coordinators only)."""

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path | None = None,
        actor: Actor = SYSTEM,
        *,
        retention: backups.Retention = backups.DEFAULT_RETENTION,
        lock: InstanceLock | None = None,
        db: Database | None = None,
    ) -> None:
        self._db_path = Path(db_path)
        self._backups_dir = (
            backups_dir if backups_dir is not None else backups.default_backups_dir(self._db_path)
        )
        self._actor = actor
        self._retention = retention
        #: The instance lock this program holds on the file (a restore needs it, or takes it).
        self._lock = lock
        #: The database as this program has it open (restore_open_database closes it first).
        self._db = db

    @classmethod
    def for_database(
        cls,
        db: Database,
        backups_dir: Path | None = None,
        actor: Actor = SYSTEM,
        *,
        lock: InstanceLock | None = None,
    ) -> SafetyService:
        """The service for an open database; a server database has its own backups.
        ``lock``: the instance lock the program holds on it, if any."""
        if db.path is None:
            raise AcceleratorError(
                _tr(
                    "{0} is a database server: back it up with the server's own tools "
                    "(pg_dump), not with Accelerator"
                ).format(db.display_name)
            )
        return cls(db.path, backups_dir, actor, lock=lock, db=db)

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def backups_dir(self) -> Path:
        return self._backups_dir

    def back_up_now(self) -> BackupRecord:
        """A checked copy of the database, now. Anyone signed in may: it only adds a copy."""
        backup = backups.backup_database(
            self._db_path, self._backups_dir, "manual", retention=self._retention
        )
        log.info("%s backed up %s to %s", self._actor.username, self._db_path, backup.path)
        return _record(backup)

    def ensure_recent_backup(self, max_age: dt.timedelta = backups.ONE_DAY) -> BackupRecord | None:
        """The rolling daily copy when the newest backup is older than ``max_age``."""
        backup = backups.ensure_recent_backup(
            self._db_path, self._backups_dir, max_age, retention=self._retention
        )
        return None if backup is None else _record(backup)

    def list_backups(self) -> list[BackupRecord]:
        """Newest first."""
        return [_record(b) for b in backups.list_backups(self._db_path, self._backups_dir)]

    def newest_good_backup(self) -> BackupRecord | None:
        backup = backups.newest_good_backup(self._db_path, self._backups_dir)
        return None if backup is None else _record(backup)

    def inspect(self, source: Path) -> BackupContents:
        """Check ``source`` as restore would (RestoreError if it could not be restored)
        and count what is in it."""
        source = Path(source)
        version = backups.inspect_restorable(source)
        digests = backups.table_digests(source)
        counts = {name: digests[name][0] for name in SUMMARY_TABLES if name in digests}
        return BackupContents(source, version, counts)

    def restore(self, source: Path, *, lock: InstanceLock | None = None) -> RestoreRecord:
        """Replace the database with ``source``; the current one is kept as a backup.

        Close every session first (the services open one per call, so between calls
        there is none) and open the database again afterwards with ``open_database``
        (``restore_open_database`` does both). ``lock``: the instance lock held on the
        file; by default the one this service was given, while it is held.
        """
        self._require_coordinator()
        if lock is None:
            lock = self._held_lock()
        result = backups.restore_database(Path(source), self._db_path, self._backups_dir, lock=lock)
        log.warning(
            "%s restored %s from %s", self._actor.username, self._db_path, result.restored_from
        )
        return RestoreRecord(
            database=result.database,
            restored_from=result.restored_from,
            schema_version=result.schema_version,
            previous=None if result.previous is None else _record(result.previous),
            moved_aside=result.moved_aside,
        )

    def restore_open_database(self, source: Path) -> RestoreRecord:
        """Restore ``source`` over the database this program has open (``for_database``).

        Its pooled connections are closed first: they would keep reading the replaced
        file. The restored file is opened once right away, so that an older backup is
        upgraded now, after its own pre-migration backup, not at the next call."""
        if self._db is None:
            raise AcceleratorError(_tr("{0} is not open in this program").format(self._db_path))
        self._require_coordinator()  # before its connections are closed for nothing
        gate = self._db.gate
        if gate is not None:
            gate.settle()  # the check behind the start reads the file until it answers
        self._db.dispose()
        result = self.restore(source)
        open_database(str(result.database), backups_dir=self._backups_dir).dispose()
        # Checked by that opening: what the check behind the start said was of the old file.
        self._db.gate = None
        return result

    def _held_lock(self) -> InstanceLock | None:
        """The lock this program holds on the file; None: the restore takes its own."""
        lock = self._lock
        if lock is None or not lock.held:
            return None
        return lock if lock.db_path.resolve() == self._db_path.resolve() else None

    def location_warning(self) -> str | None:
        """Why the database's folder is unsafe (network, cloud sync), or None."""
        return risky_location(self._db_path)

    def _require_coordinator(self) -> None:
        if not role_allows(self._actor.role, UseCase.RESTORE_BACKUP):
            log.warning("refused restore: %s (%s)", self._actor.username, self._actor.role)
            raise PermissionDeniedError(
                _tr(
                    "{0} ({1}) may not restore a backup: only a coordinator may replace the "
                    "programme's data"
                ).format(self._actor.username, role_noun(self._actor.role))
            )
        if self._actor.user_id is not None and not self._actor_is_active():
            log.warning("refused restore: %s is deactivated", self._actor.username)
            raise PermissionDeniedError(
                _tr("{0}'s account is deactivated; sign in as someone else").format(
                    self._actor.username
                )
            )

    def _actor_is_active(self) -> bool:
        """Read straight from the file (there is no session here): a coordinator who was
        deactivated since signing in may not replace everyone's data."""
        try:
            with closing(sqlite3.connect(f"file:{self._db_path}?mode=ro", uri=True)) as conn:
                row = conn.execute(
                    "SELECT active FROM users WHERE id = ?", (self._actor.user_id,)
                ).fetchone()
        except sqlite3.Error:
            # A damaged database is what a restore is for; the lock and role still hold.
            return True
        # Only a recorded deactivation refuses: the user may be missing from a database
        # that is being restored over.
        return row is None or bool(row[0])
