"""`GET /companies/{id}/supply-chain` through HTTP: CBAK's customer and CATL's buyers."""

from __future__ import annotations

import httpx


def test_cbak_customers_anker_32140_lfp_cells(http: httpx.Client) -> None:
    # energynews: "Since 2022, Anker Innovations has intensified its purchases of battery cells
    # from CBAK Energy"; "LFP cylindrical battery cells, model 32140"
    r = http.get("/companies/cbak-energy/supply-chain", params={"direction": "down"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c["company"]["id"] for c in body["companies"]] == ["anker-innovations"]
    [link] = body["links"]
    assert link["tier"] == 1 and link["customer"]["name"] == "Anker Innovations"
    assert link["chemistry"] == "LFP" and link["cell_formats"] == ["32140"]
    assert "32140" in link["product"]
    assert link["status"] == "confirmed"
    assert link["dates"]["since"]["date"] == "2022"
    assert link["sources"][0]["evidence"][0].startswith("Since 2022, Anker Innovations")


def test_anker_suppliers_up_and_catl_customers_by_status(http: httpx.Client) -> None:
    up = http.get("/companies/anker-innovations/supply-chain", params={"tiers": 3}).json()
    assert [c["company"]["id"] for c in up["companies"]] == ["cbak-energy"]
    down = http.get("/companies/catl/supply-chain", params={"direction": "down"}).json()
    statuses = {link["customer"]["id"]: link["status"] for link in down["links"]}
    assert statuses == {
        "chery": "announced",
        "ford": "under consideration",
        "xiaomi-auto": "reported",
    }
    firm = http.get(
        "/companies/catl/supply-chain",
        params={"direction": "down", "status": ["confirmed", "announced"]},
    ).json()
    assert [link["customer"]["id"] for link in firm["links"]] == ["chery"]


def test_supply_chain_bounds(http: httpx.Client) -> None:
    r = http.get("/companies/catl/supply-chain", params={"tiers": 100})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "tiers"]
    assert http.get("/companies/catl/supply-chain", params={"direction": "left"}).status_code == 422
    assert http.get("/companies/cbak-malaysia-plant/supply-chain").status_code == 404
