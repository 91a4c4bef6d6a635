"""The command line as a person uses it: what it prints and how it exits."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from accelerator import __version__
from accelerator.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's --help and --version
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"accelerator {__version__}")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("demo", "info", "check", "--db", "--data-dir"):
        assert command in out


def test_info_on_a_new_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "info")
    assert code == 0
    assert f"Database:       {tmp_path / 'accelerator.db'}" in out
    assert "Companies:      0" in out
    assert "Frameworks:     1" in out
    assert (tmp_path / "logs" / "accelerator.log").exists()


def test_demo_then_info_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    code, out, _ = run(capsys, "--db", str(db), "demo")
    assert code == 0
    assert "password" in out.lower() or "/" in out
    code, out, _ = run(capsys, "--db", str(db), "demo")
    assert (code, "already" in out) == (0, True)
    code, out, _ = run(capsys, "--db", str(db), "info")
    counts = {
        line.split(":")[0]: int(line.split(":")[1])
        for line in out.splitlines()
        if line.split(":")[0]
        in (
            "Programmes",
            "Cohorts",
            "Companies",
            "Assessments",
            "Events",
            "Registrations",
            "Meetings",
        )
    }
    assert counts["Programmes"] == 1 and counts["Cohorts"] == 2
    assert counts["Companies"] >= 12 and counts["Assessments"] > 20
    # The cluster's year: a dozen events, their people, the matchmaking day's meetings.
    assert counts["Events"] >= 12 and counts["Registrations"] > 100
    assert counts["Meetings"] >= 8
    code, out, _ = run(capsys, "--db", str(db), "check", "--full")
    assert code == 0
    assert out.strip().splitlines()[-1] == "ok"
    assert "integrity_check: ok" in out


def test_db_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCELERATOR_DB", str(tmp_path / "env.db"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "info")
    assert code == 0 and str(tmp_path / "env.db") in out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_text_file_gets_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "--db", str(path), "info")
    assert code == 1
    assert err.strip().splitlines() == [
        f"accelerator: {path} is not an Accelerator database (not a SQLite file)"
    ]
    assert "Traceback" not in err + out
    assert path.read_text(encoding="utf-8") == "not a database"


def test_a_newer_database_is_refused_unchanged(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    before = _digest(db_path)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--db", str(db_path), "info")
    assert code == 1 and "newer version of Accelerator" in err
    assert len(err.strip().splitlines()) == 1
    assert _digest(db_path) == before


def test_check_refuses_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--db", str(tmp_path / "x.db"), "check")
    assert code == 1 and "there is no database" in err
    assert not (tmp_path / "x.db").exists()


def test_check_reports_a_broken_foreign_key(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db_path)
    with conn:  # foreign keys are off in a plain sqlite3 connection: make an orphan
        conn.execute(
            "INSERT INTO contacts (company_id, name, role, email, phone) "
            "VALUES (77, 'x', '', '', '')"
        )
    conn.close()
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "--db", str(db_path), "check")
    assert code == 1
    assert "foreign_key_check: contacts" in out and "PROBLEMS FOUND" in out
