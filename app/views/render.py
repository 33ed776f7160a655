"""Turn a `Subgraph` into a styled pyvis network and the vis-network data a page draws.

Colour and shape follow the node type (company kinds in shades of blue), size follows degree,
edges carry `edge_caption` and are dashed and faded when the fact is not confirmed (any status
but `confirmed`: an announced plan too). Physics
stabilises once and is then switched off by the page script; the options scale down for big graphs.
Every text here is plain text: the page script shows it with `textContent`, never as HTML.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from typing import Any

from pydantic import BaseModel, Field
from pyvis.network import Network

from graph.model import CompanyKind
from graph.questions.facts import source_of_fact
from graph.questions.subgraph import GraphEdge, GraphNode, Subgraph

NODE_STYLE: dict[str, tuple[str, str]] = {
    "Company": ("#2b6cb0", "dot"),
    "Plant": ("#dd6b20", "square"),
    "Country": ("#2f855a", "triangle"),
    "Source": ("#718096", "diamond"),
}
"""Label -> (colour, vis-network shape)."""

COMPANY_KIND_COLOUR: dict[str, str] = {
    CompanyKind.CELL_MAKER: "#1a365d",
    CompanyKind.AUTOMAKER: "#2b6cb0",
    CompanyKind.CONSUMER_ELECTRONICS: "#4299e1",
    CompanyKind.TECHNOLOGY: "#63b3ed",
    CompanyKind.MATERIALS_SUPPLIER: "#2c5282",
    CompanyKind.JOINT_VENTURE: "#553c9a",
    CompanyKind.OTHER: "#90cdf4",
}
"""Company kind -> a shade of the company colour (joint ventures lean violet)."""

EDGE_COLOUR: dict[str, str] = {
    "OWNS_STAKE": "#c53030",
    "SUPPLIES": "#2f855a",
    "PARTNERS_WITH": "#6b46c1",
    "INVESTS_IN": "#975a16",
    "OPERATES": "#dd6b20",
    "LOCATED_IN": "#718096",
    "BUILDS_IN": "#319795",
    "HEADQUARTERED_IN": "#a0aec0",
    "MENTIONS": "#cbd5e0",
}
"""Relationship type -> colour."""

UNLABELLED_TYPES: frozenset[str] = frozenset(
    {"LOCATED_IN", "HEADQUARTERED_IN", "BUILDS_IN", "MENTIONS"}
)
"""Structural edges drawn without a caption (the colour and the legend say what they are)."""

CAPTION_MAX = 30
"""Longer captions are cut with an ellipsis on the canvas (the panel shows them in full)."""

FALLBACK_COLOUR = "#4a5568"
UNCONFIRMED_OPACITY = 0.45
LARGE_GRAPH = 150
"""From this many nodes on, labels shrink and the layout uses the faster settings."""


class LegendEntry(BaseModel):
    """One line of the legend: a swatch and what it means."""

    text: str
    colour: str
    shape: str = Field(description="a vis-network shape, or 'line' / 'dashed' for edges")


class NetworkData(BaseModel):
    """What a page draws: vis-network nodes, edges and options, the legend, and the subgraph
    itself (node and edge properties for the side panel, keyed by id)."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    legend: list[LegendEntry]
    items: Subgraph
    sources: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="source id -> title, publisher, published, url"
    )


def node_colour(node: GraphNode) -> str:
    """The fill colour of a node: its label's colour, a shade per company kind."""
    if node.label == "Company" and node.kind in COMPANY_KIND_COLOUR:
        return COMPANY_KIND_COLOUR[node.kind]
    return NODE_STYLE.get(node.label, (FALLBACK_COLOUR, "dot"))[0]


def node_size(degree: int) -> float:
    """Node radius in pixels: grows with the square root of the degree, capped."""
    return round(min(12 + 6 * math.sqrt(degree), 48), 1)


