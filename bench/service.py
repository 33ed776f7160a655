"""The service as a user runs it (`kg serve --no-load`), in a child process, for the API and
view benchmarks.

In: the database's Bolt URI, password and database name. Out: the base URL while the context
is open; the child is stopped when it closes.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

START_TIMEOUT = 60.0


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_service(uri: str, password: str, database: str) -> Iterator[str]:
    """Serve `database` at `uri` on a free loopback port; yield the base URL once `/health`
    answers 200; stop the service on exit."""
    port = free_port()
    env = dict(
        os.environ,
        NEO4J_URI=uri,
        NEO4J_USER="root",
        NEO4J_PASSWORD=password,
        NEO4J_DATABASE=database,
    )
    cmd = [sys.executable, "-m", "app.cli", "serve", "--no-load", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
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
