"""The benchmark data generator: a tiny database that the program can open and trust."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.no import orgnr

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.domain.enums import AssessmentKind
from accelerator.models import (
    Assessment,
    Cohort,
    Company,
    Dimension,
    Enrolment,
    Milestone,
    Score,
    User,
)
from benchmarks import make_data

COMPANIES = 30
ASSESSMENTS = 200


def build(path: Path, *extra: str, seed: int = 7) -> int:
    return make_data.main(
        [
            str(path),
            "--companies",
            str(COMPANIES),
            "--assessments",
            str(ASSESSMENTS),
            "--seed",
            str(seed),
            "--today",
            "2026-06-01",
            *extra,
        ]
    )


def company_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM companies ORDER BY id")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("make_data") / "tiny.db"
    assert build(path) == 0
    return path


@pytest.fixture
def db(built: Path) -> Iterator[Database]:
    database = open_database(str(built))
    try:
        yield database
    finally:
        database.dispose()


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_counts_are_as_asked(db: Database) -> None:
    dimensions = count(db, Dimension)
    assert dimensions >= 1
    assert count(db, Company) == COMPANIES
    assert count(db, Assessment) == ASSESSMENTS
    assert count(db, Score) == ASSESSMENTS * dimensions
    assert count(db, Enrolment) >= COMPANIES
    assert count(db, User) >= 3  # a coordinator and at least two mentors


def test_file_is_sound(built: Path) -> None:
    with closing(sqlite3.connect(built)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_org_numbers_are_valid_and_unique(db: Database) -> None:
    with db.read() as s:
        numbers = [
            number
            for number in s.scalars(select(Company.org_number))
            if number is not None  # a foreign company has none
        ]
    assert numbers
    assert len(set(numbers)) == len(numbers)
    assert all(orgnr.is_valid(number) and number[0] in "89" for number in numbers)


def test_levels_are_in_range_and_mostly_rise(db: Database) -> None:
    with db.read() as s:
        low, high = s.execute(select(func.min(Score.level), func.max(Score.level))).one()
        by_kind: dict[AssessmentKind, float] = dict(
            s.execute(
                select(Assessment.kind, func.avg(Score.level))
                .join(Score, Score.assessment_id == Assessment.id)
                .group_by(Assessment.kind)
            ).all()
        )
    assert 1 <= low <= high <= 9
    assert min(by_kind.values()) == by_kind[AssessmentKind.BASELINE]


def test_every_enrolment_has_milestones_and_assessments_fit_the_cohort(db: Database) -> None:
    with db.read() as s:
        bare = s.scalar(
            select(func.count())
            .select_from(Enrolment)
            .where(~select(Milestone.id).where(Milestone.enrolment_id == Enrolment.id).exists())
        )
        outside = s.scalar(
            select(func.count())
            .select_from(Assessment)
            .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(
                (Assessment.assessed_on < Cohort.start_date)
                | (Assessment.assessed_on > Cohort.end_date)
            )
        )
        unenrolled = s.scalar(
            select(func.count())
            .select_from(Company)
            .where(~select(Enrolment.id).where(Enrolment.company_id == Company.id).exists())
        )
    assert bare == 0
    assert outside == 0
    assert unenrolled == 0


def test_prints_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(tmp_path / "printed.db") == 0
    out = capsys.readouterr().out
    assert "companies" in out and "scores" in out
    assert f"{ASSESSMENTS:,}" in out


def test_same_seed_same_names(tmp_path: Path) -> None:
    build(tmp_path / "a.db")
    build(tmp_path / "b.db")
    build(tmp_path / "c.db", seed=8)
    names = company_names(tmp_path / "a.db")
    assert len(names) == COMPANIES
    assert names == company_names(tmp_path / "b.db")
    assert names != company_names(tmp_path / "c.db")


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "taken.db"
    path.write_bytes(b"precious")
    with pytest.raises(SystemExit):
        build(path)
    assert path.read_bytes() == b"precious"
    assert build(path, "--force") == 0
    assert len(company_names(path)) == COMPANIES


def test_org_number_check_digit() -> None:
    assert make_data.org_check_digit("98765432") is not None
    for base in ("80000000", "91234567", "99999999", "85555555"):
        check = make_data.org_check_digit(base)
        if check is None:
            assert not any(orgnr.is_valid(f"{base}{d}") for d in range(10))
        else:
            assert orgnr.is_valid(f"{base}{check}")
