"""Read-only Cypher for users: run their statement without ever changing the database.

In: statement text and parameters typed by a user (the one place text not from `cypher/` runs;
it is run as-is and never concatenated into other Cypher, except behind `EXPLAIN`). Out:
`CypherResult` (columns, rows made JSON, a nodes-and-edges graph when rows hold nodes,
relationships or paths), or one of the `ConsoleError`s of `graph.errors`, each with a `code`
naming the wall that stopped the statement (Neo4j's own code when Neo4j refused it); the HTTP
status of each is app/errors.py's.

Walls, from the database outwards. Every statement passes all of them; the order below is the
order they run in, on one connection, inside one transaction:

1. **A READ transaction, always rolled back** (`Graph.read_rolled_back`). Neo4j itself refuses every
   write in it (`Neo.ClientError.Statement.AccessMode`: data, schema, labels, users and roles,
   START/STOP DATABASE…), and `CALL { … } IN [CONCURRENT] TRANSACTIONS` cannot run inside an
   explicit transaction at all. Whatever ran is rolled back; the result's counters are checked
   as well, and any update (`contains_updates`, `contains_system_updates`) is refused.
2. **Neo4j's own parser and planner** (`EXPLAIN <statement>` in that transaction, before the
   statement runs): only query type `r` (read only) runs. Writes plan as `w`/`rw`, schema and
   user administration and DBMS procedures (`SHOW USERS`, `CALL dbms.listConfig()`,
   `db.clearQueryCaches()`) as `s`; commands Neo4j cannot plan (`CREATE DATABASE`,
   `START DATABASE`, `SHOW ROLES` on Community) fail the EXPLAIN and are refused too.
3. **Our text check** (`check_text`), for what Neo4j plans as a read but that reaches outside
   the graph: LOAD CSV (files and URLs), TERMINATE TRANSACTIONS (it kills other sessions'
   transactions from a READ transaction), SHOW other than indexes and constraints (`SHOW
   TRANSACTIONS` shows other sessions' statements, `SHOW SETTINGS` the configuration), USE,
   `CALL … IN TRANSACTIONS`, procedures outside `READ_PROCEDURES` (`db.stats.collect`,
   `db.resampleIndex` are "read" procedures with effects), function namespaces outside
   `FUNCTION_NAMESPACES` (apoc…), several statements, and every write keyword again. It reads
   the text with Cypher's lexer rules and refuses where the two could disagree: a `//` comment
   ends at the first \\r or \\n (Neo4j) or at any other line separator (\\u0085, \\u2028…,
   earlier than Neo4j, so nothing Neo4j runs is hidden in a comment); `\\u` escapes are refused
   anywhere (Neo4j decodes them before lexing, even inside comments and strings, so
   `// \\u000a CREATE …` is not a comment to Neo4j); outside strings, comments and backticked
   names only ASCII is accepted (no lookalike letters, odd spaces or control characters).
4. **Time** (`timeout`): the timeout is sent with BEGIN, and Neo4j stops the statement there
   (the managed Neo4j checks every 100 ms, `db.transaction.monitor.check.interval`): 408. The
   caller is answered within `timeout + STOP_GRACE_SECONDS` whatever happens: when the database
   has not stopped the statement or answered by then (a paused or overloaded server), 504.
5. **Concurrency**: at most `MAX_RUNNING` statements at once (429 beyond). A slot is freed when
   the worker running the statement ends, i.e. when the database has stopped the statement or
   the connection to it is gone, not when the caller got its 408 or 504.
6. **Size**: at most `row_cap` rows and `byte_cap` bytes of rows (their JSON, counted as they
   are read). Past either cap the rows read so far are returned with `truncated: true` and
   `truncated_by` "rows" or "bytes"; when not even the first row fits in `byte_cap`, 413. A
   statement that needs more memory than Neo4j allows a transaction is 413 too.

Values: floats that are not finite (NaN, ±Infinity) come back as the texts "NaN", "Infinity",
"-Infinity" (`graph.db.values.to_plain`); parameters or results nested too deeply to pack or convert
(RecursionError) are `CypherFailed` (the request model already caps parameter nesting).
"""

