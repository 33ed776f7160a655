"""Request parameters several routes share, and 422 answers in FastAPI's own shape."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Path, Query
from fastapi.exceptions import RequestValidationError

AS_OF_HELP = (
    "Only facts in effect by this date (YYYY-MM-DD): a fact counts when its `valid_from` (the "
    "first day it is known in effect) is on or before it. Facts without any date are left out."
)

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


async def as_of_param(
    as_of: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN,
            description=AS_OF_HELP,
            examples=["2024-01-31"],
            openapi_examples={
                "before the joint venture": {
                    "summary": "the day before BAIC announced the Beijing joint venture",
                    "value": "2024-03-10",
                },
                "end of 2023": {"value": "2023-12-31"},
            },
            json_schema_extra={"format": "date"},
        ),
    ] = None,
) -> str | None:
    """The `as_of` query parameter as YYYY-MM-DD, or None; 422 when it is no calendar date."""
    if as_of is None:
        return None
    try:
        return date.fromisoformat(as_of).isoformat()
    except ValueError:
        raise invalid("query", "as_of", "not a calendar date (YYYY-MM-DD)", as_of) from None


AsOf = Annotated[str | None, Depends(as_of_param)]
"""A validated "as of" date (YYYY-MM-DD) or None."""

EntityId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        description="company slug, plant id, ISO country code or source id",
        examples=["beijing-era-new-energy"],
        openapi_examples={
            "joint venture": {"value": "beijing-era-new-energy"},
            "cell maker": {"value": "catl"},
            "supplier of Anker": {"value": "cbak-energy"},
            "plant": {"value": "ford-catl-michigan-plant"},
        },
    ),
]


def invalid(where: str, name: str, message: str, value: object) -> RequestValidationError:
    """A 422 error for parameter `name` in `where` (query, path, body), as FastAPI words them."""
    return RequestValidationError(
        [{"type": "value_error", "loc": (where, name), "msg": message, "input": value}]
    )
