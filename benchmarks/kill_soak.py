#!/usr/bin/env python3
"""Kill -9 a process that is writing assessments, again and again, and check what is left.

    python benchmarks/kill_soak.py                 # 1000 cycles in a temporary folder
    python benchmarks/kill_soak.py --cycles 200 --seed 7 --keep OUT.db

Each cycle forks a child that opens its own engine (after the fork: a SQLite
connection must never cross one) and logs assessments through the services as fast
as it can, writing each committed assessment's id to a pipe. The parent waits for the
first commit, lets a random number of further commits and a random fraction of a
millisecond or three go by, and sends SIGKILL: the kill lands anywhere in a
transaction, in a commit, or between two. Then, as the program would on its next
start, it runs the opening check and SQLite's integrity_check, and verifies that every
assessment the child reported committed is there with all six scores and that no
assessment has a partial set.

tests/safety/test_crash.py runs 200 cycles of this in the suite; this script is the
longer soak and prints its figures.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))

from accelerator.db.engine import Database, make_engine  # noqa: E402
from accelerator.db.open import check_existing_database  # noqa: E402
from accelerator.domain.enums import AssessmentKind, Role  # noqa: E402
from accelerator.services import Services  # noqa: E402
from accelerator.services.assessments import AssessmentInput  # noqa: E402
from accelerator.services.companies import CompanyInput  # noqa: E402
from accelerator.services.database import prepare_database  # noqa: E402
from accelerator.services.programmes import CohortInput, ProgrammeInput  # noqa: E402
from accelerator.services.users import UserInput  # noqa: E402

DIMENSIONS = ("customer", "technology", "business_model", "ip", "team", "funding")
SCORES_PER_ASSESSMENT = len(DIMENSIONS)
EXTRA_COMMITS = 2  # wait for 0 or 1 more commit after the first, then the random delay
MAX_DELAY_S = 0.004


@dataclass(frozen=True)
class Target:
    """What the writers assess: one enrolment, by one mentor."""

    path: Path
    enrolment_id: int
    assessor_id: int
    assessed_on: dt.date


@dataclass
class SoakResult:
    cycles: int = 0
    committed: int = 0  # assessments the children reported committed
    unreported: int = 0  # committed, but killed before it could say so (allowed)
    lost: list[int] = field(default_factory=list)  # reported committed, then missing
    partial: list[int] = field(default_factory=list)  # an assessment without all its scores
    integrity_failures: list[str] = field(default_factory=list)
    wal_left: int = 0  # cycles after which a -wal with content was left to recover
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.partial or self.integrity_failures)

    def summary(self) -> str:
        per_cycle = 1000 * self.seconds / self.cycles if self.cycles else 0.0
        return "\n".join(
            (
                f"cycles                 {self.cycles}",
                f"committed (reported)   {self.committed}",
                f"committed, unreported  {self.unreported}",
                f"-wal left to recover   {self.wal_left}",
                f"lost commits           {len(self.lost)}",
                f"partial assessments    {len(self.partial)}",
                f"integrity failures     {len(self.integrity_failures)}",
                f"time                   {self.seconds:.1f} s ({per_cycle:.0f} ms per cycle)",
                "result                 " + ("OK" if self.ok else "FAILED"),
            )
        )


def prepare_target(path: Path) -> Target:
    """A database with one enrolment and one mentor to assess it."""
    db = prepare_database(str(path))
    try:
        services = Services(db)
        programme = services.programmes.create_programme(
            ProgrammeInput(name="Soak programme", cluster="Ocean cluster")
        )
        cohort = services.programmes.create_cohort(
            CohortInput(
                programme_id=programme.id,
                name="Soak cohort",
                start_date=dt.date(2026, 1, 5),
                end_date=dt.date(2026, 6, 26),
            )
        )
        company = services.companies.create_company(CompanyInput(name="Havbris AS"))
        enrolment = services.enrolments.enrol(cohort.id, company.id)
        mentor = services.users.create_user(
            UserInput(username="soakmentor", display_name="Soak Mentor", role=Role.MENTOR)
        )
    finally:
        db.dispose()
    return Target(path, enrolment.id, mentor.id, max(enrolment.joined_on, dt.date(2026, 2, 1)))


def write_assessments(
    target: Target, report_fd: int, count: int | None, seed: int, *, hold_open: bool = False
) -> int:
    """The child's work: log assessments through the services, report each id after
    its commit. Returns how many it wrote (only reached when ``count`` is given).

    The services close their connection after each call, and the last connection to
    close checkpoints the -wal into the file and deletes it. ``hold_open`` keeps one
    idle connection open, as a second program beside this one would, so that the
    commits stay in the -wal and a kill leaves it for the next start to recover.
    """
    rng = random.Random(seed)
    idle = sqlite3.connect(target.path) if hold_open else None
    if idle is not None:
        idle.execute("SELECT count(*) FROM sqlite_master").fetchone()
    db = Database(make_engine(str(target.path)), str(target.path))
    services = Services(db)
    written = 0
    while count is None or written < count:
        levels = {d: rng.randint(1, 9) for d in DIMENSIONS}
        record = services.assessments.log_assessment(
            AssessmentInput(
                enrolment_id=target.enrolment_id,
                levels=levels,
                reasons={d: f"Level {levels[d]} after session {written}" for d in DIMENSIONS},
                kind=AssessmentKind.PROGRESS,
                assessed_on=target.assessed_on,
                notes="Notes " * rng.randint(1, 200),
                assessor_id=target.assessor_id,
            )
        )
        os.write(report_fd, f"{record.id}\n".encode())
        written += 1
    db.dispose()
    if idle is not None:
        idle.close()
    return written


def fork_child(work: Callable[[int], object]) -> tuple[int, int]:
    """Fork a child that runs ``work(write_fd)`` and exits; returns (pid, read_fd).

    The child leaves with os._exit: it must never return into the parent's code
    (a test runner, say). Exit status 0 is success; otherwise the pipe's last line
    starts with "E " and says what went wrong.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        status = 0
        try:
            work(write_fd)
        except BaseException as error:  # report anything, the parent decides
            status = 1
            with contextlib.suppress(OSError):
                os.write(write_fd, f"E {type(error).__name__}: {error}\n".encode()[:4000])
        finally:
            os._exit(status)
    os.close(write_fd)
    return pid, read_fd


