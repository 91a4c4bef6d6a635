"""Dates typed into the forms as a Norwegian coordinator types them (finding 9 of issue #13):
each form is read as the date meant and shown as "1 Nov 2026"; a text that is not one date
stays as typed with the reason beneath it, and Save stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import EnrolmentStatus, MilestoneStatus, Role
from accelerator.domain.formatting import format_date
from accelerator.services import Services
from accelerator.services.records import MilestoneRecord
from accelerator.services.users import actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.milestone_dialog import AddMilestoneDialog, MilestoneDoneDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.audit import AuditPage
from accelerator.ui.pages.reports import ReportsPage
from accelerator.ui.widgets.date_field import DateField
from tests.factories import Factory
from tests.ui.helpers import NoNavigation

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def context(services: Services) -> AppContext:
    return AppContext(services, ChangeBus(), NoNavigation())


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    # A window manager activates a new dialog; the offscreen platform needs asking.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _retype(qtbot: QtBot, field: DateField, text: str) -> None:
    """Click into the field, select what is there, delete it and type; Tab to the next field."""
    qtbot.mouseClick(field.line_edit, LEFT)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.line_edit, text)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Tab)


def _dotted(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


# --- the cohort dialog ------------------------------------------------------------------------


def test_a_cohort_ending_before_it_starts_names_the_start_as_the_field_shows_it(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    """The filed case: the message said (2026-12-07) beside a field showing 7 Dec 2026."""
    programme = make.programme()
    dialog = CohortDialog(None, context, programme)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Winter 2026")
    _retype(qtbot, dialog.start_edit, "7.12.2026")
    _retype(qtbot, dialog.end_edit, "1.12.2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.start_edit.line_edit.text() == "7 Dec 2026"
    assert dialog.end_error.isVisible()
    assert dialog.end_error.text() == "The end date must be after the start date (7 Dec 2026)"
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert services.programmes.list_cohorts(programme.id) == []


@pytest.mark.parametrize(
    "typed",
    [
        "1.11.2026",
        "01.11.2026",
        "1.11.26",
        "2026-11-01",
        "1 Nov 2026",
        "1 nov. 2026",
        "1. november 2026",
    ],
)
def test_each_form_a_coordinator_types_is_stored_as_the_date_meant(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory, typed: str
) -> None:
    programme = make.programme()
    dialog = CohortDialog(None, context, programme)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Autumn 2026")
    _retype(qtbot, dialog.start_edit, typed)
    assert dialog.start_edit.line_edit.text() == "1 Nov 2026"
    assert not dialog.start_error.isVisible()
    # A new cohort keeps its 26 weeks while the start moves.
    assert dialog.end_edit.line_edit.text() == "2 May 2027"
    assert dialog.length_label.text() == "26 weeks"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted
    (cohort,) = services.programmes.list_cohorts(programme.id)
    assert (cohort.start_date, cohort.end_date) == (dt.date(2026, 11, 1), dt.date(2027, 5, 2))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31.11.2026", "“31.11.2026” is not a date: November 2026 has 30 days."),
        ("tomorrow", "“tomorrow” is not a date. Type it like 1.11.2026 or 1 Nov 2026."),
        (
            "1.13.2026",
            "There is no month 13: dates are day.month.year here. Did you mean 13.1.2026?",
        ),
        (
            "11/1/2026",
            "“11/1/2026” could be 11 Jan 2026 or 1 Nov 2026: slashes are read both ways. "
            "Type 11.1.2026 or 1.11.2026, day first with dots.",
        ),
        ("", "Type a date, like 1.11.2026."),
    ],
)
def test_a_text_that_is_not_one_date_is_kept_as_typed_and_saves_nothing(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    make: Factory,
    typed: str,
    message: str,
) -> None:
    programme = make.programme()
    dialog = CohortDialog(None, context, programme)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Autumn 2026")
    end_before = dialog.end_edit.line_edit.text()
    _retype(qtbot, dialog.start_edit, typed)
    assert dialog.start_edit.line_edit.text() == typed, "never turned into another date"
    assert dialog.start_error.isVisible()
    assert dialog.start_error.text() == message
    assert dialog.end_edit.line_edit.text() == end_before, "the end does not follow a non-date"
    assert dialog.length_label.text() == ""

    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.start_error.text() == message
    assert QApplication.focusWidget() is dialog.start_edit.line_edit
    assert services.programmes.list_cohorts(programme.id) == []

    _retype(qtbot, dialog.start_edit, "1.11.2026")
    assert not dialog.start_error.isVisible()


def test_a_day_picked_in_the_calendar_is_shown_and_saved(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    programme = make.programme()
    dialog = CohortDialog(None, context, programme)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Autumn 2026")
    _retype(qtbot, dialog.start_edit, "2.11.2026")
    qtbot.mouseClick(dialog.start_edit.calendar_button, LEFT)
    qtbot.waitUntil(dialog.start_edit.calendar_menu.isVisible)
    calendar = QApplication.focusWidget()
    assert calendar is not None
    qtbot.keyClick(calendar, Qt.Key.Key_Right)  # a day later
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert not dialog.start_edit.calendar_menu.isVisible()
    assert dialog.start_edit.line_edit.text() == "3 Nov 2026"

    # From the keyboard, Alt+Down opens the calendar on the date in the field.
    dialog.end_edit.setFocus()
    qtbot.keyClick(dialog.end_edit.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.end_edit.calendar_menu.isVisible)
    assert dialog.end_edit.calendar.selectedDate().toPython() == dt.date(2027, 5, 4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.end_edit.calendar_menu.isVisible())

    qtbot.mouseClick(dialog.save_button, LEFT)
    (cohort,) = services.programmes.list_cohorts(programme.id)
    assert (cohort.start_date, cohort.end_date) == (dt.date(2026, 11, 3), dt.date(2027, 5, 4))


# --- milestones, enrolment status ------------------------------------------------------------


def _first_milestone(services: Services, make: Factory) -> MilestoneRecord:
    programme = make.programme()
    make.template(programme.id, "Ten customer interviews")
    enrolment = make.enrolment(make.cohort(programme.id).id)
    return services.enrolments.milestones(enrolment.id)[0]


def test_a_milestone_cannot_be_done_tomorrow(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    milestone = _first_milestone(services, make)
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    dialog = MilestoneDoneDialog(None, context, milestone, today)
    _show(qtbot, dialog)
    _retype(qtbot, dialog.completed_on, _dotted(tomorrow))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.completed_on_error.text() == (
        f"{format_date(tomorrow)} is after {format_date(today)}, the latest date allowed here."
    )
    assert services.enrolments.milestones(milestone.enrolment_id)[0].completed_on is None

    _retype(qtbot, dialog.completed_on, _dotted(today))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    stored = services.enrolments.milestones(milestone.enrolment_id)[0]
    assert (stored.status, stored.completed_on) == (MilestoneStatus.DONE, today)


@pytest.mark.parametrize(("typed", "due"), [("", None), ("1 des. 2026", dt.date(2026, 12, 1))])
def test_a_custom_milestone_may_have_no_due_date(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    make: Factory,
    typed: str,
    due: dt.date | None,
) -> None:
    enrolment = make.enrolment()
    dialog = AddMilestoneDialog(None, context, enrolment.id)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.title, "Food-safety approval")
    _retype(qtbot, dialog.due_date, typed)
    assert not dialog.due_date_error.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    (stored,) = services.enrolments.milestones(enrolment.id)
    assert (stored.title, stored.due_date) == ("Food-safety approval", due)


def test_a_graduation_day_typed_in_bokmål_is_stored(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    dialog = EnrolmentStatusDialog(None, context, enrolment)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.radios[EnrolmentStatus.GRADUATED], LEFT)
    _retype(qtbot, dialog.date_edit, "2. mars 2026")
    assert dialog.date_edit.line_edit.text() == "2 Mar 2026"
    qtbot.mouseClick(dialog.save_button, LEFT)
    stored = services.enrolments.get_enrolment(enrolment.id)
    assert (stored.status, stored.status_changed_on) == (
        EnrolmentStatus.GRADUATED,
        dt.date(2026, 3, 2),
    )


# --- a filter --------------------------------------------------------------------------------


def test_the_audit_trail_filters_by_a_typed_day_and_says_when_it_is_not_one(
    qtbot: QtBot, services: Services, make: Factory
) -> None:
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    make.company(name="Havbris AS")
    window = MainWindow(services.acting_as(actor_of(coordinator)), QSettings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.go("audit")
    assert isinstance(page, AuditPage)
    everything = page.model.rowCount()
    assert everything > 0

    qtbot.mouseClick(page.since_check, LEFT)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _retype(qtbot, page.since_edit, _dotted(tomorrow))
    assert page.since_edit.line_edit.text() == format_date(tomorrow)
    assert page.model.rowCount() == 0
    assert "No entries match" in page.list.message.text()

    # Not a date: the list stays as it was rather than quietly showing every day.
    _retype(qtbot, page.since_edit, "31.11.2026")
    assert page.since_error.isVisible()
    assert page.since_error.text() == "“31.11.2026” is not a date: November 2026 has 30 days."
    assert page.model.rowCount() == 0

    yesterday = dt.date.today() - dt.timedelta(days=1)
    _retype(qtbot, page.since_edit, yesterday.isoformat())
    assert not page.since_error.isVisible()
    assert page.model.rowCount() == everything


def test_a_report_period_that_is_not_a_date_generates_nothing(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    programme = make.programme(name="Ocean Tech")
    make.enrolment(make.cohort(programme.id, name="Autumn 2026").id)
    page = ReportsPage(context)
    _show(qtbot, page)
    assert page.generate_button.isEnabled()
    qtbot.mouseClick(page.period_to_check, LEFT)
    _retype(qtbot, page.period_to, "1.13.2026")
    qtbot.mouseClick(page.generate_button, LEFT)
    assert not page.is_generating()
    assert page.period_to.error_label.isVisible()
    assert page.period_to.error_label.text() == (
        "There is no month 13: dates are day.month.year here. Did you mean 13.1.2026?"
    )


def test_alt_and_the_labels_letter_goes_to_the_date_and_tab_still_walks_the_fields(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    dialog = CohortDialog(None, context, make.programme())
    _show(qtbot, dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.start_edit.line_edit
    # The field itself is no extra stop: Tab goes on from its date to the end's date.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.end_edit.line_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.start_edit.line_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.name_edit
