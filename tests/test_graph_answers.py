"""Answers from the three articles, read from the loaded graph with the README's example queries."""

from __future__ import annotations

from graph.db.client import Graph
from graph.model import CONFIRMED_STATUSES
from graph.names import normalize_name


def test_joint_venture_owners_total_95_and_nothing_invented(graph: Graph) -> None:
    rows = graph.read("examples/owns_stake", {"id": "beijing-era-new-energy"})
    stakes = {r["owner_id"]: r["percent"] for r in rows}
    assert stakes == {"catl": 51, "baic": 39, "xiaomi-auto": 5}
    assert sum(stakes.values()) == 95
    assert all(r["evidence"] for r in rows)


def test_misspelling_xiami_auto_resolves_to_xiaomi_auto(graph: Graph) -> None:
    rows = graph.read("examples/by_name", {"key": normalize_name("Xiami Auto")})
    assert [(r["id"], r["label"]) for r in rows] == [("xiaomi-auto", "Company")]


def test_malaysia_plant_is_in_my_and_operated_by_cbak(graph: Graph) -> None:
    rows = graph.read("examples/operates", {"country": "MY"})
    assert {r["operator_id"] for r in rows} == {"cbak-energy"}
    (plant,) = {r["plant_id"] for r in rows}
    assert any(r["start_of_production"] == "2025" and r["start_is_target"] for r in rows)
    located = graph.read("examples/located_in", {"country": "MY"})
    assert [r["plant_id"] for r in located] == [plant]


def test_ford_catl_michigan_plant_is_not_confirmed(graph: Graph) -> None:
    rows = graph.read("examples/located_in", {"country": "US"})
    assert rows, "the Michigan plant is in the graph"
    for r in rows:
        assert r["status"] == "under consideration"
        assert r["status"] not in CONFIRMED_STATUSES


def test_uk_plants_with_their_statuses_and_capacity(graph: Graph) -> None:
    rows = graph.read("examples/located_in", {"country": "GB"})
    assert len(rows) == 2
    assert {r["capacity_gwh"] for r in rows} >= {12}
    builders = graph.read("examples/builds_in", {"country": "GB"})
    assert [b["company_id"] for b in builders] == ["envision-aesc"]
    assert len(builders[0]["plants"]) == 2


def test_cbak_supplies_anker_32140_lfp_cells_since_2022(graph: Graph) -> None:
    rows = graph.read("examples/supplies", {"id": "cbak-energy"})
    anker = [r for r in rows if r["customer_id"] == "anker-innovations"]
    assert anker and "32140" in anker[0]["cell_formats"]
    assert anker[0]["since"] == "2022" and anker[0]["since_precision"] == "year"


def test_every_edge_type_has_an_example_that_answers(graph: Graph) -> None:
    params = {
        "partners_with": {"id": "catl"},
        "headquartered_in": {"country": "CN"},
        "mentions": {"source": "catl-baic-xiaomi-beijing-jv"},
    }
    for name, p in params.items():
        assert graph.read(f"examples/{name}", p), name
    assert graph.read("examples/invests_in", {"id": "catl"}) == []  # no investment is stated
