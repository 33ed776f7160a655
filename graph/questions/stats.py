"""Counts of the graph: nodes by label, relationships by type, and the last load."""

from __future__ import annotations

import json
from typing import Any

from graph.db.client import Graph
from graph.model import INTERNAL_LABELS, LABELS


def counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    """Return (nodes per label, relationships per type), bookkeeping labels left out."""
    nodes = {
        r["label"]: r["count"]
        for r in graph.read("questions/stats/node_counts")
        if r["label"] not in INTERNAL_LABELS
    }
    rels = {r["type"]: r["count"] for r in graph.read("questions/stats/relationship_counts")}
    return dict(sorted(nodes.items())), dict(sorted(rels.items()))


def last_load(graph: Graph) -> dict[str, Any] | None:
    """When the last load ran and what it loaded, or None before the first load."""
    rows = graph.read("questions/stats/last_load")
    return rows[0] if rows else None


def loaded_counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes per label, relationships per type) as the last load wrote them: one lookup,
    where `counts` scans the whole graph (seconds at a million relationships). Both empty
    before the first load."""
    rows = graph.read("questions/stats/loaded_counts")
    stored: dict[str, int] = json.loads(rows[0]["counts"]) if rows and rows[0]["counts"] else {}
    nodes = {k: v for k, v in stored.items() if k in LABELS}
    rels = {k: v for k, v in stored.items() if k not in LABELS}
    return dict(sorted(nodes.items())), dict(sorted(rels.items()))
