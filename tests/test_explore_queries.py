"""The Neo4j Browser exploration library in cypher/explore/: every file documents its parameters as
Browser `:param` lines, runs on the loaded graph with exactly those values and returns rows (and
something to draw where it says so), and answers what the source articles say.

The grammar of these files is checked with every other `.cypher` file by test_cypher_grammar.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from app.browser_params import PARAM_LINE, ParamSyntaxError, browser_params, parse_literal
from graph.db.client import Graph, Record
from graph.db.queries import CYPHER_DIR
from graph.model import CONFIRMED_STATUSES, LABELS, REL_TYPES
from loaders.pipeline import load
from tests.conftest import DATA, article_text
from tools.cypher_lint import LINT_DIR

EXPLORE_DIR = CYPHER_DIR / "explore"
FILES = sorted(EXPLORE_DIR.glob("*.cypher"))
PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def _header(path: Path) -> list[str]:
    """The leading `//` comment lines of a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines[: next(i for i, ln in enumerate(lines) if not ln.startswith("//"))]]


def _run(graph: Graph, path: Path) -> list[Record]:
    """Run one library file with the parameters its `:param` lines set."""
    return graph.read(f"explore/{path.stem}", browser_params(path.read_text(encoding="utf-8")))


def _drawable(value: Any) -> bool:
    """True when `value` holds a node, relationship or path (what Browser's graph view draws)."""
    if isinstance(value, Node | Relationship | GraphPath):
        return True
    if isinstance(value, list):
        return any(_drawable(v) for v in value)
    return False


def _by(rows: list[Record], key: str) -> dict[Any, Record]:
    return {row[key]: row for row in rows}


# --- the library as a whole ---------------------------------------------------------------------


def test_library_has_8_to_12_queries() -> None:
    assert 8 <= len(FILES) <= 12, [p.name for p in FILES]


