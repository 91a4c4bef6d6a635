"""Helpers for the data-safety tests: file digests, SQLite's checks, a database with data."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from accelerator.db.backup import table_digests
from tests.factories import Factory

FIXTURES = Path(__file__).with_name("fixtures")
#: The first released schema (0001), filled by ``accelerator demo`` and saved in rollback
#: journal mode: ``accelerator --db X demo``, then ``PRAGMA journal_mode = DELETE; VACUUM``.
SCHEMA_0001_DEMO = FIXTURES / "schema-0001-demo.db"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def data_digests(path: Path) -> dict[str, tuple[int, str]]:
    """Row counts and a hash per table: equal digests, equal data."""
    return table_digests(path)


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def filled(make: Factory) -> Factory:
    """A database with a cohort, companies and assessments in it."""
    cohort = make.cohort()
    mentor = make.user()
    for _ in range(3):
        enrolment = make.enrolment(cohort.id)
        make.assessment(enrolment.id, assessor_id=mentor.id)
    return make
