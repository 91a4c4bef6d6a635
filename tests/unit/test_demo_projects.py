"""The demo's joint projects: a dozen over three years, some granted, one rejected, one
running on two grants, two across clusters, and one that a cohort company started after
the matchmaking day's meeting (the meeting's outcome: project started), which is an
outcome of its enrolment."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator

import pytest

from accelerator.db.open import open_database
from accelerator.domain.collaboration import EdgeKind
from accelerator.domain.enums import FundingDecision, MeetingOutcome, ProjectStatus
from accelerator.services import Services
from accelerator.services.demo import PROJECTS
from tests.conftest import DemoFiles

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_files.path(TODAY), path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def test_a_dozen_projects_over_three_years(loaded: Services) -> None:
    rows = loaded.projects.list_projects()
    assert len(rows) == len(PROJECTS) == 12
    statuses = {r.status for r in rows}
    assert {ProjectStatus.GRANTED, ProjectStatus.REJECTED, ProjectStatus.RUNNING} <= statuses
    assert [r.status for r in rows].count(ProjectStatus.REJECTED) == 1
    assert {year for year in (2024, 2025, 2026) if loaded.projects.list_projects(year=year)} == {
        2024,
        2025,
        2026,
    }
    crossing = [r.title for r in loaded.projects.list_projects(cross_cluster_only=True)]
    assert sorted(crossing) == [
        "Cold chain for fresh fish to Asia",
        "Lice counting with machine vision",
    ]


def test_one_running_on_two_grants(loaded: Services) -> None:
    two = [
        loaded.projects.get_project(r.id)
        for r in loaded.projects.list_projects(status=ProjectStatus.RUNNING)
    ]
    funded = [p for p in two if sum(f.decision is FundingDecision.GRANTED for f in p.funding) == 2]
    assert [p.title for p in funded] == ["Cold chain for fresh fish to Asia"]
    # Isbre of Sjømatklyngen Nord, Fjordlaks of Havbruksklyngen Midt, both of ours.
    assert len(funded[0].clusters) == 3 and funded[0].cross_cluster


def test_a_cohort_company_started_one_after_the_matchmaking_meeting(loaded: Services) -> None:
    (row,) = [r for r in loaded.projects.list_projects() if r.title.startswith("Drone pilot")]
    project = loaded.projects.get_project(row.id)
    assert project.created_from_meeting_id is not None
    meeting = loaded.meetings.get_meeting(project.created_from_meeting_id)
    assert meeting.outcome is MeetingOutcome.PROJECT_STARTED
    assert {meeting.organisation_name, meeting.counterpart_name} == {
        p.organisation_name for p in project.partners
    }
    assert project.lead is not None and project.lead.organisation_name == "Dypvann Robotikk AS"
    (enrolment,) = [
        e for e in loaded.enrolments.list_enrolments() if e.company_name == "Dypvann Robotikk AS"
    ]
    outcome = loaded.projects.projects_of_enrolment(enrolment.id)
    assert [o.project.title for o in outcome] == ["Drone pilot on two fish farms"]
    net = loaded.projects.collaboration()
    assert any(e.kind is EdgeKind.MEETING for e in net.edges)
