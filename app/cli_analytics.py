"""`kg analytics …`: supply-chain analytics from the command line, printed as tables."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table

from app.settings import get_settings
from graph.analytics.communities import LOUVAIN_SEED, communities
from graph.analytics.control import control
from graph.analytics.dependence import dependence
from graph.analytics.failure import single_points_of_failure
from graph.analytics.importance import CompanyScore, importance
from graph.analytics.networks import NETWORKS, Network, supply_graph
from graph.analytics.projection import fetch_projection
from graph.db.client import DatabaseUnavailable
from graph.db.connection import open_graph
from graph.db.server import Neo4jStartError

analytics_cli = typer.Typer(
    help="Supply-chain analytics (networkx on a Cypher projection).", no_args_is_help=True
)
out = Console()
err = Console(stderr=True)


def _projection() -> nx.MultiDiGraph:
    """Fetch the projection from the configured database; exit with a message on an outage."""
    try:
        with open_graph(get_settings()) as graph:
            return fetch_projection(graph)
    except (DatabaseUnavailable, Neo4jStartError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from None


def _pct(share: float | None) -> str:
    """A 0..1 share as a percentage; '?' when unknown."""
    return "?" if share is None else f"{100 * share:.1f} %"


def _score_table(title: str, scores: list[CompanyScore]) -> Table:
    table = Table(title=title)
    for col in ("company", "kind", "country", "PageRank", "betweenness"):
        table.add_column(col, justify="right" if col in ("PageRank", "betweenness") else "left")
    for s in scores:
        table.add_row(
            s.name, s.kind or "", s.country or "", f"{s.pagerank:.3f}", f"{s.betweenness:.3f}"
        )
    return table


@analytics_cli.command("importance")
def importance_cmd(
    network: Annotated[str, typer.Option(help=f"one of: {', '.join(NETWORKS)}")] = "all",
    country: Annotated[str | None, typer.Option(help="ISO code of a headquarters country")] = None,
    top: Annotated[int, typer.Option(min=1, help="companies to list")] = 10,
) -> None:
    """The most central companies (PageRank, betweenness), overall and per country."""
    if network not in NETWORKS:
        raise typer.BadParameter(f"{network!r}: expected one of {', '.join(NETWORKS)}")
    net: Network = network  # type: ignore[assignment]
    report = importance(_projection(), net, country, top)
    out.print(
        _score_table(
            f"{report.network} network: {report.companies} companies, {report.links} links",
            report.top,
        )
    )
    for group in report.by_country:
        out.print(_score_table(f"headquartered in {group.country}", group.companies))


@analytics_cli.command("dependence")
def dependence_cmd(
    buyer: Annotated[str, typer.Argument(help="company id, e.g. anker-innovations")],
) -> None:
    """Where a buyer's cells come from: by supplier and by country, HHI, unconfirmed share."""
    try:
        report = dependence(_projection(), buyer)
    except KeyError:
        err.print(f"[bold red]error:[/] no company with id {buyer!r}", highlight=False)
        raise typer.Exit(1) from None
    if not report.facts:
        out.print(f"No supply into {report.name} is known.")
        return
    table = Table(title=f"{report.name}: supply facts ({report.weighting})")
    for col in ("supplier", "product", "status", "share", "countries", "basis", "left out"):
        table.add_column(col)
    for f in report.facts:
        table.add_row(
            f.supplier_name,
            f.product or "",
            (f.status or "") if f.confirmed else f"[yellow]{f.status} (not confirmed)[/]",
            _pct(f.weight),
            ", ".join(f"{c} {_pct(s)}" for c, s in f.countries.items()),
            f.basis,
            ", ".join(f.plants_left_out),
        )
    out.print(table)
    by_country = Table(title="by country")
    for col in ("country", "share", "basis"):
        by_country.add_column(col)
    for c in report.by_country:
        by_country.add_row(c.country, _pct(c.share), ", ".join(c.basis))
    out.print(by_country)
    out.print(
        f"HHI {report.hhi:,.0f} over {len(report.by_supplier)} supplier(s); "
        f"{_pct(report.unconfirmed_share)} rests on facts that are not confirmed."
    )


@analytics_cli.command("spof")
def spof_cmd() -> None:
    """Companies, plants and links whose loss cuts buyers off from all their known suppliers."""
    report = single_points_of_failure(supply_graph(_projection()))
    table = Table(title=f"Single points of failure: {len(report.points)}")
    for col in ("kind", "name", "structural", "cuts off"):
        table.add_column(col)
    for p in report.points:
        table.add_row(
            p.kind, p.name, "yes" if p.structural else "", ", ".join(c.name for c in p.cuts_off)
        )
    out.print(table)


@analytics_cli.command("control")
def control_cmd() -> None:
    """Effective ownership of every joint venture and who controls it (over 50 %)."""
    for v in control(_projection()):
        names = {s.owner: s.name for s in v.owners}
        verdict = {
            "controlled": f"controlled by {names.get(v.controller or '', v.controller)}"
            + (
                f", ultimately by {names.get(v.ultimate_controller, v.ultimate_controller)}"
                if v.ultimate_controller and v.ultimate_controller != v.controller
                else ""
            ),
            "none": "no owner above 50 %",
            "unknown": "control unknown (stakes not stated)",
        }[v.control]
        table = Table(title=f"{v.name}: {verdict}")
        for col in ("owner", "effective", "paths"):
            table.add_column(col)
        for s in v.owners:
            effective = (
                f"{s.percent:g} %"
                if s.percent is not None
                else f"unknown (≥ {s.known_percent:g} %)"
            )
            table.add_row(s.name, effective, " | ".join(" → ".join(p) for p in s.paths))
        out.print(table)
        out.print(f"Not covered by any stated stake: {v.unstated_percent:g} %")


@analytics_cli.command("communities")
def communities_cmd(seed: Annotated[int, typer.Option(help="Louvain seed")] = LOUVAIN_SEED) -> None:
    """Clusters of companies that work together (Louvain, seeded so the answer is stable)."""
    report = communities(_projection(), seed)
    modularity = "n/a" if report.modularity is None else f"{report.modularity:.3f}"
    table = Table(title=f"Communities (seed {report.seed}, modularity {modularity})")
    table.add_column("#", justify="right")
    table.add_column("companies")
    for c in report.communities:
        table.add_row(str(c.number), ", ".join(m.name for m in c.members))
    if report.unlinked:
        table.add_row("-", "unlinked: " + ", ".join(m.name for m in report.unlinked))
    out.print(table)
