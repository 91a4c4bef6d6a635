"""What another desktop changed: the newest audit entry and the kinds of record changed
since a window last asked, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from tests.factories import Factory


@pytest.fixture
def elsewhere(db: Database) -> Iterator[Services]:
    other = open_database(db.target)
    yield Services(other)
    other.dispose()


def test_a_window_learns_what_another_desktop_changed(
    services: Services, elsewhere: Services, make: Factory
) -> None:
    company = make.company(name="Havbris AS")
    seen, tables = services.database.changes_since(None)
    assert tables == frozenset()
    assert services.database.changes_since(seen) == (seen, frozenset())  # nothing new

    elsewhere.companies.update_company(
        company.id, CompanyInput(name="Havbris Ocean AS", org_number=company.org_number)
    )
    latest, tables = services.database.changes_since(seen)
    assert latest > seen
    assert tables == {"companies"}
    assert services.database.changes_since(latest) == (latest, frozenset())
