"""Migration 0007 adds events, their hosts and registrations, and changes nothing on record;
a downgrade drops the three tables (with what they held) and leaves the rest as it was, and
the upgrade runs again after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from accelerator.db.migrate import _config, head_revision
from accelerator.db.open import open_database
from accelerator.domain.enums import EventKind
from accelerator.services import Services
from accelerator.services.events import EventInput, PersonInput
from tests.conftest import PostgresDatabases

NEW_TABLES = {"events", "event_hosts", "registrations"}


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


def _database_at_0006(url: str) -> None:
    """A cluster with a company, a contact and a membership, as schema 0006 keeps them."""
    engine = create_engine(url)
    try:
        _migrate(engine, "0006")
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
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _event(services: Services) -> int:
    day = dt.date.today() - dt.timedelta(days=3)
    made = services.events.create_event(
        EventInput(
            "Havdagen",
            EventKind.CONFERENCE,
            dt.datetime.combine(day, dt.time(9)),
            dt.datetime.combine(day, dt.time(15)),
            host_ids=(1,),
        )
    )
    services.events.register(made.id, PersonInput(contact_id=1))
    return made.id


def test_the_upgrade_adds_the_tables_and_keeps_everything_on_record(empty_url: str) -> None:
    _database_at_0006(empty_url)
    db = open_database(empty_url)  # upgrades to the head, 0007 and on
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        services = Services(db)
        assert services.events.list_events() == []
        (company,) = services.companies.list_companies()
        assert (company.name, company.home_cluster, company.contacts[0].email) == (
            "Havbris AS",
            "Vestkyst Ocean",
            "kari@havbris.no",
        )
        assert len(services.members.list_memberships()) == 1
        event_id = _event(services)
        (registration,) = services.events.registrations(event_id)
        assert (registration.name, registration.organisation) == ("Kari Nordmann", "Havbris AS")
    finally:
        db.dispose()


def test_a_downgrade_drops_the_events_and_the_upgrade_runs_again(empty_url: str) -> None:
    _database_at_0006(empty_url)
    db = open_database(empty_url)
    try:
        _event(Services(db))
    finally:
        db.dispose()
    assert _tables(empty_url) >= NEW_TABLES
    engine = create_engine(empty_url)
    try:
        _migrate(engine, "0006", down=True)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM contacts")).scalars().all() == [
                "Kari Nordmann"
            ]
            assert conn.execute(text("SELECT count(*) FROM memberships")).scalar() == 1
        assert not NEW_TABLES & _tables(empty_url)
        _migrate(engine, "head")
    finally:
        engine.dispose()
    db = open_database(empty_url)
    try:
        assert Services(db).events.list_events() == []
    finally:
        db.dispose()


def test_the_database_keeps_a_registrations_status_and_its_check_in_together(
    empty_url: str,
) -> None:
    """Checked in is attended and only attended, and a registration names a person, on
    both databases (the services never try otherwise; a SQL client might)."""
    _database_at_0006(empty_url)
    db = open_database(empty_url)
    try:
        event_id = _event(Services(db))
        for statement in (
            "UPDATE registrations SET status = 'attended'",
            "UPDATE registrations SET checked_in_at = '2026-01-05 10:00:00'",
            "UPDATE registrations SET contact_id = NULL",
            f"UPDATE events SET ends_at = starts_at WHERE id = {event_id}",
        ):
            with pytest.raises(Exception, match="(?i)check"), db.write() as s:
                s.execute(text(statement))
    finally:
        db.dispose()
