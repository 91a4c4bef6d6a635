"""What the services hand back: frozen dataclasses, never live ORM objects.

A record is a snapshot taken inside the service's transaction, safe to keep in a
widget or pass to a report after the session has closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar, cast

from accelerator.domain.checkin import CheckinEntry, CheckinIndex
from accelerator.domain.enums import (
    AssessmentKind,
    ClusterLevel,
    CohortStatus,
    EnrolmentStatus,
    EventKind,
    MeetingOutcome,
    MeetingStatus,
    MilestoneStatus,
    NeedCategory,
    NeedSide,
    NeedStatus,
    OrganisationKind,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from accelerator.domain.events import DoorCounts, RegistrationState, event_period
from accelerator.domain.framework_file import LevelSpec
from accelerator.domain.matchmaking import Proposal, Reason
from accelerator.i18n import translate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def snapshot(cls: type[R], source: object, **given: object) -> R:
    """A ``cls`` (a dataclass) made from ``source``, a row or another record: each field
    not ``given`` is read from the attribute of ``source`` with the same name.

    A record mostly repeats its row's columns under their own names; only what it adds
    or renames is spelt out at each place, and a field the source lacks raises
    AttributeError naming it rather than taking a default silently."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    unknown = given.keys() - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    values = {name: given[name] if name in given else getattr(source, name) for name in names}
    return cast(Callable[..., R], cls)(**values)


_FIELDS: dict[type[Any], tuple[str, ...]] = {}


#: A level of a dimension's scale: the framework file's class, which reports take as is.
#: A service's record holds its texts in the language it was read in, and no ``texts``.
LevelRecord = LevelSpec


@dataclass(frozen=True)
class DimensionRecord:
    id: int
    key: str
    name: str
    description: str
    levels: tuple[LevelRecord, ...]

    def level(self, level: int) -> LevelRecord | None:
        return next((lv for lv in self.levels if lv.level == level), None)


@dataclass(frozen=True)
class FrameworkRecord:
    id: int
    key: str
    version: int
    name: str
    description: str
    licence: str
    dimensions: tuple[DimensionRecord, ...]
    assessment_count: int = 0

    @property
    def label(self) -> str:
        return translate("Frameworks", "{0} (version {1})").format(self.name, self.version)


@dataclass(frozen=True)
class TemplateItemRecord:
    id: int
    position: int
    title: str
    category: str
    description: str
    due_offset_weeks: int | None


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    name: str
    cluster: str  # the name of the cluster it runs in ("" for none)
    description: str
    framework_id: int
    framework_name: str
    assessment_interval_weeks: int
    archived: bool
    cohort_count: int = 0
    row_version: int = 0  # the version read; sent back to save a change (Versioned)
    cluster_id: int | None = None


@dataclass(frozen=True)
class CohortRecord:
    id: int
    programme_id: int
    programme_name: str
    name: str
    start_date: dt.date
    end_date: dt.date
    status: CohortStatus
    enrolment_count: int = 0
    row_version: int = 0  # the version read; sent back to save a change (Versioned)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    company_id: int
    name: str
    role: str
    email: str
    phone: str
    row_version: int = 0  # the version read; sent back to save a change (Versioned)


@dataclass(frozen=True)
class CompanyRecord:
    id: int
    name: str
    org_number: str | None
    is_foreign: bool
    country: str
    registry_number: str
    sector: str
    home_cluster: str  # the name of its home cluster ("" for none)
    website: str
    founded_year: int | None
    employees: int | None
    technology_focus: str
    description: str
    contacts: tuple[ContactRecord, ...] = ()
    row_version: int = 0  # the version read; sent back to save a change (Versioned)
    kind: OrganisationKind = OrganisationKind.COMPANY
    home_cluster_id: int | None = None

    @property
    def registration(self) -> str:
        """The number a person would quote: the org. number, or the foreign registry number."""
        return self.org_number or self.registry_number


