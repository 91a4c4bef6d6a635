"""A small cohort with everything a report shows, and helpers that read a PDF back."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

from accelerator import i18n
from accelerator.db.open import open_database
from accelerator.domain.enums import AssessmentKind, MilestoneStatus, Role
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Actor, Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from accelerator.services.records import CohortRecord, EnrolmentRecord, UserRecord
from accelerator.services.users import UserInput

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=120)
DIMENSIONS = ("customer", "technology", "business_model", "ip", "team", "funding")

COMPANIES = (
    ("Ærfugl Øyvind & Åsen AS", "914827361"),
    ("Havbølge Sensorikk AS", "926314572"),
    (
        "Den Særdeles Langnavnede Fjordteknologiske Utviklings- og Innovasjonsvirksomheten "
        "for Bærekraftig Havbruk Nord AS",
        "931705288",
    ),
)
MILESTONES = ("Ten customer interviews", "Pitch deck reviewed", "Pilot agreement signed")
SECRET = "Founders are negotiating a buy-out; keep this out of reports"
SECRET_STEPS = "Call the lawyer about the buy-out"


@dataclass
class World:
    services: Services
    cohort: CohortRecord
    enrolments: dict[str, EnrolmentRecord]
    mentor: UserRecord
    coordinator: UserRecord

    def actor(self, user: UserRecord) -> Actor:
        return Actor(user.id, user.username, user.role)


def build_world(services: Services) -> World:
    """A programme, a running cohort of three companies, mentors, milestones in every state,
    assessments with reasons, one confidential."""
    programme = services.programmes.create_programme(
        ProgrammeInput(name="Havrom Akselerator", cluster="Vestlandsklyngen for havrom")
    )
    services.programmes.set_template(
        programme.id,
        [
            TemplateItemInput(title, "customer", due_offset_weeks=4 * (n + 1))
            for n, title in enumerate(MILESTONES)
        ],
    )
    cohort = services.programmes.create_cohort(
        CohortInput(
            programme.id,
            "Vår 2026",
            START,
            START + dt.timedelta(days=200),
        )
    )
    mentor = services.users.create_user(UserInput("bjorn", "Bjørn Åsheim", Role.MENTOR))
    coordinator = services.users.create_user(UserInput("ingrid", "Ingrid Sæther", Role.COORDINATOR))
    enrolments: dict[str, EnrolmentRecord] = {}
    for n, (name, org) in enumerate(COMPANIES):
        company = services.companies.create_company(
            CompanyInput(
                name=name,
                org_number=org,
                sector="Havbruk",
                home_cluster="Vestlandsklyngen",
                founded_year=2020 + n,
                employees=5 + n,
                technology_focus="Sensorer for fiskehelse",
                description="Lager utstyr som gjør havbruk bærekraftig.",
            )
        )
        services.companies.add_contact(
            company.id, ContactInput("Marit Haugland", "Daglig leder", "marit@example.no")
        )
        enrolment = services.enrolments.enrol(cohort.id, company.id)
        services.enrolments.assign_mentor(enrolment.id, mentor.id, on=START)
        enrolments[name] = enrolment
        base = dict(zip(DIMENSIONS, (2, 5 + n, 2, 3, 3, 2), strict=True))
        services.assessments.log_assessment(
            AssessmentInput(
                enrolment.id,
                base,
                kind=AssessmentKind.BASELINE,
                assessed_on=START + dt.timedelta(days=3),
                notes=f"Baseline for {name}: strong technology, few customers.",
                next_steps="Book five customer interviews.",
                assessor_id=mentor.id,
            )
        )
        later = {**base, "customer": 4, "technology": base["technology"] + 1}
        services.assessments.log_assessment(
            AssessmentInput(
                enrolment.id,
                later,
                reasons={
                    "customer": "Two paying pilots with fish farmers.",
                    "technology": "Passed the sea trial at Austevoll.",
                },
                kind=AssessmentKind.PROGRESS,
                assessed_on=START + dt.timedelta(days=60),
                notes="Progress: pilots signed, pricing still open.",
                next_steps="Price the pilot per pen.",
                assessor_id=mentor.id,
            )
        )
        if n == 0:
            services.assessments.log_assessment(
                AssessmentInput(
                    enrolment.id,
                    later,
                    kind=AssessmentKind.PROGRESS,
                    assessed_on=START + dt.timedelta(days=90),
                    notes=SECRET,
                    next_steps=SECRET_STEPS,
                    confidential=True,
                    assessor_id=mentor.id,
                )
            )
        first, second, _ = services.enrolments.milestones(enrolment.id)
        services.enrolments.set_milestone_status(
            first.id,
            MilestoneStatus.DONE,
            completed_on=START + dt.timedelta(days=20),
            evidence="Interview log with 10 farmers (Frøya, Hitra, Smøla).",
        )
        services.enrolments.set_milestone_status(
            second.id, MilestoneStatus.BLOCKED, blocked_reason="Waiting for the investor."
        )
    return World(services, cohort, enrolments, mentor, coordinator)


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


@pytest.fixture(scope="module")
def shared_world(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path
) -> Iterator[World]:
    """One world for a module of read-only tests (building it takes a second)."""
    path = tmp_path_factory.mktemp("reports") / "accelerator.db"
    path.write_bytes(template_database.read_bytes())
    db = open_database(str(path))
    yield build_world(Services(db))
    db.dispose()


# --- reading PDFs ------------------------------------------------------------------------------


def page_texts(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap where they like)."""
    return re.sub(r"\s+", " ", text)


