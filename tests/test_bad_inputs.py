"""Bad inputs found with a corpus of invented files (issue 19): each is refused with its file,
line, field, what was expected and a suggestion, and a refused load leaves the graph as it was.

Every file here is invented, in a temporary copy of data/; none is curated data.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.db.client import Graph
from graph.names import normalize_name
from graph.questions.search import search
from loaders.buffer import RowBuffer
from loaders.merge import PlantRows, merge_edge, merge_plant
from loaders.pipeline import load, validate
from loaders.problems import LoadError, Problem
from tests.test_loader import JV_FILE, assert_points_at, edit, fingerprint

SOURCE = {"title": "An invented article", "publisher": "The tests"}
EVIDENCE = "An invented sentence that is long enough to be a quote."


def company(data: dict[str, Any], company_id: str) -> dict[str, Any]:
    return next(c for c in data["companies"] if c["id"] == company_id)


def add_alias(company_id: str, *aliases: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        company(data, company_id).setdefault("aliases", []).extend(aliases)

    return change


def write_facts(data_dir: Path, source_id: str, facts: list[dict[str, Any]]) -> Path:
    """A facts file `source_id` with `facts` (each given its id, status and evidence)."""
    path = data_dir / "facts" / f"{source_id}.yaml"
    full = [
        {"id": f"fact-{i}", "status": "reported", "evidence": EVIDENCE, **f}
        for i, f in enumerate(facts)
    ]
    data = {"source": {"id": source_id, **SOURCE}, "facts": full}
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def problems(data_dir: Path) -> list[Problem]:
    """The problems `validate` finds (it must find some)."""
    with pytest.raises(LoadError) as exc:
        validate(data_dir)
    return exc.value.problems


def refused(scratch: Graph, data_dir: Path, change: Callable[[], Any]) -> list[Problem]:
    """Load `data_dir`, apply `change` to its files, load again: the second load must be refused
    and leave the graph exactly as the first wrote it. The problems of the refusal."""
    load(scratch, data_dir)
    before = fingerprint(scratch)
    assert before[0], "the first load wrote nothing"
    change()
    with pytest.raises(LoadError) as exc:
        load(scratch, data_dir)
    assert fingerprint(scratch) == before
    return exc.value.problems


def the_problem(found: list[Problem]) -> Problem:
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


# -- a. names in any script -------------------------------------------------------------------
def test_names_of_every_script_have_keys_of_their_own() -> None:
    assert normalize_name("宁德时代") == "宁德时代"
    assert normalize_name("比亚迪") != normalize_name("宁德时代")
    assert normalize_name("ガス") != normalize_name("カス")  # a voicing mark is part of the letter
    assert normalize_name("ｶﾞｽ") == normalize_name("ガス")  # half-width is the same letter
    assert normalize_name("ＣＡＴＬ") == "catl"
    assert normalize_name("Électrive  Co.") == "electrive co"  # Latin accents fold, as before
    assert normalize_name("Ørsted") == "orsted"  # was 'rsted': the letter was dropped
    assert normalize_name("Αθήνα") == "αθήνα"
    assert normalize_name("—") == normalize_name("!!!") == ""


def test_an_unregistered_chinese_name_is_unknown_not_another_company(
    scratch: Graph, data_copy: Path
) -> None:
    """With '宁德时代' registered for CATL, '比亚迪' (BYD, not registered) once normalised to the
    same empty key and the supply was written as CATL's."""
    edit(data_copy / "entities.yaml", add_alias("catl", "宁德时代"))
    supply = {"type": "supply", "supplier": "比亚迪", "customer": "xiaomi-auto", "product": "cells"}
    path = data_copy / "facts" / "zz-byd.yaml"
    problem = the_problem(
        refused(scratch, data_copy, lambda: write_facts(data_copy, "zz-byd", [supply]))
    )
    assert problem.file == path and problem.field == "facts.0.supplier"
    assert "unknown Company '比亚迪'" in problem.message
    assert problem.suggestion and "entities.yaml" in problem.suggestion
    assert_points_at(problem, "supplier: 比亚迪")


