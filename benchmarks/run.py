#!/usr/bin/env python3
"""The benchmark harness behind ``make bench``: every figure beside its baseline.

    python benchmarks/run.py                      # everything, 5 runs each
    python benchmarks/run.py --runs 7 --only startup,filter,members
    python benchmarks/run.py --no-write           # print the table, leave the docs alone

1. Builds the data with ``make_data.py`` at three scales into a cache folder (default
   ``benchmarks/.data``; a file that is there is reused): small (100 companies), medium
   (10,000 companies, 200,000 assessments), large (100,000 companies, 1,000,000
   assessments), plus the two one-cohort databases of ``report_cohort.py``.
2. Measures each figure ``--runs`` times (at least 5) and its baseline as many times in
   the same run, taking turns where it can, so that a busy machine slows both alike.
3. Prints one table (median, min, max of each, the ratio, the goal) and writes
   ``docs/benchmarks.md`` with the date and the machine. Whatever the file holds from
   its ``## Findings`` heading on is kept: that part is written by hand.

Timings are never asserted. The exit status is non-zero only when a figure could not be
measured at all (a child that never painted, a database that could not be built).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT))  # for ``benchmarks.*``

from benchmarks import (  # noqa: E402
    bare_report,
    checkin_search,
    checkin_window,
    collab_layout,
    import_companies,
    report_cohort,
)

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_CACHE = BENCH_DIR / ".data"
DEFAULT_DOC = REPO_ROOT / "docs" / "benchmarks.md"
CHILD = BENCH_DIR / "window_child.py"
SIGNIN_CHILD = BENCH_DIR / "signin_child.py"
#: The password the sign-in figure gives the benchmark data's coordinator on its work copy.
BENCH_PASSWORD = "bench-password-1"
FINDINGS = "## Findings"
MIN_RUNS = 5
SCALES = ("small", "medium", "large")
DASHBOARD_COHORT = "Benchmark cohort of 100"
DASHBOARD_SIZE = 100
FILTER_WORD = "fjord"  # typed one character at a time
CHILD_TIMEOUT_S = 300
# Figures of a few milliseconds get more runs: one checkpoint or a neighbour's burst on a
# shared machine would otherwise move the median.
FAST_RUNS = 15


class BenchError(Exception):
    """A figure could not be measured (not: it was slow)."""


@dataclass
class Figure:
    key: str
    label: str
    unit: str  # "s", "ms" or "MB"
    samples: list[float]
    baseline_label: str = "-"
    baseline: list[float] = field(default_factory=list)
    goal: str = "-"
    # value -> met?; None: no goal
    check: Callable[[float, float | None], bool] | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return self.median / statistics.median(self.baseline)

    @property
    def verdict(self) -> str:
        if self.check is None:
            return "-"
        return "met" if self.check(self.median, self.ratio) else "**NOT met**"


def spread(values: Sequence[float], unit: str) -> str:
    digits = {"s": 2, "ms": 1, "MB": 0}[unit]
    med, low, high = statistics.median(values), min(values), max(values)
    return f"{med:.{digits}f} {unit} ({low:.{digits}f}–{high:.{digits}f})"


# --- data ---------------------------------------------------------------------------------


def log(text: str) -> None:
    print(text, flush=True)


def build_scale(cache: Path, scale: str) -> Path:
    """``cache/<scale>.db`` made by make_data.py, built only when it is missing."""
    path = cache / f"{scale}.db"
    if path.exists():
        return path
    partial = cache / f"{scale}.partial.db"
    log(f"building the {scale} database with make_data.py (once; cached in {cache}) ...")
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, str(BENCH_DIR / "make_data.py"), str(partial), "--scale", scale,
         "--seed", "1", "--force"],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    os.replace(partial, path)
    log(f"  built in {time.perf_counter() - began:.0f} s")
    return path


def build_report_database(cache: Path, companies: int) -> Path:
    """The one-cohort database of report_cohort.py, cached as well."""
    path = cache / f"cohort-{companies}.db"
    if path.exists():
        return path
    log(f"building the {companies}-company cohort database ...")
    with tempfile.TemporaryDirectory(prefix="accelerator-bench-", dir=cache) as folder:
        built = report_cohort.build_database(Path(folder), companies)
        os.replace(built, path)
    return path


def work_copy(source: Path, folder: Path) -> Path:
    """A copy to write on, so that the cached file stays as make_data.py made it."""
    target = folder / source.name
    if not target.exists():
        shutil.copyfile(source, target)
    return target


def dashboard_cohort(path: Path) -> tuple[int, int]:
    """A running cohort of ``DASHBOARD_SIZE`` companies with their whole history: a new
    cohort in the programme with the most running enrolments, which takes over that many
    of them (with their assessments, milestones and mentors). Returns (cohort id, an
    enrolment id in it). Idempotent on the work copy."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        found = conn.execute(
            "SELECT id FROM cohorts WHERE name = ?", (DASHBOARD_COHORT,)
        ).fetchone()
        if found is None:
            conn.execute("BEGIN IMMEDIATE")
            programme, start, end, status = conn.execute(
                "SELECT c.programme_id, min(c.start_date), max(c.end_date), c.status "
                "FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id "
                "WHERE c.status = 'running' GROUP BY c.programme_id "
                "ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
            cursor = conn.execute(
                "INSERT INTO cohorts (programme_id, name, start_date, end_date, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, '2020-01-01 00:00:00.000000')",
                (programme, DASHBOARD_COHORT, start, end, status),
            )
            cohort_id = cursor.lastrowid
            # A company enrolled twice in the programme keeps its second seat where it was.
            conn.execute(
                "UPDATE OR IGNORE enrolments SET cohort_id = ? WHERE id IN ("
                " SELECT e.id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id"
                " WHERE c.programme_id = ? AND c.status = 'running' AND c.id != ?"
                " ORDER BY c.id, e.id LIMIT ?)",
                (cohort_id, programme, cohort_id, DASHBOARD_SIZE),
            )
            conn.execute("COMMIT")
            found = (cohort_id,)
        cohort_id = found[0]
        (enrolment_id,) = conn.execute(
            "SELECT e.id FROM enrolments e WHERE e.cohort_id = ? AND e.status = 'active' "
            "ORDER BY e.id LIMIT 1",
            (cohort_id,),
        ).fetchone()
        return cohort_id, enrolment_id
    finally:
        conn.close()


# --- timing helpers -----------------------------------------------------------------------


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def child(mode: str, *args: str) -> tuple[float, float, float]:
    """Spawn window_child.py; (seconds from spawn to its "painted" line, the child's own
    seconds from interpreter start, its peak RSS in MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed program has its bytecode cached; an environment that forbids writing
    # it would make every start compile the whole program again (0.3 s here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), mode, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - began
    try:
        _, stderr = process.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    words = line.split()
    if len(words) != 4 or words[0] != "painted":
        raise BenchError(f"window_child.py {mode} did not paint:\n{stderr[-2000:]}")
    return elapsed, float(words[1]), int(words[3]) / 1024


# --- the figures --------------------------------------------------------------------------


def fig_startup(runs: int, medium: Path) -> Figure:
    child("bare")  # warm up: the file cache, .pyc files
    child("window", str(medium))
    ours, bare = [], []
    for _ in range(runs):
        bare.append(child("bare")[0])
        ours.append(child("window", str(medium))[0])
    return Figure(
        "startup",
        "cold start to the painted main window built without a sign-in, medium database",
        "s",
        ours,
        "bare PySide6 process, empty QMainWindow",
        bare,
        note="new process each run, from spawn to the end of the first paint (file cache "
        "warm); the main window built directly, signed in, as a test builds it "
        "(benchmarks/window_child.py): what the sign-in hides, for the record. The issue's "
        "two figures are the next two: the first painted window as a person starts the "
        "program, and the main window after the sign-in",
    )


def signin_child(
    database: Path, data_dir: Path, username: str
) -> tuple[float, float, float, float]:
    """Spawn signin_child.py: (seconds from spawn to its line, the sign-in dialog's first
    paint from the child's start, the password's check, the main window after it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(SIGNIN_CHILD), str(database), str(data_dir), username, BENCH_PASSWORD],
        capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - began
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("signed-in ")]
    if done.returncode != 0 or not lines:
        raise BenchError(f"signin_child.py did not sign in:\n{done.stderr[-2000:]}")
    words = lines[0].split()
    return elapsed, float(words[1]), float(words[2]), float(words[3])


