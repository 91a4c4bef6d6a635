"""The cohort report: cover, contents, a summary of every company, cohort charts, then one
section per company (the same section as the company report).

A cohort nobody has assessed yet gets the kick-off report instead
(:mod:`accelerator.reports.kickoff`): the same cover band, then who is in the cohort, their
mentors and the milestone plan. In a progress report the companies not assessed yet are
marked so, and left out of the readiness charts and means.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from accelerator.domain.enums import CohortStatus, EnrolmentStatus
from accelerator.domain.formatting import format_date, format_number
from accelerator.i18n import in_context
from accelerator.reports.charts import (
    Chart,
    CompletionBar,
    HeatmapRow,
    cohort_heatmap,
    level_distribution_chart,
    milestone_completion_chart,
    percent,
)
from accelerator.reports.company_report import (
    BANDED,
    company_section,
    frame_width,
    header_style,
    heading,
    hex_of,
    house_table,
    section,
    signed,
)
from accelerator.reports.data import (
    KICKOFF,
    CohortOutcomesSection,
    CohortReportData,
    CompanyReportData,
    Dimension,
)
from accelerator.reports.kickoff import kickoff_story
from accelerator.reports.layout import (
    Anchor,
    Cancelled,
    ChartFlowable,
    Chrome,
    Figure,
    FigureStrip,
    Monitor,
    Progress,
    ProgressMark,
    ReportDocument,
    TocEntry,
    VerticalLabel,
)
from accelerator.reports.style import (
    ALERT,
    FLAG,
    GRID,
    INK,
    MARGIN_SIDE,
    MUTED,
    PANEL,
    PRIMARY,
    PRIMARY_LIGHT,
    WHITE,
    styles,
)
from accelerator.reports.text import (
    Para,
    Text,
    clean,
    markup,
    one_line,
    paragraphs,
    plain,
    runs,
)
from accelerator.reports.wording import (
    assessed_of,
    cover_status,
    kickoff_title,
    left_out_of_chart,
    left_out_of_means,
    not_assessed,
    progress_title,
    read_not_assessed,
    status_word,
)

_tr = in_context("Reports")

COVER_BAND = 74 * mm
#: Companies per heatmap and per milestone chart: one drawing must fit on a page (Letter too).
CHART_ROWS = 38

T = TypeVar("T")


def build_cohort_report(
    data: CohortReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The cohort report as PDF bytes.

    ``progress(done, total)`` is called as companies are prepared and laid out; when
    ``cancelled()`` turns true the build stops with
    :class:`~accelerator.reports.layout.ReportCancelled`.
    """
    companies = data.companies
    monitor = Monitor(2 * len(companies) + 5 + (data.outcomes is not None), progress, cancelled)
    monitor.check()
    chrome = Chrome(
        programme=data.programme,
        cohort=data.cohort,
        generated_on=data.generated_on,
        internal=data.include_confidential,
        period=data.period,
        title=_title(data),
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_document_title(data),
        subject=_title(data),
        cover=lambda canvas: _draw_cover(canvas, data),
        cover_height=COVER_BAND,
    )
    width = frame_width(data.page_size)
    story: list[Flowable] = [NextPageTemplate("body")]
    if data.kind == KICKOFF:
        story += kickoff_story(data, width, monitor)
        pdf = doc.render(story)
        monitor.finish()
        return pdf
    story += _cover(data, width)
    story += [ProgressMark(), PageBreak()]
    story += _contents(data)
    story += [ProgressMark(), PageBreak()]
    # A progress report has a company with levels (without one it is a kick-off), so the
    # summary and the charts always have someone to show.
    story += _summary(data, width)
    story += [ProgressMark(), PageBreak()]
    if data.outcomes is not None:
        story += _outcomes(data.outcomes, width)
        story += [ProgressMark(), PageBreak()]
    story += _charts(data, width)
    story.append(ProgressMark())
    for index, company in enumerate(companies):
        monitor.step()
        story.append(PageBreak())
        if index == 0:
            story.append(Anchor("companies", _tr("Companies"), level=0))
        story += company_section(
            company, monitor, width=width, anchor_key=_key(index), explain_terms=False
        )
        story.append(ProgressMark())
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def _key(index: int) -> str:
    return f"company-{index + 1}"


def _document_title(data: CohortReportData) -> str:
    """The PDF's own title (a viewer's window and tab show it)."""
    programme, cohort = one_line(data.programme), one_line(data.cohort)
    if data.kind == KICKOFF:
        return _tr("{0}: {1} kick-off report").format(programme, cohort)
    return _tr("{0}: {1} cohort report").format(programme, cohort)


