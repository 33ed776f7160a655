"""docker-compose.yml and the Dockerfile, checked without Docker (no engine runs here): the compose
file parses and its wiring is consistent with the settings class, images are pinned, and the image
installs the same dependency set as pyproject.toml.

`docker compose config` cannot run here, so the `${VAR:-default}` interpolation compose applies is
done by `_interpolate` below, with an empty environment (what a user gets with no .env).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from app.settings import Settings
from graph.db.queries import CYPHER_DIR
from graph.db.server import pinned_versions
from graph.db.settings import PROJECT_ROOT

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NEO4J_DOCKER_CONTROL_VARS = {"NEO4J_AUTH", "NEO4J_AUTH_PATH", "NEO4J_PLUGINS", "NEO4J_DEBUG"}
"""NEO4J_* variables the Neo4j image reads itself; it turns every other one into a setting."""


def _interpolate(value: str, env: dict[str, str] | None = None) -> str:
    """`value` as compose resolves it: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$$`."""

    def one(m: re.Match[str]) -> str:
        if m["escaped"]:
            return "$"
        name, op, default = m["name"], m["op"], m["default"] or ""
        got = (env or {}).get(name)
        if op == ":-":
            return got or default
        if op == "-":
            return default if got is None else got
        return got or ""

    pattern = r"(?P<escaped>\$\$)|\$\{(?P<name>\w+)(?:(?P<op>:?-)(?P<default>[^}]*))?\}"
    return re.sub(pattern, one, value)


def _env(service: str) -> dict[str, str]:
    """A service's environment after interpolation with no variables set."""
    raw = SERVICES[service].get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {k: _interpolate(str(v)) for k, v in raw.items()}


def _published(service: str) -> dict[int, tuple[str, int]]:
    """container port -> (host ip, host port) of a service's `ports` (short syntax)."""
    out = {}
    for spec in SERVICES[service].get("ports", []):
        parts = str(spec).split(":")
        ip, host, container = (["0.0.0.0"] + parts)[-3:] if len(parts) < 3 else parts
        out[int(container)] = (ip, int(host))
    return out


def _settings_env_names() -> set[str]:
    """Every environment variable name `Settings` reads (pydantic-settings: case-insensitive)."""
    names = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.add((alias if isinstance(alias, str) else name).upper())
    return names


def _dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, args = full.partition(" ")
        instructions.append((keyword.upper(), args.strip()))
    return instructions


def _all(keyword: str) -> list[str]:
    return [args for kw, args in _dockerfile() if kw == keyword]


# --- compose ----------------------------------------------------------------------------------


def test_compose_services() -> None:
    assert set(SERVICES) == {"neo4j", "kg"}
    assert "version" not in COMPOSE, "the top-level `version` key is obsolete"


def test_images_are_pinned_to_exact_versions() -> None:
    for name, service in SERVICES.items():
        image = service.get("image")
        if image is None:
            assert service.get("build"), f"{name}: neither image nor build"
            continue
        repo, _, tag = image.rpartition(":")
        assert repo and tag, f"{name}: {image!r} has no tag"
        assert tag != "latest" and re.search(r"\d+\.\d+\.\d+", tag), f"{name}: {image!r}"
    assert re.fullmatch(r"neo4j:5\.26\.\d+-community", SERVICES["neo4j"]["image"]), (
        "Neo4j 5 Community, on the 5.26 long-term-support line"
    )


def test_compose_runs_the_neo4j_version_the_tests_run() -> None:
    """What users deploy is what `make test` and `make run` start (tools/neo4j/pom.xml)."""
    version = pinned_versions()["neo4j.version"]
    assert SERVICES["neo4j"]["image"] == f"neo4j:{version}-community"


def test_neo4j_publishes_browser_and_bolt_on_loopback() -> None:
    ports = _published("neo4j")
    assert ports == {7474: ("127.0.0.1", 7474), 7687: ("127.0.0.1", 7687)}


def test_neo4j_password_has_a_documented_local_default_that_matches_the_settings() -> None:
    auth_raw = SERVICES["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth_raw.startswith("neo4j/${NEO4J_PASSWORD:-"), "password from NEO4J_PASSWORD"
    user, _, password = _env("neo4j")["NEO4J_AUTH"].partition("/")
    assert user == "neo4j"
    assert len(password) >= 8 and password != "neo4j", "Neo4j 5 refuses shorter or default ones"
    assert _env("kg")["NEO4J_PASSWORD"] == password, "the service must log in with the same one"
    assert Settings.model_fields["neo4j_password"].default == password, (
        "`kg` on the host (NEO4J_URI=bolt://localhost:7687 only) must log in too"
    )
    given = _interpolate(auth_raw, {"NEO4J_PASSWORD": "s3cret-pass"})
    assert given == "neo4j/s3cret-pass"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert password in readme, "the README documents the local default"


def test_neo4j_gets_no_variable_the_image_would_turn_into_an_unknown_setting() -> None:
    for name in SERVICES["neo4j"]["environment"]:
        if name in NEO4J_DOCKER_CONTROL_VARS:
            continue
        # NEO4J_server_memory_heap_max__size -> server.memory.heap.max_size
        assert re.fullmatch(r"NEO4J_[a-z][a-z0-9_]*", name), (
            f"{name}: the image would write it to neo4j.conf and Neo4j would refuse to start"
        )


def test_neo4j_keeps_its_data_in_a_named_volume() -> None:
    volume, _, target = SERVICES["neo4j"]["volumes"][0].partition(":")
    assert target == "/data"
    assert volume in COMPOSE["volumes"]


def test_every_service_has_a_healthcheck() -> None:
    for name, service in SERVICES.items():
        test = service.get("healthcheck", {}).get("test")
        assert test and test[0] in {"CMD", "CMD-SHELL"}, f"{name}: no healthcheck"
    assert "7474" in " ".join(SERVICES["neo4j"]["healthcheck"]["test"])
    kg_check = " ".join(SERVICES["kg"]["healthcheck"]["test"])
    assert f":{_env('kg')['KG_PORT']}/health" in kg_check


def test_service_starts_after_neo4j_is_healthy() -> None:
    assert SERVICES["kg"]["depends_on"] == {"neo4j": {"condition": "service_healthy"}}


def test_service_environment_names_are_settings_fields() -> None:
    unknown = set(_env("kg")) - _settings_env_names()
    assert not unknown, f"not read by app.settings.Settings: {sorted(unknown)}"


def test_service_reaches_neo4j_by_its_service_name_and_bolt_port() -> None:
    uri = urlsplit(_env("kg")["NEO4J_URI"])
    assert uri.scheme == "bolt"
    assert uri.hostname == "neo4j" and uri.hostname in SERVICES
    assert uri.port in _published("neo4j")


def test_settings_read_the_service_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _settings_env_names():
        monkeypatch.delenv(name, raising=False)
    for name, value in _env("kg").items():
        monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.neo4j_uri == "bolt://neo4j:7687"
    assert not settings.managed, "with NEO4J_URI set, the project starts no Neo4j of its own"
    assert settings.host == "0.0.0.0", "in a container the service must listen on all interfaces"
    assert _published("kg") == {settings.port: ("127.0.0.1", settings.port)}
    assert settings.data_dir == PROJECT_ROOT / "data"


def test_service_reads_the_curated_facts_mounted_read_only() -> None:
    mounts = [v.split(":") for v in SERVICES["kg"]["volumes"]]
    assert ["./data", "/app/data", "ro"] in mounts
    workdir = _all("WORKDIR")[-1]
    assert workdir == "/app", "data/ is mounted where the code looks for it (PROJECT_ROOT/data)"


# --- Dockerfile ----------------------------------------------------------------------------------


def test_base_image_is_a_pinned_slim_python_that_pyproject_allows() -> None:
    [base] = _all("FROM")
    match = re.fullmatch(r"python:(3\.\d+)\.\d+-slim(-[a-z]+)?", base)
    assert match, f"{base!r}: not an exact python:X.Y.Z-slim tag"
    assert PYPROJECT["project"]["requires-python"] == f">={match[1]},<3.12"


def test_runs_as_a_non_root_user() -> None:
    users = _all("USER")
    assert users and users[-1] not in {"root", "0"}
    assert any("useradd" in run and users[-1] in run for run in _all("RUN"))


def test_installs_the_dependencies_pyproject_declares(tmp_path: Path) -> None:
    """The requirement list the Dockerfile builds is exactly [project].dependencies."""
    [extract] = [run for run in _all("RUN") if "tomllib" in run]
    code = re.search(r'python -c "(?P<code>[^"]+)"', extract)
    assert code, extract
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    out = subprocess.run(
        [sys.executable, "-c", code["code"]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.splitlines() == PYPROJECT["project"]["dependencies"]
    assert "pip install -r /tmp/requirements.txt" in extract


def test_installs_the_project_itself_from_pyproject_after_copying_it() -> None:
    instructions = _dockerfile()
    install = next(
        i for i, (kw, args) in enumerate(instructions) if kw == "RUN" and "pip install -e ." in args
    )
    copied = {
        src for kw, args in instructions[:install] if kw == "COPY" for src in args.split()[:-1]
    }
    packages = {
        p.rstrip("*") for p in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    }
    needed = packages | {"pyproject.toml", "README.md", CYPHER_DIR.name, "data"}
    assert needed <= copied, f"copied before `pip install -e .`: {sorted(copied)}"


def test_build_context_holds_only_what_the_image_copies() -> None:
    ignore = [
        ln.strip()
        for ln in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    assert ignore[0] == "*", "an allow-list: .env, .venv and var/ never reach the build"
    allowed = {ln[1:].rstrip("/") for ln in ignore if ln.startswith("!")}
    sources = {src for args in _all("COPY") for src in args.split()[:-1]}
    assert sources <= allowed, (
        f"COPY sources not in .dockerignore's allow-list: {sources - allowed}"
    )
    assert not {".env", ".venv", "var"} & allowed


def test_serves_on_all_interfaces_with_kg_serve() -> None:
    assert _all("CMD") == ['["kg", "serve"]']
    env = " ".join(_all("ENV"))
    assert "KG_HOST=0.0.0.0" in env
    assert _all("EXPOSE") == [_env("kg")["KG_PORT"]]
