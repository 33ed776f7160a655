"""The rows the builder holds in memory, merged as they come, until they go to the row store.

Two kinds: rows that later files may state again (merged, then logged to the row store in
batches; the store merges a row logged in several), and final rows, which only the file being
built states (its source, its mentions, a plant it alone describes): stored at once, and handed
to `on_final` when given (the load writes them meanwhile).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from graph.names import normalize_name
from loaders.merge import EdgeRows, PlantRows
from loaders.props import clean
from loaders.rowstore import EdgeKind, EdgeRow, FinalRow, GraphRows, Props

FLUSH_ROWS = 20_000
"""Rows the builder holds in memory before it merges them into the row store."""

FINAL_ROWS = 2_000
"""Final rows (sources and their mentions) the builder holds before it stores them and hands
them to `on_final` (the load writes them while the other files are built)."""

OnFinal = Callable[[list[FinalRow]], None]
"""Called with rows no later file can change and the database does not hold as they are."""


def base_key(kind: EdgeKind, start: str, end: str, disc: str = "") -> str:
    """The key of a relationship: its type, ends and, for SUPPLIES/PARTNERS_WITH, the product
    or kind."""
    return f"{kind[0]}:{start}>{end}" + (f":{normalize_name(disc)}" if disc else "")


def edge_row(
    kind: EdgeKind, start: str, end: str, props: Props, disc: str = "", version: str = ""
) -> EdgeRow:
    """The row of one statement of a relationship: its key (`base_key`, and `@version` for a
    version of it, e.g. a stake's percentage) and its properties."""
    base = base_key(kind, start, end, disc)
    if not version:
        return EdgeRow(kind, base, start, end, clean({**props, "kg_key": base}))
    key = f"{base}@{version}"
    return EdgeRow(kind, key, start, end, clean({**props, "kg_key": key, "version_of": base}))


class RowBuffer:
    """Rows held in memory, on their way to `rows` (a row store)."""

    def __init__(self, on_final: OnFinal | None = None) -> None:
        self.rows = GraphRows()
        self.on_final = on_final
        self.nodes: dict[str, dict[str, Props]] = defaultdict(dict)  # by label: later wins
        self.plants = PlantRows()  # plants several files describe
        self.edges = EdgeRows()
        self.final_nodes: list[tuple[str, str, Props]] = []
        self.final_edges = EdgeRows()

    def edge(
        self,
        kind: EdgeKind,
        start: str,
        end: str,
        props: Props,
        disc: str = "",
        version: str = "",
    ) -> EdgeRow:
        """One statement of a relationship, merged with its earlier statements in memory;
        returns the statement's row (as stated, before the merge)."""
        row = edge_row(kind, start, end, props, disc, version)
        self.edges.add(EdgeRow(row.kind, row.key, row.start, row.end, row.props))
        return row

    def final_edge(
        self, kind: EdgeKind, start: str, end: str, props: Props, disc: str = ""
    ) -> None:
        """`edge` for a relationship that only the file being built states."""
        self.final_edges.add(edge_row(kind, start, end, props, disc))

    def file_done(self) -> None:
        """After each file: move rows to the row store when enough are held."""
        if len(self.final_edges) + len(self.final_nodes) >= FINAL_ROWS:
            self.flush_final()
        if len(self.edges) + len(self.plants) >= FLUSH_ROWS:
            self.flush()

    def flush_final(self) -> None:
        """Store the final rows held in memory; hand the ones to write to `on_final`."""
        writes = self.rows.put_final(
            self.final_nodes, iter(self.final_edges), written=self.on_final is not None
        )
        self.final_nodes, self.final_edges = [], EdgeRows()
        if self.on_final and writes:
            self.on_final(writes)

    def flush(self) -> None:
        """Move the rows held in memory to the row store's log."""
        if self.plants.rows:
            self.rows.add_nodes("Plant", self.plants.rows)
        for label, rows in self.nodes.items():
            if rows:
                self.rows.add_nodes(label, rows)
        if self.edges:
            self.rows.add_edges(iter(self.edges))
        self.nodes = defaultdict(dict)
        self.plants = PlantRows()
        self.edges = EdgeRows()
