"""Needs, offers, proposals and meetings through the services, on SQLite and on PostgreSQL:
tags kept normalised, proposals across clusters first, meetings that never double-book an
organisation or a table, held only once over, the plan of a matchmaking day and the
figures; every refusal a sentence that changes nothing."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from accelerator.domain.enums import (
    EventKind,
    MeetingOutcome,
    MeetingStatus,
    NeedCategory,
    NeedSide,
    NeedStatus,
    OrganisationKind,
)
from accelerator.domain.events import norwegian_time
from accelerator.domain.matchmaking import ReasonKind, describe
from accelerator.errors import ConflictError, ValidationError
from accelerator.models.base import utcnow
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.events import EventInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from tests.factories import Factory

NEED, OFFER = NeedSide.NEED, NeedSide.OFFER
PILOT = NeedCategory.PILOT_CUSTOMER
DAY = dt.date(2026, 3, 12)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def orgs(services: Services, make: Factory) -> dict[str, int]:
    """A fish farmer and a sensor maker in our cluster, a subsea company in another, and a
    research institute in none."""
    ours = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    theirs = services.clusters.create_cluster(ClusterInput("Subsea Valley"))
    ids = {
        "farmer": make.company(name="Fjordlaks AS", sector="Aquaculture").id,
        "sensors": make.company(name="Havsans AS", sector="Aquaculture").id,
        "subsea": make.company(name="Dypvann Robotics AS", sector="Subsea").id,
        "institute": make.company(
            name="Havforsk", kind=OrganisationKind.RESEARCH_INSTITUTE, sector="Research"
        ).id,
    }
    joined = dt.date(2025, 1, 1)
    for name in ("farmer", "sensors"):
        services.members.join(ids[name], ours.id, None, joined)
    services.members.join(ids["subsea"], theirs.id, None, joined)
    return ids


def need(services: Services, org: int, summary: str, side: NeedSide = NEED, **tags: str) -> int:
    return services.needs.create_need(NeedInput(org, side, PILOT, summary, **tags)).id


# --- needs and offers ------------------------------------------------------------------


def test_tags_are_kept_normalised_and_the_lists_filter(
    services: Services, orgs: dict[str, int]
) -> None:
    made = services.needs.create_need(
        NeedInput(
            orgs["farmer"],
            NEED,
            PILOT,
            "  Test of lice counting at a farm  ",
            sector_tags="Havbruk,  HAVBRUK ; Aquaculture",
            technology_tags=["Machine   Vision", "machine vision", ""],
        )
    )
    assert made.summary == "Test of lice counting at a farm"
    assert made.sector_tags == ("aquaculture", "havbruk")
    assert made.technology_tags == ("machine vision",)
    assert made.market_tags == ()
    assert made.status is NeedStatus.OPEN and made.organisation_name == "Fjordlaks AS"
    need(services, orgs["sensors"], "Lice cameras", OFFER)
    offers = services.needs.list_needs(side=OFFER)
    assert [n.organisation_name for n in offers] == ["Havsans AS"]
    assert [n.id for n in services.needs.list_needs(organisation_id=orgs["farmer"])] == [made.id]
    assert services.needs.list_needs(category=NeedCategory.CAPITAL) == []


def test_closing_and_reopening_keep_the_need_and_say_when_nothing_changes(
    services: Services, orgs: dict[str, int]
) -> None:
    made = services.needs.create_need(NeedInput(orgs["farmer"], NEED, PILOT, "Pilot"))
    closed = services.needs.close_need(made.id, expected_version=made.row_version)
    assert closed.status is NeedStatus.CLOSED
    assert services.needs.list_needs(status=NeedStatus.OPEN) == []
    with pytest.raises(ValidationError, match="closed already"):
        services.needs.close_need(made.id)
    assert services.needs.reopen_need(made.id).status is NeedStatus.OPEN
    assert services.needs.mark_matched(made.id).status is NeedStatus.MATCHED
    with pytest.raises(ConflictError):
        services.needs.update_need(
            made.id,
            NeedInput(orgs["farmer"], NEED, PILOT, "Changed"),
            expected_version=made.row_version,
        )
    assert services.needs.get_need(made.id).summary == "Pilot"


def test_a_need_without_a_summary_or_organisation_is_refused_whole(
    services: Services, orgs: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.needs.create_need(NeedInput(999_999, NEED, PILOT, "  "))
    assert set(refused.value.problems) == {"summary", "organisation"}
    assert services.needs.list_needs() == []


# --- proposals -------------------------------------------------------------------------


def test_proposals_prefer_a_partner_across_clusters_and_say_why(
    services: Services, orgs: dict[str, int]
) -> None:
    wanted = need(
        services,
        orgs["farmer"],
        "Pilot site for underwater inspection drones",
        technology_tags="Underwater drones",
    )
    need(services, orgs["farmer"], "Our own drones", OFFER, technology_tags="underwater drones")
    near = need(
        services, orgs["sensors"], "Inspection drones", OFFER, technology_tags="Underwater Drones"
    )
    far = need(
        services,
        orgs["subsea"],
        "Inspection drones for fish farms",
        OFFER,
        technology_tags="underwater drones",
    )
    need(services, orgs["institute"], "Capital", OFFER)  # shares nothing
    found = services.needs.proposals(on=DAY)
    assert [(p.need.id, p.offer.id) for p in found] == [(wanted, far), (wanted, near)]
    best = found[0]
    assert best.across_clusters and not found[1].across_clusters
    kinds = [r.kind for r in best.reasons]
    assert kinds == [
        ReasonKind.SHARED_TAGS,
        ReasonKind.WORDS_IN_COMMON,
        ReasonKind.ACROSS_CLUSTERS,
        ReasonKind.ACROSS_SECTORS,
    ]
    assert [describe(r) for r in best.reasons] == [
        "Shared technology tags: underwater drones",
        "Words in common: drones and inspection",
        "Across clusters: Vestkyst Ocean meets Subsea Valley",
        "Across industries: Aquaculture meets Subsea",
    ]
    # A closed offer is proposed no more.
    services.needs.close_need(far)
    assert [p.offer.id for p in services.needs.proposals(on=DAY)] == [near]


# --- meetings --------------------------------------------------------------------------


@pytest.fixture
def day(services: Services) -> int:
    return services.events.create_event(
        EventInput("Havdagen", EventKind.MATCHMAKING_DAY, at(9), at(15))
    ).id


def test_a_meeting_booked_from_a_proposal_takes_its_organisations(
    services: Services, orgs: dict[str, int], day: int
) -> None:
    wanted = need(services, orgs["farmer"], "Pilot for drones")
    offered = need(services, orgs["subsea"], "Drones", OFFER)
    meeting = services.meetings.book(
        MeetingInput(at(10), need_id=wanted, offer_id=offered, event_id=day, table="Bord 3")
    )
    assert (meeting.organisation_name, meeting.counterpart_name) == (
        "Fjordlaks AS",
        "Dypvann Robotics AS",
    )
    assert (meeting.need_summary, meeting.offer_summary) == ("Pilot for drones", "Drones")
    assert meeting.starts_at == norwegian_time(at(10).replace(tzinfo=meeting.starts_at.tzinfo))
    assert meeting.ends_at - meeting.starts_at == dt.timedelta(minutes=30)
    assert (meeting.event_title, meeting.table_label, meeting.status) == (
        "Havdagen",
        "Bord 3",
        MeetingStatus.BOOKED,
    )


def test_nobody_and_no_table_is_double_booked_and_the_message_names_the_clash(
    services: Services, orgs: dict[str, int], day: int
) -> None:
    book = services.meetings.book
    first = book(
        MeetingInput(
            at(10),
            organisation_id=orgs["farmer"],
            counterpart_id=orgs["subsea"],
            event_id=day,
            table="Bord 3",
        )
    )
    with pytest.raises(ValidationError) as busy:
        book(
            MeetingInput(
                at(10, 15),
                organisation_id=orgs["sensors"],
                counterpart_id=orgs["subsea"],
                event_id=day,
                table="Bord 4",
            )
        )
    assert "Dypvann Robotics AS already meets Fjordlaks AS at 10:00–10:30" in str(busy.value)
    with pytest.raises(ValidationError) as taken:
        book(
            MeetingInput(
                at(10, 15),
                organisation_id=orgs["sensors"],
                counterpart_id=orgs["institute"],
                event_id=day,
                table="  bord 3 ",
            )
        )
    assert "Bord 3 is taken at 10:00–10:30 by Fjordlaks AS and Dypvann Robotics AS" in str(
        taken.value
    )
    # Back to back is no clash, and a cancelled meeting frees its table and people.
    book(
        MeetingInput(
            at(10, 30),
            organisation_id=orgs["sensors"],
            counterpart_id=orgs["subsea"],
            event_id=day,
            table="Bord 3",
        )
    )
    services.meetings.set_status(first.id, MeetingStatus.CANCELLED)
    book(
        MeetingInput(
            at(10),
            organisation_id=orgs["sensors"],
            counterpart_id=orgs["institute"],
            event_id=day,
            table="Bord 3",
        )
    )
    # ...and booking it again is refused while its table is taken.
    with pytest.raises(ValidationError, match="Bord 3 is taken at 10:00–10:30 by Havsans AS"):
        services.meetings.set_status(first.id, MeetingStatus.BOOKED)
    assert len(services.meetings.list_meetings(event_id=day)) == 3


def test_a_meeting_at_an_event_lies_within_its_times_and_a_table_needs_an_event(
    services: Services, orgs: dict[str, int], day: int
) -> None:
    pair = {"organisation_id": orgs["farmer"], "counterpart_id": orgs["subsea"]}
    with pytest.raises(ValidationError, match="within Havdagen's times"):
        services.meetings.book(MeetingInput(at(14, 45), event_id=day, **pair))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="A table is one of an event's"):
        services.meetings.book(MeetingInput(at(14), table="Bord 1", **pair))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="does not meet itself"):
        services.meetings.book(
            MeetingInput(at(10), organisation_id=orgs["farmer"], counterpart_id=orgs["farmer"])
        )
    assert services.meetings.list_meetings() == []


def test_held_and_an_outcome_only_once_the_meeting_is_over(
    services: Services, orgs: dict[str, int]
) -> None:
    soon = norwegian_time(utcnow()) + dt.timedelta(days=1)
    meeting = services.meetings.book(
        MeetingInput(
            soon,
            organisation_id=orgs["farmer"],
            counterpart_id=orgs["institute"],
            place="Havforsk, Bergen",
            status=MeetingStatus.REQUESTED,
        )
    )
    with pytest.raises(ValidationError, match="not over yet"):
        services.meetings.record_outcome(meeting.id, MeetingOutcome.FOLLOW_UP)
    after = soon + dt.timedelta(hours=1)
    held = services.meetings.record_outcome(
        meeting.id, MeetingOutcome.PROJECT_STARTED, "A joint application", at=after
    )
    assert (held.status, held.outcome, held.note) == (
        MeetingStatus.HELD,
        MeetingOutcome.PROJECT_STARTED,
        "A joint application",
    )
    again = services.meetings.set_status(held.id, MeetingStatus.BOOKED)
    assert again.outcome is None


def test_the_plan_is_by_slot_then_table_and_the_figures_count_across_clusters(
    services: Services, orgs: dict[str, int], day: int
) -> None:
    def book(hour: int, minute: int, one: str, two: str, table: str) -> int:
        return services.meetings.book(
            MeetingInput(
                at(hour, minute),
                organisation_id=orgs[one],
                counterpart_id=orgs[two],
                event_id=day,
                table=table,
            )
        ).id

    book(11, 0, "farmer", "subsea", "Bord 10")
    book(10, 0, "farmer", "sensors", "Bord 2")
    book(10, 0, "subsea", "institute", "Bord 10")
    cancelled = book(12, 0, "sensors", "institute", "Bord 1")
    services.meetings.set_status(cancelled, MeetingStatus.CANCELLED)
    outside = services.meetings.book(
        MeetingInput(
            at(9, day=dt.date(2026, 4, 2)),
            organisation_id=orgs["sensors"],
            counterpart_id=orgs["subsea"],
            place="Bergen",
        )
    )
    services.meetings.record_outcome(outside.id, MeetingOutcome.FOLLOW_UP)
    plan = services.meetings.plan(day)
    assert [(f"{m.starts_at:%H:%M}", m.table_label) for m in plan.meetings] == [
        ("10:00", "Bord 2"),
        ("10:00", "Bord 10"),
        ("11:00", "Bord 10"),
    ]
    at_the_day = services.meetings.figures(event_id=day)
    assert at_the_day.requested == 4
    assert at_the_day.by_status[MeetingStatus.CANCELLED] == 1
    # Fjordlaks (ours) with Dypvann (Subsea Valley); the institute is in no cluster.
    assert at_the_day.across_clusters == 1
    year = services.meetings.figures(year=2026)
    assert (year.requested, year.held, year.by_outcome[MeetingOutcome.FOLLOW_UP]) == (5, 1, 1)
    assert year.across_clusters == 2
    assert services.meetings.figures(year=2025).requested == 0


def test_a_meeting_changed_meanwhile_is_not_saved_over(
    services: Services, orgs: dict[str, int], day: int
) -> None:
    booked = services.meetings.book(
        MeetingInput(
            at(10), organisation_id=orgs["farmer"], counterpart_id=orgs["subsea"], event_id=day
        )
    )
    services.meetings.update_meeting(
        booked.id,
        MeetingInput(
            at(11), organisation_id=orgs["farmer"], counterpart_id=orgs["subsea"], event_id=day
        ),
        expected_version=booked.row_version,
    )
    with pytest.raises(ConflictError) as conflict:
        services.meetings.set_status(
            booked.id, MeetingStatus.CANCELLED, expected_version=booked.row_version
        )
    assert conflict.value.current.starts_at.hour == 11  # type: ignore[attr-defined]
    assert services.meetings.get_meeting(booked.id).status is MeetingStatus.BOOKED


def test_two_desktops_booking_one_organisation_at_one_hour_cannot_both(
    services: Services, orgs: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside any event: the first holds the organisations' rows while it looks for
    clashes; the second waits, then finds the first's meeting and is refused."""
    from accelerator.db.open import open_database
    from accelerator.services import meetings as meetings_module

    other = Services(open_database(services.db.target), services.actor)
    first_looked = threading.Event()
    second_done = threading.Event()
    look = meetings_module._refuse_clashes

    def slow_look(*args: object, **kwargs: object) -> None:
        look(*args, **kwargs)  # type: ignore[arg-type]
        if threading.current_thread().name == "first" and not first_looked.is_set():
            first_looked.set()
            # Without the lock, the second would look now, find nothing and book.
            second_done.wait(timeout=1.5)

    monkeypatch.setattr(meetings_module, "_refuse_clashes", slow_look)
    results: dict[str, str] = {}

    def book(name: str, acting: Services, counterpart: str, place: str) -> None:
        try:
            acting.meetings.book(
                MeetingInput(
                    at(10),
                    organisation_id=orgs["farmer"],
                    counterpart_id=orgs[counterpart],
                    place=place,
                )
            )
            results[name] = "booked"
        except ValidationError as refused:
            results[name] = str(refused)

    def first() -> None:
        book("first", services, "subsea", "Bergen")

    def second() -> None:
        first_looked.wait(timeout=5)
        book("second", other, "sensors", "Ålesund")
        second_done.set()

    threads = [threading.Thread(target=first, name="first"), threading.Thread(target=second)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        other.db.dispose()
    assert results["first"] == "booked"
    assert "Fjordlaks AS already meets Dypvann Robotics AS at 10:00" in results["second"]
    assert [m.place for m in services.meetings.list_meetings()] == ["Bergen"]
