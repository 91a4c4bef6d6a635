#!/usr/bin/env python3
"""Time the collaboration map's layout: 500 nodes and 1,500 edges, cold and warm.

    python benchmarks/collab_layout.py                    # 500 nodes, 1,500 edges, 5 runs
    python benchmarks/collab_layout.py --nodes 1000 --edges 3000 --runs 3 --seed 2
    PYTHONPATH=/tmp/nx python benchmarks/collab_layout.py --networkx

Makes a network as a cluster's year of joint projects makes one (seeded): six clusters,
organisations of every kind, most a member of one cluster, some of two, some of none; most
joint projects between members of one cluster, a quarter across; a tenth of the edges
meetings that led to a project; most edges one project, a few up to five. Then times
``domain.collab_layout.lay_out`` cold (no previous positions) and warm (the previous
layout given, ten nodes and twenty edges added), and prints the median of the runs. The
issue's goal: under 1 second at 500 nodes and 1,500 edges.

With ``--networkx`` (networkx, numpy and scipy installed: not dependencies of the
program), also times networkx's spring_layout on the same graph, cold and warm (``pos=``
the previous positions), for the comparison in the layout's docstring.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("accelerator") is None:  # run from a source checkout
    sys.path.insert(0, str(REPO_ROOT))

from accelerator.domain.collab_layout import lay_out  # noqa: E402
from accelerator.domain.collaboration import (  # noqa: E402
    CLUSTER,
    Edge,
    EdgeKind,
    Graph,
    Node,
    cluster_key,
    graph,
    organisation_key,
)
from accelerator.domain.enums import OrganisationKind  # noqa: E402

GOAL_S = 1.0
CLUSTERS = ("Vestkyst Ocean", "Havbruksklyngen Midt", "Subsea Valley", "Blue Denmark",
            "Energiklyngen Nord", "Maritime Clean Tech")  # fmt: skip


def sample_graph(nodes: int = 500, edges: int = 1_500, seed: int = 1) -> Graph:
    """A network of ``nodes`` nodes (six of them clusters) and about ``edges`` edges."""
    rng = random.Random(seed)
    clusters = [
        Node(cluster_key(c + 1), name, CLUSTER, (), c + 1) for c, name in enumerate(CLUSTERS)
    ]
    kinds = list(OrganisationKind)
    organisations = []
    for i in range(1, nodes - len(clusters) + 1):
        count = rng.choices((0, 1, 2), weights=(15, 75, 10))[0]
        homes = tuple(sorted(rng.sample([c.key for c in clusters], count)))
        kind = rng.choices(kinds, weights=(12, 2, 1, 1, 1, 1))[0]
        organisations.append(Node(organisation_key(i), f"Organisation {i}", kind, homes, i))
    by_cluster: dict[str, list[Node]] = {c.key: [] for c in clusters}
    for node in organisations:
        for c in node.clusters:
            by_cluster[c].append(node)
    joined: list[Edge] = []
    seen: set[tuple[str, str]] = set()
    while len(joined) < edges:
        one = rng.choice(organisations)
        if one.clusters and rng.random() < 0.85:
            other = rng.choice(by_cluster[rng.choice(one.clusters)])
        else:
            other = rng.choice(organisations)
        pair = (min(one.key, other.key), max(one.key, other.key))
        if one is other or pair in seen:
            continue
        seen.add(pair)
        weight = rng.choices((1, 2, 3, 4, 5), weights=(70, 15, 8, 4, 3))[0]
        kind = EdgeKind.MEETING if rng.random() < 0.1 else EdgeKind.PROJECT
        joined.append(Edge(one.key, other.key, weight, kind))
    return graph([*clusters, *organisations], joined)


def grown(base: Graph, added_nodes: int = 10, added_edges: int = 20, seed: int = 2) -> Graph:
    """``base`` with a few organisations and projects more: a little changed."""
    rng = random.Random(seed)
    start = max(n.ref for n in base.nodes if not n.is_cluster) + 1
    cluster_keys = [n.key for n in base.nodes if n.is_cluster]
    new = [
        Node(organisation_key(i), f"Organisation {i}", "company", (rng.choice(cluster_keys),), i)
        for i in range(start, start + added_nodes)
    ]
    keys = [n.key for n in base.nodes if not n.is_cluster]
    more = [Edge(n.key, rng.choice(keys)) for n in new]
    more += [Edge(rng.choice(keys), rng.choice(keys)) for _ in range(added_edges - len(new))]
    return graph([*base.nodes, *new], [*base.edges, *more])


@dataclass(frozen=True)
class Measured:
    nodes: int
    edges: int
    cold_s: list[float]
    warm_s: list[float]
    cold_steps: int
    warm_steps: int
    moved: float  # the median distance an old node moved when warm, in edge lengths
    moved_share: float  # the same, as a share of the layout's width


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(nodes: int = 500, edges: int = 1_500, runs: int = 5, seed: int = 1) -> Measured:
    base = sample_graph(nodes, edges, seed)
    changed = grown(base)
    first = lay_out(base)
    cold = [_timed(lambda: lay_out(base)) for _ in range(runs)]
    warm = [_timed(lambda: lay_out(changed, first.positions)) for _ in range(runs)]
    again = lay_out(changed, first.positions)
    moved = statistics.median(
        math.dist(first.positions[key], again.positions[key]) for key in first.positions
    )
    xs = [p[0] for p in first.positions.values()]
    return Measured(
        len(base.nodes),
        len(base.edges),
        cold,
        warm,
        first.iterations,
        again.iterations,
        moved,
        moved / (max(xs) - min(xs)),
    )


def measure_networkx(
    nodes: int = 500, edges: int = 1_500, runs: int = 5, seed: int = 1
) -> tuple[list[float], list[float], float, str]:
    import networkx as nx  # type: ignore[import-not-found]

    def of(g: Graph) -> nx.Graph:
        made = nx.Graph()
        made.add_nodes_from(n.key for n in g.nodes)
        made.add_weighted_edges_from((e.a, e.b, e.weight) for e in g.edges)
        return made

    base = of(sample_graph(nodes, edges, seed))
    changed = of(grown(sample_graph(nodes, edges, seed)))
    first = nx.spring_layout(base, seed=seed)
    cold = [_timed(lambda: nx.spring_layout(base, seed=seed)) for _ in range(runs)]
    warm = [_timed(lambda: nx.spring_layout(changed, pos=first, seed=seed)) for _ in range(runs)]
    again = nx.spring_layout(changed, pos=first, seed=seed)
    # networkx scales into [-1, 1]: say the move in the same units as the layout's width.
    width = max(p[0] for p in first.values()) - min(p[0] for p in first.values())
    moved = statistics.median(math.dist(first[k], again[k]) / width for k in first)
    return cold, warm, moved, nx.__version__


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=500)
    parser.add_argument("--edges", type=int, default=1_500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--networkx", action="store_true", help="compare networkx")
    args = parser.parse_args()
    got = measure(args.nodes, args.edges, args.runs, args.seed)
    print(
        f"collaboration map layout, {got.nodes:,} nodes and {got.edges:,} edges: cold "
        f"{statistics.median(got.cold_s) * 1000:.0f} ms median of {args.runs} "
        f"(fastest {min(got.cold_s) * 1000:.0f} ms, {got.cold_steps} steps); warm with 10 "
        f"nodes and 20 edges added {statistics.median(got.warm_s) * 1000:.0f} ms "
        f"({got.warm_steps} steps), an old node moved {got.moved:.3f} edge lengths, "
        f"{got.moved_share:.3f} of the layout's width (median); "
        f"goal under {GOAL_S:.0f} s"
    )
    if args.networkx:
        cold, warm, moved, version = measure_networkx(args.nodes, args.edges, args.runs, args.seed)
        print(
            f"networkx {version} spring_layout, the same graph: cold "
            f"{statistics.median(cold) * 1000:.0f} ms median of {args.runs} (fastest "
            f"{min(cold) * 1000:.0f} ms); warm (pos=) {statistics.median(warm) * 1000:.0f} ms, "
            f"an old node moved {moved:.3f} of the layout's width (median)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
