"""The cohort's readiness in two charts for the dashboard: a heatmap of companies by
dimensions, and how many companies stand at each level per dimension.

Both come from ``OverviewService.cohort_dashboard`` and are drawn by the same chart
definitions as the cohort report, so the screen and the PDF agree.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.reports.charts import HeatmapRow, cohort_heatmap, level_distribution_chart
from accelerator.services.overview import CohortDashboard
from accelerator.ui.context import AppContext
from accelerator.ui.kit import section_label
from accelerator.ui.widgets.chart_view import ChartView, report_dimensions

log = logging.getLogger(__name__)


class CohortCharts(QWidget):
    """Heatmap and distribution of one cohort; ``show_dashboard(None)`` empties them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = section_label(self.tr("Readiness across the cohort"), self, 1.1)
        layout.addWidget(self.heading)
        self.hint = QLabel(
            self.tr("Point at a cell or a bar to read the level's descriptor."), self
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        empty = self.tr(
            "No assessments in this cohort yet: the chart appears after the mentors' first "
            "assessments."
        )
        self.heatmap_view = ChartView(self.tabs, empty_text=empty, max_scale=1.9)
        self.heatmap_view.setObjectName("cohortHeatmap")
        self.distribution_view = ChartView(self.tabs, empty_text=empty, max_scale=1.9)
        self.distribution_view.setObjectName("levelDistribution")
        self.tabs.addTab(self.heatmap_view, self.tr("Companies by dimension"))
        self.tabs.addTab(self.distribution_view, self.tr("Distribution per dimension"))
        layout.addWidget(self.tabs)
        layout.setAlignment(self.tabs, Qt.AlignmentFlag.AlignTop)

    def show_dashboard(self, board: CohortDashboard | None) -> None:
        if board is None:
            self.heatmap_view.set_chart(None)
            self.distribution_view.set_chart(None)
            return
        try:
            programme = self.context.services.programmes.get_programme(board.cohort.programme_id)
            framework = self.context.services.frameworks.get_framework(programme.framework_id)
        except AcceleratorError as error:
            log.info("cohort charts of %s: %s", board.cohort.name, error)
            self.show_dashboard(None)
            return
        dimensions = report_dimensions(framework.dimensions)
        profiles = [c.profile for c in board.companies if c.profile]
        if not profiles:
            self.heatmap_view.set_chart(None)
            self.distribution_view.set_chart(None)
            return
        rows = [HeatmapRow(c.company_name, c.profile) for c in board.companies]
        self.heatmap_view.set_chart(
            cohort_heatmap(dimensions, rows, width=560, mean=board.mean_levels or None)
        )
        self.distribution_view.set_chart(level_distribution_chart(dimensions, profiles, width=560))
