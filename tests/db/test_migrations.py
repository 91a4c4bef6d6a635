"""The migrations and the models describe the same schema, and a new database is made by
running the migrations."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from accelerator.db.migrate import head_revision
from accelerator.db.open import open_database
from accelerator.models import Base


def _schema(engine_url: str) -> dict[str, dict[str, object]]:
    """Everything about each table that a constraint or index could differ in."""
    engine = create_engine(engine_url)
    insp = inspect(engine)
    schema: dict[str, dict[str, object]] = {}
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        schema[table] = {
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
            ),
            "checks": sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(table)),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in insp.get_indexes(table)
            ),
            "foreign_keys": sorted(
                (
                    f["name"],
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    (f.get("options") or {}).get("ondelete"),
                )
                for f in insp.get_foreign_keys(table)
            ),
        }
    engine.dispose()
    return schema


def test_migrations_create_what_the_models_describe(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    open_database(str(migrated)).dispose()
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []

    from_models = tmp_path / "models.db"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()
    # compare_metadata does not look at CHECK constraints; compare them (and the rest) here.
    assert _schema(f"sqlite:///{migrated}") == _schema(f"sqlite:///{from_models}")


def test_new_database_is_at_the_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(str(path)).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()


def test_level_range_is_a_database_constraint(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(str(path)).dispose()
    engine = create_engine(f"sqlite:///{path}")
    checks = {c["name"]: c["sqltext"] for c in inspect(engine).get_check_constraints("scores")}
    engine.dispose()
    assert "BETWEEN 1 AND 9" in checks["ck_scores_level_range"]


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from accelerator.db.migrate import _config, known_revisions

    scripts = ScriptDirectory.from_config(_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}