from __future__ import annotations

import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, Literal

import neo4j
from neo4j.graph import Node, Path, Relationship
from pydantic import BaseModel, Field

from graph.db.client import Graph
from graph.db.values import to_plain
from graph.errors import (
    ConsoleBusy,
    ConsoleError,
    CypherFailed,
    CypherRefused,
    CypherTimeout,
    CypherTooLarge,
    DatabaseBusy,
    DatabaseNotAnswering,
    QueryTimedOut,
    StatementError,
)
from graph.questions.subgraph import Subgraph, SubgraphBuilder

MAX_RUNNING = 2
"""Statements that may run at the same time (a timed-out one keeps its slot until it ends)."""

STOP_GRACE_SECONDS = 2.0
"""How long past its timeout a statement may take to be stopped and reported by the database
before the caller gets 504 instead of waiting longer."""

FETCH_SIZE = 100
"""Records asked from the server at a time: the byte cap is checked between records, so a
batch is what may arrive beyond it."""

DEFAULT_BYTE_CAP = 4_000_000
"""Bytes of rows (as JSON) one answer carries at most, unless the caller gives its own cap."""

READ_PROCEDURES: frozenset[str] = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)
"""Procedures a statement may CALL (lower case); every other procedure is refused."""

FUNCTION_NAMESPACES: frozenset[str] = frozenset(
    {
        "date",
        "datetime",
        "localdatetime",
        "localtime",
        "time",
        "duration",
        "point",
        "vector.similarity",
    }
)
"""Namespaces of the built-in functions a statement may call (lower case; `graph.*` is for USE
and composite databases, everything else — apoc, gds, plugins — is refused)."""

DATABASE_REFUSALS: frozenset[str] = frozenset(
    {
        "Neo.ClientError.Statement.AccessMode",
        "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
        "Neo.ClientError.Statement.NotSystemDatabaseError",
        "Neo.ClientError.Security.Forbidden",
    }
)
"""Neo4j's codes for a statement it refuses because it writes or administers (403, not 400)."""

MEMORY_CODES: frozenset[str] = frozenset({"Neo.TransientError.General.MemoryPoolOutOfMemoryError"})

QUERY_TYPES = {
    "r": "read only",
    "rw": "read and write",
    "w": "write only",
    "s": "schema or administration",
}
"""Neo4j's query types (the `type` of a result summary), as said in refusals."""

PLAN_CODE = "KG.Console.NotReadOnlyPlan"
TEXT_CODE = CypherRefused.default_code
COUNTERS_CODE = "KG.Console.Updated"

_slots = threading.BoundedSemaphore(MAX_RUNNING)
_pool = ThreadPoolExecutor(max_workers=MAX_RUNNING, thread_name_prefix="cypher-console")


class CypherResult(BaseModel):
    """What a read-only statement returned."""

    columns: list[str] = Field(examples=[["owner", "percent"]])
    rows: list[list[Any]] = Field(
        examples=[[["catl", 51.0], ["baic", 39.0]]],
        description="one list per row, in column order; nodes, relationships and paths as JSON",
    )
    row_count: int = Field(description="rows returned here (at most row_cap)")
    truncated: bool = Field(
        description="true when the statement produced more rows than returned here"
    )
    truncated_by: Literal["rows", "bytes"] | None = Field(
        None, description="the cap that cut the rows: row_cap rows or byte_cap bytes of rows"
    )
    row_cap: int
    byte_cap: int = Field(DEFAULT_BYTE_CAP, description="most bytes of rows (as JSON) returned")
    graph: Subgraph | None = Field(
        None, description="the nodes and relationships in the rows, when there are any"
    )
    elapsed_ms: float


# --- the text check -------------------------------------------------------------------------

