"""The annual report to the cluster programme's funder: a year of our cluster(s) (or of one
cluster) in figures, every figure with the records behind it.

Members by kind on 31 December and those who joined or left; events, participants and
the organisations that took part; meetings and their outcomes; joint projects and their
funding by scheme; the acceleration programmes' cohorts and what changed for their
companies since their baseline; mentor hours (an in-kind contribution); and the members'
own figures summed, with how many reported each. A figure no one reported is *missing*,
never 0.

Pure: :class:`AnnualReportData` in (``accelerator.services.annual_report`` fills it),
PDF bytes out; :mod:`accelerator.reports.annual_workbook` writes the same data as a
workbook, so both show the same numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from accelerator.domain.formatting import format_number
from accelerator.i18n import in_context
from accelerator.reports.bar_charts import Bar, stacked_bars
from accelerator.reports.charts import Chart
from accelerator.reports.company_report import BANDED, frame_width, heading, house_table, section
from accelerator.reports.data import PageSize
from accelerator.reports.event_report import numeric_head, numeric_head_style
from accelerator.reports.fonts import BOLD, string_width
from accelerator.reports.layout import (
    Cancelled,
    ChartFlowable,
    Chrome,
    FigureStrip,
    Monitor,
    Progress,
    ProgressMark,
    ReportDocument,
    RunningTitle,
)
from accelerator.reports.layout import Figure as KeyFigure
from accelerator.reports.style import (
    MARGIN_SIDE,
    MUTED,
    PRIMARY,
    PRIMARY_LIGHT,
    WHITE,
    styles,
)
from accelerator.reports.text import Para, Text, markup, one_line, plain

_tr = in_context("Reports")

#: The height of the cover's band, in points.
COVER_BAND = 190.0


class Unit(StrEnum):
    """What a figure counts, which says how it is written."""

    COUNT = "count"
    AMOUNT = "amount"  # kroner, whole
    DECIMAL = "decimal"  # full-time equivalents and the like
    HOURS = "hours"
    LEVELS = "levels"  # a readiness change, in levels


@dataclass(frozen=True)
class BackingRecord:
    """One record behind a figure: an organisation, an event, a project, a meeting..."""

    kind: str  # in words, in the report's language: "Organisation", "Event"
    id: int  # its id in the database
    name: str
    detail: str = ""  # what the record says about the figure: "joined 3 Mar 2026"
    value: float | None = None  # its part of the figure, where it has one


@dataclass(frozen=True)
class Figure:
    """One figure of the report and the records it was counted from. ``value`` None means
    missing: no one reported it (never shown as 0)."""

    key: str  # unique in the report: "members.end.company"
    label: str  # what it is, in full, in the report's language
    value: float | None
    unit: Unit = Unit.COUNT
    records: tuple[BackingRecord, ...] = ()
    signed: bool = False  # a change: +3, −1
    short: str = ""  # the label on the summary page, where the full one is too long

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Row:
    """A table's row: its label and a figure per column (None: nothing to show there)."""

    label: str
    cells: tuple[Figure | None, ...]
    total: bool = False


@dataclass(frozen=True)
class Table:
    """One table of the report, as the PDF and the workbook both show it."""

    key: str
    title: str
    first: str  # the label column's heading
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""
    empty: str = ""  # said instead of the table when it has no rows
    chart: int | None = None  # the column drawn as a bar chart under it, if any


@dataclass(frozen=True)
class Section:
    """A part of the report: members, events, meetings, projects, programmes, mentor
    hours, member figures."""

    key: str
    title: str
    intro: str
    tables: tuple[Table, ...]
    short: str = ""  # its workbook sheet's name, where the title is longer than a sheet's


@dataclass(frozen=True)
class AnnualReportData:
    """Everything the annual report shows, in its language."""

    year: int
    scope: str  # the cluster, or "Our clusters"
    clusters: tuple[str, ...]  # the clusters reported on, by name
    one_cluster: bool
    generated_on: dt.date
    summary: tuple[Figure, ...]
    sections: tuple[Section, ...]
    partial: bool = False  # a mentor's copy: the companies of their cohorts only
    page_size: PageSize = "A4"

    def figures(self) -> Iterator[Figure]:
        """Every figure of the report once, in the order it first appears."""
        seen: set[str] = set()
        for figure in (
            *self.summary,
            *(
                cell
                for s in self.sections
                for t in s.tables
                for r in t.rows
                for cell in r.cells
                if cell is not None
            ),
        ):
            if figure.key not in seen:
                seen.add(figure.key)
                yield figure

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures() if f.key == key)


