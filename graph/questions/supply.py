"""A company's supply chain: its suppliers (up) or customers (down), tier by tier, with products.

In: a company id, the direction, the number of tiers (bounded by the caller), optional statuses
and "as of" date (default today: the supplies in force that day, undated ones included and
counted). Out: `SupplyChain`. Each tier is one named query over the companies found at the
tier before (`questions/supply/suppliers_of` / `customers_of`), so the work grows with what is
found, not with the size of the graph.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.model import is_confirmed
from graph.questions import entities
from graph.questions.facts import (
    Citation,
    DateInfo,
    EntityRef,
    Validity,
    as_of_day,
    citations,
    cited_source_ids,
    dates_of,
    entity_ref,
    source_metadata,
    undated,
    validity,
)
from graph.questions.sentences import describe

Direction = Literal["up", "down"]
"""up: suppliers, suppliers' suppliers…; down: customers, customers' customers…"""

HARD_MAX_TIERS = 10
"""The most tiers anyone may ask for, the hop bound of the path and ownership queries too
(`KG_MAX_HOPS` may set a lower bound, not a higher one)."""


class Volume(BaseModel):
    """A quantity a year as the source states it."""

    value: float = Field(examples=[10])
    unit: str = Field(examples=["GWh"], description="GWh, MWh, t or kt")
    per: str = Field("year", examples=["year"])
    qualifier: str | None = Field(None, examples=["up to"])
    scope: str | None = None


class SupplyLink(BaseModel):
    """One supply relationship found at `tier` (1 = direct)."""

    tier: int
    supplier: EntityRef
    customer: EntityRef
    product: str | None = Field(None, examples=["LFP cylindrical battery cells (model 32140)"])
    chemistry: str | None = Field(None, examples=["LFP"])
    cell_formats: list[str] = Field(default_factory=list, examples=[["32140"]])
    plant: str | None = Field(None, description="the plant the supply comes from, if named")
    tier_of_product: str | None = Field(
        None, examples=["cell"], description="where the product sits from mine to vehicle"
    )
    volume: Volume | None = Field(None, description="the contract's volume a year, as stated")
    status: str | None = None
    confirmed: bool = Field(description="true only for status confirmed")
    valid_from: str | None = None
    validity: Validity
    dates: dict[str, DateInfo] = Field(default_factory=dict)
    sentence: str
    sources: list[Citation] = Field(default_factory=list)


class TierCompany(BaseModel):
    """A company of the chain and the tier where it first appears."""

    company: EntityRef
    tier: int


class SupplyChain(BaseModel):
    """Suppliers or customers of a company, up to a number of tiers."""

    company: EntityRef
    direction: Direction
    tiers: int
    as_of: str = Field(
        examples=["2025-06-30"], description="the day answered for (YYYY-MM-DD; default today)"
    )
    undated: int = Field(
        0, description="supplies in the answer without any date (flagged `validity.date_unknown`)"
    )
    statuses: list[str] | None = None
    companies: list[TierCompany] = Field(description="every supplier (or customer) found, by tier")
    links: list[SupplyLink]


def supply_chain(
    graph: Graph,
    company_id: str,
    direction: Direction,
    tiers: int,
    statuses: list[str] | None = None,
    as_of: str | None = None,
) -> SupplyChain:
    """Suppliers (`up`) or customers (`down`) of a company, tier by tier up to `tiers`.

    Raises `EntityNotFound` when no company has the id.
    """
    me = entities.ref(graph, company_id, ("Company",))
    day = as_of_day(as_of)
    query = (
        "questions/supply/suppliers_of" if direction == "up" else "questions/supply/customers_of"
    )
    far_end = "supplier" if direction == "up" else "customer"
    seen: dict[str, int] = {me.id: 0}
    frontier = [me.id]
    found: list[tuple[int, dict[str, Any]]] = []
    keys: set[str] = set()
    for tier in range(1, tiers + 1):
        if not frontier:
            break
        rows = graph.read(query, {"ids": frontier, "statuses": statuses, "as_of": day})
        frontier = []
        for row in (to_plain(r) for r in rows):
            key = str(row["props"].get("kg_key"))
            if key in keys:
                continue
            keys.add(key)
            found.append((tier, row))
            other = row[far_end]["id"]
            if other not in seen:
                seen[other] = tier
                frontier.append(other)
    sources = source_metadata(graph, cited_source_ids(r["props"] for _, r in found))
    links = [_link(tier, row, sources, day) for tier, row in found]
    refs = {ref.id: ref for link in links for ref in (link.supplier, link.customer)}
    companies = [
        TierCompany(company=refs[cid], tier=t) for cid, t in seen.items() if t > 0 and cid in refs
    ]
    return SupplyChain(
        company=me,
        direction=direction,
        tiers=tiers,
        as_of=day,
        undated=undated(row["props"] for _, row in found),
        statuses=statuses,
        companies=sorted(companies, key=lambda c: (c.tier, c.company.id)),
        links=links,
    )


def _volume(p: dict[str, Any]) -> Volume | None:
    if p.get("volume_value") is None:
        return None
    return Volume(
        value=p["volume_value"],
        unit=p["volume_unit"],
        per=p.get("volume_per", "year"),
        qualifier=p.get("volume_qualifier"),
        scope=p.get("volume_scope"),
    )


def _link(
    tier: int, row: dict[str, Any], sources: dict[str, dict[str, Any]], day: str
) -> SupplyLink:
    supplier = entity_ref(row["supplier"], "Company")
    customer = entity_ref(row["customer"], "Company")
    p = row["props"]
    status = p.get("status")
    return SupplyLink(
        tier=tier,
        supplier=supplier,
        customer=customer,
        product=p.get("product"),
        chemistry=p.get("chemistry"),
        cell_formats=p.get("cell_formats") or [],
        plant=p.get("plant"),
        tier_of_product=p.get("tier"),
        volume=_volume(p),
        status=status,
        confirmed=is_confirmed(status),
        valid_from=p.get("valid_from"),
        validity=validity(p, day),
        dates=dates_of(p),
        sentence=describe("SUPPLIES", p, supplier.name, customer.name),
        sources=citations(p, sources),
    )
