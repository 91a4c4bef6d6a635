"""An import writes its rows in bulk, past the ORM, and its audit rows itself: on both
databases what it stores is what saving the same records one by one stores."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from accelerator.services import Services
from accelerator.services.companies import ContactInput
from accelerator.services.importing import ImportService, read_companies_csv, suggest_mapping
from tests.data_io.helpers import csv_text
from tests.factories import Factory, org_number

HEADER = ["Navn", "Orgnr", "Bransje", "Klynge", "Ansatte", "Stiftet", "Kontaktperson"]


def _trail(services: Services, table: str) -> list[dict[str, Any]]:
    with services.db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, username, summary, changes FROM audit_entries "
                "WHERE table_name = :t ORDER BY id"
            ),
            {"t": table},
        ).all()
    return [
        {"action": a, "username": u, "summary": m, "changes": json.loads(c), "text": c}
        for a, u, m, c in rows
    ]


def test_imported_records_are_stored_and_audited_as_records_saved_one_by_one(
    services: Services, make: Factory
) -> None:
    programme = make.programme()
    make.template(programme.id, "Ten customer interviews")
    cohort = make.cohort(programme.id)
    by_hand = make.company(
        name="Typed AS",
        org_number=org_number(1),
        sector="Havbruk",
        home_cluster="GCE Ocean Technology",
        employees=3,
        founded_year=2011,
    )
    services.companies.add_contact(by_hand.id, ContactInput("Kari Nordmann"))
    make.enrolment(cohort.id, company_id=by_hand.id)
    rows = [HEADER, ["Imported AS", org_number(2), "Havbruk", "GCE Ocean Technology", "3",
                     "2011", "Kari Nordmann"]]  # fmt: skip
    table = read_companies_csv(csv_text(rows).encode())
    result = ImportService(services.db, services.actor).import_companies(
        table, suggest_mapping(table.headers).fields, cohort_id=cohort.id
    )
    assert (result.created, result.enrolled, result.milestones) == (1, 1, 1)

    with services.db.read() as s:
        stored = s.execute(
            text("SELECT name, row_version, kind, cluster_id FROM companies ORDER BY id")
        ).all()
    assert [tuple(r) for r in stored] == [
        ("Typed AS", 1, "company", stored[0].cluster_id),
        ("Imported AS", 1, "company", stored[0].cluster_id),
    ]
    for table_name in ("companies", "contacts", "enrolments", "milestones"):
        hand, imported = _trail(services, table_name)[-2:]
        assert imported["action"] == hand["action"] == "create", table_name
        assert imported["username"] == hand["username"], table_name
        ids = {"company_id", "enrolment_id"}
        expected = {k: v for k, v in hand["changes"].items() if k not in ids}
        if table_name == "companies":
            expected["name"] = [None, "Imported AS"]
            expected["org_number"] = [None, org_number(2)]
        got = {k: v for k, v in imported["changes"].items() if k not in ids}
        assert list(got.items()) == list(expected.items()), table_name  # fields in order
        assert imported["changes"].keys() == hand["changes"].keys(), table_name
        assert imported["text"].startswith('{"'), table_name  # the listener's JSON text
    assert _trail(services, "companies")[-1]["summary"] == "Company 'Imported AS'"
