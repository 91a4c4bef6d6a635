"""Every use case of the permission table, run as each kind of user through their own
login on a team server: what the services allow must also pass the server's grants and
row-level security (and what they refuse stays refused).

tests/services/test_permissions.py runs the same table through one connection; here
each person connects as themselves, so a policy that is too strict for a legitimate
use shows up as a database error.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from accelerator.db.open import open_database
from accelerator.db.server import create_login, init_server, owner_url
from accelerator.errors import NotFoundError, PermissionDeniedError, ValidationError
from accelerator.services import Services
from accelerator.services.database import prepare_database
from tests.conftest import PostgresDatabases
from tests.factories import Factory
from tests.pgserver import PostgresServer
from tests.server.conftest import PASSWORD
from tests.services.test_permissions import READS, WRITES, World, build_world

_names = itertools.count()
# File-level cases (backups of a SQLite file) have no meaning on a server; the program's
# own passwords neither (a server login's password is tested in test_team_mode.py).
FILE_ONLY = frozenset(
    name for name, c in {**READS, **WRITES}.items() if any("Safety" in n for n in c.covers)
) | {"change own password"}


@pytest.fixture
def team_world(
    postgres_server: PostgresServer, postgres: PostgresDatabases, tmp_path: Path
) -> Iterator[tuple[World, str]]:
    name = f"perm_{next(_names)}"
    admin = postgres_server.url()
    init_server(admin, name)
    owner = prepare_database(owner_url(admin, name).render_as_string(hide_password=False))
    services = Services(owner)
    world = build_world(services, Factory(services), tmp_path)
    for actor in world.actors.values():
        create_login(admin, actor.username, PASSWORD, actor.role)
    yield world, name
    owner.dispose()
    postgres.drop(postgres_server.url(dbname=name))


def _as(server: PostgresServer, database: str, world: World, role: str) -> Services:
    actor = world.actors[role]
    db = open_database(server.url(actor.username, PASSWORD, database))
    return Services(db, actor)


@pytest.mark.parametrize("role", ["assigned mentor", "unassigned mentor", "viewer", "coordinator"])
def test_each_use_case_through_the_persons_own_login(
    team_world: tuple[World, str], postgres_server: PostgresServer, role: str
) -> None:
    world, database = team_world
    services = _as(postgres_server, database, world, role)
    problems: list[str] = []
    try:
        for name, c in {**READS, **WRITES}.items():
            if name in FILE_ONLY:
                continue
            if c.prepare is not None:
                c.prepare(world)
            runs = c.run if isinstance(c.run, tuple) else (c.run,)
            for run in runs:
                try:
                    run(services, world)
                except (PermissionDeniedError, NotFoundError) as error:
                    # The server hides what a mentor may not read: "not found" is a refusal.
                    if role in c.allowed and role != "coordinator":
                        problems.append(f"{name}: refused: {error}")
                except ValidationError as error:
                    # The coordinator runs every change in one world, one after another:
                    # a case may meet what an earlier one did (enrolled already, say).
                    if role != "coordinator":
                        problems.append(f"{name}: {error}")
                except Exception as error:  # a database error: a policy too strict
                    problems.append(f"{name}: {type(error).__name__}: {error}"[:300])
                else:
                    if role not in c.allowed:
                        problems.append(f"{name}: allowed, but the rules refuse it")
    finally:
        services.db.dispose()
    assert not problems, "\n".join(p.replace("\n", " ")[:220] for p in problems)
