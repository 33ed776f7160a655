"""Request parameters several routes share, and 422 answers in FastAPI's own shape.

Bounds the service configures (`KG_MAX_HOPS`, `KG_MAX_DEPTH`, `KG_VIEW_MAX_NODES`) are not written
into a route's schema, which is built at import: the schema carries the question's fixed ceiling
(`le=`, the OpenAPI `maximum`) and the route checks the configured bound with `at_most`, which
answers the 422 FastAPI gives for `le=`."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Path, Query
from fastapi.exceptions import RequestValidationError

from app.settings import Settings

AS_OF_HELP = (
    "The day to answer for (YYYY-MM-DD; default today, and the answer's `as_of` says which day "
    "it used): only facts in force that day, i.e. whose `valid_from` (the first day in force) is "
    "on or before it and whose `valid_until` (the first day no longer in force: an end, a later "
    "version, a closure) is after it. Facts without any date are included, flagged "
    "`validity.date_unknown`, and counted in `undated`."
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
    """The `as_of` query parameter as YYYY-MM-DD, or None (the question then answers for
    today: `graph.questions.facts.as_of_day`); 422 when it is no calendar date."""
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


def at_most(name: str, value: int, bound: int, default: int | None = None) -> int:
    """`value` of query parameter `name` when it is at most `bound` (a bound the service is
    configured with); else the 422 FastAPI answers for a `le=` bound. The route's `default`
    (FastAPI does not validate defaults) is lowered to `bound` instead of refused."""
    if value == default:
        return min(value, bound)
    if value > bound:
        raise RequestValidationError(
            [
                {
                    "type": "less_than_equal",
                    "loc": ("query", name),
                    "msg": f"Input should be less than or equal to {bound}",
                    "input": value,
                    "ctx": {"le": bound},
                }
            ]
        )
    return value


def bound_help(setting: str, ceiling: int) -> str:
    """How a route's docs word a bound the service configures: `"at most KG_MAX_HOPS: 6 unless
    the service sets another, never more than 10"`."""
    field = Settings.model_fields[setting]
    return (
        f"at most {field.validation_alias}: {field.default} unless the service sets another, "
        f"never more than {ceiling}"
    )
