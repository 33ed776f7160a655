"""The service as a user runs it (`kg serve --no-load`), in a child process, for the API and
view benchmarks.

In: the Neo4j server's Bolt URI and password (its one database, `neo4j`). Out: the base URL
while the context is open; the child is stopped when it closes.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from graph.db.server import DATABASE, USER

START_TIMEOUT = 60.0


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_service(uri: str, password: str) -> Iterator[str]:
    """Serve the Neo4j at `uri` on a free loopback port; yield the base URL once `/health`
    answers 200; stop the service on exit.

    The service's stderr goes to a file, never to a pipe: the driver logs every notification
    Neo4j sends (tens of kilobytes for one entity detail), and a pipe nobody reads fills after a
    request or two and stops the service in the middle of its next write."""
    port = free_port()
    env = dict(
        os.environ,
        NEO4J_URI=uri,
        NEO4J_USER=USER,
        NEO4J_PASSWORD=password,
        NEO4J_DATABASE=DATABASE,
    )
    cmd = [sys.executable, "-m", "app.cli", "serve", "--no-load", "--port", str(port)]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                log.seek(0)
                err = log.read().decode(errors="replace")
                raise RuntimeError(f"the service stopped ({proc.returncode}):\n{err[-2000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the service did not answer on {url} in {START_TIMEOUT:.0f} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
