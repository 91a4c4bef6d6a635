"""Users: coordinators, mentors and viewers. Deactivated, never deleted."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session, undefer_group

from accelerator.domain.enums import Role
from accelerator.domain.formatting import quoted
from accelerator.errors import ValidationError
from accelerator.i18n import in_context
from accelerator.models import User
from accelerator.services.base import Actor, Kind, Service, get_or_raise
from accelerator.services.records import UserRecord, snapshot
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text, normalise_username

log = logging.getLogger(__name__)
_tr = in_context("Users")

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
#: argon2-cffi's defaults, RFC 9106's low-memory profile (64 MiB, 3 passes): a tenth of a
#: second or two per hash, unnoticed at a sign-in and expensive for anyone guessing.
_hasher = PasswordHasher()


def use_password_hasher(hasher: PasswordHasher) -> None:
    """Hash and check passwords with ``hasher`` from now on, in this process.

    The test suite's seam: it hashes some hundreds of passwords and would spend a minute
    on argon2's strong parameters, so its conftest sets the cheapest ones. The program
    never calls this; a hash records its own parameters, so either hasher checks both."""
    global _hasher
    _hasher = hasher


@dataclass(frozen=True)
class UserInput:
    username: str
    display_name: str
    role: Role
    email: str = ""
    password: str | None = None


def user_record(u: User, *, secret: bool = False) -> UserRecord:
    """``secret``: the reader may know whether a password is set (a coordinator); it is
    also told when the hash was loaded anyway (signing in)."""
    known = secret or "password_hash" not in inspect(u).unloaded
    has_password = known and u.password_hash is not None
    return snapshot(UserRecord, u, has_password=has_password)


#: Only a coordinator manages users (the use case's rule), and a coordinator may know
#: whether a password is set.
_MANAGED_USER = Kind(User, "user", partial(user_record, secret=True), UseCase.MANAGE_USERS)


def actor_of(user: UserRecord) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            _tr("must be at least {0} characters").format(MIN_PASSWORD), field="password"
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            _tr("must be at most {0} characters").format(MAX_PASSWORD), field="password"
        )


def hash_password(password: str) -> str:
    check_password(password)
    return _hasher.hash(password)


def password_needs_rehash(password_hash: str) -> bool:
    """Made with other parameters than today's: hashed again at the next sign-in."""
    return _hasher.check_needs_rehash(password_hash)


def password_matches(password_hash: str | None, password: str) -> bool:
    if password_hash is None or len(password) > MAX_PASSWORD:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class UserService(Service):
    def _set_server_password(self, user_id: int, password: str) -> UserRecord:
        """On a team server a password is the person's login's: they change their own
        (ALTER ROLE, which every role may do for itself); others' are IT's to set."""
        check_password(password)
        if user_id != self.actor.user_id:
            raise ValidationError(
                _tr(
                    "on a shared server each person's password is their login's: they change "
                    "it themselves, or IT sets a new one with 'accelerator server add-user'"
                ),
                field="password",
            )
        with self._write() as s:
            literal = s.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
            s.execute(text(f"ALTER ROLE CURRENT_USER PASSWORD {literal}"))
            user = get_or_raise(s, User, user_id, "user")
            record = self._record(user)
        self._db.use_password(password)
        log.info("%s changed their server password", user.username)
        return record

    @property
    def _secret(self) -> bool:
        return self.actor.role is Role.COORDINATOR

    def list_users(self, *, include_inactive: bool = True) -> list[UserRecord]:
        with self._read() as s:
            query = select(User).order_by(User.display_name)
            if self.actor.role is Role.COORDINATOR:
                query = query.options(undefer_group("secret"))
            if not include_inactive:
                query = query.where(User.active.is_(True))
            return [self._record(u) for u in s.scalars(query)]

    def list_mentors(self) -> list[UserRecord]:
        with self._read() as s:
            query = (
                select(User)
                .where(User.active.is_(True), User.role.in_([Role.MENTOR, Role.COORDINATOR]))
                .order_by(User.display_name)
            )
            return [self._record(u) for u in s.scalars(query)]

    def get_user(self, user_id: int) -> UserRecord:
        with self._read() as s:
            return self._record(get_or_raise(s, User, user_id, "user"))

    def find_user(self, username: str) -> UserRecord | None:
        with self._read() as s:
            u = s.scalar(select(User).where(User.username == normalise_username(username)))
            return self._record(u) if u else None

    def create_user(self, data: UserInput) -> UserRecord:
        self._require_to(UseCase.MANAGE_USERS)
        problems = Problems()
        username = normalise_username(data.username)
        if not username:
            problems.add("username", _tr("is required"))
        elif len(username) > 64 or any(c.isspace() for c in username):
            problems.add("username", _tr("must be one word of at most 64 characters"))
        display = clean_text(
            problems, "display_name", data.display_name, max_length=200, required=True
        )
        email = clean_text(problems, "email", data.email, max_length=254)
        problems.raise_if_any()
        password_hash = hash_password(data.password) if data.password is not None else None
        with self._write() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(
                    _tr("the username {0} is taken").format(quoted(username)), field="username"
                )
            user = User(
                username=username,
                display_name=display,
                email=email,
                role=Role(data.role),
                password_hash=password_hash,
            )
            s.add(user)
            s.flush()
            return self._record(user)

    def set_active(self, user_id: int, active: bool) -> UserRecord:
        def fill(_s: Session, user: User) -> None:
            if not active and user.id == self.actor.user_id:
                raise ValidationError(_tr("you cannot deactivate yourself"), field="user")
            user.active = active

        return self._change(_MANAGED_USER, user_id, fill)

    def _record(self, user: User) -> UserRecord:
        return user_record(user, secret=self._secret)

    def set_password(self, user_id: int, password: str) -> UserRecord:
        if self.actor.user_id == user_id:
            self._require_to(UseCase.CHANGE_OWN_PASSWORD)
        else:
            self._require_to(UseCase.MANAGE_USERS)
        if self._db.has_server_permissions():
            return self._set_server_password(user_id, password)
        new_hash = hash_password(password)
        with self._write() as s:
            user = get_or_raise(s, User, user_id, "user")
            user.password_hash = new_hash
            s.flush()
            return self._record(user)
