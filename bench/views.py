"""The entity view of a large neighbourhood: time to produce the HTML page with its network,
against the neighbourhood JSON the page draws.

In: the URL of a running service and a `Graph` on its database. Out: a `ViewTiming` for the
busiest company at the smallest depth whose neighbourhood reaches the view's node limit
(500 by default). Timed by one client on loopback, one request at a time, after a warm-up, so
the figure is the server's time to answer plus a loopback round trip.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from statistics import median, quantiles

import httpx

from app.settings import get_settings
from graph.db.client import Graph


@dataclass
class ViewTiming:
    """The entity view against the JSON of the same neighbourhood."""

    entity: str
    depth: int
    nodes: int
    edges: int
    view_median_ms: float
    view_p95_ms: float
    api_median_ms: float
    runs: int


def _timed(client: httpx.Client, path: str, params: dict[str, int], runs: int) -> list[float]:
    client.get(path, params=params).raise_for_status()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def view_benchmark(
    base_url: str, graph: Graph, *, target_nodes: int | None = None, runs: int = 20
) -> ViewTiming:
    """Time `GET /view/entity/{id}` and `GET /entities/{id}/neighbourhood` for the busiest
    company, at the first depth whose neighbourhood has `target_nodes` nodes (default: the
    view's limit), `runs` times each."""
    settings = get_settings()
    target = target_nodes or settings.view_max_nodes
    entity = dict(graph.read("bench/companies")[0])["id"]
    with httpx.Client(base_url=base_url, timeout=120) as client:
        depth, nodes, edges = 1, 0, 0
        for depth in range(1, settings.max_depth + 1):
            params = {"depth": depth, "limit": target}
            data = client.get(f"/entities/{entity}/neighbourhood", params=params).json()
            nodes, edges = len(data["nodes"]), len(data["edges"])
            if nodes >= target:
                break
        params = {"depth": depth, "limit": target}
        api = _timed(client, f"/entities/{entity}/neighbourhood", params, runs)
        view = _timed(client, f"/view/entity/{entity}", {"depth": depth}, runs)
    p95 = quantiles(view, n=20, method="inclusive")[18] if len(view) >= 2 else view[0]
    return ViewTiming(entity, depth, nodes, edges, median(view), p95, median(api), runs)
