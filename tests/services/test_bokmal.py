"""A service's refusal reaches the window and the command line in the language spoken: its
message is made from the catalogue when it is raised, with the words it puts in (a role, a
field, a kind of record) in that language too, and the same refusal in English as before.

The few bokmål texts these tests read are built here, as the lead's catalogue holds them
(docs/translating.md), so that the test shows the services' part whatever the catalogue's
state; the test that every text has its translation reads the catalogue itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accelerator import i18n
from accelerator.domain.enums import Role
from accelerator.errors import NotFoundError, PermissionDeniedError, ValidationError
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Actor, Services
from accelerator.services.companies import CompanyInput
from tests.factories import Factory

#: (context, English, bokmål): as /tmp/tr/core.json delivers them to the catalogue.
BOKMAL = (
    ("Services", "{0} ({1}) may not do this", "{0} ({1}) har ikke lov til å gjøre dette"),
    ("Role", "viewer", "leser"),
    ("Errors", "{0}: {1}", "{0}: {1}"),
    ("Fields", "Name", "Navn"),
    ("Validation", "is required", "må fylles ut"),
    ("Records", "cohort", "kull"),
    (
        "Services",
        "{0} {1} does not exist (it may have been removed)",
        "{0} {1} finnes ikke (kan ha blitt fjernet)",
    ),
)


@pytest.fixture
def bokmal() -> Iterator[None]:
    saved = dict(i18n._catalogues)
    messages = [Message(c, en, forms=(nb,), finished=True) for c, en, nb in BOKMAL]
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


def _viewer(services: Services, make: Factory) -> Services:
    user = make.user(username="kari", role=Role.VIEWER)
    return Services(services.db, Actor(user.id, user.username, Role.VIEWER))


@pytest.mark.usefixtures("bokmal")
def test_a_refused_write_says_so_in_bokmal_when_bokmal_is_spoken(
    services: Services, make: Factory
) -> None:
    viewer = _viewer(services, make)
    with i18n.speaking("nb"), pytest.raises(PermissionDeniedError) as refused:
        viewer.companies.create_company(CompanyInput(name="Havbris AS"))
    assert str(refused.value) == "kari (leser) har ikke lov til å gjøre dette"
    # The same refusal, in English, reads as it always has.
    with pytest.raises(PermissionDeniedError) as refused:
        viewer.companies.create_company(CompanyInput(name="Havbris AS"))
    assert str(refused.value) == "kari (viewer) may not do this"
    assert services.companies.list_companies() == []


@pytest.mark.usefixtures("bokmal")
def test_a_refused_field_and_a_missing_record_are_named_in_bokmal(services: Services) -> None:
    with i18n.speaking("nb"):
        with pytest.raises(ValidationError) as refused:
            services.companies.create_company(CompanyInput(name="  "))
        with pytest.raises(NotFoundError) as missing:
            services.programmes.get_cohort(999)
    # The field's own problem, as the window shows it beside the field, and the whole line.
    assert refused.value.problems == {"name": "må fylles ut"}
    assert str(refused.value) == "Navn: må fylles ut"
    assert str(missing.value) == "kull 999 finnes ikke (kan ha blitt fjernet)"
    assert services.companies.list_companies() == []
