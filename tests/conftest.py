"""Root test configuration.

Qt draws offscreen, and before anything can ask platformdirs or QSettings where the
home directory is, HOME and the XDG folders point into a throw-away folder: the
tests never touch the real home directory.
"""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import NullPool, create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="accelerator-tests-home-"))
os.environ["HOME"] = str(_HOME)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("ACCELERATOR_DB", None)
os.environ.pop("ACCELERATOR_DATA_DIR", None)

from accelerator.db.engine import Database  # noqa: E402
from accelerator.db.open import open_database  # noqa: E402
from accelerator.services import Services  # noqa: E402
from accelerator.services.database import prepare_database  # noqa: E402
from accelerator.services.users import use_password_hasher  # noqa: E402
from tests.factories import Factory  # noqa: E402
from tests.pgserver import PostgresServer, start_server  # noqa: E402

# The suite hashes some 300 passwords (users made with one, sign-ins, the demo's four
# people); with the program's argon2 parameters that was a minute of a six-minute run.
# A hash keeps its own parameters, so what the program stored still checks.
use_password_hasher(PasswordHasher.from_parameters(CHEAPEST))


@pytest.fixture(autouse=True)
def _no_modifier_key_left_down() -> Iterator[None]:
    """A test that pressed Shift+Tab through QTest leaves Qt believing Shift is still down,
    which changes what the next test's clicks and selections do; lift it after each test."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        from tests.keyboard import release_modifiers

        release_modifiers()


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the default framework, made once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = prepare_database(str(path))
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_database: Path) -> Path:
    path = tmp_path / "accelerator.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def make(services: Services) -> Factory:
    """Small factories: ``make.company(name="Havbris AS")`` and so on."""
    return Factory(services)


# --- PostgreSQL -------------------------------------------------------------------------
# One throw-away server per test session, started on first use (tests/pgserver.py). A
# migrated template database is made once; each test gets its own copy, as on SQLite.
# `make test` sets ACCELERATOR_TEST_POSTGRES=required, so a server that cannot start
# fails the run there instead of skipping half of it.


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_server()
    except RuntimeError as error:
        if os.environ.get("ACCELERATOR_TEST_POSTGRES") == "required":
            pytest.fail(str(error))
        pytest.skip(str(error))
    yield server
    server.stop()


PG_TEMPLATE = "accelerator_template"


@dataclass
class PostgresDatabases:
    """Databases on the test server: a migrated template, and a fresh copy per test."""

    server: PostgresServer
    counter: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.admin = create_engine(
            self.server.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._sql(f"CREATE DATABASE {PG_TEMPLATE}")
        db = prepare_database(self.server.url(dbname=PG_TEMPLATE))
        db.dispose()

    def _sql(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(statement))

    def new(self, *, empty: bool = False, template: str = PG_TEMPLATE) -> str:
        """A new database, a copy of ``template`` (the migrated one unless another is
        named) or ``empty``; returns its URL as the superuser."""
        name = f"test_{os.getpid()}_{next(self.counter)}"
        self._sql(f"CREATE DATABASE {name}" + ("" if empty else f" TEMPLATE {template}"))
        return self.server.url(dbname=name)

    def drop(self, url: str) -> None:
        """Dropped in the background: a drop waits for a checkpoint, and no test needs to."""
        if not hasattr(self, "_drops"):
            self._drops: queue.Queue[str | None] = queue.Queue()
            self._dropper = threading.Thread(target=self._drop_queued, daemon=True)
            self._dropper.start()
        self._drops.put(str(make_url(url).database))

    def _drop_queued(self) -> None:
        while (name := self._drops.get()) is not None:
            self._sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def finish(self) -> None:
        if hasattr(self, "_drops"):
            self._drops.put(None)
            self._dropper.join(timeout=60)


@pytest.fixture(scope="session")
def postgres(postgres_server: PostgresServer) -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(postgres_server)
    yield databases
    databases.finish()


@pytest.fixture
def pg_url(postgres: PostgresDatabases) -> Iterator[str]:
    """A fresh migrated database on the test server, dropped after the test."""
    url = postgres.new()
    yield url
    postgres.drop(url)
