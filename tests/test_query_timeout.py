"""Questions the database cannot answer in time, and a database that does not answer at all.

A Neo4j server of this module's own holds 100,000 companies, so that a misspelled search (a scan
of every name for shared three-letter pieces) and a cross product take well over the limits used
here. It is also the server paused with SIGSTOP (never the session's main server).

- A service read runs past its time limit: Neo4j stops it, the API answers 504, and the next
  question is answered as usual.
- A console statement runs past its limit: Neo4j stops it (408), and the database runs no
  transaction of ours afterwards (`SHOW TRANSACTIONS` from a separate admin connection).
- The console's two slots: a third statement is 429 while two run, and a slot is free again once
  the database has stopped the statement.
- A paused database (SIGSTOP): the console answers 504 within its limit plus the grace, and
  every other route 503 within the managed Neo4j's 6 s keep-alive, instead of hanging.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from app.errors import status_of
from app.main import create_app
from graph.db.client import DatabaseUnavailable, Graph
from graph.db.server import DATABASE, USER, Neo4jServer
from graph.questions.console import (
    MAX_RUNNING,
    STOP_GRACE_SECONDS,
    ConsoleBusy,
    CypherTimeout,
    DatabaseNotAnswering,
    run_read_only,
)
from loaders.write import apply_schema
from tests.conftest import PASSWORD, LiveServer, connect, test_server

COMPANIES = 100_000
LIMIT_SECONDS = 0.3
# Test data only: 100,000 bare companies, more than the misspelled search can scan in 0.3 s.
FILL = (
    "UNWIND range(1, $n) AS i "
    "CREATE (:Company {id: 'c' + toString(i), name: 'Company ' + toString(i), "
    "display_name: 'Company ' + toString(i), search_keys: ['company ' + toString(i)]})"
)
SLOW = "MATCH (a:Company), (b:Company) WHERE a.name + b.name = $marker RETURN count(*) AS n"
"""A cross product of 10^10 pairs: runs until it is stopped. `$marker` finds it in SHOW
TRANSACTIONS (the parameter is not in the text; the text is)."""


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    home: Path = tmp_path_factory.mktemp("neo4j-slow")
    with test_server(home) as server:
        yield server


@pytest.fixture(scope="module")
def admin(slow_server: Neo4jServer) -> Iterator[Graph]:
    """The tests' own connection: fills the database, watches its transactions."""
    g = connect(slow_server)
    apply_schema(g)  # the id index: looking one company up stays quick
    g.driver.execute_query(FILL, {"n": COMPANIES}, database_=DATABASE)
    yield g
    g.close()


@pytest.fixture
def slow_graph(slow_server: Neo4jServer, admin: Graph) -> Iterator[Graph]:
    """The service's connection, with reads limited to LIMIT_SECONDS."""
    g = Graph(slow_server.uri, USER, PASSWORD, DATABASE, read_timeout=LIMIT_SECONDS)
    yield g
    g.close()


def our_transactions(admin: Graph) -> list[str]:
    """The statements of console transactions the database still runs."""
    records, _, _ = admin.driver.execute_query(
        "SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery, status",
        database_=DATABASE,
    )
    return [r["currentQuery"] for r in records if "a.name + b.name" in (r["currentQuery"] or "")]


def wait_idle(admin: Graph, within: float) -> float:
    """Seconds until the database runs no console statement (fails after `within`)."""
    started = time.monotonic()
    while our_transactions(admin):
        assert time.monotonic() - started < within, our_transactions(admin)
        time.sleep(0.02)
    return time.monotonic() - started


def test_a_question_stopped_for_time_is_a_504_and_the_next_one_is_answered(
    slow_graph: Graph, admin: Graph
) -> None:
    warm = LiveServer(create_app(admin))  # plans the entity lookup once, without a limit
    warm.start()
    try:
        assert httpx.get(f"{warm.url}/entities/c42", timeout=60).status_code == 200
    finally:
        warm.stop()
    server = LiveServer(create_app(slow_graph))
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for _ in range(2):  # twice: the first stopped question left nothing behind
                r = client.get("/search", params={"q": "Kompany Zqxv"})
                assert r.status_code == 504, r.text
                detail = r.json()["detail"]
                assert "stopped the query after its time limit" in detail, detail
                found = client.get("/entities/c42")
                assert found.status_code == 200, found.text
                assert found.json()["name"] == "Company 42"
            assert client.get("/health").status_code == 200
    finally:
        server.stop()


