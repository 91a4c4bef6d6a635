"""While the window runs, Python collects cycles from the event loop only: never inside a
Qt call that a Python event filter or slot interrupts (accelerator/ui/collector.py), which
crashed the window when a collection there freed dialogs hanging off a page Qt was hiding."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accelerator.ui import collector


class _Knot:
    """Half of a cycle: reference counting alone never frees it."""

    def __init__(self) -> None:
        self.other: _Knot | None = None


def _cycle() -> weakref.ref[_Knot]:
    first, second = _Knot(), _Knot()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_cycles_wait_for_the_event_loop_and_are_collected_there(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    collecting = collector.install(app)
    assert collector.install(app) is collecting, "one collector an application"
    assert not gc.isenabled(), "Python's own collection, anywhere, is off"

    knot = _cycle()
    # Allocations past every threshold: Python alone would have collected by now.
    kept = [_Knot() for _ in range(gc.get_threshold()[0] * 3)]
    assert knot() is not None, "nothing collects outside the event loop"
    qtbot.waitUntil(lambda: knot() is None, timeout=5_000)
    assert len(kept) > 0


def test_nothing_is_collected_while_nothing_is_due() -> None:
    app = QApplication.instance() or QApplication([])
    collecting = collector.install(app)
    gc.collect()
    assert collecting.collect_if_due() == 0
