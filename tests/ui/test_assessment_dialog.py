"""A mentor logs an assessment with the keyboard alone, from My companies to saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind, CohortStatus, Role
from accelerator.services import Actor, Services
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.my_companies import MyCompaniesModel, MyCompaniesPage
from tests.factories import DIMENSIONS, Factory
from tests.ui.helpers import NoNavigation

BASE = dict.fromkeys(DIMENSIONS, 3)


@pytest.fixture
def mentor_world(services: Services, make: Factory) -> tuple[Services, list[int]]:
    """A mentor with two companies in a running cohort, each assessed once before."""
    today = dt.date.today()
    p = make.programme()
    cohort = make.cohort(
        p.id,
        start_date=today - dt.timedelta(weeks=10),
        end_date=today + dt.timedelta(weeks=10),
        status=CohortStatus.RUNNING,
    )
    mentor = make.user(username="solveig", display_name="Solveig Lærdal")
    enrolments = []
    for name in ("Algeløft AS", "Blåskjell Teknologi AS"):
        e = make.enrolment(cohort.id, company_id=make.company(name=name).id)
        services.enrolments.assign_mentor(e.id, mentor.id)
        make.assessment(
            e.id,
            levels=BASE,
            kind=AssessmentKind.BASELINE,
            assessed_on=today - dt.timedelta(weeks=9),
            assessor_id=mentor.id,
        )
        enrolments.append(e.id)
    return services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR)), enrolments


def _page(qtbot: QtBot, services: Services) -> MyCompaniesPage:
    page = MyCompaniesPage(AppContext(services, ChangeBus(), NoNavigation()))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_my_companies_lists_assigned_companies_due(
    qtbot: QtBot, qtmodeltester: object, mentor_world: tuple[Services, list[int]]
) -> None:
    services, _ = mentor_world
    page = _page(qtbot, services)
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    names = [model.index(r, MyCompaniesModel.COL_COMPANY).data() for r in range(model.rowCount())]
    assert names == ["Algeløft AS", "Blåskjell Teknologi AS"]
    assert model.index(0, MyCompaniesModel.COL_DUE).data() == "Due"
    nine_weeks_ago = dt.date.today() - dt.timedelta(weeks=9)
    shown = model.index(0, MyCompaniesModel.COL_LAST).data()
    assert shown == f"{nine_weeks_ago.day} {nine_weeks_ago:%b %Y}", "as the fields show dates"
    assert model.index(0, MyCompaniesModel.FIRST_LEVEL).data() == "3"
    assert page.summary.text() == "2 companies, 2 due for assessment"


def test_keyboard_only_walk_saves_within_twelve_interactions(
    qtbot: QtBot, mentor_world: tuple[Services, list[int]]
) -> None:
    services, enrolments = mentor_world
    page = _page(qtbot, services)
    page.focus_list()
    count = 0

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal count
        count += 1
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifier)

    def type_text(text: str) -> None:  # typing (levels and texts) is not counted
        for char in text:  # each key goes where the focus is at that moment
            target = QApplication.focusWidget()
            assert target is not None
            qtbot.keyClicks(target, char)

    problems: list[str] = []

    def in_dialog(steps: Callable[[], None], tries: int = 500) -> None:
        """Run ``steps`` once the modal dialog is up (it blocks the test while open)."""

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, AssessmentDialog):
                if tries > 0:
                    in_dialog(steps, tries - 1)
                else:
                    problems.append(f"expected the assessment dialog, found {dialog!r}")
                return
            # A window manager activates a new dialog; the offscreen platform needs asking.
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            try:
                steps()
            except AssertionError as error:
                problems.append(str(error))
            if dialog.isVisible():  # never leave a modal dialog open: the test would hang
                problems.append("the dialog did not close: " + dialog.errors_text())
                QTimer.singleShot(0, _close_modals)
                dialog.reject()

        QTimer.singleShot(10, run)

    def fill() -> None:
        type_text("4Two paying pilots signed")  # customer 3 -> 4, then its reason
        press(Qt.Key.Key_Return)  # technology
        press(Qt.Key.Key_Return)  # keep 3, on to business model
        type_text("2Pricing model dropped")  # business model 3 -> 2
        press(Qt.Key.Key_Return)  # IP
        press(Qt.Key.Key_Return)  # team
        press(Qt.Key.Key_Return)  # funding
        press(Qt.Key.Key_Return)  # notes
        type_text("Met the founders at the fish farm.")
        press(Qt.Key.Key_Tab)  # next steps
        type_text("Draft a price list")
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save

    press(Qt.Key.Key_Down)  # the second company
    in_dialog(fill)
    press(Qt.Key.Key_Return)  # opens the dialog; fill() runs inside it
    assert problems == []
    assert count <= 12, f"{count} interactions beyond typing"
    saved = services.assessments.list_for_enrolment(enrolments[1])[-1]
    assert saved.assessed_on == dt.date.today()
    assert saved.levels == {**BASE, "customer": 4, "business_model": 2}
    reasons = {s.dimension_key: s.reason for s in saved.scores if s.reason}
    assert reasons == {
        "customer": "Two paying pilots signed",
        "business_model": "Pricing model dropped",
    }
    assert (saved.notes, saved.next_steps) == (
        "Met the founders at the fish farm.",
        "Draft a price list",
    )
    assert saved.kind is AssessmentKind.PROGRESS
    assert page.model.index(1, MyCompaniesModel.COL_DUE).data() == ""


def _close_modals() -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None and not isinstance(widget, AssessmentDialog):
        widget.close()


def test_a_changed_level_without_reason_is_shown_beside_it(
    qtbot: QtBot, mentor_world: tuple[Services, list[int]]
) -> None:
    services, enrolments = mentor_world
    context = AppContext(services, ChangeBus(), NoNavigation())
    dialog = AssessmentDialog(context, services.assessments.assessment_form(enrolments[0]))
    # Closing it at the end of the test must not ask about typed work (a modal box).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    team = next(r for r in dialog.rows if r.dimension.key == "team")
    qtbot.keyClick(team.picker, Qt.Key.Key_1)
    assert QApplication.focusWidget() is team.reason or not dialog.isActiveWindow()
    dialog.save()
    assert dialog.result() == 0 and dialog.saved is None
    assert team.error.isVisible()
    assert "changed from 3 to 1" in team.error.text()
    assert len(services.assessments.list_for_enrolment(enrolments[0])) == 1


def test_choosing_a_level_shows_its_descriptor(
    qtbot: QtBot, mentor_world: tuple[Services, list[int]]
) -> None:
    services, enrolments = mentor_world
    form = services.assessments.assessment_form(enrolments[0])
    dialog = AssessmentDialog(AppContext(services, ChangeBus(), NoNavigation()), form)
    # Closing it at the end of the test must not ask about typed work (a modal box).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    customer = dialog.rows[0]
    qtbot.mouseClick(customer.picker.buttons[6], Qt.MouseButton.LeftButton)
    seven = form.framework.dimensions[0].level(7)
    assert seven is not None
    assert customer.title.text() == seven.title
    assert seven.description.split(".")[0] in dialog.descriptor.text()
    assert customer.picker.buttons[6].toolTip().count(seven.title) == 1


def test_a_correction_keeps_the_date_and_shows_the_old_values(
    qtbot: QtBot, mentor_world: tuple[Services, list[int]]
) -> None:
    services, enrolments = mentor_world
    original = services.assessments.list_for_enrolment(enrolments[0])[0]
    form = services.assessments.assessment_form(enrolments[0])
    dialog = AssessmentDialog(
        AppContext(services, ChangeBus(), NoNavigation()), form, correcting=original
    )
    # Closing it at the end of the test must not ask about typed work (a modal box).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    assert [r.picker.level() for r in dialog.rows] == [3] * 6
    qtbot.keyClick(dialog.rows[3].picker, Qt.Key.Key_5)
    dialog.rows[3].reason.setText("Patent filed")
    dialog.save()
    corrected = services.assessments.get_assessment(original.id)
    assert (corrected.levels["ip"], corrected.assessed_on, corrected.corrected) == (
        5,
        original.assessed_on,
        True,
    )
