"""The Programmes and cohorts page, used the way a coordinator uses it: click the page's
buttons, fill in the dialogs they open, and read what the tree and the tables show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, MilestoneStatus, Role
from accelerator.services import Actor, Services
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.mentor_dialog import MentorDialog
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.kit import format_date
from accelerator.ui.models.programme_models import EnrolmentTableModel, TemplateItemsModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.programmes import ProgrammesPage
from tests.factories import Factory
from tests.ui.test_programmes_dialogs import Navigator

LEFT = Qt.MouseButton.LeftButton
D = TypeVar("D", bound=QWidget)


class ModalAnswer:
    """Drives the next modal window of type ``kind`` as soon as it opens (the page opened it
    with exec()); an assertion failing inside closes the window and is raised afterwards."""

    def __init__(self, kind: type[D], drive: Callable[[Any], None]) -> None:
        self.kind = kind
        self.drive = drive
        self.seen = False
        self.error: BaseException | None = None
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, self.kind):
            self._tries += 1
            if self._tries < 500:
                QTimer.singleShot(10, self._poll)
            return
        self.seen = True
        try:
            self.drive(window)
        except BaseException as error:  # re-raised by check(), outside the nested loop
            self.error = error
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert self.seen, f"no {self.kind.__name__} opened"


def answer(kind: type[D], drive: Callable[[Any], None]) -> ModalAnswer:
    return ModalAnswer(kind, drive)


def click_message_button(text: str) -> Callable[[QMessageBox], None]:
    def drive(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return drive


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def page(qtbot: QtBot, services: Services, navigator: Navigator) -> ProgrammesPage:
    page = ProgrammesPage(AppContext(services, ChangeBus(), navigator))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(model: Any, column: int, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [
        model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount(parent))
    ]


def _tree(page: ProgrammesPage) -> list[str]:
    """The tree as the coordinator sees it: programmes, and their cohorts indented."""
    model = page.tree_model
    lines = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        lines.append(model.data(index))
        lines += [f"  {name}" for name in _column(model, 0, index)]
    return lines


def _click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"  # type: ignore[attr-defined]
    qtbot.mouseClick(button, LEFT)


def _select_row(qtbot: QtBot, view: Any, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def _double_click(qtbot: QtBot, view: Any, row: int, column: int = 0) -> None:
    """As a mouse does it: press and release, then the second press comes as a double click."""
    point = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=point)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=point)


# --- programmes and the template ---------------------------------------------------------------


def test_an_empty_database_explains_what_a_programme_is(page: ProgrammesPage) -> None:
    assert page.detail_stack.currentWidget() is page.empty_page
    assert "A programme is one of your cluster's acceleration programmes" in (
        page.empty_text.text()
    )
    assert page.tree_state.message.text() == "No programmes yet: create one with New programme."
    assert not page.new_cohort_button.isEnabled()


def test_create_a_programme_with_a_template_reorder_and_save(
    qtbot: QtBot, page: ProgrammesPage, services: Services
) -> None:
    def fill(dialog: ProgrammeDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Ocean Tech")
        qtbot.keyClicks(dialog.cluster_edit, "Ocean cluster")
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = answer(ProgrammeDialog, fill)
    _click(qtbot, page.new_programme_button)
    opened.check()
    assert _tree(page) == ["Ocean Tech"]
    assert page.title_label.text() == "Ocean Tech"
    # A new programme opens on its (empty) template, which says what to do.
    assert page.tabs.currentWidget() is page.template
    editor = page.template
    assert "No milestones in the template yet" in editor.list_state.message.text()
    assert not editor.save_button.isEnabled()  # nothing to save yet

    for title, category, weeks in (
        ("Ten customer interviews", "customer", "2"),
        ("Pitch deck", "funding", "4"),
        ("Business model canvas", "business model", "3"),
    ):
        _click(qtbot, editor.add_button)
        qtbot.keyClicks(editor.title_edit, title)
        editor.category_combo.lineEdit().selectAll()
        qtbot.keyClicks(editor.category_combo.lineEdit(), category)
        editor.due_spin.lineEdit().selectAll()
        qtbot.keyClicks(editor.due_spin.lineEdit(), weeks)
    assert page.has_unsaved_changes()
    assert page.tabs.tabText(page.TAB_TEMPLATE) == "Milestone template *"

    # The canvas comes before the pitch: select it and move it up.
    assert editor.current_row() == 2
    _click(qtbot, editor.up_button)
    model = editor.model
    assert _column(model, TemplateItemsModel.COL_TITLE) == [
        "Ten customer interviews",
        "Business model canvas",
        "Pitch deck",
    ]
    # Shown as headings, kept as the standard categories' keys.
    assert _column(model, TemplateItemsModel.COL_CATEGORY) == [
        "Customer",
        "Business model",
        "Funding",
    ]
    assert [item.category for item in model.rows()] == ["customer", "business model", "funding"]
    assert _column(model, TemplateItemsModel.COL_DUE) == ["week 2", "week 3", "week 4"]

    _click(qtbot, editor.save_button)
    assert not page.has_unsaved_changes()
    assert page.tabs.tabText(page.TAB_TEMPLATE) == "Milestone template"
    programme = services.programmes.find_programme("Ocean Tech")
    assert programme is not None
    saved = services.programmes.template(programme.id)
    assert [(i.title, i.category, i.due_offset_weeks) for i in saved] == [
        ("Ten customer interviews", "customer", 2),
        ("Business model canvas", "business model", 3),
        ("Pitch deck", "funding", 4),
    ]
    assert "no cohort of this programme is running" in editor.message.text.text()
    # The Programme tab sums the template up.
    assert page.details.template_value.text() == (
        "3 milestones in 3 categories, due from week 2 to week 4"
    )


def test_the_keyboard_moves_template_items_too(
    qtbot: QtBot, page: ProgrammesPage, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech")
    make.template(p.id, "Interviews", "Pitch deck", "Pilot")
    page.refresh()
    page.tabs.setCurrentIndex(page.TAB_TEMPLATE)
    editor = page.template
    editor.view.setFocus()
    _select_row(qtbot, editor.view, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _column(editor.model, 0) == ["Pitch deck", "Pilot", "Interviews"]
    assert editor.current_row() == 2
    assert not editor.down_button.isEnabled()
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _column(editor.model, 0) == ["Pitch deck", "Interviews", "Pilot"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert _column(editor.model, 0) == ["Pitch deck", "Pilot"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    assert _column(editor.model, 0) == ["Pitch deck", "Pilot", ""]
    assert page.has_unsaved_changes()


def test_template_problems_are_shown_on_the_rows_and_nothing_is_saved(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech")
    make.template(p.id, "Interviews")
    page.refresh()
    page.tabs.setCurrentIndex(page.TAB_TEMPLATE)
    editor = page.template
    _click(qtbot, editor.add_button)  # and leave its title empty
    _click(qtbot, editor.save_button)
    assert editor.problems_label.isVisible()
    assert editor.problems_label.text() == "Not saved. Milestone 2: title is required"
    assert editor.model.data(editor.model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == (
        "Title is required"
    )
    assert [i.title for i in services.programmes.template(p.id)] == ["Interviews"]
    assert page.has_unsaved_changes()


def test_unsaved_template_edits_are_not_lost_silently(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    first = make.programme(name="A programme")
    make.template(first.id, "Interviews")
    make.programme(name="B programme")
    page.refresh()
    page.tabs.setCurrentIndex(page.TAB_TEMPLATE)
    editor = page.template
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Fifteen interviews")
    assert page.has_unsaved_changes()

    # Choosing another programme asks; Cancel stays on the edited template.
    b_index = page.tree_model.index(1, 0)
    asked = answer(QMessageBox, click_message_button("Cancel"))
    page.tree.setCurrentIndex(b_index)
    asked.check()
    assert page.title_label.text() == "A programme"
    assert _column(editor.model, 0) == ["Fifteen interviews"]

    # Save saves it, and then the other programme is shown.
    asked = answer(QMessageBox, click_message_button("Save"))
    page.tree.setCurrentIndex(b_index)
    asked.check()
    assert page.title_label.text() == "B programme"
    assert [i.title for i in services.programmes.template(first.id)] == ["Fifteen interviews"]

    # The window's own question (leaving the page) uses discard_changes.
    page.tree.setCurrentIndex(page.tree_model.index(0, 0))
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Something else")
    page.discard_changes()
    assert not page.has_unsaved_changes()
    assert editor.title_edit.text() == "Fifteen interviews"


def test_archive_and_restore_a_programme(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    make.programme(name="Ocean Tech")
    old = make.programme(name="Old programme")
    page.refresh()
    page.select_programme(old.id)
    assert page.archive_button.text() == "A&rchive"
    _click(qtbot, page.archive_button)
    assert services.programmes.get_programme(old.id).archived
    assert _tree(page) == ["Ocean Tech"]
    assert "Archived Old programme. Nothing was deleted" in page.message.text.text()

    qtbot.mouseClick(page.show_archived, LEFT, pos=_tick(page.show_archived))
    assert page.show_archived.isChecked()
    assert _tree(page) == ["Ocean Tech", "Old programme"]
    page.select_programme(old.id)
    assert page.subtitle_label.text().endswith("Archived: hidden from the lists until restored")
    assert page.archive_button.text() == "Resto&re"
    _click(qtbot, page.archive_button)
    assert not services.programmes.get_programme(old.id).archived
    assert page.message.text.text() == "Restored Old programme."


def _tick(box: QWidget) -> QPoint:
    """Where a person clicks a check box: on the box, not in the empty space beside it."""
    return QPoint(10, box.height() // 2)


def test_edit_a_programme(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech", cluster="Ocean cluster")
    page.refresh()

    def rename(dialog: ProgrammeDialog) -> None:
        assert dialog.name_edit.text() == "Ocean Tech"
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Ocean Technology Accelerator")
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = answer(ProgrammeDialog, rename)
    _click(qtbot, page.edit_programme_button)
    opened.check()
    assert services.programmes.get_programme(p.id).name == "Ocean Technology Accelerator"
    assert page.title_label.text() == "Ocean Technology Accelerator"
    assert _tree(page) == ["Ocean Technology Accelerator"]


def test_new_programme_opens_the_dialog(page: ProgrammesPage) -> None:
    """What the window's File > New programme and the welcome page call."""
    opened = answer(ProgrammeDialog, lambda dialog: dialog.reject())
    assert page.new_programme() is None
    opened.check()


