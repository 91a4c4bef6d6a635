"""Schema versions: create a new database by running the migrations, upgrade an old one,
refuse one from a newer version of the program without touching it."""

from __future__ import annotations

import ast
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from accelerator.errors import DatabaseOpenError, SchemaTooNewError
from accelerator.i18n import in_context

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
_tr = in_context("Database")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def _config() -> Config:
    # alembic is imported here, not at the top: it is slow to import and most starts need none.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, read from the migration files themselves.

    Reading two assignments per file is enough to know the head, and it spares every
    start the import of alembic (about a fifth of a second); alembic itself is loaded
    only when there is something to upgrade. A test checks both agree.

    Parsed once per set of files, under a lock: CPython 3.11's parser can fail with
    "AST constructor recursion depth mismatch" when two threads parse at once.
    """
    paths = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in paths)
    with _PARSE_LOCK:
        cached = _GRAPHS.get(stamp)
        if cached is None:
            cached = _GRAPHS[stamp] = _parse_graph(paths)
    return dict(cached)


_PARSE_LOCK = threading.Lock()
_GRAPHS: dict[tuple[tuple[str, int], ...], dict[str, tuple[str, ...]]] = {}


def _parse_graph(paths: list[Path]) -> dict[str, tuple[str, ...]]:
    graph: dict[str, tuple[str, ...]] = {}
    for path in paths:
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            before = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
            graph[revision] = before
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    followed = {before for befores in graph.values() for before in befores}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


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
                _tr(
                    "this database was not made by Accelerator (it has tables but no schema "
                    "version)"
                )
            )
        return SchemaState(current=None, head=head, is_empty=True)
    current = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            _tr(
                "this database was written by a newer version of Accelerator (schema {0}); "
                "install the newer version to open it. The file has not been changed."
            ).format(current)
        )
    return SchemaState(current=current, head=head, is_empty=False)


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction (SQLite and PostgreSQL both have
    transactional DDL, so a failed migration leaves the schema as it was)."""
    from alembic import command

    config = _config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A batch step rebuilds a table by copying it and dropping the old one; with
            # foreign keys on, the drop first deletes every row, and ON DELETE CASCADE
            # takes the children (scores, texts) with it. SQLite's own procedure for
            # schema changes: keys off outside the transaction, checked before commit.
            _set_foreign_keys(conn, on=False)
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseOpenError(
                            _tr(
                                "the upgrade left {0} rows pointing at missing rows (first in "
                                "{1}); nothing was changed"
                            ).format(len(broken), broken[0][0])
                        )
        finally:
            if sqlite:
                _set_foreign_keys(conn, on=True)
    log.info("schema upgraded to %s", head_revision())


def _set_foreign_keys(conn: Connection, *, on: bool) -> None:
    """Outside any transaction (inside one SQLite ignores the pragma)."""
    raw = conn.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")  # type: ignore[union-attr]
