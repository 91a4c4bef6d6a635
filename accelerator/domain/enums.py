"""The fixed vocabularies of a programme, shared by every layer."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum

from accelerator.i18n import LANGUAGES, catalogue, marked, translate


class Role(StrEnum):
    COORDINATOR = "coordinator"
    MENTOR = "mentor"
    VIEWER = "viewer"


class CohortStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    GRADUATED = "graduated"
    WITHDRAWN = "withdrawn"


class MilestoneStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    NOT_APPLICABLE = "not_applicable"


class AssessmentKind(StrEnum):
    BASELINE = "baseline"
    PROGRESS = "progress"
    FINAL = "final"


class OrganisationKind(StrEnum):
    """What an organisation is. Every kind may be a member of a cluster; only a company
    is enrolled in a cohort."""

    COMPANY = "company"
    RESEARCH_INSTITUTE = "research_institute"
    UNIVERSITY = "university"
    PUBLIC_BODY = "public_body"
    INVESTOR = "investor"
    OTHER = "other"


class ClusterLevel(StrEnum):
    """A cluster's level in the national cluster programme (Arena, Arena Pro, NCE, GCE),
    or none of them."""

    ARENA = "arena"
    ARENA_PRO = "arena_pro"
    NCE = "nce"
    GCE = "gce"
    OTHER = "other"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class EventKind(StrEnum):
    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    MATCHMAKING_DAY = "matchmaking_day"
    DEMO_DAY = "demo_day"
    PROGRAMME_SESSION = "programme_session"
    STUDY_TRIP = "study_trip"
    WEBINAR = "webinar"


class RegistrationStatus(StrEnum):
    """Where a person stands with an event: with a place (registered), waiting for one,
    gone (cancelled), or, once it is held, there (attended) or not (no-show)."""

    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class RegistrationSource(StrEnum):
    """How a registration came in: typed by a coordinator, read from an event-registration
    tool's file, or added at the door (a walk-in)."""

    MANUAL = "manual"
    IMPORT = "import"
    DOOR = "door"


class NeedSide(StrEnum):
    """Whether an organisation asks for something (a need) or has it to give (an offer)."""

    NEED = "need"
    OFFER = "offer"


class NeedCategory(StrEnum):
    """What a need asks for, or an offer gives: a matchmaking pair is of one category."""

    PILOT_CUSTOMER = "pilot_customer"
    TEST_SITE = "test_site"
    TECHNOLOGY_PARTNER = "technology_partner"
    COMPETENCE = "competence"
    CAPITAL = "capital"
    MARKET_ACCESS = "market_access"


class NeedStatus(StrEnum):
    """Open (looking), matched (someone was found), or closed (no longer wanted)."""

    OPEN = "open"
    MATCHED = "matched"
    CLOSED = "closed"


class TagFacet(StrEnum):
    """What a tag of a need or an offer says: its sector, its technology, its market."""

    SECTOR = "sector"
    TECHNOLOGY = "technology"
    MARKET = "market"


class MeetingStatus(StrEnum):
    """A meeting asked for, agreed (booked), held, or called off."""

    REQUESTED = "requested"
    BOOKED = "booked"
    HELD = "held"
    CANCELLED = "cancelled"


class MeetingOutcome(StrEnum):
    """What came of a meeting that was held."""

    FOLLOW_UP = "follow_up"
    PROJECT_STARTED = "project_started"
    NO_FIT = "no_fit"


class ProjectStatus(StrEnum):
    """Where a joint project stands: an idea, applying for funding, granted or rejected,
    running, and at the end completed or stopped."""

    IDEA = "idea"
    APPLYING = "applying"
    GRANTED = "granted"
    REJECTED = "rejected"
    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED = "stopped"


class PartnerRole(StrEnum):
    """An organisation's part in a joint project: it leads (one at most), is a partner,
    the R&D partner, or a subcontractor."""

    LEAD = "lead"
    PARTNER = "partner"
    RD_PARTNER = "rd_partner"
    SUBCONTRACTOR = "subcontractor"


