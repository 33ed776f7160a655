"""The merge policy: what a row becomes when later statements state it again.

A relationship stated again (`merge_edge`): lists accumulate (evidence lists stay in step, one
entry per quote), `valid_from` keeps the earliest day, other values: the later source wins. A
plant described again (`merge_plant`): its lists accumulate and the rest is the later
description's. Other nodes: the later statement replaces the row (`later_wins`).

The builder merges the statements of one row as they come (`EdgeRows`, `PlantRows`): each in
time proportional to that statement, not to the row's statements so far (the lists grow in
place, and a list that keeps each value once has a set of what it holds), so a relationship
stated 31,000 times merges as fast as 31,000 relationships. `merge_edge` and `merge_plant`
apply the same policy to two stored rows (the row store merges a row held in several batches).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from loaders.props import clean
from loaders.rowstore import EdgeRow, Props
from loaders.validity import SUFFIXES

PARALLEL_LISTS = ("evidence", "evidence_facts", "evidence_sources")
"""One entry per evidence quote: the quote, the fact it supports, the source it is from."""

PLANT_LISTS = ("sources", "fact_ids", "operators", "aliases", "search_keys")
"""The lists of a plant node that accumulate when a later source describes the plant again."""

LIFECYCLE_LISTS = ("lifecycle_history", "lifecycle_history_since", "lifecycle_history_facts")
"""A plant's phases as each plant fact states them, in step (phase, since, fact)."""

LIFECYCLE = ("lifecycle", *(f"lifecycle_since{s}" for s in ("", "_precision", "_target", "_text")))

_FROM = ("valid_from", *(f"valid_from{s}" for s in SUFFIXES))
_UNTIL = ("valid_until", *(f"valid_until{s}" for s in SUFFIXES))
DATED = frozenset((*_FROM, *_UNTIL, *LIFECYCLE, "ended"))
"""Properties merged as groups: a date with its precision, target flag, wording and basis."""


def _take(props: Props, new: Props, group: tuple[str, ...]) -> None:
    for k in group:
        if k in new:
            props[k] = new[k]
        else:
            props.pop(k, None)


def merge_dates(props: Props, new: Props) -> None:
    """Merge the dated groups of `new` into `props`, in place: the earliest `valid_from` (with
    its precision, target flag, wording and basis), the end a later statement gives (an end
    is news: a statement without one does not undo it), and the plant phase that began last."""
    old_day, new_day = props.get("valid_from"), new.get("valid_from")
    if new_day and (not old_day or new_day < old_day):
        _take(props, new, _FROM)
    elif not old_day and not new_day and "valid_from_basis" in new:
        props.setdefault("valid_from_basis", new["valid_from_basis"])
    if "valid_until" in new:
        _take(props, new, _UNTIL)
    if new.get("ended"):
        props["ended"] = True
    # the phase that began last; an undated phase does not undo a dated one
    if "lifecycle" in new and (
        "lifecycle" not in props
        or new.get("lifecycle_since", "") >= props.get("lifecycle_since", "")
    ):
        _take(props, new, LIFECYCLE)


Seen = dict[str, set[Any]]
"""Per list of a row being merged that keeps each value once: the values it holds."""


def _add_new(held: list[Any], new: list[Any], seen: Seen, key: str) -> None:
    """Append to `held` (the row's list `key`) the values of `new` it does not hold yet."""
    have = seen.get(key)
    if have is None:
        have = seen[key] = set(held)  # once per list of a row, not once per statement
    added = [x for x in new if x not in have]
    held.extend(added)
    have.update(added)


def merge_edge_into(props: Props, new: Props, seen: Seen) -> None:
    """Merge the statement `new` into the relationship's `props`, in place. `props` owns its
    lists (`owned`); `seen` is this row's, kept from one merge to the next."""
    merge_dates(props, new)
    for k, v in new.items():
        held = props.get(k)
        if k in DATED:
            continue
        if isinstance(v, list) and isinstance(held, list):
            if k in PARALLEL_LISTS:
                held.extend(v)
            else:
                _add_new(held, v, seen, k)
        else:
            props[k] = list(v) if isinstance(v, list) else v
            seen.pop(k, None)


