"""The collaboration map, one definition for screen and paper.

:func:`map_scene` turns a :class:`~accelerator.domain.collaboration.Graph` and its
positions (:func:`~accelerator.domain.collab_layout.lay_out`) into a :class:`Scene`: plain
shapes in drawing points (origin bottom-left, as reportlab's): a ring per cluster around
its members, the edges (wider for more joint projects; a meeting that led to a project
dashed), a disc per node coloured by its kind of organisation (bigger for more
collaboration), labels for the larger nodes, and the legend's entries. Colours are the
report style's (:data:`~accelerator.reports.style.MAP_KIND_COLOURS`), as ``#rrggbb``.

The PDF draws the scene with reportlab's shapes (:func:`map_drawing`, a flowable: vector),
the window with a QPainter (accelerator/ui/widgets/collab_map.py) from the same scene: the
same geometry and colours, zoomed and panned there. :func:`collaboration_map` gives the
drawing and its hotspots (node key -> rectangle) as :class:`~accelerator.reports.charts.Chart`
gives a chart's.

Pure: no Qt, no session; reportlab is needed only by :func:`map_drawing`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from accelerator.domain.collab_layout import Point, rings
from accelerator.domain.collaboration import CLUSTER, EdgeKind, Graph, Node
from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.domain.formatting import join_words
from accelerator.i18n import in_context
from accelerator.reports.style import (
    MAP_EDGE,
    MAP_KIND_COLOURS,
    MAP_LABEL,
    MAP_MEETING,
    MAP_RING,
    MAP_RING_FILL,
)

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

_tr = in_context("CollaborationMap")

#: How far the map's contents keep from its edge, in points.
MARGIN = 14.0
#: Nodes labelled on paper: the clusters and at most this many of the largest.
LABELLED = 30
LABEL_SIZE = 6.5
LABEL_CHARS = 28
RING_OPACITY = 0.05
EDGE_OPACITY = 0.55
#: The legend's strip under the map on paper, in points.
LEGEND_HEIGHT = 30.0


@dataclass(frozen=True, slots=True)
class MapNode:
    key: str
    label: str
    x: float
    y: float
    radius: float
    fill: str
    #: Labelled on paper and on screen at the map's own size (the rest when zoomed in).
    labelled: bool
    tooltip: str
    is_cluster: bool = False
    #: The label stands left of the node (near the map's right edge), else right of it.
    label_left: bool = False


@dataclass(frozen=True, slots=True)
class MapEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str
    dashed: bool


@dataclass(frozen=True, slots=True)
class MapRing:
    key: str
    label: str
    x: float
    y: float
    radius: float


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """A swatch and its words: ``shape`` is ``disc``, ``ring``, ``line`` or ``dashed``."""

    shape: str
    colour: str
    text: str


@dataclass(frozen=True, slots=True)
class MapHotspot:
    """A node's rectangle in drawing points (origin bottom-left) and its tooltip."""

    key: str
    x: float
    y: float
    width: float
    height: float
    text: str

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class Scene:
    """The map's shapes in drawing points, in the order they are drawn."""

    width: float
    height: float
    rings: tuple[MapRing, ...]
    edges: tuple[MapEdge, ...]
    nodes: tuple[MapNode, ...]
    legend: tuple[LegendEntry, ...]
    ring_colour: str = MAP_RING
    ring_fill: str = MAP_RING_FILL
    label_colour: str = MAP_LABEL
    empty_text: str = ""
    _by_key: dict[str, MapNode] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_key.update((node.key, node) for node in self.nodes)

    def node(self, key: str) -> MapNode:
        return self._by_key[key]

    def has(self, key: str) -> bool:
        return key in self._by_key

    def node_at(self, x: float, y: float, slack: float = 0.0) -> MapNode | None:
        """The node under a point (the topmost: drawn last), within ``slack`` of its edge."""
        for node in reversed(self.nodes):
            reach = node.radius + slack
            if (node.x - x) ** 2 + (node.y - y) ** 2 <= reach * reach:
                return node
        return None

    def hotspots(self) -> tuple[MapHotspot, ...]:
        return tuple(
            MapHotspot(n.key, n.x - n.radius, n.y - n.radius, 2 * n.radius, 2 * n.radius, n.tooltip)
            for n in self.nodes
        )


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def kind_words(kind: str) -> str:
    """A node's kind in words, in the language spoken."""
    if kind == CLUSTER:
        return _tr("Cluster")
    try:
        return in_words(OrganisationKind(kind))
    except ValueError:
        return in_words(OrganisationKind.OTHER)