def signin_listed(database: Path, data_dir: Path, username: str) -> tuple[float, float]:
    """Spawn signin_child.py with ``companies``: (seconds from the main window to every
    company listed, the process's peak RSS in MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, str(SIGNIN_CHILD), str(database), str(data_dir), username,
         BENCH_PASSWORD, "companies"],
        capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S, check=False,
    )  # fmt: skip
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("listed ")]
    if done.returncode != 0 or not lines:
        raise BenchError(f"signin_child.py did not list the companies:\n{done.stderr[-2000:]}")
    words = lines[0].split()
    return float(words[1]), int(words[3]) / 1024


def _bench_password(database: Path) -> str:
    """The username of the data's coordinator, given the benchmark's password."""
    from accelerator.db.open import open_database
    from accelerator.services import Services

    db = open_database(str(database))
    try:
        return Services(db).users.set_password(1, BENCH_PASSWORD).username
    finally:
        db.dispose()


def fig_signin(runs: int, medium: Path, scratch: Path) -> tuple[Figure, Figure]:
    """The program as a person starts it on the medium database: ``accelerator``'s own
    code in a new process, its sign-in dialog, a sign-in, the main window."""
    username = _bench_password(medium)
    data_dir = scratch / "signin-data"
    child("bare")
    signin_child(medium, data_dir, username)  # warm up
    first, window, checks, bare = [], [], [], []
    for _ in range(runs):
        bare.append(child("bare")[1])
        _, dialog, check, after = signin_child(medium, data_dir, username)
        first.append(dialog)
        checks.append(check)
        window.append(after)
    return (
        Figure(
            "signin_first",
            "cold start to the first painted window as a person starts it (the sign-in "
            "dialog), medium database",
            "s",
            first,
            "bare PySide6 process, empty QMainWindow (from its interpreter's start)",
            bare,
            "at most 3x",
            lambda _v, r: r is not None and r <= 3,
            "accelerator's own start (accelerator.cli.main) in a new process "
            "(benchmarks/signin_child.py), from the interpreter's start to the end of the "
            "dialog's first paint; the database opens behind it",
        ),
        Figure(
            "signin_window",
            "the main window after a sign-in, medium database",
            "s",
            window,
            goal="at most 0.3 s",
            check=lambda v, _r: v <= 0.3,
            note="from the sign-in dialog's closing to the end of the main window's first "
            f"paint (the dashboard); checking the password before it took "
            f"{statistics.median(checks):.2f} s (argon2, and the sign-in recorded)",
        ),
    )


def fig_report_50(runs: int, path: Path) -> Figure:
    """The 50-company cohort report a page at a time, beside bare reportlab drawing as many
    pages of the same kinds (benchmarks/bare_report.py), taking turns."""
    from accelerator.db.open import open_database
    from accelerator.services.reporting import ReportingService

    db = open_database(str(path))
    try:
        reporting = ReportingService(db)
        pdf = reporting.cohort_report_pdf(1)  # warm up: fonts, imports
        pages = bare_report.page_count(pdf)
        bare_pages = bare_report.page_count(bare_report.bare_report(pages))
        ours, bare = [], []
        for _ in range(runs):
            ours.append(timed(lambda: reporting.cohort_report_pdf(1)))
            bare.append(timed(lambda: bare_report.bare_report(pages)))
    finally:
        db.dispose()
    if bare_pages != pages:
        raise BenchError(f"the bare report drew {bare_pages} pages for {pages}")
    return Figure(
        "report50",
        "cohort PDF, 50 companies with charts, per page",
        "ms",
        [1000 * t / pages for t in ours],
        "bare reportlab, as many pages of the same kinds (text, tables, vector charts)",
        [1000 * t / pages for t in bare],
        "at most 1.5x per page",
        lambda _v, r: r is not None and r <= 1.5,
        f"{pages} pages in memory, {statistics.median(ours):.2f} s; the bare script "
        f"(benchmarks/bare_report.py) draws as many with stock flowables and plain shapes in "
        f"{statistics.median(bare):.2f} s",
    )


def fig_report_500(runs: int, path: Path, scratch: Path) -> Figure:
    from accelerator.db.open import open_database
    from accelerator.services.reporting import ReportingService

    db = open_database(str(path))
    target = scratch / "cohort-500.pdf"
    try:
        reporting = ReportingService(db)
        times = [timed(lambda: reporting.write_cohort_report(1, target)) for _ in range(runs)]
    finally:
        db.dispose()
    pages = target.read_bytes().count(b"/Type /Page\n")
    size = target.stat().st_size / 1024 / 1024
    return Figure(
        "report500",
        "cohort PDF, 500 companies",
        "s",
        times,
        goal="at most 10 s",
        check=lambda v, _r: v <= 10,
        note=f"{pages} pages, {size:.1f} MB, written to a file; "
        f"{1000 * statistics.median(times) / pages:.1f} ms a page",
    )


def fig_filter(runs: int, large: Path) -> tuple[Figure, ...]:
    """The company list's filter per keystroke; its first screenful; reading the rest in
    the worker and showing it (for the record)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from accelerator.db.engine import Database, make_engine
    from accelerator.services.overview import OverviewService
    from accelerator.ui.models.company_table import CompanyTableModel, search_key
    from accelerator.ui.pages.companies import FIRST_ROWS

    # A QApplication, not a QCoreApplication: later figures in this process (the
    # check-in window) show widgets, which a core application cannot have.
    _app = QCoreApplication.instance() or QApplication([sys.argv[0]])
    db = Database(make_engine(str(large)), str(large))
    first, load, shown_ms = [], [], []
    try:
        overview = OverviewService(db)
        # What the page does on the GUI thread when it is first shown, then in its worker,
        # then on the GUI thread again once the worker is done.
        for _ in range(runs):
            first.append(
                timed(lambda: CompanyTableModel().set_rows(overview.company_rows(first=FIRST_ROWS)))
            )
        for _ in range(MIN_RUNS):
            began = time.perf_counter()
            batches = overview.company_row_batches()
            prepared = CompanyTableModel.prepare(row for batch in batches for row in batch)
            load.append(time.perf_counter() - began)
            model = CompanyTableModel()
            shown_ms.append(timed(lambda m=model, p=prepared: m.set_rows(p)) * 1000)  # type: ignore[misc]
    finally:
        db.dispose()
    rows = model.rows()
    texts = [
        search_key("\x1f".join((r.name, r.registration, r.sector, r.cluster, r.cohort_name)))
        for r in rows
    ]
    needles = [FILTER_WORD[: n + 1] for n in range(len(FILTER_WORD))]
    ours, bare = [], []
    shown = 0
    for _ in range(runs):
        model.set_filter_text("")
        worst = 0.0
        for needle in needles:
            worst = max(worst, timed(lambda n=needle: model.set_filter_text(n)))  # type: ignore[misc]
        ours.append(worst * 1000)
        shown = model.rowCount()
        worst = 0.0
        for needle in needles:
            worst = max(worst, timed(lambda n=needle: [t for t in texts if n in t]))  # type: ignore[misc]
        bare.append(worst * 1000)
    filter_figure = Figure(
        "filter",
        f"type-to-filter in the company list, large database ({len(rows):,} rows)",
        "ms",
        ours,
        "list comprehension over the same rows",
        bare,
        "at most 50 ms per keystroke",
        lambda v, _r: v <= 50,
        f"slowest of the {len(needles)} keystrokes of '{FILTER_WORD}' per run "
        f"(CompanyTableModel.set_filter_text); {shown:,} rows left",
    )
    first_figure = Figure(
        "first-rows",
        "company list, first screenful, large database",
        "s",
        first,
        goal="at most 1 s",
        check=lambda v, _r: v <= 1,
        note=f"what the page does on the GUI thread when first shown: the first {FIRST_ROWS} "
        "companies by name read with their standings (OverviewService.company_rows(first=)) "
        "and set in the model; the rest follows from a worker",
    )
    load_figure = Figure(
        "rows",
        "company list, every row read and prepared in the worker, large database",
        "s",
        load,
        note="OverviewService.company_row_batches (10,000 companies a batch) and "
        "CompanyTableModel.prepare (search strings, name order), off the GUI thread; "
        "no goal in the issue, for the record",
    )
    shown_figure = Figure(
        "rows-shown",
        "company list, the GUI thread's share once every row is read, large database",
        "ms",
        shown_ms,
        note="CompanyTableModel.set_rows of the prepared rows: how long the window is held "
        "when the rest arrives; for the record",
    )
    return filter_figure, first_figure, load_figure, shown_figure


