"""A coordinator plans an event and fills it: signs in, opens Events, plans a breakfast
seminar with one place, registers a contact of a company on record (who gets the place)
and a guest from an organisation not on record (who waits), then cancels the contact's
registration, and the guest is given the place and named in what the page says, in the
demo made in the language of the window. The stored rows say so, and it took at most 24
interactions (tests/keyboard.py says what counts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.enums import RegistrationStatus
from accelerator.ui.dialogs.event_dialogs import EventDialog, RegisterDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.events import EventsPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 24
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = "Havbruksfrokost"
#: A company of the demo, and one of its contacts.
COMPANY = "Tareskog Biomaterialer AS"
CONTACT = "Silje Vågen"
#: A guest from an organisation not on record.
GUEST, GUEST_EMAIL, GUEST_ORGANISATION = "Siri Berg", "siri@fjordlab.no", "Fjordlab"


def _walk(walk: Walk) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    yield walk.press(Qt.Key.Key_0, CTRL, note="Ctrl+0: Events")
    page = yield walk.until(
        lambda: window.current_key() == "events" and window.events_page, "the events page"
    )
    assert isinstance(page, EventsPage)

    # A breakfast seminar in four weeks (the form's day), by our cluster, one place.
    yield walk.press_underlined(lambda: page.new_button, note="Alt: New event")
    dialog = yield walk.until(lambda: walk.modal(EventDialog), "the event form")
    yield walk.until(lambda: walk.focused(QLineEdit) is dialog.title_edit, "focus on the title")
    yield walk.type(TITLE)
    yield walk.press_underlined(lambda: dialog.label_of(dialog.capacity_error), note="Alt: Places")
    yield walk.type("1")
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(EventDialog) is None, "the event planned")
    yield walk.until(
        lambda: (chosen := page.selected()) is not None and chosen.title == TITLE,
        "the new event chosen in the list",
    )

    # A contact of a company on record: the one place.
    yield walk.press_underlined(lambda: page.register_button, note="Alt: Register")
    form = yield walk.until(lambda: walk.modal(RegisterDialog), "the registration form")
    yield walk.until(
        lambda: walk.focused(QLineEdit) is form.organisation_edit, "focus on the organisation"
    )
    yield walk.type(COMPANY)
    yield walk.until(lambda: form.found is not None, "the company found on record")
    yield walk.press(Qt.Key.Key_Tab)  # to the person
    yield walk.type(CONTACT)
    yield walk.until(lambda: form.contact() is not None, "a contact on record")
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(RegisterDialog) is None, "the contact registered")

    # A guest from an organisation not on record: the waitlist.
    yield walk.press_underlined(lambda: page.register_button, note="Alt: Register")
    form = yield walk.until(lambda: walk.modal(RegisterDialog), "the registration form")
    yield walk.until(
        lambda: walk.focused(QLineEdit) is form.organisation_edit, "focus on the organisation"
    )
    yield walk.type(GUEST_ORGANISATION)
    yield walk.press(Qt.Key.Key_Tab)  # to the person
    yield walk.type(GUEST)
    yield walk.press(Qt.Key.Key_Tab)  # to the e-mail address
    yield walk.type(GUEST_EMAIL)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(RegisterDialog) is None, "the guest registered")

    # The contact cannot come after all: found in the list by typing, then cancelled.
    yield walk.until(lambda: walk.focused(QTableView) is page.people_table, "focus in the list")
    yield walk.type(CONTACT[:4])  # the list goes to the first name that starts so
    yield walk.until(
        lambda: (chosen := page.selected_registration()) is not None and chosen.name == CONTACT,
        "the contact chosen",
    )
    yield walk.press_underlined(lambda: page.cancel_button, note="Alt: Cancel registration")
    yield walk.until(
        lambda: any(
            r.name == CONTACT and r.status is RegistrationStatus.CANCELLED
            for r in page.people_model.rows()
        ),
        "the contact's registration cancelled",
    )
    # What the page says names the guest the place went to, for the coordinator to tell.
    yield walk.until(
        lambda: GUEST in page.message.text.text() and page.message.isVisible(),
        "the page names the guest",
    )


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_plans_an_event_and_a_cancellation_gives_the_waiting_guest_the_place(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    walk.run(lambda: main(["--data-dir", str(data_dir), "--lang", language]), _walk(walk))
    print(f"events walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    services = stored(data_dir)
    (event,) = [e for e in services.events.list_events() if e.title == TITLE]
    assert event.capacity == 1
    ours = [c.id for c in services.clusters.list_clusters() if c.ours]
    assert list(event.host_ids) == ours
    people = {r.name: r for r in services.events.registrations(event.id)}
    assert set(people) == {CONTACT, GUEST}
    assert people[CONTACT].status is RegistrationStatus.CANCELLED
    assert people[CONTACT].contact_id is not None and people[CONTACT].organisation == COMPANY
    guest = people[GUEST]
    assert guest.is_guest and guest.email == GUEST_EMAIL
    assert guest.organisation == GUEST_ORGANISATION
    assert guest.status is RegistrationStatus.REGISTERED  # given the freed place
    assert guest.waitlisted_at is not None  # after waiting for it
    assert walk.keys.interactions <= GOAL, walk.keys.log
