"""The door of an event, at a real window: the coordinator signs in, opens Events, clicks
today's seminar (60 registered, among them two Karis) and its Check in at the door, and
checks in 20 of those expected as they arrive, by keyboard: a first name and the start
of the surname, or an organisation, then Enter (Down first when the one in front of
them is the second match). Then three walk-ins: a name, Enter, the organisation, Enter;
or a name, organisation and address typed in one go with commas, Enter, Enter.

Counted as tests/keyboard.py counts (a stretch of typed letters is one interaction): at
most 2 interactions per expected person beyond typing their letters, at most 5 per
walk-in. The stored rows say who came, when, and which were walk-ins; the window's counts
say the same."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.checkin import CheckinEntry, CheckinIndex
from accelerator.domain.enums import EventKind, RegistrationStatus
from accelerator.domain.events import norwegian_time
from accelerator.models.base import utcnow
from accelerator.services.events import EventInput, PersonInput
from accelerator.ui.checkin import CheckInWindow, WalkInDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.events import EventsPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = "Havdagen 2026"
#: Interactions per person beyond typing their letters, and per walk-in in all.
PER_EXPECTED = 2
PER_WALK_IN = 5
FIRST = ("Kari", "Ola", "Per", "Ingrid", "Lars", "Åse", "Håkon", "Sigrid", "Bjørn", "Tone",
         "Eirik", "Marte", "Jonas", "Silje", "Øystein", "Hanne", "Anders", "Liv", "Trond",
         "Ragnhild")  # fmt: skip
LAST = ("Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen",
        "Eriksen", "Bakken", "Solberg", "Strand", "Lie", "Ødegård")  # fmt: skip
ORGANISATIONS = ("Havbølge AS", "Fjordlys AS", "Tangrand AS", "Kystverk AS", "SINTEF Ocean",
                 "Nordlig Fiskeforskning", "Sjømatklyngen", "Blåskjell Teknologi AS")  # fmt: skip


@dataclass(frozen=True)
class Arrival:
    name: str
    typed: str  # what the person at the door types
    downs: int = 0  # matches above the one in front of them


#: Those who come, in the order they come (20), and what is typed for each.
ARRIVALS = [
    *(Arrival(f"{FIRST[i]} {LAST[i]}", f"{FIRST[i]} {LAST[i][:3]}") for i in range(2, 18)),
    Arrival("Kari Nordmann", "kari nor"),
    Arrival("Ola Hansen", "ola h"),
    # Two Karis: the one with the surname first in Norwegian order comes second.
    Arrival("Kari Åsheim", "kari", downs=1),
    Arrival("Ragnhild Ødegård", "ragnh"),
]
#: Walk-ins: what is typed in the field, then in the form (None: nothing, it is all there).
WALK_INS = [
    ("Nils Vang", "Sjøbris AS", "Nils Vang", "Sjøbris AS"),
    ("Eva Lund", "Kystlab AS", "Eva Lund, Kystlab AS, eva@kystlab.no", None),
    ("Gunnar Aas", "Fjordlys AS", "Gunnar Aas", "Fjordlys AS"),
]


def _organisation(name: str) -> str:
    return ORGANISATIONS[sum(map(ord, name)) % len(ORGANISATIONS)]


def _found_as_typed(people: set[str]) -> set[str]:
    """``people`` without those the letters typed for an arrival would find before them
    (beside the one match an arrival's Down passes): the door then meets each arrival as
    ARRIVALS says."""
    people = set(people)
    while True:
        index = CheckinIndex(
            CheckinEntry(n, name, _organisation(name)) for n, name in enumerate(sorted(people))
        )
        before: set[str] = set()
        places = []
        for arrival in ARRIVALS:
            found = [e.name for e in index.search(arrival.typed)]
            places.append(found.index(arrival.name))
            before |= set(found[: places[-1] - arrival.downs])
        before -= {a.name for a in ARRIVALS}
        if not before:
            assert places == [a.downs for a in ARRIVALS]
            return people
        people -= before


def _seminar(data_dir: Path) -> int:
    """Today's seminar, with 60 registered: the 20 who come and 40 who have not yet."""
    services = stored(data_dir)
    try:
        today = norwegian_time(utcnow()).date()
        event = services.events.create_event(
            EventInput(
                TITLE,
                EventKind.SEMINAR,
                dt.datetime.combine(today, dt.time(0, 0)),
                dt.datetime.combine(today, dt.time(23, 59)),
                place="Bergen",
            )
        )
        rng = random.Random(15)
        people = {a.name for a in ARRIVALS}
        while len(people) < 50:
            people.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        people = _found_as_typed(people)
        n = 0
        while len(people) < 60:
            n += 1
            people.add(f"Gjest{n} Vestre")
        for n, name in enumerate(sorted(people)):
            organisation = _organisation(name)
            email = f"p{n}@example.no"
            services.events.register(event.id, PersonInput(name, email, organisation))
        return event.id
    finally:
        services.db.dispose()


def _walk(walk: Walk, event_id: int) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    assert isinstance(window, MainWindow)
    # Events, today's seminar clicked in the list, and its door.
    yield walk.press(Qt.Key.Key_0, CTRL, note="Ctrl+0: Events")
    page = yield walk.until(
        lambda: window.current_key() == "events" and window.events_page, "the events page"
    )
    assert isinstance(page, EventsPage)
    (row,) = yield walk.until(
        lambda: (at := page.model.row_of(event_id)) is not None and (at,),
        "the seminar in the list",
    )
    cell = page.table.visualRect(page.model.index(row, 0)).center()
    yield walk.click(page.table.viewport(), cell)
    yield walk.until(
        lambda: (chosen := page.selected()) is not None and chosen.id == event_id,
        "the seminar chosen",
    )
    yield walk.press_underlined(lambda: page.door_button, note="Alt: Check in at the door")
    door = yield walk.until(lambda: walk.window(CheckInWindow), "the check-in window")
    assert isinstance(door, CheckInWindow)
    yield walk.until(lambda: walk.focused(QLineEdit) is door.search_edit, "focus in the search")

    for arrival in ARRIVALS:
        before = walk.keys.interactions
        yield walk.type(arrival.typed)
        typing = walk.keys.interactions
        for _ in range(arrival.downs):
            yield walk.press(Qt.Key.Key_Down)
        yield walk.until(
            lambda a=arrival: (c := door.chosen()) is not None and c.name == a.name,
            f"{arrival.name} chosen",
            timeout=5,
        )
        yield walk.press(Qt.Key.Key_Return, note=f"Enter: {arrival.name}")
        yield walk.until(lambda a=arrival: door.said().startswith(a.name), f"{arrival.name} in")
        beyond = walk.keys.interactions - typing
        assert beyond <= PER_EXPECTED, (arrival, walk.keys.log[before:])

    for name, _organisation, typed, then in WALK_INS:
        before = walk.keys.interactions
        yield walk.type(typed)
        yield walk.until(lambda: door.model.rowCount() == 0, "nobody found")
        yield walk.press(Qt.Key.Key_Return, note="Enter: nobody found, the walk-in form")
        dialog = yield walk.until(lambda: walk.modal(WalkInDialog), "the walk-in form")
        assert isinstance(dialog, WalkInDialog)
        if then is not None:
            yield walk.until(
                lambda d=dialog: QApplication.focusWidget() is d.organisation_edit,
                "the cursor in the organisation",
            )
            yield walk.type(then)
        yield walk.press(Qt.Key.Key_Return, note=f"Enter: {name} walks in")
        yield walk.until(lambda n=name: door.said().startswith(n), f"{name} in")
        yield walk.until(lambda: walk.focused(QLineEdit) is door.search_edit, "back in the search")
        assert walk.keys.interactions - before <= PER_WALK_IN, walk.keys.log[before:]

    expected = 60 - len(ARRIVALS)
    yield walk.until(
        lambda: (
            (door.expected_figure.text(), door.arrived_figure.text())
            == (str(expected), str(len(ARRIVALS) + len(WALK_INS)))
        ),
        "the counts shown",
    )
    assert door.walk_ins_figure.text() == str(len(WALK_INS))


@pytest.mark.parametrize("language", ["en", "nb"])
def test_twenty_people_and_three_walk_ins_checked_in_by_keyboard(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    event_id = _seminar(data_dir)
    began = utcnow()
    walk = Walk()
    walk.run(lambda: main(["--data-dir", str(data_dir), "--lang", language]), _walk(walk, event_id))
    ended = utcnow()
    door_keys = walk.keys.log[5:]  # after signing in and opening the door
    print(
        f"check-in walk ({language}): {len(door_keys)} interactions for {len(ARRIVALS)} "
        f"expected and {len(WALK_INS)} walk-ins: {door_keys}"
    )

    services = stored(data_dir)
    registrations = services.events.registrations(event_id)
    arrived = {r.name: r for r in registrations if r.status is RegistrationStatus.ATTENDED}
    came = {a.name for a in ARRIVALS} | {w[0] for w in WALK_INS}
    assert set(arrived) == came
    for record in arrived.values():
        assert record.checked_in_at is not None and began <= record.checked_in_at <= ended
        assert record.walk_in is (record.name in {w[0] for w in WALK_INS})
    assert {arrived[name].organisation for name, *_ in WALK_INS} == {w[1] for w in WALK_INS}
    assert arrived["Eva Lund"].email == "eva@kystlab.no"
    waiting = [r for r in registrations if r.status is RegistrationStatus.REGISTERED]
    assert len(waiting) == 60 - len(ARRIVALS)
    counts = services.events.door_counts(event_id)
    assert (counts.expected, counts.arrived, counts.walk_ins) == (40, 23, 3)
