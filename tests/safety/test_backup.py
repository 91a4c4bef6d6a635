"""Backups: a checked, self-contained copy under a telling name; a bad copy never takes a
backup's name; the rolling daily copy on start."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from accelerator.db import backup as backups
from accelerator.db.backup import (
    BACKUP_TEMP_PREFIX,
    Retention,
    backup_database,
    ensure_recent_backup,
    list_backups,
)
from accelerator.errors import BackupError
from tests.factories import Factory
from tests.safety.conftest import data_digests, file_digest, integrity

NOW = dt.datetime(2026, 11, 27, 10, 15, 30)


def test_a_backup_is_a_checked_copy_with_a_telling_name(
    db_path: Path, backups_dir: Path, filled: Factory
) -> None:
    backup = backup_database(db_path, backups_dir, "manual", now=NOW)

    assert backup.path == backups_dir / "accelerator-2026-11-27T101530-manual.db"
    assert (backup.taken_at, backup.reason) == (NOW, "manual")
    assert integrity(backup.path) == ["ok"]
    assert data_digests(backup.path) == data_digests(db_path)
    # One self-contained file in rollback-journal mode: no -wal needed to read it.
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in backups_dir.iterdir()) == [backup.path.name]


@pytest.mark.parametrize("reason", ["daily", "manual", "pre-migration", "pre-restore"])
def test_the_name_says_why(db_path: Path, backups_dir: Path, reason: backups.Reason) -> None:
    backup = backup_database(db_path, backups_dir, reason, now=NOW)
    assert backup.path.name == f"accelerator-2026-11-27T101530-{reason}.db"
    assert list_backups(db_path, backups_dir) == [backup]


def test_an_unknown_reason_is_a_programming_error(db_path: Path, backups_dir: Path) -> None:
    with pytest.raises(ValueError, match="unknown backup reason"):
        backup_database(db_path, backups_dir, "weekly", now=NOW)  # type: ignore[arg-type]


def test_two_backups_in_the_same_second_both_stay(db_path: Path, backups_dir: Path) -> None:
    first = backup_database(db_path, backups_dir, "manual", now=NOW)
    second = backup_database(db_path, backups_dir, "manual", now=NOW)
    assert second.path.name == "accelerator-2026-11-27T101530-manual-2.db"
    assert list_backups(db_path, backups_dir) == [second, first]


def test_backups_of_another_database_in_the_same_folder_are_not_ours(
    db_path: Path, backups_dir: Path
) -> None:
    other = db_path.with_name("other.db")
    other.write_bytes(db_path.read_bytes())
    backup_database(other, backups_dir, "manual", now=NOW)
    mine = backup_database(db_path, backups_dir, "manual", now=NOW)
    assert list_backups(db_path, backups_dir) == [mine]


def test_a_copy_that_fails_its_check_is_deleted_and_older_backups_stay(
    db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = backup_database(db_path, backups_dir, "daily", now=NOW - dt.timedelta(days=1))
    older_digest = file_digest(older.path)
    monkeypatch.setattr(
        backups, "check_database_file", lambda path, full=True: ["row 3 missing from index"]
    )

    with pytest.raises(BackupError, match="failed SQLite's integrity check") as raised:
        backup_database(db_path, backups_dir, "daily", now=NOW)

    assert "older backups were kept" in str(raised.value)
    assert [p.name for p in backups_dir.iterdir()] == [older.path.name]
    assert file_digest(older.path) == older_digest


def test_nothing_to_back_up_says_so(tmp_path: Path, backups_dir: Path) -> None:
    with pytest.raises(BackupError, match="no database to back up"):
        backup_database(tmp_path / "missing.db", backups_dir)
    text = tmp_path / "notes.db"
    text.write_text("minutes of the steering group\n", encoding="utf-8")
    with pytest.raises(BackupError, match="damaged"):
        backup_database(text, backups_dir)
    assert list(backups_dir.iterdir()) == []


def test_a_backup_is_as_private_as_the_database(db_path: Path, backups_dir: Path) -> None:
    os.chmod(db_path, 0o640)
    backup = backup_database(db_path, backups_dir, now=NOW)
    assert backup.path.stat().st_mode & 0o777 == 0o640


def test_leftovers_of_a_dead_backup_are_cleared_and_a_live_ones_kept(
    db_path: Path, backups_dir: Path
) -> None:
    backups_dir.mkdir()
    dead_pid = _a_dead_pid()
    dead = backups_dir / f"{BACKUP_TEMP_PREFIX}{dead_pid}-abc.tmp"
    dead_journal = backups_dir / f"{BACKUP_TEMP_PREFIX}{dead_pid}-abc.tmp-journal"
    live = backups_dir / f"{BACKUP_TEMP_PREFIX}{os.getpid()}-xyz.tmp"
    for p in (dead, dead_journal, live):
        p.write_bytes(b"half a copy")

    backup_database(db_path, backups_dir, now=NOW)

    assert not dead.exists() and not dead_journal.exists()
    assert live.exists()
    assert [b.path.name for b in list_backups(db_path, backups_dir)] == [
        "accelerator-2026-11-27T101530-manual.db"
    ]


def test_the_daily_copy_is_made_only_when_the_last_is_a_day_old(
    db_path: Path, backups_dir: Path
) -> None:
    first = ensure_recent_backup(db_path, backups_dir, now=NOW)
    assert first is not None and first.reason == "daily"
    assert ensure_recent_backup(db_path, backups_dir, now=NOW + dt.timedelta(hours=23)) is None

    second = ensure_recent_backup(db_path, backups_dir, now=NOW + dt.timedelta(hours=25))
    assert second is not None and second.taken_at == NOW + dt.timedelta(hours=25)

    # A manual backup counts as recent too.
    backup_database(db_path, backups_dir, "manual", now=NOW + dt.timedelta(days=3))
    assert (
        ensure_recent_backup(db_path, backups_dir, now=NOW + dt.timedelta(days=3, hours=1)) is None
    )


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_copy(
    db_path: Path, backups_dir: Path
) -> None:
    backup_database(db_path, backups_dir, "daily", now=NOW + dt.timedelta(days=30))
    made = ensure_recent_backup(db_path, backups_dir, now=NOW)
    assert made is not None and made.taken_at == NOW


def test_no_daily_copy_of_a_database_that_does_not_exist_yet(
    tmp_path: Path, backups_dir: Path
) -> None:
    assert ensure_recent_backup(tmp_path / "new.db", backups_dir, now=NOW) is None
    assert not backups_dir.exists()


def test_rotation_runs_after_each_backup(db_path: Path, backups_dir: Path) -> None:
    keep_three = Retention(daily=3, weekly=0, monthly=0)
    for day in range(6):
        backup_database(
            db_path, backups_dir, "daily", now=NOW + dt.timedelta(days=day), retention=keep_three
        )
    assert [b.taken_at.day for b in list_backups(db_path, backups_dir)] == [2, 1, 30]


def _a_dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
