"""`GET /search`: companies, plants and countries by name or alias, typos tolerated."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import UNAVAILABLE
from graph.questions.search import EntityType, SearchResult, search

router = APIRouter(tags=["search"], responses=UNAVAILABLE)


@router.get("/search", response_model=SearchResult)
def search_route(
    graph: GraphDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            pattern=r"[0-9A-Za-z]",
            description="a name or alias (with at least one letter A-Z or digit); case, accents "
            "and small misspellings do not matter",
            examples=["Xiami"],
            openapi_examples={
                "misspelling": {
                    "summary": "as one article misspells Xiaomi Auto",
                    "value": "Xiami",
                },
                "legal name": {"value": "CBAK Energy Technology Inc."},
                "plant": {"value": "Sunderland"},
                "country": {"value": "Malaysia"},
            },
        ),
    ],
    type: Annotated[
        list[EntityType] | None, Query(description="only these entity types (repeatable)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=50, description="most results")] = 10,
) -> Response:
    """Entities whose name or alias looks like `q`, best match first, with their type."""
    return model_json(search(graph, q, type, limit))
