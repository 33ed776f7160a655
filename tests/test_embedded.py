"""The embedded database and `kg serve` as a user runs them: start, answer, stop on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.embedded import EmbeddedServer, EmbeddedStartError, free_port
from tests.conftest import ROOT


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_busy_port_gives_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        server = EmbeddedServer(tmp_path / "db", password="pw-123456", bolt_port=port)
        with pytest.raises(EmbeddedStartError, match=f"Bolt port {port}.*KG_EMBEDDED_BOLT_PORT"):
            server.start()


def test_default_port_is_not_neo4js() -> None:
    from graph.settings import Settings

    assert Settings(_env_file=None).embedded_bolt_port != 7687  # type: ignore[call-arg]


def test_kg_serve_runs_loads_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port, bolt = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(
        KG_PORT=str(port),
        KG_EMBEDDED_BOLT_PORT=str(bolt),
        KG_EMBEDDED_DATA_DIR=str(tmp_path / "db"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        assert health is not None and health.status_code == 200, proc.stdout and proc.stdout.read()
        body = health.json()
        assert body["database"]["embedded"] is True
        assert "ArcadeDB" in body["database"]["backend"]
        assert body["nodes"]["Company"] >= 10 and body["relationships"]["OWNS_STAKE"] >= 3
        assert listening(bolt)
        proc.send_signal(signal.SIGINT)  # what Ctrl-C does
        output, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    assert "Load:" in output and "Serving on" in output and "Stopped." in output
    assert not listening(port) and not listening(bolt), "everything it started is stopped"


def test_unreachable_neo4j_is_a_clear_error_and_starts_nothing(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",
        NEO4J_PASSWORD="x" * 8,
        KG_EMBEDDED_DATA_DIR=str(tmp_path / "never"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "stats"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "unreachable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "never").exists()
