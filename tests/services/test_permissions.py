"""Every use case as each kind of user: allowed or refused by the service, and a refused
write changes nothing (not even the audit trail)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, MilestoneStatus, Role
from accelerator.domain.framework_file import bundled_framework_paths, load_framework_file
from accelerator.errors import PermissionDeniedError
from accelerator.services import Actor, Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.audit_log import AuditService
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.importing import ImportService, read_companies_csv, suggest_mapping
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from accelerator.services.users import UserInput
from tests.factories import DIMENSIONS, Factory, org_number

ROLES = ("coordinator", "assigned mentor", "unassigned mentor", "viewer", "deactivated")
EVERYONE = frozenset(ROLES) - {"deactivated"}
COORDINATOR = frozenset({"coordinator"})
ASSIGNED = frozenset({"coordinator", "assigned mentor"})
SEES_COHORT = frozenset({"coordinator", "assigned mentor", "viewer"})
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


@pytest.fixture
def world(services: Services, make: Factory) -> World:
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
    return World(
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
    )


Case = Callable[[Services, World], object]


def _csv(tmp: str) -> bytes:
    return f"name;orgnr\nImported AS;{org_number(900 + len(tmp))}\n".encode()


WRITES: dict[str, tuple[Case, frozenset[str]]] = {
    "create programme": (
        lambda s, w: s.programmes.create_programme(ProgrammeInput("New programme")),
        COORDINATOR,
    ),
    "archive programme": (
        lambda s, w: s.programmes.set_archived(w.programme_id, True),
        COORDINATOR,
    ),
    "set template": (
        lambda s, w: s.programmes.set_template(w.programme_id, [TemplateItemInput("X", "team")]),
        COORDINATOR,
    ),
    "create cohort": (
        lambda s, w: s.programmes.create_cohort(
            CohortInput(w.programme_id, "New", dt.date(2026, 1, 1), dt.date(2026, 6, 1))
        ),
        COORDINATOR,
    ),
    "create company": (
        lambda s, w: s.companies.create_company(CompanyInput("Ny AS")),
        COORDINATOR,
    ),
    "add contact": (
        lambda s, w: s.companies.add_contact(w.company, ContactInput("Åse")),
        COORDINATOR,
    ),
    "enrol": (
        lambda s, w: s.enrolments.enrol(
            w.mine_cohort, s.companies.create_company(CompanyInput("Another AS")).id
        ),
        COORDINATOR,
    ),
    "withdraw": (
        lambda s, w: s.enrolments.set_status(
            w.enrolment, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 3, 1), reason="Moved"
        ),
        COORDINATOR,
    ),
    "assign mentor": (lambda s, w: s.enrolments.assign_mentor(w.enrolment, w.user), COORDINATOR),
    "apply template": (
        lambda s, w: (
            s.programmes.set_template(
                w.programme_id, [TemplateItemInput("Interviews", "customer", due_offset_weeks=9)]
            ),
            s.enrolments.apply_template(w.programme_id),
        ),
        COORDINATOR,
    ),
    "tick own milestone": (
        lambda s, w: s.enrolments.set_milestone_status(
            w.milestone, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1), evidence="Notes"
        ),
        ASSIGNED,
    ),
    "add milestone": (
        lambda s, w: s.enrolments.add_milestone(w.enrolment, "Visit", "customer"),
        ASSIGNED,
    ),
    "log assessment": (
        lambda s, w: s.assessments.log_assessment(
            AssessmentInput(w.enrolment, LEVELS, assessed_on=dt.date(2026, 3, 1))
        ),
        ASSIGNED,
    ),
    "correct assessment": (
        lambda s, w: s.assessments.correct_assessment(
            w.assessment, AssessmentInput(w.enrolment, LEVELS, notes="Corrected")
        ),
        ASSIGNED,
    ),
    "tick another enrolment's milestone": (
        lambda s, w: s.enrolments.set_milestone_status(
            s.enrolments.milestones(w.other_enrolment)[0].id, MilestoneStatus.IN_PROGRESS
        ),
        COORDINATOR,
    ),
    "import framework": (
        lambda s, w: s.frameworks.import_framework(
            load_framework_file(
                next(p for p in bundled_framework_paths() if "technology" in p.name)
            )
        ),
        COORDINATOR,
    ),
    "create user": (
        lambda s, w: s.users.create_user(UserInput("newbie", "New", Role.VIEWER)),
        COORDINATOR,
    ),
    "deactivate user": (lambda s, w: s.users.set_active(w.user, False), COORDINATOR),
    "import companies": (
        lambda s, w: ImportService(s.db, s.actor).import_companies(
            (table := read_companies_csv(_csv("x"))), suggest_mapping(table.headers).fields
        ),
        COORDINATOR,
    ),
}

READS: dict[str, tuple[Case, frozenset[str]]] = {
    "list programmes": (lambda s, w: s.programmes.list_programmes(), EVERYONE),
    "read own cohort": (lambda s, w: s.programmes.get_cohort(w.mine_cohort), SEES_COHORT),
    "read another cohort": (
        lambda s, w: s.programmes.get_cohort(w.other_cohort),
        frozenset({"coordinator", "viewer"}),
    ),
    "own cohort's dashboard": (
        lambda s, w: s.overview.cohort_dashboard(w.mine_cohort),
        SEES_COHORT,
    ),
    "another cohort's dashboard": (
        lambda s, w: s.overview.cohort_dashboard(w.other_cohort),
        frozenset({"coordinator", "viewer"}),
    ),
    "assessment history": (lambda s, w: s.assessments.list_for_enrolment(w.enrolment), SEES_COHORT),
    "milestones": (lambda s, w: s.enrolments.milestones(w.enrolment), SEES_COHORT),
    "company list": (lambda s, w: s.overview.company_rows(), EVERYONE),
    "audit trail": (lambda s, w: AuditService(s.db, s.actor).entries(), COORDINATOR),
}


def _state(services: Services) -> str:
    """A digest of every row of every table: a refused write must leave it unchanged."""
    digest = hashlib.sha256()
    with services.db.read() as s:
        tables = s.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ).scalars()
        for table in list(tables):
            for row in s.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(WRITES))
def test_writes(world: World, name: str, role: str) -> None:
    case, allowed = WRITES[name]
    services = world.services.acting_as(world.actors[role])
    before = _state(world.services)
    if role in allowed:
        case(services, world)
        assert _state(world.services) != before
    else:
        with pytest.raises(PermissionDeniedError):
            case(services, world)
        assert _state(world.services) == before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(READS))
def test_reads(world: World, name: str, role: str) -> None:
    case, allowed = READS[name]
    services = world.services.acting_as(world.actors[role])
    if role in allowed:
        case(services, world)
    else:
        with pytest.raises(PermissionDeniedError):
            case(services, world)


def test_a_mentor_sees_only_the_companies_and_cohorts_they_mentor_in(world: World) -> None:
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert [c.id for c in mentor.programmes.list_cohorts()] == [world.mine_cohort]
    rows = mentor.overview.company_rows()
    assert [r.id for r in rows] == [world.company]
    unassigned = world.services.acting_as(world.actors["unassigned mentor"])
    assert unassigned.programmes.list_cohorts() == []
    assert unassigned.overview.company_rows() == []


def test_a_mentor_finds_only_their_companies(world: World, make: Factory) -> None:
    mentor = world.services.acting_as(world.actors["assigned mentor"])
    assert [c.id for c in mentor.companies.list_companies()] == [world.company]
    other = world.services.enrolments.get_enrolment(world.other_enrolment).company_id
    with pytest.raises(PermissionDeniedError):
        mentor.companies.get_company(other)
    assert mentor.companies.get_company(world.company).id == world.company
