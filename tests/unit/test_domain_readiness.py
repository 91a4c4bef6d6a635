"""Readiness rules: profiles, baselines, falling levels, the gap flag and cohort aggregates."""

from __future__ import annotations

import datetime
from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accelerator.domain.enums import AssessmentKind
from accelerator.domain.readiness import (
    GAP_THRESHOLD,
    AssessmentLevels,
    BusinessOrientationGap,
    baseline_profile,
    business_orientation_gap,
    change_since_baseline,
    falling_dimensions,
    level_distribution,
    mean_levels,
    ordered,
    readiness_index,
    readiness_profile,
)

B, P, F = AssessmentKind.BASELINE, AssessmentKind.PROGRESS, AssessmentKind.FINAL
D1 = datetime.date(2025, 1, 10)
D2 = datetime.date(2025, 2, 10)
D3 = datetime.date(2025, 3, 10)


def a(day: datetime.date, kind: AssessmentKind, **levels: int) -> AssessmentLevels:
    return AssessmentLevels(day, kind, levels)


# --- AssessmentLevels -------------------------------------------------------------------


def test_levels_are_copied_and_read_only() -> None:
    source = {"customer": 3}
    assessment = AssessmentLevels(D1, B, source)
    source["customer"] = 9
    assert assessment.levels == {"customer": 3}
    with pytest.raises(TypeError):
        assessment.levels["customer"] = 5  # type: ignore[index]


def test_assessments_are_hashable_and_compare_by_levels() -> None:
    first = a(D1, B, customer=3)
    assert first == a(D1, B, customer=3)
    assert first != a(D1, B, customer=4)
    assert len({first, a(D1, B, customer=3)}) == 1


@pytest.mark.parametrize(
    ("levels", "error"),
    [
        pytest.param({"customer": 0}, ValueError, id="below-1"),
        pytest.param({"customer": 10}, ValueError, id="above-9"),
        pytest.param({"customer": 2.5}, TypeError, id="float"),
        pytest.param({"customer": True}, TypeError, id="bool"),
    ],
)
def test_invalid_levels_are_rejected(levels: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match="customer"):
        AssessmentLevels(D1, B, levels)  # type: ignore[arg-type]


# --- ordered ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param(
            [a(D3, P, customer=3), a(D1, B, customer=1), a(D2, P, customer=2)],
            [1, 2, 3],
            id="shuffled-dates",
        ),
        pytest.param(
            [a(D2, P, customer=7), a(D1, B, customer=1), a(D2, P, customer=5)],
            [1, 7, 5],
            id="tie-keeps-input-order",
        ),
    ],
)
def test_ordered(given_: list[AssessmentLevels], expected: list[int]) -> None:
    assert [x.levels["customer"] for x in ordered(given_)] == expected


# --- profiles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], {}, id="none"),
        pytest.param([a(D1, B, customer=3, team=2)], {"customer": 3, "team": 2}, id="single"),
        pytest.param(
            [a(D1, B, customer=3, team=2), a(D2, P, customer=5)],
            {"customer": 5, "team": 2},
            id="missing-dim-keeps-earlier-level",
        ),
        pytest.param(
            [a(D2, P, customer=5), a(D1, B, customer=3, ip=1)],
            {"customer": 5, "ip": 1},
            id="input-out-of-date-order",
        ),
        pytest.param(
            [a(D1, B, customer=3), a(D2, P, customer=4), a(D2, P, customer=6)],
            {"customer": 6},
            id="tie-later-recorded-wins",
        ),
        pytest.param(
            [a(D1, B, customer=6), a(D2, P, customer=4)],
            {"customer": 4},
            id="level-going-down",
        ),
    ],
)
def test_readiness_profile(history: list[AssessmentLevels], expected: dict[str, int]) -> None:
    assert readiness_profile(history) == expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], {}, id="none"),
        pytest.param(
            [a(D1, P, customer=2), a(D2, B, customer=3, team=4), a(D3, B, customer=9)],
            {"customer": 3, "team": 4},
            id="first-baseline-kind-not-earliest",
        ),
        pytest.param(
            [a(D2, P, customer=5), a(D1, P, customer=2, team=1), a(D3, F, customer=7)],
            {"customer": 2, "team": 1},
            id="no-baseline-kind-uses-earliest",
        ),
        pytest.param(
            [a(D1, B, customer=2), a(D2, P, team=6)],
            {"customer": 2},
            id="baseline-is-not-cumulative",
        ),
    ],
)
def test_baseline_profile(history: list[AssessmentLevels], expected: dict[str, int]) -> None:
    assert baseline_profile(history) == expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], {}, id="none"),
        pytest.param(
            [a(D1, B, customer=2, team=5), a(D2, P, customer=6, team=3)],
            {"customer": 4, "team": -2},
            id="up-and-down",
        ),
        pytest.param(
            [a(D1, B, customer=2), a(D2, P, customer=3, funding=4)],
            {"customer": 1},
            id="dim-without-baseline-left-out",
        ),
        pytest.param(
            [a(D1, B, customer=2, ip=3), a(D2, P, customer=3)],
            {"customer": 1, "ip": 0},
            id="dim-not-reassessed-is-zero",
        ),
        pytest.param(
            [a(D2, P, customer=7), a(D1, P, customer=2)],
            {"customer": 5},
            id="no-baseline-kind",
        ),
    ],
)
def test_change_since_baseline(history: list[AssessmentLevels], expected: dict[str, int]) -> None:
    assert change_since_baseline(history) == expected


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        pytest.param({}, None, id="empty"),
        pytest.param({"customer": 4}, 4.0, id="single"),
        pytest.param({"customer": 3, "team": 4}, 3.5, id="half"),
        pytest.param({"customer": 1, "team": 2, "ip": 9}, 4.0, id="three"),
    ],
)
def test_readiness_index(profile: dict[str, int], expected: float | None) -> None:
    assert readiness_index(profile) == expected


