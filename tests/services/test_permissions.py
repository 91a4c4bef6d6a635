"""Every use case as each kind of user: allowed or refused by the service, and a refused
write changes nothing (not even the audit trail)."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import inspect
import itertools
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.engine import make_url

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.domain.enums import (
    CohortStatus,
    EnrolmentStatus,
    EventKind,
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
from accelerator.domain.events import norwegian_time
from accelerator.domain.framework_file import (
    FrameworkSpec,
    bundled_framework_paths,
    load_framework_file,
)
from accelerator.domain.text import collation_key
from accelerator.errors import PermissionDeniedError
from accelerator.models import Base
from accelerator.services import Actor, Services
from accelerator.services.annual_report import AnnualReportService
from accelerator.services.assessments import AssessmentInput, AssessmentService
from accelerator.services.audit_log import AuditService
from accelerator.services.auth import AuthService
from accelerator.services.base import Service
from accelerator.services.cluster_reports import ClusterReportService
from accelerator.services.clusters import ClusterInput, ClusterService, TierInput
from accelerator.services.collab_reports import CollaborationReportService
from accelerator.services.companies import CompanyInput, CompanyService, ContactInput
from accelerator.services.database import DatabaseService
from accelerator.services.enrolments import EnrolmentService
from accelerator.services.events import EventInput, EventService, PersonInput, Wanted
from accelerator.services.exporting import ExportService
from accelerator.services.figure_forms import FigureFormService
from accelerator.services.figures import FigureService
from accelerator.services.frameworks import FrameworkService
from accelerator.services.importing import (
    CsvTable,
    ImportService,
    read_companies_csv,
    suggest_mapping,
)
from accelerator.services.importing.projects import ProjectImportService, ProjectWorkbook
from accelerator.services.importing.reading import CsvRow
from accelerator.services.meetings import MeetingInput, MeetingService
from accelerator.services.members import MemberService
from accelerator.services.mentoring import MentoringService
from accelerator.services.needs import NeedInput, NeedService
from accelerator.services.outcomes import OutcomeService
from accelerator.services.overview import OverviewService
from accelerator.services.permissions import PermissionService, UseCase
from accelerator.services.programmes import (
    CohortInput,
    ProgrammeInput,
    ProgrammeService,
    TemplateItemInput,
)
from accelerator.services.projects import (
    FundingInput,
    PartnerInput,
    ProjectInput,
    ProjectService,
)
from accelerator.services.reporting import ReportingService
from accelerator.services.safety import SafetyService
from accelerator.services.sessions import SessionInput, SessionService
from accelerator.services.startup import StartupService
from accelerator.services.users import UserInput, UserService
from tests.conftest import PostgresDatabases
from tests.factories import DIMENSIONS, Factory, org_number

ROLES = ("coordinator", "assigned mentor", "unassigned mentor", "viewer", "deactivated")
EVERYONE = frozenset(ROLES) - {"deactivated"}
COORDINATOR = frozenset({"coordinator"})
ASSIGNED = frozenset({"coordinator", "assigned mentor"})
SEES_COHORT = frozenset({"coordinator", "assigned mentor", "viewer"})
NOT_MENTORS = frozenset({"coordinator", "viewer"})
LEVELS = dict.fromkeys(DIMENSIONS, 3)


@dataclass
class World:
    services: Services
    actors: dict[str, Actor]
    programme_id: int
    mine_cohort: int  # the assigned mentor mentors here
    other_cohort: int  # nobody mentors here
    enrolment: int  # assigned to the mentor
    other_enrolment: int
    company: int
    milestone: int
    assessment: int  # logged by the assigned mentor
    user: int  # a user to change
    programme_name: str
    other_milestone: int
    other_company: int
    company_org: str
    contact: int
    loose_company: int  # enrolled nowhere
    tmp: Path
    cluster: int  # "Ocean cluster", the programme's
    tier: int  # its first tier
    other_tier: int  # its second
    membership: int  # the assigned mentor's company, in the cluster
    institute: int  # a research institute, enrolled nowhere, a member of the cluster
    institute_membership: int
    event: int = 0  # today, hosted by the cluster: the contact and a guest registered
    registration: int = 0  # the contact's (of the assigned mentor's company)
    guest_registration: int = 0  # a guest of no organisation on record
    empty_event: int = 0  # nobody registered
    need: int = 0  # the assigned mentor's company's need
    offer: int = 0  # the institute's offer
    meeting: int = 0  # the mentor's company with the institute, last January, in Bergen
    other_meeting: int = 0  # the other cohort's company with the company enrolled nowhere
    project: int = 0  # led by the assigned mentor's company, with the institute
    project_partner: int = 0  # the institute in it
    funding: int = 0  # its pending application
    other_project: int = 0  # the other cohort's company with the company enrolled nowhere
    area: int = 0  # a strategic area nothing names
    scheme: int = 0  # a funding scheme nothing names
    session: int = 0  # the assigned mentor's with their company


def _id(actor: Actor) -> int:
    assert actor.user_id is not None
    return actor.user_id


# The world is built once per backend and copied for each test (a file copy, or a
# PostgreSQL database made from it as a template): some 700 tests need the same one.
_WORLDS: dict[str, tuple[str, World]] = {}


def _world_template(backend: str, request: pytest.FixtureRequest) -> tuple[str, World]:
    if backend not in _WORLDS:
        folder = request.getfixturevalue("tmp_path_factory").mktemp("world")
        if backend == "sqlite":
            template: Path = request.getfixturevalue("template_database")
            where = str(folder / "world.db")
            shutil.copyfile(template, where)
            db = open_database(where)
        else:
            postgres: PostgresDatabases = request.getfixturevalue("postgres")
            where = make_url(postgres.new()).database or ""
            db = open_database(postgres.server.url(dbname=where))
        services = Services(db)
        world = build_world(services, Factory(services), folder)
        db.dispose()
        _WORLDS[backend] = (where, world)
    return _WORLDS[backend]


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A copy of the world's database (see _world_template)."""
    where, _ = _world_template(backend, request)
    if backend == "sqlite":
        path = tmp_path / "accelerator.db"
        shutil.copyfile(where, path)
        database = open_database(str(path))
        yield database
        database.dispose()
        return
    postgres: PostgresDatabases = request.getfixturevalue("postgres")
    url = postgres.new(template=where)
    database = open_database(url)
    yield database
    database.dispose()
    postgres.drop(url)


@dataclass
class ReadDatabases:
    """One copy of the world per backend for all the read cases (see ``read_world``)."""

    opened: dict[str, Services] = field(default_factory=dict)
    on_server: PostgresDatabases | None = None


@pytest.fixture(scope="module")
def read_databases() -> Iterator[ReadDatabases]:
    databases = ReadDatabases()
    yield databases
    for services in databases.opened.values():
        services.db.dispose()
        if databases.on_server is not None and services.db.path is None:
            databases.on_server.drop(services.db.target)


@pytest.fixture
def read_world(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    read_databases: ReadDatabases,
) -> World:
    """The world for a test that only reads: a read changes nothing (test_reads checks the
    digest of every row after it), so the read cases share one copy per backend instead of
    taking 200 copies, half of them on the server. Files still go to the test's own folder."""
    where, world = _world_template(backend, request)
    opened = read_databases.opened
    if backend not in opened:
        if backend == "sqlite":
            folder = request.getfixturevalue("tmp_path_factory").mktemp("reads")
            shutil.copyfile(where, folder / "accelerator.db")
            database = open_database(str(folder / "accelerator.db"))
        else:
            postgres: PostgresDatabases = request.getfixturevalue("postgres")
            read_databases.on_server = postgres
            database = open_database(postgres.new(template=where))
        opened[backend] = Services(database)
    return replace(world, services=opened[backend], tmp=tmp_path)


@pytest.fixture
def make(services: Services) -> Factory:
    factory = Factory(services)
    factory._seq = itertools.count(1000)  # clear of the names the world took
    return factory


