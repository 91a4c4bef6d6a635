#!/usr/bin/env python3
"""A child process for the start-up and memory figures of ``benchmarks/run.py``.

    python benchmarks/window_child.py bare
    python benchmarks/window_child.py window DATABASE [--page companies]

``bare``: a QApplication and an empty QMainWindow, shown (the baseline).
``window``: the program's own main window, built in-process as the application does
after sign-in: the database opened as the window's start opens it (``StartupService``:
the instance lock, and after a clean end SQLite's check beside the start),
``Services(...).acting_as(<a coordinator>)``, ``MainWindow(services, QSettings(<a
temporary ini>))``, shown. ``--page`` makes the window open on that page, as it does
when the user left it there (the memory figure opens on the company list, which then
lists every company).

As soon as the first paint of the window has finished, the child prints one line

    painted <seconds since the interpreter started> maxrss_kb <peak resident set, kB>

(the peak from /proc/self/status VmHWM on Linux, else resource.getrusage's max RSS)

and quits. The parent times the process from spawn to that line. Exit status 0 when it
painted, 1 otherwise (no paint within the time limit).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()
PAINT_TIMEOUT_MS = 120_000

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))


def max_rss_kb() -> int:
    """The peak resident set of this process, in kB.

    On Linux, ``getrusage``'s ru_maxrss survives ``exec``: a child spawned by a parent
    that holds 500 MB reports at least 500 MB. VmHWM in /proc is the peak of this
    program's own memory, so it is read first; ru_maxrss is the fallback elsewhere.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("bare", "window"))
    parser.add_argument("database", nargs="?")
    parser.add_argument("--page", help="the page the window opens on (default: dashboard)")
    parser.add_argument(
        "--until-listed",
        action="store_true",
        help="report once the company list holds every company, not at the first paint "
        "(the list loads in the background on a large database)",
    )
    args = parser.parse_args(argv)
    if args.mode == "window" and not args.database:
        parser.error("window needs a DATABASE")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    app.setApplicationName("AcceleratorBenchmark")
    app.setOrganizationName("AcceleratorBenchmark")
    scratch = tempfile.TemporaryDirectory(prefix="accelerator-bench-ini-")
    services = None

    if args.mode == "bare":
        window: QWidget = QMainWindow()
        window.resize(1280, 800)
    else:
        from accelerator.domain.enums import Role
        from accelerator.paths import AppPaths
        from accelerator.services import Actor
        from accelerator.services.startup import StartupService
        from accelerator.ui.main_window import MainWindow

        folder = Path(scratch.name)
        start = StartupService(AppPaths(folder, folder / "backups", folder, folder), args.database)
        start.lock()
        services = start.open()
        coordinator = Actor(user_id=1, username="bench", role=Role.COORDINATOR)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        if args.page:
            settings.setValue("window/page", args.page)
        window = MainWindow(services.acting_as(coordinator), settings)
        # As the start does once the window shows: SQLite's check of the file after its
        # first paint (and the status bar's word while it runs).
        from accelerator.ui.safety_start import watch_the_check

        watch_the_check(window)

    class FirstPaint(QObject):
        """Reports once the first paint of anything in the window is over."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                self.seen = True
                # After the paint that is under way now has been flushed.
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            if args.until_listed and not listed():
                QTimer.singleShot(20, self.report)
                return
            elapsed = time.perf_counter() - STARTED
            print(f"painted {elapsed:.4f} maxrss_kb {max_rss_kb()}", flush=True)
            app.quit()

    def listed() -> bool:
        page = getattr(window, "pages", {}).get("companies")
        if page is None:
            return True
        return not page.is_loading() and page.model.rowCount() > 0

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(PAINT_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    app.removeEventFilter(watcher)
    if services is not None:
        services.close()  # and the lock, so that the next run starts after a clean end
    scratch.cleanup()
    return 0 if watcher.seen else 1


if __name__ == "__main__":
    raise SystemExit(main())
