#!/usr/bin/env python3
"""Build a large, realistic Accelerator database fast, for benchmarks and for trying the UI.

    python benchmarks/make_data.py OUT.db --scale medium
    python benchmarks/make_data.py OUT.db --companies 10000 --assessments 200000 --seed 1

The schema comes from the program's own migrations (``open_database``); the rows are
then written with plain ``sqlite3`` ``executemany`` in one transaction, in batches, so
that a million assessments (six million scores) need no more than a few hundred MB.

The same ``--seed`` and ``--today`` give the same database, row for row. ``--today``
(default: the real date) decides which cohorts are finished, running or planned.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import math
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))

from accelerator.domain.enums import (  # noqa: E402
    MILESTONE_CATEGORIES,
    AssessmentKind,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    Role,
)

# --- sizes ------------------------------------------------------------------------------

SCALES: dict[str, tuple[int, int]] = {
    "small": (100, 1_000),
    "medium": (10_000, 200_000),
    "large": (100_000, 1_000_000),
}
COMPANIES_PER_MENTOR = 50
COHORT_SIZE = (20, 40)
COHORTS_PER_PROGRAMME = 30
MIN_PROGRAMMES = 4
SECOND_ENROLMENT_SHARE = 0.15
FOREIGN_SHARE = 0.02
YEARS_OF_HISTORY = 10
PLANNED_DAYS_AHEAD = 100
BATCH_COMPANIES = 5_000
BATCH_ASSESSMENTS = 20_000
DEFAULT_FRAMEWORK_KEY = "default-readiness"  # what FrameworkService.ensure_default looks for

# Enum values as stored (the lowercase .value strings).
BASELINE, PROGRESS, FINAL = (k.value for k in AssessmentKind)
PLANNED, RUNNING, FINISHED = (s.value for s in CohortStatus)
ACTIVE, GRADUATED, WITHDRAWN = (s.value for s in EnrolmentStatus)
NOT_STARTED = MilestoneStatus.NOT_STARTED.value
IN_PROGRESS = MilestoneStatus.IN_PROGRESS.value
DONE = MilestoneStatus.DONE.value
BLOCKED = MilestoneStatus.BLOCKED.value
NOT_APPLICABLE = MilestoneStatus.NOT_APPLICABLE.value

# --- words ------------------------------------------------------------------------------

NAME_PREFIXES = (
    "Hav", "Fjord", "Nord", "Sjø", "Bølge", "Tare", "Laks", "Kyst", "Vik", "Skjær", "Øy",
    "Ål", "Dyp", "Strøm", "Fisk", "Blå", "Kvit", "Mår", "Brygge", "Tind", "Fyr", "Flo",
    "Fjære", "Sild", "Torsk", "Krill", "Reke", "Skarv", "Måke", "Lind", "Vær", "Nau", "Is",
    "Polar", "Aust", "Vest", "Sør", "Bris", "Lofot", "Senja", "Stad", "Frøya", "Hitra",
    "Karmøy", "Bømlo", "Smøla", "Ærfugl", "Ørn", "Ørret", "Tråd", "Gnist", "Løfte", "Brå",
    "Kveite", "Sei", "Makrell", "Sjøgress", "Tang", "Fløyte", "Kjøl",
)  # fmt: skip
NAME_STEMS = (
    "teknikk", "vekst", "marin", "data", "lab", "kraft", "havn", "fangst", "tech", "næring",
    "verk", "produkt", "nett", "sensor", "robotikk", "energi", "bio", "miljø", "foods",
    "systems", "analyse", "drift", "montasje", "sjømat", "akva", "dynamikk", "optikk",
    "kontroll", "logistikk", "solutions", "gård", "smie", "fôr", "nøt", "bøye",
)  # fmt: skip
NAME_WORDS = (
    "Subsea", "Marine", "Ocean", "Aqua", "Innovasjon", "Robotics", "Analytics", "Offshore",
    "Sjømat", "Teknologi", "Maritime", "Energy", "Solutions", "Fiskeri", "Havbruk",
)  # fmt: skip
PLACES = (
    "Bergen", "Ålesund", "Tromsø", "Trondheim", "Stavanger", "Bodø", "Haugesund",
    "Kristiansand", "Molde", "Florø", "Kristiansund", "Hammerfest", "Sandnessjøen", "Førde",
)  # fmt: skip
FIRST_NAMES = (
    "Ola", "Kari", "Bjørn", "Åse", "Håkon", "Øystein", "Ingrid", "Sigrid", "Solveig",
    "Ragnhild", "Pål", "Tor", "Nils", "Marit", "Jørgen", "Even", "Sindre", "Vegard", "Åsmund",
    "Tuva", "Eirik", "Siri", "Mathias", "Jonas", "Emma", "Nora", "Sofie", "Ida", "Hanne",
    "Linn", "Kjersti", "Trond", "Geir", "Knut", "Arne", "Stian", "Magnus", "Henrik", "Ståle",
    "Ørjan", "Mette", "Randi", "Gro", "Torunn", "Bård", "Frode", "Terje", "Hege", "Silje",
    "Synnøve", "Dag", "Sølvi", "Åshild", "Jens", "Maren", "Ingvild", "Kristoffer", "Thea",
    "Aslak", "Birgitte", "Ahmed", "Fatima", "Piotr", "Anna", "Mohammed", "Elif",
)  # fmt: skip
LAST_NAMES = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Strand", "Solberg", "Bakken", "Kvalheim", "Sæther", "Røed", "Løvås",
    "Nygård", "Aasen", "Brekke", "Myklebust", "Vik", "Tveit", "Fosse", "Øverland",
    "Ødegård", "Bjørnstad", "Skålnes", "Grønås", "Håland", "Ulvestad", "Åsheim", "Mæland",
)  # fmt: skip
SECTORS = (
    "Aquaculture", "Seafood processing", "Fisheries", "Subsea technology", "Offshore wind",
    "Maritime services", "Shipping", "Marine biotechnology", "Ocean data and sensors",
    "Ocean energy", "Marine ingredients", "Port and logistics",
)  # fmt: skip
CLUSTERS = (
    "GCE Ocean Technology", "NCE Seafood Innovation", "GCE Subsea", "NCE Maritime CleanTech",
    "GCE Blue Maritime", "NCE Aquaculture", "Arena Ocean Hyway", "BioMarin Cluster",
    "Arena Havrom", "Nordic Edge",
)  # fmt: skip
TECHNOLOGY_FOCUS = (
    "Autonomous underwater vehicles", "Fish health monitoring with machine vision",
    "Hydrogen-powered work boats", "Closed and semi-closed fish farm pens",
    "Seaweed cultivation and processing", "Subsea power distribution",
    "Remote inspection with drones", "Traceability of seafood through the value chain",
    "Novel fish feed from insects and algae", "Acoustic sensors for ocean monitoring",
    "Battery systems for coastal ferries", "Digital twins of offshore installations",
    "Lice treatment without chemicals", "Mooring systems for floating wind",
    "Processing by-products into marine ingredients", "Satellite-based vessel tracking",
    "Robotic net cleaning", "Carbon capture at sea", "Cold chain logistics for fresh fish",
    "Smart buoys and ocean data platforms",
)  # fmt: skip
MARKETS = (
    "fish farmers", "offshore operators", "ship owners", "seafood exporters", "ports",
    "wind farm developers", "research institutes", "the processing industry",
)  # fmt: skip
LEADER_ROLES = ("Daglig leder", "CEO")
CONTACT_ROLES = (
    "CTO", "Styreleder", "CFO", "Teknisk sjef", "Salgssjef", "COO", "Forretningsutvikler",
    "Produktsjef", "Gründer",
)  # fmt: skip
FOREIGN_COUNTRIES = (
    ("Sweden", "AB"), ("Denmark", "ApS"), ("Finland", "Oy"), ("Iceland", "ehf"),
    ("United Kingdom", "Ltd"), ("Netherlands", "BV"), ("Germany", "GmbH"),
)  # fmt: skip

# name, cluster, pilot milestone title, description
PROGRAMME_THEMES = (
    ("Ocean Technology Accelerator", "GCE Ocean Technology", "Sea trial of the prototype",
     "Twelve months from prototype to first sea-going customer."),
    ("Seafood Innovation Programme", "NCE Seafood Innovation",
     "Pilot with a seafood producer", "New products and processes for the seafood industry."),
    ("Subsea Venture Lab", "GCE Subsea", "Field test with an operator",
     "Subsea suppliers taking new technology to the operators."),
    ("Maritime CleanTech Booster", "NCE Maritime CleanTech", "Pilot installation on a vessel",
     "Low- and zero-emission solutions for ships and ports."),
    ("Aquaculture Growth Programme", "NCE Aquaculture", "Pilot at a fish farm",
     "Fish health, feed and farming technology."),
    ("Offshore Wind Launchpad", "GCE Ocean Technology", "Demonstration with a developer",
     "Suppliers for bottom-fixed and floating offshore wind."),
    ("Blue Biotech Incubator", "BioMarin Cluster", "Pilot batch with a customer",
     "Marine ingredients, enzymes and bioprocessing."),
    ("Ocean Data Accelerator", "Arena Havrom", "Data pilot with a paying user",
     "Sensors, data platforms and analytics for the ocean space."),
)  # fmt: skip

# title, category index into MILESTONE_CATEGORIES, description, due offset in weeks;
# None as title is replaced by the programme's own pilot milestone.
TEMPLATE: tuple[tuple[str | None, int, str, int], ...] = (
    ("Customer discovery: 20 interviews", 0,
     "Talk to at least twenty potential customers and write down what they said.", 3),
    ("Value proposition and pricing hypothesis", 1,
     "One page: who pays, for what, and how much.", 6),
    ("Technology roadmap to the next TRL", 2,
     "Plan the steps, cost and risk from today's readiness level to the next.", 9),
    ("IP strategy and freedom-to-operate check", 3,
     "What is protected, what can be, and what others already own.", 12),
    ("Key hire or advisory board in place", 4,
     "The missing competence on the team, employed or as an adviser.", 15),
    (None, 0, "A signed agreement for a pilot with a real customer.", 19),
    ("Funding plan and investor pipeline", 5,
     "How much, from whom, and when; public grants and private capital.", 23),
    ("Pitch at demo day", 5, "A ten-minute investor pitch with the latest numbers.", 27),
)  # fmt: skip

FALLBACK_DIMENSIONS = (
    ("customer", "Customer readiness"),
    ("technology", "Technology readiness"),
    ("business_model", "Business model readiness"),
    ("ip", "IP readiness"),
    ("team", "Team readiness"),
    ("funding", "Funding readiness"),
)
FALLBACK_LEVEL_TITLES = (
    "Idea",
    "Problem understood",
    "Concept described",
    "First validation",
    "Prototype tested",
    "Pilot running",
    "First sales",
    "Scaling up",
    "Established",
)
REASON_PHRASES = (
    "based on the interviews held since the last session",
    "confirmed in the workshop with the mentor",
    "evidence shared in the data room",
    "as discussed at the monthly check-in",
    "supported by signed letters of intent",
    "pilot results not yet documented",
    "needs more external validation",
    "progress slower than planned this period",
    "the team's own view; not yet verified",
    "shown in the updated pitch deck",
    "unchanged since the previous assessment",
    "moved after the board meeting",
    "a key person left the team",
    "a customer pulled out of the pilot",
    "grant application approved",
    "patent application filed",
)
NOTES = (
    "",
    "",
    "Good momentum; the team is focused.",
    "Strong technology, weak commercial side.",
    "The founders disagree on the direction; follow up.",
    "Waiting for the results of the sea trial.",
    "Investor meetings planned for next month.",
    "Lost a pilot customer, looking for a replacement.",
    "Cash is tight; runway about four months.",
    "Very coachable team, moving fast.",
    "Discussed pricing and the first sales contract.",
    "Hired a CTO since last time.",
)
NEXT_STEPS = (
    "",
    "Book five more customer interviews.",
    "Prepare the investor pitch and send it to the mentor.",
    "Apply for an Innovation Norway grant.",
    "Write the IP strategy with the patent attorney.",
    "Sign the pilot agreement.",
    "Recruit a sales lead.",
    "Update the financial model.",
    "Plan the sea trial with the test centre.",
)
WITHDRAWAL_REASONS = (
    "No capacity in the team to follow the programme.",
    "The company was acquired.",
    "Pivoted away from the ocean industries.",
    "Ran out of funding.",
    "Joined another programme instead.",
)
EVIDENCE = (
    "Interview notes in the shared folder.",
    "Signed letter of intent.",
    "Report uploaded to the data room.",
    "Presented at the cohort meeting.",
    "Contract signed.",
    "",
)
BLOCKED_REASONS = (
    "Waiting for the customer's approval.",
    "The test facility is fully booked.",
    "Needs funding first.",
    "Key person on leave.",
)

TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})
ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)

# --- the plan of the world, kept in memory (small: one object per enrolment at most) -------


@dataclass(frozen=True)
class Options:
    out: Path
    companies: int
    assessments: int
    seed: int
    force: bool
    today: dt.date


@dataclass(frozen=True)
class DimensionInfo:
    id: int
    key: str
    name: str
    level_titles: tuple[str, ...]  # index 0 is level 1


@dataclass(frozen=True)
class TemplateItemInfo:
    id: int
    position: int
    title: str
    category: str
    description: str
    due_offset_weeks: int


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    name: str
    cluster: str
    template: tuple[TemplateItemInfo, ...]


@dataclass(slots=True)
class CohortInfo:
    id: int
    programme: ProgrammeInfo
    start: int  # date ordinal
    end: int
    status: str
    mentors: tuple[int, ...]


@dataclass(slots=True)
class EnrolmentInfo:
    id: int
    cohort: CohortInfo
    company_id: int
    joined: int
    status: str
    status_changed: int | None
    mentors: tuple[int, ...]

    def last_active_day(self, today: int) -> int:
        """The last day on which the company was in the programme (and could be assessed)."""
        last = min(self.cohort.end, today)
        if self.status == WITHDRAWN and self.status_changed is not None:
            last = min(last, self.status_changed)
        return max(last, self.cohort.start)


@dataclass
class World:
    rng: random.Random
    today: int
    span_start: int
    times: tuple[str, ...]
    framework_id: int = 0
    dimensions: list[DimensionInfo] = field(default_factory=list)
    mentor_ids: list[int] = field(default_factory=list)
    programmes: list[ProgrammeInfo] = field(default_factory=list)
    cohorts: list[CohortInfo] = field(default_factory=list)
    enrolments: list[EnrolmentInfo] = field(default_factory=list)
    first_joined: dict[int, int] = field(default_factory=dict)  # company id -> ordinal
    clusters: dict[str, int] = field(default_factory=dict)  # name -> id
    first_tier: dict[int, int] = field(default_factory=dict)  # cluster id -> its first tier

    def stamp(self, day: int) -> str:
        """A naive-UTC timestamp during working hours on ``day``."""
        return f"{iso(day)} {self.times[self.rng.randrange(len(self.times))]}"


# --- small helpers ------------------------------------------------------------------------

_ISO: dict[int, str] = {}


def iso(day: int) -> str:
    """'YYYY-MM-DD' for a date ordinal (cached: there are only a few thousand days)."""
    text = _ISO.get(day)
    if text is None:
        text = _ISO[day] = dt.date.fromordinal(day).isoformat()
    return text


def time_pool(rng: random.Random, size: int = 4096) -> tuple[str, ...]:
    """Times of day between 06:00 and 18:00 UTC, as 'HH:MM:SS.ffffff'."""
    times = []
    for _ in range(size):
        second = rng.randrange(6 * 3600, 18 * 3600)
        times.append(
            f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}."
            f"{rng.randrange(1_000_000):06d}"
        )
    return tuple(times)


def ascii_slug(text: str) -> str:
    """'Sjøteknikk Bergen AS' -> 'sjoteknikkbergen' (for e-mail addresses and web sites)."""
    plain = text.translate(TRANSLITERATE).lower()
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def org_check_digit(first_eight: str) -> int | None:
    """The mod-11 check digit of a Norwegian organisation number, or None if there is none."""
    remainder = sum(w * int(d) for w, d in zip(ORG_WEIGHTS, first_eight, strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    return None if check == 10 else check


def new_org_number(rng: random.Random, used: set[int]) -> str:
    """A unique, valid nine-digit organisation number starting with 8 or 9."""
    while True:
        base = str(rng.randrange(80_000_000, 100_000_000))
        check = org_check_digit(base)
        if check is None:
            continue
        number = int(base) * 10 + check
        if number not in used:
            used.add(number)
            return str(number)


def weighted(rng: random.Random, values: Sequence[int], weights: Sequence[int]) -> int:
    return rng.choices(values, weights)[0]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


class Writer:
    """Runs the INSERTs and counts the rows per table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = {}

    def insert(
        self, table: str, columns: Sequence[str], rows: Iterable[tuple[object, ...]]
    ) -> None:
        cursor = self.conn.executemany(insert_sql(table, columns), rows)
        self.counts[table] = self.counts.get(table, 0) + max(cursor.rowcount, 0)


