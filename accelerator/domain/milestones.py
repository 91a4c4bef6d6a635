"""Milestone arithmetic: what is overdue, how far along an enrolment is, when things fall due.

Overdue is a fact about a date and a status, so it is derived here on demand rather than
stored: a stored flag would go stale the morning after it was written.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from accelerator.domain.enums import MilestoneStatus
from accelerator.i18n import in_context

_tr = in_context("Milestones")

#: Statuses for which a due date no longer matters.
_SETTLED = frozenset({MilestoneStatus.DONE, MilestoneStatus.NOT_APPLICABLE})


@dataclass(frozen=True)
class MilestoneState:
    """The parts of a milestone the rules need, free of any storage concerns."""

    status: MilestoneStatus
    due_date: datetime.date | None = None
    completed_on: datetime.date | None = None


def is_overdue(milestone: MilestoneState, today: datetime.date) -> bool:
    """Past its due date and still open.

    A milestone due today is not overdue yet: the company still has the day.  Done and
    not-applicable milestones are never overdue, and one with no due date cannot be.
    """
    return (
        milestone.due_date is not None
        and milestone.due_date < today
        and milestone.status not in _SETTLED
    )


@dataclass(frozen=True)
class Completion:
    """Progress through an enrolment's milestones, as counts."""

    done: int
    applicable: int
    overdue: int

    @property
    def ratio(self) -> float | None:
        """Share done; None rather than 0 when nothing applies, which is not "no progress"."""
        if self.applicable == 0:
            return None
        return self.done / self.applicable

    def __str__(self) -> str:
        return _tr("{0} of {1}").format(self.done, self.applicable)


def milestone_completion(milestones: Iterable[MilestoneState], today: datetime.date) -> Completion:
    """Count done, applicable and overdue milestones.

    Not-applicable milestones are taken out of the denominator: a company should not look
    behind because the template had a step that does not fit it.
    """
    done = applicable = overdue = 0
    for milestone in milestones:
        if milestone.status is MilestoneStatus.NOT_APPLICABLE:
            continue
        applicable += 1
        if milestone.status is MilestoneStatus.DONE:
            done += 1
        if is_overdue(milestone, today):
            overdue += 1
    return Completion(done=done, applicable=applicable, overdue=overdue)


def due_date_for(cohort_start: datetime.date, offset_weeks: int) -> datetime.date:
    """The due date of a template milestone set ``offset_weeks`` after the cohort starts.

    Templates speak in weeks so that one template serves every cohort whatever its dates.
    """
    return cohort_start + datetime.timedelta(weeks=offset_weeks)
