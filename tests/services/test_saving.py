"""Every create and every edit of a record goes through the same two steps of the service
base (``Service._add``, ``Service._change``), so each refuses, misses and conflicts the
same way: a viewer is refused in the same words and nothing reaches the audit trail; an
edit of a record that is gone names it; an edit over someone else's change is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from accelerator.domain.enums import Role
from accelerator.errors import ConflictError, NotFoundError, PermissionDeniedError
from accelerator.models import AuditEntry
from accelerator.services import Actor, Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.programmes import CohortInput, ProgrammeInput
from tests.factories import Factory

Ids = dict[str, int]
Save = Callable[[Services, Ids], Any]
Edit = Callable[[Services, int, int | None], Any]

CREATES: dict[str, Save] = {
    "create_company": lambda s, ids: s.companies.create_company(CompanyInput("Ny AS")),
    "add_contact": lambda s, ids: s.companies.add_contact(ids["company"], ContactInput("Ada")),
    "create_programme": lambda s, ids: s.programmes.create_programme(ProgrammeInput("Ny")),
    "create_cohort": lambda s, ids: s.programmes.create_cohort(
        CohortInput(ids["programme"], "Ny", dt.date(2026, 1, 5), dt.date(2026, 6, 26))
    ),
}

#: An edit of the record with this id, given the version the form read (None: no check).
EDITS: dict[str, tuple[str, Edit]] = {
    "update_company": (
        "company",
        lambda s, id_, v: s.companies.update_company(
            id_, CompanyInput("Endret AS"), expected_version=v
        ),
    ),
    "update_contact": (
        "contact",
        lambda s, id_, v: s.companies.update_contact(
            id_, ContactInput("Endret"), expected_version=v
        ),
    ),
    "update_programme": (
        "programme",
        lambda s, id_, v: s.programmes.update_programme(
            id_, ProgrammeInput("Endret"), expected_version=v
        ),
    ),
    "update_cohort": (
        "cohort",
        lambda s, id_, v: s.programmes.update_cohort(
            id_,
            CohortInput(
                s.programmes.list_programmes()[0].id,
                "Endret",
                dt.date(2026, 1, 5),
                dt.date(2026, 6, 26),
            ),  # fmt: skip
            expected_version=v,
        ),
    ),
}

#: Edits that take no version: the last word wins.
UNVERSIONED: dict[str, tuple[str, Edit]] = {
    "set_archived": ("programme", lambda s, id_, v: s.programmes.set_archived(id_, True)),
    "set_active": ("user", lambda s, id_, v: s.users.set_active(id_, False)),
}


def _world(make: Factory) -> Ids:
    programme = make.programme()
    cohort = make.cohort(programme.id)
    company = make.company()
    contact = make.services.companies.add_contact(company.id, ContactInput("Kari"))
    user = make.user()
    return {"programme": programme.id, "cohort": cohort.id, "company": company.id,
            "contact": contact.id, "user": user.id}  # fmt: skip


def _audit_rows(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _viewer(services: Services) -> Services:
    return services.acting_as(Actor(user_id=None, username="vera", role=Role.VIEWER))


def _unchecked(what: str, edit: Edit) -> Save:
    """The edit of the world's record of kind ``what``, without a version check."""
    return lambda s, ids: edit(s, ids[what], None)


ALL: dict[str, Save] = {
    **CREATES,
    **{name: _unchecked(what, edit) for name, (what, edit) in {**EDITS, **UNVERSIONED}.items()},
}


@pytest.mark.parametrize("name", list(ALL))
def test_a_viewer_is_refused_in_the_same_words_and_nothing_is_audited(
    services: Services, make: Factory, name: str
) -> None:
    ids = _world(make)
    before = _audit_rows(services)
    with pytest.raises(PermissionDeniedError) as refused:
        ALL[name](_viewer(services), ids)
    assert str(refused.value) == "vera (viewer) may not do this"
    assert _audit_rows(services) == before


@pytest.mark.parametrize("name", list(ALL))
def test_a_coordinator_saves_and_the_audit_trail_says_so(
    services: Services, make: Factory, name: str
) -> None:
    ids = _world(make)
    before = _audit_rows(services)
    ALL[name](services, ids)
    assert _audit_rows(services) > before


@pytest.mark.parametrize("name", [*EDITS, *UNVERSIONED])
def test_an_edit_of_a_record_that_is_gone_names_it(
    services: Services, make: Factory, name: str
) -> None:
    _world(make)
    what, edit = {**EDITS, **UNVERSIONED}[name]
    before = _audit_rows(services)
    with pytest.raises(NotFoundError) as missing:
        edit(services, 999_999, None)
    assert str(missing.value) == f"{what} 999999 does not exist (it may have been removed)"
    assert _audit_rows(services) == before


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_over_a_newer_version_is_refused(
    services: Services, make: Factory, name: str
) -> None:
    ids = _world(make)
    what, edit = EDITS[name]
    edit(services, ids[what], None)  # someone saves first: the version moves on
    before = _audit_rows(services)
    with pytest.raises(ConflictError) as conflict:
        edit(services, ids[what], 1)  # the version the form was filled from
    assert conflict.value.what == what
    assert _audit_rows(services) == before