def _title(data: CohortReportData) -> str:
    return kickoff_title() if data.kind == KICKOFF else progress_title()


# --- cover ----------------------------------------------------------------------------------


def _draw_cover(canvas: Canvas, data: CohortReportData) -> None:
    """The blue band at the top of the first page: programme, cluster, cohort, dates."""
    st = styles()
    width, height = canvas._pagesize
    left = MARGIN_SIDE
    room = width - 2 * MARGIN_SIDE
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
    y = height - 24 * mm
    canvas.setFillColor(PRIMARY_LIGHT)
    canvas.setFont("DejaVuSans-Bold", 9)
    canvas.drawString(left, y, _title(data).upper())
    if data.include_confidential:
        canvas.setFillColor(WHITE)
        canvas.roundRect(width - MARGIN_SIDE - 118, y - 4, 118, 15, 3, stroke=0, fill=1)
        canvas.setFillColor(ALERT)
        canvas.setFont("DejaVuSans-Bold", 7.5)
        canvas.drawCentredString(width - MARGIN_SIDE - 59, y + 0.5, _tr("INTERNAL · CONFIDENTIAL"))
    y -= 6
    for text, style in (
        (markup(data.programme), st.cover_title),
        (markup(data.cluster), st.cover_text),
    ):
        if not text:
            continue
        block = Para(text, style)
        _, h = block.wrap(room, COVER_BAND)
        block.drawOn(canvas, left, y - h)
        y -= h + 4
    dates = _period(data)
    # Spelt out as a status: a bare "Planned" beside the company count read as "10 planned".
    status = cover_status(status_word(CohortStatus, data.cohort_status), len(data.companies))
    cohort = Para(
        f"<b>{markup(data.cohort)}</b>"
        + (f"<font color='{hex_of(PRIMARY_LIGHT)}'>  ·  {markup(dates)}</font>" if dates else "")
        + f"<br/><font color='{hex_of(PRIMARY_LIGHT)}'>{markup(status)}</font>",
        st.cover_text,
    )
    _, h = cohort.wrap(room, COVER_BAND)
    cohort.drawOn(canvas, left, max(y - h - 6, height - COVER_BAND + 10 * mm))
    canvas.restoreState()


def _period(data: CohortReportData) -> str:
    if data.cohort_start and data.cohort_end:
        return f"{format_date(data.cohort_start)} – {format_date(data.cohort_end)}"
    return ""


