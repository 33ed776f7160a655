"""Find companies, plants and countries by name or alias, tolerant of case, accents and typos.

In: the text a user typed. Out: ranked `SearchHit`s. The database supplies the candidates through
named queries over the nodes' `search_keys` (names and aliases normalised by
`graph.names.normalize_name`): first the keys that contain the query; then, only when no name
starts with the query or has a word that does (the query looks misspelt), the names sharing the
most three-letter pieces with it (bounded). Python ranks the candidates with `difflib`, so "Xiami"
and "Xiaomy Auto" find Xiaomi Auto.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, get_args

from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.errors import InvalidQuestion
from graph.model import ENTITY_LABELS, EntityType
from graph.names import normalize_name

LABEL_OF: dict[EntityType, str] = dict(zip(get_args(EntityType), ENTITY_LABELS, strict=True))
"""What a search may be limited to (lower case in the API) -> the label in the graph."""
_LABEL_RANK = {label: rank for rank, label in enumerate(ENTITY_LABELS)}

CANDIDATE_LIMIT = 500
"""The most candidates the first pass (names containing the query) reads."""
FUZZY_LIMIT = 200
"""The most candidates the second pass (shared three-letter pieces) reads."""
MIN_SCORE = 0.5
"""Candidates scoring below this are not answers."""
GOOD_SCORE = 0.9
"""A first-pass hit this good (a name starts with the query, or has a word that does) means the
query is not misspelt, so the second pass is skipped."""


class SearchHit(BaseModel):
    """One entity that matches, with how well and on which name."""

    id: str = Field(examples=["xiaomi-auto"])
    label: str = Field(examples=["Company"], description="Company, Plant or Country")
    type: EntityType = Field(examples=["company"])
    name: str = Field(examples=["Xiaomi Auto"])
    kind: str | None = Field(None, examples=["automaker"])
    score: float = Field(examples=[0.95], description="1 = exact name; lower = less alike")
    matched: str = Field(examples=["xiami auto"], description="the normalised name that matched")


class SearchResult(BaseModel):
    """The ranked answers to a search."""

    query: str = Field(examples=["Xiami"])
    normalized: str = Field(examples=["xiami"])
    results: list[SearchHit]


def score_key(query: str, key: str) -> float:
    """How well normalised `query` matches one normalised name `key`, from 0 to 1.

    Exact 1.0; the name starts with it 0.95; a word of the name starts with it 0.9; the name
    contains it 0.8; otherwise 0.85 × the best `difflib` ratio against the whole name and against
    every run of as many of its words as the query has (so 'xiaomy' is close to 'xiaomi auto').
    """
    if key == query:
        return 1.0
    if key.startswith(query):
        return 0.95
    if f" {query}" in f" {key}":
        return 0.9
    if query in key:
        return 0.8
    words = key.split()
    n = len(query.split())
    heads = {key, *(" ".join(words[i : i + n]) for i in range(len(words)))}
    ratio = 0.0
    for head in heads:
        matcher = SequenceMatcher(None, query, head, autojunk=False)
        if matcher.real_quick_ratio() > ratio and matcher.quick_ratio() > ratio:
            ratio = max(ratio, matcher.ratio())
    return 0.85 * ratio


def rank(query: str, rows: list[dict[str, Any]], limit: int) -> list[SearchHit]:
    """Score every candidate row (id, label, name, kind, keys) and return the best `limit`."""
    hits: dict[str, tuple[float, int, SearchHit]] = {}
    for row in rows:
        keys = [k for k in row.get("keys") or [] if k]
        if not keys:
            continue
        best_score, best_key = max(((score_key(query, k), k) for k in keys), key=_by_score)
        if best_score < MIN_SCORE:
            continue
        label = str(row["label"])
        hit = SearchHit(
            id=str(row["id"]),
            label=label,
            type=_type_of(label),
            name=str(row.get("name") or row["id"]),
            kind=row.get("kind"),
            score=round(best_score, 3),
            matched=best_key,
        )
        old = hits.get(hit.id)
        if old is None or best_score > old[0]:
            hits[hit.id] = (best_score, len(best_key), hit)
    ordered = sorted(
        hits.values(), key=lambda t: (-t[0], _LABEL_RANK.get(t[2].label, 9), t[1], t[2].name)
    )
    return [h for _, _, h in ordered[:limit]]


def search(
    graph: Graph, text: str, types: list[EntityType] | None = None, limit: int = 10
) -> SearchResult:
    """Ranked entities whose name or alias looks like `text` (at most `limit`).

    Raises `InvalidQuestion` when `text` has no letter or digit.
    """
    query = normalize_name(text)
    if not query:
        raise InvalidQuestion("the query needs at least one letter or digit", "q", text)
    labels = [LABEL_OF[t] for t in (types or list(LABEL_OF))]
    rows = graph.read(
        "questions/search/contains", {"q": query, "labels": labels, "limit": CANDIDATE_LIMIT}
    )
    hits = rank(query, rows, limit)
    if not hits or hits[0].score < GOOD_SCORE:
        grams = trigrams(query)
        rows += graph.read(
            "questions/search/trigrams",
            {
                "grams": grams,
                "min_shared": max(1, -(-len(grams) // 3)),
                "labels": labels,
                "limit": FUZZY_LIMIT,
            },
        )
        hits = rank(query, rows, limit)
    return SearchResult(query=text, normalized=query, results=hits)


def trigrams(query: str) -> list[str]:
    """The three-letter pieces of each word of a normalised query (a shorter word whole)."""
    grams = {w[i : i + 3] for w in query.split() for i in range(max(len(w) - 2, 1))}
    return sorted(grams)


def nearest_ids(
    graph: Graph, wanted: str, labels: tuple[str, ...] | None = None, limit: int = 5
) -> list[str]:
    """Ids of the entities (of `labels`, default any searchable) most like `wanted`, best first."""
    types = [t for t, lb in LABEL_OF.items() if labels is None or lb in labels]
    if not types:
        return []
    try:
        return [h.id for h in search(graph, wanted.replace("-", " "), types, limit).results]
    except InvalidQuestion:
        return []


def _by_score(pair: tuple[float, str]) -> tuple[float, int]:
    return pair[0], -len(pair[1])


def _type_of(label: str) -> EntityType:
    return next((t for t, lb in LABEL_OF.items() if lb == label), "company")