# --- framework ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FrameworkData:
    key: str
    name: str
    version: int
    description: str
    licence: str
    dimensions: tuple[tuple[str, str, str, tuple[tuple[int, str, str], ...]], ...]


def load_framework() -> FrameworkData:
    """The bundled default framework if there is one, else six placeholder dimensions."""
    from accelerator.domain.framework_file import (
        FrameworkFileError,
        default_framework_path,
        load_framework_file,
    )

    path = default_framework_path()
    if path.exists():
        try:
            spec = load_framework_file(path)
        except FrameworkFileError as error:
            print(f"warning: {error}\nreading it leniently", file=sys.stderr)
            return lenient_framework(path)
        else:
            return FrameworkData(
                key=spec.key,
                name=spec.name,
                version=spec.version,
                description=spec.description,
                licence=spec.licence,
                dimensions=tuple(
                    (
                        d.key,
                        d.name,
                        d.description,
                        tuple((lv.level, lv.title, lv.description) for lv in d.levels),
                    )
                    for d in spec.dimensions
                ),
            )
    return placeholder_framework()


def lenient_framework(path: Path) -> FrameworkData:
    """The file's dimensions read as plain JSON; placeholders where that fails too."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        dimensions = tuple(
            (
                str(d["key"]),
                str(d["name"]),
                str(d.get("description", "")),
                tuple(
                    (int(lv["level"]), str(lv["title"]), str(lv.get("description", "")))
                    for lv in d["levels"]
                    if 1 <= int(lv["level"]) <= 9
                ),
            )
            for d in data["dimensions"]
        )
        if not dimensions:
            raise ValueError("no dimensions")
        return FrameworkData(
            key=str(data.get("key", DEFAULT_FRAMEWORK_KEY)),
            name=str(data.get("name", "Readiness levels")),
            version=int(data.get("version", 1)),
            description=str(data.get("description", "")),
            licence=str(data.get("licence", "")),
            dimensions=dimensions,
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"warning: {path} unusable ({error}); using placeholders", file=sys.stderr)
        return placeholder_framework()


def placeholder_framework() -> FrameworkData:
    dimensions = tuple(
        (
            key,
            name,
            f"How far the company has come on {name.lower().removesuffix(' readiness')}.",
            tuple(
                (level, title, f"{name}, level {level}: {title.lower()} (placeholder text).")
                for level, title in enumerate(FALLBACK_LEVEL_TITLES, start=1)
            ),
        )
        for key, name in FALLBACK_DIMENSIONS
    )
    return FrameworkData(
        key=DEFAULT_FRAMEWORK_KEY,
        name="Readiness levels (placeholder)",
        version=1,
        description="Generated by benchmarks/make_data.py.",
        licence="",
        dimensions=dimensions,
    )


def write_framework(world: World, writer: Writer, data: FrameworkData) -> None:
    world.framework_id = 1
    created = world.stamp(world.span_start - 120)
    writer.insert(
        "readiness_frameworks",
        ("id", "key", "version", "name", "description", "licence", "created_at"),
        [(1, data.key, data.version, data.name, data.description, data.licence, created)],
    )
    dimension_rows: list[tuple[object, ...]] = []
    level_rows: list[tuple[object, ...]] = []
    for position, (key, name, description, levels) in enumerate(data.dimensions, start=1):
        dimension_rows.append((position, 1, key, name, description, position))
        level_rows.extend((position, level, title, text) for level, title, text in levels)
        titles = {level: title for level, title, _ in levels}
        world.dimensions.append(
            DimensionInfo(
                id=position,
                key=key,
                name=name,
                level_titles=tuple(titles.get(lv, f"Level {lv}") for lv in range(1, 10)),
            )
        )
    writer.insert(
        "dimensions",
        ("id", "framework_id", "key", "name", "description", "position"),
        dimension_rows,
    )
    writer.insert(
        "level_descriptors", ("dimension_id", "level", "title", "description"), level_rows
    )


# --- programmes and cohorts ---------------------------------------------------------------


def programme_names(count: int) -> list[tuple[str, str, str, str]]:
    """The themes first, then each theme again for one region after another."""
    found = list(PROGRAMME_THEMES[:count])
    for place in PLACES:
        for name, cluster, pilot, description in PROGRAMME_THEMES:
            if len(found) >= count:
                return found
            found.append((f"{name} {place}", cluster, pilot, f"{description} Based in {place}."))
    return found[:count]


CLUSTER_TIERS = ("Member", "Partner", "Associate", "Owner")
#: Companies that have left their home cluster's membership since.
LEFT_CLUSTER_SHARE = 0.08


def cluster_level(name: str) -> str:
    for prefix, level in (("GCE ", "gce"), ("NCE ", "nce"), ("Arena ", "arena")):
        if name.startswith(prefix):
            return level
    return "other"


def write_clusters(world: World, writer: Writer) -> None:
    """Every cluster a programme runs in (ours) or a company names, with the usual tiers."""
    ours = {theme[1] for theme in PROGRAMME_THEMES}
    names = sorted(ours | set(CLUSTERS))
    created = world.stamp(world.span_start - 400)
    rows = []
    tier_rows = []
    for cid, name in enumerate(names, start=1):
        world.clusters[name] = cid
        rows.append((cid, name, "", cluster_level(name), "", "", int(name in ours), created))
        for position, tier in enumerate(CLUSTER_TIERS):
            tier_id = len(tier_rows) + 1
            world.first_tier.setdefault(cid, tier_id)
            tier_rows.append((tier_id, cid, tier, position))
    writer.insert(
        "clusters",
        ("id", "name", "short_name", "level", "region", "website", "ours", "created_at"),
        rows,
    )
    writer.insert("cluster_tiers", ("id", "cluster_id", "name", "position"), tier_rows)


def write_programmes(world: World, writer: Writer, count: int) -> None:
    rng = world.rng
    programme_rows = []
    item_rows = []
    item_id = 0
    for pid, (name, cluster, pilot, description) in enumerate(programme_names(count), start=1):
        items = []
        for position, (title, category, text, weeks) in enumerate(TEMPLATE, start=1):
            item_id += 1
            item = TemplateItemInfo(
                item_id, position, title or pilot, MILESTONE_CATEGORIES[category], text, weeks
            )
            items.append(item)
            item_rows.append((item.id, pid, position, item.title, item.category, text, weeks, 0))
        world.programmes.append(ProgrammeInfo(pid, name, cluster, tuple(items)))
        created = world.stamp(world.span_start - rng.randrange(30, 200))
        interval = rng.choice((4, 6, 6, 6, 8))
        programme_rows.append(
            (
                pid,
                name,
                world.clusters[cluster],
                description,
                world.framework_id,
                interval,
                0,
                created,
            )  # fmt: skip
        )
    writer.insert(
        "programmes",
        (
            "id", "name", "cluster_id", "description", "framework_id",
            "assessment_interval_weeks", "archived", "created_at",
        ),
        programme_rows,
    )  # fmt: skip
    writer.insert(
        "milestone_template_items",
        (
            "id", "programme_id", "position", "title", "category", "description",
            "due_offset_weeks", "retired",
        ),
        item_rows,
    )  # fmt: skip


def cohort_sizes(rng: random.Random, total: int) -> list[int]:
    """Cohorts of 20-40 companies that add up to ``total`` (a small rest joins the last)."""
    sizes: list[int] = []
    left = total
    while left > 0:
        size = min(rng.randint(*COHORT_SIZE), left)
        if size < COHORT_SIZE[0] // 2 and sizes:
            sizes[-1] += size
        else:
            sizes.append(size)
        left -= size
    return sizes


def cohort_status(start: int, end: int, today: int) -> str:
    if start > today:
        return PLANNED
    return FINISHED if end < today else RUNNING


def plan_cohorts(world: World, sizes: list[int]) -> None:
    """Spread each programme's cohorts evenly over the years, ids in order of start."""
    rng = world.rng
    count = len(sizes)
    programmes = [world.programmes[i % len(world.programmes)] for i in range(count)]
    rng.shuffle(programmes)
    per_programme: dict[int, int] = {}
    for programme in programmes:
        per_programme[programme.id] = per_programme.get(programme.id, 0) + 1
    span = world.today + PLANNED_DAYS_AHEAD - world.span_start
    drafts: list[tuple[int, int, ProgrammeInfo]] = []
    seen: dict[int, int] = {}
    for programme in programmes:
        index = seen.get(programme.id, 0)
        seen[programme.id] = index + 1
        slot = span / per_programme[programme.id]
        start = world.span_start + int((index + rng.uniform(0.0, 0.6)) * slot)
        length = rng.randint(24, 44) * 7 + rng.randint(-3, 3)
        drafts.append((start, start + length, programme))
    drafts.sort(key=lambda draft: (draft[0], draft[2].id))
    mentors = world.mentor_ids
    for cid, (start, end, programme) in enumerate(drafts, start=1):
        picked = rng.sample(mentors, min(len(mentors), rng.randint(2, 4)))
        status = cohort_status(start, end, world.today)
        world.cohorts.append(CohortInfo(cid, programme, start, end, status, tuple(picked)))


