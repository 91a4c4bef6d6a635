"""Passwords are hashed with argon2's own strong parameters in the program; the test suite
turns them down through the one seam for it (tests/conftest.py), because it hashes hundreds
of passwords and each strong hash costs a tenth of a second or more."""

from __future__ import annotations

import subprocess
import sys

from argon2 import PasswordHasher
from sqlalchemy import select, update

from accelerator.models import User
from accelerator.services import Services
from accelerator.services.auth import AuthService
from accelerator.services.users import hash_password, password_matches, password_needs_rehash
from tests.factories import Factory

#: argon2-cffi's default: RFC 9106's low-memory profile (64 MiB, 3 passes, 4 lanes).
PROGRAM_PARAMETERS = "$argon2id$v=19$m=65536,t=3,p=4$"


def test_the_program_hashes_with_argon2s_strong_parameters() -> None:
    # A fresh interpreter, as the program starts: nothing of the test suite's set-up in it.
    code = "from accelerator.services.users import hash_password; print(hash_password('x' * 12))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert out.startswith(PROGRAM_PARAMETERS), out


def test_the_suite_hashes_cheaply_and_still_checks_passwords() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and PROGRAM_PARAMETERS not in stored
    assert password_matches(stored, "correct horse battery")
    assert not password_matches(stored, "correct horse batterY")


def test_a_hash_made_with_other_parameters_is_due_for_a_new_one() -> None:
    strong = PasswordHasher().hash("correct horse battery")
    assert password_matches(strong, "correct horse battery")
    assert password_needs_rehash(strong)
    assert not password_needs_rehash(hash_password("correct horse battery"))


def test_signing_in_hashes_an_older_hash_again(services: Services, make: Factory) -> None:
    user = make.user(username="kari", password="correct horse battery")
    # As a hash stored before the parameters changed would be (no service writes one).
    with services.db.engine.begin() as conn:
        conn.execute(
            update(User)
            .where(User.id == user.id)
            .values(password_hash=PasswordHasher().hash("correct horse battery"))
        )

    AuthService(services.db).sign_in("kari", "correct horse battery")

    with services.db.read() as s:
        stored = s.scalars(select(User.password_hash).where(User.id == user.id)).one()
    assert stored is not None and not password_needs_rehash(stored)
    assert password_matches(stored, "correct horse battery")