def test_the_owners_query_the_readme_names_exists() -> None:
    assert (EXPLORE_DIR / "owners.cypher").is_file()
    assert "id" in browser_params((EXPLORE_DIR / "owners.cypher").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_header_says_what_it_answers_and_declares_every_parameter(path: Path) -> None:
    header = _header(path)
    assert header, f"{path.name} does not start with a // comment"
    assert not PARAM_LINE.match(header[0]), "the first comment line must say what it answers"
    assert "?" in " ".join(header), "the header should state the question it answers"
    body = "\n".join(
        ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("//")
    )
    used = set(PARAMETER.findall(body))
    declared = browser_params(path.read_text(encoding="utf-8"))
    assert used == set(declared), f"used {sorted(used)}, :param lines set {sorted(declared)}"
    assert all(PARAM_LINE.match(ln) for ln in header if ":param" in ln)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_runs_with_its_documented_parameters(graph: Graph, path: Path) -> None:
    rows = _run(graph, path)
    assert rows, f"{path.name} returned no rows with its documented parameters"
    if any("Graph view" in ln for ln in _header(path)):
        assert any(_drawable(v) for row in rows for v in row.values()), (
            f"{path.name} promises a graph view but returns no node, relationship or path"
        )


def test_param_lines_parse_under_neo4j_browsers_own_grammar() -> None:
    """Each `:param` line, uncommented, is a valid Browser command for Neo4j's own parser."""
    lines = [
        PARAM_LINE.sub(r":param\g<rest>", ln)
        for path in FILES
        for ln in _header(path)
        if PARAM_LINE.match(ln)
    ]
    assert lines
    bad_control = ":param id => 'unterminated"
    script = (
        "const { lintCypherQuery } = require('@neo4j-cypher/language-support');"
        "const lines = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = lines.map(l => lintCypherQuery(l, {}, { consoleCommandsEnabled: true })"
        ".diagnostics.map(d => d.message));"
        "process.stdout.write(JSON.stringify(out));"
    )
    node = shutil.which("node")
    assert node, "Node.js is needed for the Cypher checks (see tools/cypher-lint)"
    proc = subprocess.run(
        [node, "-e", script],
        input=json.dumps([*lines, bad_control]),
        capture_output=True,
        text=True,
        cwd=LINT_DIR,
        timeout=120,
        check=True,
    )
    *diagnostics, control = json.loads(proc.stdout)
    assert control, "the parser accepted a broken :param line, so this check checks nothing"
    problems = {line: d for line, d in zip(lines, diagnostics, strict=True) if d}
    assert not problems, problems


# --- answers, as the source articles give them ---------------------------------------------------


def test_owners_of_the_joint_venture_51_39_5_stated_95(graph: Graph) -> None:
    rows = _run(graph, EXPLORE_DIR / "owners.cypher")
    owners = _by(rows, "owner_id")
    assert {k: v["percent"] for k, v in owners.items()} == {
        "catl": 51,
        "baic": 39,
        "xiaomi-auto": 5,
    }
    assert [r["owner_id"] for r in rows] == ["catl", "baic", "xiaomi-auto"]
    assert {r["stated_total"] for r in rows} == {95}
    assert {r["not_stated"] for r in rows} == {5}, "the remaining 5 % is not stated by the article"
    assert owners["catl"]["evidence"] == ["CATL will hold a majority stake of 51%"]
    assert all(isinstance(r["stake"], GraphPath) for r in rows)


def test_stake_with_no_stated_percent_has_no_total(graph: Graph) -> None:
    rows = graph.read("explore/owners", {"id": "ford-catl-michigan-plant", "as_of": None})
    assert [(r["owner_id"], r["percent"], r["stated_total"]) for r in rows] == [
        ("ford", None, None)
    ]


def test_owners_with_no_stated_percent_come_last(scratch: Graph, data_copy: Path) -> None:
    """`ORDER BY percent DESC` alone would put the unstated (null) percent first."""
    path = data_copy / "facts/catl-baic-xiaomi-beijing-jv.yaml"
    jv = yaml.safe_load(path.read_text(encoding="utf-8"))
    for fact in jv["facts"]:
        if fact["type"] == "stake" and fact["owner"] == "baic":
            del fact["percent"]
    path.write_text(yaml.safe_dump(jv, sort_keys=False, allow_unicode=True), encoding="utf-8")
    load(scratch, data_copy)
    rows = scratch.read("explore/owners", {"id": "beijing-era-new-energy", "as_of": None})
    assert [(r["owner_id"], r["percent"]) for r in rows] == [
        ("catl", 51),
        ("xiaomi-auto", 5),
        ("baic", None),
    ]


def test_michigan_plant_is_among_the_facts_not_confirmed(graph: Graph) -> None:
    params = browser_params((EXPLORE_DIR / "not_confirmed.cypher").read_text(encoding="utf-8"))
    assert set(params["firm"]) == CONFIRMED_STATUSES
    rows = _by(graph.read("explore/not_confirmed", params), "fact")
    plant = rows["ford-catl-michigan-plant"]
    assert plant["source"] == "battery-week-aesc-cosmx-catl-ford"
    assert plant["status"] == "under consideration"
    assert "catl -OPERATES-> ford-catl-michigan-plant" in plant["statements"]
    assert "considering establishing a battery manufacturing plant in Michigan" in plant["evidence"]
    assert rows["catl-supplies-xiaomi-su7-batteries"]["status"] == "reported"
    assert not {r["status"] for r in rows.values()} & CONFIRMED_STATUSES
    # BAIC announced the 51 % stake: announced is not confirmed (issue 19), so it is listed
    assert rows["catl-stake-beijing-era"]["status"] == "announced"


def test_facts_from_the_beijing_article_include_the_51_percent_stake(graph: Graph) -> None:
    source = "catl-baic-xiaomi-beijing-jv"
    rows = _run(graph, EXPLORE_DIR / "article_facts.cypher")
    stakes = {
        r["from_id"]: r
        for r in rows
        if r["type"] == "OWNS_STAKE" and r["to_id"] == "beijing-era-new-energy"
    }
    catl = stakes["catl"]
    assert catl["percent"] == 51
    assert catl["facts"] == ["catl-stake-beijing-era"]
    assert catl["evidence"] == ["CATL will hold a majority stake of 51%"]
    assert "majority stake of 51%" in article_text(source)
    assert {r: s["percent"] for r, s in stakes.items()} == {
        "catl": 51,
        "baic": 39,
        "xiaomi-auto": 5,
    }
    assert not any(r["from_id"] == "ford" or r["to_id"] == "ford" for r in rows), "other article"


def test_plants_in_great_britain_with_the_stated_capacity(graph: Graph) -> None:
    rows = _by(_run(graph, EXPLORE_DIR / "plants_in_country.cypher"), "plant_id")
    assert set(rows) == {"aesc-sunderland-plant-1", "aesc-sunderland-plant-2"}
    second = rows["aesc-sunderland-plant-2"]
    assert (second["capacity"], second["unit"], second["per"]) == (12, "GWh", "year")
    assert second["capacity_scope"] == "first phase"
    assert (second["start_of_production"], second["start_is_target"]) == ("2025", True)
    assert rows["aesc-sunderland-plant-1"]["capacity"] is None, "the article states none"
    assert {r["operators"][0] for r in rows.values()} == {"Envision AESC"}


def test_xiaomi_auto_and_ford_are_connected_through_catl(graph: Graph) -> None:
    rows = _run(graph, EXPLORE_DIR / "connection.cypher")
    assert {r["hops"] for r in rows} == {2}
    assert {tuple(r["through"]) for r in rows} == {("Xiaomi Auto", "CATL", "Ford")}
    facts = {f for r in rows for f in r["facts"]}
    assert "catl -SUPPLIES-> ford (under consideration)" in facts
    assert "catl -SUPPLIES-> xiaomi-auto (reported)" in facts


def test_unconnected_or_identical_companies_give_no_rows(graph: Graph) -> None:
    today = {"as_of": None}  # the library's default: null = today
    apart = {"from_id": "anker-innovations", "to_id": "ford", **today}
    assert graph.read("explore/connection", apart) == []
    assert graph.read("explore/connection", {"from_id": "catl", "to_id": "catl", **today}) == []


def test_xiaomi_auto_depends_on_catl_and_its_beijing_plant(graph: Graph) -> None:
    [row] = _run(graph, EXPLORE_DIR / "depends_on.cypher")
    assert (row["supplier_id"], row["status"]) == ("catl", "reported")
    assert row["product"] == "batteries for the Xiaomi SU7"
    assert (row["supplying_plant_country"], row["supplier_country"]) == ("CN", "CN")
    assert any("(US, under consideration)" in p for p in row["supplier_plants"])
    assert len(row["sites"]) == 2


def test_ownership_chains_multiply_the_stated_percents(graph: Graph) -> None:
    rows = _by(_run(graph, EXPLORE_DIR / "ownership_chains.cypher"), "owner_id")
    assert {k: r["effective_percent"] for k, r in rows.items()} == {
        "catl": 51,
        "baic": 39,
        "xiaomi-auto": 5,
    }
    [ford] = graph.read(
        "explore/ownership_chains", {"id": "ford-catl-michigan-plant", "as_of": None}
    )
    assert ford["effective_percent"] is None, "Ford's percentage is not stated"


def test_catls_partnerships_and_neighbourhood(graph: Graph) -> None:
    partners = _by(_run(graph, EXPLORE_DIR / "partnerships.cypher"), "partner_id")
    assert {k: r["kind"] for k, r in partners.items()} == {
        "baic": "joint venture",
        "xiaomi-auto": "joint venture",
        "huawei-terminal": "memorandum of understanding",
        "chery": "framework agreement",
        "ford": "other",
    }
    assert (partners["baic"]["capital"], partners["baic"]["capital_currency"]) == (1e9, "CNY")
    around = _run(graph, EXPLORE_DIR / "neighbourhood.cypher")
    stake = [r for r in around if r["type"] == "OWNS_STAKE"]
    assert [(r["neighbour_id"], r["direction"], r["detail"]) for r in stake] == [
        ("beijing-era-new-energy", "out", "51.0 %")
    ]


def test_find_resolves_the_articles_misspelling(graph: Graph) -> None:
    rows = _run(graph, EXPLORE_DIR / "find.cypher")
    assert [(r["label"], r["id"]) for r in rows] == [("Company", "xiaomi-auto")]


def test_sources_list_every_article_with_its_fact_count(graph: Graph) -> None:
    rows = _by(_run(graph, EXPLORE_DIR / "sources.cypher"), "source")
    assert set(rows) == {p.stem for p in (DATA / "facts").glob("*.yaml")}
    assert rows["catl-baic-xiaomi-beijing-jv"]["facts"] == 8


def test_plants_announced(graph: Graph) -> None:
    rows = _by(_run(graph, EXPLORE_DIR / "plants_by_status.cypher"), "plant_id")
    assert set(rows) == {"beijing-era-cell-plant", "catl-beijing-plant", "cbak-malaysia-plant"}
    assert rows["cbak-malaysia-plant"]["country"] == "MY"


# --- the :param reader ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("'beijing-era-new-energy'", "beijing-era-new-energy"),
        ('"double quoted"', "double quoted"),
        (r"'it\'s'", "it's"),
        (r"'tab\there'", "tab\there"),
        (r"'\u00e9'", "é"),
        ("42", 42),
        ("-7", -7),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("true", True),
        ("FALSE", False),
        ("null", None),
        ("[]", []),
        ("['confirmed', 'announced']", ["confirmed", "announced"]),
        ("[1, [2.0, 'x'], null]", [1, [2.0, "x"], None]),
    ],
)
def test_parse_literal(text: str, value: Any) -> None:
    parsed = parse_literal(text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize(
    "text", ["", "'open", "[1, 2", "[1 2]", "maybe", "'a' 'b'", r"'\q'", "{a: 1}", "$id"]
)
def test_parse_literal_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ParamSyntaxError):
        parse_literal(text)


