"""Turn validated files into graph rows: the registry and the two passes over the facts files.

In: the parsed registry, then every facts file twice, one at a time: first its outline, to learn
the plants' names (`Builder.index_file`), then the file, to build its rows (`Builder.add_file`).
Out: `GraphRows` (node rows by label, edge rows by relationship type and endpoint labels, in a
temporary file), and the problems that stop the load. Rows that only one file can state (its
source and the source's mentions) are final as soon as the file is built: they go to the row
store at once and, when `on_final` is given, to it (the load writes them meanwhile). No
file's model is kept after its turn.

The parts: `facts_to_rows` (each fact's rows), `merge` (a row stated again), `buffer` (rows in
memory until the row store), `derived` (companies, countries, HEADQUARTERED_IN, BUILDS_IN),
`checks` (across files), `outline` (what the first pass keeps of a file).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from loaders.buffer import OnFinal, RowBuffer
from loaders.checks import StakeTotals, check_registry_sources
from loaders.derived import Derived
from loaders.facts_to_rows import FactRows
from loaders.files import Parsed
from loaders.merge import merge_edge, merge_node
from loaders.outline import Outline
from loaders.problems import ProblemLog
from loaders.resolve import Entity, Resolver
from loaders.rowstore import GraphRows
from loaders.schema import FactFile, Registry


class Builder:
    """Graph rows from a registry and facts files: `index_file` the `Outline` of every file
    first (it learns the plants' names), then `add_file` every file in the same order, then
    `finish`."""

    def __init__(self, registry: Parsed[Registry], on_final: OnFinal | None = None) -> None:
        self.registry = registry
        self.problems = ProblemLog()
        self.resolver = Resolver()
        self.buffer = RowBuffer(on_final)
        self.rows: GraphRows = self.buffer.rows
        self.source_ids: set[str] = set()
        self.plant_ids: set[str] = set()
        self._companies: dict[str, int] = {}  # id → index in the registry
        self._plant_files: dict[str, str] = {}
        self._descriptions: Counter[str] = Counter()  # plant id → plant facts describing it
        self._plant_countries: set[str] = set()
        self.derived = Derived()
        self.stakes = StakeTotals()
        self.facts = FactRows(
            self.resolver,
            self.buffer,
            self.derived,
            self.stakes,
            self.problems,
            self.plant_ids,
            self._descriptions,
        )
        self._index_registry()

    @property
    def on_final(self) -> OnFinal | None:
        """Called with the final rows the database lacks, as they are stored."""
        return self.buffer.on_final

    @on_final.setter
    def on_final(self, value: OnFinal | None) -> None:
        self.buffer.on_final = value

    # -- registry and first pass ----------------------------------------------------------
    def _index_registry(self) -> None:
        seen = self._companies
        path = self.registry.path
        for i, c in enumerate(self.registry.model.companies):
            if c.id in seen:
                first = self.problems.line(path, ("companies", seen[c.id]))
                self.problems.at(
                    path,
                    ("companies", i, "id"),
                    f"duplicate id {c.id!r} (first at {path.name}:{first})",
                    "give each company one entry; put other spellings in aliases",
                )
                continue
            seen[c.id] = i
            names = [c.name, *([c.short_name] if c.short_name else []), *c.aliases]
            for clash in self.resolver.add(Entity(c.id, "Company", c.short_name or c.name), names):
                self.problems.at(
                    path,
                    ("companies", i, "aliases"),
                    f"ambiguous name: {clash}",
                    "an alias may name only one entity",
                )

    def index_file(self, outline: Outline) -> None:
        """First pass over a file (its `outline`): its source id, its plants' names and the
        facts it supersedes."""
        self.source_ids.add(outline.source_id)
        self.facts.superseded.update(outline.superseded)
        plant_files = self._plant_files
        path = outline.path
        for p in outline.plants:
            self.plant_ids.add(p.plant)
            if p.plant in self._companies:
                self.problems.at(
                    path,
                    ("facts", p.index, "plant"),
                    f"plant id {p.plant!r} is already a company id",
                    "give the plant its own id, e.g. '<operator>-<city>-plant'",
                )
                continue
            if plant_files.get(p.plant, "").startswith(path.name + "#"):
                self.problems.at(
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
                self.problems.at(
                    path,
                    ("facts", p.index, "aliases"),
                    f"ambiguous name: {clash}",
                    "an alias may name only one entity",
                )

    def index_unread(self, path: Path) -> None:
        """First pass over a facts file that could not be read or validated (its problems
        are reported): its source id is its name, and what it would define is not blamed on
        the files that use it (registry evidence from it, its plants named elsewhere)."""
        self.source_ids.add(path.stem)
        self.facts.unread.append(path)

    def node_ids(self) -> dict[str, list[str]]:
        """After the first pass: the ids of every company (the registry's), plant and
        country (of the registry and of the plants)."""
        companies = self.registry.model.companies
        return {
            "Country": sorted(self._plant_countries | {c.country for c in companies}),
            "Company": [c.id for c in companies],
            "Plant": sorted(self.plant_ids),
        }

    # -- second pass and the end ----------------------------------------------------------
    def add_file(self, pf: Parsed[FactFile]) -> None:
        """Second pass over a file: the rows of its facts, its source node and its mentions."""
        self.facts.add_file(pf)

    def finish(self) -> GraphRows:
        """After the last `add_file`: the cross-file checks, the derived rows (companies,
        countries, headquarters, BUILDS_IN), every row in the row store."""
        check_registry_sources(self.registry, self.source_ids, self.problems)
        for patch in self.facts.timeline.patches(self.problems):
            self.buffer.edges.add(patch)
        self.stakes.check(self.problems, self.facts.timeline.ended_at)
        self.derived.add_rows(self.registry.model, self.buffer)
        self.buffer.flush_final()
        self.buffer.flush()
        self.rows.seal(merge_node, merge_edge)
        return self.rows
