"""What the services hand back: frozen dataclasses, never live ORM objects.

A record is a snapshot taken inside the service's transaction, safe to keep in a
widget or pass to a report after the session has closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar, cast

from accelerator.domain.enums import (
    AssessmentKind,
    ClusterLevel,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    OrganisationKind,
    Role,
)
from accelerator.domain.framework_file import LevelSpec
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
