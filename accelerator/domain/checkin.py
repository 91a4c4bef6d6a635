"""The search at the door: a few typed letters find the person in front of you.

Built once from an event's registrations (:class:`CheckinIndex`), it answers every
keystroke from sorted word lists, so 2,000 registrations take a fraction of a millisecond
a keystroke (``benchmarks/checkin_search.py``; the issue's goal is 20 ms).

What it finds, as a person at the door expects:

- every typed word is the start of a word of the person's name, their organisation's name
  or their e-mail address (``kar nor`` finds Kari Nordmann; ``nordm`` finds her too,
  ``havb`` finds everyone from Havbris AS, ``kn@fjordlys`` the one whose address is
  kn@fjordlys.no); two typed words match two different words (``kari k`` is Kari with a
  K, not Kari Hansen: her ``kari`` is taken by the first word), and an address's words
  that repeat the name (kari.hansen@) do not count twice;
- any case and no accents (``jose`` finds José); Æ and Ø are letters of their own, and Å is
  the same as the double a it replaced (``haak`` finds Håkon, ``håk`` Haakon): see
  :func:`accelerator.domain.text.search_fold` for why;
- ranked: those found by their name alone before those found through their organisation
  or e-mail (the fewer typed words needed those, the higher), and at each of these steps
  first those whose first name starts with the first typed word; by name (Norwegian order,
  Æ Ø Å last) within each.

No Qt, no database: the check-in page keeps one index per event and calls
:meth:`CheckinIndex.search` on each keystroke, :meth:`CheckinIndex.add` for a walk-in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from accelerator.domain.text import collation_key, search_fold, search_words

#: Above every character: ``prefix + _TOP`` bounds the words starting with ``prefix``.
_TOP = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class CheckinEntry:
    """One registration as the door searches it; ``key`` is the registration's id."""

    key: int
    name: str
    organisation: str = ""
    email: str = ""


def email_words(email: str) -> list[str]:
    """The words of an e-mail address a person might type: the part before the @ and the
    domain without its last part (``kari.nordmann@havbris.no``: ``kari``, ``nordmann``,
    ``havbris``; ``no``, shared by nearly everyone, would find nearly everyone)."""
    local, at, domain = email.strip().rpartition("@")
    if not at:
        return search_words(email)
    return search_words(local) + search_words(domain.rpartition(".")[0])


_PLAIN = str.maketrans({"ø": "o", "æ": "ae"})


@dataclass(frozen=True, slots=True)
class _Prepared:
    """An entry with its words as the search compares them, made once per entry."""

    entry: CheckinEntry
    order: tuple[str, str, str, int]  # by name, in Norwegian order
    name: tuple[str, ...]
    other: tuple[str, ...]  # the organisation's, then the e-mail's

    @classmethod
    def of(cls, entry: CheckinEntry) -> _Prepared:
        name = tuple(search_words(entry.name))
        organisation = search_words(entry.organisation)
        # An address repeats the name (kari.nordmann@), often without Æ Ø Å (jorgensen@):
        # those words would match a second time, and "kari k" would find every Kari.
        known = {word.translate(_PLAIN) for word in (*name, *organisation)}
        extra = [w for w in email_words(entry.email) if w.translate(_PLAIN) not in known]
        order = (
            collation_key(entry.name),
            collation_key(entry.organisation),
            search_fold(entry.email),
            entry.key,
        )
        return cls(entry, order, name, tuple(organisation + extra))


class _Sorted:
    """Words sorted, with the position of the entry each belongs to beside it: the entries
    whose words start with a prefix are one slice, found by bisection."""

    __slots__ = ("owners", "words")

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        ordered = sorted(pairs)
        self.words = [word for word, _ in ordered]
        self.owners = [owner for _, owner in ordered]

    def starting(self, prefix: str) -> set[int]:
        low = bisect_left(self.words, prefix)
        high = bisect_left(self.words, prefix + _TOP, low)
        return set(self.owners[low:high])


