"""The event report: the programme (what, when, where, who hosted it), then who came: the
registrations by where they ended, attendance by organisation kind and by cluster (the
organisations' memberships on the event's day), and the organisations that attended.

Before the event is held the same report counts those with a place instead, and says so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from accelerator.domain.enums import EventKind, MeetingOutcome, MeetingStatus, OrganisationKind
from accelerator.domain.formatting import format_date, format_number
from accelerator.i18n import in_context
from accelerator.reports.bar_charts import Bar, stacked_bars
from accelerator.reports.charts import percent
from accelerator.reports.cluster_data import (
    NOT_ON_RECORD,
    AttendingOrganisation,
    Breakdown,
    EventReportData,
    Meetings,
)
from accelerator.reports.company_report import (
    BANDED,
    frame_width,
    head,
    heading,
    house_table,
)
from accelerator.reports.fonts import BOLD
from accelerator.reports.layout import (
    Cancelled,
    ChartFlowable,
    Chrome,
    Figure,
    FigureStrip,
    Monitor,
    Progress,
    ProgressMark,
    ReportDocument,
    RunningTitle,
)
from accelerator.reports.long_table import LongHouseTable
from accelerator.reports.style import GRID, WHITE, styles
from accelerator.reports.text import Text, join, one_line, paragraphs, plain
from accelerator.reports.wording import status_word

_tr = in_context("Reports")


def build_event_report(
    data: EventReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The event report as PDF bytes (progress and cancel as the other reports')."""
    monitor = Monitor(4, progress, cancelled)
    monitor.check()
    chrome = Chrome(
        programme=_tr("Event report"),
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
        title=_tr("{0}: event report").format(one_line(data.title)),
        subject=data.when,
    )
    width = frame_width(data.page_size)
    story: list[Flowable] = [RunningTitle(data.title)]
    story += _programme(data, width, monitor)
    story.append(ProgressMark())
    story += _attendance(data, width)
    story.append(ProgressMark())
    story += _breakdowns(data, width)
    story.append(ProgressMark())
    story += _organisations(data, width)
    if data.meetings is not None:
        story += _meetings(data.meetings, width)
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def numeric_head(labels: Sequence[str], first_number: int) -> list[object]:
    """A header row whose columns from ``first_number`` on hold figures: their labels are
    plain strings, so they align right over the figures (see :data:`NUMERIC_HEAD`)."""
    return [*head(*labels[:first_number]), *labels[first_number:]]


def numeric_head_style(first_number: int) -> list[tuple[object, ...]]:
    """The style of :func:`numeric_head`'s labels and of the figures below them."""
    return [
        ("FONT", (first_number, 0), (-1, 0), BOLD, 7.5, 9),
        ("TEXTCOLOR", (first_number, 0), (-1, 0), WHITE),
        ("ALIGN", (first_number, 0), (-1, -1), "RIGHT"),
    ]


def event_kind(kind: str) -> str:
    return status_word(EventKind, kind)


def organisation_kind(kind: str) -> str:
    """An organisation's kind in words; one not on record says so."""
    if kind == NOT_ON_RECORD:
        return _tr("Not on record")
    return status_word(OrganisationKind, kind)


# --- the programme ------------------------------------------------------------------------------


def _programme(data: EventReportData, width: float, monitor: Monitor) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Text(_tr("Event report").upper(), st.kicker),
        Text(data.title, st.title),
        Text(join([event_kind(data.kind), data.when]), st.subtitle),
        Spacer(1, 4),
    ]
    facts = [
        (_tr("When"), _tr("{0} (Norwegian time)").format(data.when)),
        (_tr("Place"), _where(data)),
        (_tr("Hosted by"), ", ".join(data.hosts) or _tr("No host cluster recorded")),
        (_tr("Cohort"), data.cohort),
        (
            _tr("Capacity"),
            _tr("%n places", n=data.capacity) if data.capacity is not None else _tr("No limit"),
        ),
        (_tr("Open to"), _tr("Public") if data.public else _tr("Internal: by invitation")),
    ]
    rows = [[Text(label, st.cell_small), Text(value, st.cell)] for label, value in facts if value]
    table = Table(rows, colWidths=[70.0, width - 70.0])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    story.append(table)
    if data.description.strip():
        story += heading(_tr("Programme"))
        story += paragraphs(data.description, st.body, check=monitor.check)
    return story


def _where(data: EventReportData) -> str:
    place, url = one_line(data.place), one_line(data.online_url)
    if not data.online:
        return place
    if place:
        return (
            _tr("{0}, and online: {1}").format(place, url)
            if url
            else _tr("{0}, and online").format(place)
        )
    return _tr("Online: {0}").format(url) if url else _tr("Online")


# --- attendance ---------------------------------------------------------------------------------


