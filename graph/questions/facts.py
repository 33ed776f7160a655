"""Facts as the API shows them: entity references, citations and relationships in words.

In: node and relationship properties from the driver (already plain) and the metadata of the
sources they cite. Out: pydantic models (`EntityRef`, `Citation`, `Relationship`) that several
routes share, so every relationship carries its status, dates and sources the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.model import CONFIRMED_STATUSES
from graph.questions.sentences import describe

Props = dict[str, Any]

DATE_FIELDS: tuple[str, ...] = ("announced", "since", "start", "start_of_production", "published")
"""Fuzzy dates the loader flattens into `<f>`, `<f>_precision`, `<f>_target`, `<f>_text`."""

_BOOKKEEPING = frozenset({"kg_hash", "kg_key", "search_keys"})
_CITING = frozenset({"sources", "fact_ids", "evidence"})


class EntityRef(BaseModel):
    """A company, plant, country or source, by id, with its label and display name."""

    id: str = Field(examples=["catl"])
    label: str = Field(examples=["Company"], description="Company, Plant, Country or Source")
    name: str = Field(examples=["CATL"])
    kind: str | None = Field(None, examples=["cell maker"], description="company kind")


class DateInfo(BaseModel):
    """A date as precise as the source gives it; `target` marks a plan ("by the end of 2025")."""

    date: str = Field(examples=["2024-03-11"], description="YYYY, YYYY-MM or YYYY-MM-DD")
    precision: str | None = Field(None, examples=["day"])
    target: bool = False
    text: str | None = Field(None, examples=["by the end of 2025"])


class Citation(BaseModel):
    """A source that states a fact, with the sentence(s) quoted from it."""

    id: str = Field(examples=["catl-baic-xiaomi-beijing-jv"], description="source id")
    title: str | None = Field(
        None, examples=["CATL, BAIC, and Xiaomi to build a battery factory in Beijing"]
    )
    publisher: str | None = Field(None, examples=["energynews.pro"])
    published: str | None = Field(None, description="publication date; null when not printed")
    url: str | None = None
    fact_ids: list[str] = Field(
        default_factory=list, examples=[["catl-baic-xiaomi-beijing-jv#catl-stake-beijing-era"]]
    )
    evidence: list[str] = Field(
        default_factory=list,
        examples=[["CATL will hold a majority stake of 51%"]],
        description="quotes copied verbatim from the source",
    )


class Relationship(BaseModel):
    """One relationship of an entity, seen from that entity."""

    id: str = Field(examples=["OWNS_STAKE:catl>beijing-era-new-energy"])
    type: str = Field(examples=["OWNS_STAKE"])
    direction: Literal["out", "in"] = Field(
        description="out: the entity is the start node; in: the end node"
    )
    other: EntityRef
    sentence: str = Field(examples=["CATL owns 51 % of Beijing Era New Energy Technology Co."])
    status: str | None = Field(None, examples=["announced"])
    confirmed: bool = Field(description="false for reported / considered / denied facts")
    valid_from: str | None = Field(
        None, description="first day the fact is known in effect (YYYY-MM-DD); null if undated"
    )
    dates: dict[str, DateInfo] = Field(default_factory=dict)
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[Citation] = Field(default_factory=list)
    sources_total: int | None = Field(
        None,
        description="how many sources support the relationship, when that is more than "
        "`sources` lists (a derived edge of a hub can rest on thousands)",
    )
    note: str | None = Field(None, description="the curator's note on the fact")


def display_name(props: Props) -> str:
    """The name to show for a node: display name, name, title, else its id."""
    return str(
        props.get("display_name") or props.get("name") or props.get("title") or props.get("id")
    )


def entity_ref(props: Props, label: str) -> EntityRef:
    """An `EntityRef` from a node's plain properties and its label."""
    return EntityRef(
        id=str(props.get("id")), label=label, name=display_name(props), kind=props.get("kind")
    )


def dates_of(props: Props) -> dict[str, DateInfo]:
    """The fuzzy dates of a node or relationship, keyed by field (announced, since, start…)."""
    out: dict[str, DateInfo] = {}
    for f in DATE_FIELDS:
        if props.get(f) is not None:
            out[f] = DateInfo(
                date=str(props[f]),
                precision=props.get(f"{f}_precision"),
                target=bool(props.get(f"{f}_target")),
                text=props.get(f"{f}_text"),
            )
    return out


def plain_properties(props: Props) -> Props:
    """Properties without bookkeeping, citations, status and dates (those have their own fields)."""
    skip = _BOOKKEEPING | _CITING | {"status", "valid_from", "note"}
    date_keys = {f"{f}{s}" for f in DATE_FIELDS for s in ("", "_precision", "_target", "_text")}
    return {k: v for k, v in props.items() if k not in skip and k not in date_keys}


def quotes_by_fact(props_list: Iterable[Props]) -> dict[str, list[str]]:
    """fact id → its quotes, from every relationship or node whose quotes pair with its facts.

    `evidence` lists one quote per fact id when their lengths match; otherwise the pairing is
    unknown and those props add nothing here.
    """
    out: dict[str, list[str]] = defaultdict(list)
    for props in props_list:
        fact_ids, evidence = props.get("fact_ids") or [], props.get("evidence") or []
        if len(fact_ids) == len(evidence):
            for fid, quote in zip(fact_ids, evidence, strict=True):
                if quote not in out[fid]:
                    out[fid].append(quote)
    return out


