"""One place that turns a path or a URL into a configured SQLAlchemy engine.

On SQLite the driver's own transaction handling is switched off and we emit
BEGIN ourselves, as SQLAlchemy documents for pysqlite: a write transaction
starts with ``BEGIN IMMEDIATE`` so that it takes the write lock at once and
waits out the busy timeout. A deferred transaction that reads and then writes
fails with "database is locked" immediately when another process holds the
lock, ignoring the timeout.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, NullPool, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from accelerator.errors import DatabaseOpenError
from accelerator.paths import is_url

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# A server engine's password, for new connections after the person changed it.
_SERVER_PASSWORDS: weakref.WeakKeyDictionary[Engine, list[str | None]] = weakref.WeakKeyDictionary()
WRITE_OPTION = "accelerator_write"


def database_url(target: str) -> URL:
    """A SQLAlchemy URL for a file path or an already written URL."""
    if is_url(target):
        return make_url(target)
    return URL.create("sqlite+pysqlite", database=str(Path(target)))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def make_engine(
    target: str | URL,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    echo: bool = False,
) -> Engine:
    """The engine for ``target``, with the pragmas and transaction handling we rely on."""
    url = target if isinstance(target, URL) else database_url(target)
    if url.get_backend_name() != "sqlite":
        # A server that does not answer should say so, not freeze the window.
        engine = create_engine(
            url, echo=echo, pool_pre_ping=True, connect_args={"connect_timeout": 10}
        )
        _SERVER_PASSWORDS[engine] = [url.password]

        @event.listens_for(engine, "do_connect")
        def _password(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
            # The password of now: it changes when the person changes it (ALTER ROLE).
            password = _SERVER_PASSWORDS[engine][0]
            if password is not None:
                cparams["password"] = password

        return engine

    connect_args: dict[str, Any] = {"timeout": busy_timeout_ms / 1000}
    path = sqlite_path(url)
    if read_only and path is not None:
        url = URL.create(
            "sqlite+pysqlite", database=f"file:{path}", query={"mode": "ro", "uri": "true"}
        )
    # Pooled connections stay open between service calls: closing the last one makes
    # SQLite checkpoint and delete the WAL on every write (about 20 ms a save here).
    # Whoever replaces the file (restore) disposes of the engine first.
    engine = create_engine(url, echo=echo, connect_args=connect_args)
    _install_sqlite_handlers(engine, busy_timeout_ms)
    return engine


def _install_sqlite_handlers(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN, instead of pysqlite's guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.close()
        # SQLite's own lower() folds only ASCII, so "ærfugl" would not find "Ærfugl AS";
        # PostgreSQL's folds every letter. Make SQLite agree.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def set_wal(engine: Engine) -> None:
    """Switch a new SQLite database to write-ahead logging (it stays so, in the file)."""
    # Outside any transaction: SQLite refuses to change the journal mode inside one.
    raw = engine.raw_connection()
    try:
        mode = raw.driver_connection.execute("PRAGMA journal_mode = WAL").fetchone()  # type: ignore[union-attr]
        log.info("journal mode %s", mode[0] if mode else "?")
    finally:
        raw.close()


class WriteGate:
    """Writes wait here while SQLite checks a file that was opened before its check
    (``open_database(check_behind=True)``): once the check has passed they go through; if
    it failed, every write is refused with what it found, so a damaged file is never
    written to. Reads are not held.

    The check starts when ``start()`` is called (the window: once it has painted), or when
    the first write comes, whichever is first."""

    def __init__(self, check: Callable[[WriteGate], object] | None = None) -> None:
        self._answered = threading.Event()
        self._refusal: Callable[[], DatabaseOpenError] | None = None
        self._check = check
        self._starting = threading.Lock()

    def start(self) -> None:
        """Start the check (once; later calls do nothing)."""
        with self._starting:
            check, self._check = self._check, None
        if check is not None:
            check(self)

    @property
    def checking(self) -> bool:
        return not self._answered.is_set()

    def refusal(self) -> DatabaseOpenError | None:
        """Why writes are refused (a new error each time); None while checking or passed."""
        return self._refusal() if self._refusal is not None else None

    def passed(self) -> None:
        self._check = None  # checked: nothing more to start
        self._answered.set()

    def refuse(self, refusal: Callable[[], DatabaseOpenError]) -> None:
        self._check = None
        self._refusal = refusal
        self._answered.set()

    def settle(self) -> None:
        """Until the check has answered, whatever it found (its reading connection is
        closed then: a restore needs the file to itself)."""
        self.start()
        self._answered.wait()

    def wait(self) -> None:
        """Until the check has answered; raises its refusal when it failed."""
        self.start()
        self._answered.wait()
        refusal = self.refusal()
        if refusal is not None:
            raise refusal


@dataclass
class Database:
    """An open database: the engine and the two kinds of session the services use.
    ``gate``: the check writes wait for, when the file was opened before it was checked."""

    engine: Engine
    target: str
    gate: WriteGate | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._team: bool | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    @property
    def read_only(self) -> bool:
        """Opened with ``make_engine(read_only=True)``: SQLite refuses every write."""
        return self.is_sqlite and self.engine.url.query.get("mode") == "ro"

    @property
    def display_name(self) -> str:
        """Where the data is, for a status bar: a file path, or a URL with the password hidden."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back if it raises.
        While the file is being checked it waits for the check, and refuses when it failed."""
        if self.gate is not None:
            self.gate.wait()
        with self._writes.begin() as session:
            yield session

    def has_server_permissions(self) -> bool:
        """A server database set up for a team (accelerator/db/server.py); asked once."""
        if self.is_sqlite:
            return False
        if self._team is None:
            with self.engine.connect() as conn:
                found = conn.exec_driver_sql(
                    "SELECT 1 FROM pg_proc WHERE proname = 'accelerator_changed_tables'"
                ).first()
            self._team = found is not None
        return self._team

    def use_password(self, password: str) -> None:
        """New connections to the server sign in with ``password`` from now on."""
        holder = _SERVER_PASSWORDS.get(self.engine)
        if holder is not None:
            holder[0] = password

    def password_works(self, password: str) -> bool:
        """On a server: whether ``password`` opens a new connection as the same login role."""
        url = self.engine.url.set(password=password)
        probe = create_engine(url, poolclass=NullPool)
        try:
            with probe.connect():
                return True
        except exc.OperationalError:
            return False
        finally:
            probe.dispose()

    def dispose(self) -> None:
        self.engine.dispose()
