"""A realistic sample programme to explore Accelerator with: ``accelerator demo``.

Everything is invented: the cluster, the companies, the people and their numbers (the
organisation numbers merely pass the mod-11 check). The data is fixed -- no randomness -- and
every date is counted from ``today``, so the running cohort is always running now, one
company is always overdue for an assessment and some milestones are always overdue.

Its words (the programme's description, the milestones, the companies' sectors and
descriptions, the mentors' reasons, notes and next steps) are marked here and written in the
language spoken when the demo is made, so ``accelerator --lang nb demo`` makes a Norwegian
demo; names of people, companies, the cluster and the programme stay as they are, and a
milestone's category is its stored key, which the window shows in its own words.

The load goes through the services like any other user action, so the audit trail records
it. Loading twice adds nothing: once the demo programme exists, :func:`load_demo` returns
``created=False`` without writing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from accelerator.domain.enums import (
    AssessmentKind,
    ClusterLevel,
    CohortStatus,
    EnrolmentStatus,
    EventKind,
    FundingDecision,
    KpiMetric,
    KpiSource,
    KpiUnit,
    MeetingOutcome,
    MeetingStatus,
    MilestoneStatus,
    NeedCategory,
    NeedSide,
    NeedStatus,
    OrganisationKind,
    PartnerRole,
    ProjectStatus,
    RegistrationStatus,
    Role,
    SessionKind,
)
from accelerator.domain.events import on_the_clock
from accelerator.errors import ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.models import KpiForm
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.base import Service
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.events import EventInput, PersonInput, Wanted
from accelerator.services.figures import custom_key
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from accelerator.services.projects import (
    DocumentLink,
    FundingInput,
    PartnerInput,
    ProjectInput,
)
from accelerator.services.records import (
    ClusterRecord,
    CohortRecord,
    CompanyRecord,
    MilestoneRecord,
    UserRecord,
)
from accelerator.services.sessions import SessionInput
from accelerator.services.use_cases import UseCase
from accelerator.services.users import UserInput

_tr = in_context("Demo")
_DEMO = "Demo"


def _demo(text: str) -> str:
    """One of the demo's marked texts in the language spoken."""
    return translate(_DEMO, text) if text else text


DEMO_PROGRAMME = "Ocean Technology Accelerator"
DEMO_CLUSTER = "Vestkyst Ocean Technology Cluster, Bergen"
DEMO_DESCRIPTION = marked(
    "Demo",
    "A six-month acceleration programme for young companies in ocean technology: marine "
    "sensors, subsea robotics, aquaculture, offshore wind and seafood processing. Each "
    "company gets a mentor from the cluster, a milestone checklist and a readiness "
    "assessment every six weeks, and the cohort ends with a demo day for investors and "
    "industry partners.",
)


@dataclass(frozen=True)
class DemoUser:
    """A demo account; ``accelerator demo`` prints these so people can sign in."""

    username: str
    display_name: str
    role: Role
    password: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("ingrid", "Ingrid Sæther", Role.COORDINATOR, "kystlys-demo"),
    DemoUser("bjorn", "Bjørn Åsheim", Role.MENTOR, "tareskog-demo"),
    DemoUser("solveig", "Solveig Lærdal", Role.MENTOR, "fjordvind-demo"),
    DemoUser("havard", "Håvard Østby", Role.MENTOR, "havbris-demo"),
)

_EMAIL_DOMAIN = "vestkyst-ocean.example"


@dataclass(frozen=True)
class DemoResult:
    created: bool
    summary: str
    users: tuple[DemoUser, ...]


# --- the programme and its template -------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    title: str
    category: str
    description: str
    due_offset_weeks: int
    evidence: str  # what a company typically shows when it ticks the item done


TEMPLATE: tuple[_Item, ...] = (
    _Item(
        marked("Demo", "Business model canvas reviewed with mentor"),
        "business model",
        marked("Demo", "A complete canvas, walked through with the mentor in a working session."),
        3,
        marked(
            "Demo",
            "Canvas v2 walked through in session; the changes are noted in the shared folder.",
        ),
    ),
    _Item(
        marked("Demo", "Customer discovery: 15 interviews"),
        "customer",
        marked(
            "Demo",
            "Fifteen interviews with people who would buy or use the product, not with other "
            "engineers. Notes from each.",
        ),
        4,
        marked(
            "Demo",
            "Interview log with 15 conversations and a one-page summary of the strongest pains.",
        ),
    ),
    _Item(
        marked("Demo", "Technology roadmap and test plan"),
        "technology",
        marked(
            "Demo", "The road to a first product version, with the tests that show each step works."
        ),
        6,
        marked("Demo", "Roadmap to first product version, with test plan and acceptance criteria."),
    ),
    _Item(
        marked("Demo", "IP ownership and freedom-to-operate review"),
        "IP",
        marked(
            "Demo", "Who owns what (founders, university, employers) and a first patent search."
        ),
        8,
        marked(
            "Demo",
            "Assignment agreements signed by all founders; search memo from the patent agent.",
        ),
    ),
    _Item(
        marked("Demo", "Board with at least one external member"),
        "team",
        marked("Demo", "A working board with at least one member from outside the founding team."),
        10,
        marked("Demo", "Minutes of the first board meeting with the external chair."),
    ),
    _Item(
        marked("Demo", "Funding plan for the next 18 months"),
        "funding",
        marked(
            "Demo",
            "Milestones, what each costs, and which grants, loans or investors pay for them.",
        ),
        11,
        marked(
            "Demo",
            "Funding plan linking milestones to a regional innovation grant and a seed round.",
        ),
    ),
    _Item(
        marked("Demo", "Pricing tested with three customers"),
        "business model",
        marked("Demo", "A price quoted to at least three real prospects, and what they answered."),
        12,
        marked("Demo", "Quotes sent to three prospects; two accepted the price range in writing."),
    ),
    _Item(
        marked("Demo", "Letter of intent or paid pilot agreement"),
        "customer",
        marked("Demo", "A signed letter of intent or a pilot agreement that commits money."),
        16,
        marked("Demo", "Signed letter of intent for a pilot, filed with the programme."),
    ),
    _Item(
        marked("Demo", "Field test in operating conditions"),
        "technology",
        marked(
            "Demo",
            "The product tested at sea, on a farm or in a plant, with a written test report.",
        ),
        20,
        marked("Demo", "Field test report with measured results, shared with the mentor."),
    ),
    _Item(
        marked("Demo", "Investor pitch at demo day"),
        "funding",
        marked(
            "Demo",
            "A ten-minute pitch to investors and industry partners at the cohort's demo day.",
        ),
        24,
        marked("Demo", "Pitched at demo day; deck and the feedback forms are filed."),
    ),
)

#: Weeks the finished cohort started before ``today``, and how long both cohorts run.
_FINISHED_START_WEEKS = 56
_RUNNING_START_WEEKS = 14
_COHORT_WEEKS = 26


# --- the companies ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Company:
    key: str
    name: str
    sector: str
    technology_focus: str
    description: str
    age_years: int
    employees: int
    website: str
    contacts: tuple[ContactInput, ...]
    org_number: str = ""
    home_cluster: str = DEMO_CLUSTER
    is_foreign: bool = False
    country: str = "Norway"
    registry_number: str = ""
    kind: OrganisationKind = OrganisationKind.COMPANY


COMPANIES: tuple[_Company, ...] = (
    _Company(
        "havbolge",
        "Havbølge Sensorikk AS",
        marked("Demo", "Marine sensors"),
        marked(
            "Demo",
            "Low-power wave and current buoys with edge processing; data delivered over 4G or "
            "satellite to ports and offshore operators.",
        ),
        marked(
            "Demo",
            "University spin-out measuring waves and currents at berths and wind-farm sites.",
        ),
        4,
        9,
        "https://havbolge-sensorikk.example",
        (
            ContactInput(
                "Marit Haugland",
                marked("Demo", "CEO"),
                "marit@havbolge-sensorikk.example",
                "+47 412 55 310",
            ),
            ContactInput(
                "Øyvind Rasmussen", marked("Demo", "CTO"), "oyvind@havbolge-sensorikk.example"
            ),
        ),
        org_number="914827361",
    ),
    _Company(
        "tareskog",
        "Tareskog Biomaterialer AS",
        marked("Demo", "Marine biotechnology"),
        marked(
            "Demo",
            "Alginate and cellulose fibres from cultivated sugar kelp, for packaging and wound "
            "care.",
        ),
        marked("Demo", "Grows kelp at two sites in Hordaland and turns it into biomaterials."),
        3,
        6,
        "https://tareskog.example",
        (
            ContactInput(
                "Silje Vågen", marked("Demo", "CEO"), "silje@tareskog.example", "+47 936 10 442"
            ),
        ),
        org_number="926314572",
    ),
    _Company(
        "fjordlaks",
        "Fjordlaks Prosessering AS",
        marked("Demo", "Seafood processing"),
        marked(
            "Demo", "Machine vision that grades salmon fillets for colour and defects on the line."
        ),
        marked("Demo", "Started by two process engineers from the fish-processing industry."),
        7,
        14,
        "https://fjordlaks-prosessering.example",
        (
            ContactInput(
                "Terje Bønes",
                marked("Demo", "CEO"),
                "terje@fjordlaks-prosessering.example",
                "+47 905 21 877",
            ),
            ContactInput(
                "Hanne Myklebust",
                marked("Demo", "Sales lead"),
                "hanne@fjordlaks-prosessering.example",
            ),
        ),
        org_number="931705288",
    ),
    _Company(
        "kystvind",
        "Kystvind Forankring AS",
        marked("Demo", "Offshore wind"),
        marked("Demo", "Load monitoring of mooring lines for floating wind turbines."),
        marked("Demo", "Mooring-line sensors and analytics for floating offshore wind."),
        5,
        7,
        "https://kystvind-forankring.example",
        (
            ContactInput(
                "Eirik Sælensminde", marked("Demo", "CEO"), "eirik@kystvind-forankring.example"
            ),
        ),
        org_number="919583649",
    ),
    _Company(
        "blaskjell",
        "Blåskjell Teknologi AS",
        marked("Demo", "Aquaculture technology"),
        marked("Demo", "Automated longline handling and depuration for blue-mussel farms."),
        marked("Demo", "Builds equipment that makes mussel farming pay at Norwegian wages."),
        2,
        4,
        "https://blaskjell-teknologi.example",
        (
            ContactInput(
                "Kristoffer Løvås",
                marked("Demo", "CEO"),
                "kristoffer@blaskjell-teknologi.example",
                "+47 958 03 614",
            ),
        ),
        org_number="922078181",
    ),
    _Company(
        "stromsund",
        "Strømsund Fiskehelse AS",
        marked("Demo", "Aquaculture technology"),
        marked("Demo", "Camera-based counting of sea lice on live salmon in the pen."),
        marked("Demo", "Fish-health analytics for salmon farmers."),
        4,
        8,
        "https://stromsund-fiskehelse.example",
        (
            ContactInput(
                "Ragnhild Strøm", marked("Demo", "CEO"), "ragnhild@stromsund-fiskehelse.example"
            ),
            ContactInput(
                "Jonas Aasen",
                marked("Demo", "Head of product"),
                "jonas@stromsund-fiskehelse.example",
            ),
        ),
        org_number="938460213",
        home_cluster="Havbruksklyngen Midt, Trondheim",
    ),
    _Company(
        "dypvann",
        "Dypvann Robotikk AS",
        marked("Demo", "Subsea robotics"),
        marked(
            "Demo",
            "Resident inspection drone that lives in a seabed docking station and charges there "
            "between missions.",
        ),
        marked(
            "Demo",
            "Engineering team from subsea oil and gas, building a resident inspection drone.",
        ),
        3,
        11,
        "https://dypvann-robotikk.example",
        (
            ContactInput(
                "Anders Kvamme",
                marked("Demo", "CEO and CTO"),
                "anders@dypvann-robotikk.example",
                "+47 481 77 029",
            ),
            ContactInput(
                "Liv Årdal", marked("Demo", "Chief engineer"), "liv@dypvann-robotikk.example"
            ),
        ),
        org_number="915736904",
    ),
    _Company(
        "nordsjo",
        "Nordsjø Hydroakustikk AS",
        marked("Demo", "Marine sensors"),
        marked(
            "Demo",
            "Broadband sonar that tells fish species and size apart in pens and in open water.",
        ),
        marked("Demo", "Hydroacoustics specialists with a sonar head well ahead of the market."),
        6,
        10,
        "https://nordsjo-hydroakustikk.example",
        (
            ContactInput(
                "Per Ivar Grønås", marked("Demo", "CEO"), "perivar@nordsjo-hydroakustikk.example"
            ),
        ),
        org_number="924901721",
    ),
    _Company(
        "aerfugl",
        "Ærfugl Miljøteknikk AS",
        marked("Demo", "Marine environmental monitoring"),
        marked(
            "Demo",
            "Environmental DNA sampling from buoys, to monitor biodiversity around fish farms and "
            "offshore installations.",
        ),
        marked("Demo", "Monitors marine life from water samples instead of diver surveys."),
        2,
        5,
        "https://aerfugl-miljo.example",
        (
            ContactInput(
                "Tuva Mæland", marked("Demo", "CEO"), "tuva@aerfugl-miljo.example", "+47 974 40 158"
            ),
            ContactInput("Sindre Hope", marked("Demo", "Lab lead"), "sindre@aerfugl-miljo.example"),
        ),
        org_number="933186458",
    ),
    _Company(
        "skjaergard",
        "Skjærgård Akvakultur AS",
        marked("Demo", "Aquaculture technology"),
        marked("Demo", "Semi-closed floating pens in recycled polyethylene that keep lice out."),
        marked("Demo", "Designs semi-closed salmon pens for sheltered coastal sites."),
        5,
        12,
        "https://skjaergard-akvakultur.example",
        (
            ContactInput(
                "Gunnar Fløysand", marked("Demo", "CEO"), "gunnar@skjaergard-akvakultur.example"
            ),
        ),
        org_number="918065326",
    ),
    _Company(
        "havorn",
        "Havørn Digital AS",
        marked("Demo", "Aquaculture software"),
        marked("Demo", "A digital twin of a fish farm: feeding, oxygen and currents in one model."),
        marked("Demo", "Software for fish farmers who want to plan feeding from live sensor data."),
        2,
        3,
        "https://havorn-digital.example",
        (
            ContactInput(
                "Ida Sørheim", marked("Demo", "CEO"), "ida@havorn-digital.example", "+47 466 92 305"
            ),
        ),
        org_number="927653842",
    ),
    _Company(
        "isbre",
        "Isbre Kuldeteknikk AS",
        marked("Demo", "Seafood processing"),
        marked(
            "Demo", "Superchilling units that keep fresh fish at -1.5 °C from boat to customer."
        ),
        marked("Demo", "Cold-chain equipment for seafood exporters."),
        8,
        16,
        "https://isbre-kulde.example",
        (
            ContactInput("Håkon Brekke", marked("Demo", "CEO"), "hakon@isbre-kulde.example"),
            ContactInput("Camilla Strand", marked("Demo", "CFO"), "camilla@isbre-kulde.example"),
        ),
        org_number="930529176",
        home_cluster="Sjømatklyngen Nord, Tromsø",
    ),
    _Company(
        "nordhavn",
        "Nordhavn Marine Robotics ApS",
        marked("Demo", "Subsea robotics"),
        marked(
            "Demo",
            "Hull-cleaning robot for ships at anchor, with inspection video as a by-product.",
        ),
        marked("Demo", "Danish company joining for access to Norwegian ship owners and yards."),
        4,
        9,
        "https://nordhavn-robotics.example",
        (
            ContactInput(
                "Mads Kjærgaard",
                marked("Demo", "CEO"),
                "mads@nordhavn-robotics.example",
                "+45 31 42 87 60",
            ),
        ),
        home_cluster="Kattegat Blue Tech Network, Aarhus",
        is_foreign=True,
        country="Denmark",
        registry_number="CVR 38412728",
    ),
)


