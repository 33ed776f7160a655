"""`POST /cypher` through HTTP on the real Neo4j: answers, refusals, caps and limits.

The attack corpus is in test_cypher_attacks.py; here the everyday behaviour, and each wall on its
own: Neo4j refuses writes in the READ transaction by itself, its plan says what is not a read,
and the text check reads comments and names as Cypher does.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from app.settings import get_settings
from graph.db.client import Graph
from graph.questions.console import (
    PLAN_CODE,
    TEXT_CODE,
    CypherFailed,
    CypherRefused,
    check_text,
    run_rolled_back,
)
from loaders.pipeline import load

WRITES = [
    "CREATE (n:Company {id: 'evil-corp', name: 'Evil'}) RETURN n",
    "CREATE (n:NewLabel)-[:NEW_TYPE]->(m:NewLabel)",
    "MATCH (c:Company {id: 'catl'}) SET c.name = 'hacked' RETURN c",
    "MATCH (c:Company {id: 'cosmx'}) DETACH DELETE c",
    "MERGE (c:Company {id: 'catl'}) ON MATCH SET c.kind = 'x'",
    "MATCH (c:Company) REMOVE c.kind",
    "UNWIND [1, 2] AS x FOREACH (i IN [x] | CREATE (:Company {id: toString(i)}))",
    "CREATE INDEX evil_idx IF NOT EXISTS FOR (n:Company) ON (n.kind)",
    "DROP CONSTRAINT company_id",
    "create constraint x for (n:Plant) require n.name is unique",
    "CALL db.createLabel('Evil')",
    "CALL dbms.security.createUser('x', 'y')",
    "CALL apoc.create.node(['Evil'], {})",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS",
    "USE system SHOW USERS",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    # backticks around the procedure name must not make it look like a subquery
    "CALL `db.createLabel`('X')",
    "CALL `dbms.killTransactions`([])",
    "CALL `db`.`createLabel`('X')",
    "CALL /* c */ `db.createLabel` ('X')",
    "MATCH (n) CALL `db.createLabel`('X') RETURN n",
    "RETURN `apoc.create.uuid`() AS id",
]


def _snapshot(graph: Graph) -> tuple[object, ...]:
    """Counts by label and type, the labels and types in the schema, and one property."""
    nodes = sorted((r["label"], r["count"]) for r in graph.read("questions/stats/node_counts"))
    rels = sorted(
        (r["type"], r["count"]) for r in graph.read("questions/stats/relationship_counts")
    )
    labels = sorted(r["label"] for r in graph.run_text("CALL db.labels() YIELD label RETURN label"))
    types = sorted(
        r["relationshipType"]
        for r in graph.run_text(
            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
        )
    )
    name = graph.run_text("MATCH (c:Company {id: 'catl'}) RETURN c.name AS n")[0]["n"]
    return nodes, rels, labels, types, name


def test_owners_query_returns_columns_rows_and_graph(http: httpx.Client) -> None:
    r = http.post(
        "/cypher",
        json={
            "query": "MATCH (o:Company)-[s:OWNS_STAKE]->(x:Company {id: $id}) "
            "RETURN o.id AS owner, s.percent AS percent, s ORDER BY percent DESC",
            "params": {"id": "beijing-era-new-energy"},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["owner", "percent", "s"]
    assert [row[:2] for row in body["rows"]] == [["catl", 51], ["baic", 39], ["xiaomi-auto", 5]]
    assert body["truncated"] is False and body["row_count"] == 3
    nodes = {n["id"]: n["label"] for n in body["graph"]["nodes"]}
    assert nodes == {
        "catl": "Company",
        "baic": "Company",
        "xiaomi-auto": "Company",
        "beijing-era-new-energy": "Company",
    }
    assert sorted(e["caption"] for e in body["graph"]["edges"]) == ["39 %", "5 %", "51 %"]


def test_scalar_rows_have_no_graph_and_paths_do(http: httpx.Client) -> None:
    body = http.post("/cypher", json={"query": "RETURN 1 AS one, 'CREATE' AS word"}).json()
    assert body["rows"] == [[1, "CREATE"]] and body["graph"] is None
    body = http.post(
        "/cypher",
        json={"query": "MATCH p = (:Company {id: 'cbak-energy'})-[:SUPPLIES]->() RETURN p"},
    ).json()
    edges = body["graph"]["edges"]
    assert [(e["source"], e["target"]) for e in edges] == [("cbak-energy", "anker-innovations")]


@pytest.mark.parametrize("statement", WRITES)
def test_writes_and_admin_are_refused_and_nothing_changes(
    http: httpx.Client, graph: Graph, statement: str
) -> None:
    before = _snapshot(graph)
    r = http.post("/cypher", json={"query": statement})
    assert r.status_code == 403, (statement, r.text)
    assert "read-only" in r.json()["detail"] or "statement" in r.json()["detail"]
    assert _snapshot(graph) == before


def test_keywords_inside_strings_names_and_comments_are_fine() -> None:
    for ok in (
        "RETURN 'CREATE (n)' AS text",
        'MATCH (n:Company) WHERE n.name <> "DELETE me" RETURN n.id',
        "// SET nothing\nMATCH (n) RETURN count(n) AS `set`",
        "MATCH (n {create: 1}) RETURN n.set, $merge",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (n) CALL { WITH n RETURN n.id AS id } RETURN id",
        "MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id",
        "MATCH (n) CALL () { RETURN 1 AS one } RETURN n.id, one",
        "CALL `db.labels`() YIELD label RETURN label",
        "CALL `db`.labels() YIELD label RETURN label",
        "SHOW INDEXES",
        "RETURN 1;",
    ):
        check_text(ok)


def test_neo4j_itself_refuses_writes_in_the_read_transaction(scratch: Graph) -> None:
    """The first wall alone, without the plan and text checks: Neo4j answers AccessMode."""
    load(scratch, Path(__file__).resolve().parent.parent / "data")
    before = _snapshot(scratch)
    for statement in (
        "MATCH (c:Company {id: 'catl'}) SET c.name = 'hacked' RETURN c",
        "CREATE (:Company {id: 'evil-corp'})-[:OWNS_STAKE {percent: 100}]->(:Plant {id: 'x'})",
        "MATCH (c:Company {id: 'cosmx'}) DETACH DELETE c",
        "INSERT (:Company {id: 'gql'})",
        "CALL db.createLabel('Evil')",
        "CREATE INDEX evil FOR (n:Company) ON (n.kind)",
        "CREATE USER evil SET PASSWORD 'evil-password-1'",
    ):
        with pytest.raises(CypherRefused) as refused:
            run_rolled_back(scratch, statement, {}, 10, 10, walls=())
        assert refused.value.code == "Neo.ClientError.Statement.AccessMode", statement
        assert _snapshot(scratch) == before, statement


def test_the_answer_names_the_wall(http: httpx.Client) -> None:
    r = http.post("/cypher", json={"query": "CREATE (n:Evil)"})
    assert r.status_code == 403 and r.json()["code"] == PLAN_CODE, r.text
    assert "write only" in r.json()["detail"]
    r = http.post("/cypher", json={"query": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"})
    assert r.status_code == 403 and r.json()["code"] == TEXT_CODE, r.text
    r = http.post("/cypher", json={"query": "SHOW USERS"})
    assert r.status_code == 403 and r.json()["code"] == PLAN_CODE, r.text


def test_byte_cap_truncates_and_a_first_row_too_large_is_413(http: httpx.Client) -> None:
    cap = get_settings().cypher_byte_cap
    row = cap // 50  # about 50 rows fit
    body = http.post(
        "/cypher",
        json={
            "query": "UNWIND range(1, 200) AS i RETURN i, $pad AS pad",
            "params": {"pad": "x" * row},
        },
    ).json()
    assert body["truncated"] is True and body["truncated_by"] == "bytes", body["row_count"]
    assert 40 <= body["row_count"] < 60 and body["byte_cap"] == cap
    r = http.post(
        "/cypher",
        json={"query": "RETURN [i IN range(1, $n) | 'xxxxxxxxxx'] AS big", "params": {"n": cap}},
    )
    assert r.status_code == 413, r.text[:300]
    assert r.json()["code"] == "KG.Console.TooLarge"


def test_row_cap_truncates(http: httpx.Client) -> None:
    cap = get_settings().cypher_row_cap
    body = http.post(
        "/cypher", json={"query": "UNWIND range(1, $n) AS x RETURN x", "params": {"n": cap + 5}}
    ).json()
    assert body["truncated"] is True and body["row_count"] == cap == len(body["rows"])
    assert body["truncated_by"] == "rows"
    assert body["row_cap"] == cap


def test_time_limit_answers_408_in_time(http: httpx.Client) -> None:
    slow = "UNWIND range(1, 3000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS c"
    started = time.monotonic()
    r = http.post("/cypher", json={"query": slow, "timeout_seconds": 0.5})
    elapsed = time.monotonic() - started
    assert r.status_code == 408, r.text
    assert elapsed < 3, f"answered after {elapsed:.1f} s"


def test_bad_statements_are_4xx_with_the_reason(http: httpx.Client) -> None:
    r = http.post("/cypher", json={"query": "MATCH (n) RETRUN n"})
    assert r.status_code == 400 and "RETRUN" in r.json()["detail"]
    # the position is the user's, not that of the EXPLAIN the plan check puts in front
    assert "(line 1, column 11 (offset: 10))" in r.json()["detail"]
    r = http.post("/cypher", json={"query": "MATCH (n)\nWHERE n.x = 1\nRETRUN n"})
    assert "(line 3, column 1 (offset: 24))" in r.json()["detail"], r.text
    r = http.post("/cypher", json={"query": "RETURN $missing AS m"})
    assert r.status_code == 400
    # found by schemathesis: a parameter the Bolt protocol cannot carry (beyond 64-bit integers,
    # lone surrogates) is the client's mistake, not a server error
    r = http.post("/cypher", json={"query": "RETURN $x AS x", "params": {"x": -(2**70)}})
    detail = r.json()["detail"]  # Python codec: "out of range"; Rust codec: "too large"
    assert r.status_code == 400 and ("out of range" in detail or "too large" in detail)
    lone_surrogate = '{"query": "RETURN $x AS x", "params": {"x": "\\ud8a1"}}'
    r = http.post("/cypher", content=lone_surrogate, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert http.post("/cypher", json={"query": "RETURN 5 AS x"}).json()["rows"] == [[5]]
    r = http.post("/cypher", json={"query": ""})
    assert r.status_code == 422
    r = http.post("/cypher", json={"query": "RETURN 1", "timeout_seconds": -1})
    assert r.status_code == 422


def test_calls_with_quoted_names_are_checked_by_name() -> None:
    for statement in (
        "CALL `db.createLabel`('X')",
        "CALL `dbms.killTransactions`([])",
        "call `DB`.`CREATELABEL`('X')",
        "CALL (x) RETURN 1",
    ):
        with pytest.raises(CypherRefused):
            check_text(statement)


def test_non_finite_floats_come_back_as_text(http: httpx.Client) -> None:
    r = http.post("/cypher", json={"query": "RETURN 0.0/0.0 AS nan, 1.0/0.0 AS inf, -1.0/0.0 AS m"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [["NaN", "Infinity", "-Infinity"]]
    nan = '{"query": "RETURN $x AS x, [$y] AS y", "params": {"x": NaN, "y": -Infinity}}'
    r = http.post("/cypher", content=nan, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [["NaN", ["-Infinity"]]]
    bad = '{"query": "RETURN 1", "timeout_seconds": NaN}'  # the 422 cannot echo NaN back
    r = http.post("/cypher", content=bad, headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "timeout_seconds"]


def test_params_nested_too_deeply_are_422_with_the_reason(http: httpx.Client) -> None:
    deep = '{"query": "RETURN $x AS x", "params": {"x": ' + "[" * 600 + "]" * 600 + "}}"
    r = http.post("/cypher", content=deep, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert "32 levels" in r.json()["detail"][0]["msg"]
    ok = {"query": "RETURN $x AS x", "params": {"x": [[[[1]]]]}}
    assert http.post("/cypher", json=ok).json()["rows"] == [[[[[[1]]]]]]


def test_a_statement_too_deep_to_pack_is_400_not_500(graph: Graph) -> None:
    """Below the request model's cap: the console itself answers RecursionError as a failure."""
    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(CypherFailed):
        run_rolled_back(graph, "RETURN $x AS x", {"x": deep}, timeout=10, row_cap=10)
