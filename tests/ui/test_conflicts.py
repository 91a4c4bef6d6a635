"""Two desktops on one database: a form is open here while someone else saves the same
record there. Saving the form shows the conflict; Reload puts their version in the form,
Overwrite saves the form's values over theirs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.domain.enums import (
    CohortStatus,
    EnrolmentStatus,
    MeetingStatus,
    MilestoneStatus,
    NeedCategory,
    NeedSide,
    NeedStatus,
    Role,
)
from accelerator.errors import ConflictError
from accelerator.services import Actor, Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from accelerator.services.records import (
    AssessmentRecord,
    EnrolmentRecord,
    MeetingRecord,
    MilestoneRecord,
    NeedRecord,
)
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs import conflict_dialog
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.company_contact_dialog import ContactDialog
from accelerator.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.milestone_dialog import MilestoneBlockedDialog, MilestoneDoneDialog
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.matchmaking import MatchmakingPage
from accelerator.ui.widgets.company_profile import CompanyProfile
from accelerator.ui.widgets.milestone_checklist import MilestoneChecklist
from accelerator.ui.widgets.organisation_needs import OrganisationNeeds
from tests.factories import Factory
from tests.ui.helpers import NoNavigation

RELOAD, OVERWRITE = Choice.RELOAD, Choice.OVERWRITE
BOTH = pytest.mark.parametrize("choice", [RELOAD, OVERWRITE], ids=["reload", "overwrite"])


@dataclasses.dataclass
class Asked:
    """What the conflict dialog was shown with, and what the user answers."""

    answer: Choice = Choice.CANCEL
    errors: list[ConflictError] = dataclasses.field(default_factory=list)
    before: list[object] = dataclasses.field(default_factory=list)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """The conflict dialog answers ``asked.answer`` without showing itself."""
    seen = Asked()

    def ask(_cls: object, _parent: QWidget | None, error: ConflictError, before: object) -> Choice:
        seen.errors.append(error)
        seen.before.append(before)
        return seen.answer

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    return seen


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box here is a failure, not a modal loop that hangs the run."""

    def fail(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(QMessageBox, "information", fail)


@pytest.fixture
def context(services: Services) -> AppContext:
    return AppContext(services, ChangeBus(), NoNavigation())


@pytest.fixture
def other(db: Database, make: Factory) -> Iterator[Services]:
    """Kari, a coordinator at another desktop on the same database."""
    kari = make.user(username="kari", display_name="Kari Nordmann", role=Role.COORDINATOR)
    database = open_database(db.target)
    yield Services(database, Actor(user_id=kari.id, username="kari", role=Role.COORDINATOR))
    database.dispose()


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()


def _retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def _conflicted(asked: Asked, kind: type, by: str | None = "Kari Nordmann") -> ConflictError:
    """The one conflict shown, about a record of ``kind`` changed by Kari."""
    assert len(asked.errors) == 1
    error = asked.errors[0]
    assert isinstance(error.current, kind)
    if by is not None:
        assert error.changed_by == by
    return error


# --- the company profile ---------------------------------------------------------------------


@BOTH
def test_company_profile(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    company = make.company(name="Dypvann Robotikk AS", sector="Subsea robotics")
    profile = CompanyProfile(context)
    _show(qtbot, profile)
    assert profile.set_company(company.id)
    _retype(qtbot, profile.form.sector_edit, "Marine robotics")

    theirs = dataclasses.replace(CompanyInput.from_record(company), sector="Ocean drones")
    other.companies.update_company(company.id, theirs)
    asked.answer = choice
    saved = profile.save_changes()

    _conflicted(asked, type(company))
    assert asked.before == [company]  # the record the form was filled from
    stored = services.companies.get_company(company.id)
    if choice is RELOAD:
        assert not saved
        assert profile.form.sector_edit.text() == "Ocean drones"
        assert not profile.has_unsaved_changes()
        assert stored.sector == "Ocean drones"
        # Their version is now the one the form changes: the next save goes through.
        _retype(qtbot, profile.form.sector_edit, "Subsea drones")
        assert profile.save_changes()
        assert len(asked.errors) == 1
        assert services.companies.get_company(company.id).sector == "Subsea drones"
    else:
        assert saved
        assert stored.sector == "Marine robotics"
        assert profile.form.sector_edit.text() == "Marine robotics"
        assert not profile.has_unsaved_changes()


def test_company_profile_cancel_keeps_the_edits(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
) -> None:
    company = make.company(name="Dypvann Robotikk AS", sector="Subsea robotics")
    profile = CompanyProfile(context)
    _show(qtbot, profile)
    profile.set_company(company.id)
    _retype(qtbot, profile.form.sector_edit, "Marine robotics")
    other.companies.update_company(
        company.id, dataclasses.replace(CompanyInput.from_record(company), sector="Ocean drones")
    )
    profile.refresh()  # the page reads the company again meanwhile; the edits stay
    asked.answer = Choice.CANCEL
    assert not profile.save_changes()
    assert profile.form.sector_edit.text() == "Marine robotics"
    assert profile.has_unsaved_changes()
    assert services.companies.get_company(company.id).sector == "Ocean drones"
    # Still the version the form was filled from, though the page read a newer one.
    assert not profile.save_changes()
    assert len(asked.errors) == 2


@BOTH
def test_contact_dialog(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    company = make.company()
    contact = services.companies.add_contact(company.id, ContactInput("Anders Kvamme", "CEO"))
    dialog = ContactDialog(None, context, company.id, contact)
    _show(qtbot, dialog)
    _retype(qtbot, dialog.role_edit, "Chair")
    other.companies.update_contact(contact.id, ContactInput("Anders Kvamme", "CTO"))
    asked.answer = choice
    dialog.accept()

    _conflicted(asked, type(contact))
    stored = services.companies.get_company(company.id).contacts[0]
    if choice is RELOAD:
        assert dialog.saved is None and dialog.isVisible()
        assert dialog.role_edit.text() == "CTO"
        assert stored.role == "CTO"
    else:
        assert dialog.saved is not None
        assert stored.role == "Chair"


# --- programmes, cohorts and enrolments --------------------------------------------------------


@BOTH
def test_programme_dialog(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    programme = make.programme(name="Ocean Tech", cluster="Ocean cluster")
    dialog = ProgrammeDialog(None, context, programme)
    _show(qtbot, dialog)
    _retype(qtbot, dialog.cluster_edit, "Vestkyst cluster")
    other.programmes.update_programme(
        programme.id,
        ProgrammeInput("Ocean Tech", "Ocean cluster", "Ten companies a year", None, 8),
    )
    asked.answer = choice
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, type(programme))
    stored = services.programmes.get_programme(programme.id)
    if choice is RELOAD:
        assert dialog.saved is None and dialog.isVisible()
        assert dialog.cluster_edit.text() == "Ocean cluster"
        assert dialog.description_edit.toPlainText() == "Ten companies a year"
        assert dialog.interval_spin.value() == 8
        assert (stored.cluster, stored.assessment_interval_weeks) == ("Ocean cluster", 8)
    else:
        assert dialog.saved is not None
        # All of the form's values: the interval it showed goes back over theirs.
        assert (stored.cluster, stored.assessment_interval_weeks) == ("Vestkyst cluster", 6)


@BOTH
def test_cohort_dialog(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    programme = make.programme()
    cohort = make.cohort(programme.id, name="Autumn 2026")
    dialog = CohortDialog(None, context, programme, cohort)
    _show(qtbot, dialog)
    _retype(qtbot, dialog.name_edit, "Autumn A")
    later_end = cohort.end_date + dt.timedelta(weeks=2)
    other.programmes.update_cohort(
        cohort.id,
        CohortInput(
            programme.id, "Autumn 2026", cohort.start_date, later_end, CohortStatus.RUNNING
        ),
    )
    asked.answer = choice
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, type(cohort))
    stored = services.programmes.get_cohort(cohort.id)
    if choice is RELOAD:
        assert dialog.saved is None
        assert dialog.name_edit.text() == "Autumn 2026"
        assert dialog.end_edit.date() == later_end
        assert dialog.status_combo.currentData() == CohortStatus.RUNNING.value
        assert (stored.end_date, stored.status) == (later_end, CohortStatus.RUNNING)
    else:
        assert dialog.saved is not None
        assert (stored.name, stored.end_date) == ("Autumn A", cohort.end_date)


@BOTH
def test_enrolment_status_dialog(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    enrolment = make.enrolment()
    dialog = EnrolmentStatusDialog(None, context, enrolment)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.radios[EnrolmentStatus.WITHDRAWN], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.reason_edit, "Moved to Iceland")
    graduated_on = enrolment.joined_on + dt.timedelta(days=30)
    other.enrolments.set_status(
        enrolment.id, EnrolmentStatus.GRADUATED, on=graduated_on, reason="Early exit"
    )
    asked.answer = choice
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, EnrolmentRecord)
    stored = services.enrolments.get_enrolment(enrolment.id)
    if choice is RELOAD:
        assert dialog.saved is None and dialog.isVisible()
        assert dialog.status() is EnrolmentStatus.GRADUATED
        assert dialog.date_edit.date() == graduated_on
        assert dialog.reason_edit.toPlainText() == "Early exit"
        assert dialog.reason_label.text() == "&Note:"
        assert (stored.status, stored.status_reason) == (EnrolmentStatus.GRADUATED, "Early exit")
    else:
        assert dialog.saved is not None
        assert stored.status is EnrolmentStatus.WITHDRAWN
        assert stored.status_reason == "Moved to Iceland"


# --- milestones ----------------------------------------------------------------------------------


@pytest.fixture
def milestone(services: Services, make: Factory) -> MilestoneRecord:
    programme = make.programme()
    services.programmes.set_template(
        programme.id,
        [
            TemplateItemInput("Ten customer interviews", "customer", due_offset_weeks=2),
            TemplateItemInput("Pitch deck", "funding", due_offset_weeks=4),
        ],
    )
    enrolment = make.enrolment(make.cohort(programme.id).id)
    return services.enrolments.milestones(enrolment.id)[0]


@BOTH
def test_milestone_done_dialog(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    milestone: MilestoneRecord,
    asked: Asked,
    choice: Choice,
) -> None:
    dialog = MilestoneDoneDialog(None, context, milestone)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.evidence, "Notes of ten interviews")
    other.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.BLOCKED, blocked_reason="Waiting for the pilot customer"
    )
    other.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.DONE, evidence="Interview log in the shared folder"
    )
    asked.answer = choice
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, MilestoneRecord)
    stored = services.enrolments.milestones(milestone.enrolment_id)[0]
    assert stored.status is MilestoneStatus.DONE
    if choice is RELOAD:
        assert dialog.saved is None and dialog.isVisible()
        assert dialog.evidence.toPlainText() == "Interview log in the shared folder"
        assert stored.evidence == "Interview log in the shared folder"
    else:
        assert dialog.saved is not None
        assert stored.evidence == "Notes of ten interviews"


