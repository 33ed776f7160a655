"""Write graph rows into the database so that it matches the files exactly (a sync).

The loader marks what it owns: nodes carry `kg_hash`, relationships `kg_key` and `kg_hash`. A load
copies the stored keys and hashes next to its rows (in the row store, not in memory) and works
in one transaction: while the files are still being built, `Stream` writes the rows that one
file alone states (sources, mentions, plants described once, with their LOCATED_IN and
OPERATES) as soon as that file is built; then `write_rest` compares the other rows, deletes what
left the files, and creates (`UNWIND … CREATE`) or replaces (`UNWIND … MERGE … SET`) what is new
or changed, in batches. Nothing else is touched.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from graph.db import queries
from graph.db.client import Graph, run_tx
from loaders.rowstore import EdgeKind, FinalRow, GraphRows

Progress = Callable[[str, int, int | None], None]
"""Called as progress(stage, rows_just_written, total_rows); a stage names a label or type;
the total is None while the rows are still being built."""

NODE_ORDER = ("Country", "Company", "Plant", "Source")


@dataclass
class LoadSummary:
    """What a load did, per label or relationship type."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    files: int = 0
    seconds: float = 0.0
    skipped: bool = False
    """True when the files matched the last load's fingerprint and nothing was compared."""

    @property
    def changed(self) -> bool:
        """True when the load wrote or removed anything."""
        return bool(self.created or self.updated or self.removed)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {
            "created": dict(self.created),
            "updated": dict(self.updated),
            "removed": dict(self.removed),
            "unchanged": dict(self.unchanged),
            "files": self.files,
            "seconds": round(self.seconds, 3),
            "skipped": self.skipped,
        }


def apply_schema(graph: Graph) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (idempotent)."""
    for statement in queries.statements("schema"):
        graph.run_text(statement, write=True)


def edge_query(kind: EdgeKind, verb: str = "merge") -> str:
    """The name of the load query for a relationship kind: `verb` is "merge" or "create"."""
    rel, start, end = kind
    return f"load/{verb}_{rel.lower()}_{start.lower()}_{end.lower()}"


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


Step = tuple[str, str, str, list[Any]]
"""One statement to run: (query name, progress stage, parameter name, batch of rows)."""

_END = object()


def prefetched(steps: Iterator[Step], ahead: int = 2) -> Generator[Step, None, None]:
    """`steps` made by a thread of their own, at most `ahead` batches before the caller.

    Reading and unpacking the next batch of rows from the row store then happens while the
    database works on the current one (the caller waits on its socket, without the GIL).
    The thread stops when the caller stops taking steps, whatever the reason.
    """
    waiting: queue.Queue[Any] = queue.Queue(ahead)
    stop = threading.Event()

    def offer(item: object) -> bool:
        """Hand `item` to the caller; False when the caller has stopped taking them."""
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def make() -> None:
        try:
            for step in steps:
                if not offer(step):
                    return
            offer(_END)
        except BaseException as exc:  # handed to the caller, raised there
            offer(exc)

    maker = threading.Thread(target=make, name="kg-load-rows", daemon=True)
    maker.start()
    try:
        while (item := waiting.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        maker.join()


def read_stored(graph: Graph, rows: GraphRows) -> None:
    """Copy the stored graph's keys and hashes into the row store, in batches."""
    rows.set_stored(
        (
            [(r["label"], r["id"], r["hash"]) for r in b]
            for b in graph.stream("load/existing_nodes")
        ),
        (
            [(r["key"], r["type"], r["hash"]) for r in b]
            for b in graph.stream("load/existing_edges")
        ),
    )


def diff(rows: GraphRows) -> LoadSummary:
    """The counts of what writing `rows` creates, replaces, deletes and keeps (`read_stored`
    first)."""
    found = rows.diff_counts()
    return LoadSummary(
        created=found["created"],
        updated=found["updated"],
        removed=found["removed"],
        unchanged=found["unchanged"],
    )