@pytest.fixture
def world(
    services: Services, backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> World:
    _, world = _world_template(backend, request)
    return replace(world, services=services, tmp=tmp_path)


def build_world(services: Services, make: Factory, tmp_path: Path) -> World:
    """Two cohorts, the assigned mentor's company in one, and a user of each kind."""
    p = make.programme()
    make.template(p.id, "Interviews")
    start, end = dt.date(2026, 1, 5), dt.date(2026, 12, 1)
    mine = make.cohort(p.id, start_date=start, end_date=end, status=CohortStatus.RUNNING)
    other = make.cohort(p.id, start_date=start, end_date=end, status=CohortStatus.RUNNING)
    e = make.enrolment(mine.id)
    other_e = make.enrolment(other.id)
    users = {
        "coordinator": make.user(role=Role.COORDINATOR),
        "assigned mentor": make.user(),
        "unassigned mentor": make.user(),
        "viewer": make.user(role=Role.VIEWER),
        "deactivated": make.user(),
    }
    for name in ("assigned mentor", "deactivated"):
        services.enrolments.assign_mentor(e.id, users[name].id)
    a = make.assessment(e.id, levels=LEVELS, assessor_id=users["assigned mentor"].id)
    services.users.set_active(users["deactivated"].id, False)
    company = services.companies.get_company(e.company_id)
    cluster = services.clusters.find_cluster(p.cluster)
    assert cluster is not None
    tier, other_tier = cluster.tiers[0].id, cluster.tiers[1].id
    institute = make.company(name="Havforsk Institutt", kind=OrganisationKind.RESEARCH_INSTITUTE)
    joined = dt.date(2025, 1, 1)
    world = World(
        services=services,
        actors={k: Actor(u.id, u.username, u.role) for k, u in users.items()},
        programme_id=p.id,
        mine_cohort=mine.id,
        other_cohort=other.id,
        enrolment=e.id,
        other_enrolment=other_e.id,
        company=e.company_id,
        milestone=services.enrolments.milestones(e.id)[0].id,
        assessment=a.id,
        user=make.user().id,
        programme_name=p.name,
        other_milestone=services.enrolments.milestones(other_e.id)[0].id,
        other_company=other_e.company_id,
        company_org=company.org_number,
        contact=services.companies.add_contact(e.company_id, ContactInput("Kari")).id,
        loose_company=make.company().id,
        tmp=tmp_path,
        cluster=cluster.id,
        tier=tier,
        other_tier=other_tier,
        membership=services.members.join(e.company_id, cluster.id, tier, joined).id,
        institute=institute.id,
        institute_membership=services.members.join(institute.id, cluster.id, tier, joined).id,
    )
    _add_events(services, world)
    _add_matchmaking(services, world)
    _add_projects(services, world)
    world.session = services.sessions.log_session(
        SessionInput(
            world.enrolment,
            dt.date(2026, 3, 1),
            45,
            SessionKind.CALL,
            "Investor pitch",
            mentor_id=_id(world.actors["assigned mentor"]),
        )
    ).id
    return world


def _event_today(title: str, **fields: object) -> EventInput:
    day = norwegian_time(dt.datetime.now(dt.UTC)).date()
    start, end = dt.datetime.combine(day, dt.time(0)), dt.datetime.combine(day, dt.time(23, 59))
    values: dict[str, object] = {"kind": EventKind.CONFERENCE, **fields}
    return EventInput(title, start=start, end=end, **values)  # type: ignore[arg-type]


def _add_events(services: Services, world: World) -> None:
    """An event today with the mentor's company's contact and a guest registered, a
    programme session of the mentor's cohort, and an event nobody registered for."""
    event = services.events.create_event(_event_today("Havdagen", host_ids=(world.cluster,)))
    world.event = event.id
    world.registration = services.events.register(
        event.id, PersonInput(contact_id=world.contact)
    ).registration.id
    world.guest_registration = services.events.register(
        event.id, PersonInput("Gjest Hansen", "gjest@example.no", "Fjord AS")
    ).registration.id
    world.empty_event = services.events.create_event(_event_today("Avlyst")).id
    services.events.create_event(
        _event_today("Kick-off", cohort_id=world.mine_cohort, kind=EventKind.PROGRAMME_SESSION)
    )


def _add_matchmaking(services: Services, world: World) -> None:
    """A need of the mentor's company, an offer of the institute, a meeting of the two
    last January, and a meeting of two organisations the mentor does not read."""
    world.need = services.needs.create_need(
        NeedInput(world.company, NeedSide.NEED, NeedCategory.PILOT_CUSTOMER, "Pilot site",
                  technology_tags="sensors")
    ).id  # fmt: skip
    world.offer = services.needs.create_need(
        NeedInput(world.institute, NeedSide.OFFER, NeedCategory.PILOT_CUSTOMER, "Test pen",
                  technology_tags="Sensors")
    ).id  # fmt: skip
    world.meeting = services.meetings.book(
        MeetingInput(dt.datetime(2026, 1, 10, 10), need_id=world.need, offer_id=world.offer,
                     place="Bergen")
    ).id  # fmt: skip
    world.other_meeting = services.meetings.book(
        MeetingInput(dt.datetime(2026, 1, 10, 10), organisation_id=world.other_company,
                     counterpart_id=world.loose_company, place="Ålesund")
    ).id  # fmt: skip


def _add_projects(services: Services, world: World) -> None:
    """A project of the mentor's company with the institute (and a pending application), a
    project of two organisations the mentor does not read, a strategic area and a funding
    scheme nothing names."""
    projects = services.projects
    scheme = projects.funding_schemes()[0].id
    world.project = projects.create_project(
        ProjectInput("Lice sensing", start_on=dt.date(2026, 2, 1), status_on=dt.date(2026, 1, 5))
    ).id  # fmt: skip
    projects.add_partner(world.project, PartnerInput(world.company, PartnerRole.LEAD))
    made = projects.add_partner(
        world.project, PartnerInput(world.institute, PartnerRole.RD_PARTNER)
    )
    world.project_partner = next(p.id for p in made.partners if p.role is PartnerRole.RD_PARTNER)
    world.funding = projects.add_funding(world.project, FundingInput(scheme, 100_000)).funding[0].id
    world.other_project = projects.create_project(ProjectInput("Hull cleaning")).id
    for org in (world.other_company, world.loose_company):
        projects.add_partner(world.other_project, PartnerInput(org))
    world.area = projects.add_strategic_area("Green transition").id
    world.scheme = projects.add_funding_scheme("EEA Grants").id


def _kpi_field(w: World) -> int:
    """One of the cluster's own figures, made as the system when there is none."""
    found = w.services.figures.custom_fields()
    return found[0].id if found else w.services.figures.add_field("Tonnes", KpiUnit.DECIMAL).id


def _returned_form(w: World) -> Path:
    """A folder with the mentor's company's 2026 collection form, its revenue filled in."""
    folder = w.tmp / "returned forms"
    if not folder.exists():
        (form,) = w.services.figure_forms.write_forms(2026, folder, organisation_ids=[w.company])
        book = load_workbook(form.path)
        book.worksheets[0]["D11"] = 1_234_000
        book.save(form.path)
    return folder


def _session_input(w: World, enrolment: int, topic: str = "Pricing") -> SessionInput:
    """A session of the assigned mentor (the company has two mentors: it says whose)."""
    mentor = _id(w.actors["assigned mentor"])
    return SessionInput(
        enrolment, dt.date(2026, 3, 2), 60, SessionKind.MEETING, topic, mentor_id=mentor
    )


def _session(w: World) -> int:
    """A session of the assigned mentor with their company, logged as the system when
    there is none (the mentor assigned again first: in one world for every case, as on
    the team server, an earlier case unassigns them)."""
    found = w.services.sessions.sessions_of(w.enrolment)
    if found:
        return found[0].id
    mentor = _id(w.actors["assigned mentor"])
    if mentor not in {m.user_id for m in w.services.enrolments.get_enrolment(w.enrolment).mentors}:
        w.services.enrolments.assign_mentor(w.enrolment, mentor)
    return w.services.sessions.log_session(_session_input(w, w.enrolment)).id


def _returned_file(w: World) -> Path:
    """A folder with a file returned for a collection (read, it writes nothing)."""
    folder = w.tmp / "returned files"
    folder.mkdir(exist_ok=True)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    return folder


def _cluster_added(services: Services, project_id: int, cluster_id: int) -> None:
    """The cluster added by hand, whether or not an earlier case added it."""
    project = services.projects.get_project(project_id)
    if not any(c.cluster_id == cluster_id and c.by_hand for c in project.clusters):
        services.projects.add_cluster(project_id, cluster_id)


def _closed(services: Services, need_id: int) -> None:
    """The need closed, whether or not an earlier case closed it (on a server every case
    runs in one world)."""
    if services.needs.get_need(need_id).status is not NeedStatus.CLOSED:
        services.needs.close_need(need_id)


def _registrations_table() -> CsvTable:
    return CsvTable(
        ("Name", "E-mail"), (CsvRow(2, ("Ny Deltaker", "ny@example.no")),), "utf-8", ","
    )


Run = Callable[[Services, World], object]


@dataclass(frozen=True)
class Case:
    #: One call, or several checked one by one (each refused call on its own), sharing a world.
    run: Run | tuple[Run, ...]
    allowed: frozenset[str]
    #: The "Class.method" names this case calls.
    covers: tuple[str, ...]
    #: Done as the system before the snapshot (a refused write must leave the rest unchanged).
    prepare: Callable[[World], object] | None = None


def case(
    run: Run | tuple[Run, ...],
    allowed: frozenset[str],
    *covers: str,
    prepare: Callable[[World], object] | None = None,
) -> Case:
    return Case(run, allowed, covers, prepare)


def _csv(tmp: str) -> bytes:
    return f"name;orgnr\nImported AS;{org_number(900 + len(tmp))}\n".encode()


def _table() -> CsvTable:
    return read_companies_csv(_csv("x"))


def _tech_framework() -> FrameworkSpec:
    return load_framework_file(next(p for p in bundled_framework_paths() if "technology" in p.name))


def audit(s: Services) -> AuditService:
    return AuditService(s.db, s.actor)


def auth(s: Services) -> AuthService:
    return AuthService(s.db, s.actor)


def export(s: Services) -> ExportService:
    return ExportService(s.db, s.actor)


def report(s: Services) -> ReportingService:
    return ReportingService(s.db, s.actor)


def cluster_reports(s: Services) -> ClusterReportService:
    return ClusterReportService(s.db, s.actor)


def _projects_book(w: World) -> ProjectWorkbook:
    """A projects export of one new project with the mentor's company as its partner."""
    headers = ("Project no.", "Title")
    return ProjectWorkbook(
        CsvTable(
            headers, (CsvRow(2, ("1", f"Imported project {len(str(w.tmp))}")),), "xlsx", "xlsx"
        ),
        CsvTable(("Project no.", "Organisation"), (), "xlsx", "xlsx"),
        CsvTable(("Project no.", "Scheme", "Applied for (NOK)"), (), "xlsx", "xlsx"),
        ("Projects", "Partners", "Funding applications"),
    )


def collab_reports(s: Services) -> CollaborationReportService:
    return CollaborationReportService(s.db, s.actor)


def _own_id(s: Services) -> int:
    assert s.actor.user_id is not None
    return s.actor.user_id


def _give_passwords(w: World) -> None:
    for actor in w.actors.values():
        assert actor.user_id is not None
        w.services.users.set_password(actor.user_id, "old password 1")


def _framework_id(s: Services) -> int:
    return s.frameworks.default_framework_id()


def _tiers_and_one_more(s: Services, w: World) -> object:
    kept = [TierInput(t.name, t.id) for t in w.services.clusters.get_cluster(w.cluster).tiers]
    return s.clusters.set_tiers(w.cluster, [*kept, TierInput("Sponsor")])


WRITES: dict[str, Case] = {
    # --- programmes, cohorts, templates
    "create programme": case(
        lambda s, w: s.programmes.create_programme(ProgrammeInput("New programme")),
        COORDINATOR,
        "ProgrammeService.create_programme",
    ),
    "update programme": case(
        lambda s, w: s.programmes.update_programme(w.programme_id, ProgrammeInput("Renamed")),
        COORDINATOR,
        "ProgrammeService.update_programme",
    ),
    "archive programme": case(
        lambda s, w: s.programmes.set_archived(w.programme_id, True),
        COORDINATOR,
        "ProgrammeService.set_archived",
    ),
    "set template": case(
        lambda s, w: s.programmes.set_template(w.programme_id, [TemplateItemInput("X", "team")]),
        COORDINATOR,
        "ProgrammeService.set_template",
    ),
    "create cohort": case(
        lambda s, w: s.programmes.create_cohort(
            CohortInput(w.programme_id, "New", dt.date(2026, 1, 1), dt.date(2026, 6, 1))
        ),
        COORDINATOR,
        "ProgrammeService.create_cohort",
    ),
    "update own cohort": case(
        lambda s, w: s.programmes.update_cohort(
            w.mine_cohort,
            CohortInput(
                w.programme_id,
                "Renamed",
                dt.date(2026, 1, 5),
                dt.date(2026, 12, 1),
                CohortStatus.RUNNING,
            ),
        ),
        COORDINATOR,
        "ProgrammeService.update_cohort",
    ),
    # --- companies and contacts
    "create company": case(
        lambda s, w: s.companies.create_company(CompanyInput("Ny AS")),
        COORDINATOR,
        "CompanyService.create_company",
    ),
    "update own company": case(
        lambda s, w: s.companies.update_company(w.company, CompanyInput("Renamed AS")),
        COORDINATOR,
        "CompanyService.update_company",
    ),
    "add contact": case(
        lambda s, w: s.companies.add_contact(w.company, ContactInput("Åse")),
        COORDINATOR,
        "CompanyService.add_contact",
    ),
    "update contact": case(
        lambda s, w: s.companies.update_contact(w.contact, ContactInput("Åse Renamed")),
        COORDINATOR,
        "CompanyService.update_contact",
    ),
    "remove contact": case(
        lambda s, w: s.companies.remove_contact(w.contact),
        COORDINATOR,
        "CompanyService.remove_contact",
    ),
    # --- enrolments, mentors, milestones
    "enrol": case(
        lambda s, w: s.enrolments.enrol(w.mine_cohort, w.loose_company),
        COORDINATOR,
        "EnrolmentService.enrol",
    ),
    "enrol companies": case(
        lambda s, w: s.enrolments.enrol_companies(w.mine_cohort, [w.loose_company]),
        COORDINATOR,
        "EnrolmentService.enrol_companies",
    ),
    "enrol a new company": case(
        lambda s, w: s.enrolments.enrol_new_company(w.mine_cohort, CompanyInput("Fresh AS")),
        COORDINATOR,
        "EnrolmentService.enrol_new_company",
    ),
    "withdraw": case(
        lambda s, w: s.enrolments.set_status(
            w.enrolment, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 3, 1), reason="Moved"
        ),
        COORDINATOR,
        "EnrolmentService.set_status",
    ),
    "assign mentor": case(
        lambda s, w: s.enrolments.assign_mentor(w.enrolment, w.user),
        COORDINATOR,
        "EnrolmentService.assign_mentor",
    ),
    "unassign mentor": case(
        lambda s, w: s.enrolments.unassign_mentor(w.enrolment, _id(w.actors["assigned mentor"])),
        COORDINATOR,
        "EnrolmentService.unassign_mentor",
    ),
    "apply template": case(
        lambda s, w: s.enrolments.apply_template(w.programme_id),
        COORDINATOR,
        "EnrolmentService.apply_template",
        prepare=lambda w: w.services.programmes.set_template(
            w.programme_id, [TemplateItemInput("Interviews", "customer", due_offset_weeks=9)]
        ),
    ),
    "tick own milestone": case(
        lambda s, w: s.enrolments.set_milestone_status(
            w.milestone, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1), evidence="Notes"
        ),
        ASSIGNED,
        "EnrolmentService.set_milestone_status",
    ),
    "tick another enrolment's milestone": case(
        lambda s, w: s.enrolments.set_milestone_status(
            w.other_milestone, MilestoneStatus.IN_PROGRESS
        ),
        COORDINATOR,
        "EnrolmentService.set_milestone_status",
    ),
    "add milestone": case(
        lambda s, w: s.enrolments.add_milestone(w.enrolment, "Visit", "customer"),
        ASSIGNED,
        "EnrolmentService.add_milestone",
    ),
    "add milestone to another enrolment": case(
        lambda s, w: s.enrolments.add_milestone(w.other_enrolment, "Visit", "customer"),
        COORDINATOR,
        "EnrolmentService.add_milestone",
    ),
    # --- assessments
    "log assessment": case(
        lambda s, w: s.assessments.log_assessment(
            AssessmentInput(w.enrolment, LEVELS, assessed_on=dt.date(2026, 3, 1))
        ),
        ASSIGNED,
        "AssessmentService.log_assessment",
    ),
    "log assessment for another enrolment": case(
        lambda s, w: s.assessments.log_assessment(
            AssessmentInput(w.other_enrolment, LEVELS, assessed_on=dt.date(2026, 3, 1))
        ),
        COORDINATOR,
        "AssessmentService.log_assessment",
    ),
    "correct assessment": case(
        lambda s, w: s.assessments.correct_assessment(
            w.assessment, AssessmentInput(w.enrolment, LEVELS, notes="Corrected")
        ),
        ASSIGNED,
        "AssessmentService.correct_assessment",
    ),
    # --- frameworks
    "import framework": case(
        lambda s, w: s.frameworks.import_framework(_tech_framework()),
        COORDINATOR,
        "FrameworkService.import_framework",
    ),
    "revise framework": case(
        lambda s, w: s.frameworks.revise_framework(
            _framework_id(w.services),
            replace(s.frameworks.export_framework(_framework_id(w.services)), name="Revised"),
        ),
        COORDINATOR,
        "FrameworkService.revise_framework",
    ),
    # --- users and passwords
    "create user": case(
        lambda s, w: s.users.create_user(UserInput("newbie", "New", Role.VIEWER)),
        COORDINATOR,
        "UserService.create_user",
    ),
    "deactivate user": case(
        lambda s, w: s.users.set_active(w.user, False),
        COORDINATOR,
        "UserService.set_active",
    ),
    "reset another's password": case(
        lambda s, w: s.users.set_password(w.user, "a new password"),
        COORDINATOR,
        "UserService.set_password",
    ),
    "set own password": case(
        lambda s, w: s.users.set_password(_own_id(s), "a new password"),
        EVERYONE,
        "UserService.set_password",
    ),
    "change own password": case(
        lambda s, w: auth(s).change_own_password("old password 1", "new password 2"),
        EVERYONE,
        "AuthService.change_own_password",
        prepare=_give_passwords,
    ),
    # --- clusters and members
    "create cluster": case(
        lambda s, w: s.clusters.create_cluster(ClusterInput("Subsea cluster")),
        COORDINATOR,
        "ClusterService.create_cluster",
    ),
    "update cluster": case(
        lambda s, w: s.clusters.update_cluster(w.cluster, ClusterInput("Renamed cluster")),
        COORDINATOR,
        "ClusterService.update_cluster",
    ),
    "set tiers": case(_tiers_and_one_more, COORDINATOR, "ClusterService.set_tiers"),
    "set an organisation's kind": case(
        lambda s, w: s.members.set_kind(w.institute, OrganisationKind.UNIVERSITY),
        COORDINATOR,
        "MemberService.set_kind",
    ),
    "join a cluster": case(
        lambda s, w: s.members.join(w.loose_company, w.cluster, w.tier, dt.date(2026, 2, 1)),
        COORDINATOR,
        "MemberService.join",
    ),
    "join a cluster as a new organisation": case(
        lambda s, w: s.members.join_new(
            CompanyInput("Havforsk", kind=OrganisationKind.RESEARCH_INSTITUTE),
            w.cluster,
            w.tier,
            dt.date(2026, 2, 1),
        ),
        COORDINATOR,
        "MemberService.join_new",
    ),
    "change a member's tier": case(
        lambda s, w: s.members.change_tier(w.membership, w.other_tier),
        COORDINATOR,
        "MemberService.change_tier",
    ),
    "leave a cluster": case(
        lambda s, w: s.members.leave(w.institute_membership, dt.date(2026, 3, 1)),
        COORDINATOR,
        "MemberService.leave",
    ),
    # --- needs, offers and meetings
    "record a need": case(
        lambda s, w: s.needs.create_need(
            NeedInput(w.company, NeedSide.OFFER, NeedCategory.CAPITAL, "Seed money")
        ),
        COORDINATOR,
        "NeedService.create_need",
    ),
    "change a need": case(
        lambda s, w: s.needs.update_need(
            w.need, NeedInput(w.company, NeedSide.NEED, NeedCategory.TEST_SITE, "Test pen")
        ),
        COORDINATOR,
        "NeedService.update_need",
    ),
    "close a need": case(
        lambda s, w: s.needs.close_need(w.need), COORDINATOR, "NeedService.close_need"
    ),
    "reopen a need": case(
        lambda s, w: s.needs.reopen_need(w.need),
        COORDINATOR,
        "NeedService.reopen_need",
        prepare=lambda w: _closed(w.services, w.need),
    ),
    "mark a need matched": case(
        lambda s, w: s.needs.mark_matched(w.need), COORDINATOR, "NeedService.mark_matched"
    ),
    "book a meeting": case(
        lambda s, w: s.meetings.book(
            MeetingInput(
                dt.datetime(2026, 2, 1, 9),
                organisation_id=w.company,
                counterpart_id=w.loose_company,
                place="Bergen",
            )
        ),
        COORDINATOR,
        "MeetingService.book",
    ),  # fmt: skip
    "move a meeting": case(
        lambda s, w: s.meetings.update_meeting(
            w.meeting,
            MeetingInput(
                dt.datetime(2026, 1, 11, 10), need_id=w.need, offer_id=w.offer, place="Bergen"
            ),
        ),
        COORDINATOR,
        "MeetingService.update_meeting",
    ),  # fmt: skip
    "cancel a meeting": case(
        lambda s, w: s.meetings.set_status(w.meeting, MeetingStatus.CANCELLED),
        COORDINATOR,
        "MeetingService.set_status",
    ),
    "record a meeting's outcome": case(
        lambda s, w: s.meetings.record_outcome(w.meeting, MeetingOutcome.FOLLOW_UP),
        COORDINATOR,
        "MeetingService.record_outcome",
    ),
    # --- joint projects
    "create project": case(
        lambda s, w: s.projects.create_project(ProjectInput("Subsea lice")),
        COORDINATOR,
        "ProjectService.create_project",
    ),
    "update project": case(
        lambda s, w: s.projects.update_project(w.project, ProjectInput("Lice counting")),
        COORDINATOR,
        "ProjectService.update_project",
    ),
    "set a project's status": case(
        lambda s, w: s.projects.set_status(w.project, ProjectStatus.APPLYING),
        COORDINATOR,
        "ProjectService.set_status",
    ),
    "delete project": case(
        lambda s, w: s.projects.delete_project(w.other_project),
        COORDINATOR,
        "ProjectService.delete_project",
    ),
    "add project partner": case(
        lambda s, w: s.projects.add_partner(w.project, PartnerInput(w.loose_company)),
        COORDINATOR,
        "ProjectService.add_partner",
    ),
    "update project partner": case(
        lambda s, w: s.projects.update_partner(
            w.project_partner, PartnerInput(w.institute, PartnerRole.PARTNER, 5)
        ),
        COORDINATOR,
        "ProjectService.update_partner",
    ),
    "remove project partner": case(
        lambda s, w: s.projects.remove_partner(w.project_partner),
        COORDINATOR,
        "ProjectService.remove_partner",
    ),
    "add a cluster to a project": case(
        lambda s, w: s.projects.add_cluster(w.project, w.cluster),
        COORDINATOR,
        "ProjectService.add_cluster",
    ),
    "remove a cluster from a project": case(
        lambda s, w: s.projects.remove_cluster(w.project, w.cluster),
        COORDINATOR,
        "ProjectService.remove_cluster",
        prepare=lambda w: _cluster_added(w.services, w.project, w.cluster),
    ),
    "add funding application": case(
        lambda s, w: s.projects.add_funding(w.project, FundingInput(w.scheme, 5)),
        COORDINATOR,
        "ProjectService.add_funding",
    ),
    "update funding application": case(
        lambda s, w: s.projects.update_funding(w.funding, FundingInput(w.scheme, 7)),
        COORDINATOR,
        "ProjectService.update_funding",
    ),
    "remove funding application": case(
        lambda s, w: s.projects.remove_funding(w.funding),
        COORDINATOR,
        "ProjectService.remove_funding",
    ),
    "keep the strategic areas": case(
        (
            lambda s, w: s.projects.add_strategic_area("Digitalisation"),
            lambda s, w: s.projects.rename_strategic_area(w.area, "Green shift"),
            lambda s, w: s.projects.set_strategic_area_active(w.area, False),
            lambda s, w: s.projects.remove_strategic_area(w.area),
        ),
        COORDINATOR,
        "ProjectService.add_strategic_area",
        "ProjectService.rename_strategic_area",
        "ProjectService.set_strategic_area_active",
        "ProjectService.remove_strategic_area",
    ),
    "keep the funding schemes": case(
        (
            lambda s, w: s.projects.add_funding_scheme("Nordic Innovation"),
            lambda s, w: s.projects.rename_funding_scheme(w.scheme, "EEA and Norway Grants"),
            lambda s, w: s.projects.set_funding_scheme_active(w.scheme, False),
            lambda s, w: s.projects.remove_funding_scheme(w.scheme),
        ),
        COORDINATOR,
        "ProjectService.add_funding_scheme",
        "ProjectService.rename_funding_scheme",
        "ProjectService.set_funding_scheme_active",
        "ProjectService.remove_funding_scheme",
    ),
    # --- events and the door
    "create event": case(
        lambda s, w: s.events.create_event(_event_today("Ny konferanse")),
        COORDINATOR,
        "EventService.create_event",
    ),
    "update event": case(
        lambda s, w: s.events.update_event(w.event, _event_today("Havdagen", capacity=40)),
        COORDINATOR,
        "EventService.update_event",
    ),
    "delete event": case(
        lambda s, w: s.events.delete_event(w.empty_event),
        COORDINATOR,
        "EventService.delete_event",
    ),
    "register for an event": case(
        lambda s, w: s.events.register(w.event, PersonInput("Ola Vik", "ola@example.no")),
        COORDINATOR,
        "EventService.register",
    ),
    "cancel a registration": case(
        lambda s, w: s.events.change_status(w.registration, RegistrationStatus.CANCELLED),
        COORDINATOR,
        "EventService.change_status",
    ),
    "change registrations": case(
        lambda s, w: s.events.change_statuses(
            w.event, [Wanted(w.guest_registration, RegistrationStatus.CANCELLED)]
        ),
        COORDINATOR,
        "EventService.change_statuses",
    ),
    "mark no-shows": case(
        lambda s, w: s.events.mark_no_shows(w.event), COORDINATOR, "EventService.mark_no_shows"
    ),
    "import registrations": case(
        lambda s, w: s.events.import_registrations(w.event, _registrations_table()),
        COORDINATOR,
        "EventService.import_registrations",
    ),
    "check in": case(
        lambda s, w: s.events.check_in(w.registration), COORDINATOR, "EventService.check_in"
    ),
    "undo a check-in": case(
        lambda s, w: s.events.undo_check_in(w.guest_registration),
        COORDINATOR,
        "EventService.undo_check_in",
        prepare=lambda w: w.services.events.check_in(w.guest_registration),
    ),
    "walk in": case(
        lambda s, w: s.events.walk_in(w.event, PersonInput("Walk Inn")),
        COORDINATOR,
        "EventService.walk_in",
    ),
    # --- importing
    "import companies": case(
        lambda s, w: ImportService(s.db, s.actor).import_companies(
            (table := _table()), suggest_mapping(table.headers).fields
        ),
        COORDINATOR,
        "ImportService.import_companies",
    ),
    "import projects": case(
        lambda s, w: ProjectImportService(s.db, s.actor).import_projects(_projects_book(w)),
        COORDINATOR,
        "ProjectImportService.import_projects",
    ),
    # --- mentor sessions (a coordinator's, and the assigned mentor's own) and capacity
    "log mentor session": case(
        lambda s, w: s.sessions.log_session(_session_input(w, w.enrolment)),
        ASSIGNED,
        "SessionService.log_session",
    ),
    "correct mentor session": case(
        lambda s, w: s.sessions.correct_session(
            _session(w), _session_input(w, w.enrolment, "Pricing, corrected")
        ),
        ASSIGNED,
        "SessionService.correct_session",
        prepare=_session,
    ),
    "remove mentor session": case(
        lambda s, w: s.sessions.remove_session(_session(w)),
        ASSIGNED,
        "SessionService.remove_session",
        prepare=_session,
    ),
    "set mentor capacity": case(
        lambda s, w: s.sessions.set_capacity(_id(w.actors["assigned mentor"]), 10, 3),
        COORDINATOR,
        "SessionService.set_capacity",
    ),
    # --- member figures and their collection forms (a coordinator's)
    "record member figures": case(
        lambda s, w: s.figures.record(w.company, 2025, {"revenue": 1_000 + len(str(w.tmp))}),
        COORDINATOR,
        "FigureService.record",
    ),
    "keep the figure fields": case(
        (
            lambda s, w: s.figures.add_field(f"Visits {len(str(w.tmp))}", KpiUnit.COUNT),
            lambda s, w: s.figures.rename_field(_kpi_field(w), "Tonnes of fish"),
            lambda s, w: s.figures.retire_field(_kpi_field(w)),
            lambda s, w: s.figures.restore_field(_kpi_field(w)),
            lambda s, w: s.figures.remove_field(_kpi_field(w)),
        ),
        COORDINATOR,
        "FigureService.add_field",
        "FigureService.rename_field",
        "FigureService.retire_field",
        "FigureService.restore_field",
        "FigureService.remove_field",
        prepare=_kpi_field,
    ),
    "write collection forms": case(
        lambda s, w: s.figure_forms.write_forms(
            2026, w.tmp / "forms", organisation_ids=[w.company]
        ),
        COORDINATOR,
        "FigureFormService.write_forms",
    ),
    "collect forms": case(
        lambda s, w: s.figure_forms.collect(
            w.services.figure_forms.plan_collection(_returned_form(w), year=2026)
        ),
        COORDINATOR,
        "FigureFormService.collect",
        prepare=_returned_form,
    ),
}

