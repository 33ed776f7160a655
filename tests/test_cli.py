"""The `kg` command line as a user runs it (a real process, the real database)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from graph.db.client import Graph
from graph.db.server import Neo4jServer
from tests.conftest import PASSWORD, ROOT


def kg(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    full_env.update(env, COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def against(server: Neo4jServer) -> dict[str, Any]:
    """Environment that points the CLI at the test session's scratch server."""
    return {"NEO4J_URI": server.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": PASSWORD}


def test_validate_reports_file_line_field_and_suggestion(data_copy: Path) -> None:
    path = data_copy / "facts" / "catl-baic-xiaomi-beijing-jv.yaml"
    text = path.read_text(encoding="utf-8").replace("owner: baic", "owner: baicc", 1)
    path.write_text(text, encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "owner: baicc" in ln)
    result = kg("validate", "--data", str(data_copy))
    assert result.returncode == 1
    assert f"catl-baic-xiaomi-beijing-jv.yaml:{line}: facts." in result.stderr
    assert "unknown Company 'baicc'" in result.stderr and "did you mean 'baic'" in result.stderr
    assert "nothing was written" in result.stderr and "Traceback" not in result.stderr


def test_load_prints_what_it_did_then_nothing_on_reload(
    scratch: Graph, scratch_server: Neo4jServer
) -> None:
    first = kg("load", **against(scratch_server))
    assert first.returncode == 0, first.stderr
    assert "created" in first.stdout and "OWNS_STAKE" in first.stdout
    second = kg("load", **against(scratch_server))
    assert second.returncode == 0, second.stderr
    assert "nothing written" in second.stdout
    assert "those of the last load" in second.stdout  # stopped early on the same fingerprint
    full = kg("load", "--full", **against(scratch_server))
    assert full.returncode == 0, full.stderr
    assert "The graph already matched the files: nothing written." in full.stdout


def test_query_prints_a_table_and_refuses_write_statements(
    scratch: Graph, scratch_server: Neo4jServer
) -> None:
    assert kg("load", **against(scratch_server)).returncode == 0
    result = kg(
        "query", "examples/owns_stake", "-p", "id=beijing-era-new-energy", **against(scratch_server)
    )
    assert result.returncode == 0, result.stderr
    assert "3 row(s)" in result.stdout and "51" in result.stdout and "Xiaomi Auto" in result.stdout
    refused = kg("query", "tests/delete_everything", **against(scratch_server))
    assert refused.returncode == 1 and "no read query" in refused.stderr
    stats = kg("stats", **against(scratch_server))
    assert "Company" in stats.stdout and "Last load:" in stats.stdout
