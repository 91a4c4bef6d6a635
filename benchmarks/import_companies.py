#!/usr/bin/env python3
"""Import companies from a CSV file, against raw sqlite3 inserting the same rows.

    python benchmarks/import_companies.py                 # 10,000 rows, 5 runs each
    python benchmarks/import_companies.py --rows 100000 --runs 3

Both sides start from a copy of the same empty, migrated database, and the runs
take turns (import, raw, import, raw...) so that a busy machine slows both alike.

- "import": ``read_companies_csv`` + ``ImportService.import_companies`` as the
  window and ``accelerator import companies`` run them: detect the encoding and the
  delimiter, map the headers, validate every row with ``validate_company``, look up
  organisation numbers, insert in bulk, write one audit row per company, commit.
- "raw executemany": ``sqlite3`` inserting the already parsed rows with one
  ``executemany`` and a commit: no checks, no audit trail. The issue's yardstick. Since
  clusters are records (migration 0006) a company names its cluster by id: the raw side
  inserts the file's few clusters first, in the same transaction, and its parsed rows
  carry their ids (``parse_rows``).
- "raw csv + executemany": the same, reading the file with the ``csv`` module first (the
  cluster looked up by name in the INSERT).

It also times the import's parts that can be timed from outside: reading the file,
and a preview (which plans every row, validation included, and writes nothing).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))

from accelerator.db.open import open_database  # noqa: E402
from accelerator.services.database import prepare_database  # noqa: E402
from accelerator.services.importing import (  # noqa: E402
    ImportService,
    read_companies_csv,
    suggest_mapping,
)

HEADER = (
    "Navn",
    "Organisasjonsnummer",
    "Bransje",
    "Klynge",
    "Nettside",
    "Stiftet",
    "Ansatte",
    "Teknologi",
)
COLUMNS = (
    "name",
    "org_number",
    "sector",
    "home_cluster",
    "website",
    "founded_year",
    "employees",
    "technology_focus",
)
SECTORS = ("Havbruk", "Sjømat", "Subsea", "Havvind", "Maritim", "Marin bioteknologi")
CLUSTERS = ("NCE Seafood Innovation", "GCE Ocean Technology", "GCE Blue Maritime", "")
ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def org_number(n: int) -> str:
    """The n-th valid Norwegian organisation number (mod-11), as tests/factories.py makes."""
    base = 91_000_000 + n * 11
    while True:
        digits = [int(c) for c in str(base)]
        check = (11 - sum(d * w for d, w in zip(digits, ORG_WEIGHTS, strict=True)) % 11) % 11
        if check != 10:
            return f"{base}{check}"
        base += 1


def make_rows(count: int) -> list[tuple[str, ...]]:
    return [
        (
            f"Bølge {n} AS",
            org_number(n),
            SECTORS[n % len(SECTORS)],
            CLUSTERS[n % len(CLUSTERS)],
            f"https://bolge{n}.example",
            str(1990 + n % 35),
            str(n % 250),
            "Sensorer og dataanalyse for havbruk",
        )
        for n in range(count)
    ]


def write_csv(path: Path, rows: Sequence[tuple[str, ...]]) -> None:
    """As a Norwegian Excel saves "CSV UTF-8": BOM, semicolons, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def run_import(database: Path, csv_path: Path) -> float:
    db = open_database(str(database))
    try:
        started = time.perf_counter()
        table = read_companies_csv(csv_path)
        result = ImportService(db).import_companies(table, suggest_mapping(table.headers).fields)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    assert result.created > 0
    return elapsed


def run_preview(database: Path, csv_path: Path) -> float:
    db = open_database(str(database))
    try:
        table = read_companies_csv(csv_path)
        started = time.perf_counter()
        preview = ImportService(db).preview(table, suggest_mapping(table.headers).fields)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    assert preview.ok
    return elapsed


def run_read(csv_path: Path) -> float:
    started = time.perf_counter()
    read_companies_csv(csv_path)
    return time.perf_counter() - started