_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Where our `//` comment ends: at \\r and \\n as in Neo4j's lexer, and at every other line
separator, earlier than Neo4j (text Neo4j takes for comment is then checked as code)."""
_CODE_SPACE = " \t\r\n"
_ESCAPE = re.compile(r"\\[uU]")
_WORD_CHARS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[0-9][A-Za-z0-9_]*(?:\.[0-9][A-Za-z0-9_]*)?")

_WRITE_WORDS = {
    "CREATE": "CREATE writes (nodes, relationships, indexes, constraints, users)",
    "INSERT": "INSERT writes",
    "MERGE": "MERGE writes",
    "SET": "SET writes properties or labels",
    "DELETE": "DELETE removes data",
    "DETACH": "DETACH DELETE removes data",
    "REMOVE": "REMOVE deletes properties or labels",
    "FOREACH": "FOREACH is only used to write",
    "DROP": "DROP changes the schema or the server",
    "ALTER": "ALTER changes the server",
    "RENAME": "RENAME changes the server",
    "GRANT": "GRANT changes privileges",
    "DENY": "DENY changes privileges",
    "REVOKE": "REVOKE changes privileges",
    "ENABLE": "ENABLE changes the server",
    "DEALLOCATE": "DEALLOCATE changes the server",
    "REALLOCATE": "REALLOCATE changes the server",
    "START": "START DATABASE changes the server",
    "STOP": "STOP DATABASE changes the server",
    "BEGIN": "transaction control is not available here",
    "COMMIT": "transaction control is not available here",
    "ROLLBACK": "transaction control is not available here",
    "PERIODIC": "USING PERIODIC COMMIT commits",
}
_OUTSIDE_WORDS = {
    "LOAD": "LOAD CSV reads files and URLs",
    "TERMINATE": "TERMINATE stops other sessions' transactions",
    "USE": "USE switches to another database",
    "TRANSACTION": "transactions are not available here (SHOW, TERMINATE, CALL … IN TRANSACTIONS)",
    "TRANSACTIONS": "transactions are not available here (SHOW, TERMINATE, CALL … IN TRANSACTIONS)",
    "CONCURRENT": "CALL … IN CONCURRENT TRANSACTIONS commits",
    "CYPHER": "query options (CYPHER …) are not available here",
}
_SHOW_WHAT = frozenset({"INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS"})
_SHOW_KINDS = frozenset(
    {
        "ALL",
        "RANGE",
        "TEXT",
        "POINT",
        "LOOKUP",
        "FULLTEXT",
        "VECTOR",
        "BTREE",
        "UNIQUE",
        "UNIQUENESS",
        "NODE",
        "RELATIONSHIP",
        "REL",
        "KEY",
        "EXIST",
        "EXISTS",
        "EXISTENCE",
        "PROPERTY",
        "TYPE",
    }
)


@dataclass(frozen=True)
class Token:
    """A piece of a statement as Cypher's lexer cuts it (comments and spaces are dropped)."""

    kind: Literal["word", "name", "string", "param", "number", "punct"]
    text: str
    """The word, the name without its backticks, the punctuation character."""


def _refuse(reason: str) -> CypherRefused:
    return CypherRefused(f"{reason}; only read-only Cypher runs here", TEXT_CODE)


