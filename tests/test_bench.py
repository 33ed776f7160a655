"""The benchmark tools work (figures are measured by `make bench`, never asserted here)."""

from __future__ import annotations

import asyncio
import filecmp
from pathlib import Path

import pytest
import yaml

from bench.api import (
    Endpoint,
    Latency,
    _http_cell,
    api_benchmark,
    p99_difference_interval,
    pick_targets,
    verdict,
)
from bench.generate import COUNTRIES, generate
from bench.load import built_rows, kg_load, prepared_batches, raw_write, row_count
from bench.report import SizeResult, machine, render, write
from bench.server import StartTimes, TxMemoryWatch, runtime_size, server_config, warm_up
from bench.service import running_service
from bench.views import view_benchmark
from graph.db.client import Graph
from graph.db.server import Neo4jServer
from loaders.pipeline import validate
from tests.conftest import PASSWORD, LiveServer


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, int]]:
    """The S dataset (1,000 facts) and its 1 %-changed twin, generated once."""
    root = tmp_path_factory.mktemp("bench")
    counts = generate("S", root / "S", changed_out=root / "S-changed")
    return root / "S", root / "S-changed", counts


def test_generated_data_is_valid_and_shaped_like_the_real_data(
    small: tuple[Path, Path, dict[str, int]],
) -> None:
    base, changed, counts = small
    rows, files = validate(base)
    validate(changed)
    c = rows.counts()
    assert counts["facts"] == 1000 and files == counts["files"]
    assert c["Plant"] == counts["plants"] and c["Company"] == counts["companies"]
    for rel in ("OWNS_STAKE", "SUPPLIES", "OPERATES", "PARTNERS_WITH", "INVESTS_IN"):
        assert c[rel] > 0, rel
    # power law: the largest company takes part in far more facts than the median one
    degree: dict[str, int] = {}
    edges = [r for kind in rows.kinds() for r in rows.edges(kind)]
    for r in edges:
        if r.start.startswith("co-"):
            degree[r.start] = degree.get(r.start, 0) + 1
    ranked = sorted(degree.values(), reverse=True)
    assert ranked[0] > 10 * ranked[len(ranked) // 2]
    assert len(COUNTRIES) >= 60
    statuses = {r.props.get("status") for r in edges}
    assert {"confirmed", "announced", "under consideration"} <= statuses


def test_generation_is_deterministic_and_the_twin_changes_one_percent(
    small: tuple[Path, Path, dict[str, int]], tmp_path: Path
) -> None:
    base, changed, counts = small
    generate("S", tmp_path / "again")
    same = filecmp.dircmp(base / "facts", tmp_path / "again" / "facts")
    assert not same.diff_files and not same.left_only and not same.right_only
    differ = filecmp.dircmp(base / "facts", changed / "facts").diff_files
    assert 1 <= len(differ) <= counts["files"] // 5
    assert 3 <= counts["changed_facts"] <= 30  # about 1 % of 1,000 facts
    before = yaml.safe_load((base / "facts" / differ[0]).read_text())
    after = yaml.safe_load((changed / "facts" / differ[0]).read_text())
    assert before["source"] == after["source"] and before["facts"] != after["facts"]


def test_the_warm_up_leaves_the_store_empty_and_the_watch_sees_the_transaction(
    small: tuple[Path, Path, dict[str, int]], scratch_server: Neo4jServer, scratch: Graph
) -> None:
    with built_rows(small[0]) as rows:
        batches = prepared_batches(rows)
    warm_up(scratch, batches)
    assert scratch.run_text("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0
    with TxMemoryWatch(scratch_server, every=0.05) as watch:
        raw_write(scratch, batches)
    assert watch.samples > 0 and watch.peak_bytes >= 0
    jars, size = runtime_size(scratch_server)
    assert jars > 100 and size > 50e6  # the resolved Neo4j runtime
    assert server_config("8g") == {
        "dbms.memory.transaction.total.max": "6g",
        "db.memory.transaction.max": "0",
    }
    assert server_config("12g")["dbms.memory.transaction.total.max"] == "10g"
    assert server_config("1g")["dbms.memory.transaction.total.max"] == "700m"


def test_load_measurements_run_against_the_project_neo4j(
    small: tuple[Path, Path, dict[str, int]],
    scratch_server: Neo4jServer,
    scratch: Graph,
    tmp_path: Path,
) -> None:
    base, changed, counts = small
    with built_rows(base) as rows:
        raw = raw_write(scratch, prepared_batches(rows))
        assert raw.rows == row_count(rows) and raw.seconds > 0
    scratch.write("tests/delete_everything")
    uri = scratch_server.uri
    first = kg_load(uri, PASSWORD, base)
    assert first.peak_mb and first.peak_mb > 10 and "created" in first.output
    again = kg_load(uri, PASSWORD, base)
    assert "those of the last load" in again.output
    edited = kg_load(uri, PASSWORD, changed)
    assert "nothing written" not in edited.output and "Traceback" not in edited.output
    result = SizeResult(
        size="S",
        facts=counts["facts"],
        files=counts["files"],
        rows=raw.rows,
        raw_seconds=raw.seconds,
        load_seconds=first.seconds,
        load_peak_mb=first.peak_mb,
        reload_seconds=again.seconds,
        reload_peak_mb=again.peak_mb or 0,
        full_reload_seconds=again.seconds,
        changed_seconds=edited.seconds,
        changed_facts=counts["changed_facts"],
    )
    with running_service(uri, PASSWORD) as url:
        targets = pick_targets(scratch)
        result.latencies = api_benchmark(url, scratch, targets, seconds=0.3, clients=(1, 2))
        result.view = view_benchmark(url, scratch, target_nodes=40, runs=3)
    assert len(result.latencies) == 5 * 2 * 2  # endpoints × client counts × (API, driver)
    for cell in result.latencies:
        assert cell.errors == 0 and cell.requests > 0 and cell.p50_ms <= cell.p99_ms, cell
    assert result.view.nodes >= 40 and result.view.view_median_ms > 0
    info = machine()
    starts = StartTimes(9.5, 10.5, 4.5, 214, 143_000_000, {"S": 5.0})
    section = render([result], info, ["a note"], starts)
    assert info["commit"] in section and "| S | 1,000 |" in section
    assert "| cold start (fresh home" in section and "143 MB (214 jars)" in section
    assert "| S | shortest path | 2 |" in section and "### Entity view" in section
    path = tmp_path / "BENCHMARKS.md"
    write(path, section)
    write(path, section.replace("a note", "a later note"))
    text = path.read_text()
    assert text.index("a later note") < text.index("a note")  # newest run first, both kept


def test_the_load_generator_counts_answers_and_refusals(live: LiveServer) -> None:
    """The benchmark's own HTTP client: 200s are timed, anything else is an error."""
    ok = Endpoint("health", "/health", {}, lambda g: None)
    times, errors, seconds = asyncio.run(_http_cell(live.url, ok, 0.3, 2))
    assert times and errors == 0 and seconds >= 0.3
    missing = Endpoint("missing", "/entities/no-such-entity", {"depth": 1}, lambda g: None)
    times, errors, _ = asyncio.run(_http_cell(live.url, missing, 0.2, 2))
    assert not times and errors > 0


def test_the_p99_difference_has_an_interval_and_a_verdict() -> None:
    """The API target is judged on the 95 % interval of the p99 difference, not on one draw."""
    driver = [0.100 + i * 0.00001 for i in range(2000)]  # 100 … 120 ms, p99 ≈ 119.8 ms
    same = p99_difference_interval(driver, list(driver))
    assert same[0] <= 0 <= same[1] and same[1] - same[0] < 2
    slower = p99_difference_interval([t + 0.050 for t in driver], driver)
    assert 49 < slower[0] <= 50 <= slower[1] < 51

    def row(ci: tuple[float, float], errors: int = 0) -> Latency:
        return Latency("search", "api", 8, 100, errors, 1, 1, 1, 1, p99_diff_ci=ci)

    assert verdict(row(same)) == "met" and verdict(row(slower)) == "missed"
    assert verdict(row(same, errors=1)) == "missed"
    few = p99_difference_interval(driver[::200], driver[::100])  # 10 and 20 requests
    assert few[1] - few[0] > 10 * (same[1] - same[0])  # few requests, a wide interval
    assert verdict(row((-20.0, 30.0))) == "unsettled"
