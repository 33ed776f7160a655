"""`POST /cypher`: run a read-only Cypher statement; it can never change the database."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body

from app.deps import GraphDep, SettingsDep
from app.schemas import OWNERS_EXAMPLE, UNAVAILABLE, CypherRequest, Problem, cypher_example
from graph.questions.console import CypherResult, run_read_only

router = APIRouter(
    tags=["cypher"],
    responses={
        400: {"model": Problem, "description": "The database rejected the statement"},
        403: {
            "model": Problem,
            "description": "The statement writes, administers or reaches outside the graph",
        },
        408: {"model": Problem, "description": "The database stopped the statement for time"},
        413: {
            "model": Problem,
            "description": "Not even the first row fits in the byte cap, or the statement "
            "needs more memory than the database allows",
        },
        429: {"model": Problem, "description": "Too many statements running; retry shortly"},
        504: {
            "model": Problem,
            "description": "The database neither answered nor stopped the statement in time",
        },
        **UNAVAILABLE,
    },
)

CYPHER_EXAMPLES: dict[str, Any] = {
    "owners": {"summary": "the joint venture's owners", "value": OWNERS_EXAMPLE},
    "path": {
        "summary": "a path (answers with a graph)",
        "value": cypher_example("examples/supply_paths"),
    },
}
"""The request bodies the API docs offer, read from `cypher/examples/`."""


@router.post("/cypher", response_model=CypherResult)
def cypher_route(
    body: Annotated[CypherRequest, Body(openapi_examples=CYPHER_EXAMPLES)],
    graph: GraphDep,
    settings: SettingsDep,
) -> CypherResult:
    """Run a read-only statement with parameters: columns, rows and, when rows hold nodes,
    relationships or paths, a nodes-and-edges graph.

    The statement runs in a READ transaction that is always rolled back, so Neo4j itself refuses
    writes; before it runs, Neo4j plans it (`EXPLAIN`) and only read-only plans run; a text
    check then refuses what reads outside the graph (LOAD CSV, TERMINATE, SHOW other than
    indexes and constraints, USE, procedures and functions outside a short read-only list). Any
    of these is 403, and the answer's `code` says which wall refused it (Neo4j's own code when
    Neo4j did). The time limit is the service's (`KG_QUERY_TIMEOUT_SECONDS`) or
    `timeout_seconds` if shorter: the database stops the statement there (408); a database that
    does not answer within the limit and a 2 s grace is 504. Rows are capped at the row cap
    (`KG_CYPHER_ROW_CAP`) and the byte cap (`KG_CYPHER_BYTE_CAP`, the rows' JSON): past either,
    the rows so far with `truncated: true` and `truncated_by`; a first row larger than the byte
    cap is 413. At most two statements run at once (429 beyond, with Retry-After).

    Floats that are not finite (`0.0/0.0`, a NaN parameter) come back as the texts "NaN",
    "Infinity" and "-Infinity": JSON has no such numbers. `params` may nest lists and maps at
    most 32 levels deep (deeper: 422)."""
    limit = settings.query_timeout_seconds
    timeout = min(body.timeout_seconds, limit) if body.timeout_seconds else limit
    return run_read_only(
        graph,
        body.query,
        body.params,
        timeout=timeout,
        row_cap=settings.cypher_row_cap,
        byte_cap=settings.cypher_byte_cap,
    )
