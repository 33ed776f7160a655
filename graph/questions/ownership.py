"""Who owns a company or plant and what a company holds: direct and effective (indirect) stakes.

In: an entity id, the hop bound and an optional "as of" date. Out: `OwnershipReport`. Chains of
OWNS_STAKE come from the database (`api/ownership/*`); an effective stake multiplies the percentages
along a chain and adds up the chains between the same two parties. A stated total below 100 % is
reported as such: the rest is never attributed to anyone.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.model import Status
from graph.questions import entities
from graph.questions.facts import (
    Citation,
    EntityRef,
    citations,
    cited_source_ids,
    source_metadata,
)
from graph.questions.sentences import describe

CHAIN_LIMIT = 1000
"""The most chains of stakes read per direction."""


class Stake(BaseModel):
    """A direct stake: `owner` holds `percent` of `owned` (null when the source gives none)."""

    owner: EntityRef
    owned: EntityRef
    percent: float | None = Field(examples=[51.0])
    percent_stated: bool
    status: str | None = Field(None, examples=["announced"])
    valid_from: str | None = None
    sentence: str = Field(examples=["CATL owns 51 % of Beijing Era New Energy Technology Co."])
    sources: list[Citation] = Field(default_factory=list)


class Chain(BaseModel):
    """A chain of stakes from an owner down to an owned entity, with its product."""

    path: list[EntityRef]
    percent: float | None = Field(description="product along the chain; null if a % is missing")
    hops: list[str] = Field(description="each stake in words")


class EffectiveStake(BaseModel):
    """What `owner` holds of `owned` through every chain between them, direct ones included."""

    owner: EntityRef
    owned: EntityRef
    percent: float | None = Field(
        description="sum over the chains of the product of their percentages; null if none known"
    )
    complete: bool = Field(description="false when some chain has a stake without a percentage")
    chains: list[Chain]


class OwnershipReport(BaseModel):
    """Owners and holdings of an entity, direct and effective."""

    entity: EntityRef
    as_of: str | None = None
    owners: list[Stake] = Field(description="direct stakes in the entity")
    stated_total_percent: float | None = Field(
        None, examples=[95.0], description="sum of the owners' stated percentages (denied left out)"
    )
    total_note: str | None = Field(
        None, examples=["the stakes stated add up to 95 %; the holder of the rest is not stated"]
    )
    holdings: list[Stake] = Field(description="direct stakes the entity holds")
    effective_owners: list[EffectiveStake]
    effective_holdings: list[EffectiveStake]


def ownership(
    graph: Graph, entity_id: str, max_hops: int, as_of: str | None = None
) -> OwnershipReport:
    """Direct and effective owners and holdings of a company or plant.

    Raises `EntityNotFound` when no company or plant has the id.
    """
    me = entities.ref(graph, entity_id, ("Company", "Plant"))
    params = {"id": entity_id, "max_hops": max_hops, "as_of": as_of, "limit": CHAIN_LIMIT}
    up = graph.read("api/ownership/owner_chains", params)
    down = graph.read("api/ownership/holding_chains", params) if me.label == "Company" else []
    sources = source_metadata(graph, cited_source_ids(p for row in up + down for p in row["rels"]))
    owners = _by_percent([_stake(r, sources) for r in up if len(r["rels"]) == 1])
    holdings = _by_percent([_stake(r, sources) for r in down if len(r["rels"]) == 1])
    total, note = _total(owners)
    return OwnershipReport(
        entity=me,
        as_of=as_of,
        owners=owners,
        stated_total_percent=total,
        total_note=note,
        holdings=holdings,
        effective_owners=_effective(up, key=0),
        effective_holdings=_effective(down, key=-1),
    )


def _ref(n: dict[str, Any]) -> EntityRef:
    return EntityRef(id=n["id"], label=n["label"], name=n["name"] or n["id"], kind=n.get("kind"))


def _stake(row: dict[str, Any], sources: dict[str, dict[str, Any]]) -> Stake:
    owner, owned = _ref(row["nodes"][0]), _ref(row["nodes"][1])
    props = row["rels"][0]
    return Stake(
        owner=owner,
        owned=owned,
        percent=props.get("percent"),
        percent_stated=bool(props.get("percent_stated", props.get("percent") is not None)),
        status=props.get("status"),
        valid_from=props.get("valid_from"),
        sentence=describe("OWNS_STAKE", props, owner.name, owned.name),
        sources=citations(props, sources),
    )


def _by_percent(stakes: list[Stake]) -> list[Stake]:
    return sorted(stakes, key=lambda s: (-(s.percent or -1.0), s.owner.id, s.owned.id))


def _total(owners: list[Stake]) -> tuple[float | None, str | None]:
    """The stated total of the owners' stakes and what it leaves unsaid."""
    counted = [s for s in owners if s.status != Status.DENIED.value]
    known = [s.percent for s in counted if s.percent is not None]
    if not known:
        return None, ("no percentage is stated" if counted else None)
    total = round(sum(known), 6)
    unknown = len(counted) - len(known)
    parts = []
    if total < 100:
        parts.append(
            f"the stakes stated add up to {total:g} %; the holder of the rest is not stated"
        )
    if unknown:
        parts.append(f"{unknown} stake(s) without a stated percentage")
    return total, "; ".join(parts) or None


def _effective(rows: list[dict[str, Any]], key: int) -> list[EffectiveStake]:
    """Group chains by the party at `key` (0 = owner at the top, -1 = owned at the bottom)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if any(p.get("status") == Status.DENIED.value for p in row["rels"]):
            continue
        groups.setdefault(row["nodes"][key]["id"], []).append(row)
    out = []
    for chains_rows in groups.values():
        chains = [_chain(r) for r in chains_rows]
        known = [c.percent for c in chains if c.percent is not None]
        first = chains_rows[0]["nodes"]
        out.append(
            EffectiveStake(
                owner=_ref(first[0]),
                owned=_ref(first[-1]),
                percent=round(sum(known), 6) if known else None,
                complete=len(known) == len(chains),
                chains=chains,
            )
        )
    return sorted(out, key=lambda e: (-(e.percent or -1.0), e.owner.id, e.owned.id))


def _chain(row: dict[str, Any]) -> Chain:
    path = [_ref(n) for n in row["nodes"]]
    product: float | None = 100.0
    for p in row["rels"]:
        pct = p.get("percent")
        product = None if product is None or pct is None else product * pct / 100
    hops = [
        describe("OWNS_STAKE", p, path[i].name, path[i + 1].name) for i, p in enumerate(row["rels"])
    ]
    return Chain(path=path, percent=round(product, 6) if product is not None else None, hops=hops)
