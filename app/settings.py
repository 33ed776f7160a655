"""The service's settings: the database settings of `graph/db/settings.py` and what the service
adds (web server, time limits, caps and bounds of the questions, the data folder).

One way to read them: routes take `SettingsDep` (`app/deps.py`), so a test can override them;
the entry points (`app/main.py`'s start-up, each `kg` command in `app/cli.py`) call
`get_settings()` once, where they start. Nothing reads them at import time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field

from graph.db.settings import PROJECT_ROOT, DatabaseSettings


class Settings(DatabaseSettings):
    """The database settings and the service's own (environment and `.env`)."""

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
    cypher_row_cap: int = Field(1000, validation_alias="KG_CYPHER_ROW_CAP")
    cypher_byte_cap: int = Field(
        4_000_000,
        ge=1000,
        validation_alias="KG_CYPHER_BYTE_CAP",
        description="most bytes of rows (as JSON) one Cypher console answer carries: past it "
        "the rows are truncated (`truncated_by: bytes`), and a first row larger than it is 413",
    )
    max_hops: int = Field(
        6,
        validation_alias="KG_MAX_HOPS",
        description="longest ownership chain, supply chain (tiers) and path asked for (the "
        "questions' own ceilings still apply)",
    )
    max_depth: int = Field(
        3, validation_alias="KG_MAX_DEPTH", description="most steps out of a neighbourhood"
    )
    view_max_nodes: int = Field(
        500, validation_alias="KG_VIEW_MAX_NODES", description="most nodes a browser view draws"
    )


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment and `.env`."""
    return Settings()
