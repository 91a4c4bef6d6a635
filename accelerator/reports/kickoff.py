"""The kick-off report: a cohort that nobody has assessed yet (or had not by the end of
the period asked for).

Without a single level there is nothing to chart or compare, and a progress report of
such a cohort was two dozen pages of dashes and empty charts. What a steering group can
read at kick-off instead: who is in the cohort, who mentors them, and the milestone plan
with its due dates.

The plan is printed once for the cohort when every company has the same checklist (the
usual case: the programme's template, due dates counted from the cohort's start): a
steering group reads one plan, not ten copies of it. Companies whose checklist differs
get their own table, headed by their names, so no difference is hidden.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from accelerator.domain.enums import MilestoneStatus, category_words
from accelerator.domain.formatting import format_date
from accelerator.i18n import in_context
from accelerator.reports.company_report import (
    BANDED,
    head,
    heading,
    house_table,
    profile_grid,
    section,
    status_line,
)
from accelerator.reports.data import CohortReportData, CompanyReportData, MilestoneLine
from accelerator.reports.layout import (
    Anchor,
    Band,
    Figure,
    FigureStrip,
    Monitor,
    ProgressMark,
)
from accelerator.reports.style import ALERT, PRIMARY, styles
from accelerator.reports.text import Para, Text, join, markup, one_line, paragraphs, plain
from accelerator.reports.wording import (
    checklist_of,
    kickoff_about,
    milestones,
    no_checklist,
    no_companies,
    no_due_date,
    no_mentor,
    no_mentor_for,
    nobody_assessed,
    nobody_assessed_by,
    same_checklist,
    status_word,
)

_tr = in_context("Reports")

#: One company's checklist as the plan shows it: title, category and due date per item.
Checklist = tuple[tuple[str, str, dt.date | None], ...]


def kickoff_story(data: CohortReportData, width: float, monitor: Monitor) -> list[Flowable]:
    """The flowables after the cover band: the cover page (figures, the companies and their
    mentors at a glance), the milestone plan and the mentors, then each company's profile.
    The plan comes before the profiles: it is what a steering group discusses at kick-off;
    the profiles are for looking up."""
    story = _cover(data, width)
    story.append(ProgressMark())
    if not data.companies:
        return story
    story.append(PageBreak())
    story += _plan(data, width)
    story += _mentors(data, width)
    story.append(ProgressMark())
    story.append(PageBreak())
    story += _section("companies", _tr("Companies"))
    for index, company in enumerate(data.companies):
        monitor.step()
        story.append(Spacer(1, 14 if index else 4))
        story.append(_company(company, width, monitor, f"company-{index + 1}"))
        story.append(ProgressMark())
    return story


def _section(key: str, title: str, *, follows: bool = False) -> list[Flowable]:
    """A top-level section. One that ``follows`` another on the same page starts a new page
    only when little room is left (a kick-off report is short; half-empty pages would make
    it long)."""
    if follows:
        # No running title: the page's header keeps naming the section it began with.
        return [
            Spacer(1, 8 * mm),
            CondPageBreak(160),
            Anchor(key, title),
            Text(title, styles().h1),
            Band(),
        ]
    return section(key, title)


# --- cover ------------------------------------------------------------------------------------


def _cover(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    companies = data.companies
    mentors = _mentor_companies(companies)
    unmentored = [c for c in companies if not c.mentors]
    planned = sum(c.completion.applicable for c in companies)
    dues = [m.due for c in companies for m in c.milestones if m.due is not None]
    weeks = (
        -(-(data.cohort_end - data.cohort_start).days // 7)
        if data.cohort_start and data.cohort_end
        else None
    )
    if unmentored:
        mentor_note = _tr("%n companies without one", n=len(unmentored))
    else:
        mentor_note = _tr("every company has one") if companies else ""
    figures = [
        Figure(_tr("Companies"), str(len(companies)), _tr("enrolled")),
        Figure(
            _tr("Mentors"),
            str(len(mentors)),
            mentor_note,
            accent=ALERT if unmentored else PRIMARY,
        ),
        Figure(
            _tr("Milestones planned"),
            str(planned),
            _tr("first due {0}").format(format_date(min(dues)))
            if dues
            else _tr("no due dates yet"),
        ),
        Figure(
            _tr("Weeks"),
            "–" if weeks is None else str(weeks),
            _tr("from {0}").format(format_date(data.cohort_start)) if data.cohort_start else "",
        ),
    ]
    story: list[Flowable] = [Spacer(1, 10 * mm), FigureStrip(figures), Spacer(1, 8 * mm)]
    story += heading(_tr("About this report"))
    nobody = (
        nobody_assessed_by(format_date(data.period_end))
        if data.period_end is not None
        else nobody_assessed()
    )
    story.append(Para(f"<b>{markup(nobody)}</b> {markup(kickoff_about())}", st.body))
    if data.programme_description.strip():
        story += heading(_tr("About the programme"))
        story += paragraphs(data.programme_description, st.body)
    story += heading(_tr("The companies"))
    if not companies:
        story.append(plain(no_companies(), st.body))
        return story
    story.append(_company_table(companies, width))
    return story


def _company_table(companies: Sequence[CompanyReportData], width: float) -> Table:
    st = styles()
    rows: list[list[object]] = [head(_tr("Company"), _tr("Sector"), _tr("Mentors"))]
    extra: list[tuple[object, ...]] = []
    for row, c in enumerate(companies, start=1):
        rows.append(
            [
                Text(c.company.name, st.cell),
                Text(c.company.sector or "–", st.cell),
                Text(", ".join(c.mentors) if c.mentors else no_mentor(), st.cell),
            ]
        )
        if not c.mentors:
            extra.append(("TEXTCOLOR", (2, row), (2, row), ALERT))
    return house_table(rows, [width * 0.36, width * 0.22, width * 0.42], [BANDED, *extra])


# --- companies --------------------------------------------------------------------------------


def _company(data: CompanyReportData, width: float, monitor: Monitor, key: str) -> Flowable:
    """Who the company is and who mentors it, kept together on a page when it fits."""
    st = styles()
    block: list[Flowable] = [
        Anchor(key, data.company.name, level=1),
        Text(data.company.name, _name_style()),
        Text(status_line(data), st.small),
        Spacer(1, 2),
        *profile_grid(data, width, monitor),
    ]
    return KeepTogether(block)


@cache
def _name_style() -> ParagraphStyle:
    # No space before: reportlab's KeepTogether does not count its first flowable's space
    # when it decides whether the block fits, and a block that just missed was split from
    # its last line. The space between companies is a Spacer outside the block instead.
    return ParagraphStyle("company_name", parent=styles().h2, spaceBefore=0)


# --- mentors ----------------------------------------------------------------------------------


def _mentor_companies(companies: Sequence[CompanyReportData]) -> dict[str, list[str]]:
    """mentor -> the companies they mentor, mentors in alphabetical order."""
    found: dict[str, list[str]] = defaultdict(list)
    for c in companies:
        for mentor in c.mentors:
            found[mentor].append(c.company.name)
    return {mentor: found[mentor] for mentor in sorted(found, key=str.casefold)}


def _mentors(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    story = _section("mentors", _tr("Mentors"), follows=True)
    mentors = _mentor_companies(data.companies)
    if mentors:
        rows: list[list[object]] = [head(_tr("Mentor"), _tr("Companies"))]
        for mentor, names in mentors.items():
            rows.append([Text(mentor, st.cell_bold), plain(", ".join(names), st.cell)])
        story.append(house_table(rows, [width * 0.3, width * 0.7], [BANDED]))
    unmentored = [one_line(c.company.name) for c in data.companies if not c.mentors]
    if unmentored:
        story.append(Spacer(1, 4))
        story.append(plain(no_mentor_for(", ".join(unmentored)), st.body))
    return story


# --- the milestone plan -----------------------------------------------------------------------


def _checklist(company: CompanyReportData) -> Checklist:
    return tuple((m.title, m.category, m.due) for m in company.milestones)


def _plan(data: CohortReportData, width: float) -> list[Flowable]:
    st = styles()
    story = _section("plan", _tr("Milestone plan"))
    groups: dict[Checklist, list[CompanyReportData]] = defaultdict(list)
    for company in data.companies:
        groups[_checklist(company)].append(company)
    if len(groups) == 1 and () in groups:
        story.append(plain(no_checklist(), st.body))
        return story
    if len(groups) == 1:
        (members,) = groups.values()
        count = len(members[0].milestones)
        story.append(plain(same_checklist(milestones(count)), st.body))
        story.append(_plan_table(members, width))
        return story
    # The largest group first: usually the programme's template, then the exceptions.
    ordered = sorted(groups.values(), key=lambda members: (-len(members), members[0].company.name))
    for members in ordered:
        names = ", ".join(one_line(c.company.name) for c in members)
        block: list[Flowable] = [plain(checklist_of(names), st.h3)]
        if members[0].milestones:
            block.append(_plan_table(members, width))
        else:
            block.append(plain(no_checklist(), st.muted))
        story.append(KeepTogether(block))
        story.append(Spacer(1, 6))
    return story


def _plan_table(members: Sequence[CompanyReportData], width: float) -> Table:
    """The shared checklist, with how far the companies have got with each milestone."""
    st = styles()
    rows: list[list[object]] = [head(_tr("Milestone"), _tr("Due"), _tr("Status"))]
    extra: list[tuple[object, ...]] = []
    for row, items in enumerate(zip(*(c.milestones for c in members), strict=True), start=1):
        first = items[0]
        status, overdue = _status(items)
        cells: list[Flowable] = [Text(status, st.cell)]
        if overdue:
            cells.append(Text(_tr("{0} overdue").format(overdue), st.cell_bold, colour=ALERT))
        rows.append(
            [
                [Text(first.title, st.cell), Text(category_words(first.category), st.cell_small)],
                Text(format_date(first.due) if first.due else no_due_date(), st.cell),
                cells,
            ]
        )
        if overdue:
            extra.append(("TEXTCOLOR", (1, row), (1, row), ALERT))
    return house_table(rows, [width * 0.5, width * 0.18, width * 0.32], [BANDED, *extra])


def _status(items: Sequence[MilestoneLine]) -> tuple[str, int]:
    """``Not started`` when every company is at the same step, else ``2 done · 8 not
    started``; and how many companies are past the due date with it still open."""
    counts = Counter(m.status for m in items)
    overdue = sum(1 for m in items if m.overdue)
    if len(counts) == 1:
        (status,) = counts
        return status_word(MilestoneStatus, status), overdue
    order = [s.value for s in MilestoneStatus]
    parts = [
        f"{counts[s]} {status_word(MilestoneStatus, s).lower()}"
        for s in sorted(counts, key=lambda s: order.index(s) if s in order else len(order))
    ]
    return join(parts), overdue
