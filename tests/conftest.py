"""Root test configuration.

Qt draws offscreen, and before anything can ask platformdirs or QSettings where the
home directory is, HOME and the XDG folders point into a throw-away folder: the
tests never touch the real home directory. The suite speaks English unless a test
asks for bokmål, whatever the locale of the machine running it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
# The suite reads English unless a test asks for bokmål: a Norwegian developer's locale
# or language setting must not turn every English expectation red.
os.environ.pop("ACCELERATOR_LANG", None)
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("ACCELERATOR_DATA_DIR", None)

from accelerator.db.engine import Database  # noqa: E402
from accelerator.db.open import open_database  # noqa: E402
from accelerator.services import Services  # noqa: E402
from accelerator.services.database import prepare_database  # noqa: E402
from accelerator.services.demo import load_demo  # noqa: E402
from accelerator.services.users import use_password_hasher  # noqa: E402
from tests.factories import Factory  # noqa: E402
from tests.pgserver import PostgresServer, start_server  # noqa: E402

# The suite hashes some 300 passwords (users made with one, sign-ins, the demo's four
# people); with the program's argon2 parameters that was a minute of a six-minute run.
# A hash keeps its own parameters, so what the program stored still checks.
use_password_hasher(PasswordHasher.from_parameters(CHEAPEST))


# --- Markers, set here so that no test has to remember them --------------------------------
# `pytest -m "not postgres and not slow"` is the quick loop; `make test` runs everything.

#: Fixtures of the PostgreSQL half: a test using any of them needs the test server.
_POSTGRES_FIXTURES = frozenset({"postgres_server", "postgres", "pg_url", "team"})
#: Fixtures that bring up Qt.
_GUI_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})
_GUI_FOLDERS = ("ui", "walks")
#: Over 2 s each on a 2-core machine (pytest --durations), beside those marked where they
#: are written (the crash soaks) and the walks, which start the whole program.
_SLOW = (
    "tests/walks/",
    "tests/data_io/test_importing.py::test_100000_rows_in_one_all_or_nothing_import",
    "tests/ui/test_assessment_keyboard.py::test_random_keys_never_set_a_level_nobody_chose",
    "tests/ui/test_offered_by_role.py::test_everything_offered_is_allowed",
    "tests/ui/test_offered_by_role.py::test_what_another_role_sees_disabled_says_why",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tests = Path(__file__).parent
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("backend") if callspec is not None else None
        if names & _POSTGRES_FIXTURES or backend == "postgresql":
            item.add_marker(pytest.mark.postgres)
        folder = item.path.relative_to(tests).parts[0] if item.path.is_relative_to(tests) else ""
        if names & _GUI_FIXTURES or folder in _GUI_FOLDERS:
            item.add_marker(pytest.mark.gui)
        if item.nodeid.startswith(_SLOW):
            item.add_marker(pytest.mark.slow)


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


def pytest_runtest_setup(item: pytest.Item) -> None:
    """pytest-qt remembers a test's widgets by weak reference and closes them after the
    test; collected between the two (the event loop's collector runs in pytest-qt's own
    processing of events), a widget would never be closed, and would live on in Qt
    without its Python half. Here the test's item holds them strongly, and closes those
    Qt has not deleted already."""
    if "pytestqt.plugin" not in sys.modules:
        return
    from pytestqt import plugin, qtbot

    if getattr(qtbot, "_keeps_widgets", False):
        return
    weak_add = qtbot._add_widget

    def add_widget(item: pytest.Item, widget: Any, **options: Any) -> None:
        item.stash.setdefault(_WIDGETS, []).append(widget)
        weak_add(item, widget, **options)

    def close_widgets(item: pytest.Item) -> None:
        import shiboken6

        for widget, before_close in getattr(item, "qt_widgets", ()):
            shown = widget()
            if shown is not None and shiboken6.isValid(shown):
                if before_close is not None:
                    before_close(shown)
                shown.close()
                shown.deleteLater()
        if hasattr(item, "qt_widgets"):
            del item.qt_widgets
        if _WIDGETS in item.stash:
            del item.stash[_WIDGETS]

    qtbot._add_widget = add_widget  # type: ignore[assignment]
    plugin._close_widgets = close_widgets  # type: ignore[assignment]
    qtbot._keeps_widgets = True  # type: ignore[attr-defined]


#: The widgets a test gave pytest-qt to close, held until they are closed.
_WIDGETS = pytest.StashKey[list[Any]]()


@pytest.fixture(autouse=True)
def _cycles_collected_as_the_window_collects() -> Iterator[None]:
    """Once Qt runs, cycles are collected as the program collects them
    (accelerator/ui/collector.py): from the event loop, never inside a Qt call; and after
    each test, where one is due."""
    application = None
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        application = QApplication.instance()
    if application is None:
        yield
        return
    from accelerator.ui import collector

    collecting = collector.install(application)
    yield
    # The test's widgets closed and deleted first: a wrapper collected while its widget
    # waits for deletion would leave that widget calling Python without its state.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collecting.collect_if_due()


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the default framework, made once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = prepare_database(str(path))
    db.dispose()
    return path


# --- The demo programme -------------------------------------------------------------------
# Loading it is some 300 writes through the services, a second or two; a test that asks for
# ``demo`` gets a copy of a database it was loaded into once per session (per worker under
# pytest-xdist) for the day ``demo_day`` says, on SQLite here and on the test server in the
# service tests' PostgreSQL half (``PostgresDatabases.demo``).


@pytest.fixture
def demo_day() -> dt.date:
    """The day the demo is dated from: today, unless a module pins its figures to a day."""
    return dt.date.today()


class DemoFiles:
    """SQLite files with the demo loaded, one per day asked for, made on first use."""

    def __init__(self, empty: Path, folder: Path) -> None:
        self._empty = empty
        self._folder = folder
        self._made: dict[dt.date, Path] = {}

    def path(self, day: dt.date) -> Path:
        if day not in self._made:
            path = self._folder / f"demo-{day.isoformat()}.db"
            shutil.copyfile(self._empty, path)
            db = open_database(str(path))
            try:
                load_demo(Services(db), today=day)
            finally:
                db.dispose()
            self._made[day] = path
        return self._made[day]


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> DemoFiles:
    return DemoFiles(template_database, tmp_path_factory.mktemp("demo"))


@pytest.fixture
def db_path(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """The test's own database file: a copy of the migrated template, or of the demo one
    for a test that asks for ``demo``."""
    if "demo" in request.fixturenames:
        demo_files: DemoFiles = request.getfixturevalue("demo_files")
        source = demo_files.path(request.getfixturevalue("demo_day"))
    else:
        source = request.getfixturevalue("template_database")
    path = tmp_path / "accelerator.db"
    shutil.copyfile(source, path)
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


@pytest.fixture
def demo(services: Services) -> Services:
    """The services over the test's own copy of the demo programme, dated ``demo_day``
    (``db_path`` and the service tests' ``db`` see that this fixture is asked for)."""
    return services


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
    """Databases on the test server: a migrated template, and a fresh copy per test.

    A copy takes the server 50-100 ms, some 300 times a run. So when a test takes a copy
    of a template, the next copy of it is made in the background while that test runs,
    and the next test to ask finds it ready; drops are made there too (a drop waits for a
    checkpoint, and no test needs to)."""

    server: PostgresServer
    counter: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.admin = create_engine(
            self.server.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-databases")
        self._ready: dict[str, Future[str]] = {}
        self._demos: dict[dt.date, str] = {}
        self._sql(f"CREATE DATABASE {PG_TEMPLATE}")
        db = prepare_database(self.server.url(dbname=PG_TEMPLATE))
        db.dispose()

    def _sql(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(statement))

    def _create(self, template: str | None) -> str:
        name = f"test_{os.getpid()}_{next(self.counter)}"
        self._sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name

    def demo(self, day: dt.date) -> str:
        """The name of a database with the demo loaded for ``day``, made on first use: a
        template for ``new``."""
        if day not in self._demos:
            url = self.new()
            db = open_database(url)
            try:
                load_demo(Services(db), today=day)
            finally:
                db.dispose()
            self._demos[day] = str(make_url(url).database)
        return self._demos[day]

    def new(self, *, empty: bool = False, template: str = PG_TEMPLATE) -> str:
        """A new database, a copy of ``template`` (the migrated one unless another is
        named) or ``empty``; returns its URL as the superuser. Nobody may connect to a
        template once it has been copied: its next copy may be in the making."""
        if empty:
            return self.server.url(dbname=self._create(None))
        ready = self._ready.pop(template, None)
        name = ready.result() if ready is not None else self._create(template)
        self._ready[template] = self._background.submit(self._create, template)
        return self.server.url(dbname=name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self._background.submit(self._sql, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def finish(self) -> None:
        self._background.shutdown(wait=True)


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
