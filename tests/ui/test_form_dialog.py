"""The form dialogs' one shell (ui/dialogs/form.py): what every dialog that saves one thing
does alike, driven as a person would."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from accelerator.ui.widgets.date_field import DateField
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text


class _Keeper:
    """Made after the dialog's widgets, it holds the dialog in a cycle of its own: the
    collector empties objects in the order they were made, so the dialog is freed (and its
    last events sent) only after its widgets' attributes are gone."""

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.me = self


def _wrapped_text(dialog: QDialog) -> QWidget:
    message = QLabel("A message long enough to wrap over two or three lines. " * 4, dialog)
    message.setWordWrap(True)
    fit_wrapped_text(dialog)
    return message


def _date_field(dialog: QDialog) -> QWidget:
    field = DateField(dialog)
    field.line_edit.setFocus()
    return field


@pytest.mark.parametrize("watcher", [_wrapped_text, _date_field])
def test_a_dialog_dropped_without_being_deleted_is_taken_apart_quietly(
    qtbot: QtBot, watcher: Callable[[QDialog], QWidget]
) -> None:
    """A dialog nobody deletes is taken apart by Python's garbage collector, which empties
    the attributes of the objects that watch its events while Qt still sends the dialog's
    last events to them: "AttributeError: '_FitWrappedText' object has no attribute
    '_window'", and the same of a date field's ``line_edit``."""
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(watcher(dialog))
    dialog.show()
    qtbot.waitExposed(dialog)
    _Keeper(dialog)
    del dialog, layout
    gc.collect()  # pytest-qt fails the test on an error raised inside a Qt event