def fig_members(runs: int, large: Path) -> tuple[Figure, Figure]:
    """The member list's filter per keystroke, and reading and preparing its rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from accelerator.db.engine import Database, make_engine
    from accelerator.services.members import MemberService
    from accelerator.ui.models.member_table import MemberTableModel

    # A QApplication, not a QCoreApplication: later figures in this process (the
    # check-in window) show widgets, which a core application cannot have.
    _app = QCoreApplication.instance() or QApplication([sys.argv[0]])
    db = Database(make_engine(str(large)), str(large))
    try:
        members = MemberService(db)

        def load() -> object:
            return MemberTableModel.prepare(members.list_memberships())

        prepared = MemberTableModel.prepare(members.list_memberships())
        loads = [timed(load) for _ in range(MIN_RUNS)]
    finally:
        db.dispose()
    model = MemberTableModel()
    model.set_rows(prepared)
    texts = prepared.search
    needles = [FILTER_WORD[: n + 1] for n in range(len(FILTER_WORD))]
    ours, bare = [], []
    shown = 0
    for _ in range(runs):
        model.set_filter_text("")
        worst = 0.0
        for needle in needles:
            worst = max(worst, timed(lambda n=needle: model.set_filter_text(n)))  # type: ignore[misc]
        ours.append(worst * 1000)
        shown = model.rowCount()
        worst = 0.0
        for needle in needles:
            worst = max(worst, timed(lambda n=needle: [t for t in texts if n in t]))  # type: ignore[misc]
        bare.append(worst * 1000)
    filter_figure = Figure(
        "members",
        f"type-to-filter in the member list, large database ({len(texts):,} memberships)",
        "ms",
        ours,
        "list comprehension over the same rows",
        bare,
        "at most 50 ms per keystroke (as the company list)",
        lambda v, _r: v <= 50,
        f"slowest of the {len(needles)} keystrokes of '{FILTER_WORD}' per run "
        f"(MemberTableModel.set_filter_text, every cluster and day); {shown:,} rows left",
    )
    load_figure = Figure(
        "member rows",
        "member list rows, large database (MemberService.list_memberships, prepared)",
        "s",
        loads,
        note="read in a worker when the page is shown; no goal in the issue, for the record",
    )
    return filter_figure, load_figure


def fig_checkin(runs: int) -> Figure:
    """The search at the door, keystroke by keystroke, over 2,000 registrations."""
    got = checkin_search.measure(2_000, runs)
    median = statistics.median(r.median for r in got.index)
    p95 = statistics.median(r.p95 for r in got.index)
    build = statistics.median(got.build_ms)
    return Figure(
        "checkin",
        f"check-in search at the door, {got.registrations:,} registrations",
        "ms",
        [r.worst for r in got.index],
        "a plain scan of every registration's words",
        [r.worst for r in got.scan],
        "under 20 ms a keystroke",
        lambda v, _r: v < checkin_search.GOAL_MS,
        f"slowest of the {got.keys} keystrokes of typing {checkin_search.PEOPLE_TYPED} people "
        f"(CheckinIndex.search, benchmarks/checkin_search.py); the median keystroke took "
        f"{median:.3f} ms and the 95th percentile {p95:.3f} ms; building the index once "
        f"{build:.0f} ms",
    )


def fig_checkin_window(runs: int) -> Figure:
    """The door at a real window: a key in the search field to the list painted."""
    got = checkin_window.measure(2_000, runs)
    median = statistics.median(r.median for r in got.window)
    p95 = statistics.median(r.p95 for r in got.window)
    search = statistics.median(r.worst for r in got.search)
    return Figure(
        "checkin window",
        f"check-in window, key to the list painted, {got.registrations:,} registrations",
        "ms",
        [r.worst for r in got.window],
        goal="under 20 ms a keystroke",
        check=lambda v, _r: v < checkin_search.GOAL_MS,
        note=f"slowest of the {got.keys} keystrokes of typing {checkin_search.PEOPLE_TYPED} "
        f"people into CheckInWindow's search field, from the key press to the list and the "
        f"field repainted (offscreen, 1280x800; benchmarks/checkin_window.py); the median "
        f"keystroke took {median:.1f} ms and the 95th percentile {p95:.1f} ms, the search "
        f"alone at most {search:.2f} ms; opening the window and reading the list "
        f"{got.open_ms:.0f} ms",
    )


def fig_collab(runs: int) -> Figure:
    """The collaboration map's layout at 500 nodes and 1,500 edges."""
    got = collab_layout.measure(500, 1_500, runs)
    return Figure(
        "collab",
        f"collaboration map layout, {got.nodes:,} nodes and {got.edges:,} edges",
        "s",
        got.cold_s,
        goal="under 1 s",
        check=lambda v, _r: v < collab_layout.GOAL_S,
        note=f"domain.collab_layout.lay_out from no positions, {got.cold_steps} steps "
        f"(benchmarks/collab_layout.py); warm, the previous positions given and 10 nodes and "
        f"20 edges added, {statistics.median(got.warm_s) * 1000:.0f} ms ({got.warm_steps} "
        f"steps), an old node moving {got.moved:.2f} edge lengths (median)",
    )


