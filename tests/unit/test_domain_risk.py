"""Risk rules: each reason alone, combined, and none, with the sentences a coordinator reads."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accelerator.domain.enums import AssessmentKind, MilestoneStatus
from accelerator.domain.milestones import MilestoneState
from accelerator.domain.readiness import AssessmentLevels
from accelerator.domain.risk import STALE_AFTER_WEEKS, Risk, RiskReason, assess_risk

TODAY = datetime.date(2025, 6, 30)
B, P = AssessmentKind.BASELINE, AssessmentKind.PROGRESS


def days_ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


def a(days: int, kind: AssessmentKind = P, **levels: int) -> AssessmentLevels:
    return AssessmentLevels(days_ago(days), kind, levels)


OPEN_PAST = MilestoneState(MilestoneStatus.IN_PROGRESS, days_ago(3))
DONE_PAST = MilestoneState(MilestoneStatus.DONE, days_ago(3), days_ago(4))
OPEN_TODAY = MilestoneState(MilestoneStatus.NOT_STARTED, TODAY)


@pytest.mark.parametrize(
    ("enrolled_days_ago", "assessments", "milestones", "expected"),
    [
        pytest.param(100, [a(10, B, customer=3)], [DONE_PAST, OPEN_TODAY], [], id="none"),
        pytest.param(42, [], [], [], id="never-assessed-exactly-6-weeks-is-grace"),
        pytest.param(
            63,
            [],
            [],
            [("no_assessment", "Never assessed since enrolment 9 weeks ago")],
            id="never-assessed",
        ),
        pytest.param(
            43,
            [],
            [],
            [("no_assessment", "Never assessed since enrolment 6 weeks ago")],
            id="never-assessed-just-over",
        ),
        pytest.param(200, [a(42, B, customer=3)], [], [], id="exactly-6-weeks-not-stale"),
        pytest.param(
            200,
            [a(63, B, customer=3)],
            [],
            [("stale_assessment", "No assessment for 9 weeks")],
            id="stale",
        ),
        pytest.param(
            200,
            [a(5, B, customer=3), a(80, B, customer=3)],
            [],
            [],
            id="latest-by-date-not-by-position",
        ),
        pytest.param(
            10,
            [],
            [OPEN_PAST],
            [("overdue_milestones", "1 overdue milestone")],
            id="one-overdue",
        ),
        pytest.param(
            10,
            [],
            [OPEN_PAST, OPEN_PAST, DONE_PAST, OPEN_TODAY],
            [("overdue_milestones", "2 overdue milestones")],
            id="two-overdue",
        ),
        pytest.param(
            100,
            [a(60, B, customer=4, team=2), a(5, customer=3, team=3)],
            [],
            [("falling_levels", "Customer fell from 4 to 3")],
            id="falling",
        ),
        pytest.param(
            100,
            [a(60, B, customer=4, business_model=6), a(5, customer=3, business_model=2)],
            [],
            [
                ("falling_levels", "Customer fell from 4 to 3"),
                ("falling_levels", "Business model fell from 6 to 2"),
            ],
            id="two-falling-default-names",
        ),
        pytest.param(
            200,
            [a(150, B, customer=5, ip=3), a(70, customer=2, ip=2)],
            [OPEN_PAST, OPEN_PAST, OPEN_PAST],
            [
                ("stale_assessment", "No assessment for 10 weeks"),
                ("overdue_milestones", "3 overdue milestones"),
                ("falling_levels", "Customer fell from 5 to 2"),
                ("falling_levels", "Ip fell from 3 to 2"),
            ],
            id="combined",
        ),
        pytest.param(
            50,
            [],
            [OPEN_PAST],
            [
                ("no_assessment", "Never assessed since enrolment 7 weeks ago"),
                ("overdue_milestones", "1 overdue milestone"),
            ],
            id="never-assessed-and-overdue",
        ),
    ],
)
def test_assess_risk(
    enrolled_days_ago: int,
    assessments: list[AssessmentLevels],
    milestones: list[MilestoneState],
    expected: list[tuple[str, str]],
) -> None:
    risk = assess_risk(
        enrolled_on=days_ago(enrolled_days_ago),
        assessments=assessments,
        milestones=milestones,
        today=TODAY,
    )
    assert risk == Risk(tuple(RiskReason(kind, text) for kind, text in expected))
    assert risk.at_risk is bool(expected)
    assert str(risk) == "; ".join(text for _, text in expected)


def test_dimension_names_are_used_for_display_with_fallback() -> None:
    risk = assess_risk(
        enrolled_on=days_ago(100),
        assessments=[a(20, B, ip=5, business_model=4), a(1, ip=2, business_model=3)],
        milestones=[],
        today=TODAY,
        dimension_names={"ip": "IP readiness"},
    )
    assert str(risk) == "IP readiness fell from 5 to 2; Business model fell from 4 to 3"


@pytest.mark.parametrize(
    ("weeks", "assessed_days_ago", "expected"),
    [
        pytest.param(2, 14, "", id="exactly-2-weeks"),
        pytest.param(2, 15, "No assessment for 2 weeks", id="over-2-weeks"),
        pytest.param(1, 10, "No assessment for 1 week", id="singular-week"),
        pytest.param(12, 63, "", id="longer-window"),
    ],
)
def test_stale_after_weeks_is_configurable(
    weeks: int, assessed_days_ago: int, expected: str
) -> None:
    risk = assess_risk(
        enrolled_on=days_ago(300),
        assessments=[a(assessed_days_ago, B, customer=3)],
        milestones=[],
        today=TODAY,
        stale_after_weeks=weeks,
    )
    assert str(risk) == expected


def test_empty_risk() -> None:
    assert Risk(()).at_risk is False
    assert str(Risk(())) == ""
    assert STALE_AFTER_WEEKS == 6


@given(
    st.integers(0, 400),
    st.lists(st.integers(0, 400), max_size=4),
    st.lists(st.sampled_from(list(MilestoneStatus)), max_size=6),
)
def test_reasons_have_known_kinds_and_match_at_risk(
    enrolled: int, assessed: list[int], statuses: list[MilestoneStatus]
) -> None:
    risk = assess_risk(
        enrolled_on=days_ago(enrolled),
        assessments=[a(d, customer=3) for d in assessed],
        milestones=[MilestoneState(s, days_ago(1)) for s in statuses],
        today=TODAY,
    )
    kinds = [reason.kind for reason in risk.reasons]
    assert set(kinds) <= {"no_assessment", "stale_assessment", "overdue_milestones"}
    assert not ({"no_assessment", "stale_assessment"} <= set(kinds))
    open_count = sum(
        s not in (MilestoneStatus.DONE, MilestoneStatus.NOT_APPLICABLE) for s in statuses
    )
    assert ("overdue_milestones" in kinds) == (open_count > 0)
    assert risk.at_risk == bool(kinds)
    assert all(reason.text for reason in risk.reasons)
