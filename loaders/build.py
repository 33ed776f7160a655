"""Turn validated files into graph rows: resolve every name, check cross-file rules, merge.

In: the parsed registry, then every facts file twice, one at a time: first its outline, to learn
the plants' names (`Builder.index_file`), then the file, to build its rows (`Builder.add_file`).
Out: `GraphRows` (node rows by label, edge rows by relationship type and endpoint labels, in a
temporary file), and the problems that stop the load. Rows that only one file can state (its
source and the source's mentions) are final as soon as the file is built: they go to the row
store at once and, when `on_final` is given, to it (the load writes them meanwhile). No
file's model is kept after its turn.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from graph.model import Status
from graph.names import normalize_name
from loaders.files import Parsed, line_in_file
from loaders.problems import Problem
from loaders.resolve import Entity, Resolver
from loaders.rowstore import EdgeKind, EdgeRow, FinalRow, GraphRows, Props
from loaders.schema import (
    FactFile,
    FuzzyDate,
    InvestmentFact,
    Money,
    PartnershipFact,
    PlantFact,
    Registry,
    StakeFact,
    SupplyFact,
)

_STATUS_RANK = {s.value: i for i, s in enumerate(Status)}

PARALLEL_LISTS = ("evidence", "evidence_facts", "evidence_sources")
"""One entry per evidence quote: the quote, the fact it supports, the source it is from."""


def date_props(prefix: str, d: FuzzyDate | None) -> Props:
    """Flatten a FuzzyDate into `<prefix>`, `<prefix>_precision`, `_target`, `_text` properties."""
    if d is None:
        return {}
    out: Props = {prefix: d.date, f"{prefix}_precision": d.precision}
    if d.target:
        out[f"{prefix}_target"] = True
    if d.text:
        out[f"{prefix}_text"] = d.text
    return out


def money_props(prefix: str, m: Money | None) -> Props:
    """Flatten Money into `<prefix>_amount`, `_currency`, `_approximate`, `_text`."""
    if m is None:
        return {}
    out: Props = {f"{prefix}_amount": m.amount, f"{prefix}_currency": m.currency}
    if m.approximate:
        out[f"{prefix}_approximate"] = True
    if m.text:
        out[f"{prefix}_text"] = m.text
    return out


def _clean(props: Props) -> Props:
    return {k: v for k, v in props.items() if v is not None and v != []}


def _union(old: list[Any], new: list[Any]) -> list[Any]:
    seen = set(old)
    return old + [x for x in new if x not in seen]


def merge_edge(old: Props, new: Props) -> Props:
    """A relationship stated again by a later source: lists accumulate (evidence lists stay
    in step, one entry per quote), `valid_from` keeps the earliest day, other values: the
    later source wins."""
    merged = dict(old)
    for k, v in new.items():
        if k == "valid_from" and merged.get(k):
            merged[k] = min(merged[k], v)
        elif isinstance(v, list) and isinstance(merged.get(k), list):
            merged[k] = merged[k] + v if k in PARALLEL_LISTS else _union(merged[k], v)
        else:
            merged[k] = v
    return merged


PLANT_LISTS = ("sources", "fact_ids", "operators", "aliases", "search_keys")
"""The lists of a plant node that accumulate when a later source describes the plant again."""


def merge_plant(old: Props, new: Props) -> Props:
    """A plant described again by a later source: its lists of sources, facts, operators and
    names accumulate, evidence lists stay in step, `valid_from` keeps the earliest day, and
    everything else is the later description's."""
    node = dict(new)
    for k in PLANT_LISTS:
        node[k] = _union(old.get(k, []), new.get(k, []))
    for k in PARALLEL_LISTS:
        node[k] = old.get(k, []) + new.get(k, [])
    froms = [d for d in (old.get("valid_from"), new.get("valid_from")) if d]
    node["valid_from"] = min(froms) if froms else None
    return _clean(node)


def later_wins(_: Props, new: Props) -> Props:
    """A row stated again: the later one replaces it."""
    return new


def merge_node(label: str) -> Callable[[Props, Props], Props]:
    """How a node of `label` stated again merges: plants accumulate (`merge_plant`), the
    others are replaced by the later statement."""
    return merge_plant if label == "Plant" else later_wins


