"""The collaboration map in the window: hover for names, click a node, zoom and pan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from accelerator.domain.collaboration import CLUSTER, Edge, EdgeKind, Graph, Node, graph
from accelerator.ui import translator
from accelerator.ui.widgets.collab_map import CollaborationMapView
from benchmarks.collab_layout import grown, sample_graph
from tests.languages import kept_language

__all__ = ["kept_language"]


def _network() -> Graph:
    return graph(
        [
            Node("cluster:1", "Havbruksklyngen", CLUSTER, (), 1),
            Node("org:1", "Ærfugl Sensorikk AS", "company", ("cluster:1",), 1),
            Node("org:2", "SINTEF Ocean", "research_institute", ("cluster:1",), 2),
            Node("org:3", "NTNU", "university", (), 3),
            Node("org:4", "Havkapital", "investor", ("cluster:1",), 4),
        ],
        [
            Edge("org:1", "org:2", 3),
            Edge("org:2", "org:3"),
            Edge("org:1", "org:4", 1, EdgeKind.MEETING),
        ],
    )


@pytest.fixture
def view(qtbot: QtBot) -> CollaborationMapView:
    shown = CollaborationMapView()
    qtbot.addWidget(shown)
    shown.resize(720, 560)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.mapShown, timeout=10_000):
        shown.show_graph(_network())
    return shown


def _where(view: CollaborationMapView, key: str) -> QPoint:
    scene = view.scene()
    assert scene is not None
    node = scene.node(key)
    return view.widget_point(node.x, node.y).toPoint()


def test_hovering_a_node_names_it(qtbot: QtBot, view: CollaborationMapView) -> None:
    QTest.mouseMove(view, _where(view, "org:2"))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines()[:3] == [
        "SINTEF Ocean",
        "Research institute",
        "Member of Havbruksklyngen",
    ]


def test_clicking_a_node_says_which(qtbot: QtBot, view: CollaborationMapView) -> None:
    with qtbot.waitSignal(view.nodeActivated) as clicked:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=_where(view, "org:3"))
    assert clicked.args == ["org:3"]
    # A click on the paper between the nodes opens nothing.
    with qtbot.assertNotEmitted(view.nodeActivated):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_the_wheel_zooms_about_the_pointer(view: CollaborationMapView) -> None:
    at = _where(view, "org:1")
    wheel = QWheelEvent(
        QPointF(at),
        QPointF(view.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.zoom() == pytest.approx(1.25**2)
    # The node under the pointer stays under it, and the others spread out.
    assert (_where(view, "org:1") - at).manhattanLength() <= 1
    assert view.node_key_at(QPointF(at)) == "org:1"


def test_keys_zoom_pan_and_fit(view: CollaborationMapView) -> None:
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(0.8)
    before = _where(view, "org:2")
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert _where(view, "org:2") - before == QPoint(40, 40)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1.0


def test_dragging_pans_and_opens_nothing(qtbot: QtBot, view: CollaborationMapView) -> None:
    start = _where(view, "org:3")
    before = _where(view, "org:1")
    with qtbot.assertNotEmitted(view.nodeActivated):
        QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(view, start + QPoint(30, 0))
        QTest.mouseMove(view, start + QPoint(60, 20))
        QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 20))
    assert _where(view, "org:1") - before == QPoint(60, 20)


def test_a_redrawn_map_keeps_its_positions_and_zoom(qtbot: QtBot) -> None:
    view = CollaborationMapView()
    qtbot.addWidget(view)
    view.resize(720, 560)
    view.show()
    first = sample_graph(80, 200)
    with qtbot.waitSignal(view.mapShown, timeout=10_000):
        view.show_graph(first)
    view.zoom_by(1.5)
    before = {n.key: _where(view, n.key) for n in first.nodes}
    with qtbot.waitSignal(view.mapShown, timeout=10_000):
        view.show_graph(grown(first, added_nodes=2, added_edges=4))
    # The old nodes where they were on the widget: the new scene scaled the layout into
    # the box afresh, and the view follows it; a few pixels of what the warm layout moved.
    moved = sorted((_where(view, k) - was).manhattanLength() for k, was in before.items())
    assert moved[len(moved) // 2] <= 20
    assert view.zoom() != 1.0


def test_in_bokmal_the_tooltip_says_the_kind_in_bokmal(qtbot: QtBot, kept_language: None) -> None:
    translator.speak("nb")
    shown = CollaborationMapView()
    qtbot.addWidget(shown)
    shown.resize(720, 560)
    shown.show()
    with qtbot.waitSignal(shown.mapShown, timeout=10_000):
        shown.show_graph(_network())
    QTest.mouseMove(shown, _where(shown, "org:1"))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines()[:2] == ["Ærfugl Sensorikk AS", "Selskap"]


def test_the_legend_has_a_band_of_its_own(view: CollaborationMapView) -> None:
    area = view.map_area()
    assert 0 < area.height() < view.height()
    scene = view.scene()
    assert scene is not None
    # Fitted, every node is above the legend.
    for node in scene.nodes:
        assert view.widget_point(node.x, node.y).y() + node.radius < area.bottom()
    top = int(area.bottom()) + 1
    band = view.grab().toImage().copy(0, top, view.width(), view.height() - top)
    # Zoomed in on the lowest node and moved under the legend, the map goes on under it
    # unseen: the legend looks as it did, and a click there opens nothing.
    lowest = min(scene.nodes, key=lambda n: n.y)
    view.zoom_by(3.0, view.widget_point(lowest.x, lowest.y))
    view.pan_by(0, view.height() - view.widget_point(lowest.x, lowest.y).y() - 10)
    under = view.widget_point(lowest.x, lowest.y)
    assert under.y() > area.bottom()
    assert view.node_key_at(under) is None
    assert view.grab().toImage().copy(0, top, view.width(), view.height() - top) == band


def test_no_label_covers_another(qtbot: QtBot) -> None:
    # Twenty partners of one cluster, close together in a small window: not all names fit.
    crowd = graph(
        [Node("cluster:1", "Havbruksklyngen Midt, Trondheim", CLUSTER, (), 1)]
        + [
            Node(f"org:{i}", f"Havbruksselskap nummer {i} AS", "company", ("cluster:1",), i)
            for i in range(1, 21)
        ],
        [Edge(f"org:{i}", f"org:{i + 1}") for i in range(1, 20)],
    )
    shown = CollaborationMapView()
    qtbot.addWidget(shown)
    shown.resize(520, 400)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.mapShown, timeout=10_000):
        shown.show_graph(crowd)
    shown.grab()
    drawn = shown.labels_drawn
    assert drawn[0][0] == "Havbruksklyngen Midt, Trondheim"  # the cluster's comes first
    assert 1 < len(drawn) < 21
    boxes = [box for _text, box in drawn]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]