# --- falling ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], {}, id="none"),
        pytest.param([a(D1, B, customer=4)], {}, id="single"),
        pytest.param(
            [a(D1, B, customer=4, team=3), a(D2, P, customer=3, team=5)],
            {"customer": (4, 3)},
            id="one-down-one-up",
        ),
        pytest.param(
            [a(D1, B, customer=4), a(D2, P, customer=4)],
            {},
            id="equal-is-not-falling",
        ),
        pytest.param(
            [a(D1, B, customer=6), a(D2, P, team=2), a(D3, P, customer=5)],
            {"customer": (6, 5)},
            id="compares-with-last-scored-skipping-gap",
        ),
        pytest.param(
            [a(D1, B, customer=6), a(D2, P, customer=3), a(D3, P, customer=4)],
            {},
            id="only-latest-step-counts",
        ),
        pytest.param(
            [a(D1, B, customer=6), a(D2, P, team=2)],
            {},
            id="dim-missing-in-latest",
        ),
        pytest.param(
            [a(D2, P, customer=2, ip=1), a(D1, B, customer=5, ip=4)],
            {"customer": (5, 2), "ip": (4, 1)},
            id="uses-date-order",
        ),
        pytest.param(
            [a(D1, B, customer=6), a(D2, P, customer=5), a(D2, P, customer=7)],
            {},
            id="tie-later-recorded-is-latest",
        ),
    ],
)
def test_falling_dimensions(
    history: list[AssessmentLevels], expected: dict[str, tuple[int, int]]
) -> None:
    assert falling_dimensions(history) == expected


# --- business orientation gap -----------------------------------------------------------


@pytest.mark.parametrize(
    ("profile", "threshold", "value", "flagged", "explanation"),
    [
        pytest.param(
            {"technology": 7, "customer": 3, "business_model": 4},
            GAP_THRESHOLD,
            3.5,
            True,
            "Technology is at 7 while customer and business model average 3.5: "
            "3.5 levels ahead, flagged (3 or more).",
            id="flagged",
        ),
        pytest.param(
            {"technology": 7, "customer": 4, "business_model": 4},
            GAP_THRESHOLD,
            3.0,
            True,
            "Technology is at 7 while customer and business model average 4: "
            "3 levels ahead, flagged (3 or more).",
            id="exactly-3-flagged",
        ),
        pytest.param(
            {"technology": 7, "customer": 4, "business_model": 4},
            3.1,
            3.0,
            False,
            "No gap: technology is at 7 while customer and business model average 4: "
            "3 levels ahead, under 3.1.",
            id="3-under-3.1-not-flagged",
        ),
        pytest.param(
            {"technology": 6, "customer": 3, "business_model": 4},
            2.9,
            2.5,
            False,
            "No gap: technology is at 6 while customer and business model average 3.5: "
            "2.5 levels ahead, under 2.9.",
            id="2.5-under-2.9-not-flagged",
        ),
        pytest.param(
            {"technology": 6, "customer": 3, "business_model": 4},
            GAP_THRESHOLD,
            2.5,
            False,
            "No gap: technology is at 6 while customer and business model average 3.5: "
            "2.5 levels ahead, under 3.",
            id="just-below-default",
        ),
        pytest.param(
            {"technology": 5, "customer": 4, "business_model": 4},
            GAP_THRESHOLD,
            1.0,
            False,
            "No gap: technology is at 5 while customer and business model average 4: "
            "1 level ahead, under 3.",
            id="one-level-singular",
        ),
        pytest.param(
            {"technology": 4, "customer": 4, "business_model": 4},
            GAP_THRESHOLD,
            0.0,
            False,
            "No gap: technology is at 4 while customer and business model average 4.",
            id="level",
        ),
        pytest.param(
            {"technology": 2, "customer": 6, "business_model": 5},
            GAP_THRESHOLD,
            -3.5,
            False,
            "No gap: technology is at 2 while customer and business model average 5.5: "
            "3.5 levels behind.",
            id="negative",
        ),
        pytest.param(
            {"technology": 7, "customer": 3},
            GAP_THRESHOLD,
            None,
            False,
            "Not enough levels to judge: business model has no level yet.",
            id="missing-business-model",
        ),
        pytest.param(
            {"customer": 3},
            GAP_THRESHOLD,
            None,
            False,
            "Not enough levels to judge: technology and business model have no level yet.",
            id="missing-two",
        ),
        pytest.param(
            {},
            GAP_THRESHOLD,
            None,
            False,
            "Not enough levels to judge: technology, customer and business model "
            "have no level yet.",
            id="missing-all",
        ),
    ],
)
def test_business_orientation_gap(
    profile: dict[str, int],
    threshold: float,
    value: float | None,
    flagged: bool,
    explanation: str,
) -> None:
    assert business_orientation_gap(profile, threshold=threshold) == BusinessOrientationGap(
        value, flagged, explanation
    )


