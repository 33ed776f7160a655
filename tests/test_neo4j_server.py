"""The project's own Neo4j and `kg serve` as a user runs them: start, answer, stop on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.db.server import Neo4jServer, Neo4jStartError, ensure_runtime, free_port
from graph.db.settings import DatabaseSettings
from tests.conftest import ROOT, RUNTIME, test_server


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def listen_addresses(port: int) -> set[str]:
    """The local addresses of every socket listening on `port` (from /proc/net/tcp{,6})."""
    found = set()
    for name in ("tcp", "tcp6"):
        path = Path("/proc/net") / name
        if not path.is_file():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                if address.startswith("0000000000000000FFFF0000"):  # ::ffff:a.b.c.d
                    address = address[-8:]
                if len(address) == 8:
                    found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
                else:
                    found.add(address)
    return found


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.is_file() and stat.read_text().split()[2] != "Z"


def test_busy_port_gives_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        server = test_server(tmp_path / "neo4j", bolt_port=port)
        with pytest.raises(Neo4jStartError, match=f"Bolt port {port}.*KG_NEO4J_BOLT_PORT"):
            server.start()


def test_default_ports_do_not_shadow_a_neo4j_of_the_users_own() -> None:
    settings = DatabaseSettings(_env_file=None)  # type: ignore[call-arg]
    assert settings.neo4j_bolt_port not in (0, 7687)
    assert settings.neo4j_http_port not in (0, 7474)


def test_no_maven_is_a_clear_message_naming_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(Neo4jStartError, match=r"Maven.*apt-get install maven"):
        ensure_runtime(tmp_path / "lib")


def test_server_listens_on_loopback_only_with_auth_and_no_file_access(
    neo4j_server: Neo4jServer,
) -> None:
    for port in (neo4j_server.bolt_port, neo4j_server.http_port):
        assert listen_addresses(port) == {"127.0.0.1"}, port
    conf = (neo4j_server.conf_dir / "neo4j.conf").read_text()
    for line in (
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        "server.https.enabled=false",
        "dbms.security.allow_csv_import_from_file_urls=false",
    ):
        assert line in conf.splitlines(), line
    anonymous = httpx.post(
        f"{neo4j_server.http_url}/db/neo4j/tx/commit",
        json={"statements": [{"statement": "RETURN 1"}]},
        timeout=10,
    )
    assert anonymous.status_code == 401, anonymous.text


def test_a_wrong_password_on_existing_data_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "neo4j"
    with test_server(home) as first:
        cold = first.started_seconds
    again = test_server(home)
    again.start()
    warm = again.started_seconds
    again.stop()
    wrong = Neo4jServer(home=home, password="another-password", runtime_dir=RUNTIME)
    with pytest.raises(Neo4jStartError, match="refuses the password.*NEO4J_PASSWORD"):
        wrong.start()
    assert not wrong.running
    with capsys.disabled():
        print(f"\n[neo4j] cold start {cold:.1f} s, warm start {warm:.1f} s")


def _serve(tmp_path: Path, port: int, bolt: int, http: int) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    env.update(
        KG_PORT=str(port),
        KG_NEO4J_BOLT_PORT=str(bolt),
        KG_NEO4J_HTTP_PORT=str(http),
        KG_NEO4J_HOME=str(tmp_path / "neo4j"),
        KG_NEO4J_RUNTIME_DIR=str(RUNTIME),
        KG_NEO4J_HEAP="1g",
        KG_NEO4J_PAGE_CACHE="256m",
        COLUMNS="200",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_healthy(proc: subprocess.Popen[str], port: int) -> httpx.Response:
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
        except httpx.TransportError:
            time.sleep(0.3)
    output = proc.stdout.read() if proc.stdout and proc.poll() is not None else ""
    raise AssertionError(f"kg serve did not answer: {output}")


def _java_pid(bolt: int) -> int:
    """The pid of the JVM listening on `bolt` (the server `kg serve` started)."""
    for stat in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            cmd = stat.read_bytes().split(b"\0")
        except OSError:
            continue
        if any(b"CommunityEntryPoint" in c for c in cmd):
            conf = next((c for c in cmd if c.startswith(b"--config-dir=")), b"")
            text = Path(conf.decode().split("=", 1)[1], "neo4j.conf").read_text()
            if f"127.0.0.1:{bolt}\n" in text:
                return int(stat.parent.name)
    raise AssertionError(f"no Neo4j listens on {bolt}")


def test_kg_serve_starts_neo4j_loads_prints_the_addresses_and_stops_on_ctrl_c(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port, bolt, http = free_port(), free_port(), free_port()
    timings = []
    for run in ("first", "second"):
        started = time.monotonic()
        proc = _serve(tmp_path, port, bolt, http)
        try:
            health = _wait_healthy(proc, port)
            timings.append(time.monotonic() - started)
            assert health.status_code == 200, health.text
            body = health.json()
            assert body["database"]["managed"] is True
            assert body["database"]["backend"].startswith("Neo4j/5.26.")
            assert body["nodes"]["Company"] >= 10 and body["relationships"]["OWNS_STAKE"] >= 3
            assert listen_addresses(bolt) == {"127.0.0.1"}
            java = _java_pid(bolt)
            browser = httpx.get(f"http://127.0.0.1:{http}/browser/", timeout=10)
            assert browser.status_code == 200 and "Neo4j Browser" in browser.text
            proc.send_signal(signal.SIGINT)  # what Ctrl-C does
            output, _ = proc.communicate(timeout=90)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, output
        assert f"Service:       http://127.0.0.1:{port}" in output
        assert f"Network views: http://127.0.0.1:{port}/" in output
        browser_line = re.search(r"Neo4j Browser: (\S+)", output)
        assert browser_line and browser_line.group(1).startswith(
            f"http://127.0.0.1:{http}/browser/"
        )
        assert f"127.0.0.1%3A{bolt}" in browser_line.group(1)
        assert "user neo4j, password battery-kg" in output
        if run == "first":
            assert "Load:" in output and "created" in output
        else:
            assert "those of the last load" in output, output  # the data was kept
        assert "Stopped." in output
        deadline = time.monotonic() + 30
        while process_alive(java) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not process_alive(java), "Neo4j was shut down"
        assert not listening(port) and not listening(bolt) and not listening(http)
        log = (tmp_path / "neo4j" / "logs" / "neo4j.log").read_text()
        assert log.rstrip().endswith("Stopped."), "a clean shutdown, not a kill"
    with capsys.disabled():
        print(
            f"\n[kg serve] serving after {timings[0]:.1f} s the first time (load included), "
            f"{timings[1]:.1f} s the second time"
        )
    assert timings[1] < 30


def test_a_killed_kg_leaves_no_server_running(tmp_path: Path) -> None:
    port, bolt, http = free_port(), free_port(), free_port()
    proc = _serve(tmp_path, port, bolt, http)
    try:
        _wait_healthy(proc, port)
        java = _java_pid(bolt)
        proc.kill()  # no Ctrl-C, no clean-up of its own
        proc.wait(10)
        deadline = time.monotonic() + 60
        while process_alive(java) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not process_alive(java), "the JVM outlived the kg process that started it"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_unreachable_neo4j_is_a_clear_error_and_starts_nothing(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",
        NEO4J_PASSWORD="x" * 8,
        KG_NEO4J_HOME=str(tmp_path / "never"),
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
