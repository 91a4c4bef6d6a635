"""Python's cycle collector, run by the window's event loop rather than wherever it falls.

Left to itself the collector runs whenever enough objects have been allocated, wherever
that happens: inside a Python event filter or slot that Qt calls in the middle of its own
work. Hiding a page walks the page's children; an event filter of one of them (a table's
Enter key) allocated, the collection it started freed the last wrappers of dialogs and
popups hanging off the page, and Qt went on walking a list that had changed under it: a
segmentation fault in ``QWidgetPrivate::hideChildren`` (tests/ui/test_bokmal_fits.py,
serially, reproduced it every time; with the collector off, never). A collection in a
background read's thread can free Qt objects of the GUI thread in the same way.

So while the window runs, automatic collection is off and a timer on the GUI thread
collects with Python's own thresholds, between events, where no Qt call is under way.
Reference counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the event loop looks whether a collection is due.
INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    """Collects cycles from the event loop; ``install`` makes one for the application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()
        gc.disable()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold, as Python
        would have on its own; the number of objects collected (0: none was due)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector, made on first call."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
