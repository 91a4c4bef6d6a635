"""Joint projects as lists: the projects page's list, and on a project's page its partners,
its funding applications and its documents' links; the two catalogues (strategic areas,
funding schemes) in their dialog.

The projects are dozens, a few hundred at most: the service narrows them (status, cluster,
scheme, year, cross-cluster, typed text) and the model shows what it was given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from accelerator.domain.enums import in_words
from accelerator.i18n import in_context
from accelerator.services.projects import (
    CatalogueEntry,
    DocumentLink,
    FundingRecord,
    InvolvedCluster,
    PartnerRecord,
    ProjectRow,
)
from accelerator.ui.kit import format_count, format_date
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
)

_tr = in_context("ProjectTableModel")


def kroner(amount: int | None) -> str:
    """``1,200,000 kr`` (``1 200 000 kr`` in bokmål); nothing for no amount."""
    if amount is None:
        return ""
    return _tr("{0} kr").format(format_count(amount))


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """``8 Jun 2024 – 9 May 2026``, ``from 8 Jun 2024``, ``until 9 May 2026`` or nothing."""
    if start and end:
        return _tr("{0} – {1}").format(format_date(start), format_date(end))
    if start:
        return _tr("from {0}").format(format_date(start))
    if end:
        return _tr("until {0}").format(format_date(end))
    return ""


def years_text(start: dt.date | None, end: dt.date | None) -> str:
    """``2024 – 2026``, ``2026``, ``from 2024``, ``until 2026``: a period in a narrow
    column (its days in the tooltip)."""
    if start and end:
        if start.year == end.year:
            return str(start.year)
        return _tr("{0} – {1}").format(start.year, end.year)
    if start:
        return _tr("from {0}").format(start.year)
    if end:
        return _tr("until {0}").format(end.year)
    return ""


def _date_key(day: dt.date | None) -> int | None:
    return day.toordinal() if day is not None else None


class ProjectTableModel(RecordTableModel[ProjectRow]):
    """The projects the page's choices give; a cluster is shown by its short name (the
    page says which, ``set_short_names``), the full names in the tooltip."""

    (
        COL_TITLE,
        COL_STATUS,
        COL_SINCE,
        COL_AREA,
        COL_LEAD,
        COL_PARTNERS,
        COL_CLUSTERS,
        COL_APPLIED,
        COL_GRANTED,
        COL_PERIOD,
    ) = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._short: dict[str, str] = {}
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("ProjectTableModel", "Project"), lambda p: p.title),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Status"),
                lambda p: in_words(p.status),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Since"),
                lambda p: format_date(p.status_since),
                sort_key=lambda p: _date_key(p.status_since),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ProjectTableModel", "The day the project reached its status"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Area"),
                lambda p: p.strategic_area,
                header_tooltip=QT_TRANSLATE_NOOP("ProjectTableModel", "Strategic area"),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("ProjectTableModel", "Lead"), lambda p: p.lead),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Partners"),
                lambda p: format_count(p.partners),
                sort_key=lambda p: p.partners,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ProjectTableModel", "How many organisations take part, the lead included"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Clusters"),
                self._clusters_text,
                tooltip=self._clusters_tooltip,
                decoration=self._cross_icon,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ProjectTableModel",
                    "The partners' clusters and those added by hand; the icon marks a "
                    "cross-cluster project",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Applied, kr"),
                lambda p: format_count(p.amount_applied) if p.amount_applied else "",
                sort_key=lambda p: p.amount_applied or None,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ProjectTableModel",
                    "Funding applied for, every application together, in kroner",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Granted, kr"),
                lambda p: format_count(p.amount_granted) if p.amount_granted else "",
                sort_key=lambda p: p.amount_granted or None,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP("ProjectTableModel", "Funding granted, in kroner"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProjectTableModel", "Runs"),
                lambda p: years_text(p.start_on, p.end_on),
                sort_key=lambda p: _date_key(p.start_on),
                tooltip=lambda p: period_text(p.start_on, p.end_on) or None,
            ),
        )

    def set_short_names(self, names: Mapping[str, str]) -> None:
        """Each cluster's short name by its name (a cluster without one shows whole)."""
        self._short = {name: short for name, short in names.items() if short}

    def _clusters_text(self, row: ProjectRow) -> str:
        return ", ".join(self._short.get(name, name) for name in row.clusters)

    def _clusters_tooltip(self, row: ProjectRow) -> str | None:
        if not row.clusters:
            return None
        names = "\n".join(row.clusters)
        if row.cross_cluster:
            return _tr("Cross-cluster:\n{0}").format(names)
        return names

    @staticmethod
    def _cross_icon(row: ProjectRow) -> QIcon | None:
        return icon("clusters") if row.cross_cluster else None


