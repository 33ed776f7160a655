"""The curated dataset against its sources: every file validates, every evidence quote is copied
verbatim from its article, and the curation rules that are easy to break stay unbroken
(no invented joint-venture remainder, nothing about the Ford–CATL Michigan plant firmer than
"under consideration", the headline's $357 million is not an investment).

Pure file checks: no database is needed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.names import normalize_name
from loaders.schema import (
    FactFile,
    InvestmentFact,
    PartnershipFact,
    PlantFact,
    Registry,
    StakeFact,
    SupplyFact,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FACTS = DATA / "facts"
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"

EXPECTED_SOURCES = {
    "energynews-cbak-anker-malaysia",
    "battery-week-aesc-cosmx-catl-ford",
    "catl-baic-xiaomi-beijing-jv",
}
FACT_PATHS = sorted(FACTS.glob("*.yaml"))

# Passages quoted in a note with straight double quotes, paired left to right; those of 15
# characters or more are quotes from the article (shorter ones may be words being discussed).
NOTE_QUOTE = re.compile(r'"([^"]*)"')


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def fact_file(path: Path) -> FactFile:
    return FactFile.model_validate(load_yaml(path))


def registry() -> Registry:
    return Registry.model_validate(load_yaml(DATA / "entities.yaml"))


def source_text(source_id: str) -> str:
    if not SOURCES.is_dir():
        pytest.skip(
            f"the captured articles are not here ({SOURCES} is missing): "
            "evidence quotes cannot be checked against them"
        )
    path = SOURCES / f"{source_id}.txt"
    assert path.is_file(), f"no captured text {path} for source {source_id!r}"
    return path.read_text(encoding="utf-8")


def resolver() -> dict[str, str]:
    """Normalised id / name / short name / alias → company id, and plant id / name → plant id."""
    index: dict[str, str] = {}
    for c in registry().companies:
        for name in [c.id, c.name, c.short_name, *c.aliases]:
            if name:
                index[normalize_name(name)] = c.id
    for _, f in all_facts():
        if isinstance(f, PlantFact):
            for name in [f.plant, f.name, *f.aliases]:
                index[normalize_name(name)] = f.plant
    return index


def resolve(index: dict[str, str], name: str) -> str:
    key = normalize_name(name)
    assert key in index, f"{name!r} names no entity"
    return index[key]


def all_facts() -> list[tuple[str, Any]]:
    return [(p.stem, f) for p in FACT_PATHS for f in fact_file(p).facts]


# -- every file ----------------------------------------------------------------------------------


def test_the_three_sources_have_fact_files() -> None:
    assert {p.stem for p in FACT_PATHS} == EXPECTED_SOURCES


@pytest.mark.parametrize("path", FACT_PATHS, ids=lambda p: p.stem)
def test_fact_file_validates_and_is_named_after_its_source(path: Path) -> None:
    model = fact_file(path)
    assert model.source.id == path.stem
    assert model.facts, f"{path.name} has no facts"
    ids = [f.id for f in model.facts]
    assert len(ids) == len(set(ids)), f"duplicate fact ids in {path.name}"


@pytest.mark.parametrize("path", FACT_PATHS, ids=lambda p: p.stem)
def test_every_evidence_quote_is_verbatim(path: Path) -> None:
    model = fact_file(path)
    text = source_text(model.source.id)
    assert model.source.title in text, "the title is not the article's printed title"
    for fact in model.facts:
        for quote in fact.evidence:
            assert quote in text, f"{path.name}#{fact.id}: evidence not verbatim: {quote!r}"


@pytest.mark.parametrize("path", FACT_PATHS, ids=lambda p: p.stem)
def test_passages_quoted_in_notes_are_verbatim(path: Path) -> None:
    model = fact_file(path)
    text = source_text(model.source.id)
    notes = [("source", model.source.note)] + [(f.id, f.note) for f in model.facts]
    for where, note in notes:
        for quote in (q for q in NOTE_QUOTE.findall(note or "") if len(q) >= 15):
            assert quote in text, f"{path.name}#{where}: note quotes {quote!r}, not in the article"


def test_registry_validates_and_its_evidence_is_verbatim() -> None:
    reg = registry()
    ids = [c.id for c in reg.companies]
    assert len(ids) == len(set(ids))
    for c in reg.companies:
        for ev in c.evidence:
            assert ev.source in EXPECTED_SOURCES, f"{c.id}: unknown source {ev.source!r}"
            assert ev.quote in source_text(ev.source), f"{c.id}: quote not verbatim: {ev.quote!r}"


def test_no_name_or_alias_names_two_companies() -> None:
    owner: dict[str, str] = {}
    for c in registry().companies:
        for name in {normalize_name(n) for n in [c.id, c.name, c.short_name, *c.aliases] if n}:
            assert owner.setdefault(name, c.id) == c.id, f"{name!r}: {owner[name]} and {c.id}"


def test_every_reference_resolves() -> None:
    index = resolver()
    plants = {f.plant for _, f in all_facts() if isinstance(f, PlantFact)}
    for stem, f in all_facts():
        refs: list[str] = []
        if isinstance(f, StakeFact):
            refs = [f.owner] + ([] if f.owned in plants else [f.owned])
        elif isinstance(f, SupplyFact):
            refs = [f.supplier, f.customer]
            assert f.plant is None or f.plant in plants, f"{stem}#{f.id}: unknown plant {f.plant}"
        elif isinstance(f, PlantFact):
            refs = list(f.operators)
        elif isinstance(f, PartnershipFact):
            refs = [*f.parties, *([f.venture] if f.venture else [])]
        elif isinstance(f, InvestmentFact):
            refs = [f.investor] + ([] if f.target in plants else [f.target])
        for name in refs:
            resolve(index, name)


# -- curation rules --------------------------------------------------------------------------------


def test_joint_venture_stakes_sum_to_the_stated_95_percent() -> None:
    index = resolver()
    stakes = {
        resolve(index, f.owner): f.percent
        for _, f in all_facts()
        if isinstance(f, StakeFact) and resolve(index, f.owned) == "beijing-era-new-energy"
    }
    assert stakes == {"catl": 51, "baic": 39, "xiaomi-auto": 5}, "the 5 % remainder is not stated"
    assert sum(stakes.values()) == 95


def test_joint_venture_capital_is_on_the_partnership() -> None:
    index = resolver()
    jv = [
        f
        for _, f in all_facts()
        if isinstance(f, PartnershipFact) and f.kind == "joint venture" and f.capital
    ]
    assert len(jv) == 1
    assert jv[0].venture and resolve(index, jv[0].venture) == "beijing-era-new-energy"
    assert (jv[0].capital.amount, jv[0].capital.currency) == (1_000_000_000, "CNY")
    assert {resolve(index, p) for p in jv[0].parties} == {"catl", "baic", "xiaomi-auto"}


def test_the_misspelt_alias_is_exercised() -> None:
    beijing = fact_file(FACTS / "catl-baic-xiaomi-beijing-jv.yaml")
    used = [
        f.id
        for f in beijing.facts
        if isinstance(f, PartnershipFact)
        and "Xiami Auto" in f.parties
        and any("Xiami Auto" in quote for quote in f.evidence)
    ]
    assert used, "no fact of the Beijing article names 'Xiami Auto' as the article prints it"
    assert resolve(resolver(), "Xiami Auto") == "xiaomi-auto"


def test_michigan_facts_are_all_under_consideration() -> None:
    index = resolver()
    facts = all_facts()
    michigan_plants = {
        f.plant for _, f in facts if isinstance(f, PlantFact) and f.region == "Michigan"
    }
    assert michigan_plants, "the Ford–CATL Michigan plant is missing"

    def about_michigan(f: Any) -> bool:
        if any("Michigan" in quote for quote in f.evidence):
            return True
        if isinstance(f, PlantFact):
            return f.plant in michigan_plants
        if isinstance(f, StakeFact):
            return f.owned in michigan_plants
        if isinstance(f, SupplyFact):
            return f.plant in michigan_plants
        if isinstance(f, InvestmentFact):
            return f.target in michigan_plants
        if isinstance(f, PartnershipFact):
            return {resolve(index, p) for p in f.parties} == {"ford", "catl"}
        return False

    michigan = [f for _, f in facts if about_michigan(f)]
    assert {type(f) for f in michigan} >= {PlantFact, StakeFact, SupplyFact}
    for f in michigan:
        assert f.status == "under consideration", f"{f.id} is {f.status!r}"
    stake = next(f for f in michigan if isinstance(f, StakeFact))
    assert resolve(index, stake.owner) == "ford" and stake.percent is None
    plant = next(f for f in michigan if isinstance(f, PlantFact))
    assert [resolve(index, o) for o in plant.operators] == ["catl"]


def test_headline_357_million_is_a_deal_value_not_an_investment() -> None:
    model = fact_file(FACTS / "energynews-cbak-anker-malaysia.yaml")
    assert not [f for f in model.facts if isinstance(f, InvestmentFact)]
    values = [f.deal_value for f in model.facts if isinstance(f, PartnershipFact) and f.deal_value]
    assert [(v.amount, v.currency) for v in values] == [(357_000_000, "USD")]
    plant = next(f for f in model.facts if isinstance(f, PlantFact))
    assert plant.investment is None
    assert plant.start_of_production and plant.start_of_production.target


def test_undated_pages_have_no_published_date_and_say_why() -> None:
    for path in FACT_PATHS:
        src = fact_file(path).source
        assert src.published is None and src.url is None, path.name
        assert src.note and "No date printed" in src.note, path.name
    assert fact_file(FACTS / "catl-baic-xiaomi-beijing-jv.yaml").source.quotes == "Electrive"


def test_dates_keep_the_precision_the_articles_give() -> None:
    by_id = {(stem, f.id): f for stem, f in all_facts()}
    week = "battery-week-aesc-cosmx-catl-ford"
    beijing = "catl-baic-xiaomi-beijing-jv"
    expected = {
        ((week, "aesc-sunderland-plant-2"), "announced"): ("2023-12-09", "day", False),
        ((week, "aesc-sunderland-plant-2"), "start_of_production"): ("2025", "year", True),
        ((week, "aesc-sunderland-plant-1"), "start_of_production"): ("2012", "year", False),
        ((week, "cosmx-supplies-jlr-12v-batteries"), "start"): ("2025", "year", True),
        ((beijing, "catl-stake-beijing-era"), "announced"): ("2024-03-11", "day", False),
        ((beijing, "catl-beijing-plant"), "announced"): ("2024-01", "month", False),
        (("energynews-cbak-anker-malaysia", "cbak-supplies-anker-32140-cells"), "since"): (
            "2022",
            "year",
            False,
        ),
    }
    for (key, field), (date, precision, target) in expected.items():
        d = getattr(by_id[key], field)
        assert d is not None, f"{key}: {field} missing"
        assert (d.date, d.precision, d.target) == (date, precision, target), f"{key}.{field}"
