"""Battery plants: filtered lists, and capacity totals by country and by company.

In: `PlantFilter` (country, operator, status, life-cycle phase, chemistry, cell format, start
year, as of). Out: `PlantOut` rows and `CapacityReport`, for the plants in force on the as-of day
(default today: a closed or cancelled plant is gone from its end on; plants without any date are
included and counted in `undated`). Capacities are added up only where the sources state them;
plants without a stated capacity are counted, never estimated. A plant's `status` says how firmly
the source states it; its `lifecycle` says what phase it is in (planned, under construction…).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.model import is_confirmed
from graph.questions.facts import (
    Citation,
    DateInfo,
    EntityRef,
    Validity,
    as_of_day,
    citations,
    cited_source_ids,
    dates_of,
    lifecycle_since,
    source_metadata,
    undated,
    validity,
)

PLANT_LIMIT = 1000
"""The most plants one list returns."""
COMPANY_LIMIT = 200
"""The most operators a capacity report lists (those with the most stated capacity)."""


class PlantFilter(BaseModel):
    """Which plants to take (None = any)."""

    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code, e.g. GB")
    company: str | None = Field(None, description="operator id, e.g. catl")
    status: str | None = Field(None, examples=["under consideration"])
    lifecycle: str | None = Field(None, examples=["under construction"])
    chemistry: str | None = Field(None, examples=["LFP"])
    cell_format: str | None = Field(None, examples=["32140"])
    start_year: int | None = Field(None, examples=[2025])
    as_of: str | None = Field(None, description="YYYY-MM-DD; the answer says which day it used")

    def params(self) -> dict[str, Any]:
        """The query parameters of the `questions/plants/*` files (`as_of`: the day, default
        today)."""
        return {
            "country": self.country,
            "company": self.company,
            "status": self.status,
            "lifecycle": self.lifecycle,
            "chemistry": self.chemistry,
            "cell_format": self.cell_format,
            "start_year": str(self.start_year) if self.start_year is not None else None,
            "as_of": as_of_day(self.as_of),
        }


class Operator(EntityRef):
    """A company operating the plant, with the status of that fact."""

    status: str | None = None


class Capacity(BaseModel):
    """A capacity as the source states it, and in GWh."""

    value: float = Field(examples=[12])
    unit: str | None = Field(None, examples=["GWh"])
    per: str | None = Field(None, examples=["year"])
    scope: str | None = Field(None, examples=["first phase"])
    gwh: float | None = Field(None, examples=[12])


class PlantOut(BaseModel):
    """A plant with where it is, who runs it, how firmly it is stated and its sources."""

    id: str = Field(examples=["aesc-sunderland-plant-2"])
    name: str = Field(examples=["Envision AESC Sunderland plant 2"])
    country: str | None = Field(None, examples=["GB"])
    region: str | None = Field(None, examples=["Sunderland"])
    status: str | None = Field(
        None, examples=["confirmed"], description="how firmly the source states the plant"
    )
    confirmed: bool = Field(description="true only for status confirmed")
    lifecycle: str | None = Field(
        None,
        examples=["under construction"],
        description="the plant's phase (planned, under construction, in production, expanding, "
        "idled, closed, cancelled), apart from how certain the fact is (`status`)",
    )
    lifecycle_since: DateInfo | None = Field(None, description="when that phase began")
    chemistry: str | None = Field(None, examples=["LFP"])
    cell_formats: list[str] = Field(default_factory=list, examples=[["32140", "40135"]])
    capacity: Capacity | None = None
    phase: str | None = None
    start_of_production: DateInfo | None = None
    valid_from: str | None = None
    validity: Validity
    operators: list[Operator] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list)


class PlantList(BaseModel):
    """Plants matching a filter."""

    count: int
    truncated: bool = Field(description=f"true when more than {PLANT_LIMIT} plants match")
    as_of: str = Field(
        examples=["2025-06-30"], description="the day answered for (YYYY-MM-DD; default today)"
    )
    undated: int = Field(0, description="plants listed that have no date at all")
    filters: PlantFilter
    plants: list[PlantOut]


class CapacityRow(BaseModel):
    """Stated capacity of one country's or one company's plants."""

    id: str = Field(examples=["GB"])
    name: str = Field(examples=["United Kingdom"])
    gwh: float | None = Field(None, description="sum of stated capacities; null if none stated")
    plants_with_capacity: int
    plants_without_capacity: int
    undated: int = Field(0, description="plants counted that have no date at all")


class CapacityReport(BaseModel):
    """Capacity totals where the sources state a capacity."""

    filters: PlantFilter
    as_of: str = Field(
        examples=["2025-06-30"], description="the day answered for (YYYY-MM-DD; default today)"
    )
    undated: int = Field(0, description="plants counted that have no date at all")
    total_gwh: float | None
    plants_with_capacity: int
    plants_without_capacity: int
    by_country: list[CapacityRow]
    by_company: list[CapacityRow] = Field(
        description=f"the (at most {COMPANY_LIMIT}) operators with the most stated capacity"
    )
    note: str = Field(
        examples=["capacities as stated (some are a first phase); plants without one are counted"]
    )


def list_plants(graph: Graph, flt: PlantFilter) -> PlantList:
    """The plants matching `flt` in force on its day (default today), by country then id, each
    with operators and sources."""
    day = as_of_day(flt.as_of)
    rows = graph.read("questions/plants/list", {**flt.params(), "limit": PLANT_LIMIT + 1})
    truncated = len(rows) > PLANT_LIMIT
    rows = rows[:PLANT_LIMIT]
    sources = source_metadata(graph, cited_source_ids(r["plant"] for r in rows))
    plants = [plant_out(r["plant"], r["operators"], sources, day) for r in rows]
    return PlantList(
        count=len(plants),
        truncated=truncated,
        as_of=day,
        undated=undated(r["plant"] for r in rows),
        filters=flt,
        plants=plants,
    )


def plant_out(
    p: dict[str, Any],
    operators: list[dict[str, Any] | None],
    sources: dict[str, dict[str, Any]],
    day: str | None = None,
) -> PlantOut:
    """A `PlantOut` from a plant's properties, its operator rows and the sources' metadata
    (`validity` on `day`, default today)."""
    status = p.get("status")
    capacity = (
        Capacity(
            value=p["capacity_value"],
            unit=p.get("capacity_unit"),
            per=p.get("capacity_per"),
            scope=p.get("capacity_scope"),
            gwh=p.get("capacity_gwh"),
        )
        if p.get("capacity_value") is not None
        else None
    )
    return PlantOut(
        id=p["id"],
        name=p.get("name") or p["id"],
        country=p.get("country"),
        region=p.get("region"),
        status=status,
        confirmed=is_confirmed(status),
        lifecycle=p.get("lifecycle"),
        lifecycle_since=lifecycle_since(p),
        chemistry=p.get("chemistry"),
        cell_formats=p.get("cell_formats") or [],
        capacity=capacity,
        phase=p.get("phase"),
        start_of_production=dates_of(p).get("start_of_production"),
        valid_from=p.get("valid_from"),
        validity=validity(p, as_of_day(day)),
        operators=[
            Operator(label="Company", **{k: o.get(k) for k in ("id", "name", "kind", "status")})
            for o in operators
            if o
        ],
        sources=citations(p, sources),
    )


def capacity(graph: Graph, flt: PlantFilter) -> CapacityReport:
    """Stated capacity of the plants matching `flt` in force on its day (default today), in
    all, by country and by operator."""
    params = flt.params()
    by_country = [_row(r) for r in graph.read("questions/plants/capacity_by_country", params)]
    by_company = [
        _row(r)
        for r in graph.read(
            "questions/plants/capacity_by_company", {**params, "limit": COMPANY_LIMIT}
        )
    ]
    known = sum(r.plants_with_capacity for r in by_country)
    total = sum(r.gwh or 0 for r in by_country)
    return CapacityReport(
        filters=flt,
        as_of=params["as_of"],
        undated=sum(r.undated for r in by_country),
        total_gwh=total if known else None,
        plants_with_capacity=known,
        plants_without_capacity=sum(r.plants_without_capacity for r in by_country),
        by_country=by_country,
        by_company=by_company,
        note="Capacities are added up as the sources state them (a capacity may be a first "
        "phase only: see each plant's capacity scope); plants without a stated capacity are "
        "counted, not estimated.",
    )


def _row(r: dict[str, Any]) -> CapacityRow:
    known = int(r["plants_with_capacity"])
    return CapacityRow(
        id=r["id"],
        name=r["name"] or r["id"],
        gwh=float(r["gwh"]) if known else None,
        plants_with_capacity=known,
        plants_without_capacity=int(r["plants_without_capacity"]),
        undated=int(r.get("undated") or 0),
    )
