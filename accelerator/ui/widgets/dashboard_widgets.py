"""Pieces of the cohort dashboard: a headline figure that clicks through to the companies
behind it, and a bar behind a mean level."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.readiness import MAX_LEVEL
from accelerator.ui.kit import blend, is_dark, led_by_icon


class FigureCard(QFrame):
    """One headline figure: a caption, a big value, a line of detail. Clicking it (or Enter
    or Space when it has the focus) emits ``clicked``; a card with nothing behind it is
    disabled and says so."""

    clicked = Signal()

    def __init__(self, icon_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        self._hover = False
        self._clickable = True
        self._icon_name = icon_name

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption_label = QLabel(caption, self)
        layout.addLayout(led_by_icon(icon_name, self.caption_label))
        self.value_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        layout.addWidget(self.value_label)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        layout.addWidget(self.detail_label)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self._update_palette()

    def set_figure(
        self,
        value: str,
        detail: str,
        *,
        colour: QColor | None = None,
        clickable: bool = True,
        tooltip: str = "",
    ) -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        palette = self.value_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colour or self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.value_label.setPalette(palette)
        # Not disabled (that would grey the figure out): a card with nothing behind it
        # just stops taking clicks and the focus.
        self._clickable = clickable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption_label.text()}: {value}. {detail}")
        self._update_palette()

    @property
    def clickable(self) -> bool:
        return self._clickable

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setVisible(total > 0)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    # --- looks: a raised card, lit up when pointed at or focused ----------------------------

    def _update_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if self._clickable and (self._hover or self.hasFocus()):
            highlight = palette.color(QPalette.ColorRole.Highlight)
            base = blend(base, highlight, 0.12)
        palette.setColor(QPalette.ColorRole.Window, base)
        self.setPalette(palette)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover = True
        self._update_palette()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = False
        self._update_palette()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._update_palette()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._update_palette()
        super().focusOutEvent(event)

    # --- clicking ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LevelBarDelegate(QStyledItemDelegate):
    """Draws a mean level (1..9) as a bar behind its number, so a glance down the column
    compares the dimensions."""

    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(self._role)
        if isinstance(value, float | int):
            rect = QRectF(option.rect).adjusted(6, 7, -6, -7)
            colour = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            colour.setAlphaF(0.5 if is_dark(option.palette) else 0.28)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            width = rect.width() * max(0.0, min(1.0, float(value) / MAX_LEVEL))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width, rect.height()), 3, 3)
            painter.restore()
        super().paint(painter, option, index)