def _cover(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    companies = data.companies
    story: list[Flowable] = [Spacer(1, 10 * mm)]
    profiles = [c.readiness_index for c in companies if c.readiness_index is not None]
    mean_index = sum(profiles) / len(profiles) if profiles else None
    changes = [c.readiness_change for c in companies if c.readiness_change is not None]
    mean_change = sum(changes) / len(changes) if changes else None
    completion = data.completion
    share = percent(completion.ratio) if completion.ratio is not None else "–"
    flagged = sum(1 for c in companies if c.gap.flagged)
    at_risk = sum(1 for c in companies if c.at_risk)
    unassessed = data.not_assessed
    figures = [
        (
            _tr("Companies"),
            str(len(companies)),
            assessed_of(len(data.assessed), len(companies)) if unassessed else _tr("all assessed"),
        ),
        (
            _tr("Mean readiness"),
            "–" if mean_index is None else format_number(mean_index, 1),
            _tr("{0} since baseline").format(signed(mean_change, 1))
            if mean_change is not None
            else "",
        ),
        (_tr("Gap flagged"), str(flagged), _tr("ahead on technology")),
        (_tr("At risk"), str(at_risk), _tr("see the summary")),
        (
            _tr("Milestones done"),
            share,
            _tr("{0} of {1}").format(completion.done, completion.applicable),
        ),
    ]
    story.append(FigureStrip([Figure(label, value, note) for label, value, note in figures]))
    story.append(Spacer(1, 8 * mm))

    story += _mean_table(data, width)
    if data.programme_description.strip():
        story += heading(_tr("About the programme"))
        story += paragraphs(data.programme_description, st.body)
    story += heading(_tr("How to read this report"))
    if data.framework:
        levels = _tr(
            "<b>Levels</b> run from 1 to 9 on each dimension of the readiness framework ({0}); "
            "each level has a short description, printed beside the company's level in its "
            "section."
        ).format(markup(data.framework))
    else:
        levels = _tr(
            "<b>Levels</b> run from 1 to 9 on each dimension of the readiness framework; "
            "each level has a short description, printed beside the company's level in its "
            "section."
        )
    for line in (
        levels,
        _tr(
            "<b>Change since baseline</b> compares the latest assessment with the first "
            "(baseline) one: ↑ up, ↓ down."
        ),
        _tr(
            "<b>Business-orientation gap</b>: technology level minus the mean of the customer "
            "and business-model levels. ▲ marks a gap of 3 or more: technology running ahead "
            "of the business."
        ),
        _tr(
            "<b>At risk</b>: no assessment for more than six weeks, milestones past their due "
            "date, or levels that fell in the latest assessment."
        ),
        *([read_not_assessed()] if unassessed else []),
    ):
        story.append(Para(line, st.bullet, bulletText="•"))
    if not data.include_confidential:
        story.append(Spacer(1, 3))
        story.append(
            plain(_tr("Notes that mentors marked confidential are not included."), st.muted)
        )
    return story


def _mean_table(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    if not data.dimensions or not data.mean_levels:
        return []
    rows: list[list[object]] = [
        [
            Text(_tr("Dimension"), st.cell_head),
            Text(_tr("Cohort mean level"), st.cell_head_centre),
            Text(_tr("Mean change since baseline"), st.cell_head_centre),
        ]
    ]
    for d in data.dimensions:
        mean = data.mean_levels.get(d.key)
        change = data.mean_change.get(d.key)
        rows.append(
            [
                Text(d.name, st.cell),
                "–" if mean is None else format_number(mean, 1),
                signed(change, 1),
            ]
        )
    table = house_table(
        rows, [width * 0.4, width * 0.3, width * 0.3], [("ALIGN", (1, 1), (-1, -1), "CENTER")]
    )
    story: list[Flowable] = [*heading(_tr("The cohort at a glance")), table]
    if data.not_assessed:
        story.append(Spacer(1, 3))
        story.append(plain(left_out_of_means(_names(data.not_assessed)), st.muted))
    return story


def _names(companies: Sequence[CompanyReportData]) -> str:
    return ", ".join(one_line(c.company.name) for c in companies)


# --- contents -----------------------------------------------------------------------------------


def _contents(data: CohortReportData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        *section(None, _tr("Contents")),
        TocEntry(_tr("Summary"), "summary", st.toc0),
        *([TocEntry(_tr("Outcomes"), "outcomes", st.toc0)] if data.outcomes is not None else []),
        TocEntry(_tr("Cohort charts"), "charts", st.toc0),
    ]
    if data.companies:
        story.append(TocEntry(_tr("Companies"), "companies", st.toc0))
        for index, company in enumerate(data.companies):
            story.append(TocEntry(company.company.name, _key(index), st.toc1))
    return story


# --- summary ------------------------------------------------------------------------------------


def _summary(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    companies = data.companies
    story = section("summary", _tr("Summary"))
    story.append(
        plain(
            _tr(
                "%n companies. Each level cell shows the current level with its change since "
                "the baseline (↑ up, ↓ down); ▲ flags a business-orientation gap of 3 or more; "
                "milestones count those done of those that apply.",
                n=len(companies),
            ),
            st.small,
        )
    )
    story.append(Spacer(1, 4))
    story.append(_summary_table(data, width))
    story += _attention(companies)
    return story


# --- outcomes -----------------------------------------------------------------------------------


def _outcomes(o: CohortOutcomesSection, width: float) -> list[Flowable]:
    """Jobs, revenue and capital since the baseline, readiness, graduation, projects,
    events and mentor hours; then each company's figures then and now."""
    st = styles()
    story = section("outcomes", _tr("Outcomes"))
    story.append(
        plain(
            _tr(
                "Since each company's baseline, its member figures for the year before it "
                "enrolled, to the latest year it reported (up to {0}). Each sum says how many "
                "of the cohort's {1} companies reported it; a figure nobody reported is "
                "missing, never counted as 0."
            ).format(o.as_of.year, o.enrolled),
            st.small,
        )
    )
    story.append(Spacer(1, 4 * mm))
    n = o.enrolled
    missing = _tr("missing")
    rate = o.graduation_rate
    figures = [
        Figure(
            _tr("Jobs created"),
            missing if o.jobs_created is None else _change(o.jobs_created),
            _tr("full-time equivalents · {0} of {1} reported").format(o.jobs_reported, n),
            colour=MUTED if o.jobs_created is None else INK,
        ),
        Figure(
            _tr("Revenue growth"),
            missing if o.revenue_growth is None else _millions(o.revenue_growth, signed_=True),
            _tr("since the baseline · {0} of {1} reported").format(o.revenue_reported, n),
            colour=MUTED if o.revenue_growth is None else INK,
        ),
        Figure(
            _tr("Capital raised"),
            missing if o.capital_raised is None else _millions(o.capital_raised),
            _tr("since enrolment · {0} of {1} reported").format(o.capital_reported, n),
            colour=MUTED if o.capital_raised is None else INK,
        ),
        Figure(
            _tr("Readiness change"),
            missing if o.readiness_change is None else signed(o.readiness_change, 1),
            _tr("levels · {0} of {1} assessed twice").format(o.readiness_reported, n),
            colour=MUTED if o.readiness_change is None else INK,
        ),
        Figure(
            _tr("Graduation rate"),
            _tr("none finished") if rate is None else percent(rate),
            _tr("{0} graduated, {1} withdrew").format(o.graduated, o.withdrawn),
            colour=MUTED if rate is None else INK,
        ),
        Figure(
            _tr("Joint projects started"),
            str(o.projects_started),
            _tr("with the cohort's companies, since enrolling"),
        ),
        Figure(_tr("Events attended"), str(o.events_attended), _tr("since enrolling")),
        Figure(_tr("Attendances"), str(o.attendances), _tr("people of the cohort's companies")),
        Figure(
            _tr("Mentor hours"),
            format_number(round(o.mentor_minutes / 60, 1)),
            _tr("%n mentor sessions", n=o.mentor_sessions),
        ),
    ]
    for start in range(0, len(figures), 3):
        story += [FigureStrip(figures[start : start + 3]), Spacer(1, 3 * mm)]
    story.append(Spacer(1, 3 * mm))
    if o.companies:
        story += heading(_tr("Each company's figures"))
        story.append(_outcomes_table(o, width))
        story.append(Spacer(1, 3))
        story.append(
            plain(
                _tr(
                    "FTE: full-time equivalents. Then: the company's baseline year, the year "
                    "before it enrolled; now: the latest year it reported since. Capital "
                    "raised is equity, grants and loans; its total is what was raised from "
                    "the year of enrolment on. Missing: not reported; –: no change without "
                    "both years."
                ),
                st.muted,
            )
        )
    return story


def _outcomes_table(o: CohortOutcomesSection, width: float) -> Table:
    """A row per company: its years, then FTE, revenue and capital then and now, under
    two header rows (the figure over its three columns)."""
    st = styles()
    name_w, years_w = 88.0, 52.0
    figure_w = (width - name_w - years_w) / 9
    then, now = _tr("then"), _tr("now")
    groups = (
        (_tr("FTE"), (then, now, _tr("change"))),
        (_tr("Revenue, 1,000 kr"), (then, now, _tr("change"))),
        (_tr("Capital raised, 1,000 kr"), (then, now, _tr("total"))),
    )
    top: list[object] = [Text(_tr("Company"), st.cell_head), Text(_tr("Years"), st.cell_head)]
    subs: list[object] = ["", ""]
    for group, labels in groups:
        top += [Text(group, st.cell_head_centre), "", ""]
        subs += [Text(label, st.cell_head_centre) for label in labels]
    rows: list[list[object]] = [top, subs]
    extra: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 1), PRIMARY),
        ("LEFTPADDING", (2, 1), (-1, 1), 2),
        ("RIGHTPADDING", (2, 1), (-1, 1), 2),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (5, 0), (7, 0)),
        ("SPAN", (8, 0), (10, 0)),
        ("LINEBELOW", (2, 0), (-1, 0), 0.4, WHITE),
        ("LINEBEFORE", (5, 0), (5, -1), 0.4, GRID),
        ("LINEBEFORE", (8, 0), (8, -1), 0.4, GRID),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
        ("FONT", (1, 2), (-1, -1), "DejaVuSans", 7.5, 9.5),
        ("FONT", (1, 2), (1, -1), "DejaVuSans", 7, 9.5),
        ("LEFTPADDING", (1, 2), (-1, -1), 3),
        ("RIGHTPADDING", (1, 2), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [WHITE, PANEL]),
    ]
    missing = _tr("missing")
    for row, c in enumerate(o.companies, start=2):
        name: list[Flowable] = [Text(c.company, st.cell)]
        if c.status != "active":
            name.append(Text(status_word(EnrolmentStatus, c.status), st.cell_small))
        latest = "–" if c.latest_year is None else str(c.latest_year)
        cells: list[object] = [name, f"{c.baseline_year} → {latest}"]
        values = (
            (c.fte_baseline, 1, False),
            (c.fte_latest, 1, False),
            (c.fte_change, 1, True),
            (c.revenue_baseline, 1000, False),
            (c.revenue_latest, 1000, False),
            (c.revenue_change, 1000, True),
            (c.capital_baseline, 1000, False),
            (c.capital_latest, 1000, False),
            (c.capital_since_enrolment, 1000, False),
        )
        for column, (value, per, is_change) in enumerate(values, start=2):
            if value is None:
                cells.append("–" if is_change else missing)
                extra.append(("TEXTCOLOR", (column, row), (column, row), MUTED))
            elif per == 1:  # FTE, with one decimal where it has one
                shown = round(value, 1)
                cells.append(_change(shown) if is_change else format_number(shown))
            else:
                shown = value / per
                cells.append(signed(shown) if is_change else format_number(round(shown)))
        rows.append(cells)
    table = Table(rows, colWidths=[name_w, years_w, *[figure_w] * 9], repeatRows=2)
    table.setStyle(header_style(extra))
    return table


