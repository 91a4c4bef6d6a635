"""Migration 0008 adds needs and offers and the meetings between organisations, and
changes nothing on record; a downgrade drops the two tables (with what they held) and
leaves the rest as it was, and the upgrade runs again after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from accelerator.db.migrate import _config, head_revision
from accelerator.db.open import open_database
from accelerator.domain.enums import NeedCategory, NeedSide
from accelerator.services import Services
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from tests.conftest import PostgresDatabases

NEW_TABLES = {"needs_offers", "meetings"}


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


def _database_at_0007(url: str) -> None:
    """A cluster with a company, a contact, a membership and an event, as schema 0007
    keeps them."""
    engine = create_engine(url)
    try:
        _migrate(engine, "0007")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO clusters (id, name, short_name, level, region, website, ours, "
                    "created_at) VALUES (1, 'Vestkyst Ocean', 'VO', 'nce', 'Vestland', '', "
                    "true, '2026-01-05 10:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO cluster_tiers (id, cluster_id, name, position) "
                    "VALUES (1, 1, 'Member', 0)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO companies (id, name, is_foreign, country, registry_number, "
                    "kind, sector, cluster_id, website, technology_focus, description, "
                    "created_at) VALUES (1, 'Havbris AS', false, 'Norway', '', 'company', '', "
                    "1, '', '', '', '2026-01-05 10:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO contacts (id, company_id, name, role, email, phone) "
                    "VALUES (1, 1, 'Kari Nordmann', 'CEO', 'kari@havbris.no', '')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO memberships (organisation_id, cluster_id, tier_id, joined_on, "
                    "created_at) VALUES (1, 1, 1, '2025-01-01', '2026-01-05 10:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO companies (id, name, is_foreign, country, registry_number, "
                    "kind, sector, cluster_id, website, technology_focus, description, "
                    "created_at) VALUES (2, 'Havforsk', false, 'Norway', '', "
                    "'research_institute', 'Research', NULL, '', '', '', "
                    "'2026-01-05 10:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO events (id, title, kind, starts_at, ends_at, place, online, "
                    "online_url, description, public, created_at) VALUES (1, 'Havdagen', "
                    "'matchmaking_day', '2026-03-12 08:00:00', '2026-03-12 14:00:00', "
                    "'Bergen', false, '', '', true, '2026-01-05 10:00:00')"
                )
            )
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _meeting(services: Services) -> int:
    need = services.needs.create_need(
        NeedInput(1, NeedSide.NEED, NeedCategory.TEST_SITE, "A test pen", sector_tags="Havbruk")
    )
    offer = services.needs.create_need(
        NeedInput(2, NeedSide.OFFER, NeedCategory.TEST_SITE, "Our test pens")
    )
    return services.meetings.book(
        MeetingInput(
            dt.datetime(2026, 3, 12, 10), need_id=need.id, offer_id=offer.id, event_id=1,
            table="Bord 1",
        )
    ).id  # fmt: skip


def test_the_upgrade_adds_the_tables_and_keeps_everything_on_record(empty_url: str) -> None:
    _database_at_0007(empty_url)
    db = open_database(empty_url)  # upgrades to the head, 0008 and on
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        services = Services(db)
        assert services.needs.list_needs() == [] and services.meetings.list_meetings() == []
        assert [c.name for c in services.companies.list_companies()] == ["Havbris AS", "Havforsk"]
        assert len(services.members.list_memberships()) == 1
        (event,) = services.events.list_events()
        assert event.title == "Havdagen"
        meeting = services.meetings.get_meeting(_meeting(services))
        assert (meeting.organisation_name, meeting.counterpart_name, meeting.event_title) == (
            "Havbris AS",
            "Havforsk",
            "Havdagen",
        )
    finally:
        db.dispose()


def test_a_downgrade_drops_the_meetings_and_the_upgrade_runs_again(empty_url: str) -> None:
    _database_at_0007(empty_url)
    db = open_database(empty_url)
    try:
        _meeting(Services(db))
    finally:
        db.dispose()
    assert _tables(empty_url) >= NEW_TABLES
    engine = create_engine(empty_url)
    try:
        _migrate(engine, "0007", down=True)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM events")).scalars().all() == ["Havdagen"]
            assert conn.execute(text("SELECT count(*) FROM companies")).scalar() == 2
        assert not NEW_TABLES & _tables(empty_url)
        _migrate(engine, "head")
    finally:
        engine.dispose()
    db = open_database(empty_url)
    try:
        assert Services(db).meetings.list_meetings() == []
    finally:
        db.dispose()


def test_the_database_keeps_a_meeting_between_two_and_an_outcome_to_one_held(
    empty_url: str,
) -> None:
    """Both databases refuse what the services never try: a meeting of an organisation
    with itself, an outcome of a meeting not held, a table outside an event, an empty
    summary."""
    _database_at_0007(empty_url)
    db = open_database(empty_url)
    try:
        _meeting(Services(db))
        for statement in (
            "UPDATE meetings SET counterpart_id = organisation_id",
            "UPDATE meetings SET outcome = 'no_fit'",
            "UPDATE meetings SET event_id = NULL",
            "UPDATE meetings SET ends_at = starts_at",
            "UPDATE needs_offers SET summary = ''",
        ):
            with pytest.raises(Exception, match="(?i)check"), db.write() as s:
                s.execute(text(statement))
    finally:
        db.dispose()
