"""It is Neo4j: the pinned version, its own enforcement, and the routing driver on the same server.

The whole suite runs on the project's Neo4j (tests/conftest.py); these tests check what only a
real Neo4j shows, and what a deployment on Aura or a cluster relies on.
"""

from __future__ import annotations

import socket
from typing import Any

import neo4j
import pytest
from neo4j.exceptions import ClientError

from graph.db.client import Graph
from graph.db.server import DATABASE, USER, Neo4jServer, pinned_versions
from graph.db.settings import DatabaseSettings
from tests.conftest import PASSWORD


def test_it_is_the_pinned_neo4j_community(graph: Graph) -> None:
    version = pinned_versions()["neo4j.version"]
    assert graph.backend == f"Neo4j/{version}", graph.backend
    rows = graph.run_text("CALL dbms.components() YIELD edition, versions RETURN *")
    assert rows == [{"edition": "community", "versions": [version]}]


def test_a_read_transaction_refuses_writes(graph: Graph) -> None:
    """The first wall of the Cypher console is Neo4j's own: no write in READ access mode."""
    with graph.driver.session(database=graph.database, default_access_mode=neo4j.READ_ACCESS) as s:
        with pytest.raises(ClientError) as refused:
            s.run("CREATE (:Intruder {n: 1})").consume()
    assert refused.value.code == "Neo.ClientError.Statement.AccessMode"
    assert graph.run_text("MATCH (n:Intruder) RETURN count(n) AS n") == [{"n": 0}]


def test_the_routing_driver_reaches_the_same_server(
    graph: Graph, neo4j_server: Neo4jServer
) -> None:
    """`neo4j://` (what Aura and clusters use) through the same `Graph`: the routing table comes
    from this server, and the answers are the same as over `bolt://`."""
    routed = Graph(f"neo4j://127.0.0.1:{neo4j_server.bolt_port}", USER, PASSWORD, DATABASE)
    try:
        assert isinstance(routed.driver, neo4j.Neo4jDriver)
        rows = routed.read("explore/owners", {"id": "beijing-era-new-energy", "as_of": None})
        assert {r["owner_id"]: r["percent"] for r in rows} == {
            "catl": 51,
            "baic": 39,
            "xiaomi-auto": 5,
        }
        direct = graph.read("explore/owners", {"id": "beijing-era-new-energy", "as_of": None})
        plain = [{k: v for k, v in r.items() if k != "stake"} for r in rows]
        assert plain == [{k: v for k, v in r.items() if k != "stake"} for r in direct]
    finally:
        routed.close()


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

    settings = DatabaseSettings(_env_file=None, neo4j_uri="neo4j+s://example.invalid")  # type: ignore[call-arg]
    assert not settings.managed
    graph = Graph.from_settings(settings)
    try:
        assert isinstance(graph.driver, neo4j.Neo4jDriver)
        assert graph.database == settings.neo4j_database
    finally:
        graph.close()
    assert dialled == [], "building a driver must not touch the network"
