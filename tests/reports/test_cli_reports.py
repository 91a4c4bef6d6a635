"""accelerator report cohort / company, as a person types them."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest

from accelerator.cli import main
from accelerator.services import Services
from tests.reports.conftest import COMPANIES, PLANNED_COMPANIES, build_planned, build_world


@pytest.fixture
def db(db_path: Path) -> Path:
    from accelerator.db.open import open_database

    database = open_database(str(db_path))
    build_world(Services(database))
    database.dispose()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _pages(path: Path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_cohort_report(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "vår 2026.pdf"
    code, out, err = run(capsys, "--db", str(db), "report", "cohort", "VÅR 2026", "-o", str(target))
    assert (code, err) == (0, "")
    assert f"Wrote the report of Vår 2026 (Havrom Akselerator, 3 companies) to {target}" in out
    assert _pages(target) >= 7


def test_cohort_report_in_a_programme_on_letter_marked_internal(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "internal.pdf"
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "cohort",
        "Vår 2026",
        "--programme",
        "havrom akselerator",
        "--letter",
        "--internal",
        "-o",
        str(target),
    )
    assert (code, err) == (0, "")
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "INTERNAL" in reader.pages[2].extract_text()


def test_unknown_cohort_lists_close_matches(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(db), "report", "cohort", "Vaar 2026", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and out == ""
    assert err.strip() == (
        "accelerator: there is no cohort called 'Vaar 2026'; "
        "did you mean: Vår 2026 (Havrom Akselerator)?"
    )
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "cohort",
        "Vår 2026",
        "--programme",
        "Havrum",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "there is no programme called 'Havrum'; did you mean: Havrom" in err
    assert not (tmp_path / "x.pdf").exists()


def test_company_report_by_name_or_number(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, number = COMPANIES[1]
    by_name = tmp_path / "by-name.pdf"
    code, out, err = run(
        capsys, "--db", str(db), "report", "company", name.upper(), "-o", str(by_name)
    )
    assert (code, err) == (0, "")
    assert f"Wrote the progress report of {name} in Vår 2026 (Havrom Akselerator)" in out
    by_number = tmp_path / "by-number.pdf"
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "company",
        spaced,
        "--cohort",
        "vår 2026",
        "-o",
        str(by_number),
    )
    assert (code, err) == (0, "")
    assert _pages(by_name) == _pages(by_number) >= 2


def test_unknown_company_or_cohort_of_a_company(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "x.pdf")
    code, _, err = run(capsys, "--db", str(db), "report", "company", "Havbolge", "-o", target)
    assert code == 1
    assert err.strip() == (
        "accelerator: there is no company with the name 'Havbolge'; "
        "did you mean: Havbølge Sensorikk AS?"
    )
    code, _, err = run(capsys, "--db", str(db), "report", "company", "999999999", "-o", target)
    assert code == 1 and "no company with the organisation number '999999999'" in err
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "company",
        COMPANIES[1][0],
        "--cohort",
        "Høst 2025",
        "-o",
        target,
    )
    assert code == 1
    assert "is not in a cohort called 'Høst 2025'; its cohorts: Vår 2026" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_a_clear_error(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = run(
            capsys, "--db", str(db), "report", "cohort", "Vår 2026", "-o", str(folder / "r.pdf")
        )
    finally:
        folder.chmod(0o700)
    assert code == 1 and "Permission denied" in err and "Traceback" not in err


def test_missing_folder_and_folder_as_output_are_one_line_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in (tmp_path / "no" / "such" / "r.pdf", tmp_path):
        code, out, err = run(
            capsys, "--db", str(db), "report", "cohort", "Vår 2026", "-o", str(target)
        )
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and err.startswith(f"accelerator: cannot write {target}")


def test_the_command_line_says_which_report_it_printed(
    db: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accelerator.db.open import open_database

    database = open_database(str(db_path))
    build_planned(Services(database), "Havrom Oppstart")
    database.dispose()

    kickoff = tmp_path / "kickoff.pdf"
    code, out, err = run(
        capsys, "--db", str(db), "report", "cohort", "Høst 2027", "-o", str(kickoff)
    )
    assert (code, err) == (0, "")
    assert out.startswith("Kick-off report: no assessments yet.\n")
    assert (
        "KICK-OFF REPORT"
        in pypdf.PdfReader(io.BytesIO(kickoff.read_bytes())).pages[0].extract_text()
    )

    progress = tmp_path / "progress.pdf"
    code, out, err = run(
        capsys, "--db", str(db), "report", "cohort", "Vår 2026", "-o", str(progress)
    )
    assert (code, err) == (0, "")
    assert out.startswith("Progress report: all 3 companies assessed.\n")

    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "cohort",
        "Vår 2026",
        "--to",
        "2001-02-03",
        "-o",
        str(progress),
    )
    assert (code, err) == (0, "")
    assert out.startswith("Kick-off report: no assessments by 3 Feb 2001.\n")

    company = tmp_path / "company.pdf"
    name = PLANNED_COMPANIES[0][0]
    code, out, err = run(capsys, "--db", str(db), "report", "company", name, "-o", str(company))
    assert (code, err) == (0, "")
    assert out.startswith(f"{name} is not assessed yet: the report shows its profile")