# --- the cluster and its members ----------------------------------------------------------

HAVBRUK_MIDT = "Havbruksklyngen Midt, Trondheim"
SJOMAT_NORD = "Sjømatklyngen Nord, Tromsø"
KATTEGAT = "Kattegat Blue Tech Network, Aarhus"


@dataclass(frozen=True)
class _Cluster:
    name: str
    short_name: str
    level: ClusterLevel
    region: str
    website: str
    ours: bool = False


#: Ours, two Norwegian partner clusters, and the Danish network one company comes from.
#: Their tiers are the usual four, in the language the demo is made in.
CLUSTERS: tuple[_Cluster, ...] = (
    _Cluster(DEMO_CLUSTER, "VOTC", ClusterLevel.NCE, "Vestland",
             "https://vestkyst-ocean.example", ours=True),
    _Cluster(HAVBRUK_MIDT, "HKM", ClusterLevel.ARENA_PRO, "Trøndelag",
             "https://havbruksklyngen-midt.example"),
    _Cluster(SJOMAT_NORD, "SKN", ClusterLevel.ARENA, "Troms", "https://sjomatklyngen.example"),
    _Cluster(KATTEGAT, "KBTN", ClusterLevel.OTHER, "Midtjylland",
             "https://kattegat-bluetech.example"),
)  # fmt: skip

#: Members that are not companies: they never enrol, but belong to the clusters.
ORGANISATIONS: tuple[_Company, ...] = (
    _Company(
        "havlab",
        "Havlaben Vest",
        marked("Demo", "Marine research"),
        marked("Demo", "Ocean measurement, test tanks and marine biology."),
        marked(
            "Demo",
            "Research institute with test tanks and a field station; runs pilots with the "
            "cluster's companies.",
        ),
        41,
        160,
        "https://havlaben-vest.example",
        (
            ContactInput(
                "Randi Kvamme", marked("Demo", "Research director"), "randi@havlaben-vest.example"
            ),
        ),
        org_number="959297169",
        kind=OrganisationKind.RESEARCH_INSTITUTE,
    ),
    _Company(
        "fiskforsk",
        "Nordlig Fiskeforskning",
        marked("Demo", "Seafood research"),
        marked("Demo", "Fish health, processing and food safety."),
        marked("Demo", "Research institute for the seafood industry in the north."),
        28,
        85,
        "https://nordlig-fiskeforskning.example",
        (
            ContactInput(
                "Tor Einar Bakke",
                marked("Demo", "Head of research"),
                "tor.einar@nordlig-fiskeforskning.example",
            ),
        ),
        org_number="956216524",
        home_cluster=SJOMAT_NORD,
        kind=OrganisationKind.RESEARCH_INSTITUTE,
    ),
    _Company(
        "hogskule",
        "Høgskulen på Kysten",
        marked("Demo", "Higher education"),
        marked("Demo", "Ocean engineering, aquaculture and maritime studies."),
        marked("Demo", "University college with ocean engineering and aquaculture programmes."),
        30,
        640,
        "https://hogskulen-kysten.example",
        (
            ContactInput(
                "Gunnhild Myklebust",
                marked("Demo", "Head of innovation"),
                "gunnhild@hogskulen-kysten.example",
            ),
        ),
        org_number="966434163",
        kind=OrganisationKind.UNIVERSITY,
    ),
    _Company(
        "havbyen",
        "Havbyen kommune",
        marked("Demo", "Public administration"),
        marked("Demo", "Business development and harbour planning."),
        marked("Demo", "The municipality that hosts the cluster's test harbour."),
        60,
        900,
        "https://havbyen.kommune.example",
        (
            ContactInput(
                "Arild Sunde",
                marked("Demo", "Business development adviser"),
                "arild.sunde@havbyen.kommune.example",
            ),
        ),
        org_number="971141115",
        kind=OrganisationKind.PUBLIC_BODY,
    ),
    _Company(
        "kystkapital",
        "Kystkapital AS",
        marked("Demo", "Venture capital"),
        marked("Demo", "Early-stage investments in ocean technology."),
        marked("Demo", "Seed fund that invests in the cluster's young companies."),
        8,
        6,
        "https://kystkapital.example",
        (
            ContactInput(
                "Lene Vik", marked("Demo", "Investment manager"), "lene@kystkapital.example"
            ),
        ),
        org_number="966354712",
        kind=OrganisationKind.INVESTOR,
    ),
    _Company(
        "kystnaering",
        "Kystnæringsforeningen",
        marked("Demo", "Industry association"),
        marked("Demo", "Networks and courses for coastal businesses."),
        marked("Demo", "Association of the businesses along the northern coast."),
        22,
        4,
        "https://kystnaering.example",
        (
            ContactInput(
                "Per Olav Hatlem", marked("Demo", "Secretary general"), "po@kystnaering.example"
            ),
        ),
        org_number="975715868",
        home_cluster=SJOMAT_NORD,
        kind=OrganisationKind.OTHER,
    ),
)

#: A cluster's tiers by their place in its list: member, partner, associate, owner.
MEMBER, PARTNER, ASSOCIATE, OWNER = range(4)


@dataclass(frozen=True)
class _Membership:
    organisation: str  # a key of COMPANIES or ORGANISATIONS
    cluster: str
    tier: int
    joined_weeks: int  # before today
    left_weeks: int | None = None  # before today; None: a member still


#: Every demo company is a member of ours; the others of the clusters they work with. A few
#: have left.
MEMBERSHIPS: tuple[_Membership, ...] = (
    *(
        _Membership(c.key, DEMO_CLUSTER, MEMBER, 60 + 7 * i)
        for i, c in enumerate(COMPANIES)
        if c.key not in ("kystvind", "nordhavn")
    ),
    _Membership("kystvind", DEMO_CLUSTER, MEMBER, 110, left_weeks=40),  # withdrew, then left
    _Membership("nordhavn", DEMO_CLUSTER, ASSOCIATE, 30),
    _Membership("nordhavn", KATTEGAT, MEMBER, 200),
    _Membership("fjordlaks", HAVBRUK_MIDT, MEMBER, 150),
    _Membership("isbre", SJOMAT_NORD, MEMBER, 90),
    _Membership("havlab", DEMO_CLUSTER, PARTNER, 400),
    _Membership("havlab", HAVBRUK_MIDT, PARTNER, 180),
    _Membership("fiskforsk", SJOMAT_NORD, PARTNER, 320),
    _Membership("fiskforsk", DEMO_CLUSTER, ASSOCIATE, 260, left_weeks=60),
    _Membership("hogskule", DEMO_CLUSTER, OWNER, 420),
    _Membership("havbyen", DEMO_CLUSTER, ASSOCIATE, 300),
    _Membership("kystkapital", DEMO_CLUSTER, PARTNER, 120),
    _Membership("kystkapital", HAVBRUK_MIDT, MEMBER, 50),
    _Membership("kystnaering", SJOMAT_NORD, MEMBER, 240, left_weeks=10),
)

# --- enrolments, milestones and assessments -----------------------------------------------

#: The dimension keys of the default framework, in the order the level tuples below use.
_DIMENSIONS = ("customer", "technology", "business_model", "ip", "team", "funding")

Levels = tuple[int, int, int, int, int, int]


@dataclass(frozen=True)
class _Check:
    """One assessment, ``day`` days after the cohort started."""

    day: int
    kind: AssessmentKind
    levels: Levels  # customer, technology, business model, IP, team, funding
    notes: str
    next_steps: str
    reasons: Mapping[str, str] = field(default_factory=dict)  # overrides the stock reasons
    assessor: int = 0  # index into the enrolment's mentors
    confidential: bool = False


@dataclass(frozen=True)
class _Tick:
    """A milestone's state, where it differs from the default (done when due, else open)."""

    status: MilestoneStatus
    note: str = ""  # the evidence, or for a blocked milestone what blocks it
    completed_day: int | None = None  # for DONE: days after the cohort started


@dataclass(frozen=True)
class _Custom:
    title: str
    category: str
    description: str
    due_day: int
    status: MilestoneStatus
    note: str = ""


@dataclass(frozen=True)
class _Enrolment:
    company: str
    mentors: tuple[str, ...]
    checks: tuple[_Check, ...]
    joined_day: int = 0
    ticks: Mapping[int, _Tick] = field(default_factory=dict)  # template position -> state
    outcome: EnrolmentStatus = EnrolmentStatus.ACTIVE
    outcome_day: int | None = None
    outcome_reason: str = ""
    custom: _Custom | None = None


#: Why a level went up, as a mentor would write it; used where a check gives no reason.
STOCK_REASONS: Mapping[tuple[str, int], str] = {
    ("customer", 2): marked(
        "Demo", "Target segment named and a list of people to call written down."
    ),
    ("customer", 3): marked(
        "Demo", "First interviews done; notes from each conversation shared with me."
    ),
    ("customer", 4): marked(
        "Demo", "Same problem confirmed across a dozen independent interviews."
    ),
    ("customer", 5): marked(
        "Demo", "Prospects took a concrete step after a demo: a letter of intent is in."
    ),
    ("customer", 6): marked(
        "Demo", "Customer trial ran, and the results show what the customer gained."
    ),
    ("customer", 7): marked("Demo", "First paid pilot signed."),
    ("customer", 8): marked(
        "Demo", "Several repeat customers and a sales pipeline that is measured weekly."
    ),
    ("technology", 2): marked("Demo", "Concept and the main technical risks written down."),
    ("technology", 3): marked("Demo", "Critical function shown with a rough prototype."),
    ("technology", 4): marked("Demo", "Integrated prototype works in the lab; test log shared."),
    ("technology", 5): marked("Demo", "Tested in realistic conditions: sea trial with real data."),
    ("technology", 6): marked(
        "Demo", "Complete prototype ran on site with real users; report written up."
    ),
    ("technology", 7): marked(
        "Demo", "First product version finished, with a list of known defects."
    ),
    ("technology", 8): marked(
        "Demo", "Passed the certification needed to sell; production is repeatable."
    ),
    ("business_model", 2): marked(
        "Demo", "Offer, customers and market size written out, with sources."
    ),
    ("business_model", 3): marked(
        "Demo", "First full canvas drafted and walked through in session."
    ),
    ("business_model", 4): marked(
        "Demo", "Riskiest assumptions (price, channel) listed and partly checked."
    ),
    ("business_model", 5): marked(
        "Demo", "Pricing and cost model shows a path to profit; spreadsheet reviewed."
    ),
    ("business_model", 6): marked(
        "Demo", "Prices quoted to real customers; model adjusted after their answers."
    ),
    ("business_model", 7): marked(
        "Demo", "Customers pay the intended price; margins compared with the plan."
    ),
    ("ip", 2): marked("Demo", "Assets that may be worth protecting are listed."),
    ("ip", 3): marked("Demo", "Ownership clarified in writing, including the university's share."),
    ("ip", 4): marked("Demo", "Patent and product search done; findings in a short memo."),
    ("ip", 5): marked("Demo", "IP strategy drafted with the patent agent."),
    ("ip", 6): marked("Demo", "First patent application filed."),
    ("ip", 7): marked(
        "Demo", "Agreements with staff and partners reviewed; freedom to operate checked."
    ),
    ("team", 2): marked("Demo", "Skill gaps written down."),
    ("team", 3): marked("Demo", "Core team committed, two of them full-time."),
    ("team", 4): marked("Demo", "Roles and shares agreed in a signed shareholders' agreement."),
    ("team", 5): marked(
        "Demo", "Recruiting for the missing commercial role; two advisers brought in."
    ),
    ("team", 6): marked("Demo", "Team for the next stage in place, mostly full-time."),
    ("team", 7): marked("Demo", "Board with outside members meets monthly."),
    ("funding", 2): marked("Demo", "Rough budget and a list of funding sources made."),
    ("funding", 3): marked("Demo", "First external money received: a regional innovation grant."),
    ("funding", 4): marked("Demo", "Written funding plan for the next 18 months."),
    ("funding", 5): marked("Demo", "Pitch and forecast tested on three investors; deck revised."),
    ("funding", 6): marked("Demo", "In talks about a seed round; term sheet from a lead investor."),
    ("funding", 7): marked("Demo", "Seed round signed and paid out."),
}