def test_a_chinese_alias_resolves_and_is_searchable(scratch: Graph, data_copy: Path) -> None:
    """Two Chinese aliases are two names (they were 'ambiguous'); a fact naming a company by its
    Chinese alias is that company's; the search finds the company by the alias."""
    edit(data_copy / "entities.yaml", add_alias("catl", "宁德时代新能源"))
    edit(data_copy / "entities.yaml", add_alias("baic", "北汽集团"))
    supply = {
        "type": "supply",
        "supplier": "宁德时代新能源",
        "customer": "北汽集团",
        "product": "电芯",
    }
    write_facts(data_copy, "zz-chinese-names", [supply])
    load(scratch, data_copy)
    keys = {e[1] for e in fingerprint(scratch)[1]}
    assert "SUPPLIES:catl>baic:电芯" in keys
    for query, expected in (("宁德时代新能源", "catl"), ("宁德时代", "catl"), ("北汽", "baic")):
        hits = search(scratch, query).results
        assert hits and hits[0].id == expected, (query, hits)
    assert search(scratch, "CATL").results[0].id == "catl"


def test_a_name_without_a_letter_or_digit_is_refused(scratch: Graph, data_copy: Path) -> None:
    def change() -> None:
        edit(data_copy / "entities.yaml", add_alias("catl", "——"))
        stake = {"type": "stake", "owner": "???", "owned": "catl", "percent": 1}
        write_facts(data_copy, "zz-no-letters", [stake])

    found = refused(scratch, data_copy, change)
    by_file = {p.file.name: p for p in found}
    assert len(found) == 2 and set(by_file) == {"entities.yaml", "zz-no-letters.yaml"}, found
    alias, owner = by_file["entities.yaml"], by_file["zz-no-letters.yaml"]
    assert alias.field.startswith("companies.0.aliases.") and "no letter or digit" in alias.message
    assert owner.field == "facts.0.owner" and "no letter or digit" in owner.message
    assert alias.suggestion and owner.suggestion
    assert_points_at(alias, "——")
    assert_points_at(owner, "owner")


# -- b. a company related to itself ------------------------------------------------------------
@pytest.mark.parametrize(
    "fact, field, message",
    [
        (
            {"type": "supply", "supplier": "catl", "customer": "CATL", "product": "cells"},
            "facts.0.customer",
            "'catl' cannot supply itself",
        ),
        (
            {
                "type": "investment",
                "investor": "catl",
                "target": "Contemporary Amperex Technology Co., Limited",
            },
            "facts.0.target",
            "'catl' cannot invest in itself",
        ),
        (
            {"type": "partnership", "kind": "other", "parties": ["catl", "baic", "CATL"]},
            "facts.0.parties.2",
            "a company cannot partner with itself",
        ),
        (
            {"type": "partnership", "kind": "other", "parties": ["catl", "CATL"]},
            "facts.0.parties.1",
            "a company cannot partner with itself",
        ),
        (
            {"type": "stake", "owner": "catl", "owned": "CATL", "percent": 10},
            "facts.0.owned",
            "'catl' cannot own a stake in itself",
        ),
    ],
)
def test_a_company_related_to_itself_is_refused(
    scratch: Graph, data_copy: Path, fact: dict[str, Any], field: str, message: str
) -> None:
    found = refused(scratch, data_copy, lambda: write_facts(data_copy, "zz-itself", [fact]))
    problem = the_problem(found)
    assert problem.file.name == "zz-itself.yaml" and problem.field == field
    assert message in problem.message and problem.suggestion
    assert problem.line is not None


def test_an_operator_listed_twice_is_refused(data_copy: Path) -> None:
    plant = {
        "type": "plant",
        "plant": "zz-plant",
        "name": "An invented plant",
        "operators": ["catl", "CATL"],
        "country": "CN",
    }
    write_facts(data_copy, "zz-operators", [plant])
    problem = the_problem(problems(data_copy))
    assert problem.field == "facts.0.operators.1" and "listed twice" in problem.message


# -- c. a source without facts -----------------------------------------------------------------
def test_a_source_without_facts_is_refused(scratch: Graph, data_copy: Path) -> None:
    """`facts: []` used to write a Source with no facts. Refused: a source file is there for
    its facts (the article's other content belongs in its note)."""
    path = data_copy / "facts" / "zz-no-facts.yaml"

    def change() -> None:
        path.write_text(
            "source:\n  id: zz-no-facts\n  title: T\n  publisher: P\nfacts: []\n", encoding="utf-8"
        )

    problem = the_problem(refused(scratch, data_copy, change))
    assert (problem.file, problem.line, problem.field) == (path, 5, "facts")
    assert "a source file needs at least one fact" in problem.message
    assert problem.suggestion and "delete the file" in problem.suggestion