def _assign(typed: Sequence[str], words: _Prepared) -> int | None:
    """How many typed words can only be matched outside the name, each to a different word
    of the entry; None when they cannot all be matched.

    The sets of words two prefixes match are nested (one prefix starts the other) or apart,
    so matching the longest typed word first, to any word it fits (a word of the name when
    there is one), never takes a word another typed word needed."""
    free_name = list(words.name)
    free_other = list(words.other)
    outside = 0
    for prefix in sorted(typed, key=len, reverse=True):
        for pool in (free_name, free_other):
            at = next((i for i, word in enumerate(pool) if word.startswith(prefix)), None)
            if at is not None:
                del pool[at]
                outside += pool is free_other
                break
        else:
            return None
    return outside


def _overlapping(typed: Sequence[str]) -> bool:
    """Whether two typed words could claim the same word: one starts the other."""
    return any(
        i != j and other.startswith(word)
        for i, word in enumerate(typed)
        for j, other in enumerate(typed)
    )


class CheckinIndex:
    """An event's registrations, searchable by a few typed letters (see the module)."""

    def __init__(self, entries: Iterable[CheckinEntry] = ()) -> None:
        self._by_key: dict[int, _Prepared] = {e.key: _Prepared.of(e) for e in entries}
        self._build()

    def _build(self) -> None:
        # Positions are the entries in name order, so a set of them sorted is a list by name.
        self._words: list[_Prepared] = sorted(self._by_key.values(), key=lambda p: p.order)
        self._entries: list[CheckinEntry] = [p.entry for p in self._words]
        self._first = _Sorted((p.name[0], at) for at, p in enumerate(self._words) if p.name)
        self._name = _Sorted((word, at) for at, p in enumerate(self._words) for word in set(p.name))
        self._other = _Sorted(
            (word, at) for at, p in enumerate(self._words) for word in set(p.other)
        )

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def entries(self) -> list[CheckinEntry]:
        """Every entry, by name."""
        return list(self._entries)

    def add(self, entry: CheckinEntry) -> None:
        """A walk-in, or a registration changed at the door (the same key replaces it)."""
        self._by_key[entry.key] = _Prepared.of(entry)
        self._build()

    def remove(self, key: int) -> None:
        """A registration taken away (a walk-in added by mistake)."""
        if self._by_key.pop(key, None) is not None:
            self._build()

    def search(self, text: str, limit: int | None = None) -> list[CheckinEntry]:
        """The entries ``text`` finds, best first (see the module); every entry by name
        when nothing is typed. ``limit``: at most that many."""
        typed = search_words(text)
        if not typed:
            found = list(range(len(self._entries)))
        elif len(typed) == 1:
            found = self._one_word(typed[0])
        else:
            found = self._words_typed(typed)
        if limit is not None:
            found = found[:limit]
        return [self._entries[at] for at in found]

    def _one_word(self, prefix: str) -> list[int]:
        # Set operations and sorting plain ints: no Python code runs per entry.
        first = self._first.starting(prefix)
        in_name = self._name.starting(prefix)
        elsewhere = self._other.starting(prefix)
        return sorted(first) + sorted(in_name - first) + sorted(elsewhere - in_name)

    def _words_typed(self, typed: list[str]) -> list[int]:
        in_name = {prefix: self._name.starting(prefix) for prefix in typed}
        anywhere = sorted(
            (in_name[prefix] | self._other.starting(prefix) for prefix in in_name), key=len
        )
        candidates = set.intersection(*anywhere)
        if not candidates:
            return []
        first = self._first.starting(typed[0])
        overlapping = _overlapping(typed)
        ranked: list[tuple[int, int, int]] = []
        for at in candidates:
            if overlapping:
                outside = _assign(typed, self._words[at])
                if outside is None:
                    continue
            else:
                # Prefixes that do not start one another match different words anyway.
                outside = sum(at not in in_name[prefix] for prefix in typed)
            ranked.append((outside, at not in first, at))
        ranked.sort()
        return [at for _, _, at in ranked]
