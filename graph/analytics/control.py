"""Control: effective ownership through chains of stakes, and who controls each joint venture.

Effective ownership of A in C = the sum, over every simple path of OWNS_STAKE facts from A to C,
of the product of the percentages along the path (A owns 60 % of B, B owns 50 % of C: A owns
30 % of C). A stake whose percentage is not stated makes every path through it unknown: the
effective stake is then reported as unknown, with the part the known paths give as a lower bound.
Nothing is assumed about stakes the sources do not state.

Chains are followed up to `MAX_CHAIN` stakes long (longer chains are left out of the sums: the
curated ownership chains are a few links long, and the number of simple paths can grow
exponentially with their length).

A joint venture is controlled when some owner's effective stake is above 50 % (a lower bound above
50 % is enough). Otherwise control is "unknown" when some owner could still be above 50 % (an
unknown path, or the share of the venture that no stated stake covers), and "none" when no owner
can be.

The controller reported is the direct controller: the owner holding a direct stake above 50 %.
Along a chain p -100 %-> a -51 %-> v both p and a have 51 % effectively; the controller is a
(whatever the ids), and p is the `ultimate_controller`: found by walking up from the controller
through direct stakes above 50 % for as long as there is one (stopping before a company already
on the walk, so a cycle of majority stakes ends). A controller nobody holds a majority of is its
own ultimate controller. When no single direct stake is above 50 % but an owner's effective stake
is (stakes held through several companies), the controller is the owner above 50 % that owns no
other owner above 50 % (the one nearest the venture), the largest first, then by id.
"""

from __future__ import annotations

from typing import Literal

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.networks import is_company, name_of
from graph.model import PartnershipKind

CONTROL_THRESHOLD = 50.0
"""Percent of effective ownership above which an owner controls a company."""

MAX_CHAIN = 10
"""Longest chain of stakes (edges) `effective_stake` follows (nx.all_simple_paths cutoff)."""


class EffectiveStake(BaseModel):
    """An owner's effective stake in a company, through every chain of stakes."""

    owner: str = Field(examples=["catl"])
    name: str = Field(examples=["CATL"])
    percent: float | None = Field(None, description="null when some path has an unknown stake")
    known_percent: float = Field(description="the sum over the paths whose stakes are all known")
    unknown_paths: int = Field(0, description="paths with at least one unstated percentage")
    paths: list[list[str]] = Field(description="the ownership chains, owner first")


class VentureControl(BaseModel):
    """Who owns a joint venture, effectively, and who controls it."""

    venture: str = Field(examples=["beijing-era-new-energy"])
    name: str = Field(examples=["Beijing Era New Energy Technology"])
    owners: list[EffectiveStake] = Field(description="largest known stake first")
    unstated_percent: float = Field(
        description="100 minus the stated direct stakes: held by owners the sources do not name"
    )
    control: Literal["controlled", "none", "unknown"]
    controller: str | None = Field(
        None,
        examples=["catl"],
        description="the direct controller: the owner with a direct stake above 50 % (else the "
        "owner above 50 % effectively nearest the venture); null unless controlled",
    )
    ultimate_controller: str | None = Field(
        None,
        examples=["catl"],
        description="walking up from the controller through direct stakes above 50 %: the last "
        "company reached (the controller itself when nobody holds a majority of it)",
    )


def ownership_graph(proj: nx.MultiDiGraph) -> nx.DiGraph:
    """The OWNS_STAKE facts as a DiGraph owner → owned with `percent` (None when not stated).

    In: a projection. Out: a DiGraph over the companies and plants that own or are owned.
    """
    g = nx.DiGraph()
    for u, v, data in proj.edges(data=True):
        if data.get("type") == "OWNS_STAKE":
            g.add_node(u, **proj.nodes[u])
            g.add_node(v, **proj.nodes[v])
            g.add_edge(u, v, percent=data.get("percent"))
    return g


