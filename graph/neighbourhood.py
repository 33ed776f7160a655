"""The subgraph around an entity: nodes and edges up to a depth, the shape the views draw.

In: an entity id, the depth (bounded by the caller), the relationship types (checked against
`graph.model.REL_TYPES`), optional statuses and "as of" date, and the most nodes to return.
Out: `Neighbourhood` (a `Subgraph` with what was asked). Each step out is one named query over the
nodes found at the step before (`api/expand`), breadth first.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from graph import entities
from graph.db import Graph
from graph.model import FACT_REL_TYPES, REL_TYPES
from graph.subgraph import Subgraph, SubgraphBuilder

RelType = Literal[
    "OWNS_STAKE",
    "SUPPLIES",
    "BUILDS_IN",
    "OPERATES",
    "LOCATED_IN",
    "PARTNERS_WITH",
    "HEADQUARTERED_IN",
    "INVESTS_IN",
    "MENTIONS",
]
"""`graph.model.REL_TYPES` as a type the API can validate (a test keeps the two equal)."""

EDGES_PER_NODE = 5
"""How many relationships one step may read per node it may still add (bounds a hub's fan-out)."""


class Neighbourhood(Subgraph):
    """Nodes and edges around `center`, and the filters that made them."""

    center: str = Field(examples=["catl"])
    depth: int
    types: list[str]
    statuses: list[str] | None = None
    as_of: str | None = None
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

    Raises `EntityNotFound` for an unknown id and `ValueError` for a type not in REL_TYPES.
    """
    wanted = list(types or FACT_REL_TYPES)
    unknown = sorted(set(wanted) - set(REL_TYPES))
    if unknown:
        raise ValueError(f"unknown relationship types: {', '.join(unknown)}")
    start, _ = entities.find_node(graph, entity_id)
    builder = SubgraphBuilder()
    builder.add(start)
    seen = {entity_id}
    frontier = [entity_id]
    truncated = False
    for _ in range(depth):
        if not frontier:
            break
        room = max(max_nodes - len(seen), 1)
        rows = graph.read(
            "api/expand",
            {
                "ids": frontier,
                "types": wanted,
                "statuses": statuses,
                "as_of": as_of,
                "limit": room * EDGES_PER_NODE,
            },
        )
        if len(rows) >= room * EDGES_PER_NODE:
            truncated = True
        frontier = []
        for row in rows:
            other = str(dict(row["m"]).get("id") or row["m"].element_id)
            if other not in seen:
                if len(seen) >= max_nodes:
                    truncated = True
                    continue
                seen.add(other)
                frontier.append(other)
            builder.add(row["m"])
            builder.add(row["r"])
    sub = builder.build()
    return Neighbourhood(
        nodes=sub.nodes,
        edges=sub.edges,
        center=entity_id,
        depth=depth,
        types=wanted,
        statuses=statuses,
        as_of=as_of,
        truncated=truncated,
    )
