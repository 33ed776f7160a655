"""Open the configured graph: the embedded ArcadeDB by default, or the database at NEO4J_URI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph.db import Graph
from graph.embedded import EmbeddedServer
from graph.settings import Settings


def embedded_server(settings: Settings) -> EmbeddedServer:
    """The embedded server the settings describe (not started)."""
    return EmbeddedServer(
        data_dir=settings.embedded_data_dir,
        password=settings.embedded_password,
        database=settings.embedded_database,
        bolt_port=settings.embedded_bolt_port,
        http_port=settings.embedded_http_port,
        start_timeout=settings.embedded_start_timeout,
        command_timeout=settings.embedded_command_timeout,
    )


@contextmanager
def open_graph(settings: Settings) -> Iterator[Graph]:
    """Yield a connected `Graph`; start (and afterwards stop) the embedded server if needed.

    The embedded server is watched while the graph is open: if it dies, it is started again.
    """
    server = embedded_server(settings) if settings.embedded else None
    if server:
        server.start()
        server.keep_alive()
    graph = Graph.from_settings(settings, server.uri if server else None)
    try:
        yield graph
    finally:
        graph.close()
        if server:
            server.stop()
