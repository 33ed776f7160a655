"""`POST /cypher`: run a read-only Cypher statement; it can never change the database."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException

from app.deps import GraphDep, SettingsDep
from app.schemas import UNAVAILABLE, CypherRequest, Problem
from graph.cypher_console import (
    ConsoleBusy,
    CypherFailed,
    CypherRefused,
    CypherResult,
    CypherTimeout,
    run_read_only,
)

router = APIRouter(
    tags=["cypher"],
    responses={
        400: {"model": Problem, "description": "The database rejected the statement"},
        403: {"model": Problem, "description": "The statement writes or administers"},
        408: {"model": Problem, "description": "The statement ran past the time limit"},
        429: {"model": Problem, "description": "Too many statements running; retry shortly"},
        **UNAVAILABLE,
    },
)

CYPHER_EXAMPLES: dict[str, Any] = {
    "owners": {
        "summary": "the joint venture's owners",
        "value": {
            "query": "MATCH (o:Company)-[s:OWNS_STAKE]->(:Company {id: $id}) "
            "RETURN o.name AS owner, s.percent AS percent ORDER BY percent DESC",
            "params": {"id": "beijing-era-new-energy"},
        },
    },
    "path": {
        "summary": "a path (answers with a graph)",
        "value": {
            "query": "MATCH p = (:Company {id: 'cbak-energy'})-[:SUPPLIES]->() RETURN p",
            "params": {},
        },
    },
}

_STATUS: dict[type[Exception], int] = {
    CypherRefused: 403,
    CypherFailed: 400,
    CypherTimeout: 408,
    ConsoleBusy: 429,
}


@router.post("/cypher", response_model=CypherResult)
def cypher_route(
    body: Annotated[CypherRequest, Body(openapi_examples=CYPHER_EXAMPLES)],
    graph: GraphDep,
    settings: SettingsDep,
) -> CypherResult:
    """Run a read-only statement with parameters: columns, rows (at most the row cap, with
    `truncated`) and, when rows hold nodes, relationships or paths, a nodes-and-edges graph.

    It runs in a transaction that is always rolled back. Statements that write, change the
    schema or call admin procedures are refused with 403 (before running when the text shows it,
    otherwise when the result's counters show an update). The time limit is the service's
    (`KG_QUERY_TIMEOUT_SECONDS`) or `timeout_seconds` if shorter: past it, 408.

    Floats that are not finite (`0.0/0.0`, a NaN parameter) come back as the texts "NaN",
    "Infinity" and "-Infinity": JSON has no such numbers. `params` may nest lists and maps at
    most 32 levels deep (deeper: 422)."""
    limit = settings.query_timeout_seconds
    timeout = min(body.timeout_seconds, limit) if body.timeout_seconds else limit
    try:
        return run_read_only(
            graph, body.query, body.params, timeout=timeout, row_cap=settings.cypher_row_cap
        )
    except (CypherRefused, CypherFailed, CypherTimeout, ConsoleBusy) as exc:
        headers = {"Retry-After": "2"} if isinstance(exc, ConsoleBusy) else None
        raise HTTPException(_STATUS[type(exc)], str(exc), headers=headers) from None
