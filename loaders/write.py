"""Write graph rows into the database so that it matches the files exactly (a sync).

The loader marks what it owns: nodes carry `kg_hash`, relationships `kg_key` and `kg_hash`. A load
compares the rows with what is stored, then in one transaction deletes what left the files,
and creates or replaces what is new or changed (batched `UNWIND … MERGE`). Nothing else is touched.
"""

from __future__ import annotations

import json
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


def _batches(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


@dataclass
class Plan:
    """What a sync must do: rows to create (not stored), to replace (stored, changed), to delete.

    New rows are written with `CREATE`, which the database does faster than `MERGE` (it need not
    look for a match); changed rows with `MERGE … SET`.
    """

    create_nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    update_nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    create_edges: dict[EdgeKind, list[dict[str, Any]]] = field(default_factory=dict)
    update_edges: dict[EdgeKind, list[dict[str, Any]]] = field(default_factory=dict)
    delete_nodes: list[dict[str, str]] = field(default_factory=list)
    delete_edges: list[str] = field(default_factory=list)
    summary: LoadSummary = field(default_factory=LoadSummary)

    @property
    def total(self) -> int:
        """Rows to write or delete."""
        lists = [
            *self.create_nodes.values(),
            *self.update_nodes.values(),
            *self.create_edges.values(),
            *self.update_edges.values(),
        ]
        return sum(map(len, lists)) + len(self.delete_nodes) + len(self.delete_edges)


def plan(graph: Graph, rows: GraphRows) -> Plan:
    """Compare rows with the stored graph: what to create, replace and delete, and the counts."""
    out = Plan()
    summary = out.summary
    stored_nodes = {(r["label"], r["id"]): r["hash"] for r in graph.read("load/existing_nodes")}
    stored_edges = {r["key"]: (r["type"], r["hash"]) for r in graph.read("load/existing_edges")}
    for label in NODE_ORDER:
        new = out.create_nodes.setdefault(label, [])
        changed = out.update_nodes.setdefault(label, [])
        for node_id, props in rows.nodes.get(label, {}).items():
            old = stored_nodes.pop((label, node_id), None)
            if old == props["kg_hash"]:
                summary.unchanged[label] += 1
                continue
            (summary.updated if old else summary.created)[label] += 1
            (changed if old else new).append({"id": node_id, "props": props})
    for kind, erows in rows.edges.items():
        new = out.create_edges.setdefault(kind, [])
        changed = out.update_edges.setdefault(kind, [])
        for key, row in erows.items():
            old_edge = stored_edges.pop(key, None)
            if old_edge and old_edge[1] == row.props["kg_hash"]:
                summary.unchanged[kind[0]] += 1
                continue
            (summary.updated if old_edge else summary.created)[kind[0]] += 1
            todo = changed if old_edge else new
            todo.append({"key": key, "start": row.start, "end": row.end, "props": row.props})
    out.delete_nodes = [{"label": label, "id": nid} for (label, nid) in stored_nodes]
    out.delete_edges = list(stored_edges)
    for label, _ in stored_nodes:
        summary.removed[label] += 1
    for rel, _ in stored_edges.values():
        summary.removed[rel] += 1
    return out


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
    todo = plan(graph, rows)
    summary = todo.summary
    total = todo.total

    def run(tx: Any, name: str, stage: str, items: list[Any], key: str = "rows") -> None:
        for chunk in _batches(items, batch_size):
            run_tx(tx, name, {key: chunk})
            if progress:
                progress(stage, len(chunk), total)

    with graph.transaction() as tx:
        run(tx, "load/delete_edges", "removing relationships", todo.delete_edges, "keys")
        run(tx, "load/delete_nodes", "removing nodes", todo.delete_nodes)
        for label in NODE_ORDER:
            run(tx, f"load/create_{label.lower()}", label, todo.create_nodes.get(label, []))
            run(tx, f"load/merge_{label.lower()}", label, todo.update_nodes.get(label, []))
        for kind in rows.edges:
            run(tx, edge_query(kind, "create"), kind[0], todo.create_edges.get(kind, []))
            run(tx, edge_query(kind, "merge"), kind[0], todo.update_edges.get(kind, []))
        counts = rows.counts()
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