def write_cohorts(world: World, writer: Writer) -> None:
    counters: dict[tuple[int, int], int] = {}
    rows = []
    for cohort in world.cohorts:
        year = dt.date.fromordinal(cohort.start).year
        number = counters[(cohort.programme.id, year)] = (
            counters.get((cohort.programme.id, year), 0) + 1
        )
        rows.append(
            (
                cohort.id,
                cohort.programme.id,
                f"Cohort {year}-{number}",
                iso(cohort.start),
                iso(cohort.end),
                cohort.status,
                world.stamp(min(cohort.start - world.rng.randrange(40, 120), world.today)),
            )
        )
    writer.insert(
        "cohorts",
        ("id", "programme_id", "name", "start_date", "end_date", "status", "created_at"),
        rows,
    )


# --- who is in which cohort ---------------------------------------------------------------


def seat_companies(rng: random.Random, companies: int, sizes: list[int]) -> list[int]:
    """Company id per seat, seats in cohort order; no company twice in one cohort."""
    seconds = 0 if len(sizes) < 2 else sum(sizes) - companies
    tokens = list(range(1, companies + 1)) + rng.sample(range(1, companies + 1), seconds)
    rng.shuffle(tokens)
    cohort_of_seat = [c for c, size in enumerate(sizes) for _ in range(size)]
    members: list[set[int]] = [set() for _ in sizes]
    clashes: list[int] = []
    for seat, company in enumerate(tokens):
        cohort = cohort_of_seat[seat]
        if company in members[cohort]:
            clashes.append(seat)
        else:
            members[cohort].add(company)
    pending = set(clashes)
    for seat in clashes:
        company, cohort = tokens[seat], cohort_of_seat[seat]
        for _attempt in range(1_000_000):
            other_seat = rng.randrange(len(tokens))
            other, other_cohort = tokens[other_seat], cohort_of_seat[other_seat]
            if (
                other_seat in pending
                or other_cohort == cohort
                or company in members[other_cohort]
                or other in members[cohort]
            ):
                continue
            tokens[seat], tokens[other_seat] = other, company
            members[other_cohort].discard(other)
            members[other_cohort].add(company)
            members[cohort].add(other)
            pending.discard(seat)
            break
        else:
            raise RuntimeError(f"found no cohort for company {company}'s second enrolment")
    return tokens


