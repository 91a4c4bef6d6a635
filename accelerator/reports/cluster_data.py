"""What the cluster's reports print, as plain frozen dataclasses: an event's report (its
programme and who came) and the member register on a day.

The services fill these (``accelerator.services.cluster_reports``); the renderers
(:mod:`accelerator.reports.event_report`, :mod:`accelerator.reports.member_report`) read
nothing else. Kinds and statuses are stored values, worded by the renderers in the
report's language; names and descriptions are the user's text as typed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from accelerator.domain.enums import OrganisationKind
from accelerator.reports.data import PageSize

#: The kind of an attendee's organisation that is not on record (a guest's typed name).
NOT_ON_RECORD = ""


@dataclass(frozen=True)
class Attendance:
    """An event's registrations by where they ended, of those the reader may see."""

    registered: int = 0  # with a place, not (yet) checked in nor marked a no-show
    waitlisted: int = 0
    attended: int = 0  # walk-ins included
    walk_ins: int = 0
    no_shows: int = 0
    cancelled: int = 0

    @property
    def signed_up(self) -> int:
        """Those who registered before the event (not at the door), cancelled ones too."""
        return (
            self.registered
            + self.waitlisted
            + self.attended
            - self.walk_ins
            + self.no_shows
            + self.cancelled
        )

    @property
    def turnout(self) -> float | None:
        """Of those with a place who came or did not, the share who came (walk-ins aside):
        None before anyone is marked either way."""
        came = self.attended - self.walk_ins
        decided = came + self.no_shows
        return came / decided if decided else None


@dataclass(frozen=True)
class Breakdown:
    """One line of attendance by organisation kind or by cluster: how many organisations
    and people. ``key`` is a kind's value (:data:`NOT_ON_RECORD` for an organisation not on
    record), or a cluster's name ("" for no cluster)."""

    key: str
    organisations: int
    people: int


@dataclass(frozen=True)
class AttendingOrganisation:
    """An organisation whose people attended, with the clusters it was a member of that day."""

    name: str
    kind: str  # an OrganisationKind value, or NOT_ON_RECORD
    clusters: tuple[str, ...]
    people: int
    walk_ins: int = 0


@dataclass(frozen=True)
class MeetingLine:
    """A meeting of the event's plan: when (on the clock in Norway), at which table,
    who meets whom, and where it stands."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    table: str
    organisation: str
    counterpart: str
    status: str  # a MeetingStatus value
    outcome: str = ""  # a MeetingOutcome value, once recorded


@dataclass(frozen=True)
class Meetings:
    """The meetings booked at the event (those the reader may see): how many were asked
    for, where they stand, what came of those held, how many were across clusters (two
    organisations of no cluster in common), and the plan."""

    requested: int = 0
    by_status: tuple[tuple[str, int], ...] = ()  # (MeetingStatus value, count)
    by_outcome: tuple[tuple[str, int], ...] = ()  # (MeetingOutcome value, count)
    held_without_outcome: int = 0
    across_clusters: int = 0
    plan: tuple[MeetingLine, ...] = ()

    def count(self, status: str) -> int:
        return dict(self.by_status).get(status, 0)


@dataclass(frozen=True)
class MeetingPlanData:
    """The meeting plan of an event as a handout to print and pin up: its meetings by
    slot, then table (cancelled ones left out), each organisation's own list made from
    them."""

    title: str
    kind: str  # an EventKind value
    when: str  # "12 Mar 2026 09:00–15:00", in Norwegian time and the report's language
    generated_on: dt.date
    place: str = ""
    meetings: tuple[MeetingLine, ...] = ()
    partial: bool = False  # the reader sees only some meetings (a mentor's)
    page_size: PageSize = "A4"


@dataclass(frozen=True)
class EventReportData:
    """Everything the event report shows."""

    title: str
    kind: str  # an EventKind value
    when: str  # "12 Mar 2026 09:00–15:00", in Norwegian time and the report's language
    day: dt.date  # the day it starts, in Norway: memberships are counted on it
    generated_on: dt.date
    place: str = ""
    online: bool = False
    online_url: str = ""
    hosts: tuple[str, ...] = ()
    cohort: str = ""
    capacity: int | None = None
    description: str = ""
    public: bool = True
    held: bool = True  # it has started: attendance is what happened, not what is expected
    attendance: Attendance = Attendance()
    by_kind: tuple[Breakdown, ...] = ()
    by_cluster: tuple[Breakdown, ...] = ()
    organisations: tuple[AttendingOrganisation, ...] = ()
    without_organisation: int = 0  # attendees who named no organisation at all
    partial: bool = False  # the reader sees only some registrations (a mentor's)
    meetings: Meetings | None = None  # None: no meeting was booked at it
    page_size: PageSize = "A4"


@dataclass(frozen=True)
class MemberLine:
    """A membership of a cluster, as the register lists it."""

    organisation_id: int
    name: str
    registration: str  # org. number or a foreign registry number
    kind: str  # an OrganisationKind value
    tier: str
    joined_on: dt.date
    left_on: dt.date | None = None


@dataclass(frozen=True)
class ClusterRegister:
    """One cluster's members on the day, and who joined and left during its year so far."""

    name: str
    short_name: str = ""
    ours: bool = False
    level: str = ""  # a ClusterLevel value
    region: str = ""
    tiers: tuple[str, ...] = ()  # in the cluster's order
    members: tuple[MemberLine, ...] = ()  # members on the day, by name
    joined: tuple[MemberLine, ...] = ()  # joined from the year's first day to the day
    left: tuple[MemberLine, ...] = ()  # whose last day fell in the year before the day

    def counts(self) -> dict[tuple[str, str], int]:
        """(kind, tier) -> members on the day."""
        return dict(Counter((m.kind, m.tier) for m in self.members))

    def tiers_in_use(self) -> tuple[str, ...]:
        """The cluster's tiers, then any other a member has (a renamed one), as listed."""
        used = {m.tier for m in self.members}
        extra = sorted(used - set(self.tiers))
        return (*self.tiers, *extra)

    def kinds(self) -> tuple[str, ...]:
        """The kinds of its members on the day, in the kinds' order."""
        present = {m.kind for m in self.members}
        return tuple(k.value for k in OrganisationKind if k.value in present)


@dataclass(frozen=True)
class MemberReportData:
    """The member register on ``on``: one cluster's, or every cluster's (ours first)."""

    on: dt.date
    clusters: tuple[ClusterRegister, ...]
    generated_on: dt.date
    one_cluster: bool = False  # the person chose one cluster
    partial: bool = False  # the reader sees only some organisations (a mentor's)
    page_size: PageSize = "A4"

    @property
    def year_start(self) -> dt.date:
        return dt.date(self.on.year, 1, 1)

    @property
    def organisations(self) -> int:
        """Organisations that were members of any cluster listed (one in two counts once)."""
        return len({m.organisation_id for c in self.clusters for m in c.members})
