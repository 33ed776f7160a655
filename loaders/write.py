"""Write graph rows into the database so that it matches the files exactly (a sync).

The loader marks what it owns: nodes carry `kg_hash`, relationships `kg_key` and `kg_hash`. A load
compares the rows with what is stored, then in one transaction deletes what left the files,
and creates or replaces what is new or changed (batched `UNWIND … MERGE`). Nothing else is touched.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph import queries
from graph.db import Graph, run_tx
from loaders.build import EdgeKind, GraphRows

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
        }


def apply_schema(graph: Graph) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (idempotent)."""
    for statement in queries.statements("schema"):
        graph.run_text(statement, write=True)


def edge_query(kind: EdgeKind) -> str:
    """The name of the load query for a relationship kind (type, start label, end label)."""
    rel, start, end = kind
    return f"load/merge_{rel.lower()}_{start.lower()}_{end.lower()}"


def _batches(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def plan(
    graph: Graph, rows: GraphRows
) -> tuple[
    dict[str, list[dict[str, Any]]],
    dict[EdgeKind, list[dict[str, Any]]],
    list[dict[str, str]],
    list[str],
    LoadSummary,
]:
    """Compare rows with the stored graph: what to write, what to delete, and the counts."""
    summary = LoadSummary()
    stored_nodes = {(r["label"], r["id"]): r["hash"] for r in graph.read("load/existing_nodes")}
    stored_edges = {r["key"]: (r["type"], r["hash"]) for r in graph.read("load/existing_edges")}
    node_writes: dict[str, list[dict[str, Any]]] = {}
    for label in NODE_ORDER:
        todo = []
        for node_id, props in rows.nodes.get(label, {}).items():
            old = stored_nodes.pop((label, node_id), None)
            if old == props["kg_hash"]:
                summary.unchanged[label] += 1
                continue
            (summary.updated if old else summary.created)[label] += 1
            todo.append({"id": node_id, "props": props})
        node_writes[label] = todo
    edge_writes: dict[EdgeKind, list[dict[str, Any]]] = {}
    for kind, erows in rows.edges.items():
        todo = []
        for key, row in erows.items():
            old_edge = stored_edges.pop(key, None)
            if old_edge and old_edge[1] == row.props["kg_hash"]:
                summary.unchanged[kind[0]] += 1
                continue
            (summary.updated if old_edge else summary.created)[kind[0]] += 1
            todo.append({"key": key, "start": row.start, "end": row.end, "props": row.props})
        edge_writes[kind] = todo
    node_deletes = [{"label": label, "id": nid} for (label, nid) in stored_nodes]
    edge_deletes = list(stored_edges)
    for label, _ in stored_nodes:
        summary.removed[label] += 1
    for rel, _ in stored_edges.values():
        summary.removed[rel] += 1
    return node_writes, edge_writes, node_deletes, edge_deletes, summary


def sync(
    graph: Graph,
    rows: GraphRows,
    *,
    files: int = 0,
    batch_size: int = 5000,
    progress: Progress | None = None,
) -> LoadSummary:
    """Make the database hold exactly `rows` (one transaction); return what changed."""
    started = time.perf_counter()
    apply_schema(graph)
    node_writes, edge_writes, node_deletes, edge_deletes, summary = plan(graph, rows)
    total = (
        sum(map(len, node_writes.values()))
        + sum(map(len, edge_writes.values()))
        + len(node_deletes)
        + len(edge_deletes)
    )

    def tick(stage: str, n: int) -> None:
        if progress:
            progress(stage, n, total)

    with graph.transaction() as tx:
        for start in range(0, len(edge_deletes), batch_size):
            keys = edge_deletes[start : start + batch_size]
            run_tx(tx, "load/delete_edges", {"keys": keys})
            tick("removing relationships", len(keys))
        for chunk in _batches(node_deletes, batch_size):
            run_tx(tx, "load/delete_nodes", {"rows": chunk})
            tick("removing nodes", len(chunk))
        for label, todo in node_writes.items():
            for chunk in _batches(todo, batch_size):
                run_tx(tx, f"load/merge_{label.lower()}", {"rows": chunk})
                tick(label, len(chunk))
        for kind, etodo in edge_writes.items():
            for chunk in _batches(etodo, batch_size):
                run_tx(tx, edge_query(kind), {"rows": chunk})
                tick(kind[0], len(chunk))
        counts = rows.counts()
        run_tx(
            tx,
            "load/record_load",
            {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "files": files,
                "nodes": sum(counts.get(label, 0) for label in NODE_ORDER),
                "relationships": sum(v for k, v in counts.items() if k not in NODE_ORDER),
            },
        )
    summary.files = files
    summary.seconds = time.perf_counter() - started
    return summary
