"""`python -m bench` (`make bench`): generate, load, reload, query and draw at scale; report.

The project's own Neo4j Community server, started from a fresh home for each size and each
contestant (the raw baseline, then `kg load` with the reloads, the API and the entity view), with
the same settings and the same warm-up (`bench/server.py` says why). Results go to BENCHMARKS.md
and to the terminal.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.main import freeze_startup_heap
from bench.api import TARGET_CLIENTS, api_benchmark, pick_targets
from bench.generate import SIZES, generate
from bench.load import (
    LoadRun,
    built_rows,
    kg_load,
    prepared_batches,
    raw_write,
    row_count,
)
from bench.report import SizeResult, machine, render, write
from bench.server import (
    StartTimes,
    TxMemoryWatch,
    connect,
    log_notifications_to,
    measure_starts,
    restart_seconds,
    server_config,
    started,
    warm_up,
)
from bench.service import running_service
from bench.views import view_benchmark
from graph.db.server import Neo4jServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "bench" / "generated"
GENERATOR_VERSION = 1
console = Console(stderr=True)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description:<34}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )


def dataset(size: str, seed: int) -> tuple[Path, Path, dict[str, int]]:
    """The generated folders of `size` (and its 1 %-changed twin), made once per seed."""
    base, changed = GENERATED / size, GENERATED / f"{size}-changed"
    manifest = GENERATED / f"{size}.json"
    want = {"seed": seed, "version": GENERATOR_VERSION}
    if manifest.exists() and base.exists() and changed.exists():
        stored = json.loads(manifest.read_text())
        if {k: stored.get(k) for k in want} == want:
            return base, changed, stored["counts"]
    with _progress() as bar:
        task = bar.add_task(f"generating {size} ({SIZES[size]:,} facts)", total=None)
        counts = generate(
            size,
            base,
            seed=seed,
            changed_out=changed,
            on_file=lambda n: bar.update(task, completed=n),
        )
    manifest.write_text(json.dumps({**want, "counts": counts}))
    return base, changed, counts


Batches = list[tuple[str, list[dict[str, Any]]]]


def warm_up_batches(folder: Path) -> Batches:
    """The warm-up's input: the S rows as the load statements take them."""
    with built_rows(folder) as rows:
        return prepared_batches(rows)


def measure_load(
    homes: Path,
    heap: str,
    page_cache: str,
    warm: Batches,
    size: str,
    base: Path,
    changed: Path,
    counts: dict[str, int],
) -> tuple[SizeResult, list[str]]:
    """The raw baseline on a server of its own; returns the result with the raw figures and
    the notes of the step."""
    notes: list[str] = []
    with built_rows(base) as rows:
        n_rows = row_count(rows)
        batches = prepared_batches(rows)
    with started(homes / f"raw-{size}", heap, page_cache) as server:
        graph = connect(server)
        try:
            warm_up(graph, warm)
            with _progress() as bar, TxMemoryWatch(server) as watch:
                task = bar.add_task(f"{size}: raw UNWIND…MERGE baseline", total=n_rows)
                raw = raw_write(graph, batches, tick=lambda n: bar.advance(task, n))
        finally:
            graph.close()
        notes.append(
            f"{size}: the raw baseline's server started in {server.started_seconds:.1f} s "
            f"(fresh home); its transaction held at most {watch.peak_mb:,.0f} MB of heap "
            f"({watch.samples} samples)."
        )
    del batches
    gc.collect()
    result = SizeResult(
        size=size,
        facts=counts["facts"],
        files=counts["files"],
        rows=n_rows,
        raw_seconds=raw.seconds,
        load_seconds=0.0,
        load_peak_mb=0.0,
        reload_seconds=0.0,
        reload_peak_mb=0.0,
        full_reload_seconds=0.0,
        changed_seconds=0.0,
        changed_facts=counts["changed_facts"],
        raw_tx_peak_mb=watch.peak_mb,
    )
    return result, notes


def measure_loader(server: Neo4jServer, result: SizeResult, base: Path, changed: Path) -> list[str]:
    """First load, unchanged reloads (early stop and --full) and 1 % changed, with `kg load`."""
    steps: dict[str, LoadRun] = {}
    peaks: dict[str, float] = {}
    for name, folder, extra in (
        ("first load", base, ()),
        ("unchanged reload", base, ()),
        ("unchanged reload, --full", base, ("--full",)),
        ("1 % changed reload", changed, ()),
    ):
        console.print(f"[bold]{result.size}[/]: kg load ({name}) …")
        with TxMemoryWatch(server) as watch:
            steps[name] = kg_load(server.uri, server.password, folder, *extra)
        peaks[name] = watch.peak_mb
        console.print(
            f"    {steps[name].seconds:.1f} s, peak {steps[name].peak_mb:.0f} MB, "
            f"transaction heap ≤ {watch.peak_mb:,.0f} MB"
        )
    result.load_seconds = steps["first load"].seconds
    result.load_peak_mb = steps["first load"].peak_mb or 0.0
    result.reload_seconds = steps["unchanged reload"].seconds
    result.reload_peak_mb = steps["unchanged reload"].peak_mb or 0.0
    result.full_reload_seconds = steps["unchanged reload, --full"].seconds
    result.changed_seconds = steps["1 % changed reload"].seconds
    result.load_tx_peak_mb = peaks["first load"]
    return [
        f"{result.size}: the loader's server started in {server.started_seconds:.1f} s (fresh "
        "home); the largest heap Neo4j accounted to a load's transaction: "
        + ", ".join(f"{k} {v:,.0f} MB" for k, v in peaks.items())
        + "."
    ]


