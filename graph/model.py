"""The graph model: node labels, relationship types and the closed vocabularies facts use.

These tuples are the allow-lists: a label or relationship type that reaches Cypher from user input
must be one of them (Cypher cannot take a label as a parameter, so anything else is refused).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, get_args

EntityType = Literal["company", "plant", "country"]
"""The entities a user asks about by name, as the API writes them (a search's `type`)."""

ENTITY_LABELS: tuple[str, ...] = tuple(t.capitalize() for t in get_args(EntityType))
"""Their node labels ("Company", "Plant", "Country"): what a search finds and a path joins."""

LABELS: tuple[str, ...] = (*ENTITY_LABELS, "Source")
"""Node labels written by the loader."""

INTERNAL_LABELS: tuple[str, ...] = ("LoadRun",)
"""Bookkeeping labels (the last load's time and counts); not part of the industry graph."""

BOOKKEEPING_PROPS: frozenset[str] = frozenset({"kg_hash", "kg_key", "search_keys", "caption"})
"""Properties the loader writes for itself (content hash, relationship key, the normalised names
search reads, the stake caption Neo4j Browser's style prints), not facts about the industry."""

RelType = Literal[
    "OWNS_STAKE",
    "SUPPLIES",
    "BUILDS_IN",
    "OPERATES",
    "LOCATED_IN",
    "PARTNERS_WITH",
    "HEADQUARTERED_IN",
    "INVESTS_IN",
    "MENTIONS",
]
"""A relationship type written by the loader, as a type the API validates."""

REL_TYPES: tuple[str, ...] = get_args(RelType)
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


CONFIRMED_STATUSES: frozenset[str] = frozenset({Status.CONFIRMED.value})
"""The statuses that count as confirmed: `confirmed` and nothing else (an announced plan is not a
confirmed fact). A view draws every other status as not confirmed (dashed, faded)."""


def is_confirmed(status: str | None) -> bool:
    """True when a fact's status is confirmed (`CONFIRMED_STATUSES`). A relationship with no
    status at all (MENTIONS: a source names an entity, no fact about the industry) counts as
    confirmed, so that it is not drawn as a doubtful fact."""
    return status is None or status in CONFIRMED_STATUSES


class Precision(StrEnum):
    """How much of a date a source really gives."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Lifecycle(StrEnum):
    """The phase of a plant's life, apart from how certain the fact stating it is (`Status`)."""

    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under construction"
    IN_PRODUCTION = "in production"
    EXPANDING = "expanding"
    IDLED = "idled"
    CLOSED = "closed"
    CANCELLED = "cancelled"


ENDING_LIFECYCLES: frozenset[str] = frozenset({Lifecycle.CLOSED.value, Lifecycle.CANCELLED.value})
"""Phases that end a plant: it is not in force from the day the phase began."""


class Basis(StrEnum):
    """What a relationship rests on."""

    SOURCE = "source"
    """Sources and evidence quotes from them."""
    CURATOR = "curator"
    """The curator's statement from general knowledge (no article makes it)."""


class Tier(StrEnum):
    """Where a product sits in the chain from mine to vehicle (supplies and plants)."""

    RAW_MATERIAL = "raw material"
    """Mined or brine-extracted: spodumene, lithium brine, nickel ore, graphite."""
    REFINED_MATERIAL = "refined material"
    """Lithium carbonate or hydroxide, nickel or cobalt sulphate."""
    COMPONENT = "component"
    """Cathode and anode active material, electrolyte, separator, foil."""
    CELL = "cell"
    MODULE_OR_PACK = "module or pack"
    VEHICLE_OR_DEVICE = "vehicle or device"
    """What the battery goes into: a car, a truck, a power bank, a storage system."""
    RECYCLING = "recycling"


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
