"""How names sort and how typed letters meet them, as a Norwegian reader expects.

Two different questions, two keys:

- :func:`collation_key` orders a list: case and accents ignored (é with e), and Æ Ø Å last,
  after Z, in that order (Swedish Ä and Ö with Æ and Ø), as a Norwegian dictionary has it.
- :func:`search_fold` is what typed letters are compared with: case and accents ignored,
  but Æ and Ø stay letters of their own (typing ``o`` does not find ``Øystein``: on a
  Norwegian keyboard ø is one key, and "Sørli" and "Sorli" are two families), while Å and
  the double a it replaced in 1917 are the same letter (``Haakon`` and ``Håkon``,
  ``Aasen`` and ``Åsen``, ``Aalesund``): both become ``aa``, so either spelling, typed
  either way, finds the other, and ``ha`` already finds Håkon on the way to ``håk``.

Pure Python with no Qt: the window's tables and the domain's searches share them.
"""

from __future__ import annotations

import re
import unicodedata

# Mapping the Nordic letters to private-use characters, which sort above every Latin
# letter, gets Norwegian order from a plain string comparison: far cheaper than a collator
# call per row.
_NORDIC_ORDER = str.maketrans(
    {
        "æ": "\ue000",
        "ä": "\ue000",
        "ø": "\ue001",
        "ö": "\ue001",
        "å": "\ue002",
    }
)
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")

# Before accents are dropped: å would otherwise decompose into a and a ring and become a
# plain a, and ä and ö into a and o.
_NORDIC_SEARCH = str.maketrans({"å": "aa", "ä": "æ", "ö": "ø"})

#: A word, for a search: a run of letters and digits (a hyphen, an apostrophe, a dot or an
#: @ separates words: ``Anne-Grete`` is ``anne`` and ``grete``).
_WORD = re.compile(r"[^\W_]+")


def collation_key(text: str) -> str:
    """A key that sorts names as a Norwegian reader expects: case-insensitive, accents
    ignored (é with e), and Æ Ø Å last."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if folded.isascii():
        return folded
    # Æ Ø Å first (å would otherwise decompose into a and a ring), then drop accents.
    decomposed = unicodedata.normalize("NFD", folded.translate(_NORDIC_ORDER))
    return _COMBINING_MARKS.sub("", decomposed)


def search_fold(text: str) -> str:
    """``text`` as typed letters are compared with it: any case, no accents (``José`` is
    ``jose``, ``Müller`` ``muller``), Æ and Ø kept, Å as ``aa`` (``Håkon`` is ``haakon``),
    Swedish Ä and Ö as Æ and Ø (``Björn`` is ``bjørn``)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFD", folded.translate(_NORDIC_SEARCH))
    return unicodedata.normalize("NFC", _COMBINING_MARKS.sub("", decomposed))


def search_words(text: str) -> list[str]:
    """The words of ``text`` as a search compares them, in order: ``Anne-Grete Ås`` is
    ``["anne", "grete", "aas"]``."""
    return _WORD.findall(search_fold(text))
