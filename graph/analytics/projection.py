"""A networkx projection of the graph, fetched by Cypher, for analytics (never for storage).

`fetch_projection(graph)` runs the named queries `analytics/projection/nodes` and
`analytics/projection/edges` and returns `build_projection(nodes, edges)`: an `nx.MultiDiGraph`
whose nodes are companies and plants (keyed by id) and whose edges are the fact relationships
between them in force today (keyed by `kg_key`; an ended partnership or a superseded version of a
stake is left out, a fact without a date is kept).

Node attributes (`NodeData`): label ('Company' or 'Plant'), name, kind, country (headquarters for a
company, location for a plant), status, start_of_production (plants).
Edge attributes: type, status, confirmed (status `confirmed`: `CONFIRMED_STATUSES`), and the
relationship's own properties (percent, plant, kind, venture, product, since, valid_from…).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import networkx as nx

from graph.db.client import Graph, Record
from graph.db.values import to_plain
from graph.errors import InvalidQuestion
from graph.model import BOOKKEEPING_PROPS, FACT_REL_TYPES, Status, is_confirmed
from graph.questions.facts import as_of_day

ENTITY_REL_TYPES: tuple[str, ...] = (
    "SUPPLIES",
    "OWNS_STAKE",
    "PARTNERS_WITH",
    "INVESTS_IN",
    "OPERATES",
)
"""Fact relationship types between companies and plants (the ones a projection holds)."""

EXCLUDED_STATUSES: tuple[str, ...] = (Status.DENIED.value,)
"""Facts left out of every projection: a denied fact says the relationship does not hold."""

_DROPPED_PROPS = BOOKKEEPING_PROPS | {"evidence"}


class NodeData(TypedDict):
    """The attributes of a projection node."""

    label: str
    name: str
    kind: str | None
    country: str | None
    status: str | None
    start_of_production: str | None


def build_projection(
    nodes: Iterable[Mapping[str, Any]], edges: Iterable[Mapping[str, Any]]
) -> nx.MultiDiGraph:
    """Build the projection from query rows.

    In: node rows {id, label, name, kind, country, status, start_of_production} and edge rows
    {source, target, type, key, props}. Out: an `nx.MultiDiGraph` (node id → `NodeData`, edges
    keyed by `key` → type, status, confirmed + the props). Edges whose ends are not among the
    nodes are dropped.
    """
    g = nx.MultiDiGraph()
    for row in nodes:
        data: NodeData = {
            "label": str(row["label"]),
            "name": str(row.get("name") or row["id"]),
            "kind": row.get("kind"),
            "country": row.get("country"),
            "status": row.get("status"),
            "start_of_production": row.get("start_of_production"),
        }
        g.add_node(str(row["id"]), **data)
    for row in edges:
        source, target = str(row["source"]), str(row["target"])
        if source not in g or target not in g:
            continue
        plain = to_plain(dict(row.get("props") or {}))
        props = {k: v for k, v in plain.items() if k not in _DROPPED_PROPS}
        status = props.get("status")
        props.update(type=str(row["type"]), status=status, confirmed=is_confirmed(status))
        key = str(row.get("key") or f"{row['type']}:{source}>{target}")
        g.add_edge(source, target, key=key, **props)
    return g


def fetch_projection(
    graph: Graph, types: Iterable[str] = ENTITY_REL_TYPES, as_of: str | None = None
) -> nx.MultiDiGraph:
    """Fetch the projection of `graph` with the relationship types `types` (non-denied facts in
    force on `as_of`, default today).

    In: a connected `Graph` and relationship types (each one of `graph.model.FACT_REL_TYPES`).
    Out: the `nx.MultiDiGraph` of `build_projection`. Raises InvalidQuestion on an unknown type.
    """
    wanted = list(types)
    unknown = [t for t in wanted if t not in FACT_REL_TYPES]
    if unknown:
        raise InvalidQuestion(
            f"unknown fact relationship type(s): {', '.join(unknown)}", "types", unknown
        )
    nodes: list[Record] = graph.read("analytics/projection/nodes")
    edges: list[Record] = graph.read(
        "analytics/projection/edges",
        {
            "types": wanted,
            "excluded_statuses": list(EXCLUDED_STATUSES),
            "as_of": as_of_day(as_of),
        },
    )
    return build_projection(nodes, edges)
