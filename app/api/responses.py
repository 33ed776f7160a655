"""The JSON body of an API answer: its response model, serialized once, by pydantic.

A route that returns a model leaves FastAPI to turn it into a dict, validate that dict against
the response model again (in its thread pool) and encode the result, several times slower than
`model_dump_json` on a large answer (BENCHMARKS.md, "Measurements behind choices in the code").
The models are built and validated by the graph layer already. Routes keep `response_model=` for
their OpenAPI schema.
"""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def model_json(model: BaseModel) -> Response:
    """`model` as an `application/json` response (field names as in the schema)."""
    return Response(model.model_dump_json(by_alias=True), media_type="application/json")