def fig_import(runs: int, scratch: Path) -> Figure:
    from accelerator.services.database import prepare_database

    folder = scratch / "import"
    folder.mkdir(exist_ok=True)
    template = folder / "empty.db"
    prepare_database(str(template)).dispose()
    csv_path = folder / "companies.csv"
    rows = import_companies.make_rows(10_000)
    import_companies.write_csv(csv_path, rows)
    parsed = import_companies.parse_rows(rows)

    def fresh(name: str) -> Path:
        path = folder / name
        shutil.copyfile(template, path)
        return path

    ours, bare = [], []
    for i in range(runs):
        ours.append(import_companies.run_import(fresh(f"import-{i}.db"), csv_path))
        bare.append(import_companies.run_raw(fresh(f"raw-{i}.db"), parsed))
        for name in (f"import-{i}.db", f"raw-{i}.db"):
            (folder / name).unlink()
    return Figure(
        "import",
        "import 10,000 companies from CSV with validation",
        "s",
        ours,
        "raw sqlite3 executemany of the same rows",
        bare,
        "at most 5x",
        lambda _v, r: r is not None and r <= 5,
        "into an empty migrated database; read, validate, insert, audit, commit",
    )


def fig_dashboard(runs: int, large: Path, cohort_id: int) -> Figure:
    from accelerator.db.engine import Database, make_engine
    from accelerator.services.overview import OverviewService

    db = Database(make_engine(str(large)), str(large))
    try:
        overview = OverviewService(db)
        board = overview.cohort_dashboard(cohort_id)  # warm up: the pool's connection
        times = [timed(lambda: overview.cohort_dashboard(cohort_id)) * 1000 for _ in range(runs)]
    finally:
        db.dispose()
    return Figure(
        "dashboard",
        f"cohort dashboard, {len(board.companies)} companies, large database",
        "ms",
        times,
        goal="at most 100 ms",
        check=lambda v, _r: v <= 100,
        note="OverviewService.cohort_dashboard, warm connection",
    )