class LineReader:
    """Whole lines from a pipe, read as they arrive."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.lines: list[str] = []
        self._partial = b""
        self.eof = False

    def read_available(self, timeout: float | None) -> None:
        """Read what is there, waiting at most ``timeout`` seconds (None: until something)."""
        if self.eof:
            return
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.eof = True
            return
        data = self._partial + chunk
        *complete, self._partial = data.split(b"\n")
        self.lines.extend(line.decode() for line in complete)

    def wait_for_lines(self, n: int) -> None:
        while len(self.lines) < n and not self.eof:
            self.read_available(None)

    def drain(self) -> None:
        while not self.eof:
            self.read_available(None)

    def ids(self) -> list[int]:
        return [int(line) for line in self.lines if line and not line.startswith("E ")]

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("E ")]


def warm_up(target: Target) -> list[int]:
    """One assessment logged here, before any fork: the children then inherit warm
    SQLAlchemy caches and reach their first commit in a third of the time."""
    read_fd, write_fd = os.pipe()
    try:
        write_assessments(target, write_fd, 1, seed=0)
        os.close(write_fd)
        reader = LineReader(read_fd)
        reader.drain()
    finally:
        os.close(read_fd)
    return reader.ids()


def kill_one_writer(target: Target, rng: random.Random) -> list[int]:
    """One cycle: fork a writer, kill -9 it at a random moment; the ids it reported."""
    seed, hold_open = rng.randrange(1 << 30), rng.random() < 0.5
    pid, fd = fork_child(lambda w: write_assessments(target, w, None, seed, hold_open=hold_open))
    reader = LineReader(fd)
    try:
        reader.wait_for_lines(1 + rng.randrange(EXTRA_COMMITS))
        deadline = time.monotonic() + rng.uniform(0.0, MAX_DELAY_S)
        while (left := deadline - time.monotonic()) > 0 and not reader.eof:
            reader.read_available(left)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.drain()
    finally:
        os.close(fd)
    if reader.errors():
        raise RuntimeError(f"the writer failed before it was killed: {reader.errors()[-1]}")
    if not reader.ids():
        raise RuntimeError("the writer died before its first commit")
    return reader.ids()


def check_after_crash(target: Target, reported: set[int], result: SoakResult) -> None:
    """What the next start would see: the opening check, then the data."""
    path = target.path
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        result.wal_left += 1
    # Raises DamagedDatabaseError (and moves the file aside) if SQLite disagrees.
    check_existing_database(path, path.parent / "backups")
    conn = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            result.integrity_failures.append("; ".join(integrity[:3]))
        present = {
            row[0]: row[1]
            for row in conn.execute(
                "SELECT a.id, count(s.id) FROM assessments a "
                "LEFT JOIN scores s ON s.assessment_id = a.id GROUP BY a.id"
            )
        }
    finally:
        conn.close()
    result.lost.extend(sorted(i for i in reported if i not in present))
    result.partial.extend(sorted(i for i, n in present.items() if n != SCORES_PER_ASSESSMENT))
    result.unreported = len(set(present) - reported)


def run_soak(path: Path, cycles: int, seed: int) -> SoakResult:
    """``cycles`` kill cycles on a new database at ``path``."""
    target = prepare_target(path)
    rng = random.Random(seed)
    result = SoakResult()
    reported = set(warm_up(target))
    started = time.perf_counter()
    for _ in range(cycles):
        ids = kill_one_writer(target, rng)
        reported.update(ids)
        result.cycles += 1
        result.committed += len(ids)
        check_after_crash(target, reported, result)
        if not result.ok:
            break
    result.seconds = time.perf_counter() - started
    return result


def two_writers(target: Target, each: int) -> list[str]:
    """Two processes each logging ``each`` assessments at once; the errors they met."""
    children = [
        fork_child(lambda w, n=n: write_assessments(target, w, each, seed=n)) for n in (1, 2)
    ]
    errors: list[str] = []
    for pid, fd in children:
        reader = LineReader(fd)
        try:
            reader.drain()
        finally:
            os.close(fd)
        _, status = os.waitpid(pid, 0)
        errors.extend(reader.errors())
        if os.waitstatus_to_exitcode(status) != 0 and not reader.errors():
            errors.append(f"writer {pid} exited with status {status}")
        if not reader.errors() and len(reader.ids()) != each:
            errors.append(f"writer {pid} reported {len(reader.ids())} of {each} commits")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="accelerator-soak-") as folder:
        path = args.keep or Path(folder) / "soak.db"
        result = run_soak(path, args.cycles, args.seed)
    print(result.summary())
    for what, items in (("lost", result.lost), ("partial", result.partial)):
        if items:
            print(f"{what}: {items[:20]}")
    for failure in result.integrity_failures[:5]:
        print(f"integrity: {failure}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
