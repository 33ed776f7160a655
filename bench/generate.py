"""A deterministic generator of synthetic curated-fact folders shaped like the real data.

In: a size (S = 1,000 facts, M = 50,000, L = 500,000), a seed and a target folder. Out: a data
folder (`entities.yaml` + `facts/<source-id>.yaml`) that `kg load` accepts, and, when asked, a
twin folder in which 1 % of the facts changed (for the reload benchmark).

Shape: companies ranked by a power law (a few hundred large ones with many plants, customers and
partners; a long tail of small ones), joint ventures owned by two or three parents (ventures of
ventures give ownership chains several levels deep), plants across 70 countries, statuses and
dates spread over 2010–2030, the same plant or stake reported by several sources, names written
as ids, names or aliases. Every fact is synthetic and says so in its evidence quote.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIZES: dict[str, int] = {"S": 1_000, "M": 50_000, "L": 500_000}
"""Facts per size."""

COUNTRIES = (
    "CN US DE KR JP HU PL GB FR SE IN ID MY TH VN MX CA ES IT CZ SK PT NO FI AT BE NL TR MA BR "
    "AR CL AU SA AE EG ZA RS RO BG GR DK IE CH SG PH TW IL UA KZ UZ PK BD LK NZ PE CO UY TN NG "
    "KE ET GH QA OM HR SI LT LV EE"
).split()
KINDS = (
    ("cell maker", 25),
    ("automaker", 20),
    ("materials supplier", 18),
    ("consumer electronics", 10),
    ("joint venture", 15),
    ("technology", 7),
    ("other", 5),
)
STATUSES = (
    ("confirmed", 50),
    ("announced", 25),
    ("reported", 12),
    ("under consideration", 10),
    ("denied", 3),
)
CHEMISTRIES = ("LFP", "NMC", "NCA", "LMFP", "sodium-ion")
FORMATS = ("prismatic", "pouch", "4680", "46xx", "21700", "32140", "40135")
PRODUCTS = (
    "LFP cells",
    "NMC cells",
    "battery packs",
    "cathode material",
    "anode material",
    "electrolyte",
    "separators",
    "battery modules",
    "12 V low-voltage batteries",
    "lithium hydroxide",
)
PARTNERSHIP_KINDS = (
    "memorandum of understanding",
    "strategic cooperation",
    "framework agreement",
    "supplier selection",
)
OWNERSHIP_SPLITS = ((51, 49), (50, 50), (51, 39, 5), (60, 40), (70, 30), (40, 30, 20), (None, None))
FACT_MIX = (("plant", 25), ("supply", 35), ("stake", 10), ("partnership", 20), ("investment", 10))


@dataclass
class World:
    """The synthetic industry the facts are drawn from (companies, ownership plan, plants)."""

    n_companies: int
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    owners: dict[int, list[tuple[int, int | None]]] = field(default_factory=dict)
    plants: list[dict[str, Any]] = field(default_factory=list)
    plants_of: dict[int, list[int]] = field(default_factory=dict)


def _weights(pairs: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    values = [v for v, _ in pairs]
    return values, list(itertools.accumulate(w for _, w in pairs))


def _power_law(n: int, exponent: float = 1.1) -> list[float]:
    """Cumulative weights of ranks 0..n-1 proportional to 1 / (rank + 1) ** exponent."""
    return list(itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(n)))


def company_id(i: int) -> str:
    """The slug of synthetic company `i`."""
    return f"co-{i:06d}"


def company_name(i: int) -> str:
    """The display name of synthetic company `i`."""
    return f"Synthetic Company {i} Batteries"


def company_alias(i: int) -> str:
    """An alias of synthetic company `i`, as a source might spell it."""
    return f"SynthCo {i} Ltd"


def plant_id(p: int) -> str:
    """The slug of synthetic plant `p`."""
    return f"plant-{p:06d}"


class Generator:
    """Draws a `World` and its facts from one seeded random stream."""

    def __init__(self, facts: int, seed: int) -> None:
        self.n_facts = facts
        self.rng = random.Random(seed)
        n_companies = max(60, facts // 12)
        self.world = World(n_companies)
        self.company_cum = _power_law(n_companies)
        self.country_cum = _power_law(len(COUNTRIES), 1.3)
        self.status_values, self.status_cum = _weights(STATUSES)
        self.recent_plants: deque[int] = deque(maxlen=20)  # longer than any file
        self._draw_world()

    # -- the world --------------------------------------------------------------------------
    def company(self) -> int:
        """A company drawn by the power law (low ranks are large companies)."""
        return self.rng.choices(range(self.world.n_companies), cum_weights=self.company_cum)[0]

    def country(self) -> str:
        return self.rng.choices(COUNTRIES, cum_weights=self.country_cum)[0]

    def _draw_world(self) -> None:
        w, rng = self.world, self.rng
        kinds, kind_cum = _weights(KINDS)
        for i in range(w.n_companies):
            kind = "cell maker" if i < 3 else rng.choices(kinds, cum_weights=kind_cum)[0]
            w.kinds.append(kind)
            w.countries.append(self.country())
        for i in range(w.n_companies):
            if w.kinds[i] == "joint venture" and i > 10:
                split = rng.choice(OWNERSHIP_SPLITS)
                parents: list[int] = []
                while len(parents) < len(split):
                    # owners rank above the venture; ventures of ventures make chains
                    p = rng.choices(range(i), cum_weights=self.company_cum[:i])[0]
                    if p not in parents:
                        parents.append(p)
                w.owners[i] = list(zip(parents, split, strict=True))
        n_plants = max(20, int(self.n_facts * 0.25 * 0.8))
        for p in range(n_plants):
            ops = [self.company()]
            if rng.random() < 0.2:
                other = self.company()
                if other != ops[0]:
                    ops.append(other)
            start = rng.randint(2010, 2030)
            plant: dict[str, Any] = {
                "id": plant_id(p),
                "name": f"Synthetic Plant {p}",
                "operators": ops,
                "country": self.country(),
                "region": f"Region {rng.randint(1, 400)}",
                "chemistry": rng.choice(CHEMISTRIES),
                "cell_formats": rng.sample(FORMATS, rng.randint(0, 2)),
                "capacity": rng.choice((None, 2, 5, 8, 12, 16, 20, 30, 40, 60, 100)),
                "start": start,
            }
            w.plants.append(plant)
            for op in ops:
                w.plants_of.setdefault(op, []).append(p)

    # -- facts -------------------------------------------------------------------------------
    def status(self) -> str:
        return self.rng.choices(self.status_values, cum_weights=self.status_cum)[0]

    def date(self, lo: int = 2010, hi: int = 2026) -> object:
        rng = self.rng
        year = rng.randint(lo, hi)
        if year > 2026:
            return {"date": year, "target": True, "text": f"by the end of {year}"}
        roll = rng.random()
        if roll < 0.5:
            return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if roll < 0.8:
            return f"{year}-{rng.randint(1, 12):02d}"
        return year

    def ref(self, i: int) -> str:
        """How a source names company `i`: usually its id, sometimes its name or an alias."""
        roll = self.rng.random()
        if roll < 0.8:
            return company_id(i)
        return company_name(i) if roll < 0.95 else company_alias(i)

    def two_companies(self) -> tuple[int, int]:
        a = self.company()
        b = self.company()
        while b == a:
            b = self.company()
        return a, b

    def fact(self, kind: str, n: int) -> dict[str, object]:
        """Fact number `n` of kind `kind`, as the mapping a YAML file holds (without its id)."""
        rng, w = self.rng, self.world
        common: dict[str, object] = {"status": self.status(), "announced": self.date()}
        if kind == "plant":
            # every plant is described at least once; later plant facts repeat one at random
            p = n if n < len(w.plants) else rng.randrange(len(w.plants))
            while p in self.recent_plants:  # one plant fact per plant and file
                p = rng.randrange(len(w.plants))
            self.recent_plants.append(p)
            pl = w.plants[p]
            body: dict[str, object] = {
                "plant": pl["id"],
                "name": pl["name"],
                "operators": [self.ref(o) for o in pl["operators"]],  # type: ignore[attr-defined]
                "country": pl["country"],
                "region": pl["region"],
                "chemistry": pl["chemistry"],
                "cell_formats": pl["cell_formats"],
                "start_of_production": self.date(int(pl["start"]), int(pl["start"])),  # type: ignore[call-overload]
            }
            if pl["capacity"]:
                body["capacity"] = {"value": pl["capacity"], "unit": "GWh"}
            if rng.random() < 0.3:
                body["investment"] = {"amount": rng.randint(1, 500) * 10_000_000, "currency": "USD"}
            text = f"{pl['name']} in {pl['country']} will make {pl['chemistry']} cells"
        elif kind == "supply":
            a, b = self.two_companies()
            product = rng.choice(PRODUCTS)
            body = {"supplier": self.ref(a), "customer": self.ref(b), "product": product}
            if rng.random() < 0.5:
                body["since"] = self.date()
            if a in w.plants_of and rng.random() < 0.3:
                body["plant"] = plant_id(rng.choice(w.plants_of[a]))
            text = f"{company_name(a)} supplies {product} to {company_name(b)}"
        elif kind == "stake":
            ventures = list(w.owners)
            if ventures:
                owned = ventures[rng.randrange(len(ventures))]
                owner, percent = rng.choice(w.owners[owned])
            else:
                owner, owned = self.two_companies()
                percent = None
            body = {"owner": self.ref(owner), "owned": self.ref(owned)}
            if percent is not None:
                body["percent"] = percent
            text = f"{company_name(owner)} holds a stake in {company_name(owned)}"
        elif kind == "partnership":
            a, b = self.two_companies()
            parties = [a, b]
            if rng.random() < 0.2:
                c = self.company()
                if c not in parties:
                    parties.append(c)
            kind_ = rng.choice(PARTNERSHIP_KINDS)
            body = {"parties": [self.ref(x) for x in parties], "kind": kind_}
            text = f"{company_name(a)} signed a {kind_} with {company_name(b)}"
        else:
            a = self.company()
            if rng.random() < 0.5 and w.plants:
                target = plant_id(rng.randrange(len(w.plants)))
            else:
                b = self.company()
                target = self.ref(b if b != a else (a + 1) % w.n_companies)
            body = {"investor": self.ref(a), "target": target}
            if rng.random() < 0.6:
                body["amount"] = {"amount": rng.randint(1, 900) * 1_000_000, "currency": "USD"}
            text = f"{company_name(a)} invests in {target}"
        return {
            "type": kind,
            **common,
            **body,
            "evidence": f"Synthetic fact {n}: {text} (generated for benchmarks).",
        }

    def facts(self) -> Iterator[dict[str, object]]:
        """All facts, plant facts first in number so every plant is described at least once."""
        kinds, cum = _weights(FACT_MIX)
        drawn = self.rng.choices(kinds, cum_weights=cum, k=self.n_facts)
        counters: dict[str, int] = dict.fromkeys(kinds, 0)
        plants_needed = len(self.world.plants)
        # make sure there are enough plant facts to describe every plant once
        extra = plants_needed - drawn.count("plant")
        for i in range(len(drawn)):
            if extra <= 0:
                break
            if drawn[i] != "plant":
                drawn[i] = "plant"
                extra -= 1
        for kind in drawn:
            n = counters[kind]
            counters[kind] += 1
            yield self.fact(kind, n)

    def registry(self) -> str:
        """The text of `entities.yaml`."""
        w = self.world
        lines = ["# Synthetic registry generated by bench/generate.py (not real companies).", ""]
        lines.append("companies:")
        for i in range(w.n_companies):
            lines += [
                f"  - id: {company_id(i)}",
                f"    name: {company_name(i)}",
                f"    aliases: [{company_alias(i)}]",
                f"    kind: {w.kinds[i]}",
                f"    country: {_yaml_value(w.countries[i])}",
            ]
        return "\n".join(lines) + "\n"


def _yaml_value(value: object) -> str:
    """A flow-style YAML scalar or collection (JSON is valid YAML for these values)."""
    return json.dumps(value, ensure_ascii=True)


def fact_file_text(
    source_id: str, n: int, published: object, facts: list[dict[str, object]]
) -> str:
    """The YAML text of one facts file."""
    lines = [
        "source:",
        f"  id: {source_id}",
        f"  title: Synthetic battery industry article {n}",
        f"  publisher: Synthetic Wire {n % 37}",
        f"  url: https://example.invalid/articles/{n}",
        f"  published: {_yaml_value(published)}",
        "facts:",
    ]
    for k, fact in enumerate(facts):
        lines.append(f"  - id: fact-{k + 1}")
        lines += [f"    {key}: {_yaml_value(value)}" for key, value in fact.items()]
    return "\n".join(lines) + "\n"


def changed(fact: dict[str, object], rng: random.Random) -> dict[str, object]:
    """The fact as a later edit of the curated file would leave it (status or evidence)."""
    out = dict(fact)
    if rng.random() < 0.5:
        out["status"] = "confirmed" if fact["status"] != "confirmed" else "announced"
    else:
        out["evidence"] = str(fact["evidence"]).replace("(generated", "(revised, generated")
    return out


def generate(
    size: str,
    out: Path,
    *,
    seed: int = 20261122,
    changed_out: Path | None = None,
    change_fraction: float = 0.01,
    on_file: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Write the dataset of `size` into `out` (replaced if present); return its counts.

    With `changed_out`, also write the same dataset with `change_fraction` of the facts changed
    (unchanged files are hard links to those in `out`). `on_file(n)` is called per file written.
    """
    n_facts = SIZES[size]
    gen = Generator(n_facts, seed)
    change_rng = random.Random(seed + 1)
    for folder in (out, changed_out):
        if folder is None:
            continue
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "facts").mkdir(parents=True)
    registry = gen.registry()
    (out / "entities.yaml").write_text(registry)
    if changed_out:
        (changed_out / "entities.yaml").write_text(registry)
    facts = gen.facts()
    files = n_changed = 0
    written = 0
    while written < n_facts:
        batch = list(itertools.islice(facts, gen.rng.randint(3, 17)))
        if not batch:
            break
        written += len(batch)
        source_id = f"src-{files:06d}"
        published = gen.date()
        name = f"{source_id}.yaml"
        (out / "facts" / name).write_text(fact_file_text(source_id, files, published, batch))
        if changed_out:
            picks = [change_rng.random() < change_fraction for _ in batch]
            if any(picks):
                n_changed += sum(picks)
                edited = [
                    changed(f, change_rng) if pick else f
                    for f, pick in zip(batch, picks, strict=True)
                ]
                text = fact_file_text(source_id, files, published, edited)
                (changed_out / "facts" / name).write_text(text)
            else:
                os.link(out / "facts" / name, changed_out / "facts" / name)
        files += 1
        if on_file:
            on_file(files)
    return {
        "facts": written,
        "files": files + 1,
        "companies": gen.world.n_companies,
        "plants": len(gen.world.plants),
        "changed_facts": n_changed,
    }
