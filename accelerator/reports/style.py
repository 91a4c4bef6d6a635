"""The look of the reports: colours, type sizes, page sizes and margins.

One deep ocean blue carries the data; greys carry the frame. Every colour that means
something (a level, overdue, flagged) also prints as a number, a word or a mark, so a
greyscale copy loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from accelerator.reports.data import PageSize
from accelerator.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1B2733")
MUTED = colors.HexColor("#5A6B7B")
FAINT = colors.HexColor("#8D9AA7")
RULE = colors.HexColor("#C9D2DB")
GRID = colors.HexColor("#E3E8EE")
PANEL = colors.HexColor("#F3F6F9")
PRIMARY = colors.HexColor("#1F4E79")
PRIMARY_LIGHT = colors.HexColor("#D6E3F0")
BASELINE = colors.HexColor("#7F8C99")
FLAG = colors.HexColor("#B35C00")  # the gap flag: amber, dark enough to read as text
ALERT = colors.HexColor("#B3261E")  # overdue, at risk
GOOD = colors.HexColor("#2E7D4F")
WHITE = colors.white

# The collaboration map's nodes by kind of organisation: Okabe and Ito's colours, told
# apart with every common kind of colour blindness; a cluster is ink. Keys are the kinds'
# values (accelerator.domain.enums.OrganisationKind) and "cluster".
MAP_KIND_COLOURS: dict[str, str] = {
    "company": "#0072B2",
    "research_institute": "#E69F00",
    "university": "#009E73",
    "public_body": "#CC79A7",
    "investor": "#D55E00",
    "other": "#8D9AA7",
    "cluster": "#1B2733",
}
MAP_EDGE = "#7F8C99"  # a joint project: grey, under the nodes
MAP_MEETING = "#B35C00"  # a meeting that led to a project: amber, dashed
MAP_RING = "#5A6B7B"
MAP_RING_FILL = "#1F4E79"  # faint: the ring's wash
MAP_LABEL = "#1B2733"

# Level 1..9 from pale to deep blue; lightness falls steadily, so it reads in greyscale.
_SCALE_LIGHT = (0.937, 0.957, 0.976)
_SCALE_DARK = (0.043, 0.180, 0.349)


@cache
def level_colour(level: float) -> colors.Color:
    """The fill for a level (1..9, fractions allowed for means)."""
    t = min(max((level - 1) / 8, 0.0), 1.0) ** 0.9
    r, g, b = (lo + (hi - lo) * t for lo, hi in zip(_SCALE_LIGHT, _SCALE_DARK, strict=True))
    return colors.Color(r, g, b)


def level_text_colour(level: float) -> colors.Color:
    """Text on a level's fill: dark on the pale half, white on the deep half."""
    return WHITE if level >= 5.5 else INK


PAGE_SIZES: dict[PageSize, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN_SIDE = 18 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_BOTTOM = 18 * mm  # room for the footer


def page_size(name: PageSize) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"page size must be A4 or Letter, not {name!r}") from None


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_why: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_centre: ParagraphStyle
    cell_right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    figure_label: ParagraphStyle
    kicker: ParagraphStyle
    figure_value: ParagraphStyle
    cover_title: ParagraphStyle
    cover_text: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9, leading=12.5, textColor=INK, spaceAfter=4
    )

    def derive(name: str, parent: ParagraphStyle = body, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    # A family shares its size and colour through its parent, so each is set in one place.
    small = derive("small", fontSize=8, leading=10.5)
    cell = derive("cell", fontSize=8, leading=10, spaceAfter=0)
    cell_small = derive("cell_small", cell, fontSize=7, leading=8.8, textColor=MUTED)
    cell_head = derive("cell_head", cell, fontName=BOLD, fontSize=7.5, leading=9, textColor=WHITE)
    headline = derive("headline", fontName=BOLD, textColor=PRIMARY)  # titles and headings
    return Styles(
        body=body,
        body_bold=derive("body_bold", fontName=BOLD),
        small=small,
        bullet=derive("bullet", small, leftIndent=10, bulletIndent=0, spaceAfter=2.5),
        muted=derive("muted", small, textColor=MUTED),
        note=derive("note", fontSize=8.5, leading=11.5, spaceAfter=3),
        cell=cell,
        cell_bold=derive("cell_bold", cell, fontName=BOLD),
        cell_small=cell_small,
        cell_why=derive("cell_why", cell_small, fontName=ITALIC),
        cell_head=cell_head,
        cell_head_centre=derive("cell_head_centre", cell_head, alignment=TA_CENTER),
        cell_right=derive("cell_right", cell, alignment=TA_RIGHT),
        title=derive("title", headline, fontSize=20, leading=24, spaceAfter=2),
        subtitle=derive("subtitle", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=2),
        h1=derive(
            "h1", headline, fontSize=16, leading=20, spaceBefore=0, spaceAfter=8, keepWithNext=1
        ),
        h2=derive("h2", headline, fontSize=11, leading=14, spaceBefore=12, spaceAfter=5),
        h3=derive(
            "h3",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        toc0=derive("toc0", fontName=BOLD, fontSize=10, leading=13, spaceAfter=0),
        toc1=derive("toc1", fontSize=9, leading=12, spaceAfter=0, leftIndent=14),
        figure_label=derive("figure_label", fontSize=7, leading=9, textColor=MUTED, spaceAfter=0),
        kicker=derive("kicker", headline, fontSize=7.5, leading=10, spaceAfter=1),
        figure_value=derive(
            "figure_value", fontName=BOLD, fontSize=13, leading=16, textColor=INK, spaceAfter=0
        ),
        cover_title=derive(
            "cover_title",
            fontName=BOLD,
            fontSize=26,
            leading=31,
            textColor=WHITE,
            alignment=TA_LEFT,
        ),
        cover_text=derive("cover_text", fontSize=11, leading=15, textColor=WHITE),
    )
