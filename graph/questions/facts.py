"""Facts as the API shows them: entity references, citations and relationships in words.

In: node and relationship properties from the driver (already plain) and the metadata of the
sources they cite. Out: pydantic models (`EntityRef`, `Citation`, `Validity`, `Relationship`) that
several routes share, so every relationship carries its status, dates, validity and sources the
same way.

Time: a fact is in force on day D when `valid_from` <= D < `valid_until` (either may be absent;
data/README.md "Time: when a fact is in force"). Every as-of answer is for one day, `as_of_day`
(the day asked for, else today), and includes the facts without any date, flagged
`date_unknown` and counted (`undated`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.model import BOOKKEEPING_PROPS, is_confirmed
from graph.questions.sentences import describe

Props = dict[str, Any]

DATE_FIELDS: tuple[str, ...] = ("announced", "since", "start", "start_of_production", "published")
"""Fuzzy dates the loader flattens into `<f>`, `<f>_precision`, `<f>_target`, `<f>_text`."""

_CITING = frozenset({"sources", "fact_ids", "evidence", "evidence_facts", "evidence_sources"})

DATED_REL_TYPES: frozenset[str] = frozenset(
    {"OWNS_STAKE", "SUPPLIES", "PARTNERS_WITH", "INVESTS_IN", "OPERATES", "LOCATED_IN", "BUILDS_IN"}
)
"""Relationship types whose facts have a time (`valid_from`, `valid_until`); Plant nodes too.
HEADQUARTERED_IN and MENTIONS have none: they are always in force and never undated."""

VALIDITY_PROPS: frozenset[str] = frozenset(
    {
        f"{f}{s}"
        for f in ("valid_from", "valid_until")
        for s in ("", "_precision", "_target", "_text", "_basis")
    }
    | {"ended", "superseded_by", "supersedes", "basis"}
)
"""The properties the loader writes for a fact's time and basis (shown as `validity`, `basis`,
`superseded_by`, `supersedes`)."""

LIFECYCLE_PROPS: frozenset[str] = frozenset(
    {"lifecycle", *(f"lifecycle_since{s}" for s in ("", "_precision", "_target", "_text"))}
)
"""A plant's life-cycle phase and when it began (shown as `lifecycle`, `lifecycle_since`)."""


def as_of_day(as_of: str | None) -> str:
    """The day an as-of answer is for (YYYY-MM-DD): `as_of` when given, else today. Every
    question that answers "as of" a date decides it here. Today is UTC's, as Neo4j's `date()`
    in the Browser library."""
    return as_of or datetime.now(UTC).date().isoformat()


def in_force(props: Props, day: str) -> bool:
    """Whether the fact (relationship or plant properties) is in force on `day` (YYYY-MM-DD):
    `valid_from` absent or on or before it, and `valid_until` absent or after it. The Cypher
    files say the same: `(r.valid_from IS NULL OR r.valid_from <= $as_of) AND
    (r.valid_until IS NULL OR $as_of < r.valid_until)`."""
    start, end = props.get("valid_from"), props.get("valid_until")
    return (start is None or str(start) <= day) and (end is None or day < str(end))


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


class ValidityDate(BaseModel):
    """One end of a fact's time in force: the first day of the period the source gives."""

    date: str = Field(examples=["2025-06-01"], description="YYYY-MM-DD: the first day")
    precision: str | None = Field(
        None, examples=["month"], description="day, month, quarter or year: what the source gives"
    )
    target: bool = Field(False, description="true for a plan or target, not a fact yet")
    text: str | None = Field(None, examples=["by the end of the first quarter of 2026"])
    basis: str | None = Field(
        None,
        examples=["fact"],
        description="fact: the fact's own date; source: the source's publication date; "
        "superseded (an end): where a later version of the fact begins",
    )


class Validity(BaseModel):
    """When a fact is in force (`valid_from` <= day < `valid_until`) and whether it is on the
    answer's `as_of` day."""

    valid_from: ValidityDate | None = Field(
        None, description="the first day in force; null when the fact has no date at all"
    )
    valid_until: ValidityDate | None = Field(
        None, description="the first day no longer in force; null while open-ended"
    )
    ended: bool = Field(False, description="true when a source says the fact has ended")
    date_unknown: bool = Field(
        False,
        description="true when the fact has no date at all: every as-of answer includes it "
        "(and counts it in `undated`)",
    )
    in_force: bool = Field(description="in force on the answer's as_of day")