# --- cohorts -----------------------------------------------------------------------------------


def test_create_a_cohort_refused_then_valid(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech")
    page.refresh()
    assert "No cohorts yet: create one with New cohort" in (
        page.details.cohorts_state.message.text()
    )

    def fill(dialog: CohortDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Spring 2026")
        dialog.start_edit.set_date(dt.date(2026, 6, 1))
        dialog.end_edit.set_date(dt.date(2026, 1, 5))
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.end_error.isVisible()
        assert "must be after the start date" in dialog.end_error.text()
        assert services.programmes.list_cohorts(p.id) == []
        dialog.start_edit.set_date(dt.date(2026, 1, 5))
        dialog.end_edit.set_date(dt.date(2026, 6, 26))
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = answer(CohortDialog, fill)
    _click(qtbot, page.new_cohort_button)
    opened.check()
    assert _tree(page) == ["Ocean Tech", "  Spring 2026"]
    # The new cohort is selected, on its (empty) enrolments, which say what to do.
    assert page.tabs.currentWidget() is page.enrolments
    assert page.tabs.tabText(page.TAB_ENROLMENTS) == "Enrolments in Spring 2026"
    assert "No companies in Spring 2026 yet: enrol them with Enrol companies" in (
        page.enrolments.list_state.message.text()
    )
    assert page.enrolments.meta.text() == "5 Jan 2026 – 26 Jun 2026  ·  Planned  ·  0 companies"


def test_edit_a_cohort(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory
) -> None:
    cohort = make.cohort(make.programme(name="Ocean Tech").id, name="Spring 2026")
    page.refresh()
    page.open_cohort(cohort.id)

    def run_it(dialog: CohortDialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Running"))
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = answer(CohortDialog, run_it)
    _click(qtbot, page.enrolments.edit_button)
    opened.check()
    assert services.programmes.get_cohort(cohort.id).status is CohortStatus.RUNNING
    status = page.tree_model.cohort_index(cohort.id).siblingAtColumn(1)
    assert page.tree_model.data(status) == "Running"


def test_open_cohort_selects_it_and_its_programme(
    page: ProgrammesPage, services: Services, make: Factory
) -> None:
    make.cohort(make.programme(name="A programme").id, name="Other")
    p = make.programme(name="B programme")
    cohort = make.cohort(p.id, name="Spring 2026")
    services.programmes.set_archived(p.id, True)
    page.open_cohort(cohort.id)
    # Its programme is archived: the page shows archived programmes to find it.
    assert page.show_archived.isChecked()
    assert page.title_label.text() == "B programme"
    assert page.tabs.currentWidget() is page.enrolments
    assert page.enrolments.title.text() == "Spring 2026"
    current = page.tree.currentIndex()
    assert page.tree_model.cohort_at(current).id == cohort.id


def test_double_clicking_a_cohort_in_the_programme_tab_opens_it(
    qtbot: QtBot, page: ProgrammesPage, make: Factory
) -> None:
    p = make.programme(name="Ocean Tech")
    make.cohort(p.id, name="Spring 2025", start_date=dt.date(2025, 1, 6))
    make.cohort(p.id, name="Spring 2026")
    page.refresh()
    assert _column(page.details.model, 0) == ["Spring 2026", "Spring 2025"]
    _double_click(qtbot, page.details.view, 1)
    assert page.tabs.currentWidget() is page.enrolments
    assert page.enrolments.title.text() == "Spring 2025"


# --- enrolments --------------------------------------------------------------------------------


TODAY = dt.date.today()


@pytest.fixture
def running(make: Factory) -> Any:
    """A cohort that started last week, so that nothing in its checklists is overdue yet."""
    p = make.programme(name="Ocean Tech")
    make.template(p.id, "Interviews", "Pitch deck")
    start = TODAY - dt.timedelta(weeks=1)
    return make.cohort(
        p.id,
        name="Spring 2026",
        status=CohortStatus.RUNNING,
        start_date=start,
        end_date=start + dt.timedelta(weeks=26),
    )


def test_enrol_an_existing_company_and_a_new_one(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory, running: Any
) -> None:
    make.company(name="Havbris AS")
    page.open_cohort(running.id)
    panel = page.enrolments

    def pick(dialog: EnrolDialog) -> None:
        qtbot.keyClicks(dialog.search_edit, "havbris")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        dialog.model.set_checked(dialog.model.rows()[0].id, True)
        qtbot.mouseClick(dialog.enrol_button, LEFT)

    opened = answer(EnrolDialog, pick)
    _click(qtbot, panel.enrol_button)
    opened.check()
    assert _column(panel.model, EnrolmentTableModel.COL_COMPANY) == ["Havbris AS"]
    assert _column(panel.model, EnrolmentTableModel.COL_MILESTONES) == ["0 of 2"]

    def register(dialog: EnrolDialog) -> None:
        dialog.tabs.setCurrentIndex(EnrolDialog.NEW)
        qtbot.keyClicks(dialog.name_edit, "Algea AS")
        qtbot.keyClicks(dialog.sector_edit, "Seaweed")
        qtbot.mouseClick(dialog.enrol_button, LEFT)

    opened = answer(EnrolDialog, register)
    with qtbot.waitSignal(page.context.bus.changed) as changed:
        _click(qtbot, panel.enrol_button)
    opened.check()
    # What the write stored: a company, its enrolment and its checklist.
    assert changed.args == [frozenset({Data.COMPANIES, Data.ENROLMENTS, Data.MILESTONES})]
    assert _column(panel.model, EnrolmentTableModel.COL_COMPANY) == ["Algea AS", "Havbris AS"]
    assert page.enrolments.meta.text().endswith("2 companies")
    assert "Enrolled Algea AS in Spring 2026" in panel.message.text.text()
    assert panel.selected().company_name == "Algea AS"
    assert services.programmes.get_cohort(running.id).enrolment_count == 2


WITHDRAWN_ON = TODAY - dt.timedelta(days=2)


def test_set_withdrawn_with_a_reason(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory, running: Any
) -> None:
    e = make.enrolment(running.id, company_id=make.company(name="Havbris AS").id)
    page.open_cohort(running.id)
    panel = page.enrolments
    _select_row(qtbot, panel.view, 0)

    def withdraw(dialog: EnrolmentStatusDialog) -> None:
        qtbot.mouseClick(dialog.radios[EnrolmentStatus.WITHDRAWN], LEFT)
        dialog.date_edit.set_date(WITHDRAWN_ON)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.reason_error.text() == "say why the company withdrew"
        qtbot.keyClicks(dialog.reason_edit, "Sold to a competitor")
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = answer(EnrolmentStatusDialog, withdraw)
    _click(qtbot, panel.status_button)
    opened.check()
    assert services.enrolments.get_enrolment(e.id).status is EnrolmentStatus.WITHDRAWN
    shown = format_date(WITHDRAWN_ON)
    assert _column(panel.model, EnrolmentTableModel.COL_STATUS) == [f"Withdrawn {shown}"]
    assert panel.detail.text() == f"Havbris AS: withdrawn {shown}. Sold to a competitor"


def test_assign_and_remove_a_mentor(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory, running: Any
) -> None:
    make.user(display_name="Solveig Lærdal")
    e = make.enrolment(running.id, company_id=make.company(name="Havbris AS").id)
    page.open_cohort(running.id)
    panel = page.enrolments
    assert not panel.no_mentors.isVisible()
    _select_row(qtbot, panel.view, 0)
    assert not panel.unassign_button.isEnabled()  # no mentor to remove yet

    opened = answer(MentorDialog, lambda d: qtbot.mouseClick(d.save_button, LEFT))
    _click(qtbot, panel.assign_button)
    opened.check()
    assert _column(panel.model, EnrolmentTableModel.COL_MENTORS) == ["Solveig Lærdal"]
    assert [m.display_name for m in services.enrolments.get_enrolment(e.id).mentors] == [
        "Solveig Lærdal"
    ]

    # Removing asks first; Cancel keeps the mentor.
    (remove,) = panel.unassign_menu.actions()
    assert remove.text() == "Solveig Lærdal"
    asked = answer(QMessageBox, click_message_button("Cancel"))
    remove.trigger()
    asked.check()
    assert len(services.enrolments.get_enrolment(e.id).mentors) == 1

    (remove,) = panel.unassign_menu.actions()
    asked = answer(QMessageBox, click_message_button("Remove Solveig Lærdal"))
    remove.trigger()
    asked.check()
    assert services.enrolments.get_enrolment(e.id).mentors == ()
    assert _column(panel.model, EnrolmentTableModel.COL_MENTORS) == ["none assigned"]


def test_with_no_mentors_the_page_says_where_they_come_from(
    page: ProgrammesPage, make: Factory, running: Any
) -> None:
    make.enrolment(running.id)
    page.open_cohort(running.id)
    assert page.enrolments.no_mentors.isVisible()
    assert "added under Users" in page.enrolments.no_mentors.text()


def test_double_clicking_an_enrolment_opens_the_company(
    qtbot: QtBot, page: ProgrammesPage, navigator: Navigator, make: Factory, running: Any
) -> None:
    company = make.company(name="Havbris AS")
    e = make.enrolment(running.id, company_id=company.id)
    page.open_cohort(running.id)
    _double_click(qtbot, page.enrolments.view, 0, EnrolmentTableModel.COL_STATUS)
    assert navigator.calls == [("open_company", (company.id, e.id))]
    qtbot.keyClick(page.enrolments.view, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("open_company", (company.id, e.id))
    assert len(navigator.calls) == 2
    _click(qtbot, page.enrolments.dashboard_button)
    assert navigator.calls[-1] == ("open_dashboard", (running.id,))


def test_a_right_click_on_an_enrolment_offers_what_the_buttons_do(
    qtbot: QtBot, page: ProgrammesPage, make: Factory, running: Any
) -> None:
    make.enrolment(running.id, company_id=make.company(name="Havbris AS").id)
    second = make.enrolment(running.id, company_id=make.company(name="Sjøbris AS").id)
    page.open_cohort(running.id)
    panel = page.enrolments
    view = panel.view
    row = panel.model.row_of(second.id)
    assert row is not None
    point = view.visualRect(panel.model.index(row, EnrolmentTableModel.COL_STATUS)).center()
    menus_before = len(panel.findChildren(QMenu))
    offered: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.append([a.text() for a in menu.actions() if a.text()])
        menu.close()

    for _ in range(3):
        QTimer.singleShot(0, read_and_close)
        view.customContextMenuRequested.emit(point)
    assert panel.selected() is not None and panel.selected().id == second.id
    assert offered[0][0] == panel.open_button.text().replace("&", "")
    assert offered == offered[:1] * 3
    # A closed menu goes, instead of one more piling up under the panel on every click.
    qtbot.waitUntil(lambda: len(panel.findChildren(QMenu)) == menus_before)


# --- applying the template ---------------------------------------------------------------------


def test_applying_the_template_keeps_a_ticked_milestone(
    qtbot: QtBot, page: ProgrammesPage, services: Services, make: Factory, running: Any
) -> None:
    e = make.enrolment(running.id, company_id=make.company(name="Havbris AS").id)
    interviews, pitch = services.enrolments.milestones(e.id)
    services.enrolments.set_milestone_status(
        interviews.id,
        MilestoneStatus.DONE,
        completed_on=TODAY,
        evidence="Interview log with ten conversations",
    )
    page.open_cohort(running.id)
    assert _column(page.enrolments.model, EnrolmentTableModel.COL_MILESTONES) == ["1 of 2"]
    page.tabs.setCurrentIndex(page.TAB_TEMPLATE)
    editor = page.template
    assert editor.apply_button.isEnabled()  # one active company in a running cohort

    # Rename the ticked item, drop the pitch deck, add a board.
    _select_row(qtbot, editor.view, 0)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Fifteen customer interviews")
    _select_row(qtbot, editor.view, 1)
    _click(qtbot, editor.remove_button)
    _click(qtbot, editor.add_button)
    qtbot.keyClicks(editor.title_edit, "Board with an external member")
    assert not editor.apply_button.isEnabled()  # save first
    _click(qtbot, editor.save_button)
    assert editor.message.isVisible()
    assert "1 company in a planned or running cohort still has the checklist" in (
        editor.message.text.text()
    )
    assert editor.message.action.text() == "Apply to running enrolments"

    with qtbot.waitSignal(page.context.bus.changed) as changed:
        _click(qtbot, editor.message.action)
    assert changed.args == [frozenset({Data.MILESTONES})]  # only the checklists were written
    assert editor.message.text.text() == (
        "Updated 1 checklist: 1 milestone added, 1 updated, 1 removed (ticks kept)"
    )
    milestones = services.enrolments.milestones(e.id)
    assert [(m.title, m.status, m.evidence) for m in milestones] == [
        (
            "Fifteen customer interviews",
            MilestoneStatus.DONE,
            "Interview log with ten conversations",
        ),
        ("Board with an external member", MilestoneStatus.NOT_STARTED, ""),
    ]
    assert milestones[0].completed_on == TODAY
    # The enrolments table followed: one of two done.
    assert _column(page.enrolments.model, EnrolmentTableModel.COL_MILESTONES) == ["1 of 2"]


# --- who may change what -----------------------------------------------------------------------


def test_a_viewer_sees_but_cannot_change(
    qtbot: QtBot, services: Services, make: Factory, running: Any
) -> None:
    make.enrolment(running.id)
    viewer = services.acting_as(Actor(None, "viewer", Role.VIEWER))
    page = ProgrammesPage(AppContext(viewer, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.show()
    page.open_cohort(running.id)
    assert page.enrolments.model.rowCount() == 1
    for button in (
        page.new_programme_button,
        page.edit_programme_button,
        page.archive_button,
        page.enrolments.enrol_button,
        page.enrolments.status_button,
    ):
        assert not button.isEnabled(), button.text()
    assert "Only a coordinator" in page.edit_programme_button.toolTip()
    assert page.enrolments.open_button.isEnabled()
    # The template can be read, not changed.
    page.tabs.setCurrentIndex(page.TAB_TEMPLATE)
    assert _column(page.template.model, 0) == ["Interviews", "Pitch deck"]
    assert page.template.title_edit.isReadOnly()
    assert not page.template.add_button.isVisible()
    assert not page.template.save_button.isVisible()
