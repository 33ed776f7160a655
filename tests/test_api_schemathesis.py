"""Property-based checks of every route against the service's own OpenAPI schema (schemathesis).

Runs the `schemathesis` CLI (pinned in the test extra) against the live service: a bounded number
of generated requests per operation (examples, coverage, fuzzing and stateful phases), failing on
any 5xx, on a status code or content type the schema does not declare, on a body that breaks the
declared response schema, and on invalid input that is accepted. A fixed seed keeps runs
repeatable. `POST /cypher` is fuzzed too (random text is refused or rejected quickly); its
real behaviour is tested case by case in test_api_cypher.py. Schema-valid requests that the
service still refuses (a Cypher syntax error, a query with no letter) are answers, not failures,
so `positive_data_acceptance` is not among the checks.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import LiveServer

MAX_EXAMPLES = 15
SEED = 20240311
CHECKS = ",".join(
    (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
    )
)


def test_no_server_error_and_no_schema_violation(
    live: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            f"{live.url}/openapi.json",
            "--checks",
            CHECKS,
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(SEED),
            "--workers",
            "2",
            "--request-timeout",
            "30",
            "--generation-database",
            "none",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=str(tmp_path),
    )
    elapsed = time.monotonic() - started
    summary = [ln for ln in run.stdout.splitlines() if re.match(r"\s*\d+ generated", ln)]
    with capsys.disabled():
        print(f"\n[schemathesis] {' '.join(s.strip() for s in summary)} in {elapsed:.0f} s")
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
