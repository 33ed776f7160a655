"""A country: the plants in it, the companies building or headquartered there, and whose supply
depends on it.

In: an ISO 3166-1 alpha-2 code. Out: `CountryReport`. A supply depends on a country when it comes
from a plant located there, or when it names no plant and its supplier is headquartered there.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.questions import entities
from graph.questions.facts import (
    Citation,
    EntityRef,
    Relationship,
    citations,
    cited_source_ids,
    entity_ref,
    quotes_by_fact,
    relationship,
    source_metadata,
)
from graph.questions.plants import PlantFilter, PlantOut, list_plants
from graph.questions.sentences import describe


class SupplyDependence(BaseModel):
    """A supply that depends on the country, and why."""

    customer: EntityRef
    supplier: EntityRef
    product: str | None = None
    status: str | None = None
    basis: Literal["plant", "headquarters"] = Field(
        description="plant: supplied from a plant located in the country; headquarters: the "
        "supply names no plant and the supplier is headquartered there"
    )
    plant: str | None = Field(None, description="the plant the supply comes from, if named")
    sentence: str
    sources: list[Citation] = Field(default_factory=list)


class CountryReport(BaseModel):
    """What the graph states about one country."""

    country: EntityRef
    plants: list[PlantOut]
    builders: list[Relationship] = Field(description="companies that build or run plants there")
    headquartered: list[Relationship] = Field(description="companies headquartered there")
    supply_dependence: list[SupplyDependence]
    dependent_companies: list[EntityRef] = Field(
        description="the customers of those supplies, once each"
    )


def country_report(graph: Graph, code: str) -> CountryReport:
    """Plants, builders, headquartered companies and supply dependence of country `code`.

    Raises `EntityNotFound` when no country node has that code.
    """
    me = entities.ref(graph, code.upper(), ("Country",))
    plants = list_plants(graph, PlantFilter(country=me.id)).plants
    companies = [to_plain(r) for r in graph.read("questions/countries/companies", {"id": me.id})]
    deps = [to_plain(r) for r in graph.read("questions/countries/supply_dependence", {"id": me.id})]
    props = [r["props"] for r in companies + deps]
    sources = source_metadata(graph, cited_source_ids(props))
    quotes = quotes_by_fact(props)
    for p in plants:  # a derived BUILDS_IN cites the plant facts: reuse the plants' quotes
        for c in p.sources:
            for fid in c.fact_ids:
                quotes.setdefault(fid, c.evidence)
    rels = {
        t: [
            relationship(
                t,
                r["props"],
                outgoing=False,
                me=me,
                other=entity_ref(r["company"], "Company"),
                sources=sources,
                quotes=quotes,
            )
            for r in companies
            if r["type"] == t
        ]
        for t in ("BUILDS_IN", "HEADQUARTERED_IN")
    }
    dependence = [_dependence(r, sources) for r in deps]
    customers = {d.customer.id: d.customer for d in dependence}
    return CountryReport(
        country=me,
        plants=plants,
        builders=rels["BUILDS_IN"],
        headquartered=rels["HEADQUARTERED_IN"],
        supply_dependence=dependence,
        dependent_companies=[customers[k] for k in sorted(customers)],
    )


def _dependence(r: dict[str, Any], sources: dict[str, dict[str, Any]]) -> SupplyDependence:
    supplier = entity_ref(r["supplier"], "Company")
    customer = entity_ref(r["customer"], "Company")
    props = r["props"]
    return SupplyDependence(
        customer=customer,
        supplier=supplier,
        product=props.get("product"),
        status=props.get("status"),
        basis=r["basis"],
        plant=r.get("plant"),
        sentence=describe("SUPPLIES", props, supplier.name, customer.name),
        sources=citations(props, sources),
    )
