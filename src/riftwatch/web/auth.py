"""Who is asking, and may they: login, roles, CSRF and cross-site checks for every request.

Two modes:

- **local mode** (the default, bound to 127.0.0.1): one implicit analyst, named as the
  judgement commands name them (setting ``analyst``, else the operating-system user);
  state-changing requests still need the app's form token (a CSRF token).
- **server mode** (``riftwatch serve --server``): every route but ``/login`` and
  ``/static`` needs a logged-in user (a session cookie) or an API token
  (``Authorization: Bearer rwt_...``). Users have roles (:data:`ROLES`).

:func:`required_role` is the one rule for every route: ``GET``/``HEAD`` need a viewer,
any other method an analyst, and the admin areas (users, tokens, the audit log) an
admin. A route added later gets the rule of its method without anyone having to
remember it; ``tests/web/test_authz.py`` keeps an explicit table of every route and
fails when one is missing.

:class:`AuthGate` (ASGI middleware) applies it: it finds the user, refuses with a
numbered error (RW606 not logged in, RW608 role too low, RW610 cross-site, RW609 / RW604
missing or wrong CSRF token), and puts the user in ``request.state.user``. A
state-changing request from a browser must carry the session's CSRF token, in the
``X-CSRF-Token`` header (``fetch``) or a ``csrf_token`` form field; requests with an API
token need none (a browser never sends one by itself). Multipart forms (uploads) are
checked by their route (:data:`MULTIPART_ROUTES`, :func:`check_form_token`); any other
multipart request without the header is refused.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from riftwatch import settings
from riftwatch.errors import RiftwatchError, WebError
from riftwatch.store.accounts import ROLES, role_at_least, session_user, token_user

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PUBLIC = frozenset({("GET", "/login"), ("POST", "/login")})
"""Routes anyone may call (the login form itself)."""

VIEWER_WRITES = frozenset({("POST", "/logout")})
"""State-changing routes a viewer may call (their own session)."""

PUBLIC_PREFIXES = ("/static/",)
ADMIN_PREFIXES = ("/audit", "/api/audit", "/api/users", "/api/tokens", "/admin")
"""Paths only an admin may use (the path itself or anything under it)."""

LOCAL_READABLE = frozenset({"/audit", "/api/audit"})
"""Admin pages that local mode's one analyst may read: the audit log of their own changes
(local mode has no other user, so the whole log is theirs)."""

MULTIPART_ROUTES = frozenset({"/upload"})
"""Multipart POST routes that check the form token themselves (:func:`check_form_token`)."""

SESSION_COOKIE = "rw_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
MAX_FORM_BYTES = 1_000_000


def required_role(method: str, path: str) -> str | None:
    """The least role that may call ``method path``; None: anyone (login, static files).

    >>> required_role("GET", "/documents/3"), required_role("POST", "/api/events/3/judgement")
    ('viewer', 'analyst')
    >>> required_role("GET", "/audit"), required_role("POST", "/api/tokens")
    ('admin', 'admin')
    >>> required_role("GET", "/login"), required_role("GET", "/static/app.js")
    (None, None)
    """
    method = method.upper()
    if (method, path) in PUBLIC or path.startswith(PUBLIC_PREFIXES):
        return None
    if any(path == p or path.startswith(p + "/") for p in ADMIN_PREFIXES):
        return "admin"
    if (method, path) in VIEWER_WRITES:
        return "viewer"
    return "viewer" if method in SAFE_METHODS else "analyst"


def local_user(app: Any) -> dict[str, Any]:
    """The one implicit analyst of local mode."""
    from riftwatch.claims_store import default_analyst

    return {
        "id": None,
        "name": default_analyst(),
        "role": "analyst",
        "via": "local",
        "csrf_token": app.state.form_token,
    }


def current_user(request: Request) -> dict[str, Any] | None:
    """The user :class:`AuthGate` found for this request (None on public routes)."""
    return getattr(request.state, "user", None)


def form_token(request: Request) -> str:
    """The CSRF token that forms on this request's pages carry."""
    user = current_user(request)
    if user and user.get("csrf_token"):
        return str(user["csrf_token"])
    return str(request.app.state.form_token)


def check_form_token(request: Request, value: object) -> None:
    """Refuse (RW604) a form whose token is not this session's (or, before login, the app's),
    unless :class:`AuthGate` already checked this request's token."""
    if getattr(request.state, "csrf_checked", False):
        return
    expected = form_token(request).encode()
    if not isinstance(value, str) or not secrets.compare_digest(value.encode(), expected):
        raise WebError("RW604")


def analyst_name(request: Request) -> str:
    """The name recorded as the analyst (and in the audit log) for this request's changes."""
    user = current_user(request)
    if user is None:
        raise WebError("RW606", detail="no user")
    return str(user["name"])


def session_hours() -> float:
    """How long a login lasts (setting ``session_hours``)."""
    hours = float(settings.get("session_hours"))
    if hours <= 0:
        raise WebError("RW611", what="session_hours", value=hours, detail="give a positive number")
    return hours


