"""The rows of one facts file: each fact's names resolved, its relationship rows, its plant
rows, its source and the source's mentions; and what the derived rows and the cross-file checks
need to know of it.

In: a validated facts file (second pass: every plant's names are known). Out: rows in the
`RowBuffer` (merged with the earlier files' statements), additions to `Derived` and
`StakeTotals`, and problems (unknown or ambiguous names, a company related to itself).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from graph.names import normalize_name
from loaders.buffer import RowBuffer
from loaders.checks import Stake, StakeTotals
from loaders.derived import Derived
from loaders.files import Parsed
from loaders.merge import PARALLEL_LISTS
from loaders.outline import global_fact_id
from loaders.problems import ProblemLog
from loaders.props import clean, date_props, money_props
from loaders.resolve import Entity, Resolver
from loaders.rowstore import EdgeKind, Props
from loaders.schema import (
    FactFile,
    FuzzyDate,
    InvestmentFact,
    PartnershipFact,
    PlantFact,
    Quantity,
    StakeFact,
    SupplyFact,
)
from loaders.timeline import Timeline
from loaders.validity import SUFFIXES, VALIDITY_GROUPS, Undatable, lifecycle_props, validity

Loc = tuple[str | int, ...]

LINK_PROPS = (
    "status",
    "basis",
    "sources",
    "fact_ids",
    *(f"{g}{s}" for g in VALIDITY_GROUPS for s in ("", *SUFFIXES)),
    "ended",
    *PARALLEL_LISTS,
)
"""What a plant fact's LOCATED_IN and OPERATES edges carry of the fact."""


