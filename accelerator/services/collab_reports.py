"""The collaboration report: a year's joint projects (every cluster's, or one's) in numbers,
in a list and on the map, the data read here and the PDF from
:mod:`accelerator.reports.collab_report`.

Each reader sees what the projects service shows them: a coordinator and a viewer every
project; a mentor those with a partner of the companies of their cohorts, the other
partners unnamed, and the report says it is partial. The figures are the service's own
(:meth:`ProjectService.figures`), counted from what the reader sees.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Unpack

from accelerator import i18n
from accelerator.domain.collab_layout import lay_out
from accelerator.errors import ValidationError
from accelerator.i18n import in_context
from accelerator.reports.collab_report import CollaborationReportData, ProjectLine, SchemeLine
from accelerator.reports.data import PAGE_SIZES, PageSize
from accelerator.services.atomic import WriteFailedError, atomic_write
from accelerator.services.base import Service
from accelerator.services.cluster_reports import ClusterBuildOptions, ClusterReportOptions
from accelerator.services.clusters import ClusterService
from accelerator.services.projects import ProjectService

log = logging.getLogger(__name__)
_tr = in_context("Reporting")

#: The earliest and latest year a report is asked for: wider than any project's.
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class _Settled:
    page_size: PageSize
    language: str
    today: dt.date


class CollaborationReportService(Service):
    """Builds and writes the collaboration report. Anyone signed in may print it; each sees
    the projects they may read."""

    def collaboration_report_data(
        self, year: int, cluster_id: int | None = None, **options: Unpack[ClusterReportOptions]
    ) -> CollaborationReportData:
        """Everything the report of ``year`` (the projects involving ``cluster_id``, or
        every one) shows, in the report's language."""
        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            return self._data(year, cluster_id, settled)

    def _data(
        self, year: int, cluster_id: int | None, settled: _Settled
    ) -> CollaborationReportData:
        projects = ProjectService(self._db, self.actor)
        cluster = (
            ClusterService(self._db, self.actor).get_cluster(cluster_id) if cluster_id else None
        )
        figures = projects.figures(year, cluster_id)
        lines = []
        for row in projects.list_projects(year=year, cluster_id=cluster_id):
            record = projects.get_project(row.id)
            lead = record.lead
            lines.append(
                ProjectLine(
                    title=row.title,
                    status=row.status.value,
                    lead=lead.organisation_name if lead is not None else "",
                    partners=tuple(
                        p.organisation_name
                        for p in record.partners
                        if p.organisation_name and p is not lead
                    ),
                    unnamed_partners=sum(1 for p in record.partners if not p.organisation_name),
                    clusters=row.clusters,
                    applied=row.amount_applied,
                    granted=row.amount_granted,
                )
            )
        graph = projects.collaboration(year=year, cluster_id=cluster_id)
        return CollaborationReportData(
            year=year,
            cluster=cluster.name if cluster is not None else "",
            generated_on=settled.today,
            projects=figures.projects,
            by_status=tuple((status.value, n) for status, n in figures.by_status),
            by_area=figures.by_area,
            cross_cluster=figures.cross_cluster,
            cluster_pairs=figures.cluster_pairs,
            by_scheme=tuple(
                SchemeLine(f.scheme, f.applications, f.applied, f.granted_applications, f.granted)
                for f in figures.by_scheme
            ),
            amount_applied=figures.amount_applied,
            amount_granted=figures.amount_granted,
            lines=tuple(lines),
            graph=graph,
            # Seeded: the same data gives the same map on every copy.
            positions=lay_out(graph).positions,
            partial=self._visible_cohorts() is not None,
            page_size=settled.page_size,
        )

    def collaboration_report_pdf(
        self, year: int, cluster_id: int | None = None, **options: Unpack[ClusterBuildOptions]
    ) -> bytes:
        """The collaboration report as PDF bytes (for a preview); see
        :meth:`write_collaboration_report`."""
        from accelerator.reports.collab_report import build_collaboration_report

        settled = self._settle(options)
        _check_year(year)
        with i18n.speaking(settled.language):
            data = self._data(year, cluster_id, settled)
            return build_collaboration_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def write_collaboration_report(
        self,
        path: str | os.PathLike[str],
        year: int,
        cluster_id: int | None = None,
        **options: Unpack[ClusterBuildOptions],
    ) -> Path:
        """Write the collaboration report to ``path``, atomically: a cancel or an error
        leaves the file that was there (or none)."""
        self._settle(options)
        _check_year(year)
        target = Path(path)
        if target.is_dir():
            raise WriteFailedError(
                _tr("cannot write {0}: it is a folder. Give a file name.").format(target)
            )
        pdf = self.collaboration_report_pdf(year, cluster_id, **options)
        with atomic_write(target) as handle:
            handle.write(pdf)
        log.info("wrote the collaboration report of %s to %s", year, target)
        return target

    def _settle(self, options: ClusterReportOptions) -> _Settled:
        page_size = options.get("page_size", "A4")
        if page_size not in PAGE_SIZES:
            raise ValidationError(
                _tr("the page size must be A4 or Letter, not {0}").format(repr(page_size)),
                field="page_size",
            )
        from accelerator.services.reporting import _language

        language = _language({"language": options.get("language")})
        return _Settled(page_size, language, options.get("today") or dt.date.today())


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            _tr("the year must be a year from {0} to {1}, not {2}").format(
                FIRST_YEAR, LAST_YEAR, year
            ),
            field="year",
        )


__all__ = ["CollaborationReportService"]