STORED = tuple("cluster_id" if c == "home_cluster" else c for c in COLUMNS)
INSERT = (
    f"INSERT INTO companies ({', '.join(STORED)}, is_foreign, country, registry_number, "
    f"description, created_at) VALUES ({', '.join('?' * len(STORED))}, 0, 'Norway', '', '', "
    "'2026-01-01 00:00:00.000000')"
)
INSERT_BY_CLUSTER_NAME = INSERT.replace(
    "?, ?, ?, ?,", "?, ?, ?, (SELECT id FROM clusters WHERE name = ?),", 1
)
INSERT_CLUSTER = (
    "INSERT INTO clusters (id, name, short_name, level, region, website, ours, created_at) "
    "VALUES (?, ?, '', 'other', '', '', 0, '2026-01-01 00:00:00.000000')"
)


def parse_rows(
    rows: Sequence[tuple[str, ...]],
) -> tuple[list[tuple[int, str]], list[tuple[object, ...]]]:
    """The rows as the raw side inserts them: numbers as numbers, the cluster by its id
    (numbered in order of first mention, as an empty database numbers them), and the
    clusters to insert first."""
    ids: dict[str, int] = {}
    for r in rows:
        if r[3]:
            ids.setdefault(r[3], len(ids) + 1)
    parsed = [(*r[:3], ids.get(r[3]), r[4], int(r[5]), int(r[6]), r[7]) for r in rows]
    return [(i, name) for name, i in ids.items()], parsed


def run_raw(
    database: Path, parsed: tuple[list[tuple[int, str]], list[tuple[object, ...]]]
) -> float:
    clusters, rows = parsed
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(INSERT_CLUSTER, clusters)
        conn.executemany(INSERT, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def run_raw_csv(database: Path, csv_path: Path) -> float:
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        started = time.perf_counter()
        text = csv_path.read_bytes().decode("utf-8-sig")
        records = csv.reader(io.StringIO(text, newline=""), delimiter=";")
        next(records)
        conn.execute("BEGIN IMMEDIATE")
        names = {r[3] for r in csv.reader(io.StringIO(text, newline=""), delimiter=";")}
        conn.executemany(INSERT_CLUSTER, enumerate(sorted(names - {"", HEADER[3]}), start=1))
        conn.executemany(INSERT_BY_CLUSTER_NAME, records)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def line(label: str, times: Sequence[float]) -> str:
    return f"{label:<44}{statistics.median(times):>9.3f}{min(times):>9.3f}{max(times):>9.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="accelerator-bench-") as folder:
        work = Path(folder)
        template = work / "empty.db"
        prepare_database(str(template)).dispose()
        csv_path = work / "companies.csv"
        rows = make_rows(args.rows)
        write_csv(csv_path, rows)
        parsed = parse_rows(rows)

        def fresh(name: str) -> Path:
            path = work / name
            shutil.copyfile(template, path)
            return path

        timings: dict[str, list[float]] = {
            "import": [],
            "raw": [],
            "raw_csv": [],
            "read": [],
            "preview": [],
        }
        runners: list[tuple[str, Callable[[int], float]]] = [
            ("import", lambda i: run_import(fresh(f"import-{i}.db"), csv_path)),
            ("raw", lambda i: run_raw(fresh(f"raw-{i}.db"), parsed)),
            ("raw_csv", lambda i: run_raw_csv(fresh(f"rawcsv-{i}.db"), csv_path)),
            ("read", lambda i: run_read(csv_path)),
            ("preview", lambda i: run_preview(fresh(f"preview-{i}.db"), csv_path)),
        ]
        for i in range(args.runs):
            for name, runner in runners:
                timings[name].append(runner(i))

        print(f"{args.rows:,} companies, {args.runs} runs each, seconds")
        print(f"{'':<44}{'median':>9}{'min':>9}{'max':>9}")
        print(line("import (read, validate, insert, audit)", timings["import"]))
        print(line("raw sqlite3 executemany (parsed rows)", timings["raw"]))
        print(line("raw sqlite3 csv.reader + executemany", timings["raw_csv"]))
        print(line("  of the import: reading the CSV", timings["read"]))
        print(line("  of the import: planning every row (preview)", timings["preview"]))
        import_median = statistics.median(timings["import"])
        ratio = import_median / statistics.median(timings["raw"])
        ratio_csv = import_median / statistics.median(timings["raw_csv"])
        verdict = "met" if ratio <= 5 else "not met"
        print(f"ratio import / raw executemany:          {ratio:.1f}x (goal at most 5x: {verdict})")
        print(f"ratio import / raw csv + executemany:    {ratio_csv:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
