"""The member register on a day: for each cluster (one, or every cluster, ours first) its
members by kind and tier, with a chart, who joined and who left during the year up to
the day, and the list of members."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from accelerator.domain.enums import ClusterLevel, OrganisationKind
from accelerator.domain.formatting import format_date, format_number
from accelerator.i18n import in_context
from accelerator.reports.bar_charts import Bar, stacked_bars
from accelerator.reports.cluster_data import ClusterRegister, MemberLine, MemberReportData
from accelerator.reports.company_report import (
    BANDED,
    frame_width,
    head,
    heading,
    house_table,
    registration,
    section,
)
from accelerator.reports.event_report import numeric_head, numeric_head_style
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
)
from accelerator.reports.long_table import LongHouseTable
from accelerator.reports.style import MUTED, styles
from accelerator.reports.text import Text, join, one_line, plain
from accelerator.reports.wording import status_word

_tr = in_context("Reports")


def build_member_report(
    data: MemberReportData,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The member register as PDF bytes (progress and cancel as the other reports')."""
    monitor = Monitor(len(data.clusters) + 2, progress, cancelled)
    monitor.check()
    title = _title(data)
    chrome = Chrome(
        programme=_tr("Member register"),
        cohort=_tr("Members on {0}").format(format_date(data.on)),
        generated_on=data.generated_on,
        title=title,
    )
    out = io.BytesIO()
    doc = ReportDocument(
        out,
        chrome=chrome,
        size=data.page_size,
        monitor=monitor,
        title=_tr("{0}: member register on {1}").format(one_line(title), format_date(data.on)),
        subject=_tr("Member register"),
    )
    width = frame_width(data.page_size)
    story = _opening(data, width)
    story.append(ProgressMark())
    for n, cluster in enumerate(data.clusters):
        if n or len(data.clusters) > 1:
            story.append(PageBreak())
        story += _cluster(data, cluster, width, key=f"cluster-{n + 1}")
        story.append(ProgressMark())
    pdf = doc.render(story)
    monitor.finish()
    return pdf


def _title(data: MemberReportData) -> str:
    if data.one_cluster and data.clusters:
        return data.clusters[0].name
    return _tr("Members of the clusters")


def _kind(kind: str) -> str:
    return status_word(OrganisationKind, kind)


# --- the opening ----------------------------------------------------------------------------


def _opening(data: MemberReportData, width: float) -> list[Flowable]:
    st = styles()
    year = str(data.on.year)
    story: list[Flowable] = [
        Text(_tr("Member register").upper(), st.kicker),
        Text(_title(data), st.title),
        Text(_tr("Members on {0}").format(format_date(data.on)), st.subtitle),
        Spacer(1, 6),
    ]
    if data.one_cluster:
        return story
    joined = sum(len(c.joined) for c in data.clusters)
    left = sum(len(c.left) for c in data.clusters)
    story.append(
        FigureStrip(
            [
                Figure(
                    _tr("Members"),
                    format_number(data.organisations),
                    _tr("one in two clusters counts once"),
                ),
                Figure(_tr("Clusters"), format_number(len(data.clusters))),
                Figure(_tr("Joined in {0}").format(year), format_number(joined)),
                Figure(_tr("Left in {0}").format(year), format_number(left)),
            ]
        )
    )
    story += _partial(data)
    story += heading(_tr("The clusters"))
    rows: list[list[object]] = [
        numeric_head(
            [_tr("Cluster"), _tr("Ours or partner"), _tr("Members"), _tr("Joined"), _tr("Left")],
            2,
        )
    ]
    for c in data.clusters:
        rows.append(
            [
                Text(c.name, st.cell),
                Text(_tr("Our cluster") if c.ours else _tr("Partner cluster"), st.cell),
                format_number(len(c.members)),
                format_number(len(c.joined)),
                format_number(len(c.left)),
            ]
        )
    story.append(
        house_table(
            rows,
            [width - 270.0, 90.0, 60.0, 60.0, 60.0],
            [*numeric_head_style(2), ("RIGHTPADDING", (2, 0), (-1, -1), 8), BANDED],
        )
    )
    story.append(Spacer(1, 3))
    story.append(
        plain(
            _tr("Joined and left count from 1 January {0} to {1}.").format(
                year, format_date(data.on)
            ),
            st.muted,
        )
    )
    return story


def _partial(data: MemberReportData) -> list[Flowable]:
    if not data.partial:
        return []
    return [
        Spacer(1, 3),
        plain(
            _tr("Only the organisations of the cohorts you mentor in are listed."),
            styles().muted,
        ),
    ]


# --- one cluster ------------------------------------------------------------------------------


