"""How an enrolment stands in one word: a company nobody has assessed is not "on track"."""

from __future__ import annotations

import datetime

import pytest

from accelerator.domain.enums import AssessmentKind, MilestoneStatus
from accelerator.domain.milestones import MilestoneState
from accelerator.domain.readiness import AssessmentLevels
from accelerator.domain.risk import Standing, assess_risk, standing

TODAY = datetime.date(2026, 12, 4)
OVERDUE = MilestoneState(MilestoneStatus.NOT_STARTED, TODAY - datetime.timedelta(days=1))
LATER = MilestoneState(MilestoneStatus.NOT_STARTED, TODAY + datetime.timedelta(days=30))
RECENT = AssessmentLevels(TODAY - datetime.timedelta(days=7), AssessmentKind.BASELINE, {"team": 3})


@pytest.mark.parametrize(
    ("enrolled_days_ago", "assessments", "milestones", "expected"),
    [
        pytest.param(7, [], [LATER], Standing.NOT_ASSESSED, id="new-and-never-assessed"),
        pytest.param(7, [RECENT], [LATER], Standing.ON_TRACK, id="assessed-nothing-wrong"),
        pytest.param(70, [], [LATER], Standing.AT_RISK, id="never-assessed-past-the-grace"),
        pytest.param(7, [], [OVERDUE], Standing.AT_RISK, id="never-assessed-and-overdue"),
        pytest.param(7, [RECENT], [OVERDUE], Standing.AT_RISK, id="assessed-and-overdue"),
    ],
)
def test_standing(
    enrolled_days_ago: int,
    assessments: list[AssessmentLevels],
    milestones: list[MilestoneState],
    expected: Standing,
) -> None:
    risk = assess_risk(
        enrolled_on=TODAY - datetime.timedelta(days=enrolled_days_ago),
        assessments=assessments,
        milestones=milestones,
        today=TODAY,
    )
    assert standing(at_risk=risk.at_risk, assessed=bool(assessments)) is expected
