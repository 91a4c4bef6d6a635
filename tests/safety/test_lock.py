"""One window per database: a second instance is told who has it open, and writes nothing."""

from __future__ import annotations

import json
import os
import signal
import socket
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from accelerator.db.lock import acquire_instance_lock, lock_path_for, read_lock_owner
from accelerator.errors import DatabaseInUseError
from benchmarks.kill_soak import LineReader, fork_child
from tests.safety.conftest import file_digest


@pytest.fixture
def other_instance(db_path: Path) -> Iterator[int]:
    """Another process holding the database's instance lock, as a running window does;
    its process id. It holds the lock until the test ends (or kills it)."""
    release_read, release_write = os.pipe()

    def hold(report: int) -> None:
        os.close(release_write)  # or the end of file never comes
        with acquire_instance_lock(db_path):
            os.write(report, b"locked\n")
            os.read(release_read, 1)  # until the parent says so, or dies

    pid, fd = fork_child(hold)
    reader = LineReader(fd)
    reader.wait_for_lines(1)
    assert reader.lines == ["locked"], reader.lines
    try:
        yield pid
    finally:
        os.close(release_write)  # end of file: the holder lets go and exits
        with suppress(ChildProcessError):  # the test reaped it already
            os.waitpid(pid, 0)
        os.close(release_read)
        os.close(fd)


def test_a_second_instance_is_told_who_has_it_open_and_changes_nothing(
    db_path: Path, other_instance: int
) -> None:
    before = file_digest(db_path)
    lock_file = lock_path_for(db_path)
    lock_before = lock_file.read_bytes()

    with pytest.raises(DatabaseInUseError) as raised:
        acquire_instance_lock(db_path)

    error = raised.value
    assert (error.host, error.pid) == (socket.gethostname(), other_instance)
    message = str(error)
    assert f"process {other_instance}" in message and socket.gethostname() in message
    assert "Switch to that window" in message
    assert file_digest(db_path) == before
    assert lock_file.read_bytes() == lock_before


def test_the_lock_of_a_crashed_instance_is_taken_over(db_path: Path, other_instance: int) -> None:
    os.kill(other_instance, signal.SIGKILL)
    os.waitpid(other_instance, 0)
    stale = read_lock_owner(lock_path_for(db_path))
    assert stale is not None and stale.pid == other_instance  # the file outlived it

    with acquire_instance_lock(db_path) as lock:
        assert lock.owner.pid == os.getpid()
        assert read_lock_owner(lock.path) == lock.owner
        assert lock.left_behind, "its database is checked before it opens"


def test_a_lock_file_left_by_a_dead_process_is_taken_over(db_path: Path) -> None:
    lock_path_for(db_path).write_text(
        json.dumps({"host": "old-laptop", "pid": 999_999, "user": "ingrid", "started": "2025"}),
        encoding="utf-8",
    )
    with acquire_instance_lock(db_path) as lock:
        assert read_lock_owner(lock.path) == lock.owner
        assert lock.left_behind


def test_the_same_process_cannot_open_the_database_twice(db_path: Path) -> None:
    first = acquire_instance_lock(db_path)
    assert not first.left_behind
    with pytest.raises(DatabaseInUseError, match=f"process {os.getpid()}"):
        acquire_instance_lock(db_path)
    first.release()
    first.release()  # twice is harmless
    assert not lock_path_for(db_path).exists()
    with acquire_instance_lock(db_path) as again:
        assert again.held
        assert not again.left_behind, "a window that closed let go of it"
    assert not again.held


def test_an_unreadable_lock_file_still_refuses_politely(db_path: Path) -> None:
    with acquire_instance_lock(db_path) as lock:
        lock.path.write_bytes(b"\x00garbage")
        with pytest.raises(DatabaseInUseError, match="another Accelerator window"):
            acquire_instance_lock(db_path)


def test_the_lock_lives_beside_the_database(tmp_path: Path) -> None:
    assert lock_path_for(tmp_path / "accelerator.db") == tmp_path / "accelerator.db.lock"
