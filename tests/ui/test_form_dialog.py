"""The form dialogs' one shell (ui/dialogs/form.py): what every dialog that saves one thing
does alike, driven as a person would."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import NeedCategory, NeedSide, Role
from accelerator.errors import ValidationError
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import CompanyInput
from accelerator.services.exporting import ExportFormat, ExportKind
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from accelerator.services.projects import ProjectRecord
from accelerator.ui.checkin import WalkInDialog
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cluster_dialogs import ClusterDialog
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.company_contact_dialog import ContactDialog
from accelerator.ui.dialogs.company_dialog import CompanyDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.event_dialogs import EventDialog, RegisterDialog
from accelerator.ui.dialogs.export_dialog import ExportDialog, ExportRequest
from accelerator.ui.dialogs.first_run_dialog import FirstRunDialog
from accelerator.ui.dialogs.meeting_dialogs import BookMeetingDialog, OutcomeDialog
from accelerator.ui.dialogs.membership_dialogs import (
    AddMembershipDialog,
    ChangeTierDialog,
    LeaveDialog,
)
from accelerator.ui.dialogs.mentor_dialog import MentorDialog
from accelerator.ui.dialogs.milestone_dialog import (
    AddMilestoneDialog,
    MilestoneBlockedDialog,
    MilestoneDoneDialog,
)
from accelerator.ui.dialogs.need_dialogs import NeedDialog
from accelerator.ui.dialogs.password_dialog import ChangePasswordDialog, ResetPasswordDialog
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.dialogs.project_dialogs import (
    EntryDialog,
    FundingDialog,
    LinkDialog,
    PartnerDialog,
    ProjectDialog,
    StatusDialog,
)
from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.dialogs.user_dialog import UserDialog
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.date_field import DateField
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text
from tests.factories import Factory
from tests.ui.helpers import NoNavigation
from tests.ui.test_mnemonics import clashes


class _Keeper:
    """Made after the dialog's widgets, it holds the dialog in a cycle of its own: the
    collector empties objects in the order they were made, so the dialog is freed (and its
    last events sent) only after its widgets' attributes are gone."""

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.me = self


def _wrapped_text(dialog: QDialog) -> QWidget:
    message = QLabel("A message long enough to wrap over two or three lines. " * 4, dialog)
    message.setWordWrap(True)
    fit_wrapped_text(dialog)
    return message


def _date_field(dialog: QDialog) -> QWidget:
    field = DateField(dialog)
    field.line_edit.setFocus()
    return field


@pytest.mark.parametrize("watcher", [_wrapped_text, _date_field])
def test_a_dialog_dropped_without_being_deleted_is_taken_apart_quietly(
    qtbot: QtBot, watcher: Callable[[QDialog], QWidget]
) -> None:
    """A dialog nobody deletes is taken apart by Python's garbage collector, which empties
    the attributes of the objects that watch its events while Qt still sends the dialog's
    last events to them: "AttributeError: '_FitWrappedText' object has no attribute
    '_window'", and the same of a date field's ``line_edit``."""
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(watcher(dialog))
    dialog.show()
    qtbot.waitExposed(dialog)
    _Keeper(dialog)
    del dialog, layout
    gc.collect()  # pytest-qt fails the test on an error raised inside a Qt event


# --- the shell, through the dialogs written with it ----------------------------------------


@pytest.fixture
def context(services: Services) -> AppContext:
    return AppContext(services, ChangeBus(), NoNavigation())


def _answer(act: Callable[[QDialog], None]) -> list[str]:
    """Do ``act`` to the dialog ``ask`` opens, once it has the keyboard; what went wrong."""
    failures: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.focusWidget() is None:
            QTimer.singleShot(10, attempt)
            return
        try:
            act(dialog)
        except Exception as error:  # reported by the test, not lost in the event loop
            failures.append(repr(error))
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return failures


