"""The cohort's readiness in two charts for the dashboard: a heatmap of companies by
dimensions, and how many companies stand at each level per dimension.

Both come from ``OverviewService.cohort_dashboard`` and are drawn by the same chart
definitions as the cohort report, so the screen and the PDF agree.

They are drawn in a worker once they are first painted (seen): reportlab's import, the
report fonts and the two drawings took 0.5 s of the window's start on a 40-company cohort,
with nothing on the screen until they were done. The charts say they are being drawn until
they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.reports.data import Dimension
from accelerator.services.overview import CohortDashboard
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.kit import section_label
from accelerator.ui.widgets.chart_view import ChartView, report_dimensions, screen_svg

if TYPE_CHECKING:
    from accelerator.reports.charts import Chart

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DrawnCharts:
    """The two charts of one cohort and their SVG for the screen, made off the GUI thread."""

    heatmap: Chart
    heatmap_svg: bytes
    distribution: Chart
    distribution_svg: bytes


def draw_charts(
    dimensions: tuple[Dimension, ...],
    rows: Sequence[tuple[str, Mapping[str, int]]],
    profiles: Sequence[Mapping[str, int]],
    mean: Mapping[str, float] | None,
) -> DrawnCharts:
    """The heatmap of ``rows`` (company name, levels) and the distribution of ``profiles``:
    pure Python (reportlab), for a worker."""
    from accelerator.reports.charts import HeatmapRow, cohort_heatmap, level_distribution_chart

    heatmap = cohort_heatmap(
        dimensions, [HeatmapRow(name, profile) for name, profile in rows], width=560, mean=mean
    )
    distribution = level_distribution_chart(dimensions, profiles, width=560)
    return DrawnCharts(heatmap, screen_svg(heatmap), distribution, screen_svg(distribution))


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
        self._empty_text = empty
        self._drawing = Background(self)
        # Which cohort the charts show, and which request is the latest: an answer to an
        # older one (another cohort chosen meanwhile, a refresh) is dropped.
        self._cohort_id: int | None = None
        self._request = 0
        # The drawing asked for before the charts were first painted: it starts then.
        self._waiting: Callable[[], object] | None = None
        self._painted = False

    def drawing(self) -> bool:
        """Whether charts are being drawn or wait to be seen (they show when drawn)."""
        return self._waiting is not None or self._drawing.busy()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint: the window shows first, then the worker starts.
            QTimer.singleShot(0, self._start_waiting)

    def _start_waiting(self) -> None:
        start, self._waiting = self._waiting, None
        if start is not None:
            start()

    def show_dashboard(self, board: CohortDashboard | None) -> None:
        self._request += 1
        if board is None:
            self._show_none()
            return
        try:
            programme = self.context.services.programmes.get_programme(board.cohort.programme_id)
            framework = self.context.services.frameworks.get_framework(programme.framework_id)
        except AcceleratorError as error:
            log.info("cohort charts of %s: %s", board.cohort.name, error)
            self._show_none()
            return
        dimensions = report_dimensions(framework.dimensions)
        profiles = [c.profile for c in board.companies if c.profile]
        if not profiles:
            self._show_none()
            return
        rows = [(c.company_name, c.profile) for c in board.companies]
        mean = board.mean_levels or None
        if board.cohort.id != self._cohort_id:
            # Another cohort's charts would mislead meanwhile; the same cohort's stay.
            waiting = self.tr("Drawing the charts…")
            for view in (self.heatmap_view, self.distribution_view):
                view.set_chart(None)
                view.set_empty_text(waiting)
        self._cohort_id = board.cohort.id
        request = self._request

        def start() -> None:
            self._drawing.start(
                lambda _progress, _cancelled: draw_charts(dimensions, rows, profiles, mean),
                lambda charts: self._drawn(request, charts),
                lambda error: self._not_drawn(request, error),
            )

        if self._painted:
            start()
        else:
            self._waiting = start

    def _show_none(self) -> None:
        self._cohort_id = None
        self._waiting = None
        for view in (self.heatmap_view, self.distribution_view):
            view.set_empty_text(self._empty_text)
            view.set_chart(None)

    def _drawn(self, request: int, charts: DrawnCharts) -> None:
        if request != self._request:
            return
        self.heatmap_view.set_chart(charts.heatmap, charts.heatmap_svg)
        self.distribution_view.set_chart(charts.distribution, charts.distribution_svg)

    def _not_drawn(self, request: int, error: Exception) -> None:
        # Never expected (the worker reports it as a bug); the figures above still stand.
        log.warning("the cohort charts could not be drawn: %s", error)
        if request == self._request:
            self._show_none()
