#!/usr/bin/env python3
"""A child process for the start figures of ``benchmarks/run.py``: the program started as
a person starts it, signing in.

    python benchmarks/signin_child.py DATABASE DATA_DIR USERNAME PASSWORD [companies]

Runs ``accelerator --data-dir DATA_DIR --db DATABASE`` in this process (``accelerator.cli``,
the command's own code), with an event filter that watches the paints. Once the sign-in
dialog has painted it waits until the database has opened behind it, types the username
and password and presses Sign in; when the main window has painted it prints one line

    signed-in <first> <check> <window> maxrss_kb <kB>

``first``: seconds from the interpreter's start to the end of the sign-in dialog's first
paint; ``check``: from pressing Sign in to the dialog's closing (the password's hash
checked, the sign-in recorded); ``window``: from the dialog's closing to the end of the
main window's first paint. With ``companies`` it then opens the company list, as a
person does from the navigation, and once every company is listed prints

    listed <seconds> maxrss_kb <kB>

``seconds`` from the main window's paint to the last company listed, ``kB`` the peak
resident set of the whole process (VmHWM). Then it closes the window. Exit status 0 when
it printed.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))
TIMEOUT_MS = 120_000


def main(argv: list[str]) -> int:
    database, data_dir, username, password, *then = argv
    companies = then == ["companies"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    said = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            top = watched.window()
            name = type(top).__name__
            if name == "SignInDialog" and "first" not in marks:
                marks["first"] = time.perf_counter() - STARTED
                QTimer.singleShot(0, lambda: sign_in(top))
            elif isinstance(top, QMainWindow) and "window" not in marks and "closed" in marks:
                marks["window"] = time.perf_counter() - marks["closed"]
                QTimer.singleShot(0, lambda: report(top))
            return False

    def sign_in(dialog: QWidget) -> None:
        if getattr(dialog, "services", None) is None:  # still opening behind it
            QTimer.singleShot(5, lambda: sign_in(dialog))
            return
        assert isinstance(dialog, QDialog)
        dialog.username_edit.setText(username)  # type: ignore[attr-defined]
        dialog.password_edit.setText(password)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _code: marks.__setitem__("closed", time.perf_counter()))
        marks["pressed"] = time.perf_counter()
        dialog.accept()

    def report(window: QWidget) -> None:
        from accelerator.ui.first_paint import peak_kb

        check = marks["closed"] - marks["pressed"]
        print(
            f"signed-in {marks['first']:.4f} {check:.4f} {marks['window']:.4f} "
            f"maxrss_kb {peak_kb()}",
            flush=True,
        )
        said.append(True)
        if not companies:
            window.close()
            return
        marks["painted"] = time.perf_counter()
        window.go("companies")  # type: ignore[attr-defined]
        QTimer.singleShot(20, lambda: listed(window))

    def listed(window: QWidget) -> None:
        from accelerator.ui.first_paint import peak_kb

        page = window.pages.get("companies")  # type: ignore[attr-defined]
        if page.is_loading() or page.model.rowCount() == 0:
            QTimer.singleShot(20, lambda: listed(window))
            return
        seconds = time.perf_counter() - marks["painted"]
        print(f"listed {seconds:.4f} maxrss_kb {peak_kb()}", flush=True)
        said.append(True)
        window.close()

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    from accelerator.cli import main as accelerator

    accelerator(["--data-dir", data_dir, "--db", database])
    return 0 if len(said) == (2 if companies else 1) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