def fig_save(runs: int, large: Path, enrolment_id: int) -> Figure:
    from accelerator.db.engine import Database, make_engine
    from accelerator.domain.enums import AssessmentKind, Role
    from accelerator.services import Actor, Services
    from accelerator.services.assessments import AssessmentInput

    keys = ("customer", "technology", "business_model", "ip", "team", "funding")
    rng = random.Random(3)
    conn = sqlite3.connect(large, isolation_level=None)
    try:
        framework_id, dimension_ids = _framework_of(conn, enrolment_id, keys)
        db = Database(make_engine(str(large)), str(large))
        try:
            coordinator = Actor(user_id=1, username="bench", role=Role.COORDINATOR)
            services = Services(db).acting_as(coordinator)
            today = dt.date.today()

            def ours() -> None:
                levels = {k: rng.randint(1, 9) for k in keys}
                services.assessments.log_assessment(
                    AssessmentInput(
                        enrolment_id=enrolment_id,
                        levels=levels,
                        reasons={k: f"Level {v} after the session" for k, v in levels.items()},
                        kind=AssessmentKind.PROGRESS,
                        assessed_on=today,
                        notes="Benchmark session",
                        next_steps="Next session",
                    )
                )

            def raw() -> None:
                levels = [rng.randint(1, 9) for _ in keys]
                conn.execute("BEGIN IMMEDIATE")
                aid = conn.execute(
                    "INSERT INTO assessments (enrolment_id, assessor_id, framework_id, "
                    "assessed_on, kind, confidential, created_at) "
                    "VALUES (?, 1, ?, ?, 'progress', 0, '2026-01-01 00:00:00.000000')",
                    (enrolment_id, framework_id, today.isoformat()),
                ).lastrowid
                conn.execute(
                    "INSERT INTO assessment_texts (assessment_id, notes, next_steps) "
                    "VALUES (?, 'Benchmark session', 'Next session')",
                    (aid,),
                )
                conn.executemany(
                    "INSERT INTO scores (assessment_id, dimension_id, level, reason) "
                    "VALUES (?, ?, ?, ?)",
                    [
                        (aid, d, v, f"Level {v} after the session")
                        for d, v in zip(dimension_ids, levels, strict=True)
                    ],
                )
                conn.execute("COMMIT")

            ours()  # warm up: the pool's connection, the mappers
            raw()
            mine, bare = [], []
            for _ in range(runs):
                mine.append(timed(ours) * 1000)
                bare.append(timed(raw) * 1000)
        finally:
            db.dispose()
    finally:
        conn.close()
    return Figure(
        "save",
        "save one assessment (6 levels), large database",
        "ms",
        mine,
        "raw sqlite3 insert of the same rows",
        bare,
        "at most 20 ms",
        lambda v, _r: v <= 20,
        "AssessmentService.log_assessment as a coordinator; raw: one transaction, 1 + 6 rows",
    )


