"""Matchmaking's proposals without a database: which pairs, in which order, for which
reasons, and the reasons in words in both languages."""

from __future__ import annotations

from accelerator import i18n
from accelerator.domain.enums import NeedCategory, OrganisationKind, TagFacet
from accelerator.domain.matchmaking import (
    ACROSS_CLUSTERS_POINTS,
    ACROSS_INDUSTRIES_POINTS,
    TAG_POINTS,
    WORD_POINTS,
    Party,
    ReasonKind,
    Wish,
    describe,
    join_tags,
    normalise_tag,
    propose,
    tags_of,
    words_of,
)

PILOT, CAPITAL = NeedCategory.PILOT_CUSTOMER, NeedCategory.CAPITAL
PARTIES = {
    1: Party(1, "Fjordlaks AS", sector="Aquaculture", clusters=frozenset({"Vestkyst Ocean"})),
    2: Party(2, "Havsans AS", sector="aquaculture ", clusters=frozenset({"Vestkyst Ocean"})),
    3: Party(3, "Dypvann AS", sector="Subsea", clusters=frozenset({"Subsea Valley"})),
    4: Party(4, "Havforsk", OrganisationKind.RESEARCH_INSTITUTE, "Research"),
}


def wish(
    id_: int, org: int, summary: str = "", category: NeedCategory = PILOT, **tags: str
) -> Wish:
    return Wish(
        id_,
        org,
        category,
        summary,
        **{field: tags_of(text) for field, text in tags.items()},  # type: ignore[arg-type]
    )


def test_tags_are_one_whatever_their_case_spacing_or_unicode_form() -> None:
    composed, decomposed = "sjø", "sj\u00f8"
    assert normalise_tag("  Havbruk   AS ") == "havbruk as"
    assert tags_of(f"Havbruk, HAVBRUK ;  havbruk\n{composed},{decomposed}, ") == (
        "havbruk",
        "sjø",
    )
    assert join_tags(["Subsea", "aquaculture", "subsea "]) == "aquaculture, subsea"
    assert tags_of(["", " "]) == ()


def test_stop_words_of_both_languages_and_short_words_say_nothing() -> None:
    assert words_of("We are looking for a pilot site for the 2 new lice cameras") == {
        "pilot",
        "site",
        "lice",
        "cameras",
    }
    assert words_of("Vi søker en pilotkunde som kan teste kameraene våre i sjøen") == {
        "pilotkunde",
        "teste",
        "kameraene",
        "sjøen",
    }


def test_a_pair_is_of_one_category_of_two_organisations_with_something_in_common() -> None:
    needs = [wish(1, 1, "Pilot site for lice cameras", technology_tags="cameras")]
    offers = [
        wish(10, 1, "Lice cameras", technology_tags="cameras"),  # the same organisation
        wish(11, 2, "Lice cameras", CAPITAL, technology_tags="cameras"),  # another category
        wish(12, 4, "Money for research"),  # nothing in common
        wish(13, 2, "Underwater cameras", technology_tags="Cameras"),
    ]
    (found,) = propose(needs, offers, PARTIES)
    assert (found.need.id, found.offer.id) == (1, 13)
    # The same sector, the same cluster: the tag and the word only.
    assert found.score == TAG_POINTS + WORD_POINTS
    assert [(r.kind, r.common, r.facet) for r in found.reasons] == [
        (ReasonKind.SHARED_TAGS, ("cameras",), TagFacet.TECHNOLOGY),
        (ReasonKind.WORDS_IN_COMMON, ("cameras",), None),
    ]


def test_a_tag_meets_only_the_same_facet() -> None:
    needs = [wish(1, 1, market_tags="Chile")]
    offers = [wish(10, 2, sector_tags="Chile"), wish(11, 2, market_tags="chile")]
    assert [p.offer.id for p in propose(needs, offers, PARTIES)] == [11]


def test_across_clusters_and_industries_come_first_and_the_order_is_fixed() -> None:
    needs = [wish(2, 1, technology_tags="drones"), wish(1, 1, technology_tags="drones")]
    offers = [
        wish(10, 2, technology_tags="drones"),  # same cluster, same sector
        wish(11, 3, technology_tags="drones"),  # another cluster and sector
        wish(12, 4, technology_tags="drones"),  # no cluster; another kind
    ]
    found = propose(needs, offers, PARTIES)
    assert [(p.need.id, p.offer.id) for p in found] == [
        (1, 11),
        (2, 11),
        (1, 12),
        (2, 12),
        (1, 10),
        (2, 10),
    ]
    assert [p.score for p in found[::2]] == [
        TAG_POINTS + ACROSS_CLUSTERS_POINTS + ACROSS_INDUSTRIES_POINTS,
        TAG_POINTS + ACROSS_INDUSTRIES_POINTS,
        TAG_POINTS,
    ]
    across = found[0].reasons
    assert [(r.kind, r.need_side, r.offer_side) for r in across[1:]] == [
        (ReasonKind.ACROSS_CLUSTERS, ("Vestkyst Ocean",), ("Subsea Valley",)),
        (ReasonKind.ACROSS_SECTORS, ("Aquaculture",), ("Subsea",)),
    ]
    assert found[2].reasons[-1].kind is ReasonKind.ACROSS_KINDS
    assert propose(needs, offers, PARTIES) == found
    assert [(p.need.id, p.offer.id) for p in propose(needs, offers, PARTIES, per_need=1)] == [
        (1, 11),
        (2, 11),
    ]


def test_the_reasons_in_words_in_both_languages() -> None:
    needs = [wish(1, 1, "Pilot for drones and sensors", technology_tags="drones, sensors")]
    offers = [wish(11, 3, "Drones and sensors", technology_tags="Drones,sensors")]
    (found,) = propose(needs, offers, PARTIES)
    assert [describe(r) for r in found.reasons] == [
        "Shared technology tags: drones and sensors",
        "Words in common: drones and sensors",
        "Across clusters: Vestkyst Ocean meets Subsea Valley",
        "Across industries: Aquaculture meets Subsea",
    ]
    (institute,) = propose(needs, [wish(12, 4, technology_tags="drones")], PARTIES)
    assert describe(institute.reasons[-1]) == (
        "Across kinds of organisation: company meets research institute"
    )
    with i18n.speaking("nb"):
        worded = [describe(r) for r in found.reasons]
    assert worded[0].endswith("drones og sensors"), worded