def _validity_date(props: Props, field: str) -> ValidityDate | None:
    day = props.get(field)
    if day is None:
        return None
    return ValidityDate(
        date=str(day),
        precision=props.get(f"{field}_precision"),
        target=bool(props.get(f"{field}_target")),
        text=props.get(f"{field}_text"),
        basis=props.get(f"{field}_basis"),
    )


def validity(props: Props, day: str, dated: bool = True) -> Validity:
    """The `Validity` of a fact's properties on `day`; `dated`: whether facts of its kind have a
    time (False for HEADQUARTERED_IN and MENTIONS: never `date_unknown`)."""
    return Validity(
        valid_from=_validity_date(props, "valid_from"),
        valid_until=_validity_date(props, "valid_until"),
        ended=bool(props.get("ended")),
        date_unknown=dated and props.get("valid_from") is None,
        in_force=in_force(props, day),
    )


def undated(props_list: Iterable[Props]) -> int:
    """How many of the facts have no date at all (`valid_from` absent)."""
    return sum(1 for p in props_list if p.get("valid_from") is None)


def string_list(value: Any) -> list[str]:
    """A list property as a list of strings (absent: empty)."""
    return [str(v) for v in value] if isinstance(value, list) else []


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

    id: str = Field(examples=["OWNS_STAKE:catl>beijing-era-new-energy@51"])
    type: str = Field(examples=["OWNS_STAKE"])
    direction: Literal["out", "in"] = Field(
        description="out: the entity is the start node; in: the end node"
    )
    other: EntityRef
    sentence: str = Field(examples=["CATL owns 51 % of Beijing Era New Energy Technology Co."])
    status: str | None = Field(None, examples=["announced"])
    confirmed: bool = Field(
        description="true only for status confirmed (announced, reported, considered and denied "
        "facts are not)"
    )
    valid_from: str | None = Field(
        None, description="first day the fact is in force (YYYY-MM-DD); null if undated"
    )
    validity: Validity
    basis: str = Field(
        "source",
        examples=["source"],
        description="source: stated by the sources listed; curator: stated by the curator from "
        "general knowledge, no source (a headquarters country no article prints)",
    )
    supersedes: list[str] = Field(
        default_factory=list, description="fact ids of the earlier versions this one replaces"
    )
    superseded_by: list[str] = Field(
        default_factory=list, description="fact ids of the later versions that ended this one"
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


def lifecycle_since(props: Props) -> DateInfo | None:
    """When a plant's life-cycle phase began, as the source gives it (None when not stated)."""
    since = props.get("lifecycle_since")
    if since is None:
        return None
    return DateInfo(
        date=str(since),
        precision=props.get("lifecycle_since_precision"),
        target=bool(props.get("lifecycle_since_target")),
        text=props.get("lifecycle_since_text"),
    )


def plain_properties(props: Props) -> Props:
    """Properties without bookkeeping, citations, status, dates, validity and life cycle (those
    have their own fields)."""
    skip = BOOKKEEPING_PROPS | _CITING | VALIDITY_PROPS | LIFECYCLE_PROPS | {"status", "note"}
    date_keys = {f"{f}{s}" for f in DATE_FIELDS for s in ("", "_precision", "_target", "_text")}
    return {k: v for k, v in props.items() if k not in skip and k not in date_keys}


def quotes_by_fact(props_list: Iterable[Props]) -> dict[str, list[str]]:
    """fact id → its quotes, from every relationship or node whose quotes pair with its facts.

    `evidence_facts` names the fact of each quote of `evidence` when their lengths match; else
    `evidence` lists one quote per fact id when their lengths match; otherwise the pairing is
    unknown and those props add nothing here.
    """
    out: dict[str, list[str]] = defaultdict(list)
    for props in props_list:
        evidence = props.get("evidence") or []
        fact_ids = props.get("evidence_facts") or []
        if len(fact_ids) != len(evidence):
            fact_ids = props.get("fact_ids") or []
        if len(fact_ids) == len(evidence):
            for fid, quote in zip(fact_ids, evidence, strict=True):
                if quote not in out[fid]:
                    out[fid].append(quote)
    return out


SOURCE_FIELDS = ("id", "title", "publisher", "published", "url")
"""The fields of a source's metadata, in the order `questions/facts/sources_by_ids` lists them."""


def source_metadata(graph: Graph, ids: Iterable[str]) -> dict[str, Props]:
    """Source id → {id, title, publisher, published, url} for `ids` (unknown ids left out)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = graph.read("questions/facts/sources_by_ids", {"ids": wanted})
    found = to_plain(rows[0]["sources"]) if rows else []
    return {str(s[0]): dict(zip(SOURCE_FIELDS, s, strict=True)) for s in found}


def cited_source_ids(props_list: Iterable[Props]) -> set[str]:
    """Every source id that the given props cite."""
    return {s for p in props_list for s in (p.get("sources") or [])}


def citations(
    props: Props, sources: dict[str, Props], quotes: dict[str, list[str]] | None = None
) -> list[Citation]:
    """The sources of one fact edge, plant or company, one `Citation` per source.

    Quotes come from the item itself: by `evidence_sources` (the source of each quote) when it
    pairs with `evidence`, else by fact when they pair with its facts; else from `quotes` (fact
    id → quotes, e.g. the OPERATES edges behind a derived BUILDS_IN); when a source's quotes
    cannot be told apart from another source's, it gets every quote of the item.
    """
    fact_ids: list[str] = props.get("fact_ids") or []
    evidence: list[str] = props.get("evidence") or []
    quote_sources: list[str] = props.get("evidence_sources") or []
    by_quote_source = bool(evidence) and len(quote_sources) == len(evidence)
    own = quotes_by_fact([props])
    known = {**(quotes or {}), **own}
    by_source: dict[str, list[str]] = {s: [] for s in props.get("sources") or []}
    for fid in fact_ids:
        by_source.setdefault(source_of_fact(fid), []).append(fid)
    out = []
    for sid, fids in by_source.items():
        if by_quote_source:
            quoted = [q for q, s in zip(evidence, quote_sources, strict=True) if s == sid]
        else:
            quoted = [q for fid in fids for q in known.get(fid, [])]
            if not quoted and evidence and (len(by_source) == 1 or not own):
                quoted = list(evidence)
        out.append(citation(sid, sources, fids, quoted))
    return out


def citation(
    source_id: str, sources: dict[str, Props], fact_ids: list[str], quotes: list[str]
) -> Citation:
    """The citation of one source (its metadata from `sources`), its facts and their quotes
    (each quote once)."""
    meta = sources.get(source_id, {})
    return Citation(
        id=source_id,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        url=meta.get("url"),
        fact_ids=fact_ids,
        evidence=list(dict.fromkeys(quotes)),
    )


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
    day: str | None = None,
) -> Relationship:
    """A relationship of entity `me` to `other`, in words, with its dates, its validity on
    `day` (default today) and citations (`sources_total`: how many sources it has when `props`
    cites only some of them)."""
    start, end = (me, other) if outgoing else (other, me)
    status = props.get("status")
    basis = str(props.get("basis") or "source")
    return Relationship(
        id=str(props.get("kg_key") or f"{rel_type}:{start.id}>{end.id}"),
        type=rel_type,
        direction="out" if outgoing else "in",
        other=other,
        sentence=describe(rel_type, props, start.name, end.name),
        status=status,
        confirmed=is_confirmed(status),
        valid_from=props.get("valid_from"),
        validity=validity(props, as_of_day(day), rel_type in DATED_REL_TYPES),
        basis=basis,
        supersedes=string_list(props.get("supersedes")),
        superseded_by=string_list(props.get("superseded_by")),
        dates=dates_of(props),
        properties=plain_properties(props),
        sources=[] if basis == "curator" else citations(props, sources, quotes),
        sources_total=sources_total,
        note=props.get("note"),
    )
