"""Each member of a fixed vocabulary reads as its own words, also where two enums share a
value: ``other`` is a kind of organisation ("Other") and a cluster's level ("Other or
none"), and a string enum's members with one value are one key of a dict, so an
association read "Other or none" in the member register."""

from __future__ import annotations

from collections import defaultdict
from enum import Enum

from accelerator.domain import enums
from accelerator.domain.enums import (
    SHARED_VALUES,
    WORDS,
    ClusterLevel,
    OrganisationKind,
    in_words,
)


def test_an_organisation_of_another_kind_is_not_a_cluster_level() -> None:
    assert in_words(OrganisationKind.OTHER) == "Other"
    assert in_words(ClusterLevel.OTHER) == "Other or none"


def test_every_value_two_enums_share_has_the_words_of_each() -> None:
    kinds = {
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, Enum) and value is not Enum
    }
    worded = [kind for kind in kinds if any(member in WORDS for member in kind)]
    by_value: dict[object, list[Enum]] = defaultdict(list)
    for kind in worded:
        for member in kind:
            by_value[member.value].append(member)
    shared = [m for members in by_value.values() if len(members) > 1 for m in members]
    missing = [m for m in shared if (type(m), m) not in SHARED_VALUES]
    assert missing == [], f"add each to enums.SHARED_VALUES with its own words: {missing}"
    assert shared, "the test looks at enums that do share a value"
