"""Shared fixtures: the project's real Neo4j Community server (one per test session) with the
curated data loaded, a second one for tests that load their own files, and the service on a real
HTTP port. Nothing is mocked.

Why a second server and not a clean-up: Neo4j Community has one user database, and the tests that
load their own files (the loader's sync, all-or-nothing, the CLI) empty it first. On the main
server they would have to restore the curated graph exactly afterwards, and a failure half-way
would leave every later test answering from a wrong graph. A second server on other ports costs
5 s at start and about 0.5 GB of memory, and keeps the main graph untouched by construction."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from graph.db.client import Graph
from graph.db.server import DATABASE, USER, Neo4jServer, free_port
from loaders.pipeline import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = ROOT.parent / "shared" / "sources"
PASSWORD = "test-password-123"
RUNTIME = ROOT / "var" / "neo4j" / "runtime"
"""The Neo4j jars, resolved once (the same folder `make run` uses) and shared by every server
the tests start."""


def test_server(home: Path, **kwargs: object) -> Neo4jServer:
    """A Neo4j server for tests: free ports, small memory, the shared runtime (not started)."""
    return Neo4jServer(
        home=home,
        password=PASSWORD,
        heap="1g",
        page_cache="256m",
        runtime_dir=RUNTIME,
        **kwargs,  # type: ignore[arg-type]
    )


test_server.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def connect(server: Neo4jServer) -> Graph:
    """A `Graph` on the server's one user database."""
    return Graph(server.uri, USER, PASSWORD, DATABASE)


def article_text(source_id: str) -> str:
    """The captured text of a source article from ../shared/sources (the test skips without it)."""
    path = SOURCES / f"{source_id}.txt"
    if not path.is_file():
        pytest.skip(f"the captured articles are not here ({path} is missing)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """The main Neo4j server of the test session."""
    with test_server(tmp_path_factory.mktemp("neo4j-main")) as server:
        yield server


@pytest.fixture(scope="session")
def scratch_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A second Neo4j server for tests that load their own files (started when first asked)."""
    with test_server(tmp_path_factory.mktemp("neo4j-scratch")) as server:
        yield server


@pytest.fixture(scope="session")
def graph(neo4j_server: Neo4jServer) -> Iterator[Graph]:
    """The main database, loaded once with the curated dataset in data/."""
    g = connect(neo4j_server)
    load(g, DATA)
    yield g
    g.close()


@pytest.fixture
def scratch(scratch_server: Neo4jServer) -> Iterator[Graph]:
    """The scratch server's database, emptied, for tests that load their own files."""
    g = connect(scratch_server)
    g.write("tests/delete_everything")
    yield g
    g.close()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ for tests that change the curated files."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


class LiveServer:
    """The FastAPI app served by uvicorn on a real loopback port, in a background thread."""

    def __init__(self, app: object) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("the service did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live(graph: Graph) -> Iterator[LiveServer]:
    """The service, answering from the loaded main database, on a real port."""
    from app.main import create_app

    server = LiveServer(create_app(graph))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def http(live: LiveServer) -> Iterator[httpx.Client]:
    """An HTTP client for the live service."""
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


def pytest_report_header() -> list[str]:
    return [
        f"shared sources: {SOURCES} ({'present' if SOURCES.is_dir() else 'missing'})",
        f"NEO4J_URI: {os.environ.get('NEO4J_URI') or 'unset'} (the tests start their own Neo4j)",
    ]
