"""The HTML views over HTTP: pages, the data they embed, static files, errors (no browser)."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

JV = "beijing-era-new-energy"
CATL_STAKE = f"OWNS_STAKE:catl>{JV}@51"  # the 51 % version of the stake
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


def embedded_data(html: str) -> dict[str, Any]:
    """The network data a page embeds in its `<script type="application/json">` block."""
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert m, "the page embeds no graph data"
    data: dict[str, Any] = json.loads(m.group(1))
    return data


def assert_self_contained(resp: httpx.Response) -> None:
    """An HTML page that loads nothing from another host and runs no inline script."""
    assert resp.headers["content-type"].startswith("text/html")
    assert not EXTERNAL.search(resp.text), EXTERNAL.findall(resp.text)
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", resp.text, re.S)
    for attrs, body in scripts:
        assert 'src="/static/' in attrs or 'type="application/json"' in attrs, attrs
        assert 'type="application/json"' in attrs or not body.strip()


def test_home_shows_counts_search_docs_link_and_the_whole_graph(http: httpx.Client) -> None:
    resp = http.get("/")
    assert resp.status_code == 200
    assert_self_contained(resp)
    health = http.get("/health").json()
    html = resp.text
    assert 'href="/docs"' in html
    assert 'type="search"' in html
    for label, n in health["nodes"].items():
        assert re.search(rf"<td>{label}</td><td class=\"n\">{n}</td>", html), label
    data = embedded_data(html)
    drawn = {n["id"] for n in data["nodes"]}
    assert len(drawn) == sum(n for label, n in health["nodes"].items() if label != "Source")
    assert {"catl", JV, "xiaomi-auto", "baic", "CN", "MY", "GB", "US"} <= drawn
    assert len(resp.content) < 200_000, "vis-network must not be inlined into the page"


def test_home_draws_the_jv_stakes_with_their_percentages(http: httpx.Client) -> None:
    data = embedded_data(http.get("/").text)
    captions = {e["id"]: e.get("label") for e in data["edges"]}
    assert captions[CATL_STAKE] == "51 %"
    assert captions[f"OWNS_STAKE:baic>{JV}@39"] == "39 %"
    assert captions[f"OWNS_STAKE:xiaomi-auto>{JV}@5"] == "5 %"
    # the panel data carries the evidence quote and the source's metadata
    edge = next(e for e in data["items"]["edges"] if e["id"] == CATL_STAKE)
    assert edge["properties"]["evidence"] == ["CATL will hold a majority stake of 51%"]
    source = data["sources"]["catl-baic-xiaomi-beijing-jv"]
    assert source["title"] == "CATL, BAIC, and Xiaomi to build a battery factory in Beijing"
    assert source["publisher"] == "a marketing agency's news page, quoting Electrive"


def test_unconfirmed_facts_are_dashed_and_faded(http: httpx.Client) -> None:
    data = embedded_data(http.get("/").text)
    items = {e["id"]: e for e in data["items"]["edges"]}
    drawn = {e["id"]: e for e in data["edges"]}
    # "Ford is considering": the Michigan plant is only under consideration
    michigan = [e for e in items.values() if e["target"] == "ford-catl-michigan-plant"]
    assert michigan and all(e["status"] == "under consideration" for e in michigan)
    assert all(not e["confirmed"] for e in michigan)
    for edge_id, item in items.items():
        assert drawn[edge_id]["dashes"] is (not item["confirmed"])
        assert (drawn[edge_id]["color"]["opacity"] < 1) is (not item["confirmed"])
    # "announced" by BAIC: a plan, not a confirmed fact, so drawn dashed (issue 19)
    assert drawn[CATL_STAKE]["dashes"] is True and items[CATL_STAKE]["confirmed"] is False


def test_vis_network_is_one_cached_static_file(http: httpx.Client) -> None:
    resp = http.get("/static/vis-network.min.js")
    assert resp.status_code == 200
    assert "javascript" in resp.headers["content-type"]
    assert "max-age=604800" in resp.headers["cache-control"]
    assert b"vis-network" in resp.content[:400]
    again = http.get("/static/vis-network.min.js", headers={"If-None-Match": resp.headers["etag"]})
    assert again.status_code == 304
    own = http.get("/static/kg.js")
    assert own.status_code == 200 and own.headers["cache-control"] == "no-cache"
    assert http.get("/static/vis-network.css").status_code == 200
    assert http.get("/static/nothing-here.js").status_code == 404


def test_render_styles_a_subgraph_posted_by_the_cypher_view(http: httpx.Client) -> None:
    subgraph = {
        "nodes": [
            {"id": "catl", "label": "Company", "name": "CATL", "kind": "cell maker"},
            {"id": "ford-plant", "label": "Plant", "name": "<b>plant</b>"},
        ],
        "edges": [
            {
                "id": "e1",
                "type": "OPERATES",
                "source": "catl",
                "target": "ford-plant",
                "caption": "operates",
                "status": "under consideration",
                "confirmed": False,
                "properties": {"sources": ["battery-week-aesc-cosmx-catl-ford"]},
            }
        ],
    }
    resp = http.post("/view/render", json=subgraph)
    assert resp.status_code == 200
    data = resp.json()
    shapes = {n["id"]: n["shape"] for n in data["nodes"]}
    assert shapes == {"catl": "dot", "ford-plant": "square"}
    assert data["nodes"][1]["label"] == "<b>plant</b>"  # text; the canvas draws it as text
    assert data["edges"][0]["dashes"] is True and data["edges"][0]["label"] == "operates"
    assert data["sources"]["battery-week-aesc-cosmx-catl-ford"]["publisher"]
    assert {e["text"] for e in data["legend"]} >= {"Company: cell maker", "Plant", "operates"}
    bad = http.post("/view/render", json={"nodes": [{"id": 1}]})
    assert bad.status_code == 422
    # an edge to a missing node and a repeated id are dropped, not a server error
    messy = {**subgraph, "nodes": subgraph["nodes"] * 2, "edges": subgraph["edges"] * 2}
    messy["edges"] = [*messy["edges"], {**subgraph["edges"][0], "id": "e2", "target": "nowhere"}]
    resp = http.post("/view/render", json=messy)
    assert resp.status_code == 200
    assert [e["id"] for e in resp.json()["edges"]] == ["e1"]
    assert len(resp.json()["nodes"]) == 2
    # `sources` / `fact_ids` that are not lists cite nothing (no 500)
    edge = subgraph["edges"][0]
    for props in ({"sources": 5}, {"fact_ids": True}, {"sources": "abc", "fact_ids": {"a": 1}}):
        odd = {**subgraph, "edges": [{**edge, "properties": props}]}
        odd["nodes"] = [{**subgraph["nodes"][0], "properties": props}, subgraph["nodes"][1]]
        resp = http.post("/view/render", json=odd)
        assert resp.status_code == 200, (props, resp.text)
        assert resp.json()["sources"] == {}
    huge = {"nodes": [{"id": f"n{i}", "label": "Company", "name": "x"} for i in range(6000)]}
    assert http.post("/view/render", json=huge).status_code == 413


def test_find_goes_to_the_best_match_even_misspelt(http: httpx.Client) -> None:
    resp = http.get("/view/find", params={"q": "Xiami"}, follow_redirects=False)
    assert resp.status_code == 303
    assert resp.headers["location"] == "/view/entity/xiaomi-auto"
    country = http.get("/view/find", params={"q": "Malaysia"}, follow_redirects=False)
    assert country.headers["location"] == "/view/country/MY"
    nothing = http.get("/view/find", params={"q": "zzzz qqqq"})
    assert nothing.status_code == 404
    assert "text/html" in nothing.headers["content-type"]
    assert "Nothing in the graph is called" in nothing.text


def test_path_view_labels_each_hop_and_draws_the_path(http: httpx.Client) -> None:
    resp = http.get("/view/path", params={"from": "Xiami Auto", "to": "catl"})
    assert resp.status_code == 200
    assert_self_contained(resp)
    api = http.get("/paths", params={"from": "xiaomi-auto", "to": "catl"}).json()
    data = embedded_data(resp.text)
    assert {n["id"] for n in data["nodes"]} == {n["id"] for n in api["graph"]["nodes"]}
    assert {e["id"] for e in data["edges"]} == {e["id"] for e in api["graph"]["edges"]}
    hops = re.search(r'<div class="hops" id="hops">(.*?)</div>', resp.text, re.S)
    assert hops
    for hop in api["paths"][0]["hops"]:
        assert hop["sentence"].replace("'", "&#39;") in hops.group(1)
    assert all(e.get("label") for e in data["edges"] if e["id"].startswith("OWNS_STAKE"))


def test_path_view_explains_unknown_names_and_bad_options(http: httpx.Client) -> None:
    unknown = http.get("/view/path", params={"from": "qqqq zzzz", "to": "catl"})
    assert unknown.status_code == 404
    assert "Nothing in the graph is called" in unknown.text
    bad = http.get("/view/path", params={"from": "catl", "to": "baic", "via": "x"})
    assert bad.status_code == 400 and "via must be one of" in bad.text
    for hops in ("²", "0", "x", "99"):
        resp = http.get("/view/path", params={"from": "catl", "to": "baic", "max_hops": hops})
        assert resp.status_code == 400 and "max hops between 1 and" in resp.text, hops
    same = http.get("/view/path", params={"from": "catl", "to": "CATL"})
    assert same.status_code == 400 and "same entity" in same.text
    empty = http.get("/view/path")
    assert empty.status_code == 200 and 'name="from"' in empty.text


def test_entity_view_embeds_the_apis_neighbourhood(http: httpx.Client) -> None:
    resp = http.get(f"/view/entity/{JV}")
    assert resp.status_code == 200
    assert_self_contained(resp)
    api = http.get(f"/entities/{JV}/neighbourhood").json()
    data = embedded_data(resp.text)
    assert {n["id"] for n in data["nodes"]} == {n["id"] for n in api["nodes"]}
    assert {e["id"] for e in data["edges"]} == {e["id"] for e in api["edges"]}
    # the owners the article names, with their stakes: 51 + 39 + 5, the rest not stated
    stakes = {
        e["source"]: e["caption"] for e in data["items"]["edges"] if e["type"] == "OWNS_STAKE"
    }
    assert stakes == {"catl": "51 %", "baic": "39 %", "xiaomi-auto": "5 %"}
    assert "<h1>Beijing Era New Energy Technology Co." in resp.text


def test_entity_controls_filter_like_the_api(http: httpx.Client) -> None:
    params = {"depth": "2", "types": ["OWNS_STAKE", "OPERATES"], "as_of": "2024-03-31"}
    resp = http.get("/view/entity/catl", params=params)
    assert resp.status_code == 200
    api = http.get("/entities/catl/neighbourhood", params=params).json()
    data = embedded_data(resp.text)
    assert {n["id"] for n in data["nodes"]} == {n["id"] for n in api["nodes"]}
    assert {e["type"] for e in data["items"]["edges"]} <= {"OWNS_STAKE", "OPERATES"}
    assert 'value="2" selected' in resp.text and 'value="2024-03-31"' in resp.text
    # before BAIC announced the joint venture on 11 March 2024, no stake was in effect
    early = embedded_data(
        http.get("/view/entity/catl", params={"types": "OWNS_STAKE", "as_of": "2024-03-10"}).text
    )
    assert [n["id"] for n in early["nodes"]] == ["catl"]
    considered = embedded_data(
        http.get(
            "/view/entity/catl",
            params={"status": ["confirmed", "announced", "reported", "denied"]},
        ).text
    )
    assert "ford-catl-michigan-plant" not in {n["id"] for n in considered["nodes"]}
    assert "ford-catl-michigan-plant" in {
        n["id"] for n in embedded_data(http.get("/view/entity/catl").text)["nodes"]
    }


def test_unknown_entity_is_a_friendly_html_404_with_suggestions(http: httpx.Client) -> None:
    resp = http.get("/view/entity/xiaomi")
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("text/html")
    assert "Nothing in the graph has the id &#39;xiaomi&#39;" in resp.text
    assert '<a href="/view/entity/xiaomi-auto">Xiaomi Auto</a>' in resp.text
    assert "Traceback" not in resp.text
    country = http.get("/view/country/ZZ")
    assert country.status_code == 404 and "No country in the graph" in country.text


def test_bad_view_parameters_are_400_pages_with_the_reason(http: httpx.Client) -> None:
    for params, reason in [
        ({"depth": "99"}, "depth must be a whole number from 1 to"),
        ({"depth": "x"}, "depth must be a whole number"),
        ({"depth": "²"}, "depth must be a whole number"),  # "²".isdigit() but int("²") fails
        ({"depth": "١"}, "depth must be a whole number"),  # Arabic-Indic one: ASCII only
        ({"types": "DROP_ALL"}, "unknown edge type &#39;DROP_ALL&#39;"),
        ({"status": "maybe"}, "unknown status &#39;maybe&#39;"),
        ({"as_of": "2024-13-45"}, "is not a date"),
    ]:
        resp = http.get(f"/view/entity/{JV}", params=params)
        assert resp.status_code == 400, params
        assert reason in resp.text, (params, resp.text[-800:])


def test_country_view_lists_the_plants_and_draws_their_operators(http: httpx.Client) -> None:
    resp = http.get("/view/country/gb")
    assert resp.status_code == 200
    assert_self_contained(resp)
    report = http.get("/countries/GB").json()
    plants = re.search(r'<ul id="plants">(.*?)</ul>', resp.text, re.S)
    assert plants
    for p in report["plants"]:  # both Sunderland plants, confirmed
        assert p["name"] in plants.group(1)
    assert plants.group(1).count("confirmed") == len(report["plants"]) == 2
    ids = {n["id"] for n in embedded_data(resp.text)["nodes"]}
    assert ids == {"GB", "envision-aesc"} | {p["id"] for p in report["plants"]}
    us = http.get("/view/country/US")
    assert "under consideration" in us.text and "Ford" in us.text
    # a country's id in the entity view goes to the country view
    moved = http.get("/view/entity/MY", follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == "/view/country/MY"


def test_home_asks_to_narrow_when_the_graph_is_too_big(graph: Any) -> None:
    from app.deps import settings_dep
    from app.main import create_app
    from app.settings import Settings
    from tests.conftest import LiveServer

    app = create_app(graph)
    app.dependency_overrides[settings_dep] = lambda: Settings(view_max_nodes=5)
    server = LiveServer(app)
    server.start()
    try:
        resp = httpx.get(server.url + "/")
    finally:
        server.stop()
    assert resp.status_code == 200
    assert 'id="too-big"' in resp.text and "more than the 5 this page draws" in resp.text
    assert 'id="graph-data"' not in resp.text
    assert 'type="search"' in resp.text
    # "open a country view below": the links are there though the whole graph is not drawn
    for code in ("CN", "GB", "MY", "US"):
        assert f'href="/view/country/{code}"' in resp.text, code


def test_cypher_view_is_a_console_that_posts_to_the_api(http: httpx.Client) -> None:
    resp = http.get("/view/cypher", params={"query": "MATCH (n:Plant) RETURN n LIMIT 3"})
    assert resp.status_code == 200
    assert_self_contained(resp)
    assert "MATCH (n:Plant) RETURN n LIMIT 3</textarea>" in resp.text
    assert 'data-cypher-url="/cypher"' in resp.text
    js = http.get("/static/kg.js").text
    assert 'method: "POST"' in js and "innerHTML" not in js


def test_embedded_json_cannot_close_its_script_block() -> None:
    from app.views.render import script_json

    value = {"evidence": "</script><img src=x onerror=alert(1)> & <!-- \u2028"}
    text = script_json(value)
    assert not {"<", ">", "&", "\u2028"} & set(text)
    assert json.loads(text) == value


def test_supply_edges_are_captioned_by_chemistry_and_cell_format(http: httpx.Client) -> None:
    from graph.questions.subgraph import edge_caption

    edges = embedded_data(http.get("/").text)["edges"]
    [cbak] = [
        e
        for e in edges
        if e["id"].startswith("SUPPLIES:") and "cbak-energy" in e["id"] and "anker" in e["id"]
    ]
    assert "LFP" in cbak["label"] and "32140" in cbak["label"], cbak["label"]
    assert cbak["label"] == "LFP 32140 cells"
    both = {"chemistry": "NMC", "cell_formats": ["4680", "21700"], "product": "cells for cars"}
    assert edge_caption("SUPPLIES", both) == "NMC 4680/21700 cells"
    assert edge_caption("SUPPLIES", {"cell_formats": ["4680"]}) == "4680 cells"
    assert edge_caption("SUPPLIES", {"chemistry": "LFP", "cell_formats": []}) == "LFP cells"
    assert edge_caption("SUPPLIES", {"product": "cathode material"}) == "cathode material"
    assert edge_caption("SUPPLIES", {}) == "supplies"
    assert edge_caption("PARTNERS_WITH", {"kind": "other"}) == "partners"
    assert edge_caption("PARTNERS_WITH", {"kind": "joint venture"}) == "JV"


def test_api_docs_load_their_assets_from_the_service(http: httpx.Client) -> None:
    resp = http.get("/docs")
    assert resp.status_code == 200
    assert not EXTERNAL.search(resp.text), EXTERNAL.findall(resp.text)
    assert "cdn.jsdelivr.net" not in resp.text
    assets = re.findall(r"""(?:src|href)=["']?(/[^"'\s>]+)""", resp.text)
    assert len(assets) == 3  # Swagger UI's script, stylesheet and icon
    for asset in assets:
        assert http.get(asset).status_code == 200, asset
    assert '"validatorUrl": null' in resp.text  # no badge from validator.swagger.io
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "img-src 'self' data:" in csp
    assert "/redoc" not in http.get("/").text  # ReDoc fetches its logo from cdn.redoc.ly
    assert http.get("/redoc").status_code == 404
    assert http.get("/openapi.json").json()["info"]["title"]