def map_scene(
    graph: Graph,
    positions: Mapping[str, Point],
    width: float,
    height: float,
) -> Scene:
    """The map of ``graph`` at ``positions`` scaled into ``width`` x ``height`` points."""
    legend = _legend(graph)
    placed = [node for node in graph.nodes if node.key in positions]
    if not placed:
        return Scene(
            width, height, (), (), (), legend, empty_text=_tr("No joint projects to show.")
        )

    # Scale the layout and its rings into the box, the same both ways, leaving room for
    # a ring's pad and the largest node at the edges.
    room = math.sqrt(max(width - 2 * MARGIN, 1.0) * max(height - 2 * MARGIN, 1.0) / len(placed))
    base = min(max(room * 0.11, 1.6), 6.0)
    pad = base * 2.5
    circles_there = [r for r in rings(graph, positions, pad=0.0) if _has_members(graph, r.cluster)]
    low_x = min([positions[n.key][0] for n in placed] + [r.x - r.radius for r in circles_there])
    high_x = max([positions[n.key][0] for n in placed] + [r.x + r.radius for r in circles_there])
    low_y = min([positions[n.key][1] for n in placed] + [r.y - r.radius for r in circles_there])
    high_y = max([positions[n.key][1] for n in placed] + [r.y + r.radius for r in circles_there])
    edge_room = MARGIN + max(pad, base * 2.6)
    inner_w = max(width - 2 * edge_room, 1.0)
    inner_h = max(height - 2 * edge_room, 1.0)
    span_x = max(high_x - low_x, 1e-9)
    span_y = max(high_y - low_y, 1e-9)
    scale = min(inner_w / span_x, inner_h / span_y) if len(placed) > 1 else 1.0
    offset_x = width / 2 - (low_x + high_x) / 2 * scale
    offset_y = height / 2 - (low_y + high_y) / 2 * scale

    def at(key: str) -> Point:
        x, y = positions[key]
        return (offset_x + x * scale, offset_y + y * scale)

    strength: dict[str, int] = {n.key: 0 for n in placed}
    partners: dict[str, set[str]] = {n.key: set() for n in placed}
    meetings: dict[str, int] = {n.key: 0 for n in placed}
    edges: list[MapEdge] = []
    for edge in graph.edges:
        if edge.a not in strength or edge.b not in strength:
            continue
        strength[edge.a] += edge.weight
        strength[edge.b] += edge.weight
        if edge.kind == EdgeKind.MEETING:
            meetings[edge.a] += edge.weight
            meetings[edge.b] += edge.weight
        else:
            partners[edge.a].add(edge.b)
            partners[edge.b].add(edge.a)
        (x1, y1), (x2, y2) = at(edge.a), at(edge.b)
        edges.append(
            MapEdge(
                x1,
                y1,
                x2,
                y2,
                min(0.4 + 0.45 * (edge.weight - 1), 2.6) * min(1.0, base / 3.0 + 0.4),
                MAP_MEETING if edge.kind == EdgeKind.MEETING else MAP_EDGE,
                edge.kind == EdgeKind.MEETING,
            )
        )

    labelled = _labelled(placed, strength, at, width)
    cluster_names = {n.key: n.label for n in graph.nodes if n.is_cluster}
    nodes: list[MapNode] = []
    for node in sorted(placed, key=lambda n: (n.is_cluster, strength[n.key], n.key)):
        x, y = at(node.key)
        radius = base * (
            1.8 if node.is_cluster else min(0.8 + 0.3 * math.sqrt(strength[node.key]), 2.6)
        )
        nodes.append(
            MapNode(
                node.key,
                node.label,
                x,
                y,
                radius,
                MAP_KIND_COLOURS.get(node.kind, MAP_KIND_COLOURS["other"]),
                node.key in labelled,
                _tooltip(
                    node.label,
                    node.kind,
                    node.clusters,
                    cluster_names,
                    len(partners[node.key]),
                    meetings[node.key],
                ),
                node.is_cluster,
                labelled.get(node.key, False),
            )
        )

    circles = tuple(
        MapRing(
            r.cluster,
            cluster_names.get(r.cluster, ""),
            offset_x + r.x * scale,
            offset_y + r.y * scale,
            r.radius * scale + pad,
        )
        for r in circles_there
    )
    return Scene(
        width,
        height,
        circles,
        tuple(edges),
        tuple(nodes),
        legend,
    )


def _has_members(graph: Graph, cluster: str) -> bool:
    return any(cluster in node.clusters for node in graph.nodes)


