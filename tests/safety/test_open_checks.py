"""A corpus of damaged files: none opens silently; the damaged file is kept aside with its
-wal and -shm; the newest good backup is offered, and restoring it works."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import shutil
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from accelerator.db import open as db_open
from accelerator.db.backup import backup_database, restore_database
from accelerator.db.lock import lock_path_for
from accelerator.db.open import open_database
from accelerator.errors import DamagedDatabaseError, DatabaseOpenError
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from accelerator.services.database import prepare_database
from accelerator.services.startup import StartupService
from tests.factories import Factory
from tests.safety.conftest import SCHEMA_0001_DEMO, count, data_digests, file_digest

PAGE = 4096
_FACTORY_STARTS = (itertools.count(start) for start in itertools.count(1000, 1000))
NOW = dt.datetime(2026, 11, 27, 10, 15, 30)


def _wal(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def _demo_copy(path: Path) -> Path:
    """The demo database at the current schema, in WAL mode as the program keeps it.

    The fixture has the first released schema: the upgrade's own backup goes to a folder
    of its own, so that it does not count among the backups a test makes.
    """
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    open_database(str(path), backups_dir=path.parent / "upgrade-backups").dispose()
    return path


def _assess(db: Path, assessments: int) -> None:
    """A new enrolment with ``assessments`` assessments (six scores and audit rows each)."""
    opened = open_database(str(db))
    try:
        make = Factory(Services(opened))
        make._seq = next(_FACTORY_STARTS)  # names and org. numbers unique across calls
        enrolment = make.enrolment()
        mentor = make.user()
        for _ in range(assessments):
            make.assessment(enrolment.id, assessor_id=mentor.id)
    finally:
        opened.dispose()


def _assess_leaving_wal(db: Path, assessments: int) -> bytes:
    """Commit assessments while another connection is open, so that they stay in the
    -wal, and return that -wal as a crashed program would leave it."""
    idle = sqlite3.connect(db)  # the last connection to close folds the -wal in
    idle.execute("SELECT 1 FROM sqlite_master").fetchall()
    try:
        _assess(db, assessments)
        return _wal(db).read_bytes()
    finally:
        idle.close()


# --- the corpus: each makes a damaged database at ``db`` from a sound one -----------------


def truncated_to_half(db: Path, spare: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def truncated_to_its_header(db: Path, spare: Path) -> None:
    os.truncate(db, 100)


def pages_overwritten_with_garbage(db: Path, spare: Path) -> None:
    with db.open("r+b") as f:
        f.seek(30 * PAGE)
        f.write(os.urandom(4 * PAGE))


def the_schema_page_overwritten(db: Path, spare: Path) -> None:
    with db.open("r+b") as f:
        f.seek(100)  # the header survives, the table of tables does not
        f.write(os.urandom(PAGE - 100))


def a_garbage_wal(db: Path, spare: Path) -> None:
    _wal(db).write_bytes(os.urandom(50_000))


def a_wal_cut_short(db: Path, spare: Path) -> None:
    _wal(db).write_bytes(b"\x37\x7f\x06\x82\x00\x2d")


def a_wal_of_another_database(db: Path, spare: Path) -> None:
    """A valid -wal, written by another Accelerator database (a new one, say)."""
    prepare_database(str(spare)).dispose()
    _wal(db).write_bytes(_assess_leaving_wal(spare, 20))


def an_older_copy_with_a_newer_wal(db: Path, spare: Path) -> None:
    """The classic: the file is put back from an old copy, but this database's current
    -wal stays beside it and would be replayed onto pages it was not written for."""
    shutil.copyfile(db, spare)  # the old copy
    _assess(db, 30)  # folded into the file: the old copy lacks it
    wal = _assess_leaving_wal(db, 10)
    shutil.copyfile(spare, db)
    _wal(db).write_bytes(wal)


def a_wal_with_another_page_size(db: Path, spare: Path) -> None:
    with closing(sqlite3.connect(spare, isolation_level=None)) as other:
        other.execute("PRAGMA page_size = 1024")
        other.execute("PRAGMA journal_mode = WAL").fetchall()
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("CREATE TABLE t (x)")
        other.execute("INSERT INTO t VALUES (1)")
        _wal(db).write_bytes(_wal(spare).read_bytes())
    header = _wal(db).read_bytes()[:32]
    assert struct.unpack(">I", header[8:12])[0] == 1024


CORPUS: list[Callable[[Path, Path], None]] = [
    truncated_to_half,
    truncated_to_its_header,
    pages_overwritten_with_garbage,
    the_schema_page_overwritten,
    a_garbage_wal,
    a_wal_cut_short,
    a_wal_of_another_database,
    an_older_copy_with_a_newer_wal,
    a_wal_with_another_page_size,
]


@pytest.mark.parametrize("damage", CORPUS, ids=[d.__name__ for d in CORPUS])
def test_a_damaged_database_never_opens_and_the_newest_good_backup_is_offered(
    tmp_path: Path, damage: Callable[[Path, Path], None]
) -> None:
    db = _demo_copy(tmp_path / "accelerator.db")
    backups_dir = tmp_path / "backups"
    backup_database(db, backups_dir, "daily", now=NOW - dt.timedelta(days=1))
    newest = backup_database(db, backups_dir, "daily", now=NOW)
    damage(db, tmp_path / "spare.db")
    damaged = {p.name: file_digest(p) for p in (db, _wal(db)) if p.exists()}

    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(str(db))

    error = raised.value
    # Kept, byte for byte, with its -wal, where the message says; nothing left behind.
    assert error.moved_to is not None and error.moved_to.name == db.name
    folder = error.moved_to.parent
    assert folder.parent == tmp_path / "damaged"
    assert {name: file_digest(folder / name) for name in damaged} == damaged
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("accelerator.db")]
    # The newest good backup is offered, in the message too.
    assert error.backup == newest.path
    message = str(error)
    assert "is damaged" in message and str(folder) in message and str(newest.path) in message
    assert error.problems
    # And restoring it gives a database that opens.
    restore_database(error.backup, db, backups_dir)
    open_database(str(db)).dispose()
    assert data_digests(db) == data_digests(newest.path)


def test_a_damaged_newest_backup_is_passed_over(tmp_path: Path) -> None:
    db = _demo_copy(tmp_path / "accelerator.db")
    backups_dir = tmp_path / "backups"
    good = backup_database(db, backups_dir, "daily", now=NOW - dt.timedelta(days=1))
    bad = backup_database(db, backups_dir, "daily", now=NOW)
    pages_overwritten_with_garbage(bad.path, tmp_path)
    pages_overwritten_with_garbage(db, tmp_path)

    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(str(db))

    assert raised.value.backup == good.path


def test_with_no_backup_the_message_says_what_can_still_be_done(tmp_path: Path) -> None:
    db = _demo_copy(tmp_path / "accelerator.db")
    truncated_to_half(db, tmp_path)

    with pytest.raises(DamagedDatabaseError, match="no good backup") as raised:
        open_database(str(db), backups_dir=tmp_path / "elsewhere")

    assert raised.value.backup is None
    assert raised.value.moved_to is not None and raised.value.moved_to.exists()


def test_a_text_file_named_db_is_refused_untouched_not_moved(tmp_path: Path) -> None:
    db = tmp_path / "accelerator.db"
    db.write_text("minutes of the steering group\n", encoding="utf-8")
    before = file_digest(db)

    with pytest.raises(DatabaseOpenError, match="not an Accelerator database") as raised:
        open_database(str(db))

    assert not isinstance(raised.value, DamagedDatabaseError)
    assert file_digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accelerator.db"]


def test_what_a_crash_leaves_in_the_wal_is_recovered_not_refused(tmp_path: Path) -> None:
    """The -wal of the database's own last run holds committed data: it must open."""
    db = _demo_copy(tmp_path / "accelerator.db")
    assessments = count(db, "assessments")
    _assess(db, 5)
    idle = sqlite3.connect(db)
    idle.execute("SELECT 1 FROM sqlite_master").fetchall()
    _assess(db, 5)
    crashed = tmp_path / "crashed.db"
    # What the disk held at the moment of the crash: the file and its -wal, as they were.
    shutil.copyfile(db, crashed)
    shutil.copyfile(_wal(db), _wal(crashed))
    idle.close()

    open_database(str(crashed)).dispose()

    assert count(crashed, "assessments") == assessments + 10
    assert not (tmp_path / "damaged").exists()


