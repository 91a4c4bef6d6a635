"""The meeting plan of a matchmaking event as a handout, to print and pin up: a page for
each time slot with its tables and who meets whom there, in type large enough to read
from a step away; then a page for each organisation with its own meetings (when, at which
table, with whom), to hand it at the door.

Cancelled meetings are left out. An event with no meetings booked says so plainly.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from accelerator.domain.enums import MeetingStatus
from accelerator.domain.formatting import format_date
from accelerator.domain.text import collation_key
from accelerator.i18n import in_context
from accelerator.reports.cluster_data import MeetingLine, MeetingPlanData
from accelerator.reports.company_report import BANDED, frame_width
from accelerator.reports.event_report import event_kind
from accelerator.reports.fonts import BOLD, REGULAR
from accelerator.reports.layout import (
    Band,
    Cancelled,
    Chrome,
    Monitor,
    Progress,
    ProgressMark,
    ReportDocument,
    RunningTitle,
)
from accelerator.reports.style import GRID, INK, MUTED, PRIMARY, WHITE, styles
from accelerator.reports.text import Text, join, one_line, plain

_tr = in_context("Reports")

#: Type to read on a wall from a step away.
BIG = 18.0


def _big_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    cell = ParagraphStyle("plan_cell", parent=st.body, fontSize=BIG, leading=BIG * 1.25)
    return {
        "cell": cell,
        "cell_bold": ParagraphStyle("plan_cell_bold", parent=cell, fontName=BOLD),
        "head": ParagraphStyle(
            "plan_head", parent=cell, fontName=BOLD, fontSize=11, leading=14, textColor=WHITE
        ),
        "slot": ParagraphStyle(
            "plan_slot",
            parent=st.body,
            fontName=BOLD,
            fontSize=30,
            leading=36,
            textColor=PRIMARY,
            spaceAfter=2,
        ),
        "organisation": ParagraphStyle(
            "plan_organisation",
            parent=st.body,
            fontName=BOLD,
            fontSize=24,
            leading=29,
            textColor=PRIMARY,
            spaceAfter=2,
        ),
        "event": ParagraphStyle(
            "plan_event", parent=st.body, fontSize=13, leading=17, textColor=MUTED
        ),
    }


def build_meeting_plan(
    data: MeetingPlanData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The meeting plan as PDF bytes (progress and cancel as the other reports')."""
    monitor = Monitor(2, progress, cancelled)
    monitor.check()
    chrome = Chrome(
        programme=_tr("Meeting plan"),
        cohort=data.title,
        generated_on=data.generated_on,
        title=data.title,
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_tr("{0}: meeting plan").format(one_line(data.title)),
        subject=data.when,
    )
    width = frame_width(data.page_size)
    story: list[Flowable] = [RunningTitle(data.title)]
    story += _opening(data)
    if not data.meetings:
        story.append(plain(_tr("No meetings are booked at this event."), _big_styles()["cell"]))
    else:
        story += _slots(data, width)
        story.append(ProgressMark())
        story += _organisations(data, width)
    story.append(ProgressMark())
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def _opening(data: MeetingPlanData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Text(_tr("Meeting plan").upper(), st.kicker),
        Text(data.title, st.title),
        Text(join([event_kind(data.kind), data.when, one_line(data.place)]), st.subtitle),
    ]
    if data.partial:
        story.append(
            plain(
                _tr(
                    "Only the meetings of the organisations you mentor are shown: the event "
                    "has others too."
                ),
                st.muted,
            )
        )
    story += [Spacer(1, 4), Band(), Spacer(1, 10)]
    return story


def _several_days(meetings: Sequence[MeetingLine]) -> bool:
    return len({m.starts_at.date() for m in meetings}) > 1


def _slot_text(start: dt.datetime, end: dt.datetime, with_day: bool) -> str:
    times = f"{start:%H:%M}–{end:%H:%M}"
    return f"{format_date(start.date())} {times}" if with_day else times


def _name(name: str) -> str:
    """An organisation's name; one the reader may not read (a mentor's) is a dash."""
    return one_line(name) or "–"


def _table(rows: list[list[object]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, GRID),
                ("FONT", (0, 1), (-1, -1), REGULAR, BIG, BIG * 1.25),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                BANDED,
            ]
        )
    )
    return table


def _slots(data: MeetingPlanData, width: float) -> list[Flowable]:
    """A page for each time slot: the tables and who meets whom at each."""
    big = _big_styles()
    with_day = _several_days(data.meetings)
    slots: dict[tuple[dt.datetime, dt.datetime], list[MeetingLine]] = defaultdict(list)
    for meeting in data.meetings:  # by slot, then table, as the service gives them
        slots[(meeting.starts_at, meeting.ends_at)].append(meeting)
    story: list[Flowable] = []
    for number, ((start, end), meetings) in enumerate(slots.items()):
        if number:
            story.append(PageBreak())
        story.append(Text(_slot_text(start, end, with_day), big["slot"]))
        story.append(Text(data.title, big["event"]))
        story.append(Spacer(1, 10))
        rows: list[list[object]] = [
            [
                Text(_tr("Table"), big["head"]),
                Text(_tr("Organisation"), big["head"]),
                Text(_tr("Meets"), big["head"]),
            ]
        ]
        rows += [
            [
                Text(one_line(m.table) or "–", big["cell_bold"]),
                Text(_name(m.organisation), big["cell"]),
                Text(_name(m.counterpart), big["cell"]),
            ]
            for m in meetings
        ]
        story.append(_table(rows, [90.0, (width - 90.0) / 2, (width - 90.0) / 2]))
    return story


def _organisations(data: MeetingPlanData, width: float) -> list[Flowable]:
    """A page for each organisation: its own meetings, when, where and with whom."""
    big = _big_styles()
    st = styles()
    with_day = _several_days(data.meetings)
    own: dict[str, list[tuple[MeetingLine, str]]] = defaultdict(list)
    for m in data.meetings:
        if one_line(m.organisation):
            own[one_line(m.organisation)].append((m, m.counterpart))
        if one_line(m.counterpart):
            own[one_line(m.counterpart)].append((m, m.organisation))
    story: list[Flowable] = []
    for name in sorted(own, key=collation_key):
        story.append(PageBreak())
        story.append(Text(_tr("Your meetings").upper(), st.kicker))
        story.append(Text(name, big["organisation"]))
        story.append(Text(join([data.title, data.when]), big["event"]))
        story.append(Spacer(1, 12))
        rows: list[list[object]] = [
            [
                Text(_tr("Time"), big["head"]),
                Text(_tr("Table"), big["head"]),
                Text(_tr("With"), big["head"]),
            ]
        ]
        for m, other in sorted(own[name], key=lambda pair: pair[0].starts_at):
            who = _name(other)
            if m.status == MeetingStatus.REQUESTED.value:
                who = _tr("{0} (not confirmed yet)").format(who)
            rows.append(
                [
                    Text(_slot_text(m.starts_at, m.ends_at, with_day), big["cell"]),
                    Text(one_line(m.table) or "–", big["cell_bold"]),
                    Text(who, big["cell"]),
                ]
            )
        time_w = 230.0 if with_day else 130.0
        story.append(_table(rows, [time_w, 90.0, width - time_w - 90.0]))
    return story


__all__ = ["build_meeting_plan"]
