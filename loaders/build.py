"""Turn validated files into graph rows: resolve every name, check cross-file rules, merge.

In: the parsed registry and facts files. Out: `GraphRows` (node rows by label, edge rows by
relationship type and endpoint labels), or the list of problems that stop the load.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pycountry

from graph.model import Status
from graph.names import normalize_name
from loaders.files import Parsed
from loaders.problems import Problem
from loaders.resolve import Entity, Resolver
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

Props = dict[str, Any]
EdgeKind = tuple[str, str, str]  # (relationship type, start label, end label)

_STATUS_RANK = {s.value: i for i, s in enumerate(Status)}

PARALLEL_LISTS = ("evidence", "evidence_facts", "evidence_sources")
"""One entry per evidence quote: the quote, the fact it supports, the source it is from."""


@dataclass
class EdgeRow:
    """One relationship to write: a stable key, its endpoints' ids and its properties."""

    key: str
    start: str
    end: str
    props: Props


@dataclass
class GraphRows:
    """Everything the load writes: nodes by label (id → props) and edges by kind (key → row)."""

    nodes: dict[str, dict[str, Props]] = field(default_factory=lambda: defaultdict(dict))
    edges: dict[EdgeKind, dict[str, EdgeRow]] = field(default_factory=lambda: defaultdict(dict))

    def counts(self) -> dict[str, int]:
        """Rows per label and per relationship type."""
        out = {label: len(rows) for label, rows in self.nodes.items()}
        for (rel, _, _), rows in self.edges.items():
            out[rel] = out.get(rel, 0) + len(rows)
        return out


def content_hash(value: Any) -> str:
    """A short, stable hash of a row (what a reload compares).

    Rows are built in a fixed order from sorted files, so their pickle is the same from run to
    run (and cheaper to make than sorted JSON); a change of loader code changes the load's
    fingerprint anyway.
    """
    return hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=8).hexdigest()


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


