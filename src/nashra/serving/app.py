"""The web application: a JSON API (``/api``) and the pages (``/``) over one archive.

Pages and API calls read through per-thread read-only connections; only the upload
endpoint, which exists when the server was given a token, writes.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from nashra.reading import Limits
from nashra.search.engine import FilterError
from nashra.search.query import QueryError, QueryLimits
from nashra.serving.environment import QUERY, READING, from_environment
from nashra.serving.paths import STATIC
from nashra.storage.archive import Archive, exists

MAX_UPLOAD = 20 * 1024 * 1024  # bytes


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as escapes: a response shown by mistake
    as HTML, or pasted into a page, cannot open a tag. Parsed, the values are unchanged."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text.encode("utf-8")


class Archives:
    """One read-only connection per server thread (SQLite connections are not shared
    between threads), opened on first use. ``location``: a file or a PostgreSQL URL."""

    def __init__(self, location: str | Path) -> None:
        self.location = location
        self._local = threading.local()
        self._opened: list[Archive] = []
        self._lock = threading.Lock()

    def get(self) -> Archive:
        archive = getattr(self._local, "archive", None)
        if archive is None:
            archive = self._local.archive = Archive(self.location, readonly=True)
            with self._lock:
                self._opened.append(archive)
        return archive

    def close(self) -> None:
        with self._lock:
            for archive in self._opened:
                archive.close()
            self._opened.clear()


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
    limits: Limits | None = None,
    query_limits: QueryLimits | None = None,
) -> FastAPI:
    """The application over the archive at ``db``, which must exist (it is migrated
    here, once, if an older nashra made it). With ``token``, ``POST /api/documents``
    accepts uploads that carry it, read within ``limits``; searches are held to
    ``query_limits``."""
    from nashra.serving import api, pages

    if not exists(db):
        raise FileNotFoundError(f"no archive at {db}: make one with nashra ingest")
    Archive(db).close()  # migrate, if needed, before readers open it
    archives = Archives(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        archives.close()

    app = FastAPI(
        lifespan=lifespan,
        title="nashra",
        summary="Diplomatic events in Arabic news: search, items, events, entities.",
        version=_version(),
        default_response_class=SafeJSONResponse,
        docs_url=None,  # served below from assets shipped in a package, not from a CDN
        redoc_url=None,
    )
    app.state.archives = archives
    app.state.token = token
    app.state.max_upload = max_upload
    app.state.limits = limits or Limits()
    app.state.query_limits = query_limits or QueryLimits()
    app.include_router(api.router)
    if token:
        app.include_router(api.upload_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _docs(app)
    _errors(app)
    _openapi(app)

    app.add_middleware(SecurityHeaders)
    return app


def _docs(app: FastAPI) -> None:
    """The OpenAPI viewer at /docs, from the Swagger UI the fastapi-offline package ships:
    it works offline, and its version is the package's. (ReDoc is left out: its page
    fetches its logo from its CDN.)"""
    from importlib.resources import files

    from fastapi.openapi.docs import get_swagger_ui_html

    assets = files("fastapi_offline") / "static"
    app.mount("/docs-assets", StaticFiles(directory=str(assets)), name="docs")
    openapi = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(
            openapi_url=openapi,
            title="nashra API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
        )


def _openapi(app: FastAPI) -> None:
    """The OpenAPI description as the API answers: a parameter that does not validate is a
    400 in nashra's error shape (``{"error": {…}}``), not FastAPI's 422 body."""

    def schema() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            document = get_openapi(
                title=app.title, version=app.version, routes=app.routes, summary=app.summary
            )
            components = document.get("components", {}).get("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                components.pop(name, None)
            for operations in document.get("paths", {}).values():
                for operation in operations.values():
                    answers = operation.get("responses", {})
                    if answers.pop("422", None) is not None and "400" not in answers:
                        answers["400"] = {
                            "description": "A parameter is not valid",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ErrorBody"}
                                }
                            },
                        }
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = schema


class SecurityHeaders:
    """Adds the security headers to every response, as plain ASGI: a wrapper around each
    response (Starlette's ``BaseHTTPMiddleware``) cost an eighth of the throughput."""

    def __init__(self, app) -> None:
        self.app = app
        common = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        self.pages = [*common, (b"content-security-policy", POLICY.encode())]
        self.docs = [*common, (b"content-security-policy", DOCS_POLICY.encode())]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs if scope.get("path") == "/docs" else self.pages

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _value in headers}
                headers += [(k, v) for k, v in extra if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Every response says what a browser may do with it: nothing from elsewhere, no framing,
# no guessing of types, no referrer sent on.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# /docs loads its viewer from this server and starts it with an inline script.
DOCS_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def app_from_environment() -> FastAPI:
    """The application ``nashra serve`` starts in each worker process: its settings come
    in the environment (a token never appears in a process list)."""
    env = os.environ
    return create_app(
        env["NASHRA_DB"],
        token=env.get("NASHRA_TOKEN") or None,
        max_upload=int(env.get("NASHRA_MAX_UPLOAD", MAX_UPLOAD)),
        limits=from_environment(Limits, env, READING),
        query_limits=from_environment(QueryLimits, env, QUERY),
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nashra")
    except PackageNotFoundError:
        return "0"


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The one shape of every API error."""
    return {
        "error": {"status": status, "code": code or _CODES.get(status, "error"), "message": message}
    }


_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid",
    500: "internal",
}


def _errors(app: FastAPI) -> None:
    """API errors as ``error_body`` JSON, page errors as a page; never a traceback."""

    def respond(request: Request, status: int, message: str, headers=None):
        if request.url.path.startswith("/api"):
            return SafeJSONResponse(error_body(status, message), status, headers=headers)
        from nashra.serving.pages import error_page

        return error_page(request, status, message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return respond(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
            for e in exc.errors()
        )
        return respond(request, 400, problems)

    @app.exception_handler(QueryError)
    @app.exception_handler(FilterError)
    async def bad_query(request: Request, exc: Exception):
        return respond(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return respond(request, 500, "internal error: the request could not be answered")
