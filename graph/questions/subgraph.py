"""The nodes-and-edges JSON shape shared by the API and the browser views, and edge captions.

`Subgraph` is what the neighbourhood, path and Cypher routes answer and what the views draw.
Build one with `SubgraphBuilder` from driver values (Node, Relationship, Path), or from the
element ids, labels or type and property maps a query projected (`add_node`, `add_edge`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from neo4j.graph import Node, Path, Relationship
from pydantic import BaseModel, Field

from graph.db.values import to_plain
from graph.model import BOOKKEEPING_PROPS, is_confirmed
from graph.questions.facts import DATED_REL_TYPES, Validity, validity


class GraphNode(BaseModel):
    """A node of a subgraph. `id` is the entity id (company slug, plant id, country code…)."""

    id: str = Field(examples=["catl"])
    label: str = Field(examples=["Company"], description="Company, Plant, Country or Source")
    name: str = Field(examples=["CATL"])
    kind: str | None = Field(None, examples=["cell maker"], description="company kind")
    properties: dict[str, Any] = Field(default_factory=dict)
    sources_total: int | None = Field(
        None,
        examples=[4447],
        description="how many sources the node lists when `properties.sources` holds only the "
        "first of them (a neighbourhood lists at most 20 per node and edge); null when it holds "
        "all",
    )


class GraphEdge(BaseModel):
    """A relationship of a subgraph, with the caption a view draws on it."""

    id: str = Field(examples=["OWNS_STAKE:catl>beijing-era-new-energy@51"])
    type: str = Field(examples=["OWNS_STAKE"])
    source: str = Field(examples=["catl"], description="id of the start node")
    target: str = Field(examples=["beijing-era-new-energy"], description="id of the end node")
    caption: str = Field(examples=["51 %"])
    status: str | None = Field(None, examples=["announced"])
    confirmed: bool = Field(
        True, description="true only for status confirmed (and for MENTIONS, which has none)"
    )
    validity: Validity | None = Field(
        None,
        description="when the fact is in force, and whether it is on the answer's as_of day "
        "(null where the answer is not for a day: a Cypher result); `properties` hold the same "
        "fields as stored (valid_from, valid_until, their precision, target, text and basis)",
    )
    properties: dict[str, Any] = Field(default_factory=dict)
    sources_total: int | None = Field(
        None,
        examples=[719],
        description="how many sources the edge cites when `properties.sources` holds only the "
        "first of them (with the fact ids and evidence of those); null when it holds all",
    )


class Subgraph(BaseModel):
    """Nodes and edges; every edge's ends are among the nodes."""

    nodes: list[GraphNode] = Field(default_factory=list)
    edges: list[GraphEdge] = Field(default_factory=list)


def edge_caption(rel_type: str, props: dict[str, Any]) -> str:
    """The short text a view writes on an edge: '51 %', 'LFP 32140 cells', 'operates', 'JV'."""
    if rel_type == "OWNS_STAKE":
        pct = props.get("percent")
        return f"{pct:g} %" if isinstance(pct, int | float) else "stake (% not stated)"
    if rel_type == "SUPPLIES":
        return supply_caption(props)
    if rel_type == "PARTNERS_WITH":
        kind = props.get("kind") or "partner"
        short = {"joint venture": "JV", "memorandum of understanding": "MoU", "other": "partners"}
        return short.get(kind, kind)
    if rel_type == "INVESTS_IN":
        amount, cur = props.get("amount_amount"), props.get("amount_currency")
        return f"invests {amount:,.0f} {cur}" if amount and cur else "invests"
    if rel_type == "BUILDS_IN":
        plants = props.get("plants") or []
        return f"builds in ({len(plants)} plant{'s' if len(plants) != 1 else ''})"
    return rel_type.lower().replace("_", " ")


