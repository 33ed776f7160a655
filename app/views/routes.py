"""HTML pages: home, entity, path, country and Cypher views.

Each page gets its data from the same `graph/` functions as the JSON API, turns it into
vis-network data with `app.views.render`, and embeds it as inert JSON that `static/kg.js` draws.
The entity view's controls reload the page with new query parameters (bookmarkable views).
"""

from __future__ import annotations

from typing import Annotated, Any, cast
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.deps import GraphDep, SettingsDep
from app.views.data import overview, source_details
from app.views.pages import (
    STATIC,
    CachedStatic,
    countries,
    drawing,
    message,
    neighbourhood_api_url,
    page,
    parse_date,
    resolve,
    view_url,
)
from app.views.render import NetworkData, network_data
from graph.db import queries
from graph.errors import InvalidQuestion
from graph.model import FACT_REL_TYPES, REL_TYPES, Status
from graph.questions import entities
from graph.questions.countries import country_report
from graph.questions.entities import EntityNotFound
from graph.questions.facts import entity_ref
from graph.questions.neighbourhood import neighbourhood
from graph.questions.paths import DEFAULT_MAX_HOPS, HARD_MAX_HOPS, VIAS, Via, shortest_paths
from graph.questions.search import GOOD_SCORE, search
from graph.questions.stats import counts
from graph.questions.subgraph import Subgraph

router = APIRouter(include_in_schema=False)
router.mount(
    "/static",
    # vis-network.min.js / .css come from pyvis's own package folder (nothing downloaded)
    CachedStatic(directory=STATIC, packages=[("pyvis", "templates/lib/vis-9.1.2")]),
    name="static",
)

COUNTRY_TYPES = ["LOCATED_IN", "OPERATES"]
"""A country view walks from the country to its plants and on to their operators."""

CONSOLE_EXAMPLE = "examples/owners_graph"
"""The statement the Cypher console opens with (the owners of the Beijing joint venture, drawn)."""

RENDER_LIMIT = 10
"""`/view/render` styles at most this many times `view_max_nodes` nodes (and 4x as many edges)."""


def whole_number(text: str) -> int:
    """`text` as a whole number when it is one written in ASCII digits ("12"), else 0 (so "²",
    "٣", "-1" or "1.5" fail a range check instead of raising)."""
    return int(text) if text.isascii() and text.isdecimal() else 0


@router.get("/", response_class=HTMLResponse)
def home(graph: GraphDep, settings: SettingsDep) -> HTMLResponse:
    """The start page: search, counts, links, and the whole graph when it is small enough."""
    nodes, rels = counts(graph)
    total = sum(n for label, n in nodes.items() if label != "Source")
    too_big = total > settings.view_max_nodes
    whole = None if too_big else overview(graph, total)
    return page(
        "home.html",
        title="Battery industry graph",
        node_counts=nodes,
        rel_counts=rels,
        total_nodes=total,
        max_nodes=settings.view_max_nodes,
        too_big=too_big,
        countries=countries(graph),
        graph_json=drawing(graph, whole) if whole else None,
    )


@router.get("/view/find", response_class=HTMLResponse)
def find(graph: GraphDep, q: str = "") -> Response:
    """The search form without script: go to the best match, or say that nothing matched."""
    try:
        hits = search(graph, q, limit=5).results if q.strip() else []
    except InvalidQuestion:
        hits = []
    if hits and (hits[0].score >= GOOD_SCORE or len(hits) == 1):
        return RedirectResponse(view_url(hits[0]), status_code=303)
    text = f"Nothing in the graph is called {q!r}." if q.strip() else "Type a name to search."
    return message(graph, "Search", text, 404 if q.strip() else 200, q=q)


@router.get("/view/entity/{entity_id}", response_class=HTMLResponse)
def entity_view(
    graph: GraphDep,
    settings: SettingsDep,
    entity_id: Annotated[str, PathParam(max_length=200)],
    depth: str = "1",
    types: Annotated[list[str] | None, Query()] = None,
    status: Annotated[list[str] | None, Query()] = None,
    as_of: str = "",
) -> Response:
    """The neighbourhood of one entity, with controls for depth, edge types, statuses and an
    "as of" date (default today; each change reloads the page with the new query)."""
    try:
        node, label = entities.find(graph, entity_id)
    except EntityNotFound:
        return message(
            graph,
            "Not found",
            f"Nothing in the graph has the id {entity_id!r}.",
            404,
            q=entity_id,
        )
    if label == "Country":
        return RedirectResponse(f"/view/country/{quote(entity_id)}", status_code=303)
    all_statuses = [s.value for s in Status]
    wanted_types = types or list(FACT_REL_TYPES)
    wanted_status = status or all_statuses
    when = parse_date(as_of) if as_of else None
    problems = [f"unknown edge type {t!r}" for t in wanted_types if t not in REL_TYPES]
    problems += [f"unknown status {s!r}" for s in wanted_status if s not in all_statuses]
    hops = whole_number(depth)
    if not 1 <= hops <= settings.max_depth:
        problems.append(f"depth must be a whole number from 1 to {settings.max_depth}")
    if as_of and not when:
        problems.append(f"as of {as_of!r} is not a date (YYYY-MM-DD)")
    if problems:
        return message(graph, "Bad request", "; ".join(problems), 400, error=True)
    around = neighbourhood(
        graph,
        entity_id,
        hops,
        wanted_types,
        None if set(wanted_status) == set(all_statuses) else wanted_status,
        when,
        settings.view_max_nodes,
    )
    ref = entity_ref(node, label)
    return page(
        "entity.html",
        title=ref.name,
        entity=ref,
        depth=hops,
        depths=range(1, settings.max_depth + 1),
        rel_types=REL_TYPES,
        types=wanted_types,
        statuses=all_statuses,
        status=wanted_status,
        as_of=when,
        day=around.as_of,
        undated=around.undated,
        plant_status=node.get("status") if label == "Plant" else None,
        lifecycle=node.get("lifecycle"),
        lifecycle_since=node.get("lifecycle_since"),
        truncated=around.truncated,
        max_nodes=settings.view_max_nodes,
        api_url=neighbourhood_api_url(around, settings.view_max_nodes, when),
        graph_json=drawing(graph, around),
    )


