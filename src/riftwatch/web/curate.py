"""Actor curation in the workbench: aliases (add, remove), merge, split, relate, undo, and
the suggestions queue (accept an unknown name into the knowledge base, map it to a known
actor, or reject it), as HTML forms and as JSON under ``/api/actors``.

Every route calls the functions of ``riftwatch actors ...`` (:mod:`riftwatch.actors.api`)
with the name of the user making the change, so each change is a curation judgement with
its audit row (before: the actors' state; after: the judgement), exactly as on the command
line. Who may call them (analysts and admins) and the CSRF check are decided for every
request by :class:`riftwatch.web.auth.AuthGate`. The forms are plain POST forms answered
by a redirect back to the page (they work without JavaScript; ``/static/app.js`` submits
them in the background and updates the page in place).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from riftwatch.actors import api as actors_api
from riftwatch.actors.curation import MENTION_PREFIX
from riftwatch.actors.errors import ActorError
from riftwatch.web import auth
from riftwatch.web.links import actor_href

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["curation"])


def _store(request: Request) -> Any:
    return request.app.state.store


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _text(value: str | None) -> str | None:
    """A form field's text, None when empty."""
    value = (value or "").strip()
    return value or None


def parse_years(value: str | None) -> tuple[int, int] | None:
    """``"2006-2013"`` (or one year) as a pair of years; RW403 when it is not one.

    >>> parse_years("2006-2013"), parse_years(" 2010 "), parse_years("")
    ((2006, 2013), (2010, 2010), None)
    """
    value = (value or "").strip()
    if not value:
        return None
    lo, _, hi = value.partition("-")
    try:
        first, last = int(lo), int(hi or lo)
    except ValueError:
        raise ActorError(
            "RW403", what="years", value=value, detail="use FROM-TO years, e.g. 2006-2013"
        ) from None
    if first > last:
        raise ActorError("RW403", what="years", value=value, detail="the first year is later")
    return first, last


def actor_ref(store: Any, text: str, *, what: str = "actor") -> str:
    """The id of the actor an analyst typed: an id as it is, else the knowledge base's
    name or alias (resolved as ``actors resolve`` does); RW401 when it names no actor."""
    text = (text or "").strip()
    if not text:
        raise ActorError("RW403", what=what, value=text, detail="give an actor id or name")
    if ":" in text and " " not in text:
        return text  # an id; the curation call checks it exists
    found = actors_api.resolve_mention(text, db=store)
    if found["unresolved"] or not found.get("actor"):
        raise ActorError("RW401", id=text)
    return str(found["actor"]["id"])


def _other_ref(store: Any, text: str) -> str:
    """What a merge takes as the other side: a known actor's id, else the name itself
    (a ``mention:`` that becomes an alias of the actor kept)."""
    text = (text or "").strip()
    if text.startswith(MENTION_PREFIX):
        return text
    try:
        return actor_ref(store, text, what="other actor")
    except ActorError as exc:
        if exc.code != "RW401" or (":" in text and " " not in text):
            raise
        return MENTION_PREFIX + text


def _back(actor_id: str, anchor: str) -> str:
    return actor_href(actor_id) + anchor


def _judge(
    request: Request, fn: Callable[..., dict[str, Any]], /, *args: Any, **kwargs: Any
) -> dict[str, Any]:
    """``fn(store, *args, analyst=..., **kwargs)``: a curation call of
    :mod:`riftwatch.actors.api` on the app's store, in the name of the user making the
    request; returns the judgement it recorded."""
    return fn(_store(request), *args, analyst=auth.analyst_name(request), **kwargs)


def _judge_back(
    request: Request, anchor: str, fn: Callable[..., dict[str, Any]], /, *args: Any, **kwargs: Any
) -> Response:
    """:func:`_judge`, answered by a redirect to the ``anchor`` section of the page of the
    actor judged (a form's answer)."""
    made = _judge(request, fn, *args, **kwargs)
    return _see_other(_back(made["subject"], anchor))


