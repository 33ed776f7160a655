"""`GET /paths`: how two entities are connected, hop by hop, in words."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.params import AsOf, at_most, bound_help
from app.api.responses import model_json
from app.deps import GraphDep, SettingsDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.questions.paths import (
    DEFAULT_MAX_HOPS,
    HARD_MAX_HOPS,
    PathsReport,
    Via,
    shortest_paths,
)

router = APIRouter(tags=["connections"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/paths", response_model=PathsReport)
def paths_route(
    graph: GraphDep,
    settings: SettingsDep,
    as_of: AsOf,
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
        int,
        Query(
            ge=1,
            le=HARD_MAX_HOPS,
            description=f"longest path searched ({bound_help('max_hops', HARD_MAX_HOPS)})",
        ),
    ] = DEFAULT_MAX_HOPS,
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
    words ("Xiaomi Auto owns 5 % of Beijing Era New Energy Technology Co.") with its sources and
    validity, and the path as nodes and edges for drawing; only facts in force on `as_of`
    (default today) are walked."""
    max_hops = at_most("max_hops", max_hops, settings.max_hops, DEFAULT_MAX_HOPS)
    return model_json(shortest_paths(graph, from_, to, via, max_hops, all, as_of))