def _framework_of(
    conn: sqlite3.Connection, enrolment_id: int, keys: Sequence[str]
) -> tuple[int, list[int]]:
    (framework_id,) = conn.execute(
        "SELECT p.framework_id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id "
        "JOIN programmes p ON p.id = c.programme_id WHERE e.id = ?",
        (enrolment_id,),
    ).fetchone()
    ids = dict(
        conn.execute("SELECT key, id FROM dimensions WHERE framework_id = ?", (framework_id,))
    )
    return framework_id, [ids[k] for k in keys]


def fig_memory(runs: int, large: Path, scratch: Path) -> tuple[Figure, Figure, Figure]:
    ours, bare, painted, signed_in = [], [], [], []
    username = _bench_password(large)
    data_dir = scratch / "signin-large"
    for _ in range(runs):
        bare.append(child("bare")[2])
        elapsed, _own, peak = child("window", str(large), "--page", "companies", "--until-listed")
        ours.append(peak)
        painted.append(elapsed)
        signed_in.append(signin_listed(large, data_dir, username)[1])
    memory = Figure(
        "memory",
        "peak memory, 100,000 companies listed in the table",
        "MB",
        ours,
        "bare PySide6 window",
        bare,
        "at most 250 MB",
        lambda v, _r: v <= 250,
        "peak RSS (VmHWM) of a child that opens the main window on the company list, "
        "large database, read once every company is in the table",
    )
    start = Figure(
        "startup-large",
        "start on the company list, large database, until every company is listed",
        "s",
        painted,
        note="the same children as the memory figure; no goal in the issue, for the record",
    )
    as_started = Figure(
        "memory-signin",
        "peak memory as a person starts it: signed in, then 100,000 companies listed",
        "MB",
        signed_in,
        "bare PySide6 window",
        bare,
        "at most 250 MB",
        lambda v, _r: v <= 250,
        "accelerator's own start (benchmarks/signin_child.py): the sign-in dialog, the "
        "database opening behind it, the dashboard, then Companies from the navigation; "
        "peak RSS (VmHWM) once every company is in the table, large database",
    )
    return memory, start, as_started


