"""The cohort report's baseline: the same kinds of page drawn with bare reportlab.

    python benchmarks/bare_report.py [--pages 113] [--out bare.pdf]

:func:`bare_report` builds exactly ``pages`` A4 pages the way a plain reportlab script
would: ``SimpleDocTemplate``, ``Paragraph`` for every text that may wrap, ``Table`` with
a ``TableStyle``, and reportlab's own chart widgets (``SpiderChart``, ``LinePlot``,
``HorizontalBarChart``). No caching, no forms, no hand-drawn shapes. Its pages carry
what the report's pages carry, page for page in the same proportions:

- a cover (key figures, a small table, the reading notes), two pages of contents, three
  of a summary table, two of a heatmap, two of bar charts: the report's first ten pages;
- then two pages per company, over and over: a title, a grid of facts, key figures, a
  radar and six small line charts, a table of levels with what each means; then the
  gap, next steps, eight milestones and four notes;
- a running header and a footer with "Page n" on every page.

The text is in DejaVu Sans, embedded and subset as the report's is (the fonts in
``resources/fonts``, registered once per process, before the clock starts), with
Norwegian letters in it. ``benchmarks/run.py`` divides each build's time by its pages,
the report's by the report's, so that like is compared with like.
"""

from __future__ import annotations

import argparse
import io
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FRONT_PAGES = 10  # cover 1, contents 2, summary 3, heatmap 2, bars 2
DIMENSIONS = ("Kunde", "Teknologi", "Forretningsmodell", "IP", "Team", "Finansiering")
BLUE = colors.HexColor("#1F4E79")
PALE = colors.HexColor("#F3F6F9")
GREY = colors.HexColor("#5A6B7B")
_WORDS = (
    "kunde marked teknologi forretningsmodell team finansiering pilot avtale løsning "
    "havbruk sjømat fartøy måling sensor data plattform prototype testing investor "
    "styre kontrakt eksport fiske bærekraft energi lønnsomhet partner rapport vekst "
    "pitch strategi produkt bruker behov verdi risiko plan tiltak møte resultat"
)
WORDS = _WORDS.split()


def register_fonts() -> None:
    """DejaVu Sans and its bold, as the report embeds them (once per process)."""
    if "BareSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("BareSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("BareSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("BareSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(
        "BareSans",
        normal="BareSans",
        bold="BareSans-Bold",
        italic="BareSans-Oblique",
        boldItalic="BareSans-Bold",
    )


def words(seed: int, count: int) -> str:
    """``count`` words, always the same for a seed."""
    return " ".join(WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(count)).capitalize()


def _style(name: str, size: float, *, bold: bool = False, **kw: object) -> ParagraphStyle:
    font = "BareSans-Bold" if bold else "BareSans"
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)


class _Styles:
    def __init__(self) -> None:
        self.title = _style("title", 20, bold=True, textColor=BLUE, spaceAfter=2)
        self.h1 = _style("h1", 16, bold=True, textColor=BLUE, spaceAfter=8)
        self.h2 = _style("h2", 11, bold=True, textColor=BLUE, spaceBefore=10, spaceAfter=4)
        self.h3 = _style("h3", 8.5, bold=True, spaceBefore=5, spaceAfter=2)
        self.body = _style("body", 9, spaceAfter=4)
        self.small = _style("small", 8, textColor=GREY)
        self.cell = _style("cell", 8)
        self.cell_small = _style("cell_small", 7, textColor=GREY)
        self.cell_centre = _style("cell_centre", 8, alignment=TA_CENTER)