class FundingDecision(StrEnum):
    """What came of a funding application: not decided yet, granted, rejected, or taken
    back by the applicants."""

    PENDING = "pending"
    GRANTED = "granted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class KpiMetric(StrEnum):
    """A member figure every cluster collects, per organisation and year: revenue and
    export revenue, full-time equivalents, R&D spend, capital raised (equity, grants and
    loans separately), products or services launched and patents filed. A cluster's own
    figures are rows of ``kpi_fields``."""

    REVENUE = "revenue"
    EXPORT_REVENUE = "export_revenue"
    FTE = "fte"
    RND_SPEND = "rnd_spend"
    EQUITY_RAISED = "equity_raised"
    GRANTS_RAISED = "grants_raised"
    LOANS_RAISED = "loans_raised"
    PRODUCTS_LAUNCHED = "products_launched"
    PATENTS_FILED = "patents_filed"


class KpiUnit(StrEnum):
    """What a member figure counts: kroner (whole), a count, or a number with decimals
    (full-time equivalents)."""

    AMOUNT = "amount"
    COUNT = "count"
    DECIMAL = "decimal"


class KpiSource(StrEnum):
    """Where a member figure came from: typed in the program, imported from a file, or
    read back from a collection form the member filled in."""

    ENTERED = "entered"
    IMPORTED = "imported"
    FORM = "form"


class SessionKind(StrEnum):
    """How a mentor met a company: a meeting, a call or a workshop."""

    MEETING = "meeting"
    CALL = "call"
    WORKSHOP = "workshop"


#: The unit of each standard member figure.
KPI_UNITS: Mapping[KpiMetric, KpiUnit] = {
    KpiMetric.REVENUE: KpiUnit.AMOUNT,
    KpiMetric.EXPORT_REVENUE: KpiUnit.AMOUNT,
    KpiMetric.FTE: KpiUnit.DECIMAL,
    KpiMetric.RND_SPEND: KpiUnit.AMOUNT,
    KpiMetric.EQUITY_RAISED: KpiUnit.AMOUNT,
    KpiMetric.GRANTS_RAISED: KpiUnit.AMOUNT,
    KpiMetric.LOANS_RAISED: KpiUnit.AMOUNT,
    KpiMetric.PRODUCTS_LAUNCHED: KpiUnit.COUNT,
    KpiMetric.PATENTS_FILED: KpiUnit.COUNT,
}


#: Milestone categories a template offers; a programme may also use its own words.
MILESTONE_CATEGORIES: tuple[str, ...] = (
    "customer",
    "business model",
    "technology",
    "IP",
    "team",
    "funding",
)

#: The standard categories as a heading shows them; stored as the keys above, so a
#: checklist made in one language reads in the other. A programme's own category is
#: shown as it was typed.
_CATEGORY = "MilestoneCategory"
CATEGORY_WORDS: Mapping[str, str] = {
    "customer": marked("MilestoneCategory", "Customer"),
    "business model": marked("MilestoneCategory", "Business model"),
    "technology": marked("MilestoneCategory", "Technology"),
    "IP": marked("MilestoneCategory", "IP"),
    "team": marked("MilestoneCategory", "Team"),
    "funding": marked("MilestoneCategory", "Funding"),
}
_STANDARD = {key.casefold(): key for key in MILESTONE_CATEGORIES}


def category_words(category: str) -> str:
    """A milestone category as a heading, in the language spoken: ``business model`` is
    ``Business model``, ``Forretningsmodell`` in bokmål; a programme's own, as typed with
    a capital first letter."""
    text = category.strip()
    key = _STANDARD.get(text.casefold())
    if key is not None:
        return translate(_CATEGORY, CATEGORY_WORDS[key])
    return text[:1].upper() + text[1:]


