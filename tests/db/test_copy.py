"""Copying the whole database between a SQLite file and a PostgreSQL server, and back."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import make_url

from accelerator.cli import main
from accelerator.db.copy import SEEDED, copy_database
from accelerator.db.engine import make_engine
from accelerator.db.open import open_database
from accelerator.errors import CopyError
from accelerator.models import Base
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from tests.conftest import DemoFiles, PostgresDatabases
from tests.factories import Factory
from tests.pgserver import SUPERUSER_PASSWORD

Rows = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> Path:
    """The demo programme plus a few awkward values, made once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_files.path(dt.date.today()), path)
    db = open_database(str(path))
    try:
        make = Factory(Services(db))
        make.company(
            name="Ærfugl Ørsta AS",
            description="two lines,\nquotes ' \" and a backslash \\ — and ≥ 😀",
            employees=None,
            founded_year=1905,
        )
    finally:
        db.dispose()
    return path


@pytest.fixture
def source(tmp_path: Path, demo_file: Path) -> Path:
    path = tmp_path / "source.db"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def empty_pg(postgres: PostgresDatabases) -> Iterator[str]:
    """A database on the test server with no schema at all, as `createdb` leaves it."""
    url = postgres.new(empty=True)
    yield url
    postgres.drop(url)


def table_rows(target: str) -> Rows:
    """Every row of every table, ordered by primary key."""
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            return {t.name: _rows(conn, t) for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def _rows(conn: Any, table: Table) -> list[tuple[Any, ...]]:
    order = list(table.primary_key.columns)
    return [tuple(row) for row in conn.execute(select(table).order_by(*order))]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_to_postgres_and_back_keeps_every_row(
    source: Path, tmp_path: Path, empty_pg: str
) -> None:
    original = table_rows(str(source))
    assert all(original.values()), "the data set should fill every table: " + ", ".join(
        name for name, rows in original.items() if not rows
    )
    seen: dict[str, int] = {}

    there = copy_database(str(source), empty_pg, progress=lambda t, n: seen.__setitem__(t, n))

    assert there.counts == {name: len(rows) for name, rows in original.items()}
    assert seen == there.counts
    assert list(there.counts) == [t.name for t in Base.metadata.sorted_tables]
    assert table_rows(empty_pg) == original

    back = tmp_path / "back.db"
    returned = copy_database(empty_pg, str(back), batch_rows=7)  # many small batches

    assert returned.counts == there.counts
    assert returned.total_rows == sum(len(rows) for rows in original.values())
    assert table_rows(str(back)) == original
    assert SUPERUSER_PASSWORD not in returned.source
    assert "***" in returned.source


def test_a_target_with_data_is_refused_and_left_as_it_was(
    source: Path, db_path: Path, postgres: PostgresDatabases
) -> None:
    # A database the program has opened already holds its default framework.
    url = postgres.new()
    try:
        before = table_rows(url)
        with pytest.raises(CopyError, match="already has data .*nothing was copied"):
            copy_database(str(source), url)
        assert table_rows(url) == before
    finally:
        postgres.drop(url)

    before_file = digest(db_path)
    with pytest.raises(CopyError, match="already has data"):
        copy_database(str(source), str(db_path))
    assert digest(db_path) == before_file
    assert not (db_path.parent / "backups").exists()


def test_a_failed_copy_leaves_the_target_without_rows(source: Path, empty_pg: str) -> None:
    conn = sqlite3.connect(source)
    with conn:  # foreign keys are off in a plain sqlite3 connection: make an orphan
        conn.execute(
            "INSERT INTO contacts (company_id, name, role, email, phone) "
            "VALUES (7777, 'Orphan', '', '', '')"
        )
    conn.close()

    with pytest.raises(CopyError, match="copying contacts failed.*nothing was copied"):
        copy_database(str(source), empty_pg)

    left = table_rows(empty_pg)
    # The lists a new database is given stay as they were: the copy was rolled back whole.
    assert [name for name, rows in left.items() if rows] == sorted(SEEDED)
    assert [row[1] for row in left["strategic_areas"]][:2] == ["Innovation", "Internationalisation"]
    # Still empty, so a good copy can follow once the source is mended.
    conn = sqlite3.connect(source)
    with conn:
        conn.execute("DELETE FROM contacts WHERE company_id = 7777")
    conn.close()
    assert copy_database(str(source), empty_pg).counts["contacts"] > 0


def test_the_same_database_or_a_missing_source_is_refused(tmp_path: Path, source: Path) -> None:
    before = digest(source)
    with pytest.raises(CopyError, match="are the same database"):
        copy_database(str(source), str(tmp_path / "." / source.name))
    assert digest(source) == before
    missing = tmp_path / "missing.db"
    with pytest.raises(CopyError, match="there is no database"):
        copy_database(str(missing), str(tmp_path / "new.db"))
    assert not missing.exists() and not (tmp_path / "new.db").exists()


def test_new_records_after_a_copy_to_postgres_get_new_ids(source: Path, empty_pg: str) -> None:
    copied = copy_database(str(source), empty_pg)
    db = open_database(empty_pg)
    try:
        services = Services(db)
        company = services.companies.create_company(CompanyInput(name="Etter Kopien AS"))
        with db.read() as s:
            companies = Base.metadata.tables["companies"]
            highest = s.scalar(select(func.max(companies.c.id)))
            audit = Base.metadata.tables["audit_entries"]
            audit_count = s.scalar(select(func.count()).select_from(audit))
    finally:
        db.dispose()
    assert company.id == highest
    assert audit_count == copied.counts["audit_entries"] + 1


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_prints_the_counts(
    source: Path,
    tmp_path: Path,
    empty_pg: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The password comes from PGPASSWORD, as libpq reads it, not from the URL.
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    without_password = make_url(empty_pg).set(password=None).render_as_string(hide_password=False)
    data_dir = str(tmp_path / "data")

    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "db",
        "copy",
        "--from",
        str(source),
        "--to",
        without_password,
    )

    assert code == 0, err
    lines = out.splitlines()
    counts = {line.split()[0]: int(line.split()[1].replace(",", "")) for line in lines[1:-1]}
    assert counts == {name: len(rows) for name, rows in table_rows(str(source)).items()}
    assert lines[-1].startswith(f"copied {sum(counts.values())} rows in ")
    assert lines[-1].endswith(" s; counts checked")

    # A second time, the target has data: one clear line, exit status 1, no password.
    code, out, err = run(
        capsys, "--data-dir", data_dir, "db", "copy", "--from", str(source), "--to", empty_pg
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("accelerator: the target ") and "nothing was copied" in err
    assert SUPERUSER_PASSWORD not in out + err


def test_counts_that_differ_after_the_commit_are_named(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accelerator.db.copy as copying

    counted = copying._counts

    def one_short(conn: Any, tables: Any) -> dict[str, int]:
        counts = counted(conn, tables)
        if conn.engine.url.database == str(tmp_path / "copy.db"):
            counts["milestones"] -= 1
        return counts

    monkeypatch.setattr(copying, "_counts", one_short)
    with pytest.raises(CopyError, match="was committed, but its row counts differ") as error:
        copy_database(str(source), str(tmp_path / "copy.db"))
    assert "milestones:" in str(error.value) and "companies" not in str(error.value)


def test_rows_hidden_by_row_level_security_are_not_copied_silently(
    source: Path, tmp_path: Path, empty_pg: str
) -> None:
    """Copying out as a role that row-level security scopes (a mentor in team mode) would
    leave rows behind while the counts, made as the same role, still agreed."""
    copy_database(str(source), empty_pg)
    role = f"copy_reader_{make_url(empty_pg).database}"
    admin = make_engine(empty_pg)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'reader-password'"))
            conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
            conn.execute(text("ALTER TABLE companies ENABLE ROW LEVEL SECURITY"))
            conn.execute(text(f"CREATE POLICY first_only ON companies TO {role} USING (id = 1)"))
        reader = make_url(empty_pg).set(username=role, password="reader-password")
        target = tmp_path / "out.db"
        with pytest.raises(CopyError, match="row-level security .*companies.*nothing was copied"):
            copy_database(reader.render_as_string(hide_password=False), str(target))
        assert not any(rows for name, rows in table_rows(str(target)).items() if name not in SEEDED)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()
