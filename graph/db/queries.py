"""Named Cypher statements, loaded from the `.cypher` files under `cypher/`.

A query's name is its path below `cypher/` without the suffix:
`cypher/questions/search/contains.cypher` is `questions/search/contains`. Python code never
contains query text; it asks for a statement by name, always the full name in a string literal (a
table of them where the statement depends on a value), so that searching for a file's name finds
the code that runs it. The folders mirror the modules that run the statements
(`cypher/<area>/<module>/`, e.g. `questions/search/` for graph/questions/search.py, or
`cypher/<area>/` when several modules of the area share a file), apart from the Neo4j Browser
library `explore/`, the documentation `examples/` and `schema`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graph.errors import UnknownQueryError

CYPHER_DIR = Path(__file__).resolve().parents[2] / "cypher"
_STATEMENT_END = re.compile(r";\s*$", re.MULTILINE)


@lru_cache
def _all() -> dict[str, str]:
    return {
        p.relative_to(CYPHER_DIR).with_suffix("").as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(CYPHER_DIR.rglob("*.cypher"))
    }


def names(prefix: str = "") -> list[str]:
    """Names of every query whose name starts with `prefix`, sorted."""
    return [n for n in _all() if n.startswith(prefix)]


def get(name: str) -> str:
    """The text of query `name` (comments included, which Cypher ignores)."""
    try:
        return _all()[name]
    except KeyError:
        raise UnknownQueryError(f"no query named {name!r} in {CYPHER_DIR}") from None


def statement(name: str) -> str:
    """The text of query `name` without its comment lines: the statement as a person would type
    it (the Cypher console's first statement, the API docs' examples)."""
    return _strip_comments(get(name))


def statements(name: str) -> list[str]:
    """The statements of a file that holds several, split at a `;` that ends a line."""
    parts = (_strip_comments(p) for p in _STATEMENT_END.split(get(name)))
    return [p for p in parts if p]


def _strip_comments(text: str) -> str:
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("//")]
    return "\n".join(lines).strip()
