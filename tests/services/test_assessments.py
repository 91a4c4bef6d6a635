from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from accelerator.domain.enums import AssessmentKind, Role
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.services import Actor, Services
from accelerator.services.assessments import AssessmentInput
from tests.factories import DIMENSIONS, Factory

BASE = dict.fromkeys(DIMENSIONS, 3)


def _assessment_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.execute(text("SELECT count(*) FROM assessments")).scalar() or 0)


def test_log_and_read_back(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user(display_name="Kari Nordmann")
    make.assessment(e.id, levels=BASE, kind=AssessmentKind.BASELINE, assessor_id=mentor.id)
    later = make.assessment(
        e.id,
        levels={**BASE, "customer": 4, "funding": 2},
        reasons={"customer": "Two pilots signed", "funding": "Grant rejected"},
        assessed_on=dt.date(2026, 3, 1),
        assessor_id=mentor.id,
        notes="Good month.",
    )
    history = services.assessments.list_for_enrolment(e.id)
    assert [a.assessed_on for a in history] == [dt.date(2026, 2, 1), dt.date(2026, 3, 1)]
    assert history[1].levels == {**BASE, "customer": 4, "funding": 2}
    assert history[1].assessor_name == "Kari Nordmann"
    assert [s.reason for s in later.scores if s.reason] == ["Two pilots signed", "Grant rejected"]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"levels": {**BASE, "team": 0}}, "team", "1 to 9, not 0"),
        ({"levels": {**BASE, "team": 10}}, "team", "1 to 9, not 10"),
        ({"levels": {k: v for k, v in BASE.items() if k != "ip"}}, "ip", "needs a level"),
        ({"levels": {**BASE, "marketing": 3}}, "marketing", "not a dimension"),
        ({"assessed_on": dt.date.today() + dt.timedelta(days=1)}, "assessed_on", "future"),
        ({"assessed_on": dt.date(2025, 12, 1)}, "assessed_on", "before the company joined"),
    ],
)
def test_bad_assessments_are_refused(
    services: Services, make: Factory, overrides: dict, field: str, words: str
) -> None:
    e = make.enrolment()
    with pytest.raises(ValidationError) as caught:
        make.assessment(e.id, **overrides)
    assert words in caught.value.problems[field]
    assert _assessment_count(services) == 0


def test_a_changed_level_needs_a_reason(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user()
    make.assessment(e.id, levels=BASE, assessor_id=mentor.id)
    with pytest.raises(ValidationError) as caught:
        make.assessment(
            e.id,
            levels={**BASE, "customer": 2},
            assessed_on=dt.date(2026, 3, 1),
            assessor_id=mentor.id,
        )
    assert str(caught.value) == "Customer: changed from 3 to 2: give a reason"
    assert _assessment_count(services) == 1


def test_levels_can_go_down(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user()
    make.assessment(e.id, levels=BASE, assessor_id=mentor.id)
    down = make.assessment(
        e.id,
        levels={**BASE, "team": 1},
        reasons={"team": "CTO left"},
        assessed_on=dt.date(2026, 3, 1),
        assessor_id=mentor.id,
    )
    assert down.levels["team"] == 1


def test_correction_is_kept_in_the_audit_trail(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user()
    services.enrolments.assign_mentor(e.id, mentor.id)
    as_mentor = services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR))
    original = as_mentor.assessments.log_assessment(
        AssessmentInput(e.id, BASE, assessed_on=dt.date(2026, 2, 1), notes="First look")
    )
    corrected = as_mentor.assessments.correct_assessment(
        original.id,
        AssessmentInput(e.id, {**BASE, "ip": 4}, assessed_on=dt.date(2026, 2, 1), notes="Fixed"),
    )
    assert corrected.corrected and corrected.levels["ip"] == 4
    with services.db.read() as s:
        rows = s.execute(
            text(
                "SELECT table_name, changes, username FROM audit_entries "
                "WHERE action = 'update' ORDER BY id"
            )
        ).all()
    changes = {table: json.loads(c) for table, c, _ in rows}
    assert changes["assessment_texts"]["notes"] == ["First look", "Fixed"]
    assert changes["scores"]["level"] == [3, 4]
    assert {user for *_, user in rows} == {mentor.username}


def test_only_the_author_or_a_coordinator_corrects(services: Services, make: Factory) -> None:
    e = make.enrolment()
    author, other = make.user(), make.user()
    for m in (author, other):
        services.enrolments.assign_mentor(e.id, m.id)
    a = make.assessment(e.id, assessor_id=author.id)
    as_other = services.acting_as(Actor(other.id, other.username, Role.MENTOR))
    with pytest.raises(PermissionDeniedError, match="author"):
        as_other.assessments.correct_assessment(a.id, AssessmentInput(e.id, {**BASE, "ip": 5}))
    assert services.assessments.get_assessment(a.id).levels == BASE


def test_unassigned_mentor_and_viewer_cannot_log(services: Services, make: Factory) -> None:
    e = make.enrolment()
    mentor = make.user()
    viewer = make.user(role=Role.VIEWER)
    for actor in (
        Actor(mentor.id, mentor.username, Role.MENTOR),
        Actor(viewer.id, viewer.username, Role.VIEWER),
    ):
        with pytest.raises(PermissionDeniedError):
            services.acting_as(actor).assessments.log_assessment(AssessmentInput(e.id, BASE))
    assert _assessment_count(services) == 0


def test_confidential_notes_are_hidden_from_other_mentors(
    services: Services, make: Factory
) -> None:
    e = make.enrolment()
    author, other = make.user(), make.user()
    for mentor in (author, other):  # both mentors in the cohort, so both may read it
        services.enrolments.assign_mentor(e.id, mentor.id)
    make.assessment(e.id, assessor_id=author.id, notes="Founders disagree", confidential=True)
    seen_by_other = services.acting_as(
        Actor(other.id, other.username, Role.MENTOR)
    ).assessments.list_for_enrolment(e.id)
    seen_by_author = services.acting_as(
        Actor(author.id, author.username, Role.MENTOR)
    ).assessments.list_for_enrolment(e.id)
    assert seen_by_other[0].notes == ""
    assert seen_by_author[0].notes == "Founders disagree"
    assert services.assessments.list_for_enrolment(e.id)[0].notes == "Founders disagree"
