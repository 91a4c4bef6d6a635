"""Signing in: who is at the keyboard, and guesses that get slower with every miss."""

from __future__ import annotations

import datetime as dt
import logging
import math
from functools import cache

from sqlalchemy import func, select, text

from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import User
from accelerator.models.base import utcnow
from accelerator.services.base import Service
from accelerator.services.records import UserRecord
from accelerator.services.users import (
    UserInput,
    UserService,
    check_password,
    hash_password,
    password_matches,
    password_needs_rehash,
    user_record,
)
from accelerator.services.validation import normalise_username

log = logging.getLogger(__name__)
_tr = in_context("Sign-in")

#: Wrong passwords allowed in a row before each further attempt has to wait.
FREE_ATTEMPTS = 3
#: The wait after the first blocked attempt; it doubles with each further miss.
FIRST_WAIT = dt.timedelta(seconds=5)
LONGEST_WAIT = dt.timedelta(minutes=5)


@cache
def _dummy_hash() -> str:
    """Verified when the username is unknown, so that a wrong name takes as long as a
    wrong password and the timing does not tell which names exist. Made on first use:
    hashing at import would slow every start."""
    return hash_password("not a password of anyone's")


class SignInError(AcceleratorError):
    """A refused sign-in. The message never says whether the username exists."""


def wait_after(failures: int) -> dt.timedelta:
    """How long the next attempt waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    wait: dt.timedelta = FIRST_WAIT * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(wait, LONGEST_WAIT)


class AuthService(Service):
    def needs_first_coordinator(self) -> bool:
        """A database nobody can sign in to yet: the first run creates its coordinator.
        (On a team server people sign in with the server's logins, made by IT.)"""
        if self._db.has_server_permissions():
            return False
        with self._read() as s:
            count = s.scalar(
                select(func.count())
                .select_from(User)
                .where(User.active.is_(True), User.password_hash.is_not(None))
            )
        return not count

    def create_first_coordinator(self, data: UserInput) -> UserRecord:
        if not self.needs_first_coordinator():
            raise ValidationError(_tr("this database already has users; sign in instead"))
        if data.password is None:
            raise ValidationError(_tr("is required"), field="password")
        return UserService(self._db, self._actor).create_user(
            UserInput(data.username, data.display_name, Role.COORDINATOR, data.email, data.password)
        )

    def sign_in(
        self, username: str, password: str, *, now: dt.datetime | None = None
    ) -> UserRecord:
        now = now or utcnow()
        name = normalise_username(username)
        with self._write() as s:
            user = s.scalar(select(User).where(User.username == name)) if name else None
            if user is None:
                password_matches(_dummy_hash(), password)
                log.warning("sign-in refused: unknown username %r", name)
                raise SignInError(_tr("wrong username or password"))
            if user.sign_in_blocked_until is not None and user.sign_in_blocked_until > now:
                seconds = math.ceil((user.sign_in_blocked_until - now).total_seconds())
                log.warning("sign-in refused: %s is waiting %d s", name, seconds)
                raise SignInError(
                    _tr("too many wrong passwords: wait %n seconds, then try again", n=seconds)
                )
            if not password_matches(user.password_hash, password):
                user.failed_sign_ins += 1
                wait = wait_after(user.failed_sign_ins)
                user.sign_in_blocked_until = now + wait if wait else None
                log.warning(
                    "sign-in refused: wrong password for %s (%d)", name, user.failed_sign_ins
                )
                failed = SignInError(
                    _tr(
                        "wrong username or password; wait %n seconds before trying again",
                        n=int(wait.total_seconds()),
                    )
                    if wait
                    else _tr("wrong username or password")
                )
            elif not user.active:
                log.warning("sign-in refused: %s is deactivated", name)
                raise SignInError(_tr("this account is deactivated; a coordinator can activate it"))
            else:
                user.failed_sign_ins = 0
                user.sign_in_blocked_until = None
                assert user.password_hash is not None
                if password_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                log.info("%s signed in", name)
                return user_record(user)
        # Raised after the transaction committed, so the count of misses is kept.
        raise failed

    def server_sign_in(self) -> UserRecord:
        """Team mode: the server has checked the password of the login role this program
        connected as; the user of that name in ``users`` is who works in this window."""
        with self._db.read() as s:
            name = str(s.execute(text("SELECT session_user")).scalar_one())
            user = s.scalar(select(User).where(User.username == name))
            record = user_record(user) if user is not None else None
            # A deactivated person's own row is hidden from them by the server's policy.
            state = (
                s.execute(text("SELECT accelerator_account_state()")).scalar()
                if record is None and self._db.has_server_permissions()
                else None
            )
        if state == "deactivated":
            log.warning("server sign-in refused: %s is deactivated", name)
            raise SignInError(_deactivated(name))
        if record is None:
            log.warning("server sign-in refused: %s is not a user", name)
            raise SignInError(
                _tr(
                    "{0} may connect to the server but is not a user of Accelerator. "
                    "A user is added with 'accelerator server add-user' (docs/team-mode.md); "
                    "the program does not work as the server's owner or administrator."
                ).format(name)
            )
        if not record.active:
            log.warning("server sign-in refused: %s is deactivated", name)
            raise SignInError(_deactivated(name))
        log.info("%s signed in to the server", name)
        return record

    def change_own_password(self, current: str, new: str) -> UserRecord:
        """The signed-in user's own password; the current one must be right."""
        if self.actor.user_id is None:
            raise ValidationError(_tr("sign in first"), field="current")
        if self._db.has_server_permissions():
            return self._change_server_password(current, new)
        with self._read() as s:
            user = s.get(User, self.actor.user_id)
            matches = user is not None and password_matches(user.password_hash, current)
        if not matches:
            raise ValidationError(_tr("is not your current password"), field="current")
        return UserService(self._db, self._actor).set_password(self.actor.user_id, new)

    def _change_server_password(self, current: str, new: str) -> UserRecord:
        """On a server the password is the login role's own: the current one is checked
        by connecting with it; UserService changes it (ALTER ROLE)."""
        check_password(new)
        if not self._db.password_works(current):
            raise ValidationError(_tr("is not your current password"), field="current")
        assert self.actor.user_id is not None
        return UserService(self._db, self._actor).set_password(self.actor.user_id, new)


def _deactivated(name: str) -> str:
    return _tr("{0}'s account is deactivated; a coordinator can activate it").format(name)