class PartnerTableModel(RecordTableModel[PartnerRecord]):
    """A project's partners: the organisation, its role, its own share, its clusters (by
    short name, as the list of projects shows them; their names in the tooltip)."""

    COL_ORGANISATION, COL_ROLE, COL_SHARE, COL_CLUSTERS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._short: dict[str, str] = {}
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("PartnerTableModel", "Organisation"),
                lambda p: p.organisation_name or _tr("(a partner outside your cohorts)"),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("PartnerTableModel", "Role"), lambda p: in_words(p.role)),
            ColumnSpec(
                QT_TRANSLATE_NOOP("PartnerTableModel", "Own share"),
                lambda p: kroner(p.own_share),
                sort_key=lambda p: p.own_share,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "PartnerTableModel", "What the partner puts into the budget itself"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("PartnerTableModel", "Clusters"),
                lambda p: ", ".join(self._short.get(name, name) for name in p.clusters),
                tooltip=lambda p: "\n".join(p.clusters) or None,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "PartnerTableModel", "The clusters it was a member of on the project's start"
                ),
            ),
        )

    def set_short_names(self, names: Mapping[str, str]) -> None:
        """Each cluster's short name by its name (a cluster without one shows whole)."""
        self._short = {name: short for name, short in names.items() if short}


class FundingTableModel(RecordTableModel[FundingRecord]):
    """A project's funding applications."""

    COL_SCHEME, COL_APPLIED, COL_DECISION, COL_DECIDED, COL_GRANTED, COL_REFERENCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("FundingTableModel", "Scheme"), lambda f: f.scheme_name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FundingTableModel", "Applied for"),
                lambda f: kroner(f.amount_applied),
                sort_key=lambda f: f.amount_applied,
                align=RIGHT,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FundingTableModel", "Decision"),
                lambda f: in_words(f.decision),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FundingTableModel", "Decided on"),
                lambda f: format_date(f.decided_on),
                sort_key=lambda f: _date_key(f.decided_on),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FundingTableModel", "Granted"),
                lambda f: kroner(f.amount_granted),
                sort_key=lambda f: f.amount_granted,
                align=RIGHT,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("FundingTableModel", "Reference"), lambda f: f.reference),
        )


@dataclass(frozen=True)
class DocumentRow:
    """A link to one of a project's documents, at its place in the project's list."""

    id: int  # its position
    label: str
    url: str

    @staticmethod
    def of(links: Sequence[DocumentLink]) -> list[DocumentRow]:
        return [DocumentRow(n, link.label, link.url) for n, link in enumerate(links)]


class DocumentTableModel(RecordTableModel[DocumentRow]):
    """A project's documents' links: the title and the address."""

    COL_TITLE, COL_URL = range(2)
    sortable = False  # the project's own order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Document"),
                lambda d: d.label or d.url,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("DocumentTableModel", "Address"), lambda d: d.url),
        )


class CatalogueTableModel(RecordTableModel[CatalogueEntry]):
    """A strategic area or funding scheme list: the name, how many use it, whether it is
    offered still."""

    COL_NAME, COL_USES, COL_STATE = range(3)
    sortable = False  # the list's own order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("CatalogueTableModel", "Name"), lambda e: e.name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CatalogueTableModel", "In use"),
                lambda e: format_count(e.uses),
                sort_key=lambda e: e.uses,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "CatalogueTableModel", "How many projects or applications name it"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CatalogueTableModel", "Offered"),
                lambda e: _tr("yes") if e.active else _tr("retired"),
            ),
        )


class InvolvedClusterModel(RecordTableModel[InvolvedCluster]):
    """A project's clusters: through which partners, or added by hand."""

    COL_CLUSTER, COL_THROUGH = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("InvolvedClusterModel", "Cluster"), lambda c: c.name),
            ColumnSpec(QT_TRANSLATE_NOOP("InvolvedClusterModel", "Through"), _through),
        )

    def key_of(self, record: InvolvedCluster) -> int:
        return record.cluster_id


def _through(cluster: InvolvedCluster) -> str:
    partners = ", ".join(cluster.partners)
    if cluster.by_hand and partners:
        return _tr("{0}; added by hand too").format(partners)
    if cluster.by_hand:
        return _tr("added by hand")
    return partners
