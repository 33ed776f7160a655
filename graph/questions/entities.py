"""One entity by id: its properties and its relationships grouped by type, each with sources.

In: an entity id (company slug, plant id, ISO country code or source id) and the day its facts'
`validity.in_force` is for (default today). Out: `EntityDetail`, or `EntityNotFound` carrying the
nearest ids as suggestions. The detail lists every relationship, in force or not (an ended
partnership, each version of a stake that changed), so that a fact's history is there to read.
"""

from __future__ import annotations

from typing import Any

from neo4j.graph import Node
from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.errors import EntityNotFound
from graph.model import is_confirmed
from graph.questions.facts import (
    Citation,
    DateInfo,
    EntityRef,
    Relationship,
    Validity,
    as_of_day,
    cap_citations,
    citation,
    citations,
    cited_source_ids,
    dates_of,
    entity_ref,
    lifecycle_since,
    plain_properties,
    quotes_by_fact,
    relationship,
    source_metadata,
    string_list,
    validity,
)
from graph.questions.search import nearest_ids

DEFAULT_PAGE = 100
"""Relationships listed per type unless the caller asks for another page size."""

MAX_PAGE = 1000
"""The most relationships one request may list per type (a hub has thousands)."""

MAX_CITATIONS = 20
"""The most sources cited per relationship in an entity's detail (the rest are counted)."""


class EntityDetail(BaseModel):
    """An entity with its properties and its relationships grouped by type."""

    id: str = Field(examples=["beijing-era-new-energy"])
    label: str = Field(examples=["Company"])
    name: str = Field(examples=["Beijing Era New Energy Technology Co."])
    kind: str | None = Field(None, examples=["joint venture"])
    as_of: str = Field(
        examples=["2025-06-30"],
        description="the day `validity.in_force` is for (YYYY-MM-DD; default today)",
    )
    undated: int = Field(
        0, description="relationships listed here that no date places in time (date_unknown)"
    )
    status: str | None = Field(None, description="for plants: how firmly the plant is stated")
    confirmed: bool | None = Field(None, description="for plants: true only for status confirmed")
    lifecycle: str | None = Field(
        None,
        examples=["under construction"],
        description="for plants: the phase (planned, under construction, in production, "
        "expanding, idled, closed, cancelled), apart from how certain it is (`status`)",
    )
    lifecycle_since: DateInfo | None = Field(None, description="for plants: when that phase began")
    valid_from: str | None = None
    validity: Validity | None = Field(None, description="for plants: when the plant is in force")
    note: str | None = Field(None, description="the curator's note")
    dates: dict[str, DateInfo] = Field(default_factory=dict)
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[Citation] = Field(
        default_factory=list,
        description="a plant's: the sources that describe it; a company's: the sources that "
        "name it (with the registry's quotes for its kind or country); a country's: the sources "
        "of its plants; at most 20 (see `sources_total`)",
    )
    sources_total: int | None = Field(
        None, description="how many sources the entity has when `sources` lists only the first"
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
        default_factory=list,
        description="the sources that mention this entity, each with the facts that name it "
        "(`fact_ids`) and their quotes",
    )


