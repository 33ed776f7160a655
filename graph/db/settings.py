"""What `graph/db` needs to reach the graph: the database settings (environment and `.env`).

The service's own settings (web server, limits, the data folder) extend this class in
`app/settings.py`; `graph/` never reads those.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class DatabaseSettings(BaseSettings):
    """Where the graph lives and how it is read.

    With `NEO4J_URI` unset, the project starts its own Neo4j Community server (on loopback,
    `graph/db/server.py`); with it set (`bolt://`, `neo4j://`, `neo4j+s://`…), the same code
    talks to that database and starts nothing.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    neo4j_uri: str | None = Field(
        default=None, description="Bolt/Neo4j URI; unset = the project starts its own Neo4j"
    )
    neo4j_user: str = "neo4j"
    neo4j_password: str = Field(
        "battery-kg",
        min_length=8,
        description="the password of NEO4J_URI's user; for the project's own Neo4j, the "
        "password set on its first start (Neo4j needs at least 8 characters)",
    )
    neo4j_database: str | None = Field(default=None, description="database name (Neo4j default)")

    neo4j_home: Path = Field(
        PROJECT_ROOT / "var" / "neo4j",
        validation_alias="KG_NEO4J_HOME",
        description="the project's own Neo4j: configuration, data, logs and the runtime's jars",
    )
    neo4j_bolt_port: int = Field(
        17687,
        validation_alias="KG_NEO4J_BOLT_PORT",
        description="Bolt port of the project's Neo4j (not 7687, so a Neo4j of the user's own "
        "is never shadowed; 0 = any free port)",
    )
    neo4j_http_port: int = Field(
        17474,
        validation_alias="KG_NEO4J_HTTP_PORT",
        description="HTTP port of the project's Neo4j, where Neo4j Browser is (not 7474)",
    )
    neo4j_heap: str = Field(
        "4g",
        validation_alias="KG_NEO4J_HEAP",
        description="Java heap of the project's Neo4j (the loader's one transaction lives there)",
    )
    neo4j_page_cache: str = Field(
        "2g", validation_alias="KG_NEO4J_PAGE_CACHE", description="Neo4j's page cache"
    )
    neo4j_runtime_dir: Path | None = Field(
        None,
        validation_alias="KG_NEO4J_RUNTIME_DIR",
        description="where the Neo4j jars are resolved to (default: KG_NEO4J_HOME/runtime)",
    )
    neo4j_start_timeout: float = Field(120.0, validation_alias="KG_NEO4J_START_TIMEOUT")
    neo4j_java: str | None = Field(
        None,
        validation_alias="KG_NEO4J_JAVA",
        description="the `java` (17 or 21) to run Neo4j with; default: JAVA_HOME, the PATH, "
        "/usr/lib/jvm",
    )

    read_timeout_seconds: float = Field(
        30.0,
        gt=0,
        validation_alias="KG_READ_TIMEOUT_SECONDS",
        description="the longest one read of the service may run: sent with every read (Neo4j "
        "stops it there; the API answers 504)",
    )

    @property
    def managed(self) -> bool:
        """True when the project starts its own Neo4j (no NEO4J_URI)."""
        return not self.neo4j_uri
