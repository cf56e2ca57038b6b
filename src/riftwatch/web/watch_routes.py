"""Watchlists and alerts in the workbench: the /alerts and /watchlists pages and their
JSON routes under /api (thin routes over :mod:`riftwatch.api`, see docs/watch.md).

Forms post with the app's form token (as the upload form does: RW604 otherwise); JSON
POSTs must be ``application/json``, which a page of another site cannot send without
the browser asking first.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from riftwatch import api
from riftwatch.errors import RiftwatchError, WatchError, WebError
from riftwatch.web import auth, pages

router = APIRouter()
pages_router = APIRouter(include_in_schema=False)

for _link in (("/alerts", "Alerts"), ("/watchlists", "Watchlists")):
    if _link not in pages.NAV:
        pages.NAV.append(_link)

_NOT_FOUND = {"RW705", "RW706", "RW707"}


def _store(request: Request) -> Any:
    return request.app.state.store


def _json_error(exc: RiftwatchError) -> JSONResponse:
    from riftwatch.web.app import error_body, http_status

    code = 404 if exc.code in _NOT_FOUND else 409 if exc.code == "RW716" else http_status(exc)
    return JSONResponse(error_body(exc), status_code=code)


def _require_json(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise WebError("RW600", name="Content-Type", detail="send application/json")


class FollowBody(BaseModel):
    """Follow an actor (``b`` empty) or a pair."""

    a: str = Field(description="An actor: id, name or alias.")
    b: str | None = Field(None, description="A second actor: follow the pair.")
    analyst: str | None = Field(None, description="Who follows (default: the server's user).")
    threshold: float | None = Field(None, description="Rift probability (0-1) of an alert.")
    channels: list[str] = Field(default_factory=list, description="webhook, email (ui always).")
    webhook_url: str | None = None
    email_to: str | None = None


class UnfollowBody(BaseModel):
    a: str
    b: str | None = None
    analyst: str | None = None


class AckBody(BaseModel):
    analyst: str | None = Field(None, description="Who acknowledges.")


@router.get("/api/alerts", tags=["watch"])
def alerts_json(
    request: Request,
    analyst: Annotated[str | None, Query(description="Only this analyst's alerts.")] = None,
    open_only: Annotated[
        bool, Query(alias="open", description="Only unacknowledged alerts.")
    ] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Alerts, newest first, each with the evidence it was raised on."""
    items = api.alerts(_store(request), analyst=analyst, unacknowledged=open_only,
                       limit=limit, offset=offset)  # fmt: skip
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/api/alerts/{alert_id}", tags=["watch"])
def alert_json(request: Request, alert_id: int) -> Response:
    """One alert (404 RW707 if unknown)."""
    try:
        return JSONResponse(api.get_alert(alert_id, db=_store(request)))
    except WatchError as exc:
        return _json_error(exc)


@router.post("/api/alerts/{alert_id}/ack", tags=["watch"])
def ack_json(request: Request, alert_id: int, body: AckBody) -> Response:
    """Acknowledge an alert (404 unknown, 409 RW716 already acknowledged)."""
    _require_json(request)
    try:
        return JSONResponse(
            api.acknowledge_alert(alert_id, db=_store(request), analyst=_who(request, body.analyst))
        )
    except WatchError as exc:
        return _json_error(exc)


@router.get("/api/watchlists", tags=["watch"])
def watchlists_json(
    request: Request,
    analyst: Annotated[str | None, Query(description="Only this analyst's follows.")] = None,
) -> dict[str, Any]:
    """What is followed, by whom, and each pair's last assessed probability."""
    return {"items": api.watchlists(_store(request), analyst=analyst)}


@router.post("/api/watchlists", tags=["watch"])
def follow_json(request: Request, body: FollowBody) -> Response:
    """Follow an actor or a pair (400 with a numbered error for bad values)."""
    _require_json(request)
    try:
        row = api.follow(body.a, body.b, db=_store(request), analyst=_who(request, body.analyst),
                         threshold=body.threshold, channels=body.channels,
                         webhook_url=body.webhook_url, email_to=body.email_to)  # fmt: skip
    except RiftwatchError as exc:
        return _json_error(exc)
    return JSONResponse(row, status_code=201 if row["created"] else 200)


