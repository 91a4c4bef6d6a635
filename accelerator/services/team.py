"""Team mode: connecting to a shared server as a person, who is then the acting user.

On a server the password is checked by the server itself: each person signs in with
their own login role (accelerator/db/server.py), and the program acts as the user of
the same name. Nothing here stores a password; the engine keeps it in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.engine import URL, make_url

from accelerator.db.engine import Database, database_url
from accelerator.db.open import open_database
from accelerator.domain.enums import Role
from accelerator.paths import is_url
from accelerator.services.auth import AuthService
from accelerator.services.base import Actor
from accelerator.services.frameworks import FrameworkService
from accelerator.services.records import UserRecord
from accelerator.services.users import actor_of


@dataclass(frozen=True)
class TeamSession:
    db: Database
    #: Who signed in; None on a server database not set up for a team (no logins per
    #: person), where the program's own sign-in applies as on a file.
    user: UserRecord | None

    @property
    def actor(self) -> Actor:
        if self.user is None:
            raise ValueError("not a team database: sign in with the program's own dialog")
        return actor_of(self.user)


def is_server(target: str) -> bool:
    return is_url(target) and database_url(target).get_backend_name() != "sqlite"


DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a team's database is, and whose login to use ('' : asked at sign-in).
    Never a password: that is asked for, or comes from PGPASSWORD or ~/.pgpass."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "accelerator"
    login: str = ""

    @classmethod
    def of(cls, target: str) -> ServerAddress:
        url = make_url(target)
        return cls(url.host or "localhost", url.port or DEFAULT_PORT, url.database or "",
                   url.username or "")  # fmt: skip

    @property
    def place(self) -> str:
        """host[:port]/database, for a person to read."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.host}{port}/{self.database}"

    def url(self) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.login or None,
            host=self.host,
            port=None if self.port == DEFAULT_PORT else self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    def without_login(self) -> ServerAddress:
        return replace(self, login="")


def has_password(target: str) -> bool:
    """Whether a server URL carries a password of its own."""
    return make_url(target).password is not None


def connect_as(
    target: str, username: str | None = None, password: str | None = None
) -> TeamSession:
    """Open the server database as ``username`` (default: the URL's) with ``password``
    (default: the URL's, PGPASSWORD or ~/.pgpass) and sign in as that user.

    Raises PasswordNeededError when the server wants a (different) password, SignInError
    when the login is no active user of the program, DatabaseOpenError otherwise.
    """
    url = make_url(target)
    if username:
        url = url.set(username=username)
    if password is not None:
        url = url.set(password=password)
    db = open_database(url.render_as_string(hide_password=False))
    if not db.has_server_permissions():
        FrameworkService(db).ensure_default()
        return TeamSession(db, None)
    try:
        user = AuthService(db).server_sign_in()
        if user.role is Role.COORDINATOR:
            # Set up with its framework already; a coordinator may add one if it went.
            FrameworkService(db, actor_of(user)).ensure_default()
    except Exception:
        db.dispose()
        raise
    return TeamSession(db, user)
