"""Matchmaking: which offer of one organisation may meet a need of another, and why.

A proposal pairs a need with an offer of the same category (a pilot customer sought with
a pilot customer offered), of two different organisations, that have something in
common: tags (of the same facet: sector, technology, market) or words of their summaries
(case aside, stop words of English and bokmål ignored). Each shared tag counts
:data:`TAG_POINTS`, each word :data:`WORD_POINTS`; a pair across clusters (the two are
members of clusters and of none in common) gains :data:`ACROSS_CLUSTERS_POINTS`, and a
pair across industries (two kinds of organisation, or two sectors) gains
:data:`ACROSS_INDUSTRIES_POINTS`: the cluster's work is to bring together those who would
not have met anyway.

Each proposal carries its reasons as data (:class:`Reason`), which :func:`describe` words
in the language spoken and a report or a page may word as it likes. The order is fixed:
best score first, then by need and offer id.

Tags are kept normalised (:func:`normalise_tag`: case, spacing and Unicode forms do not
make two tags), so ``Havbruk``, ``havbruk`` and `` HAVBRUK `` are one tag.

Pure: plain dataclasses in, plain dataclasses out. Offers are looked up through an index
of their tags and words, so 1,000 needs against 1,000 offers take a fraction of a second
(benchmarks/matchmaking.py), not a million comparisons.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from accelerator.domain.enums import NeedCategory, OrganisationKind, TagFacet, in_words
from accelerator.domain.formatting import join_words
from accelerator.i18n import in_context

_tr = in_context("Matchmaking")

TAG_POINTS = 3.0
WORD_POINTS = 1.0
ACROSS_CLUSTERS_POINTS = 2.0
ACROSS_INDUSTRIES_POINTS = 1.5

#: Longest stored list of one facet's tags (the column's width).
TAGS_WIDTH = 500

_SPACES = re.compile(r"\s+")
_TAG_SEPARATORS = re.compile(r"[,;\n]")
_WORD = re.compile(r"\w+")

#: Words too common to say two texts are about the same thing, in English and bokmål.
_STOP_WORDS = """
    a about after all also an and any are as at be been but by can could do does for
    from had has have how if in into is it its may more most must need needs new no not
    of offer offers on one or other our out over own so some such than that the their
    them then there these they this those to under up us use used very was we were what
    when where which who will with within would you your looking seek seeking want wants
    help get find provide provides

    alle andre at av bare begge blir bli da de dem den denne der deres det dette disse
    du eller en ens er et ett etter for fra før ha har hadde hans har hennes her hun hva
    hvem hvis hvor hvordan i ikke inn innen jeg kan kunne man mange med meg men mer mest
    min mot må ned noe noen når og også om opp oss over på sin sine sitt skal skulle slik
    som så til under ut uten var vi vil ville vår våre være vært ønsker søker trenger
    tilbyr tilby hjelp finne få nye ny nytt
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS.split())


def normalise_tag(text: str) -> str:
    """A tag as it is stored and compared: Unicode's composed form, case folded, runs of
    spaces one space, no space at either end."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def tags_of(values: str | Iterable[str]) -> tuple[str, ...]:
    """Normalised tags, each once, sorted: from a text of tags separated by commas (or
    semicolons or lines), or from a list of them. Empty ones are dropped."""
    parts = _TAG_SEPARATORS.split(values) if isinstance(values, str) else list(values)
    return tuple(sorted({tag for part in parts if (tag := normalise_tag(part))}))


def join_tags(tags: Iterable[str]) -> str:
    """Tags as stored: normalised, sorted, joined by ``, ``."""
    return ", ".join(tags_of(list(tags)))


def words_of(text: str) -> frozenset[str]:
    """The words of a summary that say what it is about: case folded, three letters or
    more, no number, no stop word."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return frozenset(
        word
        for word in _WORD.findall(folded)
        if len(word) >= 3 and not word.isdigit() and word not in STOP_WORDS
    )


@dataclass(frozen=True)
class Party:
    """An organisation as matchmaking sees it: what it is, its sector, and the names of
    the clusters it is a member of."""

    id: int
    name: str
    kind: OrganisationKind = OrganisationKind.COMPANY
    sector: str = ""
    clusters: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Wish:
    """A need or an offer: whose it is, its category, its summary and its tags (each
    facet's normalised, as :func:`tags_of` gives them)."""

    id: int
    organisation_id: int
    category: NeedCategory
    summary: str
    sector_tags: tuple[str, ...] = ()
    technology_tags: tuple[str, ...] = ()
    market_tags: tuple[str, ...] = ()

    def tags(self, facet: TagFacet) -> tuple[str, ...]:
        return {
            TagFacet.SECTOR: self.sector_tags,
            TagFacet.TECHNOLOGY: self.technology_tags,
            TagFacet.MARKET: self.market_tags,
        }[facet]


