"""Choosing a readiness level 1-9 with one key press.

A row of nine buttons for the mouse; for the keyboard, a digit 1-9 chooses a level. The
level changes only by a digit typed while this picker has focus, or a click on one of its
buttons: nothing else (no arrow, no plus or minus) moves it, so a key meant for somewhere
else can never set a level.

Any other text typed here is handed on (``typed``) for the dialog to put in this row's
reason: a person who starts typing words means to write, and words must land in a text
field, never vanish. ``Enter`` keeps the level and asks for the next row (``step``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from accelerator.services.records import DimensionRecord


class LevelPicker(QWidget):
    #: The level changed (1-9), by key or click.
    level_changed = Signal(int)
    #: A digit was typed: the user is done with this picker.
    answered = Signal()
    #: Focus arrived; the dialog shows this dimension's descriptor.
    focused = Signal()
    #: Text that is not a level was typed here; it belongs in this row's reason.
    typed = Signal(str)
    #: Enter (+1) or Down/Up (+1/-1): move to another row, keeping this level.
    step = Signal(int)

    def __init__(self, dimension: DimensionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._level: int | None = None
        self.previous: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(dimension.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        for level in range(1, 10):
            button = QToolButton(self)
            button.setText(str(level))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(QSize(28, 28))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            record = dimension.level(level)
            if record is not None:
                button.setToolTip(
                    f"<b>{dimension.name} {level}: {escape(record.title)}</b><br>"
                    f"{escape(record.description)}"
                )
            self._group.addButton(button, level)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        # The chosen level must stand out from the others at a glance, in any palette.
        self.setStyleSheet(
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; }"
        )
        self._group.idClicked.connect(self._clicked)

    def level(self) -> int | None:
        return self._level

    def set_level(self, level: int | None, *, previous: bool = False) -> None:
        """Show ``level``; with ``previous`` it is also the level to compare changes with."""
        if previous:
            self.previous = level
        self._level = level
        for button in self.buttons:
            button.setChecked(level is not None and int(button.text()) == level)
            font = button.font()
            font.setUnderline(self.previous is not None and int(button.text()) == self.previous)
            button.setFont(font)

    @property
    def changed(self) -> bool:
        return (
            self.previous is not None and self._level is not None and self._level != self.previous
        )

    def _clicked(self, level: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_from_user(level)

    def _set_from_user(self, level: int) -> None:
        before = self._level
        self.set_level(level)
        if level != before:
            self.level_changed.emit(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if modifiers:  # Ctrl+Enter and other shortcuts are the dialog's
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.step.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.step.emit(-1)
            return
        text = event.text()
        if len(text) == 1 and text in "123456789":
            self._set_from_user(int(text))
            self.answered.emit()
            return
        if text and text.isprintable():
            self.typed.emit(text)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._paint_focus(True)
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._paint_focus(False)

    def _paint_focus(self, on: bool) -> None:
        # A visible focus frame: the picker is a keyboard target, not just nine buttons.
        self.setAutoFillBackground(on)
        palette = self.palette()
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(60)  # reads on light and dark palettes alike
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