@router.post("/api/watchlists/unfollow", tags=["watch"])
def unfollow_json(request: Request, body: UnfollowBody) -> Response:
    """Stop following (404 RW705 when not followed)."""
    _require_json(request)
    try:
        return JSONResponse(
            api.unfollow(body.a, body.b, db=_store(request), analyst=_who(request, body.analyst))
        )
    except RiftwatchError as exc:
        return _json_error(exc)


@router.get("/api/watch/sources", tags=["watch"])
def sources_json(request: Request) -> dict[str, Any]:
    """The watched folders and feeds, with their last check and its error."""
    return {"items": api.watch_sources(_store(request))}


# -- pages ----------------------------------------------------------------------------------


async def _form(request: Request) -> dict[str, str]:
    """The posted form's fields, after the form-token check of the upload form (RW604)."""
    form = await request.form(max_files=0, max_fields=50)
    auth.check_form_token(request, form.get(auth.CSRF_FIELD))
    fields = {k: str(v).strip() for k, v in form.items() if isinstance(v, str)}
    fields["analyst"] = _who(request, fields.get("analyst"))
    return fields


def _who(request: Request, given: str | None) -> str | None:
    """The analyst of a change: the logged-in user in server mode, else who the form names
    (default: the server's user)."""
    user = auth.current_user(request)
    if user is not None and request.app.state.server_mode:
        return str(user["name"])
    return given or (str(user["name"]) if user else None)


@pages_router.get("/alerts", response_class=HTMLResponse)
def alerts_page(
    request: Request,
    show: Annotated[str, Query(pattern="^(open|all)$")] = "open",
    analyst: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    """Alerts with their evidence; open ones have an acknowledge button."""
    rows = api.alerts(_store(request), analyst=analyst or None, unacknowledged=show == "open")
    return pages.render(request, "alerts.html", title="Alerts", alerts=rows, show=show,
                        analyst=analyst or "", error=None)  # fmt: skip


@pages_router.post("/alerts/{alert_id}/ack", response_class=HTMLResponse)
async def ack_page(request: Request, alert_id: int) -> Response:
    """Acknowledge from the page, then back to the open alerts."""
    fields = await _form(request)
    try:
        await run_in_threadpool(api.acknowledge_alert, alert_id, db=_store(request),
                                analyst=fields.get("analyst") or None)  # fmt: skip
    except WatchError as exc:
        code = 404 if exc.code in _NOT_FOUND else 409
        return pages.error_page(request, exc, code)
    return RedirectResponse("/alerts", status_code=303)


@pages_router.get("/watchlists", response_class=HTMLResponse)
def watchlists_page(request: Request) -> HTMLResponse:
    """Follows with their pairs' last probability, the follow form, the watched sources."""
    return _watchlists(request)


def _watchlists(request: Request, error: RiftwatchError | None = None) -> HTMLResponse:
    store = _store(request)
    return pages.render(
        request, "watchlists.html", 400 if error else 200, title="Watchlists",
        follows=api.watchlists(store), sources=api.watch_sources(store), error=error,
    )  # fmt: skip


@pages_router.post("/watchlists", response_class=HTMLResponse)
async def follow_page(request: Request) -> Response:
    """Follow (or, with ``action=unfollow``, stop following) from the page."""
    fields = await _form(request)
    store = _store(request)
    try:
        if fields.get("action") == "unfollow":
            await run_in_threadpool(api.unfollow, fields.get("a", ""), fields.get("b") or None,
                                    db=store, analyst=fields.get("analyst") or None)  # fmt: skip
        else:
            channels = [c for c in ("webhook", "email") if fields.get(f"channel_{c}")]
            await run_in_threadpool(
                api.follow, fields.get("a", ""), fields.get("b") or None, db=store,
                analyst=fields.get("analyst") or None,
                threshold=fields.get("threshold") or None, channels=channels,
                webhook_url=fields.get("webhook_url") or None,
                email_to=fields.get("email_to") or None,
            )  # fmt: skip
    except RiftwatchError as exc:
        return _watchlists(request, exc)
    return RedirectResponse("/watchlists", status_code=303)


router.include_router(pages_router)

__all__ = ["router"]
