"""Shared fixtures: one real embedded ArcadeDB per test session, the curated data loaded into it,
and the service on a real HTTP port. Nothing is mocked."""

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

from graph.db import Graph
from graph.embedded import EmbeddedServer, free_port
from loaders.pipeline import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SOURCES = ROOT.parent / "shared" / "sources"
PASSWORD = "test-password-123"


def article_text(source_id: str) -> str:
    """The captured text of a source article from ../shared/sources (the test skips without it)."""
    path = SOURCES / f"{source_id}.txt"
    if not path.is_file():
        pytest.skip(f"the captured articles are not here ({path} is missing)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The embedded database server, with the main database `kg` and a `scratch` one."""
    server = EmbeddedServer(
        data_dir=tmp_path_factory.mktemp("arcadedb"),
        password=PASSWORD,
        database="kg",
        extra_databases=("scratch",),
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def graph(embedded: EmbeddedServer) -> Iterator[Graph]:
    """The main database, loaded once with the curated dataset in data/."""
    g = Graph(embedded.uri, "root", PASSWORD, "kg")
    load(g, DATA)
    yield g
    g.close()


@pytest.fixture
def scratch(embedded: EmbeddedServer) -> Iterator[Graph]:
    """An emptied scratch database for tests that load their own files."""
    g = Graph(embedded.uri, "root", PASSWORD, "scratch")
    g.write("admin/delete_everything")
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
        f"NEO4J_URI: {os.environ.get('NEO4J_URI') or 'unset (embedded ArcadeDB)'}",
    ]
