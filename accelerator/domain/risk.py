"""Which enrolments need a coordinator's attention, and why.

Each reason is a plain sentence so the dashboard can show it as-is; a bare red dot
without a reason only creates another question.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from accelerator.domain.milestones import MilestoneState, is_overdue
from accelerator.domain.readiness import AssessmentLevels, falling_dimensions, ordered
from accelerator.i18n import in_context

_tr = in_context("Risk")

#: An enrolment with no assessment for longer than this has dropped out of sight.
STALE_AFTER_WEEKS = 6

NO_ASSESSMENT = "no_assessment"
STALE_ASSESSMENT = "stale_assessment"
OVERDUE_MILESTONES = "overdue_milestones"
FALLING_LEVELS = "falling_levels"


@dataclass(frozen=True)
class RiskReason:
    """One reason an enrolment is at risk: a machine-readable kind and a sentence."""

    kind: str
    text: str


@dataclass(frozen=True)
class Risk:
    """All the reasons an enrolment is at risk; no reasons means not at risk."""

    reasons: tuple[RiskReason, ...] = ()

    @property
    def at_risk(self) -> bool:
        return bool(self.reasons)

    def __str__(self) -> str:
        return "; ".join(reason.text for reason in self.reasons)


def _display_name(key: str, names: Mapping[str, str] | None) -> str:
    """The framework's name for a dimension, else the key made readable (``Business model``)."""
    if names is not None and key in names:
        return names[key]
    return key.replace("_", " ").capitalize()


def assess_risk(
    *,
    enrolled_on: datetime.date,
    assessments: Sequence[AssessmentLevels],
    milestones: Iterable[MilestoneState],
    today: datetime.date,
    stale_after_weeks: int = STALE_AFTER_WEEKS,
    dimension_names: Mapping[str, str] | None = None,
) -> Risk:
    """Collect every reason this enrolment is at risk, in a fixed order.

    Assessment recency comes first (it is about whether we know anything at all), then
    overdue milestones, then dimensions that fell in the latest assessment.  "More than N
    weeks" is strict: exactly N weeks is still on time.  A newly enrolled company is given
    the same grace period before "never assessed" counts against it.
    """
    stale_after = datetime.timedelta(weeks=stale_after_weeks)
    reasons: list[RiskReason] = []

    history = ordered(assessments)
    if not history:
        since_enrolment = today - enrolled_on
        if since_enrolment > stale_after:
            weeks = since_enrolment.days // 7
            reasons.append(
                RiskReason(
                    NO_ASSESSMENT, _tr("Never assessed since enrolment %n weeks ago", n=weeks)
                )
            )
    else:
        since_latest = today - history[-1].assessed_on
        if since_latest > stale_after:
            weeks = since_latest.days // 7
            reasons.append(RiskReason(STALE_ASSESSMENT, _tr("No assessment for %n weeks", n=weeks)))

    overdue = sum(1 for milestone in milestones if is_overdue(milestone, today))
    if overdue:
        reasons.append(RiskReason(OVERDUE_MILESTONES, _tr("%n overdue milestones", n=overdue)))

    for key, (before, now) in falling_dimensions(history).items():
        name = _display_name(key, dimension_names)
        reasons.append(
            RiskReason(FALLING_LEVELS, _tr("{0} fell from {1} to {2}").format(name, before, now))
        )

    return Risk(reasons=tuple(reasons))


class Standing(StrEnum):
    """How an enrolment stands, in the one word a figure or a table cell has room for."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NOT_ASSESSED = "not_assessed"


def standing(*, at_risk: bool, assessed: bool) -> Standing:
    """At risk whenever there is a reason to be; otherwise on track only once someone has
    assessed the company. "No reason for concern" about a company nobody has looked at
    yet is not "on track": a steering group read the green word as good news."""
    if at_risk:
        return Standing.AT_RISK
    return Standing.ON_TRACK if assessed else Standing.NOT_ASSESSED
