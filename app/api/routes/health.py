"""`GET /health` (the service and its database are up) and `GET /stats` (size of the graph)."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import GraphDep, SettingsDep
from app.schemas import UNAVAILABLE, DatabaseInfo, Health, LoadInfo, Stats
from graph.db.values import to_plain
from graph.questions.sources import source_totals
from graph.questions.stats import counts, last_load, loaded_counts

router = APIRouter(tags=["service"], responses=UNAVAILABLE)


@router.get("/health", response_model=Health)
def health(graph: GraphDep, settings: SettingsDep) -> Health:
    """Answer when the service and its database are up; 503 while the database is unreachable.
    The counts are those the last load wrote (one lookup: a health check stays cheap on a large
    graph); `/stats` counts the graph itself."""
    nodes, rels = loaded_counts(graph)
    return Health(
        status="ok",
        database=DatabaseInfo(
            backend=graph.backend,
            uri=graph.uri,
            managed=settings.managed,
            database=graph.database,
        ),
        nodes=nodes,
        relationships=rels,
    )


@router.get("/stats", response_model=Stats)
def stats(graph: GraphDep) -> Stats:
    """Counts of nodes by label and relationships by type, the sources and the facts they state,
    and when the last load ran."""
    nodes, rels = counts(graph)
    sources, facts = source_totals(graph)
    load = last_load(graph)
    return Stats(
        nodes=nodes,
        relationships=rels,
        sources=sources,
        facts=facts,
        last_load=LoadInfo(**to_plain(load)) if load else None,
    )
