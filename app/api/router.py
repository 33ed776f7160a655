"""The JSON API: every resource router, mounted by `app.main`."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.routes import (
    analytics,
    companies,
    countries,
    cypher,
    entities,
    health,
    paths,
    plants,
    search,
    sources,
)

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(analytics.router)
api_router.include_router(search.router)
api_router.include_router(entities.router)
api_router.include_router(companies.router)
api_router.include_router(paths.router)
api_router.include_router(plants.router)
api_router.include_router(countries.router)
api_router.include_router(sources.router)
api_router.include_router(cypher.router)
