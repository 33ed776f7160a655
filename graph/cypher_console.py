"""Read-only Cypher for users: run their statement without ever changing the database.

In: statement text and parameters typed by a user (the one place text not from `cypher/` runs;
it is run as-is and never concatenated into other Cypher). Out: `CypherResult` (columns, rows made
JSON, a nodes-and-edges graph when rows hold nodes, relationships or paths), or one of the
`ConsoleError`s.

Guards, in order:
1. `check_read_only` refuses, before anything runs, statements that write (CREATE, MERGE, SET,
   DELETE, REMOVE, FOREACH, LOAD CSV, CALL … IN TRANSACTIONS), change the schema or the server
   (CREATE/DROP INDEX or CONSTRAINT, ALTER, GRANT…), or call procedures outside a short read-only
   list (db.*create*, dbms.*, apoc.* …). Needed on ArcadeDB: a rolled-back CREATE still leaves new
   labels and relationship types in its schema, and a CREATE INDEX survives the rollback.
2. The statement runs in an explicit transaction that is always rolled back (ArcadeDB lets writes
   through READ sessions, so access mode alone protects nothing).
3. The result summary's counters: any update (contains_updates / contains_system_updates) is
   refused even though the rollback has undone it.
4. Time: the transaction timeout is sent with BEGIN (Neo4j stops it server-side; ArcadeDB
   ignores it and stops a statement only at its own `arcadedb.command.timeout`, set from
   KG_EMBEDDED_COMMAND_TIMEOUT), and a Python-side deadline answers the caller when it passes.
   At most `MAX_RUNNING` statements run at once, so statements the server keeps running cannot
   pile up.
5. Rows: at most `row_cap` rows are returned, with `truncated` set when there were more.

Values: floats that are not finite (NaN, ±Infinity) come back as the texts "NaN", "Infinity",
"-Infinity" (`graph.values.to_plain`); parameters or results nested too deeply to pack or convert
(RecursionError) are `CypherFailed` (the request model already caps parameter nesting).
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from neo4j.exceptions import (
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from neo4j.graph import Node, Path, Relationship
from pydantic import BaseModel, Field

from graph.db import TIMED_OUT_CODES, DatabaseUnavailable, Graph
from graph.subgraph import Subgraph, SubgraphBuilder
from graph.values import to_plain

MAX_RUNNING = 2
"""Statements that may run at the same time (a timed-out one keeps its slot until it ends)."""

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

_WRITE_WORDS = {
    "CREATE": "CREATE writes (nodes, relationships, indexes or constraints)",
    "MERGE": "MERGE writes",
    "SET": "SET writes properties or labels",
    "DELETE": "DELETE removes data",
    "DETACH": "DETACH DELETE removes data",
    "REMOVE": "REMOVE deletes properties or labels",
    "FOREACH": "FOREACH is only used to write",
    "DROP": "DROP changes the schema",
    "ALTER": "ALTER changes the server",
    "RENAME": "RENAME changes the server",
    "GRANT": "GRANT changes privileges",
    "DENY": "DENY changes privileges",
    "REVOKE": "REVOKE changes privileges",
    "TERMINATE": "TERMINATE stops other transactions",
    "LOAD": "LOAD CSV reads files and is used to write",
    "USE": "USE switches to another database",
    "ENABLE": "ENABLE changes the server",
    "DEALLOCATE": "DEALLOCATE changes the server",
    "REALLOCATE": "REALLOCATE changes the server",
}
_SHOW_ALLOWED = frozenset({"INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS"})
_REFUSED_NAMESPACES = ("apoc.", "gds.", "dbms.")

_LITERALS = re.compile(
    r"""//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`""", re.DOTALL
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
_QUALIFIED = re.compile(
    r"(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*))*"
)
"""A dotted name whose parts may be in backticks (procedure and function names)."""

_slots = threading.BoundedSemaphore(MAX_RUNNING)
_pool = ThreadPoolExecutor(max_workers=MAX_RUNNING, thread_name_prefix="cypher-console")


class ConsoleError(Exception):
    """A statement the console does not answer; `str()` says why."""


class CypherRefused(ConsoleError):
    """The statement writes or administers (refused before or after running; nothing kept)."""


class CypherFailed(ConsoleError):
    """The database rejected the statement (syntax, unknown function, type error…)."""


class CypherTimeout(ConsoleError):
    """The statement ran past the time limit."""


class ConsoleBusy(ConsoleError):
    """Too many statements are running; try again shortly."""


