"""The main window as a coordinator meets it: welcome on an empty database, pages in the
navigation, state remembered between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.users import actor_of
from accelerator.ui.main_window import ENTRIES, MainWindow
from tests.factories import Factory


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_empty_database_opens_on_the_welcome_page(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    window = _window(qtbot, services, settings)
    assert window.current_key() == "welcome"
    assert window.welcome.isVisible()
    assert window.nav.item(0).text() == "Get started"
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_key() == "dashboard", timeout=30_000)
    assert len(services.companies.list_companies()) >= 12
    assert window.pages["dashboard"].isVisible()
    assert window.nav.item(0).text() == "Dashboard", "Get started leaves the navigation"


def test_create_first_programme_from_the_welcome_page(
    qtbot: QtBot, services: Services, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    window = _window(qtbot, services, settings)
    programmes = window.pages["programmes"]
    monkeypatch.setattr(programmes, "new_programme", lambda: asked.append(True))
    qtbot.mouseClick(window.welcome.programme_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert window.current_key() == "programmes"


def test_navigation_and_remembered_page(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    make.company(name="Havbris AS")
    window = _window(qtbot, services, settings)
    assert window.current_key() == "dashboard"
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:3] == ["Dashboard", "Programmes and cohorts", "Companies"]
    window.nav.setCurrentRow(labels.index("Companies"))
    assert window.current_key() == "companies"
    window.close()
    # The offscreen screen clamps sizes, so check what is stored rather than pixels.
    assert not settings.value("window/geometry").isEmpty()
    assert not settings.value("window/splitter").isEmpty()
    again = _window(qtbot, services, settings)
    assert again.current_key() == "companies"


def test_status_bar_names_the_database_and_the_user(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    window = _window(qtbot, services, settings)
    assert str(services.db.path) in window.database_label.text()
    assert "(Coordinator)" in window.user_label.text()


def test_common_actions_have_shortcuts(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    window = _window(qtbot, services, settings)
    assert window.new_company_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_leaving_a_page_with_unsaved_edits_asks(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make.company(name="Havbris AS")
    window = _window(qtbot, services, settings)
    window.go("companies")
    companies = window.pages["companies"]
    monkeypatch.setattr(companies, "has_unsaved_changes", lambda: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.nav.setCurrentRow(0)
    assert window.current_key() == "companies", "Cancel keeps the user on the page"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    discarded: list[bool] = []
    monkeypatch.setattr(companies, "discard_changes", lambda: discarded.append(True))
    window.nav.setCurrentRow(0)
    assert window.current_key() == "dashboard" and discarded == [True]


def test_ctrl_l_logs_an_assessment_of_the_company_in_view(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog

    e = make.enrolment()
    asked: list[int] = []
    monkeypatch.setattr(
        AssessmentDialog, "ask", classmethod(lambda cls, parent, context, eid: asked.append(eid))
    )
    window = _window(qtbot, services, settings)
    assert window.log_assessment_action.shortcut().toString() == "Ctrl+L"
    window.open_company(e.company_id, e.id)
    window.log_assessment_action.trigger()
    assert asked == [e.id]


def test_the_welcome_page_offers_an_import(
    qtbot: QtBot, services: Services, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, services, settings)
    from PySide6.QtCore import QObject

    actions = window.findChild(QObject, "safetyActions")
    started: list[bool] = []
    monkeypatch.setattr(actions, "import_companies", lambda *a: started.append(True))
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert started == [True]


# --- the View menu and its shortcuts (issue #13, finding 3) ------------------------------


def _window_as(qtbot: QtBot, services: Services, make: Factory, role: Role) -> MainWindow:
    user = make.user(username=f"{role.value}-{make._n()}", role=role)
    window = MainWindow(services.acting_as(actor_of(user)), QSettings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _page_keys(window: MainWindow) -> list[str]:
    return [
        window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
    ]


def _view_action(window: MainWindow, key: str) -> QAction:
    label = window.nav.item(_page_keys(window).index(key)).text()
    return next(a for a in window.view_menu.actions() if a.text() == label)


@pytest.mark.parametrize("role", list(Role))
def test_every_page_opens_from_the_view_menu_and_its_shortcut(
    qtbot: QtBot, services: Services, make: Factory, role: Role
) -> None:
    make.company()
    window = _window_as(qtbot, services, make, role)
    keys = _page_keys(window)
    assert len(keys) >= 5
    for key in keys:
        window.go("companies" if key != "companies" else "dashboard")
        _view_action(window, key).trigger()
        assert window.current_key() == key, f"View › {key}"
    # The ten digits are taken: a page added after them (Matchmaking) has none.
    without = {entry.key for entry in ENTRIES if entry.digit is None}
    for key in reversed(keys):
        window.go("companies" if key != "companies" else "dashboard")
        sequence = _view_action(window, key).shortcut()
        if key in without:
            assert sequence.isEmpty(), key
            continue
        assert sequence.count() == 1, key
        combination = sequence[0]
        qtbot.keyClick(
            window.focusWidget() or window, combination.key(), combination.keyboardModifiers()
        )
        assert window.current_key() == key, f"{sequence.toString()} for {key}"


def test_a_page_has_the_same_shortcut_for_every_role_that_has_it(
    qtbot: QtBot, services: Services, make: Factory
) -> None:
    make.company()
    shortcuts: dict[str, set[str]] = {}
    for role in Role:
        window = _window_as(qtbot, services, make, role)
        for key in _page_keys(window):
            sequence = _view_action(window, key).shortcut().toString()
            shortcuts.setdefault(key, set()).add(sequence)
            row = _page_keys(window).index(key)
            assert sequence in window.nav.item(row).toolTip(), "the navigation says the shortcut"
        window.close()
    assert all(len(s) == 1 for s in shortcuts.values()), shortcuts
    assert shortcuts["dashboard"] == {"Ctrl+1"}
    used = [next(iter(s)) for s in shortcuts.values() if s != {""}]  # "": none (all taken)
    assert len(used) == len(set(used)), "no two pages share a shortcut"


# --- pages built when first visited (issue #18) -------------------------------------------


def test_only_the_page_shown_is_built_and_each_other_on_its_first_visit(
    qtbot: QtBot, services: Services, make: Factory, settings: QSettings
) -> None:
    from accelerator.ui.operations import Data
    from accelerator.ui.pages.base import Page
    from accelerator.ui.pages.companies import CompaniesPage

    make.company(name="Havbris AS")
    window = _window(qtbot, services, settings)
    assert window.current_key() == "dashboard"
    assert [type(p).__name__ for p in window.findChildren(Page) if p is not window.welcome] == [
        "DashboardPage"
    ]
    # A change announced (View › Refresh, a write, another desktop's change) refreshes the
    # pages there are, and builds none.
    window.refresh_action.trigger()
    window.context.bus.announce([Data.COMPANIES, Data.PROGRAMMES])
    assert set(window.pages.built()) == {"dashboard"}
    assert not window.findChildren(CompaniesPage)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_key() == "companies"
    (companies,) = window.findChildren(CompaniesPage)
    assert companies.isVisible()
    qtbot.waitUntil(lambda: companies.model.rowCount() == 1)
    assert companies.model.index(0, companies.model.COL_NAME).data() == "Havbris AS"
    assert set(window.pages.built()) == {"dashboard", "companies"}
    # Built once: going back and forth finds the same page.
    window.go("dashboard")
    window.go("companies")
    assert window.findChildren(CompaniesPage) == [companies]
    assert window.companies_page is companies