def enrolment_status(rng: random.Random, cohort: CohortInfo, today: int) -> tuple[str, int | None]:
    if cohort.status == PLANNED:
        return ACTIVE, None
    r = rng.random()
    if cohort.status == RUNNING:
        if r < 0.06:
            return WITHDRAWN, rng.randint(cohort.start, today)
        return ACTIVE, None
    if r < 0.08:
        return WITHDRAWN, rng.randint(cohort.start, cohort.end)
    if r < 0.12:
        return ACTIVE, None  # finished, but nobody has closed the enrolment yet
    return GRADUATED, min(cohort.end + rng.randint(0, 14), today)


def plan_enrolments(world: World, companies: int, sizes: list[int]) -> None:
    rng = world.rng
    seats = seat_companies(rng, companies, sizes)
    cohort_of_seat = [c for c, size in zip(world.cohorts, sizes, strict=True) for _ in range(size)]
    for eid, (company, cohort) in enumerate(zip(seats, cohort_of_seat, strict=True), start=1):
        joined = min(cohort.start - rng.randint(0, 28), world.today - rng.randint(0, 14))
        status, changed = enrolment_status(rng, cohort, world.today)
        primary = rng.choice(cohort.mentors)
        mentors: tuple[int, ...] = (primary,)
        if len(cohort.mentors) > 1 and rng.random() < 0.3:
            mentors = (primary, rng.choice([m for m in cohort.mentors if m != primary]))
        world.enrolments.append(
            EnrolmentInfo(eid, cohort, company, joined, status, changed, mentors)
        )
        if joined < world.first_joined.get(company, joined + 1):
            world.first_joined[company] = joined


