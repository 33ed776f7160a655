"""`GET /health`: the database the service is connected to, and node/edge counts by type."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import GraphDep, SettingsDep
from app.schemas import DatabaseInfo, Health
from graph.stats import counts

router = APIRouter(tags=["service"])


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"description": "The database is unreachable"}},
)
def health(graph: GraphDep, settings: SettingsDep) -> Health:
    """Answer when the service and its database are up; 503 while the database is unreachable."""
    nodes, rels = counts(graph)
    return Health(
        status="ok",
        database=DatabaseInfo(
            backend=graph.backend,
            uri=graph.uri,
            embedded=settings.embedded,
            database=graph.database,
        ),
        nodes=nodes,
        relationships=rels,
    )
