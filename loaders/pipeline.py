"""The load pipeline: parse → validate → resolve → write, and nothing written on any problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.db import Graph
from loaders.build import GraphRows, build_rows
from loaders.files import fact_paths, read_fact_file, read_registry, registry_path
from loaders.problems import LoadError, Problem
from loaders.write import LoadSummary, Progress, sync


def validate(
    data_dir: Path, on_file: Callable[[Path], None] | None = None
) -> tuple[GraphRows, int]:
    """Read, validate and resolve every file of `data_dir`; return the rows and the file count.

    Raises `LoadError` listing every problem in every file (all files are read first).
    """
    problems: list[Problem] = []
    reg_path = registry_path(data_dir)
    if not reg_path.exists():
        raise LoadError(
            [
                Problem(
                    reg_path,
                    None,
                    "",
                    "is missing: the entity registry is required",
                    f"create {reg_path} with a 'companies:' list",
                )
            ]
        )
    registry, found = read_registry(reg_path)
    problems += found
    parsed = []
    paths = fact_paths(data_dir)
    for path in paths:
        pf, found = read_fact_file(path)
        problems += found
        if pf:
            parsed.append(pf)
        if on_file:
            on_file(path)
    if registry is None:
        raise LoadError(problems)
    rows, found = build_rows(registry, parsed)
    problems += found
    if problems:
        raise LoadError(problems)
    return rows, len(paths) + 1


def load(
    graph: Graph,
    data_dir: Path,
    *,
    progress: Progress | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> LoadSummary:
    """Validate everything, then sync the database to it. Raises `LoadError` before any write."""
    rows, files = validate(data_dir, on_file)
    return sync(graph, rows, files=files, progress=progress)
