"""One organisation's joint projects, on its page: the project, its part in it, where the
project stands, its years, and whether it joins two clusters or more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable

from PySide6.QtCore import QObject

from accelerator.domain.enums import in_words
from accelerator.domain.formatting import format_number
from accelerator.i18n import in_context
from accelerator.services.projects import OrganisationProject, ProjectRow
from accelerator.ui.models.table import CENTRE, QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel

_tr = in_context("OrganisationProjectModel")


def project_years(row: ProjectRow) -> str:
    """``2025–2027``, ``2026`` for a project within a year, ``2026–`` with no end yet; empty
    with no start."""
    if row.start_on is None:
        return ""
    if row.end_on is None:
        return f"{row.start_on.year}–"
    if row.end_on.year == row.start_on.year:
        return str(row.start_on.year)
    return f"{row.start_on.year}–{row.end_on.year}"


def _day_sort(day: dt.date | None) -> int | None:
    return day.toordinal() if day is not None else None


def project_details(row: ProjectRow) -> str:
    """A project in a few lines, for a tooltip: its title, area, lead, partners, clusters
    and funding."""
    lines = [row.title]
    if row.strategic_area:
        lines.append(row.strategic_area)
    if row.lead:
        lines.append(_tr("Lead: {0}").format(row.lead))
    lines.append(_tr("%n partners", n=row.partners))
    if row.cross_cluster:
        # One a line: a cluster's name may have a comma of its own.
        lines.append(_tr("Across clusters:"))
        lines.extend(f"  {name}" for name in row.clusters)
    elif row.clusters:
        lines.append(_tr("Cluster: {0}").format(row.clusters[0]))
    if row.amount_applied:
        lines.append(
            _tr("Funding: NOK {0} applied for, {1} granted").format(
                format_number(row.amount_applied), format_number(row.amount_granted)
            )
        )
    return "\n".join(lines)


class OrganisationProjectModel(RecordTableModel[OrganisationProject]):
    """An organisation's projects (``ProjectService.projects_of_organisation``)."""

    COL_TITLE, COL_ROLE, COL_STATUS, COL_YEARS, COL_ACROSS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationProjectModel", "Project"),
                lambda p: p.project.title,
                tooltip=lambda p: project_details(p.project),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationProjectModel", "Role"),
                lambda p: in_words(p.role),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "OrganisationProjectModel", "The organisation's part in the project"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationProjectModel", "Status"),
                lambda p: in_words(p.project.status),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationProjectModel", "Years"),
                lambda p: project_years(p.project),
                sort_key=lambda p: _day_sort(p.project.start_on),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "OrganisationProjectModel", "From the project's start to its end"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationProjectModel", "Across"),
                lambda p: _tr("Yes") if p.project.cross_cluster else "",
                sort_key=lambda p: -len(p.project.clusters),
                align=CENTRE,
                tooltip=lambda p: "\n".join(p.project.clusters) or None,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "OrganisationProjectModel",
                    "Across clusters: partners from two clusters or more",
                ),
            ),
        )

    def key_of(self, record: OrganisationProject) -> Hashable | None:
        return record.project.id