def tokens(text: str) -> list[Token]:
    """Cut `text` into tokens the way Neo4j's lexer does, or refuse (`CypherRefused`) where
    our reading and Neo4j's could differ (see the module's wall 3)."""
    if _ESCAPE.search(text):
        raise _refuse(
            "\\u escapes are not accepted (Neo4j decodes them before reading the text, "
            "even in comments and strings): type the character itself"
        )
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _CODE_SPACE:
            i += 1
        elif text.startswith("//", i):
            ends = [k for k in (text.find(e, i + 2) for e in _LINE_ENDS) if k >= 0]
            i = min(ends) if ends else n
        elif text.startswith("/*", i):
            close = text.find("*/", i + 2)
            if close < 0:
                raise _refuse("a /* comment is not closed")
            i = close + 2
        elif c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise _refuse("a string is not closed")
            out.append(Token("string", text[i + 1 : j]))
            i = j + 1
        elif c == "`":
            name, i = _quoted(text, i)
            out.append(Token("name", name))
        elif c == "$":
            if text.startswith("`", i + 1):
                name, i = _quoted(text, i + 1)
            else:
                m = re.compile(r"[A-Za-z0-9_]*").match(text, i + 1)
                name, i = (m.group(0), m.end()) if m else ("", i + 1)
            out.append(Token("param", name))
        elif m := _WORD_CHARS.match(text, i):
            out.append(Token("word", m.group(0)))
            i = m.end()
        elif m := _NUMBER.match(text, i):
            out.append(Token("number", m.group(0)))
            i = m.end()
        elif not c.isascii() or not c.isprintable() or c == "\\":
            raise _refuse(
                f"character {c!r} (U+{ord(c):04X}) outside strings, comments and `quoted names`"
            )
        else:
            out.append(Token("punct", c))
            i += 1
    return out


def _quoted(text: str, start: int) -> tuple[str, int]:
    """The backticked name opening at `start` (`` `` `` is a backtick) and the index after it."""
    j = start + 1
    while True:
        close = text.find("`", j)
        if close < 0:
            raise _refuse("a `quoted name` is not closed")
        if text.startswith("``", close):
            j = close + 2
            continue
        return text[start + 1 : close].replace("``", "`"), close + 1


def check_text(text: str) -> None:
    """Refuse (raise `CypherRefused`) a statement that writes, administers, reaches outside
    the graph or calls a procedure or function outside the allow-lists. Conservative: a keyword
    used as a variable can be refused too; put such names in backticks."""
    toks = tokens(text)
    if toks and toks[-1].text == ";" and toks[-1].kind == "punct":
        toks = toks[:-1]
    if any(t.kind == "punct" and t.text == ";" for t in toks):
        raise _refuse("send one statement at a time (';' separates statements)")
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        before = toks[i - 1].text if i and toks[i - 1].kind == "punct" else ""
        after = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].kind == "punct" else ""
        if before == "." or after == ":":
            continue  # a property or name part, or a variable or map key before ':'
        if before == ":":
            continue  # a label or relationship type
        key = tok.text.upper()
        if key in _WRITE_WORDS:
            raise _refuse(_WRITE_WORDS[key])
        if key in _OUTSIDE_WORDS:
            raise _refuse(_OUTSIDE_WORDS[key])
        if key == "SHOW":
            _check_show(toks, i + 1)
        elif key == "CALL":
            _check_call(toks, i + 1)
    _check_functions(toks)


def _check_show(toks: list[Token], pos: int) -> None:
    """SHOW [kind …] INDEX(ES)|CONSTRAINT(S) only."""
    while pos < len(toks) and toks[pos].kind == "word":
        word = toks[pos].text.upper()
        if word in _SHOW_WHAT:
            return
        if word not in _SHOW_KINDS:
            break
        pos += 1
    raise _refuse("only SHOW INDEXES and SHOW CONSTRAINTS are allowed")


def _qualified(toks: list[Token], pos: int) -> tuple[str, int]:
    """The dotted name (words or backticked parts) starting at `pos`, and the index after it."""
    parts: list[str] = []
    while pos < len(toks) and toks[pos].kind in ("word", "name"):
        parts.append(toks[pos].text)
        pos += 1
        if pos < len(toks) and toks[pos].kind == "punct" and toks[pos].text == ".":
            pos += 1
            continue
        break
    return ".".join("".join(p.split()) for p in parts), pos