def measure_service(
    server: Neo4jServer,
    result: SizeResult,
    seconds: float,
    clients: tuple[int, ...],
    target_seconds: float | None = None,
) -> None:
    """API latencies against the driver, and the entity view, on the loaded database."""
    graph = connect(server)
    try:
        with running_service(server.uri, server.password) as url:
            targets = pick_targets(graph)
            console.print(f"[bold]{result.size}[/]: API under load, targets {targets}")
            freeze_startup_heap()  # the driver baseline's process, treated as the service's
            result.latencies = api_benchmark(
                url,
                graph,
                targets,
                seconds=seconds,
                clients=clients,
                target_seconds=target_seconds,
                progress=lambda msg: console.print(f"    {msg}"),
            )
            console.print(f"[bold]{result.size}[/]: entity view of a large neighbourhood …")
            result.view = view_benchmark(url, graph)
    finally:
        graph.close()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks the arguments ask for; write BENCHMARKS.md; print the report."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="S,M,L", help="dataset sizes to load (S, M, L)")
    parser.add_argument("--api-sizes", default="M,L", help="sizes to query and draw")
    parser.add_argument("--seconds", type=float, default=8.0, help="per API cell and mode")
    parser.add_argument(
        "--target-seconds",
        type=float,
        default=32.0,
        help=f"per API cell and mode at {TARGET_CLIENTS} clients (the target's p99 needs requests)",
    )
    parser.add_argument("--clients", default="1,8,32", help="concurrent clients")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--heap", default="12g", help="Neo4j's Java heap (L's load holds 8.6 GB)")
    parser.add_argument("--page-cache", default="3g", help="Neo4j's page cache")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not args.heap.lower().endswith("g"):
        parser.error("--heap takes gigabytes, e.g. 8g")
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    api_sizes = {s.strip().upper() for s in args.api_sizes.split(",") if s.strip()}
    clients = tuple(int(c) for c in args.clients.split(","))
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown}: use {', '.join(SIZES)}")

    info = machine()
    notes: list[str] = []
    results: list[SizeResult] = []
    starts: StartTimes | None = None
    started_at = time.perf_counter()
    datasets = {size: dataset(size, args.seed) for size in sizes}
    warm = warm_up_batches(dataset("S", args.seed)[0])
    homes = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    notifications = log_notifications_to(homes / "driver-notifications.log")
    try:
        console.print("Neo4j: cold start (fresh home), then warm start (the same home) …")
        starts = measure_starts(homes / "start", args.heap, args.page_cache)
        console.print(f"    cold {starts.cold_seconds:.1f} s, warm {starts.warm_seconds:.1f} s")
        for size in sizes:
            base, changed, counts = datasets[size]
            try:
                result, step_notes = measure_load(
                    homes, args.heap, args.page_cache, warm, size, base, changed, counts
                )
                notes += step_notes
            except Exception as exc:  # report the sizes measured, and why this one is not
                notes.append(f"{size}: the raw baseline failed, size not measured: {exc}")
                console.print(f"[red]{size}: the raw baseline failed:[/] {exc}")
                continue
            with started(homes / f"kg-{size}", args.heap, args.page_cache) as server:
                graph = connect(server)
                try:
                    info["database"] = graph.backend
                    warm_up(graph, warm)
                finally:
                    graph.close()
                try:
                    notes += measure_loader(server, result, base, changed)
                except Exception as exc:
                    notes.append(f"{size}: the loads failed, size not measured: {exc}")
                    console.print(f"[red]{size}: the loads failed:[/] {exc}")
                    continue
                results.append(result)
                if size in api_sizes:
                    try:
                        measure_service(server, result, args.seconds, clients, args.target_seconds)
                    except Exception as exc:  # report what was measured, and why the rest is not
                        notes.append(f"{size}: the API and view measurements stopped: {exc}")
                        console.print(f"[red]{size}: API and view measurements stopped:[/] {exc}")
                starts.loaded[size] = restart_seconds(server)
                console.print(f"    warm start with {size} stored: {starts.loaded[size]:.1f} s")
    except KeyboardInterrupt:
        console.print("Interrupted: reporting what was measured.")
        notes.append("The run was interrupted; sizes missing from the tables were not measured.")
    finally:
        logging.getLogger("neo4j.notifications").removeHandler(notifications)
        notifications.close()
        shutil.rmtree(homes, ignore_errors=True)
    notes.append(
        f"Whole run: {time.perf_counter() - started_at:.0f} s; sizes {', '.join(sizes)}; API "
        f"{args.seconds:g} s per endpoint, mode and client count ({args.target_seconds:g} s at "
        f"{TARGET_CLIENTS} clients); Neo4j heap {args.heap}, page cache {args.page_cache}, "
        f"{', '.join(f'{k}={v}' for k, v in server_config(args.heap).items())}; a fresh "
        "server per size and contestant, each warmed up by the S rows written in a rolled-back "
        "transaction."
    )
    section = render(results, info, notes, starts)
    print(section)
    if not args.no_write and results:
        write(args.out, section)
        console.print(f"Written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
