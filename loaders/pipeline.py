"""The load pipeline: parse → validate → resolve → write, and nothing written on any problem."""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from graph.db import queries
from graph.db.client import Graph
from loaders.build import Builder
from loaders.files import (
    Parsed,
    fact_paths,
    read_registry,
    read_yaml,
    registry_path,
    validate_fact_file,
)
from loaders.outline import Outline
from loaders.problems import LoadError, Problem
from loaders.rowstore import GraphRows
from loaders.schema import FactFile
from loaders.write import LoadSummary, Progress, Stream, apply_schema, write_rest

PARALLEL_FROM = 200
"""Files from which YAML parsing is spread over worker processes."""

CHUNK = 32
"""Files a worker parses per task."""

OnFile = Callable[[str, Path], None]
"""Called as on_file(stage, path) when a file is done with: "validating" (read, parsed and
checked against the schema) or "resolving" (its names resolved and its rows built)."""

LOADER_CODE = sorted(
    [*Path(__file__).parent.glob("*.py"), *(queries.CYPHER_DIR / "loaders").rglob("*.cypher")]
)
"""The files whose change changes what a load writes (part of the fingerprint)."""


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects (no cycles made).

    It would spend a large share of the validation walking objects that live on (BENCHMARKS.md).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Read = tuple[Outline | None, list[Problem], bytes]
"""A facts file read and validated: its outline (None when invalid), the problems found, and
its data packed by `_pack` for the second pass."""


def _pack(data: object) -> bytes:
    """A parsed file's data, kept small between the two passes."""
    return zlib.compress(pickle.dumps(data, protocol=5), 1)


def _read(path: Path) -> Read:
    """Parse and validate one facts file. Safe to run in worker processes."""
    raw, problems = read_yaml(path)
    if raw is None:
        return None, problems, b""
    pf, problems = validate_fact_file(raw)
    if pf is None:
        return None, problems, b""
    return Outline.of(pf), problems, _pack(raw[2])


def _read_chunk(paths: list[Path]) -> list[Read]:
    return [_read(p) for p in paths]


def _read_all(paths: list[Path]) -> Iterator[Read]:
    """`_read` of every path, in order, in worker processes when there are many files (YAML
    parsing is the slowest step, and pure Python). At most a few chunks wait for the caller,
    so memory does not grow with the dataset."""
    workers = min(4, os.cpu_count() or 1)
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from map(_read, paths)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        waiting: deque[Future[list[Read]]] = deque()
        for i in range(0, len(paths), CHUNK):
            waiting.append(pool.submit(_read_chunk, paths[i : i + CHUNK]))
            if len(waiting) >= 4 * workers:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _unpack(path: Path, blob: bytes) -> Parsed[FactFile]:
    """The facts file packed by `_pack`, validated again (it was valid the first time)."""
    data = pickle.loads(zlib.decompress(blob))  # noqa: S301 - packed by this process
    pf, problems = validate_fact_file((path, "", data))
    if pf is None:  # pragma: no cover - the same data validated a moment ago
        raise LoadError(problems)
    return pf


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
    data_dir: Path, on_file: OnFile | None = None, stream: Stream | None = None
) -> tuple[GraphRows, int]:
    """Read, validate and resolve every file of `data_dir`; return the rows and the file count.

    Two passes, one file at a time: the first parses and validates every file (in worker
    processes) and learns the plants' names (any file may name a plant described in another),
    keeping each file's data compressed; the second validates each file again from that data
    and builds its rows into the row store. Raises `LoadError`
    listing every problem in every file (all files are read first). The caller closes the rows.

    With `stream` (a load's open transaction), the second pass hands it the rows that are
    final as soon as their file is built, and it writes them meanwhile; the first pass must
    have found no problem.
    """
    with _no_gc_pauses():
        return _validate(data_dir, on_file, stream)


def _validate(
    data_dir: Path, on_file: OnFile | None, stream: Stream | None
) -> tuple[GraphRows, int]:
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
    builder = Builder(registry) if registry else None
    packed: list[tuple[Path, bytes]] = []
    paths = fact_paths(data_dir)
    for path, (outline, found, blob) in zip(paths, _read_all(paths), strict=True):
        if outline is not None and builder:
            builder.index_file(outline)
            packed.append((path, blob))
        elif builder:
            builder.index_unread(path)  # its own problems only, not what it would define
        problems += found
        if on_file:
            on_file("validating", path)
    if builder is None:
        raise LoadError(problems)
    try:
        if stream is not None and not problems and not builder.problems:
            stream.begin(builder.rows, builder.node_ids())
            builder.on_final = stream.send
        for path, blob in packed:
            builder.add_file(_unpack(path, blob))
            if on_file:
                on_file("resolving", path)
        del packed
        rows = builder.finish()
        problems += builder.problems
        if problems:
            raise LoadError(problems)
    except BaseException:
        builder.rows.close()
        raise
    return rows, len(paths) + 1


def load(
    graph: Graph,
    data_dir: Path,
    *,
    progress: Progress | None = None,
    on_file: OnFile | None = None,
    full: bool = False,
    batch_size: int = 5000,
) -> LoadSummary:
    """Validate everything and sync the database to it, in one transaction: rows that one
    file alone states are written while the other files are still being built. Raises
    `LoadError` listing every problem; then nothing is committed.

    When the files and the loader are exactly those of the last load into this database (same
    fingerprint), the load stops early and reports every row unchanged; `full=True` compares
    every row with the database anyway (to repair hand edits of loader-managed data).
    `batch_size`: rows per statement.
    """
    started = time.perf_counter()
    stamp = fingerprint(data_dir)
    if not full:
        last = graph.read("loaders/pipeline/last_load")
        if last and last[0]["fingerprint"] == stamp and last[0]["counts"]:
            summary = LoadSummary(unchanged=Counter(json.loads(last[0]["counts"])))
            summary.files = len(fact_paths(data_dir)) + 1
            summary.skipped = True
            summary.seconds = time.perf_counter() - started
            return summary
    apply_schema(graph)
    with graph.transaction() as tx:
        stream = Stream(graph, tx, batch_size=batch_size, progress=progress)
        try:
            rows, files = validate(data_dir, on_file, stream)
        except BaseException:
            stream.abort()
            raise
        with rows:
            stream.close()
            summary = write_rest(
                tx,
                rows,
                stream,
                files=files,
                fingerprint=stamp,
                batch_size=batch_size,
                progress=progress,
            )
    summary.seconds = time.perf_counter() - started
    return summary
