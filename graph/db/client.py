"""Access to the graph database: the one query path (official `neo4j` driver over Bolt).

`Graph` runs named statements from `cypher/` with parameters. It is the one place that opens
sessions and the one that translates the driver's errors, into the classes of `graph.errors`:
outages are `DatabaseUnavailable` (the driver reconnects by itself when the database is back), a
statement stopped for time `QueryTimedOut`, a statement the database refuses `StatementRejected`,
its transient and internal failures `DatabaseBusy` and `DatabaseFailed`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, Query, RoutingControl
from neo4j.exceptions import (
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.db import queries
from graph.db.settings import DatabaseSettings
from graph.errors import (
    DatabaseBusy,
    DatabaseFailed,
    DatabaseUnavailable,
    QueryTimedOut,
    StatementError,
    StatementRejected,
)

Record = dict[str, Any]


LIVENESS_CHECK_AFTER = 10.0
"""Seconds a pooled connection may sit idle before the driver checks it (a RESET round trip)
before use. Checking it every time cost a round trip per query (BENCHMARKS.md, "Measurements
behind choices in the code"). A connection that died while in use fails its query;
`execute_query` retries on a fresh one, and the driver empties the pool of a server it found
gone."""


TIMED_OUT_CODES = frozenset(
    {
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    }
)
"""The codes of a statement Neo4j stopped for time (the timeout sent with the query, or its
`db.transaction.timeout`)."""


class Graph:
    """A connection to one database through the official driver."""

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str | None,
        read_timeout: float | None = None,
    ) -> None:
        self.uri = uri
        self.database = database
        self.read_timeout = read_timeout
        """Seconds sent with every read unless the call gives its own (None: the server's)."""
        self.driver = GraphDatabase.driver(
            uri,
            auth=(user, password),
            connection_acquisition_timeout=5.0,
            connection_timeout=3.0,
            max_transaction_retry_time=2.0,
            liveness_check_timeout=LIVENESS_CHECK_AFTER,
            # Neo4j's warnings about property keys an empty graph lacks yet (every first load)
            # would be logged on each statement; the statements are fixed and tested.
            notifications_min_severity="OFF",
        )
        self._backend: str | None = None

    @classmethod
    def from_settings(cls, settings: DatabaseSettings) -> Graph:
        """Connect to the database at `settings.neo4j_uri`."""
        return cls(
            settings.neo4j_uri or "",
            settings.neo4j_user,
            settings.neo4j_password,
            settings.neo4j_database,
            settings.read_timeout_seconds,
        )

    def close(self) -> None:
        """Close the driver and its connections."""
        self.driver.close()

    @property
    def backend(self) -> str:
        """The server's agent string (e.g. `Neo4j/5.26.30`), asked once."""
        if self._backend is None:
            with self._translate():
                info = self.driver.get_server_info()
            self._backend = str(info.agent)
        return self._backend

    def read(
        self, name: str, params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> list[Record]:
        """Run the named read query and return its rows as dicts of driver values.

        `timeout` (seconds, default `read_timeout`) is sent with the query; a statement the
        server stops for time raises `QueryTimedOut`."""
        timeout = self.read_timeout if timeout is None else timeout
        return self.run_text(queries.get(name), params, timeout=timeout, write=False)

    def stream(
        self, name: str, params: Mapping[str, Any] | None = None, size: int = 10_000
    ) -> Iterator[list[Record]]:
        """Run the named read query and yield its rows in lists of at most `size`, fetched from
        the server as they are consumed (for results too large to hold at once)."""
        with (
            self._translate(),
            self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS, fetch_size=size
            ) as session,
        ):
            batch: list[Record] = []
            for record in session.run(Query(queries.get(name)), dict(params or {})):
                batch.append(dict(record.items()))
                if len(batch) >= size:
                    yield batch
                    batch = []
            if batch:
                yield batch

    def write(self, name: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        """Run the named write query in its own transaction and return its rows."""
        return self.run_text(queries.get(name), params, write=True)

    def run_text(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        write: bool = False,
    ) -> list[Record]:
        """Run query text that came from a `cypher/` file (never from user input)."""
        with self._translate():
            records, _, _ = self.driver.execute_query(
                Query(text, timeout=timeout),
                dict(params or {}),
                database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ,
            )
        return [dict(r.items()) for r in records]

    @contextmanager
    def transaction(self) -> Iterator[neo4j.Transaction]:
        """An explicit write transaction: committed when the block ends, rolled back on error."""
        with self._translate(), self.driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                yield tx
                tx.commit()
            except BaseException:
                tx.rollback()
                raise
            finally:
                tx.close()

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            self.read("db/ping")
        except DatabaseUnavailable:
            return False
        return True

    @contextmanager
    def read_rolled_back(
        self, timeout: float, fetch_size: int = 1000
    ) -> Iterator[neo4j.Transaction]:
        """A READ transaction, always rolled back, for statements that are not ours (the Cypher
        console): Neo4j refuses every write in it, and nothing that ran in it is kept.

        `timeout` (seconds) is sent with BEGIN, so the database stops the transaction there;
        `fetch_size` records are asked from the server at a time. Driver errors raised in the
        block come out of it as the classes of `graph.errors`."""
        with (
            self._translate(),
            self.driver.session(
                database=self.database,
                default_access_mode=neo4j.READ_ACCESS,
                fetch_size=fetch_size,
            ) as session,
        ):
            tx = session.begin_transaction(timeout=timeout)
            try:
                yield tx
            finally:
                try:
                    tx.rollback()
                except (DriverError, Neo4jError, OSError):
                    pass  # the connection is gone or the transaction failed: nothing to keep

    @contextmanager
    def _translate(self) -> Iterator[None]:
        try:
            yield
        except (ServiceUnavailable, SessionExpired) as exc:
            raise DatabaseUnavailable(f"the graph database at {self.uri} is unreachable") from exc
        except Neo4jError as exc:
            raise _statement_error(exc) from exc
        except (DriverError, OSError) as exc:
            raise DatabaseUnavailable(f"the graph database at {self.uri} is unreachable") from exc


def _statement_error(exc: Neo4jError) -> StatementError:
    """The `graph.errors` class of an error the database answered a statement with."""
    code, message = exc.code or "", exc.message or ""
    if code in TIMED_OUT_CODES:
        return QueryTimedOut(
            f"the database stopped the query after its time limit: {message}", code, message
        )
    if isinstance(exc, ClientError):
        return StatementRejected(
            f"the database refused a statement: {code}: {message}", code, message
        )
    if isinstance(exc, TransientError):
        return DatabaseBusy(f"{code}: {message}", code, message)
    return DatabaseFailed(f"{code}: {message}", code, message)


def run_tx(
    tx: neo4j.Transaction, name: str, params: Mapping[str, Any] | None = None
) -> list[Record]:
    """Run the named query inside an open transaction and return its rows."""
    result = tx.run(queries.get(name), dict(params or {}))
    return [dict(r.items()) for r in result]
