"""Error answers through HTTP on the real Neo4j: a bug of ours is 500 with its trace in the log,
never a 4xx and never a trace or a database message in the body; every error class of
`graph.errors` has its entry in app/errors.py's table.

Bugs are made the honest way: the named statements the service runs are swapped for other text
(`graph.db.queries._all`), which the real Neo4j then rejects or answers with rows of the wrong
shape.
"""

from __future__ import annotations

import inspect
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from neo4j.exceptions import ClientError
from pydantic import ValidationError

import graph.errors
from app.errors import ANSWERS, INTERNAL_DETAIL, answer_for
from graph.db import queries
from graph.db.client import Graph
from graph.errors import GraphError, StatementRejected, UnknownQueryError
from tests.conftest import LiveServer


@pytest.fixture(scope="module")
def client(graph: Graph) -> Iterator[httpx.Client]:
    """The service on its own port, answering from the session's loaded database."""
    from app.main import create_app

    server = LiveServer(create_app(graph))
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            yield c
    finally:
        server.stop()


ROWS_THAT_DO_NOT_FIT = (
    "RETURN 'catl' AS id, 'Company' AS label, 'CATL' AS name, ['not', 'a', 'kind'] AS kind, "
    "['catl'] AS keys"
)
"""A search candidate whose `kind` is a list: `SearchHit` refuses it (a bug of ours)."""


def every_statement_is(monkeypatch: pytest.MonkeyPatch, text: str | None) -> None:
    """Swap the text of every named statement for `text` (None: no statement has a file)."""
    names = list(queries._all())
    swapped = {} if text is None else dict.fromkeys(names, text)
    monkeypatch.setattr(queries, "_all", lambda: swapped)


def internal_error_logged(caplog: pytest.LogCaptureFixture, error_id: str) -> logging.LogRecord:
    """The one log record of the internal error `error_id`, which carries its traceback."""
    records = [r for r in caplog.records if r.name == "app" and error_id in r.getMessage()]
    assert len(records) == 1, caplog.text
    record = records[0]
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "Traceback (most recent call last)" in caplog.text
    return record


def assert_generic(r: httpx.Response) -> str:
    """A 500 whose body says nothing but that it is logged; returns its error id."""
    assert r.status_code == 500, r.text
    body = r.json()
    assert set(body) == {"detail", "error_id"}, body
    assert body["detail"] == INTERNAL_DETAIL
    for leak in ("Traceback", "Neo.", "Invalid input", "File ", "Error"):
        assert leak not in r.text, (leak, r.text)
    return str(body["error_id"])


