"""Plain functions behind ``riftwatch actors ...``; the CLI and the web UI call only these.

Every function that takes ``db`` accepts an open :class:`~riftwatch.store.Store`, a
SQLite path or URL, a ``postgresql://`` URL, or None. For the read functions None
means "the bundled KB files only"; with a store they read the *effective* KB (files
plus the analysts' active judgements). Curation functions need a store. Recording a
new judgement (``add``, ``alias``, ``merge``, ``split``, ``relate``, ``reject``) creates
the store when it does not exist; everything else (the read functions with ``db``,
``suggest``, ``judgements``, ``undo``, ``sync``) refuses a missing store with
StoreError RW305 and creates nothing.

>>> resolve_mention("Hakimullah Mehsud", date="2011-05-20")["organization"]["name"]
'Tehrik-i-Taliban Pakistan'
>>> [p["name"] for p in show_actor("org:quetta-shura")["parents"]]
['Afghan Taliban']
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from riftwatch.actors import curation
from riftwatch.actors.errors import ActorError
from riftwatch.actors.kb import (
    ROLLUP,
    SYMMETRIC,
    TYPES,
    Entity,
    KnowledgeBase,
    Relation,
    default_kb,
)
from riftwatch.actors.normalize import norm, parse_date, to_day
from riftwatch.actors.resolve import Resolver, default_resolver
from riftwatch.store import Store, open_store

_INITIALS = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
"""A word of initials (two to ten capitals or digits): "ZLF", "SPLM", "NDC"."""
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
"""A table's trailing qualifier in brackets: "Zorblan Front (Umbria)"."""

DB = Store | str | os.PathLike[str] | None


@contextmanager
def _store(db: DB, *, create: bool = False) -> Iterator[Store]:
    """The store of one call: reading never creates one (StoreError RW305 instead)."""
    if isinstance(db, Store):
        yield db
        return
    store = open_store(db, create=create)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _kb(db: DB) -> Iterator[tuple[KnowledgeBase, Resolver]]:
    if db is None:
        yield default_kb(), default_resolver()
        return
    with _store(db) as store:
        yield curation.effective(store)


def _day(date: object) -> int | None:
    try:
        return to_day(date)
    except ValueError as exc:
        raise ActorError("RW403", what="date", value=date, detail=str(exc)) from None


# -- read ------------------------------------------------------------------------------
def resolve_mention(
    mention: str, date: object = None, context: str | None = None, *, db: DB = None
) -> dict[str, Any]:
    """Resolve one mention: the contract shape of ``actors resolve --format json``."""
    _day(date)
    with _kb(db) as (_kb_, resolver):
        out = resolver.resolve(mention, date=date, context=context).to_dict()
    if out["unresolved"] and out["organization"] is None:
        opened = open_organization(mention)
        if opened is not None:
            out["organization"] = opened
            out["reason"] += f"; outside the knowledge base: the open actor {opened['id']}"
    return out


def open_organization(mention: str) -> dict[str, Any] | None:
    """The open actor an unknown group name stands for (the id ``riftwatch rifts`` and
    ``extract`` give the group when a text names it so, :func:`riftwatch.actors.open.open_id`),
    or None when the mention does not read as an organisation's name (a group word such as
    "Front" or "Movement", an organisation's cue word, or a word of initials: a table's name
    built on a group's initials, "ZLF-In Exile", "Neo-ZLF", "ZLF Military Council";
    replay31; a word of a political or armed body, group_words.yaml ``body_name_words``:
    "Zorblan League", "Kestrel Division", "Zorbla Samiti"; replay32).

    A table's qualifier in brackets is no part of the name a text gives the group ("Zorblan
    Front (Umbria)" is the open actor the texts call "Zorblan Front"; replay32).

    >>> open_organization("The Zorblan Liberation Front")
    {'id': 'open:zorblan-liberation-front', 'name': 'Zorblan Liberation Front', 'type': 'open'}
    >>> open_organization("Neo-ZLF")["id"], open_organization("ZLF-In Exile")["id"]
    ('open:neo-zlf', 'open:zlf-in-exile')
    >>> open_organization("Lionel Messi") is None, open_organization("Qarvel") is None
    (True, True)
    >>> open_organization("Kestrel Combat Division")["id"], open_organization("Zorbla Dal")["id"]
    ('open:kestrel-combat-division', 'open:zorbla-dal')
    >>> open_organization("Zorblan Front (Umbria)")["id"]
    'open:zorblan-front'
    """
    from riftwatch.actors.names import candidate_spans
    from riftwatch.actors.open import BODY_NAME_WORDS, group_type, open_id

    name = " ".join(mention.split())
    if name[:4].casefold() == "the ":
        name = name[4:]
    bare = _QUALIFIER.sub("", name).strip()
    name = bare or name
    if not name or not any(ch.isupper() for ch in name):
        return None
    words = re.split(r"[\s\-\u2010]+", name)
    orgish = (
        group_type(name) == "armed_group"
        or any(kind == "org" for _s, _e, kind, _cue in candidate_spans(name))
        or any(_INITIALS.match(word) for word in words)
        or any(w.casefold() in BODY_NAME_WORDS for w in words)
        and any(w.casefold() not in BODY_NAME_WORDS for w in words)  # not "Congress" alone
    )
    return {"id": open_id(name), "name": name, "type": "open"} if orgish else None


