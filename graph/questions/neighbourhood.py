"""The subgraph around an entity: nodes and edges up to a depth, the shape the views draw.

In: an entity id, the depth (bounded by the caller), the relationship types (checked against
`graph.model.REL_TYPES`), optional statuses and "as of" date (default today: only relationships
and plants in force that day, undated ones included and counted), and the most nodes to return.
Out: `Neighbourhood` (a `Subgraph` with what was asked). Each step out is one named query over the
nodes found at the step before (`questions/neighbourhood/expand`: the relationships and the nodes
at their far end), breadth first. Every node and edge lists at most `MAX_CITATIONS` sources (with
the fact ids and quotes of those) and says how many it has in `sources_total`: a hub company's
node lists every article that names it (thousands), which no view shows and no response should
carry.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from graph.db.client import Graph, Record
from graph.db.values import to_plain
from graph.errors import InvalidQuestion
from graph.model import FACT_REL_TYPES, REL_TYPES
from graph.questions import entities
from graph.questions.entities import MAX_CITATIONS
from graph.questions.facts import DATED_REL_TYPES, as_of_day, cap_citations, keep_citations
from graph.questions.subgraph import Subgraph, SubgraphBuilder

HARD_MAX_DEPTH = 10
"""The most steps out anyone may ask for (`KG_MAX_DEPTH` may set a lower bound, not a higher one);
the node limit cuts a neighbourhood long before this in any graph but a chain."""

HARD_MAX_NODES = 5000
"""The most nodes anyone may ask for, ten times the views' default limit (`KG_VIEW_MAX_NODES` may
set a lower bound, not a higher one)."""

EDGES_PER_NODE = 5
"""How many relationships one step may read per node it may still add (bounds a hub's fan-out)."""


class Neighbourhood(Subgraph):
    """Nodes and edges around `center`, and the filters that made them."""

    center: str = Field(examples=["catl"])
    depth: int
    types: list[str]
    statuses: list[str] | None = None
    as_of: str = Field(
        examples=["2025-06-30"], description="the day answered for (YYYY-MM-DD; default today)"
    )
    undated: int = Field(
        0,
        description="edges drawn whose fact has no date at all (included, flagged "
        "`validity.date_unknown`)",
    )
    truncated: bool = Field(description="true when the node limit cut the neighbourhood short")


def neighbourhood(
    graph: Graph,
    entity_id: str,
    depth: int,
    types: list[str] | None = None,
    statuses: list[str] | None = None,
    as_of: str | None = None,
    max_nodes: int = 500,
) -> Neighbourhood:
    """Entities within `depth` steps of `entity_id` over `types` (default: every fact type).

    Raises `EntityNotFound` for an unknown id and `InvalidQuestion` for a type not in REL_TYPES.
    """
    wanted = list(types or FACT_REL_TYPES)
    unknown = sorted(set(wanted) - set(REL_TYPES))
    if unknown:
        raise InvalidQuestion(f"unknown relationship types: {', '.join(unknown)}", "types", unknown)
    start, _ = entities.find_node(graph, entity_id)
    day = as_of_day(as_of)
    builder = SubgraphBuilder(day)
    props, total = cap_citations(to_plain(dict(start)), MAX_CITATIONS)
    builder.add_node(start.element_id, start.labels, props, total)
    seen = {entity_id}
    frontier = [entity_id]
    truncated = False
    for _ in range(depth):
        if not frontier:
            break
        frontier, cut = _step(graph, builder, seen, frontier, wanted, statuses, day, max_nodes)
        truncated = truncated or cut
    sub = builder.build()
    return Neighbourhood(
        nodes=sub.nodes,
        edges=sub.edges,
        center=entity_id,
        depth=depth,
        types=wanted,
        statuses=statuses,
        as_of=day,
        undated=sum(
            1
            for e in sub.edges
            if e.type in DATED_REL_TYPES and e.validity and e.validity.date_unknown
        ),
        truncated=truncated,
    )


def _step(
    graph: Graph,
    builder: SubgraphBuilder,
    seen: set[str],
    frontier: list[str],
    types: list[str],
    statuses: list[str] | None,
    as_of: str,
    max_nodes: int,
) -> tuple[list[str], bool]:
    """One step out from `frontier`: add the relationships and the new nodes at their far end
    (while `seen` has fewer than `max_nodes`) to `builder` and `seen`. Returns the new nodes' ids
    (the next frontier) and whether anything was left out."""
    room = max(max_nodes - len(seen), 1)
    limit = room * EDGES_PER_NODE
    rows = graph.read(
        "questions/neighbourhood/expand",
        {
            "ids": frontier,
            "types": types,
            "statuses": statuses,
            "as_of": as_of,
            "limit": limit,
            "seen": sorted(seen),
            "nodes": room + len(seen),
            "most": MAX_CITATIONS,
        },
    )
    if not rows:
        return [], False
    truncated = rows[0]["edges"] >= limit
    added: list[str] = []
    far_nodes: set[str] = set()
    for row in rows:
        far_nodes.add(str(row["far"]))
        other = str(row["far_props"].get("id") or row["far"])
        if other not in seen:
            if len(seen) >= max_nodes:
                truncated = True
                continue
            seen.add(other)
            added.append(other)
            _add_far_node(builder, row)
        _add_edge(builder, row)
    return added, truncated or rows[0]["far_nodes"] > len(far_nodes)


def _add_far_node(builder: SubgraphBuilder, row: Record) -> None:
    """Add the far node of a `questions/neighbourhood/expand` row (its sources capped by the
    query)."""
    props: dict[str, Any] = {k: v for k, v in to_plain(row["far_props"]).items() if v is not None}
    total = row["far_sources_total"]
    capped = isinstance(total, int) and total > len(props.get("sources") or [])
    builder.add_node(
        str(row["far"]),
        row["far_labels"],
        keep_citations(props) if capped else props,
        total if capped else None,
    )


def _add_edge(builder: SubgraphBuilder, row: Record) -> None:
    """Add the relationship of a `questions/neighbourhood/expand` row (its ends already added),
    sources capped."""
    near, far = str(row["near"]), str(row["far"])
    start, end = (near, far) if row["outgoing"] else (far, near)
    props, total = cap_citations(to_plain(row["props"]), MAX_CITATIONS)
    builder.add_edge(str(row["element_id"]), str(row["type"]), start, end, props, total)