def _merge_into(rows: dict[str, EdgeRow], new: EdgeRow) -> None:
    """Add `new` to `rows` (by key), merged into the row of the same key if there is one."""
    row = rows.get(new.key)
    if row is None:
        rows[new.key] = new
    else:
        row.props = merge_edge(row.props, new.props)


@dataclass
class _BuildsIn:
    """What the plants of one company in one country add up to (a BUILDS_IN edge)."""

    status: str
    plants: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    fact_ids: set[str] = field(default_factory=set)
    valid_from: str | None = None

    def add(self, plant: str, link: Props) -> None:
        if _STATUS_RANK[link["status"]] < _STATUS_RANK[self.status]:
            self.status = link["status"]
        self.plants.add(plant)
        self.sources.update(link["sources"])
        self.fact_ids.update(link["fact_ids"])
        day = link.get("valid_from")
        if day and (self.valid_from is None or day < self.valid_from):
            self.valid_from = day


@dataclass(frozen=True)
class PlantName:
    """What the first pass needs of a plant fact: where it is, the plant's id and names."""

    index: int
    fact_id: str
    plant: str
    name: str
    aliases: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class Outline:
    """What the first pass needs of a valid facts file: its path, source id and plants."""

    path: Path
    source_id: str
    plants: tuple[PlantName, ...]

    @classmethod
    def of(cls, pf: Parsed[FactFile]) -> Outline:
        """The outline of a validated facts file."""
        plants = tuple(
            PlantName(i, f.id, f.plant, f.name, tuple(f.aliases), f.country)
            for i, f in enumerate(pf.model.facts)
            if isinstance(f, PlantFact)
        )
        return cls(pf.path, pf.model.source.id, plants)


FLUSH_ROWS = 20_000
"""Rows the builder holds in memory before it merges them into the row store."""

FINAL_ROWS = 2_000
"""Final rows (sources and their mentions) the builder holds before it stores them and hands
them to `on_final` (the load writes them while the other files are built)."""

OnFinal = Callable[[list[FinalRow]], None]
"""Called with rows no later file can change and the database does not hold as they are."""