def _labelled(
    placed: Sequence[Node], strength: Mapping[str, int], at: Callable[[str], Point], width: float
) -> dict[str, bool]:
    """The nodes that get a label, and whether it stands left of the node: the clusters,
    then the largest (most joint projects) whose label would not cover one already
    placed, at most :data:`LABELLED` of them. A label that would leave the map on the
    right stands left of its node."""
    from accelerator.reports.fonts import BOLD, REGULAR, string_width

    order = sorted(
        (n for n in placed if n.is_cluster or strength[n.key] > 0),
        key=lambda n: (not n.is_cluster, -strength[n.key], n.label),
    )
    most = LABELLED + sum(1 for n in placed if n.is_cluster)
    taken: list[tuple[float, float, float, float]] = []
    chosen: dict[str, bool] = {}
    for node in order:
        if len(chosen) >= most:
            break
        x, y = at(node.key)
        font = BOLD if node.is_cluster else REGULAR
        wide = string_width(_short(node.label), font, LABEL_SIZE) + LABEL_SIZE * 1.5
        left = x + wide > width - 2
        box = (x - wide if left else x, y - LABEL_SIZE * 0.6, x if left else x + wide,
               y + LABEL_SIZE * 0.6)  # fmt: skip
        if node.is_cluster or not any(
            box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken
        ):
            taken.append(box)
            chosen[node.key] = left
    return chosen


def _tooltip(
    label: str,
    kind: str,
    clusters: Sequence[str],
    cluster_names: Mapping[str, str],
    partners: int,
    meetings: int,
) -> str:
    lines = [label, kind_words(kind)]
    names = [cluster_names[c] for c in clusters if c in cluster_names]
    if names:
        lines.append(_tr("Member of {0}").format(join_words(names)))
    if kind != CLUSTER:
        lines.append(_tr("Joint projects with %n others", n=partners))
    else:
        lines.append(_tr("Joint projects with %n members", n=partners))
    if meetings:
        lines.append(_tr("%n meetings that led to a project", n=meetings))
    return "\n".join(lines)


def _legend(graph: Graph) -> tuple[LegendEntry, ...]:
    """The kinds on the map (every kind, in the enum's order, when the map is empty), the
    cluster's ring, and the two kinds of edge."""
    present = {n.kind for n in graph.nodes}
    kinds = [k.value for k in OrganisationKind if k.value in present or not present]
    entries = [LegendEntry("disc", MAP_KIND_COLOURS[k], kind_words(k)) for k in kinds]
    if CLUSTER in present or graph.clusters():
        entries.append(LegendEntry("disc", MAP_KIND_COLOURS[CLUSTER], _tr("Cluster")))
        entries.append(LegendEntry("ring", MAP_RING, _tr("A cluster's members")))
    entries.append(LegendEntry("line", MAP_EDGE, _tr("Joint projects (wider: more)")))
    entries.append(LegendEntry("dashed", MAP_MEETING, _tr("Meeting that led to a project")))
    return tuple(entries)


# --- paper ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CollaborationMap:
    """The map for paper: ``drawing`` is a reportlab flowable (the scene above its legend);
    hotspots in its coordinates, as a chart's."""

    drawing: Drawing
    hotspots: tuple[MapHotspot, ...]
    scene: Scene

    @property
    def width(self) -> float:
        return float(self.drawing.width)

    @property
    def height(self) -> float:
        return float(self.drawing.height)

    def hotspot_at(self, x: float, y: float) -> MapHotspot | None:
        for spot in reversed(self.hotspots):
            if spot.contains(x, y):
                return spot
        return None


def collaboration_map(
    graph: Graph, positions: Mapping[str, Point], width: float, height: float
) -> CollaborationMap:
    """The map of ``graph`` for a page: ``width`` x ``height`` points, the legend's strip
    included."""
    scene = map_scene(graph, positions, width, max(height - LEGEND_HEIGHT, 1.0))
    spots = tuple(
        MapHotspot(s.key, s.x, s.y + LEGEND_HEIGHT, s.width, s.height, s.text)
        for s in scene.hotspots()
    )
    return CollaborationMap(map_drawing(scene), spots, scene)


def legend_rows(
    entries: Sequence[LegendEntry], width: float, text_width: Callable[[str], float], swatch: float
) -> list[list[tuple[float, LegendEntry]]]:
    """The legend's entries flowed into rows of ``width``: each entry's x and the entry.
    ``text_width`` measures a text in the renderer's font."""
    rows: list[list[tuple[float, LegendEntry]]] = [[]]
    x = 0.0
    for entry in entries:
        wide = swatch * 1.6 + text_width(entry.text)
        if rows[-1] and x + wide > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, entry))
        x += wide + swatch * 1.4
    return rows


