"""Every setting of the project, in one pydantic-settings class (environment and `.env`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Where the graph lives and how the service runs.

    With `NEO4J_URI` unset, the project starts its own embedded ArcadeDB (Bolt on loopback);
    with it set (`bolt://`, `neo4j://`, `neo4j+s://`…), the same code talks to that database and
    starts nothing.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    neo4j_uri: str | None = Field(default=None, description="Bolt/Neo4j URI; unset = embedded")
    neo4j_user: str = "neo4j"
    neo4j_password: str = "battery-kg"
    neo4j_database: str | None = Field(default=None, description="database name (Neo4j default)")

    embedded_bolt_port: int = Field(
        validation_alias="KG_EMBEDDED_BOLT_PORT", default=0, description="0 = pick a free port"
    )
    embedded_http_port: int = Field(
        validation_alias="KG_EMBEDDED_HTTP_PORT", default=0, description="0 = pick a free port"
    )
    embedded_data_dir: Path = Field(
        PROJECT_ROOT / "var" / "arcadedb", validation_alias="KG_EMBEDDED_DATA_DIR"
    )
    embedded_database: str = Field("kg", validation_alias="KG_EMBEDDED_DATABASE")
    embedded_password: str = Field("battery-kg-local", validation_alias="KG_EMBEDDED_PASSWORD")
    embedded_start_timeout: float = Field(120.0, validation_alias="KG_EMBEDDED_START_TIMEOUT")

    data_dir: Path = Field(PROJECT_ROOT / "data", validation_alias="KG_DATA_DIR")
    host: str = Field("127.0.0.1", validation_alias="KG_HOST")
    port: int = Field(8000, validation_alias="KG_PORT")
    api_threads: int = Field(
        4,
        ge=1,
        validation_alias="KG_API_THREADS",
        description="requests the service works on at once; the rest wait their turn (the "
        "service's Python runs on one core: more threads contend for it, see BENCHMARKS.md)",
    )

    query_timeout_seconds: float = Field(
        10.0,
        validation_alias="KG_QUERY_TIMEOUT_SECONDS",
        description="the longest a statement typed into the Cypher console may run",
    )
    read_timeout_seconds: float = Field(
        30.0,
        gt=0,
        validation_alias="KG_READ_TIMEOUT_SECONDS",
        description="the longest one read of the service may run: sent with every read (Neo4j "
        "stops it there; the API answers 504)",
    )
    embedded_command_timeout: float = Field(
        300.0,
        gt=0,
        validation_alias="KG_EMBEDDED_COMMAND_TIMEOUT",
        description="the embedded ArcadeDB stops any one statement after this many seconds "
        "(arcadedb.command.timeout: it ignores the timeout sent with a query). It covers the "
        "loader's statements too, a streamed result whole: reading back the keys of the L "
        "benchmark graph's 1.5 million relationships streams for 26 s",
    )
    cypher_row_cap: int = Field(1000, validation_alias="KG_CYPHER_ROW_CAP")
    max_hops: int = Field(6, validation_alias="KG_MAX_HOPS")
    max_depth: int = Field(3, validation_alias="KG_MAX_DEPTH")
    view_max_nodes: int = Field(
        500, validation_alias="KG_VIEW_MAX_NODES", description="most nodes a browser view draws"
    )

    @property
    def embedded(self) -> bool:
        """True when the project must start its own embedded database."""
        return not self.neo4j_uri


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment and `.env`."""
    return Settings()
