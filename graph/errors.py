"""What can go wrong answering a question: every error of the graph layer, under `GraphError`.

The classes say what happened, never which HTTP status it is: app/errors.py gives each class
its answer in one table (tests/test_api_errors.py checks that none is missing). Driver errors
never leave `graph.db.client.Graph` as such; it raises the database classes below.
"""

from __future__ import annotations


class GraphError(Exception):
    """The root of the graph layer's errors."""


# --- the database ---------------------------------------------------------------------------


class DatabaseUnavailable(GraphError):
    """The database cannot be reached right now."""


class StatementError(GraphError):
    """The database ended a statement with an error; `code` and `message` are Neo4j's own."""

    def __init__(self, text: str, code: str = "", message: str = "") -> None:
        super().__init__(text)
        self.code = code
        self.message = message


class QueryTimedOut(StatementError):
    """The database stopped a statement that ran longer than its time limit."""


class StatementRejected(StatementError):
    """The database refused the statement as wrong (a Neo4j ClientError). For a statement from
    `cypher/` that is a bug of ours, in the statement or in the parameters sent with it."""


class DatabaseBusy(StatementError):
    """The database could not run the statement now (a Neo4j TransientError: memory, locks);
    the same statement may succeed later."""


class DatabaseFailed(StatementError):
    """The database failed on its side (a Neo4j DatabaseError)."""


class UnknownQueryError(GraphError):
    """No `.cypher` file has that name (names are fixed in the code: a bug of ours)."""


# --- questions ------------------------------------------------------------------------------


class InvalidQuestion(GraphError):
    """A question asked wrongly (a path from an entity to itself, a search with no letter);
    `field` names the part of the question at fault and `value` is what was given."""

    def __init__(self, message: str, field: str, value: object) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class EntityNotFound(GraphError):
    """No entity (of the expected labels) has the id; `suggestions` are the nearest ids."""

    def __init__(self, entity_id: str, suggestions: list[str], expected: str = "entity") -> None:
        super().__init__(f"no {expected} with id {entity_id!r}")
        self.entity_id = entity_id
        self.suggestions = suggestions


# --- the Cypher console (graph.questions.console) -------------------------------------------


class ConsoleError(GraphError):
    """A statement the console does not answer; `str()` says why, `code` names what stopped it
    (Neo4j's code when the database did)."""

    default_code = "KG.Console.Failed"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code or self.default_code


class CypherRefused(ConsoleError):
    """The statement writes, administers or reaches outside the graph (nothing kept)."""

    default_code = "KG.Console.TextRefused"


class CypherFailed(ConsoleError):
    """The database rejected the statement (syntax, unknown function, type error…)."""


class CypherTimeout(ConsoleError):
    """The statement ran past the time limit; the database stopped it."""

    default_code = "KG.Console.Timeout"


class CypherTooLarge(ConsoleError):
    """Not even one row fits in the byte cap, or the statement needs too much memory."""

    default_code = "KG.Console.TooLarge"


class ConsoleBusy(ConsoleError):
    """Too many statements are running; try again shortly."""

    default_code = "KG.Console.Busy"


class DatabaseNotAnswering(ConsoleError):
    """The database neither answered nor stopped the statement in time (paused, overloaded)."""

    default_code = "KG.Console.NoAnswer"
