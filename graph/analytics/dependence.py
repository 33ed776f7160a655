"""Dependence: where a buyer's cells come from, by supplier and by country, and how concentrated.

Each SUPPLIES fact into the buyer is one unit of supply (equal weights: the curated facts carry no
volumes; when every fact into the buyer has a numeric `volume`, volumes are the weights instead).
A fact's country comes, in this order of preference, from
1. the plant the fact names ("named plant");
2. the plants the supplier operates (OPERATES → LOCATED_IN), split equally between them
   ("supplier's plants"), leaving out a plant whose own fact is not confirmed or whose start of
   production is after the supply began (`since`, else `start`, else `valid_from`): it cannot
   be where that supply comes from (such plants are listed as `plants_left_out`);
3. the supplier's headquarters country ("supplier headquarters").
The concentration index is the Herfindahl–Hirschman index over supplier shares in percent
(0 to 10,000; one supplier = 10,000, two equal suppliers = 5,000). A fact counts as not confirmed
when its status, or the status of the plant it names, is not in `CONFIRMED_STATUSES`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

import networkx as nx
from pydantic import BaseModel, Field

from graph.analytics.networks import is_company, name_of, plants_of
from graph.model import is_confirmed

Basis = Literal["named plant", "supplier's plants", "supplier headquarters", "unknown"]
"""How a supply fact's country was found (see the module docstring)."""


class SupplyFact(BaseModel):
    """One SUPPLIES fact into the buyer, with the countries its share is split over."""

    key: str = Field(examples=["SUPPLIES:cbak-energy>anker-innovations:lfp-cells"])
    supplier: str = Field(examples=["cbak-energy"])
    supplier_name: str = Field(examples=["CBAK Energy"])
    product: str | None = None
    status: str | None = Field(None, examples=["confirmed"])
    confirmed: bool = Field(description="the fact and any plant it names are confirmed")
    plant: str | None = Field(None, description="the supplying plant the fact names")
    weight: float = Field(description="the fact's share of the buyer's supply (0..1)")
    basis: Basis
    countries: dict[str, float] = Field(description="country → share of this fact (sums to 1)")
    plants_left_out: list[str] = Field(
        default_factory=list,
        description="the supplier's plants not counted: not confirmed, or producing only later",
    )


class SupplierShare(BaseModel):
    """A supplier's share of the buyer's supply."""

    supplier: str = Field(examples=["cbak-energy"])
    name: str = Field(examples=["CBAK Energy"])
    share: float = Field(description="0..1")
    facts: int = Field(description="SUPPLIES facts from this supplier")


class CountryShare(BaseModel):
    """A country's share of the buyer's supply, and on what basis it was attributed."""

    country: str = Field(examples=["MY"])
    share: float = Field(description="0..1")
    basis: list[Basis] = Field(description="the bases of the facts that put supply here")


class DependenceReport(BaseModel):
    """Where a buyer's cells come from."""

    buyer: str = Field(examples=["anker-innovations"])
    name: str = Field(examples=["Anker Innovations"])
    weighting: Literal["equal per supply fact", "volume"]
    by_supplier: list[SupplierShare]
    by_country: list[CountryShare]
    hhi: float | None = Field(
        None, description="Herfindahl–Hirschman index of supplier shares, 0..10000; null = none"
    )
    unconfirmed_share: float = Field(description="share resting on facts not confirmed (0..1)")
    facts: list[SupplyFact]


def hhi(shares: Iterable[float]) -> float:
    """Herfindahl–Hirschman index of shares given as fractions (0..1): sum of (100·share)²."""
    return sum((100.0 * s) ** 2 for s in shares)


class Origin(NamedTuple):
    """Where one supply fact's cells come from."""

    basis: Basis
    countries: dict[str, float]
    """country → fraction of the fact (fractions sum to 1; empty for basis "unknown")"""
    left_out: list[str]
    """the supplier's plants that cannot be the source (not confirmed, or started later)"""


