"""The company progress report, and the company section a cohort report repeats per company.

Order of a section: who the company is, where it stands at a glance, the radar and the
levels over time, the table of levels with what each level means, the business-orientation
gap, next steps, the milestone checklist, the mentors' notes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from accelerator.domain.enums import (
    EnrolmentStatus,
    MeetingOutcome,
    PartnerRole,
    ProjectStatus,
    category_words,
)
from accelerator.domain.formatting import format_date, format_number
from accelerator.domain.risk import Standing
from accelerator.i18n import in_context
from accelerator.reports.charts import (
    levels_over_time_chart,
    radar_chart,
)
from accelerator.reports.data import (
    CompanyReportData,
    DimensionStanding,
    JointProjectLine,
    MilestoneLine,
    Participation,
)
from accelerator.reports.fonts import REGULAR, string_width
from accelerator.reports.layout import (
    Anchor,
    Band,
    Cancelled,
    ChartFlowable,
    Chrome,
    Figure,
    FigureStrip,
    Monitor,
    Progress,
    ProgressMark,
    ReportDocument,
    Reused,
    RunningTitle,
)
from accelerator.reports.style import (
    ALERT,
    FLAG,
    GOOD,
    GRID,
    INK,
    MARGIN_SIDE,
    MUTED,
    PANEL,
    PRIMARY,
    RULE,
    WHITE,
    level_colour,
    level_text_colour,
    page_size,
    styles,
)
from accelerator.reports.text import (
    Para,
    Text,
    clean,
    join,
    markup,
    one_line,
    paragraphs,
    plain,
    runs,
)
from accelerator.reports.wording import (
    assessment_kind,
    not_assessed,
    not_assessed_section,
    not_assessed_section_by,
    standing,
    status_word,
)

_tr = in_context("Reports")

#: Text longer than this (or with more lines) leaves a table cell for a note below the table:
#: a table row cannot break across pages, so a long cell would not fit on one.
CELL_LIMIT = 600
CELL_LINES = 10


def frame_width(size: str) -> float:
    return float(page_size(size)[0] - 2 * MARGIN_SIDE)  # type: ignore[arg-type]


def hex_of(colour: Color) -> str:
    return "#" + str(colour.hexval())[2:]


def signed(value: float | None, digits: int = 0) -> str:
    """``+2``, ``−1`` (a true minus), ``±0``; ``–`` when there is nothing to compare."""
    if value is None:
        return "–"
    text = format_number(abs(value), digits)
    if round(value, digits) > 0:
        return "+" + text
    if round(value, digits) < 0:
        return "−" + text
    return "±0"


def registration(number: str) -> str:
    """A Norwegian org. number the way people write it: ``914 827 361``."""
    number = one_line(number)
    if len(number) == 9 and number.isdigit():
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    return number


def header_style(extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    """The house table: a blue header row repeated on every page, light rules, no boxes."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
            ("FONT", (0, 1), (-1, -1), "DejaVuSans", 8, 10),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            *extra,
        ]
    )


#: Rows alternately white and a light panel: for a long table read across.
BANDED = ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, PANEL])


