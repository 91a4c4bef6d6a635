"""The window as a coordinator first meets it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.ui.main_window import MainWindow
from tests.factories import Factory


def test_empty_database_offers_the_demo(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.isVisible()
    assert window.count_labels["companies"].text() == "0"
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible()
    assert int(window.count_labels["companies"].text()) >= 12
    assert int(window.count_labels["assessments"].text()) > 0


def test_shows_where_the_data_is(qtbot: QtBot, services: Services, make: Factory) -> None:
    make.company()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert str(services.db.path) in window.location_label.text()
    assert window.count_labels["companies"].text() == "1"
    assert not window.welcome.isVisible()
