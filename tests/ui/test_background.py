"""``Background``: the one way a page runs slow work off the GUI thread. What it promises a
page: the answer (or the error) arrives on the GUI thread, where widgets may be touched;
``busy()`` is true exactly until then; progress and cancelling reach the work; and two jobs
started at once both answer."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from accelerator.errors import AcceleratorError
from accelerator.ui.background import Background, Cancelled, Progress


def _gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_the_answer_arrives_on_the_gui_thread_and_busy_ends_with_it(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    background = Background(owner)
    ran_on: list[bool] = []
    answers: list[tuple[int, bool, bool]] = []
    steps: list[tuple[int, int]] = []
    release = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> int:
        ran_on.append(_gui_thread())
        progress(1, 2)
        release.wait(5)
        return 42

    background.start(
        work,
        lambda result: answers.append((result, _gui_thread(), background.busy())),
        lambda error: answers.append((-1, _gui_thread(), background.busy())),
        progress=lambda done, total: steps.append((done, total)),
    )
    assert background.busy()
    qtbot.waitUntil(lambda: steps == [(1, 2)])
    assert background.busy() and answers == []
    release.set()
    qtbot.waitUntil(lambda: bool(answers))
    assert ran_on == [False]  # the work ran off the GUI thread
    assert answers == [(42, True, False)]  # the answer on it, and no longer busy
    assert not background.busy()


def test_an_error_arrives_as_the_failure(qtbot: QtBot) -> None:
    background = Background(QApplication.instance())
    done: list[object] = []
    failed: list[Exception] = []

    def work(progress: Progress, cancelled: Cancelled) -> None:
        raise AcceleratorError("The server does not answer.")

    background.start(work, done.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert done == []
    assert [str(e) for e in failed] == ["The server does not answer."]
    assert not background.busy()


def test_cancel_reaches_the_work_and_two_jobs_both_answer(qtbot: QtBot) -> None:
    background = Background(QApplication.instance())
    started = threading.Barrier(3, timeout=5)
    answers: list[str] = []

    def work(name: str) -> Callable[[Progress, Cancelled], str]:
        def run(progress: Progress, cancelled: Cancelled) -> str:
            started.wait()
            while not cancelled():
                QThread.msleep(5)
            return name

        return run

    background.start(work("first"), answers.append, lambda e: answers.append(str(e)))
    background.start(work("second"), answers.append, lambda e: answers.append(str(e)))
    started.wait()  # both run at once
    assert background.busy()
    background.cancel()
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert sorted(answers) == ["first", "second"]
    assert not background.busy()


def test_many_jobs_one_after_another_come_and_go(qtbot: QtBot) -> None:
    """The change watch asks every few seconds, for hours: each job goes once it has
    answered (taking it apart used to crash in ~QObject now and then)."""
    owner = QWidget()
    qtbot.addWidget(owner)
    background = Background(owner)
    answers: list[int] = []
    steps: list[int] = []

    def counting(n: int) -> Callable[[Progress, Cancelled], int]:
        def run(progress: Progress, cancelled: Cancelled) -> int:
            for step in range(20):
                progress(step, 20)
            return n

        return run

    for n in range(150):
        background.start(
            counting(n), answers.append, print, progress=lambda done, _total: steps.append(done)
        )
        qtbot.waitUntil(lambda: not background.busy())
    assert answers == list(range(150))
    assert len(steps) == 150 * 20
    assert len(background.retired) <= 1 and not background.jobs


def test_work_that_ends_after_its_widget_closed_answers_nobody(qtbot: QtBot) -> None:
    """The dashboard's charts were drawn after a window closed: the answer reached a
    deleted chart view ("Internal C++ object already deleted")."""
    owner = QWidget()
    background = Background(owner)
    release = threading.Event()
    finished = threading.Event()
    answers: list[str] = []

    def work(_progress: Progress, _cancelled: Cancelled) -> int:
        release.wait(5)
        finished.set()
        return 1

    def failing(_progress: Progress, _cancelled: Cancelled) -> int:
        release.wait(5)
        raise AcceleratorError("too late")

    def answered(what: str) -> Callable[[object], None]:
        def answer(_value: object) -> None:
            owner.setWindowTitle(what)  # raises once the widget is deleted
            answers.append(what)

        return answer

    background.start(work, answered("done"), answered("failed"))
    background.start(failing, answered("done"), answered("failed"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    release.set()
    assert finished.wait(5)
    qtbot.wait(200)  # the queued answers arrive, and are dropped
    assert answers == []