def test_milestone_blocked_dialog_reload_then_save(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    milestone: MilestoneRecord,
    asked: Asked,
) -> None:
    dialog = MilestoneBlockedDialog(None, context, milestone)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.reason, "No test site")
    other.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.BLOCKED, blocked_reason="Waiting for the pilot customer"
    )
    asked.answer = RELOAD
    dialog.accept()
    assert dialog.reason.toPlainText() == "Waiting for the pilot customer"
    # The user adds to their reason and saves: no second conflict.
    dialog.reason.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.reason, "; no test site")
    dialog.accept()
    assert len(asked.errors) == 1
    assert dialog.saved is not None
    stored = services.enrolments.milestones(milestone.enrolment_id)[0]
    assert stored.blocked_reason == "Waiting for the pilot customer; no test site"


@BOTH
def test_checklist_quick_action(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    milestone: MilestoneRecord,
    asked: Asked,
    choice: Choice,
) -> None:
    checklist = MilestoneChecklist(context)
    _show(qtbot, checklist)
    checklist.resize(900, 500)
    checklist.set_enrolment(milestone.enrolment_id)
    assert checklist.select_milestone(milestone.id)
    other.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.BLOCKED, blocked_reason="Waiting for the pilot customer"
    )
    asked.answer = choice
    checklist.in_progress_action.trigger()

    error = _conflicted(asked, MilestoneRecord)
    assert asked.before == [milestone]  # the row as it was shown
    stored = services.enrolments.milestones(milestone.enrolment_id)[0]
    shown = checklist.selected_milestone()
    assert shown is not None
    if choice is RELOAD:
        assert stored.status is MilestoneStatus.BLOCKED
        assert shown.status is MilestoneStatus.BLOCKED
        assert isinstance(error.current, MilestoneRecord)
        assert shown.row_version == error.current.row_version
    else:
        assert stored.status is MilestoneStatus.IN_PROGRESS
        assert shown.status is MilestoneStatus.IN_PROGRESS