def test_the_database_stops_a_console_statement_at_its_limit(
    slow_graph: Graph, admin: Graph
) -> None:
    """408 means the database stopped it: right after the answer, no transaction of ours."""
    started = time.monotonic()
    with pytest.raises(CypherTimeout, match="the database stopped the statement") as stopped:
        run_read_only(slow_graph, SLOW, {"marker": "x"}, timeout=1.0, row_cap=10)
    answered = time.monotonic() - started
    assert status_of(stopped.value) == 408
    assert answered < 1.0 + STOP_GRACE_SECONDS, answered
    idle_after = wait_idle(admin, within=2.0)
    print(f"\n408 after {answered:.2f} s; database idle {idle_after * 1000:.0f} ms later")


def test_a_slot_is_freed_only_when_the_statement_stopped(slow_graph: Graph, admin: Graph) -> None:
    def slow() -> BaseException | None:
        try:
            run_read_only(slow_graph, SLOW, {"marker": "y"}, timeout=2.0, row_cap=10)
        except BaseException as exc:  # noqa: BLE001 - the outcome is asserted below
            return exc
        return None

    with ThreadPoolExecutor(MAX_RUNNING) as pool:
        running = [pool.submit(slow) for _ in range(MAX_RUNNING)]
        deadline = time.monotonic() + 5
        while len(our_transactions(admin)) < MAX_RUNNING and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(ConsoleBusy):
            run_read_only(slow_graph, "RETURN 1 AS one", None, timeout=5, row_cap=10)
        outcomes = [f.result() for f in running]
    assert all(isinstance(o, CypherTimeout) for o in outcomes), outcomes
    assert not our_transactions(admin)
    result = run_read_only(slow_graph, "RETURN 1 AS one", None, timeout=5, row_cap=10)
    assert result.rows == [[1]]


def test_a_paused_database_is_504_on_the_console_and_503_elsewhere(
    slow_server: Neo4jServer, slow_graph: Graph, admin: Graph
) -> None:
    pid = slow_server.pid
    assert pid is not None
    slow_graph.read("db/ping")  # a pooled connection exists
    timeout = 2.0
    app = LiveServer(create_app(slow_graph))
    app.start()
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises((DatabaseNotAnswering, DatabaseUnavailable)) as hung:
            run_read_only(slow_graph, "RETURN 1 AS one", None, timeout=timeout, row_cap=10)
        console = time.monotonic() - started
        assert console < timeout + STOP_GRACE_SECONDS + 1.0, console
        with httpx.Client(base_url=app.url, timeout=60) as client:
            started = time.monotonic()
            r = client.get("/entities/c42")
            other = time.monotonic() - started
        assert r.status_code in (503, 504), r.text
        assert other < 15, other
        print(
            f"\npaused database: console {type(hung.value).__name__} after {console:.1f} s, "
            f"GET /entities {r.status_code} after {other:.1f} s"
        )
    finally:
        os.kill(pid, signal.SIGCONT)
        app.stop()
    deadline = time.monotonic() + 20  # back: the console and the routes answer again
    while True:
        try:
            result = run_read_only(slow_graph, "RETURN 1 AS one", None, timeout=5, row_cap=10)
            break
        except (ConsoleBusy, DatabaseUnavailable, DatabaseNotAnswering):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    assert result.rows == [[1]]
    assert threading.active_count() < 50


def test_a_statement_that_exhausts_the_heap_costs_a_restart_not_a_hung_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One expression Neo4j neither times out nor memory-tracks (a 600-million-element list
    built inside one row) fills the heap. The JVM runs with -XX:+ExitOnOutOfMemoryError, so the
    server exits instead of hanging in garbage collection, and the watchdog starts it again: the
    console answers 503/504, and the database answers again within a minute."""
    with test_server(tmp_path / "neo4j") as server:
        server.keep_alive(every=0.5)
        graph = connect(server)
        first_pid = server.pid
        try:
            started = time.monotonic()
            with pytest.raises((DatabaseUnavailable, DatabaseNotAnswering)):
                run_read_only(
                    graph,
                    "RETURN size([x IN range(1, 200000000) | [x, x, x]]) AS n",
                    {},
                    timeout=10,
                    row_cap=10,
                )
            answered = time.monotonic() - started
            while not graph.ping():
                assert time.monotonic() - started < 60, server.log_tail()
                time.sleep(0.5)
            back = time.monotonic() - started
            assert server.pid != first_pid, "the JVM exited and the watchdog started another"
        finally:
            graph.close()
    with capsys.disabled():
        print(f"\n[heap attack] answered after {answered:.1f} s, database back after {back:.1f} s")