class Builder:
    """Graph rows from a registry and facts files: `index_file` the `Outline` of every file
    first (it learns the plants' names), then `add_file` every file in the same order, then
    `finish`."""

    def __init__(self, registry: Parsed[Registry], on_final: OnFinal | None = None) -> None:
        self.registry = registry
        self.on_final = on_final
        self.problems: list[Problem] = []
        self.resolver = Resolver()
        self.rows = GraphRows()
        self.source_ids: set[str] = set()
        self.plant_ids: set[str] = set()
        self._companies: dict[str, int] = {}
        self._plant_files: dict[str, str] = {}
        self._nodes: dict[str, dict[str, Props]] = defaultdict(dict)  # not yet in the store
        self._edges: dict[str, EdgeRow] = {}  # not yet in the store
        # Rows no other file states (sources, mentions, plants described once, their
        # LOCATED_IN and OPERATES), not yet in the store:
        self._final_nodes: list[tuple[str, str, Props]] = []
        self._final_edges: dict[str, EdgeRow] = {}
        self._descriptions: Counter[str] = Counter()  # plant id → plant facts describing it
        self._plant_countries: set[str] = set()
        self._mentions: dict[str, list[str]] = defaultdict(list)  # this file's: entity → facts
        self._company_sources: dict[str, set[str]] = defaultdict(set)
        self._stakes: dict[str, list[tuple[Path, int, str, float | None, str]]] = defaultdict(list)
        self._builds: dict[tuple[str, str], _BuildsIn] = {}
        self._capital: dict[str, Props] = {}
        self._countries: dict[str, Props] = {}
        self._country_sources: dict[str, set[str]] = {}
        self._index_registry()

    # -- problems -------------------------------------------------------------------------
    def problem_at(
        self, path: Path, loc: tuple[str | int, ...], msg: str, suggestion: str | None = None
    ) -> None:
        """Record a problem at `loc` of the file at `path` (its line looked up in the file)."""
        field = ".".join(str(p) for p in loc)
        self.problems.append(Problem(path, line_in_file(path, loc), field, msg, suggestion))

    def problem(
        self, pf: Parsed[Any], loc: tuple[str | int, ...], msg: str, suggestion: str | None = None
    ) -> None:
        """Record a problem at `loc` of a parsed file."""
        self.problem_at(pf.path, loc, msg, suggestion)

    # -- registry and plants ----------------------------------------------------------------
    def _index_registry(self) -> None:
        seen = self._companies
        for i, c in enumerate(self.registry.model.companies):
            if c.id in seen:
                self.problem(
                    self.registry,
                    ("companies", i, "id"),
                    f"duplicate id {c.id!r} (first at entry {seen[c.id]})",
                    "give each company one entry; put other spellings in aliases",
                )
                continue
            seen[c.id] = i
            names = [c.name, *([c.short_name] if c.short_name else []), *c.aliases]
            for clash in self.resolver.add(Entity(c.id, "Company", c.short_name or c.name), names):
                self.problem(
                    self.registry,
                    ("companies", i, "aliases"),
                    f"ambiguous name: {clash}",
                    "an alias may name only one entity",
                )

    def _check_registry_sources(self) -> None:
        for i, c in enumerate(self.registry.model.companies):
            for j, ev in enumerate(c.evidence):
                if ev.source not in self.source_ids:
                    self.problem(
                        self.registry,
                        ("companies", i, "evidence", j, "source"),
                        f"unknown source {ev.source!r}",
                        f"known sources: {', '.join(sorted(self.source_ids)) or 'none'}",
                    )

    def index_file(self, outline: Outline) -> None:
        """First pass over a file (its `outline`): its source id and its plants' names."""
        self.source_ids.add(outline.source_id)
        plant_files = self._plant_files
        path = outline.path
        for p in outline.plants:
            self.plant_ids.add(p.plant)
            if p.plant in self._companies:
                self.problem_at(
                    path,
                    ("facts", p.index, "plant"),
                    f"plant id {p.plant!r} is already a company id",
                    "give the plant its own id, e.g. '<operator>-<city>-plant'",
                )
                continue
            if plant_files.get(p.plant, "").startswith(path.name + "#"):
                self.problem_at(
                    path,
                    ("facts", p.index, "plant"),
                    f"duplicate plant {p.plant!r} in this file (also {plant_files[p.plant]})",
                    "describe one plant with one plant fact per source",
                )
                continue
            plant_files[p.plant] = f"{path.name}#{p.fact_id}"
            self._descriptions[p.plant] += 1
            self._plant_countries.add(p.country)
            for clash in self.resolver.add(Entity(p.plant, "Plant", p.name), [p.name, *p.aliases]):
                self.problem_at(
                    path,
                    ("facts", p.index, "aliases"),
                    f"ambiguous name: {clash}",
                    "an alias may name only one entity",
                )

    @staticmethod
    def fact_id(pf: Parsed[FactFile], loc: tuple[str | int, ...]) -> str:
        """The global id `<source-id>#<fact-id>` of the fact at `loc` = ("facts", index, …)."""
        return f"{pf.model.source.id}#{pf.model.facts[int(loc[1])].id}"

    def ref(
        self, pf: Parsed[FactFile], loc: tuple[str | int, ...], name: str, labels: tuple[str, ...]
    ) -> Entity | None:
        entity = self.resolver.resolve(name)
        if entity is not None and entity.label in labels:
            self._mentions[entity.id].append(self.fact_id(pf, loc))
            return entity
        expected = " or ".join(labels)
        if entity is not None:
            self.problem(pf, loc, f"{name!r} is a {entity.label}, expected a {expected}")
            return None
        near = self.resolver.suggest(name, labels)
        hint = (
            "did you mean " + ", ".join(self.resolver.describe(n) for n in near) + "?"
            if near
            else f"add it to data/entities.yaml (a {expected})"
        )
        self.problem(pf, loc, f"unknown {expected} {name!r}", hint)
        return None

    # -- facts ------------------------------------------------------------------------------
    def common(self, pf: Parsed[FactFile], fact: Any, *extra: FuzzyDate | None) -> Props:
        src = pf.model.source
        dates = [d for d in (fact.announced, *extra) if d is not None and not d.target]
        if not dates and src.published is not None:
            dates = [src.published]
        return {
            "status": fact.status,
            "sources": [src.id],
            "fact_ids": [f"{src.id}#{fact.id}"],
            "evidence": list(fact.evidence),
            "evidence_facts": [f"{src.id}#{fact.id}"] * len(fact.evidence),
            "evidence_sources": [src.id] * len(fact.evidence),
            "valid_from": min(d.first_day() for d in dates) if dates else None,
            **date_props("announced", fact.announced),
            "note": fact.note,
        }

    @staticmethod
    def edge_row(kind: EdgeKind, start: str, end: str, props: Props, disc: str = "") -> EdgeRow:
        """The row of one statement of a relationship: its key (type, ends and, for
        SUPPLIES/PARTNERS_WITH, the product or kind) and its properties."""
        key = f"{kind[0]}:{start}>{end}" + (f":{normalize_name(disc)}" if disc else "")
        return EdgeRow(kind, key, start, end, _clean({**props, "kg_key": key}))

    def edge(self, kind: EdgeKind, start: str, end: str, props: Props, disc: str = "") -> None:
        """One statement of a relationship, merged with its earlier statements in memory."""
        _merge_into(self._edges, self.edge_row(kind, start, end, props, disc))

    def final_edge(
        self, kind: EdgeKind, start: str, end: str, props: Props, disc: str = ""
    ) -> None:
        """`edge` for a relationship that only the file being built states."""
        _merge_into(self._final_edges, self.edge_row(kind, start, end, props, disc))

    def add_file(self, pf: Parsed[FactFile]) -> None:
        """Second pass over a file: the rows of its facts, its source node and its mentions."""
        self._mentions = defaultdict(list)
        ids: dict[str, int] = {}
        for i, fact in enumerate(pf.model.facts):
            if fact.id in ids:
                self.problem(
                    pf,
                    ("facts", i, "id"),
                    f"duplicate fact id {fact.id!r} (first at facts[{ids[fact.id]}])",
                    "fact ids must be unique within a file",
                )
            ids.setdefault(fact.id, i)
            handler = {
                "stake": self.stake,
                "supply": self.supply,
                "plant": self.plant,
                "partnership": self.partnership,
                "investment": self.investment,
            }[fact.type]
            handler(pf, i, fact)  # type: ignore[operator]
        s = pf.model.source
        # A source and its mentions come from this file alone: final rows at once.
        source = {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "url": s.url,
            **date_props("published", s.published),
            "note": s.note,
            "quotes": s.quotes,
            "fact_count": len(pf.model.facts),
            "file": pf.path.name,
        }
        self._final_nodes.append(("Source", s.id, _clean(source)))
        for entity, facts in sorted(self._mentions.items()):
            if entity in self.plant_ids:
                label = "Plant"
            else:
                label = "Company"
                self._company_sources[entity].add(s.id)
            self.final_edge(
                ("MENTIONS", "Source", label), s.id, entity, {"fact_ids": sorted(set(facts))}
            )
        if len(self._final_edges) + len(self._final_nodes) >= FINAL_ROWS:
            self.flush_final()
        if len(self._edges) + len(self._nodes["Plant"]) >= FLUSH_ROWS:
            self.flush()

    def stake(self, pf: Parsed[FactFile], i: int, f: StakeFact) -> None:
        owner = self.ref(pf, ("facts", i, "owner"), f.owner, ("Company",))
        owned = self.ref(pf, ("facts", i, "owned"), f.owned, ("Company", "Plant"))
        if not owner or not owned:
            return
        if owner.id == owned.id:
            self.problem(pf, ("facts", i, "owned"), f"{owner.id!r} cannot own a stake in itself")
            return
        props = {
            **self.common(pf, f, f.since),
            **date_props("since", f.since),
            "percent": f.percent,
            "percent_stated": f.percent is not None,
        }
        self.edge(("OWNS_STAKE", "Company", owned.label), owner.id, owned.id, props)
        self._stakes[owned.id].append((pf.path, i, owner.id, f.percent, f.status))

    def supply(self, pf: Parsed[FactFile], i: int, f: SupplyFact) -> None:
        sup = self.ref(pf, ("facts", i, "supplier"), f.supplier, ("Company",))
        cus = self.ref(pf, ("facts", i, "customer"), f.customer, ("Company",))
        plant = self.ref(pf, ("facts", i, "plant"), f.plant, ("Plant",)) if f.plant else None
        if not sup or not cus:
            return
        props = {
            **self.common(pf, f, f.since),
            **date_props("since", f.since),
            **date_props("start", f.start),
            "product": f.product,
            "chemistry": f.chemistry,
            "cell_formats": f.cell_formats,
            "plant": plant.id if plant else None,
        }
        self.edge(("SUPPLIES", "Company", "Company"), sup.id, cus.id, props, f.product)

    def plant(self, pf: Parsed[FactFile], i: int, f: PlantFact) -> None:
        operators = [
            self.ref(pf, ("facts", i, "operators", j), name, ("Company",))
            for j, name in enumerate(f.operators)
        ]
        self._mentions[f.plant].append(self.fact_id(pf, ("facts", i)))
        base = self.common(pf, f, f.start_of_production)
        cap = f.capacity
        node = _clean(
            {
                **base,
                "id": f.plant,
                "name": f.name,
                "aliases": f.aliases,
                "country": f.country,
                "region": f.region,
                "chemistry": f.chemistry,
                "cell_formats": f.cell_formats,
                "capacity_value": cap.value if cap else None,
                "capacity_unit": cap.unit if cap else None,
                "capacity_per": cap.per if cap else None,
                "capacity_scope": cap.scope if cap else None,
                "capacity_gwh": (cap.value if cap.unit == "GWh" else cap.value / 1000)
                if cap
                else None,
                "phase": f.phase,
                **date_props("start_of_production", f.start_of_production),
                **money_props("investment", f.investment),
                "operators": [o.id for o in operators if o],
                "search_keys": sorted({normalize_name(n) for n in [f.plant, f.name, *f.aliases]}),
            }
        )
        once = self._descriptions[f.plant] == 1  # this fact alone describes the plant
        if once:
            self._final_nodes.append(("Plant", f.plant, node))
        else:
            plants = self._nodes["Plant"]
            prev = plants.get(f.plant)
            plants[f.plant] = merge_plant(prev, node) if prev else node
        self._country(f.country, pf.model.source.id)
        link = {
            k: base[k] for k in ("status", "sources", "fact_ids", "valid_from", *PARALLEL_LISTS)
        }
        edge = self.final_edge if once else self.edge
        edge(("LOCATED_IN", "Plant", "Country"), f.plant, f.country, {**link, "region": f.region})
        for op in operators:
            if op:
                edge(("OPERATES", "Company", "Plant"), op.id, f.plant, link)
                builds = self._builds.get((op.id, f.country))
                if builds is None:
                    builds = self._builds[(op.id, f.country)] = _BuildsIn(link["status"])
                builds.add(f.plant, link)

    def partnership(self, pf: Parsed[FactFile], i: int, f: PartnershipFact) -> None:
        parties = [
            self.ref(pf, ("facts", i, "parties", j), n, ("Company",))
            for j, n in enumerate(f.parties)
        ]
        venture = (
            self.ref(pf, ("facts", i, "venture"), f.venture, ("Company",)) if f.venture else None
        )
        found = [p for p in parties if p]
        if len(found) != len(parties):
            return
        props = {
            **self.common(pf, f),
            "kind": f.kind,
            "name": f.name,
            "venture": venture.id if venture else None,
            **money_props("capital", f.capital),
            **money_props("deal_value", f.deal_value),
        }
        ids = sorted({p.id for p in found})  # one edge per pair, whatever the order listed
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                self.edge(("PARTNERS_WITH", "Company", "Company"), ids[a], ids[b], props, f.kind)
        if venture and f.capital:
            self._capital[venture.id] = money_props("capital", f.capital)

    def investment(self, pf: Parsed[FactFile], i: int, f: InvestmentFact) -> None:
        investor = self.ref(pf, ("facts", i, "investor"), f.investor, ("Company",))
        target = self.ref(pf, ("facts", i, "target"), f.target, ("Company", "Plant"))
        if investor and target:
            props = {**self.common(pf, f), **money_props("amount", f.amount)}
            self.edge(("INVESTS_IN", "Company", target.label), investor.id, target.id, props)

    # -- derived rows -------------------------------------------------------------------------
    def _country(self, code: str, source: str | None) -> None:
        node = self._countries.get(code)
        if node is None:
            c = pycountry.countries.get(alpha_2=code)
            name = getattr(c, "common_name", None) or c.name if c else code
            names = {
                code,
                name,
                getattr(c, "official_name", name) if c else name,
                c.alpha_3 if c else code,
            }
            node = {
                "id": code,
                "name": name,
                "sources": [],
                "search_keys": sorted(normalize_name(n) for n in names),
            }
            self._countries[code] = node
            self._country_sources[code] = set()
        seen = self._country_sources[code]
        if source and source not in seen:
            seen.add(source)
            node["sources"].append(source)

    def _derived(self) -> None:
        for c in self.registry.model.companies:
            srcs = sorted(self._company_sources[c.id] | {ev.source for ev in c.evidence})
            names = [c.id, c.name, *([c.short_name] if c.short_name else []), *c.aliases]
            self._nodes["Company"][c.id] = _clean(
                {
                    "id": c.id,
                    "name": c.name,
                    "short_name": c.short_name,
                    "display_name": c.short_name or c.name,
                    "aliases": c.aliases,
                    "kind": c.kind,
                    "country": c.country,
                    "description": c.description,
                    "sources": srcs,
                    "evidence": [ev.quote for ev in c.evidence],
                    "evidence_sources": [ev.source for ev in c.evidence],
                    "search_keys": sorted({normalize_name(n) for n in names}),
                    **self._capital.get(c.id, {}),
                }
            )
            self._country(c.country, None)
            self.edge(
                ("HEADQUARTERED_IN", "Company", "Country"),
                c.id,
                c.country,
                {
                    "status": Status.CONFIRMED.value,
                    "sources": sorted({ev.source for ev in c.evidence}),
                    "evidence": [ev.quote for ev in c.evidence],
                    "evidence_sources": [ev.source for ev in c.evidence],
                },
            )
        for (company, country), builds in self._builds.items():
            self.edge(
                ("BUILDS_IN", "Company", "Country"),
                company,
                country,
                {
                    "status": builds.status,
                    "plants": sorted(builds.plants),
                    "sources": sorted(builds.sources),
                    "fact_ids": sorted(builds.fact_ids),
                    "valid_from": builds.valid_from,
                },
            )
        self._nodes["Country"].update(self._countries)

    def _check_stakes(self) -> None:
        for owned, stakes in self._stakes.items():
            latest = {s[2]: s for s in stakes if s[3] is not None and s[4] != Status.DENIED.value}
            counted = list(latest.values())  # a stake reported by several sources counts once
            total = sum(s[3] or 0 for s in counted)
            if total > 100 + 1e-9:
                path, i, _, _, _ = counted[-1]
                parts = " + ".join(f"{s[2]} {s[3]:g}" for s in counted)
                self.problem_at(
                    path,
                    ("facts", i, "percent"),
                    f"stakes in {owned!r} add up to {total:g} % ({parts}), above 100 %",
                    "check the percentages against the evidence quotes",
                )

    def flush_final(self) -> None:
        """Store the final rows held in memory; hand the ones to write to `on_final`."""
        writes = self.rows.put_final(
            self._final_nodes, self._final_edges.values(), written=self.on_final is not None
        )
        self._final_nodes, self._final_edges = [], {}
        if self.on_final and writes:
            self.on_final(writes)

    def node_ids(self) -> dict[str, list[str]]:
        """After the first pass: the ids of every company (the registry's), plant and
        country (of the registry and of the plants)."""
        companies = self.registry.model.companies
        return {
            "Country": sorted(self._plant_countries | {c.country for c in companies}),
            "Company": [c.id for c in companies],
            "Plant": sorted(self.plant_ids),
        }

    def flush(self) -> None:
        """Move the rows held in memory to the row store's log."""
        for label, rows in self._nodes.items():
            if rows:
                self.rows.add_nodes(label, rows)
        if self._edges:
            self.rows.add_edges(self._edges.values())
        self._nodes = defaultdict(dict)
        self._edges = {}

    def finish(self) -> GraphRows:
        """After the last `add_file`: the cross-file checks, the derived rows (companies,
        countries, headquarters, BUILDS_IN), every row in the row store."""
        self._check_registry_sources()
        self._check_stakes()
        self._derived()
        self.flush_final()
        self.flush()
        self.rows.seal(merge_node, merge_edge)
        return self.rows
