"""Supply-chain analytics: hand-computed answers on small hand-built graphs, then the curated
dataset (through the real Neo4j), the API and the CLI.

Expected answers for the dataset come from the source articles: CATL holds 51 % of the Beijing
joint venture (catl-baic-xiaomi-beijing-jv), Anker buys LFP cells from CBAK Energy "since 2022"
while CBAK's Malaysian plant is only due "by the end of 2025" (energynews-cbak-anker-malaysia),
and the Ford–CATL Michigan plant and its supply are only under consideration (battery-week-…)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import networkx as nx
import pytest
import yaml
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings
from graph.analytics.communities import communities, louvain
from graph.analytics.control import (
    MAX_CHAIN,
    control,
    control_of,
    effective_stake,
    ownership_graph,
)
from graph.analytics.dependence import dependence, hhi
from graph.analytics.failure import articulation_points, bridges, single_points_of_failure
from graph.analytics.importance import betweenness, importance, pagerank
from graph.analytics.networks import company_network, supply_graph
from graph.analytics.projection import build_projection, fetch_projection
from graph.db.client import Graph
from graph.db.server import Neo4jServer
from graph.errors import InvalidQuestion
from loaders.pipeline import load
from tests.conftest import PASSWORD

# -- hand-built projections ---------------------------------------------------------------------


def company(cid: str, country: str = "CN", kind: str = "cell maker") -> dict[str, Any]:
    return {"id": cid, "label": "Company", "name": cid.upper(), "kind": kind, "country": country}


def plant(
    pid: str, country: str, status: str = "confirmed", sop: str | None = None
) -> dict[str, Any]:
    return {
        "id": pid,
        "label": "Plant",
        "name": pid,
        "country": country,
        "status": status,
        "start_of_production": sop,
    }


def edge(source: str, target: str, rel: str, key: str = "", **props: Any) -> dict[str, Any]:
    props.setdefault("status", "confirmed")
    return {
        "source": source,
        "target": target,
        "type": rel,
        "key": key or f"{rel}:{source}>{target}",
        "props": props,
    }


def proj_of(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> nx.MultiDiGraph:
    return build_projection(nodes, edges)


# -- importance ---------------------------------------------------------------------------------


def test_betweenness_of_a_four_node_line() -> None:
    # a-b-c-d: b lies on the shortest paths a–c and a–d, 2 of the 3 pairs it is not part of.
    line = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    assert betweenness(line) == pytest.approx({"a": 0, "b": 2 / 3, "c": 2 / 3, "d": 0})


def test_pagerank_of_a_four_node_line_of_partners() -> None:
    # Symmetric line: x_a = .15/4 + .85 x_b/2 and 2 x_a + 2 x_b = 1 give x_a = 10/57, x_b = 37/114.
    proj = proj_of(
        [company(c) for c in "abcd"],
        [
            edge("a", "b", "PARTNERS_WITH"),
            edge("b", "c", "PARTNERS_WITH"),
            edge("c", "d", "PARTNERS_WITH"),
        ],
    )
    report = importance(proj, "partnership")
    scores = {s.id: s for s in report.top}
    assert scores["a"].pagerank == pytest.approx(10 / 57, abs=1e-5)  # power iteration, tol 1e-6
    assert scores["b"].pagerank == pytest.approx(37 / 114, abs=1e-5)
    assert scores["b"].betweenness == pytest.approx(2 / 3)
    assert [s.id for s in report.top] == ["b", "c", "a", "d"]
    assert (report.companies, report.links) == (4, 6)


def test_a_supplier_of_many_buyers_ranks_first_and_countries_group() -> None:
    proj = proj_of(
        [
            company("s"),
            company("b1", "DE", "automaker"),
            company("b2", "DE", "automaker"),
            company("b3", "US", "automaker"),
        ],
        [edge("s", b, "SUPPLIES") for b in ("b1", "b2", "b3")],
    )
    report = importance(proj, "supply")
    assert report.top[0].id == "s"
    assert pagerank(company_network(proj, "supply"))["s"] == pytest.approx(report.top[0].pagerank)
    assert {g.country: [s.id for s in g.companies] for g in report.by_country} == {
        "CN": ["s"],
        "DE": ["b1", "b2"],
        "US": ["b3"],
    }
    german = importance(proj, "supply", country="de", top=1)
    assert [s.id for s in german.top] == ["b1"]
    assert [g.country for g in german.by_country] == ["DE"]


def test_plants_collapse_onto_operators_only_in_the_combined_network() -> None:
    proj = proj_of(
        [company("ford", "US"), company("catl"), plant("michigan", "US")],
        [edge("catl", "michigan", "OPERATES"), edge("ford", "michigan", "OWNS_STAKE")],
    )
    combined = company_network(proj, "all")
    assert list(combined.edges) == [("catl", "ford")]  # CATL depends on the plant's owner
    ownership = company_network(proj, "ownership")
    assert sorted(ownership.edges) == [("michigan", "ford")]
    assert [s.id for s in importance(proj, "ownership").top] == ["ford"]  # plants not listed


# -- dependence ---------------------------------------------------------------------------------


def test_hhi_by_hand() -> None:
    assert hhi([0.5, 0.5]) == pytest.approx(5000)
    assert hhi([1.0]) == pytest.approx(10000)
    assert hhi([0.75, 0.25]) == pytest.approx(6250)


def test_two_equal_suppliers_and_where_their_cells_come_from() -> None:
    proj = proj_of(
        [
            company("buyer", "DE", "automaker"),
            company("x"),
            company("y", "KR"),
            plant("x1", "CN"),
            plant("x2", "CN"),
            plant("x3", "HU"),
            plant("y1", "PL"),
        ],
        [
            edge("x", "x1", "OPERATES"),
            edge("x", "x2", "OPERATES"),
            edge("x", "x3", "OPERATES"),
            edge("y", "y1", "OPERATES"),
            edge("x", "buyer", "SUPPLIES"),  # no plant named: split over x's three plants
            edge("y", "buyer", "SUPPLIES", plant="y1", status="reported"),
        ],
    )
    report = dependence(proj, "buyer")
    assert report.hhi == pytest.approx(5000)
    assert [(s.supplier, s.share) for s in report.by_supplier] == [("x", 0.5), ("y", 0.5)]
    shares = {c.country: (pytest.approx(c.share), c.basis) for c in report.by_country}
    assert shares == {
        "CN": (pytest.approx(1 / 3), ["supplier's plants"]),
        "PL": (pytest.approx(0.5), ["named plant"]),
        "HU": (pytest.approx(1 / 6), ["supplier's plants"]),
    }
    assert report.unconfirmed_share == pytest.approx(0.5)
    assert report.weighting == "equal per supply fact"


def test_headquarters_when_no_plant_could_have_supplied() -> None:
    proj = proj_of(
        [
            company("buyer", "US"),
            company("x", "CN"),
            plant("new", "MY", sop="2025"),
            plant("maybe", "US", status="under consideration"),
        ],
        [
            edge("x", "new", "OPERATES"),
            edge("x", "maybe", "OPERATES"),
            edge("x", "buyer", "SUPPLIES", since="2022"),
        ],
    )
    [fact] = dependence(proj, "buyer").facts
    assert (fact.basis, fact.countries) == ("supplier headquarters", {"CN": 1.0})
    assert fact.plants_left_out == ["maybe", "new"]


def test_volumes_weigh_when_every_fact_has_one() -> None:
    proj = proj_of(
        [company("buyer"), company("x"), company("y")],
        [edge("x", "buyer", "SUPPLIES", volume=3), edge("y", "buyer", "SUPPLIES", volume=1)],
    )
    report = dependence(proj, "buyer")
    assert report.weighting == "volume"
    assert report.hhi == pytest.approx(6250)


def test_a_confirmed_supply_from_an_unconfirmed_plant_is_not_confirmed() -> None:
    proj = proj_of(
        [company("buyer"), company("x"), plant("p", "US", status="under consideration")],
        [edge("x", "buyer", "SUPPLIES", plant="p")],
    )
    assert dependence(proj, "buyer").unconfirmed_share == 1.0


def test_dependence_of_a_plant_or_stranger_is_a_key_error() -> None:
    proj = proj_of([company("x"), plant("p", "US")], [])
    for wrong in ("p", "nobody"):
        with pytest.raises(KeyError):
            dependence(proj, wrong)
    assert dependence(proj, "x").hhi is None


# -- single points of failure -------------------------------------------------------------------


def test_the_centre_of_a_star_is_the_articulation_point() -> None:
    star = nx.star_graph(["hub", "a", "b", "c"])
    assert articulation_points(star) == ["hub"]


def test_a_hub_plant_cuts_off_every_buyer_behind_it() -> None:
    buyers = ("b1", "b2", "b3")
    proj = proj_of(
        [company("s"), plant("hub", "CN"), *(company(b, "DE") for b in buyers)],
        [edge("s", b, "SUPPLIES", plant="hub") for b in buyers],
    )
    g = supply_graph(proj)
    report = single_points_of_failure(g)
    points = {p.id: p for p in report.points}
    assert report.articulation_points == ["hub"]
    assert [c.buyer for c in points["hub"].cuts_off] == ["b1", "b2", "b3"]
    assert points["hub"].structural and points["hub"].kind == "plant"
    # the sole supplier cuts everyone off too, though it is no articulation point
    assert not points["s"].structural and len(points["s"].cuts_off) == 3
    assert points["hub>b2"].kind == "link" and [c.buyer for c in points["hub>b2"].cuts_off] == [
        "b2"
    ]
    assert bridges(g) == sorted(g.edges)


def test_a_second_supplier_removes_the_single_point() -> None:
    proj = proj_of(
        [company("x"), company("y"), company("buyer")],
        [edge("x", "buyer", "SUPPLIES"), edge("y", "buyer", "SUPPLIES")],
    )
    report = single_points_of_failure(supply_graph(proj))
    assert report.points == []
    assert report.articulation_points == ["buyer"]


# -- control ------------------------------------------------------------------------------------


def stakes(*rows: tuple[str, str, float | None]) -> nx.DiGraph:
    g = nx.DiGraph()
    for owner, owned, pct in rows:
        g.add_edge(owner, owned, percent=pct)
    return g


def test_effective_stake_along_a_chain_and_summed_over_paths() -> None:
    chain = stakes(("a", "b", 60), ("b", "c", 50))
    assert effective_stake(chain, "a", "c").percent == pytest.approx(30)
    diamond = stakes(("a", "b", 60), ("b", "d", 50), ("a", "c", 100), ("c", "d", 20))
    s = effective_stake(diamond, "a", "d")
    assert s.percent == pytest.approx(50) and len(s.paths) == 2


def test_an_unstated_percent_makes_the_stake_unknown() -> None:
    g = stakes(("a", "b", None), ("b", "c", 50), ("a", "c", 10))
    s = effective_stake(g, "a", "c")
    assert s.percent is None
    assert (s.known_percent, s.unknown_paths) == (pytest.approx(10), 1)


def test_who_controls_a_venture() -> None:
    assert control_of(stakes(("a", "v", 51), ("b", "v", 39)), "v").controller == "a"
    split = control_of(stakes(("a", "v", 45), ("b", "v", 45)), "v")  # 10 % unstated
    assert (split.control, split.controller) == ("unknown", None)
    even = control_of(stakes(("a", "v", 50), ("b", "v", 50)), "v")
    assert (even.control, even.unstated_percent) == ("none", 0)
    chain = control_of(stakes(("p", "a", 100), ("a", "v", 51)), "v")
    assert chain.controller == "a" and chain.owners[0].percent == pytest.approx(51)
    unknown = control_of(stakes(("a", "v", None), ("b", "v", 40)), "v")
    assert unknown.control == "unknown"


def test_the_direct_controller_whatever_the_ids_and_the_ultimate_one_above() -> None:
    # z owns 100 % of b, b owns 51 % of v: both have 51 % of v effectively (1.00 * 51 = 51);
    # "b" < "z" and "p" > "a" below, so sorting by id cannot be what picks the controller
    swapped = control_of(stakes(("z", "b", 100), ("b", "v", 51)), "v")
    assert (swapped.control, swapped.controller, swapped.ultimate_controller) == (
        "controlled",
        "b",
        "z",
    )
    assert [s.percent for s in swapped.owners] == [pytest.approx(51), pytest.approx(51)]
    chain = control_of(stakes(("p", "a", 100), ("a", "v", 51)), "v")
    assert (chain.controller, chain.ultimate_controller) == ("a", "p")
    # 60 % of 60 %: p has 36 % of v effectively, yet controls a, which controls v
    sixty = control_of(stakes(("p", "a", 60), ("a", "v", 60)), "v")
    assert {s.owner: s.percent for s in sixty.owners} == {
        "a": pytest.approx(60),
        "p": pytest.approx(36),
    }
    assert (sixty.controller, sixty.ultimate_controller) == ("a", "p")
    # nobody holds a majority of the controller: it is its own ultimate controller
    alone = control_of(stakes(("a", "v", 51), ("q", "a", 50)), "v")
    assert (alone.controller, alone.ultimate_controller) == ("a", "a")
    # a cycle of majority stakes ends the walk: a <- b <- a
    cycle = control_of(stakes(("a", "b", 60), ("b", "a", 60), ("a", "v", 51)), "v")
    assert (cycle.controller, cycle.ultimate_controller) == ("a", "b")
    # no direct majority, but x holds 30 % directly and 30 % through y (100 % of y): 60 %
    spread = control_of(stakes(("x", "v", 30), ("x", "y", 100), ("y", "v", 30)), "v")
    assert (spread.control, spread.controller, spread.ultimate_controller) == (
        "controlled",
        "x",
        "x",
    )
    none = control_of(stakes(("a", "v", 50), ("b", "v", 50)), "v")
    assert (none.controller, none.ultimate_controller) == (None, None)


def test_effective_stake_follows_chains_up_to_the_cutoff() -> None:
    nodes = [f"n{i:02d}" for i in range(MAX_CHAIN + 2)]
    g = stakes(*((a, b, 100.0) for a, b in zip(nodes, nodes[1:], strict=False)))
    assert effective_stake(g, nodes[0], nodes[MAX_CHAIN]).percent == pytest.approx(100)
    too_long = effective_stake(g, nodes[0], nodes[MAX_CHAIN + 1])  # MAX_CHAIN + 1 stakes
    assert (too_long.percent, too_long.paths) == (0, [])


def test_ventures_are_found_by_kind_or_by_a_joint_venture_fact() -> None:
    proj = proj_of(
        [company("a"), company("b"), company("v"), company("w", kind="joint venture")],
        [
            edge("a", "b", "PARTNERS_WITH", kind="joint venture", venture="v"),
            edge("a", "v", "OWNS_STAKE", percent=60.0),
            edge("b", "w", "OWNS_STAKE", percent=None),
        ],
    )
    result = {v.venture: v for v in control(proj)}
    assert sorted(result) == ["v", "w"]
    assert result["v"].controller == "a"
    assert result["w"].control == "unknown" and result["w"].owners[0].percent is None
    assert ownership_graph(proj).edges["b", "w"]["percent"] is None


# -- communities --------------------------------------------------------------------------------


def test_two_triangles_joined_by_one_edge_are_two_stable_communities() -> None:
    g = nx.Graph(
        [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")]
    )
    assert louvain(g) == [["a", "b", "c"], ["d", "e", "f"]]
    assert all(louvain(g) == louvain(g, 42) for _ in range(3))


# -- the curated dataset, through the real database ----------------------------------------------


@pytest.fixture(scope="module")
def proj(graph: Graph) -> nx.MultiDiGraph:
    return fetch_projection(graph)


def test_catl_controls_the_beijing_joint_venture(proj: nx.MultiDiGraph) -> None:
    [jv] = [v for v in control(proj) if v.venture == "beijing-era-new-energy"]
    assert (jv.control, jv.controller) == ("controlled", "catl")
    owners = {s.owner: s.percent for s in jv.owners}
    assert owners == {"catl": 51, "baic": 39, "xiaomi-auto": 5}
    assert jv.unstated_percent == pytest.approx(5)  # 95 % stated; the rest is not invented


def test_anker_depends_on_cbak(proj: nx.MultiDiGraph) -> None:
    report = dependence(proj, "anker-innovations")
    assert [(s.supplier, s.share) for s in report.by_supplier] == [("cbak-energy", 1.0)]
    assert report.hhi == pytest.approx(10000)
    # bought "since 2022", before the Malaysian plant ("by the end of 2025") could make cells:
    # the share is China's, by CBAK's headquarters, and the Malaysian plant is named as left out
    [fact] = report.facts
    assert (fact.basis, fact.countries) == ("supplier headquarters", {"CN": 1.0})
    assert fact.plants_left_out == ["cbak-malaysia-plant"]
    assert proj.nodes["cbak-malaysia-plant"]["country"] == "MY"
    assert report.unconfirmed_share == 0


def test_michigan_facts_are_not_confirmed_for_ford(proj: nx.MultiDiGraph) -> None:
    report = dependence(proj, "ford")
    assert report.unconfirmed_share == 1.0
    assert [(c.country, c.basis) for c in report.by_country] == [("US", ["named plant"])]
    assert report.facts[0].plant == "ford-catl-michigan-plant"
    # and CATL's supply to Chery is not put in the plant CATL is only considering
    [chery] = dependence(proj, "chery").facts
    assert "ford-catl-michigan-plant" in chery.plants_left_out
    assert chery.countries == {"CN": 1.0}


def test_catl_is_a_single_point_of_failure(proj: nx.MultiDiGraph) -> None:
    report = single_points_of_failure(supply_graph(proj))
    points = {p.id: p for p in report.points}
    assert [c.buyer for c in points["catl"].cuts_off] == ["chery", "ford", "xiaomi-auto"]
    assert report.points[0].id == "catl"
    assert [c.buyer for c in points["cbak-energy"].cuts_off] == ["anker-innovations"]
    assert "ford-catl-michigan-plant" in report.articulation_points


def test_catl_is_the_most_central_company(proj: nx.MultiDiGraph) -> None:
    for network in ("supply", "all"):
        assert importance(proj, network).top[0].id == "catl"


def test_communities_of_the_dataset(proj: nx.MultiDiGraph) -> None:
    report = communities(proj)
    groups = [{m.id for m in c.members} for c in report.communities]
    assert {"cbak-energy", "anker-innovations"} in groups
    assert {"cosmx", "jaguar-land-rover"} in groups
    assert [m.id for m in report.unlinked] == ["envision-aesc"]  # only operates plants
    assert communities(proj) == report


def test_projection_refuses_unknown_types(graph: Graph) -> None:
    with pytest.raises(InvalidQuestion, match="MENTIONED"):
        fetch_projection(graph, ["SUPPLIES", "MENTIONED"])


def test_denied_facts_stay_out_of_the_projection(scratch: Graph, data_copy: Any) -> None:
    path = data_copy / "facts" / "catl-baic-xiaomi-beijing-jv.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for fact in data["facts"]:
        if fact["id"] == "catl-supplies-xiaomi-su7-batteries":
            fact["status"] = "denied"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    load(scratch, data_copy)
    p = fetch_projection(scratch)
    assert not p.has_edge(
        "catl", "xiaomi-auto", "SUPPLIES:catl>xiaomi-auto:batteries for the xiaomi su7"
    )
    assert dependence(p, "xiaomi-auto").facts == []


# -- API ----------------------------------------------------------------------------------------


def test_api_importance(http: httpx.Client) -> None:
    r = http.get("/analytics/importance", params={"network": "supply", "country": "CN", "top": 2})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c["id"] for c in body["top"]] == ["catl", "cbak-energy"]
    assert [g["country"] for g in body["by_country"]] == ["CN"]


@pytest.mark.parametrize(
    "params", [{"network": "trade"}, {"country": "CHN"}, {"top": 0}, {"country": "1!"}]
)
def test_api_importance_refuses_bad_input(http: httpx.Client, params: dict[str, Any]) -> None:
    r = http.get("/analytics/importance", params=params)
    assert r.status_code == 422
    assert "detail" in r.json()


def test_api_dependence(http: httpx.Client) -> None:
    anker = http.get("/analytics/dependence/anker-innovations").json()
    assert anker["by_supplier"][0]["supplier"] == "cbak-energy" and anker["hhi"] == 10000
    ford = http.get("/analytics/dependence/ford").json()
    assert ford["unconfirmed_share"] == 1.0
    for unknown in ("nobody", "cbak-malaysia-plant"):
        r = http.get(f"/analytics/dependence/{unknown}")
        assert r.status_code == 404 and unknown in r.json()["detail"]
        assert isinstance(r.json()["suggestions"], list)
    r = http.get("/analytics/dependence/anker")  # a near miss: the nearest ids are suggested
    assert r.status_code == 404 and "anker-innovations" in r.json()["suggestions"]


def test_api_single_points_of_failure(http: httpx.Client) -> None:
    body = http.get("/analytics/single-points-of-failure").json()
    catl = next(p for p in body["points"] if p["id"] == "catl")
    assert {c["buyer"] for c in catl["cuts_off"]} == {"chery", "ford", "xiaomi-auto"}


def test_api_control(http: httpx.Client) -> None:
    body = http.get("/analytics/control").json()
    jv = next(v for v in body["ventures"] if v["venture"] == "beijing-era-new-energy")
    assert jv["controller"] == "catl" and jv["owners"][0]["percent"] == 51
    assert jv["ultimate_controller"] == "catl"


def test_api_communities_are_stable(http: httpx.Client) -> None:
    first = http.get("/analytics/communities").json()
    assert first == http.get("/analytics/communities").json()
    assert first["seed"] == 42 and len(first["communities"]) >= 3
    assert http.get("/analytics/communities", params={"seed": -1}).status_code == 422


# -- CLI ----------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(
    graph: Graph, neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point the CLI's settings at the loaded test database."""
    for key, value in {
        "NEO4J_URI": neo4j_server.uri,
        "NEO4J_USER": "neo4j",
        "NEO4J_PASSWORD": PASSWORD,
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["dependence", "anker-innovations"],
            ["CBAK Energy", "HHI 10,000", "supplier headquarters"],
        ),
        (["control"], ["controlled by CATL", "51 %", "Not covered by any stated stake: 5 %"]),
        (["spof"], ["CATL", "Chery, Ford, Xiaomi Auto"]),
        (["importance", "--network", "supply", "--top", "1"], ["CATL", "headquartered in CN"]),
        (["communities"], ["Anker Innovations, CBAK Energy", "unlinked: Envision AESC"]),
    ],
)
def test_cli_prints_tables(cli_env: None, args: list[str], expected: list[str]) -> None:
    result = CliRunner().invoke(cli, ["analytics", *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.output


def test_cli_unknown_buyer_fails_clearly(cli_env: None) -> None:
    result = CliRunner().invoke(cli, ["analytics", "dependence", "nobody"])
    assert result.exit_code == 1
    assert "no company with id 'nobody'" in result.output