def house_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    style: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A house table of ``rows``, the first of them its header row, repeated on every page;
    ``style`` adds to the house style (:func:`header_style`)."""
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(header_style(style))
    return table


def head(*labels: str) -> list[object]:
    """A header row of plain labels."""
    st = styles()
    return [Text(label, st.cell_head) for label in labels]


def fill_width(width: float, *fixed: float) -> list[float]:
    """Column widths: ``fixed`` ones, then a last column that takes what is left."""
    return [*fixed, width - sum(fixed)]


def section(key: str | None, title: str) -> list[Flowable]:
    """The opening of a top-level section: its entry in the PDF's outline and contents
    (under ``key``; None for none), the page header's running title, the title and the
    band under it."""
    anchor = [] if key is None else [Anchor(key, title)]
    return [*anchor, RunningTitle(title), Text(title, styles().h1), Band()]


def heading(text: str, room: float = 100) -> list[Flowable]:
    """A section heading that starts a new page when less than ``room`` is left below it,
    so it is never left alone at the foot of a page (while tables below may still split)."""
    return [CondPageBreak(room), Text(text, styles().h2)]


class Overflow:
    """Collects cell texts too long for a table; they follow the table as numbered notes."""

    def __init__(self) -> None:
        self.notes: list[tuple[str, str]] = []

    def cell(
        self, text: str, style: object, about: str, prefix: str = "", reason: str = ""
    ) -> list[Flowable]:
        """The cell's flowables: one paragraph (``prefix`` is trusted markup before the text;
        ``reason``, if any, follows on its own small line), or an excerpt and a note."""
        value = clean(text).strip()
        why = clean(reason).strip()
        if not prefix and not why and len(value) <= 120 and "\n" not in value:
            return [Text(value, style)] if value else []
        if len(why) > CELL_LIMIT or why.count("\n") >= CELL_LINES:
            self.notes.append((_tr("why: {0}").format(about), why))
            why = _tr("see note {0} below").format(len(self.notes))
        tail = ""
        if why:
            tail = (
                f"<br/><font size='7' color='{hex_of(MUTED)}'><i>{markup(_tr('Why:'))}</i> "
                f"{markup(why, cleaned=True)}</font>"
            )
        if len(value) <= CELL_LIMIT and value.count("\n") < CELL_LINES:
            if not value and not tail:
                return []
            return [Para(prefix + markup(value, cleaned=True) + tail, style)]
        self.notes.append((about, value))
        number = len(self.notes)
        excerpt = value[:240].replace("\n", " ")
        cut = excerpt.rfind(" ")
        excerpt = excerpt[: cut if cut > 120 else 240].rstrip()
        return [
            Para(
                f"{prefix}{markup(excerpt, cleaned=True)}… "
                f"<font color='{hex_of(MUTED)}'>"
                f"{markup(_tr('(continued in note {0} below)').format(number))}</font>" + tail,
                style,
            )
        ]

    def flowables(self, monitor: Monitor) -> list[Flowable]:
        st = styles()
        story: list[Flowable] = [Spacer(1, 5)] if self.notes else []
        for number, (about, text) in enumerate(self.notes, start=1):
            lead = _tr("Note {0} ({1}): ").format(number, one_line(about))
            story.extend(paragraphs(text, st.note, lead=lead, check=monitor.check))
        return story


def company_section(
    data: CompanyReportData,
    monitor: Monitor,
    *,
    width: float,
    anchor_key: str | None = None,
    kicker: str = "",
    explain_terms: bool = True,
) -> list[Flowable]:
    """The flowables of one company: its page(s) in a cohort report, or a company report.

    ``kicker`` is a small line above the name (the report's kind, in a company report);
    ``explain_terms`` adds the one-line definitions a cohort report gives once on its cover.
    """
    st = styles()
    company = data.company
    story: list[Flowable] = []
    if anchor_key is not None:
        story.append(Anchor(anchor_key, company.name, level=1))
    story.append(RunningTitle(company.name))
    if kicker:
        story.append(Text(kicker.upper(), st.kicker))
    story.append(Text(company.name, st.title))
    story.append(Text(status_line(data), st.subtitle))
    story.append(Spacer(1, 3))
    story.extend(profile_grid(data, width, monitor))
    story.append(Spacer(1, 8))
    story.append(_key_figures(data, width))
    if data.risk_reasons:
        story.append(Spacer(1, 3))
        story.append(
            Para(
                f"<font color='{hex_of(ALERT)}'><b>{markup(_tr('At risk:'))}</b></font> "
                + markup("; ".join(one_line(r) for r in data.risk_reasons)),
                st.small,
            )
        )
    story.append(Spacer(1, 8))
    if data.assessed:
        story.append(_charts(data, width))
        story += heading(_tr("Readiness by dimension"))
        overflow = Overflow()
        story.append(_readiness_table(data.standings, width, overflow, monitor.shared))
        story.extend(overflow.flowables(monitor))
        story += heading(_tr("Business-orientation gap"))
        story.append(_gap_panel(data, width, explain=explain_terms))
    else:
        # Charts, a table and a gap panel of nothing but dashes would say less than this.
        story.append(_not_assessed_panel(data, width))
    if data.next_steps.strip():
        story += heading(_tr("Next steps"))
        story.extend(paragraphs(data.next_steps, st.body, check=monitor.check))
    story += heading(_tr("Milestones"))
    if data.milestones:
        overflow = Overflow()
        story.append(_milestone_table(data.milestones, width, overflow))
        story.extend(overflow.flowables(monitor))
    else:
        story.append(plain(_tr("No milestones on this company's checklist."), st.muted))
    if data.participation is not None:
        story += _participation(data.participation, width)
    if data.projects is not None:
        story += _projects(data.projects, width)
    story.extend(_notes(data, monitor, explain=explain_terms))
    return story


def _participation(took_part: Participation, width: float) -> list[Flowable]:
    """The events the company's people attended and the meetings it held during the
    enrolment; each list says plainly when there is nothing in it."""
    st = styles()
    story = heading(_tr("Events and meetings"), 180)
    since, until = took_part.since, took_part.until
    if since is not None and until is not None:
        span = _tr("During the enrolment, {0} to {1}.").format(
            format_date(since), format_date(until)
        )
    elif since is not None:
        span = _tr("Since the company joined the cohort on {0}.").format(format_date(since))
    else:
        span = ""
    if span:
        story.append(plain(span, st.muted))
    story.append(Text(_tr("Events attended"), st.h3))
    if took_part.events:
        rows: list[list[object]] = [head(_tr("Event"), _tr("Date"), _tr("Who attended"))]
        rows += [
            [Text(e.title, st.cell), format_date(e.day), Text(", ".join(e.people), st.cell)]
            for e in took_part.events
        ]
        story.append(house_table(rows, fill_width(width, width * 0.42, 70.0), [BANDED]))
    else:
        story.append(
            plain(_tr("None: nobody from the company attended an event in this time."), st.muted)
        )
    story.append(Text(_tr("Meetings held"), st.h3))
    if took_part.meetings:
        rows = [head(_tr("Date"), _tr("With"), _tr("Where"), _tr("Outcome"))]
        rows += [
            [
                format_date(m.day),
                Text(m.counterpart or "–", st.cell),
                Text(m.where, st.cell),
                Text(
                    status_word(MeetingOutcome, m.outcome)
                    if m.outcome
                    else _tr("Not recorded yet"),
                    st.cell if m.outcome else st.cell_small,
                ),
            ]
            for m in took_part.meetings
        ]
        story.append(house_table(rows, fill_width(width, 70.0, width * 0.3, width * 0.3), [BANDED]))
    else:
        story.append(
            plain(
                _tr("None: the company held no meetings with other organisations in this time."),
                st.muted,
            )
        )
    return story


def _projects(projects: Sequence[JointProjectLine], width: float) -> list[Flowable]:
    """The joint projects the company started or joined during the enrolment: the outcome
    of the programme; 'None' said plainly when there are none."""
    st = styles()
    story = heading(_tr("Joint projects"), 120)
    if not projects:
        story.append(
            plain(
                _tr("None: the company started or joined no joint project in this time."),
                st.muted,
            )
        )
        return story
    rows: list[list[object]] = [
        head(_tr("Project"), _tr("Role"), _tr("Status"), _tr("Across clusters"))
    ]
    for p in projects:
        if p.cross_cluster:
            across = Text(_tr("Yes: {0}").format(", ".join(p.clusters)), st.cell)
        else:
            across = Text(_tr("No"), st.cell_small)
        rows.append(
            [
                Text(p.title, st.cell),
                Text(status_word(PartnerRole, p.role), st.cell),
                Text(status_word(ProjectStatus, p.status), st.cell),
                across,
            ]
        )
    story.append(house_table(rows, fill_width(width, width * 0.4, 80.0, 70.0), [BANDED]))
    return story


def status_line(data: CompanyReportData) -> str:
    status = status_word(EnrolmentStatus, data.enrolment_status)
    joined = _joined(data)
    if len(data.mentors) > 1:
        mentors = _tr("Mentors: {0}").format(", ".join(data.mentors))
    elif data.mentors:
        mentors = _tr("Mentor: {0}").format(data.mentors[0])
    else:
        mentors = _tr("No mentor assigned")
    where = _tr("{0} in {1}").format(status, data.cohort) if data.cohort else status
    return join([where, joined, mentors])


def _joined(data: CompanyReportData) -> str:
    return _tr("joined {0}").format(format_date(data.joined_on)) if data.joined_on else ""


def _key_figures(data: CompanyReportData, width: float) -> Flowable:
    """Four figures across the page: readiness, gap, milestones, status."""
    index = "–" if data.readiness_index is None else format_number(data.readiness_index, 1)
    if not data.assessed:
        change = not_assessed().lower()
    elif data.readiness_change is not None:
        change = _tr("{0} since baseline").format(signed(data.readiness_change, 1))
    else:
        change = _tr("no baseline yet")
    gap = data.gap
    if not data.assessed:
        gap_value, gap_note = "–", not_assessed().lower()
    elif gap.value is None:
        gap_value, gap_note = "–", _tr("not enough levels")
    else:
        gap_value = format_number(gap.value)
        gap_note = _tr("flagged: 3 or more") if gap.flagged else _tr("under the flag of 3")
    done = data.completion
    milestones = _of(done.done, done.applicable) if done.applicable else "–"
    overdue = _tr("{0} overdue").format(done.overdue) if done.overdue else _tr("none overdue")
    state = data.standing
    status_accent = PRIMARY
    if data.enrolment_status != "active":
        status = status_word(EnrolmentStatus, data.enrolment_status)
        status_note, status_colour = _last_assessed(data), INK
    elif state is Standing.AT_RISK:
        status, status_note, status_colour = standing(state), _plural_reasons(data), ALERT
        status_accent = ALERT
    elif state is Standing.NOT_ASSESSED:
        # Neutral grey: nothing is known yet, neither good nor bad.
        status, status_colour, status_accent = standing(state), MUTED, RULE
        status_note = _joined(data)
    else:
        status, status_note, status_colour = standing(state), _last_assessed(data), GOOD

    return FigureStrip(
        [
            Figure(_tr("Readiness index"), index, change),
            Figure(
                _tr("Business-orientation gap"),
                gap_value,
                gap_note,
                FLAG if gap.flagged else INK,
                FLAG if gap.flagged else PRIMARY,
            ),
            Figure(_tr("Milestones done"), milestones, overdue, ALERT if done.overdue else INK),
            Figure(_tr("Status"), status, status_note, status_colour, status_accent),
        ]
    )


def _of(done: int, applicable: int) -> str:
    """``3 of 8``: milestones done of those that apply."""
    return _tr("{0} of {1}").format(done, applicable)


def _plural_reasons(data: CompanyReportData) -> str:
    return _tr("%n reasons, see below", n=len(data.risk_reasons))


def _last_assessed(data: CompanyReportData) -> str:
    if data.last_assessed is None:
        return _tr("not assessed yet")
    return _tr("last assessed {0}").format(format_date(data.last_assessed))


def _not_assessed_panel(data: CompanyReportData, width: float) -> Table:
    """In place of the levels: that there are none yet, and when they come."""
    st = styles()
    name = one_line(data.company.name)
    if data.period_end is not None:
        text = not_assessed_section_by(name, format_date(data.period_end))
    else:
        text = not_assessed_section(name)
    table = Table(
        [[[Text(not_assessed(), st.body_bold, colour=MUTED), plain(text, st.small)]]],
        colWidths=[width],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _charts(data: CompanyReportData, width: float) -> Flowable:
    history = data.history
    latest_label = (
        _tr("Latest ({0})").format(format_date(history[-1].assessed_on))
        if history
        else _tr("Latest")
    )
    baseline_on = next((h.assessed_on for h in history if h.kind == "baseline"), None)
    if baseline_on is None and history:
        baseline_on = history[0].assessed_on
    baseline_label = (
        _tr("Baseline ({0})").format(format_date(baseline_on)) if baseline_on else _tr("Baseline")
    )
    left_w = width * 0.47
    radar = radar_chart(
        data.dimensions,
        data.profile,
        data.baseline,
        width=left_w,
        height=205,
        latest_label=latest_label,
        baseline_label=baseline_label,
        tooltips=False,
    )
    trend = levels_over_time_chart(
        data.dimensions,
        history,
        start=data.cohort_start,
        end=data.cohort_end,
        width=width - left_w - 8,
        height=188,
        tooltips=False,
    )
    st = styles()
    table = Table(
        [
            [Text(_tr("Baseline and latest"), st.h3), Text(_tr("Levels over time"), st.h3)],
            [ChartFlowable(radar), ChartFlowable(trend)],
        ],
        colWidths=[left_w, width - left_w],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
            ]
        )
    )
    return table


def _readiness_table(
    standings: Sequence[DimensionStanding],
    width: float,
    overflow: Overflow,
    shared: dict[object, Flowable],
) -> Table:
    st = styles()
    rows: list[list[object]] = [
        [
            Text(_tr("Dimension"), st.cell_head),
            Text(_tr("Level"), st.cell_head_centre),
            # Two short lines over a narrow column of figures; the translation keeps the break.
            _tr("Since\nbaseline"),
            Text(_tr("What the level means"), st.cell_head),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for row, s in enumerate(standings, start=1):
        meaning: list[Flowable] = []
        if s.level is None:
            meaning.append(Text(_tr("Not assessed yet."), st.cell_small))
        else:
            meaning.extend(_descriptor(s, overflow, shared))
            reason = one_line(s.reason)
            if reason and len(reason) <= 90:
                meaning.append(Text(_tr("Why: {0}").format(reason), st.cell_why))
            elif reason:
                meaning.extend(
                    overflow.cell(
                        s.reason,
                        st.cell_small,
                        _tr("why {0} is at {1}").format(s.name, s.level),
                        f"<i>{markup(_tr('Why:'))}</i> ",
                    )
                )
        rows.append(
            [
                Text(s.name, st.cell_bold),
                "–" if s.level is None else str(s.level),
                signed(s.change),
                meaning,
            ]
        )
        if s.level is not None:
            extra += [
                ("BACKGROUND", (1, row), (1, row), level_colour(s.level)),
                ("TEXTCOLOR", (1, row), (1, row), level_text_colour(s.level)),
            ]
        if s.change:
            extra.append(("TEXTCOLOR", (2, row), (2, row), GOOD if s.change > 0 else ALERT))
    return house_table(
        rows,
        fill_width(width, 92, 40, 46),
        [
            ("ALIGN", (1, 1), (2, -1), "CENTER"),
            ("FONT", (1, 1), (2, -1), "DejaVuSans-Bold", 9, 11),
            ("VALIGN", (1, 1), (2, -1), "MIDDLE"),
            ("LINEBELOW", (1, 1), (1, -1), 0.4, WHITE),
            ("FONT", (2, 0), (2, 0), "DejaVuSans-Bold", 7.5, 9),
            ("TEXTCOLOR", (2, 0), (2, 0), WHITE),
            ("ALIGN", (2, 0), (2, 0), "CENTER"),
            *extra,
        ],
    )


def _descriptor(
    s: DimensionStanding, overflow: Overflow, shared: dict[object, Flowable]
) -> list[Flowable]:
    """What a level means, as the framework words it. Every company at that level shows
    the same words, so the laid-out paragraph is shared (and wrapped once per report)."""
    if len(s.descriptor) > CELL_LIMIT or s.descriptor.count("\n") >= CELL_LINES:
        prefix = f"<b>{markup(s.title)}.</b> " if s.title else ""
        about = _tr("{0}, level {1}").format(s.name, s.level)
        return overflow.cell(s.descriptor, styles().cell, about, prefix)
    return [_shared_descriptor(s.title, s.descriptor, shared)]


def _shared_descriptor(title: str, descriptor: str, shared: dict[object, Flowable]) -> Flowable:
    # Shared within one report only: a flowable is not safe to draw from two threads.
    key = ("descriptor", title, descriptor)
    found = shared.get(key)
    if found is None:
        prefix = f"<b>{markup(title)}.</b> " if title else ""
        found = shared[key] = Reused(Para(prefix + markup(descriptor), styles().cell), key)
    return found


def _gap_panel(data: CompanyReportData, width: float, *, explain: bool) -> Table:
    st = styles()
    gap = data.gap
    if gap.value is None:
        head = _tr("Not enough levels to judge")
        colour = MUTED
    elif gap.flagged:
        head = "▲ " + _tr("{0} levels: flagged").format(format_number(gap.value))
        colour = FLAG
    elif gap.value > 0:
        head = _tr("{0} levels: not flagged").format(format_number(gap.value))
        colour = INK
    else:
        head = _tr("No gap")
        colour = INK
    body: list[Flowable] = [
        Text(head, st.body_bold, colour=colour),
        plain(gap.explanation, st.small),
    ]
    if explain:
        body.append(
            plain(
                _tr(
                    "The gap is the technology level minus the mean of the customer and "
                    "business-model levels; 3 or more marks a company ahead on technology and "
                    "behind on business."
                ),
                st.muted,
            )
        )
    table = Table([[body]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, FLAG if gap.flagged else RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _milestone_table(
    milestones: Sequence[MilestoneLine], width: float, overflow: Overflow
) -> Table:
    st = styles()
    rows: list[list[object]] = [
        head(_tr("Milestone"), _tr("Status"), _tr("Dates"), _tr("Evidence"))
    ]
    extra: list[tuple[object, ...]] = []
    widest_date = 0.0
    for row, m in enumerate(milestones, start=1):
        settled = m.status == "not_applicable"
        title: list[Flowable] = [
            Text(m.title, st.cell_small if settled else st.cell),
            Text(category_words(m.category), st.cell_small),
        ]
        colour = STATUS_COLOURS.get(m.status, INK)
        status: list[Flowable] = [Text(m.status_label, st.cell, colour=colour)]
        if m.overdue:
            status.append(Text(_tr("Overdue"), st.cell_bold, colour=ALERT))
        dates = "\n".join(
            text
            for text in (
                _tr("Due {0}").format(format_date(m.due)) if m.due else "",
                _tr("Done {0}").format(format_date(m.completed)) if m.completed else "",
            )
            if text
        )
        for line in dates.splitlines():
            widest_date = max(widest_date, string_width(line, REGULAR, DATES_SIZE))
        evidence: list[Flowable] = []
        if m.blocked_reason.strip():
            evidence += overflow.cell(
                m.blocked_reason,
                st.cell,
                _tr("why “{0}” is blocked").format(one_line(m.title)),
                f"<b>{markup(_tr('Blocked:'))}</b> ",
            )
        if m.evidence.strip():
            about = _tr("evidence for “{0}”").format(one_line(m.title))
            evidence += overflow.cell(m.evidence, st.cell, about)
        rows.append([title, status, dates or "–", evidence or ""])
        if settled:
            extra.append(("TEXTCOLOR", (2, row), (2, row), MUTED))
        if m.overdue:
            extra.append(("TEXTCOLOR", (2, row), (2, row), ALERT))
    # The dates are one line each ("Done 12 Sep 2026", "Fullført 12. sep. 2026"): their
    # column is as wide as the language's longest needs, never narrower than before.
    dates_w = max(80.0, widest_date + 9)
    return house_table(
        rows,
        fill_width(width, 160, 66, dates_w),
        [("FONT", (2, 1), (2, -1), REGULAR, DATES_SIZE, 9.5), *extra],
    )


#: The type size of a milestone's dates.
DATES_SIZE = 7.5


STATUS_COLOURS = {"done": GOOD, "blocked": ALERT, "not_applicable": MUTED}


def _notes(data: CompanyReportData, monitor: Monitor, *, explain: bool) -> list[Flowable]:
    st = styles()
    with_words = [a for a in data.assessments if a.notes.strip() or a.next_steps.strip()]
    story: list[Flowable] = heading(_tr("Assessment notes"))
    if not with_words:
        if data.include_confidential or not explain:
            nothing = _tr("No notes recorded.")
        else:
            nothing = _tr("No notes recorded. Confidential notes are not included.")
        story.append(plain(nothing, st.muted))
        return story
    for a in reversed(with_words):  # newest first: what a reader wants to know now
        monitor.check()
        title = join([format_date(a.assessed_on), assessment_kind(a.kind), a.assessor])
        if a.confidential:
            tag = f" <font color='{hex_of(ALERT)}'>· {markup(_tr('CONFIDENTIAL'))}</font>"
            story.append(Para(markup(title) + tag, st.h3))
        else:
            story.append(Text(title, st.h3))
        notes, steps = a.notes.strip(), a.next_steps.strip()
        if len(notes) + len(steps) < 1500 and "\n\n" not in notes + steps:
            # The usual short note and its next steps: one paragraph.
            parts = [(clean(notes).strip("\n"), False)]
            if steps:
                parts += [("\n" if notes else "", False), (clean(_tr("Next steps:")), True)]
                parts.append((" " + clean(steps).strip("\n"), False))
            story.append(runs(parts, st.note, cleaned=True))
            continue
        if notes:
            story.extend(paragraphs(notes, st.note, check=monitor.check))
        if steps:
            lead = _tr("Next steps:") + " "
            story.extend(paragraphs(steps, st.note, lead=lead, check=monitor.check))
    if explain and not data.include_confidential:
        story.append(plain(_tr("Confidential notes are not included in this report."), st.muted))
    return story


def _short(value: str, overflow: Overflow, label: str) -> list[Flowable]:
    """A profile value: a quick one-liner when short, else a paragraph (or a note)."""
    st = styles()
    if len(value) <= 120 and "\n" not in value:
        return [Text(value, st.cell)]
    return overflow.cell(value, st.cell, label)


def profile_grid(data: CompanyReportData, width: float, monitor: Monitor) -> list[Flowable]:
    """Who the company is, in a compact grid: short facts two to a row, longer ones across."""
    st = styles()
    c = data.company
    overflow = Overflow()
    norwegian = c.country in ("", "Norway")
    short = [
        (_tr("Org. no.") if norwegian else _tr("Registry no."), registration(c.registration)),
        (_tr("Country"), "" if norwegian else c.country),
        (_tr("Sector"), c.sector),
        (_tr("Founded"), str(c.founded_year) if c.founded_year else ""),
        (_tr("Employees"), format_number(c.employees) if c.employees is not None else ""),
        (_tr("Home cluster"), c.home_cluster),
        (_tr("Website"), c.website),
    ]
    contact = _tr("Contact")
    wide = [(_tr("Technology"), c.technology_focus)]
    wide += [(contact, join([x.name, x.role, x.email, x.phone], ", ")) for x in c.contacts]
    label_w = 62.0
    value_w = width / 2 - label_w
    rows: list[list[object]] = []
    spans: list[tuple[object, ...]] = []
    facts = [(label, value) for label, value in short if value and value.strip()]
    for i in range(0, len(facts), 2):
        row: list[object] = []
        for label, value in facts[i : i + 2]:
            row += [Text(label, st.cell_small), _short(value, overflow, label)]
        rows.append(row + [""] * (4 - len(row)))
    for label, value in wide:
        if value and value.strip():
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append([Text(label, st.cell_small), _short(value, overflow, label), "", ""])
    story: list[Flowable] = []
    if rows:
        table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    *spans,
                ]
            )
        )
        story.append(table)
        story.extend(overflow.flowables(monitor))
    if c.description.strip():
        story.append(Spacer(1, 4))
        story.extend(paragraphs(c.description, st.small, check=monitor.check))
    return story


def build_company_report(
    data: CompanyReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The company progress report as PDF bytes.

    ``progress(done, total)`` is called as the work advances; when ``cancelled()`` turns
    true the build stops with :class:`~accelerator.reports.layout.ReportCancelled`.
    """
    monitor = Monitor(3, progress, cancelled)
    monitor.check()
    chrome = Chrome(
        programme=data.programme,
        cohort=data.cohort,
        generated_on=data.generated_on,
        internal=data.include_confidential,
        period=data.period,
        title=data.company.name,
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_tr("{0}: progress report").format(one_line(data.company.name)),
        subject=join([data.programme, data.cohort]),
    )
    width = frame_width(data.page_size)
    story = company_section(data, monitor, width=width, kicker=_tr("Company progress report"))
    monitor.step()
    story.append(ProgressMark())
    pdf = doc.render(story)
    monitor.finish()
    return pdf