def find_node(
    graph: Graph, entity_id: str, labels: tuple[str, ...] | None = None
) -> tuple[Node, str]:
    """The driver `Node` of `entity_id` and its label.

    Raises `EntityNotFound` (with suggestions) when no node has that id, or when its label is not
    one of `labels`.
    """
    rows = graph.read("questions/entities/entity", {"id": entity_id})
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
    as_of: str | None = None,
) -> EntityDetail:
    """What the graph states about one entity, every relationship listed with its sources.

    In: an entity id; optionally one relationship type (from `graph.model.REL_TYPES`) and a page
    (`offset`, `limit`) applied to each type, ordered by the id at the other end (the versions of
    one relationship oldest first); `as_of`: the day each relationship's `validity.in_force` is
    for (default today; nothing is left out for it). Out: `EntityDetail` with the page of each
    type and the count of each type; raises `EntityNotFound` (with suggestions) for an unknown id.
    """
    day = as_of_day(as_of)
    props, label = find(graph, entity_id)
    me = entity_ref(props, label)
    counts = {
        str(c["type"]): int(c["total"])
        for c in graph.read(
            "questions/entities/relationship_counts", {"id": entity_id, "type": rel_type}
        )
    }
    rows = _page(graph, entity_id, counts, offset, limit)
    # a company's or country's own `sources` list every article that names it (thousands for a
    # hub): the first MAX_CITATIONS are cited, the rest counted
    own, own_total = cap_citations(props, MAX_CITATIONS) if label != "Source" else ({}, None)
    all_props = [own, *(r["props"] for r in rows)]
    sources = source_metadata(graph, cited_source_ids(all_props) | _mentioning(rows))
    groups, mentioned_in = _grouped(rows, me, sources, quotes_by_fact(all_props), day)
    plant = label == "Plant"
    return EntityDetail(
        id=me.id,
        label=label,
        name=me.name,
        kind=me.kind,
        as_of=day,
        undated=sum(r.validity.date_unknown for rels in groups.values() for r in rels),
        status=props.get("status"),
        confirmed=is_confirmed(props.get("status")) if plant else None,
        lifecycle=props.get("lifecycle"),
        lifecycle_since=lifecycle_since(props),
        valid_from=props.get("valid_from"),
        validity=validity(props, day) if plant else None,
        note=props.get("note"),
        dates=dates_of(props),
        properties=plain_properties(props),
        sources=citations(own, sources) if own else [],
        sources_total=own_total,
        relationships=groups,
        relationship_counts=counts,
        offset=offset,
        limit=limit,
        truncated=any(total > offset + limit for total in counts.values()),
        mentioned_in=mentioned_in,
    )


def _page(
    graph: Graph, entity_id: str, counts: dict[str, int], offset: int, limit: int
) -> list[dict[str, Any]]:
    """The page of each relationship type of the entity, versions of one relationship (a
    stake that changed) oldest first, each relationship's citations capped."""
    rows = [
        to_plain(r)
        for t, total in counts.items()
        if total > offset
        for r in graph.read(
            "questions/entities/relationship_page",
            {"id": entity_id, "type": t, "skip": offset, "limit": limit},
        )
    ]
    rows.sort(key=lambda r: (str(r["other"].get("id")), str(r["props"].get("valid_from") or "")))
    for r in rows:  # a hub's derived edges (BUILDS_IN) can rest on thousands of sources
        r["props"], r["sources_total"] = cap_citations(r["props"], MAX_CITATIONS)
    return rows


def _grouped(
    rows: list[dict[str, Any]],
    me: EntityRef,
    sources: dict[str, dict[str, Any]],
    quotes: dict[str, list[str]],
    day: str,
) -> tuple[dict[str, list[Relationship]], list[Citation]]:
    """The rows as relationships by type, and the sources that mention the entity."""
    groups: dict[str, list[Relationship]] = {}
    mentioned_in: list[Citation] = []
    for r in rows:
        other = entity_ref(r["other"], r["other_label"])
        if r["type"] == "MENTIONS" and me.label != "Source":
            mentioned_in.append(_mention(other.id, r["props"], sources, quotes))
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
                day=day,
            )
        )
    return groups, mentioned_in


def _mentioning(rows: list[dict[str, Any]]) -> set[str]:
    return {
        r["other"]["id"] for r in rows if r["type"] == "MENTIONS" and r["other_label"] == "Source"
    }


def _mention(
    source_id: str,
    props: dict[str, Any],
    sources: dict[str, dict[str, Any]],
    quotes: dict[str, list[str]],
) -> Citation:
    """A source that mentions the entity, with the facts that name it (the MENTIONS edge's
    `fact_ids`) and their quotes (the edge's `evidence`, else those of the facts' edges in the
    page)."""
    fact_ids = string_list(props.get("fact_ids"))
    evidence = string_list(props.get("evidence")) or [
        q for fid in fact_ids for q in quotes.get(fid, [])
    ]
    return citation(source_id, sources, fact_ids, evidence)
