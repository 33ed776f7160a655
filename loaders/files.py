"""Read curated YAML files and validate them, reporting problems with file, line and field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import ryaml
import yaml
from pydantic import BaseModel, ValidationError

from loaders.problems import Problem
from loaders.schema import FactFile, Registry

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_YAML_11_ONLY = re.compile(r"<<|(?:^|[\s,\[{])!")
"""Merge keys (`<<:`) and tags (`!x`): YAML 1.1 features the fast parser does not read as
PyYAML does; a file that may use them is parsed by PyYAML."""


M = TypeVar("M", bound=BaseModel)


@dataclass
class Parsed(Generic[M]):
    """A validated file: its path and its model (the text is read again for line look-ups)."""

    path: Path
    model: M

    def line_of(self, *loc: str | int) -> int | None:
        """The 1-based line of the YAML node at `loc` (keys, list indices) or its nearest parent."""
        return line_in_file(self.path, loc)


def line_in_file(path: Path, loc: tuple[str | int, ...]) -> int | None:
    """`line_of` the YAML node at `loc` in the file at `path` (read again), or None."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    return line_of(text, loc)


Raw = tuple[Path, str, Any]
"""A file read and parsed as YAML, not yet validated: its path, its text and its data."""


def registry_path(data_dir: Path) -> Path:
    """Where the entity registry lives in a data folder."""
    return data_dir / "entities.yaml"


def fact_paths(data_dir: Path) -> list[Path]:
    """Every facts file of a data folder, sorted by name (the load order)."""
    return sorted((data_dir / "facts").glob("*.yaml"))


def read_registry(path: Path) -> tuple[Parsed[Registry] | None, list[Problem]]:
    """Parse and validate the registry; return it (or None) and the problems found."""
    raw, problems = read_yaml(path)
    if raw is None:
        return None, problems
    result = _validate(raw, Registry)
    return (None, result) if isinstance(result, list) else (result, [])


def validate_fact_file(raw: Raw) -> tuple[Parsed[FactFile] | None, list[Problem]]:
    """Validate a facts file read by `read_yaml`; check that its source id matches its name."""
    path = raw[0]
    result = _validate(raw, FactFile)
    if isinstance(result, list):
        return None, result
    if result.model.source.id != path.stem:
        problem = Problem(
            path,
            result.line_of("source", "id"),
            "source.id",
            f"is {result.model.source.id!r} but the file is named {path.name!r}",
            f"rename the file to {result.model.source.id}.yaml or set source.id: {path.stem}",
        )
        return None, [problem]
    return result, []


def read_yaml(path: Path) -> tuple[Raw | None, list[Problem]]:
    """Read `path` and parse its YAML (a mapping at the top); return it or the problems.

    Safe to run in worker processes: it touches nothing but the file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, None, "", f"cannot be read: {exc}")]
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        return None, [
            Problem(
                path,
                mark.line + 1 if mark else None,
                "",
                f"is not valid YAML: {reason}",
                "check indentation and quote text that contains ': ' or '#'",
            )
        ]
    if not isinstance(data, dict):
        return None, [
            Problem(path, 1, "", f"expected a mapping at the top, got {type(data).__name__}")
        ]
    return (path, text, data), []


def parse_yaml(text: str) -> Any:
    """The data of a YAML text; raises `yaml.YAMLError` (with the line) when it is not YAML.

    Parsed by ryaml (Rust, 5-6x faster than PyYAML's C loader on the facts files). PyYAML's
    safe loader parses what ryaml refuses (and produces the error with its line), and files
    that may use merge keys or tags. Where both read a file, they differ only on plain scalars
    whose type YAML 1.1 and 1.2 resolve apart (an unquoted 2024-05-01 is text, not a date;
    yes/NO are text, not booleans): the schema reads both forms alike.
    """
    if "<<" not in text and ("!" not in text or not _YAML_11_ONLY.search(text)):
        try:
            return ryaml.loads(text)
        except ryaml.InvalidYamlError:
            pass
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


def _validate(raw: Raw, model: type[M]) -> Parsed[M] | list[Problem]:
    path, text, data = raw
    try:
        return Parsed(path, model.model_validate(data))
    except ValidationError as exc:
        return [_problem(path, text, data, err) for err in exc.errors()]


def _problem(path: Path, text: str, data: Any, err: Any) -> Problem:
    loc = _data_loc(data, err["loc"])
    field = ".".join(str(p) for p in loc) or "(top)"
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "missing":
        msg = f"is required but missing ({_expected(err['loc'])})"
        field = ".".join(str(p) for p in (*loc, err["loc"][-1]))
    elif err["type"] == "extra_forbidden":
        msg = "is not a known field"
    elif "input" in err and not isinstance(err["input"], dict | list):
        msg = f"{msg} (got {err['input']!r})"
    return Problem(path, line_of(text, loc), field, msg, _suggest(err))


def _data_loc(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Keep the parts of a pydantic error location that exist in the data.

    A discriminated union adds its tag (the fact's `type`) after the list index; it is dropped
    even when a field of the same name exists (a plant fact has a `plant` field).
    """
    out: list[str | int] = []
    node = data
    parts = list(loc)
    i = 0
    while i < len(parts):
        part = parts[i]
        i += 1
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            out.append(part)
            if isinstance(node, dict) and i < len(parts) and parts[i] == node.get("type"):
                i += 1  # the union tag
        elif isinstance(node, dict) and part in node:
            node = node[part]
            out.append(part)
    return tuple(out)


def _expected(loc: tuple[Any, ...]) -> str:
    return f"add '{loc[-1]}:'"


def _suggest(err: Any) -> str | None:
    ctx = err.get("ctx") or {}
    if err["type"] == "literal_error" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    if err["type"] == "enum" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    if err["type"] == "union_tag_invalid" and "expected_tags" in ctx:
        return f"type must be one of {ctx['expected_tags']}"
    if err["type"] == "string_pattern_mismatch":
        return "ids are lower-case slugs such as 'xiaomi-auto'"
    return None


def line_of(text: str, loc: tuple[str | int, ...] | list[str | int]) -> int | None:
    """The 1-based line where the YAML node at `loc` starts (or its nearest existing parent)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    line = 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == part or (isinstance(part, str) and str(k.value) == part):
                    child, line = v, k.start_mark.line + 1
                    break
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