def category_key(text: str) -> str:
    """What to store for a category a person chose or typed: a standard one's key, in
    whichever language it was written (``Forretningsmodell`` is ``business model``),
    else the text as typed."""
    typed = text.strip()
    folded = typed.casefold()
    if folded in _STANDARD:
        return _STANDARD[folded]
    for key, words in CATEGORY_WORDS.items():
        shown = {words.casefold()} | {
            (found or "").casefold()
            for language in LANGUAGES
            if (found := catalogue(language).lookup(_CATEGORY, words))
        }
        if folded in shown:
            return key
    return typed


#: Each member in words, for the command line and the reports (the window's own are in
#: ``accelerator/ui/kit/labels.py``). The context is the enum's name and the words are
#: the window's, so one translation serves both. A stored value ("not_applicable") is
#: never shown as it is.
WORDS: Mapping[Enum, str] = {
    Role.COORDINATOR: marked("Role", "Coordinator"),
    Role.MENTOR: marked("Role", "Mentor"),
    Role.VIEWER: marked("Role", "Viewer"),
    CohortStatus.PLANNED: marked("CohortStatus", "Planned"),
    CohortStatus.RUNNING: marked("CohortStatus", "Running"),
    CohortStatus.FINISHED: marked("CohortStatus", "Finished"),
    EnrolmentStatus.ACTIVE: marked("EnrolmentStatus", "Active"),
    EnrolmentStatus.GRADUATED: marked("EnrolmentStatus", "Graduated"),
    EnrolmentStatus.WITHDRAWN: marked("EnrolmentStatus", "Withdrawn"),
    MilestoneStatus.NOT_STARTED: marked("MilestoneStatus", "Not started"),
    MilestoneStatus.IN_PROGRESS: marked("MilestoneStatus", "In progress"),
    MilestoneStatus.DONE: marked("MilestoneStatus", "Done"),
    MilestoneStatus.BLOCKED: marked("MilestoneStatus", "Blocked"),
    MilestoneStatus.NOT_APPLICABLE: marked("MilestoneStatus", "Not applicable"),
    AssessmentKind.BASELINE: marked("AssessmentKind", "Baseline"),
    AssessmentKind.PROGRESS: marked("AssessmentKind", "Progress"),
    AssessmentKind.FINAL: marked("AssessmentKind", "Final"),
    OrganisationKind.COMPANY: marked("OrganisationKind", "Company"),
    OrganisationKind.RESEARCH_INSTITUTE: marked("OrganisationKind", "Research institute"),
    OrganisationKind.UNIVERSITY: marked("OrganisationKind", "University or college"),
    OrganisationKind.PUBLIC_BODY: marked("OrganisationKind", "Public body"),
    OrganisationKind.INVESTOR: marked("OrganisationKind", "Investor"),
    OrganisationKind.OTHER: marked("OrganisationKind", "Other"),
    ClusterLevel.ARENA: marked("ClusterLevel", "Arena"),
    ClusterLevel.ARENA_PRO: marked("ClusterLevel", "Arena Pro"),
    ClusterLevel.NCE: marked("ClusterLevel", "NCE"),
    ClusterLevel.GCE: marked("ClusterLevel", "GCE"),
    ClusterLevel.OTHER: marked("ClusterLevel", "Other or none"),
    AuditAction.CREATE: marked("AuditAction", "Created"),
    AuditAction.UPDATE: marked("AuditAction", "Changed"),
    AuditAction.DELETE: marked("AuditAction", "Removed"),
    EventKind.CONFERENCE: marked("EventKind", "Conference"),
    EventKind.WORKSHOP: marked("EventKind", "Workshop"),
    EventKind.SEMINAR: marked("EventKind", "Seminar"),
    EventKind.MATCHMAKING_DAY: marked("EventKind", "Matchmaking day"),
    EventKind.DEMO_DAY: marked("EventKind", "Demo day"),
    EventKind.PROGRAMME_SESSION: marked("EventKind", "Programme session"),
    EventKind.STUDY_TRIP: marked("EventKind", "Study trip"),
    EventKind.WEBINAR: marked("EventKind", "Webinar"),
    RegistrationStatus.REGISTERED: marked("RegistrationStatus", "Registered"),
    RegistrationStatus.WAITLISTED: marked("RegistrationStatus", "Waitlisted"),
    RegistrationStatus.CANCELLED: marked("RegistrationStatus", "Cancelled"),
    RegistrationStatus.ATTENDED: marked("RegistrationStatus", "Attended"),
    RegistrationStatus.NO_SHOW: marked("RegistrationStatus", "No-show"),
    RegistrationSource.MANUAL: marked("RegistrationSource", "Registered by hand"),
    RegistrationSource.IMPORT: marked("RegistrationSource", "Imported"),
    RegistrationSource.DOOR: marked("RegistrationSource", "At the door"),
    NeedSide.NEED: marked("NeedSide", "Need"),
    NeedSide.OFFER: marked("NeedSide", "Offer"),
    NeedCategory.PILOT_CUSTOMER: marked("NeedCategory", "Pilot customer"),
    NeedCategory.TEST_SITE: marked("NeedCategory", "Test site"),
    NeedCategory.TECHNOLOGY_PARTNER: marked("NeedCategory", "Technology partner"),
    NeedCategory.COMPETENCE: marked("NeedCategory", "Competence"),
    NeedCategory.CAPITAL: marked("NeedCategory", "Capital"),
    NeedCategory.MARKET_ACCESS: marked("NeedCategory", "Market access"),
    NeedStatus.OPEN: marked("NeedStatus", "Open"),
    NeedStatus.MATCHED: marked("NeedStatus", "Matched"),
    NeedStatus.CLOSED: marked("NeedStatus", "Closed"),
    TagFacet.SECTOR: marked("TagFacet", "Sector"),
    TagFacet.TECHNOLOGY: marked("TagFacet", "Technology"),
    TagFacet.MARKET: marked("TagFacet", "Market"),
    MeetingStatus.REQUESTED: marked("MeetingStatus", "Requested"),
    MeetingStatus.BOOKED: marked("MeetingStatus", "Booked"),
    MeetingStatus.HELD: marked("MeetingStatus", "Held"),
    MeetingStatus.CANCELLED: marked("MeetingStatus", "Cancelled"),
    MeetingOutcome.FOLLOW_UP: marked("MeetingOutcome", "Follow-up agreed"),
    MeetingOutcome.PROJECT_STARTED: marked("MeetingOutcome", "Project started"),
    MeetingOutcome.NO_FIT: marked("MeetingOutcome", "No fit"),
    ProjectStatus.IDEA: marked("ProjectStatus", "Idea"),
    ProjectStatus.APPLYING: marked("ProjectStatus", "Applying"),
    ProjectStatus.GRANTED: marked("ProjectStatus", "Granted"),
    ProjectStatus.REJECTED: marked("ProjectStatus", "Rejected"),
    ProjectStatus.RUNNING: marked("ProjectStatus", "Running"),
    ProjectStatus.COMPLETED: marked("ProjectStatus", "Completed"),
    ProjectStatus.STOPPED: marked("ProjectStatus", "Stopped"),
    PartnerRole.LEAD: marked("PartnerRole", "Lead"),
    PartnerRole.PARTNER: marked("PartnerRole", "Partner"),
    PartnerRole.RD_PARTNER: marked("PartnerRole", "R&D partner"),
    PartnerRole.SUBCONTRACTOR: marked("PartnerRole", "Subcontractor"),
    FundingDecision.PENDING: marked("FundingDecision", "Pending"),
    FundingDecision.GRANTED: marked("FundingDecision", "Granted"),
    FundingDecision.REJECTED: marked("FundingDecision", "Rejected"),
    FundingDecision.WITHDRAWN: marked("FundingDecision", "Withdrawn"),
    KpiMetric.REVENUE: marked("KpiMetric", "Revenue"),
    KpiMetric.EXPORT_REVENUE: marked("KpiMetric", "Export revenue"),
    KpiMetric.FTE: marked("KpiMetric", "Full-time equivalents"),
    KpiMetric.RND_SPEND: marked("KpiMetric", "R&D spend"),
    KpiMetric.EQUITY_RAISED: marked("KpiMetric", "Equity raised"),
    KpiMetric.GRANTS_RAISED: marked("KpiMetric", "Grants received"),
    KpiMetric.LOANS_RAISED: marked("KpiMetric", "Loans raised"),
    KpiMetric.PRODUCTS_LAUNCHED: marked("KpiMetric", "New products or services"),
    KpiMetric.PATENTS_FILED: marked("KpiMetric", "Patents filed"),
    KpiUnit.AMOUNT: marked("KpiUnit", "Kroner"),
    KpiUnit.COUNT: marked("KpiUnit", "Count"),
    KpiUnit.DECIMAL: marked("KpiUnit", "Number with decimals"),
    KpiSource.ENTERED: marked("KpiSource", "Entered"),
    KpiSource.IMPORTED: marked("KpiSource", "Imported"),
    KpiSource.FORM: marked("KpiSource", "Collection form"),
    SessionKind.MEETING: marked("SessionKind", "Meeting"),
    SessionKind.CALL: marked("SessionKind", "Call"),
    SessionKind.WORKSHOP: marked("SessionKind", "Workshop"),
}

