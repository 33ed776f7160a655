"""A question the database cannot answer in time: the database stops it, the API answers 504 with
a reason, and the next question is answered as usual (no thread or connection is left hanging).

The embedded ArcadeDB ignores the timeout the driver sends with a query; the project sets its own
per-statement limit (`arcadedb.command.timeout`, from KG_EMBEDDED_COMMAND_TIMEOUT) when it starts
the server. Here a server of its own holds 100,000 companies, so that a misspelled search (a scan
of every name for shared three-letter pieces) takes well over the 0.3 s limit it is restarted with.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from app.main import create_app
from graph.cypher_console import CypherTimeout, run_read_only
from graph.db import Graph
from graph.embedded import EmbeddedServer
from loaders.write import apply_schema
from tests.conftest import PASSWORD, LiveServer

COMPANIES = 100_000
LIMIT_SECONDS = 0.3
# Test data only: 100,000 bare companies, more than any question here can scan in 0.3 s.
FILL = (
    "UNWIND range(1, $n) AS i "
    "CREATE (:Company {id: 'c' + toString(i), name: 'Company ' + toString(i), "
    "display_name: 'Company ' + toString(i), search_keys: ['company ' + toString(i)]})"
)


def server_graph(server: EmbeddedServer) -> closing[Graph]:
    """A `Graph` on `server`'s database, closed when the block ends."""
    return closing(Graph(server.uri, "root", PASSWORD, server.database))


@pytest.fixture(scope="module")
def slow_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Graph]:
    """A database of 100,000 companies on a server that stops any statement after 0.3 s."""
    data_dir: Path = tmp_path_factory.mktemp("slow-db")
    with EmbeddedServer(data_dir=data_dir, password=PASSWORD, database="slow") as server:
        with server_graph(server) as g:
            apply_schema(g)  # the id index: looking one company up stays quick
            g.driver.execute_query(FILL, {"n": COMPANIES}, database_="slow")
    server = EmbeddedServer(
        data_dir=data_dir, password=PASSWORD, database="slow", command_timeout=LIMIT_SECONDS
    )
    with server, server_graph(server) as g:
        yield g


def test_a_question_stopped_for_time_is_a_504_and_the_next_one_is_answered(
    slow_graph: Graph,
) -> None:
    server = LiveServer(create_app(slow_graph))
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for _ in range(2):  # twice: the first stopped question left nothing behind
                r = client.get("/search", params={"q": "Kompany Zqxv"})
                assert r.status_code == 504, r.text
                detail = r.json()["detail"]
                assert "stopped the query after its time limit" in detail, detail
                assert "narrower question" in detail, detail
                found = client.get("/entities/c42")
                assert found.status_code == 200, found.text
                assert found.json()["name"] == "Company 42"
            assert client.get("/health").status_code == 200
    finally:
        server.stop()


def test_the_cypher_console_reports_a_statement_the_database_stopped(slow_graph: Graph) -> None:
    with pytest.raises(CypherTimeout, match="the database stopped the statement"):
        run_read_only(
            slow_graph,
            "MATCH (a:Company), (b:Company) WHERE a.name + b.name = 'x' RETURN count(*) AS n",
            None,
            timeout=10.0,
            row_cap=10,
        )
