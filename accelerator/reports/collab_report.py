"""The collaboration report: a year's joint projects (every cluster's, or one's) in
numbers and in a list, and the map of who worked with whom.

Projects by status and by strategic area, cross-cluster projects by pair of clusters,
funding applied for and granted by scheme (in kroner), the list of the year's projects
(title, lead and partners, clusters, status, amounts), then the collaboration map on a
page of its own as a vector drawing, the same scene the window paints
(:func:`accelerator.reports.collab_map.collaboration_map`).

Pure: :class:`CollaborationReportData` in, PDF bytes out
(``accelerator.services.collab_reports`` fills it).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from accelerator.domain.collab_layout import Point, rings
from accelerator.domain.collaboration import Graph
from accelerator.domain.enums import ProjectStatus
from accelerator.domain.formatting import format_number
from accelerator.i18n import in_context
from accelerator.reports.bar_charts import Bar, stacked_bars
from accelerator.reports.collab_map import LEGEND_HEIGHT, collaboration_map
from accelerator.reports.company_report import BANDED, frame_width, head, heading, house_table
from accelerator.reports.data import PageSize
from accelerator.reports.event_report import numeric_head, numeric_head_style
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
from accelerator.reports.style import MARGIN_BOTTOM, MARGIN_TOP, MUTED, page_size, styles
from accelerator.reports.text import Text, one_line, plain
from accelerator.reports.wording import status_word

_tr = in_context("Reports")

#: What the map's page keeps for its heading and the lines under it, in points.
_MAP_PAGE_TEXT = 92.0
#: About what the map keeps free at each side for its margin, rings and largest nodes.
_MAP_EDGE_ROOM = 32.0


@dataclass(frozen=True)
class SchemeLine:
    """Funding applied for and granted under one scheme."""

    scheme: str
    applications: int
    applied: int  # kroner
    granted_applications: int
    granted: int  # kroner


@dataclass(frozen=True)
class ProjectLine:
    """One of the year's projects as the list shows it."""

    title: str
    status: str  # a ProjectStatus value
    lead: str  # "" when it has none (or the reader may not read it)
    partners: tuple[str, ...]  # the others, by name
    unnamed_partners: int  # partners the reader may not read (a mentor's copy)
    clusters: tuple[str, ...]
    applied: int
    granted: int

    @property
    def cross_cluster(self) -> bool:
        return len(self.clusters) >= 2


@dataclass(frozen=True)
class CollaborationReportData:
    """Everything the collaboration report shows: the year's figures, the projects and the
    map's graph with its positions."""

    year: int
    cluster: str  # "" for every cluster
    generated_on: dt.date
    projects: int
    by_status: tuple[tuple[str, int], ...]  # ProjectStatus values, in the statuses' order
    by_area: tuple[tuple[str, int], ...]
    cross_cluster: int
    cluster_pairs: tuple[tuple[str, str, int], ...]
    by_scheme: tuple[SchemeLine, ...]
    amount_applied: int
    amount_granted: int
    lines: tuple[ProjectLine, ...]
    graph: Graph
    positions: Mapping[str, Point]
    partial: bool = False  # a mentor's copy: only the projects of their companies
    page_size: PageSize = "A4"


def title_of(data: CollaborationReportData) -> str:
    if data.cluster:
        return _tr("{0}: joint projects {1}").format(data.cluster, data.year)
    return _tr("Joint projects {0}").format(data.year)