def test_a_mismatched_wal_whose_pages_happen_to_agree_cannot_be_told_apart(
    tmp_path: Path,
) -> None:
    """The limit of any check: the -wal of an identical twin, replayed, gives a sound
    database with the twin's rows. Nothing in the files links a -wal to its database;
    only a -wal that makes the database inconsistent can be (and is) caught."""
    db = _demo_copy(tmp_path / "accelerator.db")
    twin = tmp_path / "twin.db"
    shutil.copyfile(db, twin)
    _wal(db).write_bytes(_assess_leaving_wal(twin, 5))

    open_database(str(db)).dispose()

    assert data_digests(db)["assessments"] == data_digests(twin)["assessments"]


def test_an_empty_wal_is_what_a_clean_checkpoint_leaves(tmp_path: Path) -> None:
    db = _demo_copy(tmp_path / "accelerator.db")
    _wal(db).write_bytes(b"")
    open_database(str(db)).dispose()
    assert not (tmp_path / "damaged").exists()


# --- the check beside the start (issue #18) -----------------------------------------------
#
# After a clean end the window opens its file before SQLite has checked it (0.3 s of every
# start on 10,000 companies, 3 s on 100,000): the check runs beside the start, every write
# waits for it, and a damaged file is never written to.


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path / "backups", tmp_path / "logs", tmp_path)