def missing_word() -> str:
    return _tr("missing")


def figure_text(figure: Figure) -> str:
    """A figure as the report writes it: ``1 234``, ``12,5``, ``+3``; *missing*."""
    value = figure.value
    if value is None:
        return missing_word()
    decimals = {Unit.DECIMAL: 1, Unit.HOURS: 1, Unit.LEVELS: 1}.get(figure.unit, 0)
    text = format_number(value, decimals)
    if figure.signed and round(value, decimals) > 0:
        return "+" + text
    if figure.signed and round(value, decimals) == 0:
        return "±" + format_number(0, decimals)
    return text


def title_of(data: AnnualReportData) -> str:
    return _tr("Annual report {0}").format(data.year)


# --- the PDF ---------------------------------------------------------------------------------


def build_annual_report(
    data: AnnualReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The annual report as PDF bytes (progress and cancel as the other reports')."""
    monitor = Monitor(len(data.sections) + 2, progress, cancelled)
    monitor.check()
    title = title_of(data)
    chrome = Chrome(
        programme=_tr("Annual report"),
        cohort=data.scope,
        generated_on=data.generated_on,
        title=title,
        period=_tr("1 January – 31 December {0}").format(data.year),
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_tr("{0}: annual report {1}").format(one_line(data.scope), data.year),
        subject=_tr("Annual report"),
        cover=lambda canvas: _draw_cover(canvas, data),
        cover_height=COVER_BAND,
    )
    width = frame_width(data.page_size)
    story: list[Flowable] = [NextPageTemplate("body"), RunningTitle(title)]
    story += _summary(data, width)
    story.append(ProgressMark())
    for part in data.sections:
        story.append(PageBreak())
        story += _section(part, width)
        story.append(ProgressMark())
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def _draw_cover(canvas: Canvas, data: AnnualReportData) -> None:
    """The band at the top of the first page: the year and the cluster(s)."""
    st = styles()
    width, height = canvas._pagesize
    left = MARGIN_SIDE
    room = width - 2 * MARGIN_SIDE
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
    y = height - 24 * 2.8346
    canvas.setFillColor(PRIMARY_LIGHT)
    canvas.setFont(BOLD, 9)
    canvas.drawString(left, y, _tr("Annual report").upper())
    y -= 6
    for text, style in (
        (markup(_tr("The year {0}").format(data.year)), st.cover_title),
        (markup(data.scope), st.cover_text),
    ):
        block = Para(text, style)
        _, h = block.wrap(room, COVER_BAND)
        block.drawOn(canvas, left, y - h)
        y -= h + 4
    if not data.one_cluster and data.clusters:
        block = Para(
            f"<font color='#{str(PRIMARY_LIGHT.hexval())[2:]}'>"
            + markup(", ".join(data.clusters))
            + "</font>",
            st.cover_text,
        )
        _, h = block.wrap(room, COVER_BAND)
        block.drawOn(canvas, left, max(y - h, height - COVER_BAND + 12))
    canvas.setFillColor(WHITE)
    canvas.restoreState()


def _summary(data: AnnualReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Spacer(1, 8),
        Text(_tr("The year in figures"), st.h1),
        plain(
            _tr(
                "The key figures of {0}. Each figure is explained in its section, and the "
                "workbook beside this report lists the records behind every one of them."
            ).format(data.year),
            st.subtitle,
        ),
        Spacer(1, 6),
    ]
    for start in range(0, len(data.summary), 4):
        story.append(
            FigureStrip(
                [
                    KeyFigure(f.short or f.label, figure_text(f), _unit_note(f))
                    for f in data.summary[start : start + 4]
                ]
            )
        )
        story.append(Spacer(1, 6))
    if data.partial:
        story.append(
            plain(
                _tr(
                    "Only the companies of the cohorts you mentor are counted: the clusters "
                    "had other members, participants and projects too."
                ),
                st.muted,
            )
        )
    story.append(Spacer(1, 4))
    story.append(
        plain(
            _tr(
                "A figure no one reported is written as missing, never as 0. Amounts are in "
                "Norwegian kroner."
            ),
            st.muted,
        )
    )
    story += heading(_tr("Contents"), 120)
    rows: list[list[object]] = [numeric_head([_tr("Section"), _tr("Tables")], 1)]
    rows += [[Text(s.title, st.cell), format_number(len(s.tables))] for s in data.sections]
    story.append(house_table(rows, [width - 90.0, 90.0], [*numeric_head_style(1), BANDED]))
    return story


def _unit_note(figure: Figure) -> str:
    if figure.value is None:
        return _tr("no one reported it")
    return {
        Unit.AMOUNT: _tr("kroner"),
        Unit.HOURS: _tr("hours"),
        Unit.DECIMAL: "",
        Unit.LEVELS: _tr("levels"),
        Unit.COUNT: "",
    }[figure.unit]


def _section(part: Section, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [*section(part.key, part.title)]
    if part.intro:
        story += [plain(part.intro, st.body), Spacer(1, 4)]
    for table in part.tables:
        story += _table(table, width)
    return story


def _table(table: Table, width: float) -> list[Flowable]:
    st = styles()
    story = heading(table.title, 120)
    if not table.rows:
        story.append(plain(table.empty or _tr("Nothing to report."), st.muted))
        return story
    # Each figure's column as wide as its heading's longest word (a word is never broken)
    # and its widest figure, at least 64 points; the label column takes the rest.
    number_widths = [
        max(
            64.0,
            max(string_width(w, BOLD, 7.5) for w in heading.split()) + 14,
            max(
                (string_width(figure_text(c), BOLD, 8) + 14
                 for r in table.rows if (c := r.cells[n]) is not None),
                default=0.0,
            ),
        )
        for n, heading in enumerate(table.columns)
    ]  # fmt: skip
    first_width = width - sum(number_widths)
    # The figures' headings wrap (a cohort's six would run into each other on one line),
    # aligned right over the figures.
    right = ParagraphStyle("annual-head-right", parent=st.cell_head, alignment=TA_RIGHT)
    rows: list[list[object]] = [
        [Text(table.first, st.cell_head), *(plain(c, right) for c in table.columns)]
    ]
    style: list[tuple[object, ...]] = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), BANDED]
    for n, row in enumerate(table.rows, start=1):
        cells: list[object] = [Text(row.label, st.cell_bold if row.total else st.cell)]
        for column, cell in enumerate(row.cells, start=1):
            if cell is None:
                cells.append("")
                continue
            cells.append(figure_text(cell))
            if cell.value is None:
                style.append(("TEXTCOLOR", (column, n), (column, n), MUTED))
        if row.total:
            style.append(("FONT", (1, n), (-1, n), BOLD, 8, 10))
        rows.append(cells)
    widths = [first_width, *number_widths]
    story.append(house_table(rows, widths, style))
    if table.note:
        story += [Spacer(1, 3), plain(table.note, st.muted)]
    chart = _chart(table, width)
    if chart is not None:
        story += [Spacer(1, 6), KeepTogether([ChartFlowable(chart)])]
    story.append(Spacer(1, 6))
    return story


def _chart(table: Table, width: float) -> Chart | None:
    if table.chart is None:
        return None
    shown = [
        (r.label, cell.value)
        for r in table.rows
        if not r.total
        and (cell := r.cells[table.chart]) is not None
        and cell.value is not None
        and cell.value > 0
    ]
    if len(shown) < 2:
        return None
    # Cohorts of one programme ("Programme – Autumn 2025"): the bars need the cohort only.
    heads = {label.split(" – ", 1)[0] for label, _ in shown if " – " in label}
    if len(heads) == 1 and all(" – " in label for label, _ in shown):
        shown = [(label.split(" – ", 1)[1], value) for label, value in shown]
    bars = [Bar(label, (int(round(value)),)) for label, value in shown]
    return stacked_bars(
        bars, [table.columns[table.chart]], title=table.title, width=min(width, 420.0)
    )


__all__ = [
    "AnnualReportData",
    "BackingRecord",
    "Figure",
    "Row",
    "Section",
    "Table",
    "Unit",
    "build_annual_report",
    "figure_text",
    "missing_word",
    "title_of",
]