def find_mentions(text: str, date: object = None, *, db: DB = None) -> list[dict[str, Any]]:
    """Known actor names in a text with their resolutions."""
    _day(date)
    with _kb(db) as (_kb_, resolver):
        return [
            {"start": s, "end": e, "text": text[s:e], **r.to_dict()}
            for s, e, r in resolver.find_mentions(text, date=date)
        ]


def _ref(ent: Entity | None) -> dict[str, Any] | None:
    return None if ent is None else {"id": ent.id, "name": ent.name, "type": ent.type}


def _summary(ent: Entity) -> dict[str, Any]:
    return {
        "id": ent.id,
        "name": ent.name,
        "type": ent.type,
        "country": ent.country,
        "start": ent.start,
        "end": ent.end,
        "aliases": len(ent.aliases),
        "sources": list(ent.sources),
    }


def list_actors(
    *,
    db: DB = None,
    type_: str | None = None,
    query: str | None = None,
    source: str | None = None,
    country: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Actors sorted by name, filtered by type, country, source or a name substring."""
    if type_ and type_ not in TYPES:
        raise ActorError(
            "RW403", what="actor type", value=type_, detail=f"use one of {', '.join(TYPES)}"
        )
    needle = norm(query) if query else None
    with _kb(db) as (kb, _):
        rows = []
        for ent in sorted(kb, key=lambda e: (e.name.lower(), e.id)):
            if type_ and ent.type != type_:
                continue
            if country and ent.country != country.upper():
                continue
            if source and source not in ent.sources:
                continue
            if needle and not any(needle in a.norm for a in ent.aliases):
                continue
            rows.append(_summary(ent))
        return rows[offset : offset + limit]


def _relation(kb: KnowledgeBase, rel: Relation, *, incoming: bool = False) -> dict[str, Any]:
    other = kb.find(rel.subject if incoming else rel.target)
    return {
        "type": rel.type,
        "direction": "in" if incoming else "out",
        "actor": _ref(other) or {"id": rel.subject if incoming else rel.target},
        "start": rel.start,
        "end": rel.end,
        "role": rel.role,
        "source": rel.source,
        "note": rel.note,
    }


def show_actor(actor_id: str, *, date: object = None, db: DB = None) -> dict[str, Any]:
    """One actor with aliases (kind, provenance, rules), relations both ways, the
    organisation it stands for at ``date``, its parent chain and its children.

    ``actor_id`` may also be a name the knowledge base resolves ("ISWAP", "Haqqani
    network"): the actor it names is shown, with the name under ``named_as``; a name that
    resolves to nothing raises RW401 as an unknown id does."""
    day = _day(date)
    with _kb(db) as (kb, resolver):
        named_as = None
        if kb.find(actor_id) is None:
            res = resolver.resolve(actor_id, date=date)
            if res.actor is not None:
                named_as, actor_id = actor_id, res.actor.id
        ent = kb.get(actor_id)
        org = kb.organization_at(ent.id, day)
        out = _summary(ent)
        out.update(
            description=ent.description,
            redirected_from=actor_id if actor_id != ent.id else None,
            named_as=named_as,
            merged=[dict(m) for m in ent.merged],
            context=list(ent.context),
            external=ent.external,
            aliases=[
                {
                    "name": a.name,
                    "kind": a.kind,
                    "source": a.source,
                    "rule": a.when.to_dict() if a.when else None,
                    "ambiguous": a.ambiguous,
                }
                for a in ent.aliases
            ],
            relations=[_relation(kb, r) for r in ent.relations]
            + [_relation(kb, r, incoming=True) for r in kb.incoming.get(ent.id, [])],
            organization=_ref(org),
            parents=[_ref(p) for p in kb.ancestors(ent.id, day)],
            children=[_ref(c) for _, c in kb.children(ent.id, day)],
            date=date,
        )
        return out


def show_open_actor(actor_id: str, *, db: DB = None) -> dict[str, Any]:
    """An actor outside the knowledge base as the store's events show it (``actors show``
    of an ``open:`` id or of its name; names22): its mentions with counts, how extraction
    found it, its numbers of events and documents, example sentences
    (:func:`riftwatch.actors.curation.open_actor`). RW401 when no stored event carries it
    (or no store is given)."""
    if db is not None:
        with _store(db) as store:
            found = curation.open_actor(store, actor_id)
        if found is not None:
            return found
    raise ActorError("RW401", id=actor_id)


def actor_tree(
    root: str | None = None, *, date: object = None, db: DB = None, depth: int = 6
) -> list[dict[str, Any]]:
    """The part-of/front-of hierarchy (with persons who lead or belong to each unit).

    With ``root``, the tree under that actor; otherwise one tree per top-level
    organisation that has children. ``date`` keeps only relations valid then.
    """
    day = _day(date)
    with _kb(db) as (kb, _):

        def node(ent: Entity, level: int, seen: frozenset[str]) -> dict[str, Any]:
            out: dict[str, Any] = {
                "id": ent.id,
                "name": ent.name,
                "type": ent.type,
                "children": [],
                "people": [],
            }
            if level >= depth:
                return out
            for rel, child in sorted(kb.children(ent.id, day), key=lambda x: x[1].name):
                if child.id in seen:
                    continue
                sub = node(child, level + 1, seen | {child.id})
                sub["relation"] = rel.type
                if rel.autonomy:
                    sub["autonomy"] = rel.autonomy
                if rel.start or rel.end:
                    sub["period"] = f"{rel.start or ''}..{rel.end or ''}"
                out["children"].append(sub)
            for rel in kb.incoming.get(ent.id, []):
                if rel.type in ("leader_of",) and rel.covers(day):
                    person = kb.find(rel.subject)
                    if person is not None:
                        out["people"].append(
                            {
                                "id": person.id,
                                "name": person.name,
                                "relation": rel.type,
                                "role": rel.role,
                                "start": rel.start,
                                "end": rel.end,
                            }
                        )
            out["people"].sort(key=lambda p: (p["start"] or "", p["name"]))
            return out

        if root:
            ent = kb.get(root)
            return [node(ent, 0, frozenset({ent.id}))]
        roots = []
        for ent in sorted(kb, key=lambda e: e.name.lower()):
            if ent.type in ("person", "place", "country"):
                continue
            has_parent = any(r.type in ROLLUP and r.covers(day) for r in ent.relations)
            if not has_parent and kb.children(ent.id, day):
                roots.append(node(ent, 0, frozenset({ent.id})))
        return roots


def _relation_events(
    rel: Any, label: str, begins: str, ends: str, undated: str
) -> list[dict[str, Any]]:
    """A relation in an actor's history: an event ``begins`` at its start and one ``ends`` at
    its end, or, with neither date, one undated event ``undated``; each with the other
    party's ``label``, the relation's role and source."""
    about = {"detail": label, "role": rel.role, "source": rel.source}
    if not rel.start and not rel.end:
        return [{"date": None, "event": undated, **about}]
    return [{"date": day, "event": event, **about}
            for day, event in ((rel.start, begins), (rel.end, ends)) if day]  # fmt: skip


def actor_history(actor_id: str, *, db: DB = None) -> dict[str, Any]:
    """Names, leaders and relations of an actor over time, oldest first."""
    with _kb(db) as (kb, _):
        ent = kb.get(actor_id)
        events: list[dict[str, Any]] = []
        if ent.start:
            events.append(
                {
                    "date": ent.start,
                    "event": "founded" if ent.type != "person" else "active from",
                    "detail": ent.name,
                }
            )
        if ent.end:
            events.append(
                {
                    "date": ent.end,
                    "event": "ended" if ent.type != "person" else "died",
                    "detail": ent.name,
                }
            )
        for alias in ent.aliases:
            if alias.kind == "former" or alias.start_day or alias.end_day:
                if alias.start_day:
                    events.append(
                        {
                            "date": _iso(alias.start_day),
                            "event": "name in use",
                            "detail": alias.name,
                            "source": alias.source,
                        }
                    )
                if alias.end_day:
                    events.append(
                        {
                            "date": _iso(alias.end_day),
                            "event": "name dropped",
                            "detail": alias.name,
                            "source": alias.source,
                        }
                    )
        for rel in ent.relations:
            target = kb.find(rel.target)
            label = target.name if target else rel.target
            events += _relation_events(
                rel, label, f"{rel.type} begins", f"{rel.type} ends", rel.type
            )
        for rel in kb.incoming.get(ent.id, []):
            other = kb.find(rel.subject)
            label = other.name if other else rel.subject
            verb = {
                "leader_of": "leader",
                "member_of": "member",
                "part_of": "sub-unit",
                "front_of": "front",
                "renamed_as": "renamed from",
                "merged_into": "absorbed",
                "splinter_of": "splinter",
                "successor_of": "succeeded by",
                "seat_of": "seat",
            }.get(rel.type, rel.type)
            if rel.type in SYMMETRIC or rel.type in ("linked_to", "governs", "located_in"):
                verb = f"{rel.type} (from {label})"
            events += _relation_events(rel, label, f"{verb} from", f"{verb} until", verb)
        events.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["event"]))
        leaders = [
            {
                "id": r.subject,
                "name": (kb.find(r.subject) or ent).name,
                "role": r.role,
                "start": r.start,
                "end": r.end,
            }
            for r in kb.incoming.get(ent.id, [])
            if r.type == "leader_of"
        ]
        leaders.sort(key=lambda x: x["start"] or "")
        return {
            "id": ent.id,
            "name": ent.name,
            "type": ent.type,
            "names": [a.name for a in ent.aliases if a.kind in ("official", "former")],
            "leaders": leaders,
            "events": events,
        }


def _iso(day: int) -> str:
    from datetime import date

    return date.fromordinal(day).isoformat()


def kb_stats(*, db: DB = None) -> dict[str, Any]:
    with _kb(db) as (kb, _):
        return kb.stats()


# -- curation --------------------------------------------------------------------------
def sync(db: DB) -> dict[str, Any]:
    """Load the KB data files into the store's actor tables (when they changed)."""
    with _store(db) as store:
        return curation.sync_kb(store)


def suggest(
    db: DB, *, limit: int = 50, min_count: int = 2, offset: int = 0
) -> list[dict[str, Any]]:
    with _store(db) as store:
        curation.sync_kb(store)
        return curation.suggest(store, limit=limit, min_count=min_count, offset=offset)


def suggest_page(db: DB, *, limit: int = 50, offset: int = 0, min_count: int = 2) -> dict[str, Any]:
    """One page of suggestions (``items``) and their number (``total``)."""
    with _store(db) as store:
        curation.sync_kb(store)
        return curation.suggest_page(store, limit=limit, offset=offset, min_count=min_count)


def judgements(
    db: DB, *, actor: str | None = None, include_undone: bool = True
) -> list[dict[str, Any]]:
    with _store(db) as store:
        return curation.list_judgements(store, actor=actor, include_undone=include_undone)


def add(db: DB, name: str, type_: str, **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.add_actor(store, name, type_, **kwargs)


def alias(db: DB, actor_id: str, name: str, **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.add_alias(store, actor_id, name, **kwargs)


def remove_alias(db: DB, actor_id: str, name: str, **kwargs: Any) -> dict[str, Any]:
    """``name`` is no longer an alias of the actor (``actors unalias``; undo restores it)."""
    with _store(db) as store:
        return curation.remove_alias(store, actor_id, name, **kwargs)


def merge(db: DB, keep: str, other: str, **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.merge(store, keep, other, **kwargs)


def split(db: DB, actor_id: str, names: list[str], **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.split(store, actor_id, names, **kwargs)


def relate(db: DB, subject: str, type_: str, target: str, **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.relate(store, subject, type_, target, **kwargs)


def reject(db: DB, name: str, **kwargs: Any) -> dict[str, Any]:
    with _store(db, create=True) as store:
        return curation.reject(store, name, **kwargs)


def undo(db: DB, judgement_id: int, **kwargs: Any) -> dict[str, Any]:
    with _store(db) as store:
        return curation.undo(store, judgement_id, **kwargs)


def check_date(value: str | None) -> None:
    """Raise RW403 unless ``value`` is YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        parse_date(value)
    except ValueError as exc:
        raise ActorError("RW403", what="date", value=value, detail=str(exc)) from None


__all__ = [
    "actor_history",
    "actor_tree",
    "add",
    "alias",
    "find_mentions",
    "judgements",
    "kb_stats",
    "list_actors",
    "merge",
    "reject",
    "relate",
    "remove_alias",
    "resolve_mention",
    "show_actor",
    "show_open_actor",
    "split",
    "suggest",
    "sync",
    "undo",
]