@dataclass(frozen=True)
class TierRecord:
    """One of a cluster's tiers, in the cluster's order."""

    id: int
    cluster_id: int
    name: str
    position: int


@dataclass(frozen=True)
class ClusterRecord:
    id: int
    name: str
    short_name: str
    level: ClusterLevel
    region: str
    website: str
    ours: bool  # our home cluster (one or more may be); else a partner cluster
    tiers: tuple[TierRecord, ...] = ()
    row_version: int = 0  # the version read; sent back to save a change (Versioned)

    def tier(self, tier_id: int) -> TierRecord | None:
        return next((t for t in self.tiers if t.id == tier_id), None)


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """An organisation in a cluster: its tier, when it joined and, once it has, left.
    Slots keep a member list of 100,000 organisations small."""

    id: int
    organisation_id: int
    organisation_name: str
    registration: str  # the org. number, or a foreign registry number
    kind: OrganisationKind
    cluster_id: int
    cluster_name: str
    tier_id: int
    tier_name: str
    joined_on: dt.date
    left_on: dt.date | None  # the last day as a member; None while it is one
    row_version: int = 0  # the version read; sent back to save a change (Versioned)

    def active_on(self, day: dt.date) -> bool:
        """A member on ``day``: joined by then, and not left before it."""
        return self.joined_on <= day and (self.left_on is None or day <= self.left_on)


