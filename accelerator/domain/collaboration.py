"""The collaboration network: organisations and clusters joined by joint projects.

A :class:`Graph` is what the collaboration map draws and lays out: its nodes are
organisations (their kind, the clusters they belong to, for a ring around each cluster's
members) and clusters; its edges join two nodes that worked together, weighted by the
number of joint projects, of two kinds: a project, or a meeting that led to a project.

Keys say what a node is and which record it stands for: ``org:12`` is the organisation
with id 12, ``cluster:3`` the cluster with id 3 (:func:`organisation_key`,
:func:`cluster_key`).

:func:`graph` builds a graph in one order whatever order its parts came in (nodes by key,
edges by their two ends and kind, each edge's ends in order, edges between the same two
nodes of the same kind merged into one of their summed weight), so that a layout seeded
the same way gives the same positions for the same data, whichever query read it.

Pure: plain frozen dataclasses; the projects service builds them from its rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

#: The kind of a node that stands for a cluster (an organisation's is its
#: :class:`~accelerator.domain.enums.OrganisationKind` value).
CLUSTER = "cluster"


class EdgeKind(StrEnum):
    """What joined two nodes: joint projects, or meetings that led to a project."""

    PROJECT = "project"
    MEETING = "meeting"


def organisation_key(organisation_id: int) -> str:
    return f"org:{organisation_id}"


def cluster_key(cluster_id: int) -> str:
    return f"cluster:{cluster_id}"


@dataclass(frozen=True, slots=True)
class Node:
    """An organisation or a cluster on the map.

    ``kind`` is the organisation's kind (``company``, ``university``...) or
    :data:`CLUSTER`; ``clusters`` the keys of the clusters an organisation belongs to
    (a cluster node's is empty); ``ref`` the record's id, for opening it.
    """

    key: str
    label: str
    kind: str
    clusters: tuple[str, ...] = ()
    ref: int = 0

    @property
    def is_cluster(self) -> bool:
        return self.kind == CLUSTER


@dataclass(frozen=True, slots=True)
class Edge:
    """Two nodes that worked together: ``weight`` joint projects, of ``kind``."""

    a: str
    b: str
    weight: int = 1
    kind: EdgeKind = EdgeKind.PROJECT


@dataclass(frozen=True, slots=True)
class Graph:
    """Nodes and edges in a fixed order; build one with :func:`graph`."""

    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update((node.key, i) for i, node in enumerate(self.nodes))

    def node(self, key: str) -> Node:
        return self.nodes[self._index[key]]

    def index(self, key: str) -> int:
        """The node's place in :attr:`nodes`."""
        return self._index[key]

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def clusters(self) -> tuple[str, ...]:
        """The keys of the clusters any organisation belongs to, or that are nodes, in
        order."""
        keys = {c for node in self.nodes for c in node.clusters}
        keys.update(node.key for node in self.nodes if node.is_cluster)
        return tuple(sorted(keys, key=_key_order))


def _key_order(key: str) -> tuple[str, int, str]:
    """``org:9`` before ``org:10``: the prefix, then the id as a number."""
    prefix, _, rest = key.partition(":")
    return (prefix, int(rest), "") if rest.isdigit() else (prefix, -1, rest)


def graph(nodes: Iterable[Node], edges: Iterable[Edge]) -> Graph:
    """A :class:`Graph` in its fixed order. Edges to nodes that are not there (filtered
    out) and edges of a node to itself are left out; a node given twice is refused."""
    by_key: dict[str, Node] = {}
    for node in nodes:
        if node.key in by_key:
            raise ValueError(f"node {node.key!r} given twice")
        by_key[node.key] = node
    weights: dict[tuple[str, str, EdgeKind], int] = {}
    for edge in edges:
        if edge.a == edge.b or edge.a not in by_key or edge.b not in by_key:
            continue
        a, b = sorted((edge.a, edge.b), key=_key_order)
        kind = EdgeKind(edge.kind)
        weights[a, b, kind] = weights.get((a, b, kind), 0) + edge.weight
    ordered_nodes = tuple(by_key[key] for key in sorted(by_key, key=_key_order))
    ordered_edges = tuple(
        Edge(a, b, weight, kind)
        for (a, b, kind), weight in sorted(
            weights.items(),
            key=lambda item: (_key_order(item[0][0]), _key_order(item[0][1]), item[0][2]),
        )
    )
    return Graph(ordered_nodes, ordered_edges)
