"""Faults: a full disk gives a clear message, keeps the earlier data and lets saving resume;
a database on a network or cloud-synced folder gets a warning."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from accelerator.db.backup import BACKUP_TEMP_PREFIX, backup_database, list_backups
from accelerator.db.engine import Database
from accelerator.db.location import file_system_type, risky_location
from accelerator.errors import BackupError
from accelerator.services import Services
from accelerator.services.base import StorageError
from accelerator.services.companies import CompanyInput
from benchmarks.kill_soak import LineReader, fork_child
from tests.safety.conftest import count, data_digests, file_digest, integrity


def test_a_full_disk_keeps_the_data_and_saving_resumes(db: Database, db_path: Path) -> None:
    services = Services(db)
    services.companies.create_company(CompanyInput(name="Saved before AS"))
    with sqlite3.connect(db_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    def disk_nearly_full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # The database may grow by a few pages, no more: what a full disk looks like to it.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")

    event.listen(db.engine, "connect", disk_nearly_full)
    db.engine.dispose()  # the pool keeps connections: make the next one feel the full disk
    saved = 1
    with pytest.raises(StorageError) as raised:
        for n in range(200):
            services.companies.create_company(
                CompanyInput(name=f"Company {n} AS", description="Word " * 2000)
            )
            saved += 1
    event.remove(db.engine, "connect", disk_nearly_full)
    db.engine.dispose()

    assert str(raised.value) == (
        "the disk is full: nothing was saved. Free some space and save again."
    )
    assert integrity(db_path) == ["ok"]
    assert count(db_path, "companies") == saved
    # Space is free again: the same save goes through.
    services.companies.create_company(CompanyInput(name="Saved after AS", description="Word"))
    assert count(db_path, "companies") == saved + 1


def test_a_backup_on_a_full_disk_fails_cleanly(db_path: Path, backups_dir: Path) -> None:
    """In a child whose files may not grow past 64 KiB (a tiny file system, in effect)."""
    older = backup_database(db_path, backups_dir)
    older_digest = file_digest(older.path)
    before = data_digests(db_path)

    def back_up_on_a_full_disk(report: int) -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
        try:
            backup_database(db_path, backups_dir, "manual")
        except BackupError as error:
            os.write(report, f"{error}\n".encode())

    pid, fd = fork_child(back_up_on_a_full_disk)
    reader = LineReader(fd)
    reader.drain()
    os.close(fd)
    os.waitpid(pid, 0)

    assert len(reader.lines) == 1 and not reader.errors(), reader.lines
    assert "could not be written" in reader.lines[0]
    assert "Older backups are untouched" in reader.lines[0]
    assert list_backups(db_path, backups_dir) == [older]
    assert file_digest(older.path) == older_digest
    assert not [p for p in backups_dir.iterdir() if p.name.startswith(BACKUP_TEMP_PREFIX)]
    assert data_digests(db_path) == before


MOUNTS = r"""/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/programmes /mnt/programmes nfs4 rw,vers=4.2 0 0
//nas/shared\040files /mnt/shared\040files cifs rw 0 0
ingrid@laptop:/home/ingrid /home/ingrid/remote fuse.sshfs rw 0 0
/dev/vdb /mnt/programmes/local ext4 rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("database", "fs_type"),
    [
        ("/mnt/programmes/accelerator.db", "nfs4"),
        ("/mnt/shared files/cluster/accelerator.db", "cifs"),
        ("/home/ingrid/remote/accelerator.db", "fuse.sshfs"),
    ],
)
def test_a_network_drive_gets_a_warning(database: str, fs_type: str, mounts: Path) -> None:
    warning = risky_location(Path(database), mounts_file=mounts)
    assert warning is not None
    assert f"network drive ({fs_type})" in warning and "own disk" in warning


@pytest.mark.parametrize(
    "database",
    [
        "/home/ingrid/.local/share/Accelerator/accelerator.db",
        "/mnt/programmes/local/accelerator.db",  # a local disk mounted inside the share
        "/mnt/programmes-old/accelerator.db",  # a name that merely starts like the share
    ],
)
def test_a_local_disk_gets_none(database: str, mounts: Path) -> None:
    assert risky_location(Path(database), mounts_file=mounts) is None


@pytest.mark.parametrize(
    ("database", "service"),
    [
        ("/home/ingrid/Dropbox/Programmes/accelerator.db", "Dropbox"),
        ("/home/ingrid/Dropbox (Vestkyst)/accelerator.db", "Dropbox"),
        ("/home/ingrid/OneDrive - Vestkyst Cluster/accelerator.db", "OneDrive"),
        ("/home/ingrid/Google Drive/accelerator.db", "Google Drive"),
        ("/Users/ingrid/Library/Mobile Documents/com~apple~CloudDocs/accelerator.db", "iCloud"),
        ("/Users/ingrid/Library/CloudStorage/GoogleDrive-ingrid/accelerator.db", "cloud storage"),
        ("/home/ingrid/Nextcloud/accelerator.db", "Nextcloud"),
        ("/home/ingrid/Sync/accelerator.db", "Sync"),
    ],
)
def test_a_cloud_synced_folder_gets_a_warning(database: str, service: str, mounts: Path) -> None:
    warning = risky_location(Path(database), mounts_file=mounts)
    assert warning is not None
    assert f"inside a {service} folder" in warning and "outside the synced folder" in warning


def test_a_file_merely_named_like_a_service_is_not_a_synced_folder(mounts: Path) -> None:
    assert risky_location(Path("/home/ingrid/data/Sync.db"), mounts_file=mounts) is None
    assert risky_location(Path("/home/ingrid/Syncing notes/a.db"), mounts_file=mounts) is None


def test_without_a_mounts_table_only_the_folder_names_count(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-mounts"
    assert file_system_type(Path("/mnt/x.db"), mounts_file=missing) is None
    assert risky_location(tmp_path / "accelerator.db", mounts_file=missing) is None
    assert risky_location(tmp_path / "Dropbox" / "a.db", mounts_file=missing) is not None


def test_this_machines_temporary_folder_is_not_risky(tmp_path: Path) -> None:
    assert risky_location(tmp_path / "accelerator.db") is None
