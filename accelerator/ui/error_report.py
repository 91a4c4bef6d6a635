"""When something fails that nobody planned for: the error is logged with its traceback
and a dialog says what failed, where the log is, and offers to copy the details; the
program goes on.

``install_error_hook(log_file)`` puts one ``ErrorReporter`` behind ``sys.excepthook``
(PySide6 hands an exception raised in a slot to it, prints, and carries on) and
``threading.excepthook``; ``Worker`` hands its unexpected errors to ``unexpected()``. An
``AcceleratorError`` is not unexpected: it is a message for the person, and whoever
called the service shows it.

The window installs the hook at start; tests install it only where they mean to, so that
pytest-qt still turns an unplanned exception into a failed test everywhere else.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from accelerator import __version__

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Source(enum.Enum):
    """Where the error surfaced, which is all the dialog can say about what was going on."""

    WINDOW = "window"  # a slot or event handler on the GUI thread
    BACKGROUND = "background"  # a worker or another thread


@dataclass(frozen=True)
class Failure:
    """One unexpected error, already formatted: the traceback's frames are not kept alive
    while the error waits for the GUI thread."""

    type_name: str
    message: str
    traceback: str
    source: Source
    thread: str
    when: dt.datetime

    @classmethod
    def of(cls, exc_info: ExcInfo, source: Source) -> Failure:
        kind, error, tb = exc_info
        try:
            message = str(error)
        except Exception:  # an error whose message fails must still be reported
            message = ""
        return cls(
            type_name=kind.__name__,
            message=message,
            traceback="".join(traceback.format_exception(kind, error, tb)),
            source=source,
            thread=threading.current_thread().name,
            when=dt.datetime.now().replace(microsecond=0),
        )

    @property
    def summary(self) -> str:
        """``ValueError: bad value``, as Python names it (it is data, not translated)."""
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


class ErrorDialog(QDialog):
    """What failed, in words; where the log is; Copy details and OK."""

    def __init__(self, failure: Failure, log_file: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.failures = [failure]
        self._log_file = log_file

        if failure.source is Source.WINDOW:
            what = self.tr("Something went wrong while Accelerator was carrying out an action.")
        else:
            what = self.tr("Something went wrong while Accelerator was working in the background.")
        self.what_label = QLabel(what, self)
        font = self.what_label.font()
        font.setBold(True)
        self.what_label.setFont(font)
        self.error_label = QLabel(failure.summary, self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go_on_label = QLabel(
            self.tr("You can go on working; check that what you were doing was done."), self
        )
        if log_file is not None and log_file.exists():
            where = self.tr("The details are in the log file {0}").format(log_file)
        else:
            where = self.tr("No log file could be written; use Copy details to keep the details.")
        self.log_label = QLabel(where, self)
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = QLabel(self)
        self.more_label.setVisible(False)
        self.copied_label = QLabel(self.tr("The details are on the clipboard."), self)
        self.copied_label.setVisible(False)
        for label in (self.what_label, self.error_label, self.go_on_label, self.log_label):
            label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        # An action role: copying leaves the dialog open, to be read and then closed.
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.accepted.connect(self.accept)

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(8)
        for label in (
            self.what_label,
            self.error_label,
            self.go_on_label,
            self.log_label,
            self.more_label,
            self.copied_label,
        ):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add(self, failure: Failure) -> None:
        """Another error while this one is shown: counted here, not a dialog of its own."""
        self.failures.append(failure)
        more = len(self.failures) - 1
        if more == 1:
            text = self.tr("One more error happened after this one; Copy details includes it.")
        else:
            text = self.tr(
                "{0} more errors happened after this one; Copy details includes them."
            ).format(more)
        self.more_label.setText(text)
        self.more_label.setVisible(True)

    def details(self) -> str:
        """What a developer needs: versions, platform, and every traceback shown here."""
        lines = [
            f"Accelerator {__version__}",
            f"Python {platform.python_version()} ({platform.python_implementation()})",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
            f"Platform: {platform.platform()}",
            f"Log file: {self._log_file if self._log_file is not None else '-'}",
        ]
        for number, failure in enumerate(self.failures, start=1):
            lines += [
                "",
                f"Error {number} of {len(self.failures)}: {failure.when.isoformat(sep=' ')}, "
                f"{failure.source.value}, thread {failure.thread}",
                failure.traceback.rstrip(),
            ]
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copied_label.setVisible(True)


class ErrorReporter(QObject):
    """Logs every unexpected error and shows it, one dialog at a time, on the GUI thread.

    Create it on the GUI thread; ``report`` may be called from any thread."""

    _arrived = Signal(object)  # Failure
    shown = Signal(object)  # the ErrorDialog, once it is on screen

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self._broken = False
        self._inside = threading.local()
        self._previous_excepthook: Callable[..., object] | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        # Always queued, also from the GUI thread: the dialog is never built inside
        # PySide's error handling, and a burst of errors arrives before it is shown.
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # --- installing -----------------------------------------------------------------------

    def install(self) -> None:
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks found at ``install`` (if nobody replaced ours meanwhile)."""
        global _installed
        if sys.excepthook == self.excepthook and self._previous_excepthook is not None:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        if _installed is self:
            _installed = None
        if self.dialog is not None:
            self.dialog.close()

    # --- the hooks ------------------------------------------------------------------------

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        on_gui = threading.current_thread() is threading.main_thread()
        self.report((kind, error, tb), Source.WINDOW if on_gui else Source.BACKGROUND)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, KeyboardInterrupt | SystemExit):
            threading.__excepthook__(args)  # SystemExit ends a thread quietly, as it did
            return
        self.report((args.exc_type, args.exc_value, args.exc_traceback), Source.BACKGROUND)

    def report(self, exc_info: ExcInfo, source: Source) -> None:
        """Log the error with its traceback and have the GUI thread show it."""
        if getattr(self._inside, "reporting", False):
            # Reporting itself failed (a log handler, say): Python's own printing, no loop.
            sys.__excepthook__(*exc_info)
            return
        self._inside.reporting = True
        try:
            log.error("unexpected error (%s)", source.value, exc_info=exc_info)
            self._arrived.emit(Failure.of(exc_info, source))
        finally:
            self._inside.reporting = False

    # --- on the GUI thread ----------------------------------------------------------------

    def _show(self, failure: Failure) -> None:
        if self.dialog is not None:
            self.dialog.add(failure)
            return
        if self._broken:
            return  # logged already; a dialog that cannot be built is not tried again
        try:
            dialog = ErrorDialog(failure, self.log_file, _lasting_window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Not exec(): no nested event loop, so errors that follow are counted on it.
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(lambda _result, shown=dialog: self._closed(shown))
            dialog.destroyed.connect(lambda _object=None, shown=dialog: self._closed(shown))
            self.dialog = dialog
            dialog.show()
        except Exception:
            # An error in showing an error must not come back here through the hook.
            self._broken = True
            self.dialog = None
            log.exception("cannot show the error dialog; errors are only logged from now on")
            return
        self.shown.emit(dialog)

    def _closed(self, dialog: ErrorDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


def _lasting_window() -> QWidget | None:
    """The window the dialog belongs to: the active one's outermost owner, not a message
    box or dialog that will close (and take the error dialog with it) before it is read."""
    window = QApplication.activeWindow()
    while window is not None and (owner := window.parentWidget()) is not None:
        window = owner.window()
    return window


_installed: ErrorReporter | None = None


def install_error_hook(log_file: Path | None, parent: QObject | None = None) -> ErrorReporter:
    """Show every unexpected error from now on; ``uninstall()`` the result to stop."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    reporter = ErrorReporter(log_file, parent)
    reporter.install()
    _installed = reporter
    return reporter


def unexpected(error: BaseException) -> None:
    """An error the program's own code caught (a worker) but did not plan for: to the
    installed reporter, else to ``sys.excepthook`` (in a test, pytest-qt's, which fails it)."""
    exc_info: ExcInfo = (type(error), error, error.__traceback__)
    if _installed is not None:
        on_gui = threading.current_thread() is threading.main_thread()
        _installed.report(exc_info, Source.WINDOW if on_gui else Source.BACKGROUND)
        return
    log.error("unexpected error", exc_info=exc_info)
    sys.excepthook(*exc_info)
