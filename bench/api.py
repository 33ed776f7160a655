"""API latency under concurrent load, against the same graph-layer calls made straight
through the driver.

In: the URL of a running service, a `Graph` on the same database, the targets to ask about.
Out: one `Latency` per endpoint, mode ("api" over HTTP, "driver" without HTTP) and client count.
Each cell runs for a fixed time per mode, in slices that alternate the modes; N clients each
send their next request as soon as the last one is answered (a closed loop), so requests per
second is what N users get, and p50/p95/p99 are over every request of the cell.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from statistics import quantiles
from typing import Any
from urllib.parse import urlencode, urlsplit

import numpy as np

from app.settings import get_settings
from graph.db.client import Graph
from graph.questions.entities import detail
from graph.questions.neighbourhood import neighbourhood
from graph.questions.ownership import ownership
from graph.questions.paths import shortest_paths
from graph.questions.search import search

NEIGHBOURHOOD_DEPTH = 2
PATH_MAX_HOPS = 4
TARGET_CLIENTS = 8
"""The issue's API target: p99 at this many clients within 10 ms of the driver's."""
TARGET_MS = 10.0
TIMEOUT = 60.0
"""Seconds a request may take before the load generator counts it as an error."""
FAILED = (
    OSError,
    TimeoutError,
    asyncio.IncompleteReadError,
    asyncio.LimitOverrunError,
    ValueError,
)
"""What a request over HTTP can fail with: no connection, no answer in time, a cut answer."""


@dataclass
class Latency:
    """The figures of one cell: endpoint, mode, concurrent clients."""

    endpoint: str
    mode: str  # "api" or "driver"
    clients: int
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rps: float
    p99_diff_ci: tuple[float, float] | None = None
    """On an API row: the 95 % interval (ms) of API p99 − driver p99 (`p99_difference_interval`)."""


@dataclass(frozen=True)
class Endpoint:
    """One question asked both ways: the HTTP request and the graph-layer call behind it."""

    name: str
    path: str
    params: dict[str, Any]
    call: Callable[[Graph], object]


def pick_targets(graph: Graph) -> dict[str, dict[str, Any]]:
    """Targets drawn from the loaded graph: the busiest company (entity detail and its depth-2
    neighbourhood), the company with the most owners (ownership), a typical company's name
    (search) and a path from that typical company to the busiest one."""
    rows = [dict(r) for r in graph.read("bench/companies")]
    if len(rows) < 2:
        raise ValueError("the benchmark needs a loaded graph with at least two companies")
    busiest = rows[0]
    typical = rows[len(rows) // 2]
    owned = max(rows, key=lambda r: (r["owners"], r["degree"]))
    return {
        "search": {"q": typical["name"]},
        "entity": {"id": busiest["id"], "degree": busiest["degree"]},
        "neighbourhood": {"id": busiest["id"], "depth": NEIGHBOURHOOD_DEPTH},
        "ownership": {"id": owned["id"], "owners": owned["owners"]},
        "path": {"from": typical["id"], "to": busiest["id"], "max_hops": PATH_MAX_HOPS},
    }


def endpoints(targets: dict[str, dict[str, Any]]) -> list[Endpoint]:
    """The five questions of the benchmark, each as its route and as the function it calls."""
    t = targets
    max_hops = get_settings().max_hops
    q, ent, hood, own, path = (
        t["search"],
        t["entity"],
        t["neighbourhood"],
        t["ownership"],
        t["path"],
    )
    return [
        Endpoint("search", "/search", {"q": q["q"]}, lambda g: search(g, q["q"], None, 10)),
        Endpoint("entity", f"/entities/{ent['id']}", {}, lambda g: detail(g, ent["id"])),
        Endpoint(
            f"neighbourhood (depth {hood['depth']})",
            f"/entities/{hood['id']}/neighbourhood",
            {"depth": hood["depth"]},
            lambda g: neighbourhood(g, hood["id"], hood["depth"], None, None, None, 200),
        ),
        Endpoint(
            "ownership",
            f"/companies/{own['id']}/ownership",
            {},
            lambda g: ownership(g, own["id"], max_hops, None),
        ),
        Endpoint(
            "shortest path",
            "/paths",
            {"from": path["from"], "to": path["to"], "max_hops": path["max_hops"]},
            lambda g: shortest_paths(g, path["from"], path["to"], "all", path["max_hops"]),
        ),
    ]


def summarize(
    endpoint: str, mode: str, clients: int, times: list[float], errors: int, seconds: float
) -> Latency:
    """Percentiles (ms) and throughput of one cell from its request durations (s)."""
    if len(times) >= 2:
        cuts = quantiles(times, n=100, method="inclusive")
        p50, p95, p99 = cuts[49], cuts[94], cuts[98]
    else:
        p50 = p95 = p99 = times[0] if times else 0.0
    return Latency(
        endpoint,
        mode,
        clients,
        len(times) + errors,
        errors,
        p50 * 1000,
        p95 * 1000,
        p99 * 1000,
        len(times) / seconds if seconds else 0.0,
    )


def p99_difference_interval(
    api: list[float], driver: list[float], reps: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """The 95 % bootstrap interval (ms) of p99(`api`) − p99(`driver`), durations in seconds.

    The p99 of a few hundred requests rests on its few slowest ones, so two runs of the same cell
    differ by tens of milliseconds; this interval says how far the measured difference could be
    from the true one. Each of `reps` rounds redraws both samples with replacement (seeded, so
    a report is reproducible). The requests of a closed loop are not independent (a slow one
    delays the next of its client), so the true interval is, if anything, wider.
    """
    if len(api) < 2 or len(driver) < 2:
        return (-math.inf, math.inf)
    rng = np.random.default_rng(seed)

    def p99s(times: list[float]) -> np.ndarray:
        arr = np.asarray(times) * 1000
        out = np.empty(reps)
        for i in range(0, reps, 100):  # 100 resamples at a time: bounded memory
            draws = arr[rng.integers(0, len(arr), (min(100, reps - i), len(arr)))]
            out[i : i + len(draws)] = np.quantile(draws, 0.99, axis=1)
        return out

    diffs = p99s(api) - p99s(driver)
    low, high = np.quantile(diffs, [0.025, 0.975])
    return float(low), float(high)


class _Connection:
    """One keep-alive HTTP/1.1 connection to the service, as lean as a load generator should be.

    httpx spent about 1.8 ms of CPU per request on this machine, on the two cores the service
    and the database also use, which the comparison with the driver then charged to the API;
    this client reads the status line, the headers and the body (by Content-Length, or chunked)
    and nothing more.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, host: str, port: int) -> _Connection:
        reader, writer = await asyncio.open_connection(host, port)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(reader, writer)

    async def get(self, request: bytes) -> tuple[int, bool]:
        """Send a prepared GET request; return the status and whether the connection stays open."""
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length, chunked, keep = 0, False, True
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif name == b"connection":
                keep = b"close" not in value.lower()
        if chunked:
            while size := int((await self.reader.readline()).split(b";")[0], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        else:
            await self.reader.readexactly(length)
        return status, keep

    def close(self) -> None:
        self.writer.close()


def _request(base_url: str, path: str, params: dict[str, Any]) -> tuple[str, int, bytes]:
    """The host, the port and the bytes of a GET of `path` with `params` at `base_url`."""
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    target = path + ("?" + urlencode(params) if params else "")
    return host, port, f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()


async def _http_cell(
    base_url: str, ep: Endpoint, seconds: float, clients: int
) -> tuple[list[float], int, float]:
    times: list[float] = []
    errors = 0
    host, port, request = _request(base_url, ep.path, ep.params)
    connections = [await _Connection.open(host, port) for _ in range(clients)]
    with contextlib.suppress(*FAILED):
        await asyncio.wait_for(connections[0].get(request), TIMEOUT)  # caches warm
    started = time.perf_counter()
    deadline = started + seconds

    async def one_client(i: int) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                status, keep = await asyncio.wait_for(connections[i].get(request), TIMEOUT)
            except FAILED:
                status, keep = 0, False
            if status == 200:
                times.append(time.perf_counter() - t0)
            else:
                errors += 1
            if not keep:
                connections[i].close()
                connections[i] = await _Connection.open(host, port)

    try:
        await asyncio.gather(*(one_client(i) for i in range(clients)))
    finally:
        for c in connections:
            c.close()
    return times, errors, time.perf_counter() - started


def _driver_cell(
    graph: Graph, ep: Endpoint, seconds: float, clients: int
) -> tuple[list[float], int, float]:
    with contextlib.suppress(Exception):  # the same warm-up as over HTTP
        ep.call(graph)
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = started + seconds

    def one_client() -> None:
        nonlocal errors
        mine: list[float] = []
        failed = 0
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                ep.call(graph)
                mine.append(time.perf_counter() - t0)
            except Exception:  # counted, as the HTTP side counts a non-200
                failed += 1
        with lock:
            times.extend(mine)
            errors += failed

    threads = [threading.Thread(target=one_client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors, time.perf_counter() - started


SLICE_SECONDS = 2.0
"""Each cell is cut into slices of about this length per mode (at least four), run in the order
API, driver, driver, API, API, driver, …, so that a drift of the machine (the database's JIT
and garbage collector, the page cache) falls on both modes alike."""


def _cell(
    base_url: str, graph: Graph, ep: Endpoint, seconds: float, clients: int
) -> tuple[Latency, Latency]:
    """One endpoint at one client count, both ways, `seconds` each, in interleaved slices."""
    times: dict[str, list[float]] = {"api": [], "driver": []}
    errors = {"api": 0, "driver": 0}
    spent = {"api": 0.0, "driver": 0.0}
    rounds = max(4, 2 * round(seconds / SLICE_SECONDS / 2))
    for i in range(rounds):
        order = ("api", "driver") if i % 2 == 0 else ("driver", "api")
        for mode in order:
            if mode == "api":
                got = asyncio.run(_http_cell(base_url, ep, seconds / rounds, clients))
            else:
                got = _driver_cell(graph, ep, seconds / rounds, clients)
            times[mode] += got[0]
            errors[mode] += got[1]
            spent[mode] += got[2]
    api, drv = (
        summarize(ep.name, mode, clients, times[mode], errors[mode], spent[mode])
        for mode in ("api", "driver")
    )
    api.p99_diff_ci = p99_difference_interval(times["api"], times["driver"])
    return api, drv


def api_benchmark(
    base_url: str,
    graph: Graph,
    targets: dict[str, dict[str, Any]],
    *,
    seconds: float,
    clients: tuple[int, ...],
    target_seconds: float | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Latency]:
    """Every endpoint × client count, over HTTP and through the driver, `seconds` each
    (`target_seconds` at the client count the issue's target names, `TARGET_CLIENTS`)."""
    out: list[Latency] = []
    for ep in endpoints(targets):
        for n in clients:
            cell_seconds = target_seconds if n == TARGET_CLIENTS and target_seconds else seconds
            api, drv = _cell(base_url, graph, ep, cell_seconds, n)
            out += [api, drv]
            if progress:
                progress(
                    f"{ep.name}, {n} client(s): API p99 {api.p99_ms:.1f} ms "
                    f"({api.rps:.0f}/s, {api.errors} errors), driver p99 {drv.p99_ms:.1f} ms "
                    f"({drv.rps:.0f}/s); difference {interval_text(api.p99_diff_ci)}"
                )
    return out


def interval_text(ci: tuple[float, float] | None) -> str:
    """A 95 % interval as "low … high ms" ("n/a" when there is none)."""
    return f"{ci[0]:+.1f} … {ci[1]:+.1f} ms" if ci else "n/a"


def verdict(api: Latency) -> str:
    """The verdict on an API row against the target (`TARGET_MS`): "met" when
    the whole 95 % interval of the p99 difference is within the target and nothing failed,
    "missed" when the whole interval is beyond it (or a request failed), "unsettled" otherwise."""
    if api.errors or api.p99_diff_ci is None:
        return "missed" if api.errors else "unsettled"
    low, high = api.p99_diff_ci
    if high <= TARGET_MS:
        return "met"
    return "missed" if low > TARGET_MS else "unsettled"