# -- d. YAML syntax errors at the line of the mistake -------------------------------------------
def _fact_lines(evidence_line: str) -> list[str]:
    """A facts file whose evidence line is `evidence_line`, followed by a 40-line note whose
    last line holds a double quote (where an unclosed quote would end)."""
    head = ["source:", "  id: zz-yaml", "  title: T", "  publisher: P", "facts:"]
    fact = ["  - id: s", "    type: supply", "    status: reported", "    supplier: catl"]
    fact += ["    customer: xiaomi-auto", "    product: cells", evidence_line, "    note: >-"]
    note = [f"      Line {i} of a long note, without any quote in it." for i in range(39)]
    return head + fact + note + ['      The last line says "expected" in quotes.']


@pytest.mark.parametrize(
    "name, line, text, wanted",
    [
        ("unclosed double quote", 12, f'    evidence: "{EVIDENCE}', "close the quote on line 12"),
        ("unclosed single quote", 12, f"    evidence: '{EVIDENCE}", "close the quote"),
        ("a key without colon", 12, f"    evidence {EVIDENCE}", "add ': '"),
        ("unclosed list", 12, "    evidence: [one quote that is long enough", "close the '['"),
        ("tab indentation", 12, f"\tevidence: {EVIDENCE}", "tab"),
        ("too deep", 12, f"      evidence: {EVIDENCE}", "indentation"),
    ],
)
def test_a_yaml_mistake_is_reported_where_it_is(
    data_copy: Path, name: str, line: int, text: str, wanted: str
) -> None:
    lines = _fact_lines(text)
    assert lines[line - 1] == text
    path = data_copy / "facts" / "zz-yaml.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = the_problem(problems(data_copy))
    assert problem.file == path and "not valid YAML" in problem.message, problem
    assert problem.line == line, problem
    assert wanted in str(problem), problem
    if name == "tab indentation":
        assert "tab" in problem.message and problem.suggestion == "replace the tab with spaces"


def test_a_broken_yaml_file_writes_nothing(scratch: Graph, data_copy: Path) -> None:
    path = data_copy / "facts" / "zz-yaml.yaml"
    change = lambda: path.write_text("\n".join(_fact_lines('    evidence: "x')), encoding="utf-8")  # noqa: E731
    assert the_problem(refused(scratch, data_copy, change)).line == 12


# -- e. one broken file, one problem -----------------------------------------------------------
def test_a_broken_file_is_the_only_problem_reported(scratch: Graph, data_copy: Path) -> None:
    """When the JV file fails to parse, the registry's evidence from it and another file's
    reference to a plant it describes were reported as unknown: correct files blamed."""
    jv = data_copy / JV_FILE

    def change() -> None:
        supply = {
            "type": "supply",
            "supplier": "catl",
            "customer": "xiaomi-auto",
            "product": "cells",
            "plant": "catl-beijing-plant",  # described in the JV file
        }
        write_facts(data_copy, "zz-uses-the-jv-plant", [supply])
        lines = jv.read_text(encoding="utf-8").splitlines()
        at = next(i for i, t in enumerate(lines) if t.strip().startswith("evidence: The joint"))
        lines[at] = lines[at].replace("evidence: The", 'evidence: "The').removesuffix(".")
        jv.write_text("\n".join(lines) + "\n", encoding="utf-8")

    problem = the_problem(refused(scratch, data_copy, change))
    assert problem.file == jv and "not valid YAML" in problem.message
    assert_points_at(problem, 'evidence: "The joint venture')


def test_an_invalid_file_is_the_only_problem_reported(data_copy: Path) -> None:
    edit(data_copy / JV_FILE, lambda d: d["source"].update(publisher=None))
    problem = the_problem(problems(data_copy))
    assert problem.file.name == Path(JV_FILE).name and problem.field == "source.publisher"


def test_unknown_plants_are_still_reported_when_another_file_is_broken(data_copy: Path) -> None:
    (data_copy / JV_FILE).write_text("source: [\n", encoding="utf-8")
    supply = {
        "type": "supply",
        "supplier": "catl",
        "customer": "xiaomi-auto",
        "product": "cells",
        "plant": "a-plant-no-file-describes",
    }
    write_facts(data_copy, "zz-unknown-plant", [supply])
    found = problems(data_copy)
    assert sorted(p.file.name for p in found) == [Path(JV_FILE).name, "zz-unknown-plant.yaml"]