def _rgba(hex_colour: str, alpha: float) -> object:
    from reportlab.lib.colors import Color, HexColor

    solid = HexColor(hex_colour)
    return Color(solid.red, solid.green, solid.blue, alpha=alpha)


def map_drawing(scene: Scene) -> Drawing:
    """The scene with reportlab's shapes, its legend in a strip underneath."""
    from reportlab.graphics.shapes import Circle, Drawing, Group, Line, String

    from accelerator.reports.charts import _unchecked
    from accelerator.reports.fonts import BOLD, REGULAR, register_fonts, string_width

    register_fonts()
    drawing = Drawing(scene.width, scene.height + LEGEND_HEIGHT)
    with _unchecked():
        body = Group(transform=(1, 0, 0, 1, 0, LEGEND_HEIGHT))
        ring_line = _rgba(scene.ring_colour, 1.0)
        wash = _rgba(scene.ring_fill, RING_OPACITY)
        for ring in scene.rings:
            body.add(
                Circle(ring.x, ring.y, ring.radius, fillColor=wash, strokeColor=ring_line,
                       strokeWidth=0.5, strokeDashArray=[2, 1.5])
            )  # fmt: skip
        colours: dict[str, object] = {}

        def colour(hex_colour: str, alpha: float = 1.0) -> object:
            key = f"{hex_colour}{alpha}"
            if key not in colours:
                colours[key] = _rgba(hex_colour, alpha)
            return colours[key]

        # Meetings that led to a project over the projects' lines between the same two
        # (solid first, dashed after, as the window draws them), each kind in scene order.
        for edge in sorted(scene.edges, key=lambda e: e.dashed):
            body.add(
                Line(edge.x1, edge.y1, edge.x2, edge.y2, strokeWidth=edge.width,
                     strokeColor=colour(edge.colour, 0.9 if edge.dashed else EDGE_OPACITY),
                     strokeDashArray=[2.5, 1.5] if edge.dashed else None)
            )  # fmt: skip
        white = colour("#FFFFFF")
        for node in scene.nodes:
            body.add(
                Circle(node.x, node.y, node.radius, fillColor=colour(node.fill),
                       strokeColor=white, strokeWidth=0.5 if not node.is_cluster else 1.0)
            )  # fmt: skip
        ink = colour(scene.label_colour)
        for node in scene.nodes:
            if node.labelled:
                gap = node.radius + 1.5
                body.add(
                    String(node.x - gap if node.label_left else node.x + gap,
                           node.y - LABEL_SIZE * 0.35, _short(node.label),
                           fontName=BOLD if node.is_cluster else REGULAR, fontSize=LABEL_SIZE,
                           fillColor=ink, textAnchor="end" if node.label_left else "start")
                )  # fmt: skip
        if scene.empty_text:
            body.add(
                String(scene.width / 2, scene.height / 2, scene.empty_text, fontName=REGULAR,
                       fontSize=9, fillColor=ink, textAnchor="middle")
            )  # fmt: skip
        drawing.add(body)

        size = 7.0
        swatch = 7.0
        rows = legend_rows(
            scene.legend, scene.width - 2 * MARGIN, lambda t: string_width(t, REGULAR, size), swatch
        )
        for r, row in enumerate(rows[:2]):
            y = LEGEND_HEIGHT - 10 - r * 12
            for x0, entry in row:
                x = MARGIN + x0
                c = colour(entry.colour)
                if entry.shape == "disc":
                    drawing.add(Circle(x + swatch / 2, y + 2.5, swatch / 2, fillColor=c,
                                       strokeColor=None))  # fmt: skip
                elif entry.shape == "ring":
                    drawing.add(Circle(x + swatch / 2, y + 2.5, swatch / 2, fillColor=wash,
                                       strokeColor=c, strokeWidth=0.5,
                                       strokeDashArray=[2, 1.5]))  # fmt: skip
                else:
                    drawing.add(Line(x - 1, y + 2.5, x + swatch + 1, y + 2.5, strokeColor=c,
                                     strokeWidth=1.2,
                                     strokeDashArray=[2.5, 1.5] if entry.shape == "dashed"
                                     else None))  # fmt: skip
                drawing.add(
                    String(x + swatch * 1.6, y, entry.text, fontName=REGULAR, fontSize=size,
                           fillColor=ink)
                )  # fmt: skip
    return drawing
