"""The interactive API docs (/docs: Swagger UI) served without any CDN: its script, stylesheet and
icon come from the pinned `fastapi-offline` package, as static files of this service, so the page
makes no request to any other host. There is no /redoc: ReDoc (even the copy fastapi-offline
ships) always requests its logo from cdn.redoc.ly."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import (
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

DOCS_STATIC = "/static-docs"
"""Where the Swagger UI assets are served (from fastapi_offline's package folder)."""

DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
"""The docs page's policy: the views' (app/views/pages.py) but for the inline script that
`get_swagger_ui_html` writes (Swagger UI's set-up). Nothing loads from another host."""


def _secured(response: HTMLResponse) -> HTMLResponse:
    """`response` with the docs page's security headers."""
    response.headers["Content-Security-Policy"] = DOCS_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def install_api_docs(app: FastAPI) -> None:
    """Add /docs and its OAuth2 redirect page to `app` (created with `docs_url=None,
    redoc_url=None`), loading their assets from this service only."""
    openapi_url = app.openapi_url or "/openapi.json"
    redirect_url = app.swagger_ui_oauth2_redirect_url or "/docs/oauth2-redirect"
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return _secured(
            get_swagger_ui_html(
                openapi_url=f"{root}{openapi_url}",
                title=f"{app.title} - API docs",
                oauth2_redirect_url=f"{root}{redirect_url}",
                swagger_js_url=f"{root}{DOCS_STATIC}/swagger-ui-bundle.js",
                swagger_css_url=f"{root}{DOCS_STATIC}/swagger-ui.css",
                swagger_favicon_url=f"{root}{DOCS_STATIC}/favicon.png",
                # no badge fetched from validator.swagger.io
                swagger_ui_parameters={"validatorUrl": None, **(app.swagger_ui_parameters or {})},
            )
        )

    @router.get(redirect_url, response_class=HTMLResponse)
    def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    app.include_router(router)
    app.mount(
        DOCS_STATIC,
        StaticFiles(packages=[("fastapi_offline", "static")]),
        name="docs-static",
    )
