"""The collaboration map's layout: seeded, warm when a little changed, clusters together."""

from __future__ import annotations

import math
import statistics

from accelerator.domain.collab_layout import lay_out, rings
from accelerator.domain.collaboration import CLUSTER, Edge, Graph, Node, graph
from benchmarks.collab_layout import grown, sample_graph


def _two_clusters() -> Graph:
    """Two clusters of twelve, each member working with four others of its own cluster,
    and two projects across."""
    nodes = [
        Node("cluster:1", "Sjømat", CLUSTER, (), 1),
        Node("cluster:2", "Subsea", CLUSTER, (), 2),
    ]
    edges = []
    for c in (1, 2):
        for m in range(12):
            i = c * 100 + m
            nodes.append(Node(f"org:{i}", f"Org {i}", "company", (f"cluster:{c}",), i))
            for step in (1, 3):
                edges.append(Edge(f"org:{i}", f"org:{c * 100 + (m + step) % 12}"))
    edges += [Edge("org:100", "org:200"), Edge("org:105", "org:207", 2)]
    return graph(nodes, edges)


def _width(positions: dict[str, tuple[float, float]]) -> float:
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def test_the_same_data_gives_the_same_positions_bit_for_bit() -> None:
    g = sample_graph(120, 300)
    first = lay_out(g)
    again = lay_out(graph(reversed(g.nodes), reversed(g.edges)))
    assert first.positions == again.positions
    assert set(first.positions) == {n.key for n in g.nodes}
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.positions.values())
    assert lay_out(g, seed=7).positions != first.positions


def test_a_little_change_keeps_the_old_positions() -> None:
    g = sample_graph(150, 400)
    first = lay_out(g)
    changed = grown(g, added_nodes=3, added_edges=6)
    warm = lay_out(changed, first.positions)
    assert warm.warm
    assert warm.iterations < first.iterations
    width = _width(first.positions)
    moved = [math.dist(first.positions[k], warm.positions[k]) for k in first.positions]
    assert statistics.median(moved) < 0.03 * width
    assert max(moved) < 0.2 * width


def test_a_new_node_starts_near_its_neighbours() -> None:
    g = _two_clusters()
    first = lay_out(g)
    newcomer = Node("org:999", "Nykommer AS", "company", (), 999)
    changed = graph([*g.nodes, newcomer], [*g.edges, Edge("org:999", "org:203")])
    warm = lay_out(changed, first.positions)
    near = math.dist(warm.positions["org:999"], warm.positions["org:203"])
    assert near < 0.25 * _width(warm.positions)


def test_each_cluster_holds_together_inside_its_ring() -> None:
    g = _two_clusters()
    positions = lay_out(g).positions
    found = {r.cluster: r for r in rings(g, positions)}
    assert set(found) == {"cluster:1", "cluster:2"}
    for node in g.nodes:
        if node.is_cluster:
            continue
        own = found[node.clusters[0]]
        other = found["cluster:2" if own.cluster == "cluster:1" else "cluster:1"]
        here = positions[node.key]
        assert math.dist(here, (own.x, own.y)) < math.dist(here, (other.x, other.y))
        assert math.dist(here, (own.x, own.y)) <= own.radius
    # The cluster's own node sits in its ring's middle.
    assert math.dist(positions["cluster:1"], (found["cluster:1"].x, found["cluster:1"].y)) < (
        0.2 * found["cluster:1"].radius
    )


def test_a_large_network_is_grouped_by_cluster() -> None:
    g = sample_graph(300, 900)
    positions = lay_out(g).positions
    centres = {r.cluster: (r.x, r.y) for r in rings(g, positions)}
    own, others = [], []
    for node in g.nodes:
        if len(node.clusters) == 1:
            here = positions[node.key]
            own.append(math.dist(here, centres[node.clusters[0]]))
            others.append(
                statistics.mean(
                    math.dist(here, c) for k, c in centres.items() if k != node.clusters[0]
                )
            )
    assert statistics.mean(own) < 0.6 * statistics.mean(others)


def test_nothing_and_one_node() -> None:
    assert lay_out(graph([], [])).positions == {}
    alone = lay_out(graph([Node("org:1", "Alene AS", "company")], []))
    assert list(alone.positions) == ["org:1"]
