"""The dialogs of the Programmes and cohorts page, driven as a coordinator would: type into
the fields, click the buttons, read the messages beside the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from accelerator.domain.enums import CohortStatus, EnrolmentStatus
from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.mentor_dialog import MentorDialog
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.operations import ChangeBus, Data
from tests.factories import Factory, org_number

LEFT = Qt.MouseButton.LeftButton


class Navigator:
    """Records where the page asked the window to go."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.calls.append(("open_company", (company_id, enrolment_id)))

    def open_cohort(self, cohort_id: int) -> None:
        self.calls.append(("open_cohort", (cohort_id,)))

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        self.calls.append(("open_dashboard", (cohort_id,)))

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.calls.append(("show_companies", (company_ids, label)))


@pytest.fixture
def context(services: Services) -> AppContext:
    return AppContext(services, ChangeBus(), Navigator())


def _count(services: Services, table: str) -> int:
    with services.db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


# --- programme ---------------------------------------------------------------------------------


def test_new_programme_shows_the_services_message_beside_the_name(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    make.programme(name="Ocean Tech")
    dialog = ProgrammeDialog(None, context)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Ocean Tech")
    qtbot.mouseClick(dialog.save_button, LEFT)
    errors = [label for label in dialog.findChildren(type(dialog.framework_hint))]
    shown = [e.text() for e in errors if e.isVisible() and "already exists" in e.text()]
    assert shown == ["a programme called 'Ocean Tech' already exists"]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _count(services, "programmes") == 1

    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Subsea Start")
    qtbot.keyClicks(dialog.cluster_edit, "Subsea cluster")
    dialog.interval_spin.clear()
    qtbot.keyClicks(dialog.interval_spin, "8")
    qtbot.keyClicks(dialog.description_edit, "Six months for subsea start-ups.")
    with qtbot.waitSignal(context.bus.changed) as changed:
        qtbot.mouseClick(dialog.save_button, LEFT)
    # A cluster named for the first time is made with the programme.
    assert changed.args == [frozenset({Data.PROGRAMMES, Data.CLUSTERS})]
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = services.programmes.find_programme("Subsea Start")
    assert saved is not None
    assert (saved.cluster, saved.assessment_interval_weeks, saved.description) == (
        "Subsea cluster",
        8,
        "Six months for subsea start-ups.",
    )
    assert dialog.framework_combo.currentText() == f"{saved.framework_name} (version 1)"


def test_edit_programme_fills_in_what_is_saved(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech", cluster="Ocean cluster")
    dialog = ProgrammeDialog(None, context, p)
    _show(qtbot, dialog)
    assert dialog.name_edit.text() == "Ocean Tech"
    assert dialog.cluster_edit.text() == "Ocean cluster"
    assert "6 dimensions" in dialog.framework_hint.text()
    dialog.cluster_edit.clear()
    qtbot.keyClicks(dialog.cluster_edit, "Vestkyst cluster")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert services.programmes.get_programme(p.id).cluster == "Vestkyst cluster"


# --- cohort ------------------------------------------------------------------------------------


def test_a_cohort_ending_before_it_starts_is_refused_beside_the_dates(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech")
    dialog = CohortDialog(None, context, p)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Spring 2026")
    dialog.start_edit.set_date(dt.date(2026, 6, 1))
    dialog.end_edit.set_date(dt.date(2026, 1, 5))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.end_error.isVisible()
    assert dialog.end_error.text() == "The end date must be after the start date (1 Jun 2026)"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _count(services, "cohorts") == 0

    dialog.start_edit.set_date(dt.date(2026, 1, 5))
    dialog.end_edit.set_date(dt.date(2026, 6, 26))
    assert dialog.length_label.text() == "24 weeks 4 days"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Running"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.end_error.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted
    (cohort,) = services.programmes.list_cohorts(p.id)
    assert (cohort.name, cohort.start_date, cohort.end_date, cohort.status) == (
        "Spring 2026",
        dt.date(2026, 1, 5),
        dt.date(2026, 6, 26),
        CohortStatus.RUNNING,
    )
    assert dialog.saved == cohort


def test_a_new_cohort_keeps_its_length_while_the_start_moves(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    dialog = CohortDialog(None, context, make.programme())
    _show(qtbot, dialog)
    assert dialog.length_label.text() == "26 weeks"
    dialog.start_edit.set_date(dt.date(2027, 1, 4))
    assert dialog.end_edit.date() == dt.date(2027, 7, 5)
    dialog.end_edit.set_date(dt.date(2027, 6, 28))
    dialog.start_edit.set_date(dt.date(2027, 1, 11))
    assert dialog.end_edit.date() == dt.date(2027, 6, 28)  # chosen: it stays


def test_a_cohort_name_is_required(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    dialog = CohortDialog(None, context, make.programme())
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "is required"
    assert _count(services, "cohorts") == 0


# --- enrolling ---------------------------------------------------------------------------------


def test_enrol_existing_companies_picked_from_a_searchable_list(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    p = make.programme()
    make.template(p.id, "Interviews", "Pitch deck")
    cohort = make.cohort(p.id, start_date=dt.date(2026, 1, 5))
    already = make.company(name="Havbris AS")
    make.enrolment(cohort.id, company_id=already.id)
    make.company(name="Algea AS")
    make.company(name="Tareskog AS")
    make.company(name="Kystlys AS")
    dialog = EnrolDialog(None, context, cohort)
    _show(qtbot, dialog)
    model = dialog.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Algea AS", "Havbris AS (already enrolled)", "Kystlys AS", "Tareskog AS"]
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.enrol_button.isEnabled()

    # Click a row to tick it; search; tick another; the first tick stays.
    rect = dialog.view.visualRect(model.index(0, 0))
    qtbot.mouseClick(dialog.view.viewport(), LEFT, pos=rect.center())
    assert dialog.chosen_label.text() == "Chosen: Algea AS"
    qtbot.mouseClick(dialog.view.viewport(), LEFT, pos=rect.center())
    assert dialog.chosen_label.text() == "Tick the companies to enrol."
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # the current row, Algea, by keyboard
    assert dialog.chosen_label.text() == "Chosen: Algea AS"
    qtbot.keyClicks(dialog.search_edit, "tare")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 0)) == "Tareskog AS"
    rect = dialog.view.visualRect(model.index(0, 1))
    qtbot.mouseClick(dialog.view.viewport(), LEFT, pos=rect.center())
    assert dialog.enrol_button.text() == "Enrol 2 companies"
    assert dialog.chosen_label.text() == "Chosen: Algea AS, Tareskog AS"

    dialog.joined_edit.set_date(dt.date(2026, 1, 19))
    with qtbot.waitSignal(context.bus.changed):
        qtbot.mouseClick(dialog.enrol_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted
    enrolled = services.enrolments.list_enrolments(cohort_id=cohort.id)
    assert sorted((e.company_name, e.joined_on) for e in enrolled) == [
        ("Algea AS", dt.date(2026, 1, 19)),
        ("Havbris AS", dt.date(2026, 1, 5)),
        ("Tareskog AS", dt.date(2026, 1, 19)),
    ]
    new = next(e for e in enrolled if e.company_name == "Tareskog AS")
    assert [m.title for m in services.enrolments.milestones(new.id)] == [
        "Interviews",
        "Pitch deck",
    ]


def test_the_search_says_when_nothing_matches(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    make.company(name="Algea AS")
    dialog = EnrolDialog(None, context, make.cohort())
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.search_edit, "zzz")
    qtbot.waitUntil(lambda: dialog.list_state.is_empty())
    assert "No company matches “zzz”" in dialog.list_state.message.text()


def test_enrol_a_new_company_in_place(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    cohort = make.cohort(start_date=dt.date(2026, 1, 5))
    dialog = EnrolDialog(None, context, cohort)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.tabs.tabBar(), LEFT, pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.tabs.currentIndex() == EnrolDialog.NEW
    assert not dialog.enrol_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Kystlys AS")
    qtbot.keyClicks(dialog.org_edit, "123456789")
    qtbot.keyClicks(dialog.sector_edit, "Marine sensors")
    assert dialog.enrol_button.text() == "Register and enrol"
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    errors = [e for e in dialog.findChildren(type(dialog.company_error)) if e.isVisible()]
    assert any("is not nine digits" in e.text() or "check digit" in e.text() for e in errors)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _count(services, "companies") == 0
    assert _count(services, "enrolments") == 0

    dialog.org_edit.clear()
    qtbot.keyClicks(dialog.org_edit, org_number(7))
    qtbot.keyClicks(dialog.founded_edit, "2021")
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted
    (enrolment,) = services.enrolments.list_enrolments(cohort_id=cohort.id)
    assert (enrolment.company_name, enrolment.joined_on) == ("Kystlys AS", dt.date(2026, 1, 5))
    company = services.companies.get_company(enrolment.company_id)
    assert (company.org_number, company.sector, company.founded_year) == (
        org_number(7),
        "Marine sensors",
        2021,
    )


def test_a_foreign_new_company_gives_its_country(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    cohort = make.cohort()
    dialog = EnrolDialog(None, context, cohort)
    _show(qtbot, dialog)
    dialog.tabs.setCurrentIndex(EnrolDialog.NEW)
    box = dialog.foreign_check
    qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert not dialog.org_edit.isVisible()
    assert dialog.country_edit.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Nordhavn ApS")
    qtbot.keyClicks(dialog.country_edit, "Denmark")
    qtbot.keyClicks(dialog.registry_edit, "DK12345678")
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    (enrolment,) = services.enrolments.list_enrolments(cohort_id=cohort.id)
    company = services.companies.get_company(enrolment.company_id)
    assert (company.is_foreign, company.country, company.registration) == (
        True,
        "Denmark",
        "DK12345678",
    )


def test_a_new_company_named_like_an_existing_one_is_pointed_out(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    make.company(name="Havbris AS", org_number=org_number(3))
    dialog = EnrolDialog(None, context, make.cohort())
    _show(qtbot, dialog)
    dialog.tabs.setCurrentIndex(EnrolDialog.NEW)
    qtbot.keyClicks(dialog.name_edit, "havbris as")
    dialog.name_edit.editingFinished.emit()
    assert dialog.name_hint.isVisible()
    assert "Havbris AS is already registered" in dialog.name_hint.text()


# --- status ------------------------------------------------------------------------------------


def test_withdrawing_needs_a_reason(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    e = make.enrolment(make.cohort(start_date=dt.date(2026, 1, 5)).id)
    dialog = EnrolmentStatusDialog(None, context, e)
    _show(qtbot, dialog)
    assert not dialog.date_edit.isVisible()  # an active company has no status date
    qtbot.mouseClick(dialog.radios[EnrolmentStatus.WITHDRAWN], LEFT)
    assert dialog.date_edit.isVisible()
    assert dialog.reason_label.text() == "&Reason:"
    dialog.date_edit.set_date(dt.date(2026, 3, 2))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == "say why the company withdrew"
    assert services.enrolments.get_enrolment(e.id).status is EnrolmentStatus.ACTIVE

    qtbot.keyClicks(dialog.reason_edit, "Moved the company to Iceland")
    with qtbot.waitSignal(context.bus.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    saved = services.enrolments.get_enrolment(e.id)
    assert (saved.status, saved.status_changed_on, saved.status_reason) == (
        EnrolmentStatus.WITHDRAWN,
        dt.date(2026, 3, 2),
        "Moved the company to Iceland",
    )


def test_a_status_date_before_joining_is_refused_beside_the_date(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    e = make.enrolment(make.cohort(start_date=dt.date(2026, 1, 5)).id)
    dialog = EnrolmentStatusDialog(None, context, e)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.radios[EnrolmentStatus.GRADUATED], LEFT)
    dialog.date_edit.set_date(dt.date(2025, 12, 1))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.date_error.isVisible()
    assert "before the company joined" in dialog.date_error.text()
    assert services.enrolments.get_enrolment(e.id).status is EnrolmentStatus.ACTIVE


# --- mentors -----------------------------------------------------------------------------------


def test_assign_a_mentor(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    bjorn = make.user(display_name="Bjørn Åsheim")
    make.user(display_name="Solveig Lærdal")
    e = make.enrolment()
    services.enrolments.assign_mentor(e.id, bjorn.id)
    e = services.enrolments.get_enrolment(e.id)
    dialog = MentorDialog(None, context, e)
    _show(qtbot, dialog)
    texts = [dialog.mentor_list.item(n).text() for n in range(dialog.mentor_list.count())]
    assert texts == ["Bjørn Åsheim (already assigned)", "Solveig Lærdal  ·  mentor"]
    assert dialog.mentor_list.currentRow() == 1  # the first one that can be chosen
    dialog.date_edit.set_date(dt.date(2026, 2, 2))
    qtbot.mouseClick(dialog.save_button, LEFT)
    mentors = services.enrolments.get_enrolment(e.id).mentors
    assert [(m.display_name, m.assigned_on) for m in mentors][1] == (
        "Solveig Lærdal",
        dt.date(2026, 2, 2),
    )


def test_with_no_mentors_the_dialog_says_where_they_come_from(
    qtbot: QtBot, context: AppContext, make: Factory
) -> None:
    dialog = MentorDialog(None, context, make.enrolment())
    _show(qtbot, dialog)
    assert "no mentors in this database yet" in dialog.empty_label.text()
    assert "under Users" in dialog.empty_label.text()
    assert not dialog.mentor_list.isVisible()
    assert not dialog.save_button.isVisible()