B, P, F = AssessmentKind.BASELINE, AssessmentKind.PROGRESS, AssessmentKind.FINAL
DONE = MilestoneStatus.DONE
IN_PROGRESS = MilestoneStatus.IN_PROGRESS
BLOCKED = MilestoneStatus.BLOCKED
NOT_APPLICABLE = MilestoneStatus.NOT_APPLICABLE
NOT_STARTED = MilestoneStatus.NOT_STARTED

# Template positions, for readability below.
_CANVAS, _INTERVIEWS, _ROADMAP, _IP, _BOARD = 0, 1, 2, 3, 4
_FUNDING_PLAN, _PRICING, _LOI, _FIELD, _PITCH = 5, 6, 7, 8, 9

FINISHED_ENROLMENTS: tuple[_Enrolment, ...] = (
    _Enrolment(
        "havbolge",
        ("bjorn",),
        (
            _Check(
                0,
                B,
                (3, 5, 3, 2, 4, 3),
                marked(
                    "Demo",
                    "Solid buoy prototype out of the university lab. The team talks about "
                    "specifications, not about who buys.",
                ),
                marked(
                    "Demo", "Book ten interviews with port authorities and wind-farm O&M planners."
                ),
            ),
            _Check(
                42,
                P,
                (4, 5, 3, 3, 4, 3),
                marked(
                    "Demo",
                    "Eleven of fourteen interviews asked for wave data at the berth, not "
                    "offshore. Big shift in focus.",
                ),
                marked("Demo", "Rewrite the offer for ports; get the university licence signed."),
                {
                    "customer": marked(
                        "Demo",
                        "Eleven of fourteen interviews named the same need: wave "
                        "data at the berth for mooring decisions.",
                    ),
                    "ip": marked(
                        "Demo", "Licence and ownership agreement with the university signed."
                    ),
                },
            ),
            _Check(
                84,
                P,
                (5, 6, 4, 3, 5, 4),
                marked(
                    "Demo",
                    "Port of a mid-size town wants a paid trial. First buoy survived the "
                    "January storms.",
                ),
                marked("Demo", "Price the trial as a subscription, not a hardware sale."),
            ),
            _Check(
                126,
                P,
                (6, 6, 5, 4, 5, 5),
                marked(
                    "Demo",
                    "Trial data convinced the harbour master; subscription price accepted in "
                    "principle.",
                ),
                marked("Demo", "Prepare the demo-day pitch around the trial results."),
            ),
            _Check(
                178,
                F,
                (7, 7, 5, 4, 6, 6),
                marked(
                    "Demo",
                    "Graduates with a paying port customer and a finished product version. "
                    "Strong demo day.",
                ),
                marked("Demo", "Follow up the two investors from demo day; hire a sales lead."),
                {
                    "customer": marked(
                        "Demo", "The port converted the trial into a paid one-year subscription."
                    )
                },
            ),
        ),
        outcome=EnrolmentStatus.GRADUATED,
        outcome_day=182,
        outcome_reason=marked("Demo", "Completed the programme and pitched at demo day."),
    ),
    _Enrolment(
        "tareskog",
        ("solveig",),
        (
            _Check(
                0,
                B,
                (2, 4, 2, 3, 3, 2),
                marked(
                    "Demo",
                    "Good kelp, good chemistry, no customer yet. Packaging and wound care are "
                    "both on the table.",
                ),
                marked(
                    "Demo",
                    "Pick one market for the next six weeks; interview packaging buyers first.",
                ),
            ),
            _Check(
                42,
                P,
                (3, 4, 3, 3, 3, 3),
                marked(
                    "Demo",
                    "Packaging buyers are interested but price-sensitive; wound care is slower "
                    "but pays better.",
                ),
                marked(
                    "Demo", "Draft the canvas for wound care; talk to two medical distributors."
                ),
            ),
            _Check(
                84,
                P,
                (4, 5, 4, 4, 4, 3),
                marked("Demo", "Wound care chosen. Fibre quality holds across two harvests."),
                marked("Demo", "Get the patent search done before the pitch."),
            ),
            _Check(
                126,
                P,
                (5, 5, 4, 5, 4, 5),
                marked("Demo", "Distributor signed a letter of intent. Patent agent engaged."),
                marked("Demo", "Second harvest trial; cost per kilo of fibre."),
            ),
            _Check(
                178,
                F,
                (5, 6, 5, 5, 5, 6),
                marked(
                    "Demo",
                    "Graduates with a distributor, an IP strategy and a seed round in talks. "
                    "Storm damage delayed the second field trial.",
                ),
                marked("Demo", "Re-anchor the trial rig in spring; close the seed round."),
            ),
        ),
        ticks={
            _FIELD: _Tick(
                IN_PROGRESS,
                marked("Demo", "Trial rig damaged in a storm; second run moved to spring."),
            ),
        },
        outcome=EnrolmentStatus.GRADUATED,
        outcome_day=182,
        outcome_reason=marked(
            "Demo", "Completed the programme; field trial continues after the cohort."
        ),
    ),
    _Enrolment(
        "fjordlaks",
        ("havard",),
        (
            _Check(
                0,
                B,
                (4, 4, 4, 2, 5, 3),
                marked(
                    "Demo",
                    "Founders know the industry inside out. Vision model works on photos, not "
                    "yet on a running line.",
                ),
                marked("Demo", "Install the camera rig on a customer's line for two weeks."),
            ),
            _Check(
                42,
                P,
                (5, 5, 4, 2, 5, 3),
                marked("Demo", "Two processing plants asked for a trial after the line test."),
                marked("Demo", "Decide between selling units and selling grading as a service."),
            ),
            _Check(
                84,
                P,
                (5, 6, 5, 3, 6, 4),
                marked("Demo", "Grading-as-a-service chosen. Accuracy 96 % on the line."),
                marked("Demo", "Write the funding plan; ask the bank about an equipment loan."),
            ),
            _Check(
                126,
                P,
                (6, 6, 6, 3, 6, 4),
                marked("Demo", "First plant quoted and accepted the monthly price."),
                marked("Demo", "Keep the process know-how as trade secret; tighten the NDAs."),
            ),
            _Check(
                178,
                F,
                (7, 7, 6, 3, 6, 5),
                marked("Demo", "Graduates with a paying customer and a second one in trial."),
                marked("Demo", "Hire a service technician before the second installation."),
            ),
        ),
        ticks={
            _IP: _Tick(
                NOT_APPLICABLE,
                marked("Demo", "Process know-how is kept as a trade secret; nothing to file."),
            ),
        },
        outcome=EnrolmentStatus.GRADUATED,
        outcome_day=182,
        outcome_reason=marked("Demo", "Completed the programme and pitched at demo day."),
    ),
    _Enrolment(
        "kystvind",
        ("havard",),
        (
            _Check(
                0,
                B,
                (3, 5, 3, 4, 4, 4),
                marked("Demo", "Good sensor, and two floating-wind developers already know them."),
                marked(
                    "Demo", "Map the buying process at the developers: who signs for monitoring?"
                ),
            ),
            _Check(
                40,
                P,
                (3, 5, 3, 4, 3, 3),
                marked(
                    "Demo",
                    "The founders are split over an offer from a larger mooring supplier. "
                    "Keep this out of cohort reports until they decide.",
                ),
                marked(
                    "Demo",
                    "Meet both founders separately; the programme can help with an adviser "
                    "on the sale.",
                ),
                {
                    "team": marked(
                        "Demo",
                        "Chief engineer and co-founder left in week 5 after the "
                        "disagreement about the offer.",
                    ),
                    "funding": marked(
                        "Demo", "The owners withdrew the bridge loan while sale talks go on."
                    ),
                },
                confidential=True,
            ),
        ),
        ticks={
            _BOARD: _Tick(
                BLOCKED,
                marked(
                    "Demo",
                    "Shareholders cannot agree on an external chair while sale talks are going on.",
                ),
            ),
        },
        outcome=EnrolmentStatus.WITHDRAWN,
        outcome_day=77,
        outcome_reason=marked(
            "Demo",
            "Acquired by a larger mooring supplier that runs its own product "
            "development; the founders left the programme on good terms.",
        ),
    ),
    _Enrolment(
        "blaskjell",
        ("bjorn",),
        (
            _Check(
                0,
                B,
                (2, 3, 2, 1, 3, 2),
                marked(
                    "Demo",
                    "Two founders with farming experience and a clever line-handling idea, "
                    "early on everything.",
                ),
                marked(
                    "Demo", "Build a rough rig for the line handler; talk to five mussel farmers."
                ),
            ),
            _Check(
                42,
                P,
                (3, 4, 2, 2, 3, 2),
                marked(
                    "Demo",
                    "Rig works in the workshop. Farmers say the depuration step is the real "
                    "bottleneck.",
                ),
                marked("Demo", "List what could be protected; sketch the depuration unit."),
            ),
            _Check(
                84,
                P,
                (3, 4, 3, 2, 4, 3),
                marked(
                    "Demo", "Canvas done; regional grant received for the depuration prototype."
                ),
                marked("Demo", "Shareholders' agreement before bringing in an advisor."),
            ),
            _Check(
                126,
                P,
                (4, 5, 3, 3, 4, 3),
                marked("Demo", "Depuration unit tested on a farm with real mussels."),
                marked("Demo", "Written ownership of the design; plan for the next cohort."),
            ),
            _Check(
                178,
                F,
                (4, 5, 4, 3, 4, 4),
                marked(
                    "Demo",
                    "Graduates as a much clearer company, still early commercially. "
                    "Recommended for the next cohort.",
                ),
                marked("Demo", "Re-apply for the next cohort with a pilot customer in view."),
            ),
        ),
        outcome=EnrolmentStatus.GRADUATED,
        outcome_day=182,
        outcome_reason=marked("Demo", "Completed the programme; invited back for the next cohort."),
    ),
    _Enrolment(
        "stromsund",
        ("solveig",),
        (
            _Check(
                0,
                B,
                (3, 4, 3, 3, 4, 3),
                marked(
                    "Demo",
                    "Lice counting works on recorded video; farmers are interested because "
                    "manual counting is a legal chore.",
                ),
                marked("Demo", "Run the camera live in a pen for four weeks."),
            ),
            _Check(
                42,
                P,
                (4, 5, 3, 3, 4, 4),
                marked("Demo", "Live pen test: counts within 10 % of manual counts."),
                marked("Demo", "Write out pricing per pen and per site."),
            ),
            _Check(
                84,
                P,
                (4, 5, 4, 4, 5, 4),
                marked("Demo", "Pricing per site preferred by the farmers. Patent search done."),
                marked("Demo", "Hire the data scientist from the shortlist."),
            ),
            _Check(
                126,
                P,
                (5, 6, 5, 4, 5, 5),
                marked("Demo", "Three farmers signed letters of intent."),
                marked("Demo", "Pitch practice twice before demo day."),
            ),
            _Check(
                178,
                F,
                (6, 6, 5, 5, 5, 6),
                marked("Demo", "Graduates with a paid pilot and strong investor interest."),
                marked("Demo", "File the patent application before publishing the accuracy study."),
            ),
        ),
        outcome=EnrolmentStatus.GRADUATED,
        outcome_day=182,
        outcome_reason=marked("Demo", "Completed the programme and pitched at demo day."),
    ),
)

