"""Neo4j Browser, as a user meets it: the address `kg serve` prints, opened in Debian's headless
Chromium (Playwright), against the test session's Neo4j with the curated data loaded.

What a user does, in order: open `Neo4jServer.browser_url` (the connect form comes filled in with
the address, the database and the user), type the password, connect; paste the `:param` lines and
then the query of `cypher/explore/owners.cypher` into the editor and read the owners in the table
view; run a query returning paths and look at the drawing; paste `:style` with
`cypher/neo4j-browser.grass` and see the colours and captions change.

Text goes into the editor the way a user pastes it (the clipboard, then Ctrl+V): typed text gets
Monaco's auto-closed brackets, and a `:style` with one `}` too many is accepted by the Browser and
then crashes it at the next drawing ("Cannot read properties of undefined (reading 'replace')").

The Browser asks for Google fonts and, before it has connected (and learnt the server's
`client.allow_telemetry=false`), contacts Segment and Canny: requests to other hosts are refused
here and listed in `NeoBrowser.foreign`. Screenshots go to artifacts/neo4j-browser/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from graph.db.client import Graph
from graph.db.server import DATABASE, USER, Neo4jServer
from tests.conftest import PASSWORD, ROOT
from tests.test_browser import CHROMIUM, FLAGS

SHOTS = ROOT / "artifacts" / "neo4j-browser"
OWNERS = ROOT / "cypher" / "explore" / "owners.cypher"
GRASS = ROOT / "cypher" / "neo4j-browser.grass"
WAIT = 60_000
"""Milliseconds any one step may take (a slow 2-core machine; each step takes well under 5 s)."""

PATHS = (
    "MATCH p = (:Company {id: 'xiaomi-auto'})-[:OWNS_STAKE]->() RETURN p\n"
    "UNION\n"
    "MATCH p = (:Company {id: 'ford'})-[:OWNS_STAKE]->() RETURN p"
)
"""Two stakes: Xiaomi Auto's 5 % of Beijing Era New Energy (a company) and Ford's stake without
a stated percent in the Ford–CATL Michigan plant. Ford's `name` (Ford Motor) is not its
`display_name` (Ford), so the caption shows which of the two the style picked."""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (install it with `make chromium`)"
    ),
]

NODES_JS = """el => [...el.querySelectorAll('svg g.node')].map(g => ({
    caption: [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '),
    fill: (g.querySelector('circle.b-outline').getAttribute('fill') || '').toUpperCase(),
}))"""
RELATIONSHIPS_JS = """el => [...el.querySelectorAll('svg g.relationship')].map(g => ({
    caption: [...g.querySelectorAll('text')].map(t => t.textContent.trim()).join(' '),
    fill: (g.querySelector('path.b-outline').getAttribute('fill') || '').toUpperCase(),
}))"""
TABLE_JS = """el => {
    const heads = [...el.querySelectorAll('thead [role=columnheader]')]
        .map(h => h.innerText.trim());
    return [...el.querySelectorAll('tbody tr[role=row]')].map(row => {
        const cells = [...row.querySelectorAll('td[role=cell]')];
        return Object.fromEntries(
            heads.map((h, i) => [h, cells[i] ? cells[i].innerText.trim() : null]));
    });
}"""
SETTLED_JS = """el => {
    const now = [...el.querySelectorAll('svg g.node')]
        .map(g => g.getAttribute('transform')).join('|');
    const settled = now !== '' && el.dataset.kgLayout === now;
    el.dataset.kgLayout = now;
    return settled;
}"""
"""True once the node positions are the same at two polls in a row (the layout has stopped)."""
STILL_JS = """el => {
    const r = el.getBoundingClientRect();
    const now = `${r.top},${r.height}`;
    const still = el.dataset.kgRect === now;
    el.dataset.kgRect = now;
    return still;
}"""
"""True once the element has not moved or grown between two polls (new frames slide in)."""


class NeoBrowser:
    """One Chromium page on Neo4j Browser: the editor, the result frames, screenshots."""

    def __init__(self, chromium: Any, server: Neo4jServer) -> None:
        self.server = server
        self.context = chromium.new_context(viewport={"width": 1400, "height": 900})
        self.context.grant_permissions(
            ["clipboard-read", "clipboard-write"], origin=server.http_url
        )
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.context.route(lambda url: urlsplit(url).hostname != "127.0.0.1", self._refuse)
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.runs = 0
        self.form: dict[str, str] = {}
        """The connect form as it first came, by field (filled in by the `neo` fixture)."""

    def _refuse(self, route: Any) -> None:
        self.foreign.append(route.request.url)
        route.abort()

    def run(self, command: str) -> Any:
        """Paste `command` into the editor, run it, and return the frame it opens (the newest,
        at the top of the stream)."""
        page = self.page
        page.eval_on_selector_all(
            "[data-testid=frame]", "fs => fs.forEach(f => f.dataset.kgSeen = '1')"
        )
        page.click("#monaco-main-editor")
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.evaluate("text => navigator.clipboard.writeText(text)", command)
        page.keyboard.press("Control+V")
        page.click("[data-testid=editor-Run]")
        new = page.locator("[data-testid=frame]:not([data-kg-seen])").first
        new.wait_for()
        self.runs += 1
        new.evaluate("(f, n) => f.dataset.kgRun = String(n)", self.runs)
        return page.locator(f"[data-testid=frame][data-kg-run='{self.runs}']")

    def reset_style(self) -> None:
        """`:style reset`: back to the Browser's own colours and captions."""
        self.run(":style reset").locator("[data-testid=styleResetButton]").wait_for()

    def drawing(self, frame: Any) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        """The nodes and relationships the frame's graph view draws, once the layout stopped.
        (A new frame opens in the view the last one was left in: the table, after `table`.)"""
        frame.locator("[data-testid=cypherFrameSidebarVisualization]").click()
        frame.locator("svg g.node").first.wait_for()
        self.page.wait_for_function(SETTLED_JS, arg=frame.element_handle(), polling=250)
        return frame.evaluate(NODES_JS), frame.evaluate(RELATIONSHIPS_JS)

    def table(self, frame: Any) -> list[dict[str, str]]:
        """The rows of the frame's table view, by column (cells as the page shows them)."""
        frame.locator("[data-testid=cypherFrameSidebarTable]").click()
        frame.locator("tbody tr[role=row]").first.wait_for()
        rows: list[dict[str, str]] = frame.evaluate(TABLE_JS)
        return rows

    def shot(self, name: str, subject: Any) -> Path:
        """Save the window as artifacts/neo4j-browser/<name>.png, once `subject` (a locator) is
        scrolled into view and has stopped moving."""
        subject.scroll_into_view_if_needed()
        self.page.wait_for_function(STILL_JS, arg=subject.element_handle(), polling=200)
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=[*FLAGS, "--disable-quic"], headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def neo(chromium: Any, neo4j_server: Neo4jServer, graph: Graph) -> Iterator[NeoBrowser]:
    """Neo4j Browser opened at `browser_url` and connected as `neo4j` with the test password.
    The connect form as it came (before the password was typed) is kept in `neo.form`."""
    neo = NeoBrowser(chromium, neo4j_server)
    page = neo.page
    page.goto(neo4j_server.browser_url)
    page.locator("[data-testid=password]").wait_for()
    neo.form = {
        field: page.input_value(f"[data-testid={field}]")
        for field in (
            "bolt-scheme-select",
            "boltaddress",
            "database",
            "authenticationMethod",
            "username",
        )
    }
    neo.shot("01-connect-form", page.locator("[data-testid=frame]", has=page.locator("form")))
    page.fill("[data-testid=password]", PASSWORD)
    page.click("[data-testid=connect]")
    connected = page.locator("[data-testid=frame]", has_text="You are connected as user")
    connected.wait_for()
    neo.shot("02-connected", connected)
    yield neo
    neo.close()


@pytest.fixture
def browser_page(neo: NeoBrowser) -> Iterator[NeoBrowser]:
    """The connected Browser; fails the test if the page threw a script error meanwhile."""
    before = len(neo.errors)
    yield neo
    assert neo.errors[before:] == [], "script errors in Neo4j Browser"


def test_the_printed_address_fills_in_the_connect_form(browser_page: NeoBrowser) -> None:
    neo = browser_page
    assert neo.form == {
        "bolt-scheme-select": "neo4j://",
        "boltaddress": f"127.0.0.1:{neo.server.bolt_port}",
        "database": DATABASE,
        "authenticationMethod": "NATIVE",
        "username": USER,
    }
    connected = neo.page.locator("[data-testid=frame]", has_text="You are connected as user")
    text = " ".join(connected.inner_text().split())
    assert f"You are connected as user {USER}" in text
    assert f"to neo4j://127.0.0.1:{neo.server.bolt_port}" in text
    # Only the Browser's own fonts and usage reports went elsewhere (and were refused): the
    # Browser asks for them before it connects, so `client.allow_telemetry=false` (which the
    # server sends it on connecting) does not prevent these first requests.
    hosts = {urlsplit(u).hostname or "" for u in neo.foreign}
    assert all(re.search(r"(googleapis|segment|sentry|canny)\.(com|io)$", h) for h in hosts), hosts


def test_owners_query_shows_the_stakes_in_the_table(browser_page: NeoBrowser) -> None:
    neo = browser_page
    text = OWNERS.read_text(encoding="utf-8")
    params = re.findall(r"^// (:param .+)$", text, flags=re.M)
    # the owned entity, and the day (null = today: the library's default, issue 19)
    assert params == [":param id => 'beijing-era-new-energy'", ":param as_of => null"]
    shows = ('"id": "beijing-era-new-energy"', '"as_of": null')
    for line, shown in zip(params, shows, strict=True):
        frame = neo.run(line)
        frame.get_by_text("Successfully set your parameters").wait_for()
        assert shown in frame.inner_text()

    frame = neo.run(text)
    rows = neo.table(frame)
    neo.shot("03-owners-table", frame)
    # Each row is as tall as the `stake` path's JSON: the last one is further down the frame.
    last_row = frame.locator("tbody tr[role=row]").last
    neo.shot("03b-owners-table-last-row", last_row.locator("td[role=cell] span").first)
    assert [(r["owner"], r["percent"], r["owner_id"]) for r in rows] == [
        ('"CATL"', "51.0", '"catl"'),
        ('"BAIC"', "39.0", '"baic"'),
        ('"Xiaomi Auto"', "5.0", '"xiaomi-auto"'),
    ]
    assert {(r["stated_total"], r["not_stated"]) for r in rows} == {("95.0", "5.0")}


def test_a_path_query_is_drawn(browser_page: NeoBrowser) -> None:
    neo = browser_page
    neo.reset_style()
    frame = neo.run(PATHS)
    nodes, relationships = neo.drawing(frame)
    neo.shot("04-paths-default-style", frame)
    captions = sorted(n["caption"] for n in nodes)
    assert len(captions) == 4, captions
    assert "Ford Motor" in captions and "Xiaomi Auto" in captions  # the default caption: name
    assert any(c.startswith("Beijing Era") for c in captions), captions
    assert any(c.startswith("Ford–C") for c in captions), captions
    assert [r["caption"] for r in relationships] == ["OWNS_STAKE", "OWNS_STAKE"]


def test_the_grass_file_styles_the_drawing(browser_page: NeoBrowser) -> None:
    neo = browser_page
    grass = GRASS.read_text(encoding="utf-8")
    try:
        frame = neo.run(f":style {grass}")
        # The frame shows the style the Browser now holds (its command line echoes the input).
        held = frame.locator("[data-testid=frameContents]")
        held.get_by_text("node.Company").first.wait_for()
        shown = held.inner_text()
        neo.shot("05-style-applied", frame)
        selectors = re.findall(r"^([\w.]+) \{", grass, flags=re.M)
        assert len(selectors) == 15
        assert [s for s in selectors if f"{s} {{" not in shown] == []  # no rule dropped
        assert "Could not parse grass" not in shown
        assert 'caption: "{display_name}";' in shown and 'caption: "{caption}";' in shown

        frame = neo.run(PATHS)
        nodes, relationships = neo.drawing(frame)
        neo.shot("06-paths-grass-style", frame)
        by_caption = {n["caption"]: n["fill"] for n in nodes}
        assert by_caption.get("Ford") == "#4C8EDA", by_caption  # Company: blue, display_name
        assert by_caption.get("Xiaomi Auto") == "#4C8EDA", by_caption
        plants = [fill for caption, fill in by_caption.items() if caption.startswith("Ford–C")]
        assert plants == ["#F79767"], by_caption  # Plant: orange, name
        # OWNS_STAKE: pink, captioned with the percent, or that none is stated.
        assert sorted(r["caption"] for r in relationships) == ["% not stated", "5 %"]
        assert {r["fill"] for r in relationships} == {"#DA7194"}
    finally:
        neo.reset_style()
