"""Signing in: right and wrong passwords, deactivated users, and guesses that slow down."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from accelerator.domain.enums import Role
from accelerator.errors import ValidationError
from accelerator.services import Services
from accelerator.services.auth import AuthService, SignInError, wait_after
from accelerator.services.users import UserInput
from tests.factories import Factory

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def auth(services: Services) -> AuthService:
    return AuthService(services.db)


def test_the_first_run_creates_the_first_coordinator(auth: AuthService) -> None:
    assert auth.needs_first_coordinator()
    first = auth.create_first_coordinator(
        UserInput("ingrid", "Ingrid Sæther", Role.VIEWER, password="kystlys-2026")
    )
    assert first.role is Role.COORDINATOR
    assert not auth.needs_first_coordinator()
    with pytest.raises(ValidationError, match="already has users"):
        auth.create_first_coordinator(UserInput("x", "X", Role.COORDINATOR, password="12345678"))


def test_sign_in_with_the_right_password(auth: AuthService, make: Factory) -> None:
    make.user(username="Bjørn", password="tareskog-demo")
    assert auth.sign_in("BJØRN", "tareskog-demo", now=NOW).username == "bjørn"


@pytest.mark.parametrize(
    ("username", "password"),
    [("bjørn", "wrong"), ("nobody", "tareskog-demo"), ("bjørn", ""), ("bjørn", "x" * 10_000)],
)
def test_wrong_sign_ins_say_the_same_thing(
    auth: AuthService, make: Factory, username: str, password: str
) -> None:
    make.user(username="bjørn", password="tareskog-demo")
    with pytest.raises(SignInError, match="^wrong username or password$"):
        auth.sign_in(username, password, now=NOW)


def test_a_deactivated_user_cannot_sign_in(
    services: Services, auth: AuthService, make: Factory
) -> None:
    user = make.user(username="bjørn", password="tareskog-demo")
    services.users.set_active(user.id, False)
    with pytest.raises(SignInError, match="deactivated"):
        auth.sign_in("bjørn", "tareskog-demo", now=NOW)


def test_repeated_wrong_passwords_slow_down(auth: AuthService, make: Factory) -> None:
    make.user(username="bjørn", password="tareskog-demo")
    for _ in range(2):
        with pytest.raises(SignInError, match="^wrong username or password$"):
            auth.sign_in("bjørn", "guess", now=NOW)
    with pytest.raises(SignInError, match="wait 5 seconds"):
        auth.sign_in("bjørn", "guess", now=NOW)
    # Even the right password waits its turn...
    with pytest.raises(SignInError, match="too many wrong passwords: wait 4 seconds"):
        auth.sign_in("bjørn", "tareskog-demo", now=NOW + dt.timedelta(seconds=1))
    # ...and is let in once the wait is over, which also resets the count.
    later = NOW + dt.timedelta(seconds=6)
    assert auth.sign_in("bjørn", "tareskog-demo", now=later).username == "bjørn"
    with pytest.raises(SignInError, match="^wrong username or password$"):
        auth.sign_in("bjørn", "guess", now=later)


@pytest.mark.parametrize(
    ("failures", "seconds"), [(0, 0), (2, 0), (3, 5), (4, 10), (6, 40), (12, 300), (99, 300)]
)
def test_wait_doubles_up_to_five_minutes(failures: int, seconds: int) -> None:
    assert wait_after(failures) == dt.timedelta(seconds=seconds)


def test_failed_attempts_leave_no_audit_noise(
    services: Services, auth: AuthService, make: Factory
) -> None:
    make.user(username="bjørn", password="tareskog-demo")
    with services.db.read() as s:
        before = s.execute(text("SELECT count(*) FROM audit_entries")).scalar()
    with pytest.raises(SignInError):
        auth.sign_in("bjørn", "guess", now=NOW)
    with services.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_entries")).scalar() == before


def test_change_own_password(services: Services, make: Factory) -> None:
    from accelerator.services import Actor

    user = make.user(username="bjørn", password="tareskog-demo")
    mine = AuthService(services.db, Actor(user.id, user.username, Role.MENTOR))
    with pytest.raises(ValidationError, match="not your current password"):
        mine.change_own_password("wrong", "a new long password")
    mine.change_own_password("tareskog-demo", "a new long password")
    assert AuthService(services.db).sign_in("bjørn", "a new long password", now=NOW)


def test_the_database_refuses_to_change_the_audit_trail(services: Services, make: Factory) -> None:
    make.company()
    for statement, words in (
        ("UPDATE audit_entries SET username = 'someone else'", "cannot be changed"),
        ("DELETE FROM audit_entries", "cannot be deleted"),
    ):
        with pytest.raises(Exception, match=words), services.db.write() as s:
            s.execute(text(statement))
