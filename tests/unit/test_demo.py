"""The demo data: loaded through the services, complete, realistic and loaded only once."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from stdnum.no import orgnr

from accelerator import i18n
from accelerator.db.open import open_database
from accelerator.domain.enums import (
    MILESTONE_CATEGORIES,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    OrganisationKind,
    Role,
)
from accelerator.domain.milestones import MilestoneState, is_overdue
from accelerator.domain.readiness import (
    business_orientation_gap,
    falling_dimensions,
    readiness_profile,
)
from accelerator.domain.risk import STALE_ASSESSMENT, assess_risk
from accelerator.errors import ValidationError
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.i18n.extract import extract
from accelerator.services import Services, demo
from accelerator.services.assessments import as_levels
from accelerator.services.companies import CompanyInput
from accelerator.services.demo import (
    COMPANIES,
    DEMO_CLUSTER,
    DEMO_PROGRAMME,
    DEMO_USERS,
    ORGANISATIONS,
    load_demo,
)
from accelerator.services.records import CohortRecord, EnrolmentRecord
from accelerator.services.users import UserInput
from tests.conftest import DemoFiles

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> Iterator[Services]:
    """The demo of ``TODAY`` for the tests that only read it: the module's own copy of the
    one tests/conftest.py loads once per session (a load takes seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_files.path(TODAY), path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def _cohort(services: Services, status: CohortStatus) -> CohortRecord:
    (cohort,) = [c for c in services.programmes.list_cohorts() if c.status is status]
    return cohort


def _running(services: Services) -> list[EnrolmentRecord]:
    cohort = _cohort(services, CohortStatus.RUNNING)
    return services.enrolments.list_enrolments(cohort_id=cohort.id)


def _counts(services: Services) -> dict[str, int]:
    return dict(services.database.summary().counts)


def test_counts(loaded: Services) -> None:
    (programme,) = loaded.programmes.list_programmes()
    assert programme.name == DEMO_PROGRAMME
    assert programme.assessment_interval_weeks == 6
    assert 8 <= len(loaded.programmes.template(programme.id)) <= 10
    assert len(loaded.programmes.list_cohorts()) == 2
    assert len(loaded.companies.list_companies()) >= 12
    users = loaded.users.list_users()
    assert sorted(u.role.value for u in users) == ["coordinator", "mentor", "mentor", "mentor"]
    assert {u.username for u in users} == {u.username for u in DEMO_USERS}
    assert all(u.has_password for u in users)
    assert all(len(u.password) >= 8 for u in DEMO_USERS)


def test_cohorts_are_dated_around_today(loaded: Services) -> None:
    finished = _cohort(loaded, CohortStatus.FINISHED)
    running = _cohort(loaded, CohortStatus.RUNNING)
    assert finished.end_date < TODAY - dt.timedelta(weeks=20)
    assert running.start_date < TODAY < running.end_date
    assert 5 <= finished.enrolment_count <= 6
    assert 7 <= running.enrolment_count <= 8


def test_companies(loaded: Services) -> None:
    companies = loaded.companies.list_companies()
    norwegian = [c for c in companies if not c.is_foreign]
    foreign = [c for c in companies if c.is_foreign]
    assert len(foreign) == 1 and foreign[0].country != "Norway" and foreign[0].registry_number
    assert all(c.org_number and orgnr.is_valid(c.org_number) for c in norwegian)
    assert len({c.org_number for c in norwegian}) == len(norwegian)
    for letter in "æøå":
        assert any(letter in c.name.lower() for c in companies), letter
    assert all(c.contacts and c.sector and c.website and c.founded_year for c in companies)


def test_the_cluster_our_partners_and_their_members(loaded: Services) -> None:
    clusters = loaded.clusters.list_clusters()
    ours = [c for c in clusters if c.ours]
    assert [c.name for c in ours] == [DEMO_CLUSTER]
    assert len(clusters) >= 3 and all(c.short_name and c.region for c in clusters)
    (programme,) = loaded.programmes.list_programmes()
    assert programme.cluster_id == ours[0].id

    members = loaded.members.list_memberships(cluster_id=ours[0].id, on=TODAY)
    member_kinds = {m.kind for m in members}
    assert member_kinds == set(OrganisationKind) - {OrganisationKind.OTHER}
    # Every demo company has been a member of ours; one left after it withdrew.
    ever = {m.organisation_name for m in loaded.members.list_memberships(cluster_id=ours[0].id)}
    assert {c.name for c in COMPANIES} <= ever
    assert len({m.tier_name for m in members}) == 4
    everyone = loaded.members.list_memberships()
    assert sum(m.left_on is not None for m in everyone) >= 3
    assert {m.cluster_name for m in everyone} == {c.name for c in clusters}
    counts = {c.cluster_name: c for c in loaded.members.member_counts(TODAY)}
    assert counts[DEMO_CLUSTER].by_kind[OrganisationKind.COMPANY] == len(COMPANIES) - 1
    assert counts[DEMO_CLUSTER].by_kind[OrganisationKind.RESEARCH_INSTITUTE] == 1


def test_only_companies_are_enrolled(loaded: Services) -> None:
    enrolled = {e.company_id for e in loaded.enrolments.list_enrolments()}
    kinds = {c.id: c.kind for c in loaded.companies.list_companies()}
    assert {kinds[c] for c in enrolled} == {OrganisationKind.COMPANY}
    assert {o.kind for o in ORGANISATIONS} == set(OrganisationKind) - {OrganisationKind.COMPANY}


def test_enrolments_mentors_and_outcomes(loaded: Services) -> None:
    enrolments = loaded.enrolments.list_enrolments()
    assert all(e.mentors for e in enrolments)
    mentors = {u.id for u in loaded.users.list_users() if u.role is Role.MENTOR}
    for mentor in mentors:
        assert sum(any(m.user_id == mentor for m in e.mentors) for e in enrolments) >= 3
    statuses = [e.status for e in enrolments]
    assert statuses.count(EnrolmentStatus.WITHDRAWN) == 1
    assert statuses.count(EnrolmentStatus.GRADUATED) >= 3
    (withdrawn,) = [e for e in enrolments if e.status is EnrolmentStatus.WITHDRAWN]
    assert withdrawn.status_reason
    assert all(e.status is EnrolmentStatus.ACTIVE for e in _running(loaded))

    by_company: dict[int, set[int]] = {}
    for e in enrolments:
        by_company.setdefault(e.company_id, set()).add(e.cohort_id)
    assert sum(len(cohorts) == 2 for cohorts in by_company.values()) == 1


def test_milestones_in_every_state(loaded: Services) -> None:
    milestones = [
        m for e in loaded.enrolments.list_enrolments() for m in loaded.enrolments.milestones(e.id)
    ]
    assert {m.status for m in milestones} == set(MilestoneStatus)
    assert any(
        is_overdue(MilestoneState(m.status, m.due_date, m.completed_on), TODAY) for m in milestones
    )
    for m in milestones:
        if m.status is MilestoneStatus.DONE:
            assert m.completed_on is not None and m.completed_on <= TODAY and m.evidence
        if m.status is MilestoneStatus.BLOCKED:
            assert m.blocked_reason
    custom = [m for m in milestones if m.template_item_id is None]
    assert len(custom) == 1


def test_assessments_show_progress_and_gaps(loaded: Services) -> None:
    all_records = [
        a
        for e in loaded.enrolments.list_enrolments()
        for a in loaded.assessments.list_for_enrolment(e.id)
    ]
    assert sum(a.confidential for a in all_records) == 1
    assert all(a.notes and a.next_steps for a in all_records)

    flagged = []
    for e in _running(loaded):
        history = [as_levels(a) for a in loaded.assessments.list_for_enrolment(e.id)]
        assert history, e.company_name
        if business_orientation_gap(readiness_profile(history)).flagged:
            flagged.append(e.company_name)
    assert len(flagged) >= 2

    falling = []
    for e in loaded.enrolments.list_enrolments():
        records = loaded.assessments.list_for_enrolment(e.id)
        history = [as_levels(a) for a in records]
        for before, after in zip(records, records[1:], strict=False):
            for key, level in after.levels.items():
                if level != before.levels[key]:
                    reason = next(s.reason for s in after.scores if s.dimension_key == key)
                    assert reason, (e.company_name, key)
        if falling_dimensions(history):
            falling.append(e.company_name)
    assert falling


def test_one_running_company_is_stale(loaded: Services) -> None:
    stale = []
    for e in _running(loaded):
        history = [as_levels(a) for a in loaded.assessments.list_for_enrolment(e.id)]
        milestones = [
            MilestoneState(m.status, m.due_date, m.completed_on)
            for m in loaded.enrolments.milestones(e.id)
        ]
        risk = assess_risk(
            enrolled_on=e.joined_on, assessments=history, milestones=milestones, today=TODAY
        )
        if any(r.kind == STALE_ASSESSMENT for r in risk.reasons):
            stale.append(e.company_name)
    assert len(stale) == 1


def test_second_load_changes_nothing(loaded: Services) -> None:
    before = _counts(loaded)
    again = load_demo(loaded, today=TODAY)
    assert not again.created
    assert "already loaded" in again.summary
    assert again.users == DEMO_USERS
    assert _counts(loaded) == before


@pytest.mark.parametrize("today", [dt.date(2025, 3, 3), dt.date(2026, 6, 30), TODAY])
def test_loads_for_other_days(services: Services, today: dt.date) -> None:
    result = load_demo(services, today=today)
    assert result.created
    running = _cohort(services, CohortStatus.RUNNING)
    assert running.start_date < today < running.end_date
    assert _counts(services)["assessments"] > 30


def test_refuses_a_day_in_the_future(services: Services) -> None:
    with pytest.raises(ValidationError):
        load_demo(services, today=dt.date.today() + dt.timedelta(days=1))
    assert _counts(services)["programmes"] == 0


def test_reuses_what_an_interrupted_load_left(services: Services) -> None:
    bjorn = next(u for u in DEMO_USERS if u.username == "bjorn")
    services.users.create_user(UserInput(bjorn.username, bjorn.display_name, bjorn.role))
    services.companies.create_company(CompanyInput("Ærfugl Miljøteknikk AS", "933186458"))
    assert load_demo(services, today=TODAY).created
    counts = _counts(services)
    assert counts["users"] == 4
    assert counts["companies"] == len(COMPANIES) + len(ORGANISATIONS)


#: What every demo text reads as in the test's "bokmål": its source, behind a mark that no
#: English text has, so that a text the load forgot to translate shows.
NB = "[nb] "


@pytest.fixture
def bokmal() -> Iterator[None]:
    """Every text demo.py marks, "translated" with the mark; the cohorts' names as the
    catalogue gives them."""
    found = extract([Path(demo.__file__)])
    messages = [
        Message(m.context, m.source, forms=(NB + m.source,), finished=True)
        for m in found.messages
        if m.context == "Demo"
    ]
    messages += [
        Message("Demo", "Spring {0}", forms=("Vår {0}",), finished=True),
        Message("Demo", "Autumn {0}", forms=("Høst {0}",), finished=True),
    ]
    saved = dict(i18n._catalogues)
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    try:
        yield
    finally:
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_a_demo_made_in_bokmal_has_every_descriptive_text_in_bokmal(services: Services) -> None:
    with i18n.speaking("nb"):
        assert load_demo(services, today=TODAY).created
    programme = services.programmes.find_programme(DEMO_PROGRAMME)
    assert programme is not None and programme.description.startswith(NB)
    names = {c.name for c in services.programmes.list_cohorts()}
    assert names == {"Høst 2025", "Høst 2026"}
    texts: list[str] = []
    for company in services.companies.list_companies():
        texts += [company.sector, company.technology_focus, company.description]
        texts += [contact.role for contact in company.contacts]
        # Names stay as people wrote them.
        assert not company.name.startswith(NB)
        assert company.name in {c.name for c in (*COMPANIES, *ORGANISATIONS)}
    for enrolment in services.enrolments.list_enrolments():
        if enrolment.status_reason:
            texts.append(enrolment.status_reason)
        for m in services.enrolments.milestones(enrolment.id):
            texts += [m.title, m.description]
            texts += [t for t in (m.evidence, m.blocked_reason) if t]
            assert m.category in MILESTONE_CATEGORIES  # a key the window words itself
        for a in services.assessments.list_for_enrolment(enrolment.id):
            texts += [t for t in (a.notes, a.next_steps) if t]
            texts += [s.reason for s in a.scores if s.reason]
    assert len(texts) > 300
    assert [t for t in texts if not t.startswith(NB)] == []