# --- needs, offers and meetings: one-click moves -------------------------------------------


@BOTH
def test_closing_a_need_someone_changed_meanwhile(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    farm = make.company(name="Skjærgård Akvakultur AS")
    need = services.needs.create_need(
        NeedInput(farm.id, NeedSide.NEED, NeedCategory.TEST_SITE, "A net pen for trials")
    )
    section = OrganisationNeeds(context)
    _show(qtbot, section)
    section.resize(900, 400)
    section.set_organisation(farm)
    section.view.select(need.id)
    other.needs.update_need(
        need.id, NeedInput(farm.id, NeedSide.NEED, NeedCategory.TEST_SITE, "Two net pens")
    )
    asked.answer = choice
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, NeedRecord)
    assert asked.before == [need]  # the row as it was shown
    stored = services.needs.get_need(need.id)
    shown = section.selected()
    assert stored.summary == "Two net pens"  # Kari's words are never lost
    assert shown is not None and shown.summary == "Two net pens"
    expected = NeedStatus.OPEN if choice is RELOAD else NeedStatus.CLOSED
    assert stored.status is expected and shown.status is expected


@BOTH
def test_cancelling_a_meeting_someone_moved_meanwhile(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    make: Factory,
    asked: Asked,
    choice: Choice,
) -> None:
    farm = make.company(name="Skjærgård Akvakultur AS")
    lab = make.company(name="Havlaben Vest")
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))
    meeting = services.meetings.book(
        MeetingInput(start, organisation_id=farm.id, counterpart_id=lab.id, place="Bergen")
    )
    page = MatchmakingPage(context)
    _show(qtbot, page)
    page.resize(1200, 800)
    assert page.select_meeting(meeting.id)
    other.meetings.update_meeting(
        meeting.id,
        MeetingInput(start, organisation_id=farm.id, counterpart_id=lab.id, place="Ålesund"),
    )
    asked.answer = choice
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)

    _conflicted(asked, MeetingRecord)
    stored = services.meetings.get_meeting(meeting.id)
    shown = page.selected_meeting()
    assert stored.place == "Ålesund"
    assert shown is not None and shown.place == "Ålesund"
    expected = MeetingStatus.BOOKED if choice is RELOAD else MeetingStatus.CANCELLED
    assert stored.status is expected and shown.status is expected


