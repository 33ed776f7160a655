"""Neighbourhood subgraphs, sources, `/stats` and `/health` through HTTP."""

from __future__ import annotations

from typing import Any, get_args

import httpx
import yaml

from graph.model import REL_TYPES, RelType
from tests.conftest import DATA


def test_rel_type_literal_matches_the_model() -> None:
    assert set(get_args(RelType)) == set(REL_TYPES)


def test_neighbourhood_of_the_joint_venture(http: httpx.Client) -> None:
    r = http.get("/entities/beijing-era-new-energy/neighbourhood")
    assert r.status_code == 200, r.text
    body = r.json()
    ids = {n["id"] for n in body["nodes"]}
    assert {"catl", "baic", "xiaomi-auto", "beijing-era-cell-plant", "CN"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    stakes = {e["source"]: e["caption"] for e in body["edges"] if e["type"] == "OWNS_STAKE"}
    assert stakes == {"catl": "51 %", "baic": "39 %", "xiaomi-auto": "5 %"}
    assert body["center"] == "beijing-era-new-energy" and body["truncated"] is False


def test_neighbourhood_filters_types_status_and_date(http: httpx.Client) -> None:
    def ids(**params: object) -> set[str]:
        r = http.get("/entities/catl/neighbourhood", params=params)  # type: ignore[arg-type]
        assert r.status_code == 200, r.text
        return {n["id"] for n in r.json()["nodes"]}

    assert ids(types="SUPPLIES") == {"catl", "xiaomi-auto", "chery", "ford"}
    assert ids(types="SUPPLIES", status="announced") == {"catl", "chery"}
    # before the joint venture was announced (11 March 2024), CATL held no stake
    assert ids(types="OWNS_STAKE", as_of="2024-03-10") == {"catl"}
    assert ids(types="OWNS_STAKE", as_of="2024-03-11") == {"catl", "beijing-era-new-energy"}
    two = ids(types="OWNS_STAKE", depth=2)
    assert two == {"catl", "beijing-era-new-energy", "baic", "xiaomi-auto"}


def test_neighbourhood_bounds(http: httpx.Client) -> None:
    assert http.get("/entities/catl/neighbourhood", params={"depth": 99}).status_code == 422
    assert http.get("/entities/catl/neighbourhood", params={"types": "KNOWS"}).status_code == 422
    assert http.get("/entities/catl/neighbourhood", params={"as_of": "2024-99"}).status_code == 422
    r = http.get("/entities/catl/neighbourhood", params={"limit": 3})
    assert len(r.json()["nodes"]) == 3 and r.json()["truncated"] is True


def test_configured_bounds_are_checked_per_request(graph: Any) -> None:
    """KG_MAX_HOPS, KG_MAX_DEPTH and KG_VIEW_MAX_NODES are read through `SettingsDep` when a
    request comes: above them is FastAPI's 422 for `le=`, a default above them is lowered; the
    schema's `maximum` is the question's fixed ceiling."""
    from app.deps import settings_dep
    from app.main import create_app
    from app.settings import Settings
    from graph.questions.neighbourhood import HARD_MAX_DEPTH
    from graph.questions.paths import HARD_MAX_HOPS
    from tests.conftest import LiveServer

    app = create_app(graph)
    app.dependency_overrides[settings_dep] = lambda: Settings(
        max_hops=2, max_depth=1, view_max_nodes=5
    )
    server = LiveServer(app)
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            refused = client.get("/companies/catl/supply-chain", params={"tiers": 3})
            hood = client.get("/entities/catl/neighbourhood", params={"depth": 2})
            hops = client.get("/paths", params={"from": "ford", "to": "catl", "max_hops": 3})
            default_hops = client.get("/paths", params={"from": "xiaomi-auto", "to": "catl"})
            default_limit = client.get("/entities/catl/neighbourhood")
            spec = client.get("/openapi.json").json()
    finally:
        server.stop()
    assert refused.status_code == 422
    assert refused.json()["detail"][0] == {
        "type": "less_than_equal",
        "loc": ["query", "tiers"],
        "msg": "Input should be less than or equal to 2",
        "input": 3,
        "ctx": {"le": 2},
    }
    assert hood.status_code == 422 and hood.json()["detail"][0]["loc"] == ["query", "depth"]
    assert hops.status_code == 422 and hops.json()["detail"][0]["loc"] == ["query", "max_hops"]
    assert default_hops.status_code == 200 and default_hops.json()["max_hops"] == 2
    assert default_limit.status_code == 200 and len(default_limit.json()["nodes"]) == 5
    schema = {
        (path, p["name"]): p["schema"]
        for path, ops in spec["paths"].items()
        for p in ops.get("get", {}).get("parameters", [])
    }
    assert schema[("/paths", "max_hops")]["maximum"] == HARD_MAX_HOPS
    assert schema[("/entities/{entity_id}/neighbourhood", "depth")]["maximum"] == HARD_MAX_DEPTH


def test_source_and_every_fact_it_supports(http: httpx.Client) -> None:
    listed = {s["id"]: s for s in http.get("/sources").json()}
    assert set(listed) == {
        "battery-week-aesc-cosmx-catl-ford",
        "catl-baic-xiaomi-beijing-jv",
        "energynews-cbak-anker-malaysia",
    }
    assert listed["energynews-cbak-anker-malaysia"]["publisher"] == "energynews.pro"
    body = http.get("/sources/energynews-cbak-anker-malaysia").json()
    facts = {f["fact_id"]: f for f in body["facts"]}
    prefix = "energynews-cbak-anker-malaysia#"
    assert {
        prefix + x
        for x in (
            "cbak-anker-malaysia-partnership",
            "cbak-malaysia-plant",
            "cbak-supplies-anker-32140-cells",
        )
    } <= set(facts)
    plant = facts[prefix + "cbak-malaysia-plant"]
    assert {s["type"] for s in plant["statements"]} == {
        "Plant",
        "OPERATES",
        "LOCATED_IN",
        "BUILDS_IN",
    }
    assert "32140 and 40135" in plant["evidence"][0]
    assert body["published"] is None  # the page prints no date
    r = http.get("/sources/energynews")
    assert r.status_code == 404 and r.json()["suggestions"] == ["energynews-cbak-anker-malaysia"]


def test_stats_and_health(http: httpx.Client) -> None:
    stats = http.get("/stats").json()
    registry = yaml.safe_load((DATA / "entities.yaml").read_text(encoding="utf-8"))
    fact_files = sorted((DATA / "facts").glob("*.yaml"))
    assert stats["nodes"]["Company"] == len(registry["companies"])
    assert stats["sources"] == stats["nodes"]["Source"] == len(fact_files)
    facts = [yaml.safe_load(f.read_text(encoding="utf-8"))["facts"] for f in fact_files]
    assert stats["facts"] == sum(len(f) for f in facts)
    assert stats["relationships"]["OWNS_STAKE"] >= 4  # the JV's three owners and Ford's equity
    assert stats["last_load"]["at"] and stats["last_load"]["files"] == len(fact_files) + 1
    health = http.get("/health").json()
    assert health["status"] == "ok"
    # /health reads what the last load wrote (one lookup), /stats counts the graph: the same here
    assert (health["nodes"], health["relationships"]) == (stats["nodes"], stats["relationships"])


def test_openapi_shows_an_example_for_every_required_input(http: httpx.Client) -> None:
    assert http.get("/docs").status_code == 200
    spec = http.get("/openapi.json").json()
    missing = []
    for path, ops in spec["paths"].items():
        if path.startswith("/analytics"):
            continue  # the analytics module documents its own routes
        for method, op in ops.items():
            assert "200" in op["responses"], path
            for p in op.get("parameters", []):
                if p.get("required") and not (p.get("examples") or p["schema"].get("examples")):
                    missing.append(f"{method.upper()} {path} {p['name']}")
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None and not body.get("examples"):
                missing.append(f"{method.upper()} {path} body")
    assert not missing, missing


def test_neighbourhood_lists_at_most_20_sources_per_item_and_counts_the_rest() -> None:
    from graph.questions.neighbourhood import _add_far_node
    from graph.questions.subgraph import SubgraphBuilder

    sources = [f"s{i}" for i in range(20)]  # the query cut a list of 25 to the first 20
    row = {
        "far": "#1:1",
        "far_labels": ["Plant"],
        "far_props": {
            "id": "p",
            "name": "P",
            "kg_hash": None,
            "sources": sources,
            "fact_ids": ["s0#f1", "s24#f2"],
            "evidence": ["kept quote", "cut quote"],
            "evidence_facts": ["s0#f1", "s24#f2"],
            "evidence_sources": ["s0", "s24"],
        },
        "far_sources_total": 25,
    }
    builder = SubgraphBuilder()
    _add_far_node(builder, row)
    [node] = builder.build().nodes
    assert node.sources_total == 25 and node.properties["sources"] == sources
    assert node.properties["evidence"] == ["kept quote"]
    assert node.properties["evidence_sources"] == ["s0"] and "kg_hash" not in node.properties


def test_neighbourhood_items_say_when_their_sources_are_cut(http: httpx.Client) -> None:
    body = http.get("/entities/catl/neighbourhood", params={"depth": 2}).json()
    for item in body["nodes"] + body["edges"]:
        listed = len(item["properties"].get("sources") or [])
        assert listed <= 20
        assert item["sources_total"] is None or item["sources_total"] > listed
