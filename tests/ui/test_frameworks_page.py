"""The readiness frameworks page: the list, the descriptor viewer, import and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.domain.framework_file import bundled_framework_paths, load_framework_file
from accelerator.services import Actor, Services
from accelerator.ui.context import AppContext
from accelerator.ui.models.framework_table import FrameworkModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.frameworks import FrameworksPage
from tests.ui.helpers import NoNavigation

TECHNOLOGY_ONLY = next(p for p in bundled_framework_paths() if p.name == "technology-only.json")


def _page(qtbot: QtBot, services: Services) -> FrameworksPage:
    page = FrameworksPage(AppContext(services, ChangeBus(), NoNavigation()))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(page: FrameworksPage) -> list[str]:
    m = page.model
    return [m.index(r, FrameworkModel.COL_NAME).data() for r in range(m.rowCount())]


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _capture_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_lists_the_default_framework_and_shows_every_level(
    qtbot: QtBot, qtmodeltester: object, services: Services
) -> None:
    page = _page(qtbot, services)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    default = services.frameworks.list_frameworks()[0]
    assert _names(page) == [default.name]
    assert page.model.index(0, FrameworkModel.COL_DIMENSIONS).data() == str(len(default.dimensions))
    assert page.model.index(0, FrameworkModel.COL_ASSESSMENTS).data() == "0"
    tabs = page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [d.name for d in default.dimensions]
    tabs.setCurrentIndex(1)
    text = tabs.currentWidget().toPlainText()
    for level in default.dimensions[1].levels:
        assert level.title in text and level.description in text


def test_imports_the_technology_only_framework(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, services)
    shown = _capture_messages(monkeypatch)
    _choose_file(monkeypatch, TECHNOLOGY_ONLY)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    assert shown == []
    assert "Technology readiness" in _names(page)
    assert page.selected_framework() is not None
    assert page.selected_framework().name == "Technology readiness"
    assert page.tabs.count() == 1 and page.tabs.tabText(0) == "Technology"
    browser = page.tabs.widget(0)
    assert isinstance(browser, QTextBrowser)
    nine = load_framework_file(TECHNOLOGY_ONLY).dimensions[0].levels[8]
    assert nine.title in browser.toPlainText()
    assert "Imported" in page.message.text()
    assert len(services.frameworks.list_frameworks()) == 2


def test_a_broken_file_names_every_problem_and_adds_nothing(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = json.loads(TECHNOLOGY_ONLY.read_text(encoding="utf-8"))
    data["key"] = "broken-scale"
    levels = data["dimensions"][0]["levels"]
    levels[-1]["level"] = 10  # level 9 is now missing, and 10 is outside the scale
    del levels[0]["title"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    page = _page(qtbot, services)
    before = _names(page)
    shown = _capture_messages(monkeypatch)
    _choose_file(monkeypatch, broken)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    message = shown[0]
    assert "broken.json" in message and "nothing was imported" in message
    assert "level 10 is outside 1..9" in message
    assert "level 9 is missing" in message
    assert 'the "title" field is missing' in message
    assert _names(page) == before
    assert len(services.frameworks.list_frameworks()) == 1


def test_only_a_coordinator_may_import(qtbot: QtBot, services: Services, make: object) -> None:
    mentor = make.user()  # type: ignore[attr-defined]
    page = _page(qtbot, services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR)))
    assert not page.import_button.isEnabled()
    assert "coordinator" in page.import_button.toolTip()
    assert page.export_button.isEnabled()


def test_export_writes_a_file_that_loads_back(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    target = tmp_path / "exported.json"
    suggested: list[str] = []

    def save_name(parent: object, caption: str, directory: str, *rest: object) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    framework = page.selected_framework()
    assert framework is not None

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    # The name, in a folder (never the working directory: tests/ui/test_file_dialogs.py).
    assert [Path(d).name for d in suggested] == [f"{framework.key}-v{framework.version}.json"]
    assert Path(suggested[0]).is_absolute()
    assert load_framework_file(target) == services.frameworks.export_framework(framework.id)
    assert str(target) in page.message.text()
    assert not list(tmp_path.glob("*.tmp*"))  # the atomic write left nothing behind
