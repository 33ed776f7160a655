"""The views in a real browser: Debian's headless Chromium driven by Playwright.

Each test saves a screenshot under artifacts/screenshots/. Skipped (with the reason) only when
/usr/bin/chromium is absent; `make chromium` installs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import yaml

from graph.db.client import Graph
from loaders.pipeline import load
from tests.conftest import ROOT, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (install it with `make chromium`)"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


class Tab:
    """A browser page that records every request it makes and every dialog that opens."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def open(self, url: str) -> Any:
        """Go to `url` and wait until the network view (if any) has settled."""
        self.page.goto(url)
        self.settle()
        return self.page

    def settle(self) -> None:
        """Wait for the page script to report the layout finished (or that nothing is drawn)."""
        self.page.wait_for_function(
            "() => window.kgReady === true || !document.getElementById('network')",
            timeout=30_000,
        )

    def shot(self, name: str) -> Path:
        """Save a full-window screenshot as artifacts/screenshots/<name>.png."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def foreign_requests(self) -> list[str]:
        """Requests that went to any host but the service's own."""
        return [u for u in self.requests if urlsplit(u).hostname not in ("127.0.0.1", None)]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    assert not t.errors, f"script errors on the page: {t.errors}"
    t.close()


def drawn(page: Any) -> dict[str, int]:
    """How many nodes and edges the vis-network instance on the page holds."""
    counts: dict[str, int] = page.evaluate(
        "() => ({nodes: window.kgNetwork.body.data.nodes.length,"
        " edges: window.kgNetwork.body.data.edges.length})"
    )
    return counts


