"""Analytics routes (importance, dependence, single points of failure, control, communities).

Each route fetches the networkx projection by Cypher (`graph.analytics.projection`) and answers
with the report of a pure function of `graph.analytics`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel

from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import NOT_FOUND
from graph.analytics.communities import LOUVAIN_SEED, CommunityReport, communities
from graph.analytics.control import VentureControl, control
from graph.analytics.dependence import DependenceReport, dependence
from graph.analytics.failure import FailureReport, single_points_of_failure
from graph.analytics.importance import ImportanceReport, importance
from graph.analytics.networks import Network, is_company, supply_graph
from graph.analytics.projection import fetch_projection
from graph.errors import EntityNotFound
from graph.questions import entities
from graph.questions.search import nearest_ids

router = APIRouter(
    prefix="/analytics",
    tags=["analytics"],
    responses={503: {"description": "The database is unreachable"}},
)


class ControlReport(BaseModel):
    """Effective owners and controller of every joint venture."""

    ventures: list[VentureControl]


@router.get("/importance", response_model=ImportanceReport)
def importance_route(
    graph: GraphDep,
    network: Annotated[Network, Query(description="which facts link companies")] = "all",
    country: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z]{2}$", description="only companies headquartered here (ISO)"),
    ] = None,
    top: Annotated[int, Query(ge=1, le=100, description="companies to list")] = 10,
) -> Response:
    """The most central companies (PageRank, betweenness), overall and per country."""
    return model_json(importance(fetch_projection(graph), network, country, top))


@router.get(
    "/dependence/{buyer_id}",
    response_model=DependenceReport,
    responses={**NOT_FOUND},
)
def dependence_route(
    graph: GraphDep,
    buyer_id: Annotated[str, Path(max_length=200, examples=["anker-innovations"])],
) -> Response:
    """Where a buyer's cells come from: by supplier and by country, HHI, unconfirmed share.
    404 with the nearest company ids when no company has that id."""
    entities.ref(graph, buyer_id, ("Company",))  # raises EntityNotFound with suggestions
    proj = fetch_projection(graph)
    if buyer_id not in proj or not is_company(proj, buyer_id):  # e.g. loaded in between
        suggestions = nearest_ids(graph, buyer_id, ("Company",))
        raise EntityNotFound(buyer_id, suggestions, "company")
    return model_json(dependence(proj, buyer_id))


@router.get("/single-points-of-failure", response_model=FailureReport)
def failure_route(graph: GraphDep) -> Response:
    """Companies, plants and links whose loss cuts buyers off from all their known suppliers."""
    return model_json(single_points_of_failure(supply_graph(fetch_projection(graph))))


@router.get("/control", response_model=ControlReport)
def control_route(graph: GraphDep) -> Response:
    """Effective ownership through chains of stakes, and who controls each joint venture."""
    return model_json(ControlReport(ventures=control(fetch_projection(graph))))


@router.get("/communities", response_model=CommunityReport)
def communities_route(
    graph: GraphDep,
    seed: Annotated[int, Query(ge=0, le=2**31 - 1, description="Louvain seed")] = LOUVAIN_SEED,
) -> Response:
    """Clusters of companies that work together (Louvain, seeded: stable for a given seed)."""
    return model_json(communities(fetch_projection(graph), seed))
