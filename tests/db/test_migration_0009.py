"""Migration 0009 adds joint projects, their partners, clusters, documents, timeline and
funding applications, with the strategic areas and funding schemes seeded, and changes
nothing on record; a downgrade drops them (with what they held) and leaves the rest as it
was, and the upgrade runs again after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from accelerator.db.migrate import _config, head_revision
from accelerator.db.open import open_database
from tests.conftest import PostgresDatabases

NEW_TABLES = {
    "strategic_areas",
    "funding_schemes",
    "projects",
    "project_status_changes",
    "project_documents",
    "project_partners",
    "project_clusters",
    "funding_applications",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'accelerator.db'}"
        return
    postgres: PostgresDatabases = request.getfixturevalue("postgres")
    url = postgres.new(empty=True)
    yield url
    postgres.drop(url)


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        if down:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)


def _database_at_0008(url: str) -> None:
    """A cluster, two organisations (one a member), a need, an offer and a meeting held
    that started a project, as schema 0008 keeps them."""
    engine = create_engine(url)
    try:
        _migrate(engine, "0008")
        with engine.begin() as conn:
            for statement in (
                "INSERT INTO clusters (id, name, short_name, level, region, website, ours, "
                "created_at) VALUES (1, 'Vestkyst Ocean', 'VO', 'nce', 'Vestland', '', "
                "true, '2026-01-05 10:00:00')",
                "INSERT INTO cluster_tiers (id, cluster_id, name, position) "
                "VALUES (1, 1, 'Member', 0)",
                "INSERT INTO companies (id, name, is_foreign, country, registry_number, "
                "kind, sector, cluster_id, website, technology_focus, description, "
                "created_at) VALUES (1, 'Havbris AS', false, 'Norway', '', 'company', '', "
                "1, '', '', '', '2026-01-05 10:00:00')",
                "INSERT INTO companies (id, name, is_foreign, country, registry_number, "
                "kind, sector, cluster_id, website, technology_focus, description, "
                "created_at) VALUES (2, 'Havforsk', false, 'Norway', '', "
                "'research_institute', 'Research', NULL, '', '', '', "
                "'2026-01-05 10:00:00')",
                "INSERT INTO memberships (organisation_id, cluster_id, tier_id, joined_on, "
                "created_at) VALUES (1, 1, 1, '2025-01-01', '2026-01-05 10:00:00')",
                "INSERT INTO needs_offers (id, organisation_id, side, category, summary, "
                "sector_tags, technology_tags, market_tags, status, created_at) VALUES "
                "(1, 1, 'need', 'test_site', 'A test pen', '', '', '', 'matched', "
                "'2026-01-05 10:00:00')",
                "INSERT INTO meetings (id, organisation_id, counterpart_id, need_id, "
                "starts_at, ends_at, table_label, place, status, outcome, note, created_at) "
                "VALUES (1, 1, 2, 1, '2026-02-02 09:00:00', '2026-02-02 10:00:00', '', "
                "'Bergen', 'held', 'project_started', '', '2026-01-05 10:00:00')",
            ):
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _project(engine: Engine) -> None:
    """A project that came of the meeting, with both organisations, a timeline, a
    document, a cluster and a granted application."""
    with engine.begin() as conn:
        scheme = conn.execute(
            text("SELECT id FROM funding_schemes WHERE name = 'SkatteFUNN'")
        ).scalar_one()
        area = conn.execute(
            text("SELECT id FROM strategic_areas WHERE name = 'Innovation'")
        ).scalar_one()
        for statement, values in (
            (
                "INSERT INTO projects (id, title, description, strategic_area_id, status, "
                "start_on, end_on, total_budget, notes, created_from_meeting_id, created_at) "
                "VALUES (1, 'Sea lice sensing', '', :area, 'running', '2026-03-01', "
                "'2027-02-28', 4000000, '', 1, '2026-02-03 10:00:00')",
                {"area": area},
            ),
            (
                "INSERT INTO project_status_changes (project_id, status, reached_on, "
                "recorded_at) VALUES (1, 'running', '2026-03-01', '2026-03-01 10:00:00')",
                {},
            ),
            (
                "INSERT INTO project_documents (project_id, label, url, position) "
                "VALUES (1, 'Contract', 'https://example.org/contract.pdf', 0)",
                {},
            ),
            (
                "INSERT INTO project_partners (project_id, organisation_id, role, own_share, "
                "created_at) VALUES (1, 1, 'lead', 1000000, '2026-02-03 10:00:00'), "
                "(1, 2, 'rd_partner', 0, '2026-02-03 10:00:00')",
                {},
            ),
            ("INSERT INTO project_clusters (project_id, cluster_id) VALUES (1, 1)", {}),
            (
                "INSERT INTO funding_applications (project_id, scheme_id, amount_applied, "
                "decision, decided_on, amount_granted, reference, created_at) VALUES "
                "(1, :scheme, 2000000, 'granted', '2026-02-20', 1800000, 'SF-1', "
                "'2026-02-03 10:00:00')",
                {"scheme": scheme},
            ),
        ):
            conn.execute(text(statement), values)


def test_the_upgrade_adds_the_tables_seeds_the_catalogues_and_keeps_everything(
    empty_url: str,
) -> None:
    _database_at_0008(empty_url)
    db = open_database(empty_url)  # upgrades to the head, 0009 and on
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            areas = conn.execute(text("SELECT name FROM strategic_areas ORDER BY position"))
            assert areas.scalars().all() == [
                "Innovation",
                "Internationalisation",
                "Competence",
                "Attractiveness",
            ]
            schemes = conn.execute(text("SELECT name FROM funding_schemes ORDER BY position"))
            assert schemes.scalars().all()[:4] == [
                "Innovation Norway grants",
                "Research Council innovation project for the industrial sector (IPN)",
                "Research Council collaborative project (KSP)",
                "SkatteFUNN",
            ]
            assert conn.execute(text("SELECT count(*) FROM funding_schemes")).scalar() == 9
            assert conn.execute(text("SELECT outcome FROM meetings")).scalar() == (
                "project_started"
            )
            assert conn.execute(text("SELECT count(*) FROM companies")).scalar() == 2
        _project(db.engine)
        with db.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT p.title, m.place, count(pp.id) FROM projects p "
                    "JOIN meetings m ON m.id = p.created_from_meeting_id "
                    "JOIN project_partners pp ON pp.project_id = p.id "
                    "GROUP BY p.title, m.place"
                )
            ).one()
            assert tuple(row) == ("Sea lice sensing", "Bergen", 2)
    finally:
        db.dispose()


def test_a_downgrade_drops_the_projects_and_the_upgrade_runs_again(empty_url: str) -> None:
    _database_at_0008(empty_url)
    db = open_database(empty_url)
    try:
        _project(db.engine)
    finally:
        db.dispose()
    assert _tables(empty_url) >= NEW_TABLES
    engine = create_engine(empty_url)
    try:
        _migrate(engine, "0008", down=True)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT place FROM meetings")).scalars().all() == ["Bergen"]
            assert conn.execute(text("SELECT count(*) FROM companies")).scalar() == 2
        assert not NEW_TABLES & _tables(empty_url)
        _migrate(engine, "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM projects")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM strategic_areas")).scalar() == 4
    finally:
        engine.dispose()


def test_the_database_keeps_one_lead_dates_in_order_and_amounts_not_negative(
    empty_url: str,
) -> None:
    """Both databases refuse what the services never try: a second lead, an end before
    the start, a negative budget or share, an amount granted to an application not
    granted, a decision day on one pending, a partner twice."""
    _database_at_0008(empty_url)
    db = open_database(empty_url)
    try:
        _project(db.engine)
        for statement, error in (
            ("UPDATE project_partners SET role = 'lead'", "(?i)unique"),
            (
                "INSERT INTO project_partners (project_id, organisation_id, role, "
                "created_at) VALUES (1, 1, 'partner', '2026-02-03 10:00:00')",
                "(?i)unique",
            ),
            ("UPDATE projects SET end_on = '2026-02-01'", "(?i)check"),
            ("UPDATE projects SET total_budget = -1", "(?i)check"),
            ("UPDATE project_partners SET own_share = -1", "(?i)check"),
            ("UPDATE funding_applications SET decision = 'rejected'", "(?i)check"),
            (
                "UPDATE funding_applications SET decision = 'pending', amount_granted = NULL",
                "(?i)check",
            ),
            ("UPDATE funding_applications SET amount_applied = -1", "(?i)check"),
        ):
            with pytest.raises(Exception, match=error), db.write() as s:
                s.execute(text(statement))
    finally:
        db.dispose()