def build_collaboration_report(
    data: CollaborationReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The collaboration report as PDF bytes (progress and cancel as the other reports')."""
    monitor = Monitor(5, progress, cancelled)
    monitor.check()
    title = title_of(data)
    chrome = Chrome(
        programme=_tr("Collaboration report"),
        cohort=data.cluster or _tr("Every cluster"),
        generated_on=data.generated_on,
        title=title,
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_tr("{0}: collaboration report").format(one_line(title)),
        subject=_tr("Collaboration report"),
    )
    width = frame_width(data.page_size)
    story: list[Flowable] = [RunningTitle(title)]
    story += _opening(data, title)
    story.append(ProgressMark())
    story += _by_status_and_area(data, width)
    story.append(ProgressMark())
    story += _cross_cluster(data, width)
    story += _funding(data, width)
    story.append(ProgressMark())
    story += _projects(data, width)
    story.append(ProgressMark())
    story += _map(data, width)
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def _status(value: str) -> str:
    return status_word(ProjectStatus, value)


# --- the opening ------------------------------------------------------------------------------


def _opening(data: CollaborationReportData, title: str) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Text(_tr("Collaboration report").upper(), st.kicker),
        Text(title, st.title),
        plain(
            _tr(
                "The joint projects active in {0}: running at some time in the year, or "
                "reaching a status in it."
            ).format(data.year),
            st.subtitle,
        ),
        Spacer(1, 6),
        FigureStrip(
            [
                Figure(_tr("Projects"), format_number(data.projects), _tr("active in the year")),
                Figure(
                    _tr("Across clusters"),
                    format_number(data.cross_cluster),
                    _tr("two clusters or more"),
                ),
                Figure(_tr("Applied for"), format_number(data.amount_applied), _tr("kroner")),
                Figure(_tr("Granted"), format_number(data.amount_granted), _tr("kroner")),
            ]
        ),
    ]
    if data.partial:
        story.append(Spacer(1, 3))
        story.append(
            plain(
                _tr(
                    "Only the projects of the companies you mentor are counted, and only their "
                    "names are given: the clusters had others too."
                ),
                st.muted,
            )
        )
    return story


# --- by status and by area --------------------------------------------------------------------


def _by_status_and_area(data: CollaborationReportData, width: float) -> list[Flowable]:
    st = styles()
    story = heading(_tr("Projects by status"), 160)
    if not data.projects:
        story.append(plain(_tr("No joint project was active in {0}.").format(data.year), st.muted))
        return story
    labels = [_status(s) for s, _ in data.by_status]
    story += _count_table(labels, [n for _, n in data.by_status], _tr("Status"), width)
    if len(data.by_status) > 1:
        chart = stacked_bars(
            [Bar(label, (n,)) for label, (_, n) in zip(labels, data.by_status, strict=True)],
            [_tr("Projects")],
            title=_tr("Projects by status"),
            width=width,
        )
        story += [Spacer(1, 6), KeepTogether([ChartFlowable(chart)])]
    story += heading(_tr("Projects by strategic area"), 100)
    if data.by_area:
        story += _count_table(
            [a for a, _ in data.by_area], [n for _, n in data.by_area], _tr("Strategic area"), width
        )
    without = data.projects - sum(n for _, n in data.by_area)
    if without:
        story.append(plain(_tr("%n projects have no strategic area.", n=without), st.muted))
    return story


def _count_table(
    labels: Sequence[str], counts: Sequence[int], first: str, width: float
) -> list[Flowable]:
    st = styles()
    rows: list[list[object]] = [numeric_head([first, _tr("Projects")], 1)]
    rows += [
        [Text(label, st.cell), format_number(n)] for label, n in zip(labels, counts, strict=True)
    ]
    return [house_table(rows, [width - 90.0, 90.0], [*numeric_head_style(1), BANDED])]


# --- across clusters --------------------------------------------------------------------------


def _cross_cluster(data: CollaborationReportData, width: float) -> list[Flowable]:
    st = styles()
    story = heading(_tr("Cross-cluster projects by pair of clusters"), 120)
    if not data.cluster_pairs:
        story.append(plain(_tr("No project crossed clusters in {0}.").format(data.year), st.muted))
        return story
    rows: list[list[object]] = [
        numeric_head([_tr("Cluster"), _tr("With cluster"), _tr("Projects")], 2)
    ]
    rows += [
        [Text(a, st.cell), Text(b, st.cell), format_number(n)] for a, b, n in data.cluster_pairs
    ]
    half = (width - 90.0) / 2
    story.append(house_table(rows, [half, half, 90.0], [*numeric_head_style(2), BANDED]))
    story.append(Spacer(1, 3))
    story.append(
        plain(
            _tr(
                "A project of three clusters counts once for each of its pairs. A project's "
                "clusters are its partners' on its start date, and those added by hand."
            ),
            st.muted,
        )
    )
    return story


# --- funding ----------------------------------------------------------------------------------


def _funding(data: CollaborationReportData, width: float) -> list[Flowable]:
    st = styles()
    story = heading(_tr("Funding by scheme"), 120)
    if not data.by_scheme:
        story.append(plain(_tr("No funding was applied for by these projects."), st.muted))
        return story
    rows: list[list[object]] = [
        numeric_head(
            [
                _tr("Scheme"),
                _tr("Applications"),
                _tr("Applied for (NOK)"),
                _tr("Granted"),
                _tr("Granted (NOK)"),
            ],
            1,
        )
    ]
    for line in data.by_scheme:
        rows.append(
            [
                Text(line.scheme, st.cell),
                format_number(line.applications),
                format_number(line.applied),
                format_number(line.granted_applications),
                format_number(line.granted),
            ]
        )
    rows.append(
        [
            Text(_tr("Total"), st.cell_bold),
            format_number(sum(s.applications for s in data.by_scheme)),
            format_number(data.amount_applied),
            format_number(sum(s.granted_applications for s in data.by_scheme)),
            format_number(data.amount_granted),
        ]
    )
    story.append(
        house_table(
            rows,
            [width - 300.0, 60.0, 90.0, 60.0, 90.0],
            [
                *numeric_head_style(1),
                ("RIGHTPADDING", (1, 0), (-1, -1), 8),
                BANDED,
                ("FONT", (1, -1), (-1, -1), BOLD, 8, 10),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
            ],
        )
    )
    story.append(Spacer(1, 3))
    story.append(
        plain(
            _tr(
                "Every application of the year's projects, decided or pending; Granted "
                "counts the applications granted and the amounts granted."
            ),
            st.muted,
        )
    )
    return story


# --- the projects -----------------------------------------------------------------------------


def _projects(data: CollaborationReportData, width: float) -> list[Flowable]:
    st = styles()
    if not data.lines:
        return []
    story = heading(_tr("The projects of {0}").format(data.year), 140)
    amount_head = ParagraphStyle("amount_head", parent=st.cell_head, alignment=TA_RIGHT)
    rows: list[list[object]] = [
        [
            *head(_tr("Project and partners"), _tr("Lead"), _tr("Clusters"), _tr("Status")),
            plain(_tr("Applied for (NOK)"), amount_head),
            plain(_tr("Granted (NOK)"), amount_head),
        ]
    ]
    for line in data.lines:
        rows.append(
            [
                [Text(line.title, st.cell_bold), Text(_partners(line), st.cell_small)],
                Text(line.lead or "–", st.cell),
                Text(", ".join(line.clusters) or "–", st.cell_small),
                Text(_status(line.status), st.cell),
                format_number(line.applied),
                format_number(line.granted),
            ]
        )
    story.append(
        LongHouseTable(
            rows[0],
            rows[1:],
            [width - 338.0, 78.0, 92.0, 60.0, 54.0, 54.0],
            [("ALIGN", (4, 1), (-1, -1), "RIGHT"), BANDED],
        )
    )
    return story


def _partners(line: ProjectLine) -> str:
    names = ", ".join(line.partners)
    if line.unnamed_partners:
        others = _tr("%n other partners", n=line.unnamed_partners)
        names = _tr("{0} and {1}").format(names, others) if names else others
    if not names:
        return _tr("No other partner")
    return _tr("With {0}").format(names)


# --- the map ----------------------------------------------------------------------------------


def _map(data: CollaborationReportData, width: float) -> list[Flowable]:
    st = styles()
    _, page_height = page_size(data.page_size)
    room = float(page_height - MARGIN_TOP - MARGIN_BOTTOM) - _MAP_PAGE_TEXT
    drawing = collaboration_map(data.graph, data.positions, width, _map_height(data, width, room))
    return [
        PageBreak(),
        Text(_tr("Collaboration map"), st.h2),
        plain(
            _tr(
                "The organisations of the year's projects and the clusters involved. A line "
                "joins two partners of a project, wider the more projects they share; a dashed "
                "line, a meeting that led to one. A ring holds a cluster's members."
            ),
            st.muted,
        ),
        Spacer(1, 6),
        drawing.drawing,
    ]


def _map_height(data: CollaborationReportData, width: float, room: float) -> float:
    """As tall as the layout's shape asks at the page's width (its rings included), within
    the room the page has: a wide network leaves no empty band above and below it."""
    points = [data.positions[n.key] for n in data.graph.nodes if n.key in data.positions]
    if len(points) < 2:
        return min(room, 300.0)
    circles = rings(data.graph, data.positions, pad=0.0)
    low_x = min([x for x, _ in points] + [r.x - r.radius for r in circles])
    high_x = max([x for x, _ in points] + [r.x + r.radius for r in circles])
    low_y = min([y for _, y in points] + [r.y - r.radius for r in circles])
    high_y = max([y for _, y in points] + [r.y + r.radius for r in circles])
    aspect = (high_y - low_y) / max(high_x - low_x, 1e-9)
    frame = 2 * _MAP_EDGE_ROOM
    wanted = (width - frame) * aspect + frame + LEGEND_HEIGHT
    return min(room, max(wanted, 240.0))


__all__ = [
    "CollaborationReportData",
    "ProjectLine",
    "SchemeLine",
    "build_collaboration_report",
    "title_of",
]
