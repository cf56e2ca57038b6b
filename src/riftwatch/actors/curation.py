"""Analyst curation: judgements, the effective knowledge base, and suggestions.

Decisions are stored as judgements (in the spirit of nomenklatura): who decided
what, when; nothing in the data files is overwritten, and undoing a judgement only
marks it undone. The *effective* KB is the data files plus every active judgement,
applied in order:

============  =====================================================================
kind          effect
============  =====================================================================
add           a new actor (payload: the entity record)
alias         a new alias of ``subject`` (payload: name, kind, optional when rule)
relation      a new relation from ``subject`` to ``object`` (payload: type, dates)
same          ``object`` is merged into ``subject`` (aliases and relations move, the
              old id redirects); with ``object`` = ``mention:<name>`` it adds an alias
not_same      ``subject`` and ``object`` are different: a later merge of the two is
              refused and suggestions never pair them again; with ``object`` =
              ``mention:<name>`` the name is no longer an alias of ``subject`` (its
              aliases of that name are removed: ``actors unalias``)
unsure        recorded, no effect
split         aliases move from ``subject`` to a new actor (payload: new entity, names)
reject        ``mention:<name>`` is not an actor; it is no longer suggested
============  =====================================================================
"""

from __future__ import annotations

import copy
import json
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, delete, func, or_, select

from riftwatch.actors.errors import ActorError
from riftwatch.actors.kb import (
    ALIAS_KINDS,
    RELATION_TYPES,
    TYPES,
    KnowledgeBase,
    _kind_of,
    default_kb,
    id_prefix_for,
)
from riftwatch.actors.names import candidate_spans
from riftwatch.actors.normalize import norm, parse_date
from riftwatch.actors.resolve import Resolver
from riftwatch.actors.tables import (
    ActorAliasRow,
    ActorJudgement,
    ActorKBVersion,
    ActorRelationRow,
    ActorRow,
)
from riftwatch.store import Store, audit
from riftwatch.store.tables import Document, SentenceRow, utcnow

JUDGEMENT_KINDS = ("same", "not_same", "unsure", "alias", "relation", "add", "split", "reject")
MENTION_PREFIX = "mention:"
_ID_RE = re.compile(r"^(org|person|country|place|collective):[a-z0-9]+(?:-[a-z0-9]+)*$")


def analyst_name(analyst: str | None) -> str:
    return analyst or os.environ.get("RIFTWATCH_ANALYST") or os.environ.get("USER") or "analyst"


def mention_id(name: str) -> str:
    """The pseudo-id of a not-yet-known name, used by suggestions and merges.

    >>> mention_id("  Tehrik-e-Taliban Swat ")
    'mention:tehrik e taliban swat'
    """
    return MENTION_PREFIX + norm(name)


def slug_id(name: str, type_: str) -> str:
    """A new actor id from a name and a type.

    >>> slug_id("Lashkar-e-Jhangvi al-Alami", "armed_group")
    'org:lashkar-e-jhangvi-al-alami'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-")[:80].strip("-")
    return f"{id_prefix_for(type_)}:{slug or 'actor'}"


# -- the KB snapshot in the store ------------------------------------------------------
def _insert_rows(session: Any, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert a KB load's rows in one go: COPY on PostgreSQL, one executemany elsewhere.

    The ORM's bulk insert leaves out the keys whose value is None and sends one statement per
    run of rows with the same keys: a KB load's rows alternate (an alias with and without a
    rule, an actor with and without a country), so it sent ~6,000 statements, a round trip each
    on PostgreSQL (the first ``actors suggest`` after a KB change took minutes there). Every row
    here has every key; a None is NULL, a JSON column's None is JSON null (as the ORM stored it).
    """
    if not rows:
        return
    table = model.__table__
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        session.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    as_json = {c for c in columns if isinstance(table.c[c].type, JSON)}
    names = ", ".join(connection.dialect.identifier_preparer.quote(c) for c in columns)
    cursor = connection.connection.dbapi_connection.cursor()
    with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in as_json else row[c] for c in columns])