class FactRows:
    """Builds the rows of facts files, one `add_file` at a time."""

    def __init__(
        self,
        resolver: Resolver,
        out: RowBuffer,
        derived: Derived,
        stakes: StakeTotals,
        problems: ProblemLog,
        plant_ids: set[str],
        descriptions: Counter[str],
    ) -> None:
        self.resolver = resolver
        self.out = out
        self.derived = derived
        self.stakes = stakes
        self.problems = problems
        self.plant_ids = plant_ids  # every plant id of every file (first pass)
        self.descriptions = descriptions  # plant id → plant facts describing it (first pass)
        self.unread: list[Path] = []  # facts files that failed the first pass
        self._unread_text: dict[Path, str] = {}
        self._mentions: dict[str, list[str]] = defaultdict(list)  # this file's: entity → facts
        self.timeline = Timeline()
        self.superseded: set[str] = set()  # global ids of facts some fact supersedes (1st pass)

    def problem(self, pf: Parsed[Any], loc: Loc, msg: str, suggestion: str | None = None) -> None:
        self.problems.at(pf.path, loc, msg, suggestion)

    # -- a file ---------------------------------------------------------------------------
    def add_file(self, pf: Parsed[FactFile]) -> None:
        """The rows of a file's facts, its source node and its mentions."""
        self._mentions = defaultdict(list)
        first: dict[str, int] = {}  # fact id → its first index
        builders = {
            "stake": self.stake,
            "supply": self.supply,
            "plant": self.plant,
            "partnership": self.partnership,
            "investment": self.investment,
        }
        for i, fact in enumerate(pf.model.facts):
            if fact.id in first:
                line = self.problems.line(pf.path, ("facts", first[fact.id]))
                self.problem(
                    pf,
                    ("facts", i, "id"),
                    f"duplicate fact id {fact.id!r} (first at {pf.path.name}:{line})",
                    "fact ids must be unique within a file",
                )
            first.setdefault(fact.id, i)
            self._track(pf, i, fact)
            builders[fact.type](pf, i, fact)  # type: ignore[operator]
        self._source(pf)
        self.out.file_done()

    def _source(self, pf: Parsed[FactFile]) -> None:
        """The file's source node and its MENTIONS edges: final rows at once (no other file
        states them)."""
        s = pf.model.source
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
        self.out.final_nodes.append(("Source", s.id, clean(source)))
        quotes = {f"{s.id}#{f.id}": f.evidence for f in pf.model.facts}
        for entity, facts in sorted(self._mentions.items()):
            if entity in self.plant_ids:
                label = "Plant"
            else:
                label = "Company"
                self.derived.company_sources[entity].add(s.id)
            ids = sorted(set(facts))
            # the facts' quotes, once each: a mention shows what the article says of the
            # entity. Which fact a quote is from is on the fact's own edge, not repeated here.
            # These quotes are the dearest part of the evidence (BENCHMARKS.md).
            said = dict.fromkeys(q for f in ids for q in quotes.get(f, []))
            mention = {"fact_ids": ids, "sources": [s.id], "evidence": list(said)}
            self.out.final_edge(("MENTIONS", "Source", label), s.id, entity, mention)

    # -- names ------------------------------------------------------------------------------
    @staticmethod
    def fact_id(pf: Parsed[FactFile], loc: Loc) -> str:
        """The global id `<source-id>#<fact-id>` of the fact at `loc` = ("facts", index, …)."""
        return f"{pf.model.source.id}#{pf.model.facts[int(loc[1])].id}"

    def ref(
        self, pf: Parsed[FactFile], loc: Loc, name: str, labels: tuple[str, ...]
    ) -> Entity | None:
        """The entity of `labels` that `name` denotes (recorded as mentioned by the fact at
        `loc`), or None and a problem."""
        entity = self.resolver.resolve(name)
        if entity is not None and entity.label in labels:
            self._mentions[entity.id].append(self.fact_id(pf, loc))
            return entity
        expected = " or ".join(labels)
        if entity is not None:
            self.problem(pf, loc, f"{name!r} is a {entity.label}, expected a {expected}")
        elif not normalize_name(name):
            self.problem(
                pf,
                loc,
                f"{name!r} has no letter or digit, so it names no {expected}",
                "use the id, name or an alias of the entity meant",
            )
        elif "Plant" not in labels or not self._in_unread(name):
            self.problem(pf, loc, f"unknown {expected} {name!r}", self._hint(name, labels))
        return None

    def _hint(self, name: str, labels: tuple[str, ...]) -> str:
        near = self.resolver.suggest(name, labels)
        if near:
            return "did you mean " + ", ".join(self.resolver.describe(n) for n in near) + "?"
        return f"add it to data/entities.yaml (a {' or '.join(labels)})"

    def _in_unread(self, name: str) -> bool:
        """Whether a facts file that failed to read mentions `name` (it may describe the
        plant): its own problem is the one to report, not the name it would have defined."""
        for path in self.unread:
            if path not in self._unread_text:
                try:
                    self._unread_text[path] = path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    self._unread_text[path] = ""
            if name in self._unread_text[path]:
                return True
        return False

    def _not_itself(self, pf: Parsed[FactFile], loc: Loc, a: Entity, b: Entity, verb: str) -> bool:
        """False, with a problem at `loc`, when `a` and `b` are the same company."""
        if a.id != b.id:
            return True
        self.problem(
            pf,
            loc,
            f"{a.id!r} cannot {verb} itself",
            "name the other company; a company's own divisions are the company",
        )
        return False

    def _listed_once(
        self,
        pf: Parsed[FactFile],
        loc: Loc,
        names: list[str],
        found: list[Entity | None],
        why: str = "",
    ) -> bool:
        """False, with a problem, when two of `names` (the list at `loc`) are one company."""
        first: dict[str, int] = {}
        for j, e in enumerate(found):
            if e is None:
                continue
            if e.id in first:
                self.problem(
                    pf,
                    (*loc, j),
                    f"{e.id!r} is listed twice (as {names[first[e.id]]!r} and {names[j]!r})" + why,
                    f"list each company once in {loc[-1]}",
                )
                return False
            first[e.id] = j
        return True

    # -- facts ------------------------------------------------------------------------------
    def common(
        self,
        pf: Parsed[FactFile],
        i: int,
        fact: Any,
        *starts: FuzzyDate | None,
        planned: bool = True,
    ) -> Props | None:
        """The properties every fact's rows carry: status, sources, facts, evidence, when it
        is in force (`validity`: `starts` are the fact's own start dates). None, with a
        problem, when the fact's dates cannot be told."""
        src = pf.model.source
        try:
            when = validity(fact, src, starts, planned)
        except Undatable as exc:
            self.problem(pf, ("facts", i, exc.field), str(exc))
            return None
        return {
            "status": fact.status,
            "basis": "source",
            "sources": [src.id],
            "fact_ids": [f"{src.id}#{fact.id}"],
            "evidence": list(fact.evidence),
            "evidence_facts": [f"{src.id}#{fact.id}"] * len(fact.evidence),
            "evidence_sources": [src.id] * len(fact.evidence),
            **when,
            **date_props("announced", fact.announced),
            "note": fact.note,
        }

    # -- versions and what supersedes what ------------------------------------------------
    def _track(self, pf: Parsed[FactFile], i: int, fact: Any) -> None:
        """Record the fact in the timeline when it may end another or be ended (stakes, and
        facts that supersede or are superseded)."""
        sid = pf.model.source.id
        fid = f"{sid}#{fact.id}"
        if fact.type == "stake" or fact.supersedes or fid in self.superseded:
            self.timeline.fact(fid, fact.type, pf.path, ("facts", i))
            for j, ref in enumerate(fact.supersedes):
                loc = ("facts", i, "supersedes", j)
                self.timeline.supersedes(fid, global_fact_id(sid, ref), pf.path, loc)

    def _edge(
        self,
        pf: Parsed[FactFile],
        fact: Any,
        kind: EdgeKind,
        start: str,
        end: str,
        props: Props,
        disc: str = "",
        version: str = "",
        label: str = "",
    ) -> str:
        """A relationship the fact states, recorded in the timeline when the fact is; returns
        the row's key."""
        row = self.out.edge(kind, start, end, props, disc, version)
        fid = f"{pf.model.source.id}#{fact.id}"
        if fact.type == "stake" or fact.supersedes or fid in self.superseded:
            base = row.props.get("version_of", row.key)
            self.timeline.row(fid, base, row, label)
        return row.key

    def stake(self, pf: Parsed[FactFile], i: int, f: StakeFact) -> None:
        owner = self.ref(pf, ("facts", i, "owner"), f.owner, ("Company",))
        owned = self.ref(pf, ("facts", i, "owned"), f.owned, ("Company", "Plant"))
        if not owner or not owned:
            return
        if not self._not_itself(pf, ("facts", i, "owned"), owner, owned, "own a stake in"):
            return
        common = self.common(pf, i, f, f.since)
        if common is None:
            return
        props = {
            **common,
            **date_props("since", f.since),
            "percent": f.percent,
            "percent_stated": f.percent is not None,
            # Neo4j Browser's style can only print properties: "{percent} %" alone shows a
            # bare "%" for a stake whose percentage no source states.
            "caption": f"{f.percent:g} %" if f.percent is not None else "% not stated",
        }
        stated = f.percent is not None
        version = f"{f.percent:g}" if stated else "unstated"
        label = f"{f.percent:g} %" if stated else "percentage not stated"
        kind: EdgeKind = ("OWNS_STAKE", "Company", owned.label)
        key = self._edge(pf, f, kind, owner.id, owned.id, props, version=version, label=label)
        until = common.get("valid_until")
        stake = Stake(
            pf.path, i, owner.id, f.percent, f.status, key, common.get("valid_from"), until
        )
        self.stakes.add(owned.id, stake)

    def supply(self, pf: Parsed[FactFile], i: int, f: SupplyFact) -> None:
        sup = self.ref(pf, ("facts", i, "supplier"), f.supplier, ("Company",))
        cus = self.ref(pf, ("facts", i, "customer"), f.customer, ("Company",))
        plant = self.ref(pf, ("facts", i, "plant"), f.plant, ("Plant",)) if f.plant else None
        if not sup or not cus:
            return
        if not self._not_itself(pf, ("facts", i, "customer"), sup, cus, "supply"):
            return
        # a supply already running (`since`) starts then, a planned one (`start`) at its target
        common = self.common(pf, i, f, *((f.since, f.start) if f.since else (f.start,)))
        if common is None:
            return
        props = {
            **common,
            **date_props("since", f.since),
            **date_props("start", f.start),
            "product": f.product,
            "chemistry": f.chemistry,
            "cell_formats": f.cell_formats,
            "tier": f.tier,
            **quantity_props("volume", f.volume),
            "plant": plant.id if plant else None,
        }
        self._edge(pf, f, ("SUPPLIES", "Company", "Company"), sup.id, cus.id, props, f.product)

    def plant(self, pf: Parsed[FactFile], i: int, f: PlantFact) -> None:
        operators = [
            self.ref(pf, ("facts", i, "operators", j), name, ("Company",))
            for j, name in enumerate(f.operators)
        ]
        self._mentions[f.plant].append(self.fact_id(pf, ("facts", i)))
        common = self.common(pf, i, f, f.start_of_production, planned=False)
        if common is None:
            return
        base = {**common, **lifecycle_props(f, self.fact_id(pf, ("facts", i)))}
        if not self._listed_once(pf, ("facts", i, "operators"), f.operators, operators):
            return
        node = plant_node(f, base, [o.id for o in operators if o])
        once = self.descriptions[f.plant] == 1  # this fact alone describes the plant
        if once:
            self.out.final_nodes.append(("Plant", f.plant, node))
        else:
            self.out.plants.add(f.plant, node)
        self.derived.country(f.country, pf.model.source.id)
        link = {k: base[k] for k in LINK_PROPS if k in base}
        edge = self.out.final_edge if once else self.out.edge
        edge(("LOCATED_IN", "Plant", "Country"), f.plant, f.country, {**link, "region": f.region})
        for op in operators:
            if op:
                edge(("OPERATES", "Company", "Plant"), op.id, f.plant, link)
                self.derived.operates(op.id, f.country, f.plant, link)

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
        why = ": a company cannot partner with itself"
        if not self._listed_once(pf, ("facts", i, "parties"), f.parties, parties, why):
            return
        common = self.common(pf, i, f)
        if common is None:
            return
        props = {
            **common,
            "kind": f.kind,
            "name": f.name,
            "venture": venture.id if venture else None,
            **money_props("capital", f.capital),
            **money_props("deal_value", f.deal_value),
        }
        ids = sorted({p.id for p in found})  # one edge per pair, whatever the order listed
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                kind: EdgeKind = ("PARTNERS_WITH", "Company", "Company")
                self._edge(pf, f, kind, ids[a], ids[b], props, f.kind)
        if venture and f.capital:
            self.derived.capital[venture.id] = money_props("capital", f.capital)

    def investment(self, pf: Parsed[FactFile], i: int, f: InvestmentFact) -> None:
        investor = self.ref(pf, ("facts", i, "investor"), f.investor, ("Company",))
        target = self.ref(pf, ("facts", i, "target"), f.target, ("Company", "Plant"))
        if not investor or not target:
            return
        if not self._not_itself(pf, ("facts", i, "target"), investor, target, "invest in"):
            return
        common = self.common(pf, i, f)
        if common is not None:
            props = {**common, **money_props("amount", f.amount)}
            kind: EdgeKind = ("INVESTS_IN", "Company", target.label)
            self._edge(pf, f, kind, investor.id, target.id, props)


