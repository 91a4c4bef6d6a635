"""The company page: edit and save the profile, contacts, and the history across cohorts
with the chosen enrolment's facts and milestone checklist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import EnrolmentStatus, Role
from accelerator.domain.readiness import business_orientation_gap
from accelerator.services import Actor, Services
from accelerator.services.companies import ContactInput
from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.company_contact_dialog import ContactDialog
from accelerator.ui.models.company_contact_table import CompanyContactTableModel
from accelerator.ui.models.company_table import CompanyTableModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.companies import CompaniesPage
from tests.factories import DIMENSIONS, Factory
from tests.ui.test_companies_page import Navigator

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def company(services: Services, make: Factory) -> CompanyRecord:
    record = make.company(
        name="Dypvann Robotikk AS",
        org_number="915736904",
        sector="Subsea robotics",
        home_cluster="Vestkyst Ocean Technology Cluster",
        founded_year=2021,
        employees=11,
    )
    services.companies.add_contact(record.id, ContactInput("Anders Kvamme", "CEO"))
    return services.companies.get_company(record.id)


@pytest.fixture
def open_company(
    qtbot: QtBot, services: Services
) -> Callable[..., tuple[CompaniesPage, Navigator]]:
    def open_company(
        company_id: int, enrolment_id: int | None = None, acting: Services | None = None
    ) -> tuple[CompaniesPage, Navigator]:
        navigator = Navigator()
        page = CompaniesPage(AppContext(acting or services, ChangeBus(), navigator))
        qtbot.addWidget(page)
        page.resize(1070, 740)
        page.show()
        qtbot.waitExposed(page)
        page.open_company(company_id, enrolment_id)
        assert page.showing_company()
        return page, navigator

    return open_company


def retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_page_shows_the_saved_profile(
    open_company: Callable[..., tuple[CompaniesPage, Navigator]], company: CompanyRecord
) -> None:
    page, _ = open_company(company.id)
    profile = page.profile
    assert profile.title_label.text() == "Dypvann Robotikk AS"
    assert profile.subtitle_label.text() == (
        "Org. no. 915 736 904 · Subsea robotics · Vestkyst Ocean Technology Cluster"
    )
    form = profile.form
    assert form.org_number_edit.text() == "915736904"
    assert (form.founded_edit.text(), form.employees_edit.text()) == ("2021", "11")
    assert not form.country_edit.isVisible()
    assert not profile.save_button.isEnabled() and not profile.revert_button.isEnabled()
    assert not page.has_unsaved_changes()


def test_edit_and_save_the_profile(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
) -> None:
    page, _ = open_company(company.id)
    profile = page.profile
    retype(qtbot, profile.form.sector_edit, "Subsea inspection")
    retype(qtbot, profile.form.employees_edit, "14")
    assert page.has_unsaved_changes()
    assert profile.save_button.isEnabled() and profile.revert_button.isEnabled()

    click(qtbot, profile.save_button)
    saved = services.companies.get_company(company.id)
    assert (saved.sector, saved.employees) == ("Subsea inspection", 14)
    assert not page.has_unsaved_changes()
    assert not profile.save_button.isEnabled()
    assert "Subsea inspection" in profile.subtitle_label.text()
    # The list behind the page was told and shows the new sector.
    row = page.model.row_of(company.id)
    assert row is not None
    cell = page.model.index(row, CompanyTableModel.COL_SECTOR)
    assert page.model.data(cell, DISPLAY) == "Subsea inspection"


def test_a_refused_edit_is_explained_beside_the_field_and_saves_nothing(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
) -> None:
    page, _ = open_company(company.id)
    form = page.profile.form
    retype(qtbot, form.founded_edit, "1700")
    form.name_edit.clear()
    click(qtbot, page.profile.save_button)
    assert form.error_labels["founded_year"].isVisible()
    assert form.error_labels["founded_year"].text() == (
        f"Founded must be between 1800 and {dt.date.today().year}, not 1700"
    )
    assert form.error_labels["name"].text() == "Name is required"
    assert not form.error_labels["org_number"].isVisible()
    assert services.companies.get_company(company.id) == company
    assert page.has_unsaved_changes()  # the edits wait to be put right
    qtbot.keyClicks(form.name_edit, "Dypvann AS")
    assert not form.error_labels["name"].isVisible()  # typing there clears its message


def test_revert_brings_back_the_saved_profile(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
) -> None:
    page, _ = open_company(company.id)
    form = page.profile.form
    retype(qtbot, form.name_edit, "Something Else AS")
    qtbot.keyClicks(form.description_edit, "A new description")
    click(qtbot, page.profile.revert_button)
    assert form.name_edit.text() == "Dypvann Robotikk AS"
    assert form.description_edit.toPlainText() == ""
    assert not page.has_unsaved_changes()


def test_typing_back_what_was_saved_is_no_change(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
) -> None:
    page, _ = open_company(company.id)
    retype(qtbot, page.profile.form.employees_edit, "12")
    assert page.has_unsaved_changes()
    retype(qtbot, page.profile.form.employees_edit, "11")
    assert not page.has_unsaved_changes()


def test_a_company_can_be_registered_abroad(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
) -> None:
    page, _ = open_company(company.id)
    form = page.profile.form
    click(qtbot, form.foreign_check)
    assert form.country_edit.isVisible() and form.registry_edit.isVisible()
    assert not form.org_number_edit.isVisible()
    click(qtbot, page.profile.save_button)  # no country yet
    assert form.error_labels["country"].text() == "Country is required"
    qtbot.keyClicks(form.country_edit, "Denmark")
    qtbot.keyClicks(form.registry_edit, "CVR 38412728")
    click(qtbot, page.profile.save_button)
    saved = services.companies.get_company(company.id)
    assert (saved.is_foreign, saved.country, saved.registry_number, saved.org_number) == (
        True,
        "Denmark",
        "CVR 38412728",
        None,
    )
    assert page.profile.subtitle_label.text().startswith("Denmark CVR 38412728")


def test_save_changes_is_what_the_window_calls_before_leaving(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
) -> None:
    page, _ = open_company(company.id)
    retype(qtbot, page.profile.form.website_edit, "https://dypvann.example")
    assert page.has_unsaved_changes()
    assert page.save_changes() is True
    assert services.companies.get_company(company.id).website == "https://dypvann.example"
    retype(qtbot, page.profile.form.org_number_edit, "123")
    assert page.save_changes() is False  # refused: the window keeps the page
    assert page.has_unsaved_changes()
    page.discard_changes()
    assert not page.has_unsaved_changes()
    assert page.profile.form.org_number_edit.text() == "915736904"


def _when_contact_dialog_opens(act: Callable[[ContactDialog], None]) -> list[BaseException]:
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ContactDialog):
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
        except BaseException as error:  # handed to the test, which re-raises it
            failures.append(error)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def contact_names(page: CompaniesPage) -> list[str]:
    model = page.profile.contacts_model
    return [
        model.data(model.index(r, CompanyContactTableModel.COL_NAME), DISPLAY)
        for r in range(model.rowCount())
    ]


def test_add_edit_and_remove_a_contact(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _ = open_company(company.id)
    profile = page.profile
    assert contact_names(page) == ["Anders Kvamme"]
    assert not profile.remove_contact_button.isEnabled()
    seen: dict[str, object] = {}

    def add(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Liv Årdal")
        qtbot.keyClicks(dialog.email_edit, "liv.dypvann.example")
        click(qtbot, dialog.save_button)
        error = dialog.error_labels["email"]
        seen["error"] = error.text() if error.isVisibleTo(dialog) else None
        seen["contacts"] = len(services.companies.get_company(company.id).contacts)
        retype(qtbot, dialog.email_edit, "liv@dypvann.example")
        click(qtbot, dialog.save_button)

    failures = _when_contact_dialog_opens(add)
    click(qtbot, profile.add_contact_button)
    if failures:
        raise failures[0]
    assert seen["error"] == "'liv.dypvann.example' is not an e-mail address"
    assert seen["contacts"] == 1
    assert contact_names(page) == ["Anders Kvamme", "Liv Årdal"]
    assert profile.selected_contact() is not None
    assert profile.selected_contact().name == "Liv Årdal"  # type: ignore[union-attr]

    def edit(dialog: ContactDialog) -> None:
        retype(qtbot, dialog.name_edit, "Liv Årdal Berg")
        click(qtbot, dialog.save_button)

    failures = _when_contact_dialog_opens(edit)
    click(qtbot, profile.edit_contact_button)
    if failures:
        raise failures[0]
    assert contact_names(page) == ["Anders Kvamme", "Liv Årdal Berg"]

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        questions.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, profile.remove_contact_button)
    assert contact_names(page) == ["Anders Kvamme", "Liv Årdal Berg"]  # cancelled
    click(qtbot, profile.remove_contact_button)
    assert contact_names(page) == ["Anders Kvamme"]
    assert questions[0] == "Remove Liv Årdal Berg from the contacts of Dypvann Robotikk AS?"
    assert [c.name for c in services.companies.get_company(company.id).contacts] == [
        "Anders Kvamme"
    ]


@pytest.fixture
def history(services: Services, make: Factory, company: CompanyRecord) -> dict[str, int]:
    """Two cohorts of one programme: the company graduated from the first and is in the
    second, where technology runs ahead of customer and business model."""
    programme = make.programme(name="Ocean Technology Accelerator")
    make.template(programme.id, "Ten customer interviews", "Pitch deck", "Pilot customer")
    first = make.cohort(programme.id, name="Spring 2025", start_date=dt.date(2025, 1, 6))
    second = make.cohort(programme.id, name="Spring 2026")
    old = make.enrolment(first.id, company_id=company.id)
    services.enrolments.set_status(old.id, EnrolmentStatus.GRADUATED, on=dt.date(2025, 6, 20))
    current = make.enrolment(second.id, company_id=company.id)
    mentor = make.user(display_name="Bjørn Åsheim")
    services.enrolments.assign_mentor(current.id, mentor.id)
    levels = dict.fromkeys(DIMENSIONS, 4) | {"technology": 7, "customer": 2, "business_model": 3}
    make.assessment(current.id, levels=levels, assessor_id=mentor.id)
    make.assessment(old.id, assessed_on=dt.date(2025, 3, 1))
    return {"old": old.id, "current": current.id, "second_cohort": second.id}


def test_history_across_cohorts_with_the_facts_of_the_selected_enrolment(
    qtbot: QtBot,
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    history: dict[str, int],
) -> None:
    page, navigator = open_company(company.id)
    enrolments = page.profile.enrolments
    model = enrolments.model
    rows = [[model.data(model.index(r, c), DISPLAY) for c in range(5)] for r in range(2)]
    assert rows == [
        [
            "Spring 2025",
            "Ocean Technology Accelerator",
            "6 Jan 2025",
            "Graduated 20 Jun 2025",
            "None assigned",
        ],
        ["Spring 2026", "Ocean Technology Accelerator", "5 Jan 2026", "Active", "Bjørn Åsheim"],
    ]
    # The most recent enrolment is chosen first.
    assert enrolments.current_enrolment_id() == history["current"]
    expected_gap = business_orientation_gap(
        dict.fromkeys(DIMENSIONS, 4) | {"technology": 7, "customer": 2, "business_model": 3}
    )
    assert expected_gap.flagged
    assert enrolments.gap_label.text() == expected_gap.explanation
    assert "4.5" in enrolments.gap_fact.value.text()
    assert "flagged" in enrolments.gap_fact.value.text()
    assert enrolments.readiness_fact.value.text() == "4.0"
    assert enrolments.milestones_fact.value.text() == "0 of 3"
    assert enrolments.assessed_fact.value.text() == "1 Feb 2026"
    assert enrolments.checklist.enrolment_id == history["current"]
    assert enrolments.checklist.model.rowCount() > 0

    # Choosing the older enrolment shows its own facts and checklist.
    rect = enrolments.view.visualRect(model.index(0, 0))
    qtbot.mouseClick(enrolments.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert enrolments.current_enrolment_id() == history["old"]
    assert enrolments.checklist.enrolment_id == history["old"]
    assert enrolments.assessed_fact.value.text() == "1 Mar 2025"
    assert "flagged" not in enrolments.gap_fact.value.text()

    click(qtbot, enrolments.cohort_button)
    assert navigator.calls[-1][0] == "cohort"


def test_open_company_selects_the_enrolment_asked_for(
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    history: dict[str, int],
) -> None:
    page, _ = open_company(company.id, history["old"])
    assert page.profile.enrolments.current_enrolment_id() == history["old"]
    assert page.profile.enrolments.checklist.enrolment_id == history["old"]
    page.open_company(company.id, history["current"])
    assert page.profile.enrolments.current_enrolment_id() == history["current"]


def test_facts_follow_a_new_assessment_elsewhere(
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    history: dict[str, int],
    make: Factory,
) -> None:
    page, _ = open_company(company.id)
    facts = page.profile.enrolments
    make.assessment(
        history["current"],
        levels=dict.fromkeys(DIMENSIONS, 6),
        reasons=dict.fromkeys(DIMENSIONS, "Moved after the pilot"),
        assessed_on=dt.date(2026, 3, 2),
    )
    page.context.bus.announce([Data.ASSESSMENTS])
    assert facts.readiness_fact.value.text() == "6.0"
    assert facts.assessed_fact.value.text() == "2 Mar 2026"
    row = page.model.row_of(company.id)
    assert row is not None
    cell = page.model.index(row, CompanyTableModel.COL_READINESS)
    assert page.model.data(cell, DISPLAY) == "6.0"


def test_a_company_that_never_joined_a_cohort_says_so(
    open_company: Callable[..., tuple[CompaniesPage, Navigator]], company: CompanyRecord
) -> None:
    page, _ = open_company(company.id)
    enrolments = page.profile.enrolments
    assert enrolments.empty_label.isVisible()
    assert enrolments.empty_label.text().startswith("Not enrolled in any cohort yet.")
    assert not enrolments.detail.isVisible()


def test_a_mentor_reads_the_profile_but_cannot_change_it(
    open_company: Callable[..., tuple[CompaniesPage, Navigator]],
    company: CompanyRecord,
    services: Services,
    make: Factory,
) -> None:
    mentor = make.user()
    # A mentor reads the companies of the cohorts they mentor in.
    enrolment = make.enrolment(company_id=company.id)
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    as_mentor = services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR))
    page, _ = open_company(company.id, acting=as_mentor)
    profile = page.profile
    assert profile.form.name_edit.isReadOnly()
    assert not profile.save_button.isVisible()
    assert not profile.add_contact_button.isVisible()
    assert not page.new_button.isVisible()
    assert not page.has_unsaved_changes()
