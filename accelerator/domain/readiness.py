"""Readiness levels over time: what a company's profile is now, and how it got there.

Mentors record an assessment as a set of levels (1..9) per dimension.  Everything a
coordinator sees -- the current profile, the change since the start, the dimensions that
slipped, the cohort dashboard -- is derived here from those records, so the rules live in
one place and can be tested without a database or a window.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from accelerator.domain.enums import AssessmentKind
from accelerator.domain.formatting import format_number, join_words
from accelerator.i18n import in_context, marked, translate

_tr = in_context("Readiness")

#: The scale every framework uses; levels outside it are a data error, not a judgement.
MIN_LEVEL = 1
MAX_LEVEL = 9
LEVELS: tuple[int, ...] = tuple(range(MIN_LEVEL, MAX_LEVEL + 1))

#: How far technology may run ahead of the market-facing dimensions before we say so.
GAP_THRESHOLD = 3.0


def _check_level(dimension: str, level: object) -> int:
    """Reject anything that is not a whole level on the 1..9 scale.

    ``bool`` is an ``int`` in Python, but ``True`` as a level is always a bug upstream.
    """
    if isinstance(level, bool) or not isinstance(level, int):
        raise TypeError(f"level for {dimension!r} must be an int, got {level!r}")
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        raise ValueError(
            f"level for {dimension!r} must be between {MIN_LEVEL} and {MAX_LEVEL}, got {level}"
        )
    return level


#: The words of the dimensions the business-orientation gap is about, as a sentence has
#: them; a framework's other keys are made readable from the key.
DIMENSION_WORDS = {
    "technology": marked("Readiness", "technology"),
    "customer": marked("Readiness", "customer"),
    "business_model": marked("Readiness", "business model"),
}
_READINESS = "Readiness"


def dimension_label(key: str) -> str:
    """A dimension key as words inside a sentence, in the language spoken:
    ``business_model`` -> ``business model``."""
    known = DIMENSION_WORDS.get(key)
    return translate(_READINESS, known) if known is not None else key.replace("_", " ")


@dataclass(frozen=True)
class AssessmentLevels:
    """One dated assessment: the levels a mentor gave, keyed by dimension.

    ``levels`` is copied into a read-only mapping on construction so that a caller who
    later mutates their dict cannot change a recorded assessment.  It is left out of the
    hash (a mapping is not hashable) but still takes part in equality.
    """

    assessed_on: datetime.date
    kind: AssessmentKind
    levels: Mapping[str, int] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        checked = {str(key): _check_level(key, value) for key, value in self.levels.items()}
        object.__setattr__(self, "levels", MappingProxyType(checked))


def ordered(assessments: Iterable[AssessmentLevels]) -> list[AssessmentLevels]:
    """Assessments oldest first.

    The sort is stable, so two assessments on the same day keep the order they were given
    in (normally the order they were recorded): the later-recorded one counts as latest.
    """
    return sorted(assessments, key=lambda assessment: assessment.assessed_on)


def readiness_profile(assessments: Iterable[AssessmentLevels]) -> dict[str, int]:
    """The latest known level for every dimension ever assessed.

    A mentor may skip a dimension in a progress assessment; that means "not looked at this
    time", not "dropped to nothing", so the earlier level stands.
    """
    profile: dict[str, int] = {}
    for assessment in ordered(assessments):
        profile.update(assessment.levels)
    return profile


def baseline_profile(assessments: Iterable[AssessmentLevels]) -> dict[str, int]:
    """The levels the company started from.

    That is the first assessment marked BASELINE; programmes that never mark one still
    have a starting point, which is the earliest assessment.  No assessments, no baseline.
    """
    history = ordered(assessments)
    for assessment in history:
        if assessment.kind is AssessmentKind.BASELINE:
            return dict(assessment.levels)
    return dict(history[0].levels) if history else {}


def change_since_baseline(assessments: Iterable[AssessmentLevels]) -> dict[str, int]:
    """Current level minus baseline level, for dimensions that have both.

    A dimension first scored after the baseline has no starting point, so it is left out
    rather than shown as a gain from zero.
    """
    history = ordered(assessments)
    baseline = baseline_profile(history)
    profile = readiness_profile(history)
    return {key: level - baseline[key] for key, level in profile.items() if key in baseline}


def readiness_index(profile: Mapping[str, int]) -> float | None:
    """A single number for sorting and charts: the mean level, or None with nothing scored."""
    if not profile:
        return None
    return sum(profile.values()) / len(profile)


def falling_dimensions(
    assessments: Iterable[AssessmentLevels],
) -> dict[str, tuple[int, int]]:
    """Dimensions the latest assessment scored lower than the previous score for them.

    Each dimension is compared with the most recent earlier assessment that actually scored
    it, so a dimension skipped in between is still compared with its last real level.
    Returns ``key -> (before, now)``.
    """
    history = ordered(assessments)
    if not history:
        return {}
    latest, earlier = history[-1], history[:-1]
    falling: dict[str, tuple[int, int]] = {}
    for key, now in latest.levels.items():
        before = next(
            (a.levels[key] for a in reversed(earlier) if key in a.levels),
            None,
        )
        if before is not None and now < before:
            falling[key] = (before, now)
    return falling


def _levels(amount: float) -> str:
    """``1 level``, ``2 levels``, ``2.5 levels``: a whole count from the catalogue's plural
    forms, a half one always plural."""
    if float(amount).is_integer():
        return _tr("%n levels", n=int(amount))
    return _tr("{0} levels", "a number with decimals").format(format_number(amount))


@dataclass(frozen=True)
class BusinessOrientationGap:
    """Whether technology is running ahead of customer and business model.

    A common failure in tech-heavy clusters is a mature product nobody has validated a
    market for; this turns that into a flag with a sentence a coordinator can act on.
    """

    value: float | None
    flagged: bool
    explanation: str


def business_orientation_gap(
    profile: Mapping[str, int],
    *,
    technology: str = "technology",
    customer: str = "customer",
    business_model: str = "business_model",
    threshold: float = GAP_THRESHOLD,
) -> BusinessOrientationGap:
    """Technology level minus the mean of customer and business model.

    The keys are parameters because a framework may name its dimensions differently.
    Without all three levels there is nothing to judge, and we say which are missing
    instead of guessing.
    """
    missing = [key for key in (technology, customer, business_model) if key not in profile]
    if missing:
        labels = join_words([dimension_label(key) for key in missing])
        if len(missing) == 1:
            explanation = _tr("Not enough levels to judge: {0} has no level yet.").format(labels)
        else:
            explanation = _tr("Not enough levels to judge: {0} have no level yet.").format(labels)
        return BusinessOrientationGap(value=None, flagged=False, explanation=explanation)

    tech = profile[technology]
    market = (profile[customer] + profile[business_model]) / 2
    value = tech - market
    flagged = value >= threshold

    words = (
        dimension_label(technology),
        tech,
        dimension_label(customer),
        dimension_label(business_model),
        format_number(market),
    )
    if flagged:
        first = words[0][:1].upper() + words[0][1:]
        explanation = _tr(
            "{0} is at {1} while {2} and {3} average {4}: {5} ahead, flagged ({6} or more)."
        ).format(first, *words[1:], _levels(value), format_number(threshold))
    elif value > 0:
        explanation = _tr(
            "No gap: {0} is at {1} while {2} and {3} average {4}: {5} ahead, under {6}."
        ).format(*words, _levels(value), format_number(threshold))
    elif value < 0:
        explanation = _tr(
            "No gap: {0} is at {1} while {2} and {3} average {4}: {5} behind."
        ).format(*words, _levels(-value))
    else:
        explanation = _tr("No gap: {0} is at {1} while {2} and {3} average {4}.").format(*words)
    return BusinessOrientationGap(value=value, flagged=flagged, explanation=explanation)


def mean_levels(profiles: Iterable[Mapping[str, int]]) -> dict[str, float]:
    """Per-dimension mean across a cohort.

    Each dimension is averaged over the companies that have a level for it; a company not
    yet scored on a dimension must not drag the cohort average towards zero.
    """
    totals: dict[str, int] = {}
    counts: dict[str, int] = {}
    for profile in profiles:
        for key, level in profile.items():
            totals[key] = totals.get(key, 0) + level
            counts[key] = counts.get(key, 0) + 1
    return {key: totals[key] / counts[key] for key in totals}


def level_distribution(profiles: Iterable[Mapping[str, int]], dimension: str) -> dict[int, int]:
    """How many companies sit at each level of one dimension.

    All nine levels are present (with zero counts) so a bar chart keeps a fixed axis.
    Companies without a level for the dimension are not counted.
    """
    distribution = dict.fromkeys(LEVELS, 0)
    for profile in profiles:
        if dimension in profile:
            distribution[_check_level(dimension, profile[dimension])] += 1
    return distribution
