from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from accelerator.domain.enums import Role
from accelerator.domain.framework_file import (
    FrameworkFileError,
    bundled_framework_paths,
    load_framework_file,
)
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.services import Actor, Services
from accelerator.services.users import UserInput, password_matches
from tests.factories import DIMENSIONS, Factory


def test_every_new_database_has_the_default_framework(services: Services) -> None:
    frameworks = services.frameworks.list_frameworks()
    assert [f.key for f in frameworks] == ["default-readiness"]
    dims = frameworks[0].dimensions
    assert tuple(d.key for d in dims) == DIMENSIONS
    assert all([lv.level for lv in d.levels] == list(range(1, 10)) for d in dims)


def test_import_the_technology_only_framework(services: Services) -> None:
    path = next(p for p in bundled_framework_paths() if "technology" in p.name)
    imported = services.frameworks.import_framework(load_framework_file(path))
    assert [d.key for d in imported.dimensions] == ["technology"]
    with pytest.raises(ValidationError, match="already in this database"):
        services.frameworks.import_framework(load_framework_file(path))


def test_a_framework_file_with_eight_levels_is_refused(tmp_path: Path, services: Services) -> None:
    data = json.loads(bundled_framework_paths()[0].read_text(encoding="utf-8"))
    data["dimensions"][0]["levels"] = data["dimensions"][0]["levels"][:8]
    path = tmp_path / "eight.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FrameworkFileError, match="level 9 is missing|levels? 9"):
        load_framework_file(path)
    assert len(services.frameworks.list_frameworks()) == 1


def test_export_round_trips(services: Services) -> None:
    fw = services.frameworks.list_frameworks()[0]
    spec = services.frameworks.export_framework(fw.id)
    assert spec == load_framework_file(bundled_framework_paths()[0])


def test_a_framework_in_use_is_versioned_not_edited(services: Services, make: Factory) -> None:
    fw = services.frameworks.list_frameworks()[0]
    e = make.enrolment()
    old = make.assessment(e.id)
    spec = services.frameworks.export_framework(fw.id)
    renamed = dataclasses.replace(
        spec,
        dimensions=(
            dataclasses.replace(spec.dimensions[0], name="Customers"),
            *spec.dimensions[1:],
        ),
    )
    new = services.frameworks.revise_framework(fw.id, renamed)
    assert (new.id != fw.id, new.version) == (True, 2)
    assert services.frameworks.get_framework(fw.id).dimensions[0].name == "Customer"
    assert services.assessments.get_assessment(old.id).framework_id == fw.id
    assert services.assessments.get_assessment(old.id).scores[0].dimension_name == "Customer"


def test_an_unused_framework_is_revised_in_place(services: Services) -> None:
    path = next(p for p in bundled_framework_paths() if "technology" in p.name)
    fw = services.frameworks.import_framework(load_framework_file(path))
    spec = services.frameworks.export_framework(fw.id)
    revised = services.frameworks.revise_framework(fw.id, dataclasses.replace(spec, name="TRL"))
    assert revised.version == fw.version
    assert [f.name for f in services.frameworks.list_frameworks()].count("TRL") == 1


def test_usernames_differing_in_case_or_unicode_form_clash(
    services: Services, make: Factory
) -> None:
    make.user(username="Åse")
    for variant in ("åse", "ÅSE", "A\u030ase"):  # the last: Å as A plus a combining ring
        with pytest.raises(ValidationError, match="taken"):
            make.user(username=variant)
    assert services.users.find_user("ÅSE") is not None


def test_passwords_are_hashed_with_argon2(services: Services, make: Factory) -> None:
    user = make.user(password="correct horse battery")
    with services.db.read() as s:
        from accelerator.models import User

        stored = s.get(User, user.id)
        assert stored is not None and stored.password_hash is not None
        assert stored.password_hash.startswith("$argon2")
        assert PasswordHasher().verify(stored.password_hash, "correct horse battery")
        assert password_matches(stored.password_hash, "correct horse battery")
        assert not password_matches(stored.password_hash, "wrong")


@pytest.mark.parametrize(("password", "words"), [("", "at least 8"), ("x" * 10_000, "at most")])
def test_bad_passwords_are_refused(services: Services, password: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        services.users.create_user(UserInput("kari", "Kari", Role.MENTOR, password=password))
    assert services.users.list_users() == []


def test_users_are_deactivated_not_deleted(services: Services, make: Factory) -> None:
    u = make.user()
    services.users.set_active(u.id, False)
    assert [x.active for x in services.users.list_users()] == [False]
    mentor = Actor(u.id, u.username, Role.MENTOR)
    with pytest.raises(PermissionDeniedError):
        services.acting_as(mentor).users.create_user(UserInput("x", "X", Role.COORDINATOR))
