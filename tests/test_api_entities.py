"""`GET /entities/{id}` through HTTP: properties and relationships, each with its sources."""

from __future__ import annotations

import httpx

from graph.db import queries
from graph.model import REL_TYPES
from tests.conftest import article_text as _article


def _relationships(body: dict) -> list[dict]:
    return [r for group in body["relationships"].values() for r in group]


def test_joint_venture_detail_every_relationship_sourced(http: httpx.Client) -> None:
    r = http.get("/entities/beijing-era-new-energy")
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["label"], body["kind"]) == ("Company", "joint venture")
    stakes = {s["other"]["id"]: s for s in body["relationships"]["OWNS_STAKE"]}
    assert {k: s["properties"]["percent"] for k, s in stakes.items()} == {
        "catl": 51,
        "baic": 39,
        "xiaomi-auto": 5,
    }
    assert all(s["direction"] == "in" and s["status"] == "announced" for s in stakes.values())
    assert stakes["catl"]["dates"]["announced"]["date"] == "2024-03-11"
    rels = _relationships(body)
    assert {r["type"] for r in rels} >= {"OWNS_STAKE", "OPERATES", "BUILDS_IN", "HEADQUARTERED_IN"}
    for rel in rels:
        assert rel["sources"], f"{rel['id']} has no source"
        for cite in rel["sources"]:
            assert cite["title"] and cite["publisher"], cite
            assert cite["evidence"], f"{rel['id']} cites {cite['id']} without a quote"
            text = _article(cite["id"])
            for quote in cite["evidence"]:
                assert quote in text, f"{quote!r} is not in {cite['id']}"
    assert [m["id"] for m in body["mentioned_in"]] == ["catl-baic-xiaomi-beijing-jv"]


def test_catl_relationships_grouped_by_type_with_sources(http: httpx.Client) -> None:
    body = http.get("/entities/catl").json()
    groups = body["relationships"]
    assert {"OWNS_STAKE", "SUPPLIES", "PARTNERS_WITH", "OPERATES", "BUILDS_IN"} <= set(groups)
    for rel in _relationships(body):
        assert rel["sources"] and all(c["evidence"] for c in rel["sources"]), rel["id"]
    supplies = {s["other"]["id"]: s for s in groups["SUPPLIES"]}
    assert supplies["xiaomi-auto"]["status"] == "reported"  # "expected to use", not confirmed
    assert supplies["xiaomi-auto"]["confirmed"] is False
    assert supplies["ford"]["status"] == "under consideration"


def test_plant_detail_has_its_own_sources(http: httpx.Client) -> None:
    body = http.get("/entities/ford-catl-michigan-plant").json()
    assert body["label"] == "Plant" and body["status"] == "under consideration"
    assert body["properties"]["region"] == "Michigan"
    assert body["sources"][0]["id"] == "battery-week-aesc-cosmx-catl-ford"
    assert (
        "considering establishing a battery manufacturing plant in Michigan"
        in (body["sources"][0]["evidence"][0])
    )


def test_country_and_source_ids_are_entities_too(http: httpx.Client) -> None:
    gb = http.get("/entities/GB").json()
    assert gb["label"] == "Country" and gb["name"] == "United Kingdom"
    located = {r["other"]["id"] for r in gb["relationships"]["LOCATED_IN"]}
    assert located == {"aesc-sunderland-plant-1", "aesc-sunderland-plant-2"}
    src = http.get("/entities/energynews-cbak-anker-malaysia").json()
    assert src["label"] == "Source"
    assert {r["other"]["id"] for r in src["relationships"]["MENTIONS"]} >= {
        "cbak-energy",
        "anker-innovations",
    }


def test_unknown_id_is_404_with_suggestions(http: httpx.Client) -> None:
    r = http.get("/entities/xiaomi")
    assert r.status_code == 404
    assert r.json()["suggestions"][0] == "xiaomi-auto"
    r = http.get("/entities/cbak")
    assert r.status_code == 404 and "cbak-energy" in r.json()["suggestions"]


def test_a_hubs_relationships_come_in_pages_with_their_counts(http: httpx.Client) -> None:
    whole = http.get("/entities/catl").json()
    everyone = [r["other"]["id"] for r in whole["relationships"]["PARTNERS_WITH"]]
    assert whole["relationship_counts"]["PARTNERS_WITH"] == len(everyone) >= 3
    assert whole["truncated"] is False
    assert everyone == sorted(everyone)  # pages are ordered by the id at the other end

    pages: list[str] = []
    for offset in range(len(everyone)):
        page = {"type": "PARTNERS_WITH", "offset": offset, "limit": 1}
        r = http.get("/entities/catl", params=page)
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body["relationships"]) == {"PARTNERS_WITH"}
        assert body["relationship_counts"] == {"PARTNERS_WITH": len(everyone)}
        assert body["truncated"] is (offset + 1 < len(everyone))
        pages += [rel["other"]["id"] for rel in body["relationships"]["PARTNERS_WITH"]]
    assert pages == everyone

    too_big = http.get("/entities/catl", params={"limit": 100_000})
    assert too_big.status_code == 422 and "limit" in too_big.text
    assert http.get("/entities/catl", params={"type": "LIKES"}).status_code == 422


def test_a_relationship_resting_on_many_sources_cites_the_first_and_counts_all() -> None:
    from graph.questions.facts import cap_citations

    props = {
        "sources": ["s1", "s2", "s3"],
        "fact_ids": ["s1#a", "s2#b", "s3#c"],
        "evidence": ["quote a", "quote b", "quote c"],
        "evidence_facts": ["s1#a", "s2#b", "s3#c"],
        "evidence_sources": ["s1", "s2", "s3"],
        "status": "confirmed",
    }
    capped, total = cap_citations(props, 2)
    assert total == 3 and props["sources"] == ["s1", "s2", "s3"]  # the input is untouched
    assert capped["sources"] == ["s1", "s2"] and capped["fact_ids"] == ["s1#a", "s2#b"]
    assert capped["evidence"] == ["quote a", "quote b"]
    assert capped["evidence_sources"] == ["s1", "s2"] and capped["status"] == "confirmed"
    assert cap_citations(props, 3) == (props, None)


def test_the_entity_queries_name_every_relationship_type() -> None:
    """The detail's count and page queries have one branch per type (a pattern that names its
    type reads only those relationships); a type added to the model must be added there too,
    or an entity's relationships of that type would silently go missing."""
    for name in ("questions/entities/relationship_counts", "questions/entities/relationship_page"):
        text = queries.get(name)
        missing = [t for t in REL_TYPES if f"'{t}'" not in text or f":{t}]" not in text]
        assert not missing, f"cypher/{name}.cypher lacks {missing}"
