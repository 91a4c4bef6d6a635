"""Joint projects through the services, on SQLite and on PostgreSQL: partners with one
lead, the clusters that follow from their memberships on the start date, cross-cluster
projects, funding applications and their decisions, the timeline, the two catalogues,
the outcome of the programme, the year's figures and the collaboration map; every refusal
a sentence that changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.collaboration import EdgeKind, cluster_key, organisation_key
from accelerator.domain.enums import (
    FundingDecision,
    MeetingOutcome,
    MeetingStatus,
    OrganisationKind,
    PartnerRole,
    ProjectStatus,
)
from accelerator.errors import ConflictError, NotFoundError, ValidationError
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.projects import (
    DocumentLink,
    FundingInput,
    PartnerInput,
    ProjectInput,
)
from tests.factories import Factory

LEAD, PARTNER, RD = PartnerRole.LEAD, PartnerRole.PARTNER, PartnerRole.RD_PARTNER
START = dt.date(2025, 3, 1)


@pytest.fixture
def orgs(services: Services, make: Factory) -> dict[str, int]:
    """A fish farmer in our cluster, a subsea company in another (which it joined on
    1 June 2025), and a research institute in none."""
    ours = services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    theirs = services.clusters.create_cluster(ClusterInput("Subsea Valley"))
    ids = {
        "farmer": make.company(name="Fjordlaks AS").id,
        "subsea": make.company(name="Dypvann Robotics AS").id,
        "institute": make.company(name="Havforsk", kind=OrganisationKind.RESEARCH_INSTITUTE).id,
        "ours": ours.id,
        "theirs": theirs.id,
    }
    services.members.join(ids["farmer"], ours.id, None, dt.date(2024, 1, 1))
    services.members.join(ids["subsea"], theirs.id, None, dt.date(2025, 6, 1))
    return ids


def _scheme(services: Services, name: str) -> int:
    return next(s.id for s in services.projects.funding_schemes() if s.name == name)


def _area(services: Services, name: str) -> int:
    return next(a.id for a in services.projects.strategic_areas() if a.name == name)


def _project(services: Services, title: str = "Lice sensing", **fields: object) -> int:
    values: dict[str, object] = {
        "start_on": START,
        "end_on": dt.date(2027, 2, 28),
        "status_on": dt.date(2024, 1, 2),
        **fields,
    }
    return services.projects.create_project(ProjectInput(title, **values)).id  # type: ignore[arg-type]


def test_a_project_with_partners_clusters_funding_and_documents(
    services: Services, orgs: dict[str, int]
) -> None:
    pid = _project(
        services,
        description="Counting lice with machine vision",
        strategic_area_id=_area(services, "Innovation"),
        total_budget=4_000_000,
        documents=[DocumentLink("Application", "https://example.org/app.pdf")],
        status=ProjectStatus.APPLYING,
        status_on=dt.date(2025, 1, 15),
    )
    services.projects.add_partner(pid, PartnerInput(orgs["farmer"], LEAD, 1_000_000))
    services.projects.add_partner(pid, PartnerInput(orgs["institute"], RD, 0))
    services.projects.add_funding(
        pid, FundingInput(_scheme(services, "SkatteFUNN"), 2_000_000, reference="SF-1")
    )
    project = services.projects.get_project(pid)
    assert project.strategic_area == "Innovation"
    assert [(p.organisation_name, p.role, p.own_share) for p in project.partners] == [
        ("Fjordlaks AS", LEAD, 1_000_000),
        ("Havforsk", RD, 0),
    ]
    assert project.lead is not None and project.lead.organisation_name == "Fjordlaks AS"
    # On 1 March 2025 the subsea company had not joined its cluster yet: one cluster.
    assert [(c.name, c.partners, c.by_hand) for c in project.clusters] == [
        ("Vestkyst Ocean", ("Fjordlaks AS",), False)
    ]
    assert not project.cross_cluster
    assert project.documents == (DocumentLink("Application", "https://example.org/app.pdf"),)
    assert [(st.status, st.reached_on) for st in project.timeline] == [
        (ProjectStatus.APPLYING, dt.date(2025, 1, 15))
    ]
    assert (project.amount_applied, project.amount_granted) == (2_000_000, 0)
    (row,) = services.projects.list_projects()
    assert (row.title, row.lead, row.partners, row.clusters, row.cross_cluster) == (
        "Lice sensing",
        "Fjordlaks AS",
        2,
        ("Vestkyst Ocean",),
        False,
    )


def test_the_clusters_follow_the_memberships_on_the_start_day_and_hands(
    services: Services, orgs: dict[str, int]
) -> None:
    before = _project(services, "Before", start_on=dt.date(2025, 3, 1))
    after = _project(services, "After", start_on=dt.date(2025, 9, 1))
    for pid in (before, after):
        services.projects.add_partner(pid, PartnerInput(orgs["farmer"], LEAD))
        services.projects.add_partner(pid, PartnerInput(orgs["subsea"], PARTNER))
    assert not services.projects.get_project(before).cross_cluster
    crossing = services.projects.get_project(after)
    assert crossing.cross_cluster
    assert [c.name for c in crossing.clusters] == ["Subsea Valley", "Vestkyst Ocean"]
    by_hand = services.projects.add_cluster(before, orgs["theirs"])
    assert by_hand.cross_cluster
    assert [(c.name, c.by_hand) for c in by_hand.clusters] == [
        ("Subsea Valley", True),
        ("Vestkyst Ocean", False),
    ]
    assert [r.title for r in services.projects.list_projects(cross_cluster_only=True)] == [
        "After",
        "Before",
    ]
    assert [r.title for r in services.projects.list_projects(cluster_id=orgs["theirs"])] == [
        "After",
        "Before",
    ]
    services.projects.remove_cluster(before, orgs["theirs"])
    assert [r.title for r in services.projects.list_projects(cross_cluster_only=True)] == ["After"]
    with pytest.raises(ValidationError, match="not added to the project by hand"):
        services.projects.remove_cluster(before, orgs["ours"])


def test_one_lead_and_each_organisation_once(services: Services, orgs: dict[str, int]) -> None:
    pid = _project(services)
    services.projects.add_partner(pid, PartnerInput(orgs["farmer"], LEAD))
    with pytest.raises(ValidationError, match="'Fjordlaks AS' leads this project already"):
        services.projects.add_partner(pid, PartnerInput(orgs["subsea"], LEAD))
    with pytest.raises(ValidationError, match="'Fjordlaks AS' is a partner of this project"):
        services.projects.add_partner(pid, PartnerInput(orgs["farmer"], PARTNER))
    with pytest.raises(ValidationError, match="Own share: must not be negative"):
        services.projects.add_partner(pid, PartnerInput(orgs["subsea"], PARTNER, -5))
    project = services.projects.get_project(pid)
    assert len(project.partners) == 1
    # The lead hands over: the farmer becomes a partner, then the subsea company leads.
    farmer = project.partners[0]
    services.projects.update_partner(farmer.id, PartnerInput(orgs["farmer"], PARTNER, 10))
    project = services.projects.add_partner(pid, PartnerInput(orgs["subsea"], LEAD))
    assert [(p.organisation_name, p.role) for p in project.partners] == [
        ("Dypvann Robotics AS", LEAD),
        ("Fjordlaks AS", PARTNER),
    ]
    project = services.projects.remove_partner(project.partners[1].id)
    assert [p.organisation_name for p in project.partners] == ["Dypvann Robotics AS"]


def test_funding_decisions_and_their_amounts(services: Services, orgs: dict[str, int]) -> None:
    pid = _project(services)
    scheme = _scheme(services, "Innovation Norway grants")
    project = services.projects.add_funding(pid, FundingInput(scheme, 1_500_000))
    app = project.funding[0]
    assert (app.scheme_name, app.decision, app.decided_on) == (
        "Innovation Norway grants",
        FundingDecision.PENDING,
        None,
    )
    decided = dt.date(2025, 5, 2)
    for wrong, message in (
        (FundingInput(scheme, 1_500_000, FundingDecision.GRANTED), "a grant needs its amount"),
        (
            FundingInput(scheme, 1_500_000, FundingDecision.REJECTED, decided, 10),
            "only a granted application has an amount granted",
        ),
        (
            FundingInput(scheme, 1_500_000, decided_on=decided),
            "an application not decided yet has no decision day",
        ),
        (
            FundingInput(scheme, -1),
            "Amount applied for: must not be negative",
        ),
        (
            FundingInput(
                scheme, 1, FundingDecision.GRANTED, dt.date.today() + dt.timedelta(days=2), 1
            ),
            "Decided on: must not be in the future",
        ),
    ):
        with pytest.raises(ValidationError, match=message):
            services.projects.update_funding(app.id, wrong)
    # More than applied for may be granted (a scheme tops up); it is on record as given.
    project = services.projects.update_funding(
        app.id,
        FundingInput(scheme, 1_500_000, FundingDecision.GRANTED, decided, 1_600_000, "IN-7"),
        expected_version=app.row_version,
    )
    assert (project.funding[0].amount_granted, project.amount_granted) == (1_600_000, 1_600_000)
    with pytest.raises(ConflictError):
        services.projects.update_funding(
            app.id, FundingInput(scheme, 1), expected_version=app.row_version
        )


def test_the_status_moves_forward_on_its_day(services: Services, orgs: dict[str, int]) -> None:
    pid = _project(services, status_on=dt.date(2025, 1, 10))
    project = services.projects.set_status(pid, ProjectStatus.APPLYING, on=dt.date(2025, 2, 1))
    with pytest.raises(ValidationError, match="before the last step of the timeline"):
        services.projects.set_status(pid, ProjectStatus.GRANTED, on=dt.date(2025, 1, 20))
    with pytest.raises(ValidationError, match="must not be in the future"):
        services.projects.set_status(
            pid, ProjectStatus.GRANTED, on=dt.date.today() + dt.timedelta(days=1)
        )
    with pytest.raises(ValidationError, match="is applying already"):
        services.projects.set_status(pid, ProjectStatus.APPLYING)
    with pytest.raises(ConflictError):
        services.projects.set_status(
            pid, ProjectStatus.GRANTED, expected_version=project.row_version - 1
        )
    project = services.projects.set_status(pid, ProjectStatus.GRANTED)
    assert [(st.status, st.reached_on) for st in project.timeline] == [
        (ProjectStatus.IDEA, dt.date(2025, 1, 10)),
        (ProjectStatus.APPLYING, dt.date(2025, 2, 1)),
        (ProjectStatus.GRANTED, dt.date.today()),
    ]
    assert project.status is ProjectStatus.GRANTED and project.status_since == dt.date.today()


def test_a_project_with_a_grant_stays_one_without_goes(
    services: Services, orgs: dict[str, int]
) -> None:
    kept, gone = _project(services, "Granted"), _project(services, "Only an idea")
    scheme = _scheme(services, "Siva")
    services.projects.add_funding(
        kept, FundingInput(scheme, 5, FundingDecision.GRANTED, dt.date(2025, 2, 2), 5)
    )
    services.projects.add_funding(gone, FundingInput(scheme, 5))
    services.projects.add_partner(gone, PartnerInput(orgs["farmer"], LEAD))
    with pytest.raises(ValidationError, match="'Granted' was granted funding"):
        services.projects.delete_project(kept)
    services.projects.delete_project(gone)
    assert [r.title for r in services.projects.list_projects()] == ["Granted"]
    with pytest.raises(NotFoundError):
        services.projects.get_project(gone)
    assert services.projects.projects_of_organisation(orgs["farmer"]) == []


def test_the_catalogues_rename_add_retire_and_keep_what_is_in_use(
    services: Services, orgs: dict[str, int]
) -> None:
    areas = services.projects.strategic_areas()
    assert [a.name for a in areas] == [
        "Innovation",
        "Internationalisation",
        "Competence",
        "Attractiveness",
    ]
    assert len(services.projects.funding_schemes()) == 9
    innovation = areas[0]
    _project(services, strategic_area_id=innovation.id)
    with pytest.raises(ValidationError, match="'Innovation' is in use: retire it instead"):
        services.projects.remove_strategic_area(innovation.id)
    retired = services.projects.set_strategic_area_active(innovation.id, False)
    assert not retired.active and retired.uses == 1
    assert "Innovation" not in [a.name for a in services.projects.strategic_areas()]
    with pytest.raises(ValidationError, match="'Innovation' is retired"):
        _project(services, "New", strategic_area_id=innovation.id)
    renamed = services.projects.rename_strategic_area(areas[3].id, "Attractive region")
    assert renamed.name == "Attractive region"
    with pytest.raises(ValidationError, match="'Competence' is in the list already"):
        services.projects.add_strategic_area("  competence ")
    green = services.projects.add_strategic_area("Green transition")
    services.projects.remove_strategic_area(green.id)
    scheme = services.projects.add_funding_scheme("EEA Grants")
    assert services.projects.funding_schemes()[-1].name == "EEA Grants"
    services.projects.rename_funding_scheme(scheme.id, "EEA and Norway Grants")
    services.projects.set_funding_scheme_active(scheme.id, False)
    assert "EEA and Norway Grants" not in [s.name for s in services.projects.funding_schemes()]
    services.projects.remove_funding_scheme(scheme.id)


def test_the_list_filters(services: Services, orgs: dict[str, int]) -> None:
    old = _project(
        services,
        "Old",
        start_on=dt.date(2023, 1, 1),
        end_on=dt.date(2023, 12, 31),
        status_on=dt.date(2022, 11, 1),
    )
    running = _project(
        services,
        "Running",
        start_on=dt.date(2025, 1, 1),
        end_on=None,
        status_on=dt.date(2025, 1, 1),
    )
    idea = services.projects.create_project(
        ProjectInput("Only an idea", status_on=dt.date(2024, 5, 1))
    ).id
    services.projects.add_partner(running, PartnerInput(orgs["institute"], LEAD))
    services.projects.add_funding(old, FundingInput(_scheme(services, "Horizon Europe"), 9))
    services.projects.set_status(running, ProjectStatus.RUNNING, on=dt.date(2025, 1, 1))

    def titles(**filters: object) -> list[str]:
        return [r.title for r in services.projects.list_projects(**filters)]  # type: ignore[arg-type]

    assert titles() == ["Running", "Old", "Only an idea"]
    assert titles(year=2023) == ["Old"]
    assert titles(year=2024) == ["Only an idea"]
    assert titles(year=2026) == ["Running"]
    assert titles(status=ProjectStatus.RUNNING) == ["Running"]
    assert titles(scheme_id=_scheme(services, "Horizon Europe")) == ["Old"]
    assert titles(text="havFORSK") == ["Running"]
    assert titles(text="idea") == ["Only an idea"]
    assert [p.project.title for p in services.projects.projects_of_organisation(
        orgs["institute"])] == ["Running"]  # fmt: skip
    services.projects.set_status(running, ProjectStatus.COMPLETED, on=dt.date(2025, 12, 1))
    assert titles(year=2026) == []
    assert idea


def test_an_enrolments_projects_are_those_begun_during_it(
    services: Services, make: Factory
) -> None:
    cohort = make.cohort(start_date=dt.date(2025, 1, 6), end_date=dt.date(2025, 6, 30))
    enrolment = make.enrolment(cohort.id, joined_on=dt.date(2025, 1, 6))
    partner = PartnerInput(enrolment.company_id, PARTNER)
    for title, start in (
        ("Before", dt.date(2024, 12, 1)),
        ("During", dt.date(2025, 3, 1)),
        ("After", dt.date(2025, 8, 1)),
    ):
        pid = _project(services, title, start_on=start, end_on=None)
        services.projects.add_partner(pid, partner)
    assert [p.project.title for p in services.projects.projects_of_enrolment(enrolment.id)] == [
        "During"
    ]


def test_a_project_from_a_meeting_is_its_outcome_and_an_edge_of_the_map(
    services: Services, orgs: dict[str, int]
) -> None:
    meeting = services.meetings.book(
        MeetingInput(
            dt.datetime(2025, 8, 1, 10),
            organisation_id=orgs["farmer"],
            counterpart_id=orgs["subsea"],
            place="Bergen",
        )
    )
    services.meetings.set_status(meeting.id, MeetingStatus.HELD)
    pid = _project(
        services, "Subsea lice", start_on=dt.date(2025, 9, 1), created_from_meeting_id=meeting.id
    )
    assert services.meetings.get_meeting(meeting.id).outcome is MeetingOutcome.PROJECT_STARTED
    services.projects.add_partner(pid, PartnerInput(orgs["farmer"], LEAD))
    services.projects.add_partner(pid, PartnerInput(orgs["subsea"], PARTNER))
    services.projects.add_partner(pid, PartnerInput(orgs["institute"], RD))
    other = _project(services, "Second", start_on=dt.date(2025, 10, 1))
    services.projects.add_partner(other, PartnerInput(orgs["farmer"], LEAD))
    services.projects.add_partner(other, PartnerInput(orgs["institute"], PARTNER))
    net = services.projects.collaboration(year=2025)
    farmer, subsea = organisation_key(orgs["farmer"]), organisation_key(orgs["subsea"])
    institute = organisation_key(orgs["institute"])
    assert {n.key for n in net.nodes} == {
        farmer,
        subsea,
        institute,
        cluster_key(orgs["ours"]),
        cluster_key(orgs["theirs"]),
    }
    assert net.node(farmer).clusters == (cluster_key(orgs["ours"]),)
    assert net.node(institute).kind == "research_institute"
    weights = {(e.a, e.b, e.kind): e.weight for e in net.edges}
    assert weights[farmer, institute, EdgeKind.PROJECT] == 2
    assert weights[farmer, subsea, EdgeKind.PROJECT] == 1
    assert weights[farmer, subsea, EdgeKind.MEETING] == 1
    assert services.projects.collaboration(year=2020).nodes == ()


def test_the_years_figures(services: Services, orgs: dict[str, int]) -> None:
    granted = _project(services, "Granted", start_on=dt.date(2025, 9, 1),
                       strategic_area_id=_area(services, "Innovation"))  # fmt: skip
    rejected = _project(services, "Rejected", start_on=dt.date(2025, 9, 1),
                        strategic_area_id=_area(services, "Innovation"))  # fmt: skip
    for pid in (granted, rejected):
        services.projects.add_partner(pid, PartnerInput(orgs["farmer"], LEAD))
        services.projects.add_partner(pid, PartnerInput(orgs["subsea"], PARTNER))
    sf, inn = _scheme(services, "SkatteFUNN"), _scheme(services, "Innovation Norway grants")
    day = dt.date(2025, 8, 1)
    services.projects.add_funding(granted, FundingInput(sf, 100, FundingDecision.GRANTED, day, 90))
    services.projects.add_funding(granted, FundingInput(inn, 50))
    services.projects.add_funding(rejected, FundingInput(inn, 70, FundingDecision.REJECTED, day))
    services.projects.set_status(granted, ProjectStatus.GRANTED, on=day)
    services.projects.set_status(rejected, ProjectStatus.REJECTED, on=day)
    figures = services.projects.figures(2025)
    assert figures.projects == 2 and figures.cross_cluster == 2
    assert dict(figures.by_status) == {ProjectStatus.GRANTED: 1, ProjectStatus.REJECTED: 1}
    assert figures.by_area == (("Innovation", 2),)
    assert figures.cluster_pairs == (("Subsea Valley", "Vestkyst Ocean", 2),)
    assert [
        (f.scheme, f.applications, f.applied, f.granted_applications, f.granted)
        for f in figures.by_scheme
    ] == [("Innovation Norway grants", 2, 120, 0, 0), ("SkatteFUNN", 1, 100, 1, 90)]
    assert (figures.amount_applied, figures.amount_granted) == (220, 90)
    assert services.projects.figures(2025, cluster_id=orgs["ours"]).projects == 2
    assert services.projects.figures(2019).projects == 0


def test_refusals_change_nothing(services: Services, orgs: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as refused:
        services.projects.create_project(
            ProjectInput(
                "  ",
                start_on=dt.date(2025, 5, 1),
                end_on=dt.date(2025, 4, 1),
                total_budget=-3,
            )
        )
    assert set(refused.value.problems) == {"title", "end_on", "total_budget"}
    with pytest.raises(ValidationError, match="a link needs its address"):
        services.projects.create_project(ProjectInput("X", documents=[DocumentLink("A", " ")]))
    assert services.projects.list_projects() == []