READS: dict[str, Case] = {
    # --- programmes and cohorts
    "list programmes": case(
        lambda s, w: s.programmes.list_programmes(), EVERYONE, "ProgrammeService.list_programmes"
    ),
    "get programme": case(
        lambda s, w: s.programmes.get_programme(w.programme_id),
        SEES_COHORT,
        "ProgrammeService.get_programme",
    ),
    "find programme": case(
        lambda s, w: s.programmes.find_programme(w.programme_name),
        SEES_COHORT,
        "ProgrammeService.find_programme",
    ),
    "template": case(
        lambda s, w: s.programmes.template(w.programme_id),
        SEES_COHORT,
        "ProgrammeService.template",
    ),
    "list cohorts": case(
        lambda s, w: s.programmes.list_cohorts(), EVERYONE, "ProgrammeService.list_cohorts"
    ),
    "find cohorts": case(
        lambda s, w: s.programmes.find_cohorts("Cohort"), EVERYONE, "ProgrammeService.find_cohorts"
    ),
    "read own cohort": case(
        lambda s, w: s.programmes.get_cohort(w.mine_cohort),
        SEES_COHORT,
        "ProgrammeService.get_cohort",
    ),
    "read another cohort": case(
        lambda s, w: s.programmes.get_cohort(w.other_cohort),
        NOT_MENTORS,
        "ProgrammeService.get_cohort",
    ),
    # --- companies
    "list companies": case(
        lambda s, w: s.companies.list_companies(), EVERYONE, "CompanyService.list_companies"
    ),
    "find companies": case(
        lambda s, w: s.companies.find_companies("AS"), EVERYONE, "CompanyService.find_companies"
    ),
    "count companies": case(
        lambda s, w: s.companies.count_companies(), EVERYONE, "CompanyService.count_companies"
    ),
    "company suggestions": case(
        lambda s, w: s.companies.suggestions(), EVERYONE, "CompanyService.suggestions"
    ),
    "by org number": case(
        lambda s, w: s.companies.by_org_number(w.company_org),
        EVERYONE,
        "CompanyService.by_org_number",
    ),
    "own company": case(
        lambda s, w: s.companies.get_company(w.company),
        SEES_COHORT,
        "CompanyService.get_company",
    ),
    "another company": case(
        lambda s, w: s.companies.get_company(w.other_company),
        NOT_MENTORS,
        "CompanyService.get_company",
    ),
    # --- clusters and members (the register is everyone's to read; a mentor's holds the
    # organisations of their cohorts)
    "list clusters": case(
        lambda s, w: s.clusters.list_clusters(), EVERYONE, "ClusterService.list_clusters"
    ),
    "get cluster": case(
        lambda s, w: s.clusters.get_cluster(w.cluster), EVERYONE, "ClusterService.get_cluster"
    ),
    "find cluster": case(
        lambda s, w: s.clusters.find_cluster("ocean CLUSTER"),
        EVERYONE,
        "ClusterService.find_cluster",
    ),
    "list memberships": case(
        lambda s, w: s.members.list_memberships(cluster_id=w.cluster, on=dt.date(2026, 1, 1)),
        EVERYONE,
        "MemberService.list_memberships",
    ),
    "own company's membership": case(
        lambda s, w: s.members.get_membership(w.membership),
        SEES_COHORT,
        "MemberService.get_membership",
    ),
    "another organisation's membership": case(
        lambda s, w: s.members.get_membership(w.institute_membership),
        NOT_MENTORS,
        "MemberService.get_membership",
    ),
    "member counts": case(
        lambda s, w: s.members.member_counts(dt.date(2026, 1, 1)),
        EVERYONE,
        "MemberService.member_counts",
    ),
    "count memberships": case(
        lambda s, w: s.members.count_memberships(), EVERYONE, "MemberService.count_memberships"
    ),
    "export members": case(
        lambda s, w: export(s).members(cluster_id=w.cluster), EVERYONE, "ExportService.members"
    ),
    # --- events (everyone reads them; a mentor the people of their companies)
    "list events": case(lambda s, w: s.events.list_events(), EVERYONE, "EventService.list_events"),
    "get event": case(lambda s, w: s.events.get_event(w.event), EVERYONE, "EventService.get_event"),
    "find events": case(
        lambda s, w: s.events.find_events("havdagen"), EVERYONE, "EventService.find_events"
    ),
    "an event's registrations": case(
        lambda s, w: s.events.registrations(w.event), EVERYONE, "EventService.registrations"
    ),
    "door counts": case(
        lambda s, w: s.events.door_counts(w.event), EVERYONE, "EventService.door_counts"
    ),
    "the door's list": case(
        lambda s, w: s.events.checkin_list(w.event), COORDINATOR, "EventService.checkin_list"
    ),
    "own cohort's session attendance": case(
        lambda s, w: s.events.session_attendance(w.mine_cohort),
        SEES_COHORT,
        "EventService.session_attendance",
    ),
    "another cohort's session attendance": case(
        lambda s, w: s.events.session_attendance(w.other_cohort),
        NOT_MENTORS,
        "EventService.session_attendance",
    ),
    "an organisation's events": case(
        lambda s, w: s.events.events_of(w.company), EVERYONE, "EventService.events_of"
    ),
    "preview registrations": case(
        lambda s, w: s.events.preview_registrations(w.event, _registrations_table()),
        COORDINATOR,
        "EventService.preview_registrations",
    ),
    "export attendees": case(
        lambda s, w: export(s).attendees(w.event), EVERYONE, "ExportService.attendees"
    ),
    # --- needs, offers and meetings (everyone reads; a mentor those of their companies)
    "list needs": case(lambda s, w: s.needs.list_needs(), EVERYONE, "NeedService.list_needs"),
    "get own company's need": case(
        lambda s, w: s.needs.get_need(w.need), SEES_COHORT, "NeedService.get_need"
    ),
    "get another organisation's offer": case(
        lambda s, w: s.needs.get_need(w.offer), NOT_MENTORS, "NeedService.get_need"
    ),
    "matchmaking proposals": case(
        lambda s, w: s.needs.proposals(), EVERYONE, "NeedService.proposals"
    ),
    "list meetings": case(
        lambda s, w: s.meetings.list_meetings(), EVERYONE, "MeetingService.list_meetings"
    ),
    "get own company's meeting": case(
        lambda s, w: s.meetings.get_meeting(w.meeting), SEES_COHORT, "MeetingService.get_meeting"
    ),
    "get another meeting": case(
        lambda s, w: s.meetings.get_meeting(w.other_meeting),
        NOT_MENTORS,
        "MeetingService.get_meeting",
    ),
    "meeting plan": case(lambda s, w: s.meetings.plan(w.event), EVERYONE, "MeetingService.plan"),
    "export meetings": case(
        lambda s, w: export(s).meetings(w.event), EVERYONE, "ExportService.meetings"
    ),
    "meeting figures": case(
        lambda s, w: s.meetings.figures(year=2026), EVERYONE, "MeetingService.figures"
    ),
    # --- joint projects (everyone reads; a mentor those of their companies)
    "list projects": case(
        lambda s, w: s.projects.list_projects(), EVERYONE, "ProjectService.list_projects"
    ),
    "get own company's project": case(
        lambda s, w: s.projects.get_project(w.project), SEES_COHORT, "ProjectService.get_project"
    ),
    "get another project": case(
        lambda s, w: s.projects.get_project(w.other_project),
        NOT_MENTORS,
        "ProjectService.get_project",
    ),
    "an organisation's projects": case(
        lambda s, w: s.projects.projects_of_organisation(w.company),
        EVERYONE,
        "ProjectService.projects_of_organisation",
    ),
    "an enrolment's projects": case(
        lambda s, w: s.projects.projects_of_enrolment(w.enrolment),
        SEES_COHORT,
        "ProjectService.projects_of_enrolment",
    ),
    "another enrolment's projects": case(
        lambda s, w: s.projects.projects_of_enrolment(w.other_enrolment),
        NOT_MENTORS,
        "ProjectService.projects_of_enrolment",
    ),
    "strategic areas": case(
        lambda s, w: s.projects.strategic_areas(include_retired=True),
        EVERYONE,
        "ProjectService.strategic_areas",
    ),
    "funding schemes": case(
        lambda s, w: s.projects.funding_schemes(include_retired=True),
        EVERYONE,
        "ProjectService.funding_schemes",
    ),
    "an enrolment's mentor sessions": case(
        (
            lambda s, w: s.sessions.sessions_of(w.enrolment),
            lambda s, w: s.sessions.get_session(w.session),
        ),
        SEES_COHORT,
        "SessionService.sessions_of",
        "SessionService.get_session",
    ),
    "another enrolment's mentor sessions": case(
        lambda s, w: s.sessions.sessions_of(w.other_enrolment),
        NOT_MENTORS,
        "SessionService.sessions_of",
    ),
    "mentor hours": case(
        (
            lambda s, w: s.sessions.hours_by_mentor(),
            lambda s, w: s.sessions.hours_by_company(),
            lambda s, w: s.sessions.minutes_this_month(),
        ),
        EVERYONE,
        "SessionService.hours_by_mentor",
        "SessionService.hours_by_company",
        "SessionService.minutes_this_month",
    ),
    "mentor capacity": case(
        (
            lambda s, w: s.sessions.capacity(_id(w.actors["assigned mentor"])),
            lambda s, w: s.sessions.capacity_check(_id(w.actors["assigned mentor"])),
        ),
        EVERYONE,
        "SessionService.capacity",
        "SessionService.capacity_check",
    ),
    "member figure fields": case(
        (
            lambda s, w: s.figures.fields(),
            lambda s, w: s.figures.field("revenue"),
            lambda s, w: s.figures.custom_fields(),
        ),
        EVERYONE,
        "FigureService.fields",
        "FigureService.field",
        "FigureService.custom_fields",
    ),
    "own company's figures": case(
        lambda s, w: s.figures.of_organisation(w.company),
        SEES_COHORT,
        "FigureService.of_organisation",
    ),
    "another company's figures": case(
        lambda s, w: s.figures.of_organisation(w.other_company),
        NOT_MENTORS,
        "FigureService.of_organisation",
    ),
    "figures of a year": case(
        lambda s, w: s.figures.of_year(2026), EVERYONE, "FigureService.of_year"
    ),
    "whom the forms go to": case(
        lambda s, w: s.figure_forms.organisations_for(2026),
        COORDINATOR,
        "FigureFormService.organisations_for",
    ),
    "read returned forms": case(
        lambda s, w: s.figure_forms.plan_collection(_returned_file(w), year=2026),
        COORDINATOR,
        "FigureFormService.plan_collection",
    ),
    "project figures": case(
        lambda s, w: s.projects.figures(2026), EVERYONE, "ProjectService.figures"
    ),
    "collaboration map": case(
        lambda s, w: s.projects.collaboration(year=2026),
        EVERYONE,
        "ProjectService.collaboration",
    ),
    # --- enrolments and milestones
    "get enrolment": case(
        lambda s, w: s.enrolments.get_enrolment(w.enrolment),
        SEES_COHORT,
        "EnrolmentService.get_enrolment",
    ),
    "get another enrolment": case(
        lambda s, w: s.enrolments.get_enrolment(w.other_enrolment),
        NOT_MENTORS,
        "EnrolmentService.get_enrolment",
    ),
    "list enrolments": case(
        lambda s, w: s.enrolments.list_enrolments(),
        EVERYONE,
        "EnrolmentService.list_enrolments",
    ),
    "milestones": case(
        lambda s, w: s.enrolments.milestones(w.enrolment),
        SEES_COHORT,
        "EnrolmentService.milestones",
    ),
    "another enrolment's milestones": case(
        lambda s, w: s.enrolments.milestones(w.other_enrolment),
        NOT_MENTORS,
        "EnrolmentService.milestones",
    ),
    "checklists to update": case(
        lambda s, w: s.enrolments.checklists_to_update(w.programme_id),
        EVERYONE,
        "EnrolmentService.checklists_to_update",
    ),
    # --- assessments
    "assessment history": case(
        lambda s, w: s.assessments.list_for_enrolment(w.enrolment),
        SEES_COHORT,
        "AssessmentService.list_for_enrolment",
    ),
    "another enrolment's assessments": case(
        lambda s, w: s.assessments.list_for_enrolment(w.other_enrolment),
        NOT_MENTORS,
        "AssessmentService.list_for_enrolment",
    ),
    "get assessment": case(
        lambda s, w: s.assessments.get_assessment(w.assessment),
        SEES_COHORT,
        "AssessmentService.get_assessment",
    ),
    "assessment form": case(
        lambda s, w: s.assessments.assessment_form(w.enrolment),
        SEES_COHORT,
        "AssessmentService.assessment_form",
    ),
    # --- frameworks (shared reference data: everyone reads them)
    "list frameworks": case(
        lambda s, w: s.frameworks.list_frameworks(), EVERYONE, "FrameworkService.list_frameworks"
    ),
    "default framework": case(
        lambda s, w: s.frameworks.default_framework_id(),
        EVERYONE,
        "FrameworkService.default_framework_id",
    ),
    "ensure default framework (present)": case(
        lambda s, w: s.frameworks.ensure_default(), EVERYONE, "FrameworkService.ensure_default"
    ),
    "get framework": case(
        lambda s, w: s.frameworks.get_framework(_framework_id(w.services)),
        EVERYONE,
        "FrameworkService.get_framework",
    ),
    "export framework": case(
        lambda s, w: s.frameworks.export_framework(_framework_id(w.services)),
        EVERYONE,
        "FrameworkService.export_framework",
    ),
    "require framework": case(
        lambda s, w: s.frameworks.require(_framework_id(w.services)),
        EVERYONE,
        "FrameworkService.require",
    ),
    # --- users
    "list users": case(lambda s, w: s.users.list_users(), EVERYONE, "UserService.list_users"),
    "list mentors": case(lambda s, w: s.users.list_mentors(), EVERYONE, "UserService.list_mentors"),
    "get user": case(lambda s, w: s.users.get_user(w.user), EVERYONE, "UserService.get_user"),
    "find user": case(
        lambda s, w: s.users.find_user(w.actors["viewer"].username),
        EVERYONE,
        "UserService.find_user",
    ),
    # --- the database
    "database summary": case(
        lambda s, w: s.database.summary(), EVERYONE, "DatabaseService.summary"
    ),
    "database is empty": case(
        lambda s, w: s.database.is_empty(), EVERYONE, "DatabaseService.is_empty"
    ),
    "database check": case(lambda s, w: s.database.check(), EVERYONE, "DatabaseService.check"),
    "changes since": case(
        lambda s, w: s.database.changes_since(0), EVERYONE, "DatabaseService.changes_since"
    ),
    "needs first coordinator": case(
        lambda s, w: auth(s).needs_first_coordinator(),
        EVERYONE,
        "AuthService.needs_first_coordinator",
    ),
    # --- overview and mentoring
    "own cohort's dashboard": case(
        lambda s, w: s.overview.cohort_dashboard(w.mine_cohort),
        SEES_COHORT,
        "OverviewService.cohort_dashboard",
    ),
    "another cohort's dashboard": case(
        lambda s, w: s.overview.cohort_dashboard(w.other_cohort),
        NOT_MENTORS,
        "OverviewService.cohort_dashboard",
    ),
    "company rows": case(
        lambda s, w: s.overview.company_rows(), EVERYONE, "OverviewService.company_rows"
    ),
    "company rows in batches": case(
        lambda s, w: list(s.overview.company_row_batches()),
        EVERYONE,
        "OverviewService.company_row_batches",
    ),
    "enrolment summary": case(
        lambda s, w: s.overview.enrolment_summary(w.enrolment),
        SEES_COHORT,
        "OverviewService.enrolment_summary",
    ),
    "another enrolment's summary": case(
        lambda s, w: s.overview.enrolment_summary(w.other_enrolment),
        NOT_MENTORS,
        "OverviewService.enrolment_summary",
    ),
    "own cohort's outcomes": case(
        lambda s, w: s.outcomes.cohort(w.mine_cohort), SEES_COHORT, "OutcomeService.cohort"
    ),
    "another cohort's outcomes": case(
        lambda s, w: s.outcomes.cohort(w.other_cohort), NOT_MENTORS, "OutcomeService.cohort"
    ),
    # --- what the window asks before offering something: anyone, about themselves
    "may I": case(
        lambda s, w: s.permissions.allows(UseCase.LOG_ASSESSMENTS, enrolment_id=w.enrolment),
        frozenset(ROLES),  # asking is harmless; a deactivated person is told no
        "PermissionService.allows",
    ),
    "my enrolments": case(
        lambda s, w: s.mentoring.my_enrolments(), EVERYONE, "MentoringService.my_enrolments"
    ),
    "a mentor's enrolments": case(
        lambda s, w: s.mentoring.my_enrolments(_id(w.actors["assigned mentor"])),
        SEES_COHORT,
        "MentoringService.my_enrolments",
    ),
    # --- the audit trail
    "audit trail": case(lambda s, w: audit(s).entries(), COORDINATOR, "AuditService.entries"),
    "audit count": case(lambda s, w: audit(s).count(), COORDINATOR, "AuditService.count"),
    "audit tables": case(lambda s, w: audit(s).tables(), COORDINATOR, "AuditService.tables"),
    "audit usernames": case(
        lambda s, w: audit(s).usernames(), COORDINATOR, "AuditService.usernames"
    ),
    "audit export": case(
        lambda s, w: audit(s).export(w.tmp / "audit.csv"), COORDINATOR, "AuditService.export"
    ),
    # --- importing
    "import preview": case(
        lambda s, w: ImportService(s.db, s.actor).preview(
            (table := _table()), suggest_mapping(table.headers).fields
        ),
        COORDINATOR,
        "ImportService.preview",
    ),
    # --- exporting: a mentor exports only a cohort they mentor in
    "export own cohort's companies": case(
        lambda s, w: export(s).companies(cohort_id=w.mine_cohort),
        SEES_COHORT,
        "ExportService.companies",
    ),
    "export every company": case(
        lambda s, w: export(s).companies(), NOT_MENTORS, "ExportService.companies"
    ),
    "export another cohort's companies": case(
        lambda s, w: export(s).companies(cohort_id=w.other_cohort),
        NOT_MENTORS,
        "ExportService.companies",
    ),
    "export own cohort's milestones": case(
        lambda s, w: export(s).milestones(cohort_id=w.mine_cohort),
        SEES_COHORT,
        "ExportService.milestones",
    ),
    "export own cohort's assessments": case(
        lambda s, w: export(s).assessments(cohort_id=w.mine_cohort),
        SEES_COHORT,
        "ExportService.assessments",
    ),
    "export confidential notes": case(
        lambda s, w: export(s).assessments(cohort_id=w.mine_cohort, include_confidential=True),
        COORDINATOR,
        "ExportService.assessments",
    ),
    "export sheet preview": case(
        lambda s, w: export(s).sheet("assessments", cohort_id=w.mine_cohort),
        SEES_COHORT,
        "ExportService.sheet",
    ),
    "export another cohort's sheet": case(
        lambda s, w: export(s).sheet("milestones", cohort_id=w.other_cohort),
        NOT_MENTORS,
        "ExportService.sheet",
    ),
    "export to a file": case(
        lambda s, w: export(s).export("companies", w.tmp / "c.csv", cohort_id=w.mine_cohort),
        SEES_COHORT,
        "ExportService.export",
    ),
    # --- reports
    "company report data": case(
        lambda s, w: report(s).company_report_data(w.enrolment),
        SEES_COHORT,
        "ReportingService.company_report_data",
    ),
    "another company's report": case(
        lambda s, w: report(s).company_report_data(w.other_enrolment),
        NOT_MENTORS,
        "ReportingService.company_report_data",
    ),
    "internal company report": case(
        lambda s, w: report(s).company_report_data(w.enrolment, include_confidential=True),
        COORDINATOR,
        "ReportingService.company_report_data",
    ),
    "cohort report data": case(
        lambda s, w: report(s).cohort_report_data(w.mine_cohort),
        SEES_COHORT,
        "ReportingService.cohort_report_data",
    ),
    "which cohort report": case(
        lambda s, w: report(s).cohort_report_plan(w.mine_cohort),
        SEES_COHORT,
        "ReportingService.cohort_report_plan",
    ),
    "which report of another cohort": case(
        lambda s, w: report(s).cohort_report_plan(w.other_cohort),
        NOT_MENTORS,
        "ReportingService.cohort_report_plan",
    ),
    "which company report": case(
        lambda s, w: report(s).company_report_plan(w.enrolment),
        SEES_COHORT,
        "ReportingService.company_report_plan",
    ),
    "which report of another company": case(
        lambda s, w: report(s).company_report_plan(w.other_enrolment),
        NOT_MENTORS,
        "ReportingService.company_report_plan",
    ),
    "another cohort's report": case(
        lambda s, w: report(s).cohort_report_data(w.other_cohort),
        NOT_MENTORS,
        "ReportingService.cohort_report_data",
    ),
    "company report PDF": case(
        lambda s, w: report(s).company_report_pdf(w.enrolment),
        SEES_COHORT,
        "ReportingService.company_report_pdf",
    ),
    "cohort report PDF": case(
        lambda s, w: report(s).cohort_report_pdf(w.mine_cohort),
        SEES_COHORT,
        "ReportingService.cohort_report_pdf",
    ),
    "write company report": case(
        lambda s, w: report(s).write_company_report(w.enrolment, w.tmp / "company.pdf"),
        SEES_COHORT,
        "ReportingService.write_company_report",
    ),
    "write internal cohort report": case(
        lambda s, w: report(s).write_cohort_report(
            w.mine_cohort, w.tmp / "cohort.pdf", include_confidential=True
        ),
        COORDINATOR,
        "ReportingService.write_cohort_report",
    ),
    "write cohort report": case(
        lambda s, w: report(s).write_cohort_report(w.mine_cohort, w.tmp / "cohort.pdf"),
        SEES_COHORT,
        "ReportingService.write_cohort_report",
    ),
    # --- the cluster's reports: each reader counts what the events and members services
    # show them (tests/reports/test_cluster_reports.py: a mentor's are partial)
    "event report data": case(
        lambda s, w: cluster_reports(s).event_report_data(w.event),
        EVERYONE,
        "ClusterReportService.event_report_data",
    ),
    "event report PDF": case(
        lambda s, w: cluster_reports(s).event_report_pdf(w.event),
        EVERYONE,
        "ClusterReportService.event_report_pdf",
    ),
    "write event report": case(
        lambda s, w: cluster_reports(s).write_event_report(w.event, w.tmp / "event.pdf"),
        EVERYONE,
        "ClusterReportService.write_event_report",
    ),
    "meeting plan data": case(
        lambda s, w: cluster_reports(s).meeting_plan_data(w.event),
        EVERYONE,
        "ClusterReportService.meeting_plan_data",
    ),
    "meeting plan PDF": case(
        lambda s, w: cluster_reports(s).meeting_plan_pdf(w.event),
        EVERYONE,
        "ClusterReportService.meeting_plan_pdf",
    ),
    "write meeting plan": case(
        lambda s, w: cluster_reports(s).write_meeting_plan(w.event, w.tmp / "plan.pdf"),
        EVERYONE,
        "ClusterReportService.write_meeting_plan",
    ),
    "member register data": case(
        lambda s, w: cluster_reports(s).member_report_data(on=dt.date(2026, 1, 1)),
        EVERYONE,
        "ClusterReportService.member_report_data",
    ),
    "member register PDF": case(
        lambda s, w: cluster_reports(s).member_report_pdf(cluster_id=w.cluster),
        EVERYONE,
        "ClusterReportService.member_report_pdf",
    ),
    "write member register": case(
        lambda s, w: cluster_reports(s).write_member_report(w.tmp / "members.pdf"),
        EVERYONE,
        "ClusterReportService.write_member_report",
    ),
    # --- the collaboration report: each reader counts the projects they read
    # (tests/reports/test_collaboration_report.py: a mentor's is partial)
    "collaboration report data": case(
        lambda s, w: collab_reports(s).collaboration_report_data(2026),
        EVERYONE,
        "CollaborationReportService.collaboration_report_data",
    ),
    "collaboration report PDF": case(
        lambda s, w: collab_reports(s).collaboration_report_pdf(2026, w.cluster),
        EVERYONE,
        "CollaborationReportService.collaboration_report_pdf",
    ),
    "export projects": case(lambda s, w: export(s).projects(), EVERYONE, "ExportService.projects"),
    "preview a projects import": case(
        lambda s, w: ProjectImportService(s.db, s.actor).preview_projects(_projects_book(w)),
        COORDINATOR,
        "ProjectImportService.preview_projects",
    ),
    "write collaboration report": case(
        lambda s, w: collab_reports(s).write_collaboration_report(w.tmp / "joint.pdf", 2026),
        EVERYONE,
        "CollaborationReportService.write_collaboration_report",
    ),
    # --- the annual report: each reader counts what they read (a mentor's copy the
    # companies of their cohorts: tests/services/test_annual_report.py)
    "annual report data": case(
        lambda s, w: AnnualReportService(s.db, s.actor).annual_report_data(2026, w.cluster),
        EVERYONE,
        "AnnualReportService.annual_report_data",
    ),
    "annual report PDF": case(
        lambda s, w: AnnualReportService(s.db, s.actor).annual_report_pdf(2026, w.cluster),
        EVERYONE,
        "AnnualReportService.annual_report_pdf",
    ),
    "annual workbook": case(
        lambda s, w: AnnualReportService(s.db, s.actor).annual_workbook(2026, w.cluster),
        EVERYONE,
        "AnnualReportService.annual_workbook",
    ),
    "annual report files": case(
        lambda s, w: AnnualReportService(s.db, s.actor).annual_report_files(2026, w.cluster),
        EVERYONE,
        "AnnualReportService.annual_report_files",
    ),
    "write annual report": case(
        lambda s, w: AnnualReportService(s.db, s.actor).write_annual_report(
            w.tmp / "annual.pdf", 2026, w.cluster, workbook=w.tmp / "annual.xlsx"
        ),
        EVERYONE,
        "AnnualReportService.write_annual_report",
    ),
}

