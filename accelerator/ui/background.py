"""Slow work started by a widget and run off the GUI thread, answered on the GUI thread.

``Background(owner).start(work, done, failed)`` runs ``work(progress, cancelled)`` in a
``Worker`` and later calls ``done(result)`` or ``failed(error)`` on the GUI thread. It keeps
the worker alive until then (a worker nobody holds is collected with its signals still due)
and says whether anything still runs (``busy``), so that a page need not keep a ``_worker``
attribute and clear it in both of its callbacks.

The callbacks are called from slots of a ``QObject`` that lives on the GUI thread, so Qt
queues them there from the worker's thread, and they may touch widgets.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

from accelerator.errors import AcceleratorError
from accelerator.ui.operations import ChangeBus, Worker

T = TypeVar("T")

#: ``progress(done, total)``: how far the work is.
Progress = Callable[[int, int], None]
#: ``cancelled()``: whether the person asked the work to stop.
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], T]


class _Job(QObject):
    """One run of ``work``, answering on the GUI thread and then going."""

    def __init__(
        self,
        owner: Background,
        work: Work[object],
        done: Callable[[], object],
        failed: Callable[[Exception], object],
        progress: Callable[[int, int], object] | None,
        expected: tuple[type[Exception], ...],
        bus: ChangeBus | None,
    ) -> None:
        # No parent: Python holds it (``Background.jobs``, then ``retired``), so that it goes
        # as a Python object does. Deleted by Qt (deleteLater, or with a parent), it crashed
        # in ~QObject now and then, once its worker was let go during its destruction.
        super().__init__()
        # Weakly: the Background holds its jobs, and a cycle would leave both to Python's
        # collector, which may run on any thread, and a QObject must go on its own.
        self._owner = weakref.ref(owner)
        self._done = done
        self._failed = failed
        self._progress = progress
        self.worker = Worker(work, expected=expected, bus=bus)
        self.worker.signals.finished.connect(self._on_finished)
        self.worker.signals.failed.connect(self._on_failed)
        if progress is not None:
            self.worker.signals.progress.connect(self._on_progress)

    def _orphaned(self) -> bool:
        """The widget that started the work is gone (its window closed while the work ran):
        nobody is left to answer, and its callbacks would touch deleted widgets."""
        owner = self._owner()
        return owner is None or not shiboken6.isValid(owner)

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and not self._orphaned():
            self._progress(done, total)

    def _on_finished(self, _result: object) -> None:
        self._end()
        if not self._orphaned():
            self._done()

    def _on_failed(self, error: object) -> None:
        self._end()
        if self._orphaned():
            return
        # The worker hands on what its work raised: always an exception.
        assert isinstance(error, Exception)
        self._failed(error)

    def _end(self) -> None:
        # No connection left to hold this object (nor a reference cycle through it that
        # Python's collector might break on the worker's thread).
        signals = self.worker.signals
        signals.finished.disconnect(self._on_finished)
        signals.failed.disconnect(self._on_failed)
        if self._progress is not None:
            signals.progress.disconnect(self._on_progress)
        owner = self._owner()
        if owner is not None:
            owner.retire(self)


class Background(QObject):
    """The slow work one widget (``owner``) has started and that has not answered yet."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.jobs: set[_Job] = set()
        # The jobs that answered last: kept until the next one answers, so that none is
        # let go inside its own slot, nor while its worker's thread may still be returning.
        self.retired: list[_Job] = []

    def busy(self) -> bool:
        """Whether some work started here has not answered yet."""
        return bool(self.jobs)

    def start(
        self,
        work: Work[T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
        *,
        progress: Callable[[int, int], object] | None = None,
        expected: tuple[type[Exception], ...] = (AcceleratorError,),
        bus: ChangeBus | None = None,
    ) -> Worker:
        """Run ``work`` off the GUI thread; ``done(result)`` or ``failed(error)`` follows
        on the GUI thread, after ``progress(done, total)`` as the work reports it.

        ``expected`` and ``bus`` are the ``Worker``'s: an error not of ``expected`` is a bug
        and also reaches the error dialog; what work that writes changed is announced on
        ``bus``."""
        # The result comes back through this list rather than as the ``finished`` signal's
        # object: read on the GUI thread after the signal, it keeps its type.
        result: list[T] = []
        job = _Job(
            self,
            lambda p, c: result.append(work(p, c)),
            lambda: done(result[0]),
            failed,
            progress,
            expected,
            bus,
        )
        self.jobs.add(job)
        job.worker.start()
        return job.worker

    def retire(self, job: _Job) -> None:
        self.jobs.discard(job)
        self.retired = [job]

    def cancel(self) -> None:
        """Ask every job still running to stop (``cancelled()`` turns true for it)."""
        for job in self.jobs:
            job.worker.cancel()
