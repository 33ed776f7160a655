"""Convert driver values (nodes, relationships, paths, temporal types) into plain JSON values."""

from __future__ import annotations

import math
from typing import Any

from neo4j.graph import Node, Path, Relationship

_PLAIN = (str, int, bool)
"""Types that are JSON as they are (exact types: a subclass may be a driver value)."""


def to_plain(value: Any) -> Any:
    """Return `value` with driver objects turned into dicts and lists that JSON can carry.

    A Node becomes {"id", "labels", "properties"}; a Relationship {"id", "type", "start", "end",
    "properties"}; a Path {"nodes", "relationships"}; temporal values their ISO text; a float
    that is not finite the text "NaN", "Infinity" or "-Infinity" (strict JSON has no such
    numbers, and the JSON response refuses them).
    """
    if value is None or type(value) in _PLAIN:  # most property values: nothing to convert
        return value
    if isinstance(value, Node):
        return {
            "element_id": value.element_id,
            "labels": sorted(value.labels),
            "properties": to_plain(dict(value)),
        }
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {
            "element_id": value.element_id,
            "type": value.type,
            "start": start.element_id if start is not None else None,
            "end": end.element_id if end is not None else None,
            "properties": to_plain(dict(value)),
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_plain(n) for n in value.nodes],
            "relationships": [to_plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if all(type(v) in _PLAIN for v in value):  # a list of texts (sources, fact ids, quotes)
            return list(value)
        return [to_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
