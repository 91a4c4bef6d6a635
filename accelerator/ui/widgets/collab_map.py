"""The collaboration map in the window: the scene the PDF draws, painted with QPainter,
zoomed and panned.

``show_graph(graph)`` lays the graph out and builds its scene in a worker (the previous
positions given, so that a map that changed a little looks as it did), then shows it
fitted to the widget; ``mapShown`` says it is there. The caller applies its filters to the
graph first. A person zooms with the wheel (about the pointer), Ctrl+plus and Ctrl+minus,
and Ctrl+0 to fit; pans by dragging and with the arrow keys; hovers over a node for its
name, kind, clusters and projects; clicks a node to open it (``nodeActivated(key)``: an
``org:12`` or a ``cluster:3``).

Painted rather than a QGraphicsScene of items: the scene is already a list of shapes.
Edges are drawn a pen at a time as one ``drawLines`` call with flat ends (Qt rasterises
those itself; round ends go through its general stroker), those off the widget left out
when zoomed in, and the nodes stamped from pictures drawn once a zoom: a pan of 500 nodes
and 1,500 edges takes 10-20 ms a frame at 1280x800, fitted or zoomed in three times
(benchmarks/collab_map_window.py). Labels of the larger nodes show at the map's own size,
every node's once zoomed in. The legend has a band of its own under the map.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from accelerator.ui.background import Background
from accelerator.ui.kit.colours import PAPER, PAPER_EDGE

if TYPE_CHECKING:
    from accelerator.domain.collab_layout import Point
    from accelerator.domain.collaboration import Graph
    from accelerator.reports.collab_map import LegendEntry, MapNode, Scene

log = logging.getLogger(__name__)

#: The scene's size in points: the map is laid out in it and fitted to the widget.
SCENE_WIDTH = 900.0
SCENE_HEIGHT = 700.0
ZOOM_STEP = 1.25
MIN_ZOOM = 0.5
MAX_ZOOM = 12.0
#: Pixels an arrow key pans.
PAN_STEP = 40
#: From this zoom on, every node is labelled, not just the larger ones.
ALL_LABELS_ZOOM = 2.5
#: Pixels a press may move and still be a click.
CLICK_SLACK = 4
#: The legend's band: pixels between its rows, and above and below them.
LEGEND_LEADING = 4
LEGEND_PADDING = 6


def _layout_and_scene(graph: Graph, previous: dict[str, Point]) -> tuple[Scene, dict[str, Point]]:
    from accelerator.domain.collab_layout import lay_out
    from accelerator.reports.collab_map import map_scene

    layout = lay_out(graph, previous)
    return map_scene(graph, layout.positions, SCENE_WIDTH, SCENE_HEIGHT), layout.positions


#: The legend's font and metrics, its rows (each entry's x and the entry), its band's height.
_Legend = tuple[QFont, QFontMetricsF, list[list[tuple[float, "LegendEntry"]]], float]
#: An edge's pen, its width in points, its lines and their boxes (in scene points).
_Pen = tuple[QPen, float, list[QLineF], list[tuple[float, float, float, float]]]


def _on_paper(colour: QColor, alpha: float) -> QColor:
    """``colour`` at ``alpha`` over white paper, as one opaque colour."""
    return QColor.fromRgbF(
        colour.redF() * alpha + (1 - alpha),
        colour.greenF() * alpha + (1 - alpha),
        colour.blueF() * alpha + (1 - alpha),
    )


class CollaborationMapView(QWidget):
    """The collaboration map, zoomable and pannable; see the module's docstring."""

    #: A node was clicked: its key (``org:12``, ``cluster:3``).
    nodeActivated = Signal(str)
    #: A map asked for with ``show_graph`` is shown.
    mapShown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # paintEvent fills every pixel: Qt need not clear the widget first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Collaboration map"))
        self._scene: Scene | None = None
        #: The labels the last paint drew and where, none covering another.
        self.labels_drawn: list[tuple[str, QRectF]] = []
        self._positions: dict[str, Point] = {}
        self._zoom = 1.0
        self._centre = QPointF(SCENE_WIDTH / 2, SCENE_HEIGHT / 2)
        self._press: QPointF | None = None
        self._dragged = False
        self._laying_out = Background(self)
        self._request = 0
        self._label_font = QFont("DejaVu Sans")
        self._pens: list[_Pen] | None = None
        self._brushes: list[tuple[QBrush, list[tuple[float, float, float]]]] | None = None
        self._discs: dict[tuple[int, int], tuple[QPixmap, float]] = {}
        self._discs_scale = 0.0
        self._legend_cache: _Legend | None = None

    # --- what it shows ----------------------------------------------------------------------

    def show_graph(self, graph: Graph) -> None:
        """Lay ``graph`` out off the GUI thread and show it; ``mapShown`` follows."""
        self._request += 1
        request = self._request
        previous = dict(self._positions)

        def done(result: tuple[Scene, dict[str, Point]]) -> None:
            if request == self._request:
                scene, self._positions = result
                self.set_scene(scene, keep_view=bool(previous))
                self.mapShown.emit()

        def failed(error: Exception) -> None:
            log.warning("collaboration map: %s", error)

        self._laying_out.start(lambda _p, _c: _layout_and_scene(graph, previous), done, failed)

    def busy(self) -> bool:
        return self._laying_out.busy()

    def set_scene(self, scene: Scene, *, keep_view: bool = False) -> None:
        """Show ``scene`` (fitted, unless ``keep_view``: a map redrawn keeps its zoom)."""
        before, self._scene = self._scene, scene
        self._pens = None
        self._brushes = None
        self._legend_cache = None
        if not keep_view or before is None:
            self.fit()
        else:
            self._follow(before, scene)
        self.update()

    def _follow(self, before: Scene, after: Scene) -> None:
        """Keep the view on the nodes both scenes show: a new scene scaled its layout into
        the same box afresh (a node more moves its edge), so find the scale and shift
        between them (least squares over the common nodes) and zoom and pan by them."""
        common = [(before.node(n.key), n) for n in after.nodes if before.has(n.key)]
        if len(common) < 2:
            self.fit()
            return
        mean_old = QPointF(
            sum(a.x for a, _ in common) / len(common), sum(a.y for a, _ in common) / len(common)
        )
        mean_new = QPointF(
            sum(b.x for _, b in common) / len(common), sum(b.y for _, b in common) / len(common)
        )
        spread = sum((a.x - mean_old.x()) ** 2 + (a.y - mean_old.y()) ** 2 for a, _ in common)
        if spread <= 0:
            self.fit()
            return
        scale = (
            sum(
                (a.x - mean_old.x()) * (b.x - mean_new.x())
                + (a.y - mean_old.y()) * (b.y - mean_new.y())
                for a, b in common
            )
            / spread
        )
        if scale <= 0:
            self.fit()
            return
        self._centre = (self._centre - mean_old) * scale + mean_new
        self._zoom = min(max(self._zoom / scale, MIN_ZOOM), MAX_ZOOM)

    def scene(self) -> Scene | None:
        return self._scene

    # --- the view ---------------------------------------------------------------------------

    def zoom(self) -> float:
        """How far the map is zoomed: 1 is fitted to the widget."""
        return self._zoom

    def fit(self) -> None:
        self._zoom = 1.0
        self._centre = QPointF(SCENE_WIDTH / 2, SCENE_HEIGHT / 2)
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (a widget point;
        the middle when None) where it is."""
        anchor = anchor if anchor is not None else self.map_area().center()
        before = self.scene_point(anchor)
        self._zoom = min(max(self._zoom * factor, MIN_ZOOM), MAX_ZOOM)
        after = self.scene_point(anchor)
        self._centre += before - after
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map ``dx``, ``dy`` pixels (right and down)."""
        scale = self._scale()
        self._centre -= QPointF(dx / scale, -dy / scale)
        self.update()

    def map_area(self) -> QRectF:
        """The part of the widget the map is drawn in: all but the legend's band under it."""
        return QRectF(0, 0, self.width(), max(self.height() - self._legend_height(), 1.0))

    def _fit_scale(self) -> float:
        area = self.map_area()
        return max(min(area.width() / SCENE_WIDTH, area.height() / SCENE_HEIGHT), 1e-6)

    def _scale(self) -> float:
        return self._fit_scale() * self._zoom

    def widget_point(self, x: float, y: float) -> QPointF:
        """Where a scene point (points, origin bottom-left) is on the widget."""
        scale = self._scale()
        middle = self.map_area().center()
        return QPointF(
            middle.x() + (x - self._centre.x()) * scale,
            middle.y() - (y - self._centre.y()) * scale,
        )

    def scene_point(self, point: QPointF) -> QPointF:
        scale = self._scale()
        middle = self.map_area().center()
        return QPointF(
            self._centre.x() + (point.x() - middle.x()) / scale,
            self._centre.y() - (point.y() - middle.y()) / scale,
        )

    def node_key_at(self, point: QPointF) -> str | None:
        """The key of the node under a widget point (a few pixels' slack), or None."""
        if self._scene is None or not self.map_area().contains(point):
            return None
        where = self.scene_point(point)
        node = self._scene.node_at(where.x(), where.y(), slack=3 / self._scale())
        return node.key if node is not None else None

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 180)

    # --- input ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            key == Qt.Key.Key_Equal and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_by(ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit()
        elif key == Qt.Key.Key_Left:
            self.pan_by(PAN_STEP, 0)
        elif key == Qt.Key.Key_Right:
            self.pan_by(-PAN_STEP, 0)
        elif key == Qt.Key.Key_Up:
            self.pan_by(0, PAN_STEP)
        elif key == Qt.Key.Key_Down:
            self.pan_by(0, -PAN_STEP)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position() - self._press
            if self._dragged or abs(moved.x()) + abs(moved.y()) > CLICK_SLACK:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(moved.x(), moved.y())
                self._press = event.position()
            return
        self._show_tip(event.position(), event.globalPosition().toPoint())
        has_node = self.node_key_at(event.position()) is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if has_node else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            clicked = not self._dragged
            self._press = None
            self._dragged = False
            self.unsetCursor()
            if clicked:
                key = self.node_key_at(event.position())
                if key is not None:
                    self.nodeActivated.emit(key)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(QPointF(event.pos()), event.globalPos())
            return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        QToolTip.hideText()
        super().leaveEvent(event)

    def _show_tip(self, point: QPointF, global_pos: QPoint) -> None:
        key = self.node_key_at(point)
        if key is None or self._scene is None:
            QToolTip.hideText()
            return
        node = self._scene.node(key)
        QToolTip.showText(global_pos, node.tooltip, self)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(PAPER_EDGE)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        scene = self._scene
        if scene is None:
            return
        self._paint_legend(painter, scene)
        area = self.map_area()
        if scene.empty_text or not scene.nodes:
            painter.setPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), scene.empty_text)
            return
        # The map in its own part of the widget, above the legend's band: nothing of it
        # under the legend, whatever the zoom.
        painter.setClipRect(area.adjusted(1, 1, -1, 0))
        scale = self._scale()
        # Shapes in the scene's own points through the painter's transform (y up): no
        # Python work per edge at paint time, one drawLines a pen.
        painter.save()
        painter.setTransform(self._transform())
        wash = QColor(scene.ring_fill)
        wash.setAlphaF(0.05)
        painter.setPen(QPen(QColor(scene.ring_colour), 0.8 / scale, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(wash))
        for ring in scene.rings:
            painter.drawEllipse(QPointF(ring.x, ring.y), ring.radius, ring.radius)
        corner = self.scene_point(area.topLeft())
        far = self.scene_point(area.bottomRight())
        left, top, right, bottom = corner.x(), corner.y(), far.x(), far.y()
        zoomed = self._zoom > 1.0
        for pen, width, lines, boxes in self._edge_pens():
            if pen.style() == Qt.PenStyle.DashLine:
                # Dashes in pixels (a cosmetic pen), the same length whatever the zoom.
                pen.setCosmetic(True)
                pen.setWidthF(max(width * scale, 1.0))
            else:
                # A line thinner than a pixel and a half on screen as one pixel (a cosmetic
                # pen, drawn fastest); the wider ones, the more joint projects, to scale.
                pen.setWidthF(width if width * scale >= 1.5 else 0.0)
            painter.setPen(pen)
            if zoomed:
                # Zoomed in, most edges are off the widget: leave them out.
                lines = [
                    line
                    for line, (x0, y0, x1, y1) in zip(lines, boxes, strict=True)
                    if x1 >= left and x0 <= right and y1 >= bottom and y0 <= top
                ]
            painter.drawLines(lines)
        painter.restore()

        # The nodes stamped from a picture of each fill and size drawn once a zoom: a disc
        # drawn afresh costs Qt a path, its outline's stroking and an antialiased fill, a
        # third of a frame zoomed in three times.
        origin = self.widget_point(0.0, 0.0)
        x0, y0 = origin.x(), origin.y()
        for brush, discs in self._node_brushes():
            for x, y, r in discs:
                if not zoomed or (left - r <= x <= right + r and bottom - r <= y <= top + r):
                    stamp, half = self._disc(brush, r * scale)
                    painter.drawPixmap(QPointF(x0 + x * scale - half, y0 - y * scale - half), stamp)

        # Labels, upright at their size: the larger nodes', or everyone's when zoomed in.
        every = self._zoom >= ALL_LABELS_ZOOM
        font = QFont(self._label_font)
        font.setPixelSize(max(9, round(6.5 * self._fit_scale() * min(self._zoom, 2.0))))
        bold = QFont(font)
        bold.setBold(True)
        painter.setPen(QColor(scene.label_colour))
        metrics = QFontMetricsF(font)
        bold_metrics = QFontMetricsF(bold)
        lift = metrics.capHeight() / 2
        # Each node's place on the widget worked out here, not by widget_point: a Python
        # call a node is a few milliseconds a frame of 500 labels.
        origin = self.widget_point(0.0, 0.0)
        x0, y0 = origin.x(), origin.y()
        low_x, high_x = area.left() - 300, area.right() + 20
        low_y, high_y = area.top() - 20, area.bottom() + 20
        current = None
        # A label that would cover one already drawn is left out (the clusters' first,
        # then the larger nodes'): the scene chose them at paper's sizes, and the window's
        # type is larger beside its nodes. Hover still names every node.
        taken: dict[tuple[int, int], list[QRectF]] = {}
        self.labels_drawn = []
        height = metrics.height()
        for node in sorted(scene.nodes, key=_label_order):
            if not (node.labelled or every):
                continue
            r = node.radius * scale
            px, py = x0 + node.x * scale, y0 - node.y * scale
            if not (low_x - r <= px <= high_x + r and low_y - r <= py <= high_y + r):
                continue
            chosen = bold if node.is_cluster else font
            text = node.label
            gap = r + 2
            measure = bold_metrics if node.is_cluster else metrics
            width = measure.horizontalAdvance(text)
            x = px - gap - width if node.label_left else px + gap
            box = QRectF(x, py - height / 2, width, height)
            cells = _cells(box)
            if any(box.intersects(other) for cell in cells for other in taken.get(cell, ())):
                continue
            for cell in cells:
                taken.setdefault(cell, []).append(box)
            self.labels_drawn.append((text, box))
            if chosen is not current:
                painter.setFont(chosen)
                current = chosen
            painter.drawText(QPointF(x, py + lift), text)

    def _transform(self) -> QTransform:
        scale = self._scale()
        middle = self.map_area().center()
        return QTransform(
            scale,
            0.0,
            0.0,
            -scale,
            middle.x() - self._centre.x() * scale,
            middle.y() + self._centre.y() * scale,
        )

    def _edge_pens(self) -> list[_Pen]:
        """The scene's edges grouped by pen, in scene points: made once a scene."""
        if self._pens is None:
            scene = self._scene
            assert scene is not None
            grouped: dict[tuple[str, bool, float], list[QLineF]] = {}
            for edge in scene.edges:
                grouped.setdefault((edge.colour, edge.dashed, edge.width), []).append(
                    QLineF(edge.x1, edge.y1, edge.x2, edge.y2)
                )
            self._pens = []
            # The dashed (a meeting that led to a project) last: over the solid line of
            # the project the two organisations share, which hid it.
            ordered = sorted(grouped.items(), key=lambda item: item[0][1])
            for (colour, dashed, width), lines in ordered:
                # The PDF's translucent ink, mixed with the paper beforehand: Qt's raster
                # engine strokes opaque lines several times as fast.
                pen = QPen(_on_paper(QColor(colour), 0.9 if dashed else 0.55), width)
                # Flat ends, hidden under the nodes' discs anyway: Qt's raster engine draws
                # a line with flat or square ends itself, one with round ends through its
                # general stroker, ten times as slow (a pan zoomed in three times took
                # 160 ms a repaint, most of it there).
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                if dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                boxes = [
                    (
                        min(ln.x1(), ln.x2()),
                        min(ln.y1(), ln.y2()),
                        max(ln.x1(), ln.x2()),
                        max(ln.y1(), ln.y2()),
                    )
                    for ln in lines
                ]
                self._pens.append((pen, width, lines, boxes))
        return self._pens

    def _disc(self, brush: QBrush, radius: float) -> tuple[QPixmap, float]:
        """A node's disc of ``radius`` pixels in ``brush`` with its white outline, and half
        its picture's width: drawn once for a fill, a size (to a quarter of a pixel) and a
        scale."""
        scale = self._scale()
        if self._discs_scale != scale:
            self._discs.clear()
            self._discs_scale = scale
        key = (brush.color().rgba(), round(radius * 4))
        found = self._discs.get(key)
        if found is None:
            ratio = self.devicePixelRatioF()
            side = math.ceil(2 * radius + 3)
            stamp = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            painter = QPainter(stamp)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(Qt.GlobalColor.white), 0.8))
            painter.setBrush(brush)
            painter.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            painter.end()
            found = self._discs[key] = (stamp, side / 2)
        return found

    def _node_brushes(self) -> list[tuple[QBrush, list[tuple[float, float, float]]]]:
        """The scene's nodes grouped by fill, in drawing order within each: made once."""
        if self._brushes is None:
            scene = self._scene
            assert scene is not None
            grouped: dict[str, list[tuple[float, float, float]]] = {}
            for node in scene.nodes:
                grouped.setdefault(node.fill, []).append((node.x, node.y, node.radius))
            # Clusters (ink) last: over the organisations, as the paper draws them.
            self._brushes = [(QBrush(QColor(fill)), discs) for fill, discs in grouped.items()]
        return self._brushes

    def _legend(self) -> _Legend:
        """The legend's font, its entries flowed into rows the widget's width, and the
        height of its band (0 without a legend): worked out again only when the widget's
        width, its font or the scene changes (every point mapped asks for the band)."""
        if self._legend_cache is None:
            from accelerator.reports.collab_map import legend_rows

            font = QFont(self.font())
            font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
            metrics = QFontMetricsF(font)
            entries = self._scene.legend if self._scene is not None else ()
            swatch = metrics.height() * 0.7
            rows = legend_rows(entries, self.width() - 24, metrics.horizontalAdvance, swatch)
            rows = [row for row in rows if row]
            band = (metrics.height() + LEGEND_LEADING) * len(rows) + 2 * LEGEND_PADDING
            self._legend_cache = (font, metrics, rows, band if rows else 0.0)
        return self._legend_cache

    def _legend_height(self) -> float:
        return self._legend()[3]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._legend_cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._legend_cache = None
        super().changeEvent(event)

    def _paint_legend(self, painter: QPainter, scene: Scene) -> None:
        """The legend's entries in their band along the bottom, under a rule, the size they
        are whatever the zoom."""
        font, metrics, rows, _band = self._legend()
        if not rows:
            return
        painter.setFont(font)
        swatch = metrics.height() * 0.7
        line = metrics.height() + LEGEND_LEADING
        top = self.height() - self._legend_height()
        painter.setPen(PAPER_EDGE)
        painter.drawLine(QPointF(1, top + 0.5), QPointF(self.width() - 1, top + 0.5))
        top += LEGEND_PADDING
        for r, row in enumerate(rows):
            y = top + r * line + line / 2
            for x0, entry in row:
                x = 12 + x0
                colour = QColor(entry.colour)
                if entry.shape == "disc":
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawEllipse(QPointF(x + swatch / 2, y), swatch / 2, swatch / 2)
                elif entry.shape == "ring":
                    painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(x + swatch / 2, y), swatch / 2, swatch / 2)
                else:
                    pen = QPen(colour, 1.5)
                    if entry.shape == "dashed":
                        pen.setStyle(Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x - 1, y), QPointF(x + swatch + 1, y))
                painter.setPen(QColor(scene.label_colour))
                painter.drawText(QPointF(x + swatch * 1.6, y + metrics.capHeight() / 2), entry.text)


#: The side of a square of the widget in which labels are looked for overlaps, in pixels.
LABEL_CELL = 64


def _label_order(node: MapNode) -> tuple[bool, float]:
    """Clusters' labels first, then the larger nodes'."""
    return (not node.is_cluster, -node.radius)


def _cells(box: QRectF) -> list[tuple[int, int]]:
    """The squares of LABEL_CELL pixels that ``box`` touches."""
    left, right = int(box.left() // LABEL_CELL), int(box.right() // LABEL_CELL)
    top, bottom = int(box.top() // LABEL_CELL), int(box.bottom() // LABEL_CELL)
    return [(cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1)]
