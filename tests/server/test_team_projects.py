"""Joint projects on a team server: a mentor reads a project with a partner of the
companies of their cohorts, and its partners, clusters, documents, timeline and funding
(the other partners not named unless they read them too); a viewer reads every one; the
strategic areas and funding schemes are everyone's to read; only a coordinator keeps
projects, through the program or a SQL client."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from accelerator.db.open import open_database
from accelerator.domain.enums import PartnerRole, ProjectStatus
from accelerator.errors import NotFoundError, PermissionDeniedError
from accelerator.services import Services
from accelerator.services.projects import DocumentLink, FundingInput, PartnerInput, ProjectInput
from tests.server.conftest import Team

PROJECT_TABLES = (
    "projects",
    "project_partners",
    "project_clusters",
    "project_documents",
    "project_status_changes",
    "funding_applications",
)


def _count(conn: psycopg.Connection[tuple[object, ...]], table: str) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(str(row[0]))


@pytest.fixture
def recorded(team: Team) -> dict[str, int]:
    """A project of Alice's company with the other cohort's company (a document, a
    cluster by hand, an application), and a project of the other company alone; recorded
    as the owner (the program's set-up)."""
    db = open_database(team.server.url(dbname=team.database))
    try:
        services = Services(db)
        mine = services.enrolments.get_enrolment(team.ids["e_mine"]).company_id
        other = services.enrolments.get_enrolment(team.ids["e_other"]).company_id
        projects = services.projects
        shared = projects.create_project(
            ProjectInput(
                "Lice sensing",
                start_on=dt.date(2026, 2, 1),
                documents=[DocumentLink("Plan", "https://example.org/plan.pdf")],
            )
        ).id
        projects.add_partner(shared, PartnerInput(mine, PartnerRole.LEAD))
        projects.add_partner(shared, PartnerInput(other, PartnerRole.PARTNER))
        projects.add_cluster(shared, services.clusters.list_clusters()[0].id)
        scheme = projects.funding_schemes()[0].id
        projects.add_funding(shared, FundingInput(scheme, 100_000))
        alone = projects.create_project(ProjectInput("Hull cleaning")).id
        projects.add_partner(alone, PartnerInput(other, PartnerRole.LEAD))
        return {"shared": shared, "alone": alone, "mine": mine, "other": other}
    finally:
        db.dispose()


def test_a_mentor_reads_the_projects_of_their_companies(
    team: Team, recorded: dict[str, int]
) -> None:
    with team.raw("alice") as alice, team.raw("vera") as vera, team.raw("dan") as dan:
        assert alice.execute("SELECT id FROM projects").fetchall() == [(recorded["shared"],)]
        # What is in her project, both partners' rows too; nothing of the other project.
        assert [_count(alice, t) for t in PROJECT_TABLES] == [1, 2, 1, 1, 1, 1]
        assert [_count(vera, t) for t in PROJECT_TABLES] == [2, 3, 1, 1, 2, 1]
        assert [_count(dan, t) for t in PROJECT_TABLES] == [0] * 6  # deactivated
        for table in ("strategic_areas", "funding_schemes"):
            assert _count(alice, table) > 0 and _count(vera, table) > 0
            assert _count(dan, table) == 0
    # The program sees what the server lets it: the same as on a file.
    alice_services = team.services("alice")
    try:
        (row,) = alice_services.projects.list_projects()
        assert row.id == recorded["shared"]
        project = alice_services.projects.get_project(recorded["shared"])
        assert [(p.organisation_id, bool(p.organisation_name)) for p in project.partners] == [
            (recorded["mine"], True),
            (recorded["other"], False),
        ]
        assert len(project.funding) == 1 and len(project.documents) == 1
        # Hidden by the server, it is not there for her at all.
        with pytest.raises(NotFoundError):
            alice_services.projects.get_project(recorded["alone"])
        with pytest.raises(PermissionDeniedError):
            alice_services.projects.set_status(recorded["shared"], ProjectStatus.APPLYING)
    finally:
        alice_services.db.dispose()


def test_only_a_coordinator_keeps_projects(team: Team, recorded: dict[str, int]) -> None:
    with team.raw("alice") as alice:
        for statement in (
            "UPDATE projects SET title = 'sneaky'",
            "UPDATE funding_applications SET amount_applied = 1",
            "DELETE FROM project_documents",
            "UPDATE strategic_areas SET name = 'sneaky'",
            "INSERT INTO funding_schemes (name, position, active) VALUES ('Mine', 99, true)",
            f"INSERT INTO project_partners (project_id, organisation_id, role, created_at) "
            f"VALUES ({recorded['shared']}, {recorded['other']}, 'lead', now())",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alice.execute(statement)
    kari = team.services("kari")
    try:
        moved = kari.projects.set_status(recorded["shared"], ProjectStatus.APPLYING)
        assert moved.status is ProjectStatus.APPLYING
        kari.projects.delete_project(recorded["alone"])
        assert [r.id for r in kari.projects.list_projects()] == [recorded["shared"]]
    finally:
        kari.db.dispose()