SOURCE_FIELDS = ("id", "title", "publisher", "published", "url")
"""The fields of a source's metadata, in the order `api/sources_by_ids` lists them."""


def source_metadata(graph: Graph, ids: Iterable[str]) -> dict[str, Props]:
    """Source id → {id, title, publisher, published, url} for `ids` (unknown ids left out)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = graph.read("api/sources_by_ids", {"ids": wanted})
    found = to_plain(rows[0]["sources"]) if rows else []
    return {str(s[0]): dict(zip(SOURCE_FIELDS, s, strict=True)) for s in found}


def cited_source_ids(props_list: Iterable[Props]) -> set[str]:
    """Every source id that the given props cite."""
    return {s for p in props_list for s in (p.get("sources") or [])}


def citations(
    props: Props, sources: dict[str, Props], quotes: dict[str, list[str]] | None = None
) -> list[Citation]:
    """The sources of one fact edge or plant, one `Citation` per source.

    Quotes come from the edge itself when they pair with its fact ids, else from `quotes`
    (fact id → quotes, e.g. the OPERATES edges behind a derived BUILDS_IN); when a source's
    quotes cannot be told apart from another source's, it gets every quote of the edge.
    """
    fact_ids: list[str] = props.get("fact_ids") or []
    evidence: list[str] = props.get("evidence") or []
    own = quotes_by_fact([props])
    known = {**(quotes or {}), **own}
    by_source: dict[str, list[str]] = {s: [] for s in props.get("sources") or []}
    for fid in fact_ids:
        by_source.setdefault(source_of_fact(fid), []).append(fid)
    out = []
    for sid, fids in by_source.items():
        quoted = [q for fid in fids for q in known.get(fid, [])]
        if not quoted and evidence and (len(by_source) == 1 or not own):
            quoted = list(evidence)
        meta = sources.get(sid, {})
        out.append(
            Citation(
                id=sid,
                title=meta.get("title"),
                publisher=meta.get("publisher"),
                published=meta.get("published"),
                url=meta.get("url"),
                fact_ids=fids,
                evidence=list(dict.fromkeys(quoted)),
            )
        )
    return out


def cap_citations(props: Props, most: int) -> tuple[Props, int | None]:
    """`props` of a fact edge citing at most `most` of its sources (the first ones), with its
    fact ids and evidence lists cut to those sources; and the number of sources it had when it
    had more (else None).

    In: relationship properties (`sources`, `fact_ids`, `evidence`, `evidence_facts`,
    `evidence_sources`). Out: a new dict (the input is not changed) and the full count or None.
    """
    srcs: list[str] = props.get("sources") or []
    if len(srcs) <= most:
        return props, None
    return keep_citations({**props, "sources": srcs[:most]}), len(srcs)


def keep_citations(props: Props) -> Props:
    """`props` whose `sources` list was cut (here or by the query), with the fact ids and the
    evidence lists cut to the facts and quotes of the sources it still lists (a new dict)."""
    keep = set(props.get("sources") or [])
    out = dict(props)
    fids: list[str] = props.get("fact_ids") or []
    evidence: list[str] = props.get("evidence") or []
    if len(fids) == len(evidence):  # one quote per fact: keep the pairs of kept sources
        pairs = [(f, q) for f, q in zip(fids, evidence, strict=True) if source_of_fact(f) in keep]
        out["evidence"] = [q for _, q in pairs]
    out["fact_ids"] = [f for f in fids if source_of_fact(f) in keep]
    in_step = [props.get(k) or [] for k in ("evidence_facts", "evidence_sources")]
    if len(in_step[0]) == len(in_step[1]):
        kept = [(f, s) for f, s in zip(*in_step, strict=True) if s in keep]
        out["evidence_facts"] = [f for f, _ in kept]
        out["evidence_sources"] = [s for _, s in kept]
    return out


def source_of_fact(fact_id: str) -> str:
    """The source id of a global fact id (`<source-id>#<fact-id>`)."""
    return fact_id.split("#", 1)[0]


def relationship(
    rel_type: str,
    props: Props,
    *,
    outgoing: bool,
    me: EntityRef,
    other: EntityRef,
    sources: dict[str, Props],
    quotes: dict[str, list[str]] | None = None,
    sources_total: int | None = None,
) -> Relationship:
    """A relationship of entity `me` to `other`, in words, with its dates and citations
    (`sources_total`: how many sources it has when `props` cites only some of them)."""
    start, end = (me, other) if outgoing else (other, me)
    status = props.get("status")
    return Relationship(
        id=str(props.get("kg_key") or f"{rel_type}:{start.id}>{end.id}"),
        type=rel_type,
        direction="out" if outgoing else "in",
        other=other,
        sentence=describe(rel_type, props, start.name, end.name),
        status=status,
        confirmed=status is None or status in CONFIRMED_STATUSES,
        valid_from=props.get("valid_from"),
        dates=dates_of(props),
        properties=plain_properties(props),
        sources=citations(props, sources, quotes),
        sources_total=sources_total,
        note=props.get("note"),
    )
