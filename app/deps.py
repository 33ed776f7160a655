"""FastAPI dependencies: the settings and the connected graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.settings import Settings, get_settings
from graph.db.client import Graph


async def graph_dep(request: Request) -> Graph:
    """The `Graph` the application was started with. (Dependencies that do not block are
    `async`: FastAPI runs a plain `def` one in its thread pool, a hop per request.)"""
    graph: Graph = request.app.state.graph
    return graph


async def settings_dep() -> Settings:
    """The process-wide settings (how routes read them; a test may override this)."""
    return get_settings()


GraphDep = Annotated[Graph, Depends(graph_dep)]
SettingsDep = Annotated[Settings, Depends(settings_dep)]