#: A role inside a sentence, where it is a common noun: "kari (mentor) may not do this".
ROLE_NOUNS: Mapping[Role, str] = {
    Role.COORDINATOR: marked("Role", "coordinator"),
    Role.MENTOR: marked("Role", "mentor"),
    Role.VIEWER: marked("Role", "viewer"),
}


#: Members of two enums that share a value (``other``: a kind of organisation, a
#: cluster's level) are equal, so one key of :data:`WORDS`, which keeps the later words
#: ("Other or none" for an association): each one's own words are here.
SHARED_VALUES: Mapping[tuple[type[Enum], Enum], str] = {
    (OrganisationKind, OrganisationKind.OTHER): marked("OrganisationKind", "Other"),
    (ClusterLevel, ClusterLevel.OTHER): marked("ClusterLevel", "Other or none"),
    (RegistrationStatus, RegistrationStatus.CANCELLED): marked("RegistrationStatus", "Cancelled"),
    (MeetingStatus, MeetingStatus.CANCELLED): marked("MeetingStatus", "Cancelled"),
    (ProjectStatus, ProjectStatus.GRANTED): marked("ProjectStatus", "Granted"),
    (ProjectStatus, ProjectStatus.REJECTED): marked("ProjectStatus", "Rejected"),
    (FundingDecision, FundingDecision.GRANTED): marked("FundingDecision", "Granted"),
    (FundingDecision, FundingDecision.REJECTED): marked("FundingDecision", "Rejected"),
    (FundingDecision, FundingDecision.WITHDRAWN): marked("FundingDecision", "Withdrawn"),
    (EnrolmentStatus, EnrolmentStatus.WITHDRAWN): marked("EnrolmentStatus", "Withdrawn"),
    (ProjectStatus, ProjectStatus.RUNNING): marked("ProjectStatus", "Running"),
    (CohortStatus, CohortStatus.RUNNING): marked("CohortStatus", "Running"),
    (EventKind, EventKind.WORKSHOP): marked("EventKind", "Workshop"),
    (SessionKind, SessionKind.WORKSHOP): marked("SessionKind", "Workshop"),
}


def in_words(member: Enum) -> str:
    """``member`` in words, in the language spoken: ``Not applicable``, ``Ikke aktuelt``."""
    words = SHARED_VALUES.get((type(member), member)) or WORDS[member]
    return translate(type(member).__name__, words)


def role_noun(role: Role) -> str:
    """The role as a word inside a sentence, in the language spoken: ``coordinator``."""
    context = "Role"
    return translate(context, ROLE_NOUNS[Role(role)])
