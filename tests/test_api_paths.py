"""`GET /paths` through HTTP: how Xiaomi Auto and CATL are connected, in words."""

from __future__ import annotations

import httpx


def test_xiaomi_auto_to_catl_through_the_joint_venture(http: httpx.Client) -> None:
    r = http.get("/paths", params={"from": "xiaomi-auto", "to": "catl", "via": "ownership"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["found"] and body["length"] == 2
    [path] = body["paths"]
    assert [n["id"] for n in path["nodes"]] == ["xiaomi-auto", "beijing-era-new-energy", "catl"]
    first, second = path["hops"]
    assert first["sentence"].startswith("Xiaomi Auto owns 5 % of Beijing Era New Energy Technology")
    assert second["sentence"].startswith("CATL owns 51 % of Beijing Era New Energy Technology")
    assert (first["forward"], second["forward"]) == (True, False)
    assert first["sources"][0]["evidence"] == ["and Xiaomi Auto with 5%"]
    ids = {n["id"] for n in body["graph"]["nodes"]}
    assert ids == {"xiaomi-auto", "beijing-era-new-energy", "catl"}
    assert {e["caption"] for e in body["graph"]["edges"]} == {"5 %", "51 %"}


def test_all_shortest_paths_over_every_fact(http: httpx.Client) -> None:
    r = http.get("/paths", params={"from": "xiaomi-auto", "to": "catl", "all": "true"})
    body = r.json()
    assert body["length"] == 1
    kinds = {p["hops"][0]["type"] for p in body["paths"]}
    assert kinds == {"PARTNERS_WITH", "SUPPLIES"}  # the joint venture, and the SU7 batteries
    supply = next(p for p in body["paths"] if p["hops"][0]["type"] == "SUPPLIES")
    assert supply["hops"][0]["sentence"].endswith("(reported)")


def test_no_path_within_the_bound_is_an_answer_not_an_error(http: httpx.Client) -> None:
    r = http.get("/paths", params={"from": "cosmx", "to": "anker-innovations", "via": "supply"})
    assert r.status_code == 200
    assert r.json()["found"] is False and r.json()["paths"] == []
    # the ownership path from Xiaomi Auto to CATL has two hops: one is not enough
    r = http.get(
        "/paths", params={"from": "xiaomi-auto", "to": "catl", "via": "ownership", "max_hops": 1}
    )
    assert r.json()["found"] is False and "at most 1 hop(s)" in r.json()["message"]


def test_bounds_and_unknown_ids(http: httpx.Client) -> None:
    r = http.get("/paths", params={"from": "ford", "to": "catl", "max_hops": 50})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "max_hops"]
    r = http.get("/paths", params={"from": "ford", "to": "ford"})
    assert r.status_code == 422
    r = http.get("/paths", params={"from": "ford", "to": "catl", "via": "rail"})
    assert r.status_code == 422
    r = http.get("/paths", params={"from": "fordd", "to": "catl"})
    assert r.status_code == 404 and r.json()["suggestions"][0] == "ford"