RUNNING_ENROLMENTS: tuple[_Enrolment, ...] = (
    _Enrolment(
        "dypvann",
        ("havard", "bjorn"),
        (
            _Check(
                0,
                B,
                (2, 6, 2, 4, 4, 3),
                marked(
                    "Demo",
                    "Impressive vehicle: the docking station works in the test basin. Nobody "
                    "on the team has talked to an operator; all contacts are engineers.",
                ),
                marked(
                    "Demo", "Three operator interviews (not engineers) before the next session."
                ),
            ),
            _Check(
                42,
                P,
                (3, 7, 2, 5, 4, 4),
                marked(
                    "Demo",
                    "Sea trial went well. Customer work still thin: four interviews, all "
                    "friendly contacts.",
                ),
                marked("Demo", "Bring a draft price per inspection hour; interview an O&M buyer."),
                {
                    "technology": marked(
                        "Demo", "Completed a 72-hour resident sea trial at 180 m."
                    ),
                    "ip": marked(
                        "Demo",
                        "IP strategy drafted: patent on the docking latch, keep the "
                        "navigation software secret.",
                    ),
                },
            ),
            _Check(
                88,
                P,
                (3, 7, 2, 5, 5, 4),
                marked(
                    "Demo",
                    "Technology runs far ahead of the business. The team would rather build "
                    "than sell; the pricing milestone is overdue.",
                ),
                marked(
                    "Demo",
                    "Pair with a commercial adviser; pricing test with three operators by "
                    "next session.",
                ),
                {"team": marked("Demo", "Brought in a commercial adviser one day a week.")},
                assessor=1,
            ),
        ),
        ticks={
            _INTERVIEWS: _Tick(
                IN_PROGRESS, marked("Demo", "9 of 15 interviews done, mostly with engineers.")
            ),
            _PRICING: _Tick(NOT_STARTED),
            _FIELD: _Tick(
                IN_PROGRESS, marked("Demo", "Second resident trial planned at a wind farm.")
            ),
        },
    ),
    _Enrolment(
        "nordsjo",
        ("bjorn",),
        (
            _Check(
                0,
                B,
                (3, 7, 2, 5, 4, 4),
                marked(
                    "Demo",
                    "Best sonar head I have seen at this stage. No clear buyer: fish farmers, "
                    "fishing fleet and research are all mentioned.",
                ),
                marked("Demo", "Choose one segment; five interviews in it."),
            ),
            _Check(
                41,
                P,
                (3, 8, 3, 6, 4, 4),
                marked(
                    "Demo",
                    "Species detection certified for research use. Segment chosen: salmon "
                    "farmers. Interviews have not started.",
                ),
                marked("Demo", "Get interview dates with the farmers, even short calls."),
                {
                    "technology": marked(
                        "Demo", "Passed the independent accuracy test for species detection."
                    )
                },
            ),
            _Check(
                85,
                P,
                (3, 8, 3, 6, 4, 5),
                marked(
                    "Demo",
                    "Interviews blocked by the lice-treatment season. Plenty of investor "
                    "interest because of the technology.",
                ),
                marked(
                    "Demo",
                    "Do not raise before customer evidence exists; use the wait to call "
                    "feed suppliers instead.",
                ),
                {
                    "funding": marked(
                        "Demo", "Two investors tested the pitch and asked for a follow-up meeting."
                    )
                },
            ),
        ),
        ticks={
            _INTERVIEWS: _Tick(
                BLOCKED,
                marked(
                    "Demo",
                    "The fish farmers we lined up postponed until after the "
                    "sea-lice treatment season; no new dates yet.",
                ),
            ),
            _FUNDING_PLAN: _Tick(
                IN_PROGRESS, marked("Demo", "Draft plan exists; costs still missing.")
            ),
            _PRICING: _Tick(NOT_STARTED),
        },
    ),
    _Enrolment(
        "blaskjell",
        ("solveig", "bjorn"),
        (
            _Check(
                0,
                B,
                (4, 5, 4, 3, 4, 4),
                marked(
                    "Demo",
                    "Back for a second cohort, starting where the last final assessment left "
                    "off. Goal this time: a paying farm.",
                ),
                marked("Demo", "Letter of intent from the farm that hosted the depuration test."),
            ),
            _Check(
                43,
                P,
                (5, 6, 4, 3, 5, 4),
                marked("Demo", "Letter of intent signed. Depuration unit ran a full season."),
                marked("Demo", "Apply for the food-safety approval; price the unit per tonne."),
            ),
            _Check(
                86,
                P,
                (6, 6, 5, 3, 5, 5),
                marked(
                    "Demo",
                    "Farm agreed to a free trial with data sharing. Food-safety approval in "
                    "progress.",
                ),
                marked("Demo", "Turn the trial into a paid pilot after the approval."),
            ),
        ),
        ticks={
            _IP: _Tick(
                NOT_APPLICABLE,
                marked("Demo", "Reviewed in the previous cohort; nothing has changed."),
            ),
            _LOI: _Tick(
                DONE, marked("Demo", "Letter of intent from the host farm."), completed_day=60
            ),
        },
        custom=_Custom(
            marked("Demo", "Food-safety approval of the depuration unit"),
            "technology",
            marked("Demo", "The unit must be approved before mussels from it can be sold."),
            98 + 42,
            IN_PROGRESS,
            marked("Demo", "Application sent; inspection visit booked."),
        ),
    ),
    _Enrolment(
        "aerfugl",
        ("solveig",),
        (
            _Check(
                0,
                B,
                (3, 4, 3, 2, 4, 3),
                marked(
                    "Demo",
                    "Sampling buoy works; lab turnaround is the weak spot. Fish farmers need "
                    "the monitoring for their licences.",
                ),
                marked("Demo", "Interview the environmental managers at three farming companies."),
            ),
            _Check(
                42,
                P,
                (4, 5, 3, 3, 4, 3),
                marked(
                    "Demo", "Interviews confirm the licence-driven need. Sea trial at one farm."
                ),
                marked("Demo", "Canvas for monitoring-as-a-service."),
            ),
            _Check(
                84,
                P,
                (5, 5, 4, 3, 5, 4),
                marked(
                    "Demo",
                    "Farming company asked for an offer; model looks profitable from site 4.",
                ),
                marked("Demo", "Send the offer; keep the letter-of-intent milestone on track."),
            ),
        ),
        ticks={_LOI: _Tick(IN_PROGRESS, marked("Demo", "Offer sent to a farming company."))},
    ),
    _Enrolment(
        "skjaergard",
        ("havard",),
        (
            _Check(
                0,
                B,
                (4, 5, 3, 4, 5, 4),
                marked(
                    "Demo",
                    "Credible pen design and strong interest from farmers with lice problems.",
                ),
                marked("Demo", "Cost model per tonne produced, compared with an open pen."),
            ),
            _Check(
                42,
                P,
                (4, 6, 4, 4, 5, 5),
                marked("Demo", "Full-scale pen section tested at a host site. Cost model drafted."),
                marked("Demo", "Funding plan for the first full pen."),
            ),
            _Check(
                90,
                P,
                (5, 6, 4, 4, 4, 5),
                marked(
                    "Demo",
                    "Two farmers want the pen next year, but the CTO has left and the design "
                    "work has slowed.",
                ),
                marked("Demo", "Recruit a new CTO; a consultant covers the design meanwhile."),
                {
                    "customer": marked(
                        "Demo", "A second farmer asked for an offer after visiting the host site."
                    ),
                    "team": marked(
                        "Demo",
                        "The CTO left in week 10 for an oil-service job; a consultant "
                        "covers design work until a replacement starts.",
                    ),
                },
            ),
        ),
        ticks={
            _FUNDING_PLAN: _Tick(
                IN_PROGRESS,
                marked("Demo", "Waiting for the new CTO's cost estimate for the full pen."),
            ),
        },
    ),
    _Enrolment(
        "havorn",
        ("solveig",),
        (
            _Check(
                0,
                B,
                (3, 4, 3, 2, 3, 2),
                marked(
                    "Demo", "Small team with a strong model; only one farm has shared its data."
                ),
                marked("Demo", "Data-sharing agreements with two more farms."),
            ),
            _Check(
                35,
                P,
                (3, 5, 3, 2, 3, 2),
                marked(
                    "Demo",
                    "Model ran on live data from one farm. The founder is stretched thin and "
                    "missed the last session.",
                ),
                marked("Demo", "Reschedule the session; decide which milestones to drop for now."),
                {
                    "technology": marked(
                        "Demo", "Model ran for three weeks on live sensor data from a farm."
                    )
                },
            ),
        ),
        ticks={
            _IP: _Tick(NOT_STARTED),
            _BOARD: _Tick(NOT_STARTED),
            _FUNDING_PLAN: _Tick(NOT_STARTED),
            _PRICING: _Tick(
                IN_PROGRESS, marked("Demo", "One farm asked for a price; not answered yet.")
            ),
        },
    ),
    _Enrolment(
        "isbre",
        ("bjorn",),
        (
            _Check(
                0,
                B,
                (4, 5, 4, 3, 4, 4),
                marked(
                    "Demo", "Established product in Norway; wants to sell to exporters in Asia."
                ),
                marked("Demo", "Interview three exporters about the Asian routes."),
            ),
            _Check(
                42,
                P,
                (5, 5, 5, 3, 4, 4),
                marked(
                    "Demo",
                    "Exporters will pay for longer shelf life; price per container accepted.",
                ),
                marked("Demo", "Freedom-to-operate check before the Asian launch."),
            ),
            _Check(
                87,
                P,
                (6, 6, 5, 4, 5, 5),
                marked(
                    "Demo",
                    "Exporter signed a letter of intent for a test route. Patent search "
                    "found no blockers.",
                ),
                marked("Demo", "Plan the test route; hire the export sales manager."),
            ),
        ),
        ticks={
            _LOI: _Tick(
                DONE, marked("Demo", "Letter of intent from an exporter."), completed_day=80
            )
        },
    ),
    _Enrolment(
        "nordhavn",
        ("havard",),
        (
            _Check(
                21,
                B,
                (4, 6, 4, 5, 5, 5),
                marked(
                    "Demo", "Joined three weeks late. Mature robot; new to the Norwegian market."
                ),
                marked("Demo", "Meet two ship owners and a yard in Bergen."),
            ),
            _Check(
                63,
                P,
                (5, 6, 5, 5, 5, 5),
                marked("Demo", "Ship owner offered a trial on two vessels."),
                marked("Demo", "Price hull cleaning per vessel-year for Norwegian owners."),
            ),
            _Check(
                91,
                P,
                (5, 7, 5, 5, 5, 6),
                marked(
                    "Demo", "Trial on the first vessel done; inspection video impressed the owner."
                ),
                marked("Demo", "Paid pilot on the second vessel."),
                {
                    "funding": marked(
                        "Demo", "Danish export grant granted for the Norwegian launch."
                    )
                },
            ),
        ),
        joined_day=21,
        ticks={
            _BOARD: _Tick(
                NOT_APPLICABLE,
                marked("Demo", "The Danish parent company's board governs; no separate board."),
            ),
        },
    ),
)


# --- the cluster's year of events ---------------------------------------------------------

FINISHED, RUNNING = CohortStatus.FINISHED, CohortStatus.RUNNING


@dataclass(frozen=True)
class _Event:
    """One event of the cluster's year. ``day``: days after ``today`` (before, if
    negative) for the cluster's events, after the cohort started for a cohort's; then the
    ``weekday`` of that week (0 is Monday; None: that very day). ``people``: who registers (see
    :func:`_people`); ``guests``: how many of :data:`GUESTS` come through the registration
    tool's file too. Of those registered, ``cancel`` and ``no_show`` in a hundred cancel or
    do not come, and ``walk_ins`` come without registering."""

    title: str
    kind: EventKind
    day: int
    start: dt.time
    end: dt.time
    description: str
    place: str = ""
    online_url: str = ""
    capacity: int | None = None
    cohort: CohortStatus | None = None
    hosts: tuple[str, ...] = (DEMO_CLUSTER,)
    public: bool = True
    days: int = 0  # more days after the first
    people: str = "members"  # "cohort", "members", "some members", "few members"
    guests: int = 0
    cancel: int = 0
    no_show: int = 8
    walk_ins: int = 0
    imported: bool = False  # registered from the tool's file, not one by one
    weekday: int | None = 1


_T = dt.time

EVENTS: tuple[_Event, ...] = (
    # The finished cohort's sessions and its demo day.
    _Event(
        marked("Demo", "Kick-off: the programme's first day"),
        EventKind.PROGRAMME_SESSION,
        0,
        _T(9, 0),
        _T(16, 0),
        marked(
            "Demo",
            "The companies meet their mentors and each other; milestones and the first "
            "assessment explained.",
        ),
        place="Marineholmen, Bergen",
        cohort=FINISHED,
        public=False,
        people="cohort",
        no_show=0,
        weekday=None,
    ),
    _Event(
        marked("Demo", "Workshop: customer discovery"),
        EventKind.PROGRAMME_SESSION,
        43,
        _T(9, 0),
        _T(15, 30),
        marked(
            "Demo",
            "How to find and interview the people who would buy: scripts, notes and what to "
            "listen for.",
        ),
        place="Marineholmen, Bergen",
        cohort=FINISHED,
        public=False,
        people="cohort",
        no_show=15,
        weekday=2,
    ),
    _Event(
        marked("Demo", "Pitch training"),
        EventKind.PROGRAMME_SESSION,
        150,
        _T(12, 0),
        _T(16, 0),
        marked("Demo", "Ten minutes, one slide a minute, and the questions investors ask."),
        place="Marineholmen, Bergen",
        cohort=FINISHED,
        public=False,
        people="cohort",
        no_show=10,
        weekday=3,
    ),
    _Event(
        marked("Demo", "Demo day for investors and industry partners"),
        EventKind.DEMO_DAY,
        175,
        _T(13, 0),
        _T(17, 30),
        marked("Demo", "The cohort's companies pitch; drinks and talks afterwards."),
        place="Bergen Kongressenter",
        capacity=120,
        cohort=FINISHED,
        people="members",
        guests=34,
        cancel=4,
        no_show=9,
        walk_ins=5,
        imported=True,
        weekday=3,
    ),
    # The running cohort's sessions, one still to come.
    _Event(
        marked("Demo", "Kick-off: the programme's first day"),
        EventKind.PROGRAMME_SESSION,
        0,
        _T(9, 0),
        _T(16, 0),
        marked(
            "Demo",
            "The companies meet their mentors and each other; milestones and the first "
            "assessment explained.",
        ),
        place="Marineholmen, Bergen",
        cohort=RUNNING,
        public=False,
        people="cohort",
        no_show=0,
        weekday=None,
    ),
    _Event(
        marked("Demo", "Workshop: business model and pricing"),
        EventKind.PROGRAMME_SESSION,
        36,
        _T(9, 0),
        _T(15, 0),
        marked("Demo", "From a canvas to a price a customer pays, with two founders who did it."),
        place="Marineholmen, Bergen",
        cohort=RUNNING,
        public=False,
        people="cohort",
        no_show=12,
        weekday=2,
    ),
    _Event(
        marked("Demo", "Investor readiness session"),
        EventKind.PROGRAMME_SESSION,
        71,
        _T(13, 0),
        _T(16, 0),
        marked(
            "Demo",
            "What a seed investor reads first: the team, the market and the use of the money.",
        ),
        place="Marineholmen, Bergen",
        online_url="https://meet.vestkyst-ocean.example/investor-readiness",
        cohort=RUNNING,
        public=False,
        people="cohort",
        no_show=10,
        weekday=3,
    ),
    _Event(
        marked("Demo", "Pitch training"),
        EventKind.PROGRAMME_SESSION,
        119,
        _T(12, 0),
        _T(16, 0),
        marked("Demo", "Ten minutes, one slide a minute, and the questions investors ask."),
        place="Marineholmen, Bergen",
        cohort=RUNNING,
        public=False,
        people="cohort",
        weekday=3,
    ),
    # The cluster's own year.
    _Event(
        marked("Demo", "Seminar: the offshore wind supply chain"),
        EventKind.SEMINAR,
        -180,
        _T(9, 0),
        _T(12, 0),
        marked(
            "Demo",
            "What the developers of floating wind will buy in the next five years, and from whom.",
        ),
        place="Haugesund Maritime Senter",
        capacity=60,
        people="some members",
        guests=22,
        cancel=5,
        no_show=10,
        walk_ins=3,
        imported=True,
        weekday=2,
    ),
    _Event(
        marked("Demo", "Ocean Technology Conference"),
        EventKind.CONFERENCE,
        -140,
        _T(9, 0),
        _T(17, 0),
        marked(
            "Demo",
            "Two clusters' annual conference: talks from the industry, the research "
            "institutes and the funders, and a market of the members' products.",
        ),
        place="Trondheim Spektrum",
        capacity=90,
        hosts=(DEMO_CLUSTER, HAVBRUK_MIDT),
        days=1,
        people="members",
        guests=48,
        cancel=6,
        no_show=9,
        walk_ins=6,
        imported=True,
    ),
    _Event(
        marked("Demo", "Webinar: public funding for young ocean companies"),
        EventKind.WEBINAR,
        -75,
        _T(14, 0),
        _T(15, 0),
        marked(
            "Demo",
            "Innovation grants, loans and the tax scheme for research: what fits which stage.",
        ),
        online_url="https://meet.vestkyst-ocean.example/public-funding",
        people="few members",
        guests=30,
        cancel=3,
        no_show=35,
        imported=True,
        weekday=3,
    ),
    _Event(
        marked("Demo", "Matchmaking day: aquaculture meets subsea"),
        EventKind.MATCHMAKING_DAY,
        -20,
        _T(9, 0),
        _T(15, 0),
        marked(
            "Demo",
            "Fish farmers bring their problems, subsea companies their tools: short meetings "
            "booked in advance, at numbered tables.",
        ),
        place="Marineholmen, Bergen",
        capacity=36,
        people="members",
        guests=19,
        cancel=6,
        no_show=5,
        walk_ins=2,
        imported=True,
        weekday=2,
    ),
    _Event(
        marked("Demo", "Study trip to the Danish blue tech cluster"),
        EventKind.STUDY_TRIP,
        44,
        _T(8, 0),
        _T(18, 0),
        marked(
            "Demo",
            "Two days in Aarhus with the Kattegat network: test sites, a port, and the "
            "companies that want Norwegian partners.",
        ),
        place="Aarhus",
        capacity=16,
        days=1,
        people="some members",
        guests=5,
        cancel=5,
        weekday=0,
    ),
)