class CypherResult(BaseModel):
    """What a read-only statement returned."""

    columns: list[str] = Field(examples=[["owner", "percent"]])
    rows: list[list[Any]] = Field(
        examples=[[["catl", 51.0], ["baic", 39.0]]],
        description="one list per row, in column order; nodes, relationships and paths as JSON",
    )
    row_count: int = Field(description="rows returned here (at most row_cap)")
    truncated: bool = Field(description="true when the statement produced more than row_cap rows")
    row_cap: int
    graph: Subgraph | None = Field(
        None, description="the nodes and relationships in the rows, when there are any"
    )
    elapsed_ms: float


def _masked(text: str) -> str:
    """`text` with comments, string literals and quoted names blanked out (same length)."""
    return _LITERALS.sub(lambda m: " " * len(m.group(0)), text)


def check_read_only(text: str) -> None:
    """Refuse (raise `CypherRefused`) a statement that writes, administers or calls a procedure
    outside `READ_PROCEDURES`. Conservative: a keyword used as a name in an odd place can be
    refused too; put such names in backticks."""
    code = _masked(text)
    body = code.strip()
    if ";" in body.rstrip(";"):
        raise CypherRefused("send one statement at a time (';' separates statements)")
    plain = _uncommented(text)
    words = [
        (m.group(0), code[m.start() - 1] if m.start() else " ", _next_char(code, m.end()), m.end())
        for m in _WORD.finditer(code)
    ]
    upper = [w[0].upper() for w in words]
    for i, (word, before, after, end) in enumerate(words):
        if before in ".$:" or after == ":":
            continue  # a property, parameter, label/type or map key, not a keyword
        key = upper[i]
        lowered = word.lower()
        if lowered.startswith(_REFUSED_NAMESPACES):
            raise CypherRefused(f"{word} is not allowed: only read-only Cypher runs here")
        if key in _WRITE_WORDS:
            raise CypherRefused(f"{_WRITE_WORDS[key]}; only read-only Cypher runs here")
        if key == "IN" and upper[i + 1 : i + 2] == ["TRANSACTIONS"]:
            raise CypherRefused("CALL … IN TRANSACTIONS commits; only read-only Cypher runs here")
        if key in ("START", "STOP") and upper[i + 1 : i + 2] == ["DATABASE"]:
            raise CypherRefused(f"{key} DATABASE changes the server")
        if key == "SHOW" and not _SHOW_ALLOWED & set(upper[i + 1 : i + 4]):
            raise CypherRefused("only SHOW INDEXES and SHOW CONSTRAINTS are allowed here")
        if key == "CALL":
            _check_call(code, plain, end)
    for m in _QUALIFIED.finditer(plain):  # `apoc.x`(…): a quoted function name
        if "`" in m.group(0) and _next_char(code, m.end()) == "(":
            name = _unquoted(m.group(0))
            if name.lower().startswith(_REFUSED_NAMESPACES):
                raise CypherRefused(f"{name} is not allowed: only read-only Cypher runs here")


def _check_call(code: str, plain: str, pos: int) -> None:
    """Refuse the CALL ending at `pos` unless it opens a subquery (`CALL {` or `CALL (…) {`)
    or names a procedure on `READ_PROCEDURES`. The name is read from the text with comments and
    strings blanked but quoted names kept, backticks stripped: ``CALL `db.createLabel`(…)`` is
    the procedure db.createLabel, not a subquery."""
    start = len(plain) - len(plain[pos:].lstrip())
    if start >= len(plain):
        return  # nothing follows: not a call (the statement fails anyway)
    if plain[start] == "{":
        return
    if plain[start] == "(":
        close = _closing_paren(code, start)
        if close is not None and _next_char(code, close + 1) == "{":
            return  # CALL (x, y) { … }: a subquery with an importing scope
        raise CypherRefused("CALL must name a procedure or open a subquery: CALL { … }")
    m = _QUALIFIED.match(plain, start)
    name = _unquoted(m.group(0)) if m else plain[start:].split(None, 1)[0]
    if name.lower() not in READ_PROCEDURES:
        raise CypherRefused(
            f"procedure {name} is not on the read-only list ({', '.join(sorted(READ_PROCEDURES))})"
        )


def _closing_paren(code: str, start: int) -> int | None:
    """Index of the ')' closing the '(' at `start` in masked code, or None."""
    depth = 0
    for j in range(start, len(code)):
        if code[j] == "(":
            depth += 1
        elif code[j] == ")":
            depth -= 1
            if depth == 0:
                return j
    return None