def sync_kb(store: Store, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Load the KB data files into the store's actor tables, unless already loaded."""
    kb = kb or default_kb()
    with store.new_session() as session, session.begin():
        current = session.scalars(
            select(ActorKBVersion.version).order_by(ActorKBVersion.id.desc()).limit(1)
        ).first()
        if current == kb.version:
            return {"version": kb.version, "loaded": False}
        session.execute(delete(ActorAliasRow))
        session.execute(delete(ActorRelationRow))
        session.execute(delete(ActorRow))
        actors, aliases, relations = [], [], []
        for ent in kb:
            actors.append(
                {
                    "id": ent.id,
                    "name": ent.name[:500],
                    "type": ent.type,
                    "country": ent.country,
                    "start": ent.start,
                    "end": ent.end,
                    "description": ent.description,
                    "sources": list(ent.sources),
                    "kb_version": kb.version,
                }
            )
            for alias in ent.aliases:
                aliases.append(
                    {
                        "actor_id": ent.id,
                        "name": alias.name[:500],
                        "norm": alias.norm[:500],
                        "kind": alias.kind,
                        "source": alias.source[:40],
                        "rule": alias.when.to_dict() if alias.when else None,
                    }
                )
            for rel in ent.relations:
                relations.append(
                    {
                        "subject": ent.id,
                        "type": rel.type,
                        "target": rel.target,
                        "start": rel.start,
                        "end": rel.end,
                        "role": (rel.role or None) and rel.role[:200],
                        "source": rel.source[:40],
                        "note": rel.note,
                    }
                )
        _insert_rows(session, ActorRow, actors)
        _insert_rows(session, ActorAliasRow, aliases)
        _insert_rows(session, ActorRelationRow, relations)
        known = session.scalars(
            select(ActorKBVersion).where(ActorKBVersion.version == kb.version)
        ).first()
        if known is None:
            session.add(
                ActorKBVersion(
                    version=kb.version,
                    entities=len(actors),
                    aliases=len(aliases),
                    relations=len(relations),
                    loaded_at=utcnow(),
                )
            )
        else:
            known.loaded_at = utcnow()
            session.execute(delete(ActorKBVersion).where(ActorKBVersion.id != known.id))
    return {
        "version": kb.version,
        "loaded": True,
        "entities": len(actors),
        "aliases": len(aliases),
        "relations": len(relations),
    }


# -- judgements ------------------------------------------------------------------------
def judgement_dict(row: ActorJudgement) -> dict[str, Any]:
    """A judgement as a record (a merge's re-pointed events as counts, not their ids)."""
    payload = dict(row.payload or {})
    if isinstance(payload.get("repointed"), dict):
        from riftwatch.store.repoint import counts

        payload["repointed"] = counts(payload["repointed"])
    return {
        "id": row.id,
        "kind": row.kind,
        "subject": row.subject,
        "object": row.object,
        "payload": payload,
        "analyst": row.analyst,
        "note": row.note,
        "created_at": row.created_at.isoformat() if row.created_at else None,
        "undone_at": row.undone_at.isoformat() if row.undone_at else None,
        "undone_by": row.undone_by,
    }


def list_judgements(
    store: Store,
    *,
    actor: str | None = None,
    include_undone: bool = True,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """Judgements in the order they were made (optionally about one actor)."""
    with store.new_session() as session:
        query = select(ActorJudgement).order_by(ActorJudgement.id)
        if actor:
            query = query.where(
                or_(ActorJudgement.subject == actor, ActorJudgement.object == actor)
            )
        if kind:
            query = query.where(ActorJudgement.kind == kind)
        if not include_undone:
            query = query.where(ActorJudgement.undone_at.is_(None))
        return [judgement_dict(row) for row in session.scalars(query)]


def record(
    store: Store,
    kind: str,
    subject: str,
    object: str | None = None,
    payload: dict[str, Any] | None = None,
    *,
    analyst: str | None = None,
    note: str | None = None,
    before: dict[str, Any] | None = None,
    action: str | None = None,
    effect: Callable[[Any], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Store one judgement and return it; its audit row (action ``actor.<kind>``, or
    ``action``) holds ``before`` (the actors' state, :func:`actor_state`) and the judgement.
    ``effect(session)``, run first in the same transaction, adds its answer to the payload."""
    if kind not in JUDGEMENT_KINDS:
        raise ActorError(
            "RW403",
            what="judgement kind",
            value=kind,
            detail=f"use one of {', '.join(JUDGEMENT_KINDS)}",
        )
    with store.new_session() as session, session.begin():
        payload = dict(payload or {})
        if effect is not None:
            payload.update(effect(session))
        row = ActorJudgement(
            kind=kind,
            subject=subject,
            object=object,
            payload=payload,
            analyst=analyst_name(analyst),
            note=note,
            created_at=utcnow(),
        )
        session.add(row)
        session.flush()
        out = judgement_dict(row)
        audit.record(session, row.analyst, action or f"actor.{kind}", "actor", subject,
                     before=before, after=out)  # fmt: skip
    return out  # the cached effective KB is brought up to date by the next effective()


def undo(store: Store, judgement_id: int, *, analyst: str | None = None) -> dict[str, Any]:
    """Mark a judgement undone (it stays in the table, with who undid it and when)."""
    with store.new_session() as session, session.begin():
        row = session.get(ActorJudgement, judgement_id)
        if row is None:
            raise ActorError("RW405", id=judgement_id)
        if row.undone_at is not None:
            raise ActorError("RW406", id=judgement_id)
        before = judgement_dict(row)
        row.undone_at = utcnow()
        row.undone_by = analyst_name(analyst)
        if row.kind == "same" and (row.payload or {}).get("repointed"):
            from riftwatch.store import repoint

            repoint.restore(session, row.payload["repointed"], row.subject,
                            analyst=row.undone_by)  # fmt: skip
        session.flush()
        out = judgement_dict(row)
        audit.record(session, row.undone_by, "actor.undo", "actor", row.subject,
                     before=before, after=out)  # fmt: skip
    return out


def _active(store: Store) -> list[dict[str, Any]]:
    return list_judgements(store, include_undone=False)


def blocking_not_same(judgements: list[dict[str, Any]], a: str, b: str) -> dict[str, Any] | None:
    """The active judgement saying ``a`` and ``b`` differ (not_same or a split), if any."""
    for j in judgements:
        if j["kind"] in ("not_same", "split") and {j["subject"], j["object"]} == {a, b}:
            return j
    return None


# -- the effective KB ------------------------------------------------------------------
_EFFECTIVE: dict[tuple[Any, ...], tuple[KnowledgeBase, Resolver]] = {}


def apply_judgements(
    base: KnowledgeBase,
    judgements: list[dict[str, Any]],
    *,
    version: str | None = None,
    full: bool = False,
) -> KnowledgeBase:
    """The KB with every given (active) judgement applied in order.

    Copy-on-write: the records no judgement touches are shared with ``base`` (and so are
    their entities), the others are copied before they change; ``full=True`` copies and
    rebuilds everything (the reference the shared build must equal). Applying judgements
    one after another gives the same KB as applying them together, so a KB can be brought
    up to date by applying only the new ones (:func:`effective`).
    """
    raw = base.copy_raw() if full else dict(base.raw)
    redirects = dict(base.redirects)
    owned: set[str] = set(raw) if full else set()

    def own(ident: str) -> dict[str, Any]:
        """The record of ``ident``, copied first unless this call made it."""
        if ident not in owned:
            raw[ident] = copy.deepcopy(raw[ident])
            owned.add(ident)
        return raw[ident]

    def canonical(ident: str) -> str:
        seen = 0
        while ident in redirects and seen < 20:
            ident, seen = redirects[ident], seen + 1
        return ident

    for j in sorted(judgements, key=lambda x: x["id"]):
        if j.get("undone_at"):
            continue
        source = f"judgement:{j['id']}"
        payload = j.get("payload") or {}
        subject = canonical(j["subject"])
        obj = canonical(j["object"]) if j.get("object") else None
        if j["kind"] == "add":
            record_ = copy.deepcopy(dict(payload))
            record_["_source"] = source
            record_["_sources"] = [source]
            record_["aliases"] = [dict(a, source=source) for a in record_.get("aliases") or []]
            record_["relations"] = [
                dict(r, source=source)
                for r in record_.get("relations") or []
                if canonical(r["target"]) in raw
            ]
            raw[record_["id"]] = record_
            owned.add(record_["id"])
        elif j["kind"] == "alias" and subject in raw:
            alias = {k: v for k, v in payload.items() if k in ("name", "kind", "when")}
            own(subject)["aliases"].append(dict(alias, source=source))
        elif j["kind"] == "relation" and subject in raw and obj in raw:
            rel = {
                k: v for k, v in payload.items() if k in ("type", "start", "end", "role", "note")
            }
            own(subject)["relations"].append(dict(rel, target=obj, source=source))
        elif j["kind"] == "same" and subject in raw and obj:
            if obj.startswith(MENTION_PREFIX):
                name = payload.get("name") or obj[len(MENTION_PREFIX) :]
                own(subject)["aliases"].append(
                    {"name": name, "kind": payload.get("alias_kind", "official"), "source": source}
                )
            elif obj in raw and obj != subject:
                other = raw.pop(obj)
                owned.discard(obj)
                keep = own(subject)
                keep["aliases"].append(
                    {"name": other["name"], "kind": "official", "source": source}
                )
                keep["aliases"] += [copy.deepcopy(a) for a in other.get("aliases") or []]
                keep["relations"] += [
                    copy.deepcopy(r) for r in other.get("relations") or [] if r["target"] != subject
                ]
                for ident, rec in list(raw.items()):
                    if any(rel["target"] == obj for rel in rec.get("relations") or []):
                        for rel in own(ident).get("relations") or []:
                            if rel["target"] == obj:
                                rel["target"] = subject
                keep["relations"] = [r for r in keep["relations"] if r["target"] != subject]
                redirects[obj] = subject
        elif j["kind"] == "not_same" and subject in raw and obj and obj.startswith(MENTION_PREFIX):
            gone = norm(payload.get("name") or obj[len(MENTION_PREFIX) :])
            rec = own(subject)
            rec["aliases"] = [
                a
                for a in rec.get("aliases") or []
                if norm(a["name"] if isinstance(a, dict) else a) != gone
            ]
        elif j["kind"] == "split" and subject in raw:
            new = copy.deepcopy(dict(payload.get("entity") or {}))
            moved = {norm(n) for n in payload.get("names") or []}
            old = own(subject)
            keep_aliases, move_aliases = [], []
            for alias in old.get("aliases") or []:
                name = alias["name"] if isinstance(alias, dict) else alias
                (move_aliases if norm(name) in moved else keep_aliases).append(alias)
            old["aliases"] = keep_aliases
            new["_source"] = source
            new["_sources"] = [source]
            new["aliases"] = [dict(a) if isinstance(a, dict) else {"name": a} for a in move_aliases]
            new.setdefault("relations", [])
            raw[new["id"]] = new
            owned.add(new["id"])
    return KnowledgeBase(
        raw,
        version=version or f"{base.version}+j",
        redirects=redirects,
        reuse=None if full else base,
    )


def _judgement_key(j: dict[str, Any]) -> tuple[Any, ...]:
    return (j["id"], j["kind"], j["subject"], j["object"], j["created_at"])


def effective(store: Store, base: KnowledgeBase | None = None) -> tuple[KnowledgeBase, Resolver]:
    """The effective KB (files + active judgements) and a resolver over it, cached.

    After a new judgement (the active ones are the ones of a cached effective KB plus
    newer ones) only the new judgements are applied to that KB, sharing every actor they
    do not touch, and the resolver re-indexes only the actors that changed; after an undo
    the judgements are applied to the files' KB again, still sharing the untouched actors.
    Either way the KB and the resolver equal a build from nothing (tests/actors check it).
    """
    base = base or default_kb()
    judgements = _active(store)
    keys = tuple(_judgement_key(j) for j in judgements)
    where = (id(base), base.version, store.url)
    key = (*where, keys)
    cached = _EFFECTIVE.get(key)
    if cached is not None:
        return cached
    from riftwatch.actors.resolve import default_resolver

    bundled = base is default_kb()
    if not judgements:
        kb = base
        resolver = default_resolver() if bundled else Resolver(kb)
    else:
        prior_kb, prior_resolver, done = base, default_resolver() if bundled else None, 0
        for (*place, old), (old_kb, old_resolver) in list(_EFFECTIVE.items()):
            if tuple(place) == where and len(old) > done and keys[: len(old)] == old:
                prior_kb, prior_resolver, done = old_kb, old_resolver, len(old)
        kb = apply_judgements(prior_kb, judgements[done:], version=f"{base.version}+j")
        resolver = Resolver(kb, reuse=prior_resolver)
    if len(_EFFECTIVE) > 8:
        _EFFECTIVE.clear()
    _EFFECTIVE[key] = (kb, resolver)
    return kb, resolver


# -- curation operations ---------------------------------------------------------------
def _check_id(ident: str) -> None:
    if not _ID_RE.match(ident):
        raise ActorError("RW402", id=ident, prefixes="org, person, country, place, collective")


def _known(kb: KnowledgeBase, ident: str) -> None:
    if ident not in kb:
        raise ActorError("RW401", id=ident)


def actor_state(kb: KnowledgeBase, *idents: str | None) -> dict[str, Any] | None:
    """The audit log's ``before`` of a curation: each known actor's name, type, aliases
    (with provenance) and outgoing relations, by id (None when none is known)."""
    out: dict[str, Any] = {}
    for ident in idents:
        if not ident or ident not in kb:
            continue
        ent = kb.get(ident)
        out[ent.id] = {
            "name": ent.name,
            "type": ent.type,
            "aliases": [{"name": a.name, "kind": a.kind, "source": a.source} for a in ent.aliases],
            "relations": [
                {"type": r.type, "target": r.target, "start": r.start, "end": r.end,
                 "source": r.source}
                for r in ent.relations
            ],
        }  # fmt: skip
    return out or None


def add_actor(
    store: Store,
    name: str,
    type_: str,
    *,
    ident: str | None = None,
    aliases: list[str] | None = None,
    country: str | None = None,
    start: str | None = None,
    end: str | None = None,
    description: str | None = None,
    parent: str | None = None,
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Add a new actor (an ``add`` judgement)."""
    if type_ not in TYPES:
        raise ActorError(
            "RW403", what="actor type", value=type_, detail=f"use one of {', '.join(TYPES)}"
        )
    if not name.strip():
        raise ActorError("RW403", what="name", value=name, detail="the name is empty")
    ident = ident or slug_id(name, type_)
    _check_id(ident)
    if ident.split(":", 1)[0] != id_prefix_for(type_):
        raise ActorError(
            "RW403",
            what="actor id",
            value=ident,
            detail=f"a {type_} needs the prefix {id_prefix_for(type_)}:",
        )
    kb, _ = effective(store)
    if ident in kb:
        raise ActorError("RW407", id=ident)
    for key, value in (("start", start), ("end", end)):
        _check_date(key, value)
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise ActorError(
            "RW403",
            what="country",
            value=country,
            detail="use an ISO 3166 alpha-3 code such as PAK",
        )
    relations = []
    if parent:
        _known(kb, parent)
        relations.append({"type": "part_of", "target": kb.canonical_id(parent)})
    entity = {
        "id": ident,
        "name": name.strip(),
        "type": type_,
        "country": country,
        "start": start,
        "end": end,
        "description": description,
        "aliases": [{"name": a, "kind": "official"} for a in aliases or [] if a.strip()],
        "relations": relations,
    }
    entity = {k: v for k, v in entity.items() if v not in (None, "")}
    return record(store, "add", ident, None, entity, analyst=analyst, note=note)


def _check_date(key: str, value: str | None) -> None:
    try:
        parse_date(value)
    except ValueError as exc:
        raise ActorError("RW403", what=key, value=value, detail=str(exc)) from None


def add_alias(
    store: Store,
    actor: str,
    name: str,
    *,
    kind: str = "official",
    years: tuple[int, int] | None = None,
    context_any: list[str] | None = None,
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Give an actor another name (an ``alias`` judgement)."""
    kb, _ = effective(store)
    _known(kb, actor)
    if kind not in ALIAS_KINDS:
        raise ActorError(
            "RW403", what="alias kind", value=kind, detail=f"use one of {', '.join(ALIAS_KINDS)}"
        )
    if not name.strip():
        raise ActorError("RW403", what="alias", value=name, detail="the name is empty")
    payload: dict[str, Any] = {"name": name.strip(), "kind": kind}
    when: dict[str, Any] = {}
    if years:
        when["years"] = [int(years[0]), int(years[1])]
    if context_any:
        when["context_any"] = list(context_any)
    if when:
        payload["when"] = when
    return record(
        store,
        "alias",
        kb.canonical_id(actor),
        mention_id(name),
        payload,
        analyst=analyst,
        note=note,
        before=actor_state(kb, actor),
    )


def remove_alias(
    store: Store,
    actor: str,
    name: str,
    *,
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Judge that ``name`` is not a name of ``actor``: its aliases of that name (from the
    data files or judgements) no longer count (a ``not_same`` judgement with the
    ``mention:`` of the name; audited as ``actor.unalias``; undo it to restore them).
    The actor's own name cannot be removed (rename by merging or splitting)."""
    kb, _ = effective(store)
    _known(kb, actor)
    ent = kb.get(actor)
    key = norm(name)
    if not key or key not in {a.norm for a in ent.aliases}:
        raise ActorError("RW403", what="alias", value=name, detail=f"{ent.id} has no such alias")
    if key == norm(ent.name):
        raise ActorError(
            "RW403", what="alias", value=name, detail="that is the actor's name, not an alias"
        )
    sources = sorted({a.source for a in ent.aliases if a.norm == key})
    return record(
        store,
        "not_same",
        ent.id,
        mention_id(name),
        {"name": name.strip(), "alias_removed": True, "sources": sources},
        analyst=analyst,
        note=note,
        before=actor_state(kb, ent.id),
        action="actor.unalias",
    )


def merge(
    store: Store,
    keep: str,
    other: str,
    *,
    judgement: str = "same",
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Judge two actors (or an actor and a ``mention:`` name) same, not same or unsure.

    A ``same`` judgement is refused while an active ``not_same`` (or split) between the
    two exists: undo that first.
    """
    if judgement not in ("same", "not_same", "unsure"):
        raise ActorError(
            "RW403", what="judgement", value=judgement, detail="use same, not_same or unsure"
        )
    kb, _ = effective(store)
    _known(kb, keep)
    keep_id = kb.canonical_id(keep)
    payload: dict[str, Any] = {}
    if other.startswith(MENTION_PREFIX) or other not in kb:
        if not other.startswith(MENTION_PREFIX) and _ID_RE.match(other):
            raise ActorError("RW401", id=other)
        payload["name"] = (
            other[len(MENTION_PREFIX) :] if other.startswith(MENTION_PREFIX) else other
        )
        other_id = mention_id(payload["name"])
    else:
        other_id = kb.canonical_id(other)
    if other_id == keep_id:
        raise ActorError("RW408", id=keep_id)
    if judgement == "same":
        blocker = blocking_not_same(_active(store), keep_id, other_id)
        if blocker is not None:
            raise ActorError("RW404", a=keep_id, b=other_id, judgement=blocker["id"])
    effect = None
    if judgement == "same":  # the events coded with the merged actor now carry the kept one

        def effect(session: Any) -> dict[str, Any]:
            from riftwatch.actors.open import open_id
            from riftwatch.store import repoint

            old = [open_id(payload["name"])] if "name" in payload else [other_id]
            moved = repoint.repoint(session, old, keep_id, analyst=analyst_name(analyst))
            return {"repointed": moved} if moved else {}

    return record(store, judgement, keep_id, other_id, payload, analyst=analyst, note=note,
                  before=actor_state(kb, keep_id, other_id), effect=effect)  # fmt: skip


def split(
    store: Store,
    actor: str,
    names: list[str],
    *,
    new_name: str,
    new_type: str | None = None,
    new_id: str | None = None,
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Move some aliases of an actor to a new actor (the two are then judged different)."""
    kb, _ = effective(store)
    _known(kb, actor)
    old = kb.get(actor)
    type_ = new_type or old.type
    if type_ not in TYPES:
        raise ActorError("RW403", what="actor type", value=type_, detail="unknown type")
    ident = new_id or slug_id(new_name, type_)
    _check_id(ident)
    if ident in kb:
        raise ActorError("RW407", id=ident)
    own = {a.norm for a in old.aliases}
    missing = [n for n in names if norm(n) not in own]
    if missing:
        raise ActorError(
            "RW403", what="alias", value=missing[0], detail=f"{old.id} has no such alias"
        )
    entity = {"id": ident, "name": new_name, "type": type_}
    if old.country:
        entity["country"] = old.country
    return record(
        store,
        "split",
        old.id,
        ident,
        {"entity": entity, "names": list(names)},
        analyst=analyst,
        note=note,
        before=actor_state(kb, old.id),
    )


def relate(
    store: Store,
    subject: str,
    type_: str,
    target: str,
    *,
    start: str | None = None,
    end: str | None = None,
    role: str | None = None,
    analyst: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Add a dated relation between two actors (a ``relation`` judgement)."""
    kb, _ = effective(store)
    _known(kb, subject)
    _known(kb, target)
    if type_ not in RELATION_TYPES:
        raise ActorError(
            "RW403",
            what="relation type",
            value=type_,
            detail=f"use one of {', '.join(sorted(RELATION_TYPES))}",
        )
    subject_kind = _kind_of(kb.get(subject).type)
    target_kind = _kind_of(kb.get(target).type)
    allowed_subject, allowed_target, _ = RELATION_TYPES[type_]
    if allowed_subject != "any" and subject_kind not in allowed_subject.split("|"):
        raise ActorError(
            "RW403", what="relation", value=type_, detail=f"a {subject_kind} cannot be its subject"
        )
    if allowed_target != "any" and target_kind not in allowed_target.split("|"):
        raise ActorError(
            "RW403", what="relation", value=type_, detail=f"it cannot point to a {target_kind}"
        )
    for key, value in (("start", start), ("end", end)):
        _check_date(key, value)
    payload = {
        k: v for k, v in {"type": type_, "start": start, "end": end, "role": role}.items() if v
    }
    return record(
        store,
        "relation",
        kb.canonical_id(subject),
        kb.canonical_id(target),
        payload,
        analyst=analyst,
        note=note,
        before=actor_state(kb, subject, target),
    )


def reject(
    store: Store, name: str, *, analyst: str | None = None, note: str | None = None
) -> dict[str, Any]:
    """Record that a suggested name is not an actor; it is no longer suggested."""
    if not norm(name):
        raise ActorError("RW403", what="name", value=name, detail="the name is empty")
    return record(
        store, "reject", mention_id(name), None, {"name": name}, analyst=analyst, note=note
    )


# -- suggestions -----------------------------------------------------------------------
@dataclass
class _Suggestion:
    text: Counter[str] = field(default_factory=Counter)
    count: int = 0
    docs: set[int] = field(default_factory=set)
    kinds: Counter[str] = field(default_factory=Counter)
    cues: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)
    places: set[tuple[int, int]] = field(default_factory=set)  # (document, sentence index)
    events: int = 0
    open_id: str | None = None
    sentences: list[int] = field(default_factory=list)  # ids, in order (the scan's)


def suggest(
    store: Store,
    *,
    limit: int = 50,
    min_count: int = 2,
    examples: int = 3,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Recurrent names in stored sentences that the KB does not resolve, best first.

    Two sources: capitalised names with a cue word in the stored sentences
    (:func:`candidate_spans`), and the open actors that extraction coded in stored events
    (``open:`` ids: an unknown organisation, group or person that took part in an event;
    ``events`` counts those events and ``open_id`` gives the id they carry). Ranked by the
    number of distinct documents, then the number of mentions (sentences); each suggestion
    shows its kind (org/person), the cue words or the way extraction found it, example
    sentences and, when one is close, the known actor it may be an alias of. Names that an
    active judgement already decided (alias, merge, reject) or that the knowledge base now
    resolves are skipped. ``offset`` and ``limit`` give one page (:func:`suggest_page`
    also counts them all).
    """
    return suggest_page(store, limit=limit, offset=offset, min_count=min_count,
                        examples=examples)["items"]  # fmt: skip


def suggest_page(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    min_count: int = 2,
    examples: int = 3,
) -> dict[str, Any]:
    """One page of :func:`suggest` (``items``) and how many suggestions there are
    (``total``).

    Finding the names in a sentence does not depend on the knowledge base, so the names
    of each sentence are found once per process (:func:`_scan_sentences`: the sentences
    stored since the last request are added to it) and only their resolution is checked
    on each request: a name for which the KB has no candidate at all is unresolved
    whatever its date and context, so only the names with candidates are resolved again
    in each of their sentences. The close known name is looked for on the page's rows
    only.
    """
    kb, resolver = effective(store)
    judgements = _active(store)
    decided = {j["subject"] for j in judgements} | {j["object"] for j in judgements if j["object"]}
    scan = _scan_sentences(store, examples)
    found: dict[str, _Suggestion] = {}
    recheck: list[str] = []
    for key, item in scan.items.items():
        if MENTION_PREFIX + key in decided:
            continue
        if any(resolver._lookup(surface) is not None for surface in item.text):
            recheck.append(key)  # resolved in some contexts, maybe: check each sentence
        else:
            found[key] = item
    with store.new_session() as session:
        if recheck:
            _recheck_kept(session, resolver, scan, recheck, found, (store.url, examples), store)
        own: set[str] = set()

        def mine(key: str) -> _Suggestion:
            if key not in own:
                old = found.get(key)
                found[key] = _copy_suggestion(old) if old is not None else _Suggestion()
                own.add(key)
            return found[key]

        _open_actor_suggestions(session, resolver, decided, mine, examples)
    rows = []
    for key, item in found.items():
        if item.count < min_count:
            continue
        rows.append((-len(item.docs), -item.count, item.text.most_common(1)[0][0].lower(), key))
    rows.sort()
    out = []
    for _d, _c, _m, key in rows[offset : offset + limit]:
        item = found[key]
        surface = item.text.most_common(1)[0][0]
        out.append(
            {
                "mention": surface,
                "id": MENTION_PREFIX + key,
                "kind": item.kinds.most_common(1)[0][0],
                "count": item.count,
                "documents": len(item.docs),
                "cues": [c for c, _ in item.cues.most_common(3)],
                "possible_match": _possible_match(resolver, kb, key, judgements),
                "examples": list(item.examples),
                "events": item.events,
                "open_id": item.open_id,
            }
        )
    return {"total": len(rows), "offset": offset, "limit": limit, "items": out}


def _copy_suggestion(item: _Suggestion) -> _Suggestion:
    return _Suggestion(
        text=Counter(item.text), count=item.count, docs=set(item.docs),
        kinds=Counter(item.kinds), cues=Counter(item.cues), examples=list(item.examples),
        places=set(item.places), events=item.events, open_id=item.open_id,
        sentences=item.sentences,
    )  # fmt: skip


@dataclass
class _Scan:
    """The candidate names of a store's sentences (up to ``last_id``), by normalised name."""

    last_id: int = 0
    last_text: str | None = None  # the text of sentence ``last_id``, to tell stores apart
    rows: int = 0
    items: dict[str, _Suggestion] = field(default_factory=dict)


_SCANS: dict[tuple[str, int], _Scan] = {}
_SCAN_LOCK = threading.Lock()


def _scan_sentences(store: Store, examples: int) -> _Scan:
    """The candidate names of every stored sentence (not their resolution), kept per
    store URL and stored in the store (:func:`save_scan`, done at coding time): a request
    scans only the sentences stored since the last scan; when sentences were deleted
    (fewer rows than scanned plus new) it scans them all again."""
    key = (store.url, examples)
    with _SCAN_LOCK:
        scan = _SCANS.get(key)
        if scan is None:
            scan = _stored_scan(store, examples) or _Scan()
        with store.new_session() as session:
            rows, last = session.execute(
                select(func.count(), func.coalesce(func.max(SentenceRow.id), 0))
            ).one()
            new = session.scalar(
                select(func.count()).where(SentenceRow.id > scan.last_id)
            )  # fmt: skip
            mark = session.scalar(select(SentenceRow.text).where(SentenceRow.id == scan.last_id))
            if scan.rows + (new or 0) != rows or last < scan.last_id or mark != scan.last_text:
                scan = _Scan()  # deleted or replaced sentences (another store at this URL)
            extended = last > scan.last_id or not scan.rows
            if extended:
                scan = _extend_scan(session, scan, examples)
            scan.rows = rows
        if extended and rows:
            _save_stored_scan(store, scan, examples)
        _SCANS[key] = scan
        return scan


SCAN_ROW = "suggest-scan:{examples}"
"""The name of the stored scan's row in the table ``field_summaries`` (migration 0012)."""


def save_scan(store: Store, examples: int = 3) -> None:
    """Bring the stored scan of the suggestions queue up to date with the stored sentences
    (called after coding, so that the queue's first request reads it instead of scanning
    every sentence), and the names' resolution in their sentences (stored for the current
    knowledge base and judgements)."""
    sync_kb(store)
    suggest_page(store, limit=1, examples=examples)


def _ints(values: Any) -> str:
    """Integers as base64 of 64-bit machine integers (long id lists decode fast).

    >>> _unints(_ints([3, 1, 2]))
    [3, 1, 2]
    """
    import base64
    from array import array

    return base64.b64encode(array("q", values).tobytes()).decode("ascii")


def _unints(text: str) -> list[int]:
    import base64
    from array import array

    return array("q", base64.b64decode(text)).tolist()


def _item_json(i: _Suggestion) -> list[Any]:
    places = sorted(i.places)
    return [dict(i.text), i.count, sorted(i.docs), dict(i.kinds), dict(i.cues), i.examples,
            _ints(d for d, _ in places), _ints(x for _, x in places), i.events, i.open_id,
            _ints(i.sentences)]  # fmt: skip


def _item_of(data: list[Any]) -> _Suggestion:
    text, count, docs, kinds, cues, examples, pdocs, pidx, events, open_id, sentences = data
    places = set(zip(_unints(pdocs), _unints(pidx), strict=True))
    return _Suggestion(
        text=Counter(text), count=count, docs=set(docs), kinds=Counter(kinds),
        cues=Counter(cues), examples=examples, places=places, events=events, open_id=open_id,
        sentences=_unints(sentences),
    )  # fmt: skip


def _scan_json(scan: _Scan) -> bytes:
    import json
    import zlib

    items = {key: _item_json(i) for key, i in scan.items.items()}
    data = {"format": 2, "last_id": scan.last_id, "last_text": scan.last_text,
            "rows": scan.rows, "items": items}  # fmt: skip
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def _scan_of(blob: bytes) -> _Scan:
    import json
    import zlib

    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if data.get("format") != 2:
        raise ValueError("an older stored scan")
    items = {key: _item_of(item) for key, item in data["items"].items()}
    return _Scan(last_id=data["last_id"], last_text=data["last_text"], rows=data["rows"],
                 items=items)  # fmt: skip


def _stored_blob(store: Store, name: str) -> bytes | None:
    from riftwatch.workbench import _summary_table

    t = _summary_table()
    with store.engine.connect() as conn:
        blob = conn.execute(select(t.c.data).where(t.c.name == name)).scalar()
    return bytes(blob) if blob else None


def _save_blob(store: Store, name: str, data: bytes, last: int = 0, rows: int = 0) -> None:
    from sqlalchemy import update

    from riftwatch.store.tables import utcnow
    from riftwatch.workbench import _ensure_row, _summary_table

    t = _summary_table()
    with store.engine.begin() as conn:
        _ensure_row(conn, name)
        conn.execute(update(t).where(t.c.name == name).values(
            last_event=last, events=rows, last_judgement=0, data=data,
            computed_at=utcnow().replace(tzinfo=None)))  # fmt: skip


def _stored_scan(store: Store, examples: int) -> _Scan | None:
    """The scan stored in the store (None: none, or unreadable: then it is made again)."""
    import zlib

    try:
        blob = _stored_blob(store, SCAN_ROW.format(examples=examples))
        return _scan_of(blob) if blob else None
    except (ValueError, KeyError, TypeError, zlib.error):  # older or damaged: scan again
        return None


def _save_stored_scan(store: Store, scan: _Scan, examples: int) -> None:
    _save_blob(store, SCAN_ROW.format(examples=examples), _scan_json(scan), scan.last_id,
               scan.rows)  # fmt: skip


RECHECK_ROW = "suggest-recheck:{examples}"
"""The stored outcome of the last re-resolution (:func:`_recheck_kept`), for one effective
knowledge base (``kb``: its version and active judgements)."""


def _kb_mark(store: Store) -> str:
    import hashlib

    base = default_kb()
    keys = [repr(_judgement_key(j)) for j in _active(store)]
    text = "\n".join([str(base.version), *keys])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stored_rechecks(store: Store, examples: int) -> tuple[str, dict[str, Any]]:
    import json
    import zlib

    try:
        blob = _stored_blob(store, RECHECK_ROW.format(examples=examples))
        if not blob:
            return "", {}
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
        return (str(data["kb"]), dict(data["items"])) if data.get("format") == 2 else ("", {})
    except (ValueError, KeyError, TypeError, zlib.error):
        return "", {}


def _extend_scan(session: Any, scan: _Scan, examples: int) -> _Scan:
    """``scan`` plus the sentences stored after ``scan.last_id`` (a new object: a request
    may still read the old one)."""
    items = dict(scan.items)
    owned: set[str] = set()
    query = (
        select(SentenceRow.id, SentenceRow.text, SentenceRow.document_id, SentenceRow.idx)
        .where(SentenceRow.id > scan.last_id)
        .order_by(SentenceRow.id)
        .execution_options(yield_per=2000)
    )
    last, last_text = scan.last_id, scan.last_text
    for sid, text, doc_id, idx in session.execute(query):
        last, last_text = sid, text
        for start, end, kind, cue in candidate_spans(text):
            surface = text[start:end]
            key = norm(surface)
            if not key:
                continue
            if key not in owned:
                old = items.get(key)
                items[key] = _copy_suggestion(old) if old is not None else _Suggestion()
                items[key].sentences = list(items[key].sentences)
                owned.add(key)
            item = items[key]
            _add_span(item, surface, kind, cue, doc_id, idx, text, examples)
            if not item.sentences or item.sentences[-1] != sid:
                item.sentences.append(sid)
    return _Scan(last_id=last, last_text=last_text, rows=scan.rows, items=items)


def _add_span(item: _Suggestion, surface: str, kind: str, cue: str, doc_id: int, idx: int,
              text: str, examples: int) -> None:  # fmt: skip
    item.text[surface] += 1
    item.count += 1
    item.places.add((doc_id, idx))
    item.docs.add(doc_id)
    item.kinds[kind] += 1
    item.cues[cue] += 1
    if len(item.examples) < examples and all(e["document_id"] != doc_id for e in item.examples):
        item.examples.append({"document_id": doc_id, "sentence": text[:400]})


_RECHECKS: dict[tuple[str, int], dict[str, tuple[Any, ...]]] = {}


def _lookup_signature(resolver: Resolver, surfaces: Any) -> tuple[tuple[Any, ...], list[Any]]:
    """What the resolution of these names depends on: for each, its candidates (the very
    alias and entity objects: an incremental KB shares the unchanged ones), the context
    terms that matter and how it was found; and the objects (kept alive with it)."""
    sig: list[Any] = []
    refs: list[Any] = []
    for surface in sorted(surfaces):
        lookup = resolver._lookup(surface)
        if lookup is None:
            sig.append((surface, None))
            continue
        cands = []
        for alias, role in lookup.cands:
            ent = resolver.kb.find(alias.entity_id)
            refs += [alias, ent]
            cands.append((id(alias), id(ent), role))
        sig.append((surface, lookup.method, tuple(cands), lookup.extra, lookup.terms,
                    lookup.fuzzy, lookup.loose))  # fmt: skip
    return tuple(sig), refs


def _recheck_kept(session: Any, resolver: Resolver, scan: _Scan, keys: list[str],
                  found: dict[str, _Suggestion], where: tuple[str, int],
                  store: Store | None = None) -> None:  # fmt: skip
    """:func:`_recheck`, reusing the result of a name whose sentences and candidates
    (:func:`_lookup_signature`) are the same as at its last check: in this process, or as
    stored in the store for the same effective knowledge base (``store``)."""
    import json
    import zlib

    kept = _RECHECKS.setdefault(where, {})
    mark, stored = ("", {})
    if store is not None and any(key not in kept for key in keys):
        mark, stored = _stored_rechecks(store, where[1])
        current = _kb_mark(store)
        if mark != current:
            mark, stored = current, {}
    todo = []
    for key in keys:
        sentences = scan.items[key].sentences
        sig, refs = _lookup_signature(resolver, scan.items[key].text)
        old = kept.get(key)
        if old is not None and old[0] is sentences and old[1] == sig:
            if old[3] is not None:
                found[key] = old[3]
            continue
        hit = stored.get(key)
        if hit is not None and sentences and hit[:2] == [len(sentences), sentences[-1]]:
            result = _item_of(hit[2]) if hit[2] is not None else None
            kept[key] = (sentences, sig, refs, result)
            if result is not None:
                found[key] = result
            continue
        todo.append((key, sentences, sig, refs))
    if not todo:
        return
    fresh: dict[str, _Suggestion] = {}
    _recheck(session, resolver, scan, [k for k, *_ in todo], fresh, where[1])
    for key, sentences, sig, refs in todo:
        kept[key] = (sentences, sig, refs, fresh.get(key))
        if key in fresh:
            found[key] = fresh[key]
    if store is not None and mark:
        items = {
            key: [len(v[0]), v[0][-1], None if v[3] is None else _item_json(v[3])]
            for key, v in ((k, kept[k]) for k in keys) if v[0]
        }  # fmt: skip
        data = json.dumps({"kb": mark, "format": 2, "items": items}, ensure_ascii=False)
        _save_blob(store, RECHECK_ROW.format(examples=where[1]),
                   zlib.compress(data.encode("utf-8"), 6))  # fmt: skip


def _recheck(session: Any, resolver: Resolver, scan: _Scan, keys: list[str],
             found: dict[str, _Suggestion], examples: int) -> None:  # fmt: skip
    """The names of ``keys`` that the KB may resolve: each of their sentences again, with
    its date and text as the context, keeping the mentions left unresolved."""
    wanted = set(keys)
    sids = sorted({sid for key in keys for sid in scan.items[key].sentences})
    for start in range(0, len(sids), 500):
        query = (
            select(SentenceRow.text, SentenceRow.document_id, Document.published, SentenceRow.idx)
            .join(Document, Document.id == SentenceRow.document_id)
            .where(SentenceRow.id.in_(sids[start : start + 500]))
            .order_by(SentenceRow.id)
        )
        for text, doc_id, published, idx in session.execute(query):
            for begin, end, kind, cue in candidate_spans(text):
                surface = text[begin:end]
                key = norm(surface)
                if key not in wanted:
                    continue
                res = resolver.resolve(surface, date=_date_of(published), context=text)
                if not res.unresolved:
                    continue
                item = found.setdefault(key, _Suggestion())
                _add_span(item, surface, kind, cue, doc_id, idx, text, examples)


def _open_actor_suggestions(
    session: Any,
    resolver: Resolver,
    decided: set[str],
    found: Callable[[str], _Suggestion],
    examples: int,
) -> None:
    """Add the open actors of stored events (``open:`` ids) to the suggestions (``found``
    gives the one of a name, to change): one mention per sentence, merged with the same
    name found in the sentences."""
    from riftwatch.actors.open import OPEN_PREFIX
    from riftwatch.store.tables import EventRow

    query = (
        select(EventRow.document_id, EventRow.sentence_index, EventRow.source_id,
               EventRow.source_name, EventRow.target_id, EventRow.target_name, EventRow.detail)
        .where(or_(EventRow.source_id.like(OPEN_PREFIX + "%"),
                   EventRow.target_id.like(OPEN_PREFIX + "%")))
        .order_by(EventRow.id)
        .execution_options(yield_per=2000)
    )  # fmt: skip
    wanted: dict[tuple[int, int], list[_Suggestion]] = defaultdict(list)
    known: dict[str, bool] = {}
    for doc_id, idx, sid, sname, tid, tname, detail in session.execute(query):
        for side, ident, name in (("source", sid, sname), ("target", tid, tname)):
            if not ident or not str(ident).startswith(OPEN_PREFIX):
                continue
            key = norm(name or "")
            if not key or MENTION_PREFIX + key in decided or ident in decided:
                continue
            if key not in known:  # an alias or actor added since the events were coded
                known[key] = not resolver.resolve(name).unresolved
            if known[key]:
                continue
            info = (detail or {}).get(side) or {}
            item = found(key)
            item.events += 1
            item.open_id = str(ident)
            item.text[str(info.get("mention") or name)] += 1
            item.kinds["person" if info.get("person") else "org"] += 1
            how = str(info.get("resolved_by") or "open").removeprefix("open: ")
            item.cues[f"extraction: {how}"] += 1
            item.docs.add(doc_id)
            if (doc_id, idx) not in item.places:
                item.places.add((doc_id, idx))
                item.count += 1
                if len(item.examples) < examples:
                    wanted[(doc_id, idx)].append(item)
    if not wanted:
        return
    doc_ids = sorted({d for d, _i in wanted})
    for start in range(0, len(doc_ids), 500):
        rows = session.execute(
            select(SentenceRow.document_id, SentenceRow.idx, SentenceRow.text).where(
                SentenceRow.document_id.in_(doc_ids[start : start + 500])
            )
        )
        for doc_id, idx, text in rows:
            for item in wanted.get((doc_id, idx), ()):
                if len(item.examples) < examples and all(
                    e["document_id"] != doc_id for e in item.examples
                ):
                    item.examples.append({"document_id": doc_id, "sentence": text[:400]})


def open_actor(store: Store, wanted: str, *, examples: int = 5) -> dict[str, Any] | None:
    """An actor outside the knowledge base as the stored events show it (names22): its
    ``open:`` id (``wanted`` is the id or a name whose :func:`~riftwatch.actors.open.open_id`
    it is), the name it was coded under, every mention with its count, the ways extraction
    found it, the numbers of events and documents, and example sentences. None when no
    stored event carries that id, so an unknown id stays an error (RW401) for the caller.

    An analyst reading ``actors suggest`` can so look at one unknown group before judging it
    (``actors alias`` / ``actors add``).
    """
    from riftwatch.actors.open import OPEN_PREFIX, open_id
    from riftwatch.store.tables import EventRow

    ident = wanted.strip() if wanted.strip().startswith(OPEN_PREFIX) else open_id(wanted)
    mentions: Counter[str] = Counter()
    ways: Counter[str] = Counter()
    names: Counter[str] = Counter()
    places: list[tuple[int, int]] = []
    events = 0
    with store.new_session() as session:
        query = (
            select(EventRow.document_id, EventRow.sentence_index, EventRow.source_id,
                   EventRow.source_name, EventRow.target_id, EventRow.target_name,
                   EventRow.detail)
            .where(or_(EventRow.source_id == ident, EventRow.target_id == ident))
            .order_by(EventRow.id)
        )  # fmt: skip
        for doc_id, idx, sid, sname, tid, tname, detail in session.execute(query):
            events += 1
            for side, side_id, name in (("source", sid, sname), ("target", tid, tname)):
                if side_id != ident:
                    continue
                info = (detail or {}).get(side) or {}
                names[str(name)] += 1
                mentions[str(info.get("mention") or name)] += 1
                ways[str(info.get("resolved_by") or "open").removeprefix("open: ")] += 1
            if (doc_id, idx) not in places:
                places.append((doc_id, idx))
        if not events:
            return None
        shown: list[dict[str, Any]] = []
        for doc_id, idx in places[:examples]:
            text = session.execute(
                select(SentenceRow.text).where(
                    SentenceRow.document_id == doc_id, SentenceRow.idx == idx
                )
            ).scalar()
            if text:
                shown.append({"document_id": doc_id, "sentence": str(text)[:400]})
    return {
        "id": ident,
        "name": names.most_common(1)[0][0],
        "type": "open",
        "open": True,
        "events": events,
        "documents": len({d for d, _i in places}),
        "mentions": [{"mention": m, "count": n} for m, n in mentions.most_common()],
        "found_by": [{"how": h, "count": n} for h, n in ways.most_common()],
        "examples": shown,
    }


def _date_of(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return published[:10] if parse_date(published[:10]) else None
    except ValueError:
        try:
            return published[:4] if parse_date(published[:4]) else None
        except ValueError:
            return None


def _possible_match(
    resolver: Resolver, kb: KnowledgeBase, key: str, judgements: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The known actor a suggestion may be a variant of (fuzzy 75+), unless judged not."""
    from rapidfuzz import fuzz, process

    choices = getattr(resolver, "_suggest_choices", None)
    if choices is None:
        choices = {}
        for alias in resolver.fuzzy_aliases:
            choices.setdefault(alias.norm, alias.entity_id)
        resolver._suggest_choices = choices  # type: ignore[attr-defined]
    best = process.extractOne(key, list(choices), scorer=fuzz.token_sort_ratio, score_cutoff=75)
    if best is None:
        return None
    ident = choices[best[0]]
    if blocking_not_same(judgements, ident, MENTION_PREFIX + key):
        return None
    ent = kb.find(ident)
    if ent is None:
        return None
    return {"id": ent.id, "name": ent.name, "alias": best[0], "score": round(best[1], 1)}


def counts(store: Store) -> dict[str, int]:
    with store.new_session() as session:
        rows = session.execute(
            select(ActorJudgement.kind, func.count()).group_by(ActorJudgement.kind)
        ).all()
    return dict(rows)


__all__ = [
    "JUDGEMENT_KINDS",
    "add_actor",
    "actor_state",
    "add_alias",
    "apply_judgements",
    "candidate_spans",
    "effective",
    "list_judgements",
    "merge",
    "reject",
    "relate",
    "remove_alias",
    "split",
    "suggest",
    "sync_kb",
    "undo",
]
