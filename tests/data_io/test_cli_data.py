"""`accelerator import companies` and `accelerator export` as a person runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from accelerator.cli import main
from tests.data_io.helpers import csv_text
from tests.factories import org_number

HEADER = ["Navn", "Orgnr", "Bransje", "Ansatte"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def base(tmp_path: Path, db_path: Path) -> list[str]:
    """The options that point the command line at this test's database and folders."""
    return ["--data-dir", str(tmp_path / "data"), "--db", str(db_path)]


def write(path: Path, rows: list[list[str]], encoding: str = "cp1252") -> Path:
    path.write_bytes(csv_text(rows).encode(encoding))
    return path


def test_import_prints_a_summary(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(
        tmp_path / "firmaer.csv",
        [HEADER, ["Bjørnøya AS", org_number(1), "Havbruk", "12"], ["Tare AS", "", "", ""]],
    )
    code, out, err = run(capsys, *base, "import", "companies", str(file))
    assert (code, err) == (0, "")
    assert "2 rows, Windows-1252 (Western European), columns separated by semicolon" in out
    assert "Navn -> Name, Orgnr -> Organisation number" in out
    assert out.strip().splitlines()[-1] == (
        "Imported: 2 created, 0 updated, 0 unchanged, 0 skipped."
    )
    assert count(db_path, "companies") == 2
    code, out, _ = run(capsys, *base, "import", "companies", str(file), "--existing", "skip")
    # A company without a number cannot be recognised: it is added again, with a note.
    assert "1 created, 0 updated, 0 unchanged, 1 skipped" in out
    assert "note: row 3, Navn: 'Tare AS' has no organisation number" in out


def test_a_dry_run_writes_nothing(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(tmp_path / "f.csv", [HEADER, ["A AS", org_number(1), "", ""]])
    code, out, _ = run(capsys, *base, "import", "companies", str(file), "--dry-run")
    assert code == 0
    assert "Dry run, nothing written: 1 to create, 0 to update, 0 unchanged, 0 to skip." in out
    assert count(db_path, "companies") == 0


def test_every_row_error_is_printed_and_nothing_written(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [HEADER, ["Good AS", org_number(1), "", "3"], ["", "123", "", "x"]]
    rows += [[f"Firma {n} AS", org_number(n), "", "-1"] for n in range(2, 12)]
    file = write(tmp_path / "f.csv", rows)
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, *base, "import", "companies", str(file), *extra)
        assert code == 1
        lines = err.strip().splitlines()
        assert lines[:3] == [
            "row 3, Ansatte: 'x' is not a whole number (write digits only, like 1200)",
            "row 3, Navn: is required",
            "row 3, Orgnr: '123' is not nine digits (a Norwegian organisation number)",
        ]
        assert lines[3:13] == [
            f"row {n}, Ansatte: must be between 0 and 1000000, not -1" for n in range(4, 14)
        ]
        assert lines[-1] == "accelerator: nothing was imported: 11 rows have problems"
        assert "Traceback" not in out + err
    assert count(db_path, "companies") == 0
    assert count(db_path, "audit_entries") == count(db_path, "audit_entries")


def test_the_filed_broken_quote_is_refused_by_import_and_dry_run(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue #13, finding 5: row 2 opens a quote it never closes; row 3 is another company.
    file = tmp_path / "firmaer.csv"
    file.write_bytes(
        (
            "Name,Org number,Sector\r\n"
            f'"Tromsø Polarlaks AS,{org_number(1)},Aquaculture\r\n'
            f"Lofoten Tare AS,{org_number(2)},Seaweed\r\n"
        ).encode()
    )
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, *base, "import", "companies", str(file), *extra)
        assert code == 1
        assert err.strip().splitlines() == [
            "row 2, Name: the quote that opens on line 2 is never closed, so everything after "
            "it, to the end of the file (line 3), was read into this cell: close the quote, or "
            "remove it",
            "accelerator: nothing was imported: 1 row has problems",
        ]
        assert "Dry run" not in out and "Imported" not in out
    assert count(db_path, "companies") == 0


def test_a_file_with_only_a_header_is_refused_by_import_and_dry_run(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(tmp_path / "f.csv", [HEADER])
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, *base, "import", "companies", str(file), *extra)
        assert (code, out) == (1, "")
        assert err.strip() == "accelerator: the file has a header row but no companies under it"


def test_import_into_a_cohort_by_name(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, *base, "demo")[0] == 0
    file = write(tmp_path / "f.csv", [HEADER, ["Ny Bedrift AS", org_number(1), "", ""]])
    code, out, err = run(capsys, *base, "import", "companies", str(file), "--cohort", "autum 2026")
    assert code == 1
    assert err.strip() == (
        "accelerator: there is no cohort called 'autum 2026'; "
        "did you mean 'Autumn 2026' or 'Autumn 2025'?"
    )
    before = count(db_path, "companies")
    code, out, _ = run(capsys, *base, "import", "companies", str(file), "--cohort", "autumn 2026")
    assert code == 0 and "1 enrolled in Autumn 2026" in out
    assert count(db_path, "companies") == before + 1


def test_encoding_and_delimiter_can_be_given(
    tmp_path: Path, db_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "f.csv"
    file.write_bytes(csv_text([HEADER, ["Ærø AS", "", "", ""]], "\t").encode("latin-1"))
    code, out, _ = run(
        capsys, *base, "import", "companies", str(file), "--encoding", "latin-1",
        "--delimiter", "tab",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0].endswith("1 row, ISO-8859-1 (Latin-1), columns separated by tab")
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name FROM companies").fetchall() == [("Ærø AS",)]
    conn.close()


def test_a_file_that_cannot_be_read_is_one_line(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *base, "import", "companies", str(tmp_path / "nope.csv"))
    assert code == 1
    assert err.strip().splitlines() == [
        f"accelerator: cannot read {tmp_path / 'nope.csv'}: No such file or directory"
    ]


def test_export_to_csv_and_xlsx(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, *base, "demo")[0] == 0
    for kind in ("companies", "milestones", "assessments"):
        for suffix in ("csv", "xlsx"):
            target = tmp_path / f"{kind}.{suffix}"
            code, out, err = run(capsys, *base, "export", kind, "-o", str(target))
            assert (code, err) == (0, "")
            assert out.startswith("Wrote ") and f" {kind} to {target}" in out
            assert target.stat().st_size > 0
    code, out, _ = run(
        capsys, *base, "export", "companies", "-o", str(tmp_path / "c.csv"),
        "--cohort", "Autumn 2026", "--delimiter", ";",
    )  # fmt: skip
    assert code == 0
    header = (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Name;Organisation number;")
    code, out, _ = run(capsys, *base, "export", "assessments", "-o", str(tmp_path / "a.csv"))
    assert "notes left out of" in out


def test_export_to_a_place_that_cannot_be_written_is_one_line(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "c.xlsx"
    code, out, err = run(capsys, *base, "export", "companies", "-o", str(target))
    assert code == 1
    assert err.strip().splitlines() == [
        f"accelerator: cannot write {target}: No such file or directory. Nothing was changed there."
    ]
    code, _, err = run(capsys, *base, "export", "companies", "-o", str(tmp_path / "c.ods"))
    assert code == 1
    assert err.strip() == (
        "accelerator: c.ods does not end in .csv or .xlsx, which chooses the format"
    )
    code, _, err = run(
        capsys, *base, "export", "milestones", "-o", str(tmp_path / "m.csv"), "--cohort", "x"
    )
    assert (code, err.strip()) == (
        1,
        "accelerator: there is no cohort called 'x'; there are no cohorts yet",
    )