def write_enrolments(world: World, writer: Writer) -> None:
    rng = world.rng

    def enrolment_rows() -> Iterator[tuple[object, ...]]:
        for e in world.enrolments:
            reason = ""
            if e.status == WITHDRAWN:
                reason = rng.choice(WITHDRAWAL_REASONS)
            elif e.status == GRADUATED:
                reason = rng.choice(("", "", "Completed the programme."))
            changed = None if e.status_changed is None else iso(e.status_changed)
            created = world.stamp(e.joined)
            yield (
                e.id,
                e.cohort.id,
                e.company_id,
                iso(e.joined),
                e.status,
                changed,
                reason,
                created,
            )

    def assignment_rows() -> Iterator[tuple[object, ...]]:
        for e in world.enrolments:
            for mentor in e.mentors:
                day = min(e.joined + rng.randint(0, 14), world.today)
                yield (e.id, mentor, iso(day))

    writer.insert(
        "enrolments",
        (
            "id", "cohort_id", "company_id", "joined_on", "status", "status_changed_on",
            "status_reason", "created_at",
        ),
        enrolment_rows(),
    )  # fmt: skip
    writer.insert(
        "mentor_assignments", ("enrolment_id", "user_id", "assigned_on"), assignment_rows()
    )


# --- milestones ---------------------------------------------------------------------------


