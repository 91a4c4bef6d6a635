"""Milestone rules: overdue is derived from date and status; completion ignores not-applicable."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accelerator.domain.enums import MilestoneStatus
from accelerator.domain.milestones import (
    Completion,
    MilestoneState,
    due_date_for,
    is_overdue,
    milestone_completion,
)

S = MilestoneStatus
TODAY = datetime.date(2025, 6, 15)
YESTERDAY = TODAY - datetime.timedelta(days=1)
TOMORROW = TODAY + datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("milestone", "expected"),
    [
        pytest.param(MilestoneState(S.NOT_STARTED, YESTERDAY), True, id="not-started-past"),
        pytest.param(MilestoneState(S.IN_PROGRESS, YESTERDAY), True, id="in-progress-past"),
        pytest.param(MilestoneState(S.BLOCKED, YESTERDAY), True, id="blocked-past"),
        pytest.param(MilestoneState(S.NOT_STARTED, TODAY), False, id="due-today-not-overdue"),
        pytest.param(MilestoneState(S.NOT_STARTED, TOMORROW), False, id="future"),
        pytest.param(MilestoneState(S.NOT_STARTED, None), False, id="no-due-date"),
        pytest.param(MilestoneState(S.DONE, YESTERDAY, YESTERDAY), False, id="done-past"),
        pytest.param(MilestoneState(S.DONE, YESTERDAY), False, id="done-without-date"),
        pytest.param(MilestoneState(S.NOT_APPLICABLE, YESTERDAY), False, id="not-applicable"),
    ],
)
def test_is_overdue(milestone: MilestoneState, expected: bool) -> None:
    assert is_overdue(milestone, TODAY) is expected


@pytest.mark.parametrize(
    ("milestones", "expected", "ratio", "text"),
    [
        pytest.param([], Completion(0, 0, 0), None, "0 of 0", id="none"),
        pytest.param(
            [MilestoneState(S.NOT_APPLICABLE, YESTERDAY)] * 2,
            Completion(0, 0, 0),
            None,
            "0 of 0",
            id="only-not-applicable",
        ),
        pytest.param(
            [
                MilestoneState(S.DONE, YESTERDAY, YESTERDAY),
                MilestoneState(S.DONE, TOMORROW, TODAY),
                MilestoneState(S.DONE),
                MilestoneState(S.NOT_APPLICABLE, YESTERDAY),
                MilestoneState(S.NOT_STARTED, YESTERDAY),
                MilestoneState(S.BLOCKED, YESTERDAY),
                MilestoneState(S.IN_PROGRESS, TODAY),
                MilestoneState(S.IN_PROGRESS, TOMORROW),
                MilestoneState(S.NOT_STARTED),
            ],
            Completion(done=3, applicable=8, overdue=2),
            3 / 8,
            "3 of 8",
            id="mixed-with-not-applicable-and-overdue",
        ),
        pytest.param(
            [MilestoneState(S.DONE), MilestoneState(S.DONE)],
            Completion(2, 2, 0),
            1.0,
            "2 of 2",
            id="all-done",
        ),
        pytest.param(
            [MilestoneState(S.NOT_STARTED, TODAY)],
            Completion(0, 1, 0),
            0.0,
            "0 of 1",
            id="due-today-not-counted-overdue",
        ),
    ],
)
def test_milestone_completion(
    milestones: list[MilestoneState], expected: Completion, ratio: float | None, text: str
) -> None:
    completion = milestone_completion(milestones, TODAY)
    assert completion == expected
    assert completion.ratio == ratio
    assert str(completion) == text


@pytest.mark.parametrize(
    ("start", "weeks", "expected"),
    [
        pytest.param(datetime.date(2025, 1, 6), 0, datetime.date(2025, 1, 6), id="zero"),
        pytest.param(datetime.date(2025, 1, 6), 4, datetime.date(2025, 2, 3), id="four"),
        pytest.param(datetime.date(2024, 2, 26), 1, datetime.date(2024, 3, 4), id="leap-feb"),
        pytest.param(datetime.date(2025, 12, 22), 2, datetime.date(2026, 1, 5), id="year-end"),
        pytest.param(datetime.date(2025, 1, 6), -1, datetime.date(2024, 12, 30), id="before"),
    ],
)
def test_due_date_for(start: datetime.date, weeks: int, expected: datetime.date) -> None:
    assert due_date_for(start, weeks) == expected


milestone_st = st.builds(
    MilestoneState,
    st.sampled_from(list(MilestoneStatus)),
    st.none() | st.dates(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
)


@given(st.lists(milestone_st))
def test_completion_counts_are_consistent(milestones: list[MilestoneState]) -> None:
    completion = milestone_completion(milestones, TODAY)
    assert 0 <= completion.done <= completion.applicable <= len(milestones)
    assert completion.overdue <= completion.applicable - completion.done
    assert completion.overdue == sum(is_overdue(m, TODAY) for m in milestones)
    if completion.ratio is not None:
        assert 0.0 <= completion.ratio <= 1.0
    else:
        assert completion.applicable == 0


@given(st.dates(), st.integers(-52, 104))
def test_due_date_is_whole_weeks_after_start(start: datetime.date, weeks: int) -> None:
    try:
        due = due_date_for(start, weeks)
    except OverflowError:
        return
    assert (due - start).days == 7 * weeks
    assert due.weekday() == start.weekday()