def _cluster(
    data: MemberReportData, c: ClusterRegister, width: float, *, key: str
) -> list[Flowable]:
    st = styles()
    year = str(data.on.year)
    story: list[Flowable] = []
    if data.one_cluster:
        story.append(Anchor(key, c.name))  # its name is the report's title, above
    else:
        story += section(key, c.name)
    about = join(
        [
            _tr("Our cluster") if c.ours else _tr("Partner cluster"),
            c.short_name,
            status_word(ClusterLevel, c.level) if c.level else "",
            c.region,
        ]
    )
    story.append(Text(about, st.subtitle))
    story.append(Spacer(1, 4))
    story.append(
        FigureStrip(
            [
                Figure(
                    _tr("Members"),
                    format_number(len(c.members)),
                    _tr("on {0}").format(format_date(data.on)),
                ),
                Figure(_tr("Joined in {0}").format(year), format_number(len(c.joined))),
                Figure(_tr("Left in {0}").format(year), format_number(len(c.left))),
            ]
        )
    )
    if data.one_cluster:
        story += _partial(data)
    if not c.members:
        story.append(Spacer(1, 6))
        story.append(
            plain(
                _tr("{0} had no members on {1}.").format(one_line(c.name), format_date(data.on)),
                st.body,
            )
        )
    else:
        story += heading(_tr("Members by kind and tier"), 160)
        story += _kind_by_tier(c, width)
    story += _changes(
        _tr("Joined in {0}").format(year),
        c.joined,
        width,
        left=False,
        none=_tr("Nobody joined from 1 January to {0}.").format(format_date(data.on)),
    )
    story += _changes(
        _tr("Left in {0}").format(year),
        c.left,
        width,
        left=True,
        none=_tr("Nobody left from 1 January to {0}.").format(format_date(data.on)),
    )
    if c.members:
        story += heading(_tr("Members on {0}").format(format_date(data.on)), 120)
        story.append(_member_table(c.members, width))
    return story


def _kind_by_tier(c: ClusterRegister, width: float) -> list[Flowable]:
    st = styles()
    tiers = c.tiers_in_use()
    counts = c.counts()
    kinds = c.kinds()
    tier_w = min(60.0, (width - 200.0) / max(len(tiers) + 1, 1))
    rows: list[list[object]] = [numeric_head([_tr("Kind"), *tiers, _tr("Total")], 1)]
    for kind in kinds:
        values = [counts.get((kind, t), 0) for t in tiers]
        rows.append(
            [Text(_kind(kind), st.cell), *[_count(v) for v in values], format_number(sum(values))]
        )
    totals = [sum(counts.get((k, t), 0) for k in kinds) for t in tiers]
    rows.append(
        [
            Text(_tr("Total"), st.cell_bold),
            *[format_number(v) for v in totals],
            format_number(sum(totals)),
        ]  # fmt: skip
    )
    table = house_table(
        rows,
        [width - tier_w * (len(tiers) + 1), *[tier_w] * (len(tiers) + 1)],
        [
            *numeric_head_style(1),
            ("RIGHTPADDING", (1, 0), (-1, -1), 8),
            ("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 8, 10),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
        ],
    )
    chart = stacked_bars(
        [Bar(_kind(k), tuple(counts.get((k, t), 0) for t in tiers)) for k in kinds],
        tiers,
        title=_tr("Members by kind and tier"),
        width=width,
    )
    return [table, Spacer(1, 8), KeepTogether([ChartFlowable(chart)]), Spacer(1, 4)]


def _count(value: int) -> str:
    return format_number(value) if value else "–"


def _changes(
    title: str, lines: Sequence[MemberLine], width: float, *, left: bool, none: str
) -> list[Flowable]:
    st = styles()
    story = heading(title, 90)
    if not lines:
        story.append(plain(none, st.muted))
        return story
    labels = [_tr("Organisation"), _tr("Kind"), _tr("Tier"), _tr("Joined")]
    if left:
        labels.append(_tr("Last day"))
    rows: list[list[object]] = [head(*labels)]
    for m in lines:
        row: list[object] = [
            Text(m.name, st.cell),
            Text(_kind(m.kind), st.cell),
            Text(m.tier, st.cell),
            format_date(m.joined_on),
        ]
        if left:
            row.append(format_date(m.left_on))
        rows.append(row)
    dates = 70.0 * (2 if left else 1)
    widths = [width - 190.0 - dates, 110.0, 80.0, *[70.0] * (2 if left else 1)]
    story.append(LongHouseTable(rows[0], rows[1:], widths, [BANDED]))
    return story


def _member_table(members: Sequence[MemberLine], width: float) -> Flowable:
    st = styles()
    rows: list[list[object]] = [
        head(_tr("Organisation"), _tr("Org. no."), _tr("Kind"), _tr("Tier"), _tr("Joined"))
    ]
    for m in members:
        rows.append(
            [
                Text(m.name, st.cell),
                Text(registration(m.registration), st.cell_small),
                Text(_kind(m.kind), st.cell),
                Text(m.tier, st.cell),
                format_date(m.joined_on),
            ]
        )
    return LongHouseTable(rows[0], rows[1:], [width - 330.0, 70.0, 110.0, 80.0, 70.0], [BANDED])


__all__ = ["build_member_report"]
