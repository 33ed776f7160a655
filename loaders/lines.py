"""Where a YAML node is: the line of a field (keys, list indices) in a curated file's text.

A file's lines are indexed in one pass over the parser's events (`LineIndex`; no node tree is
built), once for all the problems of a file (`ProblemLog`, `files._validate`): a 12 MB file took
9 s per problem when each look-up composed the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

Loc = tuple[str | int, ...]


@dataclass
class _Open:
    """A mapping or sequence being read: where it is, and where its next child goes."""

    loc: Loc | None  # None: a complex key, the value of a repeated key, or inside one
    mapping: bool
    items: int = 0  # a sequence's children so far
    at_value: bool = False  # a mapping's next child is a value (else a key)
    key: str | None = None  # the key of that value (None: not a plain key)
    key_line: int = 0
    keys: set[str] = field(default_factory=set)


class LineIndex:
    """The line of every mapping value (its key's line) and sequence item of one YAML text, by
    location; the same lines as walking the composed node tree, without building it, except
    through an alias (`*name`): its own line, where the tree walk went on into the anchor."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Loc, int] = {}
        self.valid = True
        try:
            self._read(text)
        except yaml.YAMLError:
            self.valid = False

    def _read(self, text: str) -> None:
        stack: list[_Open] = []
        documents = 0
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:  # as `yaml.compose`: one document or no lines
                    raise yaml.YAMLError("more than one document")
            elif isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                _child_done(stack)
            elif isinstance(event, yaml.NodeEvent):
                loc = self._place(stack, event)
                if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                    stack.append(_Open(loc, isinstance(event, yaml.MappingStartEvent)))
                else:  # a scalar or an alias: complete at once
                    _child_done(stack)

    def _place(self, stack: list[_Open], event: yaml.NodeEvent) -> Loc | None:
        """The location of the node `event` starts, its line recorded; None when it is not
        indexed."""
        if not stack:
            return ()
        top = stack[-1]
        if top.loc is None:
            return None
        line = event.start_mark.line + 1 if event.start_mark else 0  # parser events have marks
        if not top.mapping:
            loc: Loc = (*top.loc, top.items)
            self.lines[loc] = line
            return loc
        if not top.at_value:  # a key
            if isinstance(event, yaml.ScalarEvent):
                top.key, top.key_line = event.value, line
            else:
                top.key, top.key_line = None, 0
            return None
        if top.key is None or top.key in top.keys:  # the first of repeated keys is found
            return None
        top.keys.add(top.key)
        loc = (*top.loc, top.key)
        self.lines[loc] = top.key_line
        return loc

    def line(self, loc: Loc | list[str | int]) -> int | None:
        """The 1-based line where the node at `loc` starts (or its nearest existing parent)."""
        if not self.valid:
            return None
        line = 1
        for n in range(1, len(loc) + 1):
            found = self.lines.get(tuple(loc[:n]))
            if found is None:
                break
            line = found
        return line


def _child_done(stack: list[_Open]) -> None:
    """A child of the innermost open collection is complete: the next one comes."""
    if stack:
        top = stack[-1]
        if top.mapping:
            top.at_value = not top.at_value
        else:
            top.items += 1


def file_index(path: Path) -> LineIndex | None:
    """The `LineIndex` of the file at `path` as it is now, or None when it cannot be read."""
    try:
        return LineIndex(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def line_in_file(path: Path, loc: Loc) -> int | None:
    """`line_of` the YAML node at `loc` in the file at `path` (read again), or None."""
    index = file_index(path)
    return index.line(loc) if index else None


def line_of(text: str, loc: Loc | list[str | int]) -> int | None:
    """The 1-based line where the YAML node at `loc` starts (or its nearest existing parent);
    for many look-ups in one text, index it once with `LineIndex`."""
    return LineIndex(text).line(loc)
