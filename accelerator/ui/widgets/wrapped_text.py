"""Windows that grow to show every line of their wrapped text.

A word-wrapped QLabel tells its layout that it needs one line, and Qt gives a top-level
window the minimum height its layout reports, which counts one line per label. An error
that wraps to two or three lines then took its height from the boxes below it: under a
long org. number's message the New company dialog cut the Description box from 68 to 53
pixels. The height those labels need at the window's width is known (the layout's
height-for-width); ``fit_wrapped_text(window)`` keeps the window's minimum height at it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

#: What makes the window measure again: a layout request comes when a label's text or
#: visibility changed; a resize when a narrower window wraps the same text to more lines.
_REFIT = frozenset({QEvent.Type.LayoutRequest, QEvent.Type.Resize})


class _FitWrappedText(QObject):
    """Watches its parent, the window. It keeps no Python attribute: a window nobody deleted
    is taken apart by Python's garbage collector, which may empty this object's attributes
    while Qt still sends the window's last events here (they raised AttributeError). What
    it needs it asks Qt for: its parent, and its timer."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("fitWrappedText")
        # Measured once the layout has settled: asked in the middle of a layout request, the
        # form layout cached the rows' heights from before the change and kept them.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Installed on the window only, so whatever is watched is the window.
        if event.type() in _REFIT:
            timer = self.findChild(QTimer)
            if timer is not None:
                timer.start()
        return False

    def fit(self) -> None:
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = layout.totalMinimumHeightForWidth(window.width())
        if need > 0 and need != window.minimumHeight():
            # Growing the minimum past the window's height makes Qt resize the window.
            window.setMinimumHeight(need)


def fit_wrapped_text(window: QWidget) -> None:
    """Keep ``window`` tall enough for all the lines of its wrapped labels at its width."""
    mine = Qt.FindChildOption.FindDirectChildrenOnly
    if window.findChild(_FitWrappedText, "fitWrappedText", mine) is None:
        _FitWrappedText(window)
