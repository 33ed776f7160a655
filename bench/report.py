"""The benchmark report: the machine, the commit, the figures as Markdown tables, the targets.

In: the results of one `python -m bench` run. Out: Markdown text, printed and put at the top of
`BENCHMARKS.md` (earlier runs stay below it, newest first).
"""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.api import Latency, interval_text, verdict
from bench.server import StartTimes
from bench.views import ViewTiming

RUNS_MARK = "<!-- runs: newest first -->"


@dataclass
class SizeResult:
    """Everything measured for one dataset size."""

    size: str
    facts: int
    files: int
    rows: int
    raw_seconds: float
    load_seconds: float
    load_peak_mb: float
    reload_seconds: float
    reload_peak_mb: float
    full_reload_seconds: float
    changed_seconds: float
    changed_facts: int
    latencies: list[Latency] = field(default_factory=list)
    view: ViewTiming | None = None
    raw_tx_peak_mb: float = 0.0
    """The most heap Neo4j accounted to the raw baseline's one transaction (sampled)."""
    load_tx_peak_mb: float = 0.0
    """The same for the first load's transaction."""

    @property
    def raw_rate(self) -> float:
        """The database's own rows per second for these rows."""
        return self.rows / self.raw_seconds

    @property
    def load_rate(self) -> float:
        """The loader's rows per second, end to end."""
        return self.rows / self.load_seconds

    @property
    def ratio(self) -> float:
        """Loader rate over raw rate."""
        return self.load_rate / self.raw_rate


def machine() -> dict[str, str]:
    """The commit, date, cores, memory and Python of this run."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        commit += " (with uncommitted changes)" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {
        "commit": commit,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count() or "?"),
        "memory": f"{mem_kb / 2**20:.1f} GiB" if mem_kb else "?",
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
    }


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


SEARCH_P99_MS = 20.0
"""The issue's target: search p99 at M, one client."""
ENTITY_P99_MS = 200.0
"""The issue's target: the detail of M's busiest company (the hub), p99."""
FIRST_LOAD_L_SECONDS = 120.0
"""The issue's target: the first load of L."""


def _api_row(r: SizeResult, endpoint: str, clients: int) -> Latency | None:
    return next(
        (
            x
            for x in r.latencies
            if x.endpoint == endpoint and x.mode == "api" and x.clients == clients
        ),
        None,
    )


def targets(results: list[SizeResult]) -> list[list[str]]:
    """Each target of the issue with the measured figure and whether it was met."""
    out: list[list[str]] = []
    by = {r.size: r for r in results}
    if "L" in by:
        r = by["L"]
        out.append(
            [
                f"first load of L ≤ {FIRST_LOAD_L_SECONDS:.0f} s",
                f"{r.load_seconds:.1f} s",
                _mark(r.load_seconds <= FIRST_LOAD_L_SECONDS),
            ]
        )
    if "M" in by and by["M"].latencies:
        for endpoint, limit, what in (
            ("search", SEARCH_P99_MS, "search p99, M, 1 client"),
            ("entity", ENTITY_P99_MS, "entity detail of the M hub p99, 1 client"),
        ):
            row = _api_row(by["M"], endpoint, 1)
            if row:
                out.append(
                    [
                        f"{what} ≤ {limit:.0f} ms (API)",
                        f"{row.p99_ms:.1f} ms ({row.requests:,} requests, {row.errors} errors)",
                        _mark(row.p99_ms <= limit and not row.errors),
                    ]
                )
    for size in ("M", "L"):
        if size in by:
            r = by[size]
            out.append(
                [f"loader ≥ 0.8 × raw write rate ({size})", f"{r.ratio:.2f}", _mark(r.ratio >= 0.8)]
            )
    if "L" in by:
        r = by["L"]
        speedup = r.load_seconds / r.reload_seconds
        out.append(["unchanged L reload ≥ 10× faster", f"{speedup:.0f}×", _mark(speedup >= 10)])
        out.append(
            [
                "loader peak memory < 1 GB (L)",
                f"{r.load_peak_mb:.0f} MB",
                _mark(r.load_peak_mb < 1024),
            ]
        )
    if "M" in by and by["M"].latencies:
        lat = by["M"].latencies
        for endpoint in dict.fromkeys(x.endpoint for x in lat):
            api = [x for x in lat if x.endpoint == endpoint and x.mode == "api" and x.clients == 8]
            drv = [
                x for x in lat if x.endpoint == endpoint and x.mode == "driver" and x.clients == 8
            ]
            if api and drv:
                diff = api[0].p99_ms - drv[0].p99_ms
                said = verdict(api[0])
                out.append(
                    [
                        f"API p99 ≤ driver p99 + 10 ms, 8 clients, M: {endpoint}",
                        f"{diff:+.1f} ms, 95 % interval {interval_text(api[0].p99_diff_ci)} "
                        f"({api[0].requests:,} / {drv[0].requests:,} requests, "
                        f"{api[0].errors} errors)",
                        {"met": "met", "missed": "**missed**"}.get(said, "not settled"),
                    ]
                )
    for r in results:
        if r.view:
            ms = r.view.view_median_ms
            out.append(
                [
                    f"entity view of a {r.view.nodes}-node neighbourhood < 300 ms ({r.size})",
                    f"{ms:.0f} ms",
                    _mark(ms < 300),
                ]
            )
    return out