def milestone_state(
    rng: random.Random, start: int, due: int, cutoff: int, planned: bool
) -> tuple[str, int | None]:
    """Status and completion day of one milestone, judged on ``cutoff``."""
    if planned:
        return NOT_STARTED, None
    r = rng.random()
    if due <= cutoff:
        if r < 0.74:
            return DONE, max(start, min(due + rng.randint(-21, 10), cutoff))
        if r < 0.80:
            return NOT_APPLICABLE, None
        if r < 0.86:
            return BLOCKED, None
        return IN_PROGRESS, None
    if due - cutoff < 42:
        if r < 0.10:
            return DONE, max(start, cutoff - rng.randint(0, 14))
        if r < 0.50:
            return IN_PROGRESS, None
        if r < 0.55:
            return BLOCKED, None
        return NOT_STARTED, None
    if r < 0.04:
        return DONE, max(start, cutoff - rng.randint(0, 14))
    return (IN_PROGRESS, None) if r < 0.14 else (NOT_STARTED, None)


def milestone_rows(world: World) -> Iterator[tuple[object, ...]]:
    rng = world.rng
    today = world.today
    for e in world.enrolments:
        cohort = e.cohort
        if e.status == WITHDRAWN and e.status_changed is not None:
            cutoff = e.status_changed
        else:
            cutoff = min(today, cohort.end)
        planned = cohort.status == PLANNED
        for item in cohort.programme.template:
            due = cohort.start + item.due_offset_weeks * 7
            status, completed = milestone_state(rng, cohort.start, due, cutoff, planned)
            evidence = rng.choice(EVIDENCE) if status == DONE else ""
            blocked = rng.choice(BLOCKED_REASONS) if status == BLOCKED else ""
            yield (
                e.id, item.id, item.position, item.title, item.category, item.description,
                iso(due), status, None if completed is None else iso(completed), evidence,
                blocked,
            )  # fmt: skip


def write_milestones(world: World, writer: Writer) -> None:
    writer.insert(
        "milestones",
        (
            "enrolment_id", "template_item_id", "position", "title", "category",
            "description", "due_date", "status", "completed_on", "evidence", "blocked_reason",
        ),
        milestone_rows(world),
    )  # fmt: skip


# --- users --------------------------------------------------------------------------------


def person_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def write_users(world: World, writer: Writer) -> None:
    """One coordinator and the mentors; a mentor without a cohort for two years is inactive."""
    rng = world.rng
    last_end: dict[int, int] = {}
    for cohort in world.cohorts:
        for mentor in cohort.mentors:
            last_end[mentor] = max(last_end.get(mentor, 0), cohort.end)
    taken: dict[str, int] = {}
    rows = []
    people = [(1, Role.COORDINATOR.value)] + [(m, Role.MENTOR.value) for m in world.mentor_ids]
    for uid, role in people:
        first, last = person_name(rng)
        base = ascii_slug(first) + "." + ascii_slug(last)
        taken[base] = taken.get(base, 0) + 1
        username = base if taken[base] == 1 else f"{base}{taken[base]}"
        active = uid == 1 or last_end.get(uid, world.today) >= world.today - 730
        created = world.stamp(world.span_start - rng.randrange(0, 90))
        rows.append(
            (
                uid, username, f"{first} {last}", f"{username}@example.no", role, None,
                int(active), created,
            )
        )  # fmt: skip
    writer.insert(
        "users",
        (
            "id", "username", "display_name", "email", "role", "password_hash", "active",
            "created_at",
        ),
        rows,
    )  # fmt: skip


# --- companies and contacts ---------------------------------------------------------------


def company_name(rng: random.Random) -> str:
    """A Norwegian-sounding company name without the legal suffix."""
    r = rng.random()
    compound = rng.choice(NAME_PREFIXES) + rng.choice(NAME_STEMS)
    if r < 0.35:
        return compound
    if r < 0.55:
        return f"{compound} {rng.choice(PLACES)}"
    if r < 0.75:
        return f"{rng.choice(NAME_PREFIXES)} {rng.choice(NAME_WORDS)}"
    if r < 0.90:
        return f"{compound} {rng.choice(NAME_WORDS)}"
    return f"{rng.choice(LAST_NAMES)} {rng.choice(NAME_WORDS)}"


def unique_company_name(rng: random.Random, taken: set[str], suffix: str) -> str:
    for _ in range(8):
        name = f"{company_name(rng)} {suffix}"
        if name not in taken:
            taken.add(name)
            return name
    base = company_name(rng)
    number = 2
    while f"{base} {number} {suffix}" in taken:
        number += 1
    name = f"{base} {number} {suffix}"
    taken.add(name)
    return name


def phone_number(rng: random.Random) -> str:
    digits = str(rng.randrange(40_000_000, 100_000_000))
    return f"+47 {digits[:3]} {digits[3:5]} {digits[5:]}"


def founded_year(rng: random.Random, first_joined: int) -> int | None:
    """Most companies are young when they join; a few are old firms trying something new."""
    if rng.random() < 0.05:
        return None
    joined_year = dt.date.fromordinal(first_joined).year
    return max(1960, joined_year - int(rng.expovariate(1 / 4)))


def company_row(
    world: World, cid: int, names: set[str], org_numbers: set[int]
) -> tuple[tuple[object, ...], str]:
    """One company's row, and the web domain its contacts' addresses use."""
    rng = world.rng
    foreign = rng.random() < FOREIGN_SHARE
    if foreign:
        country, suffix = rng.choice(FOREIGN_COUNTRIES)
        org_number = None
        registry = str(rng.randrange(10_000_000, 100_000_000))
    else:
        country, suffix, registry = "Norway", "AS", ""
        org_number = new_org_number(rng, org_numbers)
    name = unique_company_name(rng, names, suffix)
    domain = ascii_slug(name.removesuffix(" " + suffix)) + (".com" if foreign else ".no")
    focus = rng.choice(TECHNOLOGY_FOCUS)
    first_joined = world.first_joined.get(cid, world.today)
    employees = None if rng.random() < 0.1 else min(int(rng.lognormvariate(1.8, 1.1)), 5000)
    description = f"{name} works on {focus.lower()} for {rng.choice(MARKETS)}."
    created = world.stamp(min(first_joined - rng.randint(7, 120), world.today))
    row = (
        cid, name, org_number, int(foreign), country, registry, rng.choice(SECTORS),
        world.clusters[rng.choice(CLUSTERS)], f"https://www.{domain}",
        founded_year(rng, first_joined), employees, focus, description, created,
    )  # fmt: skip
    return row, domain