def _check_call(toks: list[Token], pos: int) -> None:
    """CALL { … } and CALL (…) { … } are subqueries; any other CALL must name a procedure on
    `READ_PROCEDURES` (backticks do not make a name a subquery)."""
    if pos >= len(toks):
        return  # nothing follows: the statement fails anyway
    first = toks[pos]
    if first.kind == "punct" and first.text == "{":
        return
    if first.kind == "punct" and first.text == "(":
        depth = 0
        for j in range(pos, len(toks)):
            if toks[j].kind == "punct" and toks[j].text == "(":
                depth += 1
            elif toks[j].kind == "punct" and toks[j].text == ")":
                depth -= 1
                if depth == 0:
                    nxt = toks[j + 1] if j + 1 < len(toks) else None
                    if nxt is not None and nxt.kind == "punct" and nxt.text == "{":
                        return  # CALL (x, y) { … }: a subquery with an importing scope
                    break
        raise _refuse("CALL must name a procedure or open a subquery: CALL { … }")
    name, _ = _qualified(toks, pos)
    if name.lower() not in READ_PROCEDURES:
        raise _refuse(
            f"procedure {name or first.text} is not on the read-only list "
            f"({', '.join(sorted(READ_PROCEDURES))})"
        )


def _check_functions(toks: list[Token]) -> None:
    """A dotted name followed by '(' outside CALL is a function: its namespace must be on
    `FUNCTION_NAMESPACES`."""
    i = 0
    while i < len(toks):
        tok = toks[i]
        prev = toks[i - 1] if i else None
        starts_name = tok.kind in ("word", "name") and not (
            prev is not None and prev.kind == "punct" and prev.text == "."
        )
        if not starts_name:
            i += 1
            continue
        name, end = _qualified(toks, i)
        called = end < len(toks) and toks[end].kind == "punct" and toks[end].text == "("
        after_call = prev is not None and prev.kind == "word" and prev.text.upper() == "CALL"
        if called and not after_call and "." in name:
            namespace = name.rsplit(".", 1)[0].lower()
            if namespace not in FUNCTION_NAMESPACES:
                raise _refuse(f"function {name} is not allowed")
        i = max(end, i + 1)


# --- running a statement --------------------------------------------------------------------


def run_read_only(
    graph: Graph,
    text: str,
    params: dict[str, Any] | None,
    *,
    timeout: float,
    row_cap: int,
    byte_cap: int = DEFAULT_BYTE_CAP,
) -> CypherResult:
    """Run a user's statement read-only within `timeout` seconds, at most `row_cap` rows and
    `byte_cap` bytes of rows, behind all the walls of this module.

    Raises a `ConsoleError` (`CypherRefused`, `CypherFailed`, `CypherTimeout`, `CypherTooLarge`,
    `ConsoleBusy`, `DatabaseNotAnswering`), or `DatabaseUnavailable` when the database cannot be
    reached. Answers within `timeout + STOP_GRACE_SECONDS`.
    """
    if not _slots.acquire(blocking=False):
        raise ConsoleBusy(f"{MAX_RUNNING} statements are already running; retry shortly")
    started = time.monotonic()
    try:
        future = _pool.submit(
            run_rolled_back, graph, text, params, timeout, row_cap, started, byte_cap
        )
    except BaseException:
        _slots.release()
        raise
    future.add_done_callback(lambda _: _slots.release())
    waited = timeout + STOP_GRACE_SECONDS
    try:
        return future.result(timeout=waited)
    except FutureTimeout:
        raise DatabaseNotAnswering(
            f"the database neither answered nor stopped the statement within {waited:g} s "
            "(its time limit plus a grace); the statement keeps its console slot until the "
            "database ends it"
        ) from None


def _plan_text(toks_text: str) -> str:
    """`EXPLAIN` + the statement (a statement that starts with EXPLAIN is its own plan)."""
    m = re.match(r"\s*(EXPLAIN|PROFILE)\b", toks_text, re.IGNORECASE)
    if m and m.group(1).upper() == "EXPLAIN":
        return toks_text
    if m:
        return toks_text[: m.start(1)] + "EXPLAIN" + toks_text[m.end(1) :]
    # On a line of its own, so that the user's text keeps its columns in Neo4j's messages
    # (`_unshifted` takes the line and the offset back).
    return PLAN_PREFIX + toks_text


PLAN_PREFIX = "EXPLAIN\n"
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")