def server_rows(starts: StartTimes) -> list[list[str]]:
    """The Neo4j server's own figures: start-up and the runtime's download size."""
    rows = [
        [
            "cold start (fresh home: creates the system and neo4j stores)",
            f"{starts.cold_seconds:.1f} s (with setting the initial password: "
            f"{starts.cold_total_seconds:.1f} s)",
        ],
        ["warm start (the same home again, empty graph)", f"{starts.warm_seconds:.1f} s"],
    ]
    rows += [
        [f"warm start with the {size} graph stored", f"{seconds:.1f} s"]
        for size, seconds in starts.loaded.items()
    ]
    rows.append(
        [
            "runtime download (jars of the runtime's lib folder)",
            f"{starts.runtime_bytes / 1e6:.0f} MB ({starts.jars} jars)",
        ]
    )
    return rows


def render(
    results: list[SizeResult],
    info: dict[str, str],
    notes: list[str],
    starts: StartTimes | None = None,
) -> str:
    """The Markdown section of one run."""
    lines = [
        f"## Run of {info['date']}, commit {info['commit']}",
        "",
        f"Machine: {info['cores']} cores, {info['memory']} memory, {info['machine']}, "
        f"Python {info['python']}; database: {info.get('database', '?')}.",
        "",
        "### Targets",
        "",
        *_table(["target", "measured", ""], targets(results)),
        "",
    ]
    if starts:
        lines += [
            "### Neo4j server (`Neo4jServer.started_seconds`: JVM launch to the database "
            "answering)",
            "",
            *_table(["figure", "measured"], server_rows(starts)),
            "",
        ]
    lines += [
        "### Load (first load into an empty database)",
        "",
        *_table(
            [
                "size",
                "facts",
                "files",
                "rows",
                "raw UNWIND…MERGE rows/s",
                "loader rows/s",
                "ratio",
                "raw s",
                "loader s",
                "loader peak MB",
                "transaction heap MB raw / loader",
            ],
            [
                [
                    r.size,
                    f"{r.facts:,}",
                    f"{r.files:,}",
                    f"{r.rows:,}",
                    f"{r.raw_rate:,.0f}",
                    f"{r.load_rate:,.0f}",
                    f"{r.ratio:.2f}",
                    f"{r.raw_seconds:.1f}",
                    f"{r.load_seconds:.1f}",
                    f"{r.load_peak_mb:.0f}",
                    f"{r.raw_tx_peak_mb:,.0f} / {r.load_tx_peak_mb:,.0f}",
                ]
                for r in results
            ],
        ),
        "",
        "### Reload",
        "",
        *_table(
            [
                "size",
                "first load s",
                "unchanged s",
                "speed-up",
                "unchanged, --full s",
                "1 % changed s",
                "facts changed",
            ],
            [
                [
                    r.size,
                    f"{r.load_seconds:.1f}",
                    f"{r.reload_seconds:.2f}",
                    f"{r.load_seconds / r.reload_seconds:.0f}×",
                    f"{r.full_reload_seconds:.1f}",
                    f"{r.changed_seconds:.1f}",
                    f"{r.changed_facts:,}",
                ]
                for r in results
            ],
        ),
    ]
    lat_rows = []
    for r in results:
        for api in r.latencies:
            if api.mode != "api":
                continue
            drv = next(
                (
                    d
                    for d in r.latencies
                    if d.mode == "driver"
                    and d.endpoint == api.endpoint
                    and d.clients == api.clients
                ),
                None,
            )
            lat_rows.append(
                [
                    r.size,
                    api.endpoint,
                    api.clients,
                    f"{api.p50_ms:.1f} / {api.p95_ms:.1f} / {api.p99_ms:.1f}",
                    f"{api.rps:.0f}",
                    f"{drv.p50_ms:.1f} / {drv.p95_ms:.1f} / {drv.p99_ms:.1f}" if drv else "",
                    f"{drv.rps:.0f}" if drv else "",
                    f"{api.p99_ms - drv.p99_ms:+.1f}" if drv else "",
                    interval_text(api.p99_diff_ci),
                    f"{api.requests:,} / {drv.requests if drv else 0:,}",
                    f"{api.errors} / {drv.errors if drv else 0}",
                ]
            )
    if lat_rows:
        lines += [
            "",
            "### API under load (loopback; API = HTTP through the service, driver = the same "
            "graph-layer call without HTTP)",
            "",
            *_table(
                [
                    "size",
                    "endpoint",
                    "clients",
                    "API p50 / p95 / p99 ms",
                    "API req/s",
                    "driver p50 / p95 / p99 ms",
                    "driver req/s",
                    "p99 API − driver ms",
                    "95 % interval",
                    "requests API / driver",
                    "errors API / driver",
                ],
                lat_rows,
            ),
        ]
    views = [r for r in results if r.view]
    if views:
        lines += [
            "",
            "### Entity view (HTML page with the network) against the neighbourhood JSON",
            "",
            *_table(
                [
                    "size",
                    "entity",
                    "depth",
                    "nodes",
                    "edges",
                    "view median / p95 ms",
                    "neighbourhood JSON median ms",
                    "ratio",
                ],
                [
                    [
                        r.size,
                        r.view.entity,
                        r.view.depth,
                        r.view.nodes,
                        r.view.edges,
                        f"{r.view.view_median_ms:.0f} / {r.view.view_p95_ms:.0f}",
                        f"{r.view.api_median_ms:.0f}",
                        f"{r.view.view_median_ms / r.view.api_median_ms:.2f}"
                        if r.view.api_median_ms
                        else "",
                    ]
                    for r in views
                    if r.view
                ],
            ),
        ]
    if notes:
        lines += ["", "### Notes", "", *[f"- {n}" for n in notes]]
    return "\n".join(lines) + "\n"


def write(path: Path, section: str) -> None:
    """Put `section` at the top of the runs in `path`, keeping earlier runs below it."""
    intro = (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m bench`; `--help` for sizes and durations). Every "
        "figure is measured in one run and compared with a baseline of the same run: the "
        "loader with the database's raw `UNWIND … MERGE` rate for the same rows, the API with "
        "the same graph-layer calls made straight through the driver, the entity view with the "
        "neighbourhood JSON it draws. How each is measured: `bench/README.md`.\n\n"
        f"{RUNS_MARK}\n"
    )
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    earlier = old.split(RUNS_MARK, 1)[1].lstrip("\n") if RUNS_MARK in old else ""
    path.write_text(intro + "\n" + section + ("\n" + earlier if earlier else ""), encoding="utf-8")
