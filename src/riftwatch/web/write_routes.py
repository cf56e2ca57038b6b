"""The workbench's writes and its access-control pages: login and logout, analysts'
judgements of events, the ACH matrix editor, the audit log, users and API tokens.

Every route calls :mod:`riftwatch.api` with the name of the user making the change, so
the change and its audit row are recorded exactly as the command line records them.
Who may call what is decided for every route by :func:`riftwatch.web.auth.required_role`
(before the route runs); CSRF tokens are checked there too.

HTML forms are plain POST forms that answer with a redirect (they work without
JavaScript); ``/api/...`` routes take and return JSON.
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from riftwatch import api
from riftwatch.analysis.ach import RATINGS
from riftwatch.errors import WebError
from riftwatch.store import accounts
from riftwatch.web import api_routes, auth
from riftwatch.web.pages import pager, render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["write"])

VERDICTS = ("accept", "reject", "correct")


def _store(request: Request) -> Any:
    return request.app.state.store


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def parse_change_text(text: str | None) -> list[str]:
    """The ``FIELD=VALUE`` changes of a correction form (separated by ``;`` or new lines).

    >>> parse_change_text("event_type=SUPPORT; target = Haqqani network\\n")
    ['event_type=SUPPORT', 'target = Haqqani network']
    """
    return [part.strip() for part in re.split(r"[;\n]", text or "") if part.strip()]


def _safe_next(value: str | None) -> str:
    """A local path to go to after login (never another site).

    >>> _safe_next("/documents/3?x=1"), _safe_next("//evil.example/"), _safe_next("https://x/")
    ('/documents/3?x=1', '/', '/')
    """
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


# -- login and logout --------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    if not request.app.state.server_mode:
        return _see_other(_safe_next(next))
    return render(request, "login.html", title="Log in", next=_safe_next(next), error=None, name="")


@router.post("/login", response_class=HTMLResponse)
async def login(
    request: Request,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Check the name and password; start a session (cookie) and go on to ``next``."""
    if not request.app.state.server_mode:
        return _see_other(_safe_next(next))
    store = _store(request)
    user = await run_in_threadpool(accounts.authenticate, store, name, password)
    if user is None:
        return render(
            request,
            "login.html",
            401,
            title="Log in",
            next=_safe_next(next),
            error=WebError("RW607"),
            name=name,
        )
    hours = auth.session_hours()
    secret, _ = await run_in_threadpool(accounts.start_session, store, user["id"], hours=hours)
    response = _see_other(_safe_next(next))
    auth.set_session_cookie(response, request, secret)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    """End this session (it is revoked in the store, not only forgotten by the browser)."""
    secret = request.cookies.get(auth.SESSION_COOKIE)
    await run_in_threadpool(accounts.end_session, _store(request), secret)
    response = _see_other("/login" if request.app.state.server_mode else "/")
    auth.clear_session_cookie(response, request)
    return response


@api_router.get("/session", summary="Who is asking: user, role, mode and CSRF token")
def get_session(request: Request) -> dict[str, Any]:
    """The current user and the CSRF token to send as ``X-CSRF-Token`` with writes."""
    user = auth.current_user(request) or {}
    return {
        "user": user.get("name"),
        "role": user.get("role"),
        "via": user.get("via"),
        "mode": "server" if request.app.state.server_mode else "local",
        "csrf_token": auth.form_token(request) if user.get("via") != "token" else None,
    }


# -- judgements of events ----------------------------------------------------------------------


def judgement_context(request: Request, events: list[dict[str, Any]]) -> dict[str, Any]:
    """What the document page needs to show and edit judgements: history per event id and
    whether this user may write."""
    store = _store(request)
    user = auth.current_user(request)
    from riftwatch.claims_store import histories as judgement_histories

    histories = judgement_histories(store, [e["id"] for e in events])  # one query
    return {
        "histories": histories,
        "can_write": bool(user) and accounts.role_at_least(user["role"], "analyst"),
        "verdicts": VERDICTS,
    }