def _unshifted(message: str) -> str:
    """Neo4j's message about `PLAN_PREFIX` + the statement, with the positions of the user's
    own text (one line and len(PLAN_PREFIX) characters less)."""

    def back(m: re.Match[str]) -> str:
        line, column, offset = (int(g) for g in m.groups())
        offset = max(offset - len(PLAN_PREFIX), 0)
        return f"(line {max(line - 1, 1)}, column {column} (offset: {offset}))"

    return _POSITION.sub(back, message)


def _text_refusal(text: str) -> CypherRefused | None:
    try:
        check_text(text)
    except CypherRefused as exc:
        return exc
    return None


def run_rolled_back(
    graph: Graph,
    text: str,
    params: dict[str, Any] | None,
    timeout: float,
    row_cap: int,
    started: float | None = None,
    byte_cap: int = DEFAULT_BYTE_CAP,
    *,
    walls: tuple[str, ...] = ("plan", "text"),
) -> CypherResult:
    """Run `text` in a READ transaction that is always rolled back, behind Neo4j's plan check
    and the text check (`walls`: tests leave them out to show what the database alone does);
    read at most `row_cap` rows and `byte_cap` bytes; raise `CypherRefused` when the counters
    show an update. This is the worker `run_read_only` runs in a thread."""
    started = time.monotonic() if started is None else started
    deadline = started + timeout
    params = dict(params or {})
    planning = False  # while Neo4j plans the statement (its failure is `_plan_failure`)
    try:
        with graph.read_rolled_back(timeout, fetch_size=max(1, min(row_cap + 1, FETCH_SIZE))) as tx:
            if "plan" in walls:
                planning = True
                _check_plan(tx, text, params)
                planning = False
            if "text" in walls:
                check_text(text)
            read = _read(tx, text, params, deadline, row_cap, byte_cap, started)
    except StatementError as exc:
        if planning:
            raise _plan_failure(exc, text, "text" in walls) from exc
        raise _translated(exc) from exc
    # Outside the transaction: the subgraph's lookup is a statement of ours, whose errors are
    # the service's (a bug of ours, an outage), not the user's statement's.
    return _result(graph, read, row_cap, byte_cap, started)


def _send(tx: neo4j.Transaction, text: str, params: dict[str, Any]) -> neo4j.Result:
    try:
        return tx.run(text, params)
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:  # packing
        raise CypherFailed(f"the statement or a parameter cannot be sent: {exc}") from exc


def _check_plan(tx: neo4j.Transaction, text: str, params: dict[str, Any]) -> None:
    """Wall 2: Neo4j plans the statement (nothing runs); only query type `r` passes. When
    Neo4j cannot plan it, `_plan_failure` says why."""
    summary = _send(tx, _plan_text(text), params).consume()
    kind = summary.query_type or "?"
    if kind != "r":
        raise CypherRefused(
            f"Neo4j plans this statement as {QUERY_TYPES.get(kind, kind)} (query type "
            f"{kind!r}); only read-only Cypher runs here",
            PLAN_CODE,
        )


def _plan_failure(exc: StatementError, text: str, texts: bool) -> ConsoleError:
    """The answer when Neo4j could not plan the statement: the text check says whether it is
    refused (403) or just wrong (400, Neo4j's message with the user's own positions)."""
    refusal = _text_refusal(text) if texts else None
    if refusal is not None:
        return refusal
    shifted = _plan_text(text).startswith(PLAN_PREFIX)
    return _translated(exc, _unshifted(exc.message) if shifted else None)


def _translated(exc: StatementError, message: str | None = None) -> ConsoleError:
    """The console's error for the database's `exc` (`message`: Neo4j's text with positions
    corrected)."""
    code = exc.code
    message = message or exc.message or code
    if isinstance(exc, QueryTimedOut):
        return CypherTimeout(f"the database stopped the statement: {message}", code)
    if code in DATABASE_REFUSALS:
        return CypherRefused(
            f"Neo4j refused the statement: {message}; only read-only Cypher runs here", code
        )
    if code in MEMORY_CODES:
        return CypherTooLarge(
            f"the statement needs more memory than the database allows: {message}", code
        )
    if isinstance(exc, DatabaseBusy):
        return ConsoleBusy(f"the database could not run the statement now: {message}", code)
    return CypherFailed(message, code)