def _uncommented(text: str) -> str:
    """`text` with comments and string literals blanked out but quoted names kept (same length)."""
    return _LITERALS.sub(
        lambda m: m.group(0) if m.group(0).startswith("`") else " " * len(m.group(0)), text
    )


def _unquoted(name: str) -> str:
    """A possibly backticked, dotted name as the database reads it: backticks and spaces gone."""
    return "".join(name.replace("`", "").split())


def _next_char(code: str, pos: int) -> str:
    rest = code[pos:].lstrip()
    return rest[:1] or " "


def run_read_only(
    graph: Graph,
    text: str,
    params: dict[str, Any] | None,
    *,
    timeout: float,
    row_cap: int,
) -> CypherResult:
    """Run a user's statement read-only within `timeout` seconds, at most `row_cap` rows.

    Raises `CypherRefused`, `CypherFailed`, `CypherTimeout`, `ConsoleBusy`, or
    `DatabaseUnavailable` when the database cannot be reached.
    """
    check_read_only(text)
    if not _slots.acquire(blocking=False):
        raise ConsoleBusy(f"{MAX_RUNNING} statements are already running; retry shortly")
    started = time.monotonic()
    try:
        future = _pool.submit(run_rolled_back, graph, text, params, timeout, row_cap, started)
    except BaseException:
        _slots.release()
        raise
    future.add_done_callback(lambda _: _slots.release())
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        raise CypherTimeout(
            f"the statement ran longer than {timeout:g} s and was abandoned; "
            "add a LIMIT or narrow the MATCH"
        ) from None


def run_rolled_back(
    graph: Graph,
    text: str,
    params: dict[str, Any] | None,
    timeout: float,
    row_cap: int,
    started: float | None = None,
) -> CypherResult:
    """Run `text` in an explicit transaction that is always rolled back; read at most `row_cap`
    rows; raise `CypherRefused` when the counters show an update. No text check here:
    `run_read_only` does that first (this is the worker it runs in a thread)."""
    started = time.monotonic() if started is None else started
    deadline = started + timeout
    try:
        with graph.driver.session(database=graph.database, fetch_size=min(row_cap + 1, 1000)) as s:
            tx = s.begin_transaction(timeout=timeout)
            try:
                try:
                    result = tx.run(text, dict(params or {}))
                except (TypeError, ValueError, OverflowError, RecursionError) as exc:  # packing
                    raise CypherFailed(
                        f"the statement or a parameter cannot be sent: {exc}"
                    ) from exc
                columns = list(result.keys())
                rows: list[list[Any]] = []
                truncated = False
                for record in result:
                    if len(rows) >= row_cap:
                        truncated = True
                        break
                    if time.monotonic() > deadline:
                        raise CypherTimeout(f"the statement ran longer than {timeout:g} s")
                    rows.append(list(record.values()))
                counters = result.consume().counters
            finally:
                tx.rollback()
    except (ServiceUnavailable, SessionExpired) as exc:
        raise DatabaseUnavailable(f"the graph database at {graph.uri} is unreachable") from exc
    except TransientError as exc:
        raise ConsoleBusy(f"the database could not run the statement now: {exc.message}") from exc
    except Neo4jError as exc:
        if exc.code in TIMED_OUT_CODES:
            raise CypherTimeout(f"the database stopped the statement: {exc.message}") from exc
        raise CypherFailed(exc.message or str(exc.code)) from exc
    except DriverError as exc:
        raise DatabaseUnavailable(f"the graph database at {graph.uri} is unreachable") from exc
    if counters.contains_updates or counters.contains_system_updates:
        raise CypherRefused(
            "the statement changed the database (the change was rolled back); "
            "only read-only Cypher runs here"
        )
    try:
        return CypherResult(
            columns=columns,
            rows=[to_plain(r) for r in rows],
            row_count=len(rows),
            truncated=truncated,
            row_cap=row_cap,
            graph=_graph_of(graph, rows),
            elapsed_ms=round((time.monotonic() - started) * 1000, 1),
        )
    except RecursionError:
        raise CypherFailed("the result nests lists or maps too deeply to send") from None


def _graph_of(graph: Graph, rows: list[list[Any]]) -> Subgraph | None:
    """The subgraph of every Node, Relationship and Path in the rows, or None when there are none.

    The driver gives the end nodes of a bare relationship without labels or properties; those
    are read by element id (`api/nodes_by_element_id`) so the graph shows their names.
    """
    if not any(_has_graph(v) for row in rows for v in row):
        return None
    builder = SubgraphBuilder()
    bare = sorted(_bare_ends(rows))
    if bare:
        for r in graph.read("api/nodes_by_element_id", {"ids": bare}):
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