@router.post("/events/{ev_id}/judgement")
def judge_form(
    request: Request,
    ev_id: str,
    verdict: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
    changes: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> Response:
    """Accept, reject or correct an event from its document page; back to the page."""
    store = _store(request)
    key = api_routes.event_id(ev_id)
    api.judge_event(
        store,
        key,
        verdict,
        analyst=auth.analyst_name(request),
        note=note.strip() or None,
        changes=parse_change_text(changes) if verdict == "correct" else None,
    )
    event = api.get_event(store, key)
    target = _safe_next(back) if back else f"/documents/{event['document']['id']}?event={key}"
    return _see_other(target.split("#")[0] + f"#event-{key}")


class JudgementIn(BaseModel):
    verdict: str = Field(description="accept, reject or correct")
    note: str | None = Field(None, description="Why (kept with the judgement).")
    changes: dict[str, Any] | list[str] | None = Field(
        None, description='A correction: {"event_type": "SUPPORT"} or ["event_type=SUPPORT"].'
    )


class CredibilityIn(BaseModel):
    credibility: int | str | None = Field(description="1-6, or null/'clear' to withdraw.")
    reason: str | None = Field(None, description="Why (required with a value).")


@api_router.get("/events/{ev_id}/judgements", summary="An event's judgements (history)")
def get_judgements(request: Request, ev_id: str) -> dict[str, Any]:
    """Every verdict and credibility override of the event, oldest first (``current``
    marks the ones that count)."""
    items = api.event_judgements(_store(request), api_routes.event_id(ev_id))
    return {"total": len(items), "items": items}


@api_router.post("/events/{ev_id}/judgement", summary="Accept, reject or correct an event")
def post_judgement(request: Request, ev_id: str, body: JudgementIn) -> dict[str, Any]:
    """Record the verdict of the calling user (audited with before and after)."""
    return api.judge_event(
        _store(request),
        api_routes.event_id(ev_id),
        body.verdict,
        analyst=auth.analyst_name(request),
        note=body.note,
        changes=body.changes,
    )


@api_router.post("/events/{ev_id}/credibility", summary="Override an event's credibility")
def post_credibility(request: Request, ev_id: str, body: CredibilityIn) -> dict[str, Any]:
    """Override (or withdraw an override of) the information credibility of one event."""
    return api.override_credibility(
        _store(request),
        api_routes.event_id(ev_id),
        body.credibility,
        analyst=auth.analyst_name(request),
        reason=body.reason,
    )


# -- ACH ---------------------------------------------------------------------------------------


def question_view(store: Any, question: str) -> dict[str, Any]:
    """A stored question's matrix (with the analysts' ratings applied) and its history."""
    history = api.ach_history(question, db=store)
    pair = [history["pair"][0]["id"], history["pair"][1]["id"]]
    matrix = api.ach_matrix(pair=pair, as_of=history["as_of"], db=store)
    return {"question": history, "matrix": matrix}


@router.get("/ach", response_class=HTMLResponse)
def ach_list(request: Request) -> HTMLResponse:
    questions = api.ach_questions(_store(request))
    return render(
        request,
        "ach_list.html",
        title="ACH questions",
        questions=questions,
        can_write=_can_write(request),
    )


def _can_write(request: Request) -> bool:
    user = auth.current_user(request)
    return bool(user) and accounts.role_at_least(user["role"], "analyst")


@router.post("/ach")
def ach_open(
    request: Request,
    actor_a: Annotated[str, Form()],
    actor_b: Annotated[str, Form()],
    as_of: Annotated[str, Form()] = "",
) -> Response:
    """Open (create on first use) the question for a pair as of a date."""
    matrix = api.ach_matrix(
        pair=[actor_a, actor_b],
        as_of=as_of.strip() or None,
        db=_store(request),
        analyst=auth.analyst_name(request),
    )
    return _see_other(f"/ach/{matrix['question']}")


@router.get("/ach/{question}", response_class=HTMLResponse)
def ach_page(request: Request, question: str) -> HTMLResponse:
    view = question_view(_store(request), question)
    recent = list(reversed(view["question"]["ratings"]))[:50]
    return render(
        request,
        "ach.html",
        title=f"ACH question {view['question']['id']}",
        **view,
        ratings=RATINGS,
        recent=recent,
        can_write=_can_write(request),
    )


@router.post("/ach/{question}/rating")
def ach_rate_form(
    request: Request,
    question: str,
    item: Annotated[str, Form()],
    hypothesis: Annotated[str, Form()],
    rating: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
    row: Annotated[str, Form()] = "",
) -> Response:
    """Record the user's rating of one evidence item against one hypothesis."""
    api.ach_rate(
        question,
        item,
        hypothesis,
        rating,
        analyst=auth.analyst_name(request),
        note=note.strip() or None,
        db=_store(request),
    )
    anchor = f"#item-{row}" if row.isdigit() else ""
    return _see_other(f"/ach/{question}{anchor}")


@router.post("/ach/{question}/hypotheses")
def ach_hypothesis_form(
    request: Request,
    question: str,
    hypothesis: Annotated[str, Form()],
    name: Annotated[str, Form()],
    description: Annotated[str, Form()] = "",
) -> Response:
    """Add a hypothesis to the question."""
    api.ach_add_hypothesis(
        question,
        hypothesis.strip(),
        name,
        analyst=auth.analyst_name(request),
        description=description.strip() or None,
        db=_store(request),
    )
    return _see_other(f"/ach/{question}")


class QuestionIn(BaseModel):
    pair: list[str] = Field(description="Two actors (ids or names).")
    as_of: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD (default today).")


class RatingIn(BaseModel):
    item: str = Field(description="The evidence item's key, or its row number (1 = first).")
    hypothesis: str = Field(description="The hypothesis id.")
    rating: str = Field(description="CC, C, N, I or II.")
    note: str | None = None


class HypothesisIn(BaseModel):
    id: str = Field(description="Lower-case letters, digits and underscores.")
    name: str
    description: str | None = None


@api_router.get("/ach", summary="Stored ACH questions")
def get_ach_questions(request: Request) -> dict[str, Any]:
    items = api.ach_questions(_store(request))
    return {"total": len(items), "items": items}


@api_router.post("/ach", summary="Open an ACH question for a pair (created on first use)")
def post_ach_question(request: Request, body: QuestionIn) -> dict[str, Any]:
    return api.ach_matrix(
        pair=body.pair, as_of=body.as_of, db=_store(request), analyst=auth.analyst_name(request)
    )


@api_router.get("/ach/{question}", summary="A question's matrix, ratings and history")
def get_ach_question(request: Request, question: str) -> dict[str, Any]:
    return question_view(_store(request), question)


@api_router.post("/ach/{question}/ratings", summary="Rate an evidence item")
def post_ach_rating(request: Request, question: str, body: RatingIn) -> dict[str, Any]:
    return api.ach_rate(
        question,
        body.item,
        body.hypothesis,
        body.rating,
        analyst=auth.analyst_name(request),
        note=body.note,
        db=_store(request),
    )


@api_router.post("/ach/{question}/hypotheses", summary="Add a hypothesis")
def post_ach_hypothesis(request: Request, question: str, body: HypothesisIn) -> dict[str, Any]:
    return api.ach_add_hypothesis(
        question,
        body.id,
        body.name,
        analyst=auth.analyst_name(request),
        description=body.description,
        db=_store(request),
    )


# -- audit log (admin) -------------------------------------------------------------------------


def _audit_filters(
    actor: str | None, action: str | None, object_type: str | None, object_id: str | None
) -> dict[str, Any]:
    given = {"actor": actor, "action": action, "object_type": object_type, "object_id": object_id}
    return {k: v.strip() for k, v in given.items() if v and v.strip()}


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    actor: str | None = None,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> HTMLResponse:
    store = _store(request)
    filters = _audit_filters(actor, action, object_type, object_id)
    rows = api.audit_log(store, limit=limit, offset=offset, **filters)
    total = api.count_audit(store, **filters)
    return render(
        request,
        "audit.html",
        title="Audit log",
        rows=rows,
        form=filters,
        pager=pager(request, total, limit, offset),
    )


@api_router.get("/audit", summary="The audit log (admin)")
def get_audit(
    request: Request,
    actor: Annotated[str | None, Query(description="Who made the change.")] = None,
    action: Annotated[str | None, Query(description="event.reject; event.* a prefix.")] = None,
    object_type: Annotated[str | None, Query(description="event, ach_question, ...")] = None,
    object_id: Annotated[str | None, Query(description="The object's id.")] = None,
    limit: api_routes.Limit = 100,
    offset: api_routes.Offset = 0,
) -> dict[str, Any]:
    """Analyst changes, newest first, each with ``before`` and ``after``."""
    store = _store(request)
    filters = _audit_filters(actor, action, object_type, object_id)
    items = api.audit_log(store, limit=limit, offset=offset, **filters)
    total = api.count_audit(store, **filters)
    return {"total": total, "limit": limit, "offset": offset, "filters": filters, "items": items}


# -- users and API tokens (admin) --------------------------------------------------------------


class UserIn(BaseModel):
    name: str
    role: str = "analyst"
    password: str


class RoleIn(BaseModel):
    role: str


class TokenIn(BaseModel):
    user: str
    name: str
    role: str | None = None
    days: float | None = None


@api_router.get("/users", summary="Users (admin)")
def get_users(request: Request) -> dict[str, Any]:
    items = api.list_users(_store(request))
    return {"total": len(items), "items": items}


@api_router.post("/users", summary="Add a user (admin)")
def post_user(request: Request, body: UserIn) -> dict[str, Any]:
    return api.add_user(
        _store(request), body.name, body.role, body.password, by=auth.analyst_name(request)
    )


@api_router.post("/users/{name}/role", summary="Change a user's role (admin)")
def post_user_role(request: Request, name: str, body: RoleIn) -> dict[str, Any]:
    return api.set_user_role(_store(request), name, body.role, by=auth.analyst_name(request))


@api_router.post("/users/{name}/disable", summary="Disable a user (admin)")
def post_user_disable(request: Request, name: str) -> dict[str, Any]:
    return api.disable_user(_store(request), name, by=auth.analyst_name(request))


@api_router.get("/tokens", summary="API tokens (admin; never their secrets)")
def get_tokens(request: Request, user: str | None = None) -> dict[str, Any]:
    items = api.list_tokens(_store(request), user=user)
    return {"total": len(items), "items": items}


@api_router.post("/tokens", summary="Create an API token (admin; the secret is shown once)")
def post_token(request: Request, body: TokenIn) -> dict[str, Any]:
    return api.create_token(
        _store(request),
        body.user,
        body.name,
        role=body.role,
        days=body.days,
        by=auth.analyst_name(request),
    )


@api_router.post("/tokens/{token_id}/revoke", summary="Revoke an API token (admin)")
def post_token_revoke(request: Request, token_id: str) -> dict[str, Any]:
    return api.revoke_token(_store(request), token_id, by=auth.analyst_name(request))


def audit_link(filters: dict[str, str]) -> str:
    """The audit page filtered by ``filters``.

    >>> audit_link({"object_type": "event", "object_id": "3"})
    '/audit?object_type=event&object_id=3'
    """
    return "/audit?" + urlencode(filters)


__all__ = ["api_router", "judgement_context", "parse_change_text", "question_view", "router"]
