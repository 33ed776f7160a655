"""The project's own Neo4j Community server: resolved from Maven Central, run as a child process.

In: a home folder (configuration, data, logs), ports on 127.0.0.1, a password, memory sizes.
Out: a running server with Bolt (which the driver and Neo4j Browser's WebSocket use) and HTTP (which
serves Neo4j Browser at `/browser/`), both bound to loopback only.

`Neo4jServer.start()` makes sure the pinned runtime (`tools/neo4j/pom.xml`) is resolved, that a
Java 17 or 21 is there, writes `conf/neo4j.conf`, sets the initial password before the first
start, starts the JVM and waits until the `neo4j` database answers. `stop()` sends SIGTERM and waits
for Neo4j's clean shutdown. `keep_alive()` starts the server again when it dies under `kg serve`.
"""

from __future__ import annotations

import atexit
import ctypes
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from graph.db import queries
from graph.db.settings import PROJECT_ROOT, DatabaseSettings

RUNTIME_POM = PROJECT_ROOT / "tools" / "neo4j" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
USER = "neo4j"
DATABASE = "neo4j"
SUPPORTED_JAVA = (17, 21)
"""Java releases Neo4j 5.26 runs on."""

JVM_FLAGS = (
    # The flags Neo4j's own launcher passes: without the opens, Neo4j's off-heap memory code
    # cannot reach java.nio internals.
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Dlog4j2.disable.jmx=true",
)