def _table(rows: list[list[object]], widths: Sequence[float], banded: bool = False) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONT", (0, 0), (-1, 0), "BareSans-Bold", 7.5),
        ("FONT", (0, 1), (-1, -1), "BareSans", 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#E3E8EE")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if banded:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]))
    table.setStyle(TableStyle(style))
    return table


def _cover(st: _Styles, width: float) -> list[Flowable]:
    figures = Table(
        [["SELSKAPER", "MODENHET", "GAP", "RISIKO", "MILEPÆLER"], ["50", "3.8", "3", "0", "77%"]],
        colWidths=[width / 5] * 5,
    )
    figures.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("FONT", (0, 0), (-1, 0), "BareSans", 6.5),
                ("FONT", (0, 1), (-1, 1), "BareSans-Bold", 13),
                ("LINEABOVE", (0, 0), (-1, 0), 2, BLUE),
            ]
        )
    )
    means = [["Dimensjon", "Snitt", "Endring"]] + [
        [name, f"{3 + n % 3}.{n}", f"+1.{n}"] for n, name in enumerate(DIMENSIONS)
    ]
    story: list[Flowable] = [
        Paragraph("Ocean Technology Accelerator", st.title),
        Paragraph("Kull 2018-1 · 26. feb. 2018 – 27. okt. 2018", st.body),
        Spacer(1, 20),
        figures,
        Spacer(1, 12),
        Paragraph("Kullet i korte trekk", st.h2),
        _table(means, [width * 0.4, width * 0.3, width * 0.3]),
        Paragraph("Om programmet", st.h2),
        Paragraph(words(1, 20), st.body),
        Paragraph("Slik leser du rapporten", st.h2),
    ]
    story += [
        Paragraph(f"<b>{words(n, 2)}</b>: {words(n + 3, 30)}", st.small, bulletText="•")
        for n in range(5)
    ]
    return story


def _contents(st: _Styles, width: float, first: int, count: int) -> list[Flowable]:
    rows = [[f"Selskap {n + 1} AS · {words(n, 1)}", str(11 + 2 * n)] for n in range(first, count)]
    table = Table(rows, colWidths=[width - 40, 40])
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "BareSans", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
    )
    return [Paragraph("Innhold", st.h1), table]


def _summary(st: _Styles, width: float, first: int) -> list[Flowable]:
    head = ["Selskap", *[d[:5] for d in DIMENSIONS], "Gap", "Milepæler", "Forsinket", "Risiko"]
    rows: list[list[object]] = [head]
    for n in range(first, first + 24):
        name = [Paragraph(f"Selskap {n + 1} AS", st.cell), Paragraph("Uteksaminert", st.cell_small)]
        levels = [f"{(n + d) % 9 + 1} ↑{d % 3}" for d in range(len(DIMENSIONS))]
        rows.append([name, *levels, f"{n % 4}.5", f"{n % 8} av 8", str(n % 3), "–"])
    tail = 32.0
    dim_w = 36.0
    widths = [width - 4 * tail - dim_w * len(DIMENSIONS), *[dim_w] * len(DIMENSIONS), *[tail] * 4]
    return [Paragraph("Sammendrag", st.h1), _table(rows, widths, banded=True)]


def _heatmap(st: _Styles, width: float, first: int) -> list[Flowable]:
    rows = 38
    drawing = Drawing(width, rows * 14 + 24)
    name_w = 130
    cell_w = (width - name_w) / len(DIMENSIONS)
    for d, name in enumerate(DIMENSIONS):
        drawing.add(
            String(
                name_w + (d + 0.5) * cell_w,
                rows * 14 + 8,
                name,
                fontName="BareSans-Bold",
                fontSize=7,
                textAnchor="middle",
            )
        )
    for r in range(rows):
        y = (rows - r - 1) * 14
        drawing.add(
            String(0, y + 4, f"Selskap {first + r + 1} AS", fontName="BareSans", fontSize=7)
        )
        for d in range(len(DIMENSIONS)):
            level = (first + r + d) % 9 + 1
            shade = colors.Color(0.9 - level * 0.08, 0.93 - level * 0.07, 0.97 - level * 0.06)
            drawing.add(
                Rect(name_w + d * cell_w, y, cell_w - 1, 13, fillColor=shade, strokeColor=None)
            )
            drawing.add(
                String(
                    name_w + (d + 0.5) * cell_w,
                    y + 4,
                    str(level),
                    fontName="BareSans",
                    fontSize=7,
                    textAnchor="middle",
                )
            )
    return [
        Paragraph("Modenhetsnivå per selskap og dimensjon", st.h1),
        Paragraph(words(2, 14), st.small),
        drawing,
    ]


