"""Open the configured graph: the project's own Neo4j by default, or the database at NEO4J_URI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph.db.client import Graph
from graph.db.server import DATABASE, USER, Neo4jServer
from graph.db.settings import DatabaseSettings


@contextmanager
def open_graph(settings: DatabaseSettings, server: Neo4jServer | None = None) -> Iterator[Graph]:
    """Yield a connected `Graph`. Without NEO4J_URI, start the project's Neo4j (`server`, or the
    one the settings describe) first, watch it while the graph is open (a server that dies is
    started again) and stop it afterwards. When that server already runs (another `kg` command
    started it), it is used as it is."""
    if settings.neo4j_uri:
        graph = Graph.from_settings(settings)
        try:
            yield graph
        finally:
            graph.close()
        return
    server = server or Neo4jServer.from_settings(settings)
    shared = server.answers()  # `kg serve` runs it already: use it, leave it running
    if not shared:
        server.start()
        server.keep_alive()
    graph = Graph(
        server.uri, USER, settings.neo4j_password, DATABASE, settings.read_timeout_seconds
    )
    try:
        yield graph
    finally:
        graph.close()
        if not shared:
            server.stop()
