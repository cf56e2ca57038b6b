"""Helpers shared by the actor tests."""

from __future__ import annotations

from riftwatch.actors.api import resolve_mention
from riftwatch.actors.resolve import Resolver


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