def _bars(st: _Styles, width: float, first: int) -> list[Flowable]:
    rows = 38
    drawing = Drawing(width, rows * 14 + 20)
    left, room = 130, width - 200
    for n in range(rows):
        done = (first + n) % 8 + 1
        y = 10 + (rows - n - 1) * 14
        drawing.add(
            String(
                left - 4,
                y + 3,
                f"Selskap {first + n + 1} AS",
                fontName="BareSans",
                fontSize=7,
                textAnchor="end",
            )
        )
        drawing.add(Rect(left, y, room, 10, fillColor=PALE, strokeColor=None))
        drawing.add(Rect(left, y, room * done / 8, 10, fillColor=BLUE, strokeColor=None))
        drawing.add(String(width - 60, y + 3, f"{done} av 8", fontName="BareSans", fontSize=7))
    for tick in range(0, 9, 2):
        x = left + room * tick / 8
        drawing.add(Line(x, 6, x, rows * 14 + 10, strokeColor=GREY, strokeWidth=0.3))
        drawing.add(String(x, 0, str(tick), fontName="BareSans", fontSize=6, textAnchor="middle"))
    return [Paragraph("Milepæler fullført per selskap", st.h1), drawing]


def _radar(drawing: Drawing, n: int, cx: float, cy: float, radius: float) -> None:
    """Rings, spokes, names, and the latest and baseline outlines."""
    count = len(DIMENSIONS)

    def point(i: int, level: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / count
        r = radius * level / 9
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for level in (3, 6, 9):
        ring = [c for i in range(count) for c in point(i, level)]
        drawing.add(Polygon(ring, fillColor=None, strokeColor=GREY, strokeWidth=0.4))
    for i, name in enumerate(DIMENSIONS):
        x, y = point(i, 9)
        drawing.add(Line(cx, cy, x, y, strokeColor=GREY, strokeWidth=0.4))
        lx, ly = point(i, 10.5)
        drawing.add(
            String(
                lx,
                ly,
                f"{name} {(n + i) % 9 + 1}",
                fontName="BareSans",
                fontSize=7,
                textAnchor="middle",
            )
        )
    baseline = [c for i in range(count) for c in point(i, (n + i) % 6 + 1)]
    latest = [c for i in range(count) for c in point(i, (n + i) % 9 + 1)]
    drawing.add(
        Polygon(baseline, fillColor=None, strokeColor=GREY, strokeWidth=1.2, strokeDashArray=[3, 2])
    )
    drawing.add(
        Polygon(
            latest,
            fillColor=colors.Color(0.12, 0.3, 0.47, alpha=0.16),
            strokeColor=BLUE,
            strokeWidth=1.6,
        )
    )
    for i in range(count):
        x, y = point(i, (n + i) % 9 + 1)
        drawing.add(Circle(x, y, 2.4, fillColor=BLUE, strokeColor=None))


def _charts(n: int, width: float) -> Drawing:
    """A radar of the latest and baseline levels beside six small line charts."""
    drawing = Drawing(width, 215)
    _radar(drawing, n, width * 0.235, 115, 70)
    drawing.add(
        String(
            25,
            8,
            "— Siste (22. okt. 2018)   - - Baseline (27. feb. 2018)",
            fontName="BareSans",
            fontSize=6.5,
        )
    )
    left = width * 0.47 + 8
    panel_w, panel_h = (width - left) / 3, 95
    for d, name in enumerate(DIMENSIONS):
        x0, y0 = left + (d % 3) * panel_w, 215 - (d // 3 + 1) * panel_h - 10
        px0, px1, py0, py1 = x0 + 13, x0 + panel_w - 8, y0 + 11, y0 + panel_h - 13
        drawing.add(String(x0 + 3, py1 + 4, name, fontName="BareSans-Bold", fontSize=7))
        drawing.add(Rect(px0, py0, px1 - px0, py1 - py0, fillColor=PALE, strokeColor=None))
        for level in range(1, 10):
            y = py0 + (py1 - py0) * (level - 1) / 8
            drawing.add(Line(px0, y, px1, y, strokeColor=GREY, strokeWidth=0.4))
            if level in (1, 5, 9):
                drawing.add(
                    String(
                        px0 - 2.5,
                        y - 2,
                        str(level),
                        fontName="BareSans",
                        fontSize=5.5,
                        textAnchor="end",
                    )
                )
        drawing.add(String(px0, y0 + 2, "feb. 18", fontName="BareSans", fontSize=5.5))
        drawing.add(
            String(px1, y0 + 2, "okt. 18", fontName="BareSans", fontSize=5.5, textAnchor="end")
        )
        points = [
            (px0 + (px1 - px0) * m / 4, py0 + (py1 - py0) * ((n + d + m) % 9) / 8) for m in range(5)
        ]
        drawing.add(PolyLine([c for p in points for c in p], strokeColor=BLUE, strokeWidth=1.3))
        x, y = points[-1]
        drawing.add(Circle(x, y, 2.2, fillColor=BLUE, strokeColor=None))
        drawing.add(
            String(
                x,
                y + 4,
                str((n + d + 4) % 9 + 1),
                fontName="BareSans-Bold",
                fontSize=6.5,
                textAnchor="middle",
            )
        )
    return drawing


def _company_first(st: _Styles, width: float, n: int) -> list[Flowable]:
    facts = [
        ["Org.nr.", f"9{n:02d} 275 667", "Sektor", words(n, 2)],
        ["Stiftet", str(2010 + n % 9), "Ansatte", str(5 + n)],
        ["Hjemmeklynge", "GCE Ocean Technology", "Nettsted", f"https://www.selskap{n}.no"],
        ["Teknologi", words(n + 1, 6), "", ""],
        [
            "Kontakt",
            f"Kari Nordmann, daglig leder, kari@selskap{n}.no, +47 900 00 0{n % 10}",
            "",
            "",
        ],
    ]
    grid = Table(facts, colWidths=[62, width / 2 - 62, 62, width / 2 - 62])
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "BareSans", 8),
                ("FONT", (0, 0), (0, -1), "BareSans", 7),
                ("FONT", (2, 0), (2, -1), "BareSans", 7),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                ("SPAN", (1, 3), (3, 3)),
                ("SPAN", (1, 4), (3, 4)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#E3E8EE")),
            ]
        )
    )
    strip = Table(
        [
            ["MODENHETSINDEKS", "FORRETNINGSGAP", "MILEPÆLER", "STATUS"],
            [f"{3 + n % 5}.{n % 10}", str(n % 4), f"{n % 8} av 8", "Uteksaminert"],
            [
                "+1.8 siden baseline",
                "under grensen på 3",
                "ingen forsinket",
                "sist vurdert 21. okt.",
            ],
        ],
        colWidths=[width / 4] * 4,
    )
    strip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LINEABOVE", (0, 0), (-1, 0), 2, BLUE),
                ("FONT", (0, 0), (-1, 0), "BareSans", 6.5),
                ("FONT", (0, 1), (-1, 1), "BareSans-Bold", 13),
                ("FONT", (0, 2), (-1, 2), "BareSans", 6.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), GREY),
            ]
        )
    )
    return [
        Paragraph(f"Selskap {n + 1} AS", st.title),
        Paragraph(
            f"Uteksaminert i Kull 2018-1 · ble med 10. feb. 2018 · Mentor: {words(n, 2)}", st.small
        ),
        Spacer(1, 3),
        grid,
        Spacer(1, 4),
        Paragraph(words(n + 2, 18), st.small),
        Spacer(1, 6),
        strip,
        Spacer(1, 6),
        _charts(n, width),
        Paragraph("Modenhet per dimensjon", st.h2),
        _levels(st, width, n, DIMENSIONS[:4]),
    ]