def merge_edge(old: Props, new: Props) -> Props:
    """A relationship stated again by a later source: lists accumulate (evidence lists stay
    in step, one entry per quote), `valid_from` keeps the earliest day, other values: the
    later source wins."""
    merged = dict(old)
    for k, v in new.items():
        if isinstance(v, list) and isinstance(old.get(k), list):
            merged[k] = list(old[k])
    merge_edge_into(merged, new, {})
    return merged


def merge_plant_into(old: Props, new: Props, seen: Seen) -> Props:
    """The plant `old` (owning its lists) described again by `new`: its lists, grown in
    place, with the rest of `new` (see `merge_plant`)."""
    node = {k: v for k, v in new.items() if k not in DATED}
    for k in DATED:
        if k in old:
            node[k] = old[k]
    merge_dates(node, new)
    for k in PLANT_LISTS:
        held = old.get(k)
        if held is None:
            node[k] = list(new.get(k, []))
            seen.pop(k, None)
        else:
            _add_new(held, new.get(k, []), seen, k)
            node[k] = held
    for k in (*PARALLEL_LISTS, *LIFECYCLE_LISTS):
        held = old.get(k)
        if held is None:
            node[k] = list(new.get(k, []))
        else:
            held.extend(new.get(k, []))
            node[k] = held
    return clean(node)


def merge_plant(old: Props, new: Props) -> Props:
    """A plant described again by a later source: its lists of sources, facts, operators and
    names accumulate, evidence lists stay in step, `valid_from` keeps the earliest day, and
    everything else is the later description's."""
    return merge_plant_into(owned(old), new, {})


def later_wins(_: Props, new: Props) -> Props:
    """A row stated again: the later one replaces it."""
    return new


def merge_node(label: str) -> Callable[[Props, Props], Props]:
    """How a node of `label` stated again merges: plants accumulate (`merge_plant`), the
    others are replaced by the later statement."""
    return merge_plant if label == "Plant" else later_wins


def owned(props: Props) -> Props:
    """`props` with lists of its own (a statement's lists may be shared with other rows)."""
    return {k: list(v) if isinstance(v, list) else v for k, v in props.items()}


class EdgeRows:
    """Edge rows by key: a statement of a key already held is merged into its row in place
    (`merge_edge_into`), in time proportional to the statement."""

    def __init__(self) -> None:
        self._rows: dict[str, EdgeRow] = {}
        self._seen: dict[str, Seen] = {}  # the rows merged so far (they own their lists)

    def add(self, new: EdgeRow) -> None:
        """Add `new`, merged into the row of the same key if there is one."""
        row = self._rows.get(new.key)
        if row is None:
            self._rows[new.key] = new
            return
        seen = self._seen.get(new.key)
        if seen is None:
            row.props = owned(row.props)
            seen = self._seen[new.key] = {}
        merge_edge_into(row.props, new.props, seen)

    def get(self, key: str) -> EdgeRow | None:
        """The row of `key`, or None."""
        return self._rows.get(key)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[EdgeRow]:
        return iter(self._rows.values())


class PlantRows:
    """Plant node rows by id: a plant described again is merged into its row in place
    (`merge_plant_into`), in time proportional to the description."""

    def __init__(self) -> None:
        self.rows: dict[str, Props] = {}
        self._seen: dict[str, Seen] = {}

    def add(self, plant: str, node: Props) -> None:
        """Add the description `node` of `plant`, merged into its row if there is one."""
        prev = self.rows.get(plant)
        if prev is None:
            self.rows[plant] = node
            return
        seen = self._seen.get(plant)
        if seen is None:
            prev = owned(prev)
            seen = self._seen[plant] = {}
        self.rows[plant] = merge_plant_into(prev, node, seen)

    def __len__(self) -> int:
        return len(self.rows)
