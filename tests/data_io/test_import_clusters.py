"""A home cluster in an imported file names a cluster record: found by its name in any case
or spacing, made once when it is new; the company export writes the cluster's name; and
only companies are imported into a cohort."""

from __future__ import annotations

from typing import Any

import pytest

from accelerator.domain.enums import OrganisationKind
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.importing import (
    ImportRefusedError,
    ImportResult,
    RowAction,
    read_companies_csv,
    suggest_mapping,
)
from tests.data_io.helpers import audit_rows, changes, counts, csv_text, importer
from tests.factories import Factory, org_number

HEADER = ["Navn", "Orgnr", "Klynge"]


def _import(services: Services, rows: list[list[str]], **options: Any) -> ImportResult:
    table = read_companies_csv(csv_text([HEADER, *rows]).encode())
    return importer(services).import_companies(
        table, suggest_mapping(table.headers).fields, **options
    )


def test_a_home_cluster_finds_the_cluster_on_record_or_makes_it_once(services: Services) -> None:
    vestkyst = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    _import(
        services,
        [
            ["Havbølge AS", org_number(1), "VESTKYST  OCEAN"],
            ["Tareverket AS", org_number(2), "Arktisk Havklynge"],
            ["Kaldvann AS", org_number(3), " arktisk havklynge "],
            ["Uten Klynge AS", org_number(4), ""],
        ],
    )
    homes = {
        c.name: (c.home_cluster, c.home_cluster_id) for c in services.companies.list_companies()
    }
    arktisk = services.clusters.find_cluster("Arktisk Havklynge")
    assert arktisk is not None and not arktisk.ours and len(arktisk.tiers) == 4
    assert homes == {
        "Havbølge AS": ("Vestkyst Ocean", vestkyst.id),
        "Tareverket AS": ("Arktisk Havklynge", arktisk.id),
        "Kaldvann AS": ("Arktisk Havklynge", arktisk.id),
        "Uten Klynge AS": ("", None),
    }
    assert len(services.clusters.list_clusters()) == 2
    # The cluster made is in the audit trail, as one made on the Companies page would be.
    assert [r["summary"] for r in audit_rows(services, "clusters")] == [
        "Cluster 'Vestkyst Ocean'",
        "Cluster 'Arktisk Havklynge'",
    ]
    created = changes(audit_rows(services, "companies")[0])
    assert created["cluster_id"] == [None, vestkyst.id]
    assert "home_cluster" not in created


def test_the_same_cluster_in_other_capitals_is_no_change(services: Services, make: Factory) -> None:
    company = make.company(name="Havbølge AS", org_number=org_number(1), home_cluster="Vestkyst")
    table = read_companies_csv(
        csv_text([HEADER, ["Havbølge AS", org_number(1), "VESTKYST"]]).encode()
    )
    preview = importer(services).preview(table, suggest_mapping(table.headers).fields)
    assert [r.action for r in preview.rows] == [RowAction.UNCHANGED]

    moved = _import(services, [["Havbølge AS", org_number(1), "Subsea Valley"]])
    assert moved.updated == 1
    subsea = services.clusters.find_cluster("Subsea Valley")
    assert subsea is not None
    assert services.companies.get_company(company.id).home_cluster == "Subsea Valley"
    updated = changes(audit_rows(services, "companies")[-1])
    assert updated == {"cluster_id": [company.home_cluster_id, subsea.id]}


def test_an_import_keeps_an_organisations_kind(services: Services, make: Factory) -> None:
    institute = make.company(
        name="Havforsk", org_number=org_number(1), kind=OrganisationKind.RESEARCH_INSTITUTE
    )
    _import(services, [["Havforsk Institutt", org_number(1), "Vestkyst"]])
    again = services.companies.get_company(institute.id)
    assert (again.name, again.kind) == ("Havforsk Institutt", OrganisationKind.RESEARCH_INSTITUTE)


def test_only_companies_are_imported_into_a_cohort(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    make.company(name="Havforsk", org_number=org_number(1), kind=OrganisationKind.UNIVERSITY)
    before = counts(services)
    with pytest.raises(ImportRefusedError) as caught:
        _import(
            services,
            [["Havbølge AS", org_number(2), ""], ["Havforsk", org_number(1), ""]],
            cohort_id=cohort.id,
        )
    (error,) = caught.value.errors
    assert error.row == 3
    assert error.message == (
        "Havforsk is registered as 'University or college', not as a company; only companies "
        "can be enrolled in a cohort."
    )
    assert counts(services) == before


def test_the_company_export_writes_the_clusters_name(services: Services, make: Factory) -> None:
    make.company(name="Havbølge AS", home_cluster="Vestkyst Ocean")
    make.company(name="Uten Klynge AS")
    sheet = services.exporting.companies()
    column = sheet.headers.index("Home cluster")
    assert [row[column] for row in sheet.rows] == ["Vestkyst Ocean", ""]
