"""Write graph rows into the database so that it matches the files exactly (a sync).

The loader marks what it owns: nodes carry `kg_hash`, relationships `kg_key` and `kg_hash`. A load
copies the stored keys and hashes next to its rows (in the row store, not in memory), compares,
then in one transaction deletes what left the files, and creates (`UNWIND … CREATE`) or replaces
(`UNWIND … MERGE … SET`) what is new or changed, in batches. Nothing else is touched.
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

from graph import queries
from graph.db import Graph, run_tx
from loaders.rowstore import EdgeKind, GraphRows

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, rows_just_written, total_rows); a stage names a label or type."""

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


def plan(graph: Graph, rows: GraphRows) -> LoadSummary:
    """Compare `rows` with the stored graph (its keys and hashes are copied into the row
    store, in batches); return the counts of what a sync creates, replaces, deletes and keeps."""
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
    diff = rows.diff_counts()
    return LoadSummary(
        created=diff["created"],
        updated=diff["updated"],
        removed=diff["removed"],
        unchanged=diff["unchanged"],
    )


def sync(
    graph: Graph,
    rows: GraphRows,
    *,
    files: int = 0,
    fingerprint: str | None = None,
    batch_size: int = 5000,
    progress: Progress | None = None,
) -> LoadSummary:
    """Make the database hold exactly `rows` (one transaction); return what changed.

    `fingerprint` (of the files the rows come from) is recorded with the load.
    """
    started = time.perf_counter()
    apply_schema(graph)
    summary = plan(graph, rows)
    total = sum(summary.created.values()) + sum(summary.updated.values())
    total += sum(summary.removed.values())

    gone_edges = [key for _, key in rows.gone_edges()]
    gone_nodes = [{"label": label, "id": nid} for label, nid in rows.gone_nodes()]
    counts = rows.counts()

    def steps() -> Iterator[Step]:
        """Every batch the sync writes, in order: deletions, nodes, relationships."""
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

    with graph.transaction() as tx:
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
