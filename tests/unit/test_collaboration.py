"""The collaboration network's graph: one order whatever order its parts came in."""

from __future__ import annotations

import pytest

from accelerator.domain.collaboration import CLUSTER, Edge, EdgeKind, Node, graph


def _nodes() -> list[Node]:
    return [
        Node("org:10", "Havbruk AS", "company", ("cluster:1",), 10),
        Node("org:9", "SINTEF Ocean", "research_institute", ("cluster:1", "cluster:2"), 9),
        Node("cluster:1", "Seafood Cluster", CLUSTER, (), 1),
        Node("org:2", "NTNU", "university", ("cluster:2",), 2),
    ]


def _edges() -> list[Edge]:
    return [
        Edge("org:10", "org:9", 1),
        Edge("org:9", "org:10", 2),
        Edge("org:2", "org:9", 1, EdgeKind.MEETING),
        Edge("org:2", "org:404", 1),
        Edge("org:2", "org:2", 1),
    ]


def test_the_same_parts_in_any_order_make_the_same_graph() -> None:
    one = graph(_nodes(), _edges())
    other = graph(reversed(_nodes()), reversed(_edges()))
    assert one == other
    assert [n.key for n in one.nodes] == ["cluster:1", "org:2", "org:9", "org:10"]


def test_edges_between_the_same_two_are_one_of_their_summed_weight() -> None:
    g = graph(_nodes(), _edges())
    assert g.edges == (
        Edge("org:2", "org:9", 1, EdgeKind.MEETING),
        Edge("org:9", "org:10", 3, EdgeKind.PROJECT),
    )


def test_lookup_and_clusters() -> None:
    g = graph(_nodes(), _edges())
    assert g.node("org:9").label == "SINTEF Ocean"
    assert g.index("org:10") == 3
    assert "org:404" not in g
    assert g.clusters() == ("cluster:1", "cluster:2")
    assert g.node("cluster:1").is_cluster


def test_a_node_given_twice_is_refused() -> None:
    with pytest.raises(ValueError):
        graph([*_nodes(), Node("org:2", "NTNU again", "university")], [])
