"""Backups of the SQLite database, their rotation, and restoring one.

A backup is made with SQLite's online backup API, which copies a consistent snapshot
while the window or the command line keeps writing (in WAL mode readers and the
writer do not block each other). The copy goes to a hidden temporary file, must pass
``PRAGMA integrity_check``, and only then is renamed to its final name: a name in the
backups folder is always a complete, checked copy, whatever happens in between (a
crash, a full disk, a kill). A backup is a single self-contained file (rollback
journal mode, no -wal), so it can be copied to a USB stick or opened read-only.

Names say which database, when (local time) and why::

    accelerator-2026-11-27T101530-daily.db

Restoring copies the chosen file into a temporary file beside the database with the
same backup API, checks it, keeps the current database as a ``pre-restore`` backup,
and then swaps the file in with one atomic rename.

Only this module and ``open.py`` touch database files directly; both do so while no
connection of ours is open on them, because closing any descriptor of a file drops
every POSIX lock this process holds on it, SQLite's included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from accelerator.errors import BackupError, RestoreError
from accelerator.i18n import in_context

if TYPE_CHECKING:
    from accelerator.db.lock import InstanceLock

log = logging.getLogger(__name__)
_tr = in_context("Backups")

Reason = Literal["daily", "manual", "pre-migration", "pre-restore"]
REASONS: tuple[Reason, ...] = ("daily", "manual", "pre-migration", "pre-restore")
#: Copies taken just before something irreversible: kept beyond the daily/weekly/monthly ones.
SAFETY_REASONS: tuple[Reason, ...] = ("pre-migration", "pre-restore")

SQLITE_HEADER = b"SQLite format 3\x00"
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
DAMAGED_DIR = "damaged"
# Temporary files start with a dot and end in .tmp: never a backup's name, never listed.
BACKUP_TEMP_PREFIX = ".backup-"
RESTORE_TEMP_PREFIX = ".restore-"
TEMP_SUFFIX = ".tmp"
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 10.0
# How long a restore waits for another program to finish reading before it gives up.
CHECKPOINT_TIMEOUT_S = 2.0
MAX_REPORTED_PROBLEMS = 20

# SQLite's primary result codes that mean "this file is damaged", not "try again".
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
SQLITE_FULL = 13
SQLITE_IOERR = 10


class DamagedSourceError(BackupError):
    """The database could not be backed up because it is damaged (its copy failed the check)."""


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months that have a backup (of any kind), the
    newest ``manual`` ones somebody asked for, and the newest ``safety_copies`` of each
    kind taken before a migration or a restore."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    manual: int = 10
    safety_copies: int = 3


DEFAULT_RETENTION = Retention()
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, order=True)
class Backup:
    """One backup file. Ordered oldest first by when it was taken."""

    taken_at: dt.datetime  # local time, from the name
    sequence: int  # 0, or 2, 3... when several were taken in the same second
    path: Path
    reason: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size_bytes(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    schema_version: str
    #: The database as it was before the restore, kept as a ``pre-restore`` backup.
    previous: Backup | None
    #: When the replaced database was damaged, the folder it was moved to instead.
    moved_aside: Path | None


# --- names ---------------------------------------------------------------------------


def default_backups_dir(db_path: Path) -> Path:
    """Where backups go when nobody says: a ``backups`` folder beside the database."""
    return db_path.parent / "backups"


def backup_name(db_path: Path, taken_at: dt.datetime, reason: str, sequence: int = 0) -> str:
    suffix = f"-{sequence}" if sequence else ""
    return f"{db_path.stem}-{taken_at.strftime(STAMP_FORMAT)}-{reason}{suffix}.db"


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r) for r in REASONS)
    return re.compile(
        rf"^{re.escape(db_path.stem)}-(\d{{4}}-\d{{2}}-\d{{2}}T\d{{4}}(?:\d{{2}})?)"
        rf"-({reasons})(?:-(\d+))?\.db$"
    )


def parse_backup_name(db_path: Path, path: Path) -> Backup | None:
    """The Backup a file's name describes, or None when it is not a backup of ``db_path``."""
    match = _name_pattern(db_path).match(path.name)
    if match is None:
        return None
    stamp, reason, sequence = match.groups()
    try:
        fmt = STAMP_FORMAT if len(stamp) == 17 else "%Y-%m-%dT%H%M"
        taken_at = dt.datetime.strptime(stamp, fmt)
    except ValueError:
        return None
    return Backup(taken_at, int(sequence or 0), path, reason)


