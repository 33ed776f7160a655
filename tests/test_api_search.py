"""`GET /search` through HTTP: names, aliases and misspellings printed in the articles."""

from __future__ import annotations

import httpx


def test_xiami_finds_xiaomi_auto_first(http: httpx.Client) -> None:
    # catl-baic-xiaomi-beijing-jv prints "alongside Xiami Auto and BAIC" (a misspelling)
    for q in ("Xiami", "xiami auto", "XIAMI"):
        r = http.get("/search", params={"q": q})
        assert r.status_code == 200, r.text
        first = r.json()["results"][0]
        assert (first["id"], first["type"], first["name"]) == (
            "xiaomi-auto",
            "company",
            "Xiaomi Auto",
        )


def test_a_misspelling_not_on_record_still_finds_the_company(http: httpx.Client) -> None:
    r = http.get("/search", params={"q": "Xiaomy Auto"})
    assert r.json()["results"][0]["id"] == "xiaomi-auto"
    r = http.get("/search", params={"q": "Envison AESC"})
    assert r.json()["results"][0]["id"] == "envision-aesc"


def test_case_accents_and_legal_names(http: httpx.Client) -> None:
    r = http.get("/search", params={"q": "ÁNKER innovations"})
    assert r.json()["results"][0]["id"] == "anker-innovations"
    # energynews-cbak-anker-malaysia: "CBAK Energy Technology Inc. (CBAK Energy)"
    r = http.get("/search", params={"q": "CBAK Energy Technology Inc."})
    assert r.json()["results"][0] == {
        "id": "cbak-energy",
        "label": "Company",
        "type": "company",
        "name": "CBAK Energy",
        "kind": "cell maker",
        "score": 1.0,
        "matched": "cbak energy technology inc",
    }


def test_ranked_with_type_filter(http: httpx.Client) -> None:
    r = http.get("/search", params={"q": "Sunderland"})
    hits = r.json()["results"]
    assert {h["id"] for h in hits[:2]} == {"aesc-sunderland-plant-1", "aesc-sunderland-plant-2"}
    assert all(h["type"] == "plant" for h in hits[:2])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    r = http.get("/search", params={"q": "Malaysia", "type": "country"})
    assert [h["id"] for h in r.json()["results"]] == ["MY"]
    r = http.get("/search", params={"q": "catl", "type": ["plant"]})
    assert {h["type"] for h in r.json()["results"]} == {"plant"}


def test_bad_queries_are_422_with_the_field(http: httpx.Client) -> None:
    for params in (
        {"q": ""},
        {"q": "!!!"},
        {},
        {"q": "catl", "limit": 0},
        {"q": "x", "type": "ship"},
    ):
        r = http.get("/search", params=params)
        assert r.status_code == 422, (params, r.text)
        assert r.json()["detail"][0]["loc"][0] == "query"


def test_nonsense_finds_nothing_rather_than_anything(http: httpx.Client) -> None:
    r = http.get("/search", params={"q": "zzqqxx"})
    assert r.status_code == 200
    assert r.json()["results"] == []
