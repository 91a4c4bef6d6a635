"""Schema versions: create a new database by running the migrations, upgrade an old one,
refuse one from a newer version of the program without touching it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from accelerator.errors import DatabaseOpenError, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def _config() -> Config:
    # alembic is imported here, not at the top: it is slow to import and most starts need none.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: no schema yet
    head: str
    is_empty: bool  # no tables at all: a new database

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def schema_state(conn: Connection) -> SchemaState:
    """Read the schema version without writing anything."""
    tables = set(inspect(conn).get_table_names())
    head = head_revision()
    if VERSION_TABLE not in tables:
        if tables:
            raise DatabaseOpenError(
                "this database was not made by Accelerator (it has tables but no schema version)"
            )
        return SchemaState(current=None, head=head, is_empty=True)
    current = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"this database was written by a newer version of Accelerator (schema {current}); "
            "install the newer version to open it. The file has not been changed."
        )
    return SchemaState(current=current, head=head, is_empty=False)


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction (SQLite and PostgreSQL both have
    transactional DDL, so a failed migration leaves the schema as it was)."""
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("schema upgraded to %s", head_revision())
