"""What the window's member and cluster forms ask of the services, each save one transaction:
a cluster with its tiers, a new organisation with its membership, a company form's home
cluster chosen from a list. On SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accelerator.domain.enums import ClusterLevel, OrganisationKind
from accelerator.errors import ConflictError, ValidationError
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput, TierInput
from accelerator.services.companies import CompanyInput
from tests.factories import Factory

JAN, JUN = dt.date(2026, 1, 5), dt.date(2026, 6, 30)


# --- a cluster and its tiers, saved together -------------------------------------------------


def test_a_new_cluster_is_made_with_the_tiers_the_form_lists(services: Services) -> None:
    made = services.clusters.create_cluster(
        ClusterInput("Subsea Valley", level=ClusterLevel.ARENA),
        tiers=[TierInput("Medlem"), TierInput("Partner")],
    )
    assert [(t.name, t.position) for t in made.tiers] == [("Medlem", 0), ("Partner", 1)]
    assert services.clusters.get_cluster(made.id) == made
    assert made.row_version == 1


def test_a_cluster_whose_tiers_are_refused_is_not_made(services: Services) -> None:
    with pytest.raises(ValidationError, match="'member' is also tier 1"):
        services.clusters.create_cluster(
            ClusterInput("Subsea Valley"), tiers=[TierInput("Member"), TierInput("member")]
        )
    with pytest.raises(ValidationError, match="at least one tier"):
        services.clusters.create_cluster(ClusterInput("Subsea Valley"), tiers=[])
    assert services.clusters.list_clusters() == []


def test_a_cluster_and_its_tiers_are_changed_together_or_not_at_all(
    services: Services, make: Factory
) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean"))
    member, partner, associate, owner = cluster.tiers
    joined = services.members.join(make.company().id, cluster.id, partner.id, JAN)
    # Partner has a member: removing it is refused, and the new region goes with it.
    with pytest.raises(ValidationError, match="'Partner' cannot be removed"):
        services.clusters.update_cluster(
            cluster.id,
            ClusterInput("Vestkyst Ocean", region="Vestland"),
            expected_version=cluster.row_version,
            tiers=[TierInput(t.name, t.id) for t in (member, associate, owner)],
        )
    assert services.clusters.get_cluster(cluster.id) == cluster
    # Renamed, moved and one unused removed, with the region: one save.
    saved = services.clusters.update_cluster(
        cluster.id,
        ClusterInput("Vestkyst Ocean", region="Vestland"),
        expected_version=cluster.row_version,
        tiers=[TierInput("Partnar", partner.id), TierInput("Medlem", member.id)],
    )
    assert saved.region == "Vestland"
    assert [(t.id, t.name) for t in saved.tiers] == [(partner.id, "Partnar"), (member.id, "Medlem")]
    assert services.clusters.get_cluster(cluster.id) == saved
    assert services.members.get_membership(joined.id).tier_name == "Partnar"
    # The form opened before it is out of date, whichever part it changes.
    with pytest.raises(ConflictError):
        services.clusters.update_cluster(
            cluster.id,
            ClusterInput("Vestkyst Ocean"),
            expected_version=cluster.row_version,
            tiers=[TierInput("Medlem", member.id), TierInput("Partnar", partner.id)],
        )


def test_only_the_tiers_changed_still_makes_a_new_version(services: Services) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean"))
    same = ClusterInput.from_record(cluster)
    saved = services.clusters.update_cluster(
        cluster.id,
        same,
        expected_version=cluster.row_version,
        tiers=[*(TierInput(t.name, t.id) for t in cluster.tiers), TierInput("Student")],
    )
    assert saved.row_version > cluster.row_version
    assert saved.tiers[-1].name == "Student"


# --- a new organisation joins in one go ------------------------------------------------------


def test_a_new_organisation_is_registered_with_its_kind_and_joins(services: Services) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean"))
    joined = services.members.join_new(
        CompanyInput("Havforsk", kind=OrganisationKind.RESEARCH_INSTITUTE),
        cluster.id,
        cluster.tiers[1].id,
        JAN,
    )
    assert (joined.organisation_name, joined.kind, joined.tier_name, joined.joined_on) == (
        "Havforsk",
        OrganisationKind.RESEARCH_INSTITUTE,
        "Partner",
        JAN,
    )
    organisation = services.companies.get_company(joined.organisation_id)
    assert organisation.kind is OrganisationKind.RESEARCH_INSTITUTE


def test_a_new_organisation_whose_membership_is_refused_is_not_registered(
    services: Services,
) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean"))
    other = services.clusters.create_cluster(ClusterInput("Subsea Valley"))
    with pytest.raises(ValidationError, match="That tier is not one of the tiers"):
        services.members.join_new(CompanyInput("Havforsk"), cluster.id, other.tiers[0].id, JAN)
    with pytest.raises(ValidationError) as refused:
        services.members.join_new(CompanyInput(" "), cluster.id, None, JAN)
    assert "name" in refused.value.problems
    assert services.companies.list_companies() == []
    assert services.members.list_memberships() == []


# --- the company form's home cluster, chosen from a list ------------------------------------


def test_a_form_opened_before_its_cluster_was_renamed_keeps_the_cluster(
    services: Services, make: Factory
) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    company = make.company(name="Havbølge AS", home_cluster="Vestkyst Ocean")
    # The form shows the cluster by the name it had when the form was opened ...
    form = replace(CompanyInput.from_record(company), sector="Sensors", home_cluster_id=cluster.id)
    services.clusters.update_cluster(cluster.id, ClusterInput("Vestkyst Havklynge", ours=True))
    # ... and saving it keeps the company in that cluster, under its new name.
    saved = services.companies.update_company(
        company.id, form, expected_version=company.row_version
    )
    assert (saved.home_cluster_id, saved.home_cluster) == (cluster.id, "Vestkyst Havklynge")
    assert [c.name for c in services.clusters.list_clusters()] == ["Vestkyst Havklynge"]


def test_a_name_typed_over_a_chosen_cluster_finds_or_makes_that_one(
    services: Services, make: Factory
) -> None:
    make.company(home_cluster="Vestkyst Ocean")
    company = make.company(name="Havbølge AS")
    # What a record reads back says the cluster by its name alone.
    assert CompanyInput.from_record(company).home_cluster_id is None
    saved = services.companies.update_company(
        company.id, replace(CompanyInput.from_record(company), home_cluster="Subsea Valley")
    )
    assert saved.home_cluster == "Subsea Valley"
    assert len(services.clusters.list_clusters()) == 2