class Stream:
    """Writes rows while the load still builds the others: rows no later file can change
    (`GraphRows.put_final`) go, in batches, to a thread of its own that runs them in the
    load's open transaction, so that the database works while Python parses and resolves.

    `begin` first reads what the database holds and creates the companies and plants it
    lacks with their id alone, so that relationships to them can be written before their
    rows are known (`finish` then replaces them with their rows).
    """

    def __init__(
        self, graph: Graph, tx: Any, *, batch_size: int = 5000, progress: Progress | None = None
    ) -> None:
        self.graph = graph
        self.tx = tx
        self.batch_size = batch_size
        self.progress = progress
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()
        self.skeletons: Counter[str] = Counter()
        self.written = 0
        """Rows written so far (skeleton nodes included)."""
        self._nodes: dict[str, tuple[str, list[dict[str, Any]]]] = {}
        self._edges: dict[str, tuple[str, list[dict[str, Any]]]] = {}
        self._queue: queue.Queue[tuple[str, str, list[dict[str, Any]]] | None] = queue.Queue(16)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-load-stream", daemon=True)
        self._thread.start()

    def begin(self, rows: GraphRows, nodes: dict[str, list[str]]) -> None:
        """Read the stored keys and hashes into `rows`; create the nodes of `nodes` (label →
        ids) that the database lacks, with their id alone."""
        read_stored(self.graph, rows)
        for label, ids in nodes.items():
            missing = rows.add_skeletons(label, ids)
            self.skeletons[label] += len(missing)
            skeletons = ({"id": i, "props": {"id": i}} for i in missing)
            for chunk in _batches(skeletons, self.batch_size):
                self._put(f"load/create_{label.lower()}", label, chunk)

    def send(self, final: list[FinalRow]) -> None:
        """Write these rows (from `GraphRows.put_final`): full batches now, the rest later;
        a relationship never before the nodes sent with or before it."""
        for what, changed, item in final:
            verb = "merge" if changed else "create"
            if isinstance(what, str):
                name, stage, pending = f"load/{verb}_{what.lower()}", what, self._nodes
            else:
                name, stage, pending = edge_query(what, verb), what[0], self._edges
            (self.updated if changed else self.created)[stage] += 1
            pending.setdefault(name, (stage, []))[1].append(item)
        for name, (stage, batch) in list(self._nodes.items()):
            if len(batch) >= self.batch_size:
                self._put(name, stage, self._nodes.pop(name)[1])
        if any(len(batch) >= self.batch_size for _, batch in self._edges.values()):
            self._send_nodes()
            for name, (stage, batch) in list(self._edges.items()):
                if len(batch) >= self.batch_size:
                    self._put(name, stage, self._edges.pop(name)[1])

    def close(self) -> None:
        """Write what is left and wait for the thread; raise what made a write fail."""
        try:
            if self._error is None:
                self._send_nodes()
                for name, (stage, batch) in self._edges.items():
                    self._put(name, stage, batch)
                self._edges = {}
        finally:
            self.abort()
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        """Stop the thread without writing what is left (the load failed)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _send_nodes(self) -> None:
        for name, (stage, batch) in self._nodes.items():
            self._put(name, stage, batch)
        self._nodes = {}

    def _put(self, name: str, stage: str, batch: list[dict[str, Any]]) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((name, stage, batch))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # a write failed: drop the rest, the transaction rolls back
            name, stage, batch = item
            try:
                run_tx(self.tx, name, {"rows": batch})
            except BaseException as exc:
                self._error = exc
                continue
            self.written += len(batch)
            if self.progress:
                self.progress(stage, len(batch), None)
            batch.clear()  # see `write_rest`: the driver keeps the parameters until commit


def write_rest(
    tx: Any,
    rows: GraphRows,
    stream: Stream,
    *,
    files: int = 0,
    fingerprint: str | None = None,
    batch_size: int = 5000,
    progress: Progress | None = None,
) -> LoadSummary:
    """After `stream` is closed: make the database hold exactly `rows` in the open
    transaction `tx` (delete what left the files, write the rows the stream did not), record
    the load, and return what changed, the stream's writes included."""
    started = time.perf_counter()
    summary = diff(rows)
    total = sum(summary.created.values()) + sum(summary.updated.values())
    total += sum(summary.removed.values()) + stream.written  # for the progress bar
    # The stream's rows were recorded as stored with their new hash, and its skeleton nodes
    # without a hash: the diff sees the first as unchanged and the second as changed.
    for stage, n in stream.created.items():
        summary.unchanged[stage] -= n
        summary.created[stage] += n
    for stage, n in stream.updated.items():
        summary.unchanged[stage] -= n
        summary.updated[stage] += n
    for stage, n in stream.skeletons.items():
        summary.updated[stage] -= n
        summary.created[stage] += n
    for counter in (summary.created, summary.updated, summary.unchanged):
        for stage in [k for k, v in counter.items() if v <= 0]:
            del counter[stage]

    gone_edges = [key for _, key in rows.gone_edges()]
    gone_nodes = [{"label": label, "id": nid} for label, nid in rows.gone_nodes()]
    counts = rows.counts()

    def steps() -> Iterator[Step]:
        """Every batch left to write, in order: deletions, nodes, relationships."""
        yield from _steps("load/delete_edges", "removing relationships", gone_edges, "keys")
        yield from _steps("load/delete_nodes", "removing nodes", gone_nodes)
        for label in NODE_ORDER:
            yield from _steps(f"load/create_{label.lower()}", label, rows.node_rows(label, False))
            yield from _steps(f"load/merge_{label.lower()}", label, rows.node_rows(label, True))
        for kind in rows.kinds():
            yield from _steps(edge_query(kind, "create"), kind[0], rows.edge_rows(kind, False))
            yield from _steps(edge_query(kind, "merge"), kind[0], rows.edge_rows(kind, True))

    def _steps(name: str, stage: str, items: Iterable[Any], key: str = "rows") -> Iterator[Step]:
        for chunk in _batches(items, batch_size):
            yield name, stage, key, chunk

    for name, stage, key, chunk in prefetched(steps()):
        run_tx(tx, name, {key: chunk})
        if progress:
            progress(stage, len(chunk), total)
        # The driver keeps every statement's parameters until the transaction ends (for
        # its result summaries); emptying the batch, sent and answered, lets the rows go.
        chunk.clear()
    run_tx(
        tx,
        "load/record_load",
        {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": files,
            "nodes": sum(counts.get(label, 0) for label in NODE_ORDER),
            "relationships": sum(v for k, v in counts.items() if k not in NODE_ORDER),
            "fingerprint": fingerprint,
            "counts": json.dumps(counts, sort_keys=True),
        },
    )
    summary.files = files
    summary.seconds = time.perf_counter() - started
    return summary
