"""The benchmark's Neo4j servers: the project's own Neo4j Community server, one fresh home per
size and contestant, all started with the same settings.

Why not one server for the run: Neo4j Community has one user database (`neo4j`). Emptying it
between cells (`DETACH DELETE` in batches) leaves the next cell a store full of freed records
that Neo4j reuses, and a page cache and query cache shaped by the cell before, so the raw
baseline and the loader would not write into the same kind of store, and the deletion of L alone
takes minutes. A fresh home per cell gives each contestant an empty store by construction;
both get the same warm-up first (the S rows written with the load statements in a transaction
that is rolled back: the JVM compiles the write path, the store stays empty), and they run one
after the other, never at the same time, so neither shares the two cores with the other.

In: a folder for the homes, the heap and page cache. Out: started servers, their start times,
the runtime's size, and the peak memory Neo4j accounts to the transactions of a load.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.db.client import Graph, run_tx
from graph.db.server import DATABASE, USER, Neo4jServer
from loaders.write import apply_schema

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "var" / "neo4j" / "runtime"
"""The Neo4j jars, resolved once (the folder `make run` and the tests use)."""
PASSWORD = "bench-password-1"
HEAP_HEADROOM_GB = 2
"""Heap left to everything but the open transactions (`tx_memory`)."""


def tx_memory(heap: str) -> str:
    """`dbms.memory.transaction.total.max` for a heap of `heap` ("8g"): the heap less
    `HEAP_HEADROOM_GB`. Neo4j's default is 70 % of the heap (5.6 GiB of 8 GiB); the loader
    writes a whole load in one transaction, whose state Neo4j keeps on the heap
    (`db.tx_state.memory_allocation=ON_HEAP` in Community), so the limit is set explicitly and
    each load's peak is reported next to it."""
    gb = int(heap.lower().removesuffix("g")) if heap.lower().endswith("g") else 0
    return f"{gb - HEAP_HEADROOM_GB}g" if gb > 2 * HEAP_HEADROOM_GB else f"{max(gb, 1) * 700}m"


def server_config(heap: str = "8g") -> dict[str, str]:
    """The settings the benchmark passes on top of the project's (`Neo4jServer.config`)."""
    return {
        "dbms.memory.transaction.total.max": tx_memory(heap),
        # One transaction of unlimited size (the default, stated): the limit is the total above.
        "db.memory.transaction.max": "0",
    }


def bench_server(home: Path, heap: str, page_cache: str) -> Neo4jServer:
    """A Neo4j server for the benchmark in `home`: free ports, the shared runtime (not started)."""
    return Neo4jServer(
        home=home,
        password=PASSWORD,
        heap=heap,
        page_cache=page_cache,
        start_timeout=600.0,
        runtime_dir=RUNTIME,
        extra_config=server_config(heap),
    )


def connect(server: Neo4jServer) -> Graph:
    """A `Graph` on the server's one user database."""
    return Graph(server.uri, USER, server.password, DATABASE)


@contextmanager
def started(home: Path, heap: str, page_cache: str) -> Iterator[Neo4jServer]:
    """A fresh server in `home` (which must not hold a store), stopped and deleted afterwards."""
    if home.exists():
        shutil.rmtree(home)
    server = bench_server(home, heap, page_cache)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def runtime_size(server: Neo4jServer) -> tuple[int, int]:
    """The jars of the Neo4j runtime (what the first `make run` downloads): count and bytes."""
    jars = list(server.lib_dir.glob("*.jar"))
    return len(jars), sum(j.stat().st_size for j in jars)


@dataclass
class StartTimes:
    """Neo4j's start-up on this machine (`Neo4jServer.started_seconds`: JVM launch to the
    `neo4j` database answering)."""

    cold_seconds: float
    """A fresh home: Neo4j creates the `system` and `neo4j` stores."""
    cold_total_seconds: float
    """The same start as `start()` takes it, including setting the initial password."""
    warm_seconds: float
    """The same home started again (stores there, shut down cleanly)."""
    jars: int = 0
    runtime_bytes: int = 0
    loaded: dict[str, float] = field(default_factory=dict)
    """Warm start with a size's graph stored, by size (the kg server restarted after its run)."""


def measure_starts(home: Path, heap: str, page_cache: str) -> StartTimes:
    """Start a server on a fresh home, stop it, start it again: cold and warm start seconds."""
    if home.exists():
        shutil.rmtree(home)
    server = bench_server(home, heap, page_cache)
    try:
        t0 = time.monotonic()
        server.start()
        total = time.monotonic() - t0
        cold = server.started_seconds or total
        server.stop()
        server.start()
        warm = server.started_seconds or 0.0
        jars, size = runtime_size(server)
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)
    return StartTimes(cold, total, warm, jars, size)


def restart_seconds(server: Neo4jServer) -> float:
    """Stop `server` and start it again on its stored graph; the warm start's seconds."""
    server.stop()
    server.start()
    return server.started_seconds or 0.0


def warm_up(graph: Graph, batches: list[tuple[str, list[dict[str, Any]]]]) -> None:
    """Run the load statements on `batches` in a transaction that is rolled back: the JVM
    compiles the write path and plans the statements, and the store stays empty (the schema
    is applied, as every load applies it)."""
    apply_schema(graph)
    with graph.driver.session(database=graph.database) as session:
        tx = session.begin_transaction()
        try:
            for name, batch in batches:
                run_tx(tx, name, {"rows": batch})
        finally:
            tx.rollback()
            tx.close()


TX_MEMORY_QUERY = (
    "SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, currentQuery AS q "
    "WHERE NOT q STARTS WITH 'SHOW TRANSACTIONS' RETURN max(heap) AS heap"
)


class TxMemoryWatch:
    """The largest heap Neo4j accounts to one open transaction (`SHOW TRANSACTIONS`'s
    `estimatedUsedHeapMemory`, what `dbms.memory.transaction.total.max` limits), sampled every
    `every` seconds from a connection of its own while the block runs."""

    def __init__(self, server: Neo4jServer, every: float = 0.5) -> None:
        self.graph = connect(server)
        self.every = every
        self.peak_bytes = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tx-memory-watch", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                rows = self.graph.run_text(TX_MEMORY_QUERY)
                heap = rows[0]["heap"] if rows else None
                if heap is not None:
                    self.peak_bytes = max(self.peak_bytes, int(heap))
                self.samples += 1
            except Exception:  # a sample lost (the server busy or restarting) is skipped
                pass
            self._stop.wait(self.every)

    @property
    def peak_mb(self) -> float:
        return self.peak_bytes / 2**20

    def __enter__(self) -> TxMemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)
        self.graph.close()


def log_notifications_to(path: Path) -> logging.Handler:
    """Write the driver's notification log (`neo4j.notifications`) to `path`, as the service
    under test writes its own to a file: both sides of the API comparison pay for formatting and
    writing them, and the terminal keeps the progress lines. Returns the handler (remove it to
    stop)."""
    handler = logging.FileHandler(path, encoding="utf-8")
    log = logging.getLogger("neo4j.notifications")
    log.addHandler(handler)
    log.propagate = False
    return handler
