#!/usr/bin/env python3
"""Time the cohort report, against a bare reportlab script and against the 10 s limit.

    python benchmarks/report_cohort.py [--runs 5] [--keep DIR]

1. The cohort report of 50 companies with all charts (data from the database, then the
   PDF), and in the same run bare reportlab drawing as many pages of the same kinds
   (``bare_report.py``: text, tables, vector charts). Goal: at most 1.5x a page.
2. The cohort report of 500 companies, written to a file as the window and the command
   line do. Goal: at most 10 s, with the progress bar moving all along.

The databases come from ``make_data.py`` (realistic companies, milestones, assessments),
each with one cohort of the wanted size. Each figure is the median, min and max of
``--runs`` runs; the two timings of part 1 alternate so both see the same machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT))

from benchmarks import bare_report, make_data  # noqa: E402

RATIO_GOAL = 1.5  # a page of the report against a page of bare reportlab
LARGE_GOAL_SECONDS = 10.0


def build_database(folder: Path, companies: int) -> Path:
    """A database whose one cohort holds ``companies`` companies, five assessments each."""
    path = folder / f"cohort-{companies}.db"
    make_data.prepare_target(path, force=True)
    make_data.create_schema(path)
    sizes = make_data.COHORT_SIZE
    make_data.COHORT_SIZE = (companies, companies)  # one cohort of exactly this size
    try:
        options = make_data.Options(path, companies, companies * 5, 1, True, dt.date.today())
        make_data.fill(path, options)
    finally:
        make_data.COHORT_SIZE = sizes
    return path


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def summary(times: Sequence[float]) -> str:
    return (
        f"median {statistics.median(times):6.2f} s  "
        f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
    )


def per_page(times: Sequence[float], pages: int) -> str:
    return f"{1000 * statistics.median(times) / pages:.1f} ms a page"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--keep", type=Path, help="keep the databases and PDFs in this folder")
    args = parser.parse_args(argv)

    from accelerator.db.open import open_database
    from accelerator.services.reporting import ReportingService

    with tempfile.TemporaryDirectory(prefix="accelerator-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print("building the databases with make_data.py ...", flush=True)
        small, large = build_database(folder, 50), build_database(folder, 500)

        # --- 1. 50 companies against bare reportlab -------------------------------------
        db = open_database(str(small))
        reporting = ReportingService(db)
        cohort_id = 1
        pdf = reporting.cohort_report_pdf(cohort_id)  # warm up: fonts, imports
        pages = bare_report.page_count(pdf)
        bare_pages = bare_report.page_count(bare_report.bare_report(pages))
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(args.runs):
            began = time.perf_counter()
            reporting.cohort_report_pdf(cohort_id)
            ours.append(time.perf_counter() - began)
            bare.append(timed(lambda: bare_report.bare_report(pages)))
        db.dispose()
        print()
        print(f"cohort report, 50 companies, all charts ({pages} pages):")
        print(f"  accelerator    {summary(ours)}  {per_page(ours, pages)}")
        print(f"  bare reportlab {summary(bare)}  {per_page(bare, bare_pages)}")
        print(f"  ({bare_pages} pages of the same kinds: text, tables, vector charts)")
        ratio = (statistics.median(ours) / pages) / (statistics.median(bare) / bare_pages)
        verdict = "met" if ratio <= RATIO_GOAL else "NOT met"
        print(f"  ratio a page {ratio:.2f}x (goal at most {RATIO_GOAL:g}x: {verdict})")

        # --- 2. 500 companies, written to a file -------------------------------------------
        db = open_database(str(large))
        reporting = ReportingService(db)
        times: list[float] = []
        gaps: list[float] = []
        marks: list[float] = []

        def mark(done: int, total: int) -> None:
            marks.append(time.perf_counter())

        for run in range(args.runs):
            marks.clear()
            target = folder / "cohort-500.pdf"
            began = time.perf_counter()
            reporting.write_cohort_report(cohort_id, target, progress=mark)
            times.append(time.perf_counter() - began)
            stamps = [began, *marks]
            gaps.append(max(b - a for a, b in zip(stamps, stamps[1:], strict=False)))
            if run == 0:
                pages = target.read_bytes().count(b"/Type /Page\n")
                size = target.stat().st_size / 1024 / 1024
                updates = len(marks)
        db.dispose()
        print()
        print(f"cohort report, 500 companies, written to a file ({pages} pages, {size:.1f} MB):")
        print(f"  accelerator    {summary(times)}")
        verdict = "met" if statistics.median(times) <= LARGE_GOAL_SECONDS else "NOT met"
        print(f"  goal at most {LARGE_GOAL_SECONDS:g} s: {verdict}")
        print(
            f"  progress: {updates} updates, the longest wait between two "
            f"{max(gaps):.2f} s (the data and the first pages, then the final write)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
