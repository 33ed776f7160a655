"""`python -m bench` (`make bench`): generate, load, reload, query and draw at scale; report.

One embedded ArcadeDB serves the whole run (a database per size and per contestant), so the
baselines and the measured paths share the machine state. Results go to BENCHMARKS.md and to
the terminal.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.main import freeze_startup_heap
from bench.api import TARGET_CLIENTS, api_benchmark, pick_targets
from bench.generate import SIZES, generate
from bench.load import LoadRun, built_rows, kg_load, prepared_batches, raw_write, row_count
from bench.report import SizeResult, machine, render, write
from bench.service import running_service
from bench.views import view_benchmark
from graph.db import Graph
from graph.embedded import EmbeddedServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "bench" / "generated"
PASSWORD = "bench-password-1"
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


def measure_load(
    server: EmbeddedServer, size: str, base: Path, changed: Path, counts: dict[str, int]
) -> SizeResult:
    """Raw baseline, first load, unchanged reloads (early stop and --full) and 1 % changed."""
    with built_rows(base) as rows:
        n_rows = row_count(rows)
        batches = prepared_batches(rows)
    with _progress() as bar:
        task = bar.add_task(f"{size}: raw UNWIND…MERGE baseline", total=n_rows)
        raw = raw_write(
            Graph(server.uri, "root", PASSWORD, f"raw{size}"),
            batches,
            tick=lambda n: bar.advance(task, n),
        )
    del batches
    gc.collect()
    steps: dict[str, LoadRun] = {}
    for name, folder, extra in (
        ("first load", base, ()),
        ("unchanged reload", base, ()),
        ("unchanged reload, --full", base, ("--full",)),
        ("1 % changed reload", changed, ()),
    ):
        console.print(f"[bold]{size}[/]: kg load ({name}) …")
        steps[name] = kg_load(server, PASSWORD, f"kg{size}", folder, *extra)
        console.print(f"    {steps[name].seconds:.1f} s, peak {steps[name].peak_mb:.0f} MB")
    return SizeResult(
        size=size,
        facts=counts["facts"],
        files=counts["files"],
        rows=n_rows,
        raw_seconds=raw.seconds,
        load_seconds=steps["first load"].seconds,
        load_peak_mb=steps["first load"].peak_mb or 0.0,
        reload_seconds=steps["unchanged reload"].seconds,
        reload_peak_mb=steps["unchanged reload"].peak_mb or 0.0,
        full_reload_seconds=steps["unchanged reload, --full"].seconds,
        changed_seconds=steps["1 % changed reload"].seconds,
        changed_facts=counts["changed_facts"],
    )


def measure_service(
    server: EmbeddedServer,
    result: SizeResult,
    seconds: float,
    clients: tuple[int, ...],
    target_seconds: float | None = None,
) -> None:
    """API latencies against the driver, and the entity view, on the loaded database."""
    graph = Graph(server.uri, "root", PASSWORD, f"kg{result.size}")
    try:
        with running_service(server.uri, PASSWORD, f"kg{result.size}") as url:
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
    parser.add_argument("--heap", default="8g", help="the embedded database's Java heap")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    api_sizes = {s.strip().upper() for s in args.api_sizes.split(",") if s.strip()}
    clients = tuple(int(c) for c in args.clients.split(","))
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown}: use {', '.join(SIZES)}")

    info = machine()
    notes: list[str] = []
    results: list[SizeResult] = []
    started = time.perf_counter()
    datasets = {size: dataset(size, args.seed) for size in sizes}
    db_dir = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    databases = tuple(f"{kind}{size}" for size in sizes for kind in ("raw", "kg"))
    server = EmbeddedServer(db_dir, PASSWORD, "warmup", extra_databases=databases, heap=args.heap)
    try:
        server.start()
        warm = Graph(server.uri, "root", PASSWORD, "warmup")
        info["database"] = warm.backend
        with _progress() as bar:  # the JVM compiles its hot paths before anything is timed
            task = bar.add_task("warming the database up", total=None)
            with built_rows(datasets[sizes[0]][0]) as rows:
                raw_write(warm, prepared_batches(rows))
            bar.update(task, total=1, completed=1)
        warm.close()
        for size in sizes:
            base, changed, counts = datasets[size]
            result = measure_load(server, size, base, changed, counts)
            results.append(result)
            if size in api_sizes:
                try:
                    measure_service(server, result, args.seconds, clients, args.target_seconds)
                except Exception as exc:  # report what was measured, and why the rest is not
                    notes.append(f"{size}: the API and view measurements stopped: {exc}")
                    console.print(f"[red]{size}: API and view measurements stopped:[/] {exc}")
    except KeyboardInterrupt:
        console.print("Interrupted: reporting what was measured.")
        notes.append("The run was interrupted; sizes missing from the tables were not measured.")
    finally:
        server.stop()
        shutil.rmtree(db_dir, ignore_errors=True)
    notes.append(
        f"Whole run: {time.perf_counter() - started:.0f} s; sizes {', '.join(sizes)}; API "
        f"{args.seconds:g} s per endpoint, mode and client count ({args.target_seconds:g} s at "
        f"{TARGET_CLIENTS} clients); database heap {args.heap}."
    )
    section = render(results, info, notes)
    print(section)
    if not args.no_write and results:
        write(args.out, section)
        console.print(f"Written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
