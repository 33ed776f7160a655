"""The rows a load builds and writes, kept in a temporary SQLite file instead of in memory.

In: node rows (label, id, properties) and edge rows (kind, key, endpoints, properties) as the
builder makes them, a batch at a time, with the function that merges a row stated again by a
later file into the stored one. Out: the rows by label and kind, their content hashes, and,
once the database's own keys and hashes are added, what a load must create, replace and delete.

A large dataset (500,000 facts: 1.7 million rows) held as Python dicts takes gigabytes; here a
load holds one batch. The statements are in `rowstore.sql`, loaded by name.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import sqlite3
import tempfile
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

Props = dict[str, Any]
EdgeKind = tuple[str, str, str]  # (relationship type, start label, end label)
Merge = Callable[[Props, Props], Props]
"""merge(stored, later) → the row that holds both (the later statement wins where they differ)."""

FinalRow = tuple[str | EdgeKind, bool, dict[str, Any]]
"""A row to write that no later statement changes: (its label, or its kind for an edge; True
when the database holds it with another hash; {id, props} or {key, start, end, props})."""

SQL_FILE = Path(__file__).with_name("rowstore.sql")
_ABSENT = object()


@dataclass
class EdgeRow:
    """One relationship to write: its kind, a stable key, its endpoints' ids and its properties."""

    kind: EdgeKind
    key: str
    start: str
    end: str
    props: Props


def _statements(path: Path) -> dict[str, str]:
    """The `-- name: x` sections of an SQL file, by name."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-- name:"):
            current = out.setdefault(line.removeprefix("-- name:").strip(), [])
        elif current is not None and not line.startswith("--"):
            current.append(line)
    return {name: "\n".join(lines).strip() for name, lines in out.items()}


SQL = _statements(SQL_FILE)


def pack(props: Props) -> bytes:
    """The stored form of a row's properties: a pickle of them sorted by name, without the
    pickle memo, so that equal rows give equal bytes however they were built or merged."""
    buffer = BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: shared and equal strings pickle alike
    pickler.dump(dict(sorted(props.items())))
    return buffer.getvalue()


def unpack(blob: bytes) -> Props:
    """The properties of a stored row."""
    props: Props = pickle.loads(blob)  # noqa: S301 - our own rows, in our own temporary file
    return props


def node_hash(blob: bytes) -> str:
    """The content hash of a node row (what a reload compares)."""
    return hashlib.blake2b(blob, digest_size=8).hexdigest()


def edge_hash(start: str, end: str, blob: bytes) -> str:
    """The content hash of an edge row: its endpoints and properties."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{start}\0{end}\0".encode())
    digest.update(blob)
    return digest.hexdigest()


