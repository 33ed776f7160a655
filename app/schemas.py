"""Request and response models shared by several routes, and the API docs' Cypher examples."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator

from app.browser_params import browser_params
from graph.db import queries


class DatabaseInfo(BaseModel):
    """Which database the service talks to."""

    backend: str = Field(examples=["Neo4j/5.26.30"])
    uri: str = Field(examples=["bolt://127.0.0.1:17687"])
    managed: bool = Field(description="true when the project started this Neo4j itself")
    database: str | None = Field(None, examples=["neo4j"])


class Health(BaseModel):
    """The service is up, its database answers, and how big the graph is."""

    status: str = Field(examples=["ok"])
    database: DatabaseInfo
    nodes: dict[str, int] = Field(
        examples=[{"Company": 12, "Plant": 6}], description="nodes per label the last load wrote"
    )
    relationships: dict[str, int] = Field(
        examples=[{"OWNS_STAKE": 4}], description="relationships per type the last load wrote"
    )


class NotFound(BaseModel):
    """No entity has the id asked for; `suggestions` are the nearest ids."""

    detail: str = Field(examples=["no entity with id 'xiaomi'"])
    suggestions: list[str] = Field(default_factory=list, examples=[["xiaomi-auto"]])


class Problem(BaseModel):
    """A request the service refuses or cannot answer, and why."""

    detail: str = Field(examples=["the database is unreachable; the service retries"])


NOT_FOUND: dict[int | str, dict[str, object]] = {
    404: {"model": NotFound, "description": "No entity has that id (nearest ids suggested)"}
}
UNAVAILABLE: dict[int | str, dict[str, object]] = {
    503: {"model": Problem, "description": "The database is unreachable"}
}


MAX_PARAM_DEPTH = 32
"""Deepest nesting of lists and maps a Cypher request's params may have (deeper: 422)."""


def cypher_example(name: str) -> dict[str, Any]:
    """A `CypherRequest` body from an example file (`cypher/examples/`): its statement without
    the comment lines and the parameters its `// :param` lines set (as Neo4j Browser reads them)."""
    return {"query": queries.statement(name), "params": browser_params(queries.get(name))}


OWNERS_EXAMPLE = cypher_example("examples/owns_stake")
"""The joint venture's owners: the example of `CypherRequest` and the first of `POST /cypher`."""


class CypherRequest(BaseModel):
    """A read-only Cypher statement and its parameters."""

    query: str = Field(
        min_length=1,
        max_length=20_000,
        examples=[OWNERS_EXAMPLE["query"]],
    )
    params: dict[str, Any] = Field(
        default_factory=dict,
        examples=[OWNERS_EXAMPLE["params"]],
        description=f"lists and maps nest at most {MAX_PARAM_DEPTH} levels (params is level 1)",
    )
    timeout_seconds: float | None = Field(
        None, gt=0, le=600, description="a shorter time limit than the service's own, if wanted"
    )

    @field_validator("params")
    @classmethod
    def _not_too_deep(cls, params: dict[str, Any]) -> dict[str, Any]:
        if nesting_depth(params) > MAX_PARAM_DEPTH:
            raise ValueError(f"params nest lists or maps more than {MAX_PARAM_DEPTH} levels deep")
        return params


def nesting_depth(value: Any) -> int:
    """How deeply lists and maps nest in `value` (a scalar 0, [1] 1, {"a": [1]} 2); iterative,
    so any depth the JSON parser accepts is measured without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth + 1)
            stack.extend((v, depth + 1) for v in item)
    return deepest


class LoadInfo(BaseModel):
    """The last `kg load`: when, and how much it loaded."""

    at: str | None = Field(None, examples=["2025-11-22T19:16:22+00:00"])
    files: int | None = Field(None, examples=[4])
    nodes: int | None = Field(None, examples=[26])
    relationships: int | None = Field(None, examples=[65])


class Stats(BaseModel):
    """Size of the graph: nodes by label, relationships by type, sources, last load."""

    nodes: dict[str, int] = Field(examples=[{"Company": 12, "Plant": 6}])
    relationships: dict[str, int] = Field(examples=[{"OWNS_STAKE": 4}])
    sources: int = Field(examples=[3])
    facts: int = Field(examples=[22], description="facts stated by the sources, in all")
    last_load: LoadInfo | None = Field(None, description="null before the first load")