def first_day(date: str | None) -> str | None:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date can denote, as YYYY-MM-DD."""
    if not date:
        return None
    parts = str(date).split("-") + ["01", "01"]
    return "-".join(parts[:3])


def supply_began(data: dict[str, Any]) -> str | None:
    """The first day a supply fact is in effect: its `since`, else `start`, else `valid_from`."""
    return first_day(data.get("since") or data.get("start") or data.get("valid_from"))


def could_supply(proj: nx.MultiDiGraph, plant: str, began: str | None) -> bool:
    """True when `plant` may be the source of a supply that began on `began` (or undated).

    False when the plant's own fact is not confirmed, or its start of production (stated or
    targeted) is after `began`.
    """
    node = proj.nodes[plant]
    if not is_confirmed(node.get("status")):
        return False
    sop = first_day(node.get("start_of_production"))
    return sop is None or began is None or sop <= began


def fact_origin(
    proj: nx.MultiDiGraph, supplier: str, plant: str | None, began: str | None = None
) -> Origin:
    """Where one supply fact's cells come from (see the module docstring for the order).

    In: the projection, the supplier, the plant the fact names (or None) and the day the supply
    began (or None). Out: an `Origin`.
    """
    if plant and plant in proj and proj.nodes[plant].get("country"):
        return Origin("named plant", {str(proj.nodes[plant]["country"]): 1.0}, [])
    located = [p for p in plants_of(proj, supplier) if proj.nodes[p].get("country")]
    usable = [p for p in located if could_supply(proj, p, began)]
    left_out = [p for p in located if p not in usable]
    if usable:
        split: dict[str, float] = defaultdict(float)
        for p in usable:
            split[str(proj.nodes[p]["country"])] += 1.0 / len(usable)
        return Origin("supplier's plants", dict(split), left_out)
    hq = proj.nodes[supplier].get("country")
    if hq:
        return Origin("supplier headquarters", {str(hq): 1.0}, left_out)
    return Origin("unknown", {}, left_out)


def supply_facts(proj: nx.MultiDiGraph, buyer: str) -> list[tuple[str, str, dict[str, Any]]]:
    """The SUPPLIES facts into `buyer` as (key, supplier, edge data), sorted by key."""
    if buyer not in proj:
        return []
    found = [
        (str(k), str(u), d)
        for u, _, k, d in proj.in_edges(buyer, keys=True, data=True)
        if d.get("type") == "SUPPLIES"
    ]
    return sorted(found, key=lambda f: f[0])


def fact_weights(facts: list[tuple[str, str, dict[str, Any]]]) -> tuple[str, list[float]]:
    """The weighting used and each fact's share (sums to 1): volumes if all have one, else equal."""
    volumes = [d.get("volume") for _, _, d in facts]
    if facts and all(isinstance(v, int | float) and v > 0 for v in volumes):
        total = float(sum(v for v in volumes if isinstance(v, int | float)))
        return "volume", [float(v) / total for v in volumes if isinstance(v, int | float)]
    return "equal per supply fact", [1.0 / len(facts) for _ in facts]


def dependence(proj: nx.MultiDiGraph, buyer: str) -> DependenceReport:
    """Where `buyer`'s cells come from: shares by supplier and by country, HHI, unconfirmed share.

    In: a projection and the id of a company in it (KeyError otherwise). Out: a
    `DependenceReport`; all lists are empty and `hhi` is null when no supply into it is known.
    """
    if buyer not in proj or not is_company(proj, buyer):
        raise KeyError(buyer)
    raw = supply_facts(proj, buyer)
    weighting, weights = fact_weights(raw)
    facts = [
        _one_fact(proj, key, sup, data, w) for (key, sup, data), w in zip(raw, weights, strict=True)
    ]
    suppliers = _by_supplier(facts)
    return DependenceReport(
        buyer=buyer,
        name=name_of(proj, buyer),
        weighting=weighting,  # type: ignore[arg-type]
        by_supplier=suppliers,
        by_country=_by_country(facts),
        hhi=hhi(s.share for s in suppliers) if suppliers else None,
        unconfirmed_share=sum(f.weight for f in facts if not f.confirmed),
        facts=facts,
    )


def _one_fact(
    proj: nx.MultiDiGraph, key: str, supplier: str, data: dict[str, Any], weight: float
) -> SupplyFact:
    plant = data.get("plant") if data.get("plant") in proj else None
    origin = fact_origin(proj, supplier, plant, supply_began(data))
    plant_ok = plant is None or is_confirmed(proj.nodes[plant].get("status"))
    return SupplyFact(
        key=key,
        supplier=supplier,
        supplier_name=name_of(proj, supplier),
        product=data.get("product"),
        status=data.get("status"),
        confirmed=bool(data.get("confirmed", True)) and plant_ok,
        plant=plant,
        weight=weight,
        basis=origin.basis,
        countries=origin.countries,
        plants_left_out=origin.left_out,
    )


def _by_supplier(facts: list[SupplyFact]) -> list[SupplierShare]:
    shares: dict[str, SupplierShare] = {}
    for f in facts:
        s = shares.setdefault(
            f.supplier, SupplierShare(supplier=f.supplier, name=f.supplier_name, share=0, facts=0)
        )
        s.share += f.weight
        s.facts += 1
    return sorted(shares.values(), key=lambda s: (-s.share, s.supplier))


def _by_country(facts: list[SupplyFact]) -> list[CountryShare]:
    shares: dict[str, float] = defaultdict(float)
    bases: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for country, part in f.countries.items():
            shares[country] += f.weight * part
            bases[country].add(f.basis)
    return [
        CountryShare(country=c, share=shares[c], basis=sorted(bases[c]))  # type: ignore[arg-type]
        for c in sorted(shares, key=lambda c: (-shares[c], c))
    ]