def contact_rows(rng: random.Random, cid: int, domain: str) -> list[tuple[object, ...]]:
    """One to three people; the first runs the company."""
    rows: list[tuple[object, ...]] = []
    for position in range(weighted(rng, (1, 2, 3), (55, 40, 5))):
        first, last = person_name(rng)
        role = rng.choice(LEADER_ROLES if position == 0 else CONTACT_ROLES)
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        rows.append((cid, f"{first} {last}", role, email, phone_number(rng)))
    return rows


def company_batches(
    world: World, companies: int
) -> Iterator[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """(company rows, contact rows), a few thousand companies at a time."""
    names: set[str] = set()
    org_numbers: set[int] = set()
    companies_batch: list[tuple[object, ...]] = []
    contacts_batch: list[tuple[object, ...]] = []
    for cid in range(1, companies + 1):
        row, domain = company_row(world, cid, names, org_numbers)
        companies_batch.append(row)
        contacts_batch.extend(contact_rows(world.rng, cid, domain))
        if len(companies_batch) >= BATCH_COMPANIES:
            yield companies_batch, contacts_batch
            companies_batch, contacts_batch = [], []
    if companies_batch:
        yield companies_batch, contacts_batch


def membership_rows(world: World, companies: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Each company a member of its home cluster from when it was registered; a few left."""
    rng = world.rng
    rows: list[tuple[object, ...]] = []
    for row in companies:
        cid, cluster_id, created = row[0], row[7], str(row[-1])
        assert isinstance(cluster_id, int)
        joined = dt.date.fromisoformat(created[:10]).toordinal()
        left = None
        if rng.random() < LEFT_CLUSTER_SHARE and joined < world.today:
            left = iso(rng.randint(joined, world.today))
        rows.append(
            (cid, cluster_id, world.first_tier[cluster_id], iso(joined), left, created[:19])
        )
    return rows


def write_companies(world: World, writer: Writer, companies: int) -> None:
    company_columns = (
        "id", "name", "org_number", "is_foreign", "country", "registry_number", "sector",
        "cluster_id", "website", "founded_year", "employees", "technology_focus",
        "description", "created_at",
    )  # fmt: skip
    contact_columns = ("company_id", "name", "role", "email", "phone")
    member_columns = (
        "organisation_id", "cluster_id", "tier_id", "joined_on", "left_on", "created_at",
    )  # fmt: skip
    for company_rows, contact_rows in company_batches(world, companies):
        writer.insert("companies", company_columns, company_rows)
        writer.insert("contacts", contact_columns, contact_rows)
        writer.insert("memberships", member_columns, membership_rows(world, company_rows))


# --- assessments and scores ---------------------------------------------------------------


def allocate(rng: random.Random, total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split over the weights: at least one each when there are enough."""
    n = len(weights)
    if total < n:
        counts = [0] * n
        for index in rng.sample(range(n), total):
            counts[index] = 1
        return counts
    rest = total - n
    weight_sum = sum(weights)
    shares = [rest * w / weight_sum for w in weights]
    counts = [1 + int(share) for share in shares]
    left = total - sum(counts)
    by_fraction = sorted(range(n), key=lambda i: int(shares[i]) - shares[i])
    for index in by_fraction[:left]:
        counts[index] += 1
    return counts


def assessment_plan(world: World, total: int) -> list[tuple[EnrolmentInfo, int]]:
    """How many assessments each enrolment gets, more for those that ran longer."""
    rng = world.rng
    eligible = [e for e in world.enrolments if e.cohort.status != PLANNED]
    if total and not eligible:
        raise SystemExit("no enrolment in a running or finished cohort to assess")
    weights = [
        (e.last_active_day(world.today) - e.cohort.start + 7) * rng.uniform(0.6, 1.4)
        for e in eligible
    ]
    counts = allocate(rng, total, weights)
    return [(e, n) for e, n in zip(eligible, counts, strict=True) if n]


def assessment_days(rng: random.Random, first: int, last: int, n: int, final: bool) -> list[int]:
    """``n`` ordered days in [first, last]: baseline early, one in each stretch after it."""
    span = last - first
    step = span / n
    days = [first + int((k + 0.15 + 0.7 * rng.random()) * step) for k in range(n)]
    days[0] = first + int(rng.random() * min(step, 14))
    if final and n > 1:
        days[-1] = last - int(rng.random() * min(step, 7))
    return days


@dataclass
class ScoreContext:
    dimension_ids: tuple[int, ...]
    reasons: tuple[tuple[tuple[str, ...], ...], ...]  # [dimension][level] -> phrases


def score_context(world: World) -> ScoreContext:
    reasons = tuple(
        tuple(
            tuple(f"{title}: {phrase}." for phrase in REASON_PHRASES)
            for title in ("",) + d.level_titles
        )
        for d in world.dimensions
    )
    return ScoreContext(tuple(d.id for d in world.dimensions), reasons)


def assessment_batches(
    world: World, plan: list[tuple[EnrolmentInfo, int]]
) -> Iterator[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """(assessment rows, score rows), about BATCH_ASSESSMENTS assessments at a time."""
    rng = world.rng
    rnd = rng.random
    today = world.today
    context = score_context(world)
    dimension_ids = context.dimension_ids
    reasons = context.reasons
    phrase_count = len(REASON_PHRASES)
    dims = range(len(dimension_ids))
    framework_id = world.framework_id
    assessments: list[tuple[object, ...]] = []
    scores: list[tuple[object, ...]] = []
    aid = 0
    for e, n in plan:
        cohort = e.cohort
        length = cohort.end - cohort.start
        last = e.last_active_day(today)
        final = cohort.status == FINISHED and e.status != WITHDRAWN
        days = assessment_days(rng, cohort.start, last, n, final)
        base = [weighted(rng, (1, 2, 3, 4, 5), (25, 35, 25, 10, 5)) for _ in dims]
        gain = [weighted(rng, (-2, -1, 0, 1, 2, 3, 4), (2, 5, 12, 25, 28, 20, 8)) for _ in dims]
        primary = e.mentors[0]
        for k, day in enumerate(days):
            aid += 1
            kind = BASELINE if k == 0 else (FINAL if final and k == n - 1 else PROGRESS)
            assessor = primary if len(e.mentors) == 1 or rnd() < 0.8 else e.mentors[-1]
            updated = None
            if rnd() < 0.1:
                updated = world.stamp(min(day + rng.randint(0, 10), today))
            assessments.append(
                (
                    aid, e.id, assessor, framework_id, iso(day), kind, rng.choice(NOTES),
                    rng.choice(NEXT_STEPS), int(rnd() < 0.04), world.stamp(day), updated,
                )
            )  # fmt: skip
            t = (day - cohort.start) / length
            for d in dims:
                r = rnd()
                level = base[d] + int(gain[d] * t + 0.5)
                if r < 0.08:
                    level -= 1
                elif r > 0.97:
                    level += 1
                if level < 1:
                    level = 1
                elif level > 9:
                    level = 9
                reason = reasons[d][level][int(r * 7919) % phrase_count]
                scores.append((aid, dimension_ids[d], level, reason))
        if len(assessments) >= BATCH_ASSESSMENTS:
            yield assessments, scores
            assessments, scores = [], []
    if assessments:
        yield assessments, scores


def write_assessments(world: World, writer: Writer, total: int) -> None:
    assessment_columns = (
        "id", "enrolment_id", "assessor_id", "framework_id", "assessed_on", "kind",
        "confidential", "created_at", "updated_at",
    )  # fmt: skip
    text_columns = ("assessment_id", "notes", "next_steps")
    score_columns = ("assessment_id", "dimension_id", "level", "reason")
    for assessments, scores in assessment_batches(world, assessment_plan(world, total)):
        # The words live in their own table (assessment_texts), the levels in assessments.
        writer.insert("assessments", assessment_columns, [a[:6] + a[8:] for a in assessments])
        writer.insert("assessment_texts", text_columns, [(a[0], a[6], a[7]) for a in assessments])
        writer.insert("scores", score_columns, scores)


# --- the whole build ----------------------------------------------------------------------


def build(conn: sqlite3.Connection, options: Options) -> dict[str, int]:
    """Write every row; returns the number of rows per table."""
    rng = random.Random(options.seed)
    today = options.today.toordinal()
    span_start = today - round(YEARS_OF_HISTORY * 365.25)
    world = World(rng=rng, today=today, span_start=span_start, times=time_pool(rng))
    writer = Writer(conn)

    write_framework(world, writer, load_framework())
    mentors = max(2, math.ceil(options.companies / COMPANIES_PER_MENTOR))
    world.mentor_ids = list(range(2, mentors + 2))

    seats = options.companies + round(options.companies * SECOND_ENROLMENT_SHARE)
    sizes = cohort_sizes(rng, seats)
    if len(sizes) < 2:  # one cohort: nobody can be in two
        sizes = [options.companies]
    programmes = max(MIN_PROGRAMMES, round(len(sizes) / COHORTS_PER_PROGRAMME))
    write_clusters(world, writer)
    write_programmes(world, writer, programmes)
    plan_cohorts(world, sizes)
    write_cohorts(world, writer)
    plan_enrolments(world, options.companies, sizes)
    write_users(world, writer)
    write_companies(world, writer, options.companies)
    write_enrolments(world, writer)
    write_milestones(world, writer)
    write_assessments(world, writer, options.assessments)
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
    ):
        writer.counts.setdefault(table, 0)  # tables left empty, such as audit_entries
    return writer.counts


def prepare_target(path: Path, force: bool) -> None:
    """Refuse to overwrite a file unless forced; then remove it with its WAL and SHM files."""
    if path.is_dir():
        raise SystemExit(f"{path} is a folder")
    companions = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]
    if path.exists() and not force:
        raise SystemExit(f"{path} exists; use --force to replace it")
    for file in companions:
        file.unlink(missing_ok=True)


def create_schema(path: Path) -> None:
    """An empty database made the program's way: by running the migrations."""
    from accelerator.db.open import open_database

    db = open_database(str(path))
    db.dispose()


def fill(path: Path, options: Options) -> dict[str, int]:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        # For this connection only: the file keeps journal_mode=WAL from open_database.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN IMMEDIATE")
        try:
            counts = build(conn, options)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()
    return counts


def report(path: Path, counts: dict[str, int], seconds: float, options: Options) -> None:
    print(f"built {path} (seed {options.seed}, today {options.today.isoformat()})")
    for table in sorted(counts):
        print(f"  {table:<26} {counts[table]:>10,}")
    size = path.stat().st_size / (1024 * 1024)
    print(f"  {'file size':<26} {size:>10,.1f} MB")
    print(f"took {seconds:.1f} s")


# --- command line -------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        description="Build a large, realistic Accelerator database for benchmarks."
    )
    parser.add_argument("out", type=Path, help="the database file to create")
    parser.add_argument(
        "--scale",
        choices=sorted(SCALES),
        default="medium",
        help="small 100/1,000, medium 10,000/200,000, large 100,000/1,000,000 "
        "companies/assessments (default medium)",
    )
    parser.add_argument("--companies", type=int, help="number of companies (overrides --scale)")
    parser.add_argument("--assessments", type=int, help="number of assessments (overrides --scale)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the date the data is as of, YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    companies, assessments = SCALES[args.scale]
    if args.companies is not None:
        companies = args.companies
    if args.assessments is not None:
        assessments = args.assessments
    if companies < 1:
        parser.error("--companies must be at least 1")
    if assessments < 0:
        parser.error("--assessments must not be negative")
    return Options(args.out, companies, assessments, args.seed, args.force, args.today)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    began = time.perf_counter()
    prepare_target(options.out, options.force)
    create_schema(options.out)
    counts = fill(options.out, options)
    report(options.out, counts, time.perf_counter() - began, options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
