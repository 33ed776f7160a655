"""Error responses: outages become 503, a query stopped for time 504, driver errors 4xx with a
reason; never a stack trace."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from neo4j.exceptions import ClientError, Neo4jError

from graph.db.client import DatabaseUnavailable, QueryTimedOut
from graph.questions.entities import EntityNotFound

log = logging.getLogger("app")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that keep every failure a clear JSON answer."""

    @app.exception_handler(DatabaseUnavailable)
    async def unavailable(_: Request, exc: DatabaseUnavailable) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"detail": f"{exc}; the service retries on the next request"},
            headers={"Retry-After": "2"},
        )

    @app.exception_handler(QueryTimedOut)
    async def timed_out(_: Request, exc: QueryTimedOut) -> JSONResponse:
        return JSONResponse(
            status_code=504,
            content={
                "detail": f"{exc}; ask a narrower question (a smaller depth or max_hops, a "
                "filter, a lower limit)"
            },
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        try:  # FastAPI's own answer, when the rejected input can be written as strict JSON
            json.dumps(jsonable_encoder(exc.errors()), allow_nan=False)
        except (ValueError, TypeError, RecursionError):  # NaN, Infinity, very deep input
            return JSONResponse(status_code=422, content={"detail": _without_input(exc)})
        return await request_validation_exception_handler(request, exc)

    @app.exception_handler(EntityNotFound)
    async def not_found(_: Request, exc: EntityNotFound) -> JSONResponse:
        return JSONResponse(
            status_code=404, content={"detail": str(exc), "suggestions": exc.suggestions}
        )

    @app.exception_handler(ClientError)
    async def client_error(_: Request, exc: ClientError) -> JSONResponse:
        return JSONResponse(
            status_code=400, content={"detail": exc.message or str(exc), "code": exc.code}
        )

    @app.exception_handler(Neo4jError)
    async def db_error(_: Request, exc: Neo4jError) -> JSONResponse:
        log.warning("database error: %s", exc)
        return JSONResponse(
            status_code=503,
            content={
                "detail": f"the database could not answer this request: {exc.message or exc.code}"
            },
        )


def _without_input(exc: RequestValidationError) -> list[dict[str, Any]]:
    """The validation errors without the rejected input (which strict JSON cannot carry)."""
    return [
        {"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": e.get("msg")}
        for e in exc.errors()
    ]