def test_a_fixed_statement_the_database_rejects_is_500_with_the_trace_logged(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Before, Neo4j's ClientError was answered 400 with its message: the client was blamed."""
    every_statement_is(monkeypatch, "MATCH (n:Company) RETURN n ORDER BY ,")
    with caplog.at_level(logging.WARNING, logger="app"):
        for url in ("/search?q=catl", "/entities/catl", "/paths?from=ford&to=catl"):
            error_id = assert_generic(client.get(url))
            record = internal_error_logged(caplog, error_id)
            assert record.exc_info is not None
            rejected = record.exc_info[1]
            assert isinstance(rejected, StatementRejected), rejected
            assert isinstance(rejected.__cause__, ClientError)  # Neo4j's own, in the log only
            assert rejected.code == "Neo.ClientError.Statement.SyntaxError"
            assert "Neo.ClientError.Statement.SyntaxError" in caplog.text


def test_a_statement_without_a_file_is_500(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    every_statement_is(monkeypatch, None)
    with caplog.at_level(logging.WARNING, logger="app"):
        error_id = assert_generic(client.get("/companies/beijing-era-new-energy/ownership"))
    record = internal_error_logged(caplog, error_id)
    assert record.exc_info is not None and isinstance(record.exc_info[1], UnknownQueryError)


def test_a_response_that_does_not_build_is_500_not_422(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """pydantic's ValidationError is a ValueError; the search route used to answer every
    ValueError with 422, blaming the client for rows of ours that do not fit `SearchHit`."""
    every_statement_is(monkeypatch, ROWS_THAT_DO_NOT_FIT)
    with caplog.at_level(logging.WARNING, logger="app"):
        error_id = assert_generic(client.get("/search", params={"q": "catl"}))
    record = internal_error_logged(caplog, error_id)
    assert record.exc_info is not None and isinstance(record.exc_info[1], ValidationError)
    assert "SearchHit" in caplog.text


def test_an_unexpected_500_keeps_the_connection_open(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starlette's last-resort handler answers and raises the exception on to uvicorn, which
    then closed the connection: a client's next request on it failed ("Server disconnected").
    One socket, two requests on it."""
    every_statement_is(monkeypatch, ROWS_THAT_DO_NOT_FIT)
    port = client.base_url.port
    assert port is not None
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        assert _exchange(conn, "/search?q=catl").startswith(b"HTTP/1.1 500 ")
        monkeypatch.undo()
        time.sleep(0.3)  # a close by the server has arrived by now
        assert _exchange(conn, "/search?q=catl").startswith(b"HTTP/1.1 200 ")


def _exchange(conn: socket.socket, path: str) -> bytes:
    """Send a keep-alive GET of `path` on `conn` and read its whole answer (b"" if closed)."""
    conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return data


def test_every_error_class_has_its_entry_in_the_table() -> None:
    defined = [
        cls
        for _, cls in inspect.getmembers(graph.errors, inspect.isclass)
        if cls.__module__ == "graph.errors"
    ]
    assert all(issubclass(cls, GraphError) for cls in defined), defined  # one root

    def subclasses(cls: type[GraphError]) -> set[type[GraphError]]:
        return {cls}.union(*(subclasses(c) for c in cls.__subclasses__()))

    classes = subclasses(GraphError)
    assert set(defined) <= classes
    missing = sorted(c.__name__ for c in classes if c not in ANSWERS)
    assert not missing, missing
    assert answer_for(ZeroDivisionError()).status == 500  # anything else: a bug of ours


def test_the_statuses_of_the_table() -> None:
    statuses = {cls.__name__: answer.status for cls, answer in ANSWERS.items()}
    assert statuses == {
        "GraphError": 500,
        "DatabaseUnavailable": 503,
        "StatementError": 503,
        "QueryTimedOut": 504,
        "StatementRejected": 500,
        "DatabaseBusy": 503,
        "DatabaseFailed": 503,
        "UnknownQueryError": 500,
        "InvalidQuestion": 422,
        "EntityNotFound": 404,
        "ConsoleError": 400,
        "CypherRefused": 403,
        "CypherFailed": 400,
        "CypherTimeout": 408,
        "CypherTooLarge": 413,
        "ConsoleBusy": 429,
        "DatabaseNotAnswering": 504,
        "RequestValidationError": 422,
        "Exception": 500,
    }


def test_a_question_asked_wrongly_is_fastapis_422(client: httpx.Client) -> None:
    r = client.get("/paths", params={"from": "ford", "to": "ford"})
    assert r.status_code == 422
    assert r.json() == {
        "detail": [
            {
                "type": "value_error",
                "loc": ["query", "to"],
                "msg": "from and to are the same entity",
                "input": "ford",
            }
        ]
    }


def test_the_answers_of_the_domain_errors_keep_their_shape(client: httpx.Client) -> None:
    r = client.get("/entities/xiaomi")
    assert r.status_code == 404
    assert r.json()["detail"] == "no entity with id 'xiaomi'"
    assert set(r.json()) == {"detail", "suggestions"} and "xiaomi-auto" in r.json()["suggestions"]
    r = client.post("/cypher", json={"query": "CREATE (n:Evil)"})
    assert r.status_code == 403 and set(r.json()) == {"detail", "code"}, r.text
    r = client.post("/cypher", json={"query": "RETURN nonsense("})
    assert r.status_code == 400 and r.json()["code"].startswith("Neo.ClientError."), r.text
    assert "retry-after" not in r.headers
