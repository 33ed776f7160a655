"""`GET /sources` and `GET /sources/{id}`: source articles and every fact each supports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.questions.sources import SourceDetail, SourceSummary, list_sources, source_detail

router = APIRouter(prefix="/sources", tags=["sources"], responses=UNAVAILABLE)


@router.get("", response_model=list[SourceSummary])
def sources_route(graph: GraphDep) -> list[SourceSummary]:
    """Every source article: title, publisher, date (null when the page prints none), facts."""
    return list_sources(graph)


@router.get("/{source_id}", response_model=SourceDetail, responses=NOT_FOUND)
def source_route(
    graph: GraphDep,
    source_id: Annotated[
        str,
        Path(
            min_length=1,
            max_length=200,
            examples=["energynews-cbak-anker-malaysia"],
            openapi_examples={
                "CBAK and Anker": {"value": "energynews-cbak-anker-malaysia"},
                "Beijing joint venture": {"value": "catl-baic-xiaomi-beijing-jv"},
            },
        ),
    ],
) -> Response:
    """A source's metadata and every fact it supports: what each fact makes the graph state,
    with the sentences quoted from the article."""
    return model_json(source_detail(graph, source_id))
