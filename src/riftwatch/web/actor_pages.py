"""The actor pages: browse and search ``/actors?q=``, one actor ``/actors/{id}``, the
suggestions queue ``/actors/suggestions``; and their JSON under ``/api/actors``.

The knowledge base as the store's analysts curated it (:mod:`riftwatch.actors.api`):
hierarchy tree, aliases with provenance, relations, names and leaders over time; and
from the store's claims, the actor's relationships with their trends. Open actors
(``open:`` ids, outside the knowledge base) have a page too.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from riftwatch import api
from riftwatch.actors import api as actors_api
from riftwatch.actors.kb import TYPES
from riftwatch.errors import RiftwatchError
from riftwatch.single_flight import SingleFlight
from riftwatch.web import links  # noqa: F401  (template globals)
from riftwatch.web.pages import pager, render
from riftwatch.web.svg import sparkline

router = APIRouter()

Q = Annotated[str | None, Query(description="Name or alias fragment (any case).")]
Type = Annotated[str | None, Query(description=f"Actor type: {', '.join(TYPES)}.")]


def _store(request: Request) -> Any:
    return request.app.state.store


def search_actors(request: Request, q: str | None, type_: str | None, limit: int,
                  offset: int) -> dict[str, Any]:  # fmt: skip
    """Knowledge-base actors matching ``q`` and ``type_`` (a page and the total), and the
    store's open actors matching ``q``."""
    store = _store(request)
    type_ = (type_ or "").strip() or None
    query = (q or "").strip() or None
    found = actors_api.list_actors(db=store, type_=type_, query=query, limit=1_000_000)
    opened = [] if type_ else api.open_actors(store, query, limit=100)
    return {"q": query, "type": type_, "total": len(found), "limit": limit, "offset": offset,
            "items": found[offset : offset + limit], "open": opened}  # fmt: skip


def actor_detail(request: Request, actor_id: str) -> dict[str, Any]:
    """One actor: the knowledge base's record (aliases, relations, parents, children), its
    tree and history, and its relationships in the store (open actors: the latter only)."""
    store = _store(request)
    out: dict[str, Any]
    try:
        out = actors_api.show_actor(actor_id, db=store)
    except RiftwatchError as exc:
        if exc.code != "RW401":
            raise
        out = {"id": actor_id, "name": None, "type": "open", "open": True}
    else:
        out["open"] = False
        out["tree"] = actors_api.actor_tree(out["id"], db=store, depth=3)
        out["history"] = actors_api.actor_history(out["id"], db=store)
    try:
        rel = api.actor_relationships(store, out["id"], limit=100)
    except RiftwatchError as exc:
        # an actor analysts added to the knowledge base (not the bundled one the field's
        # analytics read) with no coded events yet: no relationships, still a page
        if exc.code != "RW401" or out["open"]:
            raise
        rel = {"ready": True, "total": 0, "items": [],
               "actor": {"id": out["id"], "name": out["name"]}}  # fmt: skip
    out["relationships"] = rel
    if out["name"] is None:
        out["name"] = rel["actor"]["name"]
    return out


