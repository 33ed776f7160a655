"""`GET /countries/{code}`: plants and companies in a country, and whose supply depends on it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.questions.countries import CountryReport, country_report

router = APIRouter(prefix="/countries", tags=["countries"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/{code}", response_model=CountryReport)
def country_route(
    graph: GraphDep,
    code: Annotated[
        str,
        Path(
            pattern=r"^[A-Za-z]{2}$",
            description="ISO 3166-1 alpha-2 code",
            examples=["GB"],
            openapi_examples={"United Kingdom": {"value": "GB"}, "United States": {"value": "US"}},
        ),
    ],
) -> Response:
    """The plants in a country (with statuses), the companies building or headquartered there,
    and the supplies that depend on it (from a plant there, or from a supplier based there)."""
    return model_json(country_report(graph, code))
