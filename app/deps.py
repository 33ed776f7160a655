"""FastAPI dependencies: the settings and the connected graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.db import Graph
from graph.settings import Settings, get_settings


def graph_dep(request: Request) -> Graph:
    """The `Graph` the application was started with."""
    graph: Graph = request.app.state.graph
    return graph


GraphDep = Annotated[Graph, Depends(graph_dep)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
