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


class _FitWrappedText(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("fitWrappedText")
        self._window = window
        # Measured once the layout has settled: asked in the middle of a layout request, the
        # form layout cached the rows' heights from before the change and kept them.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A layout request comes when a label's text or visibility changed; a resize when a
        # narrower window wraps the same text to more lines.
        if watched is self._window and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            self._timer.start()
        return False

    def fit(self) -> None:
        layout = self._window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = layout.totalMinimumHeightForWidth(self._window.width())
        if need > 0 and need != self._window.minimumHeight():
            # Growing the minimum past the window's height makes Qt resize the window.
            self._window.setMinimumHeight(need)


def fit_wrapped_text(window: QWidget) -> None:
    """Keep ``window`` tall enough for all the lines of its wrapped labels at its width."""
    mine = Qt.FindChildOption.FindDirectChildrenOnly
    if window.findChild(_FitWrappedText, "fitWrappedText", mine) is None:
        _FitWrappedText(window)