#: Methods that by design check no actor; each with why. Keep this short.
EXEMPT: dict[str, str] = {
    "AuthService.sign_in": "establishes who the actor is; checks password and deactivation itself",
    "AuthService.server_sign_in": "establishes who the actor is from the server's login; "
    "refuses a deactivated user itself (tests/server)",
    "AuthService.create_first_coordinator": "first run only, as the system; refused once a user "
    "can sign in",
    "SafetyService.back_up_now": "works on the file, not a session; only adds a checked copy",
    "SafetyService.ensure_recent_backup": "start-up daily copy of the file, before anyone signs in",
    "SafetyService.list_backups": "lists backup files beside the database; no programme data",
    "SafetyService.newest_good_backup": "picks a backup file for recovery when the database "
    "cannot be opened (nobody can sign in)",
    "SafetyService.inspect": "checks a backup file before a restore; restore itself is "
    "coordinator-only (test_only_a_coordinator_restores)",
    "DatabaseService.start_check": "starts SQLite's check of the file as the window first "
    "paints, before anyone signs in; reads no programme data",
    "DatabaseService.checking": "whether the file's check is still running; no data",
    "DatabaseService.refusal": "why the file's check refused every write; no data",
    "SafetyService.location_warning": "says whether the database's folder is risky; no data",
    # The window's start, before anyone signs in (services/startup.py).
    "StartupService.lock": "takes the file's instance lock before anyone signs in; no data",
    "StartupService.open": "opens the database for the sign-in; the services it returns check",
    "StartupService.open_read_only": "opens the file read-only: nothing can be written",
    "StartupService.newest_good_backup": "picks a backup file for a damaged database, which "
    "nobody can sign in to",
    "StartupService.restore_damaged": "puts the newest good backup in place of a damaged "
    "file, which nobody can sign in to (the person chose it in the start's message)",
    "StartupService.give_up": "lets go of the instance lock when no window opens",
}

