"""Who owns a company or plant and what a company holds: direct and effective (indirect) stakes.

In: an entity id, the hop bound and an optional "as of" date (default today). Out:
`OwnershipReport`. Chains of OWNS_STAKE in force on that day come from the database
(`questions/ownership/owner_chains`, `holding_chains`); an effective stake multiplies the
percentages along a chain and adds up the chains between the same two parties. A stated total
below 100 % is reported as such: the rest is never attributed to anyone. A stake that changed is
one OWNS_STAKE edge per version (owner, owned, percent): the answer gives the version in force
and, in `history`, every version (`questions/ownership/stake_versions`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.model import Status, is_confirmed
from graph.questions import entities
from graph.questions.facts import (
    Citation,
    EntityRef,
    Validity,
    as_of_day,
    citations,
    cited_source_ids,
    source_metadata,
    string_list,
    validity,
)
from graph.questions.sentences import describe

CHAIN_LIMIT = 1000
"""The most chains of stakes read per direction."""


class StakeVersion(BaseModel):
    """One version of a stake (owner, owned, percent) and when it is in force."""

    id: str = Field(examples=["O:catl>beijing-era-new-energy"], description="the edge's key")
    percent: float | None = Field(None, examples=[51.0])
    status: str | None = Field(None, examples=["announced"])
    confirmed: bool
    validity: Validity
    supersedes: list[str] = Field(default_factory=list, description="fact ids it replaces")
    superseded_by: list[str] = Field(
        default_factory=list, description="fact ids of the later versions that ended it"
    )
    fact_ids: list[str] = Field(default_factory=list, description="the facts that state it")


class Stake(BaseModel):
    """A direct stake: `owner` holds `percent` of `owned` (null when the source gives none),
    the version in force on the answer's day, with every version of it in `history`."""

    owner: EntityRef
    owned: EntityRef
    percent: float | None = Field(examples=[51.0])
    percent_stated: bool
    status: str | None = Field(None, examples=["announced"])
    confirmed: bool = Field(description="true only for status confirmed")
    valid_from: str | None = None
    validity: Validity
    superseded_by: list[str] = Field(
        default_factory=list, description="fact ids of the later versions that end this one"
    )
    sentence: str = Field(examples=["CATL owns 51 % of Beijing Era New Energy Technology Co."])
    sources: list[Citation] = Field(default_factory=list)
    history: list[StakeVersion] = Field(
        default_factory=list,
        description="every version of this owner's stake in the owned entity, oldest first "
        "(this one included; each with `validity.in_force` on the answer's day)",
    )


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
    as_of: str = Field(
        examples=["2025-06-30"], description="the day answered for (YYYY-MM-DD; default today)"
    )
    undated: int = Field(
        0,
        description="stakes in the answer that have no date at all (included, flagged "
        "`validity.date_unknown`)",
    )
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
    """Direct and effective owners and holdings of a company or plant, in force on `as_of`
    (default today; facts without a date included and counted).

    Raises `EntityNotFound` when no company or plant has the id.
    """
    me = entities.ref(graph, entity_id, ("Company", "Plant"))
    day = as_of_day(as_of)
    params = {"id": entity_id, "max_hops": max_hops, "as_of": day, "limit": CHAIN_LIMIT}
    up = [to_plain(r) for r in graph.read("questions/ownership/owner_chains", params)]
    down = (
        [to_plain(r) for r in graph.read("questions/ownership/holding_chains", params)]
        if me.label == "Company"
        else []
    )
    direct = [r for r in up + down if len(r["rels"]) == 1]
    history = _versions(graph, direct, day)
    sources = source_metadata(graph, cited_source_ids(p for row in up + down for p in row["rels"]))
    owners = _by_percent([_stake(r, sources, day, history) for r in up if len(r["rels"]) == 1])
    holdings = _by_percent([_stake(r, sources, day, history) for r in down if len(r["rels"]) == 1])
    total, note = _total(owners)
    used = {_key(p): p for row in up + down for p in row["rels"]}
    return OwnershipReport(
        entity=me,
        as_of=day,
        undated=sum(1 for p in used.values() if p.get("valid_from") is None),
        owners=owners,
        stated_total_percent=total,
        total_note=note,
        holdings=holdings,
        effective_owners=_effective(up, key=0),
        effective_holdings=_effective(down, key=-1),
    )


def _ref(n: dict[str, Any]) -> EntityRef:
    return EntityRef(id=n["id"], label=n["label"], name=n["name"] or n["id"], kind=n.get("kind"))


def _key(props: dict[str, Any]) -> str:
    """A stake edge's key (its id in the answer)."""
    return str(props.get("kg_key") or id(props))


def _versions(
    graph: Graph, direct: list[dict[str, Any]], day: str
) -> dict[tuple[str, str], list[StakeVersion]]:
    """(owner id, owned id) → every version of that stake, oldest first, for the direct stakes
    of the answer."""
    pairs = sorted({(r["nodes"][0]["id"], r["nodes"][1]["id"]) for r in direct})
    if not pairs:
        return {}
    rows = graph.read(
        "questions/ownership/stake_versions",
        {"pairs": [{"owner": a, "owned": b} for a, b in pairs]},
    )
    out: dict[tuple[str, str], list[StakeVersion]] = {}
    for row in (to_plain(r) for r in rows):
        props = row["props"]
        out.setdefault((row["owner"], row["owned"]), []).append(
            StakeVersion(
                id=_key(props),
                percent=props.get("percent"),
                status=props.get("status"),
                confirmed=is_confirmed(props.get("status")),
                validity=validity(props, day),
                supersedes=string_list(props.get("supersedes")),
                superseded_by=string_list(props.get("superseded_by")),
                fact_ids=string_list(props.get("fact_ids")),
            )
        )
    return out


def _stake(
    row: dict[str, Any],
    sources: dict[str, dict[str, Any]],
    day: str,
    history: dict[tuple[str, str], list[StakeVersion]],
) -> Stake:
    owner, owned = _ref(row["nodes"][0]), _ref(row["nodes"][1])
    props = row["rels"][0]
    status = props.get("status")
    return Stake(
        owner=owner,
        owned=owned,
        percent=props.get("percent"),
        percent_stated=bool(props.get("percent_stated", props.get("percent") is not None)),
        status=status,
        confirmed=is_confirmed(status),
        valid_from=props.get("valid_from"),
        validity=validity(props, day),
        superseded_by=string_list(props.get("superseded_by")),
        sentence=describe("OWNS_STAKE", props, owner.name, owned.name),
        sources=citations(props, sources),
        history=history.get((owner.id, owned.id), []),
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
