"""Crashes and company: kill -9 at any moment loses nothing committed; two writers take
turns; backups taken while another process writes are sound snapshots; a kill during a
backup or a restore leaves the old file or the complete new one.

The writers are forked children with their own engines (benchmarks/kill_soak.py); they
report each commit through a pipe, so the tests wait on events, never on the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import select
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy import select as sql_select

from accelerator.db.backup import (
    BACKUP_TEMP_PREFIX,
    backup_database,
    list_backups,
    restore_database,
    table_digests,
)
from accelerator.db.engine import Database, make_engine
from accelerator.domain.enums import AssessmentKind
from accelerator.models import Assessment, AssessmentText, Dimension, Programme, Score
from accelerator.services.base import Service
from benchmarks.kill_soak import (
    LineReader,
    Target,
    fork_child,
    prepare_target,
    run_soak,
    warm_up,
    write_assessments,
)
from tests.safety.conftest import SCHEMA_0001_DEMO, count, data_digests, integrity

KILL_CYCLES = 200
SEED = 20261127


@pytest.mark.slow
def test_kill_9_while_writing_assessments_loses_nothing_committed(tmp_path: Path) -> None:
    result = run_soak(tmp_path / "soak.db", KILL_CYCLES, SEED)

    assert result.cycles == KILL_CYCLES, result.summary()
    assert result.integrity_failures == [], result.summary()
    assert result.lost == [], result.summary()
    assert result.partial == [], result.summary()
    assert result.committed >= KILL_CYCLES
    # The engine keeps its connection open, so the crashes left commits in the -wal
    # for the next start to recover: the harder case.
    assert result.wal_left > 0, result.summary()


class _AssessmentRows(Service):
    """One assessment and its six scores per transaction, through the services' own
    write path (BEGIN IMMEDIATE, busy timeout, StorageError); without the validation,
    so that two thousand of them take seconds."""

    def add(self, target: Target, framework_id: int, dimension_ids: list[int], n: int) -> int:
        with self._write() as s:
            assessment_id = s.execute(
                insert(Assessment).values(
                    enrolment_id=target.enrolment_id,
                    assessor_id=target.assessor_id,
                    framework_id=framework_id,
                    assessed_on=target.assessed_on,
                    kind=AssessmentKind.PROGRESS,
                    confidential=False,
                )
            ).inserted_primary_key[0]
            s.execute(
                insert(AssessmentText).values(
                    assessment_id=assessment_id, notes=f"Session {n}", next_steps=""
                )
            )
            s.execute(
                insert(Score),
                [
                    {"assessment_id": assessment_id, "dimension_id": d, "level": 1 + n % 9}
                    for d in dimension_ids
                ],
            )
            return int(assessment_id)


@pytest.mark.slow
def test_two_processes_writing_1000_assessments_each_take_turns(tmp_path: Path) -> None:
    target = prepare_target(tmp_path / "busy.db")
    db = Database(make_engine(str(target.path)), str(target.path))
    with db.read() as s:
        framework_id = s.scalars(sql_select(Programme.framework_id)).one()
        dimension_ids = list(
            s.scalars(sql_select(Dimension.id).where(Dimension.framework_id == framework_id))
        )
    db.dispose()

    def write_1000(report: int) -> None:
        own = Database(make_engine(str(target.path)), str(target.path))
        rows = _AssessmentRows(own)
        for n in range(1000):
            os.write(report, f"{rows.add(target, framework_id, dimension_ids, n)}\n".encode())
        own.dispose()

    writers = [fork_child(write_1000) for _ in range(2)]
    reported: list[int] = []
    for pid, fd in writers:
        reader = LineReader(fd)
        reader.drain()
        os.close(fd)
        _, status = os.waitpid(pid, 0)
        # Any StorageError ("the database is busy...") would end up here.
        assert reader.errors() == []
        assert os.waitstatus_to_exitcode(status) == 0
        reported.extend(reader.ids())

    assert len(reported) == len(set(reported)) == 2000
    assert count(target.path, "assessments") == 2000
    assert count(target.path, "scores") == 2000 * len(dimension_ids)
    assert integrity(target.path) == ["ok"]


def test_two_writers_through_the_full_services(tmp_path: Path) -> None:
    """The same, through AssessmentService itself (validation, audit), fewer of them."""
    from benchmarks.kill_soak import two_writers

    target = prepare_target(tmp_path / "busy.db")
    warm_up(target)
    assert two_writers(target, 60) == []
    assert count(target.path, "assessments") == 121
    assert integrity(target.path) == ["ok"]


def _prefix_digests(source: Path, snapshot: Path) -> dict[str, tuple[int, str]]:
    """The source's tables cut to the rows the snapshot has: with a writer that only
    inserts, this is the source as it was when the snapshot was taken."""
    digests: dict[str, tuple[int, str]] = {}
    with closing(sqlite3.connect(snapshot)) as snap, closing(sqlite3.connect(source)) as src:
        for table in table_digests(snapshot):
            last = snap.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
            rows = src.execute(
                f'SELECT * FROM "{table}" WHERE rowid <= ? ORDER BY rowid', (last,)
            ).fetchall()
            sha = hashlib.sha256()
            for row in rows:
                sha.update(repr(row).encode("utf-8"))
            digests[table] = (len(rows), sha.hexdigest())
    return digests


@pytest.mark.slow
def test_backups_taken_while_another_process_writes_are_sound_snapshots(
    tmp_path: Path,
) -> None:
    target = prepare_target(tmp_path / "live.db")
    backups_dir = tmp_path / "backups"
    rng = random.Random(SEED)
    pid, fd = fork_child(lambda w: write_assessments(target, w, None, seed=1, hold_open=True))
    reader = LineReader(fd)
    start = dt.datetime(2026, 11, 27, 8, 0)
    try:
        for n in range(8):
            reader.wait_for_lines(len(reader.lines) + 1 + rng.randrange(3))
            backup_database(target.path, backups_dir, "manual", now=start + dt.timedelta(minutes=n))
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.drain()
        os.close(fd)
    assert reader.errors() == []

    made = list_backups(target.path, backups_dir)
    assert len(made) == 8
    counts = []
    for backup in made:
        assert integrity(backup.path) == ["ok"]
        assert data_digests(backup.path) == _prefix_digests(target.path, backup.path)
        counts.append(count(backup.path, "assessments"))
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    # A restore of one of them equals the source at that moment.
    chosen = made[len(made) // 2]
    restored = tmp_path / "restored.db"
    restore_database(chosen.path, restored, backups_dir)
    assert data_digests(restored) == _prefix_digests(target.path, chosen.path)


def _big_database(path: Path) -> Path:
    """The demo data plus a few MB of audit rows, so that a backup takes a while."""
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        columns = "at, user_id, username, action, table_name, record_id, summary"
        for padding in (300, 0, 0, 0):
            conn.execute(
                f"INSERT INTO audit_entries ({columns}, changes) SELECT {columns}, "
                f"changes || printf('%.{padding}c', 'x') FROM audit_entries"
            )
    return path


def _kill_at_random(work: object, rng: random.Random, max_delay: float) -> bool:
    """Fork ``work``; once it says it started, kill -9 it after a random short while.
    Returns whether the work had finished (said "done") when the kill came."""
    pid, fd = fork_child(work)  # type: ignore[arg-type]
    reader = LineReader(fd)
    try:
        reader.wait_for_lines(1)
        deadline = time.monotonic() + rng.uniform(0, max_delay)
        while (left := deadline - time.monotonic()) > 0:
            if select.select([fd], [], [], left)[0]:
                reader.read_available(0)
                if reader.eof:
                    break
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.drain()
    finally:
        os.close(fd)
    assert not reader.errors(), reader.errors()
    return "done" in reader.lines


def _duration(work: Callable[[], object]) -> float:
    """How long ``work`` takes here and now: the kills are spread over about twice that."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


