"""`accelerator export members` as a person runs it: every membership or a cluster's on a
day, in CSV or XLSX, formula-safe."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.domain.enums import OrganisationKind
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from accelerator.services.demo import DEMO_CLUSTER, MEMBERSHIPS, SJOMAT_NORD

HEADER = ["Organisation", "Organisation number", "Kind", "Cluster", "Tier", "Joined", "Left"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def base(tmp_path: Path, db_path: Path, demo: Services) -> list[str]:
    """The demo's database (dated today), and this test's folders."""
    return ["--data-dir", str(tmp_path / "data"), "--db", str(db_path)]


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_membership_ever(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "members.csv"
    code, out, err = run(capsys, *base, "export", "members", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote {len(MEMBERSHIPS)} memberships to {target}."
    header, *rows = _rows(target)
    assert header == HEADER
    assert len(rows) == len(MEMBERSHIPS)
    by_name = {(r[0], r[3]): r for r in rows}
    institute = by_name["Havlaben Vest", DEMO_CLUSTER]
    assert institute[1:3] == ["959297169", "Research institute"]
    assert institute[4] == "Partner" and institute[6] == ""
    left = by_name["Kystnæringsforeningen", SJOMAT_NORD]
    assert dt.date.fromisoformat(left[6]) < dt.date.today()


def test_one_clusters_members_on_a_day_in_xlsx(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str], demo: Services
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    today = dt.date.today()
    (cluster,) = [c for c in demo.clusters.list_clusters() if c.name == SJOMAT_NORD]
    expected = demo.members.list_memberships(cluster_id=cluster.id, on=today)
    assert 0 < len(expected) < len(demo.members.list_memberships(cluster_id=cluster.id))
    target = tmp_path / "members.xlsx"
    code, out, err = run(
        capsys, *base, "export", "members", "-o", str(target),
        "--cluster", "sjømatklyngen  NORD, tromsø", "--on", today.isoformat(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    sheet = load_workbook(target, read_only=True).active
    # A read-only sheet leaves out a row's empty cells at its end (Left, for a member still).
    header, *rows = [[*r, *[None] * (7 - len(r))] for r in sheet.iter_rows(values_only=True)]
    assert header == HEADER
    assert [(r[0], r[4]) for r in rows] == [(m.organisation_name, m.tier_name) for m in expected]
    assert all(isinstance(r[5], dt.datetime) and r[6] is None for r in rows)


def test_a_name_that_looks_like_a_formula_stays_text(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str], demo: Services
) -> None:
    sneaky = demo.companies.create_company(
        CompanyInput('=HYPERLINK("http://x")', kind=OrganisationKind.OTHER)
    )
    (ours,) = [c for c in demo.clusters.list_clusters() if c.ours]
    demo.members.join(sneaky.id, ours.id, None, dt.date(2026, 1, 5))
    target = tmp_path / "members.csv"
    assert (
        run(capsys, *base, "export", "members", "-o", str(target), "--cluster", ours.name)[0] == 0
    )
    names = [r[0] for r in _rows(target)[1:]]
    assert '\'=HYPERLINK("http://x")' in names


def test_a_cluster_not_on_record_and_options_of_another_table_are_said(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "m.csv")
    code, _, err = run(capsys, *base, "export", "members", "-o", target, "--cluster", "Nowhere")
    assert code == 1
    assert err.startswith("accelerator: there is no cluster called 'Nowhere'; the clusters are ")
    assert DEMO_CLUSTER in err
    code, _, err = run(capsys, *base, "export", "companies", "-o", target, "--on", "2026-01-05")
    assert (code, err.strip()) == (1, "accelerator: --cluster and --on choose members only")
    code, _, err = run(capsys, *base, "export", "members", "-o", target, "--on", "yesterday-ish")
    assert code == 2 and "--on" in err
    assert not Path(target).exists()