#: restore is tested on its own (it replaces the database file): see below.
SAFETY_COVERED = frozenset({"SafetyService.restore", "SafetyService.restore_open_database"})

SERVICE_CLASSES = (
    ProgrammeService,
    CompanyService,
    ClusterService,
    MemberService,
    EventService,
    NeedService,
    MeetingService,
    ProjectService,
    FigureService,
    SessionService,
    FigureFormService,
    EnrolmentService,
    AssessmentService,
    FrameworkService,
    UserService,
    DatabaseService,
    OverviewService,
    OutcomeService,
    MentoringService,
    AuditService,
    AuthService,
    ImportService,
    ExportService,
    ReportingService,
    ClusterReportService,
    CollaborationReportService,
    AnnualReportService,
    ProjectImportService,
    SafetyService,
    StartupService,
    PermissionService,
)

COVERED = (
    frozenset(name for c in (*WRITES.values(), *READS.values()) for name in c.covers)
    | SAFETY_COVERED
)


def _public_methods() -> set[str]:
    return {
        f"{cls.__name__}.{name}"
        for cls in SERVICE_CLASSES
        for name, function in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and function.__module__.startswith("accelerator.services")
    }


def test_every_public_service_method_has_a_permission_case() -> None:
    methods = _public_methods()
    missing = methods - COVERED - set(EXEMPT)
    assert not missing, f"add a WRITES/READS case (or an EXEMPT reason) for {sorted(missing)}"
    unknown = (COVERED | set(EXEMPT)) - methods
    assert not unknown, f"no such public service method: {sorted(unknown)}"
    assert not COVERED & set(EXEMPT), "a method is both covered and exempt"


