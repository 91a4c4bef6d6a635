"""Opening a database: checks first, so that a bad file gets a clear message and stays as it was.

Order matters: the header (a text file named .db is refused untouched), then SQLite's
own check of an existing file (a damaged one is moved aside, never opened), then the
schema version (a newer one is refused untouched), then a backup and the upgrade.

The window may open a file whose last run ended cleanly before checking it
(``check_behind``): the check then runs beside the start, and writes wait for it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import threading
import time
from pathlib import Path

from sqlalchemy import Connection, Engine, exc

from accelerator.db.backup import (
    RESTORE_TEMP_PREFIX,
    Backup,
    backup_database,
    default_backups_dir,
    is_damage,
    move_aside,
    newest_good_backup,
    put_back,
    remove_stale_temp_files,
    run_check,
)
from accelerator.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    WriteGate,
    database_url,
    make_engine,
    set_wal,
    sqlite_path,
)
from accelerator.db.migrate import head_revision, schema_state, upgrade_to_head
from accelerator.domain.formatting import format_datetime
from accelerator.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseOpenError,
    PasswordNeededError,
)
from accelerator.i18n import in_context

log = logging.getLogger(__name__)
_tr = in_context("Database")

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER_BYTES = 32
WAL_MAGIC = 0x377F0682  # | 1: checksums in big-endian words
WAL_VERSION = 3007000


def check_sqlite_file(path: Path) -> bool:
    """Refuse a file that cannot be our database before SQLite touches it.

    Returns True when the file does not exist yet or is empty (a new database).
    """
    if path.is_dir():
        raise DatabaseOpenError(_tr("{0} is a folder, not a database file").format(path))
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseOpenError(_tr("the folder {0} does not exist").format(path.parent))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(_tr("cannot create {0}: the folder is read-only").format(path))
        return True
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(_tr("cannot read {0}: permission denied").format(path))
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            _tr("{0} is not an Accelerator database (not a SQLite file)").format(path)
        )
    if not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            _tr(
                "{0} is read-only; Accelerator needs to write to it (check the file's permissions)"
            ).format(path)
        )
    return False


def open_database(
    target: str,
    *,
    upgrade: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    backups_dir: Path | None = None,
    check_behind: bool = False,
) -> Database:
    """Open ``target`` (a file path or a URL), creating or upgrading its schema.

    A newer schema, a file that is not a database, a locked or read-only file raise
    DatabaseOpenError, and the file is left as it was. An existing file must pass
    SQLite's own check first; a damaged one raises DamagedDatabaseError after it has
    been moved aside (see ``check_existing_database``). An existing database is backed
    up into ``backups_dir`` (default: ``backups`` beside it) before its schema is
    upgraded, and put back byte for byte from that backup if the upgrade fails.

    ``check_behind``: the window's start after a clean end (the caller knows: its instance
    lock). Unless a -wal is left beside the file (a crash, or another program has it open:
    then the full check runs first, as always), the file opens unchecked, and
    ``quick_check`` runs in a thread of its own once ``db.gate.start()`` is called (the
    window, once it has painted) or the first write comes; every write waits for it and
    is refused if it fails, so nothing is written to a damaged file. An upgrade, and any
    sign of damage while opening, check first all the same.
    """
    url = database_url(target)
    path = sqlite_path(url)
    is_new = check_sqlite_file(path) if path is not None else False
    gate: WriteGate | None = None
    if path is not None:
        backups_dir = backups_dir if backups_dir is not None else default_backups_dir(path)
        remove_stale_temp_files(path.parent, RESTORE_TEMP_PREFIX)
        if not is_new:
            if check_behind and not _left_a_wal(path):
                checked = path
                gate = WriteGate(
                    lambda answer: check_behind_the_start(
                        checked, answer, busy_timeout_ms=busy_timeout_ms
                    )
                )
            else:
                check_existing_database(path, backups_dir, busy_timeout_ms=busy_timeout_ms)
    engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
    db = Database(engine, target, gate)
    shown = db.display_name  # never the password of a URL
    try:
        try:
            with engine.connect() as conn:
                state = schema_state(conn)
                if state.needs_upgrade and path is None and not may_migrate(conn):
                    raise DatabaseOpenError(_server_needs_setup(shown, state.current, state.head))
                journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar() if path else None
        except exc.DatabaseError:
            if gate is None or path is None or backups_dir is None:
                raise
            # Unchecked and unreadable: SQLite's check says whether it is damage (and
            # moves it aside), as it would have before opening.
            db.dispose()
            check_existing_database(path, backups_dir, busy_timeout_ms=busy_timeout_ms)
            raise
        # Nothing is written to a file before it has passed its check: not an upgrade,
        # nor the switch back to WAL of a file put back from a backup.
        if (
            gate is not None
            and path is not None
            and backups_dir is not None
            and (state.needs_upgrade or str(journal).lower() != "wal")
        ):
            db.dispose()
            check_existing_database(path, backups_dir, busy_timeout_ms=busy_timeout_ms)
            gate.passed()
            gate = None
        if state.is_empty and path is not None:
            set_wal(engine)
        if state.needs_upgrade:
            if not upgrade:
                raise DatabaseOpenError(
                    _tr("the database schema is at {0}, this program needs {1}").format(
                        state.current or _tr("nothing", "no schema version"), state.head
                    )
                )
            if state.is_empty or path is None or backups_dir is None:
                upgrade_to_head(engine)
            else:
                _upgrade_with_backup(db, path, backups_dir, state.current)
        if path is not None and not state.is_empty:
            _ensure_wal(engine)
    except DatabaseOpenError:
        db.dispose()
        raise
    except exc.OperationalError as error:
        db.dispose()
        if path is None and _is_password_refusal(error):
            raise PasswordNeededError(
                _tr("the server at {0} refused the connection: {1}").format(
                    shown, _first_line(error)
                )
            ) from error
        raise DatabaseOpenError(_describe_operational_error(shown, error)) from error
    except exc.DatabaseError as error:
        db.dispose()
        raise DatabaseOpenError(_cannot_open(shown, _first_line(error))) from error
    if is_new:
        log.info("created a new database at %s", shown)
    return db


def _left_a_wal(path: Path) -> bool:
    """A -wal with something in it beside the file: the last program to use it did not
    close it (or one has it open now), so it is checked before anything reads it."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


