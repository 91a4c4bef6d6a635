"""The service tests run twice: on a SQLite file and on a PostgreSQL server.

The services are the same code on both; what differs is the database under them
(types, constraints, transactions, case folding), and a difference there is a bug a
user of the shared server would meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from tests.conftest import PostgresDatabases

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "sqlite":
        db_path: Path = request.getfixturevalue("db_path")
        database = open_database(str(db_path))
        yield database
        database.dispose()
        return
    postgres: PostgresDatabases = request.getfixturevalue("postgres")
    if "demo" in request.fixturenames:  # a copy of the demo, as db_path makes on SQLite
        url = postgres.new(template=postgres.demo(request.getfixturevalue("demo_day")))
    else:
        url = postgres.new()
    database = open_database(url)
    yield database
    database.dispose()
    postgres.drop(url)
