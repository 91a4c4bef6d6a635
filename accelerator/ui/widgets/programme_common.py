"""Small pieces shared by the Programmes and cohorts page and its dialogs: a field with its
error message beneath it, an explained empty state, a message bar, a confirmation."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import ValidationError
from accelerator.ui.icons import icon
from accelerator.ui.models.programme_models import muted_colour
from accelerator.ui.operations import FormErrors


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammeWidgets", text)


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> str:
    """A red that reads on the palette's background, light or dark."""
    return "#f2b8b5" if is_dark() else "#b3261e"


def error_label(parent: QWidget | None = None) -> QLabel:
    """Where the service's message about one field appears; hidden until there is one."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """``field`` with ``error`` right beneath it, for one row of a form."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Secondary text: explanations, hints, counts."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_muted(label)
    return label


def set_muted(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour())
    widget.setPalette(palette)


def heading_label(text: str = "", parent: QWidget | None = None, scale: float = 1.45) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class EmptyState(QStackedWidget):
    """Shows ``content`` (a table, a tree) or, while it has nothing to show, a sentence that
    says why and what to do about it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.message = QLabel(self)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setContentsMargins(24, 24, 24, 24)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_muted(self.message)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        # Short lines read better than one sentence across a wide screen.
        self.message.setMaximumWidth(640)
        box.addWidget(self.message, 0, Qt.AlignmentFlag.AlignCenter)
        self.addWidget(content)
        self.addWidget(frame)
        self._frame = frame

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self._frame)

    def is_empty(self) -> bool:
        return self.currentWidget() is self._frame


class MessageBar(QFrame):
    """A line of news above or below a form: what just happened, with an optional action."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self.close_button = QPushButton(_tr("Dismiss"), self)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def show_message(self, text: str, icon_name: str = "done", action: str = "") -> None:
        self.icon.setPixmap(icon(icon_name).pixmap(18, 18))
        self.text.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.setVisible(True)

    def dismiss(self) -> None:
        self.setVisible(False)
        self.closed.emit()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something the user may regret; ``action`` names the button that does it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


class KeyHandler(QObject):
    """Runs ``slot`` when one of ``keys`` (without modifiers) is pressed in ``widget``.

    For keys a view would otherwise use itself (Space, Return): unlike a QShortcut it
    does not depend on the window being the active one, and it takes the key first.
    """

    def __init__(self, widget: QWidget, keys: Iterable[Qt.Key], slot: Callable[[], object]):
        super().__init__(widget)
        self._keys = {int(k.value) for k in keys}
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._keys
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._slot()
            return True
        return super().eventFilter(watched, event)


class NamedErrors(FormErrors):
    """Form errors that name their field where the row's label does not: under a "Runs from"
    row with two dates, "End date must be after the start date" rather than "must be…"."""

    def __init__(self) -> None:
        super().__init__()
        self._named: dict[str, tuple[QLabel, str]] = {}

    def register(self, field: str, label: QWidget, subject: str = "") -> None:
        super().register(field, label)
        if subject and isinstance(label, QLabel):
            self._named[field] = (label, subject)

    def show(self, error: ValidationError) -> list[str]:
        unplaced = super().show(error)
        for field, (label, subject) in self._named.items():
            if field in error.problems:
                label.setText(f"{subject} {error.problems[field]}")
        return unplaced