# -- f. what an empty file, a duplicate id and a country code say -------------------------------
@pytest.mark.parametrize(
    "file, text, expected",
    [
        ("facts/zz-empty.yaml", "", "is empty: expected a mapping with 'source:' and 'facts:'"),
        ("facts/zz-empty.yaml", "# to do\n", "has only comments: expected a mapping"),
        ("entities.yaml", "", "is empty: expected a mapping with a 'companies:' list"),
        ("facts/zz-list.yaml", "- a\n- b\n", "got a list"),
    ],
)
def test_an_empty_file_says_what_is_expected(
    data_copy: Path, file: str, text: str, expected: str
) -> None:
    (data_copy / file).write_text(text, encoding="utf-8")
    problem = the_problem(problems(data_copy))
    assert problem.file.name == Path(file).name and expected in problem.message, problem
    assert "NoneType" not in str(problem)


def test_a_duplicate_company_id_names_the_line_of_the_first(
    scratch: Graph, data_copy: Path
) -> None:
    path = data_copy / "entities.yaml"
    change = lambda: edit(path, lambda d: d["companies"].append(dict(company(d, "cosmx"))))  # noqa: E731
    problem = the_problem(refused(scratch, data_copy, change))
    assert problem.field.endswith(".id") and "duplicate id 'cosmx'" in problem.message
    first = next(
        n
        for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "id: cosmx" in t
    )
    assert f"(first at entities.yaml:{first})" in problem.message, problem
    assert problem.line and problem.line > first
    assert_points_at(problem, "id: cosmx")


def test_a_duplicate_fact_id_names_the_line_of_the_first(data_copy: Path) -> None:
    facts = [{"type": "stake", "owner": "catl", "owned": "baic", "percent": 1}] * 2
    path = write_facts(data_copy, "zz-dup", facts)
    edit(path, lambda d: d["facts"][1].update(id="fact-0"))
    problem = the_problem(problems(data_copy))
    assert "duplicate fact id 'fact-0' (first at zz-dup.yaml:6)" in problem.message, problem
    assert path.read_text(encoding="utf-8").splitlines()[5].startswith("- id: fact-0")


@pytest.mark.parametrize(
    "given, meant", [("UK", "GB"), ("EL", "GR"), ("UAE", "AE"), ("Germany", "DE"), ("USA", "US")]
)
def test_a_common_non_iso_country_code_gets_the_iso_one(
    data_copy: Path, given: str, meant: str
) -> None:
    edit(
        data_copy / "entities.yaml", lambda d: company(d, "jaguar-land-rover").update(country=given)
    )
    problem = the_problem(problems(data_copy))
    assert problem.field.endswith(".country") and "ISO 3166-1 alpha-2" in problem.message
    assert problem.suggestion and problem.suggestion.startswith(f"use {meant!r}"), problem
    assert_points_at(problem, f"country: {given}")


def test_an_unknown_country_code_says_what_a_code_is(data_copy: Path) -> None:
    edit(data_copy / "entities.yaml", lambda d: company(d, "catl").update(country="XQ"))
    problem = the_problem(problems(data_copy))
    assert problem.suggestion and "two-letter ISO 3166-1 code" in problem.suggestion


# -- g. merging is linear ----------------------------------------------------------------------
class Counted(str):
    """A string that counts how often it is hashed: set look-ups and set building."""

    hashes = 0

    def __hash__(self) -> int:
        Counted.hashes += 1
        return str.__hash__(self)


def statement(i: int) -> dict[str, Any]:
    """The i-th statement of one supply, from its own fact."""
    fact = Counted(f"src#fact-{i}")
    return {
        "status": "reported",
        "sources": [Counted("src")],
        "fact_ids": [fact],
        "evidence": [f"quote {i}"],
        "evidence_facts": [fact],
        "evidence_sources": [Counted("src")],
        "product": "cells",
    }


def test_a_statement_merges_without_rescanning_its_edge() -> None:
    """31,000 statements of one supply took 41 s to validate (4 s as distinct facts): each
    merge copied the edge's evidence lists and rebuilt the set of its fact ids. Now a merge
    appends to the edge's own lists and looks the new values up in a set kept with the edge:
    hashes grow with the statements, not with their square, and the lists are never copied."""
    out = RowBuffer()
    try:
        kind = ("SUPPLIES", "Company", "Company")
        out.edge(kind, "a", "b", statement(0), "cells")
        out.edge(kind, "a", "b", statement(1), "cells")
        [row] = list(out.edges)
        lists = {k: row.props[k] for k in ("evidence", "fact_ids", "sources")}
        Counted.hashes = 0
        n = 2000
        for i in range(2, n):
            out.edge(kind, "a", "b", statement(i), "cells")
        assert Counted.hashes <= 6 * n, Counted.hashes  # a rescan per merge: about n²/2
        assert all(row.props[k] is held for k, held in lists.items())  # grown in place
        assert len(row.props["evidence"]) == len(row.props["fact_ids"]) == n
        assert row.props["sources"] == ["src"]
    finally:
        out.rows.close()