class ReasonKind(StrEnum):
    """Why a pair was proposed."""

    SHARED_TAGS = "shared_tags"
    WORDS_IN_COMMON = "words_in_common"
    ACROSS_CLUSTERS = "across_clusters"
    ACROSS_KINDS = "across_kinds"
    ACROSS_SECTORS = "across_sectors"


@dataclass(frozen=True)
class Reason:
    """One reason a pair was proposed, and the points it gave.

    ``common``: the tags shared (of ``facet``) or the words in common, sorted.
    ``need_side`` and ``offer_side``: for a pair across clusters, the clusters of each
    organisation (names, sorted); across kinds, each one's kind (its value); across
    sectors, each one's sector as on record."""

    kind: ReasonKind
    points: float
    common: tuple[str, ...] = ()
    facet: TagFacet | None = None
    need_side: tuple[str, ...] = ()
    offer_side: tuple[str, ...] = ()


@dataclass(frozen=True)
class Proposal:
    """A need of one organisation and an offer of another that may meet, and its score.

    Its reasons are worked out when first read: a list of 100,000 pairs is read a screen
    at a time, and wording every pair's would take seconds."""

    need: Wish
    offer: Wish
    score: float
    _words: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    _parties: Mapping[int, Party] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    @cached_property
    def reasons(self) -> tuple[Reason, ...]:
        return _reasons(self.need, self.offer, self._words, self._parties)

    @property
    def across_clusters(self) -> bool:
        return any(r.kind is ReasonKind.ACROSS_CLUSTERS for r in self.reasons)


_FACETS = tuple(TagFacet)
_NOBODY = Party(0, "")


def _industry(need_party: Party, offer_party: Party) -> Reason | None:
    if need_party.kind != offer_party.kind:
        return Reason(
            ReasonKind.ACROSS_KINDS,
            ACROSS_INDUSTRIES_POINTS,
            need_side=(need_party.kind.value,),
            offer_side=(offer_party.kind.value,),
        )
    need_sector, offer_sector = (normalise_tag(p.sector) for p in (need_party, offer_party))
    if need_sector and offer_sector and need_sector != offer_sector:
        return Reason(
            ReasonKind.ACROSS_SECTORS,
            ACROSS_INDUSTRIES_POINTS,
            need_side=(need_party.sector.strip(),),
            offer_side=(offer_party.sector.strip(),),
        )
    return None


def _across_clusters(need_party: Party, offer_party: Party) -> Reason | None:
    if (
        need_party.clusters
        and offer_party.clusters
        and need_party.clusters.isdisjoint(offer_party.clusters)
    ):
        return Reason(
            ReasonKind.ACROSS_CLUSTERS,
            ACROSS_CLUSTERS_POINTS,
            need_side=tuple(sorted(need_party.clusters)),
            offer_side=tuple(sorted(offer_party.clusters)),
        )
    return None


def reasons_for(need: Wish, offer: Wish, parties: Mapping[int, Party]) -> tuple[Reason, ...]:
    """Why ``need`` and ``offer`` may meet: their shared tags (a reason per facet), their
    words in common, and whether they are across clusters and across industries. Empty
    when they have nothing in common (the bonuses alone propose nothing)."""
    return _reasons(need, offer, words_of(need.summary) & words_of(offer.summary), parties)


