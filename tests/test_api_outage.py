"""Database outage under a running service: 503 with a clear message, then back without restart.

The test starts its own Neo4j (its ports are kept across restarts), loads data/ into it, serves the
app on a real port, stops the database, and starts it again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.db.client import Graph
from graph.db.server import Neo4jServer
from loaders.pipeline import load
from tests.conftest import DATA, LiveServer, connect, test_server

ROUTES = [
    ("GET", "/health", None),
    ("GET", "/stats", None),
    ("GET", "/search?q=Xiami", None),
    ("GET", "/entities/catl", None),
    ("GET", "/companies/beijing-era-new-energy/ownership", None),
    ("GET", "/paths?from=xiaomi-auto&to=catl", None),
    ("GET", "/plants?country=GB", None),
    ("POST", "/cypher", {"query": "MATCH (n:Company) RETURN count(n) AS n"}),
]


@pytest.fixture
def own_database(tmp_path: Path) -> Iterator[tuple[Neo4jServer, Graph]]:
    server = test_server(tmp_path / "neo4j")
    server.start()
    graph = connect(server)
    load(graph, DATA)
    yield server, graph
    graph.close()
    server.stop()


def _call(client: httpx.Client, method: str, url: str, body: object) -> httpx.Response:
    return client.request(method, url, json=body)


def test_outage_gives_503_and_the_service_recovers_without_restart(
    own_database: tuple[Neo4jServer, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.main import create_app

    server, graph = own_database
    live = LiveServer(create_app(graph))
    live.start()
    try:
        with httpx.Client(base_url=live.url, timeout=60) as client:
            for method, url, body in ROUTES:
                assert _call(client, method, url, body).status_code == 200, url

            server.stop()
            slowest = 0.0
            for method, url, body in ROUTES:
                started = time.monotonic()
                r = _call(client, method, url, body)
                slowest = max(slowest, time.monotonic() - started)
                assert r.status_code == 503, (url, r.status_code, r.text)
                assert "unreachable" in r.json()["detail"], r.text
                assert r.headers.get("retry-after") == "2"

            restarted = time.monotonic()
            server.start()
            started_in = time.monotonic() - restarted
            deadline = time.monotonic() + 60
            while True:
                r = client.get("/health")
                if r.status_code == 200 or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            recovered_in = time.monotonic() - restarted
            assert r.status_code == 200, r.text
            for method, url, body in ROUTES:  # the same service, not restarted
                assert _call(client, method, url, body).status_code == 200, url
            r = client.get("/companies/beijing-era-new-energy/ownership")
            assert r.json()["stated_total_percent"] == 95
    finally:
        live.stop()
    with capsys.disabled():
        print(
            f"\n[outage] 503 answered within {slowest:.2f} s; database restart took "
            f"{started_in:.1f} s; service answered 200 again {recovered_in:.1f} s after "
            "the restart began"
        )


def test_a_crashed_database_is_restarted_by_its_watchdog(
    own_database: tuple[Neo4jServer, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    """`kg serve` watches the project's Neo4j (`keep_alive`): a killed database comes back
    by itself, and the service with it, with the data it had."""
    from app.main import create_app

    server, graph = own_database
    server.keep_alive(every=0.5)
    live = LiveServer(create_app(graph))
    live.start()
    try:
        with httpx.Client(base_url=live.url, timeout=60) as client:
            assert client.get("/health").status_code == 200
            killed = time.monotonic()
            server.kill()  # SIGKILL, as the kernel's OOM killer or a crash would
            seen: set[int] = set()
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                r = client.get("/companies/beijing-era-new-energy/ownership")
                seen.add(r.status_code)
                if r.status_code == 200:
                    break
                assert r.status_code == 503, r.text
                time.sleep(0.2)
            back_in = time.monotonic() - killed
            assert r.status_code == 200, r.text
            assert r.json()["stated_total_percent"] == 95
            assert server.running
    finally:
        live.stop()
    with capsys.disabled():
        print(
            f"\n[watchdog] database killed; service answered 200 again after {back_in:.1f} s "
            f"(statuses seen meanwhile: {sorted(seen)})"
        )
