"""Problems found in curated files: where (file, line, field), what was expected, what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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


class LoadError(Exception):
    """The curated files are not valid; nothing was written. `problems` lists every finding."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{len(problems)} problem(s) in the curated files; nothing was written:\n{lines}"
        )
