"""The mentor-session dialog: filled in from My companies, saved by keys, refusing bad
input beside the field with nothing stored, correcting a session; and the capacity
warning a coordinator sees before assigning a mentor beyond it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, Role, SessionKind
from accelerator.services import Services
from accelerator.services.records import EnrolmentRecord, UserRecord
from accelerator.services.sessions import SessionInput
from accelerator.services.users import actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs import mentor_dialog
from accelerator.ui.dialogs.mentor_dialog import MentorDialog
from accelerator.ui.dialogs.session_dialog import SessionDialog
from accelerator.ui.dialogs.user_dialog import CapacityDialog, UserDialog
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.my_companies import MyCompaniesPage
from accelerator.ui.widgets import mentor_sessions
from accelerator.ui.widgets.mentor_sessions import CohortMentorHours, MentorSessions
from tests.factories import Factory
from tests.languages import kept_language
from tests.ui.helpers import NoNavigation

__all__ = ["kept_language"]

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date.today()


@pytest.fixture
def world(services: Services, make: Factory) -> tuple[EnrolmentRecord, UserRecord]:
    cohort = make.cohort(
        name="Vår 2026",
        start_date=TODAY - dt.timedelta(weeks=8),
        end_date=TODAY + dt.timedelta(weeks=8),
        status=CohortStatus.RUNNING,
    )
    company = make.company(name="Havbølge Sensorikk AS")
    enrolment = services.enrolments.enrol(cohort.id, company.id)
    mentor = make.user(username="bjorn", display_name="Bjørn Åsheim")
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    return enrolment, mentor


def _context(services: Services) -> AppContext:
    context = AppContext(services, ChangeBus(), NoNavigation())
    context.background_writes = False
    return context


def _dialog(qtbot: QtBot, context: AppContext, enrolment_id: int, **kw: object) -> SessionDialog:
    dialog = SessionDialog(None, context, enrolment_id, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_dialog_is_filled_in_and_saves_with_the_keyboard(
    qtbot: QtBot, services: Services, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = world
    as_mentor = services.acting_as(actor_of(mentor))
    announced: list[frozenset[Data]] = []
    context = _context(as_mentor)
    context.bus.changed.connect(announced.append)
    dialog = _dialog(qtbot, context, enrolment.id)
    assert "Havbølge Sensorikk AS" in dialog.heading.text()
    assert dialog.held_on.date() == TODAY
    assert dialog.minutes.value() == 60
    assert dialog.kind.currentData() == SessionKind.MEETING
    assert dialog.mentor is None  # a mentor logs their own
    assert QApplication.focusWidget() is dialog.topic
    qtbot.keyClicks(dialog.topic, "Pricing of the pilot")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.follow_ups
    qtbot.keyClicks(dialog.follow_ups, "Two price models")
    qtbot.keyClick(dialog.follow_ups, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(dialog.follow_ups, "Call Lerøy")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.follow_ups, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [stored] = services.sessions.sessions_of(enrolment.id)
    assert (stored.topic, stored.follow_ups) == (
        "Pricing of the pilot",
        "Two price models\nCall Lerøy",
    )
    assert (stored.held_on, stored.minutes, stored.kind) == (TODAY, 60, SessionKind.MEETING)
    assert stored.mentor_id == mentor.id
    assert any(Data.SESSIONS in kinds for kinds in announced)


def test_bad_input_is_shown_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, services: Services, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = world
    dialog = _dialog(qtbot, _context(services.acting_as(actor_of(mentor))), enrolment.id)
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)  # no topic
    assert dialog.isVisible()
    assert "say what the session was about" in dialog.topic_error.text()
    assert QApplication.focusWidget() is dialog.topic
    dialog.minutes.setValue(0)
    qtbot.keyClicks(dialog.topic, "Board work")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert "more than 0 minutes" in dialog.minutes_error.text()
    assert dialog.topic_error.isHidden()
    assert services.sessions.sessions_of(enrolment.id) == []
    dialog.minutes.setValue(45)
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [s.minutes for s in services.sessions.sessions_of(enrolment.id)] == [45]


def test_a_coordinator_chooses_the_mentor_and_corrects_a_session(
    qtbot: QtBot, services: Services, make: Factory, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = world
    kari = make.user(display_name="Kari Nordmann")
    services.enrolments.assign_mentor(enrolment.id, kari.id)
    saved = services.sessions.log_session(
        SessionInput(enrolment.id, TODAY, 90, SessionKind.CALL, "Pricing", "", mentor.id)
    )
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    context = _context(services.acting_as(actor_of(coordinator)))
    dialog = _dialog(qtbot, context, enrolment.id, session=saved)
    assert dialog.mentor is not None
    assert dialog.mentor.currentData() == mentor.id
    assert (dialog.topic.text(), dialog.minutes.value()) == ("Pricing", 90)
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(kari.id))
    dialog.topic.setText("Pricing and contracts")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [stored] = services.sessions.sessions_of(enrolment.id)
    assert (stored.id, stored.mentor_id, stored.topic) == (
        saved.id,
        kari.id,
        "Pricing and contracts",
    )


def test_my_companies_offers_the_session_by_button_menu_and_keys(
    qtbot: QtBot,
    services: Services,
    world: tuple[EnrolmentRecord, UserRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enrolment, mentor = world
    as_mentor = services.acting_as(actor_of(mentor))
    as_mentor.sessions.log_session(
        SessionInput(enrolment.id, TODAY.replace(day=1), 90, SessionKind.CALL, "Kick-off")
    )
    opened: list[int] = []
    monkeypatch.setattr(
        SessionDialog,
        "ask",
        classmethod(lambda cls, parent, context, enrolment_id, **k: opened.append(enrolment_id)),
    )
    page = MyCompaniesPage(_context(as_mentor))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.month_hours.text() == "1.5 h of sessions this month"
    page.start_on_first_due()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert opened == [enrolment.id]
    page.session_button.click()
    menu = page.context_menu()
    [session_entry] = [a for a in menu.actions() if a.text() == "Log session…"]
    session_entry.trigger()
    assert opened == [enrolment.id] * 3


def test_the_sessions_section_lists_hours_and_removes_one(
    qtbot: QtBot,
    services: Services,
    world: tuple[EnrolmentRecord, UserRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enrolment, mentor = world
    as_mentor = services.acting_as(actor_of(mentor))
    for minutes, topic in ((90, "Pricing"), (45, "Board work")):
        as_mentor.sessions.log_session(
            SessionInput(enrolment.id, TODAY, minutes, SessionKind.MEETING, topic)
        )
    context = _context(as_mentor)
    section = MentorSessions(context)
    qtbot.addWidget(section)
    section.show()
    section.set_enrolment(enrolment.id)
    assert section.model.rowCount() == 2
    assert "2.3 h" in section.total.text()
    assert section.remove_button.isEnabled()
    monkeypatch.setattr(mentor_sessions, "confirm", lambda *a, **k: True)
    section.view.select(section.model.record_at(0).id)
    section.remove_selected()
    assert [s.topic for s in services.sessions.sessions_of(enrolment.id)] == ["Pricing"]
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert "1.5 h" in section.total.text()


def test_a_viewer_sees_the_sessions_but_is_not_offered_to_log(
    qtbot: QtBot, services: Services, make: Factory, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, mentor = world
    services.sessions.log_session(
        SessionInput(enrolment.id, TODAY, 60, SessionKind.MEETING, "Pricing", "", mentor.id)
    )
    viewer = make.user(role=Role.VIEWER)
    section = MentorSessions(_context(services.acting_as(actor_of(viewer))))
    qtbot.addWidget(section)
    section.show()
    section.set_enrolment(enrolment.id)
    assert section.model.rowCount() == 1
    assert not section.log_button.isEnabled()
    assert not section.remove_button.isEnabled()


def test_assigning_beyond_capacity_warns_and_cancelling_assigns_nothing(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    world: tuple[EnrolmentRecord, UserRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enrolment, mentor = world
    services.sessions.set_capacity(mentor.id, None, 1)
    other = make.enrolment(enrolment.cohort_id)
    asked: list[str] = []

    def answer(yes: bool) -> object:
        def confirm(parent: object, title: str, text: str, action: str) -> bool:
            asked.append(text)
            return yes

        return confirm

    context = _context(services)
    monkeypatch.setattr(mentor_dialog, "confirm", answer(False))
    dialog = MentorDialog(None, context, services.enrolments.get_enrolment(other.id))
    qtbot.addWidget(dialog)
    dialog.show()
    item = next(
        dialog.mentor_list.item(n)
        for n in range(dialog.mentor_list.count())
        if dialog.mentor_list.item(n).data(Qt.ItemDataRole.UserRole) == mentor.id
    )
    dialog.mentor_list.setCurrentItem(item)
    assert "beyond capacity" in dialog.capacity_label.text().lower()
    dialog.accept()
    assert asked and "would mentor 2 companies at once; their capacity is 1" in asked[0]
    assert dialog.isVisible()  # still open: the coordinator may choose another mentor
    assert services.enrolments.get_enrolment(other.id).mentors == ()
    monkeypatch.setattr(mentor_dialog, "confirm", answer(True))
    dialog.accept()
    assert [m.user_id for m in services.enrolments.get_enrolment(other.id).mentors] == [mentor.id]


def test_a_new_mentor_gets_a_capacity_and_other_roles_do_not(
    qtbot: QtBot, services: Services, make: Factory
) -> None:
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    context = _context(services.acting_as(actor_of(coordinator)))
    dialog = UserDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.role() is Role.MENTOR
    assert dialog.capacity.hours.isVisible() and dialog.capacity.companies.isVisible()
    assert dialog.capacity.hours.text() == "open"
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.VIEWER))
    assert not dialog.capacity.hours.isVisible()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.MENTOR))
    qtbot.keyClicks(dialog.account.username_edit, "siri")
    qtbot.keyClicks(dialog.account.name_edit, "Siri Mentor")
    dialog.capacity.hours.setValue(12)
    dialog.capacity.companies.setValue(3)
    qtbot.keyClicks(dialog.password.password_edit, "a long password")
    qtbot.keyClicks(dialog.password.again_edit, "a long password")
    dialog.accept()
    assert dialog.saved is not None
    capacity = services.sessions.capacity(dialog.saved.id)
    assert (capacity.hours_per_month, capacity.companies_at_once) == (12, 3)


def test_the_cohort_shows_each_mentors_hours_and_opens_their_capacity(
    qtbot: QtBot,
    services: Services,
    make: Factory,
    world: tuple[EnrolmentRecord, UserRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enrolment, mentor = world
    kari = make.user(display_name="Kari Nordmann")
    services.enrolments.assign_mentor(make.enrolment(enrolment.cohort_id).id, kari.id)
    services.sessions.log_session(
        SessionInput(enrolment.id, TODAY, 150, SessionKind.WORKSHOP, "Pitch", "", mentor.id)
    )
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    context = _context(services.acting_as(actor_of(coordinator)))
    line = CohortMentorHours(context)
    qtbot.addWidget(line)
    line.show()
    line.set_cohort(enrolment.cohort_id)
    text = line.label.text()
    assert "Mentor hours: 2.5 h in all" in text
    assert "Bjørn Åsheim</a> 2.5 h" in text and "Kari Nordmann</a> 0 h" in text
    services.sessions.log_session(
        SessionInput(enrolment.id, TODAY, 30, SessionKind.CALL, "Follow-up", "", mentor.id)
    )
    context.bus.announce([Data.SESSIONS])
    assert "Bjørn Åsheim</a> 3 h" in line.label.text()
    opened: list[str] = []
    monkeypatch.setattr(
        CapacityDialog,
        "ask",
        classmethod(lambda cls, parent, context, user: opened.append(user.display_name)),
    )
    line.label.linkActivated.emit(f"capacity:{kari.id}")
    assert opened == ["Kari Nordmann"]
    # A viewer reads the hours but has no capacity to open.
    viewer = make.user(role=Role.VIEWER)
    seen = CohortMentorHours(_context(services.acting_as(actor_of(viewer))))
    qtbot.addWidget(seen)
    seen.set_cohort(enrolment.cohort_id)
    assert "<a" not in seen.label.text() and "Kari Nordmann 0 h" in seen.label.text()


def test_the_capacity_dialog_sets_and_clears_a_capacity(
    qtbot: QtBot, services: Services, make: Factory, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    _, mentor = world
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    context = _context(services.acting_as(actor_of(coordinator)))
    dialog = CapacityDialog(None, context, mentor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capacity.hours.setValue(8)
    dialog.accept()
    assert services.sessions.capacity(mentor.id).hours_per_month == 8
    again = CapacityDialog(None, context, mentor)
    qtbot.addWidget(again)
    again.show()
    assert again.capacity.hours.value() == 8
    again.capacity.hours.setValue(0)  # open
    again.capacity.companies.setValue(2)
    again.accept()
    capacity = services.sessions.capacity(mentor.id)
    assert (capacity.hours_per_month, capacity.companies_at_once) == (None, 2)


def test_a_coordinator_sees_whom_a_session_is_for_and_cannot_log_without_a_mentor(
    qtbot: QtBot, services: Services, make: Factory, world: tuple[EnrolmentRecord, UserRecord]
) -> None:
    enrolment, _ = world
    coordinator = make.user(username="ingrid", role=Role.COORDINATOR)
    context = _context(services.acting_as(actor_of(coordinator)))
    dialog = _dialog(qtbot, context, enrolment.id)
    assert dialog.mentor is None
    assert "Bjørn Åsheim" in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.save_button.isEnabled()
    alone = make.enrolment(enrolment.cohort_id)
    lonely = _dialog(qtbot, context, alone.id)
    assert "has no mentor in Vår 2026 yet" in lonely.general_error.text()
    assert not lonely.save_button.isEnabled()
    qtbot.keyClicks(lonely.topic, "Kick-off")
    qtbot.keyClick(lonely.topic, Qt.Key.Key_Return)
    assert lonely.isVisible()
    assert services.sessions.sessions_of(alone.id) == []