#: People who register from outside the register: invented names, at invented
#: organisations (not on record, so they are guests with the organisation's name).
_GUEST_FIRST = ("Anne", "Bjarte", "Cecilie", "Dag", "Eli", "Frode", "Guro", "Halvard",
                "Ingunn", "Jostein", "Kjersti", "Lars", "Maren", "Nils", "Oda", "Petter",
                "Ranveig", "Sigurd", "Torunn", "Vegard", "Åsne", "Øystein", "Brita",
                "Eivind")  # fmt: skip
_GUEST_LAST = ("Berge", "Dahl", "Eide", "Fjeld", "Hauge", "Kleppe", "Lunde", "Myhre",
               "Nesse", "Rønning", "Solheim", "Tveit", "Ueland", "Vik", "Økland", "Aarø",
               "Hjelmeland")  # fmt: skip
_GUEST_ORGANISATIONS = (
    ("Bryggen Havneselskap", "bryggen-havn.example"),
    ("Fjordtek Rådgivning", "fjordtek.example"),
    ("Nordvest Maritime", "nordvest-maritime.example"),
    ("Solstrand Sjømat", "solstrand-sjomat.example"),
    ("Skagerak Marine Services", "skagerak-marine.example"),
    ("Vestbris Energi", "vestbris.example"),
    ("Kvitholmen Fiskeoppdrett", "kvitholmen.example"),
    ("Havgløtt Design", "havglott.example"),
    ("Sundet Verft", "sundet-verft.example"),
    ("Tidevann Kapital", "tidevann.example"),
)