def test_merging_in_place_is_the_merge_policy() -> None:
    """The statements merged as they come equal `merge_edge` folded over them (the policy the
    row store applies to rows stored in several batches), and leave the statements intact."""
    statements = [statement(i) | {"valid_from": f"202{4 - i % 3}-01-01"} for i in range(6)]
    statements[3]["cell_formats"] = ["pouch", "pouch"]
    statements[4]["cell_formats"] = ["pouch", "prismatic"]
    statements[5]["note"] = "the later note wins"
    copies = copy.deepcopy(statements)
    key = "SUPPLIES:a>b"
    expected = functools.reduce(merge_edge, [{**s, "kg_key": key} for s in copies])
    out = RowBuffer()
    try:
        for s in statements:
            out.edge(("SUPPLIES", "Company", "Company"), "a", "b", s)
        [row] = list(out.edges)
        assert row.key == key and row.props == expected
        assert statements == copies
    finally:
        out.rows.close()
    nodes = [{**s, "aliases": [f"plant {i % 2}"]} for i, s in enumerate(copies)]
    expected = functools.reduce(merge_plant, copy.deepcopy(nodes))
    plants = PlantRows()
    for node in nodes:
        plants.add("p", node)
    assert plants.rows["p"] == expected


def test_a_file_with_many_problems_is_indexed_once(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each problem's line used to be found by composing its whole file again (9 s a problem in
    a 12 MB file): a file with 31,000 misspelt names would take days to report. Now a file's
    lines are indexed once for all its problems, whether the schema or the resolver finds them."""
    facts = [
        {"type": "supply", "supplier": "nobody-at-all", "customer": "catl", "product": "cells"}
    ] * 300
    write_facts(data_copy, "zz-unknown", facts)
    statuses = [{**f, "status": "rumoured"} for f in facts]
    write_facts(data_copy, "zz-bad-status", statuses)
    parses = 0

    def counted(read: Callable[..., Any]) -> Callable[..., Any]:
        def reading(*args: Any, **kwargs: Any) -> Any:
            nonlocal parses
            parses += 1
            return read(*args, **kwargs)

        return reading

    for whole_file in ("parse", "compose"):  # what a line look-up may read a file with
        monkeypatch.setattr(yaml, whole_file, counted(getattr(yaml, whole_file)))
    found = problems(data_copy)
    assert len(found) == 600 and parses <= 2, parses
    for name in ("zz-unknown.yaml", "zz-bad-status.yaml"):
        lines = [p.line or 0 for p in found if p.file.name == name]
        assert len(lines) == 300 and 0 not in lines
        assert lines == sorted(set(lines)), name  # each problem at its own fact's line


def _tree_line(text: str, loc: tuple[str | int, ...]) -> int:
    """The line of `loc` found by walking the composed node tree (what the index replaces)."""
    node, line = yaml.compose(text), 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            child = next(((k, v) for k, v in node.value if k.value == part), None)
            if child is None:
                break
            line, node = child[0].start_mark.line + 1, child[1]
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: {b: 2}\nc: [1, {d: 3}]\n",  # a repeated key: the first is found
        "? [x, y]\n: 1\nz:\n  - q\n  - - r\n    - s\n",  # a complex key, nested sequences
        "- a\n- b: c\n  d: e\n",
        "{a: [1, 2, {b: c}]}\n",
        "? a\n? b\nc: 1\n",  # keys without values
        "facts:\n  - id: x\n    evidence:\n      - one\n      - two\n    note: >-\n      text\n",
    ],
)
def test_the_line_index_finds_what_the_node_tree_finds(text: str) -> None:
    from loaders.lines import LineIndex

    index = LineIndex(text)
    parts: list[str | int] = ["a", "b", "c", "d", "z", "x", "facts", "id", "note", "evidence"]
    parts += [0, 1, 2, 3]
    for loc in (
        [(p,) for p in parts]
        + [(p, q) for p in parts for q in parts]
        + [
            ("facts", 0, "evidence", 1),
            ("z", 1, 1),
            ("c", 1, "d"),
            ("a", 2, "b"),
        ]
    ):
        assert index.line(loc) == _tree_line(text, loc), loc
