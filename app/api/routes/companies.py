"""Company questions: `GET /companies/{id}/ownership` and `GET /companies/{id}/supply-chain`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.params import AsOf, EntityId, at_most, bound_help
from app.api.responses import model_json
from app.deps import GraphDep, SettingsDep
from app.schemas import NOT_FOUND, UNAVAILABLE
from graph.model import Status
from graph.questions.ownership import OwnershipReport, ownership
from graph.questions.supply import HARD_MAX_TIERS, Direction, SupplyChain, supply_chain

router = APIRouter(prefix="/companies", tags=["companies"], responses={**NOT_FOUND, **UNAVAILABLE})


@router.get("/{entity_id}/ownership", response_model=OwnershipReport)
def ownership_route(
    graph: GraphDep, settings: SettingsDep, entity_id: EntityId, as_of: AsOf
) -> Response:
    """Who owns a company (or a plant: its id works here too), with direct percentages, and
    what it holds; effective stakes through chains of stakes (percentages multiplied along each
    chain, the chain shown). A stated total below 100 % is reported as such, never filled in."""
    return model_json(ownership(graph, entity_id, settings.max_hops, as_of))


@router.get("/{entity_id}/supply-chain", response_model=SupplyChain)
def supply_chain_route(
    graph: GraphDep,
    settings: SettingsDep,
    entity_id: EntityId,
    as_of: AsOf,
    direction: Annotated[
        Direction, Query(description="up: suppliers (and theirs); down: customers (and theirs)")
    ] = "up",
    tiers: Annotated[
        int,
        Query(
            ge=1,
            le=HARD_MAX_TIERS,
            description=f"tiers to follow ({bound_help('max_hops', HARD_MAX_TIERS)})",
        ),
    ] = 1,
    status: Annotated[
        list[Status] | None, Query(description="only supplies with these statuses (repeatable)")
    ] = None,
) -> Response:
    """A company's suppliers (`up`) or customers (`down`), tier by tier, each supply with its
    product, chemistry, cell formats, status, dates and sources."""
    at_most("tiers", tiers, settings.max_hops)
    statuses = [s.value for s in status] if status else None
    return model_json(supply_chain(graph, entity_id, direction, tiers, statuses, as_of))
