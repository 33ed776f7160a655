"""The `.cypher` files and the code that names them (issue 18, "Cypher that names its caller").

- Every query name the code reads exists, and no name is put together at run time: a name is
  a whole string literal (a table of them where the statement depends on a value), so searching
  for a file's name finds its caller.
- Every file has a caller where its folder says: `cypher/<area>/<module>/x.cypher` is named in
  that module (`questions/search/contains` in graph/questions/search.py), `cypher/<area>/x.cypher`
  somewhere in the area. The Neo4j Browser library (`explore/`) and the documentation examples
  (`examples/`) are for people and need no caller.
- Every file says which parameters it takes: a `// Params:` block ending its header (`// Params:
  none.` when it takes none) names exactly the `$parameters` its statement uses; the Browser
  files (`explore/`, `examples/`) declare theirs as `// :param` lines instead.
- The generated families are what tools/generate_cypher.py writes, byte for byte.

The names are found with `ast`: every string literal of the Python code, the notebooks' code
cells included, that looks like a query name (`<area>/...` or `schema`).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from app.browser_params import browser_params
from graph.db import queries
from tools import generate_cypher

ROOT = Path(__file__).resolve().parent.parent
CYPHER_DIR = queries.CYPHER_DIR

AREAS: dict[str, str] = {
    "questions": "graph/questions",
    "analytics": "graph/analytics",
    "db": "graph/db",
    "loaders": "loaders",
    "views": "app/views",
    "bench": "bench",
    "notebooks": "notebooks",
    "tests": "tests",
}
"""The first folder of a query name -> the folder of the code that runs it."""

LIBRARIES = ("explore", "examples")
"""Folders of statements written for people: the Browser library and the documentation examples
(their names are typed by users or shown in docs, so they need no caller)."""

TOP_LEVEL_FILES = {"schema.cypher", "neo4j-browser.grass"}
SOURCE_DIRS = ("app", "graph", "loaders", "bench", "tools", "tests", "notebooks")

_NAME = re.compile(r"[a-z][a-z0-9_]*(/[a-z0-9_]+)+")
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_PARAMS_LINE = re.compile(r"// Params( \([^)]*\))?: \S")
_NONE = "// Params: none."


def _is_name(text: str) -> bool:
    """True when `text` looks like a query name: `schema`, or `<area or library>/...`."""
    if text == "schema":
        return True
    return bool(_NAME.fullmatch(text)) and text.split("/")[0] in (*AREAS, *LIBRARIES)


def _trees() -> dict[Path, ast.AST]:
    """The syntax tree of every Python file and of every notebook's code (cells joined)."""
    out: dict[Path, ast.AST] = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "node_modules" not in path.parts:
                out[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted((ROOT / folder).rglob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
            lines = [ln for ln in code.splitlines() if not ln.lstrip().startswith(("%", "!"))]
            out[path] = ast.parse("\n".join(lines), str(path))
    return out


TREES = _trees()


def _literals() -> dict[str, set[Path]]:
    """Query-name-like string literals -> the files they are written in."""
    found: dict[str, set[Path]] = defaultdict(set)
    for path, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _is_name(node.value):
                    found[node.value].add(path)
    return found


LITERALS = _literals()
NAMES = queries.names()
HERE = Path(__file__).resolve()
GENERATOR = Path(generate_cypher.__file__).resolve()


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --- names in the code ----------------------------------------------------------------------


def test_the_scan_finds_the_callers() -> None:
    """The scan sees literals in a module, in a table and in the notebook."""
    assert ROOT / "graph/questions/search.py" in LITERALS["questions/search/contains"]
    assert ROOT / "graph/questions/paths.py" in LITERALS["questions/paths/supply_all"]
    assert ROOT / "loaders/write.py" in LITERALS["loaders/write/merge_owns_stake_company_plant"]
    assert any(p.suffix == ".ipynb" for p in LITERALS["notebooks/suppliers_of"])


def test_every_query_name_the_code_reads_exists() -> None:
    missing = {
        name: sorted(_rel(p) for p in paths)
        for name, paths in LITERALS.items()
        if name not in NAMES and paths != {HERE}
    }
    assert not missing, f"names with no .cypher file: {missing}"


def test_no_query_name_is_built_at_run_time() -> None:
    """No f-string starts with a query folder: a name is always one whole literal. (Tests may
    walk the Browser library and the examples by file name; the generator makes file paths.)"""
    built = []
    for path, tree in TREES.items():
        if path == GENERATOR:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr) or not node.values:
                continue
            first = node.values[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            area = first.value.split("/")[0]
            if "/" not in first.value or not re.fullmatch(r"[a-z_]+", area):
                continue
            if area in AREAS or (area in LIBRARIES and path.parent.name != "tests"):
                built.append(f"{_rel(path)}:{node.lineno}: f{first.value!r}...")
    assert not built, "query names built at run time:\n" + "\n".join(built)


# --- files and their callers ----------------------------------------------------------------


def test_the_folders_are_the_areas_of_the_code() -> None:
    folders = {p.name for p in CYPHER_DIR.iterdir() if p.is_dir()}
    files = {p.name for p in CYPHER_DIR.iterdir() if p.is_file()}
    assert folders <= {*AREAS, *LIBRARIES}, sorted(folders - {*AREAS, *LIBRARIES})
    assert files <= TOP_LEVEL_FILES, sorted(files - TOP_LEVEL_FILES)


def _expected_callers(name: str) -> tuple[str, list[Path]]:
    """Where the caller of `name` must be: the module its folder names, or its area."""
    area, *middle, _ = name.split("/")
    base = ROOT / AREAS[area]
    if area == "notebooks":
        return "a notebook", sorted(base.glob("*.ipynb"))
    if middle:
        module = base.joinpath(*middle).with_suffix(".py")
        return _rel(module), [module]
    return f"a module of {AREAS[area]}/", sorted(base.rglob("*.py"))


@pytest.mark.parametrize(
    "name", [n for n in NAMES if n != "schema" and not n.startswith(LIBRARIES)]
)
def test_every_file_is_named_by_the_module_its_folder_names(name: str) -> None:
    where, allowed = _expected_callers(name)
    callers = LITERALS.get(name, set()) - {HERE}
    assert callers, f"cypher/{name}.cypher: no code names it (expected in {where})"
    assert callers & set(allowed), (
        f"cypher/{name}.cypher is named in {sorted(_rel(p) for p in callers)}, not in {where}: "
        "move the file to the folder of its caller"
    )


def test_the_schema_is_named_by_the_loader() -> None:
    assert ROOT / "loaders/write.py" in LITERALS["schema"]


# --- parameters -----------------------------------------------------------------------------


def _header_and_body(text: str) -> tuple[list[str], str]:
    lines = text.splitlines()
    end = next((i for i, ln in enumerate(lines) if not ln.startswith("//")), len(lines))
    body = "\n".join(ln for ln in lines[end:] if not ln.lstrip().startswith("//"))
    return lines[:end], body


@pytest.mark.parametrize("name", NAMES)
def test_params_comment_names_exactly_the_parameters_used(name: str) -> None:
    text = queries.get(name)
    header, body = _header_and_body(text)
    used = set(_PARAMETER.findall(body))
    if name.startswith(LIBRARIES):
        declared = set(browser_params(text))
        assert declared == used, f"used {sorted(used)}, `// :param` lines set {sorted(declared)}"
        return
    starts = [i for i, ln in enumerate(header) if ln.startswith("// Params")]
    assert len(starts) == 1, f"{len(starts)} `// Params` lines in the header (one wanted)"
    block = header[starts[0] :]
    assert _PARAMS_LINE.match(block[0]), f"not a Params line: {block[0]!r}"
    if not used:
        assert block == [_NONE], f"takes no parameters: the header should end with {_NONE!r}"
        return
    declared = set(_PARAMETER.findall("\n".join(block)))
    assert declared == used, (
        f"`// Params` names {sorted(declared)}, the statement uses {sorted(used)} "
        "(the Params block runs to the end of the header)"
    )


# --- generated families ---------------------------------------------------------------------


def test_generated_files_are_what_the_generator_writes() -> None:
    assert generate_cypher.differences() == [], "run `python -m tools.generate_cypher`"


def test_every_generated_file_says_it_is_generated_and_from_what() -> None:
    made = generate_cypher.files()
    assert len(made) == 42
    for g in made:
        first = (CYPHER_DIR / g.path).read_text(encoding="utf-8").splitlines()[0]
        assert first == (
            f"// Generated by tools/generate_cypher.py from tools/templates/{g.template}; "
            "do not edit."
        )


def test_regenerating_into_an_empty_folder_gives_the_same_bytes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.generate_cypher", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.cypher"))
    assert len(written) == 42 == result.stdout.count("wrote ")
    for path in written:
        assert (tmp_path / path).read_bytes() == (CYPHER_DIR / path).read_bytes(), path
    again = subprocess.run(
        [sys.executable, "-m", "tools.generate_cypher", "--check", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0 and again.stdout == "", again.stdout


def test_check_mode_reports_an_edited_a_missing_and_a_stale_file(tmp_path: Path) -> None:
    generate_cypher.write(tmp_path)
    edited = tmp_path / "questions/paths/supply_one.cypher"
    edited.write_text(edited.read_text(encoding="utf-8") + "LIMIT 1\n", encoding="utf-8")
    (tmp_path / "loaders/write/merge_plant.cypher").unlink()
    old = tmp_path / "questions/paths/gone_one.cypher"
    old.write_text(f"{generate_cypher.MARK} from tools/templates/paths.cypher\n", "utf-8")
    assert generate_cypher.main(["--check", "--out", str(tmp_path)]) == 1
    assert generate_cypher.differences(tmp_path) == [
        "loaders/write/merge_plant.cypher",
        "questions/paths/supply_one.cypher",
        "questions/paths/gone_one.cypher (stale)",
    ]
    generate_cypher.write(tmp_path)
    assert generate_cypher.differences(tmp_path) == []
    assert not old.exists()


def test_a_template_placeholder_without_a_value_is_an_error() -> None:
    with pytest.raises(ValueError, match="placeholders"):
        generate_cypher.fill("MATCH (n:{{label}}) RETURN n\n", {})
    assert generate_cypher.fill("RETURN 1\n{{limit}}\n", {"limit": ""}) == "RETURN 1\n"
