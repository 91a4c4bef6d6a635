"""User text on its way into a PDF: always data, never markup.

reportlab's ``Paragraph`` parses its text as markup. Unescaped, ``AT&T`` prints as
``AT&T;``, an unclosed ``<b>`` aborts the build, ``<font size=72>`` is obeyed,
``<a href=...>`` becomes a link and ``<img src=...>`` embeds a local file. So every
string a person typed goes through :func:`markup` (or :func:`paragraphs`) before a
``Paragraph`` sees it, and through :func:`clean` before it is drawn any other way.

Very long text is split into paragraphs of bounded size: reportlab lays a paragraph
out in one piece, and one of 200,000 words did not finish in ten minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaFrag

from accelerator.reports.fonts import covered_codepoints

#: Longest paragraph handed to reportlab, in characters and in lines: a paragraph taller
#: than a page is split again and again as it flows over pages, at a cost that grows
#: with the square of its length.
MAX_PARAGRAPH = 2000
MAX_LINES = 40

_ENTITIES = {'"': "&quot;", "'": "&#39;"}
_REPLACEMENT = "\ufffd"
# Bidirectional embedding/override/isolate marks: reportlab lays text out left to right,
# and a stray override would only confuse copy-and-paste out of the PDF.
_BIDI_CONTROLS = frozenset([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"[ \t]+")


def _replacement_for(char: str, covered: frozenset[int]) -> str | None:
    """What ``char`` becomes in print: itself, None (dropped) or the replacement mark."""
    code = ord(char)
    if char == "\n":
        return char
    if char == "\t":
        return " "
    category = unicodedata.category(char)
    if category in ("Cc", "Cs") or code in _BIDI_CONTROLS or code == 0xFEFF:
        return None
    # Beyond the Basic Multilingual Plane reportlab writes a text map that PDF readers
    # reject (copy and search break for the whole font), so such characters are marked
    # even where the font has a glyph (DejaVu has a few emoji).
    if code in covered and code <= 0xFFFF:
        return char
    # Invisible formatting and combining marks (emoji modifiers, variation selectors)
    # the font lacks add nothing visible; drop them. Anything else shows as "�" so
    # the reader sees that something was there.
    if category in ("Cf", "Mn", "Me", "Sk") and not 0x20 <= code < 0x7F:
        return None
    return _REPLACEMENT


def clean(text: str | None) -> str:
    """``text`` as it can be printed: control characters dropped, line ends as ``\\n``,
    characters the font has no glyph for shown as U+FFFD, NFC normalised."""
    if not text:
        return ""
    if len(text) <= 200:
        return _clean_short(text)
    return _clean(text)


@lru_cache(maxsize=8192)
def _clean_short(text: str) -> str:
    # Names, titles and labels come back again and again (a company's name is in the
    # contents, the summary, two charts and its own pages).
    return _clean(text)


def _clean(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    covered = covered_codepoints()
    table: dict[int, str | None] = {}
    for char in set(text):
        if " " <= char <= "~":
            continue
        replacement = _replacement_for(char, covered)
        if replacement != char:
            table[ord(char)] = replacement
    return text.translate(table) if table else text


def one_line(text: str | None) -> str:
    """Cleaned text on one line (for table cells, chart labels and headers)."""
    return _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()


def markup(text: str | None, *, cleaned: bool = False) -> str:
    """Paragraph markup that prints ``text`` literally; newlines become line breaks."""
    value = text or ""
    if not cleaned:
        value = clean(value)
    value = escape(value.strip("\n"), _ENTITIES)
    return value.replace("\n", "<br/>") if "\n" in value else value


def split_text(
    text: str | None, limit: int = MAX_PARAGRAPH, max_lines: int = MAX_LINES
) -> list[str]:
    """Cleaned ``text`` cut into pieces of at most ``limit`` characters and ``max_lines``
    lines.

    Blank lines separate paragraphs; a paragraph still too long is cut at the last line
    end, else sentence end, else space in the second half of the window, else hard.
    """
    value = clean(text)
    pieces: list[str] = []
    for block in _BLANK_LINES.split(value):
        block = block.strip("\n ")
        while len(block) > limit or block.count("\n", 0, limit) >= max_lines:
            cut = _line_cut(block, max_lines) or _cut_point(block, limit)
            head = block[:cut].rstrip()
            if head:
                pieces.append(head)
            block = block[cut:].lstrip("\n ")
        if block.strip():
            pieces.append(block)
    return pieces


def _line_cut(text: str, max_lines: int) -> int:
    """After the ``max_lines``-th line end, if there are that many; else 0."""
    at = -1
    for _ in range(max_lines):
        at = text.find("\n", at + 1)
        if at < 0:
            return 0
    return at + 1


def _cut_point(text: str, limit: int) -> int:
    floor = limit // 2
    best = text.rfind("\n", floor, limit)
    if best >= floor:
        return best + 1
    sentence = max(text.rfind(mark, floor, limit) for mark in (". ", "! ", "? ", "… ", ".\t"))
    if sentence >= floor:
        return sentence + 2
    space = text.rfind(" ", floor, limit)
    if space >= floor:
        return space + 1
    return limit


class Para(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph that remembers its last layout: a table wraps each cell once to size
    the rows and again to draw it, and breaking lines is most of a paragraph's cost."""

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        last = self._wrapped
        if last is not None and last[0] == available_width:
            return last[1], last[2]
        width, height = super().wrap(available_width, available_height)
        self._wrapped = (available_width, width, height)
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._wrapped = None
        return list(super().split(available_width, available_height))


