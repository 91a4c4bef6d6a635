"""Migration 0006 makes clusters records and loses nothing: every company and programme
points at the cluster its text named, texts that differ only in case or spaces are one
cluster (named as most rows spelt it), the texts spelt otherwise stay in the audit trail,
and a downgrade writes the names back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from accelerator import i18n
from accelerator.db.migrate import _config, head_revision
from accelerator.db.open import open_database
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Services
from tests.conftest import PostgresDatabases

VESTKYST = "Vestkyst Ocean Technology Cluster, Bergen"
# company name -> its home cluster as typed at schema 0005
COMPANIES = {
    "Havbølge Sensorikk AS": VESTKYST,
    "Tareverket AS": VESTKYST,
    "Nordlys Subsea AS": "  vestkyst ocean technology   cluster, bergen ",
    "Kaldvann Robotikk AS": "VESTKYST OCEAN TECHNOLOGY CLUSTER, BERGEN",
    "Sjøbris AS": "Sjømatklyngen Nord, Tromsø",
    "Fjordlaks AS": "SJØMATKLYNGEN NORD, TROMSØ",
    "Blåvand Marine ApS": "Kattegat Blue Tech Network, Aarhus",
    "Uten Klynge AS": "",
    "Bare Mellomrom AS": "   ",
}
# programme name -> its cluster as typed
PROGRAMMES = {
    "Ocean Technology Accelerator": "vestkyst ocean technology cluster, bergen",
    "Havbruk Boost": "Havbruksklyngen Midt, Trondheim",
    "Uten klynge": "",
}
# What each text became: the spelling most rows used (case and spaces aside).
EXPECTED = {
    "Havbølge Sensorikk AS": VESTKYST,
    "Tareverket AS": VESTKYST,
    "Nordlys Subsea AS": VESTKYST,
    "Kaldvann Robotikk AS": VESTKYST,
    # One row each: a tie, won by the spelling typed first.
    "Sjøbris AS": "Sjømatklyngen Nord, Tromsø",
    "Fjordlaks AS": "Sjømatklyngen Nord, Tromsø",
    "Blåvand Marine ApS": "Kattegat Blue Tech Network, Aarhus",
    "Uten Klynge AS": None,
    "Bare Mellomrom AS": None,
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


def _database_at_0005(url: str) -> None:
    engine = create_engine(url)
    try:
        _migrate(engine, "0005")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO readiness_frameworks (id, key, version, name, description, "
                    "licence, created_at, texts) VALUES (1, 'kth', 1, 'Readiness', '', '', "
                    "'2026-01-05 10:00:00', '{}')"
                )
            )
            for name, cluster in PROGRAMMES.items():
                conn.execute(
                    text(
                        "INSERT INTO programmes (name, cluster, description, framework_id, "
                        "assessment_interval_weeks, archived, created_at) VALUES "
                        "(:name, :cluster, '', 1, 6, false, '2026-01-05 10:00:00')"
                    ),
                    {"name": name, "cluster": cluster},
                )
            for name, cluster in COMPANIES.items():
                conn.execute(
                    text(
                        "INSERT INTO companies (name, is_foreign, country, registry_number, "
                        "sector, home_cluster, website, technology_focus, description, "
                        "created_at) VALUES (:name, false, 'Norway', '', '', :cluster, '', '', "
                        "'', '2026-01-05 10:00:00')"
                    ),
                    {"name": name, "cluster": cluster},
                )
    finally:
        engine.dispose()


def test_every_company_and_programme_points_at_the_cluster_its_text_named(
    empty_url: str,
) -> None:
    _database_at_0005(empty_url)
    db = open_database(empty_url)  # upgrades to the head, 0006 and on
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        services = Services(db)
        companies = {c.name: c for c in services.companies.list_companies()}
        assert {name: c.home_cluster or None for name, c in companies.items()} == EXPECTED
        assert all(c.kind == "company" for c in companies.values())
        programmes = {p.name: p.cluster for p in services.programmes.list_programmes()}
        assert programmes == {
            "Ocean Technology Accelerator": VESTKYST,
            "Havbruk Boost": "Havbruksklyngen Midt, Trondheim",
            "Uten klynge": "",
        }

        clusters = {c.name: c for c in services.clusters.list_clusters()}
        assert sorted(clusters) == sorted(
            {
                VESTKYST,
                "Sjømatklyngen Nord, Tromsø",
                "Kattegat Blue Tech Network, Aarhus",
                "Havbruksklyngen Midt, Trondheim",
            }
        )
        # A programme runs in its own cluster: the ones programmes named are ours.
        assert {name for name, c in clusters.items() if c.ours} == {
            VESTKYST,
            "Havbruksklyngen Midt, Trondheim",
        }
        assert all(c.level == "other" for c in clusters.values())
        assert [t.name for t in clusters[VESTKYST].tiers] == [
            "Member",
            "Partner",
            "Associate",
            "Owner",
        ]
        # Linked by id, not only by name.
        vestkyst = clusters[VESTKYST].id
        assert companies["Nordlys Subsea AS"].home_cluster_id == vestkyst

        # The texts spelt otherwise than their cluster stay in the audit trail, as typed.
        with db.engine.connect() as conn:
            notes = conn.execute(
                text(
                    "SELECT table_name, summary, changes FROM audit_entries ORDER BY table_name,"
                    " summary"
                )
            ).all()
        typed = {
            (table, summary): next(iter(json.loads(changes).values()))[0]
            for table, summary, changes in notes
        }
        assert typed == {
            ("companies", "Company 'Kaldvann Robotikk AS'"): COMPANIES["Kaldvann Robotikk AS"],
            ("companies", "Company 'Nordlys Subsea AS'"): COMPANIES["Nordlys Subsea AS"],
            ("companies", "Company 'Fjordlaks AS'"): "SJØMATKLYNGEN NORD, TROMSØ",
            ("programmes", "Programme 'Ocean Technology Accelerator'"): PROGRAMMES[
                "Ocean Technology Accelerator"
            ],
        }
    finally:
        db.dispose()


#: The tiers' words in a stand-in bokmål catalogue: the test is of which language the
#: upgrade writes, not of the words (tests/unit/test_i18n.py holds the catalogue to them).
TIERS_NB = {"Member": "Medlem", "Partner": "Partner", "Associate": "Assosiert", "Owner": "Eier"}


@pytest.fixture
def bokmal_tiers() -> Iterator[None]:
    messages = [
        Message("ClusterTier", source, forms=(words,), finished=True)
        for source, words in TIERS_NB.items()
    ]
    saved = dict(i18n._catalogues)
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal_tiers")
def test_the_tiers_of_the_clusters_made_speak_the_language_of_the_upgrade(
    empty_url: str,
) -> None:
    _database_at_0005(empty_url)
    with i18n.speaking("nb"):
        db = open_database(empty_url)
    try:
        for cluster in Services(db).clusters.list_clusters():
            assert [t.name for t in cluster.tiers] == list(TIERS_NB.values())
    finally:
        db.dispose()


def test_a_downgrade_writes_each_clusters_name_back_into_the_texts(empty_url: str) -> None:
    _database_at_0005(empty_url)
    open_database(empty_url).dispose()
    engine = create_engine(empty_url)
    try:
        _migrate(engine, "0005", down=True)
        with engine.connect() as conn:
            companies = dict(conn.execute(text("SELECT name, home_cluster FROM companies")).all())
            programmes = dict(conn.execute(text("SELECT name, cluster FROM programmes")).all())
            tables = set(
                conn.execute(
                    text(
                        "SELECT table_name FROM information_schema.tables"
                        if conn.dialect.name == "postgresql"
                        else "SELECT name FROM sqlite_master WHERE type = 'table'"
                    )
                ).scalars()
            )
    finally:
        engine.dispose()
    assert companies == {name: cluster or "" for name, cluster in EXPECTED.items()}
    assert programmes["Ocean Technology Accelerator"] == VESTKYST
    assert not {"clusters", "cluster_tiers", "memberships"} & tables


def test_the_database_refuses_to_delete_a_membership(empty_url: str) -> None:
    _database_at_0005(empty_url)
    db = open_database(empty_url)
    try:
        services = Services(db)
        company = services.companies.list_companies()[0]
        cluster = services.clusters.list_clusters()[0]
        services.members.join(company.id, cluster.id, cluster.tiers[0].id, dt.date(2026, 1, 5))
        with pytest.raises(Exception, match="memberships cannot be deleted"), db.write() as s:
            s.execute(text("DELETE FROM memberships"))
        assert len(services.members.list_memberships()) == 1
    finally:
        db.dispose()