@router.get("/view/country/{code}", response_class=HTMLResponse)
def country_view(
    graph: GraphDep, settings: SettingsDep, code: Annotated[str, PathParam(max_length=200)]
) -> HTMLResponse:
    """The plants in a country and the companies operating them, with the country's report
    (plant statuses, capacities, builders, supply that depends on it)."""
    try:
        report = country_report(graph, code)
    except EntityNotFound:
        return message(
            graph, "Not found", f"No country in the graph has the code {code!r}.", 404, q=code
        )
    around = neighbourhood(
        graph, report.country.id, 2, COUNTRY_TYPES, max_nodes=settings.view_max_nodes
    )
    return page(
        "country.html",
        title=report.country.name,
        country=report.country,
        report=report,
        truncated=around.truncated,
        max_nodes=settings.view_max_nodes,
        graph_json=drawing(graph, around),
    )


@router.get("/view/path", response_class=HTMLResponse)
def path_view(
    graph: GraphDep,
    settings: SettingsDep,
    from_: Annotated[str, Query(alias="from", max_length=200)] = "",
    to: Annotated[str, Query(max_length=200)] = "",
    via: str = "all",
    max_hops: str = str(DEFAULT_MAX_HOPS),
    all: str = "",
    as_of: str = "",
) -> HTMLResponse:
    """The shortest connection(s) between two entities (ids or names), each hop labelled, over
    the facts in force on the "as of" date (default today)."""
    limit = min(settings.max_hops, HARD_MAX_HOPS)
    when = parse_date(as_of) if as_of else None
    form: dict[str, Any] = {
        "from_": from_,
        "to": to,
        "via": via,
        "vias": VIAS,
        "max_hops": max_hops,
        "hop_choices": range(1, limit + 1),
        "all": bool(all),
        "as_of": when,
        "title": "Path",
    }
    if not from_.strip() or not to.strip():
        return page("path.html", **form)
    hops = whole_number(max_hops)
    if via not in VIAS or not 1 <= hops <= limit:
        text = f"via must be one of {', '.join(VIAS)} and max hops between 1 and {limit}"
        return page("path.html", status_code=400, message=text, error=True, **form)
    if as_of and not when:
        text = f"as of {as_of!r} is not a date (YYYY-MM-DD)"
        return page("path.html", status_code=400, message=text, error=True, **form)
    ends = []
    for text in (from_, to):
        ref = resolve(graph, text)
        if ref is None:
            return message(graph, "Path", f"Nothing in the graph is called {text!r}.", 404, q=text)
        ends.append(ref)
    try:
        report = shortest_paths(
            graph, ends[0].id, ends[1].id, cast(Via, via), hops, bool(all), when
        )
    except InvalidQuestion as exc:
        return page("path.html", status_code=400, message=str(exc), error=True, **form)
    return page(
        "path.html",
        **{**form, "title": f"Path: {report.from_.name} → {report.to.name}"},
        report=report,
        message=report.message,
        graph_json=drawing(graph, report.graph) if report.found else None,
    )


@router.get("/view/cypher", response_class=HTMLResponse)
def cypher_view(
    settings: SettingsDep, query: Annotated[str, Query(max_length=10_000)] = ""
) -> HTMLResponse:
    """A console for read-only Cypher: the page posts the statement to the API's `/cypher`
    route and draws the answer as a graph and a table."""
    return page(
        "cypher.html",
        title="Cypher",
        query=query or queries.statement(CONSOLE_EXAMPLE),
        row_cap=settings.cypher_row_cap,
        status="Run a statement to see its result.",
    )


@router.post("/view/render", response_model=NetworkData)
def render(subgraph: Subgraph, graph: GraphDep, settings: SettingsDep) -> NetworkData:
    """Style a subgraph (e.g. a Cypher result) for drawing; the sources it cites are looked up.
    Duplicate ids and edges whose ends are missing are dropped; too big a subgraph is a 413."""
    most = RENDER_LIMIT * settings.view_max_nodes
    if len(subgraph.nodes) > most or len(subgraph.edges) > 4 * most:
        raise HTTPException(413, f"too big to draw: at most {most} nodes and {4 * most} edges")
    return network_data(subgraph, source_details(graph, subgraph))
