"""User text on its way into a PDF: escaped, cleaned, cut into bounded paragraphs."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from accelerator.reports.style import styles
from accelerator.reports.text import (
    MAX_LINES,
    MAX_PARAGRAPH,
    clean,
    markup,
    one_line,
    runs,
    split_text,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("AT&T", "AT&amp;T"),
        ("<b>", "&lt;b&gt;"),
        ('<a href="file:///etc/passwd">', "&lt;a href=&quot;file:///etc/passwd&quot;&gt;"),
        ("it's", "it&#39;s"),
        ("one\ntwo", "one<br/>two"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
    ],
)
def test_markup_escapes_everything(typed: str, expected: str) -> None:
    assert markup(typed) == expected


def test_clean_drops_controls_and_marks_missing_glyphs() -> None:
    assert clean("a\x00b\x07c\x1b[0m\r\nd\re") == "abc[0m\nd\ne"
    assert clean("tab\there") == "tab here"
    assert clean("\u202eevil\u202c") == "evil"
    assert clean("\ud800lone surrogate") == "lone surrogate"
    assert clean("thumbs 👍🏽 up") == "thumbs \ufffd up"  # the modifier adds nothing
    assert clean("smile 😀") == "smile \ufffd"  # in the font, but beyond what PDF text maps hold
    assert clean("e\u0301") == "é"  # NFC: one letter, as the font has it
    assert one_line("  several\n lines\t here ") == "several lines here"


def test_long_text_is_cut_into_bounded_paragraphs_without_losing_words() -> None:
    words = " ".join(f"word{n}." if n % 15 == 14 else f"word{n}" for n in range(60_000))
    pieces = split_text(words)
    assert all(len(p) <= MAX_PARAGRAPH for p in pieces)
    assert " ".join(pieces).split() == words.split()
    assert all(p.endswith(".") for p in pieces[:-1])  # cut at sentence ends where it can


def test_blank_lines_lines_and_unbreakable_words() -> None:
    assert split_text("one\n\n\ntwo\n  \nthree") == ["one", "two", "three"]
    many = split_text("line\n" * 100)
    assert all(p.count("\n") < MAX_LINES for p in many)
    assert sum(p.count("line") for p in many) == 100
    long_word = split_text("x" * 5000)
    assert [len(p) for p in long_word] == [MAX_PARAGRAPH, MAX_PARAGRAPH, 1000]


def _looks(paragraph: Paragraph) -> list[dict[str, object]]:
    """What a paragraph draws: its runs of text with their font, size, colour, breaks."""
    return [{k: v for k, v in vars(frag).items() if k != "__tag__"} for frag in paragraph.frags]


@pytest.mark.parametrize(
    ("parts", "marked_up"),
    [
        (
            [("Lost a pilot customer.", False), ("\n", False), ("Next steps:", True),
             (" Update the financial model.", False)],
            "Lost a pilot customer.<br/><b>Next steps:</b> Update the financial model.",
        ),
        ([("Next steps:", True), (" Call the bank", False)], "<b>Next steps:</b> Call the bank"),
        ([("Havbølge AS", True), (": no assessment\nfor ten weeks", False)],
         "<b>Havbølge AS</b>: no assessment<br/>for ten weeks"),
    ],
)  # fmt: skip
def test_runs_print_as_the_same_text_marked_up_would_without_parsing_it(
    parts: list[tuple[str, bool]], marked_up: str
) -> None:
    style = styles().note
    assert _looks(runs(parts, style)) == _looks(Paragraph(marked_up, style))
    # Never parsed: what a person typed stays text.
    assert [f.text for f in runs([("<b>AT&T</b>", False)], style).frags] == ["<b>AT&T</b>"]