# --- output -------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    import PySide6
    import reportlab
    import sqlalchemy
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
        ram = f"{memory:.0f} GB"
    except (ValueError, OSError, AttributeError):
        ram = "?"
    return {
        "machine": f"{os.cpu_count()} cores, {cpu}, {ram} RAM, {platform.system()} "
        f"{platform.release()}",
        "Python": platform.python_version(),
        "PySide6 / Qt": f"{PySide6.__version__} / {qVersion()}",
        "SQLAlchemy": sqlalchemy.__version__,
        "reportlab": reportlab.Version,
        "SQLite": sqlite3.sqlite_version,
    }


def table(figures: Sequence[Figure]) -> list[str]:
    lines = [
        "| figure | median (min–max) | baseline | baseline median (min–max) | ratio | goal | |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        base = spread(f.baseline, f.unit) if f.baseline else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        lines.append(
            f"| {f.label} | {spread(f.samples, f.unit)} | {f.baseline_label} | {base} | "
            f"{ratio} | {f.goal} | {f.verdict} |"
        )
    return lines


def plain_table(figures: Sequence[Figure]) -> str:
    out = []
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        base = spread(f.baseline, f.unit) if f.baseline else "-"
        out.append(f"{f.label}\n    {spread(f.samples, f.unit):<32} baseline {base:<32} "
                   f"ratio {ratio:<7} goal {f.goal:<28} {f.verdict.strip('*')}")  # fmt: skip
    return "\n".join(out)


