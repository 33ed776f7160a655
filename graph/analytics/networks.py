"""The company networks and the supply graph that the analytics run on, derived from a projection.

A projection (`graph.analytics.projection`) is an `nx.MultiDiGraph` of companies and plants with
fact edges. Edges of a network point the way dependence runs: buyer → supplier, owned →
owner, investee → investor, and both ways for a partnership; parallel facts between two nodes
become one edge.
A single-type network ("supply", "ownership", "partnership") keeps a plant that a fact names as a
node of its own (a stake in a plant is not a stake in its operator). The combined network ("all")
is a network of companies: an edge that touches a plant is moved onto the plant's operators
(OPERATES), so "Ford would own the Michigan plant that CATL would operate" links Ford and CATL.
"""

from __future__ import annotations

from typing import Literal, get_args

import networkx as nx

Network = Literal["supply", "ownership", "partnership", "all"]
"""The company networks: one per fact type, and all of them combined."""

NETWORKS: tuple[str, ...] = get_args(Network)

NETWORK_TYPES: dict[str, tuple[str, ...]] = {
    "supply": ("SUPPLIES",),
    "ownership": ("OWNS_STAKE",),
    "partnership": ("PARTNERS_WITH",),
    "all": ("SUPPLIES", "OWNS_STAKE", "PARTNERS_WITH", "INVESTS_IN"),
}
"""The relationship types each network is built from."""

_TOWARD_START = frozenset({"SUPPLIES", "OWNS_STAKE", "INVESTS_IN"})
"""Types whose dependence runs from the end node back to the start node."""


def is_company(proj: nx.MultiDiGraph, node: str) -> bool:
    """True when `node` is a company of the projection."""
    return bool(proj.nodes[node].get("label") == "Company")


def name_of(proj: nx.Graph, node: str) -> str:
    """The display name of `node` (its id when the projection has none)."""
    return str(proj.nodes[node].get("name") or node) if node in proj else node


def operators(proj: nx.MultiDiGraph, plant: str) -> list[str]:
    """The companies that operate `plant` (OPERATES edges into it), sorted."""
    return sorted({u for u, _, t in proj.in_edges(plant, data="type") if t == "OPERATES"})


def plants_of(proj: nx.MultiDiGraph, company: str) -> list[str]:
    """The plants `company` operates (OPERATES edges out of it), sorted."""
    return sorted({v for _, v, t in proj.out_edges(company, data="type") if t == "OPERATES"})


def onto_companies(proj: nx.MultiDiGraph, node: str) -> list[str]:
    """A company stands for itself; a plant collapses onto its operators."""
    return [node] if is_company(proj, node) else operators(proj, node)


def company_network(proj: nx.MultiDiGraph, network: Network) -> nx.DiGraph:
    """The network `network` of a projection (see the module docstring for plants).

    In: a projection and a network name. Out: an `nx.DiGraph` (node attributes copied from the
    projection, `label` tells companies from plants) with an edge per linked pair in the
    dependence direction; each edge carries `types`, the sorted relationship types behind it.
    Only nodes with at least one edge of the network are included.
    """
    types = NETWORK_TYPES[network]
    ends = onto_companies if network == "all" else (lambda _, n: [n])
    net = nx.DiGraph()
    for u, v, rel in proj.edges(data="type"):
        if rel not in types:
            continue
        for a in ends(proj, u):
            for b in ends(proj, v):
                if a == b:
                    continue
                pairs = [(b, a)] if rel in _TOWARD_START else [(a, b), (b, a)]
                for x, y in pairs:
                    for n in (x, y):
                        net.add_node(n, **proj.nodes[n])
                    old = net.edges[x, y]["types"] if net.has_edge(x, y) else []
                    net.add_edge(x, y, types=sorted({*old, rel}))
    return net


def supply_graph(proj: nx.MultiDiGraph) -> nx.DiGraph:
    """The supply graph: companies and plants, edges in the direction cells flow.

    In: a projection. Out: an `nx.DiGraph` with supplier → buyer for a SUPPLIES fact that names
    no plant, and supplier → plant → buyer when it names the supplying plant (a plant counts only
    when a fact names it). Each edge carries `facts`, the sorted keys of the SUPPLIES facts
    behind it; node attributes are copied from the projection.
    """
    g = nx.DiGraph()
    for u, v, key, data in proj.edges(keys=True, data=True):
        if data.get("type") != "SUPPLIES":
            continue
        plant = data.get("plant")
        hops = [u, plant, v] if plant and plant in proj else [u, v]
        for a, b in zip(hops, hops[1:], strict=False):
            for n in (a, b):
                g.add_node(n, **proj.nodes[n])
            old = g.edges[a, b]["facts"] if g.has_edge(a, b) else []
            g.add_edge(a, b, facts=sorted({*old, key}))
    return g