def test_a_form_opens_with_the_cursor_in_its_first_field(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    """The shell's buttons are made before the fields; the dialog opened with the cursor on
    Save, so that "Spring 2027" typed at once pressed Save with its space and named the
    cohort "2027"."""
    programme = make.programme()

    def type_a_name(dialog: QDialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Spring 2027")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    failures = _answer(type_a_name)
    saved = CohortDialog.ask(None, context, programme)
    assert not failures
    assert saved is not None and saved.name == "Spring 2027"
    assert [c.name for c in services.programmes.list_cohorts()] == ["Spring 2027"]


def test_a_refusal_puts_the_cursor_in_the_first_field_it_is_about(
    qtbot: QtBot, context: AppContext, services: Services
) -> None:
    dialog = UserDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.account.username_edit, "kari")
    qtbot.keyClicks(dialog.password.password_edit, "a long enough password")
    qtbot.keyClicks(dialog.password.again_edit, "a long enough password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.account.name_error.isVisible() and dialog.account.name_error.text() == "is required"
    )
    assert dialog.focusWidget() is dialog.account.name_edit
    assert dialog.isVisible() and dialog.saved is None
    assert all(u.username != "kari" for u in services.users.list_users())


def test_a_message_about_no_field_shows_in_the_dialog(
    qtbot: QtBot, context: AppContext, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the service says about the form as a whole stays beside it, not in a box."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(str(a[2])))
    programme = make.programme()

    def refuse(data: object) -> object:
        raise ValidationError("the programme is being archived; try again later")

    monkeypatch.setattr(context.services.programmes, "create_cohort", refuse)
    dialog = CohortDialog(None, context, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Spring 2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "the programme is being archived; try again later"
    assert boxes == [] and dialog.isVisible()


def test_ask_deletes_the_dialog_it_showed(qtbot: QtBot, context: AppContext, make: Factory) -> None:
    """None is left behind under its parent, for the garbage collector to take apart."""
    parent = QWidget()
    qtbot.addWidget(parent)
    programme = make.programme()
    failures = _answer(lambda dialog: dialog.reject())
    assert CohortDialog.ask(parent, context, programme) is None
    assert not failures
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert parent.findChildren(QDialog) == []


def make_event(services: Services) -> int:
    from accelerator.domain.enums import EventKind
    from accelerator.services.events import EventInput

    day = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
    return services.events.create_event(
        EventInput("Havdagen", EventKind.CONFERENCE, day, day.replace(hour=15))
    ).id


def _project(services: Services, organisation_id: int) -> ProjectRecord:
    from accelerator.services.projects import FundingInput, PartnerInput, ProjectInput

    projects = services.projects
    made = projects.create_project(ProjectInput("Tang til fôr"))
    projects.add_partner(made.id, PartnerInput(organisation_id))
    scheme = projects.funding_schemes()[0]
    return projects.add_funding(made.id, FundingInput(scheme.id, 500_000))


def _form_dialogs(context: AppContext, make: Factory, settings: QSettings) -> list[QDialog]:
    services = context.services
    programme = make.programme()
    make.template(programme.id)
    cohort = make.cohort(programme.id)
    enrolment = make.enrolment(cohort.id)
    make.user(role=Role.MENTOR)
    milestone = services.enrolments.milestones(enrolment.id)[0]
    user = services.users.list_users()[0]
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    organisation = services.companies.get_company(enrolment.company_id)
    membership = services.members.join(organisation.id, cluster.id)
    event = make_event(services)
    need = services.needs.create_need(
        NeedInput(organisation.id, NeedSide.NEED, NeedCategory.TEST_SITE, "Testanlegg i sjø")
    )
    offer = services.needs.create_need(
        NeedInput(
            services.companies.create_company(CompanyInput("Havlaben Vest")).id,
            NeedSide.OFFER,
            NeedCategory.TEST_SITE,
            "Testanlegg i sjø for sensorer",
        )
    )
    proposal = services.needs.proposals()[0]
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(10, 0))
    meeting = services.meetings.book(
        MeetingInput(start, need_id=need.id, offer_id=offer.id, place="Ørland")
    )
    project = _project(services, organisation.id)
    return [
        ProgrammeDialog(None, context),
        ProgrammeDialog(None, context, programme),
        CohortDialog(None, context, programme),
        CohortDialog(None, context, programme, cohort),
        CompanyDialog(None, context),
        ContactDialog(None, context, enrolment.company_id),
        EnrolmentStatusDialog(None, context, enrolment),
        MentorDialog(None, context, enrolment),
        MilestoneDoneDialog(None, context, milestone),
        MilestoneBlockedDialog(None, context, milestone),
        AddMilestoneDialog(None, context, enrolment.id),
        UserDialog(None, context),
        ChangePasswordDialog(None, context),
        ResetPasswordDialog(None, context, user),
        ExportDialog(None, context),
        ExportDialog(None, context, ExportRequest(ExportKind.MEMBERS, ExportFormat.CSV)),
        AddMembershipDialog(None, context),
        AddMembershipDialog(None, context, organisation=organisation),
        ChangeTierDialog(None, context, membership),
        LeaveDialog(None, context, membership),
        ClusterDialog(None, context),
        ClusterDialog(None, context, cluster),
        WalkInDialog(None, context, event, "Nils Berg"),
        EventDialog(None, context),
        EventDialog(None, context, services.events.get_event(event)),
        RegisterDialog(None, context, services.events.get_event(event)),
        NeedDialog(None, context, organisation),
        NeedDialog(None, context, organisation, NeedSide.OFFER),
        NeedDialog(None, context, organisation, need=need),
        BookMeetingDialog(None, context, proposal),
        OutcomeDialog(None, context, meeting),
        ProjectDialog(None, context),
        ProjectDialog(None, context, project),
        StatusDialog(None, context, project),
        PartnerDialog(None, context, project),
        PartnerDialog(None, context, project, project.partners[0]),
        FundingDialog(None, context, project),
        FundingDialog(None, context, project, project.funding[0]),
        LinkDialog(None, context, project),
        EntryDialog(None, context, True),
        EntryDialog(None, context, False, services.projects.strategic_areas()[0]),
        ExportDialog(
            None, context, ExportRequest(ExportKind.ATTENDEES, ExportFormat.XLSX, event_id=event)
        ),
        FirstRunDialog(None, services),
        SignInDialog(None, services, settings),
        ServerSignInDialog(None, "postgresql+psycopg://kari@db.cluster.example/x", settings),
    ]


def test_every_form_has_each_alt_letter_once(
    qtbot: QtBot, context: AppContext, make: Factory, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = {}
    for dialog in _form_dialogs(context, make, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        if clash := clashes(dialog):
            found[dialog.windowTitle()] = clash
    assert not found, found


def _tab_order(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, in the order it visits them from the dialog's start."""
    order: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_tab_goes_down_the_rows_as_they_are_shown(
    qtbot: QtBot, context: AppContext, make: Factory, tmp_path: Path
) -> None:
    """Tab visits each form's fields top to bottom (left to right in one row), then the
    buttons: the export dialog's went from Export to As and back up to Cohort."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wrong = {}
    for dialog in _form_dialogs(context, make, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        order = _tab_order(dialog)
        buttons = [w for w in order if dialog.buttons.isAncestorOf(w)]
        fields = [w for w in order if not dialog.buttons.isAncestorOf(w)]
        places = [w.mapTo(dialog, QPoint(0, 0)) for w in fields]
        keys = [(p.y(), p.x()) for p in places]
        if keys != sorted(keys) or order[len(fields) :] != buttons:
            wrong[dialog.windowTitle()] = [type(w).__name__ + w.objectName() for w in order]
    assert not wrong, wrong
