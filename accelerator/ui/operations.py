"""How the window writes: one small helper that calls a service, shows a failure, and
announces what changed so that every page showing that kind of data refreshes.

Pages never catch service errors themselves; they call ``context.write(...)``. What
changed is not the caller's to say: the services report the tables each write touched
(services/written.py), and ``KINDS`` turns them into the kinds of data pages show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from accelerator.errors import AcceleratorError, ConflictError, ValidationError
from accelerator.i18n import in_context
from accelerator.services.written import recording
from accelerator.ui.error_report import unexpected

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


class Data(StrEnum):
    """The kinds of data a write can change; pages listen for the kinds they show."""

    PROGRAMMES = "programmes"
    COHORTS = "cohorts"
    COMPANIES = "companies"
    ENROLMENTS = "enrolments"
    MILESTONES = "milestones"
    ASSESSMENTS = "assessments"
    FRAMEWORKS = "frameworks"
    USERS = "users"
    CLUSTERS = "clusters"  # clusters and their tiers (a company's home cluster is by name)
    MEMBERSHIPS = "memberships"
    EVENTS = "events"  # events and their hosts
    REGISTRATIONS = "registrations"
    NEEDS = "needs"  # needs and offers, which matchmaking pairs
    MEETINGS = "meetings"
    PROJECTS = "projects"  # joint projects, their partners, funding and the two lists
    FIGURES = "figures"  # member figures, their own fields and the collection forms
    SESSIONS = "sessions"  # mentor sessions
    EVERYTHING = "everything"  # a restore or an import: refresh all


#: Which kind of data each table holds: what a write that touched it changed. The same
#: map serves this window's writes and the change watch's news of others' writes.
KINDS = {
    "programmes": Data.PROGRAMMES,
    "milestone_template_items": Data.PROGRAMMES,
    "cohorts": Data.COHORTS,
    "companies": Data.COMPANIES,
    "contacts": Data.COMPANIES,
    "enrolments": Data.ENROLMENTS,
    "mentor_assignments": Data.ENROLMENTS,
    "milestones": Data.MILESTONES,
    "assessments": Data.ASSESSMENTS,
    "scores": Data.ASSESSMENTS,
    "assessment_texts": Data.ASSESSMENTS,
    "readiness_frameworks": Data.FRAMEWORKS,
    "dimensions": Data.FRAMEWORKS,
    "level_descriptors": Data.FRAMEWORKS,
    "users": Data.USERS,
    "clusters": Data.CLUSTERS,
    "cluster_tiers": Data.CLUSTERS,
    "memberships": Data.MEMBERSHIPS,
    "events": Data.EVENTS,
    "event_hosts": Data.EVENTS,
    "registrations": Data.REGISTRATIONS,
    "needs_offers": Data.NEEDS,
    "meetings": Data.MEETINGS,
    "strategic_areas": Data.PROJECTS,
    "funding_schemes": Data.PROJECTS,
    "projects": Data.PROJECTS,
    "project_status_changes": Data.PROJECTS,
    "project_documents": Data.PROJECTS,
    "project_partners": Data.PROJECTS,
    "project_clusters": Data.PROJECTS,
    "funding_applications": Data.PROJECTS,
    "kpi_fields": Data.FIGURES,
    "kpi_values": Data.FIGURES,
    "kpi_forms": Data.FIGURES,
    "mentor_sessions": Data.SESSIONS,
    "mentor_capacities": Data.USERS,
}


def kinds_of(tables: Iterable[str]) -> frozenset[Data]:
    """The kinds of data in ``tables``; a table this map does not know refreshes all."""
    return frozenset(KINDS.get(t, Data.EVERYTHING) for t in tables)


class ChangeBus(QObject):
    """Broadcasts which kinds of data changed after a write."""

    changed = Signal(object)  # frozenset[Data]

    def announce(self, kinds: Iterable[Data]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            log.debug("changed: %s", sorted(kinds))
            self.changed.emit(kinds)

    def announce_tables(self, tables: Iterable[str]) -> None:
        """Announce the kinds of data in ``tables``, the tables a write touched."""
        self.announce(kinds_of(tables))


def touches(changed: frozenset[Data], *kinds: Data) -> bool:
    """Whether a page that shows ``kinds`` must refresh after ``changed``."""
    return Data.EVERYTHING in changed or not changed.isdisjoint(kinds)


class FormErrors:
    """Where a form shows the service's problems beside its fields.

    A form registers a label under each field name the service uses; whatever the
    service says about a field it has no label for goes into a message box. The service
    words a problem to follow the field's name ("must be after the start date"); a label
    that names its field (``kit.error_label(parent, "The end date")``) shows it after the
    name, where the row's own label does not say which field it is.
    """

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def register(self, field: str, label: QLabel) -> None:
        self._labels[field] = label
        label.setVisible(False)

    def clear(self) -> None:
        for label in self._labels.values():
            label.setVisible(False)

    def show(self, error: ValidationError) -> list[str]:
        """Show each problem beside its field; return the ones with no place in the form."""
        self.clear()
        unplaced = []
        for field, text in error.problems.items():
            label = self._labels.get(field)
            if label is None:
                unplaced.append(f"{error.label(field)}: {text}" if field else text)
                continue
            label.setText(text)
            label.setVisible(True)
        return unplaced


@dataclass
class Versioned(Generic[R]):
    """The record a form was filled from, so that its save can say which version it
    changes (``expected_version=versioned.version``) and a conflict can be shown.

    ``reload`` fills the form again from a record; ``fetch`` reads the record anew.
    """

    record: R
    reload: Callable[[R], None]
    fetch: Callable[[], R]

    @property
    def version(self) -> int:
        return int(getattr(self.record, "row_version", 0))


#: A write on a server that has not answered after this long greys the window out; a
#: quicker one (most: tens of milliseconds) shows only the busy pointer, without a flash.
DISABLE_AFTER_MS = 400


def write(
    parent: QWidget | None,
    bus: ChangeBus,
    call: Callable[[], T],
    *,
    form: FormErrors | None = None,
    title: str = "",
    versioned: Versioned[Any] | None = None,
    background: bool = False,
) -> T | None:
    """Run one service call. On success announce what it changed and return the result;
    on a refusal show why (beside the fields of ``form`` where it can) and return None.
    Nothing is half-saved: the service's transaction either committed or not.

    What changed comes from the write itself: the tables its transactions touched, and,
    when someone else changed the record meanwhile, that record's (the pages showing it
    are out of date). ``call`` reads no widget: with ``background`` it runs in a worker,
    while the window waits without freezing (``_wait_for``); the result, the errors and
    the conflict dialog still come back here, on the GUI thread.

    With ``versioned``, a record someone else saved meanwhile opens the conflict dialog:
    Reload fills the form with their version, Overwrite saves again over it (``call``
    reads ``versioned.version`` each time it runs)."""
    if form is not None:
        form.clear()
    while True:
        attempt = _wait_for(parent, call) if background else _attempt(call)
        bus.announce_tables(attempt.tables)
        error = attempt.error
        if error is None:
            return attempt.result
        if isinstance(error, ConflictError):
            if versioned is None:
                QMessageBox.warning(parent, title or _tr("Changed by someone else"), str(error))
                return None
            if not _resolve(parent, error, versioned):
                return None
            continue  # overwrite: the same save, over the version now shown
        if isinstance(error, ValidationError):
            unplaced = form.show(error) if form is not None else [str(error)]
            if unplaced:
                QMessageBox.warning(parent, title or _tr("Cannot save"), "\n".join(unplaced))
            return None
        if isinstance(error, AcceleratorError):
            log.info("refused: %s", error)
            QMessageBox.warning(parent, title or _tr("Cannot save"), str(error))
            return None
        raise error  # a bug: the error dialog shows it, as it would any slot's


@dataclass(frozen=True)
class _Attempt(Generic[T]):
    """How one run of a write went: its result or its error, and the tables it touched."""

    result: T | None
    error: Exception | None
    tables: frozenset[str]


def _attempt(call: Callable[[], T]) -> _Attempt[T]:
    with recording() as tables:
        try:
            result = call()
        except Exception as error:  # handed back to the GUI thread, which decides
            return _Attempt(None, error, frozenset(tables))
    return _Attempt(result, None, frozenset(tables))


def _wait_for(parent: QWidget | None, call: Callable[[], T]) -> _Attempt[T]:
    """Run ``call`` in a worker and wait for it in a local event loop: the window keeps
    painting and its timers keep running, while the person's clicks and keys are held
    off (``_Waiting``) so that nothing is started or closed halfway through the save."""
    done: list[_Attempt[T]] = []
    worker = Worker(lambda _progress, _cancelled: done.append(_attempt(call)))
    loop = QEventLoop()
    # Queued to this thread; a worker that finishes before exec() still ends the loop.
    worker.signals.finished.connect(loop.quit)
    worker.signals.failed.connect(loop.quit)
    with _Waiting(parent):
        worker.start(_write_pool())
        loop.exec()
    return done[0]


def _write_pool() -> QThreadPool:
    """The saves' own thread: the shared pool has as many threads as cores (two, here),
    and a save must not queue behind a report being drawn and an import."""
    app = _application()
    pool = app.findChild(QThreadPool, "writes")
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName("writes")
        pool.setMaxThreadCount(1)  # the window waits for each save: one at a time
    return pool


class _Waiting(QObject):
    """While a background write runs: a busy pointer at once, the person's input held
    off, and after ``DISABLE_AFTER_MS`` the window greyed out, so a slow server shows."""

    _INPUT = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut,
            QEvent.Type.ContextMenu,
            QEvent.Type.Drop,
            QEvent.Type.Close,
        }
    )

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__()
        self._window = parent.window() if parent is not None else None
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DISABLE_AFTER_MS)
        self._timer.timeout.connect(self._grey_out)

    def __enter__(self) -> _Waiting:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        _application().installEventFilter(self)
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()
        _application().removeEventFilter(self)
        QGuiApplication.restoreOverrideCursor()
        window = self._window
        if window is not None and not window.isEnabled():
            window.setEnabled(True)
            if self._focus is not None and self._focus.window() is window:
                self._focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grey_out(self) -> None:
        if self._window is not None:
            self._focus = QApplication.focusWidget()
            self._window.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._INPUT and event.spontaneous():
            event.ignore()
            return True
        return False


def _resolve(parent: QWidget | None, error: ConflictError, versioned: Versioned[Any]) -> bool:
    """Ask what to do about a conflict; True to save again over the current version."""
    from accelerator.ui.dialogs.conflict_dialog import Choice, ConflictDialog

    choice = ConflictDialog.ask(parent, error, versioned.record)
    log.info("conflict: the user chose %s", choice.value)
    if choice is Choice.OVERWRITE and error.current is not None:
        versioned.record = error.current
        return True
    if choice is Choice.RELOAD:
        try:
            current = error.current if error.current is not None else versioned.fetch()
        except AcceleratorError as fetch_error:  # removed meanwhile, say
            QMessageBox.warning(parent, _tr("Cannot reload"), str(fetch_error))
            return False
        versioned.record = current
        versioned.reload(current)
    return False


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:  # a write is started from a window: there is one
        raise RuntimeError("a background write needs the Qt application")
    return app


_tr = in_context("operations")


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    wrote = Signal(object)  # frozenset[str]: the tables the work's writes touched


class Worker(QRunnable):
    """Runs slow work (reports, imports, backups) off the GUI thread.

    ``work(progress, cancelled)`` reports progress by calling ``progress(done, total)`` and
    stops early when ``cancelled()`` turns true. It must not touch widgets: results and
    errors come back through the signals, on the GUI thread.

    Every error comes back through ``failed``, so that the caller can stop its progress
    bar. An error that is not one of ``expected`` (an ``AcceleratorError``: a message the
    caller shows) is a bug, and also goes to the error dialog (``error_report``) with its
    traceback. A caller that reports every failure itself in its own way (the change
    watch: "the database does not answer") says ``expected=(Exception,)``.

    Work that writes (an import, the demo) names the ``bus``: what its writes changed is
    announced there, before ``finished`` or ``failed`` arrives, and also when it failed or
    was cancelled after committing some of it.
    """

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
        *,
        expected: tuple[type[Exception], ...] = (AcceleratorError,),
        bus: ChangeBus | None = None,
    ):
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._expected = expected
        self._cancel = False
        if bus is not None:
            self.signals.wrote.connect(bus.announce_tables)  # queued to the GUI thread
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        failure: Exception | None = None
        result: object = None
        with recording() as tables:
            try:
                result = self._work(self.signals.progress.emit, lambda: self._cancel)
            except Exception as error:  # handed to the GUI thread, which decides what to show
                failure = error
        try:
            if tables:
                self.signals.wrote.emit(frozenset(tables))
            if failure is None:
                self.signals.finished.emit(result)
                return
            if not isinstance(failure, self._expected):
                unexpected(failure)
            self.signals.failed.emit(failure)
        except RuntimeError:
            # The program is closing and took the signals with it: nobody is left to
            # tell (what was written is committed, and announced on the next start).
            if shiboken6.isValid(self.signals):
                raise

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
