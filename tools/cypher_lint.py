"""Offline check of `.cypher` files against Neo4j's own Cypher grammar.

The work is done by `tools/cypher-lint/lint.js`, which runs `lintCypherQuery` from the npm package
`@neo4j-cypher/language-support` (Neo4j's ANTLR grammar plus its semantic analysis, so undefined
variables are caught too). One `node` process lints every file of a call.

Install the linter once with `npm ci --prefix tools/cypher-lint`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import INTERNAL_LABELS, LABELS, REL_TYPES

LINT_DIR = Path(__file__).resolve().parent / "cypher-lint"
"""The folder of the Node linter (package.json, package-lock.json, lint.js)."""
LINT_SCRIPT = LINT_DIR / "lint.js"
_PACKAGE_DIR = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"

ERROR = 1
"""Severity of a diagnostic that makes the statement fail (LSP DiagnosticSeverity.Error)."""
WARNING = 2
"""Severity of a diagnostic that only warns, e.g. a label not in the schema."""

TIMEOUT_SECONDS = 300.0
"""Upper bound for one lint call, whatever its number of files."""


@dataclass(frozen=True)
class Diagnostic:
    """One finding of the linter, at a 1-based line and column of the file."""

    severity: int
    message: str
    line: int
    column: int

    @property
    def is_error(self) -> bool:
        """Whether Neo4j would refuse the statement (severity 1)."""
        return self.severity == ERROR


@dataclass(frozen=True)
class LintResult:
    """The diagnostics of one file."""

    path: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity 1 only."""
        return [d for d in self.diagnostics if d.is_error]


def default_schema() -> dict[str, Any]:
    """The schema the linter checks against: the model's labels and relationship types.

    No property keys are given, so property names are not checked.
    """
    return {"labels": [*LABELS, *INTERNAL_LABELS], "relationshipTypes": list(REL_TYPES)}


def lint_files(paths: Sequence[Path], schema: dict[str, Any] | None = None) -> list[LintResult]:
    """Lint every file in `paths` with one `node` process; results come in the order given.

    `schema` is a `DbSchema` of the npm package (`labels`, `relationshipTypes`, `propertyKeys`,
    ...); it defaults to `default_schema()`. Every `$parameter` a file uses is declared by the
    linter itself, so no "Parameter ... is not defined" error is ever reported.

    Raises RuntimeError when node or the npm package is missing, or when the linter fails.
    """
    if not paths:
        return []
    _check_installed()
    absolute = [Path(p).resolve() for p in paths]
    request = {
        "files": [str(p) for p in absolute],
        "schema": default_schema() if schema is None else schema,
    }
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("`node` is not on PATH; the Cypher linter needs Node.js 20 or later")
    try:
        proc = subprocess.run(
            [node, str(LINT_SCRIPT)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=LINT_DIR,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(
            f"the Cypher linter took over {TIMEOUT_SECONDS:.0f}s on {len(paths)} files"
        ) from exc
    if proc.returncode != 0:
        raise RuntimeError(
            f"the Cypher linter exited with {proc.returncode}: {proc.stderr.strip()}"
        )
    try:
        raw = json.loads(proc.stdout)["results"]
    except (ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"the Cypher linter printed no result: {proc.stdout[:500]!r}") from exc
    if len(raw) != len(absolute):
        raise RuntimeError(f"the Cypher linter answered {len(raw)} files of {len(absolute)}")
    return [
        LintResult(
            path=path,
            diagnostics=[
                Diagnostic(
                    severity=int(d["severity"]),
                    message=str(d["message"]),
                    line=int(d["line"]),
                    column=int(d["column"]),
                )
                for d in item["diagnostics"]
            ],
        )
        for path, item in zip(absolute, raw, strict=True)
    ]


def _check_installed() -> None:
    if not _PACKAGE_DIR.is_dir():
        raise RuntimeError(
            f"the Cypher linter is not installed ({_PACKAGE_DIR} is missing): "
            "run `npm ci --prefix tools/cypher-lint`"
        )
