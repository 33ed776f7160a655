"""The `:param` lines of the exploration queries, read the way Neo4j Browser 5 reads them.

The files in `cypher/explore/` and `cypher/examples/` document their parameters as Browser
commands in comments:

    // :param id => 'beijing-era-new-energy'
    // :param firm => ['confirmed']

`browser_params(text)` turns those lines into the parameter dict the driver takes, so the tests,
`kg query` and the API docs' examples (`app/schemas.py`) run every query with exactly the values a
Browser user is told to set. Values are Cypher literals:
strings in single or double quotes (with Cypher's backslash escapes), integers, floats, `true`,
`false`, `null`, and lists of those.
"""

from __future__ import annotations

import re
from typing import Any

PARAM_LINE = re.compile(r"^\s*//\s*:param\b(?P<rest>.*)$")
"""A comment line holding a Browser `:param` command."""
_ASSIGNMENT = re.compile(r"^\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(?P<value>.*?)\s*;?\s*$")
_NUMBER = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", "'": "'", '"': '"', "\\": "\\"}
_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None}


class ParamSyntaxError(ValueError):
    """A `:param` line or value Neo4j Browser would refuse (or this reader does not know)."""


def browser_params(text: str) -> dict[str, Any]:
    """Every `// :param name => value` line of a query file's text, as {name: Python value}.

    Raises ParamSyntaxError, naming the line, for a `:param` comment that is not `name => value`
    or whose value is not a literal this reader knows.
    """
    params: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = PARAM_LINE.match(line)
        if not match:
            continue
        assignment = _ASSIGNMENT.match(match["rest"])
        if not assignment:
            raise ParamSyntaxError(f"line {number}: expected `// :param name => value`: {line!r}")
        try:
            params[assignment["name"]] = parse_literal(assignment["value"])
        except ParamSyntaxError as exc:
            raise ParamSyntaxError(f"line {number}: {exc}") from None
    return params


def parse_literal(text: str) -> Any:
    """The Python value of one Cypher literal (string, number, boolean, null or list of those)."""
    reader = _Reader(text)
    value = reader.value()
    reader.skip_space()
    if reader.pos != len(text):
        raise ParamSyntaxError(f"unexpected {text[reader.pos :]!r} after the value in {text!r}")
    return value


class _Reader:
    """A cursor over literal text; each method consumes one element and returns its value."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_space(self) -> None:
        """Move past blanks."""
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def fail(self, what: str) -> ParamSyntaxError:
        """The error for `what` went wrong at the current position."""
        return ParamSyntaxError(f"{what} at character {self.pos + 1} of {self.text!r}")

    def value(self) -> Any:
        """Read one literal of any kind."""
        self.skip_space()
        if self.pos >= len(self.text):
            raise self.fail("missing value")
        char = self.text[self.pos]
        if char in "'\"":
            return self.string(char)
        if char == "[":
            return self.list()
        number = _NUMBER.match(self.text, self.pos)
        if number:
            self.pos = number.end()
            raw = number.group()
            return int(raw) if raw.lstrip("-").isdigit() else float(raw)
        word = re.match(r"[A-Za-z]+", self.text[self.pos :])
        if word and word.group().lower() in _WORDS:
            self.pos += len(word.group())
            return _WORDS[word.group().lower()]
        raise self.fail("not a string, number, boolean, null or list")

    def string(self, quote: str) -> str:
        """Read a string that starts at the current `quote` character."""
        out: list[str] = []
        self.pos += 1
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == quote:
                self.pos += 1
                return "".join(out)
            if char == "\\":
                out.append(self.escape())
                continue
            out.append(char)
            self.pos += 1
        raise self.fail("unterminated string")

    def escape(self) -> str:
        """Read one backslash escape and return the character it stands for."""
        code = self.text[self.pos + 1 : self.pos + 2]
        if code in _ESCAPES:
            self.pos += 2
            return _ESCAPES[code]
        width = {"u": 4, "U": 8}.get(code)
        digits = self.text[self.pos + 2 : self.pos + 2 + width] if width else ""
        if width and len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
            self.pos += 2 + width
            return chr(int(digits, 16))
        raise self.fail(f"unknown escape \\{code}")

    def list(self) -> list[Any]:
        """Read a list that starts at the current `[`."""
        items: list[Any] = []
        self.pos += 1
        self.skip_space()
        if self.text[self.pos : self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_space()
            char = self.text[self.pos : self.pos + 1]
            self.pos += 1
            if char == "]":
                return items
            if char != ",":
                self.pos -= 1
                raise self.fail("expected ',' or ']'")