class _Builder:
    def __init__(self, registry: Parsed[Registry], files: list[Parsed[FactFile]]) -> None:
        self.registry = registry
        self.files = files
        self.problems: list[Problem] = []
        self.resolver = Resolver()
        self.rows = GraphRows()
        self.sources = {f.model.source.id: f for f in files}
        self.mentions: dict[tuple[str, str], list[str]] = defaultdict(list)  # (src, entity) → facts

    # -- problems -------------------------------------------------------------------------
    def problem(
        self, pf: Parsed[Any], loc: tuple[str | int, ...], msg: str, suggestion: str | None = None
    ) -> None:
        field_name = ".".join(str(p) for p in loc)
        self.problems.append(Problem(pf.path, pf.line_of(*loc), field_name, msg, suggestion))

    # -- registry and plants ----------------------------------------------------------------
    def index_entities(self) -> None:
        seen: dict[str, int] = {}
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
            for j, ev in enumerate(c.evidence):
                if ev.source not in self.sources:
                    self.problem(
                        self.registry,
                        ("companies", i, "evidence", j, "source"),
                        f"unknown source {ev.source!r}",
                        f"known sources: {', '.join(sorted(self.sources)) or 'none'}",
                    )
        plant_files: dict[str, str] = {}
        for pf in self.files:
            for i, fact in enumerate(pf.model.facts):
                if not isinstance(fact, PlantFact):
                    continue
                where = f"{pf.path.name}#{fact.id}"
                if fact.plant in seen:
                    self.problem(
                        pf,
                        ("facts", i, "plant"),
                        f"plant id {fact.plant!r} is already a company id",
                        "give the plant its own id, e.g. '<operator>-<city>-plant'",
                    )
                    continue
                if plant_files.get(fact.plant, "").startswith(pf.path.name + "#"):
                    self.problem(
                        pf,
                        ("facts", i, "plant"),
                        f"duplicate plant {fact.plant!r} in this file "
                        f"(also {plant_files[fact.plant]})",
                        "describe one plant with one plant fact per source",
                    )
                    continue
                plant_files[fact.plant] = where
                for clash in self.resolver.add(
                    Entity(fact.plant, "Plant", fact.name), [fact.name, *fact.aliases]
                ):
                    self.problem(
                        pf,
                        ("facts", i, "aliases"),
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
            self.mentions[(pf.model.source.id, entity.id)].append(self.fact_id(pf, loc))
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

    def edge(self, kind: EdgeKind, start: str, end: str, props: Props, disc: str = "") -> None:
        key = f"{kind[0]}:{start}>{end}" + (f":{normalize_name(disc)}" if disc else "")
        props = _clean({**props, "kg_key": key})
        row = self.rows.edges[kind].get(key)
        if row is None:
            self.rows.edges[kind][key] = EdgeRow(key, start, end, props)
            return
        merged = dict(row.props)
        for k, v in props.items():  # lists accumulate, scalars: the later source wins
            if k == "valid_from" and merged.get(k):  # except the first day known in effect
                merged[k] = min(merged[k], v)
            elif isinstance(v, list) and isinstance(merged.get(k), list):
                if k in PARALLEL_LISTS:  # one entry per quote, kept in step
                    merged[k] = merged[k] + v
                else:
                    merged[k] = merged[k] + [x for x in v if x not in merged[k]]
            else:
                merged[k] = v
        row.props = merged

    def facts(self) -> None:
        for pf in self.files:
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
        self._stakes[owned.id].append((pf, i, owner.id, f.percent, f.status))

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
        self.mentions[(pf.model.source.id, f.plant)].append(self.fact_id(pf, ("facts", i)))
        base = self.common(pf, f, f.start_of_production)
        cap = f.capacity
        node = {
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
            "capacity_gwh": (cap.value if cap.unit == "GWh" else cap.value / 1000) if cap else None,
            "phase": f.phase,
            **date_props("start_of_production", f.start_of_production),
            **money_props("investment", f.investment),
            "operators": [o.id for o in operators if o],
            "search_keys": sorted({normalize_name(n) for n in [f.plant, f.name, *f.aliases]}),
        }
        prev = self.rows.nodes["Plant"].get(f.plant)
        if prev:  # described again by a later source: lists accumulate, the later source wins
            for k in ("sources", "fact_ids", "operators", "aliases", "search_keys"):
                node[k] = prev.get(k, []) + [x for x in node.get(k, []) if x not in prev.get(k, [])]
            for k in PARALLEL_LISTS:
                node[k] = prev.get(k, []) + node.get(k, [])
            froms = [d for d in (prev.get("valid_from"), node.get("valid_from")) if d]
            node["valid_from"] = min(froms) if froms else None  # the earliest day known
        self.rows.nodes["Plant"][f.plant] = _clean(node)
        self._country(f.country, pf.model.source.id)
        link = {
            k: base[k] for k in ("status", "sources", "fact_ids", "valid_from", *PARALLEL_LISTS)
        }
        self.edge(
            ("LOCATED_IN", "Plant", "Country"), f.plant, f.country, {**link, "region": f.region}
        )
        for op in operators:
            if op:
                self.edge(("OPERATES", "Company", "Plant"), op.id, f.plant, link)
                self._builds[(op.id, f.country)].append((f.plant, link))

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
        node = self.rows.nodes["Country"].get(code)
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
            self.rows.nodes["Country"][code] = node
        seen = self._country_sources.get(code)
        if seen is None:
            seen = self._country_sources[code] = set(node["sources"])
        if source and source not in seen:
            seen.add(source)
            node["sources"].append(source)

    def derived(self) -> None:
        mentioned_in: dict[str, set[str]] = defaultdict(set)
        for source, entity in self.mentions:
            mentioned_in[entity].add(source)
        for c in self.registry.model.companies:
            srcs = sorted(mentioned_in[c.id] | {ev.source for ev in c.evidence})
            names = [c.id, c.name, *([c.short_name] if c.short_name else []), *c.aliases]
            node = {
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
            self.rows.nodes["Company"][c.id] = _clean(node)
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
        for (company, country), plants in self._builds.items():
            best = min((link["status"] for _, link in plants), key=_STATUS_RANK.__getitem__)
            froms = [link["valid_from"] for _, link in plants if link.get("valid_from")]
            self.edge(
                ("BUILDS_IN", "Company", "Country"),
                company,
                country,
                {
                    "status": best,
                    "plants": sorted({p for p, _ in plants}),
                    "sources": sorted({s for _, link in plants for s in link["sources"]}),
                    "fact_ids": sorted({s for _, link in plants for s in link["fact_ids"]}),
                    "valid_from": min(froms) if froms else None,
                },
            )
        for pf in self.files:
            s = pf.model.source
            self.rows.nodes["Source"][s.id] = _clean(
                {
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
            )
        for (source, entity), facts in sorted(self.mentions.items()):
            label = "Plant" if entity in self.rows.nodes["Plant"] else "Company"
            self.edge(
                ("MENTIONS", "Source", label), source, entity, {"fact_ids": sorted(set(facts))}
            )

    def check_stakes(self) -> None:
        for owned, stakes in self._stakes.items():
            latest = {s[2]: s for s in stakes if s[3] is not None and s[4] != Status.DENIED.value}
            counted = list(latest.values())  # a stake reported by several sources counts once
            total = sum(s[3] or 0 for s in counted)
            if total > 100 + 1e-9:
                pf, i, _, _, _ = counted[-1]
                parts = " + ".join(f"{s[2]} {s[3]:g}" for s in counted)
                self.problem(
                    pf,
                    ("facts", i, "percent"),
                    f"stakes in {owned!r} add up to {total:g} % ({parts}), above 100 %",
                    "check the percentages against the evidence quotes",
                )

    def build(self) -> GraphRows:
        self._stakes: dict[str, list[tuple[Parsed[FactFile], int, str, float | None, str]]] = (
            defaultdict(list)
        )
        self._builds: dict[tuple[str, str], list[tuple[str, Props]]] = defaultdict(list)
        self._capital: dict[str, Props] = {}
        self._country_sources: dict[str, set[str]] = {}
        self.index_entities()
        self.facts()
        self.check_stakes()
        self.derived()
        for rows in self.rows.nodes.values():
            for props in rows.values():
                props["kg_hash"] = content_hash(props)
        for erows in self.rows.edges.values():
            for row in erows.values():
                row.props["kg_hash"] = content_hash([row.start, row.end, row.props])
        return self.rows


def build_rows(
    registry: Parsed[Registry], files: list[Parsed[FactFile]]
) -> tuple[GraphRows, list[Problem]]:
    """Resolve and merge validated files into graph rows; return them with any problems found."""
    builder = _Builder(registry, files)
    rows = builder.build()
    return rows, builder.problems