def xobject_subtypes(pdf: bytes) -> set[str]:
    """The subtypes of every XObject any page uses, looking inside forms too."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: set[str] = set()

    def visit(resources: object) -> None:
        if not isinstance(resources, dict):
            return
        xobjects = resources.get("/XObject")
        if xobjects is None:
            return
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            subtype = str(obj.get("/Subtype"))
            if subtype in found and subtype == "/Form":
                continue
            found.add(subtype)
            visit(obj.get("/Resources"))

    for page in reader.pages:
        resources = page.get("/Resources")
        visit(resources.get_object() if resources is not None else None)
    return found


def annotations(pdf: bytes) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return sum(len(page.get("/Annots") or []) for page in reader.pages)


# --- a planned cohort: enrolled, mentored, nobody assessed yet ---------------------------------

PLANNED_START = TODAY + dt.timedelta(days=40)
PLAN = (
    ("Ten customer interviews", "customer", 3),
    ("Problem statement signed off", "business_model", 5),
    ("Freedom-to-operate search", "ip", 8),
    ("First pilot agreement", "customer", 12),
    ("Investor pitch rehearsed", "funding", 20),
)
PLANNED_COMPANIES = tuple(
    (f"{name} AS", f"{first} {last}", f"{first.lower()}@{name.lower().replace(' ', '')}.no")
    for name, first, last in (
        ("Blåskjell Teknologi", "Kristoffer", "Løvås"),
        ("Dypvann Robotikk", "Sigrid", "Nærø"),
        ("Fjordlaks Prosessering", "Håkon", "Brekke"),
        ("Havørn Digital", "Åse", "Lien"),
        ("Isbre Kuldeteknikk", "Tor", "Østby"),
        ("Kystvind Forankring", "Live", "Sæle"),
        ("Nordsjø Hydroakustikk", "Jørgen", "Vik"),
        ("Skjærgård Akvakultur", "Ragnhild", "Moe"),
        ("Tareskog Biomaterialer", "Eirik", "Dahl"),
        ("Værøy Sjømatdata", "Maren", "Holm"),
    )
)
PLANNED_MENTORS = ("Bjørn Åsheim", "Kari Nordvik", "Ola Sørensen")


@dataclass
class PlannedWorld:
    services: Services
    cohort: CohortRecord
    enrolments: dict[str, EnrolmentRecord]
    mentors: dict[str, list[str]]  # company -> its mentors' names


def build_planned(services: Services, programme_name: str = "Havrom Akselerator") -> PlannedWorld:
    """A planned cohort of ten companies with contacts, mentors and the programme's
    milestone plan, and no assessment at all: what a kick-off report is printed from."""
    from tests.factories import org_number

    programme = services.programmes.create_programme(
        ProgrammeInput(
            name=programme_name,
            cluster="Vestlandsklyngen for havrom",
            description="Six months from strong technology to a business.",
        )
    )
    services.programmes.set_template(
        programme.id,
        [
            TemplateItemInput(title, category, due_offset_weeks=weeks)
            for title, category, weeks in PLAN
        ],
    )
    cohort = services.programmes.create_cohort(
        CohortInput(
            programme.id, "Høst 2027", PLANNED_START, PLANNED_START + dt.timedelta(weeks=26)
        )
    )
    mentors = [
        services.users.create_user(UserInput(f"mentor{n}", name, Role.MENTOR))
        for n, name in enumerate(PLANNED_MENTORS)
    ]
    enrolments: dict[str, EnrolmentRecord] = {}
    assigned: dict[str, list[str]] = {}
    for n, (name, contact, email) in enumerate(PLANNED_COMPANIES):
        company = services.companies.create_company(
            CompanyInput(
                name=name,
                org_number=org_number(100 + n),
                sector="Havbruk" if n % 2 else "Havteknologi",
                home_cluster="Vestlandsklyngen",
                founded_year=2019 + n % 5,
                employees=3 + n,
                technology_focus="Sensorer og data for havet",
                description=f"{name} lager utstyr som gjør havnæringen bærekraftig.",
            )
        )
        services.companies.add_contact(company.id, ContactInput(contact, "Daglig leder", email))
        enrolment = services.enrolments.enrol(cohort.id, company.id)
        enrolments[name] = enrolment
        # The first company has two mentors, the rest one each in turn.
        chosen = mentors[:2] if n == 0 else [mentors[n % len(mentors)]]
        for mentor in chosen:
            services.enrolments.assign_mentor(enrolment.id, mentor.id)
        assigned[name] = [m.display_name for m in chosen]
    return PlannedWorld(services, cohort, enrolments, assigned)


# --- a language's texts, as the catalogue will have them -----------------------------------------


def use_catalogue(monkeypatch: pytest.MonkeyPatch, entries: list[dict[str, Any]]) -> None:
    """The program's catalogues, for this test, made of ``entries`` (as the translators'
    JSON gives them: ``bokmal``, or ``forms`` and ``en_forms`` for a counted text), so
    that a test sees its texts in bokmål before the catalogue file has them."""
    bokmal, english = Catalogue("nb"), Catalogue("en")
    for entry in entries:
        context, source = entry["context"], entry["source"]
        if "forms" in entry:
            message = Message(context, source, numerus=True, forms=tuple(entry["forms"]))
            bokmal.messages[message.key] = replace(message, finished=True)
            english.messages[message.key] = replace(
                message, forms=tuple(entry["en_forms"]), finished=True
            )
        else:
            message = Message(context, source, forms=(entry["bokmal"],), finished=True)
            bokmal.messages[message.key] = message
    monkeypatch.setitem(i18n._catalogues, "nb", bokmal)
    monkeypatch.setitem(i18n._catalogues, "en", english)
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