@dataclass(frozen=True)
class MemberCounts:
    """How many organisations of each kind were members of a cluster on a day."""

    cluster_id: int
    cluster_name: str
    on: dt.date
    by_kind: Mapping[OrganisationKind, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class HostRecord:
    """A cluster an event is organised by."""

    cluster_id: int
    cluster_name: str


@dataclass(frozen=True)
class EventRecord:
    """An event, its hosts, and what its registrations count (those the reader sees)."""

    id: int
    title: str
    kind: EventKind
    starts_at: dt.datetime  # aware, in Norwegian time (Europe/Oslo)
    ends_at: dt.datetime
    place: str
    online: bool
    online_url: str
    capacity: int | None  # None: no limit
    cohort_id: int | None
    cohort_name: str  # "" for none, or a cohort the reader does not see
    description: str
    public: bool
    hosts: tuple[HostRecord, ...] = ()
    counts: DoorCounts = DoorCounts()
    row_version: int = 0  # the version read; sent back to save a change (Versioned)

    @property
    def period(self) -> str:
        """When it is, in Norwegian time and the language spoken: ``12 Mar 2026 09:00–15:00``."""
        return event_period(self.starts_at, self.ends_at)

    @property
    def host_ids(self) -> tuple[int, ...]:
        return tuple(h.cluster_id for h in self.hosts)


@dataclass(frozen=True, slots=True)
class RegistrationRecord:
    """A person registered for an event, as the lists and the door show them. A contact's
    name, address and organisation are the contact's as they are now; a guest's as typed.
    Slots keep a door list of thousands small."""

    id: int
    event_id: int
    contact_id: int | None  # None: a guest
    organisation_id: int | None  # the organisation on record, if any
    name: str
    email: str
    organisation: str  # the organisation's name, on record or as typed
    registration: str  # the organisation's org. number or foreign registry number, if any
    status: RegistrationStatus
    registered_at: dt.datetime
    waitlisted_at: dt.datetime | None
    checked_in_at: dt.datetime | None
    walk_in: bool
    source: RegistrationSource
    row_version: int = 0  # the version read; sent back to save a change (Versioned)

    @property
    def is_guest(self) -> bool:
        return self.contact_id is None

    def state(self) -> RegistrationState:
        """What the rules of places need of it (``domain.events``)."""
        return RegistrationState(
            self.id, self.status, self.registered_at, self.name, self.walk_in, self.waitlisted_at
        )

    def entry(self) -> CheckinEntry:
        """What the search at the door finds it by (``domain.checkin``)."""
        return CheckinEntry(self.id, self.name, self.organisation, self.email)


@dataclass(frozen=True)
class CheckinList:
    """What the door needs of an event: the event and every registration it has, by name."""

    event: EventRecord
    registrations: tuple[RegistrationRecord, ...]

    def index(self) -> CheckinIndex:
        """The search at the door over these registrations (cancelled ones too: a person
        who cancelled and came after all is checked in from the list)."""
        return CheckinIndex(r.entry() for r in self.registrations)

    def get(self, registration_id: int) -> RegistrationRecord | None:
        return next((r for r in self.registrations if r.id == registration_id), None)


@dataclass(frozen=True)
class RegistrationResult:
    """A person registered, or let in at the door: the registration as stored, where they
    stand in the waitlist (1: first in line; None when not waiting), the door's counts
    after it, and what happened in a sentence in the language spoken."""

    registration: RegistrationRecord
    counts: DoorCounts
    summary: str
    waitlist_position: int | None = None


@dataclass(frozen=True)
class StatusResult:
    """Registrations moved: every one that moved, as it is now (the ones asked for and the
    ones a freed place went to), those who left the waitlist for a place (``offered``: tell
    them), the door's counts after it, and what happened in sentences in the language
    spoken."""

    changed: tuple[RegistrationRecord, ...]
    offered: tuple[RegistrationRecord, ...]
    counts: DoorCounts
    summary: str


@dataclass(frozen=True)
class EventSaved:
    """An event changed; ``offered``: waitlisted people given the places a larger capacity
    made (tell them), with ``summary`` saying so ("" when nobody moved)."""

    event: EventRecord
    offered: tuple[RegistrationRecord, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class SessionRecord:
    """One of a cohort's programme sessions."""

    id: int
    title: str
    starts_at: dt.datetime  # aware, in Norwegian time
    ends_at: dt.datetime
    held: bool  # started by the time it was read

    @property
    def period(self) -> str:
        return event_period(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class CompanyAttendance:
    """One company of a cohort at the cohort's programme sessions: the sessions at least
    one of its people attended, how many attendances that was, and the sessions it was
    registered for and nobody came (no-shows)."""

    company_id: int
    company_name: str
    attended: tuple[int, ...]  # session (event) ids, in the order of the sessions
    attendances: int  # people times sessions
    missed: tuple[int, ...]  # sessions its registered people did not come to

    def rate(self, held: int) -> float | None:
        """The share of the ``held`` sessions it attended; None before any was held."""
        return len(self.attended) / held if held else None


@dataclass(frozen=True)
class CohortAttendance:
    """A cohort's programme sessions and each enrolled company's attendance at them, by
    company name (Norwegian order)."""

    cohort_id: int
    sessions: tuple[SessionRecord, ...]
    companies: tuple[CompanyAttendance, ...]

    @property
    def held(self) -> int:
        """Sessions that have started."""
        return sum(s.held for s in self.sessions)

    def of_company(self, company_id: int) -> CompanyAttendance | None:
        return next((c for c in self.companies if c.company_id == company_id), None)


@dataclass(frozen=True)
class OrganisationEvent:
    """An event an organisation's people registered for, and how it went for them."""

    event_id: int
    title: str
    kind: EventKind
    starts_at: dt.datetime  # aware, in Norwegian time
    ends_at: dt.datetime
    people: tuple[tuple[str, RegistrationStatus], ...]  # (name, status), by name

    @property
    def attended(self) -> int:
        return sum(status is RegistrationStatus.ATTENDED for _, status in self.people)

    @property
    def period(self) -> str:
        return event_period(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class MentorRecord:
    user_id: int
    display_name: str
    assigned_on: dt.date


@dataclass(frozen=True)
class EnrolmentRecord:
    id: int
    cohort_id: int
    cohort_name: str
    programme_id: int
    programme_name: str
    company_id: int
    company_name: str
    joined_on: dt.date
    status: EnrolmentStatus
    status_changed_on: dt.date | None
    status_reason: str
    mentors: tuple[MentorRecord, ...] = ()
    row_version: int = 0  # the version read; sent back to save a change (Versioned)


@dataclass(frozen=True)
class MilestoneRecord:
    id: int
    enrolment_id: int
    template_item_id: int | None
    position: int
    title: str
    category: str
    description: str
    due_date: dt.date | None
    status: MilestoneStatus
    completed_on: dt.date | None
    evidence: str
    blocked_reason: str
    row_version: int = 0  # the version read; sent back to save a change (Versioned)


@dataclass(frozen=True)
class ScoreRecord:
    dimension_id: int
    dimension_key: str
    dimension_name: str
    level: int
    reason: str


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    enrolment_id: int
    assessor_id: int
    assessor_name: str
    framework_id: int
    assessed_on: dt.date
    kind: AssessmentKind
    notes: str
    next_steps: str
    confidential: bool
    scores: tuple[ScoreRecord, ...]
    corrected: bool = False
    row_version: int = 0  # the version read; sent back to save a change (Versioned)

    @property
    def levels(self) -> dict[str, int]:
        return {s.dimension_key: s.level for s in self.scores}


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    email: str
    role: Role
    active: bool
    has_password: bool


@dataclass(frozen=True)
class DatabaseSummary:
    """What ``accelerator info`` prints and the start page shows."""

    location: str
    schema_version: str | None
    counts: dict[str, int] = field(default_factory=dict)


# --- needs, offers and meetings ----------------------------------------------------------


@dataclass(frozen=True)
class NeedRecord:
    """A need or an offer of an organisation, its tags normalised and sorted by facet."""

    id: int
    organisation_id: int
    organisation_name: str
    side: NeedSide
    category: NeedCategory
    summary: str
    sector_tags: tuple[str, ...]
    technology_tags: tuple[str, ...]
    market_tags: tuple[str, ...]
    status: NeedStatus
    created_at: dt.datetime
    row_version: int

    @property
    def tags(self) -> tuple[str, ...]:
        """Every tag, sector's first, then technology's and market's."""
        return (*self.sector_tags, *self.technology_tags, *self.market_tags)


@dataclass(frozen=True)
class ProposalRecord:
    """A proposed pair: a need, an offer of another organisation, the score and the
    reasons (``domain.matchmaking.Reason``; ``describe`` words each one)."""

    need: NeedRecord
    offer: NeedRecord
    score: float
    proposal: Proposal = field(compare=False, repr=False)

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.proposal.reasons

    @property
    def across_clusters(self) -> bool:
        return self.proposal.across_clusters


@dataclass(frozen=True)
class MeetingRecord:
    """Two organisations meeting: at an event (its title, the slot's times and the table)
    or outside one (the times and the place); the need and the offer it was booked from,
    if it was. Times are on the clock in Norway. A name the reader may not read (a mentor,
    the other side of their company's meeting on a server) is empty."""

    id: int
    organisation_id: int
    organisation_name: str
    counterpart_id: int
    counterpart_name: str
    need_id: int | None
    need_summary: str
    offer_id: int | None
    offer_summary: str
    event_id: int | None
    event_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    table_label: str
    place: str
    status: MeetingStatus
    outcome: MeetingOutcome | None
    note: str
    row_version: int


@dataclass(frozen=True)
class MeetingFigures:
    """How many meetings: requested (every one asked for, cancelled ones too), by
    status, held with each outcome (and without one yet), and how many of those not
    cancelled were across clusters (the two organisations members of clusters, of none in
    common, on the meeting's day)."""

    requested: int
    by_status: Mapping[MeetingStatus, int]
    by_outcome: Mapping[MeetingOutcome, int]
    held_without_outcome: int
    across_clusters: int

    @property
    def held(self) -> int:
        return self.by_status.get(MeetingStatus.HELD, 0)


@dataclass(frozen=True)
class MeetingPlan:
    """Who meets whom at an event, when, at which table: by slot, then table."""

    event_id: int
    event_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    meetings: tuple[MeetingRecord, ...]
