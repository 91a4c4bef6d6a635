"""Collaboration map: the organisations and clusters that joint projects join, as a
network to zoom into and pan, chosen by year, cluster and status.

The map fills the page, its legend in a band under it. A click on an organisation opens
its page; a click on a cluster shows only the projects involving that cluster. The map is
read again when projects, memberships, clusters or meetings change, and laid out warm
from what it showed: what stayed keeps its place.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from accelerator.domain.collaboration import Graph, graph
from accelerator.domain.enums import ProjectStatus, in_words
from accelerator.errors import AcceleratorError
from accelerator.ui.context import AppContext
from accelerator.ui.kit import caption, heading_row, muted_label, page_layout
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.collab_map import CollaborationMapView

log = logging.getLogger(__name__)


class CollaborationPage(Page):
    shows = (Data.PROJECTS, Data.MEMBERSHIPS, Data.CLUSTERS, Data.MEETINGS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._graph: Graph = graph((), ())

        outer = page_layout(self)
        self.count_label = muted_label("", self, wrap=False)
        self.count_label.setObjectName("collaborationCount")
        outer.addLayout(heading_row(self.tr("Collaboration map"), self, self.count_label))

        # Made in the order they are shown, which Tab follows.
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("collaborationYear")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.setToolTip(
            self.tr("Projects active in the year: running in it, or reaching a status in it")
        )
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.setObjectName("collaborationCluster")
        self.cluster_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cluster_combo.setToolTip(
            self.tr("Projects with a partner from the cluster, or the cluster added by hand")
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("collaborationStatus")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.addItem(self.tr("Every status"), None)
        for status in ProjectStatus:
            self.status_combo.addItem(in_words(status), status.value)
        filters.addWidget(caption(self.tr("&Year:"), self.year_combo, self))
        filters.addWidget(self.year_combo)
        filters.addSpacing(12)
        filters.addWidget(caption(self.tr("Cl&uster:"), self.cluster_combo, self))
        filters.addWidget(self.cluster_combo)
        filters.addSpacing(12)
        filters.addWidget(caption(self.tr("S&tatus:"), self.status_combo, self))
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.map = CollaborationMapView(self)
        self.map.setObjectName("collaborationMap")
        self.map.nodeActivated.connect(self.open_node)
        outer.addWidget(self.map, 1)
        self.hint_label = muted_label(
            self.tr(
                "Zoom with the wheel or Ctrl+plus and Ctrl+minus, Ctrl+0 to fit; pan by "
                "dragging or with the arrow keys. Hover over an organisation for its name "
                "and projects; click it to open its page, or click a cluster to show only "
                "its projects."
            ),
            self,
        )
        self.hint_label.setObjectName("collaborationHint")
        outer.addWidget(self.hint_label)

        for combo in (self.year_combo, self.cluster_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self._read_map())

    @property
    def title(self) -> str:
        return self.tr("Collaboration map")

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_years()
        self._fill_clusters()
        self._read_map()

    def _fill_years(self) -> None:
        """Every year, then each year a project was active in, the latest first."""
        this_year = dt.date.today().year
        years = {this_year}
        try:
            for row in self.context.services.projects.list_projects():
                first = row.start_on or row.created_at.date()
                last = row.end_on or max(first, dt.date.today())
                years.update(range(first.year, last.year + 1))
        except AcceleratorError as error:
            log.info("collaboration map: the projects' years: %s", error)
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Every year"), None)
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0))
        self.year_combo.blockSignals(False)

    def _fill_clusters(self) -> None:
        chosen = self.cluster_combo.currentData()
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("Every cluster"), None)
        for cluster in self.context.services.clusters.list_clusters():
            self.cluster_combo.addItem(cluster.name, cluster.id)
        self.cluster_combo.setCurrentIndex(max(self.cluster_combo.findData(chosen), 0))
        self.cluster_combo.blockSignals(False)

    def _read_map(self) -> None:
        """Read the chosen projects' network and lay it out (warm: what stays keeps its
        place)."""
        status = self.status_combo.currentData()
        try:
            self._graph = self.context.services.projects.collaboration(
                year=self.year_combo.currentData(),
                cluster_id=self.cluster_combo.currentData(),
                status=ProjectStatus(status) if status else None,
            )
        except AcceleratorError as error:
            log.info("collaboration map: %s", error)
            self._graph = graph((), ())
        organisations = sum(1 for n in self._graph.nodes if not n.is_cluster)
        clusters = len(self._graph.nodes) - organisations
        self.count_label.setText(
            self.tr("%n organisations", "", organisations)
            + " · "
            + self.tr("%n clusters", "", clusters)
        )
        self.map.show_graph(self._graph)

    # --- the map's clicks -------------------------------------------------------------------

    def open_node(self, key: str) -> None:
        """An organisation clicked: its page. A cluster: only the projects involving it."""
        if key not in self._graph:
            return
        node = self._graph.node(key)
        if node.is_cluster:
            self.show_cluster(node.ref)
        else:
            self.context.navigator.open_company(node.ref)

    def show_cluster(self, cluster_id: int | None) -> None:
        """Show the projects involving ``cluster_id`` (None: every cluster's)."""
        index = self.cluster_combo.findData(cluster_id)
        if index < 0:
            self._fill_clusters()
            index = self.cluster_combo.findData(cluster_id)
        if index >= 0:
            self.cluster_combo.setCurrentIndex(index)
