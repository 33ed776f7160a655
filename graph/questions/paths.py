"""How two entities are connected: shortest paths up to a bound, each hop said in words.

In: two entity ids, a network (`Via`: which relationship types may be walked), the hop bound and
whether all shortest paths are wanted. Out: `PathsReport` with the paths, their hops in words with
sources, and the nodes-and-edges `Subgraph` the views draw. Each network is a pair of fixed query
files (`cypher/api/paths/<via>_one.cypher` with shortestPath, `<via>_all.cypher` with
allShortestPaths): relationship types are never built from input. One query filtering
`type(r) IN $types` would read far more on Neo4j (PROFILE on M: supply 6,037 vs 225 db hits).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from neo4j.graph import Node, Path
from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.questions import entities
from graph.questions.facts import (
    Citation,
    EntityRef,
    citations,
    cited_source_ids,
    entity_ref,
    source_metadata,
)
from graph.questions.sentences import describe
from graph.questions.subgraph import Subgraph, SubgraphBuilder

Via = Literal["all", "business", "ownership", "supply", "partnership"]
"""Networks a path may walk: every fact type, business links (no country hops), or one type."""

VIAS: tuple[str, ...] = get_args(Via)
"""The names of the networks, for validating and listing them."""

HARD_MAX_HOPS = 10
"""The bound written into the query files; `settings.max_hops` may not go beyond it."""

ALL_PATHS_LIMIT = 25
"""The most shortest paths returned when all are asked for."""

ENDPOINT_LABELS = ("Company", "Plant", "Country")


class Hop(BaseModel):
    """One step of a path, in the order the path is walked."""

    start: EntityRef = Field(description="where this step starts (in walking order)")
    end: EntityRef = Field(description="where this step ends (in walking order)")
    type: str = Field(examples=["OWNS_STAKE"])
    forward: bool = Field(description="true when the relationship points the way it is walked")
    sentence: str = Field(
        examples=["Xiaomi Auto owns 5 % of Beijing Era New Energy Technology Co."]
    )
    status: str | None = None
    sources: list[Citation] = Field(default_factory=list)


class PathOut(BaseModel):
    """A path from `from` to `to`."""

    length: int
    nodes: list[EntityRef]
    hops: list[Hop]
    text: str = Field(description="the hops joined into one line")


class PathsReport(BaseModel):
    """The shortest path(s) between two entities within the hop bound."""

    from_: EntityRef = Field(alias="from")
    to: EntityRef
    via: Via
    max_hops: int
    found: bool
    length: int | None = Field(None, description="hops of the shortest path; null when none found")
    paths: list[PathOut]
    graph: Subgraph = Field(description="every node and edge of the paths, for drawing")
    message: str | None = Field(None, examples=["no path of at most 2 hop(s) via ownership"])

    model_config = {"populate_by_name": True}


def shortest_paths(
    graph: Graph, start: str, end: str, via: Via, max_hops: int, all_paths: bool = False
) -> PathsReport:
    """The shortest path (or all shortest paths) from `start` to `end` within `max_hops`.

    Raises `EntityNotFound` for an unknown id and `ValueError` when both ids are the same.
    """
    a = entities.ref(graph, start, ENDPOINT_LABELS)
    b = entities.ref(graph, end, ENDPOINT_LABELS)
    if a.id == b.id:
        raise ValueError("from and to are the same entity")
    params = {"from": a.id, "to": b.id}
    if all_paths:
        rows = graph.read(f"api/paths/{via}_all", {**params, "limit": ALL_PATHS_LIMIT})
    else:
        rows = graph.read(f"api/paths/{via}_one", params)
    bound = min(max_hops, HARD_MAX_HOPS)
    paths: list[Path] = [r["p"] for r in rows if len(r["p"]) <= bound]
    rel_props = [to_plain(dict(r)) for p in paths for r in p.relationships]
    sources = source_metadata(graph, cited_source_ids(rel_props))
    builder = SubgraphBuilder()
    out = []
    for p in paths:
        builder.add(p)
        out.append(_path(p, sources))
    out.sort(key=lambda po: po.text)
    return PathsReport(
        from_=a,
        to=b,
        via=via,
        max_hops=max_hops,
        found=bool(out),
        length=out[0].length if out else None,
        paths=out,
        graph=builder.build(),
        message=None if out else f"no path of at most {max_hops} hop(s) via {via}",
    )


def _node_ref(node: Node | None) -> EntityRef:
    if node is None:
        return EntityRef(id="?", label="Node", name="?")
    props = to_plain(dict(node))
    return entity_ref(props, next(iter(sorted(node.labels)), "Node"))


def _path(p: Path, sources: dict[str, dict[str, Any]]) -> PathOut:
    nodes = list(p.nodes)
    refs = [_node_ref(n) for n in nodes]
    hops = []
    for i, rel in enumerate(p.relationships):
        props = to_plain(dict(rel))
        start_el = rel.start_node.element_id if rel.start_node is not None else None
        forward = start_el == nodes[i].element_id
        s, e = (refs[i], refs[i + 1]) if forward else (refs[i + 1], refs[i])
        hops.append(
            Hop(
                start=refs[i],
                end=refs[i + 1],
                type=rel.type,
                forward=forward,
                sentence=describe(rel.type, props, s.name, e.name),
                status=props.get("status"),
                sources=citations(props, sources),
            )
        )
    return PathOut(
        length=len(hops), nodes=refs, hops=hops, text="; ".join(h.sentence for h in hops)
    )
