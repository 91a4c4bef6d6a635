"""The Events page as a person uses it: the year's events with their counts, chosen by
when, kind and host and filtered as typed; the people registered for the event chosen;
and (as a coordinator) planning and changing an event with the service's refusals beside
the fields, registering a contact and a guest, cancelling so the first in line gets the
place (and the page says so), registering again, marking no-shows, importing a file and
exporting the attendees. A viewer reads it all and is offered none of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import EventKind, RegistrationStatus, Role
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import ContactInput
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.event_dialogs import EventDialog, RegisterDialog
from accelerator.ui.dialogs.export_dialog import ExportDialog
from accelerator.ui.dialogs.registration_import import RegistrationImportDialog
from accelerator.ui.models.event_table import EventTableModel, RegistrationTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.events import EventsPage
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator
from tests.ui.test_members_page import answer

TODAY = dt.date.today()
SOON = TODAY + dt.timedelta(days=20)
LAST_MONTH = TODAY - dt.timedelta(days=30)
REGISTERED = RegistrationStatus.REGISTERED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@dataclass
class Year:
    ours: int
    partner: int
    havdagen: int  # coming, ours, two places
    seminar: int  # held last month, co-hosted
    company: int
    kari: int  # a contact of the company
    per: int  # another contact


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def year(services: Services, make: Factory) -> Year:
    clusters, events = services.clusters, services.events
    ours = clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    partner = clusters.create_cluster(ClusterInput("Subsea Valley"))
    company = make.company(name="Havbølge AS")
    kari = services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", email="kari@havbolge.no")
    )
    per = services.companies.add_contact(
        company.id, ContactInput("Per Hansen", email="per@havbolge.no")
    )
    havdagen = events.create_event(
        EventInput(
            "Havdagen",
            EventKind.CONFERENCE,
            _at(SOON, 9),
            _at(SOON, 16),
            place="Media City, Bergen",
            capacity=2,
            host_ids=(ours.id,),
        )
    )
    seminar = events.create_event(
        EventInput(
            "Subsea seminar",
            EventKind.SEMINAR,
            _at(LAST_MONTH, 12),
            _at(LAST_MONTH, 14),
            online_url="https://example.org/live",
            host_ids=(ours.id, partner.id),
        )
    )
    events.register(seminar.id, PersonInput(contact_id=kari.id))
    return Year(ours.id, partner.id, havdagen.id, seminar.id, company.id, kari.id, per.id)


@pytest.fixture
def open_page(qtbot: QtBot, services: Services) -> Callable[..., EventsPage]:
    def open_page(acting: Services | None = None) -> EventsPage:
        page = EventsPage(AppContext(acting or services, ChangeBus(), Navigator()))
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


def shown(page: EventsPage, column: int = EventTableModel.COL_TITLE) -> list[str]:
    model = page.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def people(page: EventsPage, column: int = RegistrationTableModel.COL_NAME) -> list[str]:
    model = page.people_model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def _choose_when(page: EventsPage, when: object) -> None:
    page.when_combo.setCurrentIndex(page.when_combo.findData(when))


# --- reading ----------------------------------------------------------------------------------


def test_the_years_events_show_with_their_places_hosts_and_counts(
    open_page: Callable[..., EventsPage], year: Year
) -> None:
    page = open_page()
    both_this_year = SOON.year == LAST_MONTH.year == TODAY.year
    assert page.when_combo.currentData() == TODAY.year
    if both_this_year:
        assert shown(page) == ["Subsea seminar", "Havdagen"]  # by when they start
    row = page.model.row_of(year.seminar)
    assert row is not None
    cell = page.model.index(row, EventTableModel.COL_WHERE).data()
    assert cell == "Online"
    hosts = page.model.index(row, EventTableModel.COL_HOSTS).data()
    assert hosts == "Subsea Valley, Vestkyst Ocean"
    row = page.model.row_of(year.havdagen)
    assert row is not None
    assert page.model.index(row, EventTableModel.COL_CAPACITY).data() == "2"
    assert page.model.index(row, EventTableModel.COL_KIND).data() == "Conference"

    _choose_when(page, "upcoming")
    assert shown(page) == ["Havdagen"]
    _choose_when(page, "past")
    assert shown(page) == ["Subsea seminar"]
    assert page.model.index(0, EventTableModel.COL_REGISTERED).data() == "1"


def test_kind_host_and_typing_narrow_the_list(
    qtbot: QtBot, open_page: Callable[..., EventsPage], year: Year
) -> None:
    page = open_page()
    _choose_when(page, None)
    page.host_combo.setCurrentIndex(page.host_combo.findData(year.partner))
    assert shown(page) == ["Subsea seminar"]  # co-hosted: it counts for each host
    page.host_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(EventKind.CONFERENCE.value))
    assert shown(page) == ["Havdagen"]
    page.kind_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "media city")
    qtbot.waitUntil(lambda: shown(page) == ["Havdagen"])
    assert page.count_label.text() == "1 of 2 events match"
    qtbot.keyClicks(page.filter_edit, " nowhere")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.list_stack.currentWidget() is page.empty_label
    assert "No event matches" in page.empty_label.text()


def test_choosing_an_event_shows_its_people(
    open_page: Callable[..., EventsPage], year: Year
) -> None:
    page = open_page()
    assert page.people_title.text() == "Registrations"
    assert page.select_event(year.seminar)
    assert page.people_title.text() == "Registrations for Subsea seminar"
    assert people(page) == ["Kari Nordmann"]
    assert people(page, RegistrationTableModel.COL_ORGANISATION) == ["Havbølge AS"]
    assert people(page, RegistrationTableModel.COL_STATUS) == ["Registered"]
    assert "1 registered" in page.people_counts.text()
    assert page.select_event(year.havdagen)
    assert people(page) == []
    assert page.people_stack.currentWidget() is page.people_empty


# --- planning ---------------------------------------------------------------------------------


def test_a_coordinator_plans_an_event_and_the_list_chooses_it(
    qtbot: QtBot, open_page: Callable[..., EventsPage], services: Services, year: Year
) -> None:
    page = open_page()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        # Our cluster hosts a new event unless told otherwise.
        assert dialog.host_ids() == (year.ours,)
        qtbot.keyClicks(dialog.title_edit, "Matchmaking day")
        dialog.kind_combo.setCurrentIndex(
            dialog.kind_combo.findData(EventKind.MATCHMAKING_DAY.value)
        )
        dialog.capacity_spin.setValue(40)
        qtbot.keyClicks(dialog.place_edit, "Marineholmen")
        dialog.accept()

    failures = answer(fill)
    page.new_button.click()
    assert not failures
    (made,) = [e for e in services.events.list_events() if e.title == "Matchmaking day"]
    assert made.capacity == 40 and made.kind is EventKind.MATCHMAKING_DAY
    assert made.host_ids == (year.ours,)
    assert made.starts_at.hour == 9 and made.ends_at.hour == 16  # on the clock in Norway
    selected = page.selected()
    assert selected is not None and selected.id == made.id


def test_a_refused_event_keeps_the_form_open_with_the_reason_beside_the_field(
    qtbot: QtBot, services: Services, year: Year
) -> None:
    context = AppContext(services, ChangeBus(), Navigator())
    dialog = EventDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Backwards")
    dialog.end_time.setTime(dialog.start_time.time().addSecs(-3600))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.PROGRAMME_SESSION.value))
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.end_error.isVisible()
    assert "must end after it starts" in dialog.end_error.text()
    assert not [e for e in services.events.list_events() if e.title == "Backwards"]


def test_a_larger_capacity_gives_the_first_in_line_a_place_and_the_page_says_so(
    qtbot: QtBot, open_page: Callable[..., EventsPage], services: Services, year: Year
) -> None:
    events = services.events
    events.register(year.havdagen, PersonInput(contact_id=year.kari))
    events.register(year.havdagen, PersonInput(contact_id=year.per))
    waiting = events.register(year.havdagen, PersonInput("Ola Vik", "ola@vik.no", "Vik AS"))
    assert waiting.registration.status is WAITLISTED
    page = open_page()
    assert page.select_event(year.havdagen)
    row = page.people_model.row_of(waiting.registration.id)
    assert row is not None
    assert page.people_model.index(row, RegistrationTableModel.COL_POSITION).data() == "1"

    def more(dialog: QDialog) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.title_edit.text() == "Havdagen"
        dialog.capacity_spin.setValue(3)
        dialog.accept()

    failures = answer(more)
    page.edit_button.click()
    assert not failures
    stored = {r.name: r.status for r in events.registrations(year.havdagen)}
    assert stored["Ola Vik"] is REGISTERED
    assert page.message.isVisible()
    assert "Ola Vik" in page.message.text.text()


# --- registering ------------------------------------------------------------------------------


def _register(
    qtbot: QtBot, page: EventsPage, organisation: str, person: str, email: str
) -> list[str]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RegisterDialog)
        qtbot.keyClicks(dialog.organisation_edit, organisation)
        dialog.look_up()
        line = dialog.person_combo.lineEdit()
        assert line is not None
        qtbot.keyClicks(line, person)
        if email:
            qtbot.keyClicks(dialog.email_edit, email)
        dialog.accept()

    failures = answer(fill)
    page.register_button.click()
    return failures


def test_a_contact_and_a_guest_register_and_a_cancellation_gives_the_waiting_the_place(
    qtbot: QtBot, open_page: Callable[..., EventsPage], services: Services, year: Year
) -> None:
    page = open_page()
    assert page.select_event(year.havdagen)
    assert not _register(qtbot, page, "Havbølge AS", "Kari Nordmann", "")
    assert not _register(qtbot, page, "Havbølge AS", "Per Hansen", "")
    # The third is a guest from an organisation not on record: the waitlist.
    assert not _register(qtbot, page, "Fjordlab", "Siri Berg", "siri@fjordlab.no")
    stored = {r.name: r for r in services.events.registrations(year.havdagen)}
    assert stored["Kari Nordmann"].contact_id == year.kari
    assert stored["Siri Berg"].is_guest and stored["Siri Berg"].organisation == "Fjordlab"
    assert stored["Siri Berg"].status is WAITLISTED
    assert "waitlist" in page.message.text.text()
    row = page.people_model.row_of(stored["Siri Berg"].id)
    assert row is not None
    assert page.people_model.index(row, RegistrationTableModel.COL_POSITION).data() == "1"

    assert page.people_table.select(stored["Per Hansen"].id)
    page.cancel_button.click()
    now = {r.name: r.status for r in services.events.registrations(year.havdagen)}
    assert now["Per Hansen"] is CANCELLED and now["Siri Berg"] is REGISTERED
    assert "Siri Berg" in page.message.text.text() and "Let them know" in page.message.text.text()

    # Per comes after all: registered again, at the back of the line.
    assert page.people_table.select(stored["Per Hansen"].id)
    assert page.again_button.isEnabled()
    page.again_button.click()
    now = {r.name: r.status for r in services.events.registrations(year.havdagen)}
    assert now["Per Hansen"] is WAITLISTED


def test_a_guest_with_a_bad_address_is_refused_beside_the_field(
    qtbot: QtBot, services: Services, year: Year
) -> None:
    context = AppContext(services, ChangeBus(), Navigator())
    dialog = RegisterDialog(None, context, services.events.get_event(year.havdagen))
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.person_combo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Nils Guest")
    qtbot.keyClicks(dialog.email_edit, "nils at home")
    dialog.accept()
    assert dialog.isVisible() and dialog.email_error.isVisible()
    assert services.events.registrations(year.havdagen) == []


def test_no_shows_are_marked_after_the_event_once_confirmed(
    qtbot: QtBot,
    open_page: Callable[..., EventsPage],
    services: Services,
    year: Year,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page()
    assert page.select_event(year.seminar)
    assert page.no_show_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        "accelerator.ui.pages.events.confirm",
        lambda _parent, _title, text, _action: asked.append(text) or True,
    )
    page.no_show_button.click()
    assert asked and "Subsea seminar" in asked[0]
    (kari,) = services.events.registrations(year.seminar)
    assert kari.status is RegistrationStatus.NO_SHOW
    assert people(page, RegistrationTableModel.COL_STATUS) == ["No-show"]
    # Havdagen has not started: nobody to mark yet.
    assert page.select_event(year.havdagen)
    assert not page.no_show_button.isEnabled()


# --- files ------------------------------------------------------------------------------------


def test_an_import_shows_every_row_and_bad_rows_stop_it(
    qtbot: QtBot, services: Services, year: Year, tmp_path: Path
) -> None:
    context = AppContext(services, ChangeBus(), Navigator())
    event = services.events.get_event(year.havdagen)
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,E-mail,Organisation\nAnne Li,anne@li.no,Li AS\nBo,not an address,\n")
    dialog = RegistrationImportDialog(None, context, event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(bad)
    assert dialog.model.rowCount() == 2
    assert dialog.problems_label.isVisible() and "row 3" in dialog.problems_label.text()
    assert not dialog.import_button.isEnabled()

    good = tmp_path / "good.csv"
    good.write_text(
        "Name,E-mail,Organisation\nAnne Li,anne@li.no,Li AS\nKari Nordmann,kari@havbolge.no,\n"
        "Bo Ek,bo@ek.no,Ek AS\n"
    )
    dialog.set_file(good)
    assert dialog.import_button.isEnabled()
    assert "3 to register (1 of them on the waitlist)" in dialog.summary_label.text()
    dialog.accept()
    assert dialog.imported is not None
    stored = {r.name: r.status for r in services.events.registrations(year.havdagen)}
    assert stored == {"Anne Li": REGISTERED, "Kari Nordmann": REGISTERED, "Bo Ek": WAITLISTED}


def test_export_attendees_starts_from_the_event_chosen(
    open_page: Callable[..., EventsPage], year: Year
) -> None:
    page = open_page()
    assert page.select_event(year.seminar)
    seen: list[object] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        request = dialog.request()
        seen.append((request.kind.value, request.event_id))
        dialog.reject()

    failures = answer(look)
    page.export_button.click()
    assert not failures
    assert seen == [("attendees", year.seminar)]


# --- who is offered what ----------------------------------------------------------------------


def test_a_viewer_reads_the_events_and_is_offered_nothing(
    open_page: Callable[..., EventsPage], services: Services, year: Year
) -> None:
    viewer = services.users.create_user(UserInput("vera", "Vera", Role.VIEWER, password="x" * 12))
    page = open_page(services.acting_as(actor_of(viewer)))
    assert page.select_event(year.seminar)
    assert people(page) == ["Kari Nordmann"]
    for button in (
        page.new_button,
        page.edit_button,
        page.delete_button,
        page.register_button,
        page.cancel_button,
        page.again_button,
        page.no_show_button,
        page.import_button,
    ):
        assert button.isHidden(), button.text()
    assert page.table.isVisible()


def test_the_door_opens_for_the_event_chosen(
    qtbot: QtBot, open_page: Callable[..., EventsPage], year: Year
) -> None:
    from accelerator.ui.checkin import CheckInWindow

    page = open_page()
    assert page.select_event(year.seminar)
    assert page.door_button.isEnabled()
    page.door_button.click()
    (door,) = [w for w in page.window().findChildren(CheckInWindow) if w.isVisible()]
    qtbot.addWidget(door)
    assert door.event_id == year.seminar
    door.close()


# --- the organisation's page ------------------------------------------------------------------


def test_an_organisations_page_lists_the_events_its_people_registered_for(
    qtbot: QtBot, services: Services, year: Year
) -> None:
    from accelerator.ui.models.event_table import OrganisationEventModel
    from accelerator.ui.widgets.organisation_events import OrganisationEvents

    services.events.register(year.havdagen, PersonInput(contact_id=year.per))
    widget = OrganisationEvents(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_organisation(services.companies.get_company(year.company))
    model = widget.model
    titles = [model.index(r, OrganisationEventModel.COL_EVENT).data() for r in range(2)]
    assert titles == ["Havdagen", "Subsea seminar"]  # the latest first
    who = [model.index(r, OrganisationEventModel.COL_WHO).data() for r in range(2)]
    assert who == ["Per Hansen (registered)", "Kari Nordmann (registered)"]
    assert widget.view.isVisible() and not widget.empty_label.isVisible()
    widget.set_organisation(None)
    assert not widget.view.isVisible() and widget.empty_label.isVisible()


def test_enter_on_an_organisations_event_opens_it_on_the_events_page(
    qtbot: QtBot, services: Services, year: Year, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings, Qt

    from accelerator.ui.main_window import MainWindow

    window = MainWindow(
        services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    window.open_company(year.company)
    section = window.companies_page.profile.events
    qtbot.waitUntil(section.view.isVisible)
    section.view.setFocus()
    section.view.selectRow(0)  # the latest: the seminar held last month
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert window.current_key() == "events"
    chosen = window.events_page.selected()
    assert chosen is not None and chosen.id == year.seminar
