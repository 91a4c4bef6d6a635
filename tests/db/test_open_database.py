"""Bad files get a clear message and stay exactly as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from accelerator.db.open import open_database
from accelerator.errors import DatabaseOpenError, SchemaTooNewError
from accelerator.services.base import StorageError
from accelerator.services.companies import CompanyInput, CompanyService


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("minutes of the steering group\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not an Accelerator database"):
        open_database(str(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not made by Accelerator"):
        open_database(str(path))
    assert _digest(path) == before


def test_a_newer_schema_is_refused_and_left_unchanged(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(SchemaTooNewError, match="newer version of Accelerator"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_a_read_only_file_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root in CI, and root ignores file modes: so answer the question the
    program asks (may we write?) with no."""
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == db_path and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = _digest(db_path)
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_a_locked_database_gets_a_clear_message(db_path: Path) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE users SET active = active")
    try:
        with pytest.raises(DatabaseOpenError, match="locked by another program"):
            open_database(str(db_path), busy_timeout_ms=100)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_write_while_another_program_holds_the_lock_saves_nothing(db_path: Path) -> None:
    db = open_database(str(db_path), busy_timeout_ms=100)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="busy in another program"):
            CompanyService(db).create_company(CompanyInput(name="Havbris AS"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 0
    db.dispose()


def test_missing_folder_and_folder_as_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "accelerator.db"))
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(str(tmp_path))


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    db = open_database(str(path))
    db.dispose()
    assert path.stat().st_size > 0
