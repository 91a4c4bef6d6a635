"""Shows a chart from ``accelerator.reports.charts`` on screen: the same drawing the PDF
reports print, rendered from SVG, with its hotspots as tooltips.

The SVG is painted as vectors through the widget's painter, so it is crisp at any size
and on HiDPI screens. The chart sits on a light "paper" card whatever the palette: its
colours were chosen for paper, and a dark window would swallow its ink.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from accelerator.reports.data import Dimension, Level
from accelerator.services.records import DimensionRecord
from accelerator.ui.kit import PAPER, PAPER_EDGE, muted_colour

if TYPE_CHECKING:
    # reportlab, which draws the charts, is imported with the first chart drawn: not at
    # start (0.1 s), and on a dashboard in the worker that draws it (cohort_charts).
    from accelerator.reports.charts import Chart, Hotspot

log = logging.getLogger(__name__)

#: Pixels of paper around the drawing.
CHART_PADDING = 8


_CLIP_PATH = re.compile(r"<clipPath\b.*?</clipPath>", re.S)


def screen_svg(chart: Chart) -> bytes:
    """``chart_svg`` adjusted for QtSvg, which reads two things in reportlab's SVG
    differently from a browser: the whole-drawing clip path (QtSvg paints the drawing
    black under it) and the capitalised ``fill: None`` (QtSvg fills the line black).

    Pure Python (reportlab): it may run off the GUI thread, and ``set_chart`` takes its
    result."""
    from accelerator.reports.charts import chart_svg

    svg = chart_svg(chart).decode("utf-8")
    svg = _CLIP_PATH.sub("", svg).replace(' style="clip-path: url(#clip)"', "")
    svg = svg.replace("fill: None", "fill: none").replace("stroke: None", "stroke: none")
    return svg.encode("utf-8")


def report_dimensions(dimensions: Iterable[DimensionRecord]) -> tuple[Dimension, ...]:
    """A framework's dimensions as the chart builders take them (with every descriptor)."""
    return tuple(
        Dimension(
            key=d.key,
            name=d.name,
            levels={lv.level: Level(lv.level, lv.title, lv.description) for lv in d.levels},
        )
        for d in dimensions
    )


class ChartView(QWidget):
    """A :class:`Chart` scaled to the widget, keeping its aspect ratio.

    ``max_scale`` caps how far a small drawing is blown up (pixels per drawing point), so
    a chart in a wide window does not turn into a poster; the chart is then centred.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        empty_text: str = "",
        max_scale: float = 2.4,
    ) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self._renderer: QSvgRenderer | None = None
        self._max_scale = max_scale
        self._empty_text = empty_text or self.tr(
            "No assessments yet: the chart appears after the first assessment."
        )
        self.setMouseTracking(True)
        self.setMinimumSize(200, 140)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- what is shown ----------------------------------------------------------------------

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart | None, svg: bytes | None = None) -> None:
        """Show ``chart``; None shows the empty state in words. ``svg``: the chart's
        ``screen_svg`` when it was already made (in a worker), else it is made here."""
        self._chart = chart
        self._renderer = None
        if chart is not None:
            drawn = svg if svg is not None else screen_svg(chart)
            renderer = QSvgRenderer(QByteArray(drawn), self)
            if renderer.isValid():
                self._renderer = renderer
            else:  # never expected; say so rather than show a blank card
                log.warning("the chart %r did not render as SVG", chart.title)
        self.setAccessibleName(chart.title if chart else self._empty_text)
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        if self._chart is None:
            self.setAccessibleName(text)
            self.update()

    def empty_text(self) -> str:
        return self._empty_text

    # --- geometry ---------------------------------------------------------------------------

    def chart_rect(self) -> QRectF:
        """Where the drawing is painted, in widget coordinates (empty without a chart)."""
        chart = self._chart
        if chart is None or chart.width <= 0 or chart.height <= 0:
            return QRectF()
        room_w = max(self.width() - 2 * CHART_PADDING, 1)
        room_h = max(self.height() - 2 * CHART_PADDING, 1)
        scale = min(room_w / chart.width, room_h / chart.height, self._max_scale)
        w, h = chart.width * scale, chart.height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def drawing_point(self, point: QPointF | QPoint) -> tuple[float, float] | None:
        """A widget point in drawing coordinates (origin bottom-left), None off the drawing."""
        rect = self.chart_rect()
        chart = self._chart
        if chart is None or rect.isEmpty():
            return None
        p = QPointF(point)
        if not rect.contains(p):
            return None
        scale = rect.width() / chart.width
        return (p.x() - rect.x()) / scale, chart.height - (p.y() - rect.y()) / scale

    def hotspot_at(self, point: QPointF | QPoint) -> Hotspot | None:
        """The hotspot under a widget point: what its tooltip shows."""
        where = self.drawing_point(point)
        if where is None or self._chart is None:
            return None
        return self._chart.hotspot_at(*where)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        chart = self._chart
        if chart is None or chart.width <= 0:
            return 160
        scale = min((width - 2 * CHART_PADDING) / chart.width, self._max_scale)
        return int(chart.height * scale + 2 * CHART_PADDING)

    def sizeHint(self) -> QSize:
        chart = self._chart
        if chart is None:
            return QSize(360, 160)
        scale = min(1.6, self._max_scale)
        return QSize(
            int(chart.width * scale + 2 * CHART_PADDING),
            int(chart.height * scale + 2 * CHART_PADDING),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 140)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = self.chart_rect()
        if self._renderer is None or rect.isEmpty():
            self._paint_empty(painter)
            return
        card = rect.adjusted(-CHART_PADDING, -CHART_PADDING, CHART_PADDING, CHART_PADDING)
        painter.setPen(PAPER_EDGE)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(card, 6, 6)
        self._renderer.render(painter, rect)

    def _paint_empty(self, painter: QPainter) -> None:
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        edge = self.palette().color(QPalette.ColorRole.Mid)
        pen = painter.pen()
        pen.setColor(edge)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, 6, 6)
        painter.setPen(muted_colour(self.palette()))
        painter.drawText(
            area.adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self._empty_text,
        )

    # --- tooltips ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._show_tip(event.position(), event.globalPosition().toPoint())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(QPointF(event.pos()), event.globalPos())
            return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        QToolTip.hideText()
        super().leaveEvent(event)

    def _show_tip(self, point: QPointF, global_pos: QPoint) -> None:
        spot = self.hotspot_at(point)
        if spot is None:
            QToolTip.hideText()
            return
        rect = self.chart_rect()
        chart = self._chart
        assert chart is not None
        scale = rect.width() / chart.width
        # The hotspot's own area, so the tip stays while the pointer is inside it.
        area = QRectF(
            rect.x() + spot.x * scale,
            rect.y() + (chart.height - spot.y - spot.height) * scale,
            spot.width * scale,
            spot.height * scale,
        ).toAlignedRect()
        QToolTip.showText(global_pos, spot.text, self, area)
