"""The search at the door finds the person in front of you from a few typed letters, in the
order a person at the door expects, with Norwegian letters as a Norwegian types them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accelerator.domain.checkin import CheckinEntry, CheckinIndex, email_words
from accelerator.domain.text import collation_key, search_fold, search_words

KARI = CheckinEntry(1, "Kari Nordmann", "Havbris AS", "kari.nordmann@havbris.no")
ANNE = CheckinEntry(2, "Anne Karlsen", "Fjordlys AS", "anne@fjordlys.no")
PER = CheckinEntry(3, "Per Hansen", "Karmøy Sjømat AS", "per.hansen@gmail.com")
KARI_H = CheckinEntry(4, "Kari Hansen", "Kongsberg Subsea AS", "kari.hansen@kongsberg.no")
KARI_K = CheckinEntry(5, "Kari Knutsen", "NTNU", "kk@ntnu.no")
HAAKON = CheckinEntry(6, "Haakon Berg", "SINTEF Ocean")
HAKON = CheckinEntry(7, "Håkon Aasen", "Nofima")
OYSTEIN = CheckinEntry(8, "Øystein Moe", "Siva")
OLE = CheckinEntry(9, "Ole Olsen", "Innovasjon Norge")
JOSE = CheckinEntry(10, "José García", "Fundación Mar", "jose@mar.es")
BJORN = CheckinEntry(11, "Björn Lindqvist", "Ocean Lab AB")
BJORN_NO = CheckinEntry(12, "Bjørn Lie", "Kystverket")
ANNE_GRETE = CheckinEntry(13, "Anne-Grete Ås", "Universitetet i Bergen")
ZARA = CheckinEntry(14, "Zara Ali", "")
AASE = CheckinEntry(15, "Åse Vik", "Ålesund kommune")
EVERYONE = [
    KARI,
    ANNE,
    PER,
    KARI_H,
    KARI_K,
    HAAKON,
    HAKON,
    OYSTEIN,
    OLE,
    JOSE,
    BJORN,
    BJORN_NO,
    ANNE_GRETE,
    ZARA,
    AASE,
]


@pytest.fixture(scope="module")
def door() -> CheckinIndex:
    return CheckinIndex(EVERYONE)


def names(found: list[CheckinEntry]) -> list[str]:
    return [entry.name for entry in found]


def test_a_first_name_before_a_surname_before_an_organisation(door: CheckinIndex) -> None:
    assert names(door.search("kar")) == [
        "Kari Hansen",
        "Kari Knutsen",
        "Kari Nordmann",
        "Anne Karlsen",
        "Per Hansen",  # Karmøy Sjømat AS
    ]


def test_a_few_letters_of_each_name_find_the_one_person(door: CheckinIndex) -> None:
    assert names(door.search("kar nor")) == ["Kari Nordmann"]
    assert names(door.search("nor kar")) == ["Kari Nordmann"]
    assert names(door.search("Nordm")) == ["Kari Nordmann"]
    assert names(door.search("  KARI   nordmann ")) == ["Kari Nordmann"]


def test_two_typed_words_are_two_words_of_the_person(door: CheckinIndex) -> None:
    # Kari Hansen's "kari" answers the first word; only Kongsberg is left for the "k".
    assert names(door.search("kari k")) == ["Kari Knutsen", "Kari Hansen"]
    assert names(door.search("kari kari")) == []
    # The typed words' order does not matter, nor which is the longer.
    assert names(door.search("k kari")) == ["Kari Knutsen", "Kari Hansen"]


def test_every_typed_word_in_the_name_before_help_from_the_organisation() -> None:
    found = CheckinIndex([KARI_H, CheckinEntry(20, "Anne Kari Kleven", "Fjordlys AS")])
    # Anne Kari Kleven has both in her name; Kari Hansen needs Kongsberg for the "k".
    assert names(found.search("kari k")) == ["Anne Kari Kleven", "Kari Hansen"]


def test_an_organisation_finds_its_people_by_name(door: CheckinIndex) -> None:
    assert names(door.search("havb")) == ["Kari Nordmann"]
    assert names(door.search("ocean")) == ["Björn Lindqvist", "Haakon Berg"]
    assert names(door.search("universitetet i b")) == ["Anne-Grete Ås"]


def test_an_address_finds_its_person_but_not_its_country(door: CheckinIndex) -> None:
    assert names(door.search("kk@ntnu")) == ["Kari Knutsen"]
    assert names(door.search("jose@mar")) == ["José García"]
    # ".no" is nearly everyone's: "no" finds Nordmann, Nofima and Norge, not every address.
    assert names(door.search("no")) == ["Kari Nordmann", "Håkon Aasen", "Ole Olsen"]
    assert names(door.search("gmail")) == ["Per Hansen"]


def test_case_and_accents_do_not_matter(door: CheckinIndex) -> None:
    for typed in ("jose", "JOSÉ", "José", "garcia", "García", "josé garc"):
        assert names(door.search(typed)) == ["José García"], typed


def test_a_and_the_double_a_it_replaced_are_one_letter(door: CheckinIndex) -> None:
    both = ["Haakon Berg", "Håkon Aasen"]
    for typed in ("håk", "haak", "HÅKON", "Haakon", "h", "ha", "haa"):
        assert names(door.search(typed))[:2] == both, typed
    # The first name first: Åse is "aase" to a search, as Aasen is.
    assert names(door.search("aas")) == ["Åse Vik", "Anne-Grete Ås", "Håkon Aasen"]
    assert names(door.search("ås")) == ["Åse Vik", "Anne-Grete Ås", "Håkon Aasen"]
    # Typed on the way to "Åse", as on the way to "Aase".
    assert "Åse Vik" in names(door.search("a"))
    assert names(door.search("åse")) == ["Åse Vik", "Håkon Aasen"]


def test_ae_and_oe_are_letters_of_their_own(door: CheckinIndex) -> None:
    assert "Øystein Moe" not in names(door.search("o"))
    assert names(door.search("ø")) == ["Øystein Moe"]
    # Swedish Ö is the Norwegian Ø, as in the Norwegian alphabet's order.
    assert names(door.search("bjø")) == ["Bjørn Lie", "Björn Lindqvist"]
    assert names(door.search("björn")) == ["Bjørn Lie", "Björn Lindqvist"]
    assert names(door.search("bjo")) == []


def test_a_hyphen_joins_two_names_either_can_be_typed(door: CheckinIndex) -> None:
    assert names(door.search("grete")) == ["Anne-Grete Ås"]
    assert names(door.search("anne-g")) == ["Anne-Grete Ås"]
    assert names(door.search("anne")) == ["Anne Karlsen", "Anne-Grete Ås"]


def test_nothing_typed_shows_everyone_in_norwegian_order(door: CheckinIndex) -> None:
    shown = names(door.search(""))
    assert len(shown) == len(EVERYONE)
    assert shown[-3:] == ["Zara Ali", "Øystein Moe", "Åse Vik"]
    assert shown == names(door.entries())
    assert names(door.search("--- ")) == shown


def test_the_same_name_is_told_apart_by_organisation_in_a_stable_order() -> None:
    twins = [
        CheckinEntry(3, "Ola Nordmann", "Sjøkraft AS"),
        CheckinEntry(1, "Ola Nordmann", "Fjordlys AS"),
        CheckinEntry(2, "Ola Nordmann", "Fjordlys AS"),
    ]
    found = CheckinIndex(twins).search("ola")
    assert [e.key for e in found] == [1, 2, 3]


def test_at_most_as_many_as_asked(door: CheckinIndex) -> None:
    assert names(door.search("kar", limit=2)) == ["Kari Hansen", "Kari Knutsen"]


def test_a_walk_in_is_found_at_once_and_a_mistaken_one_taken_away() -> None:
    index = CheckinIndex(EVERYONE)
    walk_in = CheckinEntry(99, "Kai Walker", "Blue Harbour AS")
    index.add(walk_in)
    assert walk_in.key in index and len(index) == len(EVERYONE) + 1
    assert names(index.search("ka")) == [
        "Kai Walker",
        "Kari Hansen",
        "Kari Knutsen",
        "Kari Nordmann",
        "Anne Karlsen",
        "Per Hansen",
    ]
    index.add(CheckinEntry(99, "Kai Walker", "Havbris AS"))  # corrected at the door
    assert names(index.search("havb")) == ["Kai Walker", "Kari Nordmann"]
    index.remove(99)
    assert 99 not in index and names(index.search("kai")) == []
    index.remove(99)  # twice is no harm


def test_the_words_a_search_compares() -> None:
    assert search_words("Anne-Grete Ås") == ["anne", "grete", "aas"]
    assert search_fold("Håkon Müller José Björn Ærø") == "haakon muller jose bjørn ærø"
    assert email_words("kari.nordmann@mail.havbris.no") == ["kari", "nordmann", "mail", "havbris"]
    assert email_words("not an address") == ["not", "an", "address"]
    assert email_words("") == []


def test_names_sort_as_in_a_norwegian_dictionary() -> None:
    words = ["Åse", "Aase", "Øystein", "Ærlend", "Zara", "Émile", "Ola", "ola", "Ärlig"]
    assert sorted(words, key=collation_key) == [
        "Aase",
        "Émile",
        "Ola",
        "ola",
        "Zara",
        "Ærlend",
        "Ärlig",
        "Øystein",
        "Åse",
    ]


# --- whatever is typed --------------------------------------------------------------------------

# Few words, many sharing a start, so that typed words often contend for one word.
WORDS = (
    "Kari", "Karl", "Karlsen", "K", "Ka", "Anne", "Åse", "Aase", "Øystein", "Oystein",
    "Björn", "Bjørn", "José", "Havbris", "AS",
)  # fmt: skip

_entries = st.lists(
    st.tuples(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
        st.lists(st.sampled_from(WORDS), max_size=2),
    ),
    max_size=25,
)


@st.composite
def _typed(draw: st.DrawFn) -> str:
    """One to three words, each the start of a known word, in any case."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        word = draw(st.sampled_from(WORDS))
        start = word[: draw(st.integers(1, len(word)))]
        parts.append(start.upper() if draw(st.booleans()) else start)
    return " ".join(parts)


