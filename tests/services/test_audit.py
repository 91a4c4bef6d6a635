"""Every write leaves its audit rows in the same transaction; a refused write leaves none."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from accelerator.errors import ValidationError
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from tests.factories import Factory


def _audit(services: Services) -> list[tuple[str, str, int, str, dict]]:
    with services.db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, table_name, record_id, username, changes FROM audit_entries "
                "WHERE table_name NOT IN ('readiness_frameworks', 'dimensions', "
                "'level_descriptors') ORDER BY id"
            )
        ).all()
    return [(a, t, r, u, json.loads(c)) for a, t, r, u, c in rows]


def test_create_and_update_record_each_changed_field(services: Services, make: Factory) -> None:
    c = make.company(name="Havbris AS", sector="Aquaculture")
    services.companies.update_company(
        c.id, CompanyInput(name="Havbris AS", org_number=c.org_number or "", sector="Subsea")
    )
    rows = _audit(services)
    assert [(a, t, r) for a, t, r, _, _ in rows] == [
        ("create", "companies", c.id),
        ("update", "companies", c.id),
    ]
    assert rows[0][4]["name"] == [None, "Havbris AS"]
    assert rows[1][4] == {"sector": ["Aquaculture", "Subsea"]}
    assert rows[1][3] == "system"


def test_a_refused_write_leaves_no_audit_row(services: Services, make: Factory) -> None:
    make.company(name="Havbris AS", org_number="923609016")
    before = _audit(services)
    with pytest.raises(ValidationError):
        make.company(name="Copy AS", org_number="923609016")
    assert _audit(services) == before


def test_a_failed_transaction_takes_its_audit_rows_with_it(services: Services) -> None:
    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), services.companies._write() as s:
        from accelerator.models import Company

        s.add(Company(name="Ghost AS"))
        s.flush()  # the audit row is written here...
        raise BoomError  # ...and rolled back with the company
    assert _audit(services) == []


def test_password_hashes_never_reach_the_trail(services: Services, make: Factory) -> None:
    user = make.user(password="correct horse battery")
    services.users.set_password(user.id, "another long secret")
    with services.db.read() as s:
        trail = " ".join(r[0] for r in s.execute(text("SELECT changes FROM audit_entries")))
    assert "argon2" not in trail
    assert "(hidden)" in trail


def test_deletes_are_recorded(services: Services, make: Factory) -> None:
    from accelerator.services.companies import ContactInput

    c = make.company()
    contact = services.companies.add_contact(c.id, ContactInput("Åse"))
    services.companies.remove_contact(contact.id)
    last = _audit(services)[-1]
    assert (last[0], last[1], last[2], last[4]["name"]) == (
        "delete",
        "contacts",
        contact.id,
        ["Åse", None],
    )
