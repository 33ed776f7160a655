"""Problems found in curated files: where (file, line, field), what was expected, what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loaders.lines import LineIndex, file_index


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place of one file."""

    file: Path
    line: int | None
    field: str
    message: str
    suggestion: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        text = (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )
        return f"{text} (suggestion: {self.suggestion})" if self.suggestion else text


class ProblemLog(list[Problem]):
    """The problems found so far, each recorded with the line of its field in its file (each
    file's lines indexed once: the files do not change while they are checked)."""

    def __init__(self) -> None:
        super().__init__()
        self._indexes: dict[Path, LineIndex | None] = {}

    def line(self, path: Path, loc: tuple[str | int, ...]) -> int | None:
        """The line of the node at `loc` (keys, list indices) in the file at `path`."""
        if path not in self._indexes:
            self._indexes[path] = file_index(path)
        index = self._indexes[path]
        return index.line(loc) if index else None

    def at(
        self, path: Path, loc: tuple[str | int, ...], message: str, suggestion: str | None = None
    ) -> None:
        """Record a problem at `loc` of the file at `path`."""
        field = ".".join(str(p) for p in loc)
        self.append(Problem(path, self.line(path, loc), field, message, suggestion))


class LoadError(Exception):
    """The curated files are not valid; nothing was written. `problems` lists every finding."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{len(problems)} problem(s) in the curated files; nothing was written:\n{lines}"
        )
