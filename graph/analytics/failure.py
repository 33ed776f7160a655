"""Single points of failure in the supply graph (companies and plants; see `networks.supply_graph`).

A company, plant or link (all supply facts between two nodes) is a single point of failure when
taking it away leaves some buyer with none of its known suppliers able to reach it along supply
edges. That covers a buyer's sole supplier and a sole named plant, too. Each point says whether it
is also an articulation point (a node) or a bridge (a link) of the undirected supply graph: the
structural cut that splits the network in two.
"""

from __future__ import annotations

from typing import Literal

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.networks import name_of


class CutOff(BaseModel):
    """A buyer that loses every known supplier."""

    buyer: str = Field(examples=["anker-innovations"])
    name: str = Field(examples=["Anker Innovations"])
    suppliers: list[str] = Field(description="the buyer's known suppliers, all lost")


class FailurePoint(BaseModel):
    """A node or link whose loss cuts buyers off, and whom it cuts off."""

    kind: Literal["company", "plant", "link"]
    id: str = Field(examples=["cbak-energy", "cbak-energy>anker-innovations"])
    name: str = Field(examples=["CBAK Energy", "CBAK Energy → Anker Innovations"])
    structural: bool = Field(
        description="an articulation point (node) or bridge (link) of the undirected supply graph"
    )
    cuts_off: list[CutOff]


class FailureReport(BaseModel):
    """Single points of failure, most buyers cut off first, and the structural cuts."""

    points: list[FailurePoint]
    articulation_points: list[str] = Field(description="node ids, sorted")
    bridges: list[tuple[str, str]] = Field(description="links as (from, to), sorted")


def articulation_points(g: nx.Graph) -> list[str]:
    """The nodes whose removal splits the undirected version of `g` into more pieces, sorted."""
    return sorted(nx.articulation_points(nx.Graph(g)))


def bridges(g: nx.DiGraph) -> list[tuple[str, str]]:
    """The links of directed `g` whose removal splits its undirected version, as (from, to)."""
    undirected = {frozenset(e) for e in nx.bridges(nx.Graph(g))}
    return sorted((u, v) for u, v in g.edges if frozenset((u, v)) in undirected)


def buyers(g: nx.DiGraph) -> dict[str, list[str]]:
    """Buyer → its known suppliers (companies with a supply path of one fact into it), sorted.

    A supply fact is an edge supplier → buyer or supplier → plant → buyer; a plant has no
    suppliers of its own.
    """
    out: dict[str, set[str]] = {}
    for v in g.nodes:
        if g.nodes[v].get("label") == "Plant":
            continue
        direct = {u for u in g.predecessors(v) if g.nodes[u].get("label") != "Plant"}
        via = {
            s
            for p in g.predecessors(v)
            if g.nodes[p].get("label") == "Plant"
            for s in g.predecessors(p)
        }
        if direct | via:
            out[v] = direct | via
    return {b: sorted(s) for b, s in sorted(out.items())}


def cut_off(g: nx.DiGraph, known: dict[str, list[str]]) -> list[str]:
    """The buyers of `known` (buyer → suppliers) none of whose suppliers still reach them in `g`.

    A buyer missing from `g` is not counted (it is the failed node itself).
    """
    lost = []
    for b, suppliers in known.items():
        if b not in g:
            continue
        left = [s for s in suppliers if s in g]
        if not any(nx.has_path(g, s, b) for s in left):
            lost.append(b)
    return lost


def single_points_of_failure(g: nx.DiGraph) -> FailureReport:
    """Every node and link of supply graph `g` whose loss cuts some buyer off from all suppliers.

    In: a supply graph (`networks.supply_graph` or any DiGraph of supplier → … → buyer edges with
    node attribute `label`). Out: a `FailureReport`; points sorted by buyers cut off (most
    first), then id.
    """
    known = buyers(g)
    art, brs = articulation_points(g), bridges(g)
    points: list[FailurePoint] = []
    for n in sorted(g.nodes):
        h = g.copy()
        h.remove_node(n)
        points += _point(g, known, h, n, n in art)
    for u, v in sorted(g.edges):
        h = g.copy()
        h.remove_edge(u, v)
        points += _point(g, known, h, (u, v), (u, v) in brs)
    points.sort(key=lambda p: (-len(p.cuts_off), p.id))
    return FailureReport(points=points, articulation_points=art, bridges=brs)


def _point(
    g: nx.DiGraph,
    known: dict[str, list[str]],
    without: nx.DiGraph,
    what: str | tuple[str, str],
    structural: bool,
) -> list[FailurePoint]:
    """The failure point `what` (a node or link of `g`) if `without` it some buyer is cut off."""
    lost = cut_off(without, known)
    if not lost:
        return []
    cuts = [CutOff(buyer=b, name=name_of(g, b), suppliers=known[b]) for b in lost]
    if isinstance(what, tuple):
        u, v = what
        return [
            FailurePoint(
                kind="link",
                id=f"{u}>{v}",
                name=f"{name_of(g, u)} → {name_of(g, v)}",
                structural=structural,
                cuts_off=cuts,
            )
        ]
    kind = "plant" if g.nodes[what].get("label") == "Plant" else "company"
    return [
        FailurePoint(
            kind=kind, id=what, name=name_of(g, what), structural=structural, cuts_off=cuts
        )
    ]
