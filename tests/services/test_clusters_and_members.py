"""Clusters, their tiers, organisations of every kind and their memberships, through the
services, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from accelerator.domain.enums import AuditAction, ClusterLevel, OrganisationKind
from accelerator.errors import ConflictError, ValidationError
from accelerator.models import AuditEntry
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput, TierInput
from accelerator.services.companies import CompanyInput
from accelerator.services.programmes import ProgrammeInput
from accelerator.services.written import recording
from tests.factories import Factory

JAN, MAR, JUN, DEC = (dt.date(2026, m, d) for m, d in ((1, 5), (3, 1), (6, 30), (12, 31)))
RESEARCH = OrganisationKind.RESEARCH_INSTITUTE


def _cluster(services: Services, name: str = "Vestkyst Ocean", **fields: object) -> int:
    return services.clusters.create_cluster(ClusterInput(name, **fields)).id  # type: ignore[arg-type]


def _audited(services: Services, table: str) -> list[tuple[AuditAction, dict[str, list[object]]]]:
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.table_name == table)
            .order_by(AuditEntry.id)
        ).all()
    return [(action, json.loads(changes)) for action, changes in rows]


# --- clusters and tiers --------------------------------------------------------------------


def test_a_new_cluster_has_the_usual_tiers_and_reads_back(services: Services) -> None:
    made = services.clusters.create_cluster(
        ClusterInput(
            " Vestkyst Ocean Technology Cluster ",
            short_name="VOTC",
            level=ClusterLevel.NCE,
            region="Vestland",
            website="https://vestkyst.example",
            ours=True,
        )
    )
    again = services.clusters.get_cluster(made.id)
    assert again == made
    assert (again.name, again.short_name, again.level, again.ours) == (
        "Vestkyst Ocean Technology Cluster",
        "VOTC",
        ClusterLevel.NCE,
        True,
    )
    assert [t.name for t in again.tiers] == ["Member", "Partner", "Associate", "Owner"]
    assert [c.name for c in services.clusters.list_clusters()] == [again.name]
    assert services.clusters.find_cluster("vestkyst  OCEAN technology cluster") == again
    assert services.clusters.find_cluster("Vestkyst") is None


def test_a_name_that_differs_only_in_case_or_spaces_is_taken(services: Services) -> None:
    first = _cluster(services)
    second = _cluster(services, "Subsea Valley")
    with pytest.raises(ValidationError, match="a cluster called 'Vestkyst Ocean' already exists"):
        services.clusters.create_cluster(ClusterInput("VESTKYST   ocean"))
    with pytest.raises(ValidationError, match="already exists"):
        services.clusters.update_cluster(second, ClusterInput("vestkyst ocean"))
    # Its own name, in other capitals, is no clash.
    assert services.clusters.update_cluster(first, ClusterInput("VESTKYST OCEAN")).name == (
        "VESTKYST OCEAN"
    )
    assert len(services.clusters.list_clusters()) == 2


def test_a_cluster_needs_a_name_and_fitting_fields(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.clusters.create_cluster(
            ClusterInput("  ", short_name="x" * 51, level="national")  # type: ignore[arg-type]
        )
    assert set(caught.value.problems) == {"name", "short_name", "level"}
    assert services.clusters.list_clusters() == []


def test_ours_come_first(services: Services) -> None:
    _cluster(services, "Arktisk Klynge")
    _cluster(services, "Vestkyst Ocean", ours=True)
    assert [c.name for c in services.clusters.list_clusters()] == [
        "Vestkyst Ocean",
        "Arktisk Klynge",
    ]


def test_a_stale_cluster_form_is_refused(services: Services) -> None:
    cluster = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean"))
    services.clusters.update_cluster(
        cluster.id, ClusterInput("Vestkyst Ocean", region="Vestland"), expected_version=1
    )
    with pytest.raises(ConflictError) as caught:
        services.clusters.update_cluster(
            cluster.id, ClusterInput("Vestkyst Havklynge"), expected_version=1
        )
    assert caught.value.current.region == "Vestland"  # type: ignore[attr-defined]
    assert services.clusters.get_cluster(cluster.id).name == "Vestkyst Ocean"


def test_tiers_are_renamed_moved_added_and_removed(services: Services) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    member, partner, associate, owner = cluster.tiers
    changed = services.clusters.set_tiers(
        cluster.id,
        [
            TierInput("Eier", owner.id),
            TierInput("Medlem", member.id),
            TierInput("Student"),
            TierInput("Partner", partner.id),
        ],
        expected_version=cluster.row_version,
    )
    assert [(t.name, t.position) for t in changed.tiers] == [
        ("Eier", 0),
        ("Medlem", 1),
        ("Student", 2),
        ("Partner", 3),
    ]
    assert changed.tier(owner.id) is not None and changed.tier(associate.id) is None
    # The tiers are edited with the cluster: a form opened before sees a new version.
    assert changed.row_version > cluster.row_version
    with pytest.raises(ConflictError):
        services.clusters.set_tiers(
            cluster.id, [TierInput("Medlem", member.id)], expected_version=cluster.row_version
        )


def test_two_tiers_may_trade_names(services: Services) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    member, partner, *_ = cluster.tiers
    traded = services.clusters.set_tiers(
        cluster.id, [TierInput("Partner", member.id), TierInput("Member", partner.id)]
    )
    assert [(t.id, t.name) for t in traded.tiers] == [
        (member.id, "Partner"),
        (partner.id, "Member"),
    ]


def test_tiers_must_be_there_and_named_once(services: Services) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    with pytest.raises(ValidationError, match="at least one tier"):
        services.clusters.set_tiers(cluster.id, [])
    with pytest.raises(ValidationError, match="'member' is also tier 1"):
        services.clusters.set_tiers(cluster.id, [TierInput("Member"), TierInput("member")])
    with pytest.raises(ValidationError, match="Tier 2: is required"):
        services.clusters.set_tiers(cluster.id, [TierInput("Member"), TierInput(" ")])
    other = services.clusters.get_cluster(_cluster(services, "Subsea Valley"))
    with pytest.raises(ValidationError, match="not one of the tiers of Vestkyst Ocean"):
        services.clusters.set_tiers(cluster.id, [TierInput("Member", other.tiers[0].id)])
    assert services.clusters.get_cluster(cluster.id) == cluster


def test_a_tier_with_members_past_or_present_stays(services: Services, make: Factory) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    member, partner, associate, owner = cluster.tiers
    joined = services.members.join(make.company().id, cluster.id, partner.id, JAN)
    services.members.leave(joined.id, MAR)
    keep = [TierInput(t.name, t.id) for t in (member, associate, owner)]
    with pytest.raises(ValidationError, match="'Partner' cannot be removed: 1 membership"):
        services.clusters.set_tiers(cluster.id, keep)
    assert services.clusters.get_cluster(cluster.id).tiers == cluster.tiers


# --- organisations and their clusters -----------------------------------------------------


def test_a_company_names_its_home_cluster_and_finds_the_one_on_record(
    services: Services, make: Factory
) -> None:
    vestkyst = _cluster(services, "Vestkyst Ocean", ours=True)
    company = make.company(home_cluster="  vestkyst   OCEAN ")
    assert (company.home_cluster, company.home_cluster_id) == ("Vestkyst Ocean", vestkyst)
    # A name not on record makes a partner cluster, with the usual tiers.
    other = make.company(home_cluster="Arktisk Havklynge")
    made = services.clusters.find_cluster("Arktisk Havklynge")
    assert made is not None and not made.ours and len(made.tiers) == 4
    assert other.home_cluster_id == made.id
    assert services.companies.suggestions().clusters == ("Arktisk Havklynge", "Vestkyst Ocean")
    # Renamed, the cluster shows under its new name wherever a company shows it.
    services.clusters.update_cluster(vestkyst, ClusterInput("Vestkyst Havklynge", ours=True))
    assert services.companies.get_company(company.id).home_cluster == "Vestkyst Havklynge"
    assert [r.cluster for r in services.overview.company_rows() if r.id == company.id] == [
        "Vestkyst Havklynge"
    ]
    # An empty name: no home cluster.
    edited = services.companies.update_company(
        company.id, CompanyInput(company.name, org_number=company.org_number or "")
    )
    assert (edited.home_cluster, edited.home_cluster_id) == ("", None)


def test_a_refused_company_makes_no_cluster(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.companies.create_company(CompanyInput("", home_cluster="Ny Klynge"))
    assert services.clusters.list_clusters() == []


def test_a_programme_runs_in_one_of_our_clusters(services: Services, make: Factory) -> None:
    make.company(home_cluster="Vestkyst Ocean")  # a partner cluster until a programme names it
    programme = services.programmes.create_programme(
        ProgrammeInput("Ocean Accelerator", cluster="VESTKYST OCEAN")
    )
    assert programme.cluster == "Vestkyst Ocean"
    (cluster,) = services.clusters.list_clusters()
    assert cluster.ours and programme.cluster_id == cluster.id
    assert services.programmes.get_programme(programme.id).cluster == "Vestkyst Ocean"


def test_an_organisation_of_another_kind_keeps_it_through_a_form_that_does_not_show_it(
    services: Services, make: Factory
) -> None:
    institute = make.company(name="Havforsk Institutt", kind=RESEARCH)
    assert institute.kind is RESEARCH
    edited = services.companies.update_company(
        institute.id, CompanyInput("Havforsk Institutt AS", org_number=institute.org_number or "")
    )
    assert edited.kind is RESEARCH
    assert services.members.set_kind(institute.id, OrganisationKind.UNIVERSITY).kind == (
        OrganisationKind.UNIVERSITY
    )
    assert [c.name for c in services.companies.list_companies(kinds=[RESEARCH])] == []


def test_only_a_company_is_enrolled(services: Services, make: Factory) -> None:
    cohort = make.cohort()
    institute = make.company(name="Havforsk Institutt", kind=RESEARCH)
    with pytest.raises(ValidationError) as caught:
        services.enrolments.enrol(cohort.id, institute.id)
    assert str(caught.value) == (
        "Company: Havforsk Institutt is registered as 'Research institute', not as a company; "
        "only companies can be enrolled in a cohort."
    )
    with pytest.raises(ValidationError, match="only companies can be enrolled"):
        services.enrolments.enrol_new_company(
            cohort.id, CompanyInput("Universitetet i Havbyen", kind=OrganisationKind.UNIVERSITY)
        )
    assert services.enrolments.list_enrolments(cohort_id=cohort.id) == []
    assert [c.name for c in services.companies.find_companies("Hav", kinds=[RESEARCH])] == [
        "Havforsk Institutt"
    ]
    assert services.companies.find_companies("Hav", kinds=[OrganisationKind.COMPANY]) == []


def test_an_enrolled_company_stays_a_company(services: Services, make: Factory) -> None:
    enrolment = make.enrolment()
    with pytest.raises(ValidationError, match="is enrolled in a cohort, so it stays a company"):
        services.members.set_kind(enrolment.company_id, OrganisationKind.INVESTOR)
    company = services.companies.get_company(enrolment.company_id)
    with pytest.raises(ValidationError, match="stays a company"):
        services.companies.update_company(
            company.id, replace(CompanyInput.from_record(company), kind=RESEARCH)
        )
    assert services.companies.get_company(enrolment.company_id).kind is OrganisationKind.COMPANY


# --- memberships ---------------------------------------------------------------------------


def test_joining_changing_tier_and_leaving_keep_the_history(
    services: Services, make: Factory
) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    company = make.company(name="Havbølge AS")
    with recording() as written:
        joined = services.members.join(company.id, cluster.id, None, JAN)
    assert "memberships" in written
    assert (joined.tier_name, joined.joined_on, joined.left_on) == ("Member", JAN, None)
    assert (joined.organisation_name, joined.cluster_name, joined.kind) == (
        "Havbølge AS",
        "Vestkyst Ocean",
        OrganisationKind.COMPANY,
    )
    moved = services.members.change_tier(
        joined.id, cluster.tiers[3].id, expected_version=joined.row_version
    )
    assert moved.tier_name == "Owner"
    left = services.members.leave(joined.id, JUN, expected_version=moved.row_version)
    assert left.left_on == JUN
    again = services.members.join(company.id, cluster.id, cluster.tiers[1].id, DEC)
    history = services.members.list_memberships(organisation_id=company.id)
    assert [(m.tier_name, m.joined_on, m.left_on) for m in history] == [
        ("Owner", JAN, JUN),
        ("Partner", DEC, None),
    ]
    assert services.members.list_memberships(cluster_id=cluster.id, on=JUN) == [left]
    assert services.members.list_memberships(cluster_id=cluster.id, on=dt.date(2026, 7, 1)) == []
    assert services.members.list_memberships(on=DEC) == [again]
    assert services.members.get_membership(joined.id) == left
    # Every write left its audit row.
    assert [(a, sorted(c)) for a, c in _audited(services, "memberships")] == [
        (AuditAction.CREATE, ["cluster_id", "joined_on", "organisation_id", "tier_id"]),
        (AuditAction.UPDATE, ["tier_id"]),
        (AuditAction.UPDATE, ["left_on"]),
        (AuditAction.CREATE, ["cluster_id", "joined_on", "organisation_id", "tier_id"]),
    ]


def test_membership_rules_are_said_in_whole_sentences(services: Services, make: Factory) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    other = services.clusters.get_cluster(_cluster(services, "Subsea Valley"))
    company = make.company(name="Havbølge AS")
    joined = services.members.join(company.id, cluster.id, None, MAR)
    with pytest.raises(ValidationError, match=r"Havbølge AS is already a member of Vestkyst"):
        services.members.join(company.id, cluster.id, None, JUN)
    with pytest.raises(ValidationError, match="That tier is not one of the tiers of Vestkyst"):
        services.members.change_tier(joined.id, other.tiers[0].id)
    with pytest.raises(ValidationError, match="must not be before the organisation joined"):
        services.members.leave(joined.id, JAN)
    services.members.leave(joined.id, JUN)
    with pytest.raises(ValidationError, match="already ended"):
        services.members.leave(joined.id, DEC)
    with pytest.raises(ValidationError, match="keeps the tier it ended in"):
        services.members.change_tier(joined.id, cluster.tiers[1].id)
    with pytest.raises(ValidationError, match="a new membership starts after that"):
        services.members.join(company.id, cluster.id, None, JUN)
    # The other cluster is another matter.
    assert services.members.join(company.id, other.id, None, JUN).cluster_name == "Subsea Valley"


def test_a_stale_membership_is_refused(services: Services, make: Factory) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    joined = services.members.join(make.company().id, cluster.id, None, JAN)
    services.members.change_tier(joined.id, cluster.tiers[1].id, expected_version=1)
    with pytest.raises(ConflictError):
        services.members.leave(joined.id, JUN, expected_version=1)
    assert services.members.get_membership(joined.id).left_on is None


def test_member_counts_by_kind_on_a_day(services: Services, make: Factory) -> None:
    ours = _cluster(services, "Vestkyst Ocean", ours=True)
    partner = _cluster(services, "Arktisk Klynge")
    kinds = (
        OrganisationKind.COMPANY,
        OrganisationKind.COMPANY,
        RESEARCH,
        OrganisationKind.UNIVERSITY,
    )
    for kind in kinds:
        services.members.join(make.company(kind=kind).id, ours, None, JAN)
    gone = services.members.join(make.company(kind=OrganisationKind.INVESTOR).id, ours, None, JAN)
    services.members.leave(gone.id, MAR)
    services.members.join(make.company().id, partner, None, JUN)

    on_march, on_april = (services.members.member_counts(day) for day in (MAR, dt.date(2026, 4, 1)))
    assert [(c.cluster_name, c.total) for c in on_march] == [
        ("Vestkyst Ocean", 5),
        ("Arktisk Klynge", 0),
    ]
    assert dict(on_april[0].by_kind) == {
        OrganisationKind.COMPANY: 2,
        RESEARCH: 1,
        OrganisationKind.UNIVERSITY: 1,
        OrganisationKind.PUBLIC_BODY: 0,
        OrganisationKind.INVESTOR: 0,
        OrganisationKind.OTHER: 0,
    }
    (partner_only,) = services.members.member_counts(DEC, cluster_id=partner)
    assert partner_only.total == 1


def test_the_database_holds_the_rules_too(services: Services, make: Factory) -> None:
    cluster = services.clusters.get_cluster(_cluster(services))
    company = make.company()
    joined = services.members.join(company.id, cluster.id, None, MAR)
    values = {"o": company.id, "c": cluster.id, "t": cluster.tiers[0].id}
    insert = (
        "INSERT INTO memberships (organisation_id, cluster_id, tier_id, joined_on, left_on, "
        "created_at, row_version) VALUES (:o, :c, :t, :joined, :left, '2026-01-05', 1)"
    )
    other = services.clusters.get_cluster(_cluster(services, "Subsea Valley"))
    for broken in (
        {"joined": JUN, "left": None},  # a second open membership
        {"joined": JAN, "left": dt.date(2025, 12, 31)},  # left before it joined
        {**values, "c": other.id, "joined": JUN, "left": None},  # a tier of another cluster
    ):
        with pytest.raises(Exception), services.db.write() as s:  # noqa: B017
            s.execute(text(insert), {**values, **broken})
    with pytest.raises(Exception, match="memberships cannot be deleted"), services.db.write() as s:
        s.execute(text("DELETE FROM memberships"))
    assert services.members.list_memberships() == [services.members.get_membership(joined.id)]
