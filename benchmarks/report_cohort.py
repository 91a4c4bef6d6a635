#!/usr/bin/env python3
"""Time the cohort report, against a bare reportlab script and against the 10 s limit.

    python benchmarks/report_cohort.py [--runs 5] [--keep DIR]

1. The cohort report of 50 companies with all charts (data from the database, then the
   PDF), and in the same run a bare reportlab script that builds 50 pages, each with a
   table and a SpiderChart. Goal: at most 2x the bare script.
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
import io
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

from reportlab.graphics.charts.spider import SpiderChart  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from benchmarks import make_data  # noqa: E402

RATIO_GOAL = 2.0
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


def bare_reportlab() -> bytes:
    """What the report is measured against: 50 pages, each a small table and a radar."""
    out = io.BytesIO()
    styles = getSampleStyleSheet()
    story: list[object] = []
    for n in range(50):
        story.append(Paragraph(f"Company {n + 1}", styles["Heading1"]))
        story.append(
            Table(
                [["Dimension", "Level", "Change"]]
                + [[f"Dimension {d}", str(d % 9 + 1), "+1"] for d in range(6)]
            )
        )
        drawing = Drawing(300, 250)
        spider = SpiderChart()
        spider.x, spider.y, spider.width, spider.height = 50, 25, 200, 200
        spider.data = [[3, 4, 5, 2, 6, 4], [5, 6, 5, 4, 7, 5]]
        spider.labels = ["Customer", "Technology", "Business model", "IP", "Team", "Funding"]
        drawing.add(spider)
        story += [drawing, PageBreak()]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def summary(times: Sequence[float]) -> str:
    return (
        f"median {statistics.median(times):6.2f} s  "
        f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
    )


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
        reporting.cohort_report_pdf(cohort_id)  # warm up: fonts, imports
        bare_reportlab()
        ours: list[float] = []
        bare: list[float] = []
        pages = 0
        pdf = b""
        for _ in range(args.runs):
            began = time.perf_counter()
            pdf = reporting.cohort_report_pdf(cohort_id)
            ours.append(time.perf_counter() - began)
            bare.append(timed(bare_reportlab))
        pages = pdf.count(b"/Type /Page\n")
        db.dispose()
        ratio = statistics.median(ours) / statistics.median(bare)
        print()
        print(f"cohort report, 50 companies, all charts ({pages} pages):")
        print(f"  accelerator    {summary(ours)}")
        print(f"  bare reportlab {summary(bare)}  (50 pages, a table and a SpiderChart each)")
        verdict = "met" if ratio <= RATIO_GOAL else "NOT met"
        print(f"  ratio {ratio:.1f}x (goal at most {RATIO_GOAL:g}x: {verdict})")

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