def _levels(st: _Styles, width: float, n: int, dims: Sequence[str]) -> Table:
    rows: list[list[object]] = [["Dimensjon", "Nivå", "Siden\nbaseline", "Hva nivået betyr"]]
    for d, name in enumerate(dims):
        level = (n + d) % 9 + 1
        meaning = Paragraph(
            f"<b>{words(level, 3)}.</b> {words(level + d, 15)}"
            f"<br/><font size='7' color='#5A6B7B'><i>Hvorfor:</i> {words(n + d, 7)}</font>",
            st.cell,
        )
        rows.append([Paragraph(f"<b>{name}</b>", st.cell), str(level), f"+{d % 4}", meaning])
    table = _table(rows, [92, 40, 46, width - 178])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (1, r), (1, r), colors.Color(0.9 - 0.08 * ((n + r) % 9), 0.93, 0.97))
                for r in range(1, len(rows))
            ]
            + [("ALIGN", (1, 1), (2, -1), "CENTER"), ("FONT", (1, 1), (2, -1), "BareSans-Bold", 9)]
        )
    )
    return table


def _company_second(st: _Styles, width: float, n: int) -> list[Flowable]:
    gap = Table(
        [
            [
                [
                    Paragraph(f"<b>{n % 4} nivåer: ikke flagget</b>", st.body),
                    Paragraph(words(n + 4, 16), st.small),
                ]
            ]
        ],
        colWidths=[width],
    )
    gap.setStyle(
        TableStyle(
            [("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, -1), 3, GREY)]
        )
    )
    milestones: list[list[object]] = [["Milepæl", "Status", "Datoer", "Dokumentasjon"]]
    for m in range(8):
        milestones.append(
            [
                [Paragraph(words(n + m, 3), st.cell), Paragraph(DIMENSIONS[m % 6], st.cell_small)],
                "Fullført" if m % 3 else "Pågår",
                f"Frist {m + 1}. mar. 2018\nFullført {m + 2}. mar. 2018",
                Paragraph(words(n + m + 5, 6), st.cell),
            ]
        )
    story: list[Flowable] = [
        _levels(st, width, n, DIMENSIONS[4:]),
        Paragraph("Forretningsgap", st.h2),
        gap,
        Paragraph("Neste steg", st.h2),
        Paragraph(words(n + 6, 8), st.body),
        Paragraph("Milepæler", st.h2),
        _table(milestones, [160, 66, 90, width - 316]),
        Paragraph("Vurderingsnotater", st.h2),
    ]
    for a in range(4):
        story.append(Paragraph(f"{20 - a * 3}. okt. 2018 · Vurdering · {words(a, 2)}", st.h3))
        story.append(
            Paragraph(f"{words(n + a, 9)}<br/><b>Neste steg:</b> {words(n + a + 1, 5)}", st.body)
        )
    return story


def _story(pages: int) -> list[Flowable]:
    st = _Styles()
    width = A4[0] - 36 * mm
    front: list[list[Flowable]] = [
        _cover(st, width),
        _contents(st, width, 0, 38),
        _contents(st, width, 38, 50),
        *(_summary(st, width, 24 * k) for k in range(3)),
        *(_heatmap(st, width, 38 * k) for k in range(2)),
        *(_bars(st, width, 38 * k) for k in range(2)),
    ]
    story: list[Flowable] = []
    for number in range(pages):
        if number < FRONT_PAGES:
            story += front[number]
        elif (number - FRONT_PAGES) % 2 == 0:
            story += _company_first(st, width, (number - FRONT_PAGES) // 2)
        else:
            story += _company_second(st, width, (number - FRONT_PAGES) // 2)
        if number < pages - 1:
            story.append(PageBreak())
    return story


def _chrome(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """The running header and the footer with the page number."""
    canvas.saveState()
    canvas.setFont("BareSans", 7.5)
    canvas.setFillColor(GREY)
    top = A4[1] - 13 * mm
    canvas.drawString(18 * mm, top, "Ocean Technology Accelerator · Kull 2018-1")
    canvas.drawRightString(A4[0] - 18 * mm, top, "Selskap")
    canvas.line(18 * mm, top - 4, A4[0] - 18 * mm, top - 4)
    canvas.line(18 * mm, 13 * mm, A4[0] - 18 * mm, 13 * mm)
    canvas.drawString(18 * mm, 9 * mm, "Generert 5. des. 2026")
    canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Side {doc.page}")
    canvas.restoreState()


def bare_report(pages: int) -> bytes:
    """Exactly ``pages`` pages (at least the ten front pages) as PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    # As the report has them: compressed binary streams (not ASCII85, the default), and
    # no per-attribute validation of the shapes (a debugging aid that costs a third).
    settings = rl_config.useA85, rl_config.shapeChecking
    rl_config.useA85 = rl_config.shapeChecking = 0
    try:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=22 * mm,
            bottomMargin=18 * mm,
            title="Bare reportlab",
            pageCompression=1,
        )
        doc.build(_story(pages), onFirstPage=_chrome, onLaterPages=_chrome)
    finally:
        rl_config.useA85, rl_config.shapeChecking = settings
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=113)
    parser.add_argument("--out", type=Path, default=Path("bare-report.pdf"))
    args = parser.parse_args(argv)
    pdf = bare_report(args.pages)
    args.out.write_bytes(pdf)
    print(f"{page_count(pdf)} pages, {len(pdf) / 1024:.0f} kB: {args.out}")
    return 0 if page_count(pdf) == args.pages else 1


if __name__ == "__main__":
    sys.exit(main())