def test_every_service_module_is_listed() -> None:
    """A new service class in accelerator/services must join SERVICE_CLASSES."""
    import accelerator.services as package

    found = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"accelerator.services.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and cls.__name__.endswith("Service"):
                found.add(cls)
    assert found - {Service} <= set(SERVICE_CLASSES)


def _state(services: Services) -> str:
    """A digest of every row of every table: a refused write must leave it unchanged."""
    digest = hashlib.sha256()
    with services.db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(WRITES))
def test_writes(world: World, name: str, role: str) -> None:
    c = WRITES[name]
    if c.prepare is not None:
        c.prepare(world)
    services = world.services.acting_as(world.actors[role])
    for run in _runs(c):
        before = _state(world.services)
        if role in c.allowed:
            run(services, world)
            assert _state(world.services) != before
        else:
            with pytest.raises(PermissionDeniedError):
                run(services, world)
            assert _state(world.services) == before


def _runs(c: Case) -> tuple[Run, ...]:
    return c.run if isinstance(c.run, tuple) else (c.run,)


def _read_groups(size: int = 8) -> dict[str, tuple[str, ...]]:
    """The reads change nothing, so several share one world (one per test keeps it fast)."""
    names = list(READS)
    return {
        f"reads {i // size + 1}: {names[i]} ...": tuple(names[i : i + size])
        for i in range(0, len(names), size)
    }