def node_title(node: GraphNode, degree: int) -> str:
    """The hover text of a node (plain text)."""
    kind = f" · {node.kind}" if node.kind else ""
    return f"{node.name}\n{node.label}{kind} · {degree} connection{'s' if degree != 1 else ''}"


def edge_title(edge: GraphEdge, names: dict[str, str]) -> str:
    """The hover text of an edge (plain text)."""
    status = f"\nstatus: {edge.status}" if edge.status else ""
    return (
        f"{names.get(edge.source, edge.source)} → {names.get(edge.target, edge.target)}\n"
        f"{edge.type}: {edge.caption}{status}"
    )


def short_caption(edge: GraphEdge) -> str | None:
    """The caption drawn on the canvas: none for structural edges, long ones shortened."""
    if edge.type in UNLABELLED_TYPES:
        return None
    text = edge.caption
    return text if len(text) <= CAPTION_MAX else text[: CAPTION_MAX - 1].rstrip() + "…"


def drawable(subgraph: Subgraph) -> Subgraph:
    """`subgraph` with each node and edge id once and only edges whose two ends are nodes
    (a posted subgraph may break either rule; vis-network refuses duplicate ids)."""
    nodes = list({n.id: n for n in reversed(subgraph.nodes)}.values())[::-1]
    ids = {n.id for n in nodes}
    edges: dict[str, GraphEdge] = {}
    for e in subgraph.edges:
        if e.source in ids and e.target in ids:
            edges.setdefault(e.id, e)
    return Subgraph(nodes=nodes, edges=list(edges.values()))


def to_network(subgraph: Subgraph) -> Network:
    """A directed pyvis `Network` for `subgraph`, styled, with vis-network options set."""
    degree: Counter[str] = Counter()
    for e in subgraph.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    large = len(subgraph.nodes) >= LARGE_GRAPH
    net = Network(directed=True, cdn_resources="local")
    names = {n.id: n.name for n in subgraph.nodes}
    for n in subgraph.nodes:
        colour = node_colour(n)
        net.add_node(
            n.id,
            label=n.name,
            shape=NODE_STYLE.get(n.label, (FALLBACK_COLOUR, "dot"))[1],
            color={
                "background": colour,
                "border": "#1a202c",
                "highlight": {"background": "#f6e05e", "border": "#1a202c"},
            },
            size=node_size(degree[n.id]),
            title=node_title(n, degree[n.id]),
            font={"size": 14 if large else 17, "strokeWidth": 4, "strokeColor": "#ffffff"},
            widthConstraint={"maximum": 170},
        )
    # parallel edges between the same two nodes bend apart so their captions do not overlap
    parallel = Counter(frozenset((e.source, e.target)) for e in subgraph.edges)
    seen: defaultdict[frozenset[str], int] = defaultdict(int)
    for e in subgraph.edges:
        pair = frozenset((e.source, e.target))
        k = seen[pair]
        seen[pair] += 1
        colour = EDGE_COLOUR.get(e.type, FALLBACK_COLOUR)
        caption = short_caption(e)
        net.add_edge(
            e.source,
            e.target,
            id=e.id,
            **({"label": caption} if caption else {}),
            title=edge_title(e, names),
            color={
                "color": colour,
                "highlight": colour,
                "opacity": 1.0 if e.confirmed else UNCONFIRMED_OPACITY,
            },
            dashes=not e.confirmed,
            width=2 if e.confirmed else 1.5,
            font={"size": 11 if large else 14, "align": "horizontal", "strokeWidth": 4},
            smooth=edge_curve(e, k, parallel[pair]),
        )
    net.options = network_options(len(subgraph.nodes))  # type: ignore[assignment]
    return net


