"""accelerator kpi: collection forms written and collected, figures set by hand, as a
person uses them: what is printed, what is written, and how the command exits."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.db.open import open_database
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.database import prepare_database
from tests.factories import Factory
from tests.services.test_figure_forms import fill


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """Fjordlaks AS and Blå Hav AS, members of Vestkyst Ocean; Gone AS left it in June."""
    path = tmp_path / "kpi.db"
    services = Services(prepare_database(str(path)))
    make = Factory(services)
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    for name, number in (("Fjordlaks AS", "923609016"), ("Blå Hav AS", "974760673")):
        company = make.company(name=name, org_number=number)
        services.members.join(company.id, cluster.id, None, dt.date(2020, 1, 1))
    gone = make.company(name="Gone AS")
    membership = services.members.join(gone.id, cluster.id, None, dt.date(2020, 1, 1))
    services.members.leave(membership.id, dt.date(2026, 6, 1))
    services.figures.record(1, 2025, {"revenue": 12_500_000, "fte": 14.5})
    services.db.dispose()
    return path


def figures(path: Path, organisation: int = 1) -> dict[tuple[int, str], float]:
    db = open_database(str(path))
    try:
        values = Services(db).figures.of_organisation(organisation)
        return {(v.year, v.key): v.value for v in values}
    finally:
        db.dispose()


def test_forms_are_written_and_collected(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "forms"
    code, out, _ = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "forms", "--year", "2026",
        "-o", str(out_dir), "--cluster", "vestkyst ocean",
    )  # fmt: skip
    assert code == 0
    assert "Wrote 2 collection forms for 2026" in out
    fjordlaks = out_dir / "2026 Fjordlaks AS 923609016.xlsx"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "2026 Blå Hav AS 974760673.xlsx",
        fjordlaks.name,
    ]
    fill(fjordlaks, {"revenue": 13_100_000, "fte": "15.5"})
    args = ("--lang", "en", "--db", str(db_file), "kpi", "collect", str(out_dir), "--year", "2026")
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0
    assert "2026 Fjordlaks AS 923609016.xlsx: Fjordlaks AS (923609016): Ready to import" in out
    assert "  Revenue (D11): missing -> 13,100,000" in out
    assert "  Full-time equivalents (D13): missing -> 15.5" in out
    assert "2026 Blå Hav AS 974760673.xlsx: Blå Hav AS (974760673): Empty: nothing filled in" in out
    # "1 form" once the catalogue has the English plural (the lead applies it).
    assert re.search(r"Dry run, nothing written: 1 forms?, 2 figures to change\.", out)
    assert (2026, "revenue") not in figures(db_file)
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert re.search(r"Collected: 1 forms?, 2 figures set\.", out)
    assert figures(db_file)[(2026, "revenue")] == 13_100_000
    assert figures(db_file)[(2026, "fte")] == 15.5


def test_a_collection_with_a_problem_is_refused_with_the_cells(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "forms"
    run(capsys, "--db", str(db_file), "kpi", "forms", "--year", "2026", "-o", str(out_dir))
    fill(out_dir / "2026 Fjordlaks AS 923609016.xlsx", {"revenue": -5, "fte": 2000})
    fill(out_dir / "2026 Blå Hav AS 974760673.xlsx", {"revenue": 100})
    (out_dir / "notes.txt").write_text("thanks!")
    code, out, err = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "collect", str(out_dir),
        "--year", "2026",
    )  # fmt: skip
    assert code == 1
    assert "  problem: D11: Revenue: cannot be negative" in out
    assert (
        "  problem: D13: Full-time equivalents: 2,000 is more than 100 times last year's 14.5"
        in out
    )
    assert "notes.txt: Has problems" in out
    assert "accelerator: nothing was collected: 2 files have problems" in err
    assert (2026, "revenue") not in figures(db_file)
    assert (2026, "revenue") not in figures(db_file, 2)


def test_forms_of_the_wrong_year_are_refused(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "forms"
    run(capsys, "--db", str(db_file), "kpi", "forms", "--year", "2025", "-o", str(out_dir))
    code, out, _ = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "collect", str(out_dir),
        "--year", "2026",
    )  # fmt: skip
    assert code == 1
    assert "problem: B5: this is the form for 2025, not for 2026" in out


def test_an_unknown_cluster_is_said(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "forms", "--year", "2026",
        "-o", str(tmp_path / "x"), "--cluster", "Nowhere",
    )  # fmt: skip
    assert code == 1
    assert "there is no cluster called 'Nowhere'" in err
    assert not (tmp_path / "x").exists()


def test_figures_are_set_by_hand_and_refused_when_implausible(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--lang", "nb", "--db", str(db_file), "kpi", "set")
    code, out, _ = run(
        capsys, *base, "923609016", "--year", "2026", "revenue=13 000 000", "fte=15,5"
    )
    assert code == 0
    assert figures(db_file)[(2026, "fte")] == 15.5
    code, out, _ = run(capsys, *base, "Fjordlaks AS", "--year", "2026", "fte=")
    assert code == 0 and (2026, "fte") not in figures(db_file)
    code, _, err = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "set", "Fjordlaks AS",
        "--year", "2026", "revenue=-1",
    )  # fmt: skip
    assert code == 1 and "Revenue: cannot be negative" in err
    code, _, err = run(
        capsys, "--lang", "en", "--db", str(db_file), "kpi", "set", "Fjordlaks AS",
        "--year", "2026", "turnover=5",
    )  # fmt: skip
    assert code == 1 and "'turnover=5' names no member figure" in err
    assert figures(db_file)[(2026, "revenue")] == 13_000_000


def test_the_figures_are_listed_with_their_keys(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--lang", "en", "--db", str(db_file), "kpi", "fields")
    assert code == 0
    assert "  revenue: Revenue (Kroner)" in out
    assert "  patents_filed: Patents filed (Count)" in out
