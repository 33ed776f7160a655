"""`kg`: validate and load the curated facts, serve the API, run named queries, print stats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.browser_params import browser_params
from app.cli_analytics import analytics_cli
from app.settings import get_settings
from graph.db import queries
from graph.db.client import DatabaseUnavailable, Graph
from graph.db.connection import open_graph
from graph.db.server import USER, Neo4jServer, Neo4jStartError
from graph.db.values import to_plain
from graph.errors import StatementError
from graph.questions.stats import counts, last_load
from loaders.pipeline import load as load_data
from loaders.pipeline import validate as validate_data
from loaders.problems import LoadError
from loaders.write import LoadSummary

# Settings: each command reads them once, where it starts (`get_settings()`), and hands them
# on; nothing here reads them at import time (the service's routes take `SettingsDep`).
cli = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
cli.add_typer(analytics_cli, name="analytics")
out = Console()
err = Console(stderr=True)

WRITE_QUERY_PREFIXES = ("loaders/", "tests/", "schema")
"""Named statements that write: `kg query` refuses them (loading is `kg load`)."""

DataOpt = Annotated[Path | None, typer.Option("--data", help="data folder (default: KG_DATA_DIR)")]


def _fail(message: str) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(1)


def _problems(exc: LoadError) -> typer.Exit:
    err.print(f"[bold red]{len(exc.problems)} problem(s); nothing was written:[/]")
    for p in exc.problems:
        err.print(f"  {p}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def _summary_table(summary: LoadSummary) -> Table:
    table = Table(title=f"Load: {summary.files} files in {summary.seconds:.2f} s")
    for col in ("kind", "created", "updated", "removed", "unchanged"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    kinds = sorted(
        set(summary.created) | set(summary.updated) | set(summary.removed) | set(summary.unchanged)
    )
    for k in kinds:
        table.add_row(
            k,
            *(
                str(c[k])
                for c in (summary.created, summary.updated, summary.removed, summary.unchanged)
            ),
        )
    return table


def run_load(graph: Graph, data_dir: Path, *, full: bool = False) -> LoadSummary:
    """Load `data_dir` into `graph` with a progress bar; print and return the summary."""
    columns = (
        TextColumn("{task.description:<22}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        files = bar.add_task("validating files", total=None)
        write = bar.add_task("writing", total=None, visible=False)

        def on_file(stage: str, _: Path) -> None:
            if stage == "resolving" and bar.tasks[files].description != "resolving names":
                bar.update(files, description="resolving names", completed=0)
            bar.advance(files)

        def on_rows(stage: str, n: int, total: int | None) -> None:
            bar.update(write, total=total, visible=True, description=f"writing {stage}")
            bar.advance(write, n)

        summary = load_data(graph, data_dir, progress=on_rows, on_file=on_file, full=full)
        bar.update(files, total=bar.tasks[files].completed)
        bar.update(write, description="written", visible=True, total=bar.tasks[write].total or 0)
    out.print(_summary_table(summary))
    if summary.skipped:
        out.print(
            "The files and the loader are those of the last load into this database: nothing "
            "written. (`kg load --full` compares every row with the database.)"
        )
    elif not summary.changed:
        out.print("The graph already matched the files: nothing written.")
    return summary


@cli.command()
def validate(data: DataOpt = None) -> None:
    """Check every curated file (schema, names, countries, stakes) without touching a database."""
    data_dir = data or get_settings().data_dir
    try:
        rows, files = validate_data(data_dir)
    except LoadError as exc:
        raise _problems(exc) from None
    with rows:
        c = rows.counts()
    out.print(f"{files} files valid: " + ", ".join(f"{v} {k}" for k, v in sorted(c.items())))


FullOpt = Annotated[
    bool,
    typer.Option(
        "--full",
        help="compare every row with the database even when the files match the last load",
    ),
]


@cli.command()
def load(data: DataOpt = None, full: FullOpt = False) -> None:
    """Validate, then sync the database to the files (created / updated / removed)."""
    settings = get_settings()
    try:
        with open_graph(settings) as graph:
            out.print(f"Database: {graph.uri} ({graph.backend})")
            run_load(graph, data or settings.data_dir, full=full)
    except LoadError as exc:
        raise _problems(exc) from None
    except (DatabaseUnavailable, Neo4jStartError) as exc:
        raise _fail(str(exc)) from None


@cli.command()
def serve(
    data: DataOpt = None,
    host: Annotated[str | None, typer.Option(help="default: KG_HOST")] = None,
    port: Annotated[int | None, typer.Option(help="default: KG_PORT")] = None,
    skip_load: Annotated[bool, typer.Option("--no-load", help="serve what is stored")] = False,
) -> None:
    """Start the project's Neo4j (without NEO4J_URI), load the facts, serve the API until Ctrl-C."""
    import uvicorn

    from app.main import create_app

    settings = get_settings()
    server = None if settings.neo4j_uri else Neo4jServer.from_settings(settings)
    try:
        with open_graph(settings, server) as graph:
            out.print(f"Database: {graph.uri} ({graph.backend})")
            if not skip_load:
                run_load(graph, data or settings.data_dir)
            h, p = host or settings.host, port or settings.port
            out.print(f"Service:       http://{h}:{p}  (API docs at /docs)")
            out.print(f"Network views: http://{h}:{p}/  (one entity: /view/entity/catl)")
            if server is not None:
                out.print(f"Neo4j Browser: {server.browser_url}")
                out.print(
                    f"               user {USER}, password {settings.neo4j_password} "
                    "(NEO4J_PASSWORD); Connect, then try the queries in cypher/explore/"
                )
            out.print("Ctrl-C stops the service and the database.")
            uvicorn.run(create_app(graph), host=h, port=p, log_level="warning")
    except LoadError as exc:
        raise _problems(exc) from None
    except (DatabaseUnavailable, Neo4jStartError) as exc:
        raise _fail(str(exc)) from None
    out.print("Stopped.")