def effective_stake(g: nx.DiGraph, owner: str, owned: str) -> EffectiveStake:
    """The effective stake of `owner` in `owned` through every simple path of stakes at most
    `MAX_CHAIN` stakes long.

    In: an ownership DiGraph (edge attribute `percent`, 0..100 or None) and two node ids.
    Out: an `EffectiveStake` (percent 0 with no paths when `owner` owns nothing of `owned`).
    """
    paths = (
        [list(p) for p in nx.all_simple_paths(g, owner, owned, cutoff=MAX_CHAIN)]
        if owner in g and owned in g
        else []
    )
    known, unknown = 0.0, 0
    for path in paths:
        share: float | None = 1.0
        for a, b in zip(path, path[1:], strict=False):
            pct = g.edges[a, b].get("percent")
            share = None if share is None or pct is None else share * float(pct) / 100.0
        if share is None:
            unknown += 1
        else:
            known += share
    return EffectiveStake(
        owner=owner,
        name=name_of(g, owner),
        percent=None if unknown else round(100.0 * known, 6),
        known_percent=round(100.0 * known, 6),
        unknown_paths=unknown,
        paths=sorted(paths),
    )


def joint_ventures(proj: nx.MultiDiGraph) -> list[str]:
    """Companies that are joint ventures: kind "joint venture", or the venture of a JV fact."""
    kinds = {n for n, k in proj.nodes(data="kind") if k == "joint venture"}
    ventures = {
        str(d["venture"])
        for _, _, d in proj.edges(data=True)
        if d.get("type") == "PARTNERS_WITH"
        and d.get("kind") == PartnershipKind.JOINT_VENTURE.value
        and d.get("venture") in proj
    }
    return sorted(n for n in kinds | ventures if is_company(proj, n))


def control_of(g: nx.DiGraph, venture: str) -> VentureControl:
    """Who owns `venture` effectively and who controls it (see the module docstring).

    In: an ownership DiGraph and a node id. Out: a `VentureControl`.
    """
    owners = sorted(nx.ancestors(g, venture)) if venture in g else []
    stakes = sorted(
        (effective_stake(g, o, venture) for o in owners),
        key=lambda s: (-s.known_percent, s.owner),
    )
    direct = [g.edges[o, venture].get("percent") for o in g.predecessors(venture)] if owners else []
    unstated = max(0.0, 100.0 - sum(float(p) for p in direct if p is not None))
    verdict, controller = _verdict(g, venture, stakes, unstated)
    return VentureControl(
        venture=venture,
        name=name_of(g, venture),
        owners=stakes,
        unstated_percent=round(unstated, 6),
        control=verdict,
        controller=controller,
        ultimate_controller=ultimate_controller(g, controller) if controller else None,
    )


def majority_owner(g: nx.DiGraph, owned: str) -> str | None:
    """The owner with a direct stake above `CONTROL_THRESHOLD` in `owned`, or None (when
    conflicting sources put two above it: the larger stake, then the smaller id)."""
    stakes = [
        (-float(pct), str(owner))
        for owner in (g.predecessors(owned) if owned in g else ())
        if (pct := g.edges[owner, owned].get("percent")) is not None
        and float(pct) > CONTROL_THRESHOLD
    ]
    return min(stakes)[1] if stakes else None


def ultimate_controller(g: nx.DiGraph, controller: str) -> str:
    """Walk up from `controller` through majority direct stakes; the last company reached.

    Stops before a company already on the walk (a cycle of majority stakes), so it always ends.
    """
    seen = {controller}
    current = controller
    while (up := majority_owner(g, current)) is not None and up not in seen:
        seen.add(up)
        current = up
    return current


def _verdict(
    g: nx.DiGraph, venture: str, stakes: list[EffectiveStake], unstated: float
) -> tuple[Literal["controlled", "none", "unknown"], str | None]:
    """(control, controller) for the owners' stakes, largest first, and the unstated percent."""
    if (direct := majority_owner(g, venture)) is not None:
        return "controlled", direct
    above = [s for s in stakes if s.known_percent > CONTROL_THRESHOLD]
    if above:  # held through several companies: the one nearest the venture
        ids = {s.owner for s in above}
        nearest = [s for s in above if not ids & (nx.descendants(g, s.owner) - {s.owner})]
        return "controlled", (nearest or above)[0].owner
    could = any(s.unknown_paths or s.known_percent + unstated > CONTROL_THRESHOLD for s in stakes)
    return ("unknown" if could or unstated > CONTROL_THRESHOLD else "none"), None


def control(proj: nx.MultiDiGraph) -> list[VentureControl]:
    """Effective owners and controller of every joint venture of the projection, by venture id."""
    g = ownership_graph(proj)
    for n in joint_ventures(proj):
        g.add_node(n, **proj.nodes[n])
    return [control_of(g, v) for v in joint_ventures(proj)]