class GraphRows:
    """Everything a load writes: nodes by label and edges by kind, in a temporary SQLite file
    (deleted by `close()`, or when the object is collected)."""

    def __init__(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="kg-load-"))
        # The sync reads rows in a thread of its own, one reader at a time (`prefetched`).
        self._db = sqlite3.connect(
            self._dir / "rows.sqlite", isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("PRAGMA cache_size = -65536")  # 64 MB of page cache
        self._db.executescript(SQL["schema"])
        self._kinds: set[EdgeKind] = set()
        self._seq = 0
        self._finalizer = weakref.finalize(self, _remove, self._db, self._dir)

    def close(self) -> None:
        """Delete the temporary file."""
        self._finalizer()

    def __enter__(self) -> GraphRows:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- building -----------------------------------------------------------------------------
    def add_nodes(self, label: str, rows: Mapping[str, Props]) -> None:
        """Log node rows of `label` (id → properties), one batch; an id may come again in a
        later batch (`seal` merges)."""
        self._seq += 1
        seq = self._seq
        self._db.execute("BEGIN")
        self._db.executemany(SQL["log_node"], ((label, k, seq, pack(v)) for k, v in rows.items()))
        self._db.execute("COMMIT")

    def add_edges(self, rows: Iterable[EdgeRow]) -> None:
        """Log edge rows, one batch with each key at most once; a key may come again in a later
        batch (`seal` merges)."""
        self._seq += 1
        seq = self._seq
        rows = list(rows)
        self._kinds.update(r.kind for r in rows)
        self._db.execute("BEGIN")
        self._db.executemany(
            SQL["log_edge"], ((r.key, seq, *r.kind, r.start, r.end, pack(r.props)) for r in rows)
        )
        self._db.execute("COMMIT")

    def put_final(
        self, nodes: Iterable[tuple[str, str, Props]], edges: Iterable[EdgeRow], *, written: bool
    ) -> list[FinalRow]:
        """Store rows that no other file can state (a source, its mentions, a plant described
        once), hashed, past the logs; return those the database lacks or holds with another
        hash, as (kind or label, stored with another hash, {id, props} or {key, start, end,
        props}).

        `written=True`: the caller writes them now, so they are recorded as stored with their
        new hash (the diff at the end then leaves them alone); otherwise nothing is returned.
        """
        node_rows = [(label, i, p, pack(p)) for label, i, p in nodes]
        edge_rows = [(r, pack(r.props)) for r in edges]
        out: list[FinalRow] = []
        stored_nodes: dict[tuple[str, str], str | None] = {}
        for label in {row[0] for row in node_rows}:
            ids = json.dumps([row[1] for row in node_rows if row[0] == label])
            for node_id, digest in self._db.execute(SQL["stored_node_hashes"], (label, ids)):
                stored_nodes[label, node_id] = digest
        keys = json.dumps([r.key for r, _ in edge_rows])
        stored_edges = dict(self._db.execute(SQL["stored_edge_hashes"], (keys,)).fetchall())
        put_nodes, put_edges = [], []
        for label, node_id, props, blob in node_rows:
            digest = node_hash(blob)
            put_nodes.append((label, node_id, blob, digest))
            old = stored_nodes.get((label, node_id), _ABSENT)
            if written and old != digest:
                item = {"id": node_id, "props": {**props, "kg_hash": digest}}
                out.append((label, old is not _ABSENT, item))
        for row, blob in edge_rows:
            digest = edge_hash(row.start, row.end, blob)
            put_edges.append((row.key, *row.kind, row.start, row.end, blob, digest))
            old = stored_edges.get(row.key, _ABSENT)
            if written and old != digest:
                props = {**row.props, "kg_hash": digest}
                item = {"key": row.key, "start": row.start, "end": row.end, "props": props}
                out.append((row.kind, old is not _ABSENT, item))
            self._kinds.add(row.kind)
        self._db.execute("BEGIN")
        self._db.executemany(SQL["put_node"], put_nodes)
        self._db.executemany(SQL["put_edge"], put_edges)
        if written:
            self._db.executemany(SQL["add_stored_node"], [(a, b, d) for a, b, _, d in put_nodes])
            self._db.executemany(SQL["add_stored_edge"], [(e[0], e[1], e[7]) for e in put_edges])
        self._db.execute("COMMIT")
        return out

    def add_skeletons(self, label: str, ids: Iterable[str]) -> list[str]:
        """Of the node ids of `label`, those the database lacks; they are recorded as stored
        without a hash (the caller creates them with their id alone; the diff at the end then
        replaces them with their rows)."""
        ids = list(ids)
        stored = {
            i for i, _ in self._db.execute(SQL["stored_node_hashes"], (label, json.dumps(ids)))
        }
        missing = [i for i in ids if i not in stored]
        self._db.execute("BEGIN")
        self._db.executemany(SQL["add_stored_node"], [(label, i, None) for i in missing])
        self._db.execute("COMMIT")
        return missing

    def seal(self, merge_node: Callable[[str], Merge], merge_edge: Merge) -> None:
        """Read the logs once in key order and store each row once, hashed: a row logged several
        times becomes `merge(merge(first, second), third)…` in the order logged, where nodes
        of a label are merged with `merge_node(label)`."""
        self._db.execute("BEGIN")
        nodes = self._db.execute(SQL["logged_nodes"])
        self._db.executemany(
            SQL["put_node"],
            (
                (label, node_id, blob, node_hash(blob))
                for (label, node_id), blob in _merged(nodes, 2, 2, lambda h: merge_node(h[0]))
            ),
        )
        edges = self._db.execute(SQL["logged_edges"])
        self._db.executemany(
            SQL["put_edge"],
            (
                (*head, blob, edge_hash(head[4], head[5], blob))
                for head, blob in _merged(edges, 1, 6, lambda _: merge_edge)
            ),
        )
        self._db.executescript(SQL["clear_logs"])  # commits first

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per label and per relationship type."""
        out = dict(self._db.execute(SQL["node_counts"]).fetchall())
        out.update(self._db.execute(SQL["edge_counts"]).fetchall())
        return out

    def kinds(self) -> list[EdgeKind]:
        """The edge kinds stored, sorted."""
        return sorted(self._kinds)

    def node(self, label: str, node_id: str) -> Props | None:
        """One node row's properties (with `kg_hash`), or None."""
        found = self._db.execute(SQL["node"], (label, node_id)).fetchone()
        return _with_hash(found[0], found[1]) if found else None

    def nodes(self, label: str) -> Iterator[tuple[str, Props]]:
        """(id, properties) of every node row of `label`, by id."""
        for node_id, blob, digest in self._db.execute(SQL["nodes"], (label,)):
            yield node_id, _with_hash(blob, digest)

    def edges(self, kind: EdgeKind) -> Iterator[EdgeRow]:
        """Every edge row of `kind`, by key."""
        for key, start, end, blob, digest in self._db.execute(SQL["edges"], _kind_params(kind)):
            yield EdgeRow(kind, key, start, end, _with_hash(blob, digest))

    # -- comparing with the database ----------------------------------------------------------
    def set_stored(
        self,
        nodes: Iterable[list[tuple[str, str, str]]],
        edges: Iterable[list[tuple[str, str, str]]],
    ) -> None:
        """Record what the database holds, in batches: nodes as (label, id, hash), edges as
        (key, type, hash)."""
        self._db.execute(SQL["clear_stored_nodes"])
        self._db.execute(SQL["clear_stored_edges"])
        for batch in nodes:
            self._db.execute("BEGIN")
            self._db.executemany(SQL["add_stored_node"], batch)
            self._db.execute("COMMIT")
        for batch in edges:
            self._db.execute("BEGIN")
            self._db.executemany(SQL["add_stored_edge"], batch)
            self._db.execute("COMMIT")

    def diff_counts(self) -> dict[str, Counter[str]]:
        """Rows per label or type that are new, changed, unchanged and gone (`set_stored` first)."""
        out: dict[str, Counter[str]] = {k: Counter() for k in ("created", "updated", "unchanged")}
        for query in ("node_diff_counts", "edge_diff_counts"):
            for name, new, changed, same in self._db.execute(SQL[query]):
                for key, n in (("created", new), ("updated", changed), ("unchanged", same)):
                    if n:
                        out[key][name] += n
        out["removed"] = Counter()
        for query in ("gone_node_counts", "gone_edge_counts"):
            out["removed"].update(dict(self._db.execute(SQL[query]).fetchall()))
        return out

    def node_rows(self, label: str, changed: bool) -> Iterator[dict[str, Any]]:
        """Node rows of `label` to write as {id, props}: those not stored (`changed=False`) or
        stored with another hash (`changed=True`)."""
        query = "changed_nodes" if changed else "new_nodes"
        for node_id, blob, digest in self._db.execute(SQL[query], (label,)):
            yield {"id": node_id, "props": _with_hash(blob, digest)}

    def edge_rows(self, kind: EdgeKind, changed: bool) -> Iterator[dict[str, Any]]:
        """Edge rows of `kind` to write as {key, start, end, props}, like `node_rows`."""
        query = "changed_edges" if changed else "new_edges"
        for key, start, end, blob, digest in self._db.execute(SQL[query], _kind_params(kind)):
            yield {"key": key, "start": start, "end": end, "props": _with_hash(blob, digest)}

    def gone_nodes(self) -> list[tuple[str, str]]:
        """(label, id) of stored nodes that no row has."""
        return list(self._db.execute(SQL["gone_nodes"]))

    def gone_edges(self) -> list[tuple[str, str]]:
        """(type, key) of stored edges that no row has."""
        return list(self._db.execute(SQL["gone_edges"]))


def _merged(
    rows: Iterable[tuple[Any, ...]],
    key_width: int,
    width: int,
    merge_of: Callable[[tuple[Any, ...]], Merge],
) -> Iterator[tuple[tuple[Any, ...], bytes]]:
    """Rows sorted by key (their first `key_width` columns; the last column is the packed
    properties) → one (first `width` columns, packed properties) per key, the rows of a key
    merged in order with `merge_of(columns)`."""
    head: tuple[Any, ...] | None = None
    blob = b""
    merged: Props | None = None
    for row in rows:
        if head is not None and row[:key_width] == head[:key_width]:
            old = merged if merged is not None else unpack(blob)
            merged = merge_of(head)(old, unpack(row[-1]))
            continue
        if head is not None:
            yield head, blob if merged is None else pack(merged)
        head, blob, merged = row[:width], row[-1], None
    if head is not None:
        yield head, blob if merged is None else pack(merged)


def _kind_params(kind: EdgeKind) -> tuple[str, ...]:
    """The parameters of the statements that read one kind of edge (see `rowstore.sql`)."""
    rel, start, end = kind
    return rel, rel, rel, start, end


def _with_hash(blob: bytes, digest: str) -> Props:
    props = unpack(blob)
    props["kg_hash"] = digest
    return props


def _remove(db: sqlite3.Connection, directory: Path) -> None:
    db.close()
    shutil.rmtree(directory, ignore_errors=True)