@pytest.mark.slow
def test_a_kill_during_a_backup_never_leaves_a_partial_backup(tmp_path: Path) -> None:
    source = _big_database(tmp_path / "accelerator.db")
    expected = data_digests(source)
    backups_dir = tmp_path / "backups"
    rng = random.Random(SEED)

    def back_up(report: int) -> None:
        os.write(report, b"started\n")
        backup_database(source, backups_dir, "manual", retention=None)
        os.write(report, b"done\n")

    spread = 2 * _duration(lambda: backup_database(source, tmp_path / "timing", retention=None))
    for _ in range(12):
        _kill_at_random(back_up, rng, max_delay=spread)
        named = {b.path for b in list_backups(source, backups_dir)}
        for path in named:  # every file with a backup's name is a complete backup
            assert integrity(path) == ["ok"]
            assert data_digests(path) == expected
        for path in backups_dir.iterdir():  # anything else has a temporary name
            assert path in named or path.name.startswith(BACKUP_TEMP_PREFIX), path.name
    # The next backup clears what the killed ones left, and works.
    backup_database(source, backups_dir, "manual", retention=None)
    assert not [p for p in backups_dir.iterdir() if p.name.startswith(BACKUP_TEMP_PREFIX)]
    assert integrity(source) == ["ok"]


@pytest.mark.slow
def test_a_kill_during_a_restore_leaves_the_old_database_or_the_new_one(
    tmp_path: Path,
) -> None:
    target = _big_database(tmp_path / "accelerator.db")
    backups_dir = tmp_path / "backups"
    small = tmp_path / "small.db"
    shutil.copyfile(SCHEMA_0001_DEMO, small)
    sources = [small, backup_database(target, backups_dir, retention=None).path]
    digests = {str(p): data_digests(p) for p in sources}
    current = data_digests(target)
    rng = random.Random(SEED)
    spread = 2 * _duration(
        lambda: restore_database(sources[0], tmp_path / "timing.db", backups_dir)
    )

    for n in range(12):
        source = sources[n % 2]

        def restore(report: int, source: Path = source) -> None:
            os.write(report, b"started\n")
            restore_database(source, target, backups_dir)
            os.write(report, b"done\n")

        _kill_at_random(restore, rng, max_delay=spread)
        now = data_digests(target)
        assert now in (current, digests[str(source)])
        assert integrity(target) == ["ok"]
        current = now