def _attendance(data: EventReportData, width: float) -> list[Flowable]:
    st = styles()
    counts = data.attendance
    story: list[Flowable] = [Spacer(1, 10)]
    if data.held:
        turnout = counts.turnout
        figures = [
            Figure(_tr("Signed up"), format_number(counts.signed_up), _tr("before the day")),
            Figure(
                _tr("Attended"),
                format_number(counts.attended),
                _tr("%n walk-ins among them", n=counts.walk_ins) if counts.walk_ins else "",
            ),
            Figure(
                _tr("No-shows"),
                format_number(counts.no_shows),
                _tr("turnout {0}").format(percent(turnout)) if turnout is not None else "",
            ),
            Figure(_tr("Waitlisted"), format_number(counts.waitlisted)),
            Figure(_tr("Cancelled"), format_number(counts.cancelled)),
        ]
    else:
        figures = [
            Figure(_tr("Registered"), format_number(counts.registered), _tr("with a place")),
            Figure(_tr("Waitlisted"), format_number(counts.waitlisted)),
            Figure(_tr("Cancelled"), format_number(counts.cancelled)),
            Figure(
                _tr("Places left"),
                format_number(max(data.capacity - counts.registered, 0))
                if data.capacity is not None
                else "–",
                _tr("No limit") if data.capacity is None else "",
            ),
        ]
    story.append(FigureStrip(figures))
    if data.partial:
        story.append(Spacer(1, 3))
        story.append(
            plain(
                _tr(
                    "Only the people of the organisations you mentor are counted: the event "
                    "had others too."
                ),
                st.muted,
            )
        )
    story += heading(_tr("Registrations"))
    lines = [
        (_tr("Registered"), counts.registered, _registered_means(data)),
        (_tr("Waitlisted"), counts.waitlisted, _tr("waiting for a place")),
        (_tr("Attended"), counts.attended, _tr("checked in at the door, walk-ins included")),
        (_tr("Walk-ins"), counts.walk_ins, _tr("came without registering")),
        (_tr("No-shows"), counts.no_shows, _tr("had a place and did not come")),
        (_tr("Cancelled"), counts.cancelled, _tr("cancelled before the day")),
    ]
    rows: list[list[object]] = [
        [Text(_tr("Status"), st.cell_head), _tr("People"), Text(_tr("What it means"), st.cell_head)]
    ]
    rows += [
        [Text(label, st.cell), format_number(n), Text(means, st.cell_small)]
        for label, n, means in lines
    ]
    story.append(
        house_table(
            rows,
            [110.0, 50.0, width - 160.0],
            [
                ("FONT", (1, 0), (1, 0), BOLD, 7.5, 9),
                ("TEXTCOLOR", (1, 0), (1, 0), WHITE),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("RIGHTPADDING", (1, 0), (1, -1), 10),
                BANDED,
            ],
        )
    )
    return story


def _registered_means(data: EventReportData) -> str:
    if data.held:
        return _tr("had a place and were neither checked in nor marked a no-show")
    return _tr("have a place")


# --- by kind and by cluster ---------------------------------------------------------------------


