"""What waits for the first paint: ``after_first_paint``, and, with
``ACCELERATOR_REPORT_FIRST_PAINT=1``, the program saying when its first window painted.

For the benchmark harness (``benchmarks/run.py``), which starts ``accelerator`` as a person
does and times it from the spawn to this line on standard output:

    painted <seconds since the process started> <window class> maxrss_kb <peak RSS, kB>

once the first paint of the first top-level window (the sign-in dialog, or the window)
has finished; then once more, ``painted-main``, for the main window's first paint. The
process goes on as it would without it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ENVIRONMENT = "ACCELERATOR_REPORT_FIRST_PAINT"


def since_start() -> float:
    """Seconds since this process started (to the kernel's clock tick, 10 ms), or since
    this module was imported where /proc cannot say."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # starttime, the 22nd field, counted after the name
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def peak_kb() -> int:
    """The process's peak resident set in kB (VmHWM), 0 where /proc cannot say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._seen_any = False
        self._seen_main = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            top = watched.window()
            if not self._seen_any:
                self._seen_any = True
                self._later("painted", top)
            if not self._seen_main and isinstance(top, QMainWindow):
                self._seen_main = True
                self._later("painted-main", top)
        return False

    def _later(self, word: str, window: QWidget) -> None:
        name = type(window).__name__
        # After the paint under way now has been flushed.
        QTimer.singleShot(0, lambda: _say(word, name))


def _say(word: str, name: str) -> None:
    print(f"{word} {since_start():.3f} {name} maxrss_kb {peak_kb()}", flush=True)


def watch(app: QApplication) -> None:
    """Report the first paints when the environment asks for it."""
    if os.environ.get(ENVIRONMENT) and sys.stdout is not None:
        app.installEventFilter(_FirstPaint(app))


class _AfterFirstPaint(QObject):
    """Calls ``then`` once anything of the application has been painted, after that paint."""

    def __init__(self, app: QApplication, then: Callable[[], object]) -> None:
        super().__init__(app)
        self._app = app
        self._then: Callable[[], object] | None = then
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            self._app.removeEventFilter(self)
            # Posted twice: after the paint under way, and after what else waited for it
            # (the first paint's report above all, which this work must not delay).
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))
            self.deleteLater()
        return False


def after_first_paint(app: QApplication, then: Callable[[], object]) -> None:
    """Call ``then`` on the GUI thread once the next paint of any widget is over: work the
    first paint need not wait for (opening the database behind the sign-in, SQLite's
    check of the file)."""
    _AfterFirstPaint(app, then)
