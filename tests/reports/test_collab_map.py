"""The collaboration map on paper: one drawing from the scene the window paints too."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from accelerator import i18n
from accelerator.domain.collab_layout import lay_out
from accelerator.domain.collaboration import CLUSTER, Edge, EdgeKind, Graph, Node, graph
from accelerator.reports.collab_map import collaboration_map, map_scene
from tests.reports.conftest import flat, page_texts


def _network() -> Graph:
    return graph(
        [
            Node("cluster:1", "Havbruksklyngen", CLUSTER, (), 1),
            Node("cluster:2", "Subsea Valley", CLUSTER, (), 2),
            Node("org:1", "Ærfugl Sensorikk AS", "company", ("cluster:1",), 1),
            Node("org:2", "SINTEF Ocean", "research_institute", ("cluster:1", "cluster:2"), 2),
            Node("org:3", "NTNU", "university", ("cluster:2",), 3),
            Node("org:4", "Fylkeskommunen", "public_body", (), 4),
            Node("org:5", "Havkapital", "investor", ("cluster:2",), 5),
        ],
        [
            Edge("org:1", "org:2", 3),
            Edge("org:2", "org:3", 1),
            Edge("org:3", "org:5", 1),
            Edge("org:1", "org:4", 1, EdgeKind.MEETING),
            Edge("org:2", "org:5", 2),
        ],
    )


def _pdf(g: Graph) -> bytes:
    chart = collaboration_map(g, lay_out(g).positions, 480, 420)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([chart.drawing])
    return out.getvalue()


def test_the_pdf_shows_every_organisation_and_the_legend() -> None:
    text = flat(" ".join(page_texts(_pdf(_network()))))
    for name in ("Ærfugl Sensorikk AS", "SINTEF Ocean", "NTNU", "Havkapital", "Havbruksklyngen"):
        assert name in text
    for words in (
        "Company",
        "Research institute",
        "University or college",
        "Public body",
        "Investor",
        "Cluster",
        "A cluster's members",
        "Joint projects (wider: more)",
        "Meeting that led to a project",
    ):
        assert words in text
    # No organisation of the kind 'other' on this map: not in the legend.
    assert "Other" not in text


def test_the_scene_has_a_node_per_organisation_a_ring_per_cluster_and_each_edge() -> None:
    g = _network()
    scene = map_scene(g, lay_out(g).positions, 480, 400)
    assert sorted(n.key for n in scene.nodes) == sorted(n.key for n in g.nodes)
    assert sorted(r.key for r in scene.rings) == ["cluster:1", "cluster:2"]
    assert len(scene.edges) == 5
    assert [e.dashed for e in scene.edges].count(True) == 1
    widest = max(scene.edges, key=lambda e: e.width)
    assert {scene.node_at(widest.x1, widest.y1).key, scene.node_at(widest.x2, widest.y2).key} == {  # type: ignore[union-attr]
        "org:1",
        "org:2",
    }
    company = scene.node("org:1")
    research = scene.node("org:2")
    assert company.fill != research.fill
    for node in scene.nodes:
        assert node.x - node.radius >= 0 and node.x + node.radius <= 480
        assert node.y - node.radius >= 0 and node.y + node.radius <= 400
    for ring in scene.rings:
        members = [n for n in scene.nodes if ring.key in g.node(n.key).clusters]
        for n in members:
            assert (n.x - ring.x) ** 2 + (n.y - ring.y) ** 2 <= ring.radius**2


def test_hotspots_name_each_node_and_say_what_it_is() -> None:
    g = _network()
    chart = collaboration_map(g, lay_out(g).positions, 480, 420)
    spots = {s.key: s for s in chart.hotspots}
    assert set(spots) == {n.key for n in g.nodes}
    sintef = spots["org:2"]
    assert chart.hotspot_at(sintef.x + sintef.width / 2, sintef.y + sintef.height / 2) is sintef
    assert sintef.text.splitlines() == [
        "SINTEF Ocean",
        "Research institute",
        "Member of Havbruksklyngen and Subsea Valley",
        "Joint projects with 3 others",
    ]
    # The singular's English form comes with the catalogue ("1 meeting that led to ...").
    assert spots["org:1"].text.splitlines()[-1].startswith("1 meeting")
    assert "meeting" not in spots["org:3"].text


def test_an_empty_map_says_so() -> None:
    text = flat(" ".join(page_texts(_pdf(graph([], [])))))
    assert "No joint projects to show." in text


@pytest.mark.parametrize("language", ["en", "nb"])
def test_the_map_speaks_the_reports_language(language: str) -> None:
    with i18n.speaking(language):
        text = flat(" ".join(page_texts(_pdf(_network()))))
    kinds = {"en": ("Company", "Investor"), "nb": ("Selskap", "Investor")}[language]
    for word in kinds:
        assert word in text
    assert ("Research institute" in text) == (language == "en")


def test_a_meeting_that_led_to_a_project_is_drawn_over_the_projects_line() -> None:
    # The two of a meeting that led to their project: both kinds of edge between them.
    network = _network()
    g = graph(list(network.nodes), [*network.edges, Edge("org:1", "org:2", 1, EdgeKind.MEETING)])
    chart = collaboration_map(g, lay_out(g).positions, 480, 420)
    drawn: list[tuple[float, float, float, float, bool]] = []
    stack = [chart.drawing]
    while stack:
        shape = stack.pop(0)
        if type(shape).__name__ == "Line":
            drawn.append((shape.x1, shape.y1, shape.x2, shape.y2, bool(shape.strokeDashArray)))
        stack[:0] = list(getattr(shape, "contents", []))

    def order(dashed: bool) -> list[int]:
        ends = [(e.x1, e.y1, e.x2, e.y2, e.dashed) for e in chart.scene.edges if e.dashed is dashed]
        return [drawn.index(end) for end in ends]

    assert len(order(True)) == 2 and len(order(False)) == 4
    assert max(order(False)) < min(order(True))
