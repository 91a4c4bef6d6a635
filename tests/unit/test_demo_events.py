"""The demo's year of events: a dozen across the year, one co-hosted with a partner
cluster, a matchmaking day with a waitlist, the cohorts' programme sessions, and
registrations that end as people's do: most came, some did not, a few cancelled, a few
walked in; made in the language spoken."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from accelerator import i18n
from accelerator.db.open import open_database
from accelerator.domain.enums import CohortStatus, EventKind, RegistrationSource
from accelerator.domain.enums import RegistrationStatus as Status
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.i18n.extract import extract
from accelerator.services import Services, demo
from accelerator.services.demo import DEMO_CLUSTER, EVENTS, load_demo
from accelerator.services.records import EventRecord
from tests.conftest import DemoFiles

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_files.path(TODAY), path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def _held(event: EventRecord) -> bool:
    return event.starts_at.date() < TODAY


def test_a_dozen_events_across_the_year(loaded: Services) -> None:
    events = loaded.events.list_events()
    assert len(events) == len(EVENTS) and 10 <= len(events) <= 14
    held = [e for e in events if _held(e)]
    coming = [e for e in events if not _held(e)]
    assert len(held) >= 8 and len(coming) >= 2
    assert all(e.starts_at.weekday() < 5 for e in events)
    assert all(e.starts_at.date() != TODAY for e in events)
    kinds = {e.kind for e in events}
    assert {EventKind.CONFERENCE, EventKind.MATCHMAKING_DAY, EventKind.PROGRAMME_SESSION,
            EventKind.DEMO_DAY, EventKind.WEBINAR, EventKind.STUDY_TRIP} <= kinds  # fmt: skip
    (webinar,) = [e for e in events if e.kind is EventKind.WEBINAR]
    assert webinar.online and webinar.online_url and webinar.capacity is None


def test_one_is_co_hosted_with_a_partner_cluster(loaded: Services) -> None:
    clusters = {c.id: c for c in loaded.clusters.list_clusters()}
    co_hosted = [e for e in loaded.events.list_events() if len(e.hosts) > 1]
    assert len(co_hosted) == 1
    (event,) = co_hosted
    assert {clusters[h].ours for h in event.host_ids} == {True, False}
    (ours,) = [c for c in clusters.values() if c.name == DEMO_CLUSTER]
    (partner,) = [h for h in event.host_ids if h != ours.id]
    # It counts for each of its hosts.
    assert event.id in {e.id for e in loaded.events.list_events(cluster_id=partner)}
    assert event.id in {e.id for e in loaded.events.list_events(cluster_id=ours.id)}


def test_registrations_end_as_peoples_do(loaded: Services) -> None:
    events = loaded.events.list_events()
    held = [e for e in events if _held(e)]
    assert all(e.counts.expected == 0 and e.counts.arrived > 0 for e in held)
    assert sum(e.counts.no_shows for e in held) >= 10
    assert sum(e.counts.walk_ins for e in held) >= 10
    assert sum(e.counts.cancelled for e in events) >= 5
    for event in held:
        # Most of those who had a place came.
        came = event.counts.arrived - event.counts.walk_ins
        assert came >= 0.6 * (came + event.counts.no_shows), event.title
    for event in events:
        if not _held(event):
            assert event.counts.arrived == 0 and event.counts.expected > 0
    (matchmaking,) = [e for e in events if e.kind is EventKind.MATCHMAKING_DAY]
    assert matchmaking.capacity is not None and matchmaking.counts.waitlisted > 0
    everyone = [r for e in events for r in loaded.events.registrations(e.id)]
    assert {r.source for r in everyone} == set(RegistrationSource)
    assert any(r.contact_id is not None for r in everyone)
    assert any(r.is_guest and r.organisation for r in everyone)
    # A cancellation gave someone from the waitlist a place: they left the line later.
    assert any(r.waitlisted_at is not None and r.status is Status.ATTENDED for r in everyone)


def test_the_cohorts_sessions_count_attendance_per_company(loaded: Services) -> None:
    for cohort in loaded.programmes.list_cohorts():
        attendance = loaded.events.session_attendance(cohort.id)
        assert len(attendance.sessions) >= 3
        enrolled = {e.company_id for e in loaded.enrolments.list_enrolments(cohort_id=cohort.id)}
        assert {c.company_id for c in attendance.companies} == enrolled
        assert attendance.held >= 2
        rates = [c.rate(attendance.held) or 0 for c in attendance.companies]
        assert max(rates) == 1.0 and sum(rates) / len(rates) > 0.6
        if cohort.status is CohortStatus.RUNNING:
            assert not all(s.held for s in attendance.sessions)  # one is still to come
    organisation = loaded.companies.list_companies()[0]
    assert loaded.events.events_of(organisation.id)


NB = "[nb] "


@pytest.fixture
def bokmal() -> Iterator[None]:
    found = extract([Path(demo.__file__)])
    messages = [
        Message(m.context, m.source, forms=(NB + m.source,), finished=True)
        for m in found.messages
        if m.context == "Demo"
    ]
    saved = dict(i18n._catalogues)
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_a_demo_made_in_bokmal_has_its_events_in_bokmal(services: Services) -> None:
    with i18n.speaking("nb"):
        assert load_demo(services, today=TODAY).created
    events = services.events.list_events()
    assert events
    assert all(e.title.startswith(NB) and e.description.startswith(NB) for e in events)
    # Places and people are named as they are.
    assert not any(e.place.startswith(NB) for e in events)
