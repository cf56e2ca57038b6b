"""The FastAPI application: one store, security headers, numbered errors, routers.

:func:`create_app` builds the application over a store; the routes in
:mod:`riftwatch.web.api_routes` (JSON) and :mod:`riftwatch.web.pages` (HTML) call only
:mod:`riftwatch.api`. Every response carries the headers of :data:`SECURITY_HEADERS`;
a numbered :class:`~riftwatch.errors.RiftwatchError` becomes a JSON error (``/api/...``)
or an error page with the HTTP status of :func:`http_status`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from riftwatch import __version__, api
from riftwatch.errors import RiftwatchError, WebError
from riftwatch.store import Store

HERE = Path(__file__).resolve().parent

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'"
)
"""No inline scripts or styles, nothing from another origin, no plugins, no framing."""

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
"""Headers set on every response, pages, API, static files and errors alike."""

LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
"""Host headers accepted in local mode (a guard against DNS rebinding)."""

DEFAULT_MAX_UPLOAD_MB = 50

_NOT_FOUND_CODES = {"RW302", "RW303", "RW307", "RW308", "RW401", "RW405", "RW605"}


def http_status(exc: RiftwatchError) -> int:
    """The HTTP status of a numbered error: 404 unknown id, 503 no store, 413 too big, else 400.

    >>> from riftwatch.errors import StoreError, ConfigError
    >>> http_status(StoreError("RW302", id=9)), http_status(ConfigError("RW002", value="Z"))
    (404, 400)
    """
    if exc.code in _NOT_FOUND_CODES:
        return 404
    if exc.code in {"RW300", "RW301", "RW305"}:
        return 503
    if exc.code == "RW601":
        return 413
    if exc.code in {"RW604", "RW608", "RW609", "RW610"}:
        return 403
    if exc.code in {"RW606", "RW607"}:
        return 401
    if exc.code in {"RW612", "RW614"}:
        return 404
    if exc.code == "RW613":
        return 409
    return 400


def error_body(exc: RiftwatchError) -> dict[str, Any]:
    """The JSON body of an error: ``{"error": {"code", "message", "path", "line", "field"}}``."""
    return {"error": exc.to_dict()}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


class SecurityHeaders:
    """ASGI middleware: add :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in self.headers}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class UploadLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes with RW601 (HTTP 413).

    A declared ``Content-Length`` over the limit is refused before anything is read; a
    body that grows past it while streaming stops being read and gets the same answer.
    """

    def __init__(self, app: ASGIApp, limit: int, render: Any) -> None:
        self.app = app
        self.limit = limit
        self.render = render  # (scope, error) -> Response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        error = WebError("RW601", limit=round(self.limit / 1_000_000, 1))
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self.render(scope, error)(scope, receive, send)
            return
        seen = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    exceeded = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                if not started:
                    started = True
                    await self.render(scope, error)(scope, receive, send)
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
            if not started:
                await self.render(scope, error)(scope, receive, send)


def upload_dir_for(url: str) -> Path:
    """Where uploads to the store at ``url`` are kept.

    Beside a SQLite file (``NAME-uploads/``), else ``uploads/<hash of the URL>`` under
    the data directory (setting ``data_dir``).

    >>> upload_dir_for("sqlite:////data/rw.db").as_posix()
    '/data/rw-uploads'
    """
    import hashlib

    from riftwatch import settings
    from riftwatch.store.engine import sqlite_path

    path = sqlite_path(url) if url.startswith("sqlite") else None
    if path is not None:
        return path.with_name(path.stem + "-uploads")
    digest = hashlib.sha256(api._display_url(url).encode()).hexdigest()[:12]
    return settings.data_dir() / "uploads" / digest


def create_app(
    db: api.DB = None,
    *,
    upload_dir: str | os.PathLike[str] | None = None,
    max_upload_mb: float = DEFAULT_MAX_UPLOAD_MB,
    allowed_hosts: list[str] | None = None,
    server_mode: bool | None = None,
    secure_cookies: bool | None = None,
    form_token: str | None = None,
) -> FastAPI:
    """The workbench over the store ``db`` (which must exist: RW305 otherwise).

    ``upload_dir`` receives uploaded files (default :func:`upload_dir_for`);
    ``max_upload_mb`` bounds a request body; ``allowed_hosts`` are the ``Host`` headers
    accepted (default: loopback names only; ``["*"]`` for any). ``server_mode`` (default:
    the setting ``server_mode``) requires a login (:mod:`riftwatch.web.auth`);
    ``secure_cookies`` (default: the setting) marks the session cookie Secure on http too.
    ``form_token`` (default: a new random one) is local mode's CSRF token of forms: the
    worker processes of one server share it.
    """
    from riftwatch import settings
    from riftwatch.web import (
        actor_pages,
        admin,
        api_routes,
        auth,
        curate,
        dashboard,
        export_routes,
        grading,
        network,
        pages,
        relationships,
        rifts,
        watch_routes,
        wedges,
        write_routes,
    )

    store = api.connect(db, create=False)
    owned = not isinstance(db, Store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="riftwatch workbench API",
        version=__version__,
        description=(
            "Read the store of riftwatch: documents, coded events, full-text search, sources "
            "and ingest status. Every route calls the same Python API as the command line "
            "(`riftwatch.api`). Lists are paged with `limit` and `offset` and report `total`. "
            'Errors are JSON: `{"error": {"code": "RW...", "message": ...}}` with HTTP '
            "404 for an unknown id and 400 for a bad filter or query. In server mode every "
            "route needs a login session or `Authorization: Bearer <API token>` (401 RW606 "
            "otherwise, 403 RW608 for a role too low); writes from a session need the "
            "`X-CSRF-Token` header (GET /api/session gives it)."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.upload_dir = Path(upload_dir) if upload_dir else upload_dir_for(store.url)
    app.state.max_upload_bytes = int(max_upload_mb * 1_000_000)
    app.state.form_token = form_token or secrets.token_urlsafe(32)
    configured = settings.get("server_mode") if server_mode is None else server_mode
    app.state.server_mode = bool(configured)
    app.state.secure_cookies = bool(
        settings.get("secure_cookies") if secure_cookies is None else secure_cookies
    )

    app.include_router(api_routes.router)
    app.include_router(pages.router)
    app.include_router(watch_routes.router)
    app.include_router(write_routes.api_router)
    app.include_router(write_routes.router)
    app.include_router(dashboard.router)
    app.include_router(relationships.router)
    app.include_router(network.router)
    app.include_router(wedges.router)
    app.include_router(rifts.router)
    app.include_router(actor_pages.router)
    app.include_router(export_routes.router)
    app.include_router(curate.router)
    app.include_router(curate.api_router)
    app.include_router(grading.router)
    app.include_router(grading.api_router)
    app.include_router(admin.router)
    app.include_router(admin.api_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def render_error(scope: Scope, exc: RiftwatchError) -> Response:
        request = Request(scope)
        if _wants_json(request):
            return JSONResponse(error_body(exc), status_code=http_status(exc))
        return pages.error_page(request, exc, http_status(exc))

    @app.exception_handler(RiftwatchError)
    async def numbered_error(request: Request, exc: RiftwatchError) -> Response:
        return render_error(request.scope, exc)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        problem = exc.errors()[0] if exc.errors() else {}
        location = [str(p) for p in problem.get("loc", ()) if p not in ("query", "path", "body")]
        name = ".".join(location) or "request"
        value = problem.get("input")
        detail = str(problem.get("msg", "invalid"))
        if value is not None and not isinstance(value, dict):
            detail += f" (got {str(value)[:80]!r})"
        return render_error(request.scope, WebError("RW600", name=name, detail=detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return render_error(request.scope, WebError("RW605", url=request.url.path))
        if _wants_json(request):
            body = {"error": {"code": None, "message": str(exc.detail)}}
            return JSONResponse(body, status_code=exc.status_code)
        return HTMLResponse(str(exc.detail), status_code=exc.status_code)

    app.add_middleware(auth.AuthGate, render=render_error)
    app.add_middleware(UploadLimit, limit=app.state.max_upload_bytes, render=render_error)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS)
    app.add_middleware(SecurityHeaders)

    return app


__all__ = [
    "CONTENT_SECURITY_POLICY",
    "SECURITY_HEADERS",
    "create_app",
    "error_body",
    "http_status",
    "upload_dir_for",
]
