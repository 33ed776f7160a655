"""Response models shared by several routes."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DatabaseInfo(BaseModel):
    """Which database the service talks to."""

    backend: str = Field(examples=["Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)"])
    uri: str = Field(examples=["bolt://127.0.0.1:41234"])
    embedded: bool
    database: str | None = Field(None, examples=["kg"])


class Health(BaseModel):
    """The service is up, its database answers, and how big the graph is."""

    status: str = Field(examples=["ok"])
    database: DatabaseInfo
    nodes: dict[str, int] = Field(examples=[{"Company": 12, "Plant": 6}])
    relationships: dict[str, int] = Field(examples=[{"OWNS_STAKE": 4}])