def write_doc(path: Path, figures: Sequence[Figure], runs: int, fast: int, seconds: float) -> None:
    kept = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        at = text.find(FINDINGS)
        if at >= 0:
            kept = text[at:]
    info = versions()
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`benchmarks/run.py`); the table is replaced on every run,",
        f"the part from “{FINDINGS[3:]}” on is kept. Each figure is the median of {runs} runs",
        f"({fast} for the figures of a few milliseconds: filter, dashboard, save, check-in) "
        "with the",
        "smallest and largest in brackets, beside its baseline measured in the same run (the",
        "two take turns where they can); the ratio is median over median.",
        "",
        f"- date: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        *(f"- {name}: {value}" for name, value in info.items()),
        f"- data: `benchmarks/make_data.py --seed 1`, small 100 companies, medium 10,000 "
        f"companies / 200,000 assessments, large 100,000 / 1,000,000; the whole run took "
        f"{seconds / 60:.1f} min",
        "",
        *table(figures),
        "",
        "Notes per figure:",
        "",
        *(f"- {f.label}: {f.note}" for f in figures if f.note),
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + ("\n" + kept if kept else ""), encoding="utf-8")


# --- main ---------------------------------------------------------------------------------

ALL = (
    "startup",
    "signin",
    "report50",
    "report500",
    "filter",
    "import",
    "dashboard",
    "save",
    "memory",
    "checkin",
    "members",
    "collab",
)
#: Figures that make their own data in memory: ``--only checkin`` builds no database.
NO_DATA = frozenset({"checkin", "collab"})
#: Figures that need only the one-cohort databases: ``--only report50`` builds no scale.
REPORTS = frozenset({"report50", "report500"})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help="runs per figure (min 5)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_DOC, help="the Markdown to write")
    parser.add_argument("--no-write", action="store_true", help="do not write --out")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(ALL)}")
    args = parser.parse_args(argv)
    runs = max(args.runs, MIN_RUNS)
    fast = max(runs, FAST_RUNS)
    wanted = ALL if not args.only else tuple(args.only.split(","))
    unknown = set(wanted) - set(ALL)
    if unknown:
        parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    args.cache.mkdir(parents=True, exist_ok=True)

    data: dict[str, Path] = {}
    reports: dict[int, Path] = {}
    try:
        if set(wanted) - NO_DATA - REPORTS:
            data = {scale: build_scale(args.cache, scale) for scale in SCALES}
        if set(wanted) & REPORTS:
            reports = {n: build_report_database(args.cache, n) for n in (50, 500)}
    except (subprocess.CalledProcessError, OSError, SystemExit) as error:
        print(f"could not build the benchmark data: {error}", file=sys.stderr)
        return 2

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="accelerator-bench-", dir=args.cache) as folder:
        scratch = Path(folder)
        large_copy: Path | None = None

        def large_work() -> Path:
            nonlocal large_copy
            if large_copy is None:
                log("copying the large database to write on ...")
                large_copy = work_copy(data["large"], scratch)
            return large_copy

        steps: dict[str, Callable[[], list[Figure]]] = {
            "startup": lambda: [fig_startup(runs, work_copy(data["medium"], scratch))],
            "signin": lambda: list(fig_signin(runs, work_copy(data["medium"], scratch), scratch)),
            "report50": lambda: [fig_report_50(runs, reports[50])],
            "report500": lambda: [fig_report_500(runs, reports[500], scratch)],
            "filter": lambda: list(fig_filter(fast, data["large"])),
            "import": lambda: [fig_import(runs, scratch)],
            "dashboard": lambda: [
                fig_dashboard(fast, large_work(), dashboard_cohort(large_work())[0])
            ],
            "save": lambda: [fig_save(fast, large_work(), dashboard_cohort(large_work())[1])],
            "memory": lambda: list(fig_memory(runs, large_work(), scratch)),
            "checkin": lambda: [fig_checkin(fast), fig_checkin_window(fast)],
            "members": lambda: list(fig_members(fast, data["large"])),
            "collab": lambda: [fig_collab(runs)],
        }
        failed = []
        for key in wanted:
            log(f"measuring {key} ...")
            step_began = time.perf_counter()
            try:
                got = steps[key]()
            except (BenchError, subprocess.CalledProcessError, OSError) as error:
                print(f"  could not measure {key}: {error}", file=sys.stderr)
                failed.append(key)
                continue
            figures.extend(got)
            for f in got:
                log(f"  {f.label}: {spread(f.samples, f.unit)}  {f.verdict.strip('*')}")
            log(f"  ({time.perf_counter() - step_began:.0f} s)")

    seconds = time.perf_counter() - began
    print()
    print(plain_table(figures))
    print(f"\n{len(figures)} figures in {seconds / 60:.1f} min")
    if not args.no_write and figures:
        write_doc(args.out, figures, runs, fast, seconds)
        print(f"wrote {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