def _breakdowns(data: EventReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    people = sum(b.people for b in data.by_kind)
    if data.held:
        kind_title = _tr("Attendance by organisation kind")
        cluster_title = _tr("Attendance by cluster")
    else:
        kind_title = _tr("Registered by organisation kind")
        cluster_title = _tr("Registered by cluster")
    story += heading(kind_title, 160)
    if not people:
        story.append(
            plain(
                _tr("Nobody was checked in at this event.")
                if data.held
                else _tr("Nobody has a place at this event yet."),
                st.muted,
            )
        )
        return story
    story += _breakdown_table(
        data.by_kind, [organisation_kind(b.key) for b in data.by_kind], _tr("Kind"), width
    )
    if data.without_organisation:
        story.append(
            plain(
                _tr(
                    "%n people named no organisation; they are counted under Not on record.",
                    n=data.without_organisation,
                ),
                st.muted,
            )
        )
    story += heading(cluster_title, 160)
    story.append(
        plain(
            _tr(
                "Clusters the organisations were members of on {0}. An organisation that is a "
                "member of two clusters counts in each; one of none counts under No cluster."
            ).format(format_date(data.day)),
            st.muted,
        )
    )
    story += _breakdown_table(
        data.by_cluster,
        [b.key or _tr("No cluster") for b in data.by_cluster],
        _tr("Cluster"),
        width,
    )
    return story


def _breakdown_table(
    lines: Sequence[Breakdown], labels: Sequence[str], first: str, width: float
) -> list[Flowable]:
    """A breakdown's table and, with two lines or more, its chart of people."""
    st = styles()
    rows: list[list[object]] = [numeric_head([first, _tr("Organisations"), _tr("People")], 1)]
    rows += [
        [Text(label, st.cell), format_number(b.organisations), format_number(b.people)]
        for b, label in zip(lines, labels, strict=True)
    ]
    story: list[Flowable] = [
        house_table(
            rows,
            [width - 180.0, 90.0, 90.0],
            [*numeric_head_style(1), BANDED],
        )
    ]
    if len(lines) > 1:
        chart = stacked_bars(
            [Bar(label, (b.people,)) for b, label in zip(lines, labels, strict=True)],
            [_tr("People")],
            title=first,
            width=width,
        )
        story += [Spacer(1, 6), KeepTogether([ChartFlowable(chart)])]
    story.append(Spacer(1, 4))
    return story


# --- the organisations --------------------------------------------------------------------------


def _organisations(data: EventReportData, width: float) -> list[Flowable]:
    st = styles()
    if not data.organisations:
        return []
    title = _tr("Organisations that attended") if data.held else _tr("Organisations registered")
    story = heading(title, 120)
    rows: list[list[object]] = [
        numeric_head([_tr("Organisation"), _tr("Kind"), _tr("Clusters"), _tr("People")], 3)
    ]
    rows += [_organisation_row(o) for o in data.organisations]
    story.append(
        LongHouseTable(
            rows[0], rows[1:], [width - 290.0, 90.0, 150.0, 50.0], [*numeric_head_style(3), BANDED]
        )
    )
    walk_ins = sum(o.walk_ins for o in data.organisations)
    if walk_ins:
        story.append(Spacer(1, 3))
        story.append(
            plain(_tr("People counts include walk-ins (%n in all).", n=walk_ins), st.muted)
        )
    return story


def _organisation_row(o: AttendingOrganisation) -> list[object]:
    st = styles()
    clusters = ", ".join(o.clusters) if o.clusters else _tr("No cluster")
    return [
        Text(o.name, st.cell),
        Text(organisation_kind(o.kind), st.cell),
        Text(clusters, st.cell if o.clusters else st.cell_small),
        format_number(o.people),
    ]


# --- meetings ---------------------------------------------------------------------------------


def _meetings(meetings: Meetings, width: float) -> list[Flowable]:
    st = styles()
    story = heading(_tr("Meetings"), 160)
    held = meetings.count(MeetingStatus.HELD.value)
    story.append(
        FigureStrip(
            [
                Figure(_tr("Requested"), format_number(meetings.requested), _tr("cancelled too")),
                Figure(_tr("Booked"), format_number(meetings.count(MeetingStatus.BOOKED.value))),
                Figure(_tr("Held"), format_number(held)),
                Figure(
                    # Not "Cancelled": bokmål says that of a registration otherwise.
                    _tr("Called off"),
                    format_number(meetings.count(MeetingStatus.CANCELLED.value)),
                ),
                Figure(
                    _tr("Across clusters"),
                    format_number(meetings.across_clusters),
                    _tr("no cluster in common"),
                ),
            ]
        )
    )
    if held:
        story.append(Spacer(1, 6))
        rows: list[list[object]] = [numeric_head([_tr("Outcome"), _tr("Meetings")], 1)]
        rows += [
            [Text(status_word(MeetingOutcome, outcome), st.cell), format_number(n)]
            for outcome, n in meetings.by_outcome
        ]
        rows.append(
            [Text(_tr("Not recorded yet"), st.cell), format_number(meetings.held_without_outcome)]
        )
        story.append(house_table(rows, [width - 90.0, 90.0], [*numeric_head_style(1), BANDED]))
    story.append(Spacer(1, 3))
    story.append(
        plain(
            _tr(
                "Across clusters: the two organisations were members of clusters on the "
                "meeting's day, and of none in common."
            ),
            st.muted,
        )
    )
    if not meetings.plan:
        return story
    story += heading(_tr("Meeting plan"), 120)
    days = {m.starts_at.date() for m in meetings.plan}
    plan: list[list[object]] = [
        head(_tr("Time"), _tr("Table"), _tr("Organisation"), _tr("Meets"), _tr("Status"))
    ]
    for m in meetings.plan:
        times = f"{m.starts_at:%H:%M}–{m.ends_at:%H:%M}"
        if len(days) > 1:
            times = f"{format_date(m.starts_at.date())} {times}"
        status = status_word(MeetingStatus, m.status)
        if m.outcome:
            status = _tr("{0}: {1}").format(status, status_word(MeetingOutcome, m.outcome))
        plan.append(
            [
                times,
                Text(m.table, st.cell),
                Text(m.organisation, st.cell),
                Text(m.counterpart, st.cell),
                Text(status, st.cell_small),
            ]
        )
    time_w = 110.0 if len(days) > 1 else 62.0
    story.append(
        LongHouseTable(
            plan[0],
            plan[1:],
            [time_w, 50.0, *[(width - time_w - 150.0) / 2] * 2, 100.0],
            [BANDED],
        )
    )
    return story


__all__ = [
    "build_event_report",
    "event_kind",
    "numeric_head",
    "numeric_head_style",
    "organisation_kind",
]
