"""The engine's promises on SQLite: foreign keys, WAL, and writes that take the lock at BEGIN."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from accelerator.db.engine import Database, make_engine
from accelerator.db.open import open_database


def test_new_database_is_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.db"))
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    db.dispose()
    # WAL is a property of the file: a plain sqlite3 connection sees it too.
    with sqlite3.connect(tmp_path / "new.db") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.execute(
            text(
                "INSERT INTO contacts (company_id, name, role, email, phone) "
                "VALUES (999, 'Nobody', '', '', '')"
            )
        )


def test_write_transaction_takes_the_lock_at_begin(db_path: Path) -> None:
    """A write session holds the write lock before it writes anything, so a second writer
    waits for it instead of failing half-way through a read-then-write transaction."""
    db = open_database(str(db_path))
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.write() as s:
        s.execute(text("SELECT count(*) FROM companies")).scalar()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the write session has committed
    other.execute("ROLLBACK")
    other.close()
    db.dispose()


def test_read_session_does_not_block_writers(db_path: Path) -> None:
    db = open_database(str(db_path))
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.read() as s:
        s.execute(text("SELECT count(*) FROM companies")).scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()
    db.dispose()


def test_read_only_engine_refuses_writes(db_path: Path) -> None:
    engine = make_engine(str(db_path), read_only=True)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM readiness_frameworks")).scalar() == 1
        with pytest.raises(Exception, match="readonly"):
            conn.execute(text("DELETE FROM companies"))
    engine.dispose()


def test_display_name_hides_a_server_password() -> None:
    engine = make_engine("postgresql+psycopg://kari:secret@db.example/accelerator")
    assert "secret" not in Database(engine, "x").display_name
    assert "kari" in Database(engine, "x").display_name
