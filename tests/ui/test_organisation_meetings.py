"""An organisation's meetings on its page, as a person reads them: the newest first, each
with when, the other organisation, the event and its table or the place, and where it
stands or what came of it; Enter on one opens it on the Matchmaking page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import EventKind, MeetingOutcome, MeetingStatus
from accelerator.services import Services
from accelerator.services.events import EventInput
from accelerator.services.meetings import MeetingInput
from accelerator.ui.context import AppContext
from accelerator.ui.kit import format_date
from accelerator.ui.models.need_table import OrganisationMeetingModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.organisation_meetings import OrganisationMeetings
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def booked(services: Services, make: Factory) -> dict[str, int]:
    """Skjærgård met Havbølge last week (a project started), meets Havlaben at a
    matchmaking day in ten days (table 4), and had a meeting with Havlaben called off."""
    farm = make.company(name="Skjærgård Akvakultur AS").id
    sensors = make.company(name="Havbølge Sensorikk AS").id
    lab = make.company(name="Havlaben Vest").id
    other = make.company(name="Fjordlys AS").id
    meetings = services.meetings
    last_week = dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time(10, 0))
    held = meetings.book(
        MeetingInput(last_week, organisation_id=sensors, counterpart_id=farm, place="Ørland")
    )
    meetings.record_outcome(held.id, MeetingOutcome.PROJECT_STARTED, "Pilot from May")
    day = dt.datetime.combine(TODAY + dt.timedelta(days=10), dt.time(9, 0))
    event = services.events.create_event(
        EventInput("Havbruksdagen", EventKind.MATCHMAKING_DAY, day, day.replace(hour=15))
    )
    coming = meetings.book(
        MeetingInput(
            day.replace(hour=10),
            organisation_id=farm,
            counterpart_id=lab,
            event_id=event.id,
            table="Table 4",
        )
    )
    called_off = meetings.book(
        MeetingInput(
            last_week - dt.timedelta(days=20),
            organisation_id=farm,
            counterpart_id=lab,
            place="Bergen",
        )
    )
    meetings.set_status(called_off.id, MeetingStatus.CANCELLED)
    # Not the farm's: not on its page.
    meetings.book(
        MeetingInput(last_week, organisation_id=lab, counterpart_id=other, place="Tromsø")
    )
    return {"farm": farm, "held": held.id, "coming": coming.id, "called_off": called_off.id}


def test_an_organisations_meetings_are_listed_newest_first(
    qtbot: QtBot, services: Services, booked: dict[str, int]
) -> None:
    section = OrganisationMeetings(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(section)
    section.show()
    section.set_organisation(None)
    assert section.empty_label.isVisible() and not section.view.isVisible()

    section.set_organisation(services.companies.get_company(booked["farm"]))
    model = section.model
    rows = [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    coming = TODAY + dt.timedelta(days=10)
    assert [row[OrganisationMeetingModel.COL_WITH :] for row in rows] == [
        ["Havlaben Vest", "Havbruksdagen, Table 4", "Booked"],
        ["Havbølge Sensorikk AS", "Ørland", "Project started"],
        ["Havlaben Vest", "Bergen", "Cancelled"],
    ]
    assert rows[0][OrganisationMeetingModel.COL_WHEN] == format_date(coming)
    note = model.index(1, OrganisationMeetingModel.COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert note == "Pilot from May"
    assert section.view.isVisible() and not section.empty_label.isVisible()


def test_enter_on_an_organisations_meeting_opens_it_on_the_matchmaking_page(
    qtbot: QtBot, services: Services, booked: dict[str, int], tmp_path: Path
) -> None:
    from accelerator.ui.main_window import MainWindow

    window = MainWindow(
        services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    window.open_company(booked["farm"])
    section = window.companies_page.profile.meetings
    qtbot.waitUntil(section.view.isVisible)
    section.view.setFocus()
    section.view.selectRow(1)  # the one held last week
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert window.current_key() == "matchmaking"
    chosen = window.matchmaking_page.selected_meeting()
    assert chosen is not None and chosen.id == booked["held"]
