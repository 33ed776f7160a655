"""Load benchmarks: the database's raw write rate against the loader end to end, and reloads.

The raw baseline writes pre-built rows (the loader's own rows, built before the clock starts)
with the loader's `UNWIND … MERGE` statements through the driver, in one transaction, batches of
5,000: the database's own speed for exactly these rows. The loader runs as a user runs it
(`kg load` in a child process), so its time includes start-up, parsing, validation, name
resolution, the comparison with what is stored and the write; its peak memory is the child's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.db.client import Graph, run_tx
from graph.db.server import DATABASE, USER
from loaders.pipeline import validate
from loaders.rowstore import GraphRows
from loaders.write import EDGE_QUERIES, NODE_ORDER, NODE_QUERIES, apply_schema

BATCH = 5000

LAUNCHER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stderr=subprocess.STDOUT).returncode
print("peak_kb=%d" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""
"""Runs `kg load` and reports the peak resident memory of it and its workers. A small process
of its own starts it, because a child forked straight from the benchmark (gigabytes of rows held
for the baseline) would count the benchmark's pages in its own peak until it execs."""


@dataclass
class LoadRun:
    """One timed load: rows written, seconds, and the loader's peak memory when measured."""

    rows: int
    seconds: float
    peak_mb: float | None = None
    output: str = ""


def row_count(rows: GraphRows) -> int:
    """Node and relationship rows a load of `rows` writes into an empty database."""
    return sum(rows.counts().values())


def prepared_batches(rows: GraphRows) -> list[tuple[str, list[dict[str, Any]]]]:
    """Every row as the load statements take it ({id, props} or {key, start, end, props}), in
    (query name, batch) pairs, all in memory: the raw baseline's input, made before its clock."""
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for label in NODE_ORDER:
        node_rows = [{"id": k, "props": v} for k, v in rows.nodes(label)]
        for i in range(0, len(node_rows), BATCH):
            out.append((NODE_QUERIES[label].merge, node_rows[i : i + BATCH]))
    for kind in rows.kinds():
        edge_rows = [
            {"key": r.key, "start": r.start, "end": r.end, "props": r.props}
            for r in rows.edges(kind)
        ]
        for i in range(0, len(edge_rows), BATCH):
            out.append((EDGE_QUERIES[kind].merge, edge_rows[i : i + BATCH]))
    return out


def raw_write(
    graph: Graph,
    batches: list[tuple[str, list[dict[str, Any]]]],
    tick: Callable[[int], None] | None = None,
) -> LoadRun:
    """Write pre-built row batches with the load statements, one transaction; time only the
    writing."""
    apply_schema(graph)
    started = time.perf_counter()
    with graph.transaction() as tx:
        for name, batch in batches:
            run_tx(tx, name, {"rows": batch})
            if tick:
                tick(len(batch))
    return LoadRun(sum(len(b) for _, b in batches), time.perf_counter() - started)


def built_rows(data_dir: Path) -> GraphRows:
    """The loader's rows for `data_dir` (validated and resolved; not timed). Close them."""
    rows, _ = validate(data_dir)
    return rows


def kg_load(uri: str, password: str, data_dir: Path, *extra: str) -> LoadRun:
    """Run `kg load --data DATA_DIR [extra…]` against the Neo4j at `uri` in a child process;
    time it and its memory.

    The peak resident memory is the kernel's accounting of `kg load` and its workers
    (`RUSAGE_CHILDREN` of the small `LAUNCHER` process that starts it).
    """
    env = dict(
        os.environ,
        NEO4J_URI=uri,
        NEO4J_USER=USER,
        NEO4J_PASSWORD=password,
        NEO4J_DATABASE=DATABASE,
        COLUMNS="100",
    )
    cmd = [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "app.cli", "load"]
    cmd += ["--data", str(data_dir), *extra]
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"kg load failed ({proc.returncode}):\n{proc.stdout[-3000:]}")
    peak_kb = int(proc.stderr.strip().splitlines()[-1].rpartition("=")[2])
    return LoadRun(0, seconds, peak_kb / 1024, proc.stdout)
