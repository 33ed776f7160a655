"""Read curated YAML files and validate them, reporting problems with file, line and field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import ryaml
import yaml
from pydantic import BaseModel, ValidationError

from loaders.lines import LineIndex, line_in_file
from loaders.lines import Loader as _Loader
from loaders.problems import Problem
from loaders.schema import FactFile, Registry

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


Raw = tuple[Path, str, Any]
"""A file read and parsed as YAML, not yet validated: its path, its text and its data."""

REGISTRY_TOP = "a mapping with a 'companies:' list (loaders/schema.py `Registry`)"
FACTS_TOP = "a mapping with 'source:' and 'facts:' (loaders/schema.py `FactFile`)"
"""What the top of each kind of file must be, for the problem of a file that is not."""


def registry_path(data_dir: Path) -> Path:
    """Where the entity registry lives in a data folder."""
    return data_dir / "entities.yaml"


def fact_paths(data_dir: Path) -> list[Path]:
    """Every facts file of a data folder, sorted by name (the load order)."""
    return sorted((data_dir / "facts").glob("*.yaml"))


def read_registry(path: Path) -> tuple[Parsed[Registry] | None, list[Problem]]:
    """Parse and validate the registry; return it (or None) and the problems found."""
    raw, problems = read_yaml(path, REGISTRY_TOP)
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


def read_yaml(path: Path, expected: str = FACTS_TOP) -> tuple[Raw | None, list[Problem]]:
    """Read `path` and parse its YAML (`expected` at the top, a mapping); return it or the
    problems.

    Safe to run in worker processes: it touches nothing but the file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, None, "", f"cannot be read: {exc}")]
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        return None, [yaml_problem(path, text, exc)]
    if data is None:
        what = "has only comments" if text.strip() else "is empty"
        return None, [
            Problem(path, 1, "", f"{what}: expected {expected}", "write its content, or delete it")
        ]
    if not isinstance(data, dict):
        got = _KINDS.get(type(data), type(data).__name__)
        return None, [Problem(path, 1, "(top)", f"expected {expected}, got {got}")]
    return (path, text, data), []


_KINDS = {list: "a list", str: "a text", int: "a number", float: "a number", bool: "true/false"}


def yaml_problem(path: Path, text: str, exc: yaml.YAMLError) -> Problem:
    """The problem of a text that is not YAML, at the line where the mistake starts.

    The parser stops where it can go no further, often lines after the mistake: a quote not
    closed on its line runs to the next quote in the file; a key without ':' or a '[' not
    closed fails on the next line. Those are reported where they start, and tabs by name.
    """
    problem = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    reason = getattr(exc, "problem", None) or str(exc)
    if problem is None:
        return Problem(path, None, "", f"is not valid YAML: {reason}")
    at = f"line {problem.line + 1}, column {problem.column + 1}"
    if "tab character" in reason or "'\\t'" in reason:
        return Problem(
            path,
            problem.line + 1,
            "",
            f"is not valid YAML: a tab character at {at} ({reason}); YAML indents with spaces",
            "replace the tab with spaces",
        )
    quote = _unclosed_quote(text, problem)
    if quote is not None:
        start, end = quote
        return Problem(
            path,
            start.line + 1,
            "",
            f"is not valid YAML: the quoted text that starts at line {start.line + 1}, column "
            f"{start.column + 1} is not closed on its line, so YAML reads on to the next quote "
            f"(line {end.line + 1}) and then fails at {at}: {reason}",
            f"close the quote on line {start.line + 1}; a quote inside quoted text is written "
            "'' in single quotes or \\\" in double quotes",
        )
    kind = getattr(exc, "context", None) or ""
    if context is not None and kind in _STARTS_AT_CONTEXT:
        line = context.line + 1
        return Problem(
            path,
            line,
            "",
            f"is not valid YAML: {reason} at {at}, {kind} that starts on line {line}",
            _STARTS_AT_CONTEXT[kind].format(line=line),
        )
    return Problem(
        path,
        problem.line + 1,
        "",
        f"is not valid YAML: {reason} at {at}",
        "check the indentation (spaces, as deep as the fields beside it) and quote text that "
        "contains ': ' or ' #'",
    )


_STARTS_AT_CONTEXT = {
    "while scanning a simple key": "add ': ' after the field name on line {line}, or quote the "
    "text if it is a value",
    "while parsing a flow sequence": "close the '[' opened on line {line} with ']' (and separate "
    "its items with ', ')",
    "while parsing a flow mapping": "close the '{{' opened on line {line} with '}}'",
    "while scanning a quoted scalar": "close the quote opened on line {line}",
}
"""Mistakes that start where the parser's context starts (not where it stopped), with what to
do about them."""


def _unclosed_quote(text: str, problem: yaml.Mark) -> tuple[yaml.Mark, yaml.Mark] | None:
    """(start, end) of the quoted text spanning several lines that ends on the line where
    parsing failed: a quote left open runs to the next quote, which starts the next error."""
    found = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.line > problem.line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ("'", '"')
                and token.start_mark.line < token.end_mark.line == problem.line
            ):
                found = (token.start_mark, token.end_mark)
    except yaml.YAMLError:
        pass
    return found


def parse_yaml(text: str) -> Any:
    """The data of a YAML text; raises `yaml.YAMLError` (with the line) when it is not YAML.

    Parsed by ryaml (Rust, several times faster than PyYAML's C loader, BENCHMARKS.md). PyYAML's
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
        lines = LineIndex(text)  # once for all the file's problems
        return [_problem(path, lines, data, err) for err in exc.errors()]


def _problem(path: Path, lines: LineIndex, data: Any, err: Any) -> Problem:
    loc = _data_loc(data, err["loc"])
    field = ".".join(str(p) for p in loc) or "(top)"
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "missing":
        msg = f"is required but missing ({_expected(err['loc'])})"
        field = ".".join(str(p) for p in (*loc, err["loc"][-1]))
    elif err["type"] == "extra_forbidden":
        msg = "is not a known field"
    elif "input" in err and not isinstance(err["input"], dict | list):
        if repr(err["input"]) not in msg:
            msg = f"{msg} (got {err['input']!r})"
    return Problem(path, lines.line(loc), field, msg, _suggest(err))


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
    if ctx.get("suggestion"):  # a validator's own (loaders/schema.py `refused`)
        return str(ctx["suggestion"])
    if err["type"] == "literal_error" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    if err["type"] == "enum" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    if err["type"] == "union_tag_invalid" and "expected_tags" in ctx:
        return f"type must be one of {ctx['expected_tags']}"
    if err["type"] == "string_pattern_mismatch":
        return "ids are lower-case slugs such as 'xiaomi-auto'"
    return None
