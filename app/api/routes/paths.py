"""`GET /paths`: how two entities are connected, hop by hop, in words."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.params import invalid
from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.db.settings import get_settings
from graph.questions.paths import HARD_MAX_HOPS, PathsReport, Via, shortest_paths

MAX_HOPS = min(get_settings().max_hops, HARD_MAX_HOPS)

router = APIRouter(tags=["connections"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/paths", response_model=PathsReport)
def paths_route(
    graph: GraphDep,
    from_: Annotated[
        str,
        Query(
            alias="from",
            min_length=1,
            max_length=200,
            description="entity id",
            examples=["xiaomi-auto"],
            openapi_examples={"Xiaomi Auto": {"value": "xiaomi-auto"}, "Ford": {"value": "ford"}},
        ),
    ],
    to: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="entity id",
            examples=["catl"],
            openapi_examples={"CATL": {"value": "catl"}, "Malaysia": {"value": "MY"}},
        ),
    ],
    max_hops: Annotated[
        int, Query(ge=1, le=MAX_HOPS, description=f"longest path searched (at most {MAX_HOPS})")
    ] = 4,
    all: Annotated[bool, Query(description="all shortest paths instead of one")] = False,
    via: Annotated[
        Via,
        Query(
            description="which relationships a path may use: all fact types, business links "
            "(no country hops), or only ownership, supply or partnership"
        ),
    ] = "all",
) -> Response:
    """The shortest path(s) between two companies, plants or countries, each hop explained in
    words ("Xiaomi Auto owns 5 % of Beijing Era New Energy Technology Co.") with its sources,
    and the path as nodes and edges for drawing."""
    try:
        return model_json(shortest_paths(graph, from_, to, via, max_hops, all))
    except ValueError as exc:
        raise invalid("query", "to", str(exc), to) from None