# --- assessments -----------------------------------------------------------------------------


@pytest.fixture
def assessment(make: Factory) -> AssessmentRecord:
    enrolment = make.enrolment()
    return make.assessment(enrolment.id, notes="First session")


def _their_correction(record: AssessmentRecord, notes: str) -> AssessmentInput:
    levels = dict(record.levels)
    levels["customer"] = 4
    return AssessmentInput(
        enrolment_id=record.enrolment_id,
        levels=levels,
        reasons={"customer": "Two pilots signed"},
        kind=record.kind,
        assessed_on=record.assessed_on,
        notes=notes,
    )


@BOTH
def test_assessment_correction(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    other: Services,
    assessment: AssessmentRecord,
    asked: Asked,
    choice: Choice,
) -> None:
    form = services.assessments.assessment_form(assessment.enrolment_id)
    dialog = AssessmentDialog(context, form, correcting=assessment)
    # Closing it at the end of the test must not ask about typed work (a modal box).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    rows = {row.dimension.key: row for row in dialog.rows}
    qtbot.keyClick(rows["ip"].picker, Qt.Key.Key_5)
    rows["ip"].reason.setText("Patent filed")
    other.assessments.correct_assessment(
        assessment.id, _their_correction(assessment, "First session, with the CTO")
    )
    asked.answer = choice
    dialog.save()

    # Who: a correction that changes only levels and texts leaves no audit entry on the
    # assessment's own row, so the service names its last writer there (not checked here).
    error = _conflicted(asked, AssessmentRecord)
    assert ("Customer", "3", "4") in conflict_dialog.differences(assessment, error.current)
    stored = services.assessments.get_assessment(assessment.id)
    if choice is RELOAD:
        assert dialog.saved is None and dialog.isVisible()
        assert rows["customer"].picker.level() == 4
        assert rows["customer"].reason.text() == "Two pilots signed"
        assert rows["ip"].picker.level() == 3
        assert rows["ip"].reason.text() == ""
        assert dialog.notes.toPlainText() == "First session, with the CTO"
        assert (stored.levels["customer"], stored.levels["ip"]) == (4, 3)
        assert stored.notes == "First session, with the CTO"
    else:
        assert dialog.saved is not None
        assert (stored.levels["customer"], stored.levels["ip"]) == (3, 5)
        assert stored.notes == "First session"