READ_GROUPS = _read_groups()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("group", list(READ_GROUPS))
def test_reads(read_world: World, group: str, role: str) -> None:
    world = read_world
    services = world.services.acting_as(world.actors[role])
    before = _state(world.services)
    for name in READ_GROUPS[group]:
        c = READS[name]
        for run in _runs(c):
            if role in c.allowed:
                run(services, world)
                continue
            try:
                with pytest.raises(PermissionDeniedError):
                    run(services, world)
            except pytest.fail.Exception as error:
                raise AssertionError(f"{name!r} as {role}: {error}") from None
    assert _state(world.services) == before, "a read changed the database"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("backend", ["sqlite"])  # a backup file is SQLite's alone
def test_only_a_coordinator_restores(world: World, role: str) -> None:
    path = world.services.db.path
    assert path is not None
    safety = SafetyService(path, world.tmp / "backups", world.actors[role])
    backup = SafetyService(path, world.tmp / "backups").back_up_now()
    if role == "coordinator":
        world.services.db.dispose()
        assert safety.restore(backup.path).restored_from == backup.path
    else:
        before = path.read_bytes()
        with pytest.raises(PermissionDeniedError):
            safety.restore(backup.path)
        assert path.read_bytes() == before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("backend", ["sqlite"])  # a backup file is SQLite's alone
def test_only_a_coordinator_restores_over_the_open_database(world: World, role: str) -> None:
    """The window's restore (File > Restore from backup), as each role."""
    db = world.services.db
    path = db.path
    assert path is not None
    backup = SafetyService(path, world.tmp / "backups").back_up_now()
    safety = SafetyService.for_database(db, world.tmp / "backups", world.actors[role])
    if role == "coordinator":
        assert safety.restore_open_database(backup.path).restored_from == backup.path
    else:
        before = path.read_bytes()
        with pytest.raises(PermissionDeniedError):
            safety.restore_open_database(backup.path)
        assert path.read_bytes() == before


def test_a_mentor_sees_only_the_companies_and_cohorts_they_mentor_in(world: World) -> None:
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert [c.id for c in mentor.programmes.list_cohorts()] == [world.mine_cohort]
    rows = mentor.overview.company_rows()
    assert [r.id for r in rows] == [world.company]
    assert [[r.id for r in b] for b in mentor.overview.company_row_batches()] == [[world.company]]
    unassigned = world.services.acting_as(world.actors["unassigned mentor"])
    assert unassigned.programmes.list_cohorts() == []
    assert unassigned.overview.company_rows() == []
    assert unassigned.companies.count_companies() == 0
    assert unassigned.enrolments.checklists_to_update(world.programme_id) == 0
    assert mentor.companies.count_companies() == 1


def test_a_mentor_finds_only_their_companies(world: World, make: Factory) -> None:
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert [c.id for c in mentor.companies.list_companies()] == [world.company]
    other = world.services.enrolments.get_enrolment(world.other_enrolment).company_id
    with pytest.raises(PermissionDeniedError):
        mentor.companies.get_company(other)
    assert mentor.companies.get_company(world.company).id == world.company


def test_a_mentor_reads_the_memberships_of_their_companies_only(world: World) -> None:
    def members(role: str) -> list[str]:
        services = world.services.acting_as(world.actors[role])
        return [m.organisation_name for m in services.members.list_memberships()]

    company = world.services.companies.get_company(world.company).name
    assert members("assigned mentor") == [company]
    assert members("unassigned mentor") == []
    assert sorted(members("viewer")) == sorted([company, "Havforsk Institutt"])
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    (counts,) = mentor.members.member_counts(dt.date(2026, 1, 1))
    assert (counts.total, counts.by_kind[OrganisationKind.RESEARCH_INSTITUTE]) == (1, 0)


def test_a_mentor_reads_the_registrations_of_their_companies_only(world: World) -> None:
    def people(role: str) -> list[str]:
        services = world.services.acting_as(world.actors[role])
        return [r.name for r in services.events.registrations(world.event)]

    assert people("assigned mentor") == ["Kari"]
    assert people("unassigned mentor") == []
    assert people("viewer") == ["Gjest Hansen", "Kari"]
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert mentor.events.door_counts(world.event).expected == 1
    (event,) = [e for e in mentor.events.list_events() if e.id == world.event]
    assert event.counts.expected == 1
    assert [e.title for e in mentor.events.events_of(world.other_company)] == []
    unassigned = world.services.acting_as(world.actors["unassigned mentor"])
    # Every event is everyone's to read; a cohort the reader does not see is not named.
    (session,) = [e for e in unassigned.events.list_events() if e.title == "Kick-off"]
    assert session.cohort_name == ""
    (session,) = [e for e in mentor.events.list_events() if e.title == "Kick-off"]
    assert session.cohort_name != ""


def test_a_mentor_reads_the_needs_and_meetings_of_their_companies_only(world: World) -> None:
    def read(role: str) -> tuple[list[str], list[tuple[str, str]]]:
        services = world.services.acting_as(world.actors[role])
        return (
            [n.summary for n in services.needs.list_needs()],
            [(m.organisation_name, m.counterpart_name) for m in services.meetings.list_meetings()],
        )

    company = world.services.companies.get_company(world.company).name
    other = world.services.companies.get_company(world.other_company).name
    loose = world.services.companies.get_company(world.loose_company).name
    # The other side of their company's meeting is not named: the mentor does not read it.
    assert read("assigned mentor") == (["Pilot site"], [(company, "")])
    assert read("unassigned mentor") == ([], [])
    assert read("viewer") == (
        ["Pilot site", "Test pen"],
        [(company, "Havforsk Institutt"), (other, loose)],
    )
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert mentor.meetings.figures().requested == 1
    assert mentor.needs.proposals() == []  # the institute's offer is not theirs to read