def plain(text: str, style: ParagraphStyle, *, lead: str = "", cleaned: bool = False) -> Para:
    """A paragraph of plain text, built without reportlab's markup parser.

    The text never passes through markup at all, so nothing in it can act as markup; and
    with no parsing (and one run of text instead of a run per ``&``) a long note lays out
    several times faster. ``lead`` is a plain label set in bold before the text.
    """
    value = text if cleaned else clean(text)
    return runs([(lead, True), (value.strip("\n"), False)], style, cleaned=True)


def runs(
    parts: Sequence[tuple[str, bool]],
    style: ParagraphStyle,
    *,
    cleaned: bool = False,
    **options: Any,
) -> Para:
    """A paragraph of plain text in runs, each ``(text, bold)``, built as reportlab's parser
    would build ``<b>Next steps:</b> Call the bank`` but without parsing anything: a line
    end in a run breaks the line, as ``<br/>`` does. ``options`` go to the paragraph
    (``bulletText``)."""
    frags: list[ParaFrag] = []
    source = []
    for text, bold in parts:
        value = text if cleaned else clean(text)
        source.append(value)
        for n, line in enumerate(value.split("\n")):
            if n:
                frags.append(_frag(style, "", line_break=True))
            if line:
                frags.append(_frag(style, line, bold=bold))
    if not frags:
        frags.append(_frag(style, ""))
    return Para(escape("".join(source)), style, frags=frags, **options)


def _frag(
    style: ParagraphStyle, text: str, *, bold: bool = False, line_break: bool = False
) -> ParaFrag:
    """What reportlab's parser makes of plain text in ``style`` (see ParaParser)."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    frag.us_lines = []
    family, is_bold, italic = ps2tt(style.fontName)
    frag.bold, frag.italic = int(is_bold or bold), italic
    frag.fontName = tt2ps(family, frag.bold, italic)
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.text = text
    if line_break:
        frag.lineBreak = True
    return frag


def paragraphs(
    text: str | None,
    style: ParagraphStyle,
    *,
    limit: int = MAX_PARAGRAPH,
    lead: str = "",
    check: Callable[[], None] | None = None,
) -> list[Paragraph]:
    """``text`` as plain paragraphs of bounded size.

    ``lead`` is a plain label set in bold before the first paragraph ("Next steps:").
    ``check`` is called every so often so a very long text can be cancelled.
    """
    result = []
    for n, piece in enumerate(split_text(text, limit)):
        if check is not None and n % 64 == 63:
            check()
        result.append(plain(piece, style, lead=lead if n == 0 else "", cleaned=True))
    if not result and lead:
        result.append(plain("", style, lead=lead))
    return result


def join(parts: Iterable[str | None], separator: str = " · ") -> str:
    """Non-empty parts joined (plain text, not markup)."""
    return separator.join(p.strip() for p in parts if p and p.strip())


class Text(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A short user text (a name, a title, a date, a status) in a paragraph style.

    It is drawn as it is, with no markup parsing at all, when it fits on one line; only
    a longer text becomes an (escaped) ``Paragraph`` that wraps. Most cells of a report
    are short, and a Paragraph costs some ten times more to lay out.
    """

    def __init__(self, text: str | None, style: ParagraphStyle, *, colour: object = None) -> None:
        super().__init__()
        self.text = one_line(text) if text and "\n" not in text.strip() else clean(text).strip()
        if colour is not None:
            style = ParagraphStyle(f"{style.name}-coloured", parent=style, textColor=colour)
        self.style = style
        self._para: Paragraph | None = None
        self._text_width: float | None = None
        self.width = self.height = 0.0

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = plain(self.text, self.style, cleaned=True)
        return self._para

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        room = available_width - style.leftIndent - style.rightIndent
        if self._para is None and "\n" not in self.text:
            if self._text_width is None:
                self._text_width = stringWidth(self.text, style.fontName, style.fontSize)
            if self._text_width <= room:
                self.width, self.height = available_width, style.leading
                return self.width, self.height
        width, height = self._paragraph().wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._para is None:
            return []
        return list(self._para.split(available_width, available_height))

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Draw at ``(x, y)`` directly: no saved state and no moved origin, which are three
        more PDF operators for every cell of every table."""
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
            return
        style = self.style
        x = self._hAlignAdjust(x, _sW)
        # Set the font and colour only where they differ, and put back what was there: a
        # table remembers what it set for its plain cells and does not set it again.
        font = (canvas._fontname, canvas._fontsize, canvas._leading)
        fill = canvas._fillColorObj
        new_font = font[:2] != (style.fontName, style.fontSize)
        new_fill = fill != style.textColor
        if new_font:
            canvas.setFont(style.fontName, style.fontSize)
        if new_fill:
            canvas.setFillColor(style.textColor)
        x += style.leftIndent
        if style.alignment in (TA_CENTER, TA_RIGHT):
            room = self.width - style.leftIndent - style.rightIndent
            spare = room - (self._text_width or 0.0)
            x += spare / 2 if style.alignment == TA_CENTER else spare
        canvas.drawString(x, y + self.height - style.fontSize, self.text)
        if new_font:
            canvas.setFont(*font)
        if new_fill:
            canvas.setFillColor(fill)

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        y = self.height - style.fontSize
        # The canvas tracks its font and colour: repeating them costs time in every cell.
        if (canvas._fontname, canvas._fontsize) != (style.fontName, style.fontSize):
            canvas.setFont(style.fontName, style.fontSize)
        if canvas._fillColorObj != style.textColor:
            canvas.setFillColor(style.textColor)
        x = style.leftIndent
        if style.alignment in (TA_CENTER, TA_RIGHT):
            room = self.width - style.leftIndent - style.rightIndent
            spare = room - (self._text_width or 0.0)
            x += spare / 2 if style.alignment == TA_CENTER else spare
        canvas.drawString(x, y, self.text)
