"""A refused org. number in the New company dialog: the whole message shows under the
field, and the boxes below it keep their height instead of being squeezed under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.company_dialog import CompanyDialog
from accelerator.ui.operations import ChangeBus
from tests.ui.test_companies_page import Navigator

LONG_NUMBER = "915 736 905 (the old number from 2019, before the merger)"


def _shown_height(widget: QWidget) -> int:
    """How much of ``widget`` a person sees: what its parents do not clip away."""
    return widget.visibleRegion().boundingRect().height()


def _all_shown(*widgets: QWidget) -> bool:
    return all(_shown_height(w) == w.height() for w in widgets)


def _whole_message(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def _dialog(qtbot: QtBot, services: Services, width: int) -> CompanyDialog:
    dialog = CompanyDialog(None, AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(dialog)
    dialog.resize(width, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_long_org_number_error_wraps_and_the_description_keeps_its_height(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services, 640)
    form = dialog.form
    qtbot.keyClicks(form.name_edit, "Havbris AS")
    qtbot.keyClicks(form.org_number_edit, LONG_NUMBER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = form.error_labels["org_number"]
    assert error.isVisible()
    assert error.text().startswith(f"'{LONG_NUMBER}' is not nine digits")
    assert error.heightForWidth(error.width()) > error.fontMetrics().lineSpacing(), "it wraps"
    # The window settles its layout after the message appears: wait for that, not longer.
    qtbot.waitUntil(
        lambda: _whole_message(error) and _all_shown(form.technology_edit, form.description_edit)
    )
    box_bottom = form.description_edit.mapTo(dialog, form.description_edit.rect().bottomLeft())
    button_top = dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft())
    assert box_bottom.y() < button_top.y(), "the buttons do not cover the box"
    assert services.companies.list_companies() == []


def test_a_narrower_dialog_gives_the_error_more_lines_and_still_squeezes_nothing(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services, 640)
    form = dialog.form
    qtbot.keyClicks(form.name_edit, "Havbris AS")
    qtbot.keyClicks(form.org_number_edit, LONG_NUMBER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = form.error_labels["org_number"]
    two_lines = error.heightForWidth(error.width())

    dialog.resize(460, dialog.height())
    qtbot.waitUntil(lambda: error.heightForWidth(error.width()) > two_lines)
    qtbot.waitUntil(lambda: _whole_message(error) and _all_shown(form.description_edit))
