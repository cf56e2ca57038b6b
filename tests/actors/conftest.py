"""Helpers shared by the actor tests."""

from __future__ import annotations

from riftwatch.actors.api import resolve_mention
from riftwatch.actors.resolve import Resolver, default_resolver


def organization_at(resolver: Resolver, mention: str, date: str, context: str = "") -> str | None:
    """The id of the organisation ``mention`` stands for at ``date`` (its sentence
    ``context``, the mention itself when not given), or None when it is unresolved or no
    organisation."""
    res = resolver.resolve(mention, date, context or mention)
    if res.unresolved or res.organization is None:
        return None
    return res.organization.id


def mention_id(mention: str, date: str, context: str | None = None) -> str | None:
    """The id of the actor ``riftwatch.actors.api.resolve_mention`` gives, or None."""
    actor = resolve_mention(mention, date, context)["actor"]
    return actor["id"] if actor else None


def resolver_id(name: str, date: str) -> str | None:
    """The id of the actor the default resolver reads ``name`` as on ``date``, or None."""
    res = default_resolver().resolve(name, date)
    return res.actor.id if res.actor is not None else None


def found_ids(text: str, date: str) -> set[str]:
    """The ids of every actor the default resolver finds named in ``text`` on ``date``."""
    return {
        res.actor.id
        for _s, _e, res in default_resolver().find_mentions(text, date)
        if res.actor is not None
    }


def asserts(text: str, date: str, source: str, kind: str, target: str) -> bool:
    """True when ``text`` (dated ``date``) gives an asserted ``kind`` event from the actor of
    id ``source`` to the actor of id ``target``."""
    from tests.nlp.conftest import asserted_ids

    return (source, kind, target) in asserted_ids(text, date)