def _reasons(
    need: Wish, offer: Wish, words: frozenset[str], parties: Mapping[int, Party]
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    for facet in _FACETS:
        tags = set(need.tags(facet)) & set(offer.tags(facet))
        if tags:
            reasons.append(
                Reason(
                    ReasonKind.SHARED_TAGS,
                    TAG_POINTS * len(tags),
                    common=tuple(sorted(tags)),
                    facet=facet,
                )
            )
    if words:
        reasons.append(
            Reason(ReasonKind.WORDS_IN_COMMON, WORD_POINTS * len(words), tuple(sorted(words)))
        )
    if not reasons:
        return ()
    need_party = parties.get(need.organisation_id, _NOBODY)
    offer_party = parties.get(offer.organisation_id, _NOBODY)
    for bonus in (_across_clusters(need_party, offer_party), _industry(need_party, offer_party)):
        if bonus is not None:
            reasons.append(bonus)
    return tuple(reasons)


def propose(
    needs: Sequence[Wish],
    offers: Sequence[Wish],
    parties: Mapping[int, Party],
    *,
    per_need: int | None = None,
) -> list[Proposal]:
    """Every pair of a need and an offer of the same category, of two organisations,
    that share a tag or a word; each need's ``per_need`` best when given. Best score
    first, then by need id and offer id."""
    # Each offer under each (category, facet, tag) and (category, word) it has: a need
    # meets only the offers it shares something with, counted as the index is walked.
    by_tag: dict[tuple[NeedCategory, TagFacet, str], list[int]] = defaultdict(list)
    by_word: dict[tuple[NeedCategory, str], list[int]] = defaultdict(list)
    offer_words = [words_of(offer.summary) for offer in offers]
    for index, offer in enumerate(offers):
        for facet in _FACETS:
            for tag in offer.tags(facet):
                by_tag[offer.category, facet, tag].append(index)
        for word in offer_words[index]:
            by_word[offer.category, word].append(index)
    # What the bonuses are worked out from, once for each organisation.
    facts: dict[int, tuple[OrganisationKind, str, frozenset[str]]] = {
        org: (party.kind, normalise_tag(party.sector), party.clusters)
        for org, party in parties.items()
    }
    unknown = (OrganisationKind.COMPANY, "", frozenset[str]())

    def bonus(need_org: int, offer_org: int) -> float:
        need_kind, need_sector, need_clusters = facts.get(need_org, unknown)
        offer_kind, offer_sector, offer_clusters = facts.get(offer_org, unknown)
        points = 0.0
        if need_clusters and offer_clusters and need_clusters.isdisjoint(offer_clusters):
            points += ACROSS_CLUSTERS_POINTS
        if need_kind != offer_kind or (
            need_sector and offer_sector and need_sector != offer_sector
        ):
            points += ACROSS_INDUSTRIES_POINTS
        return points

    scored: list[tuple[float, int, int, int, int]] = []
    need_words = [words_of(need.summary) for need in needs]
    for need_index, need in enumerate(needs):
        points: dict[int, float] = defaultdict(float)
        for facet in _FACETS:
            for tag in need.tags(facet):
                for index in by_tag.get((need.category, facet, tag), ()):
                    points[index] += TAG_POINTS
        for word in need_words[need_index]:
            for index in by_word.get((need.category, word), ()):
                points[index] += WORD_POINTS
        org = need.organisation_id
        found = [
            (-(shared + bonus(org, offers[index].organisation_id)), need.id,
             offers[index].id, need_index, index)
            for index, shared in points.items()
            if offers[index].organisation_id != org
        ]  # fmt: skip
        if per_need is not None:
            found = heapq.nsmallest(per_need, found)
        scored.extend(found)
    scored.sort()
    return [
        Proposal(
            needs[need_index],
            offers[offer_index],
            -negative,
            need_words[need_index] & offer_words[offer_index],
            parties,
        )
        for negative, _, _, need_index, offer_index in scored
    ]


def _order(proposal: Proposal) -> tuple[float, int, int]:
    return (-proposal.score, proposal.need.id, proposal.offer.id)


def describe(reason: Reason) -> str:
    """A reason as a sentence in the language spoken: ``Shared technology tags: sensors,
    underwater drones``."""
    if reason.kind is ReasonKind.SHARED_TAGS:
        items = join_words(list(reason.common))
        if reason.facet is TagFacet.SECTOR:
            return _tr("Shared sector tags: {0}").format(items)
        if reason.facet is TagFacet.TECHNOLOGY:
            return _tr("Shared technology tags: {0}").format(items)
        return _tr("Shared market tags: {0}").format(items)
    if reason.kind is ReasonKind.WORDS_IN_COMMON:
        return _tr("Words in common: {0}").format(join_words(list(reason.common)))
    need_side, offer_side = reason.need_side, reason.offer_side
    if reason.kind is ReasonKind.ACROSS_CLUSTERS:
        return _tr("Across clusters: {0} meets {1}").format(
            join_words(list(need_side)), join_words(list(offer_side))
        )
    if reason.kind is ReasonKind.ACROSS_KINDS:
        return _tr("Across kinds of organisation: {0} meets {1}").format(
            *(in_words(OrganisationKind(side[0])).lower() for side in (need_side, offer_side))
        )
    return _tr("Across industries: {0} meets {1}").format(need_side[0], offer_side[0])
