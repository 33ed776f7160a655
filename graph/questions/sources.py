"""Source articles: their metadata and every fact each one supports.

In: a source id (the captured article's file stem). Out: `SourceSummary` / `SourceDetail`. A fact
of a source file becomes one or more graph statements (a plant fact: the plant, LOCATED_IN,
OPERATES, BUILDS_IN); `SourceDetail.facts` groups them by fact id with the quotes.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.questions.entities import EntityNotFound
from graph.questions.facts import (
    DateInfo,
    EntityRef,
    dates_of,
    entity_ref,
    quotes_by_fact,
    source_of_fact,
)
from graph.questions.sentences import describe


class SourceSummary(BaseModel):
    """A source article's metadata."""

    id: str = Field(examples=["energynews-cbak-anker-malaysia"])
    title: str | None = Field(
        None, examples=["CBAK Energy invests $357 million in Malaysia with Anker Innovations"]
    )
    publisher: str | None = Field(None, examples=["energynews.pro"])
    published: str | None = Field(None, description="null when the page prints no date")
    url: str | None = None
    fact_count: int | None = Field(None, examples=[3])


class Statement(BaseModel):
    """One thing the graph states because of a fact: a relationship, or a plant."""

    id: str = Field(examples=["SUPPLIES:cbak-energy>anker-innovations:lfp cylindrical …"])
    type: str = Field(examples=["SUPPLIES"], description="relationship type, or Plant")
    start: EntityRef
    end: EntityRef | None = None
    sentence: str
    status: str | None = None


class SourceFact(BaseModel):
    """A fact of the source: what it makes the graph state, and the quotes it rests on."""

    fact_id: str | None = Field(
        examples=["energynews-cbak-anker-malaysia#cbak-supplies-anker-32140-cells"],
        description="null for registry evidence (a company's kind or country)",
    )
    evidence: list[str]
    statements: list[Statement]


class SourceDetail(SourceSummary):
    """A source with its note and every fact it supports."""

    note: str | None = None
    quotes: str | None = Field(None, description="whom the page quotes")
    dates: dict[str, DateInfo] = Field(default_factory=dict)
    facts: list[SourceFact]


def source_totals(graph: Graph) -> tuple[int, int]:
    """(number of sources, facts they state in all)."""
    rows = graph.read("questions/sources/totals")
    return (int(rows[0]["sources"]), int(rows[0]["facts"])) if rows else (0, 0)


def list_sources(graph: Graph) -> list[SourceSummary]:
    """Every source, by id."""
    return [SourceSummary(**to_plain(r)) for r in graph.read("questions/sources/list")]


def source_detail(graph: Graph, source_id: str) -> SourceDetail:
    """A source's metadata and its facts. Raises `EntityNotFound` for an unknown id."""
    rows = graph.read("questions/sources/source", {"id": source_id})
    if not rows:
        raise EntityNotFound(source_id, _nearest(graph, source_id), expected="source")
    src = to_plain(rows[0]["source"])
    rels = [to_plain(r) for r in graph.read("questions/sources/relationships", {"id": source_id})]
    plants = [
        to_plain(r["plant"]) for r in graph.read("questions/sources/plants", {"id": source_id})
    ]
    quotes = quotes_by_fact([*(r["props"] for r in rels), *plants])
    facts: dict[str | None, SourceFact] = {}
    for r in rels:
        start, end = entity_ref(r["start"], r["start_label"]), entity_ref(r["end"], r["end_label"])
        statement = Statement(
            id=str(r["props"].get("kg_key")),
            type=r["type"],
            start=start,
            end=end,
            sentence=describe(r["type"], r["props"], start.name, end.name),
            status=r["props"].get("status"),
        )
        _add(facts, source_id, r["props"], statement, quotes)
    for p in plants:
        me = entity_ref(p, "Plant")
        where = f" in {p['region']}, {p['country']}" if p.get("region") else ""
        statement = Statement(
            id=me.id,
            type="Plant",
            start=me,
            sentence=f"{me.name}: a plant{where}"
            + (f" ({p['status']})" if p.get("status") else ""),
            status=p.get("status"),
        )
        _add(facts, source_id, p, statement, quotes)
    return SourceDetail(
        id=src["id"],
        title=src.get("title"),
        publisher=src.get("publisher"),
        published=src.get("published"),
        url=src.get("url"),
        fact_count=src.get("fact_count"),
        note=src.get("note"),
        quotes=src.get("quotes"),
        dates=dates_of(src),
        facts=sorted(facts.values(), key=lambda f: (f.fact_id is None, f.fact_id or "")),
    )


def _add(
    facts: dict[str | None, SourceFact],
    source_id: str,
    props: dict[str, Any],
    statement: Statement,
    quotes: dict[str, list[str]],
) -> None:
    """File `statement` under each of this source's fact ids in `props` (or under None)."""
    mine = [f for f in props.get("fact_ids") or [] if source_of_fact(f) == source_id]
    for fid in mine or [None]:
        evidence = quotes.get(fid, []) if fid else list(props.get("evidence") or [])
        fact = facts.setdefault(fid, SourceFact(fact_id=fid, evidence=[], statements=[]))
        fact.evidence += [q for q in evidence if q not in fact.evidence]
        if statement.id not in {s.id for s in fact.statements}:
            fact.statements.append(statement)


def _nearest(graph: Graph, wanted: str) -> list[str]:
    """Source ids that look like `wanted`: close spellings first, then ids sharing a word."""
    ids = [s.id for s in list_sources(graph)]
    close = get_close_matches(wanted.lower(), ids, n=5, cutoff=0.5)
    words = set(wanted.lower().split("-"))
    sharing = [i for i in ids if words & set(i.split("-")) and i not in close]
    return (close + sharing)[:5]
