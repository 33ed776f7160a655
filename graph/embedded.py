"""The embedded ArcadeDB server (Bolt on loopback), run in a child process the project owns.

`EmbeddedServer` starts `python -m graph.embedded …` as a child process, waits until the child says
it is ready, and stops it on `stop()`, on exit, or when the parent dies. The child hosts ArcadeDB
(with its bundled JRE) and its Bolt plugin; everything else talks to it through the `neo4j` driver.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

READY_LINE = "ARCADEDB-READY"
FAILED_LINE = "ARCADEDB-FAILED"


class EmbeddedStartError(RuntimeError):
    """The embedded database could not be started; the message says why and what to do."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Tell whether nothing listens on 127.0.0.1:`port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@dataclass
class EmbeddedServer:
    """A child process running ArcadeDB with Bolt on 127.0.0.1.

    Ports of 0 are replaced by free ports on the first `start()` and kept for restarts, so a
    driver created with `uri` reconnects after `stop()` and `start()`.
    """

    data_dir: Path
    password: str
    database: str = "kg"
    extra_databases: tuple[str, ...] = ()
    bolt_port: int = 0
    http_port: int = 0
    start_timeout: float = 120.0
    heap: str = "2g"
    command_timeout: float = 300.0
    """Seconds after which ArcadeDB stops any one statement (`arcadedb.command.timeout`)."""
    quiet: bool = True
    _proc: subprocess.Popen[str] | None = field(default=None, init=False, repr=False)
    _watching: threading.Event = field(default_factory=threading.Event, init=False, repr=False)

    @property
    def uri(self) -> str:
        """The Bolt URI of the server (valid once ports are chosen)."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def running(self) -> bool:
        """True while the child process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start the child and block until ArcadeDB accepts Bolt connections.

        Raises `EmbeddedStartError` with the child's last output when it fails or times out.
        """
        if self.running:
            return
        if not self.bolt_port:
            self.bolt_port = free_port()
        if not self.http_port:
            self.http_port = free_port()
        for name, port in (("Bolt", self.bolt_port), ("HTTP", self.http_port)):
            if not port_is_free(port):
                raise EmbeddedStartError(
                    f"The embedded database cannot use {name} port {port} on 127.0.0.1: "
                    "something else listens there. Set KG_EMBEDDED_BOLT_PORT / "
                    "KG_EMBEDDED_HTTP_PORT to free ports, or 0 to pick any free port."
                )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = [
            sys.executable,
            "-m",
            "graph.embedded",
            "--data-dir",
            str(self.data_dir),
            "--database",
            ",".join((self.database, *self.extra_databases)),
            "--bolt-port",
            str(self.bolt_port),
            "--http-port",
            str(self.http_port),
            "--command-timeout",
            str(self.command_timeout),
            "--heap",
            self.heap,
            "--parent-pid",
            str(os.getpid()),
        ]
        env = dict(os.environ, ARCADEDB_PASSWORD=self.password)
        src_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src_root, env.get("PYTHONPATH")]))
        self._proc = subprocess.Popen(
            cmd,
            cwd=str(self.data_dir),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # Ctrl-C reaches us; we stop the child in order
        )
        atexit.register(self.stop)
        lines: list[str] = []
        ready = threading.Event()

        def pump() -> None:
            assert self._proc is not None and self._proc.stdout is not None
            for line in self._proc.stdout:
                line = line.rstrip("\n")
                if READY_LINE in line:
                    ready.set()
                    continue
                lines.append(line)
                del lines[:-40]
                if not self.quiet and ready.is_set():
                    print(f"[arcadedb] {line}", file=sys.stderr)
            ready.set()

        threading.Thread(target=pump, name="arcadedb-output", daemon=True).start()
        deadline = time.monotonic() + self.start_timeout
        while not ready.wait(0.2):
            if time.monotonic() > deadline:
                self.stop()
                raise EmbeddedStartError(
                    f"The embedded database did not start within {self.start_timeout:.0f} s.\n"
                    + "\n".join(lines[-15:])
                )
        if not self.running:
            tail = "\n".join(line for line in lines[-15:] if line)
            raise EmbeddedStartError(
                f"The embedded database (ArcadeDB, data in {self.data_dir}) failed to start:\n"
                f"{tail}\nIf another process uses that data folder, stop it or set "
                "KG_EMBEDDED_DATA_DIR to another folder."
            )

    def keep_alive(self, every: float = 1.0, backoff_max: float = 30.0) -> None:
        """Restart the child whenever it exits without `stop()` (a crash, a kill, out of memory).

        A daemon thread checks every `every` seconds; failed restarts are retried with a
        backoff doubling up to `backoff_max` seconds. Each restart is reported on stderr. The
        ports stay the same, so drivers reconnect by themselves. `stop()` ends the watch.
        """
        if self._watching.is_set():
            return
        self._watching.set()

        def watch() -> None:
            wait = every
            while self._watching.is_set():
                time.sleep(wait)
                proc = self._proc
                if not self._watching.is_set() or proc is None or proc.poll() is None:
                    wait = every
                    continue
                print(
                    f"The embedded database stopped (exit code {proc.returncode}); restarting it.",
                    file=sys.stderr,
                    flush=True,
                )
                try:
                    self._proc = None
                    self.start()
                    print("The embedded database is back.", file=sys.stderr, flush=True)
                    wait = every
                except EmbeddedStartError as exc:
                    print(f"Restart failed, trying again: {exc}", file=sys.stderr, flush=True)
                    wait = min(max(wait * 2, every), backoff_max)

        threading.Thread(target=watch, name="arcadedb-watchdog", daemon=True).start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the child cleanly (SIGTERM, then SIGKILL after `timeout` seconds)."""
        self._watching.clear()
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)

    def __enter__(self) -> EmbeddedServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve(args: argparse.Namespace) -> int:
    """Child side: run ArcadeDB until SIGTERM/SIGINT or until the parent process is gone."""
    from arcadedb_embedded.server import ArcadeDBServer

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        server = ArcadeDBServer(
            root_path=str(Path(args.data_dir).resolve()),
            root_password=os.environ.get("ARCADEDB_PASSWORD"),
            config={
                "host": "127.0.0.1",
                "http_port": args.http_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": args.bolt_port,
            },
            jvm_kwargs={
                "heap_size": args.heap,
                "jvm_args": [f"-Darcadedb.command.timeout={round(args.command_timeout * 1000)}"],
            },
        )
        server.start()
        for name in args.database.split(","):
            server.create_database(name)
    except Exception as exc:  # the parent prints this tail as the reason
        print(f"\n{FAILED_LINE}: {exc}", flush=True)
        return 1
    print(f"\n{READY_LINE} bolt={args.bolt_port}", flush=True)
    while not stop.wait(0.5):
        if args.parent_pid and os.getppid() != args.parent_pid:
            break  # the parent died without stopping us
    with contextlib.suppress(Exception):
        server.stop()
    sys.stdout.flush()
    os._exit(0)  # the JVM's own shutdown can linger for many seconds; the data is closed


def main(argv: list[str] | None = None) -> int:
    """Entry point of the child process (`python -m graph.embedded`)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database", default="kg", help="comma-separated names to create")
    parser.add_argument("--bolt-port", type=int, required=True)
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--heap", default="2g")
    parser.add_argument(
        "--command-timeout", type=float, required=True, help="seconds any one statement may run"
    )
    parser.add_argument("--parent-pid", type=int, default=0)
    return _serve(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