def check_behind_the_start(
    path: Path, gate: WriteGate, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> threading.Thread:
    """Run ``quick_check`` on ``path`` in a thread of its own (SQLite lets go of Python's
    lock while it reads, so the window goes on beside it), and answer ``gate``: passed, or
    every write refused with what was found. The file is not moved aside here, since it is
    open: the window starts again, and the check before opening moves it."""

    def check() -> None:
        began = time.perf_counter()
        try:
            conn = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro",
                uri=True,
                timeout=busy_timeout_ms / 1000,
                isolation_level=None,
            )
            try:
                problems = run_check(conn, full=False)
            finally:
                conn.close()
        except sqlite3.Error as error:
            if is_damage(error):
                problems = [str(error)]
            else:
                log.warning("could not check %s behind the start: %s", path, error)
                reason = _describe_sqlite_error(str(path), error)
                gate.refuse(lambda: DatabaseOpenError(reason))
                return
        except Exception as error:  # never leave the writes waiting for good
            log.exception("the check of %s behind the start failed", path)
            reason = _cannot_open(str(path), str(error))
            gate.refuse(lambda: DatabaseOpenError(reason))
            return
        seconds = time.perf_counter() - began
        if not problems:
            log.info("%s passed quick_check behind the start (%.2f s)", path, seconds)
            gate.passed()
            return
        log.error("%s is damaged (found behind the start): %s", path, "; ".join(problems[:5]))
        problem = problems[0].replace("*** in database main ***", "").strip().replace("\n", " ")
        message = _tr("{0} is damaged ({1}), so nothing is written to it.").format(path, problem)
        found = tuple(problems)
        gate.refuse(
            lambda: DamagedDatabaseError(
                message, path=path, moved_to=None, backup=None, problems=found
            )
        )

    thread = threading.Thread(target=check, name="accelerator-check", daemon=True)
    thread.start()
    return thread


