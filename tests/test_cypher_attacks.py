"""The attack corpus: statements a hostile user sends to `POST /cypher`, each refused (403 or
400, never 200 or 5xx), and the whole database unchanged afterwards.

Run against the main server through the live HTTP service. The fingerprint covers every node
(labels, properties, element id) and relationship (type, ends, properties), the indexes, the
constraints, the property keys and labels Neo4j knows, the databases and their states, and the
users (`SHOW USERS` on `system`, from the tests' own admin connection). It is taken once before
and compared after every statement.

A second test sends every statement of the corpus to the database alone (the READ transaction,
rolled back, without our plan and text checks) on the scratch server, to show what Neo4j refuses
by itself, and a third counts which wall refused each statement (`code` of the answers).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from graph.db.client import Graph
from graph.questions.console import (
    PLAN_CODE,
    TEXT_CODE,
    CypherRefused,
    run_rolled_back,
)

B = "\\"  # one backslash, for \u escapes written into statements


@dataclass(frozen=True)
class Attack:
    family: str
    query: str
    status: int = 403
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.family}:{self.query[:60]!r}"


def _family(family: str, status: int, *queries: str) -> list[Attack]:
    return [Attack(family, q, status) for q in queries]


CORPUS: list[Attack] = [
    *_family(
        "write",
        403,
        "CREATE (n:Company {id: 'evil-corp', name: 'Evil'}) RETURN n",
        "CREATE (n:NewLabel)-[:NEW_TYPE]->(m:NewLabel)",
        "MATCH (a:Company {id: 'catl'}), (b:Company {id: 'cosmx'}) "
        "CREATE (a)-[:OWNS_STAKE {percent: 99}]->(b)",
        "MATCH (c:Company {id: 'catl'}) SET c.name = 'hacked' RETURN c",
        "MATCH (c:Company {id: 'catl'}) SET c += {name: 'hacked'}",
        "MATCH (c:Company {id: 'catl'}) SET c:Evil",
        "MATCH (c:Company {id: 'cosmx'}) DETACH DELETE c",
        "MATCH ()-[r:OWNS_STAKE]->() DELETE r",
        "MATCH (n) DETACH DELETE n",
        "MERGE (c:Company {id: 'catl'}) ON MATCH SET c.kind = 'x'",
        "MERGE (:Company {id: 'merged-evil'})",
        "MATCH (c:Company) REMOVE c.kind",
        "MATCH (c:Company {id: 'catl'}) REMOVE c:Company",
        "UNWIND [1, 2] AS x FOREACH (i IN [x] | CREATE (:Company {id: toString(i)}))",
        "INSERT (:Company {id: 'gql-insert'})",
        "INSERT (:Company {id: 'a'})-[:OWNS_STAKE {percent: 99}]->(:Company {id: 'b'})",
        "MATCH (c:Company) WITH c LIMIT 1 CREATE (c)-[:EVIL]->(c)",
        "create (n:lower_case) return n",
        "CrEaTe (n:MixedCase)",
        "MATCH (c:Company {id: 'catl'}) CALL (c) { SET c.name = 'sub' } RETURN 1",
        "OPTIONAL MATCH (n) WITH n LIMIT 1 MERGE (m:Evil) RETURN m",
        "MATCH (n:Company {id: 'catl'}) SET n.name = 'x' WITH n RETURN n UNION RETURN null AS n",
    ),
    *_family(
        "write-then-fail",
        403,
        "CREATE (n:Evil) WITH n RETURN 1 / 0",
        "CREATE (:Evil) WITH 1 AS x RETURN toInteger('x') + x",
        "MATCH (c:Company {id: 'catl'}) SET c.name = 'hacked' WITH c RETURN c.nope.deeper",
        "CREATE (n:Evil) WITH n CALL db.awaitIndex('nope') RETURN n",
        "MERGE (n:Evil {id: 1}) WITH n UNWIND [1, 0] AS d RETURN 1 / d",
    ),
    *_family(
        "in-transactions",
        403,
        "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS",
        "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Evil {i: i}) } IN TRANSACTIONS OF 1 ROW",
        "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Evil {i: i}) } "
        "IN CONCURRENT TRANSACTIONS OF 1 ROW",
        "UNWIND range(1, 3) AS i CALL (i) { CREATE (:Evil {i: i}) } IN 2 CONCURRENT TRANSACTIONS",
        "UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j",
        "UNWIND [1] AS i CALL (i) { CREATE (:Evil) } IN TRANSACTIONS ON ERROR CONTINUE",
        "UNWIND [1] AS i CALL (i) { CREATE (:Evil) } IN TRANSACTIONS REPORT STATUS AS s RETURN s",
        "UNWIND [1] AS i CALL (i) { MATCH (c:Company {id: 'catl'}) SET c.name = 'x' } IN "
        "/* hidden */ TRANSACTIONS",
    ),
    *_family(
        "schema",
        403,
        "CREATE INDEX evil_idx IF NOT EXISTS FOR (n:Company) ON (n.kind)",
        "CREATE TEXT INDEX evil_text FOR (n:Company) ON (n.name)",
        "CREATE FULLTEXT INDEX evil_ft FOR (n:Company) ON EACH [n.name]",
        "CREATE VECTOR INDEX evil_vec FOR (n:Company) ON (n.v)",
        "CREATE LOOKUP INDEX evil_lookup FOR (n) ON EACH labels(n)",
        "DROP INDEX company_id IF EXISTS",
        "DROP CONSTRAINT company_id",
        "create constraint x for (n:Plant) require n.name is unique",
        "CREATE CONSTRAINT evil_key FOR (n:Company) REQUIRE (n.id, n.name) IS NODE KEY",
        "CREATE CONSTRAINT evil_exists FOR (n:Company) REQUIRE n.evil IS NOT NULL",
        "CALL db.index.fulltext.createNodeIndex('evil', ['Company'], ['name'])",
        "CALL db.index.vector.createNodeIndex('evil', 'Company', 'v', 3, 'cosine')",
        "CALL db.createLabel('Evil')",
        "CALL db.createProperty('evil')",
        "CALL db.createRelationshipType('EVIL')",
        "MATCH (n:Company {id: 'catl'}) CALL db.create.setNodeVectorProperty(n, 'v', [1.0])",
    ),
    *_family(
        "administration",
        403,
        "SHOW USERS",
        "SHOW CURRENT USER",
        "SHOW DATABASES",
        "SHOW DATABASE neo4j",
        "SHOW ROLES",
        "SHOW PRIVILEGES",
        "SHOW USER PRIVILEGES",
        "SHOW SERVERS",
        "SHOW ALIASES FOR DATABASE",
        "SHOW TRANSACTIONS",
        "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery",
        "SHOW SETTINGS",
        "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'password' RETURN *",
        "SHOW PROCEDURES",
        "SHOW FUNCTIONS",
        "CREATE USER evil SET PASSWORD 'evil-password-1' CHANGE NOT REQUIRED",
        "CREATE OR REPLACE USER neo4j SET PASSWORD 'evil-password-1'",
        "ALTER USER neo4j SET PASSWORD 'evil-password-1'",
        "ALTER CURRENT USER SET PASSWORD FROM 'test-password-123' TO 'evil-password-1'",
        "DROP USER neo4j",
        "RENAME USER neo4j TO evil",
        "ALTER USER neo4j SET STATUS SUSPENDED",
        "CREATE ROLE evil",
        "DROP ROLE admin",
        "GRANT ROLE admin TO neo4j",
        "REVOKE ROLE admin FROM neo4j",
        "DENY READ {*} ON GRAPH * TO PUBLIC",
        "GRANT ALL ON DBMS TO PUBLIC",
        "CREATE DATABASE evil",
        "CREATE OR REPLACE DATABASE neo4j",
        "DROP DATABASE neo4j",
        "ALTER DATABASE neo4j SET ACCESS READ ONLY",
        "STOP DATABASE neo4j",
        "START DATABASE neo4j",
        "CREATE ALIAS evil FOR DATABASE neo4j",
        "DROP ALIAS evil FOR DATABASE",
        "ENABLE SERVER 'x'",
        "DEALLOCATE DATABASES FROM SERVER 'x'",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "TERMINATE TRANSACTION 'neo4j-transaction-1'",
        "SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id",
    ),
    *_family(
        "procedures",
        403,
        "CALL dbms.security.createUser('evil', 'evil-password-1', false)",
        "CALL dbms.security.changePassword('evil-password-1')",
        "CALL dbms.killTransactions(['neo4j-transaction-1'])",
        "CALL dbms.killConnections(['bolt-1'])",
        "CALL dbms.killConnection('bolt-1')",
        "CALL dbms.listConnections()",
        "CALL dbms.listConfig()",
        "CALL dbms.listConfig('dbms.security')",
        "CALL dbms.components()",
        "CALL dbms.info()",
        "CALL dbms.queryJmx('*:*')",
        "CALL dbms.showCurrentUser()",
        "CALL dbms.setConfigValue('db.transaction.timeout', '0')",
        "CALL dbms.upgrade()",
        "CALL dbms.routing.getRoutingTable({})",
        "CALL db.clearQueryCaches()",
        "CALL db.prepareForReplanning()",
        "CALL db.stats.collect('QUERIES')",
        "CALL db.stats.clear('QUERIES')",
        "CALL db.stats.retrieve('GRAPH COUNTS')",
        "CALL db.resampleIndex('company_id')",
        "CALL db.resampleOutdatedIndexes()",
        "CALL db.awaitIndexes(300)",
        "CALL db.info()",
        "CALL tx.setMetaData({evil: true})",
        "CALL tx.getMetaData()",
        "CALL apoc.create.node(['Evil'], {})",
        "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})",
        "CALL apoc.cypher.doIt('CREATE (:Evil)', {})",
        "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
        "CALL apoc.load.json('file:///etc/passwd')",
        "CALL apoc.export.csv.all('/tmp/x.csv', {})",
        "CALL gds.graph.drop('x')",
        "RETURN apoc.version()",
        "RETURN apoc.text.join(['a'], ',')",
        "MATCH (n) CALL `db.createLabel`('X') RETURN n",
        "CALL `db.createLabel`('X')",
        "CALL `dbms.killTransactions`([])",
        "CALL `db`.`createLabel`('X')",
        "CALL /* c */ `db.createLabel` ('X')",
        "call `DB`.`CREATELABEL`('X')",
        "CALL db . createLabel('X')",
        "RETURN `apoc.create.uuid`() AS id",
        "RETURN `apoc`.`version`() AS v",
        "CALL (x) RETURN 1",
        "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN 1",
        "USE neo4j CALL db.labels()",
    ),
    *_family(
        "load-csv",
        403,
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD CSV FROM 'file:///proc/self/environ' AS line RETURN line",
        "LOAD CSV WITH HEADERS FROM 'file:///data/dbms/auth.ini' AS line RETURN line",
        "LOAD CSV FROM 'file:/etc/passwd' AS line RETURN line",
        "LOAD CSV FROM 'FILE:///etc/passwd' AS line RETURN line",
        "LOAD CSV FROM 'http://127.0.0.1:17474/' AS line RETURN line",
        "LOAD CSV FROM 'https://example.com/x.csv' AS line RETURN line",
        "LOAD CSV FROM 'ftp://127.0.0.1/x.csv' AS line RETURN line",
        "LOAD CSV FROM 'jar:file:///etc/passwd!/x' AS line RETURN line",
        "LOAD CSV FROM 'x.csv' AS line RETURN line",
        "LOAD CSV FROM '../../../../etc/passwd' AS line RETURN line",
        "LOAD CSV FROM '/etc/passwd' AS line RETURN line",
        "LOAD CSV FROM 'http://[::1]:17474/' AS line RETURN line",
        "LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS line RETURN line",
        "load csv from 'file:///etc/passwd' as l return l",
        "LOAD CSV FROM $url AS line RETURN line",
        "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
        "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/hosts' AS l RETURN l",
        "LOAD /* x */ CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "LOAD\tCSV\u00a0FROM 'file:///etc/passwd' AS l RETURN l",
    ),
    *_family(
        "use",
        403,
        "USE system SHOW USERS",
        "USE system MATCH (n) RETURN n",
        "USE neo4j MATCH (n) RETURN count(n)",
        "USE graph.byName('system') RETURN 1",
        "CALL { USE system RETURN 1 AS x } RETURN x",
        "use `system` return 1",
    ),
    *_family(
        "several-statements",
        403,
        "RETURN 1; MATCH (n) DETACH DELETE n",
        "RETURN 1;CREATE (:Evil)",
        "MATCH (n) RETURN n LIMIT 1 ; ; ",
        "RETURN ';' AS x; CREATE (:Evil)",
    ),
    *_family(
        "transaction-control",
        403,
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "BEGIN CREATE (:Evil) COMMIT",
        "USING PERIODIC COMMIT 1 LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Evil)",
    ),
    *_family(
        "comment-tricks",
        403,
        "RETURN 1 // comment\rCREATE (:Evil)",
        "RETURN 1 AS x // comment\rUNION ALL SHOW TRANSACTIONS YIELD transactionId AS x RETURN x",
        "MATCH (n) RETURN n LIMIT 1 //\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "// \u2028 LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "RETURN 1 // \u2029\nCREATE (:Evil)",
        "RETURN 1 // \u0085\nCREATE (:Evil)",
        "RETURN 1 AS x // \u2028 hidden\nUNION RETURN 2 AS x",
        "/* /* nested */ CREATE (:Evil) */ RETURN 1",
        "/* unclosed comment CREATE (:Evil)",
        f"RETURN 1 // {B}u000a CREATE (:Evil)",
        f"RETURN 1 AS x // {B}u000d UNION ALL TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        f"RETURN 1 /* *{B}u002f LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l /* */",
        f"RETURN 'a{B}u0027 AS y LOAD CSV FROM \"file:///etc/passwd\" AS l RETURN l //' AS x",
        f"RETURN 1 AS `a{B}u0060 TERMINATE TRANSACTIONS 'x' //`",
        "RETURN 1 AS x //\x00\nCREATE (:Evil)",
        "RETURN 1 AS x\x0bCREATE (:Evil)",
    ),
    *_family(
        "unicode-and-escapes",
        403,
        f"CR{B}u0045ATE (:Evil)",
        f"RETURN 1 AS x LOAD CSV FROM 'file:///etc/passwd' AS {B}u006c RETURN 1",
        f"MATCH (n) {B}u0044ETACH DELETE n",
        f"{B}u0054ERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "MATCH (n) ſET n.x = 1",  # long s: uppercases to S
        "TERMİNATE TRANSACTIONS 'neo4j-transaction-1'",
        "termınate transactions 'neo4j-transaction-1'",
        "ＣＲＥＡＴＥ (:Evil)",
        "CREATE\u2003(:Evil)",
        "SHOW\u00a0TRANSACTIONS",
        "LOAD\u2028CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "RETURN 1\u200bAS x",
        "\ufeffCREATE (:Evil)",
        "СREATE (:Evil)",  # Cyrillic С
    ),
    # a keyword in backticks is a name, not a keyword: Neo4j's syntax error, 400
    *_family(
        "backticks",
        400,
        "`CREATE` (:Evil)",
        "MATCH (n) `SET` n.x = 1",
        "`LOAD` CSV FROM 'file:///etc/passwd' AS l RETURN l",
    ),
    *_family(
        "backticks",
        403,
        "`SHOW` TRANSACTIONS",
        "CALL `apoc.cypher.run`('CREATE (:Evil)', {})",
        "MATCH (`n`) DETACH DELETE `n`",
        "MATCH (n:`Company`) WITH n LIMIT 1 CALL `db`.`labels`() YIELD label "
        "CALL `db.createLabel`(label) RETURN 1",
    ),
    Attack("parameters", "CALL apoc.cypher.run($q, {})", 403, {"q": "CREATE (:Evil)"}),
    Attack("parameters", "CALL db.createLabel($l)", 403, {"l": "Evil"}),
    Attack("parameters", "CREATE (n:$($l))", 403, {"l": "Evil"}),
    Attack("parameters", "MATCH (n:Company {id: 'catl'}) SET n += $p", 403, {"p": {"name": "x"}}),
    Attack("parameters", "LOAD CSV FROM $u AS l RETURN l", 403, {"u": "file:///etc/passwd"}),
    Attack("parameters", "TERMINATE TRANSACTIONS $ids", 403, {"ids": ["neo4j-transaction-1"]}),
    Attack("parameters", "MATCH (n) WHERE n.id = $q DETACH DELETE n", 403, {"q": "catl"}),
    Attack(
        "parameters",
        "CALL apoc.cypher.doIt($q, {})",
        403,
        {"q": "MATCH (n) DETACH DELETE n"},
    ),
]
"""Every statement the console must refuse; `status` is the answer expected (403 unless the
statement is only wrong, 400)."""


def fingerprint(graph: Graph) -> str:
    """A hash of the whole database: nodes, relationships, schema, tokens, databases, users."""
    run = graph.run_text
    parts: dict[str, Any] = {
        "nodes": run(
            "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props "
            "ORDER BY id"
        ),
        "relationships": run(
            "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, "
            "elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id"
        ),
        "indexes": run(
            "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, "
            "owningConstraint RETURN * ORDER BY name"
        ),
        "constraints": run(
            "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties "
            "RETURN * ORDER BY name"
        ),
        "labels": run("CALL db.labels() YIELD label RETURN label ORDER BY label"),
        "types": run("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t"),
        "keys": run("CALL db.propertyKeys() YIELD propertyKey AS k RETURN k ORDER BY k"),
    }
    for name, query in (
        ("users", "SHOW USERS YIELD user, roles, passwordChangeRequired, suspended, home"),
        ("databases", "SHOW DATABASES YIELD name, access, currentStatus, requestedStatus"),
        ("aliases", "SHOW ALIASES FOR DATABASE YIELD name, database"),
    ):
        try:
            records, _, _ = graph.driver.execute_query(query, database_="system")
            parts[name] = [dict(r) for r in records]
        except Exception as exc:  # noqa: BLE001 - e.g. aliases on Community: the error is stable
            parts[name] = repr(type(exc))
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(scope="module")
def before(graph: Graph) -> str:
    return fingerprint(graph)


def test_the_corpus_is_large_and_covers_every_family() -> None:
    assert len(CORPUS) >= 120, len(CORPUS)
    assert len({a.query for a in CORPUS}) == len(CORPUS), "a statement is in twice"
    families = {a.family for a in CORPUS}
    for family in (
        "write",
        "write-then-fail",
        "in-transactions",
        "schema",
        "administration",
        "procedures",
        "load-csv",
        "use",
        "comment-tricks",
        "unicode-and-escapes",
        "backticks",
        "parameters",
        "transaction-control",
    ):
        assert family in families, family


REFUSED_BY: Counter[str] = Counter()
"""Which wall refused each corpus statement (the answers' `code`), for the summary test."""


@pytest.mark.parametrize("attack", CORPUS, ids=[a.id for a in CORPUS])
def test_attack_is_refused_and_nothing_changes(
    http: httpx.Client, graph: Graph, before: str, attack: Attack
) -> None:
    r = http.post("/cypher", json={"query": attack.query, "params": attack.params})
    assert r.status_code == attack.status, (attack.query, r.status_code, r.text)
    body = r.json()
    assert body["detail"] and body["code"], body
    REFUSED_BY[body["code"]] += 1
    assert fingerprint(graph) == before, f"the database changed after {attack.query!r}"


def test_the_walls_that_refused_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """Print which wall refused how many statements (run with -s to see it): Neo4j's codes for
    what the database refused itself, ours for the plan and text checks."""
    if sum(REFUSED_BY.values()) < len(CORPUS):
        pytest.skip("run together with the corpus")
    with capsys.disabled():
        print("\ncorpus statements refused, by wall:")
        for code, n in REFUSED_BY.most_common():
            print(f"  {n:4d}  {code}")
    assert REFUSED_BY[TEXT_CODE] > 0 and REFUSED_BY[PLAN_CODE] > 0


def test_the_database_alone_refuses_every_write(scratch: Graph) -> None:
    """Wall 1 on its own: every corpus statement Neo4j plans as a write (query type `w` or
    `rw`), run in the READ transaction without our plan and text checks, is refused by Neo4j,
    and nothing changes. Statements Neo4j plans as reads (`r`: LOAD CSV, TERMINATE, SHOW
    TRANSACTIONS…) are not sent (the text check is their wall); those planned as `s` (schema,
    users, DBMS procedures) are sent, and the READ transaction runs those that only read (SHOW
    USERS, `dbms.listConfig()`…): the plan check is their wall."""
    scratch.write("tests/delete_everything")
    scratch.run_text(
        "CREATE (:Company {id: 'catl', name: 'CATL'})-[:OWNS_STAKE {percent: 51}]->"
        "(:Company {id: 'cosmx', name: 'Cosmx'})",
        write=True,
    )
    start = fingerprint(scratch)
    outcomes: dict[str, list[str]] = {}
    for attack in CORPUS:
        outcome = _alone(scratch, attack)
        outcomes.setdefault(outcome, []).append(attack.query)
        assert fingerprint(scratch) == start, attack.query
    print("\nthe database alone (READ transaction, rolled back, no plan or text check):")
    for outcome, queries in sorted(outcomes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(queries):4d}  {outcome}")
        if outcome.startswith("s: ran"):
            print("        " + "\n        ".join(queries))
    writes_ran = [k for k in outcomes if k.startswith(("w:", "rw:")) and "ran" in k]
    assert not writes_ran, {k: outcomes[k] for k in writes_ran}


def _alone(graph: Graph, attack: Attack) -> str:
    """What Neo4j does with `attack` by itself: its plan type, then the READ transaction's
    verdict (statements planned as reads are not run)."""
    with graph.driver.session(database=graph.database) as s:
        try:
            kind = s.run("EXPLAIN " + attack.query, attack.params).consume().query_type
        except Exception as exc:  # noqa: BLE001 - Neo4j cannot plan it: not sent
            return f"EXPLAIN fails: {getattr(exc, 'code', type(exc).__name__)}"
    if kind == "r":
        return "r: planned as a read, not run (the text check's wall)"
    try:
        run_rolled_back(graph, attack.query, attack.params, 10, 10, walls=())
    except CypherRefused as exc:
        return f"{kind}: refused by {exc.code}"
    except Exception as exc:  # noqa: BLE001 - any failure is a refusal here
        return f"{kind}: fails with {getattr(exc, 'code', type(exc).__name__)}"
    return f"{kind}: ran in the READ transaction"