def test_browser_params_reads_only_param_comments() -> None:
    text = (
        "// What is it?\n"
        "// :param id => 'catl'\n"
        "//:param n => 3;\n"
        "// not a :param line, just text mentioning it\n"
        ":param ignored => 1\n"
        "MATCH (c {id: $id}) RETURN c LIMIT $n\n"
    )
    assert browser_params(text) == {"id": "catl", "n": 3}


@pytest.mark.parametrize("line", ["// :param id 'catl'", "// :param {id: 'catl'}", "// :param"])
def test_browser_params_names_the_bad_line(line: str) -> None:
    with pytest.raises(ParamSyntaxError, match="line 2"):
        browser_params(f"// What?\n{line}\nRETURN 1")


# --- the Neo4j Browser style file ----------------------------------------------------------------

GRASS = CYPHER_DIR / "neo4j-browser.grass"
GRASS_BLOCK = re.compile(
    r"\s*(?P<selector>[A-Za-z_.]+)\s*\{(?P<body>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"
)
GRASS_PROPERTY = re.compile(r"\s*(?P<key>[a-z-]+)\s*:\s*(?P<value>[^:;]+?)\s*;\s*")


def _grass_blocks(text: str) -> dict[str, dict[str, str]]:
    """The file as {selector: {property: value}}, refusing anything but `sel { key: value; }`."""
    rules: dict[str, dict[str, str]] = {}
    pos = 0
    while text[pos:].strip():
        block = GRASS_BLOCK.match(text, pos)
        assert block, f"not a `selector {{ property: value; }}` block at: {text[pos : pos + 60]!r}"
        body, props = block["body"], {}
        inner = 0
        while body[inner:].strip():
            prop = GRASS_PROPERTY.match(body, inner)
            assert prop, f"{block['selector']}: bad property at {body[inner : inner + 40]!r}"
            props[prop["key"]] = prop["value"].strip("'")
            inner = prop.end()
        assert block["selector"] not in rules, f"{block['selector']} twice"
        rules[block["selector"]] = props
        pos = block.end()
    return rules