def _change(value: float) -> str:
    """A change in full-time equivalents: ``+2.5``, ``+4`` (no decimal when whole)."""
    shown = round(value, 1)
    return signed(shown, 0 if shown.is_integer() else 1)


def _millions(amount: float, *, signed_: bool = False) -> str:
    """Kroner as a figure strip prints them: "12.4 million kr" from a million on."""
    if abs(amount) >= 1_000_000:
        number = signed(amount / 1_000_000, 1) if signed_ else format_number(amount / 1_000_000, 1)
        return _tr("{0} million kr").format(number)
    number = signed(amount) if signed_ else format_number(round(amount))
    return _tr("{0} kr").format(number)


def _level_cell(level: int | None, change: int | None) -> str:
    if level is None:
        return "–"
    if change:
        return f"{level} {'↑' if change > 0 else '↓'}{abs(change)}"
    return str(level)


def _level_cells(c: CompanyReportData, dims: Sequence[Dimension]) -> list[object]:
    """The level (with its change) on each dimension, then the gap."""
    standing = {s.key: s for s in c.standings}
    cells: list[object] = []
    for d in dims:
        s = standing.get(d.key)
        cells.append(_level_cell(s.level if s else None, s.change if s else None))
    gap = c.gap
    if gap.value is None:
        cells.append("–")
    else:
        value = format_number(gap.value)
        cells.append(f"▲ {value}" if gap.flagged else value)
    return cells