def _upgrade_with_backup(db: Database, path: Path, backups_dir: Path, current: str | None) -> None:
    """Back up, migrate; if the migration fails in any way, put the backup back.

    Alembic runs in one transaction, so a failing step is normally rolled back by
    SQLite itself; the backup also covers what a transaction cannot (a step that
    commits, a crash of the program half-way).
    """
    head = head_revision()
    try:
        backup = backup_database(path, backups_dir, "pre-migration")
    except BackupError as error:
        raise DatabaseOpenError(
            _tr(
                "{0} needs an upgrade from schema {1} to {2}, but the backup before it could "
                "not be made: {3} Nothing was changed."
            ).format(path, current, head, error)
        ) from error
    log.info("upgrading schema from %s to %s (backup: %s)", current, head, backup.path)
    try:
        upgrade_to_head(db.engine)
    except Exception as error:
        log.exception("the upgrade of %s failed; putting back %s", path, backup.path)
        db.dispose()
        try:
            put_back(backup.path, path)
        except OSError as restore_error:
            raise DatabaseOpenError(
                _tr(
                    "the upgrade of {0} from schema {1} to {2} failed ({3}), and putting back "
                    "the backup failed too ({4}). Copy {5} over {0} by hand before using it "
                    "again."
                ).format(path, current, head, error, restore_error, backup.path)
            ) from error
        raise DatabaseOpenError(
            _tr(
                "the upgrade of {0} from schema {1} to {2} failed ({3}). The database was put "
                "back as it was, from the backup taken just before ({4}). Please report this "
                "problem."
            ).format(path, current, head, error, backup.path)
        ) from error


def _ensure_wal(engine: Engine) -> None:
    """A database put back from a backup (one self-contained file) returns to WAL mode.

    Switching needs the file to itself; if another program has it open, it stays in
    rollback-journal mode for now, which is slower with two writers but just as safe.
    """
    raw = engine.raw_connection()
    try:
        mode = raw.driver_connection.execute("PRAGMA journal_mode").fetchone()  # type: ignore[union-attr]
    finally:
        raw.close()
    if mode is None or str(mode[0]).lower() == "wal":
        return
    try:
        set_wal(engine)
    except sqlite3.OperationalError as error:
        log.warning(
            "could not switch %s to WAL mode (%s); will try at the next start", engine.url, error
        )


def check_existing_database(
    path: Path, backups_dir: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> None:
    """SQLite's own check before we use an existing file; a damaged one never opens.

    ``quick_check`` reads every page. When a -wal is left beside the file (a crash,
    or another program has the database open) the full ``integrity_check`` runs
    instead: a -wal that belongs to another database, or to an older copy of this one,
    replays pages that are each sound but no longer agree with the indexes, which only
    the full check sees. A -wal whose header is not a valid WAL header (garbage, or a
    different page size) means committed data may be lost, so it counts as damage too.
    The check connection is read-only: it never checkpoints a doubtful -wal into the file.

    On damage the file is moved aside with its -wal and -shm and DamagedDatabaseError
    names that folder and the newest good backup.
    """
    problems = _wal_problems(path)
    if not problems:
        wal = path.with_name(path.name + "-wal")
        full = wal.exists() and wal.stat().st_size > 0
        try:
            conn = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro",
                uri=True,
                timeout=busy_timeout_ms / 1000,
                isolation_level=None,
            )
            try:
                problems = run_check(conn, full=full)
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise DatabaseOpenError(_describe_sqlite_error(str(path), error)) from error
            problems = [str(error)]
    if not problems:
        return
    log.error("%s is damaged: %s", path, "; ".join(problems[:5]))
    moved_to = move_aside(path)
    backup = newest_good_backup(path, backups_dir)
    raise DamagedDatabaseError(
        _damaged_message(path, problems[0], moved_to, backup, backups_dir),
        path=path,
        moved_to=moved_to / path.name if moved_to is not None else None,
        backup=backup.path if backup is not None else None,
        problems=tuple(problems),
    )


