"""The demo's needs, offers and meetings: open needs the proposals pair (one across
clusters), one matched and one closed; a meeting plan at the matchmaking day, held with
outcomes, one cancelled; meetings before and after it outside any event; made in the
language spoken."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator

import pytest

from accelerator import i18n
from accelerator.db.open import open_database
from accelerator.domain.enums import EventKind, MeetingOutcome, MeetingStatus, NeedStatus
from accelerator.services import Services
from accelerator.services.demo import MEETINGS, NEEDS, load_demo
from tests.conftest import DemoFiles

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_files.path(TODAY), path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def test_needs_and_offers_the_proposals_pair(loaded: Services) -> None:
    needs = loaded.needs.list_needs()
    assert len(needs) == len(NEEDS) and {n.status for n in needs} == set(NeedStatus)
    assert all(n.tags for n in needs)
    proposals = loaded.needs.proposals(on=TODAY)
    pairs = {(p.need.organisation_name, p.offer.organisation_name) for p in proposals}
    assert ("Skjærgård Akvakultur AS", "Havlaben Vest") in pairs
    assert ("Dypvann Robotikk AS", "Strømsund Fiskehelse AS") in pairs
    assert any(p.across_clusters for p in proposals)
    # Matched and closed ones are proposed no more.
    assert not {"Isbre Kuldeteknikk AS", "Havbyen kommune"} & {n for pair in pairs for n in pair}


def test_a_meeting_plan_at_the_matchmaking_day_with_outcomes(loaded: Services) -> None:
    (day,) = loaded.events.list_events(kind=EventKind.MATCHMAKING_DAY)
    plan = loaded.meetings.plan(day.id)
    assert len(plan.meetings) == 7  # one of the eight was cancelled
    assert [(f"{m.starts_at:%H:%M}", m.table_label) for m in plan.meetings[:4]] == [
        ("10:00", "Table 1"),
        ("10:00", "Table 2"),
        ("10:00", "Table 3"),
        ("10:30", "Table 1"),
    ]
    assert all(m.status is MeetingStatus.HELD for m in plan.meetings)
    figures = loaded.meetings.figures(event_id=day.id)
    assert figures.requested == 8 and figures.held == 7
    assert figures.by_outcome == {
        MeetingOutcome.FOLLOW_UP: 3,
        MeetingOutcome.PROJECT_STARTED: 2,
        MeetingOutcome.NO_FIT: 1,
    }
    assert figures.held_without_outcome == 1
    assert figures.across_clusters == 1  # Tareskog (ours) with Nordlig Fiskeforskning


def test_meetings_outside_events_before_and_after_the_day(loaded: Services) -> None:
    outside = [m for m in loaded.meetings.list_meetings() if m.event_id is None]
    assert len(outside) == len(MEETINGS) - 8
    assert {m.status for m in outside} == {
        MeetingStatus.HELD,
        MeetingStatus.BOOKED,
        MeetingStatus.REQUESTED,
    }
    assert all(m.place for m in outside)


def test_the_demo_is_made_in_the_language_spoken(services: Services) -> None:
    with i18n.speaking("nb"):
        load_demo(services, today=TODAY)
    (day,) = services.events.list_events(kind=EventKind.MATCHMAKING_DAY)
    tables = {m.table_label for m in services.meetings.plan(day.id).meetings}
    assert "Bord 1" in tables
    summaries = {n.summary for n in services.needs.list_needs()}
    assert "Introduksjoner til norske rederier og verft" in summaries
