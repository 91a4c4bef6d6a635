"""On a server a save runs off the GUI thread: the window keeps painting while the network
(here: a row another connection holds) takes its time, a person's clicks meanwhile are
held off, and the answer (saved, refused, or changed by someone else) comes back to the
form as it does on a file (#19, point 1)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import NullPool, create_engine, text

from accelerator.db.open import open_database
from accelerator.errors import ConflictError
from accelerator.services import Services
from accelerator.services.programmes import ProgrammeInput
from accelerator.services.records import ProgrammeRecord
from accelerator.ui import operations
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.operations import ChangeBus, Data
from tests.factories import Factory
from tests.ui.helpers import NoNavigation

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box here is a failure, not a modal loop that hangs the run."""

    def fail(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)


@pytest.fixture
def server(pg_url: str) -> Iterator[Services]:
    db = open_database(pg_url)
    yield Services(db)
    db.dispose()


@pytest.fixture
def context(server: Services) -> AppContext:
    return AppContext(server, ChangeBus(), NoNavigation())


@pytest.fixture
def programme(server: Services) -> ProgrammeRecord:
    make = Factory(server)
    make.programme(name="Subsea Start")
    return make.programme(name="Ocean Tech")


def _edit(qtbot: QtBot, context: AppContext, programme: ProgrammeRecord, name: str) -> QDialog:
    dialog = ProgrammeDialog(None, context, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, name)
    return dialog


def _shown_errors(dialog: QWidget) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "already" in label.text()
    ]


def test_a_slow_save_on_a_server_keeps_the_window_alive_and_holds_off_clicks(
    qtbot: QtBot, pg_url: str, context: AppContext, server: Services, programme: ProgrammeRecord
) -> None:
    dialog = _edit(qtbot, context, programme, "Ocean Tech Scale-up")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)  # type: ignore[attr-defined]
    # Another connection holds the programme's row: the save waits on the server.
    holder = create_engine(pg_url, poolclass=NullPool).connect()
    holder.execute(
        text("SELECT id FROM programmes WHERE id = :id FOR UPDATE"), {"id": programme.id}
    )
    seen: dict[str, object] = {}

    def soon() -> None:  # while the save waits
        cursor = QGuiApplication.overrideCursor()
        seen["busy pointer"] = cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
        qtbot.mouseClick(cancel, LEFT)
        seen["open after a click on Cancel"] = dialog.isVisible()
        seen["enabled at first"] = dialog.isEnabled()

    def later() -> None:  # a server this slow greys the window out; then it answers
        seen["greyed out later"] = not dialog.isEnabled()
        holder.commit()

    QTimer.singleShot(100, soon)
    QTimer.singleShot(operations.DISABLE_AFTER_MS + 300, later)
    # Should the save ever block the GUI thread again, the timers above never run: let the
    # row go from another thread then, so that the test fails instead of hanging.
    watchdog = threading.Timer(15, holder.commit)
    watchdog.start()
    with qtbot.waitSignal(context.bus.changed) as changed:
        qtbot.mouseClick(dialog.save_button, LEFT)
    watchdog.cancel()
    holder.close()

    assert seen == {
        "busy pointer": True,
        "open after a click on Cancel": True,
        "enabled at first": True,
        "greyed out later": True,
    }
    assert changed.args == [frozenset({Data.PROGRAMMES})]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert server.programmes.get_programme(programme.id).name == "Ocean Tech Scale-up"
    assert QGuiApplication.overrideCursor() is None


def test_a_refusal_on_a_server_shows_beside_the_field_and_gives_the_form_back(
    qtbot: QtBot, context: AppContext, server: Services, programme: ProgrammeRecord
) -> None:
    dialog = _edit(qtbot, context, programme, "Subsea Start")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _shown_errors(dialog) == ["a programme called 'Subsea Start' already exists"]
    assert dialog.isVisible() and dialog.isEnabled()
    assert QGuiApplication.overrideCursor() is None
    assert server.programmes.get_programme(programme.id).name == "Ocean Tech"

    # The form is the person's again: they type another name and save.
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Ocean Tech Scale-up")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert server.programmes.get_programme(programme.id).name == "Ocean Tech Scale-up"


def test_a_conflict_on_a_server_opens_the_conflict_dialog_on_the_gui_thread(
    qtbot: QtBot,
    context: AppContext,
    server: Services,
    programme: ProgrammeRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, bool]] = []

    def ask(_cls: object, _parent: QWidget | None, error: ConflictError, _before: object) -> Choice:
        asked.append((str(error), threading.current_thread() is threading.main_thread()))
        return Choice.RELOAD

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    dialog = _edit(qtbot, context, programme, "Ocean Tech Scale-up")
    server.programmes.update_programme(programme.id, ProgrammeInput("Ocean Tech Nord"))

    with qtbot.waitSignal(context.bus.changed) as changed:
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert changed.args == [frozenset({Data.PROGRAMMES})]  # what shows it is out of date
    assert [on_gui for _text, on_gui in asked] == [True]
    assert "while you were editing it" in asked[0][0]
    assert dialog.isVisible() and dialog.isEnabled()
    assert dialog.name_edit.text() == "Ocean Tech Nord"  # reloaded: their version
    assert server.programmes.get_programme(programme.id).name == "Ocean Tech Nord"
