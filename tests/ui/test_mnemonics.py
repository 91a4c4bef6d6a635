"""Alt+letter does what its underlined letter promises.

Two visible, enabled widgets of one window with the same underlined letter make Qt
cycle the focus between them instead of pressing either: a coordinator who pressed
Alt+H for "New co&hort…" on the programmes page only moved the focus, because the &Help
menu has the same letter. Every page of the main window, in every role and in the states
a person sees (a cohort open, a company open), in each language, has each letter once.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.users import UserInput, actor_of
from accelerator.ui import translator
from accelerator.ui.main_window import MainWindow
from tests.languages import kept_language

__all__ = ["kept_language"]


def _letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _shown(widget: QWidget) -> bool:
    # Disabled widgets count: their letters clash as soon as they are enabled.
    return widget.isVisible()


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter in use in ``window`` and what uses it."""
    used: dict[str, list[str]] = defaultdict(list)
    for button in window.findChildren(QAbstractButton):
        if _shown(button) and (key := _letter(button.text())):
            used[key].append(f"button {button.text()!r}")
    for label in window.findChildren(QLabel):
        if _shown(label) and label.buddy() is not None and (key := _letter(label.text())):
            used[key].append(f"label {label.text()!r}")
    for box in window.findChildren(QGroupBox):
        if _shown(box) and (key := _letter(box.title())):
            used[key].append(f"group {box.title()!r}")
    for bar in window.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for i in range(bar.count()):
            if bar.isTabVisible(i) and (key := _letter(bar.tabText(i))):
                used[key].append(f"tab {bar.tabText(i)!r}")
    if isinstance(window, MainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (key := _letter(action.text())):
                used[key].append(f"menu {action.text()!r}")
    return used


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: users for key, users in mnemonics(window).items() if len(users) > 1}


@pytest.mark.usefixtures("kept_language")
@pytest.mark.parametrize("language", ["en", "nb"])
@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MENTOR, Role.VIEWER])
def test_every_page_has_each_alt_letter_once(
    qtbot: QtBot, tmp_path: Path, demo: Services, role: Role, language: str
) -> None:
    # Bokmål's words underline other letters: "Nytt &kull…" and "&Rediger kull…" met the
    # Rediger menu's R.
    translator.speak(language)
    services = demo
    services.users.create_user(UserInput("vera", "Vera Viewer", Role.VIEWER, password="x" * 12))
    person = next(u for u in services.users.list_users() if u.role is role)
    window = MainWindow(
        services.acting_as(actor_of(person)),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    found: dict[str, dict[str, list[str]]] = {}
    for key in list(window.pages):
        window.go(key)
        QApplication.processEvents()
        if clash := clashes(window):
            found[key] = clash
    if "reports" in window.pages:
        window.go("reports")
        window.findChild(QRadioButton, "companyReport").click()
        QApplication.processEvents()
        if clash := clashes(window):
            found["reports, a company report"] = clash
    cohort = next(c for c in services.programmes.list_cohorts())
    if "programmes" in window.pages:
        window.open_cohort(cohort.id)
        QApplication.processEvents()
        if clash := clashes(window):
            found["programmes, a cohort open"] = clash
    enrolment = services.enrolments.list_enrolments(cohort_id=cohort.id)[0]
    window.open_company(enrolment.company_id, enrolment.id)
    QApplication.processEvents()
    if clash := clashes(window):
        found["a company open"] = clash
    assert not found, "\n" + "\n".join(f"{place}: {clash}" for place, clash in found.items())
    window.close()