def list_backups(db_path: Path, backups_dir: Path) -> list[Backup]:
    """The backups of ``db_path`` in ``backups_dir``, newest first."""
    try:
        entries = list(backups_dir.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupError(
            _tr("cannot read the backups folder {0}: {1}").format(backups_dir, error.strerror)
        ) from error
    found = (parse_backup_name(db_path, p) for p in entries if p.is_file())
    return sorted((b for b in found if b is not None), reverse=True)


# --- checks --------------------------------------------------------------------------


def _ro_uri(path: Path) -> str:
    # as_uri() escapes '?', '#' and '%' in a path, which SQLite would otherwise parse.
    return f"{path.absolute().as_uri()}?mode=ro"


@contextmanager
def _read_only(path: Path, timeout: float = BUSY_TIMEOUT_S) -> Iterator[sqlite3.Connection]:
    """A read-only connection: whatever it finds, it never writes to the file (not even
    the checkpoint a read-write connection makes when it closes)."""
    conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=timeout, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_damage(error: sqlite3.Error) -> bool:
    """Does this error mean the file is damaged (as opposed to busy, missing, full...)?"""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def run_check(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's own check on an open connection: [] when the file is sound.

    ``quick_check`` reads every page and checks each b-tree; ``integrity_check`` also
    checks that every index agrees with its table, which is what a -wal that belongs
    to another database breaks first.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_REPORTED_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def check_database_file(path: Path, *, full: bool = True) -> list[str]:
    """Check a file that nothing else is writing (a backup, a copy): [] when sound."""
    if not has_sqlite_header(path):
        return [_tr("not a SQLite database")]
    try:
        with _read_only(path) as conn:
            return run_check(conn, full=full)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise


def schema_version_of(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stored in the file; None when it has no version table."""
    from accelerator.db.migrate import VERSION_TABLE

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE not in tables:
        return None
    row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return None if row is None else str(row[0])


def newest_good_backup(db_path: Path, backups_dir: Path) -> Backup | None:
    """The newest backup that still passes ``quick_check`` (usually the newest one)."""
    try:
        backups = list_backups(db_path, backups_dir)
    except BackupError:
        return None
    for backup in backups:
        try:
            problems = check_database_file(backup.path, full=False)
        except sqlite3.Error as error:
            problems = [str(error)]
        if not problems:
            return backup
        log.warning("backup %s failed its check: %s", backup.path, problems[0])
    return None


def table_digests(path: Path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a SHA-256 of its rows in rowid order: two files with
    the same digests hold the same data, whatever their pages look like."""
    digests: dict[str, tuple[int, str]] = {}
    with _read_only(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            sha = hashlib.sha256()
            count = 0
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                sha.update(repr(row).encode("utf-8"))
                count += 1
            digests[table] = (count, sha.hexdigest())
    return digests


# --- files ---------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut: without this one can undo it.
    Not possible everywhere (Windows opens no folder), and then skipped."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("could not fsync folder %s", folder)
    finally:
        os.close(fd)


def _unlink_with_journals(path: Path) -> None:
    for p in (path, *(_sidecar(path, s) for s in JOURNAL_SUFFIXES)):
        with suppress(FileNotFoundError):
            p.unlink()


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _temp_file(folder: Path, prefix: str) -> Path:
    """An empty hidden file in ``folder`` whose name carries our process id, so that
    a later run can tell a dead run's leftover from a live run's work in progress."""
    fd, name = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(name)


def _copy_mode(model: Path, path: Path) -> None:
    """Give ``path`` the permissions of ``model``: a temporary file is private (0600),
    and a backup or a restored database should be exactly as private as the database."""
    with suppress(OSError):
        os.chmod(path, stat.S_IMODE(os.stat(model).st_mode))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale_temp_files(folder: Path, prefix: str) -> list[Path]:
    """Delete temporary files left by a backup or restore whose process is gone."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)-.*{re.escape(TEMP_SUFFIX)}(-journal)?$")
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = pattern.match(path.name)
        if match is None or _pid_alive(int(match.group(1))):
            continue
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
            log.info("removed %s, left by an interrupted backup or restore", path)
    return removed


def _copy_with_backup_api(source: Path, target: Path, *, journal_mode: str) -> None:
    """Copy ``source`` into ``target`` (an empty file) as one consistent snapshot.

    All pages are copied in one step: stepping would restart the copy each time another
    process commits, and under a busy writer might never finish. In WAL mode the one
    long read blocks nobody.
    """
    with _read_only(source) as src, closing(sqlite3.connect(target, isolation_level=None)) as dst:
        src.backup(dst)
        # The copy takes the source's WAL flag; a backup must be one self-contained file.
        dst.execute(f"PRAGMA journal_mode = {journal_mode}").fetchall()


def _describe_sqlite_error(error: sqlite3.Error) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == SQLITE_FULL:
        return _tr("the disk is full")
    if code is not None and code & 0xFF == SQLITE_IOERR:
        return _tr("{0} (is the disk full?)").format(error)
    return str(error)


def move_aside(db_path: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Move a damaged database with its -wal, -shm and -journal into
    ``damaged/<time>/`` beside it, so that nothing writes to it again and nothing in it
    is lost. Returns that folder, or None when the file could not be moved."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    parent = db_path.parent / DAMAGED_DIR
    folder = parent / stamp
    n = 1
    while folder.exists():
        n += 1
        folder = parent / f"{stamp}-{n}"
    try:
        folder.mkdir(parents=True)
        for p in (db_path, *(_sidecar(db_path, s) for s in JOURNAL_SUFFIXES)):
            if p.exists():
                os.replace(p, folder / p.name)
    except OSError as error:
        log.error("could not move the damaged %s aside: %s", db_path, error)
        return None
    fsync_folder(db_path.parent)
    log.warning("moved the damaged database %s to %s", db_path, folder)
    return folder


def put_back(backup: Path, db_path: Path) -> None:
    """Make ``db_path`` a byte-for-byte copy of ``backup`` (no connection may be open).

    The old -wal and -shm go first: SQLite would replay a stale -wal onto the new file.
    """
    for suffix in JOURNAL_SUFFIXES:
        with suppress(FileNotFoundError):
            _sidecar(db_path, suffix).unlink()
    remove_stale_temp_files(db_path.parent, RESTORE_TEMP_PREFIX)
    temp = _temp_file(db_path.parent, RESTORE_TEMP_PREFIX)
    try:
        shutil.copyfile(backup, temp)
        _copy_mode(db_path if db_path.exists() else backup, temp)
        _fsync_file(temp)
        os.replace(temp, db_path)
    except BaseException:
        _unlink_with_journals(temp)
        raise
    fsync_folder(db_path.parent)
    log.info("put %s back from %s", db_path, backup)


# --- making backups ------------------------------------------------------------------


def backup_database(
    db_path: Path,
    backups_dir: Path,
    reason: Reason = "manual",
    *,
    now: dt.datetime | None = None,
    retention: Retention | None = DEFAULT_RETENTION,
) -> Backup:
    """Copy the database into ``backups_dir``, check the copy, name it, then rotate.

    A copy that fails ``integrity_check`` is deleted and BackupError raised: it never
    gets a backup's name, so it never replaces (or lets rotation delete) an older one.
    ``retention=None`` skips rotation.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(_tr("there is no database to back up at {0}").format(db_path))
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            _tr("cannot create the backups folder {0}: {1}").format(backups_dir, error.strerror)
        ) from error
    remove_stale_temp_files(backups_dir, BACKUP_TEMP_PREFIX)
    taken_at = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        temp = _temp_file(backups_dir, BACKUP_TEMP_PREFIX)
    except OSError as error:
        raise BackupError(
            _tr("cannot write to the backups folder {0}: {1}").format(backups_dir, error)
        ) from error
    try:
        try:
            _copy_with_backup_api(db_path, temp, journal_mode="DELETE")
        except sqlite3.Error as error:
            if is_damage(error):
                raise DamagedSourceError(
                    _tr(
                        "{0} could not be copied because it is damaged ({1}). Run "
                        "'accelerator check --full', and restore a backup if it fails."
                    ).format(db_path, error)
                ) from error
            raise BackupError(
                _not_written(db_path, backups_dir, _describe_sqlite_error(error))
            ) from error
        problems = check_database_file(temp, full=True)
        if problems:
            raise DamagedSourceError(
                _tr(
                    "the copy of {0} failed SQLite's integrity check ({1}), so it was deleted "
                    "and older backups were kept. The database itself may be damaged: run "
                    "'accelerator check --full'."
                ).format(db_path, problems[0])
            )
        _copy_mode(db_path, temp)
        _fsync_file(temp)
        final = _free_name(db_path, backups_dir, taken_at, reason)
        os.replace(temp, final)
    except BackupError:
        _unlink_with_journals(temp)
        raise
    except OSError as error:
        _unlink_with_journals(temp)
        raise BackupError(_not_written(db_path, backups_dir, error.strerror or error)) from error
    except BaseException:
        _unlink_with_journals(temp)
        raise
    fsync_folder(backups_dir)
    backup = parse_backup_name(db_path, final)
    assert backup is not None, final
    log.info("backed up %s to %s (%s)", db_path, final, reason)
    if retention is not None:
        try:
            rotate_backups(db_path, backups_dir, retention, newest_good=backup)
        except (OSError, BackupError):
            # The new backup exists and is good; a failed clean-up must not hide that.
            log.exception("rotating the backups in %s failed", backups_dir)
    return backup


def _free_name(db_path: Path, backups_dir: Path, taken_at: dt.datetime, reason: str) -> Path:
    sequence = 0
    while True:
        final = backups_dir / backup_name(db_path, taken_at, reason, sequence)
        if not final.exists():
            return final
        sequence = 2 if sequence == 0 else sequence + 1


def ensure_recent_backup(
    db_path: Path,
    backups_dir: Path,
    max_age: dt.timedelta = ONE_DAY,
    *,
    now: dt.datetime | None = None,
    retention: Retention = DEFAULT_RETENTION,
) -> Backup | None:
    """The rolling daily copy, for the window's start: a backup when the newest one is
    older than ``max_age`` (or dated in the future: the clock was wrong). None when
    none was needed or there is no database yet."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    now = now or dt.datetime.now()
    backups = list_backups(db_path, backups_dir)
    if backups and dt.timedelta(0) <= now - backups[0].taken_at < max_age:
        return None
    return backup_database(db_path, backups_dir, "daily", now=now, retention=retention)


# --- rotation ------------------------------------------------------------------------


def backups_to_keep(
    backups: Sequence[Backup], retention: Retention, *, newest_good: Path | None = None
) -> set[Path]:
    """Which backups rotation keeps (a pure function of names, for the tests).

    Each rule on its own: the newest backup of each of the ``daily`` most recent days
    that have one, of each of the ``weekly`` most recent ISO weeks, of each of the
    ``monthly`` most recent months; the newest ``manual`` backups made on request (a
    person who just made one expects to find it) and the newest ``safety_copies`` taken
    before a migration and before a restore; and always the newest good backup.
    """
    newest_first = sorted(backups, reverse=True)
    keep: set[Path] = set()

    def newest_per_period(period: Callable[[dt.datetime], object], count: int) -> None:
        seen: set[object] = set()
        for backup in newest_first:
            if len(seen) >= count:
                break
            key = period(backup.taken_at)
            if key not in seen:
                seen.add(key)
                keep.add(backup.path)

    newest_per_period(lambda t: t.date(), retention.daily)
    newest_per_period(lambda t: t.isocalendar()[:2], retention.weekly)
    newest_per_period(lambda t: (t.year, t.month), retention.monthly)
    for reason in ("manual", *SAFETY_REASONS):
        count = retention.manual if reason == "manual" else retention.safety_copies
        keep.update([b.path for b in newest_first if b.reason == reason][:count])
    if newest_good is not None:
        keep.add(newest_good)
    elif newest_first:
        keep.add(newest_first[0].path)
    return keep


def rotate_backups(
    db_path: Path,
    backups_dir: Path,
    retention: Retention = DEFAULT_RETENTION,
    *,
    newest_good: Backup | None = None,
) -> list[Path]:
    """Delete the backups ``retention`` does not keep; returns what was deleted.

    The newest backup that passes its check is never deleted (found here unless the
    caller has just checked one), so a damaged newest file cannot cost the last good one.
    """
    backups = list_backups(db_path, backups_dir)
    if newest_good is None:
        newest_good = newest_good_backup(db_path, backups_dir)
    keep = backups_to_keep(
        backups, retention, newest_good=newest_good.path if newest_good else None
    )
    deleted: list[Path] = []
    for backup in backups:
        if backup.path in keep:
            continue
        with suppress(FileNotFoundError):
            backup.path.unlink()
        deleted.append(backup.path)
        log.info("rotation removed the backup %s", backup.path)
    return deleted


def _not_written(db_path: Path, backups_dir: Path, why: object) -> str:
    return _tr(
        "the backup of {0} could not be written to {1}: {2}. Older backups are untouched."
    ).format(db_path, backups_dir, why)


# --- restoring -----------------------------------------------------------------------


def inspect_restorable(source: Path) -> str:
    """Check that ``source`` is a sound Accelerator database this program can open, and
    return its schema version; raise RestoreError saying what is wrong otherwise."""
    source = Path(source)
    if not source.exists():
        raise RestoreError(_tr("{0} does not exist").format(source))
    if not source.is_file():
        raise RestoreError(_tr("{0} is not a file").format(source))
    if not has_sqlite_header(source):
        raise RestoreError(
            _tr("{0} is not an Accelerator database (not a SQLite file)").format(source)
        )
    try:
        return _restorable_version(source, source)
    except sqlite3.Error as error:
        raise RestoreError(_tr("{0} cannot be read: {1}").format(source, error)) from error


def _restorable_version(source: Path, path: Path) -> str:
    """The schema version of the database at ``path`` (``source`` or a copy of it), once
    SQLite's full integrity check passes and this program knows the schema; RestoreError
    naming ``source`` otherwise."""
    with _read_only(path) as conn:
        problems = run_check(conn, full=True)
        version = None if problems else schema_version_of(conn)
    if problems:
        raise RestoreError(
            _tr(
                "{0} is damaged (SQLite's integrity check says: {1}); choose another backup"
            ).format(source, problems[0])
        )
    _require_known_schema(source, version)
    assert version is not None
    return version


def _require_known_schema(source: Path, version: str | None) -> None:
    from accelerator.db.migrate import known_revisions

    if version is None:
        raise RestoreError(
            _tr("{0} is not an Accelerator database (it has no schema version)").format(source)
        )
    if version not in known_revisions():
        raise RestoreError(
            _tr(
                "{0} was written by a newer version of Accelerator (schema {1}); install that "
                "version to restore it"
            ).format(source, version)
        )


def restore_database(
    source: Path,
    db_path: Path,
    backups_dir: Path,
    *,
    lock: InstanceLock | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace ``db_path`` with the contents of ``source``; the current database is kept
    as a ``pre-restore`` backup (or, when it is damaged, moved to ``damaged/``).

    No connection of this process may be open on ``db_path``. The instance lock is
    taken for the duration unless the caller (the window) already holds it as ``lock``;
    a window open on the database elsewhere makes this raise DatabaseInUseError.
    The database afterwards is exactly the source's data, in WAL mode; open it with
    ``open_database``, which upgrades an older schema (after its own backup).
    """
    from accelerator.db.lock import acquire_instance_lock

    source, db_path = Path(source), Path(db_path)
    if not has_sqlite_header(source):
        inspect_restorable(source)  # raises the precise message
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise RestoreError(
            _tr("{0} is the database itself; choose a backup to restore").format(source)
        )
    if not db_path.parent.is_dir():
        raise RestoreError(_tr("the folder {0} does not exist").format(db_path.parent))
    if lock is not None and (not lock.held or lock.db_path.resolve() != db_path.resolve()):
        raise ValueError(f"{lock!r} is not a held lock on {db_path}")
    own_lock = acquire_instance_lock(db_path) if lock is None else None
    try:
        return _restore_locked(source, db_path, backups_dir, now)
    finally:
        if own_lock is not None:
            own_lock.release()


def _restore_locked(
    source: Path, db_path: Path, backups_dir: Path, now: dt.datetime | None
) -> RestoreResult:
    remove_stale_temp_files(db_path.parent, RESTORE_TEMP_PREFIX)
    try:
        temp = _temp_file(db_path.parent, RESTORE_TEMP_PREFIX)
    except OSError as error:
        raise RestoreError(
            _tr("cannot write in {0}: {1}").format(db_path.parent, error.strerror)
        ) from error
    try:
        version = _prepare_copy(source, temp)
        _copy_mode(db_path if db_path.exists() else source, temp)
        previous, moved_aside = _keep_current(db_path, backups_dir, now)
        _checkpoint_or_refuse(db_path)
        for suffix in JOURNAL_SUFFIXES:
            with suppress(FileNotFoundError):
                _sidecar(db_path, suffix).unlink()
        os.replace(temp, db_path)
    except OSError as error:
        _unlink_with_journals(temp)
        raise RestoreError(
            _tr("the restore of {0} could not finish: {1}. The database is as it was.").format(
                db_path, error.strerror or error
            )
        ) from error
    except BaseException:
        _unlink_with_journals(temp)
        raise
    fsync_folder(db_path.parent)
    log.warning("restored %s from %s (schema %s)", db_path, source, version)
    return RestoreResult(db_path, source, version, previous, moved_aside)


def _prepare_copy(source: Path, temp: Path) -> str:
    """The source's data in ``temp``, checked, in WAL mode and on disk."""
    try:
        _copy_with_backup_api(source, temp, journal_mode="DELETE")
    except sqlite3.Error as error:
        if is_damage(error):
            raise RestoreError(
                _tr("{0} is damaged ({1}); choose another backup").format(source, error)
            ) from error
        raise RestoreError(
            _tr("{0} could not be copied: {1}. The database is as it was.").format(
                source, _describe_sqlite_error(error)
            )
        ) from error
    version = _restorable_version(source, temp)
    with closing(sqlite3.connect(temp, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
    _fsync_file(temp)
    return version


def _keep_current(
    db_path: Path, backups_dir: Path, now: dt.datetime | None
) -> tuple[Backup | None, Path | None]:
    """A pre-restore backup of the database being replaced; a damaged one is moved aside."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    if has_sqlite_header(db_path):
        try:
            return backup_database(db_path, backups_dir, "pre-restore", now=now), None
        except DamagedSourceError:
            pass  # moved aside below: it is kept, just not as a backup
        except BackupError as error:
            raise RestoreError(
                _tr(
                    "the current database could not be backed up before the restore ({0}); "
                    "nothing was changed"
                ).format(error)
            ) from error
    moved = move_aside(db_path, now=now)
    if moved is None:
        raise RestoreError(
            _tr(
                "the current database {0} is damaged and could not be moved aside; nothing "
                "was changed. Move it yourself and try again."
            ).format(db_path)
        )
    return None, moved


def _checkpoint_or_refuse(db_path: Path) -> None:
    """Fold the -wal into the file, so that removing it loses nothing even if we are
    killed before the rename; a checkpoint that cannot finish means another program
    is using the database right now."""
    if not db_path.exists():
        return
    try:
        with closing(
            sqlite3.connect(db_path, timeout=CHECKPOINT_TIMEOUT_S, isolation_level=None)
        ) as conn:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as error:
        busy, text = 1, str(error)
    else:
        text = _tr("a reader or writer is active")
    if busy:
        from accelerator.errors import DatabaseInUseError

        raise DatabaseInUseError(
            _tr(
                "{0} is in use by another program ({1}); close it (a command or another "
                "window) and restore again. Nothing was changed."
            ).format(db_path, text)
        )
