"""The FastAPI application: routes, error handlers, and the graph it answers from."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI

from app.api.router import api_router
from app.api_docs import install_api_docs
from app.errors import install_error_handlers
from app.settings import get_settings
from app.views.routes import router as views_router
from graph.db.client import Graph


def create_app(graph: Graph | None = None) -> FastAPI:
    """Build the service. With `graph` None, it connects per the settings when it starts
    (and stops the Neo4j it started, if any, when it stops). The start reads the settings once
    (`get_settings()`); routes get them through `SettingsDep`."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings = get_settings()
        to_thread.current_default_thread_limiter().total_tokens = settings.api_threads
        if graph is not None:
            app.state.graph = graph
            freeze_startup_heap()
            yield
            return
        from graph.db.connection import open_graph

        with open_graph(settings) as opened:
            app.state.graph = opened
            freeze_startup_heap()
            yield

    app = FastAPI(
        title="Battery industry knowledge graph",
        summary="Who owns, supplies, partners with and builds battery plants for whom, where "
        "and since when; every edge traced to the sentence it came from.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # /docs comes from install_api_docs (no CDN); no /redoc (see there)
        redoc_url=None,
    )
    install_error_handlers(app)
    install_api_docs(app)
    app.include_router(api_router)
    app.include_router(views_router)
    return app


def freeze_startup_heap() -> None:
    """Put every object alive once the service has started (modules, routes, pydantic's
    validators) out of the cyclic garbage collector's reach (`gc.freeze`).

    Under load a full collection walked them all with the GIL held, and every request in flight
    waited for it; frozen, they are never walked again (figures: BENCHMARKS.md, "Measurements
    behind choices in the code").
    """
    gc.collect()
    gc.freeze()