def test_gap_with_framework_keys() -> None:
    gap = business_orientation_gap(
        {"trl": 8, "crl": 2, "brl": 3},
        technology="trl",
        customer="crl",
        business_model="brl",
    )
    assert gap == BusinessOrientationGap(
        5.5,
        True,
        "Trl is at 8 while crl and brl average 2.5: 5.5 levels ahead, flagged (3 or more).",
    )


# --- cohort aggregates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("profiles", "expected"),
    [
        pytest.param([], {}, id="none"),
        pytest.param([{"customer": 3}], {"customer": 3.0}, id="single"),
        pytest.param(
            [{"customer": 3, "team": 6}, {"customer": 4}, {}],
            {"customer": 3.5, "team": 6.0},
            id="mean-only-over-profiles-with-dim",
        ),
    ],
)
def test_mean_levels(profiles: list[dict[str, int]], expected: dict[str, float]) -> None:
    assert mean_levels(profiles) == expected


@pytest.mark.parametrize(
    ("profiles", "dimension", "counts"),
    [
        pytest.param([], "customer", {}, id="none"),
        pytest.param(
            [{"customer": 3}, {"customer": 3}, {"customer": 9}, {"team": 1}],
            "customer",
            {3: 2, 9: 1},
            id="counts",
        ),
        pytest.param([{"customer": 1}], "team", {}, id="nobody-has-dim"),
    ],
)
def test_level_distribution(
    profiles: list[dict[str, int]], dimension: str, counts: dict[int, int]
) -> None:
    expected = {level: counts.get(level, 0) for level in range(1, 10)}
    result = level_distribution(profiles, dimension)
    assert result == expected
    assert list(result) == list(range(1, 10))


def test_level_distribution_rejects_out_of_scale() -> None:
    with pytest.raises(ValueError, match="customer"):
        level_distribution([{"customer": 12}], "customer")


# --- properties -------------------------------------------------------------------------

DIMENSIONS = ["customer", "technology", "business_model", "ip", "team", "funding"]
levels_st = st.dictionaries(st.sampled_from(DIMENSIONS), st.integers(1, 9))
assessment_st = st.builds(
    AssessmentLevels,
    st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)),
    st.sampled_from(list(AssessmentKind)),
    levels_st,
)


@given(assessment_st)
def test_change_since_baseline_of_one_assessment_is_all_zero(
    assessment: AssessmentLevels,
) -> None:
    assert change_since_baseline([assessment]) == dict.fromkeys(assessment.levels, 0)


@given(st.lists(assessment_st))
def test_profile_covers_every_dimension_ever_scored(history: list[AssessmentLevels]) -> None:
    profile = readiness_profile(history)
    assert set(profile) == {key for x in history for key in x.levels}
    assert all(1 <= level <= 9 for level in profile.values())


@given(st.lists(assessment_st))
def test_ordered_is_a_sorted_permutation(history: list[AssessmentLevels]) -> None:
    result = ordered(history)
    assert sorted(map(id, result)) == sorted(map(id, history))
    assert all(x.assessed_on <= y.assessed_on for x, y in zip(result, result[1:], strict=False))


@given(st.lists(assessment_st))
def test_falling_dims_really_fell(history: list[AssessmentLevels]) -> None:
    for key, (before, now) in falling_dimensions(history).items():
        assert before > now
        assert readiness_profile(history)[key] == now


@given(st.lists(levels_st), st.sampled_from(DIMENSIONS))
def test_distribution_counts_every_profile_with_the_dim(
    profiles: list[Mapping[str, int]], dimension: str
) -> None:
    distribution = level_distribution(profiles, dimension)
    assert sum(distribution.values()) == sum(1 for p in profiles if dimension in p)


@given(st.lists(levels_st))
def test_mean_levels_within_scale(profiles: list[Mapping[str, int]]) -> None:
    means = mean_levels(profiles)
    assert set(means) == {key for p in profiles for key in p}
    assert all(1 <= m <= 9 for m in means.values())


@given(levels_st)
def test_gap_value_is_none_exactly_when_a_dim_is_missing(profile: dict[str, int]) -> None:
    gap = business_orientation_gap(profile)
    complete = {"technology", "customer", "business_model"} <= set(profile)
    assert (gap.value is not None) == complete
    assert gap.flagged == (gap.value is not None and gap.value >= GAP_THRESHOLD)
