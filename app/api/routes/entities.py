"""`GET /entities/{id}` (one entity with sourced relationships) and
`GET /entities/{id}/neighbourhood` (the subgraph around it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.params import AsOf, EntityId, at_most, bound_help
from app.api.responses import model_json
from app.deps import GraphDep, SettingsDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.model import RelType, Status
from graph.questions.entities import DEFAULT_PAGE, MAX_PAGE, EntityDetail, detail
from graph.questions.neighbourhood import (
    HARD_MAX_DEPTH,
    HARD_MAX_NODES,
    Neighbourhood,
    neighbourhood,
)

DEFAULT_NODES = 200
"""The neighbourhood's node limit when none is asked for."""

router = APIRouter(prefix="/entities", tags=["entities"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/{entity_id}", response_model=EntityDetail)
def entity_route(
    graph: GraphDep,
    entity_id: EntityId,
    as_of: AsOf,
    type: Annotated[
        RelType | None,
        Query(
            description="list only this relationship type (to page through a hub's many)",
            examples=["OWNS_STAKE"],
        ),
    ] = None,
    offset: Annotated[
        int, Query(ge=0, description="relationships to pass over in each type", examples=[0])
    ] = 0,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_PAGE,
            description=f"the most relationships listed per type (at most {MAX_PAGE})",
            examples=[DEFAULT_PAGE],
        ),
    ] = DEFAULT_PAGE,
) -> Response:
    """A company, plant, country or source: its properties and its relationships grouped by
    type, each with status, validity, dates, basis and sources (source id, title, publisher,
    date, quotes). Every relationship is listed, in force or not (an ended partnership, every
    version of a stake that changed): `as_of` (default today) only sets each one's
    `validity.in_force`. `relationship_counts` gives every type's total; a type with more than
    `limit` is listed in pages (`type`, `offset`, `limit`), ordered by the id at the other end."""
    return model_json(detail(graph, entity_id, type, offset, limit, as_of))


@router.get("/{entity_id}/neighbourhood", response_model=Neighbourhood)
def neighbourhood_route(
    graph: GraphDep,
    settings: SettingsDep,
    entity_id: EntityId,
    as_of: AsOf,
    depth: Annotated[
        int,
        Query(
            ge=1,
            le=HARD_MAX_DEPTH,
            description=f"steps out ({bound_help('max_depth', HARD_MAX_DEPTH)})",
        ),
    ] = 1,
    types: Annotated[
        list[RelType] | None,
        Query(description="relationship types to follow (repeatable; default every fact type)"),
    ] = None,
    status: Annotated[
        list[Status] | None, Query(description="only relationships with these statuses")
    ] = None,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=HARD_MAX_NODES,
            description=f"most nodes ({bound_help('view_max_nodes', HARD_MAX_NODES)})",
        ),
    ] = DEFAULT_NODES,
) -> Response:
    """The nodes and edges around an entity, the same JSON the browser views draw: every node
    with its label and name, every edge with its type, caption, status and properties."""
    at_most("depth", depth, settings.max_depth)
    limit = at_most("limit", limit, settings.view_max_nodes, DEFAULT_NODES)
    return model_json(
        neighbourhood(
            graph,
            entity_id,
            depth,
            list(types) if types else None,
            [s.value for s in status] if status else None,
            as_of,
            limit,
        )
    )
