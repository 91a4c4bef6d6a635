"""Walking the program as a person does: the real entry point, real windows, key presses
on whatever has the focus, clicks where a person clicks, and nothing called inside.

A walk is a generator. It yields what the person does next and what they wait to see:

    def mentor(walk: Walk) -> Walk.Script:
        dialog = yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
        yield walk.type("secret")
        yield walk.press(Qt.Key.Key_Return)

``Walk.run(start, script)`` starts the program (``start`` is the ``accelerator`` command's
``main`` with its arguments, so the window opens exactly as on a desktop: database
checks, the lock, sign-in, the main window) and steps through the script from a timer,
so that a key which opens a modal dialog does not block the walk: the next steps drive
that dialog, as a person would. When the script ends, the program is closed; the test
then checks the stored rows and ``walk.keys.interactions``.

The offscreen platform has no window manager; the harness does the one thing a window
manager does that a person relies on: a window that appears, or is left on top when a
dialog closes, gets the keyboard focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from tests.keyboard import NO_MODIFIER, Keyboard

W = TypeVar("W", bound=QWidget)


@dataclass
class _Until:
    condition: Callable[[], Any]
    what: str
    timeout: float


@dataclass
class _Act:
    action: Callable[[], None]
    what: str


class WalkError(AssertionError):
    pass


class Walk:
    Script = Generator[Any, Any, None]

    def __init__(self) -> None:
        self.keys = Keyboard()
        self._script: Walk.Script | None = None
        self._waiting: _Until | _Act | None = None
        self._since = 0.0
        self._act_started = False
        self._error: BaseException | None = None
        self._finished = False
        self._closing = False
        self._quit_asked = False
        self.steps: list[str] = []
        self._in_front: list[QWidget] = []

    # --- what a script yields -----------------------------------------------------------

    def until(self, condition: Callable[[], Any], what: str, timeout: float = 30.0) -> _Until:
        """Wait until ``condition()`` is truthy; the walk receives its value."""
        return _Until(condition, what, timeout)

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, note: str = ""
    ) -> _Act:
        return _Act(lambda: self.keys.press(key, modifiers, note=note), note or key.name)

    def press_underlined(self, widget: Callable[[], QWidget], note: str = "") -> _Act:
        """Alt and the letter a button's or label's text underlines, as the person reads
        it on the screen in the language the window speaks ("New coh&ort…" gives Alt+O,
        "Nytt &kull…" Alt+K)."""

        def act() -> None:
            text = widget().property("text")
            key = mnemonic(str(text))
            self.keys.press(key, Qt.KeyboardModifier.AltModifier, note=note or f"Alt+{text}")

        return _Act(act, note or "Alt and an underlined letter")

    def type(self, text: str) -> _Act:
        return _Act(lambda: self.keys.type(text), f"type {text!r}")

    def click(self, widget: QWidget, pos: QPoint | None = None) -> _Act:
        return _Act(lambda: self.keys.click(widget, pos), f"click {widget!r}")

    def uncounted(self, action: Callable[[], None], what: str) -> _Act:
        """Something the person does outside the program (a drop from the file manager is
        counted by its own ``click``); not an interaction with the window."""
        return _Act(action, what)

    # --- conditions ---------------------------------------------------------------------

    @staticmethod
    def modal(kind: type[W]) -> W | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) and widget.isVisible() else None

    @staticmethod
    def window(kind: type[W]) -> W | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    @staticmethod
    def focused(kind: type[W]) -> W | None:
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, kind) else None

    # --- running ------------------------------------------------------------------------

    def run(self, start: Callable[[], int], script: Script) -> int:
        self._script = script
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(self._tick)
        timer.start()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        names = (app.applicationName(), app.organizationName(), app.applicationDisplayName())
        try:
            code = start()
        finally:
            timer.stop()
            # The program's last window closing asked the application to quit; a second
            # request left in the queue would end the next event loop at once (the next
            # walk's sign-in, the next test's wait). Its names go back as the tests had them.
            QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
            app.setApplicationName(names[0])
            app.setOrganizationName(names[1])
            app.setApplicationDisplayName(names[2])
        if self._error is not None:
            raise self._error
        if not self._finished:
            raise WalkError(
                f"the program ended (exit code {code}) before the walk did; "
                f"last steps: {self.steps[-5:]}"
            )
        return code

    def _tick(self) -> None:
        if self._closing:
            self._close_everything()
            return
        self._act_as_window_manager()
        try:
            self._check_no_error_dialog()
            value = self._ready()
            if value is _NOT_YET:
                return
            self._advance(value)
        except BaseException as error:  # noqa: BLE001 - the test raises it after unwinding
            self._error = error
            self._closing = True

    def _ready(self) -> Any:
        waiting = self._waiting
        if waiting is None:
            return None
        if isinstance(waiting, _Act):
            return None if self._act_started else _NOT_YET
        value = waiting.condition()
        if value:
            return value
        if time.monotonic() - self._since > waiting.timeout:
            focus = QApplication.focusWidget()
            raise WalkError(
                f"waited {waiting.timeout:.0f} s for {waiting.what}; focus is on {focus!r}, "
                f"the active modal widget is {QApplication.activeModalWidget()!r}; "
                f"steps so far: {self.steps}"
            )
        return _NOT_YET

    def _advance(self, value: Any) -> None:
        assert self._script is not None
        try:
            step = self._script.send(value) if self._waiting is not None else next(self._script)
        except StopIteration:
            self._finished = True
            self._closing = True
            self._waiting = None
            return
        self._since = time.monotonic()
        self._waiting = step
        self.steps.append(step.what)
        if isinstance(step, _Act):
            self._act_started = False
            QTimer.singleShot(0, lambda: self._perform(step))

    def _perform(self, step: _Act) -> None:
        self._act_started = True
        try:
            step.action()  # may open a modal dialog and return only when it closes
        except BaseException as error:  # noqa: BLE001
            self._error = self._error or error
            self._closing = True

    def _act_as_window_manager(self) -> None:
        active = QApplication.activeWindow()
        if active is not None:
            # The windows in the order they were last in front, the latest first.
            self._in_front = [active] + [w for w in self._in_front if w is not active]
        modal = QApplication.activeModalWidget()
        target = modal if modal is not None and modal.isVisible() else None
        if target is None and active is None:
            # The window that was in front before the one that closed (a window of its
            # own, the check-in window, over the main window), else the main window.
            shown = [w for w in self._in_front if _alive(w) and w.isVisible()]
            target = next(
                iter(shown),
                next(
                    (
                        w
                        for w in QApplication.topLevelWidgets()
                        if isinstance(w, QMainWindow | QDialog) and w.isVisible()
                    ),
                    None,
                ),
            )
        if target is not None and not target.isActiveWindow():
            target.activateWindow()

    def _check_no_error_dialog(self) -> None:
        from accelerator.ui.error_report import ErrorDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ErrorDialog) and widget.isVisible():
                raise WalkError("an unexpected error was shown:\n" + widget.details())

    def _close_everything(self) -> None:
        """Unwind: close dialogs without their questions, then the windows."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.done(0)
            return
        if modal is not None:
            modal.close()
            return
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if visible:
            QApplication.closeAllWindows()  # the last one closing ends the program
        elif not self._quit_asked:
            # Nothing left to close, and yet the program runs (a window that was never
            # shown): end it once.
            self._quit_asked = True
            QApplication.quit()


_NOT_YET = object()


def _alive(widget: QWidget) -> bool:
    """Whether Qt still has the widget (a dialog deleted after it closed has gone)."""
    import shiboken6

    return shiboken6.isValid(widget)


def mnemonic(text: str) -> Qt.Key:
    """The key of the letter after the ``&`` of ``text`` (``&&`` is a plain ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    assert at >= 0 and at + 1 < len(plain), f"nothing underlined in {text!r}"
    # Qt's keys for letters are their upper-case code points, Æ, Ø and Å included.
    return Qt.Key(ord(plain[at + 1].upper()))