def _param(text: str) -> tuple[str, Any]:
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise typer.BadParameter(f"{text!r}: expected key=value")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key, value


def _node_text(node: Node) -> str:
    return f"({node.get('id') or node.element_id})"


def _cell(value: Any) -> str:
    """A compact text for a table cell: (id) for nodes, (a)-[:TYPE]->(b) for paths."""
    if isinstance(value, str):
        return value
    if isinstance(value, Node):
        return _node_text(value)
    if isinstance(value, Relationship):
        return f"[:{value.type}]"
    if isinstance(value, GraphPath):
        text = _node_text(value.start_node)
        for i, rel in enumerate(value.relationships):
            before, after = value.nodes[i], value.nodes[i + 1]
            forward = rel.start_node is not None and rel.start_node.element_id == before.element_id
            text += f"-[:{rel.type}]->" if forward else f"<-[:{rel.type}]-"
            text += _node_text(after)
        return text
    if isinstance(value, list) and any(
        isinstance(v, Node | Relationship | GraphPath) for v in value
    ):
        return ", ".join(_cell(v) for v in value)
    return json.dumps(to_plain(value), ensure_ascii=False)


@cli.command()
def query(
    name: Annotated[str, typer.Argument(help="a query name, e.g. explore/owners")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value")] = None,
) -> None:
    """Run a named query from cypher/ and print its rows as a table.

    Parameters default to the query's documented `// :param` values; `-p key=value` overrides."""
    readable = [n for n in queries.names() if not n.startswith(WRITE_QUERY_PREFIXES)]
    if name not in readable:
        raise _fail(f"no read query named {name!r}; known: {', '.join(readable)}")
    defaults = browser_params(queries.get(name))
    params = {**defaults, **dict(_param(p) for p in param or [])}
    if defaults:
        shown = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in params.items())
        err.print(f"parameters: {shown}", highlight=False)
    try:
        with open_graph(get_settings()) as graph:
            rows = graph.read(name, params)
    except (DatabaseUnavailable, Neo4jStartError) as exc:
        raise _fail(str(exc)) from None
    except StatementError as exc:  # the parameters given, most likely
        raise _fail(
            f"{name}: {exc.message or exc.code} (pass parameters with -p key=value)"
        ) from None
    table = Table(title=f"{name}: {len(rows)} row(s)")
    cols = list(rows[0]) if rows else []
    for col in cols:
        table.add_column(col)
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in cols))
    out.print(table)


@cli.command()
def stats() -> None:
    """Print node and relationship counts and when the last load ran."""
    try:
        with open_graph(get_settings()) as graph:
            nodes, rels = counts(graph)
            last = last_load(graph)
    except (DatabaseUnavailable, Neo4jStartError) as exc:
        raise _fail(str(exc)) from None
    table = Table(title="Graph")
    table.add_column("kind")
    table.add_column("count", justify="right")
    for k, v in {**nodes, **rels}.items():
        table.add_row(k, str(v))
    out.print(table)
    out.print(f"Last load: {last['at']}" if last else "Never loaded.")


def main() -> None:
    """Console entry point."""
    cli()


if __name__ == "__main__":
    main()