class Neo4jStartError(RuntimeError):
    """The project's Neo4j could not be set up or started; the message says why and what to do."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """True when nothing listens on 127.0.0.1:`port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def pinned_versions(pom: Path = RUNTIME_POM) -> dict[str, str]:
    """The versions `pom` pins, by property name (`neo4j.version`, `neo4j-browser.version`)."""
    text = pom.read_text(encoding="utf-8")
    return dict(re.findall(r"<([\w.-]+\.version)>([^<]+)</", text))


def java_major(java: str) -> int | None:
    """The major release of the `java` executable (17, 21…), or None when it does not run."""
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30, check=False
        ).stderr
    except OSError:
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def find_java(explicit: str | None = None) -> str:
    """A `java` executable of release 17 or 21: `explicit` (KG_NEO4J_JAVA), `$JAVA_HOME/bin/java`,
    `java` on the PATH, then the JDKs under /usr/lib/jvm. Raises `Neo4jStartError` naming what
    to install when none fits."""
    candidates: list[str] = []
    if explicit:
        candidates.append(explicit)
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(on_path)
    candidates += [str(p) for p in sorted(Path("/usr/lib/jvm").glob("*/bin/java"))]
    seen: dict[str, int | None] = {}
    for c in candidates:
        if c not in seen:
            seen[c] = java_major(c)
            if seen[c] in SUPPORTED_JAVA:
                return c
    found = ", ".join(f"{c} ({v or 'does not run'})" for c, v in seen.items()) or "none"
    raise Neo4jStartError(
        "Neo4j 5.26 needs Java 17 or 21. Found: "
        f"{found}. Install one (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; "
        "elsewhere a JDK 17 or 21 from your system's packages) or set KG_NEO4J_JAVA to its "
        "`java`. `make run` and `make test` install it where apt exists."
    )


def ensure_runtime(
    lib_dir: Path, pom: Path = RUNTIME_POM, say: Callable[[str], None] | None = None
) -> Path:
    """Resolve the jars `pom` pins into `lib_dir` with Maven unless they are there already.

    Returns `lib_dir`. A stamp holding the pom's hash marks a complete resolution, so an
    interrupted download is resumed and a changed pin is resolved again."""
    say = say or (lambda text: print(text, file=sys.stderr, flush=True))
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    stamp = lib_dir / ".resolved"
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return lib_dir
    mvn = shutil.which("mvn")
    if not mvn:
        raise Neo4jStartError(
            "Maven (`mvn`) is needed once, to fetch the Neo4j runtime from Maven Central. "
            "Install it (Debian/Ubuntu: `apt-get install maven`; elsewhere Apache Maven 3.6 or "
            "newer); `make run` and `make test` install it where apt exists."
        )
    versions = pinned_versions(pom)
    say(
        f"Fetching Neo4j Community {versions.get('neo4j.version')} and Neo4j Browser "
        f"{versions.get('neo4j-browser.version')} from Maven Central into {lib_dir} "
        "(about 140 MB of jars, once; Maven keeps its own copy in ~/.m2)…"
    )
    if lib_dir.exists():
        shutil.rmtree(lib_dir)
    lib_dir.mkdir(parents=True)
    started = time.monotonic()
    proc = subprocess.run(
        [
            mvn,
            "-B",
            "-q",
            "-f",
            str(pom),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={lib_dir}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
        raise Neo4jStartError(f"Maven could not resolve the Neo4j runtime ({pom}):\n{tail}")
    jars = list(lib_dir.glob("*.jar"))
    size = sum(j.stat().st_size for j in jars)
    say(f"Fetched {len(jars)} jars, {size / 1e6:.0f} MB, in {time.monotonic() - started:.0f} s.")
    stamp.write_text(digest + "\n")
    return lib_dir


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to SIGTERM it when the parent goes away, so a killed
    `kg` never leaves a server running."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


@dataclass
class Neo4jServer:
    """A Neo4j Community server in a child process, listening on 127.0.0.1 only.

    Ports of 0 are replaced by free ports on the first `start()` and kept for restarts, so a
    driver created with `uri` reconnects after `stop()` and `start()`.
    """

    home: Path
    password: str
    bolt_port: int = 0
    http_port: int = 0
    heap: str = "1g"
    page_cache: str = "512m"
    start_timeout: float = 120.0
    java: str | None = None
    runtime_dir: Path | None = None
    """Where the jars go (default: `home/runtime/<neo4j version>`); tests share one."""
    extra_config: dict[str, str] = field(default_factory=dict)
    say: Callable[[str], None] | None = None
    _proc: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _watching: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    started_seconds: float | None = field(default=None, init=False)
    """How long the last `start()` took from launching the JVM to the database answering."""

    @classmethod
    def from_settings(cls, settings: DatabaseSettings) -> Neo4jServer:
        """The server the settings describe (not started)."""
        return cls(
            home=settings.neo4j_home,
            password=settings.neo4j_password,
            bolt_port=settings.neo4j_bolt_port,
            http_port=settings.neo4j_http_port,
            heap=settings.neo4j_heap,
            page_cache=settings.neo4j_page_cache,
            start_timeout=settings.neo4j_start_timeout,
            java=settings.neo4j_java,
            runtime_dir=settings.neo4j_runtime_dir,
        )

    @property
    def uri(self) -> str:
        """The Bolt URI (valid once ports are chosen)."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        """The HTTP address (valid once ports are chosen)."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def browser_url(self) -> str:
        """Neo4j Browser, served by this server, with its connection form filled in for it.

        Browser 5.24 reads `dbms` (or `connectURL`: scheme, user and host of the form), `db` (the
        database field) and `preselectAuthMethod`, whose values are NATIVE (user and password),
        NO_AUTH, SSO and KERBEROS: any other value hides the user and password fields."""
        target = quote(f"neo4j://{USER}@127.0.0.1:{self.bolt_port}", safe="")
        return f"{self.http_url}/browser/?preselectAuthMethod=NATIVE&dbms={target}&db={DATABASE}"

    @property
    def version(self) -> str:
        """The pinned Neo4j version."""
        return pinned_versions()["neo4j.version"]

    @property
    def running(self) -> bool:
        """True while the child process is alive."""
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """The JVM's process id while it runs."""
        return self._proc.pid if self.running and self._proc else None

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def lib_dir(self) -> Path:
        """Where the runtime's jars are."""
        return ((self.runtime_dir or self.home / "runtime") / self.version / "lib").absolute()

    def config(self) -> dict[str, str]:
        """The settings written to `conf/neo4j.conf`."""
        conf = {
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.enabled": "true",
            "server.bolt.listen_address": f"127.0.0.1:{self.bolt_port}",
            "server.bolt.advertised_address": f"127.0.0.1:{self.bolt_port}",
            "server.http.enabled": "true",
            "server.http.listen_address": f"127.0.0.1:{self.http_port}",
            "server.http.advertised_address": f"127.0.0.1:{self.http_port}",
            "server.https.enabled": "false",
            "server.directories.data": str(self.data_dir),
            "server.directories.logs": str(self.logs_dir),
            "server.directories.run": str(self.home / "run"),
            "server.directories.import": str(self.home / "import"),
            "server.directories.plugins": str(self.home / "plugins"),
            "server.memory.heap.initial_size": "256m",
            "server.memory.heap.max_size": self.heap,
            "server.memory.pagecache.size": self.page_cache,
            "dbms.security.auth_enabled": "true",
            "dbms.usage_report.enabled": "false",
            # Neo4j Browser: no usage data to Segment, Sentry or Canny from a user's browser.
            "client.allow_telemetry": "false",
            # Security (issue 17; the Cypher console refuses all of this as well). LOAD CSV
            # reads no local file and fetches no URL: every IPv4 and IPv6 address is blocked.
            "dbms.security.allow_csv_import_from_file_urls": "false",
            "internal.dbms.cypher_ip_blocklist": "0.0.0.0/0,::/0",
            # Procedures of plugins (apoc…) are not loaded even if a jar lands in plugins/
            # (built-in procedures are not affected by the setting; the console allows only
            # these read-only ones).
            "dbms.security.procedures.allowlist": "db.labels,db.relationshipTypes,"
            "db.propertyKeys,db.schema.visualization,db.schema.nodeTypeProperties,"
            "db.schema.relTypeProperties",
            # A statement is stopped within 0.1 s of its timeout (default: checked every 2 s).
            "db.transaction.monitor.check.interval": "100ms",
            # A paused or hung server is noticed by the driver within 6 s (Neo4j sends its
            # recv timeout as a hint: keep-alive × probes; it sends a NOOP every 3 s while it
            # works on a request, so a long statement is not cut): the API answers 503 instead
            # of waiting 120 s (defaults 1m × 2).
            "server.bolt.connection_keep_alive": "3s",
            "server.bolt.connection_keep_alive_probes": "2",
            "server.bolt.connection_keep_alive_streaming_scheduling_interval": "1s",
            # Neo4j waits 2 × 5 s for Bolt's idle network threads on shutdown; nothing is lost
            # by not waiting (measured: SIGTERM to exit 12 s with the default).
            "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
        }
        conf.update(self.extra_config)
        return conf

    def _write_config(self) -> None:
        for d in (self.conf_dir, self.data_dir, self.logs_dir, self.home / "import"):
            d.mkdir(parents=True, exist_ok=True)
        lines = ["# Written by graph/db/server.py at every start; edit the settings instead."]
        lines += [f"{k}={v}" for k, v in self.config().items()]
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _env(self) -> dict[str, str]:
        return dict(os.environ, NEO4J_HOME=str(self.home), NEO4J_CONF=str(self.conf_dir))

    def _set_initial_password(self, java: str, lib: Path) -> None:
        """Set the password before the first start (Neo4j ignores it once `system` exists)."""
        if (self.data_dir / "databases" / "system").exists():
            return
        # The admin tool knows fewer settings than the server (it refuses `browser.*`), so it
        # reads a configuration of its own that names the data folder alone.
        admin_conf = self.home / "run" / "admin-conf"
        admin_conf.mkdir(parents=True, exist_ok=True)
        (admin_conf / "neo4j.conf").write_text(
            f"server.directories.data={self.data_dir}\n", encoding="utf-8"
        )
        proc = subprocess.run(
            [java, "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", self.password],
            env=dict(self._env(), NEO4J_CONF=str(admin_conf)),
            cwd=self.home,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise Neo4jStartError(
                f"Setting Neo4j's initial password failed: {(proc.stdout + proc.stderr).strip()}"
            )

    def start(self) -> None:
        """Start the server and block until its `neo4j` database answers.

        Raises `Neo4jStartError` with the reason (a busy port, no Java, the log's last lines)."""
        with self._lock:
            if self.running:
                return
            self.home.mkdir(parents=True, exist_ok=True)
            self.home = self.home.resolve()
            if not self.bolt_port:
                self.bolt_port = free_port()
            if not self.http_port:
                self.http_port = free_port()
            for name, port, var in (
                ("Bolt", self.bolt_port, "KG_NEO4J_BOLT_PORT"),
                ("HTTP", self.http_port, "KG_NEO4J_HTTP_PORT"),
            ):
                if not port_is_free(port):
                    raise Neo4jStartError(
                        f"The project's Neo4j cannot use {name} port {port} on 127.0.0.1: "
                        f"something else listens there (another `kg serve`?). Stop it, or set "
                        f"{var} to a free port."
                    )
            java = find_java(self.java)
            lib = ensure_runtime(self.lib_dir, say=self.say)
            self._write_config()
            self._set_initial_password(java, lib)
            heap = self.config()["server.memory.heap.max_size"]
            cmd = [
                java,
                "-Xms256m",
                f"-Xmx{heap}",
                *JVM_FLAGS,
                "-cp",
                f"{self.conf_dir}:{lib}/*",
                ENTRY_POINT,
                f"--home-dir={self.home}",
                f"--config-dir={self.conf_dir}",
            ]
            console = (self.logs_dir / "console.log").open("ab")
            launched = time.monotonic()
            self._proc = subprocess.Popen(
                cmd,
                cwd=self.home,
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches `kg`, which stops the server in order
                preexec_fn=_die_with_parent,
            )
            console.close()
            atexit.register(self.stop)
            self._wait_ready(launched)
            self.started_seconds = time.monotonic() - launched

    def _wait_ready(self, launched: float) -> None:
        deadline = launched + self.start_timeout
        driver = neo4j.GraphDatabase.driver(
            self.uri, auth=(USER, self.password), connection_timeout=2.0
        )
        try:
            while True:
                if not self.running:
                    raise Neo4jStartError(
                        f"Neo4j (home {self.home}) exited while starting:\n{self.log_tail()}"
                    )
                try:
                    with driver.session(database=DATABASE) as session:  # no retries here
                        session.run(queries.get("db/ping")).consume()
                    return
                except AuthError as exc:
                    self._stop_process()
                    raise Neo4jStartError(
                        f"Neo4j in {self.home} refuses the password: its data was created with "
                        "another one. Set NEO4J_PASSWORD to that password, or delete "
                        f"{self.data_dir} to start over with an empty graph."
                    ) from exc
                except (DriverError, Neo4jError, OSError):
                    pass
                if time.monotonic() > deadline:
                    self._stop_process()
                    raise Neo4jStartError(
                        f"Neo4j did not answer within {self.start_timeout:.0f} s "
                        f"(KG_NEO4J_START_TIMEOUT):\n{self.log_tail()}"
                    )
                time.sleep(0.25)
        finally:
            driver.close()

    def answers(self) -> bool:
        """True when a Neo4j answers on `bolt_port` with this password (another `kg` process
        started it), so a second command can use it instead of starting its own."""
        if not self.bolt_port or port_is_free(self.bolt_port):
            return False
        driver = neo4j.GraphDatabase.driver(
            self.uri, auth=(USER, self.password), connection_timeout=2.0
        )
        try:
            with driver.session(database=DATABASE) as session:
                session.run(queries.get("db/ping")).consume()
            return True
        except (DriverError, Neo4jError, OSError):
            return False
        finally:
            driver.close()

    def log_tail(self, lines: int = 15) -> str:
        """The last lines of the server's logs, for error messages."""
        parts = []
        for name in ("console.log", "neo4j.log"):
            path = self.logs_dir / name
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
                parts += [f"[{name}] {ln}" for ln in text[-lines:]]
        return "\n".join(parts) or "(no log written)"

    def keep_alive(self, every: float = 1.0, backoff_max: float = 30.0) -> None:
        """Start the server again whenever it exits without `stop()` (a crash, a kill).

        A daemon thread checks every `every` seconds; a failed start is retried with a backoff
        doubling up to `backoff_max` seconds. Each restart is reported on stderr. The ports stay
        the same, so drivers reconnect by themselves. `stop()` ends the watch."""
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
                    f"Neo4j stopped (exit code {proc.returncode}); starting it again.",
                    file=sys.stderr,
                    flush=True,
                )
                try:
                    self.start()
                    print(
                        f"Neo4j is back ({self.started_seconds:.1f} s).",
                        file=sys.stderr,
                        flush=True,
                    )
                    wait = every
                except Neo4jStartError as exc:
                    print(f"Restart failed, trying again: {exc}", file=sys.stderr, flush=True)
                    wait = min(max(wait * 2, every), backoff_max)

        threading.Thread(target=watch, name="neo4j-watchdog", daemon=True).start()

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the server cleanly: SIGTERM, then wait (SIGKILL only after `timeout` seconds)."""
        self._watching.clear()
        self._stop_process(timeout)

    def _stop_process(self, timeout: float = 60.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)

    def kill(self) -> None:
        """SIGKILL the server (tests: a crash); the watchdog, if on, starts it again."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(10)

    def __enter__(self) -> Neo4jServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    """`python -m graph.db.server`: resolve the pinned runtime where `make run` uses it."""
    server = Neo4jServer.from_settings(DatabaseSettings())
    try:
        find_java(server.java)
        lib = ensure_runtime(server.lib_dir)
    except Neo4jStartError as exc:
        sys.exit(f"error: {exc}")
    print(f"Neo4j {server.version} runtime: {lib}")


if __name__ == "__main__":
    main()
