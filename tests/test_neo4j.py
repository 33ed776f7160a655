"""The same checks against a real Neo4j: the loader, the HTTP service and the exploration library.

Marked `neo4j` and skipped unless NEO4J_URI is set. To run them:

    docker compose up -d neo4j
    NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=battery-kg make test

The credentials and database come from the same settings the service reads (NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE, or .env). The module loads data/ into that database: the loader
only touches what it manages, but point it at a database meant for this project.

The routing test at the end needs no database and always runs.
"""

from __future__ import annotations

import importlib
import inspect
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import neo4j
import pytest

from graph.browser_params import browser_params
from graph.db import Graph
from graph.queries import CYPHER_DIR
from graph.settings import Settings
from loaders.pipeline import load, validate
from tests.conftest import DATA, LiveServer

SKIP_REASON = (
    "NEO4J_URI not set: start Neo4j with `docker compose up -d neo4j` and set "
    "NEO4J_URI=bolt://localhost:7687 (and NEO4J_PASSWORD if not the default) to run these"
)
needs_neo4j = pytest.mark.skipif(not Settings().neo4j_uri, reason=SKIP_REASON)
"""Skips at collection when NEO4J_URI is unset (environment or .env, as the service reads it),
so the fixtures below never run."""
EXPLORE = sorted((CYPHER_DIR / "explore").glob("*.cypher"))


@pytest.fixture(scope="module")
def neo4j_graph() -> Iterator[Graph]:
    """The database at NEO4J_URI, loaded with data/ (never used when the tests are skipped)."""
    settings = Settings()
    assert settings.neo4j_uri, SKIP_REASON
    graph = Graph.from_settings(settings)
    if not graph.ping():
        graph.close()
        pytest.fail(f"NEO4J_URI is set but {settings.neo4j_uri} does not answer")
    load(graph, DATA)
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def neo4j_http(neo4j_graph: Graph) -> Iterator[httpx.Client]:
    """The service answering from Neo4j on a real port, and a client for it."""
    from app.main import create_app

    server = LiveServer(create_app(neo4j_graph))
    server.start()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
    server.stop()


def _counts_in_files() -> dict[str, int]:
    """Nodes per label and relationships per type the files describe."""
    rows, _ = validate(DATA)
    return rows.counts()


@pytest.mark.neo4j
@needs_neo4j
def test_it_is_neo4j(neo4j_graph: Graph) -> None:
    backend = neo4j_graph.backend
    assert backend.startswith("Neo4j/") and "ArcadeDB" not in backend, backend


@pytest.mark.neo4j
@needs_neo4j
def test_load_wrote_the_files_and_a_second_load_writes_nothing(neo4j_graph: Graph) -> None:
    nodes = {r["label"]: r["count"] for r in neo4j_graph.read("stats/node_counts")}
    expected = _counts_in_files()
    for label in ("Company", "Plant", "Country", "Source"):
        assert nodes[label] == expected[label], label
    again = load(neo4j_graph, DATA)
    assert not again.changed, "loading unchanged files twice must write nothing"


@pytest.mark.neo4j
@needs_neo4j
@pytest.mark.parametrize("path", EXPLORE, ids=lambda p: p.stem)
def test_exploration_query_runs_on_neo4j(neo4j_graph: Graph, path: Path) -> None:
    params = browser_params(path.read_text(encoding="utf-8"))
    assert neo4j_graph.read(f"explore/{path.stem}", params), path.name


@pytest.mark.neo4j
@needs_neo4j
def test_joint_venture_owners_on_neo4j(neo4j_graph: Graph) -> None:
    rows = neo4j_graph.read("explore/owners", {"id": "beijing-era-new-energy"})
    assert {r["owner_id"]: r["percent"] for r in rows} == {"catl": 51, "baic": 39, "xiaomi-auto": 5}
    assert {r["stated_total"] for r in rows} == {95}


@pytest.mark.neo4j
@needs_neo4j
def test_health_answers_with_the_neo4j_backend_and_counts(
    neo4j_graph: Graph, neo4j_http: httpx.Client
) -> None:
    response = neo4j_http.get("/health")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["database"]["backend"] == neo4j_graph.backend
    assert body["database"]["embedded"] is False
    expected = _counts_in_files()
    assert body["nodes"]["Company"] == expected["Company"]
    assert body["relationships"]["OWNS_STAKE"] == expected["OWNS_STAKE"]


@pytest.mark.neo4j
@needs_neo4j
def test_no_route_fails_on_neo4j(neo4j_http: httpx.Client) -> None:
    """Every GET route of the API, with `catl` for any path parameter, answers without a 5xx."""
    paths = neo4j_http.get("/openapi.json").json()["paths"]
    failures = {}
    for path, operations in paths.items():
        if "get" not in operations:
            continue
        url = path
        for param in operations["get"].get("parameters", []):
            if param["in"] == "path":
                url = url.replace("{" + param["name"] + "}", "catl")
        response = neo4j_http.get(url)
        if response.status_code >= 500:
            failures[url] = (response.status_code, response.text[:300])
    assert not failures, failures


API_MODULES = [
    importlib.import_module(f"tests.{path.stem}")
    for path in sorted(Path(__file__).parent.glob("test_api_*.py"))
]
HTTP_CHECKS: list[Callable[[httpx.Client], None]] = [
    check
    for module in API_MODULES
    for name, check in sorted(vars(module).items())
    if name.startswith("test_")
    and callable(check)
    and list(inspect.signature(check).parameters) == ["http"]
]
"""Every API test that needs only the HTTP client: the same answers, asked of Neo4j."""


@pytest.mark.neo4j
@needs_neo4j
@pytest.mark.parametrize(
    "check", HTTP_CHECKS, ids=lambda c: f"{c.__module__.rsplit('.', 1)[-1]}::{c.__name__}"
)
def test_api_answers_the_same_on_neo4j(
    neo4j_http: httpx.Client, check: Callable[[httpx.Client], None]
) -> None:
    check(neo4j_http)


# --- routing URIs (no database needed) ---------------------------------------------------------


def test_routing_uris_need_no_code_change(monkeypatch: pytest.MonkeyPatch) -> None:
    """`neo4j://` and `neo4j+s://` (clusters, Aura) give the driver's routing driver through the
    same Graph; building it opens no connection (nothing is resolved or dialled)."""
    dialled: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        dialled.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)

    for uri, driver_type in [
        ("neo4j+s://example.invalid", neo4j.Neo4jDriver),
        ("neo4j://example.invalid:7687", neo4j.Neo4jDriver),
        ("bolt+s://example.invalid", neo4j.BoltDriver),
    ]:
        graph = Graph(uri, "neo4j", "a-password", None)
        try:
            assert isinstance(graph.driver, driver_type), uri
            assert graph.uri == uri
        finally:
            graph.close()

    settings = Settings(_env_file=None, neo4j_uri="neo4j+s://example.invalid")  # type: ignore[call-arg]
    assert not settings.embedded
    graph = Graph.from_settings(settings)
    try:
        assert isinstance(graph.driver, neo4j.Neo4jDriver)
        assert graph.database == settings.neo4j_database
    finally:
        graph.close()
    assert dialled == [], "building a driver must not touch the network"