def _summary_table(data: CohortReportData, width: float) -> Table:
    st = styles()
    dims = data.dimensions
    # Figures sit in narrow columns under upright labels, leaving room for the names.
    tail = [30.0, 42.0, 30.0, 30.0]  # gap, milestones done, overdue, at risk
    dim_w = min(max((width - sum(tail) - 150) / max(len(dims), 1), 24.0), 40.0)
    name_w = width - sum(tail) - dim_w * len(dims)
    header: list[object] = [Text(_tr("Company"), st.cell_head)]
    header += [VerticalLabel(d.name, colour=WHITE) for d in dims]
    header += [
        VerticalLabel(label, colour=WHITE)
        for label in (_tr("Gap"), _tr("Milestones done"), _tr("Overdue"), _tr("At risk"))
    ]
    rows: list[list[object]] = [header]
    extra: list[tuple[object, ...]] = []
    first_tail = 1 + len(dims)
    for row, c in enumerate(data.companies, start=1):
        name: list[Flowable] = [Text(c.company.name, st.cell)]
        if c.enrolment_status != "active":
            name.append(Text(status_word(EnrolmentStatus, c.enrolment_status), st.cell_small))
        cells: list[object] = [name]
        if c.assessed:
            cells += _level_cells(c, dims)
            if c.gap.flagged:
                extra += [
                    ("TEXTCOLOR", (first_tail, row), (first_tail, row), FLAG),
                    ("FONT", (first_tail, row), (first_tail, row), "DejaVuSans-Bold", 8, 10),
                ]
        else:
            # One plain statement across the levels and the gap, not a row of dashes.
            cells += [Text(not_assessed(), st.cell_small), *[""] * len(dims)]
            extra += [
                ("SPAN", (1, row), (first_tail, row)),
                ("ALIGN", (1, row), (first_tail, row), "LEFT"),
            ]
        done = c.completion
        cells.append(
            _tr("{0} of {1}").format(done.done, done.applicable) if done.applicable else "–"
        )
        cells.append(str(done.overdue) if done.overdue else "–")
        if done.overdue:
            extra.append(("TEXTCOLOR", (first_tail + 2, row), (first_tail + 2, row), ALERT))
        cells.append(_tr("Yes") if c.at_risk else "–")
        if c.at_risk:
            extra += [
                ("TEXTCOLOR", (first_tail + 3, row), (first_tail + 3, row), ALERT),
                ("FONT", (first_tail + 3, row), (first_tail + 3, row), "DejaVuSans-Bold", 8, 10),
            ]
        rows.append(cells)
    return house_table(
        rows,
        [name_w, *([dim_w] * len(dims)), *tail],
        [
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            BANDED,
            ("LEFTPADDING", (1, 0), (-1, -1), 2),
            ("RIGHTPADDING", (1, 0), (-1, -1), 2),
            *extra,
        ],
    )


