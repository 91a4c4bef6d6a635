"""Schema upgrades: backed up first; a failed one puts the file back byte for byte; the first
released schema upgrades with every row kept; a newer schema is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine

from accelerator.db import migrate
from accelerator.db import open as opening
from accelerator.db.backup import list_backups
from accelerator.db.migrate import head_revision
from accelerator.db.open import open_database
from accelerator.errors import DatabaseOpenError, SchemaTooNewError
from tests.safety.conftest import SCHEMA_0001_DEMO, data_digests, file_digest, integrity

STEP_0002 = '''"""a step added for a test

Revision ID: 9000_test_step
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9000_test_step"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("companies") as batch:
        batch.add_column(sa.Column("motto", sa.Text(), nullable=True))
    op.execute("DELETE FROM scores")
    {ending}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A copy of the first released schema's fixture, filled with the demo programme."""
    path = tmp_path / "accelerator.db"
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    return path


def _with_step_0002(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str) -> None:
    """The program's migrations plus a step 0002 that ends with ``ending``."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_step.py").write_text(
        STEP_0002.format(ending=ending, head=head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert head_revision() == "9000_test_step"


# Columns that a later migration moved to another table: where to read them there.
MOVED = {
    ("assessments", column): (
        f"(SELECT t.{column} FROM assessment_texts t WHERE t.assessment_id = x.id)"
    )
    for column in ("notes", "next_steps")
} | {
    # 0006: a cluster's name, where a company or programme had its text (the fixture
    # spells each cluster one way, so every text is its cluster's name).
    (table, column): "(SELECT c.name FROM clusters c WHERE c.id = x.cluster_id)"
    for table, column in (("companies", "home_cluster"), ("programmes", "cluster"))
}


def _columns_digest(path: Path, table: str, columns: list[str]) -> tuple[int, str]:
    sha = hashlib.sha256()
    with closing(sqlite3.connect(path)) as conn:
        present = {c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')}
        quoted = ", ".join(
            f'x."{c}"' if c in present else f"coalesce({MOVED[table, c]}, '')" for c in columns
        )
        rows = conn.execute(f'SELECT {quoted} FROM "{table}" x ORDER BY x.rowid').fetchall()
    for row in rows:
        sha.update(repr(row).encode())
    return len(rows), sha.hexdigest()


def _every_row(path: Path) -> dict[str, tuple[int, str]]:
    """Each table's rows, as far as the fixture's columns go (a migration may add some)."""
    with closing(sqlite3.connect(SCHEMA_0001_DEMO)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        columns = {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    return {t: _columns_digest(path, t, columns[t]) for t in tables}


def _schema_version(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_the_first_released_schema_opens_at_the_head_with_every_row_kept(
    old_database: Path,
) -> None:
    open_database(str(old_database)).dispose()
    assert _schema_version(old_database) == head_revision()
    assert _every_row(old_database) == _every_row(SCHEMA_0001_DEMO)
    assert _every_row(SCHEMA_0001_DEMO)["assessments"][0] == 50
    assert integrity(old_database) == ["ok"]


def test_an_upgrade_keeps_every_row_and_is_backed_up_first(
    old_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real step (adding a column rebuilds the table in SQLite) on the fixture: the
    rows it does not mean to change come through, and the backup holds the old file's data."""
    _with_step_0002(tmp_path, monkeypatch, ending="# (scores go: a test of the backup)")
    before = data_digests(old_database)

    open_database(str(old_database)).dispose()

    assert _schema_version(old_database) == "9000_test_step"
    kept = _every_row(old_database)
    expected = _every_row(SCHEMA_0001_DEMO)
    assert kept["scores"][0] == 0
    assert {t: v for t, v in kept.items() if t != "scores"} == {
        t: v for t, v in expected.items() if t != "scores"
    }
    (backup,) = list_backups(old_database, tmp_path / "backups")
    assert backup.reason == "pre-migration"
    assert data_digests(backup.path) == before


def test_a_failing_step_puts_the_file_back_byte_for_byte(
    old_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_step_0002(tmp_path, monkeypatch, ending='raise RuntimeError("step 0002 broke")')
    data_before = data_digests(old_database)

    with pytest.raises(DatabaseOpenError, match="put back as it was") as raised:
        open_database(str(old_database))

    assert "step 0002 broke" in str(raised.value)
    (backup,) = list_backups(old_database, tmp_path / "backups")
    assert file_digest(old_database) == file_digest(backup.path)
    assert data_digests(old_database) == data_before
    assert not old_database.with_name(old_database.name + "-wal").exists()


def test_a_migration_that_changed_the_file_before_failing_is_undone(
    old_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What one transaction cannot undo (a step that commits, then fails) the backup can."""
    _with_step_0002(tmp_path, monkeypatch, ending="pass")

    def commits_then_fails(engine: Engine) -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM scores")
            conn.exec_driver_sql("DROP TABLE milestones")
        raise RuntimeError("the upgrade died half-way")

    monkeypatch.setattr(opening, "upgrade_to_head", commits_then_fails)
    data_before = data_digests(old_database)

    with pytest.raises(DatabaseOpenError, match="the upgrade died half-way"):
        open_database(str(old_database))

    (backup,) = list_backups(old_database, tmp_path / "backups")
    assert file_digest(old_database) == file_digest(backup.path)
    assert data_digests(old_database) == data_before
    # The program, with its real migrations again, opens it as if nothing had happened.
    monkeypatch.undo()
    open_database(str(old_database)).dispose()
    assert data_digests(old_database)["scores"] == data_before["scores"]
    assert old_database.read_bytes()[18:20] == b"\x02\x02"  # back in WAL mode


def test_no_upgrade_without_a_backup(
    old_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_step_0002(tmp_path, monkeypatch, ending="pass")
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backups folder should be", encoding="utf-8")
    before = file_digest(old_database)

    with pytest.raises(DatabaseOpenError, match="could not be made.*Nothing was changed"):
        open_database(str(old_database))

    assert file_digest(old_database) == before


def test_a_newer_schema_is_refused_unchanged_and_nothing_is_backed_up(
    old_database: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(old_database)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = file_digest(old_database)

    with pytest.raises(SchemaTooNewError, match="newer version of Accelerator"):
        open_database(str(old_database))

    assert file_digest(old_database) == before
    assert not (tmp_path / "backups").exists()
    assert not (tmp_path / "damaged").exists()


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    open_database(str(tmp_path / "new.db")).dispose()
    assert not (tmp_path / "backups").exists()


def test_the_fixture_is_small_and_at_the_first_schema() -> None:
    assert SCHEMA_0001_DEMO.stat().st_size < 600_000
    assert _schema_version(SCHEMA_0001_DEMO) == "0001"