def test_a_mentor_reads_the_projects_of_their_companies_only(world: World) -> None:
    def read(role: str) -> list[tuple[str, list[str]]]:
        projects = world.services.acting_as(world.actors[role]).projects
        return [
            (r.title, [p.organisation_name for p in projects.get_project(r.id).partners])
            for r in projects.list_projects()
        ]

    company = world.services.companies.get_company(world.company).name
    other = world.services.companies.get_company(world.other_company).name
    loose = world.services.companies.get_company(world.loose_company).name
    # The institute, their company's partner, is not named: the mentor does not read it.
    assert read("assigned mentor") == [("Lice sensing", [company, ""])]
    assert read("unassigned mentor") == []
    assert sorted(read("viewer")) == sorted(
        [
            ("Lice sensing", [company, "Havforsk Institutt"]),
            ("Hull cleaning", sorted([other, loose], key=collation_key)),
        ]
    )
    mentor = world.services.acting_as(world.actors["assigned mentor"]).projects
    # Their company and its cluster; not the institute, nor the other project's two.
    assert {n.label for n in mentor.collaboration().nodes} == {company, "Ocean cluster"}


# --- what the window offers agrees with what the services do ------------------------------
# The window asks PermissionService.allows before it offers a use case; each case above is
# offered as one use case, for one enrolment where a mentor's answer depends on whom they
# mentor. A deactivated person has no window (signing in refuses them).

Mine = Callable[[World], int]  # the enrolment the use case is offered for
OWN: Mine = lambda w: w.enrolment  # noqa: E731
OTHER: Mine = lambda w: w.other_enrolment  # noqa: E731

OFFERED_AS: dict[str, tuple[UseCase, Mine | None]] = {
    "create programme": (UseCase.MANAGE_PROGRAMMES, None),
    "update programme": (UseCase.MANAGE_PROGRAMMES, None),
    "archive programme": (UseCase.MANAGE_PROGRAMMES, None),
    "set template": (UseCase.MANAGE_PROGRAMMES, None),
    "create cohort": (UseCase.MANAGE_PROGRAMMES, None),
    "update own cohort": (UseCase.MANAGE_PROGRAMMES, None),
    "create company": (UseCase.MANAGE_COMPANIES, None),
    "update own company": (UseCase.MANAGE_COMPANIES, None),
    "add contact": (UseCase.MANAGE_COMPANIES, None),
    "update contact": (UseCase.MANAGE_COMPANIES, None),
    "remove contact": (UseCase.MANAGE_COMPANIES, None),
    "enrol": (UseCase.MANAGE_ENROLMENTS, None),
    "enrol companies": (UseCase.MANAGE_ENROLMENTS, None),
    "enrol a new company": (UseCase.MANAGE_ENROLMENTS, None),
    "withdraw": (UseCase.MANAGE_ENROLMENTS, None),
    "assign mentor": (UseCase.MANAGE_ENROLMENTS, None),
    "unassign mentor": (UseCase.MANAGE_ENROLMENTS, None),
    "apply template": (UseCase.MANAGE_ENROLMENTS, None),
    "tick own milestone": (UseCase.UPDATE_MILESTONES, OWN),
    "tick another enrolment's milestone": (UseCase.UPDATE_MILESTONES, OTHER),
    "add milestone": (UseCase.UPDATE_MILESTONES, OWN),
    "add milestone to another enrolment": (UseCase.UPDATE_MILESTONES, OTHER),
    "log assessment": (UseCase.LOG_ASSESSMENTS, OWN),
    "log assessment for another enrolment": (UseCase.LOG_ASSESSMENTS, OTHER),
    "import framework": (UseCase.MANAGE_FRAMEWORKS, None),
    "revise framework": (UseCase.MANAGE_FRAMEWORKS, None),
    "create user": (UseCase.MANAGE_USERS, None),
    "deactivate user": (UseCase.MANAGE_USERS, None),
    "reset another's password": (UseCase.MANAGE_USERS, None),
    "set own password": (UseCase.CHANGE_OWN_PASSWORD, None),
    "change own password": (UseCase.CHANGE_OWN_PASSWORD, None),
    "import companies": (UseCase.IMPORT_COMPANIES, None),
    "create cluster": (UseCase.MANAGE_MEMBERS, None),
    "update cluster": (UseCase.MANAGE_MEMBERS, None),
    "set tiers": (UseCase.MANAGE_MEMBERS, None),
    "set an organisation's kind": (UseCase.MANAGE_MEMBERS, None),
    "join a cluster": (UseCase.MANAGE_MEMBERS, None),
    "join a cluster as a new organisation": (UseCase.MANAGE_MEMBERS, None),
    "change a member's tier": (UseCase.MANAGE_MEMBERS, None),
    "leave a cluster": (UseCase.MANAGE_MEMBERS, None),
    "create event": (UseCase.MANAGE_EVENTS, None),
    "update event": (UseCase.MANAGE_EVENTS, None),
    "delete event": (UseCase.MANAGE_EVENTS, None),
    "register for an event": (UseCase.MANAGE_EVENTS, None),
    "cancel a registration": (UseCase.MANAGE_EVENTS, None),
    "change registrations": (UseCase.MANAGE_EVENTS, None),
    "mark no-shows": (UseCase.MANAGE_EVENTS, None),
    "import registrations": (UseCase.MANAGE_EVENTS, None),
    "check in": (UseCase.CHECK_IN, None),
    "undo a check-in": (UseCase.CHECK_IN, None),
    "walk in": (UseCase.CHECK_IN, None),
    "the door's list": (UseCase.CHECK_IN, None),
    "record a need": (UseCase.MANAGE_MATCHMAKING, None),
    "change a need": (UseCase.MANAGE_MATCHMAKING, None),
    "close a need": (UseCase.MANAGE_MATCHMAKING, None),
    "reopen a need": (UseCase.MANAGE_MATCHMAKING, None),
    "mark a need matched": (UseCase.MANAGE_MATCHMAKING, None),
    "book a meeting": (UseCase.MANAGE_MATCHMAKING, None),
    "move a meeting": (UseCase.MANAGE_MATCHMAKING, None),
    "cancel a meeting": (UseCase.MANAGE_MATCHMAKING, None),
    "record a meeting's outcome": (UseCase.MANAGE_MATCHMAKING, None),
    "create project": (UseCase.MANAGE_PROJECTS, None),
    "update project": (UseCase.MANAGE_PROJECTS, None),
    "set a project's status": (UseCase.MANAGE_PROJECTS, None),
    "delete project": (UseCase.MANAGE_PROJECTS, None),
    "add project partner": (UseCase.MANAGE_PROJECTS, None),
    "update project partner": (UseCase.MANAGE_PROJECTS, None),
    "remove project partner": (UseCase.MANAGE_PROJECTS, None),
    "add a cluster to a project": (UseCase.MANAGE_PROJECTS, None),
    "remove a cluster from a project": (UseCase.MANAGE_PROJECTS, None),
    "add funding application": (UseCase.MANAGE_PROJECTS, None),
    "update funding application": (UseCase.MANAGE_PROJECTS, None),
    "remove funding application": (UseCase.MANAGE_PROJECTS, None),
    "keep the strategic areas": (UseCase.MANAGE_PROJECTS, None),
    "keep the funding schemes": (UseCase.MANAGE_PROJECTS, None),
    "import projects": (UseCase.MANAGE_PROJECTS, None),
    "log mentor session": (UseCase.LOG_MENTOR_SESSIONS, OWN),
    "correct mentor session": (UseCase.LOG_MENTOR_SESSIONS, OWN),
    "remove mentor session": (UseCase.LOG_MENTOR_SESSIONS, OWN),
    "set mentor capacity": (UseCase.MANAGE_USERS, None),
    "record member figures": (UseCase.MANAGE_FIGURES, None),
    "keep the figure fields": (UseCase.MANAGE_FIGURES, None),
    "write collection forms": (UseCase.MANAGE_FIGURES, None),
    "collect forms": (UseCase.MANAGE_FIGURES, None),
    # reads the window offers behind a use case of their own
    "audit trail": (UseCase.READ_AUDIT_TRAIL, None),
    "export confidential notes": (UseCase.READ_CONFIDENTIAL, None),
    "internal company report": (UseCase.READ_CONFIDENTIAL, None),
}

#: Use cases with no single case above, with where they are checked.
CHECKED_ELSEWHERE = {
    UseCase.RESTORE_BACKUP: "test_only_a_coordinator_is_offered_a_restore, below",
    UseCase.CORRECT_ANY_ASSESSMENT: "'correct assessment': the coordinator corrects the mentor's",
    UseCase.LOAD_DEMO: "the demo writes programmes, companies and users: a coordinator's",
    UseCase.EXPORT: "offered to everyone; the export dialog offers only what each may read",
    UseCase.PRINT_REPORTS: "offered to everyone; the Reports page lists only what each may read",
}

#: Writes offered by something finer than a use case, with why.
OFFERED_OTHERWISE = {
    "correct assessment": "offered per assessment, to its author or a coordinator",
}


def test_every_write_and_use_case_is_offered() -> None:
    missing = set(WRITES) - set(OFFERED_AS) - set(OFFERED_OTHERWISE)
    assert not missing, f"say which use case the window offers for {sorted(missing)}"
    assert set(OFFERED_AS) <= set(WRITES) | set(READS)
    used = {use_case for use_case, _ in OFFERED_AS.values()}
    assert used | set(CHECKED_ELSEWHERE) == set(UseCase)


@pytest.mark.parametrize("backend", ["sqlite"])  # the answer is the same code on both
@pytest.mark.parametrize("role", sorted(EVERYONE))
def test_the_window_offers_what_the_services_allow(world: World, role: str) -> None:
    """For each use case the window asks about, its answer for each kind of person is what
    the service does when they try (the matrix above)."""
    services = world.services.acting_as(world.actors[role])
    wrong = []
    for name, (use_case, mine) in OFFERED_AS.items():
        allowed = role in (WRITES.get(name) or READS[name]).allowed
        answer = services.permissions.allows(
            use_case, enrolment_id=mine(world) if mine is not None else None
        )
        if answer != allowed:
            wrong.append(
                f"{name}: the window would offer it: {answer}; the service allows: {allowed}"
            )
    assert not wrong, wrong


@pytest.mark.parametrize("backend", ["sqlite"])
def test_only_a_coordinator_is_offered_a_restore(world: World) -> None:
    for role in EVERYONE:
        allowed = world.services.acting_as(world.actors[role]).permissions.allows(
            UseCase.RESTORE_BACKUP
        )
        assert allowed == (role == "coordinator"), role
