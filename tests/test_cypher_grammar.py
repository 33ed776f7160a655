"""Every `.cypher` file under `cypher/` parses under Neo4j's own grammar (offline, through node)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.cypher_lint import ERROR, lint_files

ROOT = Path(__file__).resolve().parent.parent
CYPHER_DIR = ROOT / "cypher"


def _cypher_files() -> list[Path]:
    return sorted(CYPHER_DIR.rglob("*.cypher"))


def test_cypher_folder_has_files() -> None:
    assert _cypher_files(), f"no .cypher file under {CYPHER_DIR}"


def test_every_cypher_file_parses() -> None:
    files = _cypher_files()
    if not files:
        pytest.skip("no .cypher files (test_cypher_folder_has_files fails for that)")
    results = lint_files(files)
    problems = [
        f"{r.path.relative_to(ROOT)}:{d.line}:{d.column}: {d.message}"
        for r in results
        for d in r.errors
    ]
    assert not problems, "Cypher errors:\n" + "\n".join(problems)


def test_checker_catches_a_syntax_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n) RETRUN n\n", encoding="utf-8")
    [result] = lint_files([bad])
    assert result.path == bad.resolve()
    assert result.errors, "a misspelt RETURN was not reported"
    first = result.errors[0]
    assert first.severity == ERROR
    assert (first.line, first.column) == (1, 11)
    assert "RETRUN" in first.message


def test_multi_statement_file_with_params_passes(tmp_path: Path) -> None:
    good = tmp_path / "good.cypher"
    good.write_text(
        "// Plants of a company.\n"
        "// :param name => 'CATL'\n"
        "// :param country => 'DE'\n"
        "MATCH (c:Company {name: $name})-[:OPERATES]->(p:Plant)\n"
        "      -[:LOCATED_IN]->(:Country {id: $country})\n"
        "RETURN p.name AS plant;\n"
        "\n"
        "// Every label in the database.\n"
        "CALL db.labels() YIELD label\n"
        "RETURN label;\n",
        encoding="utf-8",
    )
    [result] = lint_files([good])
    assert result.diagnostics == []


def test_errors_are_placed_in_the_right_statement(tmp_path: Path) -> None:
    f = tmp_path / "two.cypher"
    f.write_text("RETURN 1 AS one;\n// :param x => 1\nMATCH (n)\nRETURN m;\n", encoding="utf-8")
    [result] = lint_files([f])
    assert [(d.line, d.column) for d in result.errors] == [(4, 8)]
    assert "`m`" in result.errors[0].message
