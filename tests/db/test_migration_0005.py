"""Migration 0005 gives readiness frameworks their texts by language and loses nothing: a
framework stored before keeps every text, and shows it in every language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text

from accelerator.db.migrate import _config, head_revision
from accelerator.db.open import open_database
from accelerator.i18n import speaking
from accelerator.models import Dimension, LevelDescriptor, ReadinessFramework
from accelerator.services.frameworks import FrameworkService
from tests.conftest import PostgresDatabases

LEVELS = range(1, 10)


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


def _migrate_to(engine: Engine, revision: str) -> None:
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _framework_at_0004(engine: Engine) -> None:
    """A framework as schema 0004 held it: one text per field, Norwegian letters and all."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO readiness_frameworks "
                "(id, key, version, name, description, licence, created_at) VALUES "
                "(1, 'havbruk', 3, 'Havbruksmodenhet', 'Våre egne nivåer.', 'Lisensiert.', "
                "'2026-01-05 10:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO dimensions (id, framework_id, key, name, description, position) "
                "VALUES (1, 1, 'fisk', 'Fiskehelse', 'Hvor frisk fisken er.', 0)"
            )
        )
        for level in LEVELS:
            conn.execute(
                text(
                    "INSERT INTO level_descriptors (dimension_id, level, title, description) "
                    "VALUES (1, :level, :title, :description)"
                ),
                {"level": level, "title": f"Steg {level}", "description": f"Bevis på {level}."},
            )


def test_a_framework_stored_before_keeps_its_texts_in_every_language(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        _migrate_to(engine, "0004")
        _framework_at_0004(engine)
    finally:
        engine.dispose()

    db = open_database(empty_url)  # upgrades to the head, 0005 and on
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        with db.read() as s:
            framework = s.execute(
                select(
                    ReadinessFramework.name,
                    ReadinessFramework.description,
                    ReadinessFramework.licence,
                    ReadinessFramework.texts,
                )
            ).one()
            dimension = s.execute(select(Dimension.name, Dimension.texts)).one()
            levels = s.execute(
                select(
                    LevelDescriptor.title, LevelDescriptor.description, LevelDescriptor.texts
                ).order_by(LevelDescriptor.level)
            ).all()
        assert tuple(framework) == ("Havbruksmodenhet", "Våre egne nivåer.", "Lisensiert.", {})
        assert tuple(dimension) == ("Fiskehelse", {})
        assert [tuple(row) for row in levels] == [
            (f"Steg {n}", f"Bevis på {n}.", {}) for n in LEVELS
        ]

        for language in ("en", "nb"):
            with speaking(language):
                record = FrameworkService(db).get_framework(1)
            assert (record.name, record.dimensions[0].name) == ("Havbruksmodenhet", "Fiskehelse")
            assert [lv.title for lv in record.dimensions[0].levels] == [f"Steg {n}" for n in LEVELS]
    finally:
        db.dispose()
