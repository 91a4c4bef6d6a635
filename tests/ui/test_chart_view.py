"""ChartView shows a report chart on screen, and its tooltips carry the level descriptors."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QByteArray, QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus
from accelerator.reports.charts import Chart, levels_over_time_chart, radar_chart
from accelerator.reports.data import DatedLevels, Dimension, Level
from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.chart_view import CHART_PADDING, ChartView, screen_svg
from accelerator.ui.widgets.cohort_charts import CohortCharts
from tests.ui.helpers import NoNavigation

DIMENSIONS = tuple(
    Dimension(
        key,
        name,
        {
            n: Level(n, f"{name} step {n}", f"What {name.lower()} level {n} means")
            for n in range(1, 10)
        },
    )
    for key, name in (("customer", "Customer"), ("technology", "Technology"), ("team", "Team"))
)


def _radar() -> Chart:
    return radar_chart(
        DIMENSIONS, {"customer": 4, "technology": 7, "team": 5}, {"customer": 2, "technology": 6}
    )


def _view_at_scale_two(qtbot: QtBot, chart: Chart) -> ChartView:
    view = ChartView(max_scale=3)
    qtbot.addWidget(view)
    view.set_chart(chart)
    # Exactly twice the drawing plus the paper edge: the drawing fills the widget at scale 2.
    view.resize(int(chart.width * 2 + 2 * CHART_PADDING), int(chart.height * 2 + 2 * CHART_PADDING))
    view.show()
    qtbot.waitExposed(view)
    return view


def _widget_point(chart: Chart, x: float, y: float) -> QPoint:
    """Drawing coordinates (origin bottom-left) at scale 2 -> widget pixels (top-left)."""
    return QPoint(round(CHART_PADDING + 2 * x), round(CHART_PADDING + 2 * (chart.height - y)))


def test_tooltip_over_a_level_shows_its_descriptor(qtbot: QtBot) -> None:
    chart = _radar()
    view = _view_at_scale_two(qtbot, chart)
    spot = next(s for s in chart.hotspots if "level 7" in s.text)
    centre = _widget_point(chart, spot.x + spot.width / 2, spot.y + spot.height / 2)

    QTest.mouseMove(view, centre)

    qtbot.waitUntil(QToolTip.isVisible)
    assert "Technology step 7" in QToolTip.text()
    assert "What technology level 7 means" in QToolTip.text()
    assert view.hotspot_at(centre) == spot


def test_no_tooltip_off_the_hotspots(qtbot: QtBot) -> None:
    chart = _radar()
    view = _view_at_scale_two(qtbot, chart)
    corner = _widget_point(chart, 2, chart.height - 2)  # top-left corner of the drawing
    assert view.hotspot_at(corner) is None
    assert view.hotspot_at(QPoint(1, 1)) is None  # on the paper edge, outside the drawing


def test_the_drawing_keeps_its_aspect_ratio_when_the_widget_does_not(qtbot: QtBot) -> None:
    chart = _radar()
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart)
    view.resize(900, 300)
    rect = view.chart_rect()
    assert rect.width() / rect.height() == pytest.approx(chart.width / chart.height, rel=1e-3)
    assert rect.height() == pytest.approx(300 - 2 * CHART_PADDING)
    assert rect.center().x() == pytest.approx(450)  # centred in the spare width


def test_empty_chart_is_explained(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(_radar())
    view.set_chart(None)
    assert view.chart is None
    assert "No assessments yet" in view.accessibleName()
    assert view.hotspot_at(QPoint(50, 50)) is None


def test_the_screen_svg_is_not_painted_black(qapp: object) -> None:
    """QtSvg paints reportlab's clip path and 'fill: None' black unless they are adjusted."""
    chart = levels_over_time_chart(
        DIMENSIONS,
        [
            DatedLevels(dt.date(2026, 1, 5), "baseline", {"customer": 2, "technology": 3}),
            DatedLevels(dt.date(2026, 3, 2), "progress", {"customer": 5, "technology": 3}),
        ],
    )
    image = QImage(int(chart.width * 2), int(chart.height * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(QByteArray(screen_svg(chart))).render(painter)
    painter.end()
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)).lightness() < 60
    )
    samples = (image.width() // 4 + 1) * (image.height() // 4 + 1)
    assert dark / samples < 0.05  # ink only: titles and lines, not filled areas


def test_cohort_charts_show_the_demo_heatmap_with_descriptors(qtbot: QtBot, demo: Services) -> None:
    cohort = next(c for c in demo.programmes.list_cohorts() if c.status is CohortStatus.RUNNING)
    board = demo.overview.cohort_dashboard(cohort.id)
    charts = CohortCharts(AppContext(demo, ChangeBus(), NoNavigation()))
    qtbot.addWidget(charts)
    charts.show()
    charts.show_dashboard(board)
    # Drawn in a worker: the charts say so until they are there.
    assert charts.heatmap_view.chart is None
    assert charts.heatmap_view.empty_text() == "Drawing the charts…"
    qtbot.waitUntil(lambda: charts.heatmap_view.chart is not None)
    assert not charts.drawing()
    heatmap = charts.heatmap_view.chart
    assert heatmap is not None
    company = board.companies[0]
    level = company.profile["technology"]
    texts = [s.text for s in heatmap.hotspots]
    assert any(company.company_name in t and f"level {level}" in t for t in texts), texts[:3]
    assert charts.distribution_view.chart is not None

    charts.show_dashboard(None)
    assert charts.heatmap_view.chart is None


def test_cohort_charts_show_the_cohort_chosen_last(qtbot: QtBot, demo: Services) -> None:
    """Chosen one after the other before the first is drawn: the first's charts never show."""
    boards = [demo.overview.cohort_dashboard(c.id) for c in demo.programmes.list_cohorts()]
    first, last = [b for b in boards if any(c.profile for c in b.companies)][:2]
    only_first = {c.company_name for c in first.companies} - {
        c.company_name for c in last.companies
    }
    assert only_first
    charts = CohortCharts(AppContext(demo, ChangeBus(), NoNavigation()))
    qtbot.addWidget(charts)
    charts.show()
    charts.show_dashboard(first)
    charts.show_dashboard(last)
    qtbot.waitUntil(lambda: not charts.drawing())
    heatmap = charts.heatmap_view.chart
    assert heatmap is not None
    texts = " ".join(s.text for s in heatmap.hotspots)
    assert not any(name in texts for name in only_first)
    assert last.companies[0].company_name in texts

    # The same cohort again (a refresh after an edit): its charts stay while it is redrawn.
    charts.show_dashboard(last)
    assert charts.heatmap_view.chart is heatmap
    qtbot.waitUntil(lambda: not charts.drawing())
    assert charts.heatmap_view.chart is not None
