"""One entity by id: its properties and its relationships grouped by type, each with sources.

In: an entity id (company slug, plant id, ISO country code or source id). Out: `EntityDetail`, or
`EntityNotFound` carrying the nearest ids as suggestions.
"""

from __future__ import annotations

from typing import Any

from neo4j.graph import Node
from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.questions.facts import (
    Citation,
    DateInfo,
    EntityRef,
    Relationship,
    cap_citations,
    citations,
    cited_source_ids,
    dates_of,
    entity_ref,
    plain_properties,
    quotes_by_fact,
    relationship,
    source_metadata,
)
from graph.questions.search import nearest_ids

DEFAULT_PAGE = 100
"""Relationships listed per type unless the caller asks for another page size."""

MAX_PAGE = 1000
"""The most relationships one request may list per type (a hub has thousands)."""

MAX_CITATIONS = 20
"""The most sources cited per relationship in an entity's detail (the rest are counted)."""


class EntityNotFound(LookupError):
    """No entity (of the expected labels) has the id; `suggestions` are the nearest ids."""

    def __init__(self, entity_id: str, suggestions: list[str], expected: str = "entity") -> None:
        super().__init__(f"no {expected} with id {entity_id!r}")
        self.entity_id = entity_id
        self.suggestions = suggestions


class EntityDetail(BaseModel):
    """An entity with its properties and its relationships grouped by type."""

    id: str = Field(examples=["beijing-era-new-energy"])
    label: str = Field(examples=["Company"])
    name: str = Field(examples=["Beijing Era New Energy Technology Co."])
    kind: str | None = Field(None, examples=["joint venture"])
    status: str | None = Field(None, description="for plants: how firmly the plant is stated")
    valid_from: str | None = None
    note: str | None = Field(None, description="the curator's note")
    dates: dict[str, DateInfo] = Field(default_factory=dict)
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[Citation] = Field(
        default_factory=list, description="for plants: the sources that describe the plant"
    )
    relationships: dict[str, list[Relationship]] = Field(
        default_factory=dict,
        description="relationship type → one page of relationships, ordered by the other end's "
        "id (MENTIONS is listed in mentioned_in)",
    )
    relationship_counts: dict[str, int] = Field(
        default_factory=dict,
        description="relationship type → how many the entity has in all (MENTIONS included)",
        examples=[{"OWNS_STAKE": 3, "OPERATES": 1, "MENTIONS": 1}],
    )
    offset: int = Field(0, description="relationships passed over in each type")
    limit: int = Field(DEFAULT_PAGE, description="the most relationships listed per type")
    truncated: bool = Field(
        False,
        description="true when some type has more relationships than listed: page through it "
        "with `type`, `offset` and `limit`",
    )
    mentioned_in: list[Citation] = Field(
        default_factory=list, description="the sources that mention this entity"
    )


def find_node(
    graph: Graph, entity_id: str, labels: tuple[str, ...] | None = None
) -> tuple[Node, str]:
    """The driver `Node` of `entity_id` and its label.

    Raises `EntityNotFound` (with suggestions) when no node has that id, or when its label is not
    one of `labels`.
    """
    rows = graph.read("api/entity", {"id": entity_id})
    row = next((r for r in rows if labels is None or r["label"] in labels), None)
    if row is None:
        expected = " or ".join(lb.lower() for lb in labels) if labels else "entity"
        raise EntityNotFound(entity_id, nearest_ids(graph, entity_id, labels), expected)
    return row["n"], str(row["label"])


def find(
    graph: Graph, entity_id: str, labels: tuple[str, ...] | None = None
) -> tuple[dict[str, Any], str]:
    """The plain node properties and label of `entity_id` (raises `EntityNotFound`)."""
    node, label = find_node(graph, entity_id, labels)
    return to_plain(dict(node)), label


def ref(graph: Graph, entity_id: str, labels: tuple[str, ...] | None = None) -> EntityRef:
    """The `EntityRef` of `entity_id` (raises `EntityNotFound` like `find`)."""
    props, label = find(graph, entity_id, labels)
    return entity_ref(props, label)


def detail(
    graph: Graph,
    entity_id: str,
    rel_type: str | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
) -> EntityDetail:
    """What the graph states about one entity, every relationship listed with its sources.

    In: an entity id; optionally one relationship type (from `graph.model.REL_TYPES`) and a page
    (`offset`, `limit`) applied to each type, ordered by the id at the other end. Out:
    `EntityDetail` with the page of each type and the count of each type; raises
    `EntityNotFound` (with suggestions) for an unknown id.
    """
    props, label = find(graph, entity_id)
    me = entity_ref(props, label)
    counts = {
        str(c["type"]): int(c["total"])
        for c in graph.read("api/entity_relationship_counts", {"id": entity_id, "type": rel_type})
    }
    rows = [
        to_plain(r)
        for t, total in counts.items()
        if total > offset
        for r in graph.read(
            "api/entity_relationship_page",
            {"id": entity_id, "type": t, "skip": offset, "limit": limit},
        )
    ]
    for r in rows:  # a hub's derived edges (BUILDS_IN) can rest on thousands of sources
        r["props"], r["sources_total"] = cap_citations(r["props"], MAX_CITATIONS)
    # a company's or country's own `sources` list every article that names it (thousands for
    # a hub); only a plant's are citations of the plant itself
    all_props = [*([props] if label == "Plant" else []), *(r["props"] for r in rows)]
    sources = source_metadata(graph, cited_source_ids(all_props) | _mentioning(rows))
    quotes = quotes_by_fact(all_props)
    groups: dict[str, list[Relationship]] = {}
    mentioned_in: list[Citation] = []
    for r in rows:
        other = entity_ref(r["other"], r["other_label"])
        if r["type"] == "MENTIONS" and label != "Source":
            mentioned_in.append(_mention(other.id, sources))
            continue
        rel_props = dict(r["props"])
        if r["type"] == "MENTIONS":  # a source's own mentions cite the source itself
            rel_props = {**rel_props, "sources": [me.id], "fact_ids": []}
        groups.setdefault(r["type"], []).append(
            relationship(
                r["type"],
                rel_props,
                outgoing=bool(r["outgoing"]),
                me=me,
                other=other,
                sources=sources,
                quotes=quotes,
                sources_total=r["sources_total"],
            )
        )
    return EntityDetail(
        id=me.id,
        label=label,
        name=me.name,
        kind=me.kind,
        status=props.get("status"),
        valid_from=props.get("valid_from"),
        note=props.get("note"),
        dates=dates_of(props),
        properties=plain_properties(props),
        sources=citations(props, sources) if label == "Plant" else [],
        relationships=groups,
        relationship_counts=counts,
        offset=offset,
        limit=limit,
        truncated=any(total > offset + limit for total in counts.values()),
        mentioned_in=mentioned_in,
    )


def _mentioning(rows: list[dict[str, Any]]) -> set[str]:
    return {
        r["other"]["id"] for r in rows if r["type"] == "MENTIONS" and r["other_label"] == "Source"
    }


def _mention(source_id: str, sources: dict[str, dict[str, Any]]) -> Citation:
    meta = sources.get(source_id, {})
    return Citation(
        id=source_id,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        url=meta.get("url"),
    )