def _guest(n: int) -> PersonInput:
    """The ``n``-th invented guest, the same in every demo."""
    first = _GUEST_FIRST[n % len(_GUEST_FIRST)]
    last = _GUEST_LAST[(n * 7 + n // len(_GUEST_FIRST)) % len(_GUEST_LAST)]
    organisation, domain = _GUEST_ORGANISATIONS[(n * 3) % len(_GUEST_ORGANISATIONS)]
    local = f"{first}.{last}".lower().translate(_ASCII)
    return PersonInput(f"{first} {last}", f"{local}@{domain}", organisation)


_ASCII = str.maketrans({"å": "aa", "ø": "o", "æ": "ae"})


# --- loading ------------------------------------------------------------------------------


def load_demo(services: Services, *, today: dt.date | None = None) -> DemoResult:
    """Load the demo programme, its cohorts, companies, users, milestones and assessments.

    Nothing is written when a programme called :data:`DEMO_PROGRAMME` already exists. Users
    and companies that an earlier, interrupted load left behind are reused.
    """
    today = today or dt.date.today()
    if services.programmes.find_programme(DEMO_PROGRAMME) is not None:
        return DemoResult(
            created=False,
            summary=_tr("The demo programme is already loaded ({0}); nothing was changed.").format(
                DEMO_PROGRAMME
            ),
            users=DEMO_USERS,
        )
    if today > dt.date.today():
        # The services refuse assessments and completions dated in the future.
        raise ValidationError(_tr("the demo cannot be dated after today"), field="today")

    users = {u.username: _user(services, u) for u in DEMO_USERS}
    clusters = {c.name: _cluster(services, c) for c in CLUSTERS}
    known = {c.name: c for c in services.companies.list_companies()}
    companies = {c.key: known.get(c.name) or _company(services, c, today) for c in COMPANIES}
    organisations = {
        o.key: known.get(o.name) or _company(services, o, today) for o in ORGANISATIONS
    }
    _memberships(services, clusters, {**companies, **organisations}, today)

    programme = services.programmes.create_programme(
        ProgrammeInput(
            name=DEMO_PROGRAMME,
            cluster=DEMO_CLUSTER,
            description=_demo(DEMO_DESCRIPTION),
            assessment_interval_weeks=6,
        )
    )
    services.programmes.set_template(
        programme.id,
        [
            TemplateItemInput(_demo(i.title), i.category, _demo(i.description), i.due_offset_weeks)
            for i in TEMPLATE
        ],
    )

    assessments = 0
    enrolments = 0
    cohorts: dict[CohortStatus, CohortRecord] = {}
    for start_weeks, status, plan in (
        (_FINISHED_START_WEEKS, CohortStatus.FINISHED, FINISHED_ENROLMENTS),
        (_RUNNING_START_WEEKS, CohortStatus.RUNNING, RUNNING_ENROLMENTS),
    ):
        start = today - dt.timedelta(weeks=start_weeks)
        cohort = services.programmes.create_cohort(
            CohortInput(
                programme_id=programme.id,
                name=_cohort_name(start),
                start_date=start,
                end_date=start + dt.timedelta(weeks=_COHORT_WEEKS),
                status=status,
            )
        )
        cohorts[status] = cohort
        for position, spec in enumerate(plan):
            assessments += _enrol(
                services, spec, position, cohort.id, start, today, users, companies
            )
            enrolments += 1

    summary = _tr(
        "Loaded the demo programme {0} ({1}): 2 cohorts, {2} companies, {3} enrolments, {4} "
        "assessments and {5} users."
    ).format(DEMO_PROGRAMME, DEMO_CLUSTER, len(companies), enrolments, assessments, len(users))
    events, registrations = _events(
        services, today, cohorts, clusters, {**companies, **organisations}
    )
    summary += " " + _tr(
        "The cluster's year: %n events, with {0} registrations and who came.", n=events
    ).format(registrations)
    _matchmaking(services, today, {**companies, **organisations})
    made = _projects(services, today, {**companies, **organisations}, clusters)
    summary += " " + _tr("%n joint projects, with their partners and funding.", n=made)
    figures, sessions = _outcomes(services, today, cohorts, {**companies, **organisations}, users)
    summary += " " + _tr(
        "%n member figures over three years, and {0} mentor sessions.", n=figures
    ).format(sessions)
    return DemoResult(created=True, summary=summary, users=DEMO_USERS)


def _cohort_name(start: dt.date) -> str:
    if start.month <= 6:
        return _tr("Spring {0}").format(start.year)
    return _tr("Autumn {0}").format(start.year)


def _user(services: Services, user: DemoUser) -> UserRecord:
    existing = services.users.find_user(user.username)
    if existing is not None and existing.display_name == user.display_name:
        return existing
    return services.users.create_user(
        UserInput(
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            email=f"{user.username}@{_EMAIL_DOMAIN}",
            password=user.password,
        )
    )


def _cluster(services: Services, spec: _Cluster) -> ClusterRecord:
    found = services.clusters.find_cluster(spec.name)
    if found is not None:
        return found
    return services.clusters.create_cluster(
        ClusterInput(spec.name, spec.short_name, spec.level, spec.region, spec.website, spec.ours)
    )


def _memberships(
    services: Services,
    clusters: Mapping[str, ClusterRecord],
    organisations: Mapping[str, CompanyRecord],
    today: dt.date,
) -> None:
    """Join (and leave) as MEMBERSHIPS says; what an interrupted load joined stays."""
    for spec in MEMBERSHIPS:
        organisation, cluster = organisations[spec.organisation], clusters[spec.cluster]
        joined = today - dt.timedelta(weeks=spec.joined_weeks)
        if any(
            m.joined_on == joined
            for m in services.members.list_memberships(
                organisation_id=organisation.id, cluster_id=cluster.id
            )
        ):
            continue
        membership = services.members.join(
            organisation.id, cluster.id, cluster.tiers[spec.tier].id, joined
        )
        if spec.left_weeks is not None:
            services.members.leave(membership.id, today - dt.timedelta(weeks=spec.left_weeks))


def _company(services: Services, spec: _Company, today: dt.date) -> CompanyRecord:
    company = services.companies.create_company(
        CompanyInput(
            kind=spec.kind,
            name=spec.name,
            org_number=spec.org_number,
            is_foreign=spec.is_foreign,
            country=spec.country,
            registry_number=spec.registry_number,
            sector=_demo(spec.sector),
            home_cluster=spec.home_cluster,
            website=spec.website,
            founded_year=today.year - spec.age_years,
            employees=spec.employees,
            technology_focus=_demo(spec.technology_focus),
            description=_demo(spec.description),
        )
    )
    for contact in spec.contacts:
        services.companies.add_contact(company.id, replace(contact, role=_demo(contact.role)))
    return company


def _enrol(
    services: Services,
    spec: _Enrolment,
    index: int,
    cohort_id: int,
    start: dt.date,
    today: dt.date,
    users: Mapping[str, UserRecord],
    companies: Mapping[str, CompanyRecord],
) -> int:
    """Enrol one company with its mentors, milestones and assessments; the count logged."""
    joined = start + dt.timedelta(days=spec.joined_day)
    enrolment = services.enrolments.enrol(cohort_id, companies[spec.company].id, joined)
    mentors = [users[name] for name in spec.mentors]
    for mentor in mentors:
        services.enrolments.assign_mentor(enrolment.id, mentor.id, joined)

    # Milestones stand where they would on the day of the outcome, or a few days ago.
    if spec.outcome_day is not None:
        cutoff = start + dt.timedelta(days=spec.outcome_day)
    else:
        cutoff = today - dt.timedelta(days=5)
    for m in services.enrolments.milestones(enrolment.id):
        _tick(services, m, spec.ticks.get(m.position), index, start, joined, cutoff, today)
    if spec.custom is not None:
        c = spec.custom
        custom = services.enrolments.add_milestone(
            enrolment.id,
            _demo(c.title),
            c.category,
            description=_demo(c.description),
            due_date=start + dt.timedelta(days=c.due_day),
        )
        note = _demo(c.note)
        services.enrolments.set_milestone_status(
            custom.id,
            c.status,
            evidence=note if c.status is not BLOCKED else None,
            blocked_reason=note if c.status is BLOCKED else None,
        )

    previous: dict[str, int] | None = None
    for check in spec.checks:
        levels = dict(zip(_DIMENSIONS, check.levels, strict=True))
        services.assessments.log_assessment(
            AssessmentInput(
                enrolment_id=enrolment.id,
                levels=levels,
                reasons=_reasons(previous, levels, check.reasons),
                kind=check.kind,
                assessed_on=start + dt.timedelta(days=check.day),
                notes=_demo(check.notes),
                next_steps=_demo(check.next_steps),
                confidential=check.confidential,
                assessor_id=mentors[check.assessor].id,
            )
        )
        previous = levels

    if spec.outcome is not EnrolmentStatus.ACTIVE:
        assert spec.outcome_day is not None
        services.enrolments.set_status(
            enrolment.id,
            spec.outcome,
            on=start + dt.timedelta(days=spec.outcome_day),
            reason=_demo(spec.outcome_reason),
        )
    return len(spec.checks)


def _tick(
    services: Services,
    m: MilestoneRecord,
    tick: _Tick | None,
    index: int,
    start: dt.date,
    joined: dt.date,
    cutoff: dt.date,
    today: dt.date,
) -> None:
    """Set one template milestone: as ``tick`` says, else done when it fell due before
    ``cutoff`` (with the template's evidence), else left not started."""
    item = TEMPLATE[m.position]
    if tick is None:
        if m.due_date is None or m.due_date >= cutoff:
            return
        tick = _Tick(DONE)
    if tick.status is NOT_STARTED:
        return
    note = _demo(tick.note)
    if tick.status is BLOCKED:
        services.enrolments.set_milestone_status(m.id, BLOCKED, blocked_reason=note)
        return
    if tick.status is not DONE:
        services.enrolments.set_milestone_status(m.id, tick.status, evidence=note or None)
        return
    if tick.completed_day is not None:
        completed = start + dt.timedelta(days=tick.completed_day)
    else:
        # A few days before the due date, varying by company and item, never before joining.
        assert m.due_date is not None
        completed = m.due_date - dt.timedelta(days=(m.position * 5 + index * 3) % 9)
    completed = min(max(completed, joined), cutoff, today)
    services.enrolments.set_milestone_status(
        m.id, DONE, completed_on=completed, evidence=note or _demo(item.evidence)
    )


def _reasons(
    previous: Mapping[str, int] | None, levels: Mapping[str, int], given: Mapping[str, str]
) -> dict[str, str]:
    """A reason for every level that changed: the check's own, else the stock one, in the
    language spoken."""
    reasons = {key: _demo(text) for key, text in given.items()}
    if previous is None:
        return reasons
    for key, level in levels.items():
        if level == previous[key] or key in reasons:
            continue
        stock = STOCK_REASONS.get((key, level)) if level > previous[key] else None
        if stock is None:
            raise AssertionError(f"demo data: {key} changed to {level} without a reason")
        reasons[key] = _demo(stock)
    return reasons


def _event_day(spec: _Event, today: dt.date, starts: Mapping[CohortStatus, dt.date]) -> dt.date:
    base = starts[spec.cohort] if spec.cohort is not None else today
    day = base + dt.timedelta(days=spec.day)
    if spec.weekday is None:
        return day
    return day + dt.timedelta(days=spec.weekday - day.weekday())


def _people(
    spec: _Event,
    index: int,
    day: dt.date,
    start: dt.date,
    plan: tuple[_Enrolment, ...],
    organisations: Mapping[str, CompanyRecord],
) -> list[PersonInput]:
    """Who registers for the event, in the order they do: a cohort's companies' people (of
    those enrolled that day), or the members' contacts (all of them, every second or every
    fourth, varying by event), then the guests."""
    people: list[PersonInput] = []
    if spec.people == "cohort":
        for enrolment in plan:
            if enrolment.joined_day > (day - start).days:
                continue
            if enrolment.outcome_day is not None and enrolment.outcome_day < (day - start).days:
                continue
            people += [
                PersonInput(contact_id=c.id) for c in organisations[enrolment.company].contacts[:2]
            ]
    else:
        step = {"members": 1, "some members": 2, "few members": 4}[spec.people]
        contacts = [c for o in organisations.values() for c in o.contacts]
        people += [
            PersonInput(contact_id=c.id) for i, c in enumerate(contacts) if (i + index) % step == 0
        ]
    first = index * 9
    people += [_guest(first + n) for n in range(spec.guests)]
    return people


def _events(
    services: Services,
    today: dt.date,
    cohorts: Mapping[CohortStatus, CohortRecord],
    clusters: Mapping[str, ClusterRecord],
    organisations: Mapping[str, CompanyRecord],
) -> tuple[int, int]:
    """The cluster's year: every event of :data:`EVENTS`, its registrations and, once held,
    who came. Returns how many events and registrations."""
    # Contacts as they are now, with their ids (an interrupted load's companies too).
    current = {key: services.companies.get_company(o.id) for key, o in organisations.items()}
    starts = {status: cohort.start_date for status, cohort in cohorts.items()}
    plans = {FINISHED: FINISHED_ENROLMENTS, RUNNING: RUNNING_ENROLMENTS}
    registrations = 0
    for index, spec in enumerate(EVENTS):
        day = _event_day(spec, today, starts)
        begins = on_the_clock(day, spec.start)
        ends = on_the_clock(day + dt.timedelta(days=spec.days), spec.end)
        event = services.events.create_event(
            EventInput(
                title=_demo(spec.title),
                kind=spec.kind,
                start=begins,
                end=ends,
                place=spec.place,
                online=bool(spec.online_url),
                online_url=spec.online_url,
                capacity=spec.capacity,
                cohort_id=cohorts[spec.cohort].id if spec.cohort is not None else None,
                description=_demo(spec.description),
                public=spec.public,
                host_ids=tuple(clusters[name].id for name in spec.hosts),
            )
        )
        plan = plans[spec.cohort] if spec.cohort is not None else ()
        cohort_start = starts[spec.cohort] if spec.cohort is not None else today
        people = _people(spec, index, day, cohort_start, plan, current)
        # Registered a few weeks ahead, and never after the demo's day.
        opened = min(
            on_the_clock(day - dt.timedelta(days=30), _T(10, 0)),
            on_the_clock(today - dt.timedelta(days=2), _T(10, 0)),
        )
        registrations += _register(services, event.id, spec, people, opened)
        held = day < today
        ids = [r.id for r in services.events.registrations(event.id)]
        _cancellations(services, event.id, spec, index, ids, begins, opened, held)
        if held:
            _the_day(services, event.id, spec, index, begins, ends)
    return len(EVENTS), registrations


def _register(
    services: Services,
    event_id: int,
    spec: _Event,
    people: list[PersonInput],
    opened: dt.datetime,
) -> int:
    if spec.imported:
        from accelerator.services.importing.reading import CsvRow, CsvTable

        # The registration tool's file, as its export would list them.
        contacts = {
            c.id: (c.name, c.email, o.name)
            for o in services.companies.list_companies()
            for c in o.contacts
        }
        rows = []
        for person in people:
            if person.contact_id is not None:
                name, email, organisation = contacts[person.contact_id]
            else:
                name, email, organisation = person.name, person.email, person.organisation
            rows.append((name, email, organisation))
        table = CsvTable(
            ("Name", "Email", "Company"),
            tuple(CsvRow(n, cells) for n, cells in enumerate(rows, start=2)),
            "utf-8",
            ",",
        )
        services.events.import_registrations(event_id, table, at=opened)
        return len(rows)
    for n, person in enumerate(people):
        services.events.register(event_id, person, at=opened + dt.timedelta(hours=n))
    return len(people)


def _cancellations(
    services: Services,
    event_id: int,
    spec: _Event,
    index: int,
    ids: list[int],
    begins: dt.datetime,
    opened: dt.datetime,
    held: bool,
) -> None:
    """Some cancel a few days before; a freed place goes to the first in line."""
    at = begins - dt.timedelta(days=3) if held else opened + dt.timedelta(days=1)
    for n, registration_id in enumerate(sorted(ids)):
        if (n * 37 + index * 11) % 100 < spec.cancel:
            services.events.change_status(
                registration_id, RegistrationStatus.CANCELLED, at=min(at, _latest())
            )


def _the_day(
    services: Services,
    event_id: int,
    spec: _Event,
    index: int,
    begins: dt.datetime,
    ends: dt.datetime,
) -> None:
    """At the door: the registered come, a few at a time from a quarter before the start,
    but those who do not; the walk-ins; and at the end, the rest are no-shows."""
    expected = services.events.registrations(event_id, statuses=[RegistrationStatus.REGISTERED])
    coming = [
        r.id
        for n, r in enumerate(sorted(expected, key=lambda r: r.id))
        if (n * 53 + index * 7 + 3) % 100 >= spec.no_show
    ]
    for batch in range(0, len(coming), 6):
        at = begins - dt.timedelta(minutes=15) + dt.timedelta(minutes=3 * batch // 6)
        services.events.change_statuses(
            event_id,
            [Wanted(i, RegistrationStatus.ATTENDED) for i in coming[batch : batch + 6]],
            at=at,
        )
    for n in range(spec.walk_ins):
        walker = _guest(200 + index * 10 + n)
        services.events.walk_in(
            event_id,
            PersonInput(walker.name, organisation=walker.organisation),
            at=begins + dt.timedelta(minutes=10 + 5 * n),
        )
    services.events.mark_no_shows(event_id, at=ends)


# --- needs, offers and meetings -----------------------------------------------------------

NEED, OFFER = NeedSide.NEED, NeedSide.OFFER


@dataclass(frozen=True)
class _Need:
    key: str
    organisation: str  # a key of COMPANIES or ORGANISATIONS
    side: NeedSide
    category: NeedCategory
    summary: str
    sectors: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()
    status: NeedStatus = NeedStatus.OPEN


_AQUACULTURE = marked("Demo", "aquaculture")
_SEAFOOD = marked("Demo", "seafood")
_MARITIME = marked("Demo", "maritime")
_OCEAN_TECH = marked("Demo", "ocean technology")
_SENSORS = marked("Demo", "sensors")
_CAMERAS = marked("Demo", "underwater cameras")
_DRONES = marked("Demo", "underwater drones")
_NORWAY = marked("Demo", "Norway")

#: What members need and offer: most of them open, pairs the proposals find (a test site,
#: a pilot, capital, competence across clusters, a technology partner), one matched and one
#: closed.
NEEDS: tuple[_Need, ...] = (
    _Need("winter_test", "skjaergard", NEED, NeedCategory.TEST_SITE,
          marked("Demo", "A fish farm where our net-pen camera can be tested through a winter"),
          (_AQUACULTURE,), (_CAMERAS,), (_NORWAY,)),
    _Need("research_farm", "havlab", OFFER, NeedCategory.TEST_SITE,
          marked("Demo", "Our research fish farm for winter tests of cameras and sensors"),
          (_AQUACULTURE,), (_CAMERAS, _SENSORS)),
    _Need("drone_pilot", "dypvann", NEED, NeedCategory.PILOT_CUSTOMER,
          marked("Demo", "A fish farmer to pilot net inspection with our underwater drone"),
          (_AQUACULTURE,), (_DRONES,), (_NORWAY,)),
    _Need("farm_pilot", "stromsund", OFFER, NeedCategory.PILOT_CUSTOMER,
          marked("Demo", "Our farms can pilot net inspection with underwater drones"),
          (_AQUACULTURE,), (_DRONES,)),
    _Need("seed", "havbolge", NEED, NeedCategory.CAPITAL,
          marked("Demo", "Seed capital to take our oxygen sensor into series production"),
          (_AQUACULTURE,), (_SENSORS,)),
    _Need("seed_fund", "kystkapital", OFFER, NeedCategory.CAPITAL,
          marked("Demo", "Seed capital for ocean technology companies ready for production"),
          (_OCEAN_TECH, _AQUACULTURE), (_SENSORS, _DRONES)),
    _Need("seaweed", "tareskog", NEED, NeedCategory.COMPETENCE,
          marked("Demo", "Competence in seaweed processing and food safety"),
          (_SEAFOOD,), (marked("Demo", "seaweed processing"),)),
    _Need("food_safety", "fiskforsk", OFFER, NeedCategory.COMPETENCE,
          marked("Demo", "Research on seafood processing, seaweed and food safety"),
          (_SEAFOOD,), (marked("Demo", "seaweed processing"), marked("Demo", "food safety"))),
    _Need("ship_owners", "nordhavn", NEED, NeedCategory.MARKET_ACCESS,
          marked("Demo", "Introductions to Norwegian ship owners and yards"),
          (_MARITIME,), (), (_NORWAY,)),
    _Need("coast_network", "kystnaering", OFFER, NeedCategory.MARKET_ACCESS,
          marked("Demo", "Introductions to ship owners, yards and fish farmers along the coast"),
          (_MARITIME, _AQUACULTURE), (), (_NORWAY,)),
    _Need("oxygen_data", "havorn", NEED, NeedCategory.TECHNOLOGY_PARTNER,
          marked("Demo", "A sensor maker to feed live oxygen data into our farm software"),
          (_AQUACULTURE,), (_SENSORS, marked("Demo", "software"))),
    _Need("open_sensors", "nordsjo", OFFER, NeedCategory.TECHNOLOGY_PARTNER,
          marked("Demo", "Hydroacoustic sensors with an open data interface for farm software"),
          (_AQUACULTURE,), (_SENSORS, marked("Demo", "hydroacoustics"))),
    _Need("theses", "hogskule", OFFER, NeedCategory.COMPETENCE,
          marked("Demo", "Student projects and master's theses on aquaculture and sensors"),
          (_AQUACULTURE,), (_SENSORS,)),
    _Need("harbour_pilot", "aerfugl", NEED, NeedCategory.PILOT_CUSTOMER,
          marked("Demo", "A municipality to pilot seabed monitoring in its harbour"),
          (), (marked("Demo", "environmental monitoring"),), (_NORWAY,), NeedStatus.MATCHED),
    _Need("harbour", "havbyen", OFFER, NeedCategory.PILOT_CUSTOMER,
          marked("Demo", "Our harbour as a pilot site for environmental monitoring"),
          (), (marked("Demo", "environmental monitoring"),), (), NeedStatus.MATCHED),
    _Need("chilling_line", "isbre", NEED, NeedCategory.TEST_SITE,
          marked("Demo", "A processing line to test our superchilling unit on"),
          (_SEAFOOD,), (marked("Demo", "superchilling"),), (), NeedStatus.CLOSED),
)  # fmt: skip


@dataclass(frozen=True)
class _Meeting:
    """A meeting: ``need`` and ``offer`` are keys of :data:`NEEDS` (from a proposal), or
    ``pair`` two organisations' keys (by hand). At the matchmaking day: ``slot`` minutes
    after 10:00 and ``table``; elsewhere: ``days`` from today at ``clock`` in ``place``."""

    need: str = ""
    offer: str = ""
    pair: tuple[str, str] = ("", "")
    slot: int | None = None
    table: str = ""
    days: int = 0
    clock: _T = _T(13, 0)
    place: str = ""
    status: MeetingStatus = MeetingStatus.HELD
    outcome: MeetingOutcome | None = None
    note: str = ""


_TABLE = marked("Demo", "Table {0}")

MEETINGS: tuple[_Meeting, ...] = (
    _Meeting("winter_test", "research_farm", slot=0, table="1",
             outcome=MeetingOutcome.FOLLOW_UP,
             note=marked("Demo", "Winter test agreed from January; Havlaben sends a test plan.")),
    _Meeting("drone_pilot", "farm_pilot", slot=0, table="2",
             outcome=MeetingOutcome.PROJECT_STARTED,
             note=marked("Demo", "Pilot on two sites this spring, shared by both.")),
    _Meeting("oxygen_data", "open_sensors", slot=0, table="3",
             outcome=MeetingOutcome.FOLLOW_UP),
    _Meeting("seed", "seed_fund", slot=30, table="1", outcome=MeetingOutcome.NO_FIT,
             note=marked("Demo", "Too early for the fund; come back with the first orders.")),
    _Meeting("seaweed", "food_safety", slot=30, table="2", outcome=MeetingOutcome.FOLLOW_UP),
    _Meeting(pair=("blaskjell", "hogskule"), slot=30, table="3"),
    _Meeting("ship_owners", "coast_network", slot=60, table="1",
             status=MeetingStatus.CANCELLED),
    _Meeting("harbour_pilot", "harbour", slot=60, table="2",
             outcome=MeetingOutcome.PROJECT_STARTED,
             note=marked("Demo", "The harbour pilot starts in March.")),
    # Outside the day: before it, after it, and still to come.
    _Meeting("harbour_pilot", "harbour", days=-62, clock=_T(10, 0),
             place=marked("Demo", "Havbyen town hall"), outcome=MeetingOutcome.FOLLOW_UP),
    _Meeting(pair=("havorn", "kystkapital"), days=9, clock=_T(14, 0),
             place=marked("Demo", "Kystkapital's office, Bergen"), status=MeetingStatus.BOOKED),
    _Meeting("ship_owners", "coast_network", days=16, clock=_T(9, 30),
             place=marked("Demo", "Online"), status=MeetingStatus.REQUESTED),
)  # fmt: skip


def _matchmaking(
    services: Services, today: dt.date, organisations: Mapping[str, CompanyRecord]
) -> int:
    """Needs and offers of :data:`NEEDS`, and the meetings of :data:`MEETINGS`: a plan at
    the matchmaking day, held with outcomes, and some outside it. Returns how many
    meetings."""
    needs: dict[str, int] = {}
    for spec in NEEDS:
        made = services.needs.create_need(
            NeedInput(
                organisations[spec.organisation].id,
                spec.side,
                spec.category,
                _demo(spec.summary),
                [_demo(t) for t in spec.sectors],
                [_demo(t) for t in spec.technologies],
                [_demo(t) for t in spec.markets],
            )
        )
        needs[spec.key] = made.id
        if spec.status is NeedStatus.MATCHED:
            services.needs.mark_matched(made.id)
        elif spec.status is NeedStatus.CLOSED:
            services.needs.close_need(made.id)
    (day,) = services.events.list_events(kind=EventKind.MATCHMAKING_DAY)
    first_slot = on_the_clock(day.starts_at.date(), _T(10, 0))
    for meeting in MEETINGS:
        if meeting.slot is not None:
            start = first_slot + dt.timedelta(minutes=meeting.slot)
            event_id, table, place = day.id, _demo(_TABLE).format(meeting.table), ""
        else:
            start = on_the_clock(today + dt.timedelta(days=meeting.days), meeting.clock)
            event_id, table, place = None, "", _demo(meeting.place)
        one, two = meeting.pair
        booked = services.meetings.book(
            MeetingInput(
                start,
                start + dt.timedelta(minutes=25),
                organisation_id=organisations[one].id if one else None,
                counterpart_id=organisations[two].id if two else None,
                need_id=needs[meeting.need] if meeting.need else None,
                offer_id=needs[meeting.offer] if meeting.offer else None,
                event_id=event_id,
                table=table,
                place=place,
            )
        )
        if meeting.status is MeetingStatus.HELD:
            services.meetings.record_outcome(
                booked.id, meeting.outcome, _demo(meeting.note), at=_latest()
            )
        elif meeting.status is not MeetingStatus.BOOKED:
            services.meetings.set_status(booked.id, meeting.status)
    return len(MEETINGS)


@dataclass(frozen=True)
class _Funding:
    """An application to the ``scheme``-th scheme of the catalogue (its seeded order:
    Innovation Norway, IPN, KSP, SkatteFUNN, Siva, Horizon Europe, RFF, county, other),
    decided ``weeks`` before today unless pending."""

    scheme: int
    applied: int
    decision: FundingDecision = FundingDecision.PENDING
    weeks: int = 0
    granted: int | None = None
    reference: str = ""


@dataclass(frozen=True)
class _Project:
    """A joint project: ``area`` the strategic area's place in the list (innovation,
    internationalisation, competence, attractiveness); ``start`` and ``end`` weeks from
    today (None: not set); ``steps`` its timeline, each status and how many weeks ago;
    ``partners`` keys of COMPANIES or ORGANISATIONS and their roles, the first the lead;
    ``meeting`` the two organisations of the matchmaking meeting it came of; ``clusters``
    those added by hand (names of CLUSTERS); ``documents`` links to its documents."""

    title: str
    description: str
    area: int
    steps: tuple[tuple[ProjectStatus, int], ...]
    partners: tuple[tuple[str, PartnerRole, int | None], ...]
    start: int | None = None
    end: int | None = None
    budget: int | None = None
    funding: tuple[_Funding, ...] = ()
    meeting: tuple[str, str] = ("", "")
    clusters: tuple[str, ...] = ()
    documents: tuple[tuple[str, str], ...] = ()


_IDEA, _APPLYING, _GRANTED = ProjectStatus.IDEA, ProjectStatus.APPLYING, ProjectStatus.GRANTED
_RUNNING, _DONE = ProjectStatus.RUNNING, ProjectStatus.COMPLETED
_LEAD, _PARTNER, _RD = PartnerRole.LEAD, PartnerRole.PARTNER, PartnerRole.RD_PARTNER
_YES, _NO = FundingDecision.GRANTED, FundingDecision.REJECTED

#: A dozen projects over three years: most within our cluster, two across clusters (lice
#: counting with Havlaben Vest, a member of Havbruksklyngen Midt too, and the Danish
#: network added by hand for the farms' data it shared; the cold chain with
#: members of Havbruksklyngen Midt and Sjømatklyngen Nord), one rejected, one running on
#: two grants, and the drone pilot that Dypvann Robotikk, in the running cohort, started
#: after the matchmaking day.
PROJECTS: tuple[_Project, ...] = (
    _Project(marked("Demo", "Lice counting with machine vision"),
             marked("Demo", "Cameras in the pens count lice on every fish that passes."),
             0, ((_APPLYING, 140), (_GRANTED, 132), (_RUNNING, 130), (_DONE, 30)),
             (("havbolge", _LEAD, 1_500_000), ("skjaergard", _PARTNER, 500_000),
              ("havlab", _RD, 0)),
             start=-130, end=-30, budget=6_000_000,
             funding=(_Funding(1, 5_000_000, _YES, 132, 4_200_000, "IPN 296513"),),
             clusters=(KATTEGAT,),
             documents=((marked("Demo", "Final report"),
                         "https://vestkyst-ocean.example/prosjekter/lusetelling/sluttrapport.pdf"),
                        (marked("Demo", "Grant letter"),
                         "https://vestkyst-ocean.example/prosjekter/lusetelling/tilsagn.pdf"))),
    _Project(marked("Demo", "Cold chain for fresh fish to Asia"),
             marked("Demo", "Superchilled salmon by sea instead of by air, tested on three "
                            "shipments."),
             1, ((_IDEA, 60), (_APPLYING, 52), (_GRANTED, 44), (_RUNNING, 40)),
             (("isbre", _LEAD, 900_000), ("fjordlaks", _PARTNER, 600_000),
              ("fiskforsk", _RD, 0)),
             start=-40, end=60, budget=4_500_000,
             funding=(_Funding(0, 2_500_000, _YES, 44, 2_500_000, "IN 2024/118"),
                      _Funding(3, 900_000, _YES, 42, 800_000, "SF 341277"))),
    _Project(marked("Demo", "Subsea inspection drone for fish farms"),
             marked("Demo", "A research project on autonomous net inspection."),
             0, ((_IDEA, 70), (_APPLYING, 66), (ProjectStatus.REJECTED, 56)),
             (("dypvann", _LEAD, None), ("stromsund", _PARTNER, None)),
             start=-50, end=54, budget=8_000_000,
             funding=(_Funding(2, 6_000_000, _NO, 56, None, "KSP 300219"),)),
    _Project(marked("Demo", "Drone pilot on two fish farms"),
             marked("Demo", "Dypvann's drone inspects the nets of Strømsund's two sites "
                            "for a season."),
             0, ((_IDEA, 2), (_RUNNING, 1)),
             (("dypvann", _LEAD, 300_000), ("stromsund", _PARTNER, 150_000)),
             start=-1, end=30, budget=900_000,
             funding=(_Funding(6, 450_000),), meeting=("dypvann", "stromsund")),
    _Project(marked("Demo", "Seaweed biomaterials for packaging"),
             marked("Demo", "Trays and film from kelp, tested with a seafood packer."),
             0, ((_APPLYING, 12), (_GRANTED, 3)),
             (("tareskog", _LEAD, 400_000), ("hogskule", _RD, 0)),
             start=4, end=56, budget=2_000_000,
             funding=(_Funding(4, 1_200_000, _YES, 3, 1_000_000, "Siva 22-17"),)),
    _Project(marked("Demo", "Harbour emissions monitoring"),
             marked("Demo", "Sensors on the quay measure what ships emit at berth."),
             3, ((_APPLYING, 16), (_GRANTED, 10), (_RUNNING, 8)),
             (("aerfugl", _LEAD, 200_000), ("havbyen", _PARTNER, 300_000)),
             start=-8, end=44, budget=1_200_000,
             funding=(_Funding(7, 700_000, _YES, 10, 700_000, "VLFK 2025-044"),)),
    _Project(marked("Demo", "Competence for aquaculture technicians"),
             marked("Demo", "Evening courses in sensors and data for farm staff."),
             2, ((_APPLYING, 110), (_GRANTED, 106), (_RUNNING, 104), (_DONE, 56)),
             (("hogskule", _LEAD, 100_000), ("skjaergard", _PARTNER, 50_000),
              ("stromsund", _PARTNER, 50_000)),
             start=-104, end=-56, budget=800_000,
             funding=(_Funding(8, 600_000, _YES, 106, 600_000, ""),)),
    _Project(marked("Demo", "Remote mooring monitoring"),
             marked("Demo", "Load cells on moorings that report by satellite."),
             1, ((_IDEA, 20), (_APPLYING, 6)),
             (("kystvind", _LEAD, None), ("nordsjo", _PARTNER, None)),
             start=20, end=124, budget=12_000_000,
             funding=(_Funding(5, 9_000_000, reference="HORIZON-CL6-2025"),),
             documents=((marked("Demo", "Application draft"),
                         "https://vestkyst-ocean.example/prosjekter/fortoyning/soknad.docx"),)),
    _Project(marked("Demo", "Open ocean data platform"),
             marked("Demo", "Sharing sensor data between farms, openly licensed."),
             0, ((_IDEA, 5),),
             (("havorn", _LEAD, None), ("nordsjo", _PARTNER, None))),
    _Project(marked("Demo", "Shellfish hatchery automation"),
             marked("Demo", "Robots sort and count mussel seed."),
             0, ((_APPLYING, 54), (_RUNNING, 50)),
             (("blaskjell", _LEAD, 700_000), ("skjaergard", _PARTNER, 100_000)),
             start=-50, end=20, budget=1_600_000,
             funding=(_Funding(3, 800_000, _YES, 52, 800_000, "SF 339901"),)),
    _Project(marked("Demo", "Young talent in the coastal industries"),
             marked("Demo", "Summer jobs and school visits; stopped when the county's "
                            "funds were cut."),
             3, ((_IDEA, 104), (_RUNNING, 100), (ProjectStatus.STOPPED, 70)),
             (("hogskule", _LEAD, None), ("havbyen", _PARTNER, None)),
             start=-100, end=-70),
    _Project(marked("Demo", "Hydroacoustic biomass estimation"),
             marked("Demo", "Echo sounders that weigh the fish in a pen."),
             0, ((_APPLYING, 160), (_GRANTED, 152), (_RUNNING, 150), (_DONE, 50)),
             (("nordsjo", _LEAD, 2_000_000), ("hogskule", _RD, 0)),
             start=-150, end=-50, budget=7_500_000,
             funding=(_Funding(1, 5_500_000, _YES, 152, 5_500_000, "IPN 283307"),)),
)  # fmt: skip


def _projects(
    services: Services,
    today: dt.date,
    organisations: Mapping[str, CompanyRecord],
    clusters: Mapping[str, ClusterRecord],
) -> int:
    """The projects of :data:`PROJECTS`, their partners, timelines and funding. Returns how
    many."""
    projects = services.projects
    areas = [a.id for a in projects.strategic_areas(include_retired=True)]
    schemes = [s.id for s in projects.funding_schemes(include_retired=True)]

    def week(n: int | None) -> dt.date | None:
        return None if n is None else today + dt.timedelta(weeks=n)

    for spec in PROJECTS:
        meeting_id = None
        if spec.meeting[0]:
            one, two = (organisations[k].id for k in spec.meeting)
            meeting_id = next(
                m.id
                for m in services.meetings.list_meetings(organisation_id=one)
                if {m.organisation_id, m.counterpart_id} == {one, two}
                and m.outcome is MeetingOutcome.PROJECT_STARTED
            )
        (first, first_weeks), *later = spec.steps
        made = projects.create_project(
            ProjectInput(
                _demo(spec.title),
                _demo(spec.description),
                strategic_area_id=areas[spec.area],
                start_on=week(spec.start),
                end_on=week(spec.end),
                total_budget=spec.budget,
                created_from_meeting_id=meeting_id,
                documents=tuple(DocumentLink(_demo(label), url) for label, url in spec.documents),
                status=first,
                status_on=week(-first_weeks),
            )
        )
        for key, role, share in spec.partners:
            projects.add_partner(made.id, PartnerInput(organisations[key].id, role, share))
        for name in spec.clusters:
            projects.add_cluster(made.id, clusters[name].id)
        for status, weeks in later:
            projects.set_status(made.id, status, on=week(-weeks))
        for f in spec.funding:
            decided = week(-f.weeks) if f.decision is not FundingDecision.PENDING else None
            projects.add_funding(
                made.id,
                FundingInput(schemes[f.scheme], f.applied, f.decision, decided, f.granted,
                             f.reference),
            )  # fmt: skip
    return len(PROJECTS)


# --- outcomes: member figures, collection forms, mentor sessions --------------------------


#: One organisation's member figures for the demo's three years, oldest first (the year
#: two before this one, last year, this year); None: not reported that year. Amounts in
#: kroner. Some organisations leave figures out, and a young company has no baseline,
#: so the outcomes say "missing" where they should.
@dataclass(frozen=True)
class _Figures:
    organisation: str
    revenue: tuple[float | None, float | None, float | None] = (None, None, None)
    export_revenue: tuple[float | None, float | None, float | None] = (None, None, None)
    fte: tuple[float | None, float | None, float | None] = (None, None, None)
    rnd_spend: tuple[float | None, float | None, float | None] = (None, None, None)
    equity_raised: tuple[float | None, float | None, float | None] = (None, None, None)
    grants_raised: tuple[float | None, float | None, float | None] = (None, None, None)
    loans_raised: tuple[float | None, float | None, float | None] = (None, None, None)
    products_launched: tuple[float | None, float | None, float | None] = (None, None, None)
    patents_filed: tuple[float | None, float | None, float | None] = (None, None, None)
    #: The cluster's own figure: tonnes of seafood processed.
    tonnes: tuple[float | None, float | None, float | None] = (None, None, None)
    #: Whether last year's collection form came back (its figures are the form's).
    form_returned: bool = True


_M = 1_000_000
NR: None = None  # not reported

FIGURES: tuple[_Figures, ...] = (
    _Figures(
        "havbolge",
        revenue=(3.2 * _M, 4.6 * _M, 7.9 * _M),
        export_revenue=(0.4 * _M, 1.1 * _M, 2.6 * _M),
        fte=(6, 8.5, 11),
        rnd_spend=(1.9 * _M, 2.4 * _M, 2.8 * _M),
        equity_raised=(NR, NR, 6 * _M),
        grants_raised=(1.2 * _M, 0.8 * _M, NR),
        products_launched=(1, 1, 2),
        patents_filed=(0, 1, 1),
    ),
    _Figures(
        "tareskog",
        revenue=(0.6 * _M, 1.1 * _M, 1.9 * _M),
        fte=(4, 5, 6.5),
        rnd_spend=(1.4 * _M, 1.8 * _M, 2.1 * _M),
        equity_raised=(NR, 3 * _M, NR),
        grants_raised=(2.5 * _M, NR, 1.5 * _M),
        products_launched=(0, 1, 1),
        patents_filed=(1, 0, 1),
    ),
    _Figures(
        "fjordlaks",
        revenue=(48 * _M, 53 * _M, 61 * _M),
        export_revenue=(31 * _M, 35 * _M, 42 * _M),
        fte=(12, 13.5, 16),
        rnd_spend=(0.8 * _M, 1.2 * _M, 1.6 * _M),
        grants_raised=(NR, NR, 0.9 * _M),
        loans_raised=(NR, 6 * _M, NR),
        products_launched=(1, 2, 1),
        patents_filed=(0, 0, 0),
        tonnes=(4200, 4650, 5300),
    ),
    _Figures(
        # Withdrew: nothing reported this year, and last year's form never came back.
        "kystvind",
        revenue=(2.1 * _M, 1.4 * _M, NR),
        fte=(6, 7, NR),
        rnd_spend=(1.1 * _M, 0.9 * _M, NR),
        grants_raised=(0.5 * _M, NR, NR),
        form_returned=False,
    ),
    _Figures(
        "blaskjell",
        revenue=(0.2 * _M, 0.5 * _M, 1.2 * _M),
        fte=(2, 3, 4.5),
        rnd_spend=(0.6 * _M, 0.9 * _M, 1.3 * _M),
        equity_raised=(NR, NR, 2.5 * _M),
        grants_raised=(NR, 0.4 * _M, 1 * _M),
        products_launched=(0, 0, 1),
    ),
    _Figures(
        "stromsund",
        revenue=(5.5 * _M, 6.8 * _M, 9.4 * _M),
        export_revenue=(1.2 * _M, 1.9 * _M, 3.3 * _M),
        fte=(7, 8, 10),
        rnd_spend=(2.2 * _M, 2.6 * _M, 3.1 * _M),
        equity_raised=(NR, NR, 4 * _M),
        products_launched=(1, 1, 2),
        patents_filed=(0, 1, 0),
    ),
    _Figures(
        "dypvann",
        revenue=(4.1 * _M, 5.2 * _M, 6 * _M),
        export_revenue=(0.8 * _M, 1.5 * _M, 2.2 * _M),
        fte=(9, 10.5, 12),
        rnd_spend=(3.5 * _M, 4.4 * _M, 5 * _M),
        equity_raised=(NR, 12 * _M, NR),
        grants_raised=(1.5 * _M, NR, 2 * _M),
        products_launched=(0, 1, 1),
        patents_filed=(1, 1, 2),
    ),
    _Figures(
        # This year's revenue is not known yet: only the head count is in.
        "nordsjo",
        revenue=(8.9 * _M, 9.6 * _M, NR),
        export_revenue=(3.1 * _M, 3.8 * _M, NR),
        fte=(9, 10, 11),
        rnd_spend=(1.6 * _M, 1.9 * _M, NR),
        products_launched=(1, 1, NR),
    ),
    _Figures(
        "aerfugl",
        revenue=(0.9 * _M, 1.3 * _M, 1.8 * _M),
        fte=(3, 4, 5),
        rnd_spend=(0.7 * _M, 0.8 * _M, 1 * _M),
        grants_raised=(NR, NR, 0.6 * _M),
    ),
    _Figures(
        "skjaergard",
        revenue=(14 * _M, 16.5 * _M, 18.2 * _M),
        export_revenue=(6 * _M, 7.8 * _M, 9.1 * _M),
        fte=(10, 11, 12.5),
        rnd_spend=(1 * _M, 1.4 * _M, 1.9 * _M),
        loans_raised=(NR, NR, 3 * _M),
        products_launched=(1, 0, 1),
    ),
    _Figures(
        # Two years old: no figures before this year, so no baseline.
        "havorn",
        revenue=(NR, NR, 0.3 * _M),
        fte=(NR, NR, 3),
        grants_raised=(NR, NR, 0.45 * _M),
        form_returned=False,
    ),
    _Figures(
        "isbre",
        revenue=(22 * _M, 24.5 * _M, 27 * _M),
        export_revenue=(9 * _M, 10 * _M, 12.5 * _M),
        fte=(15, 16, 17.5),
        rnd_spend=(1.1 * _M, 1.3 * _M, 1.8 * _M),
        loans_raised=(4 * _M, NR, NR),
        products_launched=(1, 1, 2),
        tonnes=(2100, 2300, 2650),
    ),
    _Figures(
        "nordhavn",
        revenue=(7.5 * _M, 8.2 * _M, 9.9 * _M),
        fte=(8, 9, 9.5),
        rnd_spend=(2.4 * _M, 2.7 * _M, 3 * _M),
        equity_raised=(NR, NR, 5 * _M),
    ),
    # Research institutes, the university college and the others report fewer figures.
    _Figures(
        "havlab",
        revenue=(180 * _M, 192 * _M, NR),
        fte=(150, 155, 158),
        rnd_spend=(95 * _M, 101 * _M, 108 * _M),
        grants_raised=(41 * _M, 44 * _M, 47 * _M),
        patents_filed=(1, 0, 2),
    ),
    _Figures(
        "fiskforsk",
        fte=(80, 82, 85),
        rnd_spend=(52 * _M, 55 * _M, NR),
        grants_raised=(23 * _M, 25 * _M, NR),
        tonnes=(NR, 40, 55),
    ),
    _Figures("hogskule", fte=(NR, 610, 640), form_returned=False),
    _Figures("kystkapital", revenue=(9 * _M, 11 * _M, 12 * _M), fte=(5, 6, 6)),
    _Figures("kystnaering", fte=(3.5, 4, 4), revenue=(4.2 * _M, 4.4 * _M, 4.6 * _M)),
)

_TONNES = marked("Demo", "Tonnes of seafood processed")

#: What a mentor and a company talked about, and what they agreed to do next.
SESSION_TOPICS: tuple[tuple[str, str], ...] = (
    (
        marked("Demo", "Customer interviews: who to call first"),
        marked("Demo", "Book five interviews with fish farmers before the next session."),
    ),
    (
        marked("Demo", "Pricing of the pilot for the first customer"),
        marked("Demo", "Draft a price sheet with two options and send it to me."),
    ),
    (
        marked("Demo", "Export to Scotland and the Faroe Islands"),
        marked("Demo", "Ask Innovation Norway's office in London about distributors."),
    ),
    (
        marked("Demo", "Pitch deck for the seed round"),
        marked("Demo", "Cut the deck to twelve slides; put the market size up front."),
    ),
    (
        marked("Demo", "Application to the Research Council"),
        marked("Demo", "Find a research partner for the work package on sensor drift."),
    ),
    (
        marked("Demo", "Shareholders' agreement and board"),
        marked("Demo", "Talk to the lawyer; propose two outside board members."),
    ),
    (
        marked("Demo", "Sea trial plan for the spring"),
        marked("Demo", "Confirm the test site with Havlaben Vest and book the boat."),
    ),
    (
        marked("Demo", "Hiring a sales lead"),
        marked("Demo", "Write the job ad; I will share it in my network."),
    ),
    (
        marked("Demo", "Patent search and freedom to operate"),
        marked("Demo", "Send the claims draft to the patent agent by Friday."),
    ),
    (
        marked("Demo", "Budget and cash flow for the next 18 months"),
        marked("Demo", "Update the cash-flow sheet with the grant payments."),
    ),
)

#: The kinds of session and their usual length in minutes, in turn.
_SESSION_KINDS: tuple[tuple[SessionKind, int], ...] = (
    (SessionKind.MEETING, 90),
    (SessionKind.CALL, 30),
    (SessionKind.MEETING, 60),
    (SessionKind.WORKSHOP, 180),
    (SessionKind.CALL, 45),
)


class _Forms(Service):
    """The collection forms the demo's coordinator sent last year and this year, and when
    they came back (the forms themselves were e-mailed long ago: no files)."""

    def issue(self, forms: list[tuple[int, int, dt.datetime, dt.datetime | None]]) -> None:
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._write() as s:
            for organisation_id, year, issued_at, collected_at in forms:
                token = hashlib.sha256(f"demo:{organisation_id}:{year}".encode()).hexdigest()
                s.add(
                    KpiForm(
                        organisation_id=organisation_id,
                        year=year,
                        token=token[:32],
                        issued_at=issued_at,
                        issued_by_id=self.actor.user_id,
                        collected_at=collected_at,
                    )
                )


def _outcomes(
    services: Services,
    today: dt.date,
    cohorts: Mapping[CohortStatus, CohortRecord],
    organisations: Mapping[str, CompanyRecord],
    users: Mapping[str, UserRecord],
) -> tuple[int, int]:
    """Three years of member figures (with the cluster's own figure and the forms they
    came in on), the mentors' capacity and their sessions with every enrolled company.
    Returns (figures, sessions)."""
    this_year = today.year
    # The finished cohort's baseline is the year before it started: two years ago, or
    # three in January; that year repeats the oldest figures a little lower.
    first = min(this_year - 2, cohorts[CohortStatus.FINISHED].start_date.year - 1)
    years = list(range(first, this_year + 1))
    field = next(
        (f for f in services.figures.custom_fields() if f.name == _demo(_TONNES)), None
    ) or services.figures.add_field(_demo(_TONNES), KpiUnit.COUNT)
    coordinator = users["ingrid"]
    now = _latest()
    sent = min(dt.datetime(this_year, 1, 20, 8, 30, tzinfo=dt.UTC), now)
    forms: list[tuple[int, int, dt.datetime, dt.datetime | None]] = []
    count = 0
    for n, spec in enumerate(FIGURES):
        organisation = organisations[spec.organisation]
        back = sent + dt.timedelta(days=12 + 3 * n)
        returned = spec.form_returned and back <= now
        forms.append((organisation.id, this_year - 1, sent, back if returned else None))
        for year in years:
            index = max(0, 2 - (this_year - year))
            scale = 0.9 if this_year - year > 2 else 1.0
            values: dict[str, float | None] = {
                metric.value: getattr(spec, metric.value)[index] for metric in KpiMetric
            }
            values[custom_key(field.id)] = spec.tonnes[index]
            known = {
                key: round(value * scale, 1 if key == KpiMetric.FTE.value else 0)
                for key, value in values.items()
                if value is not None
            }
            if not known:
                continue
            source = (
                KpiSource.IMPORTED
                if year < this_year - 1
                else KpiSource.FORM
                if year == this_year - 1 and returned
                else KpiSource.ENTERED
            )
            services.figures.record(organisation.id, year, known, source=source)
            count += len(known)
    # This year's forms went to the running cohort's companies a week ago.
    for n, enrolment in enumerate(
        services.enrolments.list_enrolments(cohort_id=cohorts[CohortStatus.RUNNING].id)
    ):
        forms.append((enrolment.company_id, this_year, now - dt.timedelta(days=7, hours=n), None))
    _Forms(services.db, replace(services.actor, user_id=coordinator.id)).issue(forms)

    for name, hours, companies in (("bjorn", 20, 4), ("solveig", 16, 3), ("havard", 24, None)):
        services.sessions.set_capacity(users[name].id, hours, companies)

    sessions = 0
    for position, status in enumerate((CohortStatus.FINISHED, CohortStatus.RUNNING)):
        cohort = cohorts[status]
        last = min(cohort.end_date, today - dt.timedelta(days=2))
        for n, enrolment in enumerate(services.enrolments.list_enrolments(cohort_id=cohort.id)):
            mentors = [m.user_id for m in enrolment.mentors]
            until = enrolment.status_changed_on or last
            day = enrolment.joined_on + dt.timedelta(days=4 + n % 3)
            turn = 0
            while day <= min(until, last) and mentors:
                kind, minutes = _SESSION_KINDS[(turn + n) % len(_SESSION_KINDS)]
                topic, follow_ups = SESSION_TOPICS[(3 * n + turn + position) % len(SESSION_TOPICS)]
                services.sessions.log_session(
                    SessionInput(
                        enrolment.id,
                        day,
                        minutes,
                        kind,
                        _demo(topic),
                        _demo(follow_ups),
                        mentor_id=mentors[turn % len(mentors)],
                    ),
                    today=today,
                )
                sessions += 1
                turn += 1
                day += dt.timedelta(days=19 + 4 * ((n + turn) % 3))
    return count, sessions


def _latest() -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)


__all__ = ["DEMO_PROGRAMME", "DEMO_USERS", "DemoResult", "DemoUser", "load_demo"]