def secure_cookie(request: Request) -> bool:
    """Whether the session cookie gets ``Secure``: over https, or when configured."""
    return request.url.scheme == "https" or bool(request.app.state.secure_cookies)


def set_session_cookie(response: Response, request: Request, secret: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=int(session_hours() * 3600),
        path="/",
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=secure_cookie(request)
    )


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _cross_site(scope: Scope) -> str | None:
    """Why a state-changing request looks cross-site, or None."""
    fetch_site = (_header(scope, b"sec-fetch-site") or "").lower()
    if fetch_site in {"cross-site", "same-site"}:
        return f"Sec-Fetch-Site: {fetch_site}"
    origin = _header(scope, b"origin")
    # "null": what browsers send for a form POST under Referrer-Policy no-referrer (ours);
    # Sec-Fetch-Site above and the CSRF token still decide then.
    if origin and origin != "null":
        host = _header(scope, b"host") or ""
        if urlsplit(origin).netloc.lower() != host.lower():
            return f"Origin {origin} is not this site"
    return None


class AuthGate:
    """ASGI middleware: authenticate, authorise and CSRF-check every HTTP request."""

    def __init__(self, app: ASGIApp, render: Any) -> None:
        self.app = app
        self.render = render  # (scope, error) -> Response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            receive = await self._check(scope, receive)
        except _Redirect as redirect:
            await redirect.response(scope, receive, send)
            return
        except RiftwatchError as exc:
            await self.render(scope, exc)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _check(self, scope: Scope, receive: Receive) -> Receive:
        app = scope["app"]
        method, path = scope["method"].upper(), scope["path"]
        needed = required_role(method, path)
        if app.state.server_mode or _header(scope, b"authorization"):
            user = await run_in_threadpool(self._identify, app, scope)
        else:
            user = local_user(app)  # no store to ask: keep the event loop's hop off
        scope.setdefault("state", {})["user"] = user
        if (
            not app.state.server_mode
            and user is not None
            and user.get("via") == "local"
            and method in SAFE_METHODS
            and path in LOCAL_READABLE
        ):
            needed = "viewer"  # local mode: the analyst reads the log of their changes
        if needed is None and not (method == "POST" and path == "/login"):
            return receive
        if needed is not None:
            if user is None:
                if method in SAFE_METHODS and not _is_json(path):
                    target = path + (
                        f"?{scope['query_string'].decode()}" if scope.get("query_string") else ""
                    )
                    raise _Redirect("/login?next=" + quote(target, safe=""))
                raise WebError("RW606", detail="this server requires a login or an API token")
            if not role_at_least(user["role"], needed):
                raise WebError(
                    "RW608",
                    what=f"{method} {path}",
                    needed=needed,
                    user=user["name"],
                    role=user["role"],
                )
        if method in SAFE_METHODS or (user is not None and user.get("via") == "token"):
            return receive
        why = _cross_site(scope)
        if why:
            raise WebError("RW610", detail=why)
        expected = (user or {}).get("csrf_token") or app.state.form_token
        header = _header(scope, CSRF_HEADER.encode())
        if header is not None:
            if not secrets.compare_digest(header.encode(), str(expected).encode()):
                raise WebError("RW609")
            scope["state"]["csrf_checked"] = True
            return receive
        kind = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            body, receive = await _buffer(receive)
            values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD, [])
            if not values or not secrets.compare_digest(values[0].encode(), str(expected).encode()):
                raise WebError("RW604")
            scope["state"]["csrf_checked"] = True
            return receive
        if kind == "multipart/form-data" and path in MULTIPART_ROUTES:
            return receive  # the route checks the form's token (check_form_token)
        raise WebError("RW609")

    @staticmethod
    def _identify(app: Any, scope: Scope) -> dict[str, Any] | None:
        store = app.state.store
        authorization = _header(scope, b"authorization")
        if authorization:
            scheme, _, secret = authorization.partition(" ")
            user = token_user(store, secret.strip()) if scheme.lower() == "bearer" else None
            if user is None:
                raise WebError("RW606", detail="the API token is unknown, revoked or expired")
            return user
        if not app.state.server_mode:
            return local_user(app)
        return session_user(store, _cookie(scope, SESSION_COOKIE))


def _is_json(path: str) -> bool:
    return path.startswith("/api/") or path == "/openapi.json"


class _Redirect(Exception):
    def __init__(self, location: str) -> None:
        self.response = RedirectResponse(location, status_code=303)


async def _buffer(receive: Receive) -> tuple[bytes, Receive]:
    """Read a (small) request body and a ``receive`` that replays it to the app."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            raise WebError("RW601", limit=MAX_FORM_BYTES / 1_000_000)
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


__all__ = [
    "ADMIN_PREFIXES",
    "MULTIPART_ROUTES",
    "PUBLIC",
    "ROLES",
    "SESSION_COOKIE",
    "AuthGate",
    "analyst_name",
    "check_form_token",
    "clear_session_cookie",
    "current_user",
    "form_token",
    "local_user",
    "required_role",
    "session_hours",
    "set_session_cookie",
]
