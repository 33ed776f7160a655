"""Every notebook in notebooks/ is stored without outputs and runs top to bottom (nbclient, the
project's own kernel), starting and stopping a Neo4j of its own, without any error.

The kernel starts without the NEO4J_* variables (`kernel_env`): the notebook calls
`get_settings()`, so a NEO4J_URI in the test run's environment would send it to that server
instead of the notebook's own Neo4j.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
CELL_TIMEOUT = 120
"""Seconds one cell may take (the notebook's Neo4j starts in about 6 s)."""
RUN_BUDGET = 90
"""Seconds a whole notebook may take, kernel start included."""


def kernel_env() -> dict[str, str]:
    """This process's environment without the NEO4J_* variables (the notebook starts its own
    Neo4j)."""
    return {k: v for k, v in os.environ.items() if not k.upper().startswith("NEO4J_")}


def test_the_exploring_notebook_is_there() -> None:
    path = NOTEBOOKS / "exploring-the-battery-supply-chain-graph.ipynb"
    assert path in PATHS
    first = nbformat.read(path, as_version=4).cells[0]
    assert first.cell_type == "markdown"
    assert first.source.startswith("# Exploring the battery supply-chain graph")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, (
        f"cells {dirty} keep outputs or execution counts; clear them before committing"
    )


def test_kernel_is_the_project_python() -> None:
    cmd = KernelManager(kernel_name="python3").format_kernel_cmd()
    assert Path(cmd[0]).resolve() == Path(sys.executable).resolve(), cmd


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebook_runs_end_to_end(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    started = time.monotonic()
    client.execute(env=kernel_env())  # raises CellExecutionError (cell, traceback) on any error
    seconds = time.monotonic() - started
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    assert seconds < RUN_BUDGET, f"{path.name} took {seconds:.0f} s"
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_the_kernel_does_not_see_neo4j_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import os\nassert not [k for k in os.environ if k.startswith('NEO4J_')], os.environ"
        )
    ]
    NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3").execute(env=kernel_env())
