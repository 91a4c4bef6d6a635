"""A mentor's start page by keyboard: after signing in, Enter logs an assessment of the
first company due for one (issue #13, finding 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind, CohortStatus, Role
from accelerator.services import Services
from accelerator.services.users import actor_of
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.my_companies import MyCompaniesModel, MyCompaniesPage
from tests.factories import DIMENSIONS, Factory

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def mentor_services(services: Services, make: Factory) -> Services:
    """Three companies by name: Alfa assessed last week, Bris nine weeks ago (due, every
    six weeks), Corall never (due)."""
    today = dt.date.today()
    start = today - dt.timedelta(weeks=10)
    programme = make.programme(assessment_interval_weeks=6)
    cohort = make.cohort(
        programme.id,
        start_date=start,
        end_date=today + dt.timedelta(weeks=10),
        status=CohortStatus.RUNNING,
    )
    mentor = make.user(username="solveig", role=Role.MENTOR)
    for name, weeks_ago in (("Alfa Havbruk AS", 1), ("Bris Marin AS", 9), ("Corall AS", None)):
        company = make.company(name=name)
        e = services.enrolments.enrol(cohort.id, company.id, joined_on=start)
        services.enrolments.assign_mentor(e.id, mentor.id)
        if weeks_ago is not None:
            make.assessment(
                e.id,
                levels=dict.fromkeys(DIMENSIONS, 3),
                kind=AssessmentKind.BASELINE,
                assessed_on=today - dt.timedelta(weeks=weeks_ago),
                assessor_id=mentor.id,
            )
    return services.acting_as(actor_of(mentor))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The enrolments the assessment dialog was opened for (it opens no window here)."""
    opened: list[int] = []
    monkeypatch.setattr(
        AssessmentDialog,
        "ask",
        classmethod(
            lambda cls, parent, context, enrolment_id, *a, **k: opened.append(enrolment_id)
        ),
    )
    return opened


def _signed_in(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _current_company(page: MyCompaniesPage) -> str:
    index = page.table.currentIndex()
    assert index.isValid(), "no current row"
    return str(page.model.index(index.row(), MyCompaniesModel.COL_COMPANY).data())


def _enrolment_of(page: MyCompaniesPage, name: str) -> int:
    rows = page.model.rows()
    return next(r.enrolment_id for r in rows if r.company_name == name)


def test_enter_right_after_sign_in_assesses_the_first_company_due(
    qtbot: QtBot, mentor_services: Services, asked: list[int], tmp_path: Path
) -> None:
    window = _signed_in(qtbot, mentor_services, tmp_path)
    page = window.pages["my_companies"]
    assert isinstance(page, MyCompaniesPage)
    assert window.current_key() == "my_companies"
    qtbot.waitUntil(lambda: _focus() is page.table)
    assert _current_company(page) == "Bris Marin AS", "Alfa is not due; Bris is the first"
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert asked == [_enrolment_of(page, "Bris Marin AS")]


def test_coming_back_to_my_companies_puts_the_keyboard_on_the_first_due_again(
    qtbot: QtBot, mentor_services: Services, asked: list[int], tmp_path: Path
) -> None:
    window = _signed_in(qtbot, mentor_services, tmp_path)
    page = window.pages["my_companies"]
    assert isinstance(page, MyCompaniesPage)
    qtbot.waitUntil(lambda: _focus() is page.table)
    qtbot.keyClick(_focus(), Qt.Key.Key_Up)
    assert _current_company(page) == "Alfa Havbruk AS"
    qtbot.keyClick(_focus(), Qt.Key.Key_1, CTRL)
    assert window.current_key() == "dashboard"
    qtbot.keyClick(_focus(), Qt.Key.Key_8, CTRL)
    assert window.current_key() == "my_companies"
    qtbot.waitUntil(lambda: _focus() is page.table)
    assert _current_company(page) == "Bris Marin AS"
    qtbot.keyClick(_focus(), Qt.Key.Key_Enter)
    assert asked == [_enrolment_of(page, "Bris Marin AS")]


def test_with_nothing_due_the_keyboard_starts_on_the_first_company(
    qtbot: QtBot, mentor_services: Services, make: Factory, asked: list[int], tmp_path: Path
) -> None:
    today = dt.date.today()
    for row in mentor_services.mentoring.my_enrolments():
        if row.due:
            make.assessment(
                row.enrolment_id,
                levels=dict.fromkeys(DIMENSIONS, 3),
                assessed_on=today,
                assessor_id=mentor_services.actor.user_id,
            )
    window = _signed_in(qtbot, mentor_services, tmp_path)
    page = window.pages["my_companies"]
    assert isinstance(page, MyCompaniesPage)
    qtbot.waitUntil(lambda: _focus() is page.table)
    assert page.summary.text() == "3 companies, 0 due for assessment"
    assert _current_company(page) == "Alfa Havbruk AS"
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert asked == [_enrolment_of(page, "Bris Marin AS")]
