"""Rendering helpers for the HTML views: the Jinja2 environment (autoescaped), the page response
with its security headers, static files with cache headers, the embedded network data, and the
small lookups several pages share (suggestions, resolving a typed name, URLs)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from app.views.data import source_details
from app.views.render import network_data, script_json
from graph.db.client import Graph
from graph.errors import InvalidQuestion
from graph.model import ENTITY_LABELS
from graph.questions import entities
from graph.questions.entities import EntityNotFound
from graph.questions.facts import EntityRef
from graph.questions.neighbourhood import Neighbourhood
from graph.questions.search import SearchHit, search
from graph.questions.subgraph import Subgraph

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
"""Pages load scripts only from this service and run no inline script."""

API = {"search": "/search", "cypher": "/cypher"}
"""The JSON API routes the page scripts call."""


class CachedStatic(StaticFiles):
    """Static files with a Cache-Control header: vis-network (pinned with pyvis) is cached for a
    week; the project's own script and stylesheet are revalidated (ETag) on every load."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        """The file at `path`, with its Cache-Control header."""
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            long = path.startswith("vis-network")
            response.headers["Cache-Control"] = (
                "public, max-age=604800, immutable" if long else "no-cache"
            )
        return response


_env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


class Suggestion(BaseModel):
    """A link offered on a not-found page."""

    url: str
    name: str
    what: str


def page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render `template` with `context` into an HTML response with the page security headers."""
    html = _env.get_template(template).render(
        api=API, page=template.removesuffix(".html"), **context
    )
    return HTMLResponse(
        html,
        status_code=status_code,
        headers={
            "Content-Security-Policy": CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )


def drawing(graph: Graph, subgraph: Subgraph) -> str:
    """`subgraph` styled for vis-network, with its sources, as JSON for a
    `<script type="application/json">` block."""
    data = network_data(subgraph, source_details(graph, subgraph))
    return script_json(data)


def view_url(hit: SearchHit | EntityRef) -> str:
    """The view of a search hit or entity: country view for countries, entity view otherwise."""
    kind = "country" if hit.label == "Country" else "entity"
    return f"/view/{kind}/{hit.id}"


def suggestions(graph: Graph, text: str) -> list[Suggestion]:
    """Up to five entities whose names look like `text`, as links to their views."""
    try:
        hits = search(graph, text.replace("-", " "), limit=5).results
    except InvalidQuestion:
        return []
    return [
        Suggestion(url=view_url(h), name=h.name, what=" · ".join(filter(None, [h.label, h.kind])))
        for h in hits
    ]


def message(
    graph: Graph, title: str, text: str, status_code: int, q: str = "", error: bool = False
) -> HTMLResponse:
    """A page that explains a problem (not found, bad input), with suggestions for `q`."""
    return page(
        "message.html",
        status_code=status_code,
        title=title,
        message=text,
        error=error,
        q=q,
        suggestions=suggestions(graph, q) if q else [],
    )


def neighbourhood_api_url(around: Neighbourhood, max_nodes: int, as_of: str | None) -> str:
    """The API request that answers the same neighbourhood (shown on the page as a link);
    `as_of` only when the page was asked for a day (else the link answers for its own today)."""
    params: list[tuple[str, str]] = [("depth", str(around.depth))]
    params += [("types", t) for t in around.types]
    params += [("status", s) for s in around.statuses or []]
    params += [("as_of", as_of)] if as_of else []
    params.append(("limit", str(max_nodes)))
    return f"/entities/{quote(around.center)}/neighbourhood?{urlencode(params)}"


def resolve(graph: Graph, text: str) -> EntityRef | None:
    """The entity an id or a name denotes (its `EntityRef`), or None when nothing is like it."""
    try:
        return entities.ref(graph, text.strip(), ENTITY_LABELS)
    except EntityNotFound:
        pass
    try:
        hits = search(graph, text, limit=1).results
    except InvalidQuestion:
        return None
    return entities.ref(graph, hits[0].id, ENTITY_LABELS) if hits else None


class CountryLink(BaseModel):
    """A country the home page links to its country view."""

    id: str
    name: str


def countries(graph: Graph) -> list[CountryLink]:
    """Every country in the graph, by name (a small query: the list is there even when the
    whole graph is too big to draw)."""
    return [
        CountryLink(id=str(row["id"]), name=str(row["name"]))
        for row in graph.read("views/pages/countries")
    ]


def parse_date(text: str) -> str | None:
    """`text` as YYYY-MM-DD when it is a real date, else None."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None
