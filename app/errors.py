"""Error responses, from one table (`ANSWERS`): each error class of `graph.errors` has its
status and body there, and so do FastAPI's request validation and every other exception.

Routes do not catch errors to pick a status; they let them reach these handlers. A bug of ours
(a statement of `cypher/` the database refuses, a response that does not build, anything
unexpected) is 500 with a generic body, its trace in the log under an id the body gives; never a
stack trace or a database message in an answer, and never a 4xx blaming the client for it.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.params import invalid
from graph.errors import (
    ConsoleBusy,
    ConsoleError,
    CypherFailed,
    CypherRefused,
    CypherTimeout,
    CypherTooLarge,
    DatabaseBusy,
    DatabaseFailed,
    DatabaseNotAnswering,
    DatabaseUnavailable,
    EntityNotFound,
    GraphError,
    InvalidQuestion,
    QueryTimedOut,
    StatementError,
    StatementRejected,
    UnknownQueryError,
)

log = logging.getLogger("app")

INTERNAL_DETAIL = "internal error; it has been logged"
RETRY_AFTER = {"Retry-After": "2"}


@dataclass(frozen=True)
class Answer:
    """How the service answers one class of error."""

    status: int
    body: Callable[[Any], dict[str, Any]]
    headers: Mapping[str, str] = field(default_factory=dict)
    log: Literal["trace", "warning"] | None = None
    """"trace": a bug of ours, logged with its traceback; "warning": the database's trouble."""


def _detail(exc: Exception) -> dict[str, Any]:
    return {"detail": str(exc)}


def _internal(_: Exception) -> dict[str, Any]:
    return {"detail": INTERNAL_DETAIL}


def _unavailable(exc: DatabaseUnavailable) -> dict[str, Any]:
    return {"detail": f"{exc}; the service retries on the next request"}


def _timed_out(exc: QueryTimedOut) -> dict[str, Any]:
    return {
        "detail": f"{exc}; ask a narrower question (a smaller depth or max_hops, a filter, a "
        "lower limit)"
    }


def _database(exc: StatementError) -> dict[str, Any]:
    return {"detail": f"the database could not answer this request: {exc.message or exc.code}"}


def _not_found(exc: EntityNotFound) -> dict[str, Any]:
    return {"detail": str(exc), "suggestions": exc.suggestions}


def _console(exc: ConsoleError) -> dict[str, Any]:
    return {"detail": str(exc), "code": exc.code}


def _validation(exc: RequestValidationError) -> dict[str, Any]:
    """FastAPI's own 422 body, or without the rejected input when strict JSON cannot carry it
    (NaN, Infinity, very deep input)."""
    errors = jsonable_encoder(exc.errors())
    try:
        json.dumps(errors, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        return {"detail": _without_input(exc)}
    return {"detail": errors}


def _invalid_question(exc: InvalidQuestion) -> dict[str, Any]:
    return _validation(invalid("query", exc.field, str(exc), exc.value))


ANSWERS: dict[type[Exception], Answer] = {
    GraphError: Answer(500, _internal, log="trace"),
    DatabaseUnavailable: Answer(503, _unavailable, RETRY_AFTER),
    StatementError: Answer(503, _database, log="warning"),
    QueryTimedOut: Answer(504, _timed_out),
    StatementRejected: Answer(500, _internal, log="trace"),
    DatabaseBusy: Answer(503, _database, log="warning"),
    DatabaseFailed: Answer(503, _database, log="warning"),
    UnknownQueryError: Answer(500, _internal, log="trace"),
    InvalidQuestion: Answer(422, _invalid_question),
    EntityNotFound: Answer(404, _not_found),
    ConsoleError: Answer(400, _console),
    CypherRefused: Answer(403, _console),
    CypherFailed: Answer(400, _console),
    CypherTimeout: Answer(408, _console),
    CypherTooLarge: Answer(413, _console),
    ConsoleBusy: Answer(429, _console, RETRY_AFTER),
    DatabaseNotAnswering: Answer(504, _console),
    RequestValidationError: Answer(422, _validation),
    Exception: Answer(500, _internal, log="trace"),
}
"""Every error the service answers, by class; an exception takes the entry of its nearest
class. `Exception` is the last resort: anything unexpected is a bug of ours."""


def answer_for(exc: Exception) -> Answer:
    """The table's entry for `exc`: its class's, else its nearest base class's."""
    return next(ANSWERS[c] for c in type(exc).__mro__ if c in ANSWERS)


def status_of(exc: Exception) -> int:
    """The HTTP status the service answers `exc` with."""
    return answer_for(exc).status


async def respond(request: Request, exc: Exception) -> JSONResponse:
    """The answer to `exc` from the table, logged as its entry says."""
    answer = answer_for(exc)
    body = answer.body(exc)
    if answer.log == "trace":
        error_id = uuid.uuid4().hex[:12]
        body = {**body, "error_id": error_id}
        log.exception(
            "internal error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc
        )
    elif answer.log == "warning":
        log.warning("database error: %s", exc)
    return JSONResponse(status_code=answer.status, content=body, headers=dict(answer.headers))


def install_error_handlers(app: FastAPI) -> None:
    """Answer every class of `ANSWERS` with `respond` (Starlette picks the handler of an
    exception's nearest class, as `answer_for` does)."""
    for cls in ANSWERS:
        app.add_exception_handler(cls, respond)
    app.add_middleware(AnswerUnexpected)


class AnswerUnexpected:
    """Answers an exception no handler took (`ANSWERS[Exception]`) without raising it on.

    Starlette's own last resort (the `Exception` handler) answers and then raises the exception
    on to the server, and uvicorn then closes the connection: a client's next request on it
    failed with "Server disconnected". Once the answer has started, there is nothing to answer
    with, and the exception goes on to Starlette's handler as before."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:
                raise
            response = await respond(Request(scope), exc)
            await response(scope, receive, send)


def _without_input(exc: RequestValidationError) -> list[dict[str, Any]]:
    """The validation errors without the rejected input (which strict JSON cannot carry)."""
    return [
        {"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": e.get("msg")}
        for e in exc.errors()
    ]