def _browser_drop_parser(text: str) -> dict[str, dict[str, str]]:
    """Neo4j Browser's own reader of a dropped .grass file (parseGrassCSS in grassUtils.ts),
    ported line by line: quotes are dropped, `{…}` inside quotes kept, `;` and `:` split."""
    inside_string = inside_props = inside_binding = False
    keyword = props = ""
    raw: dict[str, str] = {}
    for c in text:
        skip = True
        if c == "{":
            if inside_string:
                skip = False
            elif inside_props:
                inside_binding = True
            else:
                inside_props = True
        elif c == "}":
            if inside_string:
                skip = False
            elif inside_binding:
                inside_binding = False
            else:
                inside_props = False
                raw[keyword], keyword, props = props, "", ""
        elif c in "'\"":
            inside_string = not inside_string
        else:
            skip = False
        if skip:
            continue
        if inside_props:
            props += c
        elif not c.isspace():
            keyword += c
    rules: dict[str, dict[str, str]] = {}
    for selector, body in raw.items():
        rules[selector] = {}
        for prop in body.split(";"):
            parts = prop.split(":")
            if len(parts) == 2:
                rules[selector][parts[0].strip()] = parts[1].strip()
    return rules


def test_grass_file_is_plain_grass_blocks_for_every_label() -> None:
    rules = _grass_blocks(GRASS.read_text(encoding="utf-8"))
    assert {"node", "relationship"} <= set(rules)
    for label in LABELS:
        style = rules[f"node.{label}"]
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", style["color"]), label
        assert re.fullmatch(r"\{[a-z_]+\}", style["caption"]), label
    colours = [rules[f"node.{label}"]["color"].upper() for label in LABELS]
    assert len(set(colours)) == len(colours), "every label its own colour"
    for selector in rules:
        kind, _, name = selector.partition(".")
        assert kind in {"node", "relationship"}
        assert not name or name in (LABELS if kind == "node" else REL_TYPES), selector


