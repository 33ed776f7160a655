"""Communities: clusters of companies that work together (Louvain, seeded for a stable answer).

The graph is the combined company network (supply, ownership, partnership and investment facts,
plants collapsed onto their operators) taken as undirected; each linked pair counts once.
"""

from __future__ import annotations

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.networks import company_network, is_company, name_of

LOUVAIN_SEED = 42
"""The fixed seed of `louvain_communities`: the same graph always gives the same clusters."""


class Member(BaseModel):
    """A company in a community."""

    id: str = Field(examples=["catl"])
    name: str = Field(examples=["CATL"])
    country: str | None = Field(None, examples=["CN"])


class Community(BaseModel):
    """One cluster of companies."""

    number: int = Field(description="1 = the largest community")
    members: list[Member]


class CommunityReport(BaseModel):
    """The Louvain communities of the company graph."""

    seed: int = Field(examples=[LOUVAIN_SEED])
    modularity: float | None = Field(None, description="quality of the split; null = no edges")
    communities: list[Community]
    unlinked: list[Member] = Field(description="companies with no fact edge to another company")


def louvain(g: nx.Graph, seed: int = LOUVAIN_SEED) -> list[list[str]]:
    """Louvain communities of undirected `g` as sorted id lists, largest first, then by first id."""
    if g.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(g, seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def communities(proj: nx.MultiDiGraph, seed: int = LOUVAIN_SEED) -> CommunityReport:
    """Clusters of companies that work together.

    In: a projection and a seed. Out: a `CommunityReport` over the undirected company graph of
    all fact edges; companies without any such edge are listed as `unlinked`, not as clusters.
    """
    g = nx.Graph(company_network(proj, "all"))
    groups = louvain(g, seed)
    modularity = nx.community.modularity(g, groups) if g.number_of_edges() else None
    return CommunityReport(
        seed=seed,
        modularity=modularity,
        communities=[
            Community(
                number=i,
                members=[
                    Member(id=n, name=name_of(g, n), country=g.nodes[n].get("country"))
                    for n in group
                ],
            )
            for i, group in enumerate(groups, start=1)
        ],
        unlinked=[
            Member(id=n, name=name_of(proj, n), country=proj.nodes[n].get("country"))
            for n in sorted(proj.nodes)
            if is_company(proj, n) and n not in g
        ],
    )