def _opened_before(path: Path) -> Path:
    """The demo as a window left it: its first start's own writes (the default framework's
    languages) are done, so the next start writes nothing until someone saves."""
    prepare_database(str(_demo_copy(path))).dispose()
    return path


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The check beside the start waits for the test to let it go on."""
    go_on = threading.Event()
    check = db_open.run_check

    def held(conn: sqlite3.Connection, *, full: bool) -> list[str]:
        go_on.wait(30)
        return check(conn, full=full)

    monkeypatch.setattr(db_open, "run_check", held)
    yield go_on
    go_on.set()


def test_after_a_clean_end_writes_wait_for_the_check_beside_the_start(
    tmp_path: Path, held_check: threading.Event
) -> None:
    db = _opened_before(tmp_path / "accelerator.db")
    start = StartupService(_paths(tmp_path), str(db))
    start.lock()
    services = start.open()
    try:
        assert services.database.checking()
        before = len(services.companies.list_companies())  # reading does not wait
        saved = threading.Event()

        def save() -> None:
            services.companies.create_company(CompanyInput(name="Ventetid AS"))
            saved.set()

        threading.Thread(target=save, daemon=True).start()
        assert not saved.wait(0.5), "the save waits for the check"
        held_check.set()
        assert saved.wait(30)
        assert not services.database.checking() and services.database.refusal() is None
        assert len(services.companies.list_companies()) == before + 1
    finally:
        services.close()


@pytest.mark.parametrize("damage", CORPUS, ids=[d.__name__ for d in CORPUS])
def test_opened_before_its_check_a_damaged_file_is_never_written_to(
    tmp_path: Path, damage: Callable[[Path, Path], None]
) -> None:
    db = _demo_copy(tmp_path / "accelerator.db")
    damage(db, tmp_path / "spare.db")
    damaged = {p.name: file_digest(p) for p in (db, _wal(db)) if p.exists()}
    try:
        opened = open_database(str(db), check_behind=True)
    except DamagedDatabaseError as error:
        # Found while opening (a -wal beside it, pages it could not read): moved aside.
        assert error.moved_to is not None
        assert {n: file_digest(error.moved_to.parent / n) for n in damaged} == damaged
        return
    services = Services(opened)
    try:
        assert opened.gate is not None
        opened.gate.settle()
        refusal = services.database.refusal()
        assert isinstance(refusal, DamagedDatabaseError), refusal
        assert "is damaged" in str(refusal) and refusal.problems
        with pytest.raises(DamagedDatabaseError, match="nothing is written to it"):
            services.companies.create_company(CompanyInput(name="Aldri AS"))
    finally:
        opened.dispose()
    assert file_digest(db) == damaged[db.name]


def test_after_an_unclean_end_the_file_is_checked_before_it_opens(tmp_path: Path) -> None:
    db = _opened_before(tmp_path / "accelerator.db")
    pages_overwritten_with_garbage(db, tmp_path)
    damaged = file_digest(db)

    # A clean end: it opens, and the check beside the start refuses every write.
    clean = StartupService(_paths(tmp_path), str(db))
    clean.lock()
    services = clean.open()
    try:
        assert services.db.gate is not None
        services.db.gate.settle()
        assert isinstance(services.database.refusal(), DamagedDatabaseError)
    finally:
        services.close()
    assert file_digest(db) == damaged

    # The last window was killed: its lock file is still there, so it is checked first,
    # and the damaged file is moved aside before anything opens it.
    lock_path_for(db).write_text(
        json.dumps({"host": "old-laptop", "pid": 999_999, "user": "ingrid", "started": "2026"}),
        encoding="utf-8",
    )
    crashed = StartupService(_paths(tmp_path), str(db))
    crashed.lock()
    try:
        with pytest.raises(DamagedDatabaseError) as raised:
            crashed.open()
    finally:
        crashed.give_up()
    assert raised.value.moved_to is not None
    assert file_digest(raised.value.moved_to) == damaged
    assert not db.exists()
