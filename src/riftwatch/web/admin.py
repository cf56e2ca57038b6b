"""The admin's pages for users and API tokens (``/admin/users``), beside the audit log
(``/audit``).

One page lists the users (name, role, disabled or not, when added) with forms to add a
user with a role and a password, change a role, and disable or enable a user; and the
API tokens (whose user, name, role, created, expires, last used, revoked) with forms to
create one (its secret is shown once, on the page that answers the form, and never
again: only its digest is stored) and to revoke one. Every form is a plain POST with the
session's CSRF token, answered by a redirect back to the page (or, for a new token, by
the page itself with the secret). The admin prefix ``/admin`` makes
:func:`riftwatch.web.auth.required_role` ask for an admin on every route here; each
change goes through :mod:`riftwatch.api` (``add_user``, ``set_user_role``,
``disable_user``, ``create_token``, ``revoke_token``), which audits it with the admin's
name. ``POST /api/users/{name}/enable`` completes the JSON API.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from riftwatch import api
from riftwatch.store.accounts import ROLES
from riftwatch.web import auth
from riftwatch.web.pages import render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["users and tokens"])


def _store(request: Request) -> Any:
    return request.app.state.store


def _back(anchor: str = "") -> RedirectResponse:
    return RedirectResponse("/admin/users" + anchor, status_code=303)


def _page(request: Request, *, made: dict[str, Any] | None = None) -> HTMLResponse:
    store = _store(request)
    return render(
        request, "admin_users.html", title="Users and API tokens",
        users=api.list_users(store), tokens=api.list_tokens(store), roles=ROLES, made=made,
        me=auth.analyst_name(request),
    )  # fmt: skip


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request) -> HTMLResponse:
    """Users and API tokens, with the forms that change them."""
    return _page(request)


@router.post("/admin/users")
def add_user_form(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()] = "analyst",
) -> Response:
    """Add a user with a role and a password (RW611 a bad name, role or password; RW613
    the name is taken)."""
    api.add_user(_store(request), name, role, password, by=auth.analyst_name(request))
    return _back("#users")


@router.post("/admin/users/{name}/role")
def role_form(request: Request, name: str, role: Annotated[str, Form()]) -> Response:
    """Change a user's role (their tokens with more than it are lowered to it)."""
    api.set_user_role(_store(request), name, role, by=auth.analyst_name(request))
    return _back("#users")


@router.post("/admin/users/{name}/disable")
def disable_form(request: Request, name: str, disabled: Annotated[str, Form()] = "1") -> Response:
    """Disable a user (``disabled=1``: no login, their sessions and tokens stop at once)
    or enable them again (``disabled=0``)."""
    api.disable_user(
        _store(request), name, disabled=disabled.strip() not in ("0", "false", "no"),
        by=auth.analyst_name(request),
    )  # fmt: skip
    return _back("#users")


@router.post("/admin/tokens", response_class=HTMLResponse)
def create_token_form(
    request: Request,
    user: Annotated[str, Form()],
    name: Annotated[str, Form()],
    role: Annotated[str, Form()] = "",
    days: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Create an API token for a user (role at most theirs; ``days`` until it expires,
    none: never); the page answering shows its secret once."""
    from riftwatch.errors import WebError

    try:
        lifetime = float(days) if days.strip() else None
    except ValueError:
        raise WebError("RW611", what="days", value=days, detail="give a number of days") from None
    made = api.create_token(
        _store(request), user, name, role=role.strip() or None, days=lifetime,
        by=auth.analyst_name(request),
    )  # fmt: skip
    return _page(request, made=made)


@router.post("/admin/tokens/{token_id}/revoke")
def revoke_token_form(request: Request, token_id: str) -> Response:
    """Revoke an API token (RW614 when there is no active token with that id)."""
    api.revoke_token(_store(request), token_id, by=auth.analyst_name(request))
    return _back("#tokens")


@api_router.post("/users/{name}/enable", summary="Enable a disabled user (admin)")
def post_user_enable(request: Request, name: str) -> dict[str, Any]:
    return api.disable_user(_store(request), name, disabled=False, by=auth.analyst_name(request))


__all__ = ["api_router", "router"]
