"""Rows derived from the registry and from every file's facts, made once all are built:
companies (with the sources that mention them and a venture's capital), countries (with the
sources of their plants), HEADQUARTERED_IN and BUILDS_IN (a company's plants in a country)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pycountry

from graph.model import Basis, Status
from graph.names import normalize_name
from loaders.buffer import RowBuffer
from loaders.merge import PARALLEL_LISTS, merge_dates
from loaders.props import clean
from loaders.rowstore import Props
from loaders.schema import Company, Registry

_STATUS_RANK = {s.value: i for i, s in enumerate(Status)}


@dataclass
class BuildsIn:
    """What the plants of one company in one country add up to (a BUILDS_IN edge): the
    firmest status, the plant facts' sources and quotes, from the first plant's first day
    until the last plant's end (when every plant has ended)."""

    status: str
    plants: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    fact_ids: set[str] = field(default_factory=set)
    evidence: dict[str, list[Props]] = field(default_factory=lambda: defaultdict(list))
    dates: Props = field(default_factory=dict)
    ends: list[Props | None] = field(default_factory=list)

    def add(self, plant: str, link: Props) -> None:
        if _STATUS_RANK[link["status"]] < _STATUS_RANK[self.status]:
            self.status = link["status"]
        self.plants.add(plant)
        self.sources.update(link["sources"])
        self.fact_ids.update(link["fact_ids"])
        for k in PARALLEL_LISTS:
            self.evidence[k].extend(link.get(k, []))
        merge_dates(self.dates, {k: v for k, v in link.items() if k.startswith("valid_from")})
        until = {k: v for k, v in link.items() if k.startswith("valid_until")}
        self.ends.append(until or None)

    def props(self) -> Props:
        """The BUILDS_IN edge's properties."""
        ends = [e for e in self.ends if e is not None]
        last = max(ends, key=lambda e: e["valid_until"]) if len(ends) == len(self.ends) else {}
        return {
            "status": self.status,
            "basis": "source",
            "plants": sorted(self.plants),
            "sources": sorted(self.sources),
            "fact_ids": sorted(self.fact_ids),
            **{k: list(v) for k, v in self.evidence.items()},
            **self.dates,
            **last,
        }


def country_node(code: str) -> Props:
    """A country's node (without sources): its name and the names it is searched by."""
    c = pycountry.countries.get(alpha_2=code)
    name = getattr(c, "common_name", None) or c.name if c else code
    names = {code, name, getattr(c, "official_name", name) if c else name, c.alpha_3 if c else code}
    return {
        "id": code,
        "name": name,
        "sources": [],
        "search_keys": sorted(normalize_name(n) for n in names),
    }


def company_node(c: Company, sources: list[str], capital: Props) -> Props:
    """A registry company's node."""
    names = [c.id, c.name, *([c.short_name] if c.short_name else []), *c.aliases]
    return clean(
        {
            "id": c.id,
            "name": c.name,
            "short_name": c.short_name,
            "display_name": c.short_name or c.name,
            "aliases": c.aliases,
            "kind": c.kind,
            "country": c.country,
            "description": c.description,
            "sources": sources,
            "evidence": [ev.quote for ev in c.evidence],
            "evidence_sources": [ev.source for ev in c.evidence],
            "search_keys": sorted({normalize_name(n) for n in names}),
            **capital,
        }
    )


def headquarters(c: Company) -> Props:
    """A company's HEADQUARTERED_IN edge's properties: the registry's evidence quotes, or,
    where no article states the company's country, `basis: curator` (general knowledge) and
    no source."""
    if not c.evidence:
        return {
            "status": Status.CONFIRMED.value,
            "basis": Basis.CURATOR.value,
            "note": "headquarters country stated by the curator from general knowledge",
        }
    return {
        "status": Status.CONFIRMED.value,
        "basis": Basis.SOURCE.value,
        "sources": sorted({ev.source for ev in c.evidence}),
        "evidence": [ev.quote for ev in c.evidence],
        "evidence_sources": [ev.source for ev in c.evidence],
    }


class Derived:
    """What the facts add to the derived rows, gathered file by file; `add_rows` at the end."""

    def __init__(self) -> None:
        self.builds: dict[tuple[str, str], BuildsIn] = {}
        self.capital: dict[str, Props] = {}  # venture id → its capital's properties
        self.company_sources: dict[str, set[str]] = defaultdict(set)
        self.countries: dict[str, Props] = {}
        self._country_sources: dict[str, set[str]] = {}

    def country(self, code: str, source: str | None) -> None:
        """The country `code` is in the graph; `source` (if any) names a plant there."""
        node = self.countries.get(code)
        if node is None:
            node = self.countries[code] = country_node(code)
            self._country_sources[code] = set()
        seen = self._country_sources[code]
        if source and source not in seen:
            seen.add(source)
            node["sources"].append(source)

    def operates(self, company: str, country: str, plant: str, link: Props) -> None:
        """`company` operates `plant` in `country` (`link`: the plant fact's status, sources,
        facts and first day)."""
        builds = self.builds.get((company, country))
        if builds is None:
            builds = self.builds[(company, country)] = BuildsIn(link["status"])
        builds.add(plant, link)

    def add_rows(self, registry: Registry, out: RowBuffer) -> None:
        """The derived rows, into `out`: companies, headquarters, BUILDS_IN, countries."""
        for c in registry.companies:
            srcs = sorted(self.company_sources[c.id] | {ev.source for ev in c.evidence})
            out.nodes["Company"][c.id] = company_node(c, srcs, self.capital.get(c.id, {}))
            self.country(c.country, None)
            out.edge(("HEADQUARTERED_IN", "Company", "Country"), c.id, c.country, headquarters(c))
        for (company, country), builds in self.builds.items():
            out.edge(("BUILDS_IN", "Company", "Country"), company, country, builds.props())
        out.nodes["Country"].update(self.countries)