def edge_curve(edge: GraphEdge, index: int, count: int) -> dict[str, Any]:
    """The bend of the `index`-th of `count` edges between the same two nodes: a single edge
    bends slightly, parallel ones fan out to alternate sides (measured in one fixed direction,
    so edges pointing opposite ways still separate)."""
    if count == 1:
        return {"enabled": True, "type": "curvedCW", "roundness": 0.1}
    side = index % 2 == 0
    if edge.source > edge.target:  # vis bends relative to the edge's own direction
        side = not side
    return {
        "enabled": True,
        "type": "curvedCW" if side else "curvedCCW",
        "roundness": 0.2 + 0.2 * (index // 2),
    }


def network_options(node_count: int) -> dict[str, Any]:
    """vis-network options: a force layout that stabilises before the first draw.

    The page switches physics off once stabilisation is done, so nothing keeps moving.
    """
    large = node_count >= LARGE_GRAPH
    return {
        "autoResize": True,
        "layout": {"improvedLayout": node_count <= 100, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": False,
            "keyboard": False,
            "hideEdgesOnDrag": large,
            "multiselect": False,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90 if large else -120,
                "centralGravity": 0.01,
                "springLength": 70 if large else 120 if node_count >= 12 else 160,
                "springConstant": 0.08,
                "avoidOverlap": 0.8,
                "damping": 0.5,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "stabilization": {
                "enabled": True,
                "iterations": max(600, min(1500, 30_000 // max(node_count, 1))),
                "updateInterval": 50,
                "fit": True,
            },
        },
    }


def legend(subgraph: Subgraph) -> list[LegendEntry]:
    """Legend lines for the node types, company kinds and edge types present in `subgraph`."""
    entries: list[LegendEntry] = []
    labels = {n.label for n in subgraph.nodes}
    kinds = {n.kind for n in subgraph.nodes if n.label == "Company" and n.kind}
    for label, (colour, shape) in NODE_STYLE.items():
        if label not in labels:
            continue
        if label == "Company" and kinds:
            entries += [
                LegendEntry(text=f"Company: {k}", colour=COMPANY_KIND_COLOUR[k], shape=shape)
                for k in COMPANY_KIND_COLOUR
                if k in kinds
            ]
        else:
            entries.append(LegendEntry(text=label, colour=colour, shape=shape))
    types = {e.type for e in subgraph.edges}
    entries += [
        LegendEntry(text=t.lower().replace("_", " "), colour=c, shape="line")
        for t, c in EDGE_COLOUR.items()
        if t in types
    ]
    if any(not e.confirmed for e in subgraph.edges):
        entries.append(
            LegendEntry(
                text="not confirmed (announced, reported, considered…)",
                colour="#718096",
                shape="dashed",
            )
        )
    return entries


def source_ids(subgraph: Subgraph) -> list[str]:
    """Every source id the nodes and edges of `subgraph` cite, sorted."""
    ids: set[str] = set()
    props = [n.properties for n in subgraph.nodes] + [e.properties for e in subgraph.edges]
    for p in props:
        ids.update(str(s) for s in _as_list(p.get("sources")))
        ids.update(source_of_fact(str(f)) for f in _as_list(p.get("fact_ids")))
    return sorted(ids)


def _as_list(value: Any) -> list[Any]:
    """`value` when it is a list, else nothing: a posted subgraph (`/view/render`) may hold
    anything under `sources` or `fact_ids` (a number, true, a string), which cites no source."""
    return value if isinstance(value, list) else []


def network_data(
    subgraph: Subgraph, sources: dict[str, dict[str, Any]] | None = None
) -> NetworkData:
    """Everything a page needs to draw `subgraph` and explain what was clicked."""
    subgraph = drawable(subgraph)
    net = to_network(subgraph)
    return NetworkData(
        nodes=net.nodes,
        edges=net.edges,
        options=net.options,  # type: ignore[arg-type]
        legend=legend(subgraph),
        items=subgraph,
        sources=sources or {},
    )


def script_json(value: Any) -> str:
    """JSON for a `<script type="application/json">` block: `<`, `>` and `&` escaped so that no
    text in the data can close the block or open a tag. `value`: plain JSON values, or a pydantic
    model (serialised by pydantic-core: the same text, faster than `json.dumps` of its dump)."""
    if isinstance(value, BaseModel):
        text = value.model_dump_json()
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