def supply_caption(props: dict[str, Any]) -> str:
    """'LFP 32140 cells' from a SUPPLIES edge's chemistry and cell formats (either may be
    missing); the product text when it has neither; 'supplies' when it has nothing."""
    chemistry = props.get("chemistry")
    formats = props.get("cell_formats")
    formats = [str(f) for f in formats if f] if isinstance(formats, list) else []
    parts = ([str(chemistry)] if chemistry else []) + (["/".join(formats)] if formats else [])
    if parts:
        return " ".join([*parts, "cells"])
    return str(props.get("product") or "supplies")


class SubgraphBuilder:
    """Collects nodes and relationships (deduplicated) from query results into a `Subgraph`;
    with `day` (YYYY-MM-DD), every edge gets its `validity` on that day."""

    def __init__(self, day: str | None = None) -> None:
        self._day = day
        self._nodes: dict[str, GraphNode] = {}
        self._element_ids: dict[str, str] = {}
        self._edges: dict[str, GraphEdge] = {}

    def add(self, value: Any) -> None:
        """Add every Node, Relationship and Path found in `value` (lists and dicts searched)."""
        if isinstance(value, Node):
            self._add_node(value)
        elif isinstance(value, Relationship):
            for end in (value.start_node, value.end_node):
                if end is not None and end.element_id not in self._element_ids:
                    self._add_node(end)
            self._add_rel(value)
        elif isinstance(value, Path):
            for n in value.nodes:
                self._add_node(n)
            for r in value.relationships:
                self._add_rel(r)
        elif isinstance(value, list | tuple):
            for v in value:
                self.add(v)
        elif isinstance(value, dict):
            for v in value.values():
                self.add(v)

    def _add_node(self, node: Node) -> None:
        self.add_node(node.element_id, node.labels, to_plain(dict(node)))

    def add_node(
        self,
        element_id: str,
        labels: Iterable[str],
        props: dict[str, Any],
        sources_total: int | None = None,
    ) -> str:
        """Add a node from its element id, labels and plain properties (kept as given); return
        its id in the subgraph (the entity id, else the element id)."""
        node_id = str(props.get("id") or element_id)
        self._element_ids[element_id] = node_id
        if node_id in self._nodes:
            return node_id
        label = min(labels, default="Node")
        name = props.get("display_name") or props.get("name") or props.get("title") or node_id
        self._nodes[node_id] = GraphNode(
            id=node_id,
            label=label,
            name=str(name),
            kind=props.get("kind"),
            properties=_public(props),
            sources_total=sources_total,
        )
        return node_id

    def _add_rel(self, rel: Relationship) -> None:
        start = rel.start_node.element_id if rel.start_node is not None else ""
        end = rel.end_node.element_id if rel.end_node is not None else ""
        self.add_edge(rel.element_id, rel.type, start, end, to_plain(dict(rel)))

    def add_edge(
        self,
        element_id: str,
        rel_type: str,
        start: str,
        end: str,
        props: dict[str, Any],
        sources_total: int | None = None,
    ) -> None:
        """Add a relationship from its element id, type, the element ids of its ends (add the
        ends first) and its plain properties (kept as given)."""
        edge_id = str(props.get("kg_key") or element_id)
        if edge_id in self._edges:
            return
        status = props.get("status")
        self._edges[edge_id] = GraphEdge(
            id=edge_id,
            type=rel_type,
            source=self._element_ids.get(start, start),
            target=self._element_ids.get(end, end),
            caption=edge_caption(rel_type, props),
            status=status,
            confirmed=is_confirmed(status),
            validity=(
                validity(props, self._day, rel_type in DATED_REL_TYPES) if self._day else None
            ),
            properties=_public(props),
            sources_total=sources_total,
        )

    def build(self) -> Subgraph:
        """The collected subgraph; edges whose ends were not collected are dropped."""
        edges = [
            e for e in self._edges.values() if e.source in self._nodes and e.target in self._nodes
        ]
        return Subgraph(nodes=list(self._nodes.values()), edges=edges)


def _public(props: dict[str, Any]) -> dict[str, Any]:
    """Properties without the loader's bookkeeping (hashes, search keys); a relationship's
    `kg_key` stays, the id the views and the API give its edge."""
    return {k: v for k, v in props.items() if k == "kg_key" or k not in BOOKKEEPING_PROPS}