# --- the dialog itself ---------------------------------------------------------------------------


@pytest.fixture
def company_conflict(
    services: Services, other: Services, make: Factory
) -> tuple[object, ConflictError]:
    """The company as a form had it, and the conflict of saving over Kari's change."""
    company = make.company(name="Dypvann Robotikk AS", sector="Subsea robotics", employees=11)
    theirs = dataclasses.replace(
        CompanyInput.from_record(company), sector="Ocean drones", employees=14
    )
    other.companies.update_company(company.id, theirs)
    mine = dataclasses.replace(CompanyInput.from_record(company), sector="Marine robotics")
    with pytest.raises(ConflictError) as caught:
        services.companies.update_company(company.id, mine, expected_version=company.row_version)
    return company, caught.value


def _table(dialog: ConflictDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    cells = [
        [table.item(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())
    ]
    return [tuple(item.text() if item else "" for item in row) for row in cells]


def test_conflict_dialog_shows_who_changed_what(
    qtbot: QtBot, company_conflict: tuple[object, ConflictError]
) -> None:
    before, error = company_conflict
    dialog = ConflictDialog(None, error, before)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert _table(dialog) == [
        ("Sector", "Subsea robotics", "Ocean drones"),
        ("Employees", "11", "14"),
    ]
    heading = dialog.findChildren(QLabel)[0].text()
    assert "Kari Nordmann saved this company" in heading
    assert dialog.overwrite_button.isEnabled()
    assert dialog.reload_button.isDefault()


def test_conflict_dialog_buttons_say_the_choice(
    qtbot: QtBot, company_conflict: tuple[object, ConflictError]
) -> None:
    before, error = company_conflict
    for button, choice in (("reload_button", RELOAD), ("overwrite_button", OVERWRITE)):
        dialog = ConflictDialog(None, error, before)
        qtbot.addWidget(dialog)
        dialog.show()
        getattr(dialog, button).click()
        assert dialog.choice is choice
        assert dialog.result() == dialog.DialogCode.Accepted


def test_a_funding_application_someone_decided_meanwhile_is_shown_in_words(
    qtbot: QtBot, services: Services, other: Services, make: Factory
) -> None:
    from accelerator.domain.enums import FundingDecision
    from accelerator.services.projects import FundingInput, ProjectInput
    from accelerator.ui.dialogs.project_dialogs import _funding_saved

    projects = services.projects
    project = projects.create_project(ProjectInput("Tareskog for fôr"))
    scheme = projects.funding_schemes()[0]
    made = projects.add_funding(project.id, FundingInput(scheme.id, 900_000, reference="IN-1"))
    (application,) = made.funding
    other.projects.update_funding(
        application.id,
        FundingInput(
            scheme.id,
            900_000,
            FundingDecision.GRANTED,
            dt.date.today() - dt.timedelta(days=1),
            800_000,
            "IN-1",
        ),
    )
    with pytest.raises(ConflictError) as caught:
        # As the funding dialog saves: the conflict about the application, not the project.
        _funding_saved(
            lambda: projects.update_funding(
                application.id,
                FundingInput(scheme.id, 950_000, reference="IN-1"),
                expected_version=application.row_version,
            ),
            application.id,
        )
    dialog = ConflictDialog(None, caught.value, application)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = _table(dialog)
    labels = [row[0] for row in rows]
    # The fields by their words, the ids that mean nothing to the person left out.
    assert {"Decision", "Decided on", "Amount granted (kr)"} <= set(labels)
    assert not [label for label in labels if "id" in label.lower().split()]
    assert ("Decision", "Pending", "Granted") in rows
    assert ("Amount granted (kr)", "(empty)", "800,000") in rows
