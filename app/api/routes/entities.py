"""`GET /entities/{id}` (one entity with sourced relationships) and
`GET /entities/{id}/neighbourhood` (the subgraph around it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.params import AsOf, EntityId
from app.api.responses import model_json
from app.deps import GraphDep, SettingsDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.db.settings import get_settings
from graph.model import Status
from graph.questions.entities import DEFAULT_PAGE, MAX_PAGE, EntityDetail, detail
from graph.questions.neighbourhood import Neighbourhood, RelType, neighbourhood

MAX_DEPTH = get_settings().max_depth
MAX_NODES = get_settings().view_max_nodes

router = APIRouter(prefix="/entities", tags=["entities"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/{entity_id}", response_model=EntityDetail)
def entity_route(
    graph: GraphDep,
    entity_id: EntityId,
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
    type, each with status, dates and sources (source id, title, publisher, date, quotes).
    `relationship_counts` gives every type's total; a type with more than `limit` is listed in
    pages (`type`, `offset`, `limit`), ordered by the id at the other end."""
    return model_json(detail(graph, entity_id, type, offset, limit))


@router.get("/{entity_id}/neighbourhood", response_model=Neighbourhood)
def neighbourhood_route(
    graph: GraphDep,
    settings: SettingsDep,
    entity_id: EntityId,
    as_of: AsOf,
    depth: Annotated[
        int, Query(ge=1, le=MAX_DEPTH, description=f"steps out (at most {MAX_DEPTH})")
    ] = 1,
    types: Annotated[
        list[RelType] | None,
        Query(description="relationship types to follow (repeatable; default every fact type)"),
    ] = None,
    status: Annotated[
        list[Status] | None, Query(description="only relationships with these statuses")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_NODES, description=f"most nodes (at most {MAX_NODES})")
    ] = 200,
) -> Response:
    """The nodes and edges around an entity, the same JSON the browser views draw: every node
    with its label and name, every edge with its type, caption, status and properties."""
    return model_json(
        neighbourhood(
            graph,
            entity_id,
            depth,
            list(types) if types else None,
            [s.value for s in status] if status else None,
            as_of,
            min(limit, settings.view_max_nodes),
        )
    )