@dataclass
class _Rows:
    """What the statement returned, as read within the caps."""

    columns: list[str]
    values: list[list[Any]]
    """The driver's values (nodes, relationships, paths), for the subgraph."""
    plain: list[Any]
    truncated_by: Literal["rows", "bytes"] | None


def _read(
    tx: neo4j.Transaction,
    text: str,
    params: dict[str, Any],
    deadline: float,
    row_cap: int,
    byte_cap: int,
    started: float,
) -> _Rows:
    """Wall 1 and the caps: run the statement, read rows until a cap, check the counters."""
    result = _send(tx, text, params)
    columns = list(result.keys())
    rows: list[list[Any]] = []
    plain: list[Any] = []
    size = 0
    truncated_by: Literal["rows", "bytes"] | None = None
    try:
        for record in result:
            if len(rows) >= row_cap:
                truncated_by = "rows"
                break
            if time.monotonic() > deadline:
                raise CypherTimeout(f"the statement ran longer than {deadline - started:g} s")
            values = list(record.values())
            converted = to_plain(values)
            size += len(json.dumps(converted, ensure_ascii=False, default=str)) + 1
            if size > byte_cap:
                if not rows:
                    raise CypherTooLarge(
                        f"the first row alone is larger than {byte_cap:,} bytes; return fewer "
                        "or smaller values"
                    )
                truncated_by = "bytes"
                break
            rows.append(values)
            plain.append(converted)
        counters = result.consume().counters
    except RecursionError:
        raise CypherFailed("the result nests lists or maps too deeply to send") from None
    if counters.contains_updates or counters.contains_system_updates:
        raise CypherRefused(
            "the statement changed the database (the change was rolled back); "
            "only read-only Cypher runs here",
            COUNTERS_CODE,
        )
    return _Rows(columns, rows, plain, truncated_by)


def _result(graph: Graph, read: _Rows, row_cap: int, byte_cap: int, started: float) -> CypherResult:
    try:
        return CypherResult(
            columns=read.columns,
            rows=read.plain,
            row_count=len(read.values),
            truncated=read.truncated_by is not None,
            truncated_by=read.truncated_by,
            row_cap=row_cap,
            byte_cap=byte_cap,
            graph=_graph_of(graph, read.values),
            elapsed_ms=round((time.monotonic() - started) * 1000, 1),
        )
    except RecursionError:
        raise CypherFailed("the result nests lists or maps too deeply to send") from None


def _graph_of(graph: Graph, rows: list[list[Any]]) -> Subgraph | None:
    """The subgraph of every Node, Relationship and Path in the rows, or None when there are none.

    The driver gives the end nodes of a bare relationship without labels or properties; those
    are read by element id (`questions/console/nodes_by_element_id`) so the graph shows their names.
    """
    if not any(_has_graph(v) for row in rows for v in row):
        return None
    builder = SubgraphBuilder()
    bare = sorted(_bare_ends(rows))
    if bare:
        for r in graph.read("questions/console/nodes_by_element_id", {"ids": bare}):
            builder.add(r["n"])
    builder.add(rows)
    return builder.build()


def _bare_ends(value: Any) -> set[str]:
    """Element ids of relationship end nodes that came without labels."""
    if isinstance(value, Relationship):
        ends = (value.start_node, value.end_node)
        return {n.element_id for n in ends if n is not None and not n.labels}
    if isinstance(value, list | tuple):
        return set().union(*(_bare_ends(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return _bare_ends(list(value.values()))
    return set()


def _has_graph(value: Any) -> bool:
    if isinstance(value, Node | Relationship | Path):
        return True
    if isinstance(value, list | tuple):
        return any(_has_graph(v) for v in value)
    if isinstance(value, dict):
        return any(_has_graph(v) for v in value.values())
    return False
