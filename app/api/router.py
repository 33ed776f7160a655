"""The JSON API: every resource router, mounted by `app.main`."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.routes import analytics, health

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(analytics.router)