def _attention(companies: Sequence[CompanyReportData]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    at_risk = [c for c in companies if c.at_risk]
    flagged = [c for c in companies if c.gap.flagged]
    if at_risk:
        story += heading(_tr("At risk"))
        for c in at_risk:
            reasons = "; ".join(one_line(r) for r in c.risk_reasons)
            story.append(_named(c, reasons, st.bullet))
    if flagged:
        story += heading(_tr("Business-orientation gap flagged"))
        for c in flagged:
            story.append(_named(c, c.gap.explanation, st.bullet))
    return story


def _named(company: CompanyReportData, text: str, style: ParagraphStyle) -> Para:
    """A bullet: the company's name in bold, then ``text``."""
    name = clean(company.company.name).strip("\n")
    parts = [(name, True), (": " + clean(text).strip("\n"), False)]
    return runs(parts, style, cleaned=True, bulletText="•")


# --- cohort charts --------------------------------------------------------------------------------


def _charts(data: CohortReportData, width: float) -> list[Flowable]:
    companies = data.companies
    story = section("charts", _tr("Cohort charts"))
    assessed = data.assessed
    # Readiness charts show levels; a company with none would only add a row of dashes.
    left_out = (
        " " + markup(left_out_of_chart(_names(data.not_assessed))) if data.not_assessed else ""
    )
    rows = [HeatmapRow(c.company.name, c.profile) for c in assessed]
    row_chunks = _chunks(rows, CHART_ROWS)
    heatmaps = [
        cohort_heatmap(
            data.dimensions,
            chunk,
            width=width,
            mean=data.mean_levels if n == len(row_chunks) - 1 else None,
            tooltips=False,
        )
        for n, chunk in enumerate(row_chunks)
    ]
    story += _figure(
        _tr("Readiness levels by company and dimension"),
        markup(_tr("The current level of each company on each dimension; darker is further along."))
        + left_out,
        heatmaps,
    )
    story += _figure(
        _tr("Distribution of levels per dimension"),
        markup(_tr("How many companies stand at each level (1 to 9) of each dimension."))
        + left_out,
        [
            level_distribution_chart(
                data.dimensions, [c.profile for c in assessed], width=width, tooltips=False
            )
        ],
    )
    bars = [
        CompletionBar(
            c.company.name, c.completion.done, c.completion.applicable, c.completion.overdue
        )
        for c in companies
    ]
    story += _figure(
        _tr("Milestones done per company"),
        markup(
            _tr(
                "The share of applicable milestones done; milestones past their due date and "
                "still open are counted as overdue."
            )
        ),
        [
            milestone_completion_chart(chunk, width=width, tooltips=False)
            for chunk in _chunks(bars, CHART_ROWS)
        ],
    )
    return story


def _figure(title: str, note: str, charts: Sequence[Chart]) -> list[Flowable]:
    """A chart under its heading and note; the heading never parts from the first drawing."""
    st = styles()
    drawings = [ChartFlowable(chart) for chart in charts]
    first = KeepTogether([Text(title, st.h2), Para(note, st.muted), drawings[0]])
    story: list[Flowable] = [first]
    for drawing in drawings[1:]:
        story += [Spacer(1, 6), drawing]
    story.append(Spacer(1, 6))
    return story


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [items]