def energy_gwh(q: Quantity | None) -> float | None:
    """An energy quantity in GWh (None for mass or none)."""
    if q is None or q.unit not in ("GWh", "MWh"):
        return None
    return q.value if q.unit == "GWh" else q.value / 1000


def mass_tonnes(q: Quantity | None) -> float | None:
    """A mass quantity in tonnes (None for energy or none)."""
    if q is None or q.unit not in ("t", "kt"):
        return None
    return q.value if q.unit == "t" else q.value * 1000


def quantity_props(prefix: str, q: Quantity | None) -> Props:
    """Flatten a Quantity into `<prefix>_value`, `_unit`, `_per`, `_qualifier`, `_scope`."""
    if q is None:
        return {}
    return {
        f"{prefix}_value": q.value,
        f"{prefix}_unit": q.unit,
        f"{prefix}_per": q.per,
        f"{prefix}_qualifier": q.qualifier,
        f"{prefix}_scope": q.scope,
    }


def plant_node(f: PlantFact, base: Props, operators: list[str]) -> Props:
    """A plant fact's node: the common properties, where, what, how big, who runs it."""
    cap = f.capacity
    return clean(
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
            "capacity_qualifier": cap.qualifier if cap else None,
            "capacity_gwh": energy_gwh(cap),
            "capacity_tonnes": mass_tonnes(cap),
            "tier": f.tier,
            "phase": f.phase,
            **date_props("start_of_production", f.start_of_production),
            **money_props("investment", f.investment),
            "operators": operators,
            "search_keys": sorted({normalize_name(n) for n in [f.plant, f.name, *f.aliases]}),
        }
    )