def test_grass_captions_show_the_properties_the_loader_writes() -> None:
    rules = _grass_blocks(GRASS.read_text(encoding="utf-8"))
    captions = {selector: style.get("caption") for selector, style in rules.items()}
    assert captions["node.Company"] == "{display_name}"
    assert captions["node.Plant"] == "{name}"
    assert captions["node.Country"] == "{name}"
    assert captions["relationship.OWNS_STAKE"] == "{caption}"  # "51 %" or "% not stated"
    assert captions["relationship.SUPPLIES"] == "{product}"
    assert captions["relationship.PARTNERS_WITH"] == "{kind}"


def test_neo4j_browser_reads_the_grass_file_as_written() -> None:
    text = GRASS.read_text(encoding="utf-8")
    assert _browser_drop_parser(text) == _grass_blocks(text)
    assert "/*" not in text and "//" not in text, "Browser's reader has no comments"


def _drawn(value: Any) -> list[Node | Relationship]:
    """The nodes and relationships Browser's graph view draws for one returned value."""
    if isinstance(value, Node | Relationship):
        return [value]
    if isinstance(value, GraphPath):
        return [*value.nodes, *value.relationships]
    if isinstance(value, list):
        return [x for v in value for x in _drawn(v)]
    return []


def test_grass_captions_are_filled_in_what_the_library_draws(graph: Graph) -> None:
    """Every caption names a property the drawn nodes and edges of its label or type carry."""
    drawn = [
        x for path in FILES for row in _run(graph, path) for v in row.values() for x in _drawn(v)
    ]
    rules = _grass_blocks(GRASS.read_text(encoding="utf-8"))
    for selector, style in rules.items():
        kind, _, name = selector.partition(".")
        keys = re.findall(r"\{([a-z_]+)\}", style.get("caption", ""))
        if not name or not keys:
            continue
        items = [x for x in drawn if (name in x.labels if isinstance(x, Node) else x.type == name)]
        assert items, f"no query of the library draws {selector}"
        for key in keys:
            assert any(x.get(key) is not None for x in items), f"{selector}: no {key!r} to show"
