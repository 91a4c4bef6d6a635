"""The team fixture: a server database set up as IT would, with five people and a
small programme (tests/server/test_team_mode.py describes them)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from accelerator.db.open import open_database
from accelerator.db.server import create_login, init_server, owner_url
from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.auth import AuthService, SignInError
from accelerator.services.database import prepare_database
from accelerator.services.users import UserInput, actor_of
from tests.conftest import PostgresDatabases
from tests.factories import DIMENSIONS, Factory
from tests.pgserver import PostgresServer

PASSWORD = "team password 1"
LEVELS = dict.fromkeys(DIMENSIONS, 4)
REASONS = dict.fromkeys(DIMENSIONS, "Seen at the pilot")
PEOPLE = {
    "kari": Role.COORDINATOR,
    "alice": Role.MENTOR,  # mentors the company in cohort "mine"
    "bob": Role.MENTOR,  # mentors a company in cohort "other"
    "vera": Role.VIEWER,
    "dan": Role.MENTOR,  # deactivated
}
_names = itertools.count()


@dataclass
class Team:
    server: PostgresServer
    database: str
    ids: dict[str, int]

    def url(self, who: str, password: str | None = PASSWORD) -> str:
        return self.server.url(user=who, password=password, dbname=self.database)

    def raw(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.server.port,
            user=who,
            password=PASSWORD,
            dbname=self.database,
            autocommit=True,
        )

    def services(self, who: str) -> Services:
        """The program as ``who``: connected with their login, acting as their user."""
        db = open_database(self.url(who))
        try:
            user = AuthService(db).server_sign_in()
        except SignInError:
            db.dispose()
            raise
        return Services(db, actor_of(user))


@pytest.fixture
def team(postgres_server: PostgresServer, postgres: PostgresDatabases) -> Iterator[Team]:
    name = f"team_{next(_names)}"
    admin = postgres_server.url()
    init_server(admin, name)
    owner_db = prepare_database(owner_url(admin, name).render_as_string(hide_password=False))
    try:
        services = Services(owner_db)
        ids = {}
        for who, role in PEOPLE.items():
            ids[who] = services.users.create_user(UserInput(who, who.title(), role)).id
            create_login(admin, who, PASSWORD, role)
        make = Factory(services)
        programme = make.programme()
        make.template(programme.id, "Interviews")
        mine = make.cohort(programme.id)
        other = make.cohort(programme.id)
        e_mine = make.enrolment(mine.id)
        e_other = make.enrolment(other.id)
        services.enrolments.assign_mentor(e_mine.id, ids["alice"])
        services.enrolments.assign_mentor(e_other.id, ids["bob"])
        services.enrolments.assign_mentor(e_mine.id, ids["dan"])
        secret = make.assessment(
            e_mine.id, assessor_id=ids["alice"], confidential=True,
            notes="Founders disagree about the pivot", next_steps="Talk to both founders",
        )  # fmt: skip
        open_ = make.assessment(e_mine.id, assessor_id=ids["kari"], notes="Good progress")
        theirs = make.assessment(e_other.id, assessor_id=ids["bob"], notes="Bob's notes")
        services.users.set_active(ids["dan"], False)
        ids.update(
            programme=programme.id, mine=mine.id, other=other.id, e_mine=e_mine.id,
            e_other=e_other.id, secret=secret.id, open=open_.id, theirs=theirs.id,
        )  # fmt: skip
    finally:
        owner_db.dispose()
    yield Team(postgres_server, name, ids)
    postgres.drop(postgres_server.url(dbname=name))
