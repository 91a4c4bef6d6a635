"""The Qt binding the program is installed with keeps Python's objects alive across signals.

PySide6 6.12.0 dropped a reference to ``True`` on every emit of a signal declared in Python:
after a few thousand emits (a day's typing in a dialog, or one long test run) the
interpreter died with "Fatal Python error: bool_dealloc". pyproject.toml keeps PySide6
below 6.12 for that; this test says so if a release with the fault is installed again.
It runs in a fresh interpreter, so that a faulty binding fails this test instead of
killing the suite somewhere later.
"""

from __future__ import annotations

import subprocess
import sys

EMITS = 2000

PROBE = f"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    bare = Signal()
    number = Signal(int)
    text = Signal(str)

app = QCoreApplication([])
source = Source()
source.bare.connect(lambda: None)
source.number.connect(lambda n: None)
source.text.connect(lambda s: None)
before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
for _ in range({EMITS}):
    source.bare.emit()
    source.number.emit(1)
    source.text.emit("kull")
after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
print(*(a - b for a, b in zip(after, before)))
"""


def test_emitting_python_signals_keeps_the_interpreters_constants_alive() -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lost = [int(n) for n in run.stdout.split()]
    # A handful of references come and go with the interpreter's own caches; a fault
    # loses one or more per emit, thousands over the loop.
    assert all(abs(n) < 50 for n in lost), (
        f"True, False and None changed by {lost} references over {EMITS} emits of each "
        "signal: the installed PySide6 leaks or drops references (see pyproject.toml)"
    )