def _expected_rank(typed: list[str], entry: CheckinEntry) -> tuple[int, bool] | None:
    """By trying every way to match: the fewest typed words matched outside the name, and
    whether the first name misses the first typed word; None when they cannot all match."""
    name = search_words(entry.name)
    words = [(w, True) for w in name] + [(w, False) for w in search_words(entry.organisation)]
    best = None
    for chosen in itertools.permutations(range(len(words)), len(typed)):
        if all(words[i][0].startswith(t) for i, t in zip(chosen, typed, strict=True)):
            outside = sum(not words[i][1] for i in chosen)
            best = outside if best is None else min(best, outside)
    if best is None:
        return None
    return best, not (name and name[0].startswith(typed[0]))


@settings(max_examples=500, deadline=None)
@given(_entries, _typed())
def test_the_search_finds_exactly_those_whose_words_start_with_what_was_typed_best_first(
    people: list[tuple[list[str], list[str]]], text: str
) -> None:
    entries = [
        CheckinEntry(key, " ".join(name), " ".join(organisation))
        for key, (name, organisation) in enumerate(people)
    ]
    typed = search_words(text)
    found = CheckinIndex(entries).search(text)
    ranks = {e.key: _expected_rank(typed, e) for e in entries}
    assert {e.key for e in found} == {key for key, rank in ranks.items() if rank is not None}
    # Every one found has each typed word as the start of a word of theirs.
    for entry in found:
        theirs = search_words(f"{entry.name} {entry.organisation}")
        assert all(any(w.startswith(t) for w in theirs) for t in typed)
    # Best first, then by name.
    order = [
        (ranks[e.key], collation_key(e.name), collation_key(e.organisation), e.key) for e in found
    ]
    assert order == sorted(order)


@settings(max_examples=200, deadline=None)
@given(_entries, _typed())
def test_typing_one_more_letter_only_narrows(
    people: list[tuple[list[str], list[str]]], text: str
) -> None:
    entries = [
        CheckinEntry(key, " ".join(name), " ".join(organisation))
        for key, (name, organisation) in enumerate(people)
    ]
    index = CheckinIndex(entries)
    before = {e.key for e in index.search(text[:-1])}
    if text[:-1].strip():
        assert {e.key for e in index.search(text)} <= before
