"""A person at the keyboard, for tests that drive the window from the outside.

Every key goes to whatever really has the focus at that moment (an open menu before the
widget beneath it), one character at a time, as a person's typing does: if focus moves in
the middle of a word, the rest of the word lands where the focus went. Nothing here calls
into a page or dialog.

Interactions are counted as the walk tests define them:
- each non-text key (Enter, Tab, Esc, an arrow, a shortcut) counts one;
- each click counts one;
- a stretch of typed text counts one, however long, and wherever the characters land
  (a digit that picks a level followed by the reason typed straight after it is one
  stretch: the hands never leave the letters).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def release_modifiers() -> None:
    """QTest's last event of a Shift+Tab still says Shift is down, and Qt believes it until
    the next key event: selectRow() then extends a selection instead of making one. A
    person's hand has left the key; say so with a release that holds no modifier."""
    target = QApplication.focusWidget() or QApplication.activeWindow() or QWidget()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
        QTest.keyRelease(target, key, NO_MODIFIER)


@dataclass
class Keyboard:
    interactions: int = 0
    log: list[str] = field(default_factory=list)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        # A menu that popped up has the keyboard for as long as it is open, though the
        # focus stays on the widget beneath it (a drop-down list takes the focus itself).
        popup = QApplication.activePopupWidget()
        if (
            popup is not None
            and popup.isVisible()
            and (widget is None or (widget is not popup and not popup.isAncestorOf(widget)))
        ):
            return popup
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, *, note: str = ""
    ) -> None:
        """One non-text key (with its modifiers) on the widget that has focus."""
        self.interactions += 1
        self.log.append(note or f"key {key.name} {modifiers.name or ''}".strip())
        QTest.keyClick(self.focus(), key, modifiers)
        if modifiers != NO_MODIFIER:
            release_modifiers()

    def type(self, text: str) -> None:
        """A stretch of typed text: one interaction."""
        self.interactions += 1
        self.log.append(f"type {text!r}")
        for char in text:
            QTest.keyClicks(self.focus(), char)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.interactions += 1
        self.log.append(f"click {widget.objectName() or type(widget).__name__}")
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO_MODIFIER, pos)