# -- the actor page's forms --------------------------------------------------------------------


@router.post("/actors/{actor_id}/alias")
def alias_form(
    request: Request,
    actor_id: str,
    name: Annotated[str, Form()],
    kind: Annotated[str, Form()] = "official",
    years: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Give the actor another name (an ``alias`` judgement; ``years`` a rule)."""
    return _judge_back(request, "#aliases", actors_api.alias, actor_id, name, kind=kind,
                       years=parse_years(years), note=_text(note))  # fmt: skip


@router.post("/actors/{actor_id}/unalias")
def unalias_form(
    request: Request,
    actor_id: str,
    name: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    """Remove a name from the actor's aliases (undo the judgement to restore it)."""
    return _judge_back(request, "#aliases", actors_api.remove_alias, actor_id, name,
                       note=_text(note))  # fmt: skip


@router.post("/actors/{actor_id}/merge")
def merge_form(
    request: Request,
    actor_id: str,
    other: Annotated[str, Form()],
    judgement: Annotated[str, Form()] = "same",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Judge another actor (or a name) the same as this one (merged into it), not the
    same, or unsure."""
    return _judge_back(request, "#curation", actors_api.merge, actor_id,
                       _other_ref(_store(request), other), judgement=judgement,
                       note=_text(note))  # fmt: skip


@router.post("/actors/{actor_id}/split")
def split_form(
    request: Request,
    actor_id: str,
    name: Annotated[str, Form()],
    alias: Annotated[list[str], Form()],
    type: Annotated[str, Form()] = "",
    new_id: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Move the chosen aliases to a new actor named ``name``."""
    return _judge_back(request, "#curation", actors_api.split, actor_id,
                       [a for a in alias if a.strip()], new_name=name.strip(),
                       new_type=_text(type), new_id=_text(new_id), note=_text(note))  # fmt: skip


@router.post("/actors/{actor_id}/relate")
def relate_form(
    request: Request,
    actor_id: str,
    relation: Annotated[str, Form()],
    target: Annotated[str, Form()],
    start: Annotated[str, Form()] = "",
    end: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Add a dated relation from this actor to another (part_of, allied_with, rival_of, ...)."""
    return _judge_back(request, "#relations", actors_api.relate, actor_id, relation.strip(),
                       actor_ref(_store(request), target, what="target"), start=_text(start),
                       end=_text(end), role=_text(role), note=_text(note))  # fmt: skip


@router.post("/actors/judgements/{judgement_id}/undo")
def undo_form(
    request: Request,
    judgement_id: int,
    back: Annotated[str, Form()] = "",
) -> Response:
    """Undo a curation judgement (it stays in the record, marked undone)."""
    made = _judge(request, actors_api.undo, judgement_id)
    target = back if back.startswith("/actors") and not back.startswith("//") else None
    return _see_other(target or _back(made["subject"], "#curation"))


# -- the suggestions queue ---------------------------------------------------------------------


def _done(judgement: dict[str, Any]) -> str:
    return "/actors/suggestions?" + urlencode({"done": judgement["id"]}) + "#suggestions"


@router.post("/actors/suggestions/accept")
def accept_form(
    request: Request,
    mention: Annotated[str, Form()],
    type: Annotated[str, Form()],
    name: Annotated[str, Form()] = "",
    actor_id: Annotated[str, Form()] = "",
    country: Annotated[str, Form()] = "",
    parent: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Accept an unknown name into the knowledge base as a new actor (an ``add``
    judgement); a different canonical ``name`` keeps the mention as its alias."""
    store = _store(request)
    made = accept(store, auth.analyst_name(request), mention=mention, type_=type,
                  name=_text(name), ident=_text(actor_id), country=_text(country),
                  parent=_text(parent), note=_text(note))  # fmt: skip
    return _see_other(_done(made))


@router.post("/actors/suggestions/map")
def map_form(
    request: Request,
    mention: Annotated[str, Form()],
    actor: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    """Map an unknown name to a known actor: it becomes one of its aliases (a ``same``
    judgement of the actor and the name)."""
    store = _store(request)
    made = map_mention(store, auth.analyst_name(request), mention, actor, note=_text(note))
    return _see_other(_done(made))


@router.post("/actors/suggestions/reject")
def reject_form(
    request: Request,
    mention: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    """The name is not an actor: it is no longer suggested."""
    return _see_other(_done(_judge(request, actors_api.reject, mention, note=_text(note))))


def accept(store: Any, analyst: str, *, mention: str, type_: str, name: str | None = None,
           ident: str | None = None, country: str | None = None, parent: str | None = None,
           note: str | None = None) -> dict[str, Any]:  # fmt: skip
    """Add ``mention`` as a new actor (``actors add``); a different ``name`` keeps the
    mention as its alias."""
    mention = mention.strip()
    canonical = name or mention
    aliases = [mention] if mention and mention.lower() != canonical.lower() else []
    return actors_api.add(
        store, canonical, type_.strip(), ident=ident, aliases=aliases, country=country,
        parent=actor_ref(store, parent, what="parent") if parent else None,
        analyst=analyst, note=note,
    )  # fmt: skip


def map_mention(
    store: Any, analyst: str, mention: str, actor: str, *, note: str | None = None
) -> dict[str, Any]:
    """Make ``mention`` an alias of ``actor`` (``actors merge ACTOR mention:NAME``)."""
    if not mention.strip():
        raise ActorError("RW403", what="name", value=mention, detail="the name is empty")
    keep = actor_ref(store, actor)
    return actors_api.merge(
        store, keep, MENTION_PREFIX + mention.strip(), analyst=analyst, note=note
    )


# -- JSON ----------------------------------------------------------------------------------------


class Note(BaseModel):
    note: str | None = Field(None, description="Why (kept with the judgement).")


class AliasIn(Note):
    name: str = Field(description="The other name.")
    kind: str = Field("official", description="official, abbreviation, transliteration, ...")
    years: str | None = Field(None, description="Only in these years: 2006-2013 (a rule).")
    context_words: list[str] | None = Field(None, description="Only with one of these nearby.")


class AliasOut(Note):
    name: str = Field(description="The alias that is not a name of this actor.")


class MergeIn(Note):
    other: str = Field(description="An actor id or name merged into this one, or a name.")
    judgement: str = Field("same", description="same (merge), not_same or unsure.")


class SplitIn(Note):
    name: str = Field(description="The new actor's name.")
    aliases: list[str] = Field(description="The aliases that move to it.")
    type: str | None = Field(None, description="Its type (default: the same).")
    id: str | None = Field(None, description="Its id (default: from the name).")


class RelationIn(Note):
    type: str = Field(description="part_of, allied_with, rival_of, leader_of, ...")
    target: str = Field(description="The other actor (id or name).")
    start: str | None = Field(None, description="From (YYYY[-MM[-DD]]).")
    end: str | None = Field(None, description="Until.")
    role: str | None = None


class ActorIn(Note):
    name: str
    type: str = Field(description="armed_group, faction, person, ...")
    id: str | None = Field(None, description="Default: from the name and type.")
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO 3166 alpha-3.")
    start: str | None = None
    end: str | None = None
    parent: str | None = Field(None, description="Part of this actor (id or name).")
    description: str | None = None


class AcceptIn(Note):
    mention: str = Field(description="The suggested name.")
    type: str = Field(description="armed_group, faction, person, ...")
    name: str | None = Field(None, description="Canonical name (default: the mention).")
    id: str | None = None
    country: str | None = None
    parent: str | None = None


class MapIn(Note):
    mention: str = Field(description="The suggested name.")
    actor: str = Field(description="The known actor it names (id or name).")


class RejectIn(Note):
    mention: str = Field(description="The suggested name that is not an actor.")


@api_router.post("/actors", summary="Add an actor to the knowledge base (analyst)")
def post_actor(request: Request, body: ActorIn) -> dict[str, Any]:
    """An ``add`` judgement (``riftwatch actors add``); returns the judgement."""
    parent = actor_ref(_store(request), body.parent, what="parent") if body.parent else None
    return _judge(request, actors_api.add, body.name, body.type, ident=body.id,
                  aliases=body.aliases, country=body.country, start=body.start, end=body.end,
                  description=body.description, parent=parent, note=body.note)  # fmt: skip


@api_router.post("/actors/suggestions/accept", summary="Accept a suggested name as an actor")
def post_accept(request: Request, body: AcceptIn) -> dict[str, Any]:
    return accept(
        _store(request), auth.analyst_name(request), mention=body.mention, type_=body.type,
        name=body.name, ident=body.id, country=body.country, parent=body.parent, note=body.note,
    )  # fmt: skip


@api_router.post("/actors/suggestions/map", summary="Map a suggested name to a known actor")
def post_map(request: Request, body: MapIn) -> dict[str, Any]:
    return map_mention(
        _store(request), auth.analyst_name(request), body.mention, body.actor, note=body.note
    )


@api_router.post("/actors/suggestions/reject", summary="A suggested name is not an actor")
def post_reject(request: Request, body: RejectIn) -> dict[str, Any]:
    return _judge(request, actors_api.reject, body.mention, note=body.note)


@api_router.get("/actors/{actor_id}/judgements", summary="Curation judgements about an actor")
def get_actor_judgements(request: Request, actor_id: str) -> dict[str, Any]:
    """Every judgement naming the actor (undone ones too, marked), oldest first."""
    items = actors_api.judgements(_store(request), actor=actor_id)
    return {"total": len(items), "items": items}


@api_router.post("/actors/{actor_id}/aliases", summary="Give an actor another name (analyst)")
def post_alias(request: Request, actor_id: str, body: AliasIn) -> dict[str, Any]:
    return _judge(request, actors_api.alias, actor_id, body.name, kind=body.kind,
                  years=parse_years(body.years), context_any=body.context_words or None,
                  note=body.note)  # fmt: skip


@api_router.post("/actors/{actor_id}/aliases/remove", summary="Remove an alias (analyst)")
def post_unalias(request: Request, actor_id: str, body: AliasOut) -> dict[str, Any]:
    return _judge(request, actors_api.remove_alias, actor_id, body.name, note=body.note)


@api_router.post("/actors/{actor_id}/merge", summary="Merge another actor into this one")
def post_merge(request: Request, actor_id: str, body: MergeIn) -> dict[str, Any]:
    return _judge(request, actors_api.merge, actor_id, _other_ref(_store(request), body.other),
                  judgement=body.judgement, note=body.note)  # fmt: skip


@api_router.post("/actors/{actor_id}/split", summary="Move aliases to a new actor (analyst)")
def post_split(request: Request, actor_id: str, body: SplitIn) -> dict[str, Any]:
    return _judge(request, actors_api.split, actor_id, body.aliases, new_name=body.name,
                  new_type=body.type, new_id=body.id, note=body.note)  # fmt: skip


@api_router.post("/actors/{actor_id}/relations", summary="Add a relation (analyst)")
def post_relation(request: Request, actor_id: str, body: RelationIn) -> dict[str, Any]:
    return _judge(request, actors_api.relate, actor_id, body.type,
                  actor_ref(_store(request), body.target, what="target"), start=body.start,
                  end=body.end, role=body.role, note=body.note)  # fmt: skip


@api_router.post("/curation/{judgement_id}/undo", summary="Undo a curation judgement")
def post_undo(request: Request, judgement_id: int) -> dict[str, Any]:
    return _judge(request, actors_api.undo, judgement_id)


__all__ = ["accept", "actor_ref", "api_router", "map_mention", "parse_years", "router"]
