"""Data only the browser views need: the whole graph for the home page, and the metadata of the
sources a drawn subgraph cites (for the side panel)."""

from __future__ import annotations

from typing import Any

from app.views.render import source_ids
from graph.db.client import Graph
from graph.questions.facts import as_of_day, source_metadata
from graph.questions.subgraph import Subgraph, SubgraphBuilder


def overview(graph: Graph, limit: int) -> Subgraph:
    """Companies, plants and countries (at most `limit`) and the fact edges between them in
    force today."""
    day = as_of_day(None)
    builder = SubgraphBuilder(day)
    for row in graph.read("views/data/overview", {"limit": limit, "as_of": day}):
        builder.add([row["n"], row["m"], row["r"]])
    return builder.build()


def source_details(graph: Graph, subgraph: Subgraph) -> dict[str, dict[str, Any]]:
    """Source id -> {id, title, publisher, published, url} for every source `subgraph` cites."""
    return source_metadata(graph, source_ids(subgraph))
