"""`GET /plants` (filtered list) and `GET /plants/capacity` (totals by country and company)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.api.params import AsOf
from app.api.responses import model_json
from app.deps import GraphDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.model import Lifecycle, Status
from graph.questions import entities
from graph.questions.plants import CapacityReport, PlantFilter, PlantList, capacity, list_plants

router = APIRouter(prefix="/plants", tags=["plants"], responses={**NOT_FOUND, **UNAVAILABLE})


def plant_filter(
    graph: GraphDep,
    as_of: AsOf,
    country: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z]{2}$",
            description="ISO 3166-1 alpha-2 code",
            examples=["GB"],
            openapi_examples={"United Kingdom": {"value": "GB"}, "Malaysia": {"value": "MY"}},
        ),
    ] = None,
    company: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="operator id", examples=["catl"]),
    ] = None,
    status: Annotated[Status | None, Query(description="how firmly the plant is stated")] = None,
    lifecycle: Annotated[
        Lifecycle | None,
        Query(description="the plant's phase (apart from how firmly it is stated)"),
    ] = None,
    chemistry: Annotated[str | None, Query(min_length=1, max_length=40, examples=["LFP"])] = None,
    cell_format: Annotated[
        str | None, Query(min_length=1, max_length=40, examples=["32140"])
    ] = None,
    start_year: Annotated[
        int | None, Query(ge=1800, le=2200, description="year production starts (or is to)")
    ] = None,
) -> PlantFilter:
    """The plant filter of the query string; 404 (with suggestions) for an unknown company."""
    if company is not None:
        entities.ref(graph, company, ("Company",))
    return PlantFilter(
        country=country.upper() if country else None,
        company=company,
        status=status.value if status else None,
        lifecycle=lifecycle.value if lifecycle else None,
        chemistry=chemistry,
        cell_format=cell_format,
        start_year=start_year,
        as_of=as_of,
    )


FilterDep = Annotated[PlantFilter, Depends(plant_filter)]


@router.get("", response_model=PlantList)
def plants_route(graph: GraphDep, flt: FilterDep) -> Response:
    """Plants in force on `as_of` (default today) by country, operator, status, life-cycle
    phase, chemistry, cell format and start year, each with its operators, capacity as stated,
    start of production, validity and sources."""
    return model_json(list_plants(graph, flt))


@router.get("/capacity", response_model=CapacityReport)
def capacity_route(graph: GraphDep, flt: FilterDep) -> Response:
    """Stated capacity (GWh) of the plants matching the same filters (in force on `as_of`,
    default today), in all, by country and by operator, with the number of plants whose
    capacity is not stated (never estimated) and of those without any date."""
    return model_json(capacity(graph, flt))
