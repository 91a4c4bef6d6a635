"""Changes made on another desktop appear in the open window's pages without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from accelerator.ui import change_watch
from accelerator.ui.main_window import MainWindow
from tests.factories import Factory


@pytest.fixture
def elsewhere(db: Database) -> Iterator[Services]:
    other = open_database(db.target)
    yield Services(other)
    other.dispose()


def _names(window: MainWindow) -> list[str]:
    model = window.pages["companies"].model  # type: ignore[attr-defined]
    return [
        model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())
    ]


def test_a_company_renamed_on_another_desktop_shows_in_the_list(
    qtbot: QtBot,
    services: Services,
    elsewhere: Services,
    make: Factory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(change_watch, "FILE_INTERVAL_MS", 100)
    company = make.company(name="Havbris AS")
    make.programme()  # not the welcome page
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.go("companies")
    qtbot.waitUntil(lambda: "Havbris AS" in _names(window), timeout=5000)
    qtbot.waitUntil(lambda: window.change_watcher.seen is not None, timeout=5000)  # type: ignore[attr-defined]

    elsewhere.companies.update_company(
        company.id, CompanyInput(name="Havbris Ocean AS", org_number=company.org_number)
    )
    qtbot.waitUntil(lambda: "Havbris Ocean AS" in _names(window), timeout=5000)
    assert "Havbris AS" not in _names(window)