@router.get("/api/actors", tags=["actors"], summary="Browse and search the actors")
def get_actors(
    request: Request,
    q: Q = None,
    type: Type = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Knowledge-base actors sorted by name (``items``, paged, ``total``), and the store's
    open actors whose name matches ``q`` (``open``)."""
    return search_actors(request, q, type, limit, offset)


SUGGESTION_PAGES_KEPT = 32
"""Pages of the suggestions queue kept in memory (per store state; least recently made out)."""
_SUGGESTIONS: SingleFlight[dict[str, Any]] = SingleFlight(SUGGESTION_PAGES_KEPT)


def suggestions_state(store: Any) -> tuple[Any, ...]:
    """What the suggestions queue depends on, read by index (milliseconds at a million
    events): the claims' state (:func:`riftwatch.workbench.store_state`), the newest stored
    sentence, the newest actor curation judgement and how many are undone (an undo changes
    a row, not the newest id), and the knowledge base's version."""
    from sqlalchemy import func, select

    from riftwatch import workbench
    from riftwatch.actors.kb import default_kb
    from riftwatch.actors.tables import ActorJudgement
    from riftwatch.store.tables import SentenceRow

    with store.engine.connect() as conn:
        sentence = conn.execute(select(func.max(SentenceRow.id))).scalar() or 0
        judged = conn.execute(select(func.max(ActorJudgement.id))).scalar() or 0
        undone = conn.execute(
            select(func.count()).where(ActorJudgement.undone_at.is_not(None))
        ).scalar()
    return (*workbench.store_state(store), int(sentence), int(judged), int(undone or 0),
            default_kb().version)  # fmt: skip


def kept_suggestions(store: Any, *, limit: int, offset: int, min_count: int = 2) -> dict:
    """One page of :func:`riftwatch.actors.api.suggest_page`, computed once per store state
    (:func:`suggestions_state`) and kept: in memory, and in the store beside the field
    summary, so that a revisit, the other worker processes and a restarted server read it
    instead of resolving every stored name again (about a second at a million events). A
    new sentence, event, verdict or actor judgement makes a new one; two requests for the
    same page wait for one computation."""
    from riftwatch import workbench

    state = suggestions_state(store)
    key = (store.url, state, limit, offset, min_count)

    def stored_or_computed() -> dict[str, Any]:
        claims_state = tuple(state[:3])
        name = workbench._relationship_row(
            "suggestions", "", {"state": list(state[3:]), "limit": limit,
                                "offset": offset, "min_count": min_count},
        )  # fmt: skip
        page = workbench.stored_relationship(store, name, claims_state)  # type: ignore[arg-type]
        if page is None:
            page = actors_api.suggest_page(store, limit=limit, offset=offset,
                                           min_count=min_count)  # fmt: skip
            workbench.save_relationship(store, name, claims_state, page)  # type: ignore[arg-type]
        return page

    return copy.deepcopy(_SUGGESTIONS.get(key, stored_or_computed))


@router.get("/api/actors/suggestions", tags=["actors"], summary="The curation suggestions queue")
def get_suggestions(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    min_count: Annotated[int, Query(ge=1, description="Names seen at least this often.")] = 2,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Open actors side by side with the close known names (``riftwatch actors suggest``):
    one page (``offset``, ``limit``) of ``total``."""
    return kept_suggestions(_store(request), limit=limit, offset=offset, min_count=min_count)


@router.get("/api/actors/{actor_id}", tags=["actors"], summary="One actor")
def get_actor(request: Request, actor_id: str) -> dict[str, Any]:
    """Aliases with provenance, relations, parents, children, ``tree``, ``history`` and
    ``relationships`` (the store's pairs of this actor with trends); open actors too."""
    return actor_detail(request, actor_id)


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(
    request: Request,
    q: Q = None,
    type: Type = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    limit = 50
    data = search_actors(request, q, type, limit, offset)
    return render(
        request, "actors.html", title="Actors", data=data, types=TYPES,
        form=dict(request.query_params), pager=pager(request, data["total"], limit, offset),
    )  # fmt: skip


@router.get("/actors/suggestions", response_class=HTMLResponse, include_in_schema=False)
def suggestions_page(
    request: Request, done: int | None = None, offset: Annotated[int, Query(ge=0)] = 0
) -> HTMLResponse:
    limit = 50
    data = kept_suggestions(_store(request), limit=limit, offset=offset)
    return render(request, "suggestions.html", title="Actor suggestions", items=data["items"],
                  pager=pager(request, data["total"], limit, offset),
                  **curation_context(request, done=done))  # fmt: skip


def curation_context(request: Request, *, actor_id: str | None = None,
                     done: int | None = None) -> dict[str, Any]:  # fmt: skip
    """What the curation forms need: whether this user may write, the choices, the
    judgements about the actor (newest first) and the one just made (``done``)."""
    from riftwatch.actors.kb import ALIAS_KINDS, RELATION_TYPES
    from riftwatch.web.write_routes import _can_write

    store = _store(request)
    made = None
    if done is not None:
        made = next((j for j in actors_api.judgements(store) if j["id"] == done), None)
    about = list(reversed(actors_api.judgements(store, actor=actor_id))) if actor_id else []
    return {
        "can_write": _can_write(request), "types": TYPES, "alias_kinds": ALIAS_KINDS,
        "relation_types": sorted(RELATION_TYPES), "judgements": about, "done": made,
    }  # fmt: skip


@router.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    data = actor_detail(request, actor_id)
    for item in data["relationships"]["items"]:
        item["spark"] = sparkline(
            item["trend"], label=f"{data['name']} / {item['other']['name']}: balance per month"
        )
    curation = curation_context(request, actor_id=None if data["open"] else data["id"])
    return render(request, "actor.html", title=data["name"] or actor_id, actor=data, **curation)


__all__ = ["router"]
