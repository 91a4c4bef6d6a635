"""The cluster register on a team server: clusters and their tiers are everyone's to read,
a membership goes with its organisation (a mentor reads those of the companies of their
cohorts), only a coordinator writes them, and nobody deletes a membership."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import text

from accelerator.db.open import open_database
from accelerator.domain.enums import OrganisationKind
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from tests.server.conftest import Team


def _rows(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


@pytest.fixture
def members(team: Team) -> dict[str, int]:
    """Alice's and Bob's companies and a research institute, members of the programme's
    cluster, joined as the owner (the program's set-up)."""
    db = open_database(team.server.url(dbname=team.database))
    try:
        services = Services(db)
        (cluster,) = services.clusters.list_clusters()
        institute = services.companies.create_company(
            CompanyInput("Havforsk Institutt", kind=OrganisationKind.RESEARCH_INSTITUTE)
        )
        ids = {"cluster": cluster.id, "institute": institute.id}
        for key, enrolment in (("alice's", "e_mine"), ("bob's", "e_other")):
            company = services.enrolments.get_enrolment(team.ids[enrolment]).company_id
            ids[key] = services.members.join(company, cluster.id, None, dt.date(2026, 1, 5)).id
        ids["institute's"] = services.members.join(
            institute.id, cluster.id, None, dt.date(2026, 1, 5)
        ).id
        return ids
    finally:
        db.dispose()


def test_a_mentor_reads_every_cluster_and_the_memberships_of_their_companies(
    team: Team, members: dict[str, int]
) -> None:
    with team.raw("alice") as alice, team.raw("vera") as vera:
        for conn in (alice, vera):
            assert _rows(conn, "SELECT count(*) FROM clusters") == [(1,)]
            assert _rows(conn, "SELECT count(*) FROM cluster_tiers") == [(4,)]
        assert _rows(alice, "SELECT id FROM memberships") == [(members["alice's"],)]
        assert len(_rows(vera, "SELECT id FROM memberships")) == 3
    with team.raw("dan") as dan:  # deactivated
        assert _rows(dan, "SELECT id FROM clusters") == []
        assert _rows(dan, "SELECT id FROM memberships") == []


def test_only_a_coordinator_writes_the_register(team: Team, members: dict[str, int]) -> None:
    alices, bobs = members["alice's"], members["bob's"]
    with team.raw("alice") as alice:
        for statement in (
            "UPDATE clusters SET ours = false",
            "INSERT INTO cluster_tiers (cluster_id, name, position) "
            f"VALUES ({members['cluster']}, 'Sponsor', 9)",
            f"UPDATE memberships SET left_on = '2026-03-01' WHERE id = {alices}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alice.execute(statement)
    with team.raw("kari") as kari:
        kari.execute(f"UPDATE memberships SET left_on = '2026-03-01' WHERE id = {bobs}")
        assert _rows(kari, f"SELECT left_on FROM memberships WHERE id = {bobs}") == [
            (dt.date(2026, 3, 1),)
        ]


def test_nobody_deletes_a_membership_not_even_a_coordinator(
    team: Team, members: dict[str, int]
) -> None:
    with team.raw("kari") as kari:
        with pytest.raises(psycopg.Error, match="memberships cannot be deleted"):
            kari.execute("DELETE FROM memberships")
        assert _rows(kari, "SELECT count(*) FROM memberships") == [(3,)]
    # The tables' owner (and the server's superuser) meet the same refusal.
    db = open_database(team.server.url(dbname=team.database))
    try:
        for statement in ("DELETE FROM memberships", "TRUNCATE memberships CASCADE"):
            with pytest.raises(Exception, match="memberships cannot be deleted"), db.write() as s:
                s.execute(text(statement))
    finally:
        db.dispose()
