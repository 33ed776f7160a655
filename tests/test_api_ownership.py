"""`GET /companies/{id}/ownership` through HTTP: the joint venture's owners, as stated."""

from __future__ import annotations

from pathlib import Path

import httpx

from app.main import create_app
from graph.db.client import Graph
from loaders.pipeline import load
from tests.conftest import LiveServer


def test_joint_venture_owners_and_stated_total_95(http: httpx.Client) -> None:
    # catl-baic-xiaomi-beijing-jv: "CATL will hold a majority stake of 51%, followed by BAIC
    # with 39% and Xiaomi Auto with 5%" - 95 %, the rest is not stated.
    r = http.get("/companies/beijing-era-new-energy/ownership")
    assert r.status_code == 200, r.text
    body = r.json()
    assert [(o["owner"]["id"], o["percent"]) for o in body["owners"]] == [
        ("catl", 51),
        ("baic", 39),
        ("xiaomi-auto", 5),
    ]
    assert body["stated_total_percent"] == 95
    assert "95 %" in body["total_note"] and "not stated" in body["total_note"]
    owners = {o["owner"]["id"] for o in body["owners"]}
    assert owners == {"catl", "baic", "xiaomi-auto"}, "nobody is invented for the missing 5 %"
    quotes = {o["owner"]["id"]: o["sources"][0]["evidence"][0] for o in body["owners"]}
    assert quotes == {
        "catl": "CATL will hold a majority stake of 51%",
        "baic": "followed by BAIC with 39%",
        "xiaomi-auto": "and Xiaomi Auto with 5%",
    }
    effective = {e["owner"]["id"]: e["percent"] for e in body["effective_owners"]}
    assert effective == {"catl": 51, "baic": 39, "xiaomi-auto": 5}


def test_holdings_of_catl(http: httpx.Client) -> None:
    body = http.get("/companies/catl/ownership").json()
    assert [(h["owned"]["id"], h["percent"]) for h in body["holdings"]] == [
        ("beijing-era-new-energy", 51)
    ]
    assert body["owners"] == [] and body["stated_total_percent"] is None


def test_plant_stake_without_percentage_is_not_filled_in(http: httpx.Client) -> None:
    # battery-week: "Ford would own equity in the plant" - no percentage, under consideration
    body = http.get("/companies/ford-catl-michigan-plant/ownership").json()
    [stake] = body["owners"]
    assert stake["owner"]["id"] == "ford"
    assert stake["percent"] is None and stake["percent_stated"] is False
    assert stake["status"] == "under consideration"
    assert body["stated_total_percent"] is None
    [eff] = body["effective_owners"]
    assert eff["percent"] is None and eff["complete"] is False


def test_as_of_before_the_announcement_shows_no_owner(http: httpx.Client) -> None:
    # BAIC announced the joint venture on 11 March 2024
    before = http.get("/companies/beijing-era-new-energy/ownership", params={"as_of": "2024-03-10"})
    assert before.status_code == 200 and before.json()["owners"] == []
    on = http.get("/companies/beijing-era-new-energy/ownership", params={"as_of": "2024-03-11"})
    assert len(on.json()["owners"]) == 3


def test_bad_date_and_unknown_company(http: httpx.Client) -> None:
    r = http.get("/companies/catl/ownership", params={"as_of": "2024-13-45"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "as_of"]
    r = http.get("/companies/GB/ownership")
    assert r.status_code == 404
    r = http.get("/companies/baik/ownership")
    assert r.status_code == 404 and "baic" in r.json()["suggestions"]


def test_effective_stakes_multiply_along_chains(scratch: Graph, data_copy: Path) -> None:
    """The mechanism, on an invented stake (in a copy of the data, loaded into `scratch`):
    if Chery held 50 % of BAIC, it would hold 50 % × 39 % = 19.5 % of the joint venture."""
    (data_copy / "facts" / "invented-chain.yaml").write_text(
        "source:\n"
        "  id: invented-chain\n"
        "  title: An invented stake, for a test of effective ownership\n"
        "  publisher: the test suite\n"
        "  url: null\n"
        "  published: 2024-04-01\n"
        "facts:\n"
        "  - id: chery-stake-baic\n"
        "    type: stake\n"
        "    status: confirmed\n"
        "    owner: chery\n"
        "    owned: baic\n"
        "    percent: 50\n"
        "    evidence: Chery holds half of BAIC (invented for this test)\n",
        encoding="utf-8",
    )
    load(scratch, data_copy)
    live = LiveServer(create_app(scratch))
    live.start()
    try:
        with httpx.Client(base_url=live.url, timeout=30) as client:
            body = client.get("/companies/beijing-era-new-energy/ownership").json()
            assert body["stated_total_percent"] == 95  # direct stakes only
            effective = {e["owner"]["id"]: e for e in body["effective_owners"]}
            chery = effective["chery"]
            assert chery["percent"] == 19.5 and chery["complete"] is True
            [chain] = chery["chains"]
            assert [n["id"] for n in chain["path"]] == ["chery", "baic", "beijing-era-new-energy"]
            assert chain["hops"] == [
                "Chery owns 50 % of BAIC",
                "BAIC owns 39 % of Beijing Era New Energy Technology Co. (announced)",
            ]
            holds = client.get("/companies/chery/ownership").json()["effective_holdings"]
            assert {h["owned"]["id"]: h["percent"] for h in holds} == {
                "baic": 50,
                "beijing-era-new-energy": 19.5,
            }
            # before the invented stake's date, the chain is not in effect
            before = client.get(
                "/companies/beijing-era-new-energy/ownership", params={"as_of": "2024-03-31"}
            ).json()
            assert "chery" not in {e["owner"]["id"] for e in before["effective_owners"]}
    finally:
        live.stop()