def _damaged_message(
    path: Path, problem: str, moved_to: Path | None, backup: Backup | None, backups_dir: Path
) -> str:
    problem = problem.replace("*** in database main ***", "").strip().replace("\n", " ")
    parts = [_tr("{0} is damaged ({1}), so it was not opened.").format(path, problem)]
    if moved_to is not None:
        parts.append(
            _tr("It was moved to {0}, with its journal files, and is kept there.").format(moved_to)
        )
    else:
        parts.append(_tr("It could not be moved aside; do not use it."))
    if backup is not None:
        taken = format_datetime(backup.taken_at)
        parts.append(
            _tr("Restore the newest good backup, {0} (taken {1}).").format(backup.path, taken)
        )
    else:
        parts.append(
            _tr(
                "There is no good backup in {0}: the damaged file may be partly recoverable "
                "with sqlite3's .recover command."
            ).format(backups_dir)
        )
    return " ".join(parts)


def _wal_problems(path: Path) -> list[str]:
    """What is wrong with the -wal beside ``path`` as a WAL of this database: [] if nothing."""
    wal = path.with_name(path.name + "-wal")
    try:
        with wal.open("rb") as f:
            header = f.read(WAL_HEADER_BYTES)
        with path.open("rb") as f:
            db_header = f.read(100)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise DatabaseOpenError(_tr("cannot read {0}: {1}").format(wal, error.strerror)) from error
    if not header:
        return []  # an empty -wal: what a clean checkpoint leaves
    name = wal.name
    if len(header) < WAL_HEADER_BYTES:
        return [_tr("the journal file {0} beside it is cut short").format(name)]
    magic, version, page_size, _seq, _salt1, _salt2, sum1, sum2 = struct.unpack(">8I", header)
    if magic not in (WAL_MAGIC, WAL_MAGIC | 1) or version != WAL_VERSION:
        return [
            _tr("the journal file {0} beside it is not a journal of this database").format(name)
        ]
    if _wal_checksum(header[:24], big_endian=bool(magic & 1)) != (sum1, sum2):
        return [_tr("the journal file {0} beside it is damaged").format(name)]
    db_page_size = struct.unpack(">H", db_header[16:18])[0] if len(db_header) >= 18 else 0
    db_page_size = 65536 if db_page_size == 1 else db_page_size
    if page_size != db_page_size:
        return [_tr("the journal file {0} beside it belongs to another database").format(name)]
    return []


def _wal_checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (https://sqlite.org/fileformat2.html#walformat)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _describe_sqlite_error(target: str, error: sqlite3.Error) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return _locked(target)
    return _cannot_open(target, text)


def may_migrate(conn: Connection) -> bool:
    """Whether the connected role may create or change the schema on a server."""
    if conn.dialect.name != "postgresql":
        return True
    from accelerator.db.server import may_migrate as server_may_migrate

    return server_may_migrate(conn)


def _server_needs_setup(shown: str, current: str | None, head: str) -> str:
    if current is None:
        return _tr(
            "the database {0} has no Accelerator tables yet, and this login may not create "
            "them. Whoever runs the server sets it up with 'accelerator server init' (see "
            "docs/team-mode.md)."
        ).format(shown)
    return _tr(
        "the database {0} is at schema {1}; this version of Accelerator needs {2}. Whoever "
        "runs the server upgrades it with 'accelerator server upgrade' (see "
        "docs/team-mode.md); nothing was changed."
    ).format(shown, current, head)


def _is_password_refusal(error: exc.OperationalError) -> bool:
    words = str(error.orig).lower()
    return "no password supplied" in words or "password authentication failed" in words


def _first_line(error: exc.DBAPIError) -> str:
    return (str(error.orig).strip().splitlines() or [""])[0]


def _describe_operational_error(target: str, error: exc.OperationalError) -> str:
    text = str(error.orig)
    if isinstance(error.orig, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return _locked(target)
        if "readonly" in text or "read-only" in text:
            return _tr("{0} is read-only; Accelerator needs to write to it").format(target)
        if "unable to open" in text:
            return _cannot_open(target, text)
    return _cannot_open(target, _first_line(error))


def _locked(target: str) -> str:
    return _tr("{0} is locked by another program; close it and try again").format(target)


def _cannot_open(target: str, why: str) -> str:
    return _tr("cannot open {0}: {1}").format(target, why)
