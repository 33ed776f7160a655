"""Importance: PageRank and betweenness of companies in a company network.

PageRank runs on the directed network (edges point from a company to the one it depends on:
buyer → supplier, owned → owner, both ways between partners), so a company scores high when
companies that matter depend on it. Betweenness runs on the same network taken as undirected and
is normalised to [0, 1]: the share of shortest paths between other companies that pass through it.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.networks import Network, company_network

PAGERANK_ALPHA = 0.85
"""The damping factor of PageRank (networkx's default)."""


class CompanyScore(BaseModel):
    """A company's centrality in one network."""

    id: str = Field(examples=["catl"])
    name: str = Field(examples=["CATL"])
    kind: str | None = Field(None, examples=["cell maker"])
    country: str | None = Field(None, examples=["CN"], description="headquarters")
    pagerank: float = Field(description="PageRank on the directed network (sums to 1)")
    betweenness: float = Field(description="normalised betweenness on the undirected network")


class CountryRanking(BaseModel):
    """The most central companies headquartered in one country."""

    country: str = Field(examples=["CN"])
    companies: list[CompanyScore]


class ImportanceReport(BaseModel):
    """The most central companies of a network, overall and per headquarters country."""

    network: str = Field(examples=["supply"])
    companies: int = Field(description="companies in the network")
    plants: int = Field(description="plants in the network (single-type networks only)")
    links: int = Field(description="directed edges of the network")
    top: list[CompanyScore]
    by_country: list[CountryRanking]


def pagerank(net: nx.DiGraph) -> dict[str, float]:
    """PageRank of every node of a directed graph (sums to 1); {} for an empty graph."""
    if net.number_of_nodes() == 0:
        return {}
    return {n: float(s) for n, s in nx.pagerank(net, alpha=PAGERANK_ALPHA).items()}


def betweenness(net: nx.Graph) -> dict[str, float]:
    """Normalised betweenness of every node, with the graph taken as undirected."""
    return {n: float(s) for n, s in nx.betweenness_centrality(nx.Graph(net)).items()}


def rank_companies(net: nx.DiGraph) -> list[CompanyScore]:
    """Every company of a network with its scores, most central first.

    In: a network of `company_network` (node attributes label, name, kind, country). Out: a
    `CompanyScore` per company (plants are scored but not listed), sorted by PageRank, then
    betweenness (both descending), then id.
    """
    pr, bc = pagerank(net), betweenness(net)
    scores = [
        CompanyScore(
            id=n,
            name=str(data.get("name") or n),
            kind=data.get("kind"),
            country=data.get("country"),
            pagerank=pr[n],
            betweenness=bc[n],
        )
        for n, data in net.nodes(data=True)
        if data.get("label", "Company") == "Company"
    ]
    return sorted(scores, key=lambda s: (-s.pagerank, -s.betweenness, s.id))


def by_country(scores: list[CompanyScore], top: int) -> list[CountryRanking]:
    """Group ranked scores by headquarters country (sorted by code), keeping `top` per country."""
    groups: dict[str, list[CompanyScore]] = defaultdict(list)
    for s in scores:
        groups[s.country or "unknown"].append(s)
    return [CountryRanking(country=c, companies=groups[c][:top]) for c in sorted(groups)]


def importance(
    proj: nx.MultiDiGraph, network: Network = "all", country: str | None = None, top: int = 10
) -> ImportanceReport:
    """The most central companies of `network`, overall and per headquarters country.

    In: a projection, a network name, an optional ISO country code (keeps only companies
    headquartered there) and how many companies to list. Out: an `ImportanceReport`; scores are
    computed on the whole network before the country filter.
    """
    net = company_network(proj, network)
    scores = rank_companies(net)
    if country:
        scores = [s for s in scores if s.country == country.upper()]
    return ImportanceReport(
        network=network,
        companies=sum(1 for _, lb in net.nodes(data="label") if lb != "Plant"),
        plants=sum(1 for _, lb in net.nodes(data="label") if lb == "Plant"),
        links=net.number_of_edges(),
        top=scores[:top],
        by_country=by_country(scores, top),
    )
