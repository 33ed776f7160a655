"""The graph model: node labels, relationship types and the closed vocabularies facts use.

These tuples are the allow-lists: a label or relationship type that reaches Cypher from user input
must be one of them (Cypher cannot take a label as a parameter, so anything else is refused).
"""

from __future__ import annotations

from enum import StrEnum

LABELS: tuple[str, ...] = ("Company", "Plant", "Country", "Source")
"""Node labels written by the loader."""

INTERNAL_LABELS: tuple[str, ...] = ("LoadRun",)
"""Bookkeeping labels (the last load's time and counts); not part of the industry graph."""

REL_TYPES: tuple[str, ...] = (
    "OWNS_STAKE",
    "SUPPLIES",
    "BUILDS_IN",
    "OPERATES",
    "LOCATED_IN",
    "PARTNERS_WITH",
    "HEADQUARTERED_IN",
    "INVESTS_IN",
    "MENTIONS",
)
"""Relationship types written by the loader."""

FACT_REL_TYPES: tuple[str, ...] = tuple(t for t in REL_TYPES if t != "MENTIONS")
"""Relationship types that state a fact about the industry (MENTIONS only links a source)."""


class Status(StrEnum):
    """How firmly a source states a fact. A closed set, ordered from firmest to weakest."""

    CONFIRMED = "confirmed"
    """The source states it as done or in force (a plant in mass production, a signed stake)."""
    ANNOUNCED = "announced"
    """A party to the fact announced it as decided or planned (a plant to open by a target date)."""
    REPORTED = "reported"
    """Third parties (media, sources) report it; the parties have not confirmed it."""
    UNDER_CONSIDERATION = "under consideration"
    """The parties say it is being considered and that no decision has been made."""
    DENIED = "denied"
    """A party has denied it."""


CONFIRMED_STATUSES: frozenset[str] = frozenset({Status.CONFIRMED.value, Status.ANNOUNCED.value})
"""Statuses a view draws as firm; every other status is drawn as not confirmed."""


class Precision(StrEnum):
    """How much of a date a source really gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class CompanyKind(StrEnum):
    """What a company mainly is, for colouring and for analytics (buyers vs. suppliers)."""

    CELL_MAKER = "cell maker"
    AUTOMAKER = "automaker"
    CONSUMER_ELECTRONICS = "consumer electronics"
    MATERIALS_SUPPLIER = "materials supplier"
    JOINT_VENTURE = "joint venture"
    TECHNOLOGY = "technology"
    OTHER = "other"


BUYER_KINDS: frozenset[str] = frozenset(
    {
        CompanyKind.AUTOMAKER.value,
        CompanyKind.CONSUMER_ELECTRONICS.value,
        CompanyKind.TECHNOLOGY.value,
    }
)
"""Company kinds that buy cells rather than make them."""


class PartnershipKind(StrEnum):
    """The kind of a PARTNERS_WITH edge."""

    JOINT_VENTURE = "joint venture"
    MOU = "memorandum of understanding"
    STRATEGIC_COOPERATION = "strategic cooperation"
    FRAMEWORK_AGREEMENT = "framework agreement"
    SUPPLIER_SELECTION = "supplier selection"
    OTHER = "other"