def click_edge(page: Any, edge_id: str) -> None:
    """Click with the mouse on the middle of the drawn edge `edge_id`."""
    point = page.evaluate(
        """(id) => {
            const net = window.kgNetwork;
            const edge = net.body.edges[id];
            const mid = edge.edgeType.getPoint(0.5);
            const dom = net.canvasToDOM(mid);
            const box = document.getElementById('network').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        edge_id,
    )
    page.mouse.click(point["x"], point["y"])


def test_home_page_draws_the_whole_graph_offline(live: LiveServer, tab: Tab) -> None:
    page = tab.open(live.url + "/")
    health = httpx.get(live.url + "/health").json()
    expected = sum(n for label, n in health["nodes"].items() if label != "Source")
    assert drawn(page)["nodes"] == expected
    assert page.get_by_role("link", name="JSON API (interactive docs)").get_attribute("href") == (
        "/docs"
    )
    tab.shot("home")
    assert tab.foreign_requests() == []


JV = "beijing-era-new-energy"
CATL_STAKE = f"OWNS_STAKE:catl>{JV}@51"  # the 51 % version of the stake


def test_entity_view_draws_the_apis_neighbourhood(live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{live.url}/view/entity/{JV}")
    api = httpx.get(f"{live.url}/entities/{JV}/neighbourhood").json()
    assert drawn(page) == {"nodes": len(api["nodes"]), "edges": len(api["edges"])}
    assert {"catl", "baic", "xiaomi-auto"} <= {n["id"] for n in api["nodes"]}
    tab.shot("entity-jv")
    assert tab.foreign_requests() == []


def test_clicking_catls_edge_shows_51_and_the_quote(live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{live.url}/view/entity/{JV}")
    click_edge(page, CATL_STAKE)
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.get_attribute("data-id") == CATL_STAKE
    text = panel.inner_text()
    assert "51 %" in text and "51" in panel.locator("table").inner_text()
    assert "CATL will hold a majority stake of 51%" in text  # the article's own words
    assert "CATL, BAIC, and Xiaomi to build a battery factory in Beijing" in text
    tab.shot("entity-jv-catl-edge")
    assert tab.foreign_requests() == []


def test_searching_xiami_lands_on_xiaomi_auto(live: LiveServer, tab: Tab) -> None:
    page = tab.open(live.url + "/")
    page.locator("form.search input[type=search]").press_sequentially("Xiami", delay=60)
    first = page.locator(".suggestions li a").first
    first.wait_for(state="visible")
    assert "Xiaomi Auto" in first.inner_text()
    tab.shot("home-search-xiami")
    first.click()
    page.wait_for_url("**/view/entity/xiaomi-auto")
    tab.settle()
    assert page.locator("h1").inner_text().startswith("Xiaomi Auto")
    assert drawn(page)["nodes"] > 1
    tab.shot("entity-xiaomi-auto")
    assert tab.foreign_requests() == []


def test_controls_redraw_the_view(live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{live.url}/view/entity/catl")
    before = drawn(page)["nodes"]
    page.locator("input[name=status][value='under consideration']").uncheck()
    page.wait_for_url("**status=**")
    tab.settle()
    api = httpx.get(
        f"{live.url}/entities/catl/neighbourhood",
        params={"status": ["confirmed", "announced", "reported", "denied"]},
    ).json()
    assert drawn(page)["nodes"] == len(api["nodes"]) < before
    assert "ford-catl-michigan-plant" not in page.evaluate(
        "() => window.kgNetwork.body.data.nodes.getIds()"
    )
    tab.shot("entity-catl-no-considered")


def test_double_clicking_a_node_opens_its_view(live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{live.url}/view/entity/{JV}")
    point = page.evaluate(
        """(id) => {
            const net = window.kgNetwork;
            const dom = net.canvasToDOM(net.getPosition(id));
            const box = document.getElementById('network').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        "catl",
    )
    page.mouse.dblclick(point["x"], point["y"])
    page.wait_for_url("**/view/entity/catl")
    tab.settle()
    assert page.locator("h1").inner_text().startswith("CATL")
    tab.shot("entity-catl-after-double-click")


def test_unknown_entity_is_a_friendly_page_with_suggestions(live: LiveServer, tab: Tab) -> None:
    page = tab.page
    resp = page.goto(f"{live.url}/view/entity/xiaomi")
    assert resp is not None and resp.status == 404
    assert "Nothing in the graph has the id" in page.inner_text("#message")
    links = page.locator("#suggestions a")
    assert "Xiaomi Auto" in links.all_inner_texts()
    tab.shot("not-found")


def test_country_view_shows_the_plants_and_their_operators(live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{live.url}/view/country/GB")
    ids = set(page.evaluate("() => window.kgNetwork.body.data.nodes.getIds()"))
    assert {"GB", "aesc-sunderland-plant-1", "aesc-sunderland-plant-2", "envision-aesc"} <= ids
    assert len(page.locator("#plants li").all()) == 2
    tab.shot("country-gb")
    assert tab.foreign_requests() == []


@pytest.fixture
def xss_live(scratch: Graph, data_copy: Path) -> Iterator[LiveServer]:
    """The service on the scratch database, loaded with a copy of data/ in which the CATL 51 %
    stake's evidence, the JV's description and the source's title carry markup and script."""
    from app.main import create_app

    path = data_copy / "facts" / "catl-baic-xiaomi-beijing-jv.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["source"]["title"] = f"Title {XSS_SCRIPT}"
    doc["source"]["url"] = "javascript:alert(1)"
    for fact in doc["facts"]:
        if fact["id"] == "catl-stake-beijing-era":
            fact["evidence"] = f"CATL will hold {XSS_IMG} a majority stake {XSS_SCRIPT} of 51%"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    reg_path = data_copy / "entities.yaml"
    reg = yaml.safe_load(reg_path.read_text(encoding="utf-8"))
    for company in reg["companies"]:
        if company["id"] == "beijing-era-new-energy":
            company["description"] = f"JV {XSS_IMG}"
        if company["id"] == "baic":
            company["name"] = f"BAIC {XSS_SCRIPT}"
            company["aliases"] = [*company.get("aliases", []), "BAIC"]
    reg_path.write_text(yaml.safe_dump(reg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    load(scratch, data_copy)
    server = LiveServer(create_app(scratch))
    server.start()
    yield server
    server.stop()


def test_markup_in_the_data_is_shown_as_text_and_never_runs(xss_live: LiveServer, tab: Tab) -> None:
    page = tab.open(f"{xss_live.url}/view/entity/{JV}")
    click_edge(page, CATL_STAKE)
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert f"CATL will hold {XSS_IMG} a majority stake {XSS_SCRIPT} of 51%" in text
    assert f"Title {XSS_SCRIPT}" in text
    assert panel.locator("img, script").count() == 0
    assert panel.locator("a[href^='javascript']").count() == 0  # the source's javascript: URL
    tab.shot("xss-edge")
    page.evaluate(f"() => window.kgShowNode('{JV}')")
    assert f"JV {XSS_IMG}" in panel.inner_text()
    page.evaluate("() => window.kgShowNode('baic')")
    assert f"BAIC {XSS_SCRIPT}" in panel.locator("h2").inner_text()
    tab.shot("xss-node")
    # the name as a page title, a heading and a search suggestion
    page = tab.open(f"{xss_live.url}/view/entity/baic")
    assert page.locator("h1").inner_text().startswith(f"BAIC {XSS_SCRIPT}")
    assert XSS_SCRIPT in page.title()
    page = tab.open(xss_live.url + "/")
    page.locator("form.search input[type=search]").press_sequentially("BAIC", delay=40)
    page.locator(".suggestions li a").first.wait_for(state="visible")
    assert f"BAIC {XSS_SCRIPT}" in page.locator(".suggestions").inner_text()
    tab.shot("xss-search")
    assert tab.dialogs == []
    assert page.locator("img[src=x]").count() == 0
    assert tab.foreign_requests() == []


def test_path_view_draws_the_hops_the_api_finds(live: LiveServer, tab: Tab) -> None:
    page = tab.open(live.url + "/view/path?from=xiaomi-auto&to=catl&via=ownership")
    api = httpx.get(
        live.url + "/paths", params={"from": "xiaomi-auto", "to": "catl", "via": "ownership"}
    ).json()
    assert drawn(page) == {"nodes": len(api["graph"]["nodes"]), "edges": len(api["graph"]["edges"])}
    hops = page.locator("#hops li").all_inner_texts()
    assert hops == [h["sentence"] for h in api["paths"][0]["hops"]]
    tab.shot("path")
    assert tab.foreign_requests() == []


def test_cypher_view_draws_a_read_result_and_shows_a_refusal(live: LiveServer, tab: Tab) -> None:
    page = tab.open(live.url + "/view/cypher")  # the example statement runs on load
    assert drawn(page) == {"nodes": 4, "edges": 3}  # CATL, BAIC, Xiaomi Auto -> the JV
    cells = page.locator("#results td").all_inner_texts()
    assert "(:Company CATL)" in cells
    assert any(u.endswith("/cypher") for u in tab.requests)
    tab.shot("cypher")
    page.fill("#cypher-text", "MATCH (c:Company {id: 'catl'}) SET c.name = 'x' RETURN c")
    page.click("form.console button[type=submit]")
    page.wait_for_function("() => document.getElementById('cypher-message').className === 'error'")
    assert "Refused (403)" in page.inner_text("#cypher-message")
    check = httpx.get(live.url + "/entities/catl").json()
    assert check["name"] == "CATL"
    assert tab.foreign_requests() == []


def big_subgraph(companies: int = 300, plants: int = 60) -> dict[str, Any]:
    """A synthetic industry: companies in ownership chains and supply links, plants in 5
    countries, some facts unconfirmed (only the shape matters here, not the names)."""
    nodes: list[dict[str, Any]] = [
        {"id": f"c{i}", "label": "Company", "name": f"Company {i}", "kind": "cell maker"}
        for i in range(companies)
    ]
    nodes += [{"id": f"p{i}", "label": "Plant", "name": f"Plant {i}"} for i in range(plants)]
    nodes += [{"id": c, "label": "Country", "name": c} for c in ("CN", "GB", "US", "MY", "DE")]
    edges: list[dict[str, Any]] = []

    def edge(kind: str, a: str, b: str, caption: str, confirmed: bool = True) -> None:
        edges.append(
            {
                "id": f"{kind}:{a}>{b}",
                "type": kind,
                "source": a,
                "target": b,
                "caption": caption,
                "confirmed": confirmed,
                "status": "confirmed" if confirmed else "reported",
            }
        )

    for i in range(1, companies):
        edge("OWNS_STAKE", f"c{(i - 1) // 3}", f"c{i}", f"{10 + i % 80} %", i % 7 != 0)
    for i in range(0, companies - 5, 5):
        edge("SUPPLIES", f"c{i}", f"c{i + 4}", "LFP cells")
    for i in range(plants):
        edge("OPERATES", f"c{i * 5 % companies}", f"p{i}", "operates")
        edge("LOCATED_IN", f"p{i}", ("CN", "GB", "US", "MY", "DE")[i % 5], "located in")
    return {"nodes": nodes, "edges": edges}


def test_a_network_of_300_plus_nodes_settles_and_stops(live: LiveServer, tab: Tab) -> None:
    page = tab.open(live.url + "/view/cypher?query=RETURN%201")
    sub = big_subgraph()
    elapsed = page.evaluate(
        """async (sub) => {
            const r = await fetch('/view/render', {method: 'POST',
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify(sub)});
            const data = await r.json();
            const t0 = performance.now();
            window.kgDraw(data);
            await new Promise((ok) => {
                const wait = () => (window.kgReady ? ok() : setTimeout(wait, 50));
                wait();
            });
            return performance.now() - t0;
        }""",
        sub,
    )
    assert drawn(page) == {"nodes": len(sub["nodes"]), "edges": len(sub["edges"])}
    assert elapsed < 20_000, f"layout took {elapsed:.0f} ms"
    # physics is off once the layout settled: nothing moves any more
    positions = page.evaluate("() => window.kgNetwork.getPositions(['c0', 'c150', 'p7'])")
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.kgNetwork.getPositions(['c0', 'c150', 'p7'])") == positions
    assert page.evaluate("() => window.kgNetwork.physics.physicsEnabled") is False
    tab.shot("big-365-nodes")
    page.evaluate("() => window.kgNetwork.moveTo({position: {x: 0, y: 0}, scale: 1.1})")
    tab.shot("big-365-nodes-zoomed")
    print(f"365 nodes, {len(sub['edges'])} edges laid out in {elapsed:.0f} ms")


def test_api_docs_render_offline(live: LiveServer, tab: Tab) -> None:
    """Swagger UI (/docs) draws the API from assets the service serves itself."""
    page = tab.page
    page.goto(live.url + "/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    page.wait_for_load_state("networkidle")
    assert page.locator(".opblock").count() >= 10
    assert page.locator(".opblock-summary-path", has_text="/neighbourhood").count() >= 1
    tab.shot("docs")
    assert tab.foreign_requests() == [], tab.foreign_requests()
