"""Restore: only a sound Accelerator database is put in; the current one is kept; the result
holds exactly the backup's data."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from accelerator.db import backup as backups
from accelerator.db.backup import (
    RESTORE_TEMP_PREFIX,
    backup_database,
    list_backups,
    restore_database,
)
from accelerator.db.lock import acquire_instance_lock
from accelerator.db.migrate import head_revision
from accelerator.db.open import open_database
from accelerator.errors import DatabaseInUseError, RestoreError
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from tests.factories import Factory
from tests.safety.conftest import SCHEMA_0001_DEMO, count, data_digests, file_digest, integrity

NOW = dt.datetime(2026, 11, 27, 10, 15, 30)


def test_a_restore_holds_exactly_the_backups_data(
    db_path: Path, backups_dir: Path, filled: Factory
) -> None:
    backup = backup_database(db_path, backups_dir, "manual", now=NOW)
    at_backup = data_digests(backup.path)
    filled.company(name="Added after the backup AS")
    after = data_digests(db_path)

    result = restore_database(backup.path, db_path, backups_dir, now=NOW + dt.timedelta(hours=1))

    # Back in WAL mode, with no stale journal beside it.
    assert db_path.read_bytes()[18:20] == b"\x02\x02"
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert data_digests(db_path) == at_backup
    assert integrity(db_path) == ["ok"]
    assert result.schema_version == head_revision()
    # The database as it was before is kept, complete.
    assert result.previous is not None and result.previous.reason == "pre-restore"
    assert data_digests(result.previous.path) == after
    assert result.moved_aside is None
    db = open_database(str(db_path))
    Services(db).companies.create_company(CompanyInput(name="Saved after the restore AS"))
    db.dispose()


def test_commits_still_in_the_wal_are_in_the_pre_restore_backup(
    db_path: Path, backups_dir: Path, services: Services
) -> None:
    """A program that crashed left its last commits in the -wal: they are kept too."""
    backup = backup_database(db_path, backups_dir, now=NOW)
    idle = sqlite3.connect(db_path)  # keeps the -wal from being folded in on close
    idle.execute("SELECT 1 FROM sqlite_master").fetchall()
    services.companies.create_company(CompanyInput(name="Only in the wal AS"))
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    crashed = db_path.with_name("crashed.db")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{db_path}{suffix}", f"{crashed}{suffix}")
    idle.close()

    result = restore_database(backup.path, crashed, backups_dir, now=NOW + dt.timedelta(hours=1))

    assert result.previous is not None
    assert count(result.previous.path, "companies") == 1
    assert count(crashed, "companies") == 0


def test_restoring_when_the_database_is_gone(tmp_path: Path, backups_dir: Path) -> None:
    """After a damaged database was moved aside there is nothing to keep."""
    target = tmp_path / "accelerator.db"
    result = restore_database(SCHEMA_0001_DEMO, target, backups_dir)
    assert result.previous is None and result.moved_aside is None
    assert data_digests(target) == data_digests(SCHEMA_0001_DEMO)
    assert list_backups(target, backups_dir) == []


def test_a_damaged_database_is_moved_aside_not_backed_up(db_path: Path, backups_dir: Path) -> None:
    backup = backup_database(db_path, backups_dir, now=NOW)
    with db_path.open("r+b") as f:
        f.seek(4096)
        f.write(b"\xa5" * 8192)
    damaged = file_digest(db_path)

    result = restore_database(backup.path, db_path, backups_dir)

    assert result.previous is None and result.moved_aside is not None
    assert file_digest(result.moved_aside / db_path.name) == damaged
    assert integrity(db_path) == ["ok"]


def _text(path: Path) -> Path:
    path.write_text("minutes of the steering group\n", encoding="utf-8")
    return path


def _damaged(path: Path) -> Path:
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    with path.open("r+b") as f:
        f.seek(20 * 4096)
        f.write(os.urandom(3 * 4096))
    return path


def _newer(path: Path) -> Path:
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


def _foreign(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def _truncated(path: Path) -> Path:
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    os.truncate(path, SCHEMA_0001_DEMO.stat().st_size // 2)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


BAD_FILES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("text", _text, "not an Accelerator database"),
    ("damaged", _damaged, "is damaged"),
    ("truncated", _truncated, "is damaged"),
    ("newer", _newer, "newer version of Accelerator"),
    ("foreign", _foreign, "not an Accelerator database"),
    ("missing", lambda p: p, "does not exist"),
    ("folder", _folder, "is not a file"),
]


@pytest.mark.parametrize(
    ("make_bad", "message"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_a_file_that_is_not_a_good_accelerator_database_is_refused(
    db_path: Path,
    backups_dir: Path,
    tmp_path: Path,
    make_bad: Callable[[Path], Path],
    message: str,
) -> None:
    source = make_bad(tmp_path / "chosen.db")
    before = file_digest(db_path)

    with pytest.raises(RestoreError, match=message):
        restore_database(source, db_path, backups_dir)

    assert file_digest(db_path) == before
    assert not backups_dir.exists()  # not even a pre-restore backup
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(RESTORE_TEMP_PREFIX)]


def test_the_database_cannot_be_restored_onto_itself(db_path: Path, backups_dir: Path) -> None:
    with pytest.raises(RestoreError, match="the database itself"):
        restore_database(db_path, db_path, backups_dir)


def test_no_restore_under_a_running_window(db_path: Path, backups_dir: Path) -> None:
    backup = backup_database(db_path, backups_dir, now=NOW)
    before = file_digest(db_path)
    with acquire_instance_lock(db_path) as window_lock:
        with pytest.raises(DatabaseInUseError, match="already open in Accelerator"):
            restore_database(backup.path, db_path, backups_dir)
        assert file_digest(db_path) == before
        # The window itself restores with the lock it holds.
        result = restore_database(backup.path, db_path, backups_dir, lock=window_lock)
    assert result.previous is not None


def test_no_restore_while_another_program_reads(
    db_path: Path, backups_dir: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "CHECKPOINT_TIMEOUT_S", 0.05)
    backup = backup_database(db_path, backups_dir, now=NOW)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM companies").fetchone()
    # Committed after the reader's snapshot: it cannot be folded in while the reader reads.
    services.companies.create_company(CompanyInput(name="Havbris AS"))
    try:
        with pytest.raises(DatabaseInUseError, match="in use by another program"):
            restore_database(backup.path, db_path, backups_dir)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert integrity(db_path) == ["ok"]
