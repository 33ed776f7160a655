"""The load pipeline: parse → validate → resolve → write, and nothing written on any problem."""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from graph import queries
from graph.db import Graph
from loaders.build import GraphRows, build_rows
from loaders.files import (
    Raw,
    fact_paths,
    read_registry,
    read_yaml,
    registry_path,
    validate_fact_file,
)
from loaders.problems import LoadError, Problem
from loaders.write import LoadSummary, Progress, sync

PARALLEL_FROM = 200
"""Files from which YAML parsing is spread over worker processes."""

LOADER_CODE = sorted(
    [*Path(__file__).parent.glob("*.py"), *(queries.CYPHER_DIR / "load").glob("*.cypher")]
)
"""The files whose change changes what a load writes (part of the fingerprint)."""


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects (no cycles made).

    On 50,000 facts it spent a quarter of the validation time walking objects that live on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_all(paths: list[Path]) -> Iterator[tuple[Raw | None, list[Problem]]]:
    """`read_yaml` of every path, in order; YAML parsing runs in worker processes when there
    are many files (it is the slowest step, and pure Python; validation stays here)."""
    workers = min(4, os.cpu_count() or 1)
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from map(read_yaml, paths)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(read_yaml, paths, chunksize=32)


def fingerprint(data_dir: Path) -> str:
    """A hash of every curated file (names and bytes) and of the loader's own code and queries."""
    digest = hashlib.blake2b(digest_size=16)
    paths = [registry_path(data_dir), *fact_paths(data_dir)]
    for path in [*LOADER_CODE, *paths]:
        digest.update(path.name.encode() + b"\0")
        if path.exists():
            digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def validate(
    data_dir: Path, on_file: Callable[[Path], None] | None = None
) -> tuple[GraphRows, int]:
    """Read, validate and resolve every file of `data_dir`; return the rows and the file count.

    Raises `LoadError` listing every problem in every file (all files are read first).
    """
    with _no_gc_pauses():
        return _validate(data_dir, on_file)


def _validate(data_dir: Path, on_file: Callable[[Path], None] | None) -> tuple[GraphRows, int]:
    problems: list[Problem] = []
    reg_path = registry_path(data_dir)
    if not reg_path.exists():
        raise LoadError(
            [
                Problem(
                    reg_path,
                    None,
                    "",
                    "is missing: the entity registry is required",
                    f"create {reg_path} with a 'companies:' list",
                )
            ]
        )
    registry, found = read_registry(reg_path)
    problems += found
    parsed = []
    paths = fact_paths(data_dir)
    for path, (raw, found) in zip(paths, _read_all(paths), strict=True):
        if raw is not None:
            pf, found = validate_fact_file(raw)
            if pf:
                parsed.append(pf)
        problems += found
        if on_file:
            on_file(path)
    if registry is None:
        raise LoadError(problems)
    rows, found = build_rows(registry, parsed)
    problems += found
    if problems:
        raise LoadError(problems)
    return rows, len(paths) + 1


def load(
    graph: Graph,
    data_dir: Path,
    *,
    progress: Progress | None = None,
    on_file: Callable[[Path], None] | None = None,
    full: bool = False,
) -> LoadSummary:
    """Validate everything, then sync the database to it. Raises `LoadError` before any write.

    When the files and the loader are exactly those of the last load into this database (same
    fingerprint), the load stops early and reports every row unchanged; `full=True` compares
    every row with the database anyway (to repair hand edits of loader-managed data).
    """
    started = time.perf_counter()
    stamp = fingerprint(data_dir)
    if not full:
        last = graph.read("load/last_load")
        if last and last[0]["fingerprint"] == stamp and last[0]["counts"]:
            summary = LoadSummary(unchanged=Counter(json.loads(last[0]["counts"])))
            summary.files = len(fact_paths(data_dir)) + 1
            summary.skipped = True
            summary.seconds = time.perf_counter() - started
            return summary
    rows, files = validate(data_dir, on_file)
    summary = sync(graph, rows, files=files, fingerprint=stamp, progress=progress)
    summary.seconds = time.perf_counter() - started
    return summary
